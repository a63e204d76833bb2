/**
 * Queries on the emulator: the result schema in `status.traits.schema`, the rows at
 * `GET …/statements/{name}/results` paged through `metadata.next`, SHOW TABLES and SHOW
 * CATALOGS from the catalog, SELECT of a created table's columns with no rows (the emulated
 * topics hold no data), and a clear failure for a query whose result the emulator cannot derive.
 * Every response is checked against the OpenAPI contract (helpers.ts).
 */
import { afterEach, describe, expect, test } from '@jest/globals';
import type { EmulatorOptions } from '../../src/emulator/server.js';
import { client, home, manualClock, type Client } from './helpers.js';

let c: Client;
afterEach(async () => c?.close());

const setup = async (opts: EmulatorOptions = {}) => {
  const clock = manualClock();
  c = await client({ now: clock.now, ...opts });
  return clock;
};
const SNAPSHOT = { spec: { properties: { 'sql.snapshot.mode': 'now' } } };

async function settle(clock: { tick(ms: number): void }, name: string, sql: string, extra = {}) {
  const created = await c.create(name, sql, extra);
  expect([name, created.status]).toEqual([name, 201]);
  clock.tick(100);
  return (await c.get(name)).body;
}

const results = (name: string, query = '') => c.call('GET', `${c.base}/${name}/results${query}`);

/** Every row of a statement's results, following `metadata.next` until it is empty. */
async function allRows(name: string): Promise<{ rows: unknown[][]; pages: number }> {
  const rows: unknown[][] = [];
  let res = await results(name);
  let pages = 1;
  for (;;) {
    expect(res.status).toBe(200);
    rows.push(...res.body.results.data.map((d: { op: number; row: unknown[] }) => d.row));
    const next: string = res.body.metadata.next;
    if (!next) return { rows, pages };
    const u = new URL(next);
    res = await c.call('GET', `${u.pathname}${u.search}`);
    pages++;
  }
}

describe('SHOW TABLES and SHOW CATALOGS', () => {
  test('SHOW TABLES lists the tables of the database in the properties, paged through metadata.next', async () => {
    const clock = await setup({ tables: ['raw_a', 'raw_b', 'elsewhere.raw_c'], resultPageRows: 2 });
    await settle(clock, 'mk', 'CREATE TABLE made (id INT)');
    const show = await settle(clock, 'show', 'SHOW TABLES');
    expect(show.status.phase).toBe('COMPLETED');
    expect(show.status.traits).toMatchObject({
      sql_kind: 'SHOW_TABLES',
      is_bounded: true,
      is_append_only: true,
      schema: { columns: [{ name: 'Table Name', type: { type: 'VARCHAR', nullable: false } }] },
    });
    expect(await allRows('show')).toEqual({ rows: [['made'], ['raw_a'], ['raw_b']], pages: 2 });
    const like = await settle(clock, 'like', "SHOW TABLES FROM elsewhere NOT LIKE 'x%'");
    expect(like.status.phase).toBe('COMPLETED');
    expect((await allRows('like')).rows).toEqual([['raw_c']]);
    const missing = await settle(clock, 'missing', 'SHOW TABLES IN nowhere');
    expect([missing.status.phase, missing.status.traits]).toEqual(['FAILED', undefined]);
    expect(missing.status.detail).toMatch(/^Database 'nowhere' does not exist/);
  });

  test('SHOW CATALOGS answers the environment: display name and id', async () => {
    const clock = await setup({ catalog: 'dev-env' });
    await settle(clock, 'cat', 'SHOW CATALOGS');
    expect(
      (await c.get('cat')).body.status.traits.schema.columns.map((x: { name: string }) => x.name),
    ).toEqual(['Catalog Name', 'Catalog ID']);
    expect((await allRows('cat')).rows).toEqual([['dev-env', c.em.environmentId]]);
  });
});

