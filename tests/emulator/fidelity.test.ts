/**
 * The emulator is as strict as the real service (each behaviour's evidence is cited where the
 * emulator implements it): names resolve through the statement's catalog and database, one
 * statement per request, names of at most 72 characters, no `client.*` properties, dry runs
 * (answered in the create response, never stored), snapshot mode,
 * materialized tables, the "try again later" window after a DROP, DEGRADED, compute pool
 * capacity and status.warnings.
 */
import { afterEach, describe, expect, test } from '@jest/globals';
import { parseEmulatorArgs } from '../../src/emulator/cli.js';
import type { EmulatorOptions } from '../../src/emulator/server.js';
import { client, home, manualClock, phaseOf, type Client } from './helpers.js';

let c: Client;
afterEach(async () => c?.close());

const setup = async (opts: EmulatorOptions = {}) => {
  const clock = manualClock();
  c = await client({ now: clock.now, ...opts });
  return clock;
};

/** Creates a statement and lets the clock run until it settles; returns its status. */
async function run(
  clock: { tick(ms: number): void },
  name: string,
  sql: string,
  properties?: Record<string, string> | null,
) {
  const r = await c.create(name, sql, properties === undefined ? {} : { spec: { properties } });
  expect([name, r.status]).toEqual([name, 201]);
  clock.tick(100);
  return (await c.get(name)).body.status;
}

describe('catalog and database', () => {
  test('without sql.current-catalog / sql.current-database the current ones are `default`, where nothing exists', async () => {
    const clock = await setup({ tables: ['orders'] });
    const status = await run(clock, 'bare', 'INSERT INTO orders SELECT * FROM orders', null);
    expect(status.phase).toBe('FAILED');
    expect(status.detail).toContain(
      "Table (or view) 'orders' does not exist or you do not have permission to access it.\nUsing current catalog 'default' and current database 'default'.",
    );
    // A DROP ... IF EXISTS there silently does nothing, and the table stays
    expect((await run(clock, 'drop', 'DROP TABLE IF EXISTS orders', null)).phase).toBe('COMPLETED');
    expect(c.em.state.hasTable('orders')).toBe(true);
  });

  test('unqualified names resolve through the properties; the catalog answers to its id and its display name', async () => {
    const clock = await setup({ tables: ['orders'], catalog: 'dev-env', database: 'dev-cluster' });
    expect(c.em.database).toBe('dev-cluster');
    const byId = { 'sql.current-catalog': c.em.environmentId, 'sql.current-database': 'dev-cluster' };
    const byName = { 'sql.current-catalog': 'dev-env', 'sql.current-database': 'dev-cluster' };
    expect((await run(clock, 'a', 'CREATE TABLE t1 (id INT)', byId)).phase).toBe('COMPLETED');
    expect((await run(clock, 'b', 'CREATE TABLE t2 AS SELECT * FROM orders', byName)).phase).toBe('RUNNING');
    expect(c.em.state.catalog.names()).toEqual(['orders', 't1', 't2']);
    // db.t needs only the catalog; catalog.db.t needs nothing
    expect(
      (await run(clock, 'c', 'CREATE TABLE `dev-cluster`.t3 (id INT)', { 'sql.current-catalog': 'dev-env' }))
        .phase,
    ).toBe('COMPLETED');
    expect((await run(clock, 'd', 'SELECT * FROM `dev-env`.`dev-cluster`.`t1`', null)).phase).toBe('RUNNING');
  });

  test('an unknown current catalog or database fails the statement', async () => {
    const clock = await setup({ tables: ['orders'] });
    const cat = await run(clock, 'x', 'CREATE TABLE t (id INT)', { 'sql.current-catalog': 'nope' });
    expect([cat.phase, cat.detail]).toEqual([
      'FAILED',
      "Catalog 'nope' does not exist or you do not have permission to access it.",
    ]);
    const db = await run(clock, 'y', 'CREATE TABLE t (id INT)', {
      'sql.current-catalog': c.em.environmentId,
      'sql.current-database': 'nope',
    });
    expect([db.phase, db.detail]).toEqual([
      'FAILED',
      `Database 'nope' does not exist in catalog '${c.em.environmentId}' or you do not have permission to access it.`,
    ]);
  });

  test('--tables with qualified names seeds other databases', async () => {
    const clock = await setup({ tables: ['orders', 'other-env.cluster9.raw_x', 'cluster2.raw_y'] });
    expect(c.em.state.catalog.names()).toEqual([
      `${c.em.environmentId}.cluster2.raw_y`,
      'orders',
      'other-env.cluster9.raw_x',
    ]);
    expect((await run(clock, 'a', 'CREATE TABLE x AS SELECT * FROM `other-env`.cluster9.raw_x')).phase).toBe(
      'RUNNING',
    );
    expect((await run(clock, 'b', 'CREATE TABLE y AS SELECT * FROM cluster2.raw_y')).phase).toBe('RUNNING');
    expect((await run(clock, 'c', 'CREATE TABLE z AS SELECT * FROM raw_y')).phase).toBe('FAILED');
  });
});

