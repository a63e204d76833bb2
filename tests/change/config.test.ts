import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { classifyConfigChange, configKeysFor } from '../../src/change/config-change.js';
import { detectChanges } from '../../src/change/detect.js';
import { readConfigAt } from '../../src/change/revision.js';
import type { Config } from '../../src/config/schema.js';
import { scenarioRepo, sourceTree, tableFiles, type ScenarioRepo } from '../helpers/git-scenarios.js';

const ddl = (t: string) =>
  `CREATE TABLE ${t} (\n  id STRING,\n  PRIMARY KEY (id) NOT ENFORCED\n) WITH ('changelog.mode' = 'append');\n`;
const CONFIG = (ttl: string, pools = '') => `environment: dev
externalTables: ['raw_*']
environments:
  dev:
    computePoolId: lfcp-default
${pools}    properties:
      sql.state-ttl: '${ttl}'
  prod:
    properties:
      sql.state-ttl: '30 d'
`;

describe('config changes between revisions', () => {
  let repo: ScenarioRepo;
  let src: { dir: string; cleanup: () => void };
  beforeAll(() => {
    src = sourceTree({
      'flink-pipeline.yaml': CONFIG('7 d'),
      ...tableFiles(
        'pipelines/sources/orders/src_orders',
        'src_orders',
        ddl('src_orders'),
        'INSERT INTO src_orders SELECT * FROM raw_orders;\n',
      ),
      ...tableFiles(
        'pipelines/facts/billing/fct_bills',
        'fct_bills',
        ddl('fct_bills'),
        'INSERT INTO fct_bills SELECT * FROM src_orders;\n',
      ),
    });
    repo = scenarioRepo(src.dir);
  });
  afterAll(() => {
    repo.cleanup();
    src.cleanup();
  });

  test('an environment property change touches every defined table, naming the key and the file', async () => {
    repo.branch('ttl');
    repo.write('flink-pipeline.yaml', CONFIG('14 d'));
    repo.commit();
    // Absolute paths work as well as repository-relative ones.
    const r = await detectChanges(
      repo.dir,
      { base: 'main', head: 'ttl' },
      join(repo.dir, 'pipelines'),
      join(repo.dir, 'flink-pipeline.yaml'),
    );
    expect(r.files).toEqual([{ status: 'modified', path: 'flink-pipeline.yaml' }]);
    const detail = 'flink-pipeline.yaml: environments.dev.properties.sql.state-ttl';
    expect(r.changes).toEqual([
      { table: 'fct_bills', kind: 'properties', files: ['flink-pipeline.yaml'], detail },
      { table: 'src_orders', kind: 'properties', files: ['flink-pipeline.yaml'], detail },
    ]);
  });

  test('another environment than the one planned for changes nothing', async () => {
    repo.branch('prod-only');
    repo.edit('flink-pipeline.yaml', (t) => t.replace("'30 d'", "'60 d'"));
    repo.commit();
    expect((await detectChanges(repo.dir, { base: 'main', head: 'prod-only' }, 'pipelines')).changes).toEqual(
      [],
    );
    const forProd = await detectChanges(
      repo.dir,
      { base: 'main', head: 'prod-only' },
      'pipelines',
      'flink-pipeline.yaml',
      'prod',
    );
    expect(forProd.changes.map((c) => `${c.table}:${c.kind}:${c.detail}`)).toEqual([
      'fct_bills:properties:flink-pipeline.yaml: environments.prod.properties.sql.state-ttl',
      'src_orders:properties:flink-pipeline.yaml: environments.prod.properties.sql.state-ttl',
    ]);
  });

  test('a compute pool for one product touches only that product', async () => {
    repo.branch('pool');
    repo.write('flink-pipeline.yaml', CONFIG('7 d', '    computePools: { billing: lfcp-billing }\n'));
    repo.commit();
    expect((await detectChanges(repo.dir, { base: 'main', head: 'pool' }, 'pipelines')).changes).toEqual([
      {
        table: 'fct_bills',
        kind: 'properties',
        files: ['flink-pipeline.yaml'],
        detail: 'flink-pipeline.yaml: environments.dev.computePools.billing',
      },
    ]);
  });

  test('a broken config at base is a warning, a broken config at head an error', async () => {
    repo.branch('broken-base');
    repo.write('flink-pipeline.yaml', 'environments: [\n');
    const broken = repo.commit();
    repo.write('flink-pipeline.yaml', CONFIG('7 d'));
    const fixed = repo.commit();
    const r = await detectChanges(repo.dir, { base: broken, head: fixed }, 'pipelines');
    expect(r.changes).toEqual([]);
    expect(r.warnings).toEqual([
      expect.stringMatching(
        /^config at base not compared: flink-pipeline.yaml \(at [0-9a-f]{7}\):\d+: invalid YAML/,
      ),
    ]);
    await expect(detectChanges(repo.dir, { base: fixed, head: broken }, 'pipelines')).rejects.toThrow(
      /invalid YAML/,
    );
  });

  test('readConfigAt: undefined when the revision has no config file', async () => {
    expect(await readConfigAt(repo.dir, 'main', 'missing.yaml')).toBeUndefined();
    expect((await readConfigAt(repo.dir, 'main', 'flink-pipeline.yaml'))?.environment).toBe('dev');
  });
});

describe('classifyConfigChange', () => {
  const env = (e: NonNullable<Config['environments']>[string]): Config => ({
    environment: 'dev',
    environments: { dev: e },
  });

  test('lists the statement-affecting keys that differ, and only those', () => {
    const change = classifyConfigChange(
      env({ principal: 'sa-1', catalog: 'c', region: 'us-east-1', properties: { a: '1', b: '2' } }),
      env({
        principal: 'sa-2',
        catalog: 'c',
        region: 'eu-west-1',
        statementPrefix: 'dev',
        properties: { a: '1', c: '3' },
      }),
      undefined,
      'ops/flink.yaml',
    );
    expect(change.environments.map((e) => [e.name, e.keys])).toEqual([
      ['dev', ['properties.b', 'properties.c', 'statementPrefix', 'principal']],
    ]);
    expect(configKeysFor(change, 'p', 'p')).toEqual([
      'environments.dev.properties.b',
      'environments.dev.properties.c',
      'environments.dev.statementPrefix',
      'environments.dev.principal',
    ]);
  });

  test('without a named environment every environment is compared', () => {
    const base: Config = { environments: { a: { principal: 'x' }, b: {} } };
    const head: Config = { environments: { a: { principal: 'x' }, b: { database: 'd' } } };
    expect(configKeysFor(classifyConfigChange(base, head), 'p', 'p')).toEqual(['environments.b.database']);
  });

  test('a default pool change touches products without their own pool; a move can change the pool', () => {
    const base = env({ computePoolId: 'lfcp-a', computePools: { billing: 'lfcp-b' } });
    const head = env({ computePoolId: 'lfcp-z', computePools: { billing: 'lfcp-b' } });
    const change = classifyConfigChange(base, head);
    expect(configKeysFor(change, 'orders', 'orders')).toEqual(['environments.dev.computePoolId']);
    expect(configKeysFor(change, 'billing', 'billing')).toEqual([]);
    const same = classifyConfigChange(base, base);
    expect(configKeysFor(same, 'orders', 'billing')).toEqual(['environments.dev.computePools.billing']);
    expect(configKeysFor(same, 'orders', 'orders')).toEqual([]);
  });

  test('no config on either side: nothing', () => {
    expect(configKeysFor(classifyConfigChange(undefined, undefined, 'dev'), 'p', 'p')).toEqual([]);
  });
});
