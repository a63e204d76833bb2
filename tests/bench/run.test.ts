// The benchmark's report (bench/run.mjs): targets as ratios, the table, the shift_left anchor
// lookup, and one small real run of the CLI beside the floor.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

type Run = typeof import('../../bench/run.mjs');
type Row = import('../../bench/run.mjs').BenchRow;
let run: Run;
let scratch: string;

beforeAll(async () => {
  run = await import('../../bench/run.mjs');
  scratch = mkdtempSync(join(tmpdir(), 'bench-run-'));
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const row = (over: Partial<Row>): Row => ({
  id: 'inventory-check-clean',
  label: 'inventory --check, up to date (exit 0; the PR path)',
  short: 'inventory --check, up to date',
  shape: 'undeclared',
  size: 1000,
  runs: 5,
  medianMs: 600,
  floorMs: 200,
  ratio: 3,
  ...over,
});

describe('targets as ratios', () => {
  test('ratio to the floor: at most the target passes', () => {
    expect(run.evaluate(row({ ratio: 3 }))).toMatchObject({ text: '≤ 3× floor', result: 'pass' });
    expect(run.evaluate(row({ ratio: 3.2 }))).toMatchObject({ result: '**fail**', pass: false });
    expect(run.evaluate(row({ id: 'plan-1pct', size: 10000, ratio: 3.9 }))).toMatchObject({
      text: '≤ 4× floor',
      result: 'pass',
    });
    expect(run.evaluate(row({ id: 'plan-1pct', size: 1000, ratio: 9 }))).toMatchObject({
      text: '-',
      result: '-',
    });
  });

  test('speed-up against shift_left: at least the target passes; not measured says so', () => {
    const cold = { id: 'inventory-cold', size: 1000 };
    expect(run.evaluate(row({ ...cold, speedup: 120 }))).toMatchObject({
      text: '≥ 100× faster than shift_left',
      result: 'pass',
    });
    expect(run.evaluate(row({ ...cold, speedup: 80 })).result).toBe('**fail**');
    expect(run.evaluate(row({ ...cold })).result).toBe('not measured');
    expect(run.evaluate(row({ ...cold, error: 'exit 70' })).result).toBe('error: exit 70');
  });

  test("speed-up: the ratio of the two tools' ratios to floors that ran beside each", () => {
    // shift_left ran on a loaded machine (its floor 300 ms), ours on a quiet one: the load cancels out.
    expect(run.shiftLeftSpeedup({ wallMs: 90_000, floorMs: 300 }, 2.5)).toBe(120);
    expect(run.shiftLeftSpeedup({ wallMs: 90_000, floorMs: 150 }, 2.5)).toBe(240);
    expect(run.shiftLeftSpeedup({ wallMs: 90_000 }, 2.5)).toBeUndefined();
    expect(run.shiftLeftSpeedup({ error: 'exit 1' }, 2.5)).toBeUndefined();
    expect(run.shiftLeftSpeedup({ wallMs: 90_000, floorMs: 300 }, null)).toBeUndefined();
  });

  test('the table: one row per shape, size and scenario, with floor, ratio and shift_left', () => {
    const table = run.ratioTable([
      row({}),
      row({
        id: 'inventory-cold',
        short: 'inventory from nothing',
        medianMs: 800,
        ratio: 4,
        shiftLeft: { wallMs: 96_000, floorMs: 200 },
        speedup: 120,
      }),
      row({
        id: 'inventory-cold',
        size: 10000,
        short: 'inventory from nothing',
        shiftLeft: { missing: 'x' },
      }),
    ]);
    expect(table.split('\n')).toEqual([
      '| Shape | Tables | Scenario | Median | Floor | × floor | shift_left | Speed-up | Target | Result |',
      '| --- | ---: | --- | ---: | ---: | ---: | ---: | ---: | --- | --- |',
      '| undeclared | 1,000 | inventory --check, up to date | 600 ms | 200 ms | 3.00× | — | — | ≤ 3× floor | pass |',
      '| undeclared | 1,000 | inventory from nothing | 800 ms | 200 ms | 4.00× | 96.0 s (480× floor) | 120× | ≥ 100× faster than shift_left | pass |',
      '| undeclared | 10,000 | inventory from nothing | 600 ms | 200 ms | 3.00× | not run | — | - | - |',
    ]);
  });
});

describe('the measured build', () => {
  test('identified by every .js file beside the entry: a changed chunk changes the hash', () => {
    const dir = join(scratch, 'build');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'cli.js'), 'import("./1.index.js");\n');
    writeFileSync(join(dir, '1.index.js'), 'export const a = 1;\n');
    writeFileSync(join(dir, 'licenses.txt'), 'MIT\n');
    const before = run.identifyBuild(join(dir, 'cli.js'));
    expect(before).toMatchObject({ entryBytes: 24, files: 2, bytes: 44 });
    writeFileSync(join(dir, 'licenses.txt'), 'Apache-2.0\n');
    expect(run.identifyBuild(join(dir, 'cli.js')).hash).toBe(before.hash);
    writeFileSync(join(dir, '1.index.js'), 'export const a = 2;\n');
    expect(run.identifyBuild(join(dir, 'cli.js')).hash).not.toBe(before.hash);
  });
});