describe('requests the service refuses', () => {
  test.each([
    ['two statements', 'CREATE TABLE a (id INT);\nCREATE TABLE b (id INT)', 'Only a single statement'],
    [
      'a SET line before the statement',
      "SET 'sql.state-ttl' = '1 d';\nCREATE TABLE a (id INT)",
      'Only a single statement',
    ],
    ['a SET alone', "SET 'sql.state-ttl' = '1 d'", 'SET is a client-side command'],
    ['a USE alone', 'USE CATALOG other', 'USE is a client-side command'],
    [
      'an ALTER SET and RESET together',
      "ALTER TABLE o SET ('a' = 'b');\nALTER TABLE o RESET ('c')",
      'Only a single statement',
    ],
  ])('%s → 400, nothing stored', async (_label, sql, detail) => {
    await setup({ tables: ['o'] });
    const r = await c.create('multi', sql);
    expect([r.status, r.body.errors[0].detail]).toEqual([400, expect.stringContaining(detail)]);
    expect(c.em.state.statements.size).toBe(0);
  });

  test('names longer than 72 characters → 400', async () => {
    await setup();
    expect((await c.create('a'.repeat(73), 'CREATE TABLE t (id INT)')).status).toBe(400);
    expect((await c.create('a'.repeat(72), 'CREATE TABLE t (id INT)')).status).toBe(201);
  });

  test('client.* properties → 422 naming the key', async () => {
    await setup();
    const r = await c.create('c', 'CREATE TABLE t (id INT)', {
      spec: { properties: { 'client.statement-name': 'x' } },
    });
    expect(r.status).toBe(422);
    expect(r.body.errors[0].detail).toContain('client.statement-name');
    expect(c.em.state.statements.size).toBe(0);
  });

  test('an unknown compute pool → 400', async () => {
    await setup();
    const r = await c.create('c', 'CREATE TABLE t (id INT)', { spec: { compute_pool_id: 'lfcp-nope' } });
    expect(r.status).toBe(400);
    expect(r.body.errors[0].source).toEqual({ pointer: '/spec/compute_pool_id' });
  });
});

/** Sends a dry run; the verdict is in the create response itself (nothing to poll). */
async function dry(name: string, sql: string, properties: Record<string, string>) {
  const r = await c.create(name, sql, { spec: { properties: { 'sql.dry-run': 'true', ...properties } } });
  expect([name, r.status]).toEqual([name, 201]);
  return r.body;
}

