/**
 * Deploys under injected faults (429 storms, 500/503, dropped connections, resource_version
 * bumps by another writer) and deploys that crash part-way and are planned and run again:
 * each must converge to the state of an undisturbed deploy, without a second copy of any
 * statement.
 */
import { afterEach, describe, expect, test } from '@jest/globals';
import { executePlan } from '../../src/deploy/executor.js';
import type { Faults } from '../../src/emulator/model.js';
import { createRandom } from '../../src/emulator/prng.js';
import { scenarioRepo, type ScenarioRepo } from '../helpers/git-scenarios.js';
import {
  deploy,
  duplicateCreates,
  harness,
  phases,
  planLive,
  PREFIX,
  tables,
  writeConfig,
  type Harness,
} from './helpers.js';

const P2 = 'pipelines/intermediates/p2';
const RANGE = { kind: 'range', base: 'main', head: 'feature' } as const;
const STORM: Faults = { '429': 0.15, '500': 0.05, '503': 0.05, reset: 0.04, bump: 0.2 };

let open: { h: Harness; repo: ScenarioRepo }[] = [];
afterEach(async () => {
  for (const o of open.splice(0)) {
    await o.h.close();
    o.repo.cleanup();
  }
});

type Edit = (repo: ScenarioRepo) => void;
const carryOver: Edit = (repo) =>
  repo.edit(`${P2}/y/sql-scripts/dml.y.sql`, (s) => s.replace(/;\s*$/, "\n  AND y_label <> '';\n"));
const rebuild: Edit = (repo) =>
  repo.edit(`${P2}/z/sql-scripts/dml.z.sql`, (s) => s.replace(/;\s*$/, '\nWHERE 1 = 1;\n'));

/** The fixture deployed on a fresh emulator (faults switched on afterwards), `edit` on branch feature. */
async function ready(edit: Edit, ...args: Parameters<typeof harness>) {
  const h = await harness(...args);
  const repo = scenarioRepo();
  open.push({ h, repo });
  writeConfig(repo.dir, h.em);
  repo.commit('config');
  return {
    h,
    repo,
    async base(faults?: Faults) {
      const { report } = await deploy(repo.dir, h, { kind: 'all' });
      expect(report.status).toBe('succeeded');
      repo.branch('feature');
      edit(repo);
      repo.commit('change');
      if (faults) setFaults(h, faults);
    },
  };
}

/** Switches faults on or off in a running emulator. */
function setFaults(h: Harness, faults: Faults) {
  Object.assign(h.em.faults, faults);
}

async function expectedAfter(edit: Edit): Promise<{ phases: Record<string, string>; tables: string[] }> {
  const { h, repo, base } = await ready(edit);
  await base();
  const { report } = await deploy(repo.dir, h, RANGE, { allowDestructive: true });
  expect(report.status).toBe('succeeded');
  return { phases: phases(h.em), tables: tables(h.em) };
}

describe('faults', () => {
  test('429 storms, 5xx, dropped connections and resource_version bumps: the deploy converges, one create per name', async () => {
    const expected = await expectedAfter(carryOver);
    // GET-modify-PUT instead of PATCH, so that bumps cause 409s
    const { h, repo, base } = await ready(carryOver, { seed: 7 }, { usePatch: false });
    await base(STORM);
    const from = h.em.state.history.length;
    let { report } = await deploy(repo.dir, h, RANGE);
    // A fault may still break a step after all retries; a re-run finishes the job
    for (let i = 0; i < 3 && report.status !== 'succeeded' && report.status !== 'nothing-to-do'; i++)
      ({ report } = await deploy(repo.dir, h, RANGE));
    setFaults(h, { '429': 0, '500': 0, '503': 0, reset: 0, bump: 0 });
    expect(phases(h.em)).toEqual(expected.phases);
    expect(tables(h.em)).toEqual(expected.tables);
    expect(duplicateCreates(h.em, from)).toEqual([]);
    const f = h.em.state.stats.faults;
    expect(f['429'] + f['500'] + f['503']).toBeGreaterThan(0);
    expect(f.bump).toBeGreaterThan(0);
    expect(h.violations).toEqual([]);
  });

  test('the fixture from nothing under a fault storm: every statement once, all running', async () => {
    const h = await harness({ seed: 3, faults: STORM });
    const repo = scenarioRepo();
    open.push({ h, repo });
    writeConfig(repo.dir, h.em);
    repo.commit('config');
    let { report } = await deploy(repo.dir, h, { kind: 'all' });
    for (let i = 0; i < 3 && report.status !== 'succeeded' && report.status !== 'nothing-to-do'; i++)
      ({ report } = await deploy(repo.dir, h, { kind: 'all' }));
    expect(report.status).toMatch(/^(succeeded|nothing-to-do)$/);
    expect(duplicateCreates(h.em)).toEqual([]);
    expect(Object.values(phases(h.em)).filter((p) => p !== 'RUNNING' && p !== 'COMPLETED')).toEqual([]);
    expect(h.em.state.stats.faults.reset).toBeGreaterThan(0);
  });
});

