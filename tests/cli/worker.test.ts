import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CLI, FIXTURE, makeRepo, runCli } from '../helpers/repo.js';

/**
 * Large repositories (or folders git does not track) run the command in a worker thread with a
 * capped young generation that starts at full size. The test runs the built CLI both ways on
 * the fixture: outside git (worker) and in a small repository (main thread).
 */
describe('the worker thread of large projects', () => {
  let outside: string;
  let repo: ReturnType<typeof makeRepo>;
  let probe: string;
  beforeAll(() => {
    outside = mkdtempSync(join(tmpdir(), 'flink-pipeline-nogit-'));
    cpSync(FIXTURE, outside, { recursive: true });
    repo = makeRepo();
    probe = join(outside, 'probe.mjs');
    // Loaded into every thread with --import: reports the young generation as a thread starts.
    writeFileSync(
      probe,
      `import { isMainThread } from 'node:worker_threads';
import v8 from 'node:v8';
const s = v8.getHeapSpaceStatistics().find((x) => x.space_name === 'new_space');
process.stderr.write(\`probe \${isMainThread ? 'main' : 'worker'} new_space=\${s.space_size}\\n\`);
`,
    );
  });
  afterAll(() => {
    rmSync(outside, { recursive: true, force: true });
    repo.cleanup();
  });

  const run = (cwd: string) =>
    spawnSync(process.execPath, ['--import', probe, CLI, 'inventory', '--check'], { cwd, encoding: 'utf8' });

  test('same answer as the main thread; the worker starts with its full young generation', () => {
    const inWorker = run(outside);
    const onMain = run(repo.dir);
    expect(inWorker.stderr).toMatch(/^probe worker new_space=(\d+)$/m);
    expect(onMain.stderr).not.toMatch(/^probe worker/m);
    const young = Number(/^probe worker new_space=(\d+)$/m.exec(inWorker.stderr)![1]);
    // 48 MB young generation = 16 MB semi-spaces; V8's default start is a few MB.
    expect(young).toBeGreaterThanOrEqual(16 << 20);
    const strip = (s: string) => s.replace(/^probe .*\n/gm, '');
    expect(inWorker.status).toBe(onMain.status);
    expect(inWorker.stdout).toBe(onMain.stdout);
    expect(strip(inWorker.stderr)).toBe(strip(onMain.stderr));
    expect(runCli(outside, 'inventory', '--check').status).toBe(onMain.status);
  });

  test('help reads no project: no worker, even outside git', () => {
    for (const args of [['--help'], [], ['plan', '--help'], ['help']]) {
      const r = spawnSync(process.execPath, ['--import', probe, CLI, ...args], {
        cwd: outside,
        encoding: 'utf8',
      });
      expect(r.stdout + r.stderr).toMatch(/Usage: flink-pipeline/);
      expect(r.stderr).toMatch(/^probe main/m);
      expect(r.stderr).not.toMatch(/^probe worker/m);
    }
  });
});
