/**
 * The project layer on real-world SQL: which table a (qualified, quoted) name is, views and
 * temporary objects defined in a file, views that keep state, tables that read themselves,
 * and functions declared scalar.
 */
import { describe, expect, test } from '@jest/globals';
import { buildProject, projectOptions, type BuildInput } from '../../src/project/build.js';
import type { Diagnostic } from '../../src/project/diagnostics.js';
import type { TableFolder } from '../../src/project/model.js';
import { namespacesOf, resolveName } from '../../src/project/resolve.js';
import { buildPlan } from '../../src/plan/planner.js';

function folder(path: string, name: string, ddl: string | null, dml: string | null): TableFolder {
  const base = `pipelines/${path}`;
  return {
    folder: base,
    ...(ddl !== null ? { ddl: { path: `${base}/sql-scripts/ddl.${name}.sql`, text: ddl } } : {}),
    ...(dml !== null ? { dml: { path: `${base}/sql-scripts/dml.${name}.sql`, text: dml } } : {}),
  };
}

const ddl = (t: string) => `CREATE TABLE ${t} (id STRING, amount INT) WITH ('changelog.mode' = 'append');\n`;
const table = (name: string, dml: string | null) => folder(`facts/p/${name}`, name, ddl(name), dml);
const orders = table('orders', null);
const codes = (d: Diagnostic[]) => d.map((x) => `${x.severity}:${x.code}`).sort();

/** The project, without the notices that DDL-only tables of these fixtures get. */
function build(folders: TableFolder[], extra: Partial<BuildInput> = {}) {
  const p = buildProject({ pipelinesDir: 'pipelines', folders, ...extra });
  return { ...p, diagnostics: p.diagnostics.filter((d) => d.code !== 'ddl-without-dml') };
}

const DEV = projectOptions({
  environments: { dev: { catalog: 'dev-env', environmentId: 'env-abc123', database: 'cluster-0' } },
});

