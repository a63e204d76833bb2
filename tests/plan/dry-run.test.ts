/**
 * Which statements of a plan a dry run can judge now (src/plan/dry-run.ts): a statement is sent
 * only when every table it touches is already, on the engine, what it will be when the deploy
 * sends it; and where an engine's error lands in the files.
 */
import { describe, expect, test } from '@jest/globals';
import type { TableChange } from '../../src/change/types.js';
import { buildProject } from '../../src/project/build.js';
import type { Project, TableFolder } from '../../src/project/model.js';
import { dryRunStatements, placeEngineError } from '../../src/plan/dry-run.js';
import { buildPlan } from '../../src/plan/planner.js';
import type { StatusSnapshot } from '../../src/plan/types.js';

interface Spec {
  layer: string;
  ddl: string;
  dml?: string;
}

const ddl = (name: string, mode = 'append', extra = '') =>
  `CREATE TABLE IF NOT EXISTS ${name} (\n  id STRING NOT NULL,\n  amount INT${extra},\n  PRIMARY KEY (id) NOT ENFORCED\n) WITH ('changelog.mode' = '${mode}');\n`;

const BASE: Record<string, Spec> = {
  src: { layer: 'sources', ddl: ddl('src'), dml: 'INSERT INTO src\nSELECT id, amount FROM raw_orders;\n' },
  totals: {
    layer: 'intermediates',
    ddl: ddl('totals', 'upsert'),
    dml: 'INSERT INTO totals\nSELECT id, SUM(amount) AS amount\nFROM src\nGROUP BY id;\n',
  },
  big: {
    layer: 'facts',
    ddl: ddl('big', 'upsert'),
    dml: 'INSERT INTO big\nSELECT id, amount FROM totals WHERE amount > 100;\n',
  },
};

function project(specs: Record<string, Spec>): Project {
  const folders: TableFolder[] = Object.entries(specs).map(([name, s]) => {
    const folder = `pipelines/${s.layer}/shop/${name}`;
    return {
      folder,
      ddl: { path: `${folder}/sql-scripts/ddl.${name}.sql`, text: s.ddl },
      ...(s.dml ? { dml: { path: `${folder}/sql-scripts/dml.${name}.sql`, text: s.dml } } : {}),
    };
  });
  return buildProject({ pipelinesDir: 'pipelines', folders, externalTables: ['raw_*'] });
}

/** Every table of the base deployed and running. */
function running(p: Project): StatusSnapshot {
  const tables = new Map();
  for (const t of p.tables.values())
    if (!t.external) tables.set(t.name, { phase: 'RUNNING', tableExists: true });
  return { kind: 'confluent', tables };
}

const change = (table: string, kind: TableChange['kind']): TableChange => ({
  table,
  kind,
  files: [],
  detail: '',
});

function planOf(headSpecs: Record<string, Spec>, changes: TableChange[], withBase = true) {
  const base = project(BASE);
  const head = project(headSpecs);
  const plan = buildPlan({
    head,
    base,
    changes,
    status: running(base),
    config: { environments: { dev: { database: 'lkc-1', environmentId: 'env-1' } } },
    environment: 'dev',
  });
  return dryRunStatements(plan, head, withBase ? base : undefined);
}

const summary = (items: ReturnType<typeof dryRunStatements>) =>
  items.map((i) => `${i.step.id} ${i.skip ? `skip: ${i.skip}` : 'send'}`);

