/**
 * What each planned step sends is what Confluent Cloud takes: catalog and database on every
 * statement, each file's own properties, one statement per step, names of at most 72
 * characters, materialized tables and CTAS writers handled with their own statements, no
 * `client.*` keys; carry-over only from a statement with offsets; DEGRADED counts as running.
 */
import { describe, expect, test } from '@jest/globals';
import type { TableChange } from '../../src/change/types.js';
import type { Config } from '../../src/config/schema.js';
import { MAX_STATEMENT_NAME } from '../../src/plan/names.js';
import { buildPlan, type PlanInput } from '../../src/plan/planner.js';
import { statementCount } from '../../src/plan/sql.js';
import type { Phase, Plan, PlanStep, StatusSnapshot, TableStatus } from '../../src/plan/types.js';
import { buildProject } from '../../src/project/build.js';
import type { Project, TableFolder } from '../../src/project/model.js';

interface Spec {
  name: string;
  ddl: string;
  dml?: string;
  ddlProperties?: string;
  dmlProperties?: string;
  product?: string;
}

function projectOf(tables: Spec[]): Project {
  const folders: TableFolder[] = tables.map((t) => {
    const folder = `pipelines/facts/${t.product ?? 'shop'}/${t.name}`;
    const at = (file: string) => `${folder}/sql-scripts/${file}`;
    return {
      folder,
      ddl: { path: at(`ddl.${t.name}.sql`), text: t.ddl },
      ...(t.dml ? { dml: { path: at(`dml.${t.name}.sql`), text: t.dml } } : {}),
      ...(t.ddlProperties
        ? { ddlProperties: { path: at(`ddl.${t.name}.properties`), text: t.ddlProperties } }
        : {}),
      ...(t.dmlProperties
        ? { dmlProperties: { path: at(`dml.${t.name}.properties`), text: t.dmlProperties } }
        : {}),
    };
  });
  return buildProject({ pipelinesDir: 'pipelines', folders, externalTables: ['raw_*'] });
}

const ENV = 'env-abc123';
const CONFIG: Config = {
  environments: {
    dev: {
      organizationId: '7c0d6b2e-4f1a-4c3b-9d2e-8a5f0e1b2c3d',
      environmentId: ENV,
      database: 'cluster-0',
      statementPrefix: 'dev',
      properties: { 'sql.state-ttl': '1 d' },
    },
  },
};
const HOME = { 'sql.current-catalog': ENV, 'sql.current-database': 'cluster-0' };
const NONE: StatusSnapshot = { kind: 'none', tables: new Map() };
const change = (table: string, kind: TableChange['kind']): TableChange => ({
  table,
  kind,
  files: [],
  detail: '',
});

function plan(head: Project, changes: TableChange[], extra: Partial<PlanInput> = {}): Plan {
  return buildPlan({ head, base: head, changes, status: NONE, config: CONFIG, ...extra });
}

function status(entries: Record<string, TableStatus>): StatusSnapshot {
  return { kind: 'file', tables: new Map(Object.entries(entries)) };
}

const withSql = (p: Plan) => p.steps.filter((s): s is PlanStep & { sql: string } => !!s.sql);

const ORDERS =
  "CREATE TABLE IF NOT EXISTS orders (id STRING, amount INT)\nWITH ('kafka.retention.time' = '7 d');\n";
const ORDERS_DML = 'INSERT INTO orders SELECT id, amount FROM raw_orders;\n';