describe('the shift_left anchor', () => {
  test('absent: says where it looked', () => {
    const r = run.findAnchor(join(scratch, 'nowhere'));
    expect(r).toEqual({
      missing: expect.stringContaining('no shift_left anchor (run_shift_left_inventory.py) in'),
    });
  });

  test('present: its runner, or why python3 cannot run it', () => {
    const dir = join(scratch, 'anchor');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'run_shift_left_inventory.py'), 'print("{}")\n');
    const python = spawnSync('python3', ['-c', 'import pydantic, yaml']).status === 0;
    expect(run.findAnchor(dir)).toEqual(
      python
        ? { runner: join(dir, 'run_shift_left_inventory.py') }
        : { missing: expect.stringContaining('python3 with pydantic and PyYAML') },
    );
  });
});

describe('a small run', () => {
  test('the CLI beside the floor on a generated project, as a ratio row', () => {
    const r = spawnSync(
      process.execPath,
      [
        'bench/run.mjs',
        '--sizes',
        '40',
        '--shapes',
        'undeclared',
        '--runs',
        '2',
        '--only',
        'inventory-check-clean',
        '--no-write',
        '--no-shift-left',
      ],
      { encoding: 'utf8', env: { ...process.env, TMPDIR: scratch } },
    );
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(
      /\n\| undeclared \| 40 \| inventory --check, up to date \(exit 0; the PR path\) \| [\d,]+ ms \| [\d,]+ ms \| [\d.]+× \| 2 \|/,
    );
    expect(r.stdout).toContain('× floor is the median of the pairs');
  }, 120_000);

  test('the first inventory: each run on its own fresh copy of the committed project', () => {
    const r = spawnSync(
      process.execPath,
      [
        'bench/run.mjs',
        ...['--sizes', '40', '--shapes', 'base', '--runs', '3', '--only', 'inventory-cold'],
        ...['--no-write', '--no-shift-left', '--keep'],
      ],
      { encoding: 'utf8', env: { ...process.env, TMPDIR: scratch } },
    );
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(
      /\n\| base \| 40 \| inventory, first run \(writes all files\) \| [\d,]+ ms \|[^\n]*\| 3 \|/,
    );
    expect(r.stdout).not.toMatch(/pipeline_definition\.json files for/);
    // Kept (--keep): the committed template, untouched, and one written copy per run.
    const work = /work folder (\S+)/.exec(r.stdout)![1];
    const copies = readdirSync(work)
      .filter((name) => name.includes('-cold-'))
      .sort();
    expect(copies.map((name) => name.replace(/^.*-cold-\d+/, ''))).toEqual(['', '-run1', '-run2', '-run3']);
    const written = (dir: string) => existsSync(join(work, dir, 'pipelines', 'inventory.json'));
    expect(copies.map(written)).toEqual([false, true, true, true]);
    rmSync(work, { recursive: true, force: true });
  }, 120_000);
});
