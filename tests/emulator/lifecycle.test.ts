import { afterEach, describe, expect, test } from '@jest/globals';
import { client, manualClock, phaseOf, waitFor, type Client } from './helpers.js';

let c: Client;
afterEach(async () => c?.close());

describe('lifecycle and catalog (manual clock)', () => {
  const setup = async (tables: string[] = []) => {
    const clock = manualClock();
    c = await client({ now: clock.now, tables });
    return clock;
  };

  test('DDL: PENDING then COMPLETED, and the table enters the catalog', async () => {
    const clock = await setup();
    const created = await c.create('ddl-orders', 'CREATE TABLE orders (id INT, amount DOUBLE)');
    expect(created.status).toBe(201);
    expect(created.headers.get('location')).toBe(created.body.metadata.self);
    expect(created.body.status.phase).toBe('PENDING');
    expect(created.body.metadata.resource_version).toBe('1');
    expect(created.body.spec).toMatchObject({
      compute_pool_id: 'lfcp-emulator',
      principal: 'sa-emulator',
      stopped: false,
    });
    expect(c.em.state.hasTable('orders')).toBe(false);
    clock.tick(100);
    const done = await c.get('ddl-orders');
    expect(done.body.status).toMatchObject({
      phase: 'COMPLETED',
      traits: { sql_kind: 'CREATE_TABLE', is_bounded: true },
    });
    expect(done.body.status.end_time).toBeDefined();
    expect(Number(done.body.metadata.resource_version)).toBeGreaterThan(1);
    expect(c.em.state.hasTable('orders')).toBe(true);
  });

  test('DML: PENDING then RUNNING with empty offsets; CTAS creates its table', async () => {
    const clock = await setup(['orders']);
    await c.create('dml-out', 'CREATE TABLE out1 (id INT)');
    clock.tick(100);
    await c.create('dml-insert', 'INSERT INTO out1 SELECT id FROM orders');
    await c.create('dml-ctas', 'CREATE TABLE big AS SELECT * FROM orders WHERE id > 10');
    clock.tick(100);
    const ins = await c.get('dml-insert');
    expect(ins.body.status).toMatchObject({
      phase: 'RUNNING',
      latest_offsets: {},
      latest_offsets_timestamp: '0001-01-01T00:00:00Z',
      traits: { sql_kind: 'INSERT_INTO', is_bounded: false },
    });
    expect(phaseOf(await c.get('dml-ctas'))).toBe('RUNNING');
    expect(c.em.state.catalog.get('big')).toMatchObject({ kind: 'table', createdBy: 'dml-ctas' });
  });

  test('resource_version changes on every transition, updated_at follows', async () => {
    const clock = await setup(['orders']);
    const seen: { phase: string; rv: number }[] = [];
    const observe = async () => {
      const r = await c.get('rv');
      seen.push({ phase: r.body.status.phase, rv: Number(r.body.metadata.resource_version) });
      return r;
    };
    await c.create('rv-table', 'CREATE TABLE rv_facts (id INT)');
    clock.tick(100);
    expect((await c.create('rv', 'SELECT * FROM rv_facts')).body.metadata.resource_version).toBe('1');
    for (let i = 0; i < 20; i++, clock.tick(5)) await observe();
    const before = seen[seen.length - 1]!.rv;
    await c.patch('rv', [{ op: 'replace', path: '/spec/stopped', value: true }]);
    expect((await observe()).body.spec.stopped).toBe(true);
    expect(seen[seen.length - 1]!.rv).toBe(before + 1); // the spec change alone bumps it
    for (let i = 0; i < 40; i++, clock.tick(5)) await observe();
    const last = await observe();
    expect(seen.map((s) => s.phase).filter((p, i, a) => p !== a[i - 1])).toEqual([
      'PENDING',
      'RUNNING',
      'STOPPING',
      'STOPPED',
    ]);
    for (let i = 1; i < seen.length; i++) {
      expect(seen[i]!.rv).toBeGreaterThanOrEqual(seen[i - 1]!.rv);
      if (seen[i]!.phase !== seen[i - 1]!.phase) expect(seen[i]!.rv).toBeGreaterThan(seen[i - 1]!.rv);
    }
    expect(Date.parse(last.body.metadata.updated_at)).toBeGreaterThan(
      Date.parse(last.body.metadata.created_at),
    );
  });

  test.each([
    [
      'a DML reading a missing table',
      'INSERT INTO out1 SELECT * FROM missing_src',
      "Table (or view) 'missing_src' does not exist",
    ],
    ['a DML writing a missing sink', 'INSERT INTO nowhere SELECT * FROM orders', "'nowhere' does not exist"],
    ['CREATE TABLE of an existing table', 'CREATE TABLE orders (id INT)', '`orders` already exists'],
    ['DROP of a missing table', 'DROP TABLE ghost', "'ghost' does not exist"],
    ['ALTER of a missing table', "ALTER TABLE ghost SET ('a' = 'b')", "'ghost' does not exist"],
  ])('%s FAILS in the create response, with a detail and an exception', async (_label, sql, detail) => {
    const clock = await setup(['orders', 'out1']);
    const created = await c.create('bad', sql);
    expect(created.status).toBe(201);
    // Already in the 201, as the VS Code extension reads it: no PENDING first.
    expect(created.body.status.phase).toBe('FAILED');
    expect(created.body.status.detail).toContain(detail);
    clock.tick(100);
    const r = await c.get('bad');
    expect(r.body.status.phase).toBe('FAILED');
    expect(r.body.status.detail).toContain(detail);
    const ex = await c.call('GET', `${c.base}/bad/exceptions`);
    expect(ex.status).toBe(200);
    expect(ex.body.kind).toBe('StatementExceptionList');
    expect(ex.body.data[0].message).toContain(detail);
  });

  test.each([
    ['SQL the parser rejects', 'CREATE TABLE x (id INT', 'SQL parse failed'],
    ['an unknown statement', 'SELEC garbage', 'SQL parse failed. Encountered "SELEC"'],
    [
      'two statements in one request',
      'CREATE TABLE a1 (id INT); CREATE TABLE a2 (id INT)',
      'Only a single statement',
    ],
    ['a client-side SET', "SET 'sql.state-ttl' = '1 h'", 'SET is a client-side command'],
    // Apache Flink 2.2.1's parser: `SQL parse failed. Encountered "\"" at line 1, column 31.`
    [
      'a double-quoted option key',
      `CREATE TABLE dq (id INT) WITH ("changelog.mode" = 'append')`,
      'SQL parse failed. double-quoted "changelog.mode" is not Flink SQL',
    ],
    // Apache Flink 2.2.1's grammar (tests/referee/parse-agreement.test.ts): `Encountered ":"`.
    [
      'a :: cast',
      'INSERT INTO out1 SELECT CAST(id AS STRING)::INT FROM orders',
      'SQL parse failed. :: is not Flink SQL',
    ],
    [
      'a lone | outside MATCH_RECOGNIZE',
      'INSERT INTO out1 SELECT id | 1 FROM orders',
      'SQL parse failed. character | is not Flink SQL',
    ],
    [
      'a column named by a reserved word, unquoted',
      'CREATE TABLE rw (id INT, value INT)',
      'SQL parse failed. Encountered "value" at line 1: value is a reserved word; quote it in backticks.',
    ],
    [
      'a != comparison',
      'INSERT INTO out1 SELECT * FROM orders WHERE id != 1',
      "SQL parse failed. Bang equal '!=' is not allowed under the current SQL conformance level",
    ],
  ])('%s: the create is refused with 400 and nothing is stored', async (_label, sql, detail) => {
    await setup(['orders', 'out1']);
    const r = await c.create('bad', sql);
    expect(r.status).toBe(400);
    expect(r.headers.get('location')).toBeNull();
    expect(r.body.errors).toHaveLength(1);
    expect(r.body.errors[0]).toMatchObject({
      status: '400',
      detail: expect.stringContaining(detail),
      source: { pointer: '/spec/statement' },
    });
    expect((await c.get('bad')).status).toBe(404);
    expect(c.em.state.history).toEqual([]);
    expect(c.em.state.stats.parseRejections).toBe(1);
    // The name is free: valid SQL under it is accepted at once
    expect((await c.create('bad', 'INSERT INTO out1 SELECT * FROM orders')).status).toBe(201);
  });

  test('IF NOT EXISTS / IF EXISTS complete; DROP TABLE removes the table so later DML fails', async () => {
    const clock = await setup(['orders', 'out1']);
    await c.create('ine', 'CREATE TABLE IF NOT EXISTS orders (id INT)');
    await c.create('die', 'DROP TABLE IF EXISTS ghost');
    clock.tick(100);
    expect(phaseOf(await c.get('ine'))).toBe('COMPLETED');
    expect(phaseOf(await c.get('die'))).toBe('COMPLETED');
    await c.create('drop-orders', 'DROP TABLE `orders`');
    clock.tick(100);
    const drop = await c.get('drop-orders');
    expect(drop.body.status).toMatchObject({ phase: 'COMPLETED', traits: { sql_kind: 'DROP_TABLE' } });
    expect(c.em.state.hasTable('orders')).toBe(false);
    await c.create('late-insert', 'INSERT INTO out1 SELECT * FROM orders');
    clock.tick(100);
    expect((await c.get('late-insert')).body.status).toMatchObject({ phase: 'FAILED' });
  });

  test('exceptions of a healthy statement are an empty list', async () => {
    await setup();
    await c.create('ok', 'CREATE TABLE ok1 (id INT)');
    const ex = await c.call('GET', `${c.base}/ok/exceptions`);
    expect(ex.body.data).toEqual([]);
    expect((await c.call('GET', `${c.base}/nope/exceptions`)).status).toBe(404);
  });
});

test('real clock, fast latency: DDL then DML reach their phases within a few polls', async () => {
  c = await client({ latency: 'fast' });
  const started = Date.now();
  await c.create('rt-ddl', 'CREATE TABLE src (id INT)');
  await waitFor(c, 'rt-ddl', (s) => s.status.phase === 'COMPLETED');
  await c.create('rt-sink', 'CREATE TABLE dst (id INT)');
  await waitFor(c, 'rt-sink', (s) => s.status.phase === 'COMPLETED');
  await c.create('rt-dml', 'INSERT INTO dst SELECT id FROM src');
  await waitFor(c, 'rt-dml', (s) => s.status.phase === 'RUNNING');
  expect(Date.now() - started).toBeLessThan(1000);
});