describe("sql.dry-run = 'true'", () => {
  test('the create response is the final verdict: COMPLETED, or FAILED with the issue; nothing is created', async () => {
    await setup({ tables: ['orders'] });
    const ok = await dry('a', 'CREATE TABLE t (id INT)', home(c.em));
    expect(ok.status.phase).toBe('COMPLETED');
    expect(ok.spec.properties['sql.dry-run']).toBe('true');
    expect(c.em.state.hasTable('t')).toBe(false);
    const ctas = await dry('b', 'CREATE TABLE big AS SELECT * FROM orders', home(c.em));
    expect(ctas.status.phase).toBe('COMPLETED');
    expect(c.em.state.hasTable('big')).toBe(false);
    expect(c.em.state.usedCfu('lfcp-emulator')).toBe(0);
    const missing = await dry('c', 'INSERT INTO orders SELECT * FROM ghost', home(c.em));
    expect([missing.status.phase, missing.status.detail]).toEqual([
      'FAILED',
      expect.stringContaining("'ghost' does not exist"),
    ]);
    // SQL that does not parse is refused by the request itself, dry run or not
    const parse = await c.create('d', 'CREATE TABLE x (id INT', {
      spec: { properties: { 'sql.dry-run': 'true', ...home(c.em) } },
    });
    expect([parse.status, parse.body.errors[0].detail]).toEqual([
      400,
      expect.stringContaining('SQL parse failed'),
    ]);
    const exists = await dry('e', 'CREATE TABLE orders (id INT)', home(c.em));
    expect([exists.status.phase, exists.status.detail]).toEqual([
      'FAILED',
      expect.stringContaining('already exists'),
    ]);
    // DROP in a dry run drops nothing
    expect((await dry('f', 'DROP TABLE orders', home(c.em))).status.phase).toBe('COMPLETED');
    expect(c.em.state.hasTable('orders')).toBe(true);
    // The catalog lookup uses the properties like any statement
    const bare = await dry('g', 'INSERT INTO orders SELECT * FROM orders', {
      'sql.current-catalog': 'default',
      'sql.current-database': 'default',
    });
    expect([bare.status.phase, bare.status.detail]).toEqual([
      'FAILED',
      expect.stringContaining("current catalog 'default'"),
    ]);
    expect(c.em.state.stats.dryRuns).toBe(6);
  });

  test('a dry run is never stored: no uid, not listed, not found, its name free again', async () => {
    const clock = await setup({ tables: ['orders'] });
    const ok = await dry('ok', 'INSERT INTO orders SELECT * FROM orders', home(c.em));
    const bad = await dry('bad', 'INSERT INTO orders SELECT * FROM ghost', home(c.em));
    for (const r of [ok, bad]) {
      expect([r.metadata.uid, r.metadata.resource_version]).toEqual(['', '']);
    }
    expect(c.em.state.statements.size).toBe(0);
    expect(c.em.state.history).toEqual([]);
    clock.tick(100);
    expect((await c.get('ok')).status).toBe(404);
    expect((await c.get('bad')).status).toBe(404);
    expect((await c.del('ok')).status).toBe(404);
    const listed = await c.call('GET', `${c.base}?page_size=100`);
    expect(listed.body.data).toEqual([]);
    // The same name again: another dry run, then a statement that runs
    expect((await dry('ok', 'INSERT INTO orders SELECT * FROM orders', home(c.em))).status.phase).toBe(
      'COMPLETED',
    );
    expect((await run(clock, 'ok', 'INSERT INTO orders SELECT * FROM orders', home(c.em))).phase).toBe(
      'RUNNING',
    );
    // A name a stored statement holds is refused, dry run or not (undocumented: strict)
    const taken = await c.create('ok', 'INSERT INTO orders SELECT * FROM orders', {
      spec: { properties: { ...home(c.em), 'sql.dry-run': 'true' } },
    });
    expect(taken.status).toBe(409);
  });

  test("'TRUE' turns it on (as the CLI reads it); another value fails the statement", async () => {
    const clock = await setup({ tables: ['orders'] });
    const upper = await c.create('a', 'CREATE TABLE t (id INT)', {
      spec: { properties: { ...home(c.em), 'sql.dry-run': 'TRUE' } },
    });
    expect([upper.body.status.phase, upper.body.metadata.uid]).toEqual(['COMPLETED', '']);
    expect(c.em.state.hasTable('t')).toBe(false);
    const bad = await run(clock, 'b', 'CREATE TABLE t (id INT)', { ...home(c.em), 'sql.dry-run': 'yes' });
    expect([bad.phase, bad.detail]).toEqual(['FAILED', expect.stringContaining("'sql.dry-run'")]);
    expect(
      (await run(clock, 'c', 'CREATE TABLE t (id INT)', { ...home(c.em), 'sql.dry-run': 'false' })).phase,
    ).toBe('COMPLETED');
    expect(c.em.state.hasTable('t')).toBe(true);
  });
});