describe('qualified and quoted names', () => {
  test('a quoted name holding dots is one table, never the project table of its last part', () => {
    const p = build([
      table('customers', null),
      table('c', 'INSERT INTO c SELECT * FROM `card-tx.public.customers`;'),
    ]);
    expect(p.tables.get('c')!.parents).toEqual(['card-tx.public.customers']);
    expect(p.tables.get('card-tx.public.customers')!.external).toBe(true);
  });

  test("Confluent's sample catalog is external under its full name, with a warning naming the project table", () => {
    const p = build([orders, table('o', 'INSERT INTO o\nSELECT * FROM `examples`.`marketplace`.`orders`;')]);
    expect(p.tables.get('o')!.parents).toEqual(['examples.marketplace.orders']);
    expect(p.tables.get('examples.marketplace.orders')!.external).toBe(true);
    expect(p.diagnostics).toEqual([
      {
        severity: 'warning',
        code: 'qualified-name',
        file: 'pipelines/facts/p/o/sql-scripts/dml.o.sql',
        line: 2,
        message:
          "`examples.marketplace.orders` ends in the name of the project's table `orders` but is read as an external table: `examples` is Confluent Cloud's sample catalog. If it means the project's table, drop the qualifiers or set catalog and database of the environment in flink-pipeline.yaml",
      },
    ]);
  });

  test('the configured catalog and database (name or id) are the project; any other is external and warned', () => {
    const p = build(
      [
        orders,
        table(
          'a',
          'INSERT INTO a SELECT * FROM `dev-env`.`cluster-0`.orders UNION ALL SELECT * FROM `env-abc123`.`cluster-0`.`orders` UNION ALL SELECT * FROM `cluster-0`.orders;',
        ),
        table('b', 'INSERT INTO b SELECT * FROM `prod-env`.`cluster-9`.`orders`;'),
        table('c', 'INSERT INTO c SELECT * FROM `other-db`.orders;'),
      ],
      DEV,
    );
    expect(p.tables.get('a')!.parents).toEqual(['orders']);
    expect(p.tables.get('b')!.parents).toEqual(['prod-env.cluster-9.orders']);
    expect(p.tables.get('c')!.parents).toEqual(['other-db.orders']);
    expect(codes(p.diagnostics)).toEqual(['warning:qualified-name', 'warning:qualified-name']);
    expect(p.diagnostics.map((d) => /external table: (.*)\. If/.exec(d.message)?.[1])).toEqual([
      '`prod-env.cluster-9` is not a configured catalog and database',
      '`other-db` is not a configured database',
    ]);
  });

  test('with no catalog or database configured, a qualified project name is taken for the project table, with a notice', () => {
    const p = build([orders, table('a', 'INSERT INTO a SELECT * FROM `dev-env`.`cluster-0`.`orders`;')]);
    expect(p.tables.get('a')!.parents).toEqual(['orders']);
    expect(codes(p.diagnostics)).toEqual(['notice:qualified-name-assumed']);
  });

  test("a table's own sql.current-catalog and sql.current-database count as configured", () => {
    const p = build([
      orders,
      table(
        'a',
        "SET 'sql.current-catalog' = 'dev-env';\nSET 'sql.current-database' = 'cluster-0';\nINSERT INTO a SELECT * FROM `dev-env`.`cluster-0`.orders;",
      ),
      table('b', 'INSERT INTO b SELECT * FROM `prod-env`.`cluster-9`.orders;'),
    ]);
    expect(p.tables.get('a')!.parents).toEqual(['orders']);
    expect(p.tables.get('b')!.parents).toEqual(['prod-env.cluster-9.orders']);
  });

  test('resolveName on its own: parts decide, never the joined text', () => {
    const isProject = (n: string) => n === 'orders';
    expect(resolveName(['a.b.orders'], isProject, [])).toEqual({ name: 'a.b.orders', project: false });
    expect(resolveName(['orders'], isProject, [])).toEqual({ name: 'orders', project: true });
    expect(resolveName(['x', 'y', 'z', 'orders'], isProject, [])).toMatchObject({ project: false });
    expect(resolveName(['c', 'd', 'other'], isProject, [])).toEqual({ name: 'c.d.other', project: false });
    expect(namespacesOf({ environments: { a: { catalog: 'x' }, b: {} } })).toEqual([
      { catalog: 'x', catalogId: undefined, database: undefined },
    ]);
    // Forms the config does not hold cannot be checked: assumed, never a silent external.
    const onlyId = [{ catalogId: 'env-abc123' }];
    expect(resolveName(['dev-env', 'cluster-0', 'orders'], isProject, onlyId)).toMatchObject({
      project: true,
      assumed: true,
    });
    expect(resolveName(['env-other', 'cluster-0', 'orders'], isProject, onlyId)).toMatchObject({
      project: false,
    });
    const named = [{ catalog: 'dev-env', database: 'cluster-0' }];
    expect(resolveName(['dev-env', 'lkc-9x8y7z', 'orders'], isProject, named)).toMatchObject({
      project: true,
      assumed: true,
    });
    expect(resolveName(['dev-env', 'cluster-0', 'orders'], isProject, named)).toEqual({
      name: 'orders',
      project: true,
    });
  });
});

describe('views and temporary objects defined in a DML file', () => {
  test('a temporary view is no parent; what it reads is, and its state is the statement’s', () => {
    const p = build([
      orders,
      table(
        'summary',
        'CREATE TEMPORARY VIEW per_id AS\n  SELECT id, SUM(amount) AS total FROM orders GROUP BY id;\nINSERT INTO summary\nSELECT id, total FROM per_id;',
      ),
    ]);
    const t = p.tables.get('summary')!;
    expect([t.parents, t.stateful, t.reasons.map((r) => `${r.construct}@${r.line}`)]).toEqual([
      ['orders'],
      true,
      ['GROUP BY@2', 'reads view `per_id`, which keeps state (GROUP BY, line 2)@4'],
    ]);
    expect(p.tables.has('per_id')).toBe(false);
    expect(codes(p.diagnostics)).toEqual([]);
  });

  test('a temporary table created in the DML is local too', () => {
    const p = build([
      table(
        'seeded',
        "CREATE TEMPORARY TABLE gen (id STRING) WITH ('connector' = 'datagen');\nINSERT INTO seeded SELECT id, 1 FROM gen;",
      ),
    ]);
    expect(p.tables.get('seeded')!.parents).toEqual([]);
    expect([...p.tables.keys()]).toEqual(['seeded']);
  });
});

