/**
 * The built CLI (`node dist/cli.js deploy`) as a child process against an in-process emulator:
 * killed with SIGKILL at seeded random points and run again until it succeeds, it must end in
 * the same state as an undisturbed deploy, with no statement created twice; and the secret
 * must appear in no output, report or file.
 */
import { afterAll, expect, test } from '@jest/globals';
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createRandom } from '../../src/emulator/prng.js';
import { scenarioRepo, type ScenarioRepo } from '../helpers/git-scenarios.js';
import { CLI } from '../helpers/repo.js';
import {
  API_KEY,
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

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Runs the CLI without blocking the event loop (the emulator lives in this process). */
function cli(cwd: string, args: string[], killAfterMs?: number): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], {
      cwd,
      env: {
        ...process.env,
        FLINK_API_KEY: API_KEY,
        FLINK_API_SECRET: SECRET,
        FLINK_PIPELINE_POLL_MS: '50',
        FLINK_PIPELINE_DEBUG: '',
      },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer =
      killAfterMs === undefined ? undefined : setTimeout(() => child.kill('SIGKILL'), killAfterMs);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr });
    });
  });
}

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

test('deploy killed at random points and run again converges to the undisturbed result; no secret anywhere', async () => {
  // The undisturbed result, through the library on its own emulator
  const calm = await fixture();
  expect((await deploy(calm.repo.dir, calm.h, { kind: 'all' })).report.status).toBe('succeeded');
  const expected = { phases: phases(calm.h.em), tables: tables(calm.h.em) };

  const { h, repo } = await fixture();
  const runs: Run[] = [];
  const random = createRandom(20261201);
  let killed = 0;
  for (let i = 0; i < 3; i++) {
    const run = await cli(
      repo.dir,
      ['deploy', '--all', '--out', `report-${i}.json`],
      400 + Math.floor(random.next() * 3000),
    );
    runs.push(run);
    if (run.signal === 'SIGKILL') killed++;
  }
  // Killed part-way at least twice, with some work done by then
  expect(killed).toBeGreaterThanOrEqual(2);
  expect(h.em.state.history.length).toBeGreaterThan(0);
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
  const creates = h.em.state.history.length;
  const again = await cli(repo.dir, ['deploy', '--all', '--format', 'json', '--out', 'report-again.json']);
  runs.push(again, await cli(repo.dir, ['status']), await cli(repo.dir, ['deploy', '--all', '--dry-run']));
  expect(again.code).toBe(0);
  expect(JSON.parse(again.stdout)).toMatchObject({ status: 'nothing-to-do', steps: [] });
  expect(h.em.state.history.length).toBe(creates);

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
