/**
 * Reconciliation in the planner (docs/planning.md#reconciliation), on data only: a small
 * project, "deployed" by turning a plan's steps into the statements Confluent would list
 * (through the status source's own parser), then disturbed the ways real deploys are: a commit
 * never deployed, a carry-over killed part-way, statements missing, failed, stopped or left
 * behind, finished statements expired by the service, a newer commit running.
 */
import { describe, expect, test } from '@jest/globals';
import { pipelineLabels, statusFromStatements, type Statement } from '../../src/confluent/index.js';
import type { Config } from '../../src/config/schema.js';
import { buildProject } from '../../src/project/build.js';
import type { Project, TableFolder } from '../../src/project/model.js';
import { buildPlan, type PlanInput } from '../../src/plan/planner.js';
import type { Plan, StatusSnapshot } from '../../src/plan/types.js';

const CONFIG: Config = {
  environments: { dev: { environmentId: 'env-1', database: 'db', statementPrefix: 'dev' } },
};
const HEAD = 'c'.repeat(40);
const OLDER = 'a'.repeat(40);

const FILES: Record<string, { ddl: string; dml?: string }> = {
  'sources/shop/orders': {
    ddl: "CREATE TABLE orders (id STRING, amount INT) WITH ('kafka.retention.time' = '7 d');",
    dml: 'INSERT INTO orders SELECT id, amount FROM raw_orders;',
  },
  'intermediates/shop/big_orders': {
    ddl: 'CREATE TABLE big_orders (id STRING, amount INT);',
    dml: 'INSERT INTO big_orders SELECT id, amount FROM orders WHERE amount > 100;',
  },
  'facts/shop/totals': {
    ddl: "CREATE TABLE totals (id STRING, n BIGINT, PRIMARY KEY (id) NOT ENFORCED) WITH ('changelog.mode' = 'upsert');",
    dml: 'INSERT INTO totals SELECT id, COUNT(*) FROM orders GROUP BY id;',
  },
};

function project(
  edit: Record<string, Partial<{ ddl: string; dml: string }>> = {},
  drop: string[] = [],
): Project {
  const folders: TableFolder[] = [];
  for (const [folder, files] of Object.entries(FILES)) {
    if (drop.includes(folder)) continue;
    const name = folder.split('/').pop()!;
    const f = { ...files, ...edit[folder] };
    const at = `pipelines/${folder}/sql-scripts`;
    folders.push({
      folder: `pipelines/${folder}`,
      ddl: { path: `${at}/ddl.${name}.sql`, text: f.ddl },
      ...(f.dml ? { dml: { path: `${at}/dml.${name}.sql`, text: f.dml } } : {}),
    });
  }
  return buildProject({ pipelinesDir: 'pipelines', folders });
}

let clock = Date.parse('2026-01-01T00:00:00Z');
const at = () => new Date((clock += 1000)).toISOString();

/** The statements a deploy of `plan` leaves, as the API lists them (commit labels included). */
function statementsOf(plan: Plan, commit = HEAD): Statement[] {
  const out: Statement[] = [];
  for (const s of plan.steps) {
    const kinds: Partial<Record<string, 'ddl' | 'dml' | 'alter' | 'drop'>> = {
      'create-table': 'ddl',
      'create-statement': 'dml',
      'alter-table': 'alter',
      'drop-table': 'drop',
    };
    const kind = kinds[s.action];
    if (!kind) continue;
    out.push({
      name: s.statement,
      metadata: {
        created_at: at(),
        labels: pipelineLabels({ table: s.table, kind, prefix: 'dev', commit }),
      },
      spec: { statement: s.sql, properties: s.properties },
      status: { phase: kind === 'dml' ? 'RUNNING' : 'COMPLETED' },
    });
  }
  return out;
}

const snapshot = (statements: Statement[], head: Project): StatusSnapshot =>
  statusFromStatements(statements, [...head.tables.keys()], 'dev');

function plan(head: Project, statements: Statement[], extra: Partial<PlanInput> = {}): Plan {
  return buildPlan({
    head,
    changes: [],
    status: snapshot(statements, head),
    config: CONFIG,
    environment: 'dev',
    range: { base: OLDER, head: HEAD },
    reconcile: true,
    ...extra,
  });
}