describe('catalog and database', () => {
  test('every step that sends SQL carries both, DROP and ALTER included; the catalog defaults to the environment id', () => {
    const base = projectOf([{ name: 'orders', ddl: ORDERS, dml: ORDERS_DML }]);
    const head = projectOf([
      {
        name: 'orders',
        ddl: ORDERS.replace("'7 d'", "'14 d'").replace('amount INT', 'amount BIGINT'),
        dml: ORDERS_DML,
      },
    ]);
    const rebuild = buildPlan({
      head,
      base,
      changes: [change('orders', 'ddl-schema')],
      status: status({ orders: { phase: 'RUNNING', tableExists: true } }),
      config: CONFIG,
      environment: 'dev',
    });
    expect(rebuild.steps.map((s) => s.action)).toEqual([
      'stop-statement',
      'delete-statement',
      'drop-table',
      'create-table',
      'create-statement',
    ]);
    const alter = plan(
      projectOf([{ name: 'orders', ddl: ORDERS.replace("'7 d'", "'14 d'"), dml: ORDERS_DML }]),
      [change('orders', 'ddl-options')],
      { base },
    );
    for (const s of [...withSql(rebuild), ...withSql(alter)]) {
      expect([s.id, s.properties]).toEqual([
        s.id,
        expect.objectContaining({ ...HOME, 'sql.state-ttl': '1 d' }),
      ]);
    }
    expect(withSql(alter).map((s) => s.action)).toEqual(['alter-table']);
  });

  test('a configured catalog wins; the only environment is used when none is named', () => {
    const head = projectOf([{ name: 'orders', ddl: ORDERS, dml: ORDERS_DML }]);
    const config = { environments: { dev: { ...CONFIG.environments!.dev!, catalog: 'dev-env' } } };
    const p = plan(head, [change('orders', 'added')], { config });
    for (const s of withSql(p)) expect(s.properties!['sql.current-catalog']).toBe('dev-env');
  });

  test('without a database, a plan naming tables without one warns that a deploy refuses it', () => {
    const head = projectOf([{ name: 'orders', ddl: ORDERS, dml: ORDERS_DML }]);
    const config = { environments: { dev: { ...CONFIG.environments!.dev!, database: undefined } } };
    const p = plan(head, [change('orders', 'added')], { config });
    expect(p.warnings.find((w) => w.code === 'no-database')?.message).toContain(
      'set environments.dev.database',
    );
    // Fully qualified names need no database
    const qualified = projectOf([
      {
        name: 'orders',
        ddl: 'CREATE TABLE `env`.`cluster-0`.orders (id STRING);',
        dml: 'INSERT INTO `env`.`cluster-0`.orders SELECT id FROM `env`.`cluster-0`.raw_orders;',
      },
    ]);
    expect(
      plan(qualified, [change('orders', 'added')], { config }).warnings.map((w) => w.code),
    ).not.toContain('no-database');
  });
});

describe('properties', () => {
  test("each file's SET lines and .properties go with its own statement; client.* keys never", () => {
    const head = projectOf([
      {
        name: 'orders',
        ddl: "SET 'sql.tables.scan.startup.mode' = 'earliest-offset';\n" + ORDERS,
        ddlProperties: 'kafka.producer.compression=lz4\nclient.statement-name=mine\n',
        dml: "SET 'sql.state-ttl' = '2 d';\nSET 'client.results-timeout' = '600';\n" + ORDERS_DML,
        dmlProperties: 'sql.local-time-zone=UTC\n',
      },
    ]);
    const p = plan(head, [change('orders', 'added')]);
    const ddl = p.steps.find((s) => s.action === 'create-table')!;
    const dml = p.steps.find((s) => s.action === 'create-statement')!;
    expect(ddl.properties).toEqual({
      ...HOME,
      'sql.state-ttl': '1 d',
      'sql.tables.scan.startup.mode': 'earliest-offset',
      'kafka.producer.compression': 'lz4',
    });
    expect(dml.properties).toEqual({ ...HOME, 'sql.state-ttl': '2 d', 'sql.local-time-zone': 'UTC' });
  });

  test('a CTAS with its own SET line runs with it', () => {
    const head = projectOf([
      {
        name: 'totals',
        ddl: "SET 'sql.state-ttl' = '3 h';\nCREATE TABLE totals AS SELECT id, COUNT(*) AS n FROM raw_orders GROUP BY id;\n",
      },
    ]);
    const create = plan(head, [change('totals', 'added')]).steps.find((s) => s.action === 'create-table')!;
    expect(create.sql).toMatch(/^CREATE TABLE totals AS SELECT/);
    expect(create.properties!['sql.state-ttl']).toBe('3 h');
  });
});