describe('a statement reading a view runs its query', () => {
  const view = (name: string, query: string) =>
    folder(`views/p/${name}`, name, `CREATE VIEW ${name} AS ${query};`, null);

  test('a reader of a stateful view is stateful, through a chain of views; a stateless view adds nothing', () => {
    const p = build([
      orders,
      view('v_totals', 'SELECT id, SUM(amount) AS total FROM orders GROUP BY id'),
      view('v_big', 'SELECT * FROM v_totals WHERE total > 100'),
      view('v_plain', 'SELECT id FROM orders WHERE amount > 0'),
      table('a', 'INSERT INTO a\nSELECT * FROM v_big;'),
      table('b', 'INSERT INTO b SELECT * FROM v_plain;'),
    ]);
    const a = p.tables.get('a')!;
    expect([a.parents, a.stateful, a.reasons]).toEqual([
      ['v_big'],
      true,
      [
        {
          construct:
            // What v_big reads, not its whole reason: a chain of views gives no nested text.
            'reads view `v_big`, which keeps state (reads view `v_totals`, line 1)',
          line: 2,
          file: 'pipelines/facts/p/a/sql-scripts/dml.a.sql',
        },
      ],
    ]);
    expect(p.tables.get('v_big')!.stateful).toBe(true);
    expect(p.tables.get('b')!.stateful).toBe(false);
  });
});

describe('a table that reads itself', () => {
  test('no edge, but a warning at the line and a mark for the plan', () => {
    const p = build([table('loop', 'INSERT INTO loop\nSELECT id, amount + 1 FROM loop WHERE amount < 10;')]);
    const t = p.tables.get('loop')!;
    expect([t.parents, t.readsItself]).toEqual([
      [],
      { file: 'pipelines/facts/p/loop/sql-scripts/dml.loop.sql', line: 2 },
    ]);
    expect(p.diagnostics).toEqual([
      {
        severity: 'warning',
        code: 'self-read',
        file: 'pipelines/facts/p/loop/sql-scripts/dml.loop.sql',
        line: 2,
        message:
          '`loop` reads itself: its statement consumes its own output in a loop, and a rebuild of it starts that loop again from the earliest offset',
      },
    ]);
  });
  test('the plan of a change to it notes the loop', () => {
    const head = build([
      table('loop', 'INSERT INTO loop\nSELECT id, amount + 1 FROM loop WHERE amount < 10;'),
    ]);
    const plan = buildPlan({
      head,
      base: head,
      changes: [{ table: 'loop', kind: 'dml', files: [], detail: '' }],
      status: { kind: 'none', tables: new Map() },
      config: {},
    });
    expect(plan.warnings.filter((w) => w.code === 'self-read')).toEqual([
      {
        code: 'self-read',
        table: 'loop',
        message:
          '`loop` reads itself (pipelines/facts/p/loop/sql-scripts/dml.loop.sql:2): its statement consumes its own output in a loop',
      },
    ]);
  });
});

describe('functions declared scalar', () => {
  const udf = table('masked', 'INSERT INTO masked SELECT id, mask_email(email), tidy(name) FROM orders;');

  test('unknown functions make the table stateful until all of them are declared scalar (any case)', () => {
    expect(build([orders, udf]).tables.get('masked')!.stateful).toBe(true);
    expect(build([orders, udf], { scalarFunctions: ['MASK_EMAIL'] }).tables.get('masked')!.stateful).toBe(
      true,
    );
    const p = build([orders, udf], projectOptions({ scalarFunctions: ['MASK_EMAIL', 'tidy'] }));
    expect([p.tables.get('masked')!.stateful, p.tables.get('masked')!.reasons]).toEqual([false, []]);
  });

  test('a declared function does not hide other state, and a memo is not reused across declarations', () => {
    const grouped = table('g', 'INSERT INTO g SELECT id, tidy(MAX(name)) FROM orders GROUP BY id;');
    expect(build([orders, grouped], { scalarFunctions: ['tidy'] }).tables.get('g')!.stateful).toBe(true);
    const memo = new Map();
    expect(build([orders, udf], { memo }).tables.get('masked')!.stateful).toBe(true);
    expect(
      build([orders, udf], { memo, scalarFunctions: ['mask_email', 'tidy'] }).tables.get('masked')!.stateful,
    ).toBe(false);
  });
});

describe('ALTER MATERIALIZED TABLE … AS', () => {
  test('its query is read: parents and state', () => {
    const p = build([
      orders,
      folder(
        'facts/p/mt',
        'mt',
        "CREATE MATERIALIZED TABLE mt FRESHNESS = INTERVAL '1' MINUTE AS SELECT id FROM orders;\nALTER MATERIALIZED TABLE mt AS SELECT id, COUNT(*) AS n FROM orders GROUP BY id;",
        null,
      ),
    ]);
    expect([p.tables.get('mt')!.parents, p.tables.get('mt')!.stateful]).toEqual([['orders'], true]);
  });
});
