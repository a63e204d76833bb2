/**
 * Each fix of what the deploy sends, against the emulator as strict as Confluent Cloud (the
 * real client over loopback, plans made from a real git range with live status): every
 * statement resolves in the configured catalog and database (a rebuild's DROP really drops),
 * ALTER SET and RESET as two statements, long names, materialized tables and CTAS writers,
 * CREATE right after DROP, DEGRADED, carry-over from a FAILED statement, `client.*` keys,
 * timeouts naming the scaling status, the compute pool check and a missing database.
 */
import { afterEach, describe, expect, test } from '@jest/globals';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig } from '../../src/config/load.js';
import { timeoutsOf } from '../../src/config/timeouts.js';
import { FlinkClient } from '../../src/confluent/client.js';
import { labelValue } from '../../src/confluent/labels.js';
import { confluentStatus } from '../../src/confluent/status.js';
import { executePlan } from '../../src/deploy/executor.js';
import { DEFAULT_TIMEOUTS } from '../../src/deploy/timeouts.js';
import type { DeployEvent, DeployReport } from '../../src/deploy/types.js';
import type { EmulatorOptions } from '../../src/emulator/server.js';
import { computePlan } from '../../src/engine/plan.js';
import { scenarioRepo, type ScenarioRepo } from '../helpers/git-scenarios.js';
import {
  API_KEY,
  DATABASE,
  deploy,
  duplicateCreates,
  harness,
  planLive,
  PREFIX,
  SECRET,
  statementsOf,
  writeConfig,
  type Harness,
} from './helpers.js';
import { LONG, RAW, SHOP } from './shop.js';

const RANGE = { kind: 'range', base: 'main', head: 'feature' } as const;
const open: { h?: Harness; repo?: ScenarioRepo }[] = [];
afterEach(async () => {
  for (const o of open.splice(0)) {
    await o.h?.close();
    o.repo?.cleanup();
  }
});

const outcomes = (r: DeployReport) => Object.fromEntries(r.steps.map((s) => [s.id, s.outcome]));
/** The config names no catalog, so it is the environment id (the catalog's display name works too). */
const home = (h: Harness) => ({
  'sql.current-catalog': h.em.environmentId,
  'sql.current-database': DATABASE,
});

async function shop(
  opts: EmulatorOptions = {},
  extraConfig = '',
): Promise<{ h: Harness; repo: ScenarioRepo }> {
  const h = await harness({ tables: RAW, ...opts });
  const repo = scenarioRepo(SHOP);
  open.push({ h, repo });
  writeConfig(repo.dir, h.em, extraConfig);
  repo.commit('config');
  return { h, repo };
}

async function deployed(opts: EmulatorOptions = {}, extraConfig = '') {
  const s = await shop(opts, extraConfig);
  const { report } = await deploy(s.repo.dir, s.h, { kind: 'all' });
  expect([report.status, report.steps.filter((x) => x.outcome !== 'done')]).toEqual(['succeeded', []]);
  return s;
}

function change(repo: ScenarioRepo, edit: () => void) {
  repo.branch('feature');
  edit();
  repo.commit('change');
}