describe('one statement per step', () => {
  test('an options change with one option changed and one removed: SET then RESET, two steps', () => {
    const base = projectOf([
      {
        name: 'orders',
        ddl: ORDERS.replace(
          "WITH ('kafka.retention.time' = '7 d')",
          "WITH ('kafka.retention.time' = '7 d', 'kafka.cleanup-policy' = 'delete')",
        ),
        dml: ORDERS_DML,
      },
    ]);
    const head = projectOf([{ name: 'orders', ddl: ORDERS.replace("'7 d'", "'30 d'"), dml: ORDERS_DML }]);
    const p = plan(head, [change('orders', 'ddl-options')], {
      base,
      status: status({ orders: { phase: 'RUNNING', tableExists: true } }),
    });
    expect(p.steps.map((s) => [s.id, s.sql])).toEqual([
      ['orders:alter-table', "ALTER TABLE `orders` SET ('kafka.retention.time' = '30 d')"],
      ['orders:alter-table-reset', "ALTER TABLE `orders` RESET ('kafka.cleanup-policy')"],
    ]);
    expect(p.steps[1]!.after).toEqual(['orders:alter-table']);
    expect(new Set(p.steps.map((s) => s.statement)).size).toBe(2);
    for (const s of withSql(p)) expect([s.id, statementCount(s.sql)]).toEqual([s.id, 1]);
  });
});

describe('statement names', () => {
  const long = 'fct_customer_lifetime_value_by_region_and_marketing_channel_daily';

  test('at most 72 characters, a hash where cut, the same on every plan', () => {
    expect(long.length).toBeGreaterThan(60);
    const head = projectOf([
      {
        name: long,
        product: 'marketing_analytics',
        ddl: `CREATE TABLE ${long} (id STRING);`,
        dml: `INSERT INTO ${long} SELECT id FROM raw_x;`,
      },
    ]);
    const p = plan(head, [change(long, 'added')]);
    for (const s of p.steps) {
      expect(s.statement.length).toBeLessThanOrEqual(MAX_STATEMENT_NAME);
      expect(s.statement).toMatch(/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/);
    }
    expect(p.steps.map((s) => s.statement)).toEqual([
      expect.stringMatching(
        /^dev-marketing-analytics-ddl-fct-customer-lifetime-value-by-r[a-z-]*-[0-9a-f]{7}$/,
      ),
      expect.stringMatching(
        /^dev-marketing-analytics-dml-fct-customer-lifetime-[a-z-]*-[0-9a-f]{7}-[0-9a-f]{7}$/,
      ),
    ]);
    expect(plan(head, [change(long, 'added')]).steps.map((s) => s.statement)).toEqual(
      p.steps.map((s) => s.statement),
    );
  });

  test('two tables whose names come out the same are a plan error naming both', () => {
    const head = projectOf([
      {
        name: 'Orders',
        ddl: 'CREATE TABLE Orders (id STRING);',
        dml: 'INSERT INTO Orders SELECT id FROM raw_a;',
      },
      {
        name: 'orders',
        ddl: 'CREATE TABLE orders (id STRING);',
        dml: 'INSERT INTO orders SELECT id FROM raw_b;',
      },
    ]);
    const p = plan(head, [change('orders', 'added')]);
    expect(p.errors).toEqual([
      expect.objectContaining({
        code: 'statement-name-collision',
        message: expect.stringContaining(
          '`Orders`, `orders` get the same statement name `dev-shop-ddl-orders`',
        ),
      }),
    ]);
  });
});