describe("sql.snapshot.mode = 'now'", () => {
  test('a snapshot INSERT, CTAS or query ends COMPLETED and is bounded; streaming ones keep running', async () => {
    const clock = await setup({ tables: ['orders'] });
    const snap = { ...home(c.em), 'sql.snapshot.mode': 'now' };
    const insert = await run(clock, 'ins', 'INSERT INTO orders SELECT * FROM orders', snap);
    expect([insert.phase, insert.traits.is_bounded]).toEqual(['COMPLETED', true]);
    const ctas = await run(clock, 'ctas', 'CREATE TABLE copy AS SELECT * FROM orders', snap);
    expect([ctas.phase, ctas.traits.is_bounded]).toEqual(['COMPLETED', true]);
    expect(c.em.state.hasTable('copy')).toBe(true);
    // A query needs the columns of what it reads: a table created with them (results.ts)
    expect((await run(clock, 'mk', 'CREATE TABLE facts (id INT)', home(c.em))).phase).toBe('COMPLETED');
    const query = await run(clock, 'q', 'SELECT * FROM facts', snap);
    expect([query.phase, query.traits.is_bounded, query.traits.is_append_only]).toEqual([
      'COMPLETED',
      true,
      true,
    ]);
    expect(c.em.state.usedCfu('lfcp-emulator')).toBe(0);
    const off = await run(clock, 'off', 'INSERT INTO orders SELECT * FROM orders', {
      ...home(c.em),
      'sql.snapshot.mode': 'off',
    });
    expect([off.phase, off.traits.is_bounded]).toEqual(['RUNNING', false]);
    const streaming = await run(clock, 'stream', 'SELECT * FROM facts', home(c.em));
    expect([streaming.phase, streaming.traits.is_bounded]).toEqual(['RUNNING', false]);
    // Confluent Cloud reports a streaming CTAS as bounded though it never ends (FSE-1021).
    const ctasStreaming = await run(clock, 'ctas2', 'CREATE TABLE copy2 AS SELECT * FROM orders', home(c.em));
    expect([ctasStreaming.phase, ctasStreaming.traits.is_bounded]).toEqual(['RUNNING', true]);
  });

  test('a dry run reports the traits of the mode it was validated in', async () => {
    const clock = await setup({ tables: ['orders'] });
    expect((await run(clock, 'mk', 'CREATE TABLE facts (id INT)', home(c.em))).phase).toBe('COMPLETED');
    const snapshot = await dry('s', 'SELECT * FROM facts', { ...home(c.em), 'sql.snapshot.mode': 'now' });
    const streaming = await dry('t', 'SELECT * FROM facts', home(c.em));
    expect([snapshot.status.traits.is_bounded, streaming.status.traits.is_bounded]).toEqual([true, false]);
  });

  test('another value fails the statement', async () => {
    const clock = await setup({ tables: ['orders'] });
    for (const [name, value] of [
      ['a', 'NOW'],
      ['b', 'true'],
      ['c', ''],
    ]) {
      const s = await run(clock, name, 'INSERT INTO orders SELECT * FROM orders', {
        ...home(c.em),
        'sql.snapshot.mode': value,
      });
      expect([name, s.phase, s.detail]).toEqual([
        name,
        'FAILED',
        expect.stringContaining("'sql.snapshot.mode'"),
      ]);
    }
    expect(c.em.state.hasTable('orders')).toBe(true);
  });
});

