/**
 * End to end on the emulator (docs/planning.md, docs/deploy.md): the fixture project deployed from nothing, then
 * each planning scenario of tests/cli/plan.test.ts planned from a real git range with live
 * status and deployed; the emulator must end in the expected state, and a re-run of the same
 * deploy must change nothing.
 */
import { afterEach, describe, expect, test } from '@jest/globals';
import { executePlan } from '../../src/deploy/executor.js';
import type { DeployReport } from '../../src/deploy/types.js';
import { scenarioRepo, type ScenarioRepo } from '../helpers/git-scenarios.js';
import {
  deploy,
  duplicateCreates,
  EXTERNALS,
  harness,
  phases,
  planLive,
  PREFIX,
  statementsOf,
  tables,
  writeConfig,
  type Harness,
} from './helpers.js';

const P2 = 'pipelines/intermediates/p2';
const CARRY = 'sql.tables.initial-offset-from';
const RANGE = { kind: 'range', base: 'main', head: 'feature' } as const;

const open: { h?: Harness; repo?: ScenarioRepo }[] = [];
afterEach(async () => {
  for (const o of open.splice(0)) {
    await o.h?.close();
    o.repo?.cleanup();
  }
});

const outcomes = (r: DeployReport) => Object.fromEntries(r.steps.map((s) => [s.id, s.outcome]));

/** The fixture in a git repo on main, its config pointing at a fresh emulator, fully deployed. */
async function deployed(): Promise<{ h: Harness; repo: ScenarioRepo }> {
  const h = await harness();
  const repo = scenarioRepo();
  open.push({ h, repo });
  writeConfig(repo.dir, h.em);
  repo.commit('config');
  const { report } = await deploy(repo.dir, h, { kind: 'all' });
  expect(report.status).toBe('succeeded');
  return { h, repo };
}

/** Commits `edit` on branch `feature`, with `feature` checked out. */
function change(repo: ScenarioRepo, edit: () => void) {
  repo.branch('feature');
  edit();
  repo.commit('change');
}

function expectHealthy(h: Harness) {
  expect(h.violations).toEqual([]);
  const bad = Object.entries(phases(h.em)).filter(
    ([, p]) => !['RUNNING', 'COMPLETED', 'STOPPED'].includes(p),
  );
  expect(bad).toEqual([]);
}

/** Deploys the same change again: nothing may change. */
async function rerunChangesNothing(repo: ScenarioRepo, h: Harness, allowDestructive = false) {
  const before = phases(h.em);
  const creates = h.em.state.history.length;
  const plan = await planLive(repo.dir, h, RANGE);
  const mark = h.calls.length;
  const report = await executePlan(plan, h.client, { statementPrefix: PREFIX, allowDestructive });
  expect(['nothing-to-do', 'succeeded']).toContain(report.status);
  expect(report.steps.filter((s) => s.outcome !== 'skipped')).toEqual([]);
  expect(h.calls.slice(mark).filter((c) => c.method !== 'GET')).toEqual([]);
  expect(h.em.state.history.length).toBe(creates);
  expect(phases(h.em)).toEqual(before);
}