describe('materialized tables and CTAS writers', () => {
  const MT =
    "CREATE MATERIALIZED TABLE top_orders\nWITH ('kafka.retention.time' = '7 d')\nAS SELECT id FROM raw_orders;\n";

  test('a materialized table is dropped and altered with its own statements', () => {
    const base = projectOf([{ name: 'top_orders', ddl: MT }]);
    const running = status({ top_orders: { tableExists: true, phase: 'COMPLETED' } });
    const rebuilt = plan(
      projectOf([{ name: 'top_orders', ddl: MT.replace('SELECT id', 'SELECT id, 1 AS one') }]),
      [change('top_orders', 'ddl-schema')],
      { base, status: running },
    );
    expect(rebuilt.steps.find((s) => s.action === 'drop-table')!.sql).toBe(
      'DROP MATERIALIZED TABLE IF EXISTS `top_orders`',
    );
    const altered = plan(
      projectOf([{ name: 'top_orders', ddl: MT.replace("'7 d'", "'9 d'") }]),
      [change('top_orders', 'ddl-options')],
      { base, status: running },
    );
    expect(altered.steps.map((s) => s.sql)).toEqual([
      "ALTER MATERIALIZED TABLE `top_orders` SET ('kafka.retention.time' = '9 d')",
    ]);
    const retired = buildPlan({
      head: projectOf([]),
      base,
      changes: [change('top_orders', 'removed')],
      status: NONE,
      config: CONFIG,
    });
    expect(retired.steps.find((s) => s.action === 'drop-table')!.sql).toBe(
      'DROP MATERIALIZED TABLE IF EXISTS `top_orders`',
    );
  });

  test('a CTAS table: its CREATE statement is stopped and deleted before the table is dropped', () => {
    const CTAS = 'CREATE TABLE totals AS SELECT id, COUNT(*) AS n FROM raw_orders GROUP BY id;\n';
    const base = projectOf([{ name: 'totals', ddl: CTAS }]);
    const head = projectOf([{ name: 'totals', ddl: CTAS.replace('COUNT(*)', 'COUNT(id)') }]);
    for (const st of [
      NONE,
      status({ totals: { phase: 'RUNNING', statement: 'dev-shop-ddl-totals', tableExists: true } }),
    ]) {
      const p = plan(head, [change('totals', 'ddl-schema')], { base, status: st });
      expect(p.steps.map((s) => [s.id, s.statement])).toEqual([
        ['totals:stop-dml', 'dev-shop-ddl-totals'],
        ['totals:delete-dml', 'dev-shop-ddl-totals'],
        ['totals:drop-table', 'dev-shop-drop-totals'],
        ['totals:create-table', 'dev-shop-ddl-totals'],
      ]);
      const retired = buildPlan({
        head: projectOf([]),
        base,
        changes: [change('totals', 'removed')],
        status: st,
        config: CONFIG,
      });
      expect(retired.steps.map((s) => s.id)).toEqual([
        'totals:stop-dml',
        'totals:delete-dml',
        'totals:drop-table',
      ]);
    }
  });
});

describe('live phases', () => {
  const two = () =>
    projectOf([
      { name: 'orders', ddl: ORDERS, dml: ORDERS_DML },
      {
        name: 'big',
        ddl: 'CREATE TABLE big (id STRING);',
        dml: 'INSERT INTO big SELECT id FROM orders WHERE amount > 10;',
      },
    ]);

  test('a DEGRADED ancestor counts as running: not restarted, and the plan warns', () => {
    const p = plan(two(), [change('big', 'added')], {
      status: status({
        orders: { phase: 'DEGRADED', statement: 'dev-shop-dml-orders-1234567', tableExists: true },
      }),
    });
    expect(p.nodes.map((n) => `${n.table}:${n.action}`)).toEqual(['big:create']);
    expect(p.warnings).toEqual([expect.objectContaining({ code: 'degraded', table: 'orders' })]);
  });

  test.each<[Phase, string]>([
    ['RUNNING', 'carry-over'],
    ['STOPPED', 'carry-over'],
    ['FAILED', 'rebuild'],
    ['COMPLETED', 'rebuild'],
    ['PENDING', 'rebuild'],
    ['DEGRADED', 'rebuild'],
  ])('a stateless query change of a %s statement: %s', (phase, action) => {
    const base = two();
    const head = projectOf([
      { name: 'orders', ddl: ORDERS, dml: ORDERS_DML.replace(';', ' WHERE amount > 0;') },
      {
        name: 'big',
        ddl: 'CREATE TABLE big (id STRING);',
        dml: 'INSERT INTO big SELECT id FROM orders WHERE amount > 10;',
      },
    ]);
    const st = status({
      orders: { phase, statement: 'dev-shop-dml-orders-1234567', tableExists: true },
      big: { phase: 'RUNNING', statement: 'dev-shop-dml-big-7654321', tableExists: true },
    });
    const p = plan(head, [change('orders', 'dml')], { base, status: st });
    expect(p.nodes.find((n) => n.table === 'orders')!.action).toBe(action);
    const warned = p.warnings.some((w) => w.code === 'carry-over-unavailable');
    expect(warned).toBe(action === 'rebuild');
    if (action === 'rebuild') {
      // The table is new, so its reader is rebuilt too; nothing carries over from the old statement
      expect(p.nodes.find((n) => n.table === 'big')!.action).toBe('rebuild');
      expect(p.steps.some((s) => s.properties?.['sql.tables.initial-offset-from'])).toBe(false);
    }
  });
});