describe('SELECT over a created table', () => {
  const DDL =
    'CREATE TABLE orders (id BIGINT, amount DECIMAL(10, 2), note STRING, `at` TIMESTAMP_LTZ(3), PRIMARY KEY (id) NOT ENFORCED)';

  test('a snapshot SELECT completes with the columns as the service types them and zero rows', async () => {
    const clock = await setup();
    await settle(clock, 'mk', DDL);
    const created = await c.create('q', 'SELECT * FROM orders', SNAPSHOT);
    // The first PENDING answer carries no traits (confluent-sql statement.py, #194)
    expect([created.body.status.phase, created.body.status.traits]).toEqual(['PENDING', undefined]);
    clock.tick(100);
    const q = (await c.get('q')).body;
    expect(q.status.phase).toBe('COMPLETED');
    expect(q.status.traits).toMatchObject({ sql_kind: 'SELECT', is_bounded: true, is_append_only: true });
    expect(q.status.traits.schema.columns).toEqual([
      { name: 'id', type: { type: 'BIGINT', nullable: false } },
      { name: 'amount', type: { type: 'DECIMAL', nullable: true, precision: 10, scale: 2 } },
      { name: 'note', type: { type: 'VARCHAR', nullable: true, length: 2147483647 } },
      { name: 'at', type: { type: 'TIMESTAMP_WITH_LOCAL_TIME_ZONE', nullable: true, precision: 3 } },
    ]);
    const page = await results('q');
    expect(page.body).toMatchObject({
      api_version: 'sql/v1',
      kind: 'StatementResult',
      results: { data: [] },
    });
    expect(page.body.metadata.next).toBe('');
    const cols = await settle(clock, 'cols', 'SELECT note, `id` FROM orders', SNAPSHOT);
    expect(cols.status.traits.schema.columns.map((x: { name: string }) => x.name)).toEqual(['note', 'id']);
  });

  test('a streaming SELECT runs with no rows so far, keyed by the primary key, and keeps a next link', async () => {
    const clock = await setup();
    await settle(clock, 'mk', DDL);
    const q = await settle(clock, 'stream', 'SELECT amount, id FROM orders');
    expect(q.status.phase).toBe('RUNNING');
    expect(q.status.traits).toMatchObject({ is_bounded: false, is_append_only: false, upsert_columns: [1] });
    const page = await results('stream');
    expect(page.body.results.data).toEqual([]);
    expect(page.body.metadata.next).toMatch(/\/statements\/stream\/results\?page_token=/);
    // Stopped, it has nothing more to give
    await c.patch('stream', [{ op: 'replace', path: '/spec/stopped', value: true }]);
    clock.tick(100000);
    expect((await c.get('stream')).body.status.phase).toBe('STOPPED');
    expect((await results('stream')).body.metadata.next).toBe('');
  });

  test.each([
    ['SELECT 1', 'its select list is not'],
    ['SELECT id + 1 FROM orders', 'its select list is not'],
    ['SELECT COUNT(*) FROM orders', 'its select list is not'],
    ['SELECT a.id FROM orders a JOIN orders b ON a.id = b.id', 'its select list is not'],
    ['SELECT * FROM raw', 'the columns of `env-emulator`.`lkc-emulator`.`raw` are unknown'],
    ['SELECT * FROM calc', 'column c of `env-emulator`.`lkc-emulator`.`calc` is computed'],
    ['DESCRIBE orders', 'DESCRIBE is not modelled'],
    ['SHOW FUNCTIONS', 'SHOW FUNCTIONS is not modelled'],
  ])('%s fails: the emulator cannot derive its result', async (sql, why) => {
    const clock = await setup({ tables: ['raw'] });
    await settle(clock, 'mk', DDL);
    await settle(clock, 'mk2', 'CREATE TABLE calc (a INT, c AS a + 1)');
    const q = await settle(clock, 'q', sql, SNAPSHOT);
    expect([q.status.phase, q.status.traits]).toEqual(['FAILED', undefined]);
    expect(q.status.detail).toContain('The emulator cannot derive the result of this query: ');
    expect(q.status.detail).toContain(why);
    expect((await results('q')).status).toBe(400);
  });

  test('a missing column, and results of a statement with no rows or of a bad page token, are refused', async () => {
    const clock = await setup();
    await settle(clock, 'mk', DDL);
    const q = await settle(clock, 'q', 'SELECT ghost FROM orders', SNAPSHOT);
    expect([q.status.phase, q.status.detail]).toEqual([
      'FAILED',
      expect.stringContaining("Column 'ghost' not found"),
    ]);
    const ddl = await results('mk');
    expect([ddl.status, ddl.body.errors[0].detail]).toEqual([
      400,
      'Statement mk has no results to read: it returns no rows (it has no result schema).',
    ]);
    await settle(clock, 'ok', 'SELECT id FROM orders', SNAPSHOT);
    expect((await results('ok', '?page_token=%%%')).status).toBe(400);
    expect((await results('gone')).status).toBe(404);
  });

  test('a dry run of a SELECT carries the schema it would have', async () => {
    const clock = await setup();
    await settle(clock, 'mk', DDL);
    const dry = await c.create('d', 'SELECT id FROM orders', {
      spec: { properties: { ...home(c.em), 'sql.dry-run': 'true', 'sql.snapshot.mode': 'now' } },
    });
    expect(dry.body.status.phase).toBe('COMPLETED');
    expect(dry.body.status.traits.schema.columns).toEqual([
      { name: 'id', type: { type: 'BIGINT', nullable: false } },
    ]);
  });
});