/**
 * Crashes after the k-th changing call of a deploy, plans again from live status and deploys
 * again; the result must equal an undisturbed deploy's (run first, also counting its calls).
 */
async function crashAndRerun(edit: Edit, pick: (total: number) => number[]) {
  const probe = await ready(edit);
  await probe.base();
  const mark = probe.h.calls.length;
  const { report: undisturbed } = await deploy(probe.repo.dir, probe.h, RANGE, { allowDestructive: true });
  expect(undisturbed.status).toBe('succeeded');
  const expected = { phases: phases(probe.h.em), tables: tables(probe.h.em) };
  const total = probe.h.calls.slice(mark).filter((c) => c.method !== 'GET').length;
  for (const k of pick(total)) {
    const { h, repo, base } = await ready(edit);
    await base();
    const from = h.em.state.history.length;
    const plan = await planLive(repo.dir, h, RANGE);
    const dying = h.dyingClient(k);
    const crashed = executePlan(plan, dying.client, { statementPrefix: PREFIX, allowDestructive: true });
    // Dead once its k-th changing call reached the server; then let in-flight calls land
    expect(await Promise.race([dying.died.then(() => 'died'), crashed.then(() => 'finished')])).toBe('died');
    await new Promise((r) => setTimeout(r, 100));
    const { report } = await deploy(repo.dir, h, RANGE, { allowDestructive: true });
    expect([k, report.status, report.steps.filter((s) => s.outcome === 'failed')]).toEqual([
      k,
      expect.stringMatching(/^(succeeded|nothing-to-do)$/),
      [],
    ]);
    expect([k, phases(h.em)]).toEqual([k, expected.phases]);
    expect([k, tables(h.em)]).toEqual([k, expected.tables]);
    // Rebuilt tables recreate their DDL and DML under their old names: each once per deploy
    expect([k, duplicateCreates(h.em, from)]).toEqual([k, []]);
    await h.close();
    repo.cleanup();
    open = open.filter((o) => o.h !== h);
  }
}

describe('crash and re-run, planned again from live status', () => {
  test('carry-over: a crash after the stop or after the delete, then deploy again: as if undisturbed', async () => {
    // The changing calls are: stop old (1), create new (2), delete old (3)
    await crashAndRerun(carryOver, (total) => {
      expect(total).toBe(3);
      return [1, 3];
    });
  });

  /**
   * KNOWN BUG (planner, src/plan/planner.ts, carry-over branch): after a crash between the
   * replacement's create and the old statement's delete, live status reports the replacement
   * as the table's statement, so `old === dep.dmlName` and the re-plan has no steps: the old
   * statement stays STOPPED for ever. Turn this into `test` once the planner is fixed.
   */
  test('carry-over: a crash right after the replacement was created leaves no STOPPED old statement', async () => {
    await crashAndRerun(carryOver, () => [2]);
  });

  test('rebuild of a sub-DAG: crashes at seeded random calls, then deploy again: as if undisturbed', async () => {
    const random = createRandom(42);
    await crashAndRerun(rebuild, (total) => {
      expect(total).toBeGreaterThan(20);
      return [1, 2, 3].map(() => 1 + Math.floor(random.next() * total));
    });
  });
});