describe('deploy on the emulator', () => {
  test('from nothing: every DML RUNNING, every DDL COMPLETED, every table in the catalog; again: nothing to do', async () => {
    const { h, repo } = await deployed();
    const all = [...h.em.state.statements.values()];
    expect(all.length).toBeGreaterThan(60);
    for (const s of all) {
      const kind = s.labels['user.confluent.io/flink-pipeline-kind'];
      // A DDL that keeps running (CTAS, materialized table) is a streaming job
      const streaming = kind === 'dml' || s.category === 'continuous';
      expect([s.name, s.phase]).toEqual([s.name, streaming ? 'RUNNING' : 'COMPLETED']);
      expect(s.labels['user.confluent.io/flink-pipeline']).toBe(PREFIX);
      expect(s.name.startsWith(`${PREFIX}-`)).toBe(true);
    }
    const plan = await planLive(repo.dir, h, { kind: 'all' });
    expect(plan.steps).toEqual([]);
    expect(tables(h.em)).toEqual(
      expect.arrayContaining([...EXTERNALS, 'c', 'd', 'e', 'f', 'p', 'x', 'y', 'z']),
    );
    expect(tables(h.em).length).toBeGreaterThanOrEqual(EXTERNALS.length + 40);
    expect(duplicateCreates(h.em)).toEqual([]);
    expectHealthy(h);
  });

  test('stateless DML edit: carry-over honoured, old statement deleted only after the new one runs', async () => {
    const { h, repo } = await deployed();
    const [old] = statementsOf(h.em, 'y', 'dml');
    change(repo, () =>
      repo.edit(`${P2}/y/sql-scripts/dml.y.sql`, (s) => s.replace(/;\s*$/, "\n  AND y_label <> '';\n")),
    );
    const from = h.em.state.history.length;
    const mark = h.calls.length;
    const { plan, report } = await deploy(repo.dir, h, RANGE);
    expect(report.status).toBe('succeeded');
    expect(outcomes(report)).toEqual({
      'y:stop-dml': 'done',
      'y:create-dml': 'done',
      'y:delete-old-dml': 'done',
    });
    const created = plan.steps.find((s) => s.id === 'y:create-dml')!;
    const now = h.em.state.statements.get(created.statement)!;
    expect(now.phase).toBe('RUNNING');
    expect(now.spec.properties[CARRY]).toBe(old!.name);
    // The emulator started it from the old statement's offsets
    expect(now.startedFrom?.statement).toBe(old!.name);
    expect(h.em.state.statements.has(old!.name)).toBe(false);
    const del = h.calls.slice(mark).find((c) => c.method === 'DELETE' && c.name === old!.name)!;
    expect(del).toBeDefined();
    expect(now.startTime!).toBeLessThanOrEqual(del.at);
    expect(h.em.state.history.slice(from).map((c) => c.name)).toEqual([created.statement]);
    // Nothing else moved: the descendants of y keep their statements
    for (const t of ['z', 'c', 'd']) expect(statementsOf(h.em, t, 'dml')).toHaveLength(1);
    expectHealthy(h);
    await rerunChangesNothing(repo, h);
  });

  test('stateful DML edit mid-DAG: refused without allow-destructive (no change), then rebuild of it and its descendants', async () => {
    const { h, repo } = await deployed();
    const rebuilt = ['z', 'c', 'd', 'p', 'e', 'f'];
    const oldDml = new Map(rebuilt.map((t) => [t, statementsOf(h.em, t, 'dml')[0]!.name]));
    change(repo, () =>
      repo.edit(`${P2}/z/sql-scripts/dml.z.sql`, (s) => s.replace(/;\s*$/, '\nWHERE 1 = 1;\n')),
    );
    const plan = await planLive(repo.dir, h, RANGE);
    const mark = h.calls.length;
    const refused = await executePlan(plan, h.client, { statementPrefix: PREFIX });
    expect(refused.status).toBe('refused');
    // Refused before any change: it only reads whether an earlier run already re-created the tables.
    expect(h.calls.slice(mark).filter((c) => c.method !== 'GET')).toEqual([]);
    expect(refused.steps.filter((s) => s.outcome === 'refused').map((s) => s.id)).toEqual(
      rebuilt.map((t) => `${t}:drop-table`),
    );

    const from = h.em.state.history.length;
    const { report } = await deploy(repo.dir, h, RANGE, { allowDestructive: true });
    expect(report.status).toBe('succeeded');
    expect(report.steps.every((s) => s.outcome === 'done')).toBe(true);
    for (const t of rebuilt) {
      const dml = statementsOf(h.em, t, 'dml');
      expect([t, dml.map((s) => s.phase)]).toEqual([t, ['RUNNING']]);
      // z's SQL changed, so its name did; the others keep their name but were stopped, deleted and created anew
      if (t === 'z') expect(h.em.state.statements.has(oldDml.get(t)!)).toBe(false);
      else expect(dml[0]!.name).toBe(oldDml.get(t));
      expect(h.em.state.history.slice(from).map((c) => c.name)).toContain(dml[0]!.name);
      // Rebuilt from the earliest offset, not carried over
      expect(dml[0]!.spec.properties[CARRY]).toBeUndefined();
      expect(statementsOf(h.em, t, 'drop').map((s) => s.phase)).toEqual(['COMPLETED']);
      expect(statementsOf(h.em, t, 'ddl').map((s) => s.phase)).toEqual(['COMPLETED']);
      expect(h.em.state.hasTable(t)).toBe(true);
    }
    // Not below z: untouched
    for (const t of ['x', 'y', 'a', 'b'])
      expect(statementsOf(h.em, t, 'dml')[0]!.createdAt).toBeLessThan(h.em.state.history[from]!.at);
    expect(duplicateCreates(h.em, from)).toEqual([]);
    expectHealthy(h);
    await rerunChangesNothing(repo, h, true);
  });

  test('DDL column change: rebuild with the new column; options-only change: ALTER only', async () => {
    const { h, repo } = await deployed();
    const oldE = statementsOf(h.em, 'e', 'dml')[0]!.name;
    const first = h.em.state.history.length;
    change(repo, () =>
      repo.edit('pipelines/facts/p2/e/sql-scripts/ddl.e.sql', (s) =>
        s.replace('origin STRING,', 'origin STRING,\n  note STRING,'),
      ),
    );
    const { report } = await deploy(repo.dir, h, RANGE, { allowDestructive: ['e'] });
    expect(report.status).toBe('succeeded');
    expect(
      statementsOf(h.em, 'e', 'ddl').map((s) => [s.phase, /note STRING/.test(s.spec.statement)]),
    ).toEqual([['COMPLETED', true]]);
    expect(statementsOf(h.em, 'e', 'dml').map((s) => [s.name, s.phase])).toEqual([[oldE, 'RUNNING']]);
    // Dropped and created again: the DDL, the drop, and the DML under its old name (the CREATE
    // may have been submitted again while the dropped topic was still going)
    expect([...new Set(h.em.state.history.slice(first).map((c) => c.name))].sort()).toEqual(
      [statementsOf(h.em, 'e', 'ddl')[0]!.name, statementsOf(h.em, 'e', 'drop')[0]!.name, oldE].sort(),
    );
    expectHealthy(h);
    await rerunChangesNothing(repo, h, true);

    // Options only, on top: one ALTER, nothing else created or stopped
    repo.git('checkout', '-q', '-B', 'main', 'feature');
    const before = phases(h.em);
    change(repo, () =>
      repo.edit('pipelines/facts/p2/e/sql-scripts/ddl.e.sql', (s) =>
        s.replace('WITH (', "WITH (\n  'kafka.retention.time' = '14 d',"),
      ),
    );
    const from = h.em.state.history.length;
    const alter = await deploy(repo.dir, h, RANGE);
    expect(outcomes(alter.report)).toEqual({ 'e:alter-table': 'done' });
    const created = h.em.state.history.slice(from).map((c) => h.em.state.statements.get(c.name)!);
    expect(created.map((s) => [s.sqlKind, s.phase, s.spec.statement])).toEqual([
      ['ALTER_TABLE', 'COMPLETED', "ALTER TABLE `e` SET ('kafka.retention.time' = '14 d')"],
    ]);
    const after = phases(h.em);
    delete after[created[0]!.name];
    expect(after).toEqual(before);
    await rerunChangesNothing(repo, h);
  });

  test('new table whose parents are stopped, failed or missing: ancestors started first', async () => {
    const { h, repo } = await deployed();
    const f = statementsOf(h.em, 'f', 'dml')[0]!.name;
    await h.client.stopStatement(f);
    await h.client.waitForPhase(f, ['STOPPED'], { timeoutMs: 5000 });
    const d = statementsOf(h.em, 'd', 'dml')[0]!;
    // d failed at runtime
    d.phase = 'FAILED';
    d.detail = 'injected by the test';
    // y and src_y were never deployed
    for (const t of ['y', 'src_y']) {
      for (const s of [...statementsOf(h.em, t, 'dml'), ...statementsOf(h.em, t, 'ddl')]) {
        await h.client.deleteStatement(s.name);
        await h.client.waitForDeletion(s.name, 5000);
      }
      h.em.state.catalog.delete(t);
    }
    change(repo, () => {
      repo.write(
        'pipelines/facts/p2/g/sql-scripts/ddl.g.sql',
        "CREATE TABLE g (id STRING) WITH ('changelog.mode' = 'append');\n",
      );
      repo.write('pipelines/facts/p2/g/sql-scripts/dml.g.sql', 'INSERT INTO g\nSELECT x_id FROM f;\n');
    });
    const from = h.em.state.history.length;
    const { plan, report } = await deploy(repo.dir, h, RANGE);
    // Nothing of src_y and y runs: created (reconciliation), before the tables that read them
    expect(plan.nodes.map((n) => `${n.table}:${n.action}`)).toEqual([
      'src_y:create',
      'y:create',
      'd:start',
      'f:start',
      'g:create',
    ]);
    expect(report.status).toBe('succeeded');
    expect(outcomes(report)['f:resume-dml']).toBe('done');
    for (const t of ['src_y', 'y', 'd', 'f', 'g']) {
      expect([t, statementsOf(h.em, t, 'dml').map((s) => s.phase)]).toEqual([t, ['RUNNING']]);
      expect(h.em.state.hasTable(t)).toBe(true);
    }
    // f resumed under its name, d's failed statement replaced under the same name
    expect(statementsOf(h.em, 'f', 'dml')[0]!.name).toBe(f);
    expect(statementsOf(h.em, 'd', 'dml')[0]!.name).toBe(d.name);
    expect(h.em.state.history.slice(from).map((c) => c.name)).toContain(d.name);
    expect(duplicateCreates(h.em, from)).toEqual([]);
    expectHealthy(h);
    await rerunChangesNothing(repo, h);
  });

  test('renamed folder: no call that changes anything', async () => {
    const { h, repo } = await deployed();
    const before = phases(h.em);
    change(repo, () => repo.move('pipelines/facts/p2/e', 'pipelines/facts/p9/e'));
    const mark = h.calls.length;
    const { plan, report } = await deploy(repo.dir, h, RANGE);
    expect(plan.changes.map((c) => `${c.table}:${c.kind}`)).toEqual(['e:renamed']);
    expect(report.status).toBe('nothing-to-do');
    expect(h.calls.slice(mark).filter((c) => c.method !== 'GET')).toEqual([]);
    expect(phases(h.em)).toEqual(before);
  });

  test('blue-green: the old pipeline keeps running, versioned tables, descendants read them', async () => {
    const { h, repo } = await deployed();
    const bg = ['z', 'c', 'd', 'p', 'e', 'f'];
    const old = new Map(bg.map((t) => [t, statementsOf(h.em, t, 'dml')[0]!.name]));
    change(repo, () => {
      writeConfig(repo.dir, h.em, 'strategy: blue-green\n');
      repo.edit(`${P2}/z/sql-scripts/dml.z.sql`, (s) => s.replace(/;\s*$/, '\nWHERE 1 = 1;\n'));
    });
    const from = h.em.state.history.length;
    const { plan, report } = await deploy(repo.dir, h, RANGE);
    expect(plan.steps.filter((s) => s.destructive)).toEqual([]);
    expect(report.status).toBe('succeeded');
    for (const t of bg) {
      expect(h.em.state.statements.get(old.get(t)!)?.phase).toBe('RUNNING');
      expect(h.em.state.hasTable(t)).toBe(true);
      expect(h.em.state.hasTable(`${t}_v2`)).toBe(true);
      const fresh = statementsOf(h.em, t, 'dml').filter((s) => s.name !== old.get(t));
      expect([t, fresh.map((s) => s.phase)]).toEqual([t, ['RUNNING']]);
      expect(fresh[0]!.sinks).toEqual([`${t}_v2`]);
    }
    const e = statementsOf(h.em, 'e', 'dml').find((s) => s.name !== old.get('e'))!;
    expect(e.sources).toEqual(['c_v2']);
    expect(duplicateCreates(h.em, from)).toEqual([]);
    expectHealthy(h);
    await rerunChangesNothing(repo, h);
  });
});
