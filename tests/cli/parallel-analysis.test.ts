// dist/cli.js analyses a large project's SQL on a helper thread as well: the plan must be the
// same, byte for byte, as with the helper turned off (FLINK_PIPELINE_ANALYSIS_THREADS=0).
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CLI } from '../helpers/repo.js';

type Generate = typeof import('../../bench/generate.mjs');

let root: string;
let base: string;

function git(...args: string[]) {
  const r = spawnSync('git', args, { cwd: root, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
  return r.stdout.trim();
}

function plan(threads: string | undefined) {
  const env: NodeJS.ProcessEnv = { ...process.env, FLINK_PIPELINE_DEBUG: '1' };
  if (threads === undefined) delete env.FLINK_PIPELINE_ANALYSIS_THREADS;
  else env.FLINK_PIPELINE_ANALYSIS_THREADS = threads;
  const r = spawnSync(
    process.execPath,
    [CLI, 'plan', '--base', base, '--head', 'HEAD', '--format', 'markdown', '--out', 'plan.json'],
    { cwd: root, encoding: 'utf8', env, maxBuffer: 1 << 26 },
  );
  const json = readFileSync(join(root, 'plan.json'), 'utf8');
  return { status: r.status, markdown: r.stdout, stderr: r.stderr, json };
}

beforeAll(async () => {
  const gen: Generate = await import('../../bench/generate.mjs');
  root = mkdtempSync(join(tmpdir(), 'parallel-analysis-'));
  // ~940 files: above the size where the helper thread starts.
  gen.generateProject(root, { tables: 450, seed: 11 });
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('-c', 'user.email=t@example.com', '-c', 'user.name=t', 'commit', '-q', '-m', 'base');
  base = git('rev-parse', 'HEAD');
  gen.mutateProject(root, { fraction: 0.05, seed: 3 });
  git('add', '-A');
  git('-c', 'user.email=t@example.com', '-c', 'user.name=t', 'commit', '-q', '-m', 'change');
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('plan with the SQL analysed on two threads', () => {
  test('equals the plan analysed on one thread, and the helper did part of the work', () => {
    const single = plan('0');
    const shared = plan(undefined);
    expect(single.status).toBe(0);
    expect(shared.status).toBe(0);
    expect(single.stderr).toMatch(/analysed \d+ SQL files, 0 on a helper thread/);
    const helped = /analysed (\d+) SQL files, (\d+) on a helper thread/.exec(shared.stderr);
    expect(helped).not.toBeNull();
    expect(Number(helped![2])).toBeGreaterThan(0);
    expect(shared.markdown).toBe(single.markdown);
    expect(shared.json).toBe(single.json);
    expect(JSON.parse(shared.json).changes.length).toBeGreaterThan(0);
  });
});
