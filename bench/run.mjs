#!/usr/bin/env node
// All benchmarks, one command, each run the way a user runs the product:
// 1. the CLI (inventory, plan of a 1% change) on synthetic projects of several shapes
//    (bench/generate.mjs), each run beside the floor and, for the first inventory, shift_left;
// 2. the GitHub Action's start-up on a 1,000-table pull request (bench/action-startup.mjs);
// 3. a 200-statement deploy on the emulator (bench/deploy.mjs; minutes: --skip-deploy omits it).
//
//   npm run bench -- [--sizes 1000,10000] [--shapes base,undeclared,…] [--runs 5]
//                    [--only inventory-cold,inventory-check-clean,plan-1pct,action-startup,deploy]
//                    [--skip-deploy] [--seed 42] [--cli dist/cli.js] [--node PATH]
//                    [--anchor DIR] [--no-shift-left] [--no-write] [--no-readme] [--keep]
//
// Figures are ratios measured in the same run, because this kind of machine (2 shared cores)
// changes speed from hour to hour:
// - the floor: bench/floor.mjs, a bare Node process that walks the pipelines folder and reads
//   every SQL file. Each run of a scenario is paired with a floor run on the same folder, in
//   alternating order, and the scenario's ratio is the median of the pairs' ratios;
// - shift_left 0.1.52: its own code builds the same metadata (every pipeline_definition.json and
//   inventory.json) on a fresh copy of the same project, once per shape and size, when the anchor
//   (`run_shift_left_inventory.py`, python3 with pydantic and PyYAML) sits at ../shared/anchor
//   beside the repository (or `--anchor DIR`); the report says so when it does not.
// Wall times are taken by this process from spawn to exit (Node or Python start-up included);
// `bench/rss-probe.mjs`, loaded with `node --import`, writes each Node child's peak RSS and CPU.
//
// For each shape and size it generates a project into a cache folder under os.tmpdir() (reused
// when the size, seed, shape and generator source are the same). It prints a markdown report,
// writes it to bench/results.md and puts the ratio table and its method lines between
// `<!-- bench:start -->` and `<!-- bench:end -->` of README.md.
//
// Adding a scenario: append an object to SCENARIOS. `setup(ctx)` prepares untimed state
// (ctx.freshCopy(), ctx.runCli(), ctx.manifest…), `beforeRun(ctx, state, i)` does untimed per-run
// work, `command(ctx, state)` returns the CLI arguments (+ cwd, expected exit code),
// `afterRun(ctx, state, result)` checks the outcome and returns notes, `teardown` cleans up.
// `state.dir` is the project folder the floor reads.

import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { setTimeout, clearTimeout } from 'node:timers';
import { parseArgs } from 'node:util';
import {
  generateProject,
  mutateProject,
  readManifest,
  GENERATOR_VERSION,
  CONFIG_FILE,
  SHAPES,
} from './generate.mjs';
import { ACTION, ACTION_NODE, measureActionStartup } from './action-startup.mjs';
import { DEPLOY_DEFAULTS, DEPLOY_TARGETS, runDeployBench } from './deploy.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '..');
const PROBE = join(HERE, 'rss-probe.mjs');
const FLOOR = join(HERE, 'floor.mjs');
const CACHE = join(os.tmpdir(), 'flink-pipeline-bench');
const ANCHOR_RUNNER = 'run_shift_left_inventory.py';

/**
 * Targets, as ratios measured in the same run: to the floor (at most) and to shift_left (at
 * least this many times faster), per scenario and size.
 */
export const TARGETS = {
  'inventory-check-clean': { floor: { 1000: 3, 10000: 3 } },
  'plan-1pct': { floor: { 10000: 4 } },
  'inventory-cold': { shiftLeft: { 1000: 100 } },
};

/** Pseudo-scenarios that are not CLI calls, selectable with --only. */
const EXTRA = ['action-startup', 'deploy'];

// ---------------------------------------------------------------------------------------------------
// Scenario registry.

function git(dir, ...args) {
  const r = spawnSync('git', args, { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 26 });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
  return r.stdout.trim();
}

/** `dir` as a git repository with everything in one commit; returns the commit. */
function commitAll(dir, message) {
  git(dir, 'init', '-q', '-b', 'main');
  // Auto-gc would start in the background after the big commit and race a timed run.
  git(dir, 'config', 'gc.auto', '0');
  git(dir, 'add', '-A');
  git(dir, '-c', 'user.email=bench@example.com', '-c', 'user.name=bench', 'commit', '-q', '-m', message);
  return git(dir, 'rev-parse', 'HEAD');
}

/** A git repository of the generated project with one commit changing 1% of the tables. */
export function repoWithChange(ctx, tag) {
  const dir = ctx.freshCopy(tag);
  const base = commitAll(dir, 'base');
  // The manifest lives in the generator's folder; mutate a copy that carries it.
  cpSync(join(ctx.genDir, 'bench-manifest.json'), join(dir, 'bench-manifest.json'));
  const { mutations } = mutateProject(dir, { fraction: 0.01, seed: 7 });
  git(dir, 'add', '-A', 'pipelines');
  git(dir, '-c', 'user.email=bench@example.com', '-c', 'user.name=bench', 'commit', '-q', '-m', 'change 1%');
  git(dir, 'gc', '-q');
  return { dir, base, changed: mutations.length };
}

