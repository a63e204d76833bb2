import { describe, expect, test } from '@jest/globals';
import type { TableChange } from '../../src/change/types.js';
import { buildProject } from '../../src/project/build.js';
import { scanProject } from '../../src/project/scan.js';
import { buildPlan, type PlanInput } from '../../src/plan/planner.js';
import type { Phase, Plan, StatusSnapshot, TableStatus } from '../../src/plan/types.js';
import { FIXTURE } from '../helpers/repo.js';

const scan = scanProject(`${FIXTURE}/pipelines`);
const project = buildProject({
  pipelinesDir: scan.pipelinesDir,
  folders: scan.folders,
  declaredExternals: scan.declaredExternals,
});

/** The fixture with one table's DML text edited (a real change: new fingerprint, new name). */
function edited(table: string, edit: (sql: string) => string, file: 'ddl' | 'dml' = 'dml') {
  const path = project.tables.get(table)![file]!.path;
  const folders = scan.folders.map((f) =>
    f[file]?.path === path ? { ...f, [file]: { ...f[file]!, text: edit(f[file]!.text) } } : f,
  );
  return buildProject({
    pipelinesDir: scan.pipelinesDir,
    folders,
    declaredExternals: scan.declaredExternals,
  });
}
const NONE: StatusSnapshot = { kind: 'none', tables: new Map() };
const change = (table: string, kind: TableChange['kind'], detail = ''): TableChange => ({
  table,
  kind,
  files: [],
  detail,
});

function plan(changes: TableChange[], extra: Partial<PlanInput> = {}): Plan {
  return buildPlan({ head: project, base: project, changes, status: NONE, config: {}, ...extra });
}
const actions = (p: Plan) => p.nodes.map((n) => `${n.table}:${n.action}`);
const stepIds = (p: Plan) => p.steps.map((s) => s.id);

/** Every table running except the listed ones, which have the given phase (absent = undefined). */
function status(except: Record<string, Phase | undefined> = {}): StatusSnapshot {
  const tables = new Map<string, { phase?: Phase; tableExists?: boolean }>();
  for (const t of project.tables.values()) {
    if (t.external) continue;
    if (t.name in except) {
      const phase = except[t.name];
      if (phase) tables.set(t.name, { phase, tableExists: true });
    } else tables.set(t.name, { phase: t.dml ? 'RUNNING' : 'COMPLETED', tableExists: true });
  }
  return { kind: 'file', tables };
}

/** Asserts the step DAG is consistent: `after` ids exist and precede in the output order. */
function expectOrdered(p: Plan) {
  const pos = new Map(p.steps.map((s, i) => [s.id, i]));
  for (const s of p.steps)
    for (const a of s.after) expect([s.id, pos.get(a)! < pos.get(s.id)!]).toEqual([s.id, true]);
  for (const s of p.steps) for (const a of s.after) expect(p.steps[pos.get(a)!].wave).toBeLessThan(s.wave);
}

