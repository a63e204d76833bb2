import { describe, expect, test } from '@jest/globals';
import { parseConfig } from '../../src/config/load.js';

describe('config file', () => {
  test('a config with every kind of key, as a user writes it, is accepted', () => {
    const cfg = parseConfig(
      'flink-pipeline.yaml',
      `pipelines: pipelines
environment: dev
environments:
  dev:
    restEndpoint: https://flink.us-east-1.aws.confluent.cloud
    cloud: aws
    region: us-east-1
    organizationId: 7c0d1a2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b
    environmentId: env-abc12
    computePoolId: lfcp-xyz
    computePools: { p2: lfcp-p2pool }
    principal: sa-123abc
    catalog: my-env
    database: cluster-0
    statementPrefix: dev
    properties: { sql.state-ttl: '7 d' }
strategy: rebuild
allowDestructive: false
maxParallel: 8
externalTables: ['raw_*']
`,
    );
    expect(cfg.environments!.dev.computePools).toEqual({ p2: 'lfcp-p2pool' });
    expect(cfg.externalTables).toEqual(['raw_*']);
    expect(cfg.maxParallel).toBe(8);
  });

  test('an empty file is an empty config', () => {
    expect(parseConfig('c.yaml', '')).toEqual({});
  });

  test('a misspelt key names the file, the line and the key', () => {
    expect(() => parseConfig('c.yaml', 'pipelines: p\nmaxParalel: 3\n')).toThrow(
      'c.yaml:2: maxParalel: unknown key; check the spelling against the config reference',
    );
  });

  test('a wrong value names the line of that value', () => {
    expect(() => parseConfig('c.yaml', 'environments:\n  dev:\n    environmentId: production\n')).toThrow(
      /^c\.yaml:3: environments\.dev\.environmentId: must look like env-abc123$/,
    );
  });

  test("sql.snapshot.mode in an environment's properties is refused unless 'off'", () => {
    expect(() =>
      parseConfig('c.yaml', "environments:\n  dev:\n    properties:\n      sql.snapshot.mode: 'now'\n"),
    ).toThrow(
      /^c\.yaml:4: environments\.dev\.properties: sql\.snapshot\.mode would make every statement a snapshot query/,
    );
    expect(
      parseConfig('c.yaml', "environments:\n  dev:\n    properties:\n      sql.snapshot.mode: 'off'\n")
        .environments!.dev!.properties,
    ).toEqual({ 'sql.snapshot.mode': 'off' });
  });

  test('endpoints need https, except loopback addresses', () => {
    expect(() =>
      parseConfig('c.yaml', 'environments:\n  dev:\n    restEndpoint: http://flink.example.com\n'),
    ).toThrow(
      /^c\.yaml:3: environments\.dev\.restEndpoint: use https:\/\/ \(http:\/\/ only for a loopback address such as the emulator\)$/,
    );
    expect(() =>
      parseConfig('c.yaml', 'environments:\n  dev:\n    cloudApiEndpoint: http://api.example.com\n'),
    ).toThrow(/c\.yaml:3: environments\.dev\.cloudApiEndpoint: use https/);
    for (const ok of [
      'https://flink.example.com',
      'http://127.0.0.1:8080',
      'http://localhost:9',
      'http://[::1]:1',
    ]) {
      expect(
        parseConfig('c.yaml', `environments:\n  dev:\n    restEndpoint: ${ok}\n`).environments!.dev!
          .restEndpoint,
      ).toBe(ok);
    }
  });

  test('timeouts: seconds or a duration with a unit', () => {
    expect(parseConfig('c.yaml', 'timeouts:\n  create: 6h\n  stop: 90\n').timeouts).toEqual({
      create: '6h',
      stop: 90,
    });
    expect(() => parseConfig('c.yaml', 'timeouts:\n  stop: soon\n')).toThrow(/^c\.yaml:2: timeouts\.stop: /);
    expect(() => parseConfig('c.yaml', 'timeouts:\n  wait: 1h\n')).toThrow(/timeouts\.wait: unknown key/);
  });

  test('broken YAML names the line', () => {
    expect(() => parseConfig('c.yaml', 'a: [1, 2\nb: 3\n')).toThrow(/^c\.yaml:\d+: invalid YAML/);
  });
});
