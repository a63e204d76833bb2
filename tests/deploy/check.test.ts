/**
 * The check before a deploy sends anything (docs/deploy.md#before-anything-is-sent): each
 * statement the deploy would start that a dry run can judge now goes to the emulator as one.
 * A refusal stops the deploy with nothing stopped or dropped; the built CLI, real git, the
 * emulator over loopback.
 */
import { afterEach, expect, test } from '@jest/globals';
import { scenarioRepo, type ScenarioRepo } from '../helpers/git-scenarios.js';
import { cli as runCli, type Run } from './cli-harness.js';
import { API_KEY, deploy, harness, phases, SECRET, tables, writeConfig, type Harness } from './helpers.js';

const open: { h: Harness; repo: ScenarioRepo }[] = [];
afterEach(async () => {
  for (const o of open.splice(0)) {
    await o.h.close();
    o.repo.cleanup();
  }
});

const cli = (cwd: string, args: string[]): Promise<Run> =>
  runCli(cwd, args, {
    env: { FLINK_API_KEY: API_KEY, FLINK_API_SECRET: SECRET, FLINK_PIPELINE_POLL_MS: '50' },
  });

const T2_DML = 'pipelines/intermediates/p1/int_table_2/sql-scripts/dml.int_p1_table_2.sql';
const ORDER_DML = 'pipelines/facts/p1/fct_order/sql-scripts/dml.p1_fct_order.sql';

/** The fixture deployed from nothing on main, then `edit` committed on branch feature. */
async function changed(edit: (repo: ScenarioRepo) => void) {
  const h = await harness();
  const repo = scenarioRepo();
  open.push({ h, repo });
  writeConfig(repo.dir, h.em);
  repo.commit('config');
  expect((await deploy(repo.dir, h, { kind: 'all' })).report.status).toBe('succeeded');
  repo.branch('feature');
  edit(repo);
  repo.commit('change');
  return {
    h,
    repo,
    before: { phases: phases(h.em), tables: tables(h.em), creates: h.em.state.history.length },
  };
}

/** Statements created since `count`, the deploy lease's left out. */
const createdSince = (h: Harness, count: number) =>
  h.em.state.history.slice(count).filter((c) => !/-flink-pipeline-lease-\d+$/.test(c.name));

test.each([
  [
    'a carry-over (stateless query)',
    T2_DML,
    'FROM src_p1_table_2;',
    'FROM src_p1_table_gone;',
    'src_p1_table_gone',
    'int_p1_table_2',
  ],
  [
    'a rebuild whose table keeps its definition (stateful query)',
    ORDER_DML,
    'LEFT JOIN int_p1_table_1 AS t1',
    'LEFT JOIN int_p1_table_gone AS t1',
    'int_p1_table_gone',
    'p1_fct_order',
  ],
])(
  '%s the service refuses: the deploy stops before anything is stopped or dropped',
  async (_label, file, from, to, missing, table) => {
    const { h, repo, before } = await changed((r) => r.edit(file, (t) => t.replace(from, to)));
    const dryRuns = h.em.state.stats.dryRuns;
    const r = await cli(repo.dir, ['deploy', '--base', 'main', '--head', 'feature', '--allow-destructive']);
    const out = r.stdout + r.stderr;
    expect(r.code).toBe(1);
    expect(out).toContain('(checked as dry runs before anything was stopped)');
    expect(out).toMatch(
      new RegExp(`${file.replace(/\./g, '\\.')}:\\d+ \\(${table}\\): .*'${missing}' does not exist`),
    );
    expect(out).toContain('deploy refused');
    expect(h.em.state.stats.dryRuns).toBeGreaterThan(dryRuns);
    // Nothing changed on the service: every statement as it was, every table still there.
    expect(phases(h.em)).toEqual(before.phases);
    expect(tables(h.em)).toEqual(before.tables);
    expect(createdSince(h, before.creates)).toEqual([]);
  },
);

test('a change the service accepts is checked the same way and deployed', async () => {
  const { h, repo, before } = await changed((r) =>
    r.edit(T2_DML, (t) => t.replace('FROM src_p1_table_2;', 'FROM src_p1_table_2 WHERE qty > 0;')),
  );
  const dryRuns = h.em.state.stats.dryRuns;
  const r = await cli(repo.dir, ['deploy', '--base', 'main', '--head', 'feature', '--allow-destructive']);
  expect(r.stderr).not.toContain('checked as dry runs');
  expect(r.code).toBe(0);
  expect(h.em.state.stats.dryRuns).toBeGreaterThan(dryRuns);
  expect(createdSince(h, before.creates).length).toBeGreaterThan(0);
});