export const SCENARIOS = [
  {
    id: 'inventory-cold',
    default: true,
    group: 'inventory',
    label: 'inventory, first run (writes all files)',
    short: 'inventory from nothing',
    // A repository whose SQL is committed and has no metadata yet, as a fresh clone has it.
    // Every run gets its own copy of it (untimed), as shift_left's run beside it does: files
    // removed between runs in one folder left the disk discarding their blocks (ext4 mounted
    // with `discard`), which slowed the next run's file creation by up to 2×.
    setup: (ctx) => {
      const template = ctx.freshCopy('cold');
      commitAll(template, 'sql only');
      return { template, dir: template };
    },
    beforeRun: (ctx, state, i) => {
      state.dir = `${state.template}-run${i + 1}`;
      cpSync(state.template, state.dir, { recursive: true });
      if (process.platform !== 'win32') spawnSync('sync', { stdio: 'ignore' });
    },
    command: (ctx, state) => ({
      args: ['inventory', '--pipelines', join(state.dir, 'pipelines')],
      cwd: state.dir,
      exit: 0,
    }),
    afterRun: (ctx, state) => {
      const defs = countFiles(join(state.dir, 'pipelines'), 'pipeline_definition.json');
      const notes = [];
      if (!existsSync(join(state.dir, 'pipelines', 'inventory.json')))
        notes.push('no inventory.json written');
      if (defs !== ctx.manifest.tables)
        notes.push(`${defs} pipeline_definition.json files for ${ctx.manifest.tables} tables`);
      return notes;
    },
  },
  {
    id: 'inventory-noop',
    group: 'inventory',
    label: 'inventory, no-op re-run (nothing changed)',
    short: 'inventory, no-op re-run',
    setup: async (ctx) => {
      const dir = ctx.freshCopy('noop');
      await ctx.runCli({ args: ['inventory', '--pipelines', join(dir, 'pipelines')], cwd: dir, exit: 0 });
      return { dir };
    },
    beforeRun: (ctx, state) => {
      state.before = snapshotOutputs(join(state.dir, 'pipelines'));
    },
    command: (ctx, state) => ({
      args: ['inventory', '--pipelines', join(state.dir, 'pipelines')],
      cwd: state.dir,
      exit: 0,
    }),
    afterRun: (ctx, state) => {
      const after = snapshotOutputs(join(state.dir, 'pipelines'));
      const rewritten = [...after].filter(([f, m]) => state.before.get(f) !== m).length;
      return rewritten ? [`a no-op run rewrote ${rewritten} files`] : [];
    },
  },
  {
    id: 'inventory-check',
    group: 'inventory',
    label: 'inventory --check, fresh tree (all out of date, exit 1)',
    short: 'inventory --check, all out of date',
    setup: (ctx) => ({ dir: ctx.freshCopy('check') }),
    command: (ctx, state) => ({
      args: ['inventory', '--check', '--pipelines', join(state.dir, 'pipelines')],
      cwd: state.dir,
      exit: 1,
    }),
    afterRun: (ctx, state) =>
      existsSync(join(state.dir, 'pipelines', 'inventory.json')) ? ['--check wrote inventory.json'] : [],
  },
  {
    id: 'inventory-check-clean',
    default: true,
    group: 'inventory',
    label: 'inventory --check, up to date (exit 0; the PR path)',
    short: 'inventory --check, up to date',
    setup: async (ctx) => {
      const dir = ctx.freshCopy('check-clean');
      await ctx.runCli({ args: ['inventory', '--pipelines', join(dir, 'pipelines')], cwd: dir, exit: 0 });
      // A checkout with the metadata committed, as a pull request's CI job sees it.
      commitAll(dir, 'metadata');
      return { dir };
    },
    command: (ctx, state) => ({
      args: ['inventory', '--check', '--pipelines', join(state.dir, 'pipelines')],
      cwd: state.dir,
      exit: 0,
    }),
  },
  {
    id: 'plan-1pct',
    default: true,
    group: 'plan',
    label: 'plan of a 1% change (git diff, classify, impact, PR comment markdown)',
    short: 'plan of a 1% change',
    setup: (ctx) => repoWithChange(ctx, 'plan'),
    command: (ctx, state) => ({
      args: ['plan', '--base', state.base, '--head', 'HEAD', '--format', 'markdown', '--out', 'plan.json'],
      cwd: state.dir,
      exit: 0,
    }),
    afterRun: (ctx, state) => {
      const plan = JSON.parse(readFileSync(join(state.dir, 'plan.json'), 'utf8'));
      const tables = new Set(plan.changes.map((c) => c.table));
      return [
        `${tables.size} tables changed, ${plan.nodes.length} statements impacted, ${plan.steps.length} steps`,
      ];
    },
  },
];

// ---------------------------------------------------------------------------------------------------
// Helpers.

function countFiles(dir, name) {
  let n = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.isDirectory()) n += countFiles(join(dir, e.name), name);
    else if (e.name === name) n++;
  }
  return n;
}

/** path -> mtime/size of the files the inventory writes. */
function snapshotOutputs(dir, out = new Map()) {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) snapshotOutputs(p, out);
    else if (e.name === 'pipeline_definition.json' || e.name === 'inventory.json') {
      const s = statSync(p, { bigint: true });
      out.set(p, `${s.mtimeNs}:${s.size}`);
    }
  }
  return out;
}

export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

const fmt = (n, digits = 0) =>
  n === null || n === undefined || Number.isNaN(n)
    ? 'n/a'
    : n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

function lastLines(text, n = 5) {
  return text.trim().split('\n').slice(-n).join('\n');
}

let childSeq = 0;

/**
 * Spawns `node --import probe <script> args`; resolves {code, signal, wallMs, rssKb, cpuMs,
 * stdout, stderr} (cpuMs: user + system time of the Node process, its children excluded).
 */