describe('materialized tables', () => {
  const MT = 'CREATE MATERIALIZED TABLE mt AS SELECT id FROM orders';

  test('CREATE [OR ALTER] MATERIALIZED TABLE completes; the table is maintained by the service', async () => {
    const clock = await setup({ tables: ['orders'] });
    expect((await run(clock, 'a', MT)).phase).toBe('COMPLETED');
    expect(c.em.state.catalog.get('mt')).toMatchObject({ kind: 'materialized', createdBy: 'a' });
    // Evolved in place: the same entry
    expect(
      (await run(clock, 'b', 'CREATE OR ALTER MATERIALIZED TABLE mt AS SELECT id FROM orders WHERE id > 1'))
        .phase,
    ).toBe('COMPLETED');
    expect(c.em.state.catalog.get('mt')).toMatchObject({ createdBy: 'a' });
    expect((await run(clock, 'c', MT)).detail).toContain('already exists');
    // Read like any table; written only by its own query; altered with its own ALTER
    expect((await run(clock, 'd', 'CREATE TABLE copy AS SELECT * FROM mt')).phase).toBe('RUNNING');
    expect((await run(clock, 'e', 'INSERT INTO mt SELECT id FROM orders')).detail).toContain('materialized');
    expect((await run(clock, 'f', "ALTER TABLE mt SET ('x' = 'y')")).detail).toContain(
      'ALTER MATERIALIZED TABLE',
    );
    expect((await run(clock, 'g', "ALTER MATERIALIZED TABLE mt SET ('x' = 'y')")).phase).toBe('COMPLETED');
    // A regular table is not converted
    expect(
      (await run(clock, 'h', 'CREATE OR ALTER MATERIALIZED TABLE orders AS SELECT 1 AS id')).detail,
    ).toContain('cannot be converted');
    expect((await run(clock, 'i', 'DROP MATERIALIZED TABLE orders')).detail).toContain(
      'not a materialized table',
    );
  });

  test('plain DROP TABLE on a materialized table is a phantom drop: accepted, hidden, then back intact', async () => {
    const clock = await setup({ tables: ['orders'], dropWindowMs: 1000 });
    await run(clock, 'a', MT);
    expect((await run(clock, 'drop', 'DROP TABLE mt')).phase).toBe('COMPLETED');
    expect(c.em.state.hasTable('mt')).toBe(false);
    expect((await run(clock, 'again', MT)).detail).toContain('already exists');
    expect((await run(clock, 'read', 'CREATE TABLE c AS SELECT * FROM mt')).detail).toContain(
      "'mt' does not exist",
    );
    clock.tick(1000);
    expect(c.em.state.catalog.get('mt')).toMatchObject({ kind: 'materialized', createdBy: 'a' });
  });

  test('DROP MATERIALIZED TABLE removes it: first the entry (creates fail "already exists"), then the topic', async () => {
    const clock = await setup({ tables: ['orders'], dropWindowMs: 1000 });
    await run(clock, 'a', MT);
    expect((await run(clock, 'drop', 'DROP MATERIALIZED TABLE IF EXISTS mt')).phase).toBe('COMPLETED');
    expect((await run(clock, 'b', MT)).detail).toContain('already exists');
    clock.tick(1000);
    expect((await run(clock, 'c', MT)).detail).toContain('try again later');
    clock.tick(1000);
    expect((await run(clock, 'd', MT)).phase).toBe('COMPLETED');
  });
});

describe('after a DROP TABLE', () => {
  test('a CREATE of the same name fails with "… Kafka topic does not exist; … try again later" for the configured window', async () => {
    const clock = await setup({ tables: ['orders'], dropWindowMs: 5000 });
    expect((await run(clock, 'drop', 'DROP TABLE orders')).phase).toBe('COMPLETED');
    const early = await run(clock, 'early', 'CREATE TABLE IF NOT EXISTS orders (id INT)');
    expect(early.phase).toBe('FAILED');
    expect(early.detail).toMatch(/was found, but its Kafka topic does not exist; .*try again later/);
    clock.tick(5000);
    expect((await run(clock, 'later', 'CREATE TABLE orders (id INT)')).phase).toBe('COMPLETED');
  });

  test('statements still reading or writing the dropped table fail', async () => {
    const clock = await setup({ tables: ['src'] });
    expect((await run(clock, 'ctas', 'CREATE TABLE t AS SELECT * FROM src')).phase).toBe('RUNNING');
    expect((await run(clock, 'reader', 'CREATE TABLE u AS SELECT * FROM t')).phase).toBe('RUNNING');
    await run(clock, 'drop', 'DROP TABLE t');
    for (const name of ['ctas', 'reader']) {
      const s = (await c.get(name)).body.status;
      expect([name, s.phase, s.detail]).toEqual([name, 'FAILED', expect.stringContaining('was deleted')]);
    }
    expect(c.em.state.transitions.filter((t) => t.phase === 'FAILED').map((t) => t.name)).toEqual([
      'ctas',
      'reader',
    ]);
  });
});

