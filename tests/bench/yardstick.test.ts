// The benchmark's machine yardstick (bench/run.mjs): the old build is taken from git history
// into a cache, and the report scales this build's figures by how much slower that build ran.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';

type Run = typeof import('../../bench/run.mjs');
type Row = import('../../bench/run.mjs').BenchRow;

let run: Run;
let root: string;

const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', ['-c', 'user.email=t@example.com', '-c', 'user.name=t', ...args], {
    cwd,
    encoding: 'utf8',
  }).trim();

beforeAll(async () => {
  run = await import('../../bench/run.mjs');
  root = mkdtempSync(join(tmpdir(), 'bench-yardstick-'));
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('yardstickCli', () => {
  test('extracts dist/ of the commit once, and reuses it without git afterwards', () => {
    const repo = join(root, 'repo');
    mkdirSync(join(repo, 'dist'), { recursive: true });
    git(repo, 'init', '-q', '-b', 'main');
    writeFileSync(join(repo, 'dist', 'cli.js'), 'old cli\n');
    writeFileSync(join(repo, 'dist', '42.index.js'), 'old chunk\n');
    writeFileSync(join(repo, 'README.md'), 'not part of the build\n');
    git(repo, 'add', '-A');
    git(repo, 'commit', '-q', '-m', 'old build');
    const commit = git(repo, 'rev-parse', 'HEAD');
    // The working tree moves on: the yardstick is the committed build, not today's files.
    writeFileSync(join(repo, 'dist', 'cli.js'), 'new cli\n');
    git(repo, 'commit', '-q', '-am', 'new build');

    const cache = join(root, 'cache');
    const got = run.yardstickCli(repo, cache, commit);
    expect(got.error).toBeUndefined();
    expect(readFileSync(got.cli!, 'utf8')).toBe('old cli\n');
    expect(readFileSync(join(got.cli!, '..', '42.index.js'), 'utf8')).toBe('old chunk\n');
    expect(existsSync(join(got.cli!, '..', '..', 'README.md'))).toBe(false);
    expect(readdirSync(cache)).toEqual([`yardstick-${commit.slice(0, 12)}`]);

    rmSync(repo, { recursive: true, force: true });
    expect(run.yardstickCli(repo, cache, commit)).toEqual({ cli: got.cli });
  });

  test('a commit missing from the clone is an error naming it, and leaves nothing behind', () => {
    const repo = join(root, 'shallow');
    mkdirSync(repo);
    git(repo, 'init', '-q', '-b', 'main');
    const cache = join(root, 'cache-missing');
    const got = run.yardstickCli(repo, cache, run.YARDSTICK.commit);
    expect(got.cli).toBeUndefined();
    expect(got.error).toMatch(
      new RegExp(`^commit ${run.YARDSTICK.commit.slice(0, 7)} is not in this clone \\(.+\\)$`),
    );
    expect(existsSync(cache) ? readdirSync(cache) : []).toEqual([]);
  });
});

describe('yardstickSection', () => {
  const yardstick = {
    commit: 'a'.repeat(40),
    date: '2026-01-01',
    medianMs: { plan: { 1000: 500, 10000: 2000 } },
  };
  const row = (
    size: number,
    medianMs: number,
    walls: number[] | null,
    target = size === 1000 ? 500 : 3000,
  ): Row => ({
    id: 'plan',
    label: 'plan of a change',
    size,
    medianMs,
    target: { wallMs: target, rssMb: null },
    yardstick: walls
      ? { samples: walls.map((wallMs) => ({ wallMs })) }
      : { error: 'exit 1 (expected 0): boom' },
  });
  const cells = (line: string) =>
    line
      .split('|')
      .slice(1, -1)
      .map((c) => c.trim());
  const rowsOf = (md: string) => md.split('\n').filter((l) => l.startsWith('| plan'));

  test('no row ran the yardstick: no section', () => {
    const plain: Row = { id: 'plan', label: 'x', size: 1000, medianMs: 900 };
    expect(run.yardstickSection([plain], yardstick)).toBeNull();
  });

  test('factor = yardstick median now / then; estimate = this median / factor, judged against the target', () => {
    const md = run.yardstickSection(
      [row(1000, 800, [1200, 1000, 1100]), row(10000, 3300, [2000, 2100, 1900]), row(1000, 900, null)],
      yardstick,
    )!;
    expect(md).toContain('### The same runs scaled to the machine of 2026-01-01');
    const [small, large, broken] = rowsOf(md).map(cells);
    // 1,000: the old build took 1,100 ms now against 500 then (2.2×); 800 / 2.2 = 364 < 500.
    expect(small).toEqual([
      'plan of a change',
      '1,000',
      '800',
      '1,100',
      '500',
      '2.20×',
      '364',
      '< 500 ms',
      'pass',
    ]);
    // 10,000: 2,000 now against 2,000 then (1.00×): the estimate is the measurement, 3,300 ≥ 3,000.
    expect(large).toEqual([
      'plan of a change',
      '10,000',
      '3,300',
      '2,000',
      '2,000',
      '1.00×',
      '3,300',
      '< 3,000 ms',
      '**fail**',
    ]);
    expect(broken.slice(0, 4)).toEqual([
      'plan of a change',
      '1,000',
      '900',
      'error: exit 1 (expected 0): boom',
    ]);
    expect(md).toContain('It is not a measurement');
  });

  test('a size the yardstick has no figure for gets no estimate', () => {
    const md = run.yardstickSection([row(2000, 800, [1000], 700)], yardstick)!;
    expect(cells(rowsOf(md)[0])).toEqual([
      'plan of a change',
      '2,000',
      '800',
      '1,000',
      'n/a',
      'n/a',
      'n/a',
      '< 700 ms',
      '-',
    ]);
  });
});