describe('planner node rules on the fixture DAG', () => {
  test('formatting-only and renamed changes plan no steps', () => {
    const p = plan([change('y', 'format-only'), change('e', 'renamed')]);
    expect(p.nodes).toEqual([]);
    expect(p.steps).toEqual([]);
    expect(p.changes.map((c) => c.kind)).toEqual(['renamed', 'format-only']);
  });

  test('stateless DML edit: carry-over of that table only', () => {
    const head = edited('y', (sql) => sql.replace(/;\s*$/, '\n  AND 1 = 1;\n'));
    const p = plan([change('y', 'dml', 'filter changed')], { status: status(), head });
    expect(actions(p)).toEqual(['y:carry-over']);
    expect(stepIds(p)).toEqual(['y:stop-dml', 'y:create-dml', 'y:delete-old-dml']);
    const create = p.steps[1];
    expect(create.properties!['sql.tables.initial-offset-from']).toBe(p.steps[0].statement);
    expect(create.statement).not.toBe(p.steps[0].statement);
    expect(create.statement).toMatch(/^p2-dml-y-[0-9a-f]{7}$/);
    expect(p.steps.some((s) => s.destructive)).toBe(false);
  });

  test('stateful DML edit in the middle: rebuild of it and all transitive descendants', () => {
    const p = plan([change('z', 'dml')], { status: status() });
    expect(actions(p).sort()).toEqual([
      'c:rebuild',
      'd:rebuild',
      'e:rebuild',
      'f:rebuild',
      'p:rebuild',
      'z:rebuild',
    ]);
    expect(p.nodes.find((n) => n.table === 'c')!.reason).toBe(
      'reads `z`, which is rebuilt with a new topic, so it is rebuilt too',
    );
    expectOrdered(p);
    const ids = stepIds(p);
    // Consumers stop before their source is dropped; a table builds after its parents built.
    for (const child of ['c', 'd', 'p'])
      expect(ids.indexOf(`${child}:stop-dml`)).toBeLessThan(ids.indexOf('z:drop-table'));
    expect(ids.indexOf('z:create-dml')).toBeLessThan(ids.indexOf('c:create-table'));
    expect(ids.indexOf('c:create-dml')).toBeLessThan(ids.indexOf('e:create-table'));
    expect(
      p.steps
        .filter((s) => s.destructive)
        .map((s) => s.table)
        .sort(),
    ).toEqual(['c', 'd', 'e', 'f', 'p', 'z']);
    expect(p.warnings.filter((w) => w.code === 'destructive')).toHaveLength(6);
    // Untouched siblings and parents are not in the plan.
    for (const t of ['x', 'y', 'b', 'a']) expect(ids.some((i) => i.startsWith(`${t}:`))).toBe(false);
  });

  test('DDL column change rebuilds; options-only change alters in place', () => {
    const schema = plan([change('d', 'ddl-schema', 'column amount: INT → BIGINT')], { status: status() });
    expect(actions(schema)).toEqual(['d:rebuild', 'f:rebuild']);
    const head = edited(
      'e',
      (sql) => sql.replace(/WITH \(/, "WITH (\n  'kafka.retention.time' = '14 d',"),
      'ddl',
    );
    const options = plan([change('e', 'ddl-options', 'kafka.retention.time')], { status: status(), head });
    expect(actions(options)).toEqual(['e:alter']);
    expect(options.steps.map((s) => [s.action, s.sql])).toEqual([
      ['alter-table', "ALTER TABLE `e` SET ('kafka.retention.time' = '14 d')"],
    ]);
  });

  test('options change on a table that is also rebuilt from upstream: recreated with the new DDL, no ALTER', () => {
    // `e` reads `c`. The options really differ between base and head, so an ALTER is computable.
    const head = edited(
      'e',
      (sql) => sql.replace(/WITH \(/, "WITH (\n  'kafka.retention.time' = '14 d',"),
      'ddl',
    );
    const changes = [change('c', 'ddl-schema', 'column origin: STRING → INT'), change('e', 'ddl-options')];
    for (const extra of [
      { status: NONE },
      { status: status() },
      { status: status({ e: 'FAILED' }) },
      { status: status(), config: { strategy: 'blue-green' as const } },
    ]) {
      const p = plan(changes, { head, ...extra });
      expectOrdered(p);
      expect(p.nodes.find((n) => n.table === 'e')).toMatchObject({
        action: 'rebuild',
        changes: ['ddl-options'],
      });
      const e = p.steps.filter((s) => s.table === 'e');
      // docs/planning.md#from-the-change-kinds: a rebuilt table is dropped and created again from its head DDL.
      expect(e.map((s) => s.action)).not.toContain('alter-table');
      const create = e.find((s) => s.action === 'create-table')!;
      expect(create.sql).toContain("'kafka.retention.time' = '14 d'");
      expect(create.after).toContain(
        p.steps.find((s) => s.table === 'c' && s.action === 'create-statement')!.id,
      );
      if (extra.config) continue; // blue-green: the old pipeline keeps running, nothing dropped
      const dropC = p.steps.find((s) => s.id === 'c:drop-table')!;
      expect(dropC.after).toContain('e:stop-dml');
    }
  });

  test('query and options change below a rebuilt parent: one rebuild, no ALTER', () => {
    const head = edited(
      'f',
      (sql) => sql.replace(/WITH \(/, "WITH (\n  'kafka.retention.time' = '14 d',"),
      'ddl',
    );
    // `f` reads `d`; on its own, the query and options change would be a carry-over plus an ALTER.
    const p = plan([change('d', 'ddl-schema'), change('f', 'dml'), change('f', 'ddl-options')], {
      head,
      status: status(),
    });
    expectOrdered(p);
    expect(p.nodes.find((n) => n.table === 'f')!.action).toBe('rebuild');
    expect(p.steps.filter((s) => s.table === 'f').map((s) => s.action)).not.toContain('alter-table');
  });

  test('new table whose ancestors are not running: they are started first, up to the sources', () => {
    const st = status({ z: 'STOPPED', x: undefined, src_x: undefined, y: 'FAILED', p: undefined });
    (st.tables as Map<string, TableStatus>).set('z', {
      phase: 'STOPPED',
      statement: 'p2-dml-z-abcdef0',
      tableExists: true,
    });
    const p = plan([change('p', 'added')], { status: st });
    expect(actions(p).sort()).toEqual(['p:create', 'src_x:start', 'x:start', 'y:start', 'z:start']);
    expectOrdered(p);
    const ids = stepIds(p);
    expect(ids).toContain('z:resume-dml');
    expect(ids.indexOf('src_x:create-dml')).toBeLessThan(ids.indexOf('x:create-table'));
    expect(ids.indexOf('x:create-dml')).toBeLessThan(ids.indexOf('z:resume-dml'));
    expect(ids.indexOf('z:resume-dml')).toBeLessThan(ids.indexOf('p:create-table'));
    expect(ids).not.toContain('src_y:create-dml');
  });

  test('with --status none ancestors are assumed running and the plan says so', () => {
    const p = plan([change('p', 'added')]);
    expect(actions(p)).toEqual(['p:create']);
    expect(p.warnings.map((w) => w.code)).toContain('status-assumed');
  });

  test('removed table still read by another is a plan error', () => {
    const headWithout = buildProject({
      pipelinesDir: scan.pipelinesDir,
      folders: scan.folders.filter((f) => !f.folder.endsWith('/p2/c')),
    });
    const p = buildPlan({
      head: headWithout,
      base: project,
      changes: [change('c', 'removed')],
      status: NONE,
      config: {},
    });
    expect(p.errors).toEqual([
      {
        code: 'removed-table-read',
        table: 'c',
        message: '`c` is removed by this change but `e` still read it; remove those reads or keep the table',
      },
    ]);
  });

  test('two changes with overlapping impact list each node once', () => {
    const p = plan([change('x', 'dml'), change('z', 'dml')], { status: status() });
    expect(actions(p).sort()).toEqual([
      'c:rebuild',
      'd:rebuild',
      'e:rebuild',
      'f:rebuild',
      'p:rebuild',
      'x:rebuild',
      'z:rebuild',
    ]);
    expect(new Set(stepIds(p)).size).toBe(p.steps.length);
    expectOrdered(p);
  });

  test('blue-green: versioned names, descendants rewritten, nothing dropped', () => {
    const p = plan([change('z', 'dml')], { status: status(), config: { strategy: 'blue-green' } });
    expect(p.nodes.map((n) => `${n.table}->${n.deployedAs}`).sort()).toEqual([
      'c->c_v2',
      'd->d_v2',
      'e->e_v2',
      'f->f_v2',
      'p->p_v2',
      'z->z_v2',
    ]);
    expect(
      p.steps.some((s) => s.destructive || s.action === 'stop-statement' || s.action === 'drop-table'),
    ).toBe(false);
    const cDml = p.steps.find((s) => s.id === 'c:create-dml')!;
    expect(cDml.sql).toMatch(/INSERT INTO c_v2\b/);
    expect(cDml.sql).toMatch(/\bz_v2\b/);
    expect(cDml.sql).toMatch(/FROM z_v2\b/);
    expect(cDml.sql).not.toMatch(/FROM z\b(?!_v2)/);
    expect(cDml.sql).toContain("'z' AS origin"); // string literals are never rewritten
    expect(cDml.sql).toMatch(/\bb\b/);
    // Statement names keep the table's name, not its version.
    expect(p.steps.find((s) => s.id === 'z:create-table')!.statement).toBe('p2-ddl-z');
  });

  test('the hash ignores commit SHAs and changes when the steps change', () => {
    const a = plan([change('y', 'dml')], { range: { base: 'a', head: 'b' } });
    const b = plan([change('y', 'dml')], { range: { base: 'c', head: 'd' } });
    const c = plan([change('z', 'dml')], { range: { base: 'a', head: 'b' } });
    expect(a.hash).toBe(b.hash);
    expect(a.hash).not.toBe(c.hash);
    expect(a.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  test('statement names follow the prefix-product-kind-table rule', () => {
    const p = plan([change('p1_fct_order', 'added')], {
      config: { environments: { dev: { statementPrefix: 'dev' } }, environment: 'dev' },
    });
    expect(p.steps.map((s) => s.statement)).toEqual([
      'dev-p1-ddl-p1-fct-order',
      expect.stringMatching(/^dev-p1-dml-p1-fct-order-[0-9a-f]{7}$/),
    ]);
  });
});
