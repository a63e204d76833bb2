import { afterEach, beforeEach, describe, expect, test } from '@jest/globals';
import {
  FlinkClient,
  LABEL_FINGERPRINT,
  LABEL_KIND,
  LABEL_PIPELINE,
  LABEL_TABLE,
  confluentStatus,
  labelValue,
  pipelineLabels,
  statementKind,
  statusFromStatements,
  type Statement,
} from '../../src/confluent/index.js';
import type { TableStatus } from '../../src/plan/types.js';
import { ENV, ORG, startFakeServer, statementBody, type FakeServer } from './fake-server.js';

const LABEL_RULE = /^(?:[A-Za-z0-9](?:[-A-Za-z0-9_.]*[A-Za-z0-9])?)?$/;

/** Every table's status without its live statements (asserted on their own). */
const plain = (tables: ReadonlyMap<string, TableStatus>) =>
  Object.fromEntries([...tables].map(([t, { live: _live, ...rest }]) => [t, rest]));

function st(
  name: string,
  table: string,
  phase: string,
  createdAt: string,
  extra: { kind?: string; sql?: string } = {},
): Statement {
  const labels: Record<string, string> = { [LABEL_PIPELINE]: 'p', [LABEL_TABLE]: labelValue(table) };
  if (extra.kind) labels[LABEL_KIND] = extra.kind;
  return statementBody(name, { phase, createdAt, labels, sql: extra.sql }) as Statement;
}

describe('labels', () => {
  test('valid values pass unchanged; others are rewritten deterministically within the rule', () => {
    expect(labelValue('orders_enriched')).toBe('orders_enriched');
    for (const raw of ['`cat`.`db`.`Orders`', '_x_', 'a'.repeat(80), 'é', 'a b/c']) {
      const v = labelValue(raw);
      expect(v).toMatch(LABEL_RULE);
      expect(v.length).toBeLessThanOrEqual(63);
      expect(labelValue(raw)).toBe(v);
    }
    expect(labelValue('a'.repeat(80))).not.toBe(labelValue('a'.repeat(81)));
  });

  test('pipelineLabels: marker, table, 7-hex fingerprint, kind', () => {
    expect(
      pipelineLabels({ table: 'orders', fingerprint: 'ABCDEF0123456', kind: 'dml', prefix: 'prod' }),
    ).toEqual({
      [LABEL_PIPELINE]: 'prod',
      [LABEL_TABLE]: 'orders',
      [LABEL_FINGERPRINT]: 'abcdef0',
      [LABEL_KIND]: 'dml',
    });
    expect(pipelineLabels({ table: 't' })[LABEL_PIPELINE]).toBe('true');
  });

  test('statement kind: label, then name part, then SQL verb', () => {
    expect(statementKind(st('x', 't', 'RUNNING', '', { kind: 'ddl' }))).toBe('ddl');
    expect(statementKind(st('p-prod-dml-t-abc1234', 't', 'RUNNING', ''))).toBe('dml');
    expect(statementKind(st('x', 't', 'RUNNING', '', { sql: '-- c\nCREATE TABLE t (a INT)' }))).toBe('ddl');
    expect(statementKind(st('x', 't', 'RUNNING', '', { sql: 'CREATE TABLE t AS SELECT 1' }))).toBe('dml');
    expect(statementKind(st('x', 't', 'RUNNING', '', { sql: 'DROP TABLE t' }))).toBe('drop');
  });
});