/** Everything of `head` deployed from nothing. */
function deployed(head = project(), commit = OLDER): Statement[] {
  const all = buildPlan({
    head,
    changes: [],
    status: { kind: 'confluent', tables: new Map() },
    config: CONFIG,
    environment: 'dev',
    selection: { all: true },
  });
  return statementsOf(all, commit);
}

const actions = (p: Plan) => p.nodes.map((n) => `${n.table}:${n.action}`).sort();
const steps = (p: Plan) => p.steps.map((s) => s.id);

describe('reconciliation', () => {
  test('what runs is what HEAD describes: nothing to do, whatever the range says', () => {
    const head = project();
    const p = plan(head, deployed(head), {
      changes: [{ table: 'orders', kind: 'dml', files: [], detail: 'query changed' }],
    });
    expect(p.nodes).toEqual([]);
    expect(p.changes.map((c) => c.table)).toEqual(['orders']); // the range still names the reviewed change
    expect(p.warnings.map((w) => w.message)).toEqual([
      "already deployed: HEAD's statements run for `orders`, nothing to do there",
    ]);
  });

  test('a table no commit of the range touched, whose live SQL differs, is planned from what runs', () => {
    const live = deployed();
    const head = project({
      'sources/shop/orders': {
        dml: 'INSERT INTO orders SELECT id, amount FROM raw_orders WHERE amount > 0;',
      },
      'facts/shop/totals': { dml: 'INSERT INTO totals SELECT id, COUNT(*) + 1 FROM orders GROUP BY id;' },
    });
    const p = plan(head, live);
    // Stateless: carried over; stateful (the live and the HEAD query): rebuilt
    expect(actions(p)).toEqual(['orders:carry-over', 'totals:rebuild']);
    expect(steps(p).filter((s) => s.startsWith('orders'))).toEqual([
      'orders:stop-dml',
      'orders:create-dml',
      'orders:delete-old-dml',
    ]);
    const orders = p.nodes.find((n) => n.table === 'orders')!;
    expect(orders.reason).toMatch(/^query changed; stateless; the statement is stateless/);
    expect(p.warnings.map((w) => w.message)).toContain(
      '`orders` runs other SQL than HEAD (deployed from aaaaaaa) although this change does not touch it: planned from what runs (dml)',
    );
  });

  test('DDL options that differ: ALTER; once the ALTER statements completed: nothing', () => {
    const live = deployed();
    const head = project({
      'sources/shop/orders': {
        ddl: "CREATE TABLE orders (id STRING, amount INT) WITH ('kafka.retention.time' = '14 d');",
      },
    });
    const p = plan(head, live);
    expect(actions(p)).toEqual(['orders:alter']);
    expect(p.steps.map((s) => s.sql)).toEqual(["ALTER TABLE `orders` SET ('kafka.retention.time' = '14 d')"]);
    expect(plan(head, [...live, ...statementsOf(p)]).nodes).toEqual([]);
  });

  test('a table nothing of runs is created; one whose statement is missing gets its statement', () => {
    const head = project();
    const live = deployed(head);
    const noOrders = live.filter((s) => !/orders/.test(s.name));
    const p = plan(head, noOrders);
    expect(actions(p)).toEqual(['big_orders:create', 'orders:create']);
    expect(steps(p)).toContain('orders:create-table');
    const noDml = live.filter((s) => !/dml-orders/.test(s.name));
    const q = plan(head, noDml);
    expect(actions(q)).toEqual(['orders:start']);
    expect(steps(q)).toEqual(['orders:create-dml']);
  });

  test('a carry-over killed while its new statement was PENDING: the old one is stopped, the new awaited, then the old deleted', () => {
    const live = deployed();
    const head = project({
      'sources/shop/orders': {
        dml: 'INSERT INTO orders SELECT id, amount FROM raw_orders WHERE amount > 0;',
      },
    });
    const first = plan(head, live);
    const create = first.steps.find((s) => s.id === 'orders:create-dml')!;
    // The killed deploy created the replacement; the old statement still runs
    const pending = statementsOf({ ...first, steps: [create] }, HEAD);
    pending[0]!.status = { phase: 'PENDING' };
    const p = plan(head, [...live, ...pending]);
    expect(actions(p)).toEqual(['orders:carry-over']);
    expect(p.nodes[0]!.reason).toMatch(
      /^an earlier deploy left the carry-over from dev-shop-dml-orders-\w+ unfinished/,
    );
    expect(steps(p)).toEqual(['orders:stop-dml', 'orders:create-dml', 'orders:delete-old-dml']);
    expect(p.steps.map((s) => s.statement)).toEqual([
      first.steps[0]!.statement,
      create.statement,
      first.steps[0]!.statement,
    ]);
    // Replacement FAILED and the old one still there: carried over again from it
    pending[0]!.status = { phase: 'FAILED' };
    expect(steps(plan(head, [...live, ...pending]))).toEqual([
      'orders:stop-dml',
      'orders:create-dml',
      'orders:delete-old-dml',
    ]);
    // Replacement RUNNING, the old one STOPPED and left behind: deleted
    pending[0]!.status = { phase: 'RUNNING' };
    const old = live.find((s) => s.name === first.steps[0]!.statement)!;
    old.status = { phase: 'STOPPED' };
    const done = plan(head, [...live, ...pending]);
    expect(actions(done)).toEqual(['orders:clean-up']);
    expect(done.steps.map((s) => [s.id, s.statement])).toEqual([['orders:delete-leftover-1', old.name]]);
  });

  test('a carry-over to a version HEAD no longer has, left PENDING: HEAD is carried over from the running one, the pending one goes first', () => {
    const live = deployed();
    const middle = project({
      'sources/shop/orders': {
        dml: 'INSERT INTO orders SELECT id, amount FROM raw_orders WHERE amount > 0;',
      },
    });
    const killed = plan(middle, live).steps.find((s) => s.id === 'orders:create-dml')!;
    const pending = statementsOf({ ...plan(middle, live), steps: [killed] }, OLDER);
    pending[0]!.status = { phase: 'PENDING' };
    const head = project({
      'sources/shop/orders': {
        dml: 'INSERT INTO orders SELECT id, amount FROM raw_orders WHERE amount > 5;',
      },
    });
    const p = plan(head, [...live, ...pending]);
    expect(actions(p)).toEqual(['orders:carry-over']);
    const byId = new Map(p.steps.map((s) => [s.id, s]));
    expect(byId.get('orders:stop-leftover-1')!.statement).toBe(killed.statement);
    expect(byId.get('orders:create-dml')!.properties!['sql.tables.initial-offset-from']).toBe(
      byId.get('orders:stop-dml')!.statement,
    );
    // The running statement is deleted only after the one that waited on it
    expect(byId.get('orders:delete-old-dml')!.after).toContain('orders:delete-leftover-1');
  });

  test('a table whose DML file HEAD removed, its writer still running: the writer is stopped and deleted', () => {
    const live = deployed();
    const head = project({ 'intermediates/shop/big_orders': { dml: '' } });
    const p = plan(head, live);
    const writer = live.find((s) => /^INSERT INTO big_orders/.test(s.spec?.statement ?? ''))!;
    const touching = p.steps.filter((s) => s.statement === writer.name).map((s) => s.action);
    expect(touching).toEqual(expect.arrayContaining(['stop-statement', 'delete-statement']));
    expect(p.steps.filter((s) => s.action === 'create-statement')).toEqual([]);
    expect(actions(p)).toEqual(['big_orders:clean-up']);
    expect(p.steps.some((s) => s.action === 'drop-table')).toBe(false);
    // Once it is gone, HEAD runs
    const after = live.filter((s) => s.name !== writer.name);
    expect(plan(head, after).steps).toEqual([]);
    // From the range alone (no live status), the same
    const ranged = buildPlan({
      head,
      base: project(),
      changes: [{ table: 'big_orders', kind: 'dml', files: [], detail: 'DML file removed' }],
      status: { kind: 'none', tables: new Map() },
      config: CONFIG,
      environment: 'dev',
    });
    expect(steps(ranged)).toEqual(['big_orders:stop-dml', 'big_orders:delete-dml']);
    expect(ranged.steps[0]!.statement).toBe(writer.name);
  });

  test("HEAD's own statement STOPPED is resumed, FAILED is restarted; two running: the extra one stopped and deleted", () => {
    const head = project();
    const live = deployed(head);
    const dml = live.find((s) => /dml-big-orders/.test(s.name))!;
    dml.status = { phase: 'STOPPED' };
    expect(steps(plan(head, live))).toEqual(['big_orders:resume-dml']);
    dml.status = { phase: 'FAILED' };
    expect(steps(plan(head, live))).toEqual([
      'big_orders:stop-dml',
      'big_orders:delete-dml',
      'big_orders:create-dml',
    ]);
    dml.status = { phase: 'RUNNING' };
    const twin: Statement = {
      ...dml,
      name: `${dml.name}-twin`,
      metadata: { ...dml.metadata, created_at: at() },
    };
    const p = plan(head, [...live, twin]);
    expect(p.steps.map((s) => [s.id, s.statement])).toEqual([
      ['big_orders:stop-leftover-1', twin.name],
      ['big_orders:delete-leftover-1', twin.name],
    ]);
  });

  test('a table HEAD no longer defines is retired (a destructive drop)', () => {
    const live = deployed();
    const head = project({}, ['intermediates/shop/big_orders']);
    const p = plan(head, live);
    expect(actions(p)).toEqual(['big_orders:retire']);
    expect(p.steps.find((s) => s.action === 'drop-table')?.destructive).toBe(true);
  });

  test('finished statements the service deleted after 30 days (the CREATE) change nothing', () => {
    const head = project();
    const live = deployed(head).filter((s) => !/-ddl-/.test(s.name));
    expect(plan(head, live).nodes).toEqual([]);
  });

  test('a rebuild killed part-way: a table created before its parent was dropped is rebuilt too', () => {
    const head = project({
      'facts/shop/totals': { dml: 'INSERT INTO totals SELECT id, COUNT(*) + 1 FROM orders GROUP BY id;' },
    });
    const live = deployed();
    // orders (the parent of big_orders) was dropped and created again after big_orders
    const dropped: Statement = {
      name: 'dev-shop-drop-orders',
      metadata: {
        created_at: at(),
        labels: pipelineLabels({ table: 'orders', kind: 'drop', prefix: 'dev' }),
      },
      spec: { statement: 'DROP TABLE IF EXISTS `orders`', properties: {} },
      status: { phase: 'COMPLETED' },
    };
    const created = live.find((s) => s.name === 'dev-shop-ddl-orders')!;
    const again: Statement = { ...created, metadata: { ...created.metadata, created_at: at() } };
    const p = plan(head, [...live.filter((s) => s !== created), dropped, again]);
    expect(actions(p)).toContain('big_orders:rebuild');
    expect(p.nodes.find((n) => n.table === 'big_orders')!.reason).toBe(
      "reads `orders`, whose table was dropped after `big_orders`'s was created (a rebuild stopped part-way), so it is rebuilt from the new topic",
    );
  });

  test('never backwards: a newer commit running is a plan error unless rollback is allowed; an unknown one too', () => {
    const head = project();
    const live = deployed(head);
    const newer = { head: HEAD, newer: [{ commit: 'd'.repeat(40), tables: ['orders'] }], unknown: [] };
    const refused = plan(head, live, { liveCommits: { ...newer, allowRollback: false } });
    expect(refused.errors.map((e) => [e.code, e.message])).toEqual([
      [
        'rollback',
        'HEAD ccccccc is older than what runs: `orders` run statements of commit ddddddd, which comes after it; deploying HEAD would roll them back. Deploy a newer commit, or pass --allow-rollback (action input allow-rollback) to roll back on purpose',
      ],
    ]);
    const allowed = plan(head, live, { liveCommits: { ...newer, allowRollback: true } });
    expect(allowed.errors).toEqual([]);
    expect(allowed.warnings.map((w) => w.code)).toContain('rollback');
    const unknown = plan(head, live, {
      liveCommits: {
        head: HEAD,
        newer: [],
        unknown: [{ commit: 'e'.repeat(40), tables: ['totals'] }],
        allowRollback: false,
      },
    });
    expect(unknown.errors.map((e) => e.code)).toEqual(['unknown-commit']);
  });
});

describe('selections with live status', () => {
  test('deploy --tables of a table never deployed creates its table before its statement', () => {
    const head = project();
    const live = deployed(head).filter((s) => !/big-orders/.test(s.name));
    const p = buildPlan({
      head,
      changes: [],
      status: snapshot(live, head),
      config: CONFIG,
      environment: 'dev',
      selection: { tables: ['big_orders'], descendants: false },
    });
    expect(actions(p)).toEqual(['big_orders:redeploy']);
    expect(steps(p)).toEqual(['big_orders:create-table', 'big_orders:create-dml']);
  });
});