describe('faults and capacity', () => {
  test('degraded: a running statement turns DEGRADED with a CRITICAL warning, and still stops', async () => {
    const clock = await setup({ tables: ['src', 'dst'], faults: { degraded: 1 } });
    await run(clock, 'job', 'INSERT INTO dst SELECT * FROM src');
    clock.tick(100);
    const s = (await c.get('job')).body.status;
    expect(s.phase).toBe('DEGRADED');
    expect(s.warnings).toEqual([
      expect.objectContaining({
        severity: 'CRITICAL',
        reason: 'FREQUENT_RESTARTS',
        message: expect.any(String),
      }),
    ]);
    expect(c.em.state.stats.faults.degraded).toBe(1);
    await c.patch('job', [{ op: 'replace', path: '/spec/stopped', value: true }]);
    clock.tick(200);
    expect(phaseOf(await c.get('job'))).toBe('STOPPED');
  });

  test('a full pool keeps statements PENDING with POOL_EXHAUSTED until room frees up', async () => {
    const clock = await setup({
      tables: ['src', 'a', 'b'],
      computePools: [{ id: 'lfcp-emulator', maxCfu: 1 }],
    });
    await run(clock, 'one', 'INSERT INTO a SELECT * FROM src');
    const two = await run(clock, 'two', 'INSERT INTO b SELECT * FROM src');
    expect(two.phase).toBe('PENDING');
    expect(two.scaling_status.scaling_state).toBe('POOL_EXHAUSTED');
    expect(two.detail).toContain('lfcp-emulator');
    // DDL needs no room
    expect((await run(clock, 'ddl', 'CREATE TABLE c (id INT)')).phase).toBe('COMPLETED');
    const pool = await c.call(
      'GET',
      `/fcpm/v2/compute-pools/lfcp-emulator?environment=${c.em.environmentId}`,
    );
    expect(pool.body).toMatchObject({
      spec: { max_cfu: 1 },
      status: { phase: 'PROVISIONED', current_cfu: 1 },
    });
    await c.patch('one', [{ op: 'replace', path: '/spec/stopped', value: true }]);
    clock.tick(200);
    const after = (await c.get('two')).body.status;
    expect([after.phase, after.scaling_status.scaling_state]).toEqual(['RUNNING', 'OK']);
  });

  test('the pools of the environment are listed (fcpm/v2), each with max_cfu and current_cfu', async () => {
    await setup({
      computePools: [
        { id: 'lfcp-big', maxCfu: 30 },
        { id: 'lfcp-new', phase: 'PROVISIONING' },
      ],
    });
    const r = await c.call('GET', `/fcpm/v2/compute-pools?environment=${c.em.environmentId}`);
    expect(r.status).toBe(200);
    expect(
      r.body.data.map((p: { id: string; spec: { max_cfu: number }; status: { phase: string } }) => [
        p.id,
        p.spec.max_cfu,
        p.status.phase,
      ]),
    ).toEqual([
      ['lfcp-emulator', 50, 'PROVISIONED'],
      ['lfcp-big', 30, 'PROVISIONED'],
      ['lfcp-new', 50, 'PROVISIONING'],
    ]);
  });
});

test('command line: catalog, database, compute pools, drop window', () => {
  expect(
    parseEmulatorArgs([
      '--catalog',
      'dev-env',
      '--database',
      'dev-cluster',
      '--compute-pools',
      'lfcp-a:10,lfcp-b',
      '--drop-window',
      '2500',
      '--faults',
      'degraded:0.5',
    ]),
  ).toMatchObject({
    catalog: 'dev-env',
    database: 'dev-cluster',
    computePools: [{ id: 'lfcp-a', maxCfu: 10 }, { id: 'lfcp-b' }],
    dropWindowMs: 2500,
    faults: { degraded: 0.5 },
  });
  expect(() => parseEmulatorArgs(['--compute-pools', 'pool-1'])).toThrow(/ID\[:MAX_CFU\]/);
  expect(() => parseEmulatorArgs(['--drop-window', '1s'])).toThrow(/milliseconds/);
  expect(() => parseEmulatorArgs(['--database', ''])).toThrow(/--database must be a name/);
});