describe('what a dry run can judge now', () => {
  test('a stateful query edited: its table is dropped and created again with the same definition, so the query is sent and the CREATE is not', () => {
    const head = {
      ...BASE,
      totals: { ...BASE.totals, dml: BASE.totals.dml!.replace('SUM(amount)', 'MAX(amount)') },
    };
    const items = planOf(head, [change('totals', 'dml')]);
    expect(summary(items)).toEqual([
      'totals:create-table skip: creates `totals` again after dropping it: the engine still has the current table',
      'totals:create-dml send',
      'big:create-table skip: creates `big` again after dropping it: the engine still has the current table',
      'big:create-dml send',
    ]);
    const dml = items.find((i) => i.step.id === 'totals:create-dml')!;
    expect(dml).toMatchObject({
      file: 'pipelines/intermediates/shop/totals/sql-scripts/dml.totals.sql',
      line: 1,
      column: 1,
      kind: 'insert',
    });
    expect(dml.refs).toEqual([
      { name: 'totals', line: 1, column: 13 },
      { name: 'src', line: 3, column: 6 },
    ]);
    // Each statement in plan (dependency) order
    const order = items.map((i) => i.step.id);
    expect(order.indexOf('totals:create-dml')).toBeLessThan(order.indexOf('big:create-dml'));
  });

  test('a new table: its CREATE is sent; its query writes, and a reader reads, a table this change creates', () => {
    const head = {
      ...BASE,
      fresh: { layer: 'facts', ddl: ddl('fresh'), dml: 'INSERT INTO fresh\nSELECT id, amount FROM src;\n' },
      reader: {
        layer: 'facts',
        ddl: ddl('reader'),
        dml: 'INSERT INTO reader\nSELECT id, amount FROM fresh;\n',
      },
    };
    const items = planOf(head, [change('fresh', 'added'), change('reader', 'added')]);
    expect(summary(items)).toEqual([
      'fresh:create-table send',
      'fresh:create-dml skip: writes `fresh`, which this change creates',
      'reader:create-table send',
      'reader:create-dml skip: reads tables this change creates: `fresh`',
    ]);
  });

  test('a new column: the table is created again with another definition; every statement on it waits for the deploy', () => {
    const head = { ...BASE, totals: { ...BASE.totals, ddl: ddl('totals', 'upsert', ',\n  note STRING') } };
    const items = planOf(head, [change('totals', 'ddl-schema')]);
    const skips = Object.fromEntries(items.map((i) => [i.step.id, i.skip]));
    expect(skips['totals:create-dml']).toBe('writes `totals`, which this change creates');
    expect(skips['big:create-dml']).toBe('reads tables this change creates: `totals`');
  });

  test('without the base project, a table created again counts as a new definition', () => {
    const head = {
      ...BASE,
      totals: { ...BASE.totals, dml: BASE.totals.dml!.replace('SUM(amount)', 'MAX(amount)') },
    };
    const items = planOf(head, [change('totals', 'dml')], false);
    expect(items.find((i) => i.step.id === 'totals:create-dml')!.skip).toBe(
      'writes `totals`, which this change creates',
    );
  });

  test('options altered in place: the ALTER statements are sent, the query on the table waits', () => {
    const head = {
      ...BASE,
      big: {
        ...BASE.big,
        ddl: BASE.big.ddl.replace("'upsert')", "'upsert', 'kafka.retention.time' = '7 d')"),
      },
    };
    const items = planOf(head, [change('big', 'ddl-options')]);
    const alters = items.filter((i) => i.step.action === 'alter-table');
    expect(alters.length).toBeGreaterThan(0);
    for (const a of alters) {
      expect(a.skip).toBeUndefined();
      expect(a).toMatchObject({
        kind: 'alter-table',
        file: 'pipelines/facts/shop/big/sql-scripts/ddl.big.sql',
        line: 1,
      });
    }
    for (const i of items.filter((x) => x.step.action === 'create-statement')) {
      expect(i.skip).toBe('writes `big`, whose options this change alters first');
    }
  });
});

describe("where the engine's error goes", () => {
  const item = {
    line: 10,
    column: 5,
    refs: [
      { name: 'out_t', line: 10, column: 17 },
      { name: 'db.orders', line: 12, column: 8 },
    ],
  };
  test('a position in the message, relative to the statement sent', () => {
    expect(placeEngineError(item, 'SQL parse failed. Encountered "FORM" at line 3, column 7.')).toEqual({
      line: 12,
      column: 7,
    });
    expect(placeEngineError(item, 'From line 1, column 3 to line 1, column 9: Unknown identifier')).toEqual({
      line: 10,
      column: 7,
    });
    expect(placeEngineError(item, 'SQL parse failed. Unexpected end (line 2).')).toEqual({ line: 11 });
  });
  test('else the table the message names, else the first line', () => {
    expect(
      placeEngineError(
        item,
        "Table (or view) 'orders' does not exist.\nUsing current catalog 'env' and current database 'db'.",
      ),
    ).toEqual({ line: 12, column: 8 });
    expect(placeEngineError(item, 'Object `db`.`ORDERS` not found')).toEqual({ line: 12, column: 8 });
    expect(placeEngineError(item, 'Object ORDERS not found; cannot write out_t_x')).toEqual({
      line: 12,
      column: 8,
    });
    expect(placeEngineError(item, 'Something else went wrong with out_tables')).toEqual({ line: 10 });
  });
});
