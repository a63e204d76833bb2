/**
 * The built CLI (`node dist/cli.js deploy`) as a child process against an in-process emulator:
 * killed with SIGKILL at seeded random points of its progress (right after its n-th changing
 * request reached the emulator, seen by a proxy; never by a timer) and run again until it
 * succeeds, it must end in the same state as an undisturbed deploy, with no statement created
 * twice; and the secret must appear in no output, report or file.
 */
import { afterAll, expect, test } from '@jest/globals';
import type { ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRandom } from '../../src/emulator/prng.js';
import { scenarioRepo, type ScenarioRepo } from '../helpers/git-scenarios.js';
import { cli as runCli, killProxy, type Run } from './cli-harness.js';
import {
  API_KEY,
  configText,
  deploy,
  duplicateCreates,
  harness,
  phases,
  SECRET,
  tables,
  writeConfig,
  type Harness,
} from './helpers.js';

const cleanups: (() => unknown)[] = [];
afterAll(async () => {
  for (const c of cleanups.splice(0)) await c();
});

const cli = (cwd: string, args: string[], spawned?: (c: ChildProcess) => void): Promise<Run> =>
  runCli(cwd, args, {
    env: { FLINK_API_KEY: API_KEY, FLINK_API_SECRET: SECRET, FLINK_PIPELINE_POLL_MS: '50' },
    spawned,
  });

/** Statements created, the deploy lease's left out. */
const creates = (h: Harness) =>
  h.em.state.history.filter((c) => !/-flink-pipeline-lease-\d+$/.test(c.name)).length;

function filesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...filesUnder(path));
    else out.push(path);
  }
  return out;
}

async function fixture(): Promise<{ h: Harness; repo: ScenarioRepo }> {
  const h = await harness();
  const repo = scenarioRepo();
  cleanups.push(
    () => h.close(),
    () => repo.cleanup(),
  );
  writeConfig(repo.dir, h.em);
  repo.commit('config');
  return { h, repo };
}

test('deploy killed at random points of its progress and run again converges to the undisturbed result; no secret anywhere', async () => {
  // The undisturbed result, through the library on its own emulator; its changing calls count the points
  const calm = await fixture();
  expect((await deploy(calm.repo.dir, calm.h, { kind: 'all' })).report.status).toBe('succeeded');
  const expected = { phases: phases(calm.h.em), tables: tables(calm.h.em) };
  const total = calm.h.mutating().length;
  expect(total).toBeGreaterThan(60);

  const { h, repo } = await fixture();
  const proxy = await killProxy(h.em.url);
  cleanups.push(() => proxy.close());
  // The CLI goes through the proxy, which kills it at the chosen point
  writeFileSync(join(repo.dir, 'flink-pipeline.yaml'), configText(h.em).replace(h.em.url, proxy.url));
  repo.commit('through the proxy');
  const runs: Run[] = [];
  const random = createRandom(20261201);
  // Three kills, each after a seeded random number of the run's own changing requests
  const points = [1, 2, 3].map(() => 1 + Math.floor(random.next() * (total / 3)));
  for (const [i, n] of points.entries()) {
    let child: ChildProcess | undefined;
    proxy.killAfter(n, () => child);
    const run = await cli(repo.dir, ['deploy', '--all', '--out', `report-${i}.json`], (c) => (child = c));
    runs.push(run);
    expect([n, run.signal]).toEqual([n, 'SIGKILL']);
  }
  expect(creates(h)).toBeGreaterThan(0);
  let last: Run | undefined;
  for (let i = 0; i < 3 && last?.code !== 0; i++) {
    last = await cli(repo.dir, ['deploy', '--all', '--out', 'report-final.json']);
    runs.push(last);
  }
  expect([last!.code, last!.stderr.slice(-2000)]).toEqual([0, expect.any(String)]);
  expect(phases(h.em)).toEqual(expected.phases);
  expect(tables(h.em)).toEqual(expected.tables);
  expect(duplicateCreates(h.em)).toEqual([]);
  const report = JSON.parse(readFileSync(join(repo.dir, 'report-final.json'), 'utf8')) as { status: string };
  expect(report.status).toMatch(/^(succeeded|nothing-to-do)$/);

  // Again: nothing to do, nothing created; status and a JSON report too, for the secret scan
  const made = creates(h);
  const again = await cli(repo.dir, ['deploy', '--all', '--format', 'json', '--out', 'report-again.json']);
  runs.push(again, await cli(repo.dir, ['status']), await cli(repo.dir, ['deploy', '--all', '--dry-run']));
  expect(again.code).toBe(0);
  expect(JSON.parse(again.stdout)).toMatchObject({ status: 'nothing-to-do', steps: [] });
  expect(creates(h)).toBe(made);

  // No secret (nor its Basic-auth encoding) in any output, report or file the runs left
  const encoded = Buffer.from(`${API_KEY}:${SECRET}`).toString('base64');
  const leaks = (where: string, text: string) =>
    [SECRET, encoded].filter((s) => text.includes(s)).map(() => where);
  const found = [
    ...runs.flatMap((r, i) => [...leaks(`run ${i} stdout`, r.stdout), ...leaks(`run ${i} stderr`, r.stderr)]),
    ...filesUnder(repo.dir).flatMap((f) => leaks(f, readFileSync(f, 'latin1'))),
  ];
  expect(found).toEqual([]);
  // The scan is not vacuous: the runs printed reports
  expect(runs.filter((r) => r.code === 0).length).toBeGreaterThanOrEqual(3);
  expect(filesUnder(repo.dir).filter((f) => /report-.*\.json$/.test(f)).length).toBeGreaterThanOrEqual(2);
});