describe('every statement as the service takes it', () => {
  test('from nothing: names <= 72, catalog and database on every statement, no client.* key, the DDL SET line on its CREATE', async () => {
    const { h } = await deployed();
    const all = [...h.em.state.statements.values()];
    expect(all.length).toBe(6);
    for (const s of all) {
      expect([s.name, s.name.length <= 72]).toEqual([s.name, true]);
      expect([s.name, s.spec.properties]).toEqual([s.name, expect.objectContaining(home(h))]);
      expect(Object.keys(s.spec.properties).filter((k) => k.startsWith('client.'))).toEqual([]);
    }
    const ddlOf = (t: string) => statementsOf(h.em, t, 'ddl')[0]!;
    expect(ddlOf('totals').spec.properties['sql.state-ttl']).toBe('3 d');
    // The table label of a name longer than 63 characters is shortened with a hash
    expect(ddlOf(labelValue(LONG)).spec.properties['sql.state-ttl']).toBe('2 d');
    expect(statementsOf(h.em, 'orders', 'dml')[0]!.spec.properties['sql.local-time-zone']).toBe('UTC');
    expect(h.em.state.catalog.get('top_orders')?.kind).toBe('materialized');
    expect(h.violations).toEqual([]);
  });

  test('a rebuild really drops the table in its database, stops the CTAS first, drops the materialized table with its own DROP, and creates them again', async () => {
    const { h, repo } = await deployed();
    const before = {
      orders: h.em.state.catalog.get('orders'),
      totals: h.em.state.catalog.get('totals'),
      top: h.em.state.catalog.get('top_orders'),
    };
    const oldCtas = statementsOf(h.em, 'totals', 'ddl')[0]!.name;
    change(repo, () =>
      repo.edit('pipelines/sources/shop/orders/sql-scripts/ddl.orders.sql', (s) =>
        s.replace('amount INT', 'amount BIGINT'),
      ),
    );
    const from = h.em.state.history.length;
    const since = h.em.state.transitions.length;
    const { plan, report } = await deploy(repo.dir, h, RANGE, { allowDestructive: true });
    expect([report.status, report.steps.filter((x) => x.outcome !== 'done')]).toEqual(['succeeded', []]);
    expect(plan.steps.filter((s) => s.action === 'drop-table').map((s) => s.sql)).toEqual(
      expect.arrayContaining([
        'DROP TABLE IF EXISTS `orders`',
        'DROP TABLE IF EXISTS `totals`',
        'DROP MATERIALIZED TABLE IF EXISTS `top_orders`',
      ]),
    );
    // New tables (new topics), not the old entries left in place by a DROP that missed them
    expect(h.em.state.catalog.get('orders')).not.toBe(before.orders);
    expect(h.em.state.catalog.get('totals')).not.toBe(before.totals);
    expect(h.em.state.catalog.get('top_orders')).not.toBe(before.top);
    expect(h.em.state.catalog.get('top_orders')?.kind).toBe('materialized');
    expect(statementsOf(h.em, 'orders', 'ddl')[0]!.spec.statement).toContain('amount BIGINT');
    // No statement lost its topic while running: the CTAS was stopped before its table was dropped
    const failures = h.em.state.transitions
      .slice(since)
      .filter((t) => t.phase === 'FAILED' && !/try again later|already exists/.test(t.detail));
    expect(failures).toEqual([]);
    const stoppedAt = h.em.state.transitions.findIndex(
      (t, i) => i >= since && t.name === oldCtas && t.phase === 'STOPPED',
    );
    const dropAt = h.em.state.transitions.findIndex(
      (t, i) => i >= since && t.name === `${PREFIX}-shop-drop-totals` && t.phase === 'COMPLETED',
    );
    expect(stoppedAt).toBeGreaterThanOrEqual(0);
    expect(stoppedAt).toBeLessThan(dropAt);
    expect(duplicateCreates(h.em, from)).toEqual([]);
    expect(h.violations).toEqual([]);
  });

  test('an options change with one option changed and one removed: two ALTER statements, both COMPLETED', async () => {
    const { h, repo } = await deployed();
    change(repo, () =>
      repo.edit('pipelines/sources/shop/orders/sql-scripts/ddl.orders.sql', (s) =>
        s.replace("'7 d'", "'30 d'").replace(",\n  'kafka.cleanup-policy' = 'delete'", ''),
      ),
    );
    const from = h.em.state.history.length;
    const { report } = await deploy(repo.dir, h, RANGE);
    expect(outcomes(report)).toEqual({ 'orders:alter-table': 'done', 'orders:alter-table-reset': 'done' });
    const created = h.em.state.history.slice(from).map((c) => h.em.state.statements.get(c.name)!);
    expect(created.map((s) => [s.phase, s.spec.statement])).toEqual([
      ['COMPLETED', "ALTER TABLE `orders` SET ('kafka.retention.time' = '30 d')"],
      ['COMPLETED', "ALTER TABLE `orders` RESET ('kafka.cleanup-policy')"],
    ]);
  });

  test('a CREATE refused right after its DROP ("… try again later") is deleted and submitted again until it goes through', async () => {
    const { h, repo } = await deployed({ dropWindowMs: 600 });
    change(repo, () =>
      repo.edit('pipelines/sources/shop/orders/sql-scripts/ddl.orders.sql', (s) =>
        s.replace('amount INT', 'amount BIGINT'),
      ),
    );
    const since = h.em.state.transitions.length;
    const events: DeployEvent[] = [];
    const { report } = await deploy(repo.dir, h, RANGE, {
      allowDestructive: true,
      onEvent: (e) => events.push(e),
    });
    expect(report.status).toBe('succeeded');
    const refused = h.em.state.transitions
      .slice(since)
      .filter((t) => t.phase === 'FAILED' && /Kafka topic does not exist/.test(t.detail));
    expect(refused.length).toBeGreaterThan(0);
    const retries = events.filter((e) => e.type === 'log' && /submitting it again/.test(e.message));
    expect(retries.length).toBeGreaterThanOrEqual(refused.length);
    // Bounded: with no time to retry, the step fails and names the key to raise
    const { h: h2, repo: repo2 } = await deployed({ dropWindowMs: 60_000 });
    change(repo2, () =>
      repo2.edit('pipelines/sources/shop/orders/sql-scripts/ddl.orders.sql', (s) =>
        s.replace('amount INT', 'amount BIGINT'),
      ),
    );
    const bounded = await deploy(repo2.dir, h2, RANGE, {
      allowDestructive: true,
      timeouts: { recreateMs: 300 },
    });
    expect(bounded.report.status).toBe('failed');
    expect(bounded.report.steps.find((s) => s.id === 'orders:create-table')!.detail).toMatch(
      /try again later.*still refused after \d+ attempts over 300 ms \(raise timeouts\.recreate/,
    );
  });
});

describe('live phases', () => {
  test('DEGRADED statements count as running: the deploy succeeds and says so; the next plan does not restart them', async () => {
    const { h, repo } = await deployed({ faults: { degraded: 1 } });
    const degraded = [...h.em.state.statements.values()].filter((s) => s.phase === 'DEGRADED');
    expect(degraded.length).toBeGreaterThanOrEqual(2);
    change(repo, () => {
      repo.write(
        'pipelines/facts/shop/big/sql-scripts/ddl.big.sql',
        "CREATE TABLE big (id STRING) WITH ('changelog.mode' = 'append');\n",
      );
      repo.write(
        'pipelines/facts/shop/big/sql-scripts/dml.big.sql',
        'INSERT INTO big SELECT id FROM orders;\n',
      );
    });
    const { plan, report } = await deploy(repo.dir, h, RANGE);
    expect(plan.nodes.map((n) => `${n.table}:${n.action}`)).toEqual(['big:create']);
    expect(plan.warnings).toEqual([expect.objectContaining({ code: 'degraded', table: 'orders' })]);
    expect(report.status).toBe('succeeded');
    const dml = report.steps.find((s) => s.id === 'big:create-dml')!;
    expect([dml.outcome, dml.phase, dml.detail]).toEqual([
      'done',
      'DEGRADED',
      expect.stringContaining('running but unhealthy (DEGRADED)'),
    ]);
    expect(dml.detail).toContain('warning CRITICAL FREQUENT_RESTARTS');
  });

  test('a stateless query change of a FAILED statement: rebuilt from the earliest offset, not carried over from nothing', async () => {
    const { h, repo } = await deployed();
    const old = statementsOf(h.em, 'orders', 'dml')[0]!;
    old.phase = 'FAILED';
    old.detail = 'failed at runtime (set by the test)';
    change(repo, () =>
      repo.edit('pipelines/sources/shop/orders/sql-scripts/dml.orders.sql', (s) =>
        s.replace(/;\s*$/, '\nWHERE amount > 0;\n'),
      ),
    );
    const { plan, report } = await deploy(repo.dir, h, RANGE, { allowDestructive: true });
    expect(plan.nodes.find((n) => n.table === 'orders')!.action).toBe('rebuild');
    expect(plan.warnings.map((w) => w.code)).toContain('carry-over-unavailable');
    expect(report.status).toBe('succeeded');
    const now = statementsOf(h.em, 'orders', 'dml');
    expect(now.map((s) => [s.phase, s.spec.properties['sql.tables.initial-offset-from']])).toEqual([
      ['RUNNING', undefined],
    ]);
  });
});

describe('timeouts and compute pools', () => {
  test('a wait that times out names the wait, the key to raise and the scaling status; POOL_EXHAUSTED is reported while waiting', async () => {
    const { h, repo } = await shop(
      { computePools: [{ id: 'lfcp-emulator', maxCfu: 2 }] },
      'timeouts:\n  create: 800ms\n',
    );
    const events: DeployEvent[] = [];
    const plan = await planLive(repo.dir, h, { kind: 'all' });
    const report = await executePlan(plan, h.client, {
      statementPrefix: PREFIX,
      timeouts: timeoutsOf(loadConfig(join(repo.dir, 'flink-pipeline.yaml'))),
      onEvent: (e) => events.push(e),
    });
    expect(report.status).toBe('failed');
    const timedOut = report.steps.filter((s) => s.outcome === 'failed');
    expect(timedOut.length).toBeGreaterThan(0);
    for (const s of timedOut) {
      expect(s.detail).toMatch(
        /^create timed out: statement \S+: not RUNNING\|COMPLETED\|DEGRADED after 800 ms \(phase PENDING, scaling status POOL_EXHAUSTED: .*compute pool lfcp-emulator is exhausted.*\); raise timeouts\.create in flink-pipeline\.yaml/,
      );
    }
    const logs = events.flatMap((e) => (e.type === 'log' ? [e.message] : []));
    expect(logs).toContain('compute pool check skipped: no Confluent Cloud API client');
    expect(logs.some((m) => /waits for room in compute pool lfcp-emulator \(POOL_EXHAUSTED\)/.test(m))).toBe(
      true,
    );
  });

  test('the defaults are the official clients: 6 h to run, 20 min to stop, resume and delete', () => {
    expect(timeoutsOf({})).toEqual({});
    expect(DEFAULT_TIMEOUTS).toEqual({
      createMs: 6 * 3600_000,
      stopMs: 20 * 60_000,
      resumeMs: 20 * 60_000,
      deleteMs: 20 * 60_000,
      recreateMs: 10 * 60_000,
      // Waiting for another deploy's lease: as long as a stop
      leaseMs: 20 * 60_000,
    });
    expect(
      timeoutsOf({ timeouts: { create: 90, stop: '1h', delete: '1.5m', recreate: '500ms', lease: '2m' } }),
    ).toMatchObject({
      createMs: 90_000,
      stopMs: 3600_000,
      deleteMs: 90_000,
      recreateMs: 500,
      leaseMs: 120_000,
    });
  });

  test('the compute pool check refuses a deploy that cannot fit, a missing pool, and one not PROVISIONED, before any change', async () => {
    const run = async (opts: EmulatorOptions, pool = '') => {
      const { h, repo } = await shop(opts, pool ? `    computePoolId: ${pool}\n` : '');
      const pools = new FlinkClient({
        restEndpoint: h.em.url,
        organizationId: h.em.organizationId,
        environmentId: h.em.environmentId,
        credentials: { apiKey: API_KEY, apiSecret: SECRET },
        rateLimit: false,
      });
      const plan = await planLive(repo.dir, h, { kind: 'all' });
      const mark = h.calls.length;
      const events: DeployEvent[] = [];
      const report = await executePlan(plan, h.client, {
        statementPrefix: PREFIX,
        pools,
        onEvent: (e) => events.push(e),
      });
      return { report, changed: h.calls.slice(mark).filter((c) => c.method !== 'GET'), events };
    };
    // orders and the long table's INSERTs and the totals CTAS run; the materialized table's completes
    const full = await run({ computePools: [{ id: 'lfcp-emulator', maxCfu: 2 }] });
    expect(full.report.status).toBe('refused');
    expect(full.report.reason).toBe(
      "compute pool lfcp-emulator has room for 2 CFU (max_cfu 2, current_cfu 0) but the deploy starts 3 statements, each needing at least 1 CFU; raise the pool's max_cfu, stop statements you no longer need, or deploy fewer tables at once",
    );
    expect(full.report.summary).toContain('compute pool lfcp-emulator has room for 2 CFU');
    expect(full.changed).toEqual([]);
    const missing = await run({}, 'lfcp-gone');
    expect([missing.report.status, missing.report.reason]).toEqual([
      'refused',
      expect.stringContaining('compute pool lfcp-gone does not exist'),
    ]);
    expect(missing.changed).toEqual([]);
    const young = await run({ computePools: [{ id: 'lfcp-young', phase: 'PROVISIONING' }] }, 'lfcp-young');
    expect([young.report.status, young.report.reason]).toEqual([
      'refused',
      expect.stringContaining('compute pool lfcp-young is PROVISIONING, not PROVISIONED'),
    ]);
    const fits = await run({ computePools: [{ id: 'lfcp-emulator', maxCfu: 3 }] });
    expect(fits.report.status).toBe('succeeded');
    expect(fits.events).toContainEqual({
      type: 'log',
      message: 'compute pool lfcp-emulator: PROVISIONED, 0 of 3 CFU in use, the deploy starts 3 statements',
    });
  });
});

test('a deploy without a database, whose SQL names tables without one, stops before sending anything', async () => {
  const h = await harness({ tables: RAW });
  const repo = scenarioRepo(SHOP);
  open.push({ h, repo });
  const configPath = join(repo.dir, 'flink-pipeline.yaml');
  writeFileSync(
    configPath,
    `environments:\n  dev:\n    restEndpoint: ${h.em.url}\n    organizationId: ${h.em.organizationId}\n    environmentId: ${h.em.environmentId}\n`,
  );
  await expect(
    computePlan({
      pipelines: join(repo.dir, 'pipelines'),
      config: loadConfig(configPath),
      configPath,
      environment: 'dev',
      target: { kind: 'all' },
      status: confluentStatus(h.client, PREFIX),
      command: 'deploy',
    }),
  ).rejects.toThrow(
    /^deploy: environment "dev" has no database, and `\w+` \(pipelines\/.*\.sql:\d+\) names no database; set environments\.dev\.database in .*flink-pipeline\.yaml to the Kafka cluster the tables live in$/,
  );
  expect(h.calls).toEqual([]);
});