describe('statusFromStatements', () => {
  test('newest non-deleted DML per table; DDL decides tableExists', () => {
    const snapshot = statusFromStatements(
      [
        st('p-a-dml-orders-1111111', 'orders', 'STOPPED', '2026-01-01T00:00:00Z'),
        st('p-a-dml-orders-2222222', 'orders', 'RUNNING', '2026-01-02T00:00:00Z'),
        st('p-a-dml-orders-3333333', 'orders', 'DELETING', '2026-01-03T00:00:00Z'),
        st('p-a-ddl-orders', 'orders', 'COMPLETED', '2025-12-31T00:00:00Z'),
        st('p-a-ddl-fresh', 'fresh', 'COMPLETED', '2026-01-01T00:00:00Z'),
        st('p-a-dml-fresh-4444444', 'fresh', 'FAILED', '2026-01-02T00:00:00Z'),
        st('p-a-ddl-old', 'old', 'COMPLETED', '2026-01-01T00:00:00Z'),
        st('p-a-drop-old', 'old', 'COMPLETED', '2026-01-05T00:00:00Z'),
        st('p-a-dml-other-5555555', 'not_asked', 'RUNNING', '2026-01-01T00:00:00Z'),
        st('q-a-dml-orders-6666666', 'orders', 'RUNNING', '2026-02-01T00:00:00Z'),
      ],
      ['orders', 'fresh', 'old', 'never'],
      'p',
    );
    expect(snapshot.kind).toBe('confluent');
    expect(plain(snapshot.tables)).toEqual({
      orders: { phase: 'RUNNING', statement: 'p-a-dml-orders-2222222', tableExists: true },
      fresh: { phase: 'FAILED', statement: 'p-a-dml-fresh-4444444', tableExists: true },
      old: { tableExists: false },
      // A labelled table not asked for (HEAD no longer defines it) is reported by its label
      not_asked: { phase: 'RUNNING', statement: 'p-a-dml-other-5555555', tableExists: true },
    });
    // Every statement that is not being deleted, newest first, with its SQL and properties
    expect(snapshot.tables.get('orders')?.live?.map((s) => [s.name, s.kind, s.phase])).toEqual([
      ['p-a-dml-orders-2222222', 'dml', 'RUNNING'],
      ['p-a-dml-orders-1111111', 'dml', 'STOPPED'],
      ['p-a-ddl-orders', 'ddl', 'COMPLETED'],
    ]);
    expect(snapshot.tables.get('old')?.live?.map((s) => s.kind)).toEqual(['drop', 'ddl']);
  });

  test("a running CTAS is the table's statement; a plain CREATE TABLE or a materialized table's not yet completed proves nothing", () => {
    const snapshot = statusFromStatements(
      [
        st('p-a-ddl-snap', 'snap', 'RUNNING', '2026-01-01T00:00:00Z', {
          kind: 'ddl',
          sql: 'CREATE TABLE snap AS SELECT id FROM orders',
        }),
        st('p-a-ddl-mv', 'mv', 'PENDING', '2026-01-01T00:00:00Z', {
          kind: 'ddl',
          sql: 'CREATE MATERIALIZED TABLE mv AS SELECT 1',
        }),
        st('p-a-ddl-plain', 'plain', 'PENDING', '2026-01-01T00:00:00Z', {
          kind: 'ddl',
          sql: 'CREATE TABLE plain (id INT)',
        }),
      ],
      ['snap', 'mv', 'plain'],
      'p',
    );
    expect(plain(snapshot.tables)).toEqual({
      snap: { phase: 'RUNNING', statement: 'p-a-ddl-snap', tableExists: true },
      mv: {},
      plain: {},
    });
    // A materialized table's CREATE completes (the service maintains the table): the table exists
    const done = st('p-a-ddl-mv', 'mv', 'COMPLETED', '2026-01-01T00:00:00Z', {
      kind: 'ddl',
      sql: 'CREATE MATERIALIZED TABLE mv AS SELECT 1',
    });
    expect(plain(statusFromStatements([done], ['mv'], 'p').tables).mv).toEqual({ tableExists: true });
  });

  test('a carried-over statement whose predecessor still exists names it as replaced', () => {
    const next = st('p-a-dml-t-2222222', 't', 'RUNNING', '2026-01-02T00:00:00Z');
    next.spec.properties = { 'sql.tables.initial-offset-from': 'p-a-dml-t-1111111' };
    const old = st('p-a-dml-t-1111111', 't', 'STOPPED', '2026-01-01T00:00:00Z');
    expect(statusFromStatements([old, next], ['t'], 'p').tables.get('t')?.replaced).toBe('p-a-dml-t-1111111');
    const deleting = st('p-a-dml-t-1111111', 't', 'DELETING', '2026-01-01T00:00:00Z');
    expect(statusFromStatements([deleting, next], ['t'], 'p').tables.get('t')?.replaced).toBeUndefined();
  });

  test('tables whose names need sanitized labels are found', () => {
    const table = '`Weird Table`';
    const snapshot = statusFromStatements(
      [st('p-x-dml-w-7777777', table, 'RUNNING', '2026-01-01T00:00:00Z')],
      [table],
    );
    expect(snapshot.tables.get(table)?.statement).toBe('p-x-dml-w-7777777');
  });
});

describe('confluentStatus', () => {
  let server: FakeServer;
  beforeEach(async () => {
    server = await startFakeServer();
  });
  afterEach(() => server.close());

  test('one label-selected list (paged) feeds the snapshot', async () => {
    server.script(
      {
        status: 200,
        body: {
          metadata: { next: `${server.url}/x?page_token=p2` },
          data: [st('prod-a-dml-orders-1111111', 'orders', 'RUNNING', '2026-01-01T00:00:00Z')],
        },
      },
      {
        status: 200,
        body: {
          metadata: {},
          data: [st('prod-a-dml-items-2222222', 'items', 'STOPPED', '2026-01-01T00:00:00Z')],
        },
      },
    );
    const client = new FlinkClient({
      restEndpoint: server.url,
      organizationId: ORG,
      environmentId: ENV,
      credentials: { apiKey: 'k', apiSecret: 'secret-value' },
      rateLimit: false,
    });
    const source = confluentStatus(client, 'prod');
    expect(source.kind).toBe('confluent');
    const snapshot = await source.snapshot(['orders', 'items']);
    expect(plain(snapshot.tables).orders).toEqual({
      phase: 'RUNNING',
      statement: 'prod-a-dml-orders-1111111',
      tableExists: true,
    });
    expect(snapshot.tables.get('items')?.phase).toBe('STOPPED');
    expect(server.requests).toHaveLength(2);
    expect(server.requests[0].query.get('label_selector')).toBe(`${LABEL_PIPELINE}=prod`);
  });
});