export function runMeasured({ node, script, args, cwd, workDir, timeoutMs = 15 * 60 * 1000 }) {
  const rssFile = join(workDir, `rss-${process.pid}-${++childSeq}.txt`);
  rmSync(rssFile, { force: true });
  return new Promise((resolvePromise, reject) => {
    let stdout = '';
    let stderr = '';
    const keep = (buf, chunk) => (buf.length > 1 << 20 ? buf : buf + chunk);
    const start = performance.now();
    const child = spawn(node, ['--import', pathToFileURL(PROBE).href, ...(script ? [script] : []), ...args], {
      cwd,
      env: { ...process.env, BENCH_RSS_FILE: rssFile },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let wallMs = null;
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.stdout.setEncoding('utf8').on('data', (c) => (stdout = keep(stdout, c)));
    child.stderr.setEncoding('utf8').on('data', (c) => (stderr = keep(stderr, c)));
    child.on('error', reject);
    child.on('exit', () => {
      wallMs = performance.now() - start;
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      let rssKb = null;
      let cpuMs = null;
      try {
        const [rss, cpu] = readFileSync(rssFile, 'utf8').trim().split(' ').map(Number);
        rssKb = rss;
        cpuMs = Number.isFinite(cpu) ? cpu / 1000 : null;
        rmSync(rssFile, { force: true });
      } catch {
        // killed or crashed before exit handlers ran
      }
      resolvePromise({
        code,
        signal,
        wallMs: wallMs ?? performance.now() - start,
        rssKb,
        cpuMs,
        stdout,
        stderr,
      });
    });
  });
}

function describeMachine() {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model?.trim() ?? 'unknown CPU',
    cores: cpus.length,
    memGiB: os.totalmem() / 1024 ** 3,
    platform: `${os.platform()} ${os.arch()} (${os.release()})`,
    node: process.version,
  };
}

/** Runs `command args` (no probe); resolves {code, signal, wallMs, stdout, stderr}. */
function runProcess(command, args, { cwd, env = process.env, timeoutMs }) {
  return new Promise((resolvePromise, reject) => {
    let stdout = '';
    let stderr = '';
    const keep = (buf, chunk) => (buf.length > 1 << 20 ? buf : buf + chunk);
    const start = performance.now();
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let wallMs = null;
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.stdout.setEncoding('utf8').on('data', (c) => (stdout = keep(stdout, c)));
    child.stderr.setEncoding('utf8').on('data', (c) => (stderr = keep(stderr, c)));
    child.on('error', reject);
    child.on('exit', () => {
      wallMs = performance.now() - start;
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolvePromise({ code, signal, wallMs: wallMs ?? performance.now() - start, stdout, stderr });
    });
  });
}

/** Folders where the shift_left anchor may sit: beside this repository, or beside its main worktree. */
function anchorCandidates(root) {
  const out = [resolve(root, '..', 'shared', 'anchor')];
  const common = spawnSync('git', ['-C', root, 'rev-parse', '--path-format=absolute', '--git-common-dir'], {
    encoding: 'utf8',
  });
  if (common.status === 0) {
    const beside = resolve(dirname(common.stdout.trim()), '..', 'shared', 'anchor');
    if (!out.includes(beside)) out.push(beside);
  }
  return out;
}

/**
 * The shift_left anchor's runner, or {missing: why not}: `--anchor DIR`, else ../shared/anchor
 * beside the repository (or beside its main worktree, for a linked worktree).
 */
export function findAnchor(explicit, root = ROOT) {
  const candidates = explicit ? [resolve(explicit)] : anchorCandidates(root);
  const runner = candidates.map((d) => join(d, ANCHOR_RUNNER)).find((f) => existsSync(f));
  if (!runner) {
    return {
      missing: `no shift_left anchor (${ANCHOR_RUNNER}) in ${candidates.map((c) => relative(root, c) || c).join(' or ')}`,
    };
  }
  const py = spawnSync('python3', ['-c', 'import pydantic, yaml'], { encoding: 'utf8' });
  if (py.error || py.status !== 0) {
    const why = py.error?.message ?? lastLines(py.stderr, 1);
    return { missing: `python3 with pydantic and PyYAML is needed to run shift_left (${why})` };
  }
  return { runner };
}

/** Floor runs on each side of shift_left's run. */
const FLOORS_BESIDE_SHIFT_LEFT = 3;

/**
 * shift_left 0.1.52 building the metadata of a fresh copy of the project (what our first-run
 * inventory does): {wallMs, seconds, tables} or {error}. Its logs go to a throw-away HOME.
 */
async function runShiftLeft(anchor, ctx, timeoutMs) {
  const dir = ctx.freshCopy('shift-left');
  const home = mkdtempSync(join(ctx.workRoot, 'shift-left-home-'));
  try {
    const r = await runProcess('python3', [anchor.runner, join(dir, 'pipelines')], {
      cwd: dir,
      env: { ...process.env, HOME: home },
      timeoutMs,
    });
    if (r.signal) return { error: `stopped after ${fmt(r.wallMs / 60000, 0)} min (--shift-left-timeout)` };
    if (r.code !== 0) return { error: `exit ${r.code}: ${lastLines(r.stderr || r.stdout, 1).slice(0, 160)}` };
    const result = JSON.parse(r.stdout.trim().split('\n').pop());
    const definitions = countFiles(join(dir, 'pipelines'), 'pipeline_definition.json');
    return { wallMs: r.wallMs, seconds: result.seconds, tables: result.tables, definitions };
  } catch (err) {
    return { error: err.message.split('\n')[0].slice(0, 160) };
  }
}

/** Generates (or reuses) the project for `size` and `shape`; returns its folder. */
export function ensureProject(size, seed, shape = 'base') {
  const src = readFileSync(join(HERE, 'generate.mjs'));
  const hash = createHash('sha256').update(src).digest('hex').slice(0, 10);
  const prefix = `gen-${shape}-${size}-seed${seed}-`;
  const dir = join(CACHE, `${prefix}${hash}`);
  mkdirSync(CACHE, { recursive: true });
  const m = readManifest(dir);
  if (
    m &&
    m.tables === size &&
    String(m.seed) === String(seed) &&
    m.shape === shape &&
    m.generator === GENERATOR_VERSION
  ) {
    return { dir, manifest: m, reused: true, ms: 0 };
  }
  for (const old of readdirSync(CACHE)) {
    if (old.startsWith(prefix)) rmSync(join(CACHE, old), { recursive: true, force: true }); // stale generator
  }
  const t0 = performance.now();
  const manifest = generateProject(dir, { tables: size, seed, shape });
  return { dir, manifest, reused: false, ms: performance.now() - t0 };
}

// ---------------------------------------------------------------------------------------------------
// Report.

const ms = (v) => (v === null || v === undefined ? 'n/a' : `${fmt(v)} ms`);
const ratio = (v) =>
  v === null || v === undefined || !Number.isFinite(v) ? 'n/a' : `${fmt(v, v < 10 ? 2 : 0)}×`;

/** Target text and whether the row meets it (null: nothing to compare). */
export function evaluate(row, targets = TARGETS) {
  const t = targets[row.id];
  const parts = [];
  let pass = null;
  const floor = t?.floor?.[row.size];
  if (floor) {
    parts.push(`≤ ${floor}× floor`);
    pass = row.ratio !== null && row.ratio <= floor;
  }
  const faster = t?.shiftLeft?.[row.size];
  if (faster) {
    parts.push(`≥ ${faster}× faster than shift_left`);
    pass = row.speedup === null || row.speedup === undefined ? null : (pass ?? true) && row.speedup >= faster;
  }
  if (row.error) return { text: parts.join(', ') || '-', result: `error: ${row.error}` };
  const verdict = pass === null ? (parts.length ? 'not measured' : '-') : pass ? 'pass' : '**fail**';
  return { text: parts.join(', ') || '-', result: verdict, pass };
}

/**
 * How many times faster than shift_left our run is, as the ratio of the two tools' ratios to
 * their floors: load that slows a tool and the floor run beside it alike cancels out, though
 * shift_left runs minutes away from our runs. Undefined without both figures.
 */
export function shiftLeftSpeedup(shiftLeft, ourRatio) {
  if (!shiftLeft?.wallMs || !shiftLeft.floorMs || !ourRatio) return undefined;
  return shiftLeft.wallMs / shiftLeft.floorMs / ourRatio;
}

function shiftLeftCell(row) {
  const s = row.shiftLeft;
  if (!s) return '—';
  if (s.error) return `error: ${s.error}`;
  if (s.missing) return 'not run';
  return `${fmt(s.wallMs / 1000, 1)} s${s.floorMs ? ` (${ratio(s.wallMs / s.floorMs)} floor)` : ''}`;
}

/** The ratio table: one row per shape, size and scenario. `full` adds runs, minimum, CPU and RSS. */
export function ratioTable(rows, { full = false } = {}) {
  const head = [
    'Shape',
    'Tables',
    'Scenario',
    'Median',
    'Floor',
    '× floor',
    'shift_left',
    'Speed-up',
    'Target',
    'Result',
  ];
  if (full) head.splice(6, 0, 'Runs', 'Min', 'CPU (median)', 'Peak RSS (MB)');
  const right = new Set([
    'Tables',
    'Median',
    'Floor',
    '× floor',
    'Runs',
    'Min',
    'CPU (median)',
    'Peak RSS (MB)',
    'shift_left',
    'Speed-up',
  ]);
  const lines = [
    `| ${head.join(' | ')} |`,
    `|${head.map((h) => (right.has(h) ? ' ---: ' : ' --- ')).join('|')}|`,
  ];
  for (const r of rows) {
    const { text, result } = evaluate(r);
    const cells = [
      r.shape,
      fmt(r.size),
      full ? r.label : r.short,
      ms(r.medianMs),
      ms(r.floorMs),
      ratio(r.ratio),
      shiftLeftCell(r),
      r.speedup ? ratio(r.speedup) : '—',
      text,
      result,
    ];
    if (full) cells.splice(6, 0, `${r.runs}`, ms(r.minMs), ms(r.cpuMs), fmt(r.peakRssMb, 1));
    lines.push(`| ${cells.join(' | ')} |`);
  }
  return lines.join('\n');
}

/** The section README.md shows: the machine, the ratio table and how it was measured. */
function readmeReport({ rows, machine, meta, method }) {
  return [
    `Measured ${meta.date} on ${machine.cpu}, ${machine.cores} cores shared with other work (load average ` +
      `${fmt(meta.loadStart, 1)} → ${fmt(meta.loadEnd, 1)}), Node ${machine.node}: \`${meta.command}\`.`,
    '',
    ratioTable(rows),
    '',
    ...method.map((m) => `- ${m}`),
  ].join('\n');
}

function resultsReport({ rows, machine, meta, method, notes, action, deploy }) {
  const lines = [
    `Machine: ${machine.cpu}, ${machine.cores} cores, ${fmt(machine.memGiB, 1)} GiB RAM, ` +
      `${machine.platform}, Node ${machine.node}. Date: ${meta.date}. ` +
      `Load average (1 min) at start / end: ${fmt(meta.loadStart, 2)} / ${fmt(meta.loadEnd, 2)} on ${machine.cores} cores. ` +
      `Command: \`${meta.command}\`.`,
  ];
  if (rows.length) {
    lines.push(
      '',
      '### Command line: inventory and plan, as ratios',
      '',
      ratioTable(rows, { full: true }),
      '',
    );
    for (const m of [...method, ...notes]) lines.push(`- ${m}`);
  }
  if (action) lines.push('', actionSection(action));
  if (deploy) lines.push('', deploySection(deploy));
  return lines.join('\n');
}

/** The action start-up table and its notes. */
export function actionSection(a) {
  const lines = ['### GitHub Action: start-up on a 1,000-table pull request', ''];
  if (a.error) {
    lines.push(`Not measured: ${a.error}`);
    return lines.join('\n');
  }
  const r = a.result;
  lines.push(
    '| Measure | Tables | Runs | Median (ms) | Min (ms) | Target | Result |',
    '| --- | ---: | ---: | ---: | ---: | --- | ---: |',
    `| spawn → first GitHub API request (start-up) | ${fmt(r.tables)} | ${r.runs} | ${fmt(r.firstRequest.medianMs)} | ` +
      `${fmt(r.firstRequest.minMs)} | < ${fmt(r.targetMs)} ms | ${r.pass ? 'pass' : '**fail**'} |`,
    `| spawn → exit (the whole pull-request job) | ${fmt(r.tables)} | ${r.runs} | ${fmt(r.exit.medianMs)} | ` +
      `${fmt(r.exit.minMs)} | - | - |`,
    '',
    `- How: \`${relative(ROOT, ACTION)}\` spawned by Node ${r.node} (the action's \`node24\` runtime, ` +
      '`node_modules/node`) with the environment the runner gives it: `GITHUB_EVENT_NAME=pull_request`, ' +
      'the event payload in `GITHUB_EVENT_PATH`, `GITHUB_OUTPUT` / `GITHUB_STEP_SUMMARY` files, `RUNNER_TEMP`, ' +
      'every `action.yml` input as `INPUT_<NAME>` (hyphens kept; `commit-metadata: false` so nothing is pushed ' +
      'and every run starts from the same tree), and `GITHUB_API_URL` pointing at a fake GitHub REST server in ' +
      'the benchmark process, which stamps each request. The target (issue 5: "under 1 s … before any network ' +
      'call") applies to the median time from spawn to the first request.',
    `- Repository: the generated 1,000-table project with its metadata files committed on \`main\` of a bare ` +
      `remote; the checkout (GITHUB_WORKSPACE) is a clone on a branch that edits ${r.changed} tables (1%). ` +
      `The action's requests per run: ${r.requests.join(', ')}. One untimed run first, so the file cache holds ` +
      "`dist/` and the repository as it does for the other scenarios (a runner's very first start also reads " +
      'them from disk).',
    '- The exit time covers the whole job: inputs, metadata check of 1,000 tables, git diff, plan, the PR ' +
      'comment and the job summary; it has no target.',
  );
  for (const n of r.notes) lines.push(`- Check: ${n}.`);
  return lines.join('\n');
}

const sec = (ms) => `${fmt(ms / 1000, 1)} s`;
const times = (v) => `${fmt(v, 2)}×`;

/** The deploy table (compact; the full breakdown is in bench/deploy-results.md) and its notes. */
export function deploySection(d) {
  const lines = ['### Deploy on the emulator: 200 statements, max-parallel 16', ''];
  if (d.error) {
    lines.push(`Not measured: ${d.error}`);
    return lines.join('\n');
  }
  const { par, seq, pass } = d.result;
  const res = (ok) => (ok ? 'pass' : '**fail**');
  lines.push(
    '| Measure | Value | Target | Result |',
    '| --- | ---: | --- | ---: |',
    `| statements deployed (CREATE TABLE + INSERT) | ${par.statements} (${par.steps} plan steps) | 200 | - |`,
    `| makespan (time scale ${par.scale}; emulated = real × ${par.scale}) | ${sec(par.makespanMs)} real = ${sec(par.makespanMs * par.scale)} emulated | - | - |`,
    `| critical-path lower bound (emulator latencies of this run) | ${sec(par.boundMs)} real = ${sec(par.boundMs * par.scale)} emulated | - | - |`,
    `| makespan / critical-path bound | ${times(par.ratio)} | ≤ ${DEPLOY_TARGETS.ratio}× | ${res(pass.ratio)} |`,
    `| makespan / longest chain of measured step durations (scheduler alone) | ${times(par.measuredRatio)} | - | - |`,
    `| API calls per deployed statement (planning included) | ${fmt(par.callsPerStatement, 1)} (${fmt(par.requests)} calls) | ≤ ${DEPLOY_TARGETS.callsPerStatement} | ${res(pass.calls)} |`,
    `| peak requests in any 1 s window | ${par.peakPerSecond}${seq ? ` (one-at-a-time run: ${seq.peakPerSecond})` : ''} | ≤ ${DEPLOY_TARGETS.peakPerSecond} | ${res(pass.peak)} |`,
  );
  if (seq) {
    lines.push(
      `| one at a time (max-parallel 1, time scale ${seq.scale}) | ${sec(seq.makespanMs * seq.scale)} emulated; ` +
        `≥ ${sec(seq.sumIntrinsicMs * seq.scale)} for any one-at-a-time executor | - | - |`,
      `| speed-up of max-parallel ${par.maxParallel} over one at a time (emulated time) | ` +
        `${times((seq.makespanMs * seq.scale) / (par.makespanMs * par.scale))} measured; ` +
        `${times((seq.sumIntrinsicMs * seq.scale) / (par.makespanMs * par.scale))} against the one-at-a-time bound | - | - |`,
    );
  }
  lines.push(
    '',
    '- How: `flink-pipeline deploy --all` (the shipped `dist/cli.js`, a child process) of a generated ' +
      `${d.result.manifest.tables}-table project into an empty emulator with \`realistic\` latency divided by the ` +
      'time scale; the CLI polls with `FLINK_PIPELINE_POLL_MS` = 1000 / scale, i.e. the phase watcher lists ' +
      "this deploy's statements once per emulated second, and keeps the client's default rate limiter. The " +
      'emulator runs inside the benchmark, so every phase transition is recorded at its exact due time; a ' +
      'proxy in front of it counts every request at the wire.',
    "- The **critical-path lower bound** is the longest chain, along the plan's `after` edges, of per-step " +
      "emulator times (the step's first mutating request on its statement → the statement's last phase " +
      'transition before the step ended): no executor can see a phase before the emulator reaches it, or ' +
      'start a step before those it comes after have ended. The one-at-a-time bound is the sum of these ' +
      'step times in the max-parallel 1 run. What this executor adds by design (a GET that checks the name ' +
      'before each create, the wait for the next watcher round, rate-limiter waits) counts against it.',
    '- Request rates are real time in a time-scaled run, so the requests of a real deploy are ' +
      `${par.scale}× less dense; the peak is held by the client's limiter (40/s with a burst of 5, so at most 45 ` +
      'in any second).',
    `- Each deploy runs once (minutes each; \`--runs\` does not apply). shift_left deploys one statement at a ` +
      "time, but it was not measured here: the one-at-a-time row is this tool's own executor at max-parallel 1. " +
      'Details (methods, polling delay per action, rate limiter replay): [bench/deploy-results.md](bench/deploy-results.md).',
  );
  return lines.join('\n');
}

function writeOutputs({ readme: readmeText, results }, meta, { readme: updateReadme }) {
  const file = [
    '# Benchmark results',
    '',
    `Written by \`npm run bench\` (bench/run.mjs): \`${meta.command}\`. Re-run it to refresh this file.`,
    '',
    // Links in the report are relative to the README (repository root); this file is in bench/.
    results.replaceAll('](bench/', ']('),
    '',
  ].join('\n');
  writeFileSync(join(HERE, 'results.md'), file);
  const readme = join(ROOT, 'README.md');
  if (!updateReadme) return 'README.md left alone (--no-readme)';
  if (!existsSync(readme)) return 'README.md not found: section not updated';
  const text = readFileSync(readme, 'utf8');
  const start = text.indexOf('<!-- bench:start -->');
  const end = text.indexOf('<!-- bench:end -->');
  if (start < 0 || end < start)
    return 'README.md has no <!-- bench:start --> / <!-- bench:end --> markers: not updated';
  const next = `${text.slice(0, start)}<!-- bench:start -->\n\n${readmeText}\n\n${text.slice(end)}`;
  if (next !== text) writeFileSync(readme, next);
  return 'README.md bench section updated';
}

// ---------------------------------------------------------------------------------------------------
// Main.

const list = (value) =>
  value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

function parseCli() {
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string', default: '1000,10000' },
      shapes: { type: 'string', default: Object.keys(SHAPES).join(',') },
      runs: { type: 'string', default: '5' },
      only: { type: 'string' },
      seed: { type: 'string', default: '42' },
      cli: { type: 'string', default: join(ROOT, 'dist', 'cli.js') },
      node: { type: 'string', default: process.execPath },
      anchor: { type: 'string' },
      'no-shift-left': { type: 'boolean', default: false },
      'shift-left-timeout': { type: 'string', default: '60' },
      // shift_left needs 1.5-3.5 min at 1,000 tables here and about 36 min of CPU at 10,000.
      'shift-left-sizes': { type: 'string', default: '1000' },
      'no-write': { type: 'boolean', default: false },
      'no-readme': { type: 'boolean', default: false },
      'skip-deploy': { type: 'boolean', default: false },
      keep: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(
      'usage: npm run bench -- [--sizes 1000,10000] [--shapes base,undeclared,…] [--runs 5] [--only id,…]\n' +
        '                        [--seed 42] [--skip-deploy] [--cli dist/cli.js] [--node PATH] [--anchor DIR]\n' +
        '                        [--no-shift-left] [--shift-left-sizes 1000] [--shift-left-timeout MINUTES]\n' +
        '                        [--no-write] [--no-readme] [--keep]\n' +
        `shapes: ${Object.entries(SHAPES)
          .map(([k, v]) => `${k} (${v})`)
          .join('; ')}\n` +
        `scenarios (default: ${SCENARIOS.filter((s) => s.default)
          .map((s) => s.id)
          .join(
            ', ',
          )}, ${EXTRA.join(', ')}): ${SCENARIOS.map((s) => `${s.id} (${s.group})`).join(', ')}, ${EXTRA.join(', ')}`,
    );
    process.exit(0);
  }
  const sizes = list(values.sizes).map((s) => Number(s.replace(/_/g, '')));
  const runs = Number(values.runs);
  if (!sizes.length || sizes.some((s) => !Number.isInteger(s) || s < 1))
    throw new Error(`--sizes: positive integers, got ${values.sizes}`);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs: a positive integer, got ${values.runs}`);
  const shapes = list(values.shapes);
  const badShape = shapes.filter((s) => !SHAPES[s]);
  if (!shapes.length || badShape.length)
    throw new Error(`--shapes: ${badShape.join(', ') || '(none)'}; one of ${Object.keys(SHAPES).join(', ')}`);
  const only = values.only ? list(values.only) : null;
  const matches = (s, o) => s.id === o || s.group === o || s.id.startsWith(o);
  const selected = SCENARIOS.filter((s) => (only ? only.some((o) => matches(s, o)) : s.default));
  const action = !only || only.includes('action-startup');
  const deploy = (!only || only.includes('deploy')) && !values['skip-deploy'];
  const unknown = (only ?? []).filter((o) => !EXTRA.includes(o) && !SCENARIOS.some((s) => matches(s, o)));
  if (unknown.length || (!selected.length && !action && !deploy))
    throw new Error(
      `--only ${values.only}: no benchmark matches ${unknown.join(', ') || '(deploy skipped)'} ` +
        `(${[...SCENARIOS.map((s) => s.id), ...new Set(SCENARIOS.map((s) => s.group)), ...EXTRA].join(', ')})`,
    );
  const timeout = Number(values['shift-left-timeout']);
  if (!(timeout > 0)) throw new Error(`--shift-left-timeout: minutes, got ${values['shift-left-timeout']}`);
  const seed = /^\d+$/.test(values.seed) ? Number(values.seed) : values.seed;
  return {
    ...values,
    sizes,
    shapes,
    runs,
    selected,
    action,
    deploy,
    seed,
    shiftLeftTimeoutMs: timeout * 60_000,
    shiftLeftSizes: list(values['shift-left-sizes']).map(Number),
    cli: resolve(values.cli),
  };
}

/**
 * What identifies the measured build: the entry is a small loader and the engine sits in
 * chunks beside it, so the hash covers every .js file of the entry's folder, by name.
 */
export function identifyBuild(entry) {
  const dir = dirname(resolve(entry));
  const hash = createHash('sha256');
  let bytes = 0;
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.js'))
    .sort();
  for (const f of files) {
    const content = readFileSync(join(dir, f));
    bytes += content.length;
    hash.update(`${f}\0${content.length}\0`).update(content);
  }
  return {
    entryBytes: statSync(entry).size,
    files: files.length,
    bytes,
    hash: hash.digest('hex').slice(0, 12),
  };
}

async function main() {
  const opts = parseCli();
  if (!existsSync(opts.cli)) {
    console.error(
      `bench: ${relative(ROOT, opts.cli) || opts.cli} not found: build the CLI first (npm run build)`,
    );
    process.exit(2);
  }
  const machine = describeMachine();
  if (opts.node !== process.execPath) {
    // Report the Node that runs the CLI, not the one running this script.
    machine.node = spawnSync(opts.node, ['--version'], { encoding: 'utf8' }).stdout?.trim() || opts.node;
  }
  const build = identifyBuild(opts.cli);
  const loadStart = os.loadavg()[0];
  const workRoot = mkdtempSync(join(os.tmpdir(), 'flink-pipeline-bench-work-'));
  const cleanup = () => opts.keep || rmSync(workRoot, { recursive: true, force: true });
  process.on('SIGINT', () => {
    cleanup();
    process.exit(130);
  });
  console.log(`bench: ${machine.cpu}, ${machine.cores} cores, Node ${machine.node}; work folder ${workRoot}`);

  const wantsShiftLeft = !opts['no-shift-left'] && opts.selected.some((s) => s.id === 'inventory-cold');
  const anchor = wantsShiftLeft ? findAnchor(opts.anchor) : null;
  if (anchor?.missing) console.log(`bench: shift_left not run: ${anchor.missing}`);
  else if (anchor) console.log(`bench: shift_left anchor ${anchor.runner}`);

  const runCli = async (cmd) => {
    const r = await runMeasured({ node: opts.node, script: opts.cli, workDir: workRoot, ...cmd });
    if (cmd.exit !== undefined && r.code !== cmd.exit) {
      const why = lastLines(r.stderr || r.stdout, 3) || `signal ${r.signal}`;
      const err = new Error(`exit ${r.code ?? r.signal} (expected ${cmd.exit}): ${why}`);
      err.result = r;
      throw err;
    }
    return r;
  };
  const runFloor = async (dir) => {
    const r = await runMeasured({
      node: opts.node,
      script: FLOOR,
      args: [join(dir, 'pipelines')],
      cwd: dir,
      workDir: workRoot,
    });
    if (r.code !== 0) throw new Error(`floor: exit ${r.code ?? r.signal}: ${lastLines(r.stderr, 2)}`);
    return r;
  };

  const rows = [];
  const projects = [];
  for (const shape of opts.selected.length ? opts.shapes : []) {
    for (const size of opts.sizes) {
      const gen = ensureProject(size, opts.seed, shape);
      const m = gen.manifest;
      projects.push(
        `${shape} at ${fmt(size)} tables: ${fmt(m.files)} files, ${fmt(m.lines)} lines, ` +
          `${fmt(m.table.reduce((n, t) => n + t.parents.length, 0))} edges` +
          (m.undeclared?.length ? `, ${fmt(m.undeclared.length)} undeclared raw sources` : ''),
      );
      console.log(
        `\n## ${shape}, ${fmt(size)} tables: ${gen.reused ? 'reusing' : `generated in ${fmt(gen.ms)} ms`} ${gen.dir} ` +
          `(${fmt(m.files)} files, ${fmt(m.lines)} lines)`,
      );
      let copies = 0;
      const ctx = {
        size,
        shape,
        seed: opts.seed,
        genDir: gen.dir,
        manifest: m,
        workRoot,
        runCli,
        /**
         * A fresh copy of the generated project (pipelines/ + config) in the work folder. Copies
         * stay until the bench ends, and go with the work folder: deleting tens of thousands of
         * files keeps a disk mounted with online discard busy for minutes, which doubled the
         * time later runs took to create files (the first inventory of the next shape).
         */
        freshCopy(tag) {
          const dir = join(workRoot, `${shape}-${size}-${tag}-${++copies}`);
          cpSync(join(gen.dir, 'pipelines'), join(dir, 'pipelines'), { recursive: true });
          cpSync(join(gen.dir, CONFIG_FILE), join(dir, CONFIG_FILE));
          // Flush the copy's dirty pages now, so that their write-back does not land in a timed run.
          if (process.platform !== 'win32') spawnSync('sync', { stdio: 'ignore' });
          return dir;
        },
      };
      for (const sc of opts.selected) {
        const row = {
          id: sc.id,
          label: sc.label,
          short: sc.short,
          shape,
          size,
          runs: 0,
          samples: [],
          floors: [],
          notes: new Set(),
        };
        let state;
        try {
          state = (await sc.setup?.(ctx)) ?? {};
          for (let i = 0; i < opts.runs; i++) {
            await sc.beforeRun?.(ctx, state, i);
            // Alternating order: neither always runs first, on a warmer or a quieter machine.
            const floorFirst = i % 2 === 1;
            const floor = floorFirst ? await runFloor(state.dir) : null;
            const sample = await runCli(sc.command(ctx, state));
            row.floors.push(floor ?? (await runFloor(state.dir)));
            row.samples.push(sample);
            row.runs++;
            for (const n of (await sc.afterRun?.(ctx, state, sample)) ?? []) row.notes.add(n);
            process.stdout.write(
              `  ${sc.id} run ${i + 1}/${opts.runs}: ${fmt(sample.wallMs)} ms (floor ${fmt(row.floors.at(-1).wallMs)} ms), ` +
                `${fmt((sample.rssKb ?? NaN) / 1024, 1)} MB\n`,
            );
          }
        } catch (err) {
          row.error = err.message.split('\n')[0].slice(0, 160);
          console.error(`  ${sc.id}: ${err.message}`);
        } finally {
          try {
            if (state) await sc.teardown?.(ctx, state);
          } catch (err) {
            console.error(`  ${sc.id} teardown: ${err.message}`);
          }
        }
        const walls = row.samples.map((s) => s.wallMs);
        const rss = row.samples.map((s) => s.rssKb).filter((x) => Number.isFinite(x));
        const cpu = row.samples.map((s) => s.cpuMs).filter((x) => Number.isFinite(x));
        row.medianMs = walls.length ? median(walls) : null;
        row.minMs = walls.length ? Math.min(...walls) : null;
        row.floorMs = row.floors.length ? median(row.floors.map((f) => f.wallMs)) : null;
        row.ratio = walls.length ? median(row.samples.map((s, i) => s.wallMs / row.floors[i].wallMs)) : null;
        row.cpuMs = cpu.length ? median(cpu) : null;
        row.peakRssMb = rss.length ? Math.max(...rss) / 1024 : null;
        rows.push(row);
        if (sc.id === 'inventory-cold' && anchor && opts.shiftLeftSizes.includes(size)) {
          if (anchor.missing) row.shiftLeft = { missing: anchor.missing };
          else {
            console.log(`  shift_left on the same project (once; minutes) …`);
            // Floors just before and after: shift_left's minutes see their own machine, as our runs
            // do theirs. Three on each side, and the median: one floor run is a tenth of a second,
            // which a moment of write-back can double.
            const floorDir = ctx.freshCopy('shift-left-floor');
            const floors = [];
            for (let k = 0; k < FLOORS_BESIDE_SHIFT_LEFT; k++) floors.push((await runFloor(floorDir)).wallMs);
            row.shiftLeft = await runShiftLeft(anchor, ctx, opts.shiftLeftTimeoutMs);
            for (let k = 0; k < FLOORS_BESIDE_SHIFT_LEFT; k++) floors.push((await runFloor(floorDir)).wallMs);
            row.shiftLeft.floorMs = median(floors);
            if (row.shiftLeft.error) console.error(`  shift_left: ${row.shiftLeft.error}`);
            else {
              console.log(`  shift_left: ${fmt(row.shiftLeft.wallMs / 1000, 1)} s`);
              if (row.shiftLeft.definitions !== m.tables)
                row.notes.add(
                  `shift_left wrote ${fmt(row.shiftLeft.definitions)} pipeline_definition.json files for ${fmt(m.tables)} tables`,
                );
              row.speedup = shiftLeftSpeedup(row.shiftLeft, row.ratio);
            }
          }
        }
      }
    }
  }

  // The action's start-up: always 1,000 tables (the issue's figure), on the cached project.
  let action;
  if (opts.action) {
    console.log('\n## action start-up, 1,000 tables');
    try {
      if (!existsSync(ACTION)) throw new Error('dist/index.js not found: build it first (npm run build)');
      action = {
        result: await measureActionStartup({
          tables: 1000,
          runs: opts.runs,
          seed: opts.seed,
          node: existsSync(ACTION_NODE) ? ACTION_NODE : opts.node,
          source: ensureProject(1000, opts.seed).dir,
          workRoot,
          keep: opts.keep,
          log: (msg) => console.log(msg),
        }),
      };
    } catch (err) {
      action = { error: err.message.split('\n')[0].slice(0, 160) };
      console.error(`  action-startup: ${err.message}`);
    }
  }
  cleanup();

  // Last: it takes minutes and its CLI child polls on timers, so it must not overlap anything.
  let deploy;
  if (opts.deploy) {
    console.log('\n## deploy on the emulator (minutes)');
    try {
      deploy = {
        result: await runDeployBench({
          ...DEPLOY_DEFAULTS,
          seed: typeof opts.seed === 'number' ? opts.seed : DEPLOY_DEFAULTS.seed,
          write: !opts['no-write'],
          keep: opts.keep,
          log: (msg) => console.log(msg),
        }),
      };
    } catch (err) {
      deploy = { error: err.message.split('\n')[0].slice(0, 160) };
      console.error(`  deploy: ${err.message}`);
    }
  }

  const loadEnd = os.loadavg()[0];
  const shiftLeftNote = !anchor
    ? 'shift_left: not run (no first-run inventory selected, or --no-shift-left).'
    : anchor.missing
      ? `shift_left: not run here: ${anchor.missing}. Put shift_left 0.1.52's runner there (or pass --anchor DIR) to compare.`
      : 'shift_left: 0.1.52, its own code (`run_shift_left_inventory.py` of the anchor beside the repository: ' +
        '`get_or_build_inventory` and `build_all_pipeline_definitions`) building every `pipeline_definition.json` ' +
        'and `inventory.json` of a fresh copy of the same project, once per shape at ' +
        `${opts.shiftLeftSizes.map((n) => fmt(n)).join(' and ')} tables (it takes minutes; \`--shift-left-sizes\`), ` +
        `timed like ours from spawn to exit, between ${FLOORS_BESIDE_SHIFT_LEFT} runs of the floor before it and ` +
        `${FLOORS_BESIDE_SHIFT_LEFT} after it on the same project; speed-up = (its time / the median of those ` +
        "floors) / our first run's × floor, so that each tool is measured " +
        'against a floor that saw the same machine.';
  const method = [
    'Every run of a scenario is paired with a run of the floor (`bench/floor.mjs`: a bare Node process that walks ' +
      'the pipelines folder and reads every SQL file) on the same folder, in alternating order; × floor is the ' +
      "median of the pairs' ratios, so both figures of a pair saw the same machine. Times run from spawn to exit, " +
      `Node start-up included; ${opts.runs} runs per scenario, medians. On Node 22.1 and later the CLI keeps V8's ` +
      'compiled code between runs (`NODE_COMPILE_CACHE`), so every run after the first starts from it, as a ' +
      "developer's repeated runs do; a CI job's single run compiles.",
    shiftLeftNote,
    'Scenarios, each in a git repository of the project: inventory from nothing (SQL committed, no metadata yet; ' +
      'each run on its own fresh copy, made untimed, as shift_left runs on one; copies are deleted only when the ' +
      'bench ends); `inventory --check` with the metadata committed and ' +
      'up to date (the pull-request path); `plan --format markdown` of a commit that edits 1% of the tables ' +
      '(filters and added columns).',
    `Projects: \`bench/generate.mjs\`, seed ${opts.seed}; shapes: ${opts.shapes.map((s) => `${s} = ${SHAPES[s]}`).join('; ')}.`,
  ];
  const notes = [
    `CLI measured: \`${relative(ROOT, opts.cli) || opts.cli}\` (${fmt(build.entryBytes / 1024)} kB; it loads the chunks beside it: ` +
      `sha256 ${build.hash} over the ${build.files} .js files of its folder, ${fmt(build.bytes / 1024)} kB), ` +
      `run by \`${opts.node === process.execPath ? 'node' : opts.node}\` ${machine.node}` +
      ' (`npm run bench` puts the `node` devDependency first on PATH; pass `--node` to measure another Node).',
    "Peak RSS and CPU: the child's `process.resourceUsage()` at exit, written by `bench/rss-probe.mjs` " +
      '(loaded with `node --import`; the CLI is unchanged). CPU counts every thread of the process (GC helpers ' +
      'included), not the git processes it starts.',
    ...projects.map((p) => `Project ${p}.`),
  ];
  for (const r of rows)
    for (const n of r.notes) notes.push(`${r.shape} ${r.id} at ${fmt(r.size)} tables: ${n}.`);
  const meta = {
    date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    command: ['npm run bench', ...(process.argv.length > 2 ? ['--', ...process.argv.slice(2)] : [])].join(
      ' ',
    ),
    loadStart,
    loadEnd,
  };
  const readmeText = readmeReport({
    rows,
    machine,
    meta,
    method: [
      ...method.slice(0, 2),
      'Full tables (minimum, CPU, peak RSS, every note), the GitHub Action start-up and the deploy benchmark: [bench/results.md](bench/results.md).',
    ],
  });
  const results = resultsReport({ rows, machine, meta, method, notes, action, deploy });
  console.log(`\n${results}\n`);
  if (!opts['no-write']) {
    console.log(
      writeOutputs({ readme: readmeText, results }, meta, { readme: !opts['no-readme'] && rows.length > 0 }),
    );
    console.log(`wrote ${relative(ROOT, join(HERE, 'results.md'))}`);
  }
  const failed = rows.some((r) => r.error) || action?.error || deploy?.error;
  process.exit(failed ? 1 : 0);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((err) => {
    console.error(`bench: ${err.message}`);
    process.exit(1);
  });
}
