#!/usr/bin/env node
// Deploy benchmark (issue 4, item 5): a 200-statement deploy on the emulator with `realistic`
// latency scaled in time, run through the shipped CLI (`node dist/cli.js deploy`) exactly as a
// user runs it. `npm run bench` calls runDeployBench() as its last benchmark.
//
//   npm run bench:deploy -- [--scale 5] [--seq-scale 40] [--tables 100] [--seed 42]
//                           [--skip-seq] [--no-write] [--keep]
//
// What runs:
// - bench/generate.mjs writes a project of `--tables` tables (default 100). Deploying it from
//   nothing (`deploy --all`, empty emulator holding only the raw_* topics) is the impacted
//   sub-DAG: 100 CREATE TABLE + 100 INSERT statements = 200 statements, plus 100 `delete-ddl`
//   steps that only check that no stale DDL statement holds the name.
// - The emulator runs in this process (src/emulator bundled once with @vercel/ncc into a cache
//   folder under os.tmpdir(), because a plain .mjs cannot import .ts). Running it here gives
//   exact transition times: we wrap EmulatorState's create/update/delete and its (TypeScript-
//   private) `apply`, which receives the exact due time of every phase transition.
// - A small HTTP proxy in this process sits between the CLI and the emulator and stamps every
//   request (method + time): API calls per statement and the peak rate in any 1-second window
//   are counted at the wire, planning (live status listing) included.
// - The CLI child gets FLINK_PIPELINE_POLL_MS = 1000 / scale, its only polling knob: the client's
//   first poll delay, which the executor's phase watcher (src/deploy/watcher.ts) takes as its round
//   interval. A round is one label-selected list of this deploy's statements (one request per 100)
//   that wakes every step whose statement reached its phase; statements the list cannot show (other
//   deploys', deleted ones) are read with one GET each. So the watcher ticks once per emulated
//   second, as a real deploy does with the default 1 s. The rate limiter is the client's default
//   (40/s burst 5, 900/min burst 60): the CLI has no option for it, and it is not time-scaled.
//
// The critical-path lower bound: per step, the emulator-side time between the step's first
// mutating request on its statement (POST / PATCH / PUT / DELETE) and the last phase transition
// of that statement before the step ended (e.g. PENDING → RUNNING). No client can see a phase
// before the emulator reaches it, and a step cannot send its request before the steps it comes
// after have ended, so the longest chain (plan `after` edges) of these per-step times bounds the
// makespan of any executor from below, for the latencies the emulator drew in this run. The bound
// from measured step durations (poll delays included) is reported too: it isolates the scheduler.
// The bound deliberately leaves out what this executor adds by design (the GET that checks a name
// before each create, the wait for the watcher's next round, rate-limiter waits): it is what any
// executor would face, so a ratio near 1 means nothing is left to gain, not that it was measured
// against itself. For the one-at-a-time run the bound is the sum of the per-step times instead.
//
// Writes bench/deploy-results.md (the detailed breakdown) unless --no-write.

import { spawn, spawnSync, execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { generateProject } from './generate.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '..');
const CLI = join(ROOT, 'dist', 'cli.js');
const SECRET = 'bench-secret';
export const DEPLOY_TARGETS = { ratio: 1.15, callsPerStatement: 10, peakPerSecond: 50 };
const TARGETS = DEPLOY_TARGETS;

/** Defaults of `npm run bench:deploy`; `npm run bench` uses the same. */
export const DEPLOY_DEFAULTS = { scale: 5, seqScale: 40, tables: 100, seed: 42, maxParallel: 16 };

// ---------------------------------------------------------------------------------------------------
// The emulator, bundled from src/ (cached by a hash of src/ so a source change rebuilds it).

function hashTree(dir, h = createHash('sha256')) {
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) hashTree(p, h);
    else h.update(p.slice(ROOT.length)).update(readFileSync(p));
  }
  return h;
}

async function loadEmulator() {
  const key = hashTree(join(ROOT, 'src')).digest('hex');
  const dir = join(os.tmpdir(), `flink-pipeline-bench-emulator-${key.slice(0, 16)}`);
  const file = join(dir, 'index.js');
  if (!existsSync(file)) {
    log(`bundling src/emulator with ncc into ${dir} (once per source version, ~40 s on 2 cores)…`);
    const out = `${dir}.tmp-${process.pid}`;
    execFileSync(
      process.execPath,
      [
        join(ROOT, 'node_modules/@vercel/ncc/dist/ncc/cli.js'),
        'build',
        'src/emulator/index.ts',
        '-o',
        out,
        '-q',
      ],
      { cwd: ROOT, stdio: 'inherit' },
    );
    rmSync(dir, { recursive: true, force: true });
    execFileSync('mv', [out, dir]);
  }
  return import(pathToFileURL(file).href);
}

/** Wraps the emulator's state so that every desired-state change and phase transition is recorded. */
function recordTransitions(state) {
  const events = [];
  if (typeof state.apply !== 'function')
    throw new Error('EmulatorState.apply not found: update bench/deploy.mjs');
  for (const method of ['create', 'update', 'delete']) {
    const original = state[method].bind(state);
    state[method] = (...a) => {
      const result = original(...a);
      // create(input) and update/delete(statement): both carry `name`
      events.push({ name: a[0].name, kind: 'request', what: method, t: state.now() });
      return result;
    };
  }
  const apply = state.apply.bind(state);
  // `apply(s, action, at)`: `at` is the due time of the transition, not the time a request noticed it.
  state.apply = (s, action, at) => {
    events.push({ name: s.name, kind: 'transition', what: action, t: at });
    return apply(s, action, at);
  };
  return events;
}

/** A pass-through proxy that stamps every request: counts at the wire, independent of the client. */
async function startProxy(target) {
  const requests = [];
  const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });
  const { hostname, port } = new URL(target);
  const server = http.createServer((req, res) => {
    requests.push({ t: Date.now(), method: req.method, path: req.url });
    const up = http.request(
      { host: hostname, port, method: req.method, path: req.url, headers: req.headers, agent },
      (r) => {
        res.writeHead(r.statusCode, r.headers);
        r.pipe(res);
      },
    );
    up.on('error', () => res.destroy());
    req.pipe(up);
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  return {
    url: `http://127.0.0.1:${server.address().port}`,
    requests,
    close: () =>
      new Promise((ok) => {
        server.close(() => ok());
        server.closeAllConnections();
        agent.destroy();
      }),
  };
}

// ---------------------------------------------------------------------------------------------------
// One deploy run.

async function run(mod, project, { scale, maxParallel, label, seed }) {
  const emulator = await mod.startEmulator({
    latency: 'realistic',
    timeScale: scale,
    apiSecret: SECRET,
    seed,
    tables: project.externals,
    // Each running statement holds at least 1 CFU and a pool at most 50 by default: the benchmark
    // measures the executor, not a full pool, so its pool is large enough for every statement.
    computePools: [{ id: 'lfcp-emulator', maxCfu: 10_000 }],
  });
  const events = recordTransitions(emulator.state);
  const proxy = await startProxy(emulator.url);
  writeFileSync(
    join(project.dir, 'flink-pipeline.yaml'),
    [
      'pipelines: pipelines',
      "externalTables: ['raw_*']",
      'environment: bench',
      'environments:',
      '  bench:',
      `    restEndpoint: ${proxy.url}`,
      `    organizationId: ${emulator.organizationId}`,
      `    environmentId: ${emulator.environmentId}`,
      `    database: ${emulator.database}`,
      '    statementPrefix: bench',
      '',
    ].join('\n'),
  );
  const reportFile = join(project.dir, `report-${label}.json`);
  const pollMs = Math.max(10, Math.round(1000 / scale));
  const steps = new Map(); // id -> {start, end, outcome}
  log(
    `${label}: deploy --all --max-parallel ${maxParallel}, time scale ${scale}, FLINK_PIPELINE_POLL_MS=${pollMs}`,
  );
  const t0 = Date.now();
  const code = await new Promise((finish, fail) => {
    const child = spawn(
      process.execPath,
      [CLI, 'deploy', '--all', '--max-parallel', String(maxParallel), '--out', reportFile],
      {
        cwd: project.dir,
        env: {
          ...process.env,
          FLINK_API_KEY: emulator.apiKey,
          FLINK_API_SECRET: SECRET,
          FLINK_PIPELINE_POLL_MS: String(pollMs),
        },
        stdio: ['ignore', 'ignore', 'pipe'],
      },
    );
    children.add(child);
    let buffer = '';
    let ended = 0;
    child.stderr.on('data', (chunk) => {
      const now = Date.now();
      buffer += chunk;
      const lines = buffer.split('\n');
      buffer = lines.pop();
      for (const line of lines) {
        const start = /^\s+start\s+(\S+)\s/.exec(line);
        const end = /^\s+(done|skipped|failed|rolled-back|blocked)\s+(\S+) \(/.exec(line);
        if (start) steps.set(start[1], { start: now });
        else if (end) {
          const s = steps.get(end[2]) ?? { start: now };
          steps.set(end[2], { ...s, end: now, outcome: end[1] });
          if (++ended % 50 === 0) log(`  ${ended} steps ended (${((now - t0) / 1000).toFixed(0)} s)`);
        }
      }
    });
    child.on('error', fail);
    child.on('exit', (c) => {
      children.delete(child);
      finish(c);
    });
  });
  const wallMs = Date.now() - t0;
  await proxy.close();
  await emulator.close();
  if (code !== 0) throw new Error(`${label}: deploy exited ${code}; see ${reportFile}`);
  const report = JSON.parse(readFileSync(reportFile, 'utf8'));
  return analyse({
    report,
    steps,
    events,
    requests: proxy.requests,
    wallMs,
    scale,
    maxParallel,
    label,
    project,
  });
}

// ---------------------------------------------------------------------------------------------------
// Analysis.

function analyse({ report, steps, events, requests, wallMs, scale, maxParallel, label, project }) {
  const edges = new Map(project.plan.steps.map((s) => [s.id, s.after]));
  const ids = report.steps.map((s) => s.id);
  if (ids.length !== edges.size || ids.some((id) => !edges.has(id))) {
    throw new Error(`${label}: the deployed steps differ from plan --all --status none`);
  }
  const byName = new Map();
  for (const e of events) {
    if (!byName.has(e.name)) byName.set(e.name, []);
    byName.get(e.name).push(e);
  }
  // Emulator-side time of each step (see the header): first mutation → last transition in its window.
  const intrinsic = new Map();
  const measured = new Map();
  for (const r of report.steps) {
    measured.set(r.id, r.durationMs);
    const w = steps.get(r.id);
    const list = byName.get(r.statement) ?? [];
    const first = w && list.find((e) => e.kind === 'request' && e.t >= w.start - 50 && e.t <= w.end);
    let last;
    if (first) for (const e of list) if (e.kind === 'transition' && e.t >= first.t && e.t <= w.end) last = e;
    intrinsic.set(r.id, first && last ? last.t - first.t : 0);
  }
  const longest = (weights) => {
    const memo = new Map();
    const f = (id) => {
      if (memo.has(id)) return memo.get(id);
      let best = 0;
      for (const a of edges.get(id)) best = Math.max(best, f(a));
      memo.set(id, best + weights.get(id));
      return best + weights.get(id);
    };
    return Math.max(...ids.map(f));
  };
  const statements = report.steps.filter((s) => s.outcome === 'done' && /^create-/.test(s.action)).length;
  const firstStep = Math.min(...[...steps.values()].map((s) => s.start));
  const times = requests.map((r) => r.t).sort((a, b) => a - b);
  let peak = 0;
  for (let i = 0, j = 0; j < times.length; j++) {
    while (times[j] - times[i] >= 1000) i++;
    peak = Math.max(peak, j - i + 1);
  }
  // Replay the client's two token buckets (40/s burst 5; 900/min burst 60) over the observed
  // request times: a request that found a bucket (almost) empty had waited for it.
  const limited = { second: 0, minute: 0 };
  const buckets = [
    { key: 'second', rate: 40 / 1000, cap: 5 },
    { key: 'minute', rate: 900 / 60_000, cap: 60 },
  ].map((b) => ({ ...b, tokens: b.cap, at: times[0] }));
  for (const t of times) {
    for (const b of buckets) {
      b.tokens = Math.min(b.cap, b.tokens + (t - b.at) * b.rate);
      b.at = t;
      if (b.tokens < 1.1) limited[b.key]++;
      b.tokens -= 1;
    }
  }
  let peakMinute = 0;
  for (let i = 0, j = 0; j < times.length; j++) {
    while (times[j] - times[i] >= 60_000) i++;
    peakMinute = Math.max(peakMinute, j - i + 1);
  }
  const methods = {};
  for (const r of requests) methods[r.method] = (methods[r.method] ?? 0) + 1;
  // The phase watcher's rounds: list requests with this deploy's label selector (one per 100).
  const lists = requests.filter((r) => r.method === 'GET' && /[?&]label_selector=/.test(r.path)).length;
  const planning = requests.filter((r) => r.t < firstStep).length;
  const bound = longest(intrinsic);
  const measuredBound = longest(measured);
  return {
    label,
    scale,
    maxParallel,
    makespanMs: report.durationMs,
    wallMs,
    statements,
    steps: report.steps.length,
    counts: report.counts,
    boundMs: bound,
    measuredBoundMs: measuredBound,
    ratio: report.durationMs / bound,
    measuredRatio: report.durationMs / measuredBound,
    requests: requests.length,
    planningRequests: planning,
    methods,
    lists,
    // One at a time, no two steps overlap: the sum of the emulator's step times bounds any such run.
    sumIntrinsicMs: [...intrinsic.values()].reduce((a, b) => a + b, 0),
    callsPerStatement: requests.length / statements,
    peakPerSecond: peak,
    peakPerMinute: peakMinute,
    limited,
    avgPerSecond: requests.length / (wallMs / 1000),
    pollOvershoot: overshoot(report, intrinsic),
  };
}

/** Measured minus emulator-side time of the create steps: what polling adds, by action. */
function overshoot(report, intrinsic) {
  const out = {};
  for (const r of report.steps) {
    if (r.outcome !== 'done') continue;
    const o = (out[r.action] ??= { n: 0, measured: 0, intrinsic: 0 });
    o.n++;
    o.measured += r.durationMs;
    o.intrinsic += intrinsic.get(r.id);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------
// Output.

const s = (ms) => `${(ms / 1000).toFixed(1)} s`;
const x = (v) => `${v.toFixed(2)}×`;
const mark = (ok) => (ok ? '✅' : '❌');

function table(par, seq) {
  const rows = [
    '| measure | value | target |',
    '|---|---|---|',
    `| statements deployed (CREATE TABLE + INSERT) | ${par.statements} (${par.steps} plan steps) | 200 |`,
    `| makespan, max-parallel ${par.maxParallel}, time scale ${par.scale} | ${s(par.makespanMs)} real = ${s(par.makespanMs * par.scale)} emulated | |`,
    `| critical-path lower bound (emulator latencies) | ${s(par.boundMs)} real = ${s(par.boundMs * par.scale)} emulated | |`,
    `| makespan / bound | ${x(par.ratio)} | ≤ ${TARGETS.ratio}× ${mark(par.ratio <= TARGETS.ratio)} |`,
    `| makespan / longest chain of measured step durations | ${x(par.measuredRatio)} | (scheduler only) |`,
  ];
  if (seq) {
    rows.push(
      `| makespan, max-parallel 1, time scale ${seq.scale} | ${s(seq.makespanMs)} real = ${s(seq.makespanMs * seq.scale)} emulated | |`,
      `| one-at-a-time lower bound (sum of the emulator's step times, max-parallel 1 run) | ${s(seq.sumIntrinsicMs)} real = ${s(seq.sumIntrinsicMs * seq.scale)} emulated | |`,
      `| speed-up over one at a time (emulated time): measured / against that bound | ${x((seq.makespanMs * seq.scale) / (par.makespanMs * par.scale))} / ${x((seq.sumIntrinsicMs * seq.scale) / (par.makespanMs * par.scale))} | |`,
    );
  }
  rows.push(
    `| API calls per deployed statement (planning included) | ${par.callsPerStatement.toFixed(1)} (${par.requests} calls: ${Object.entries(
      par.methods,
    )
      .map(([m, n]) => `${n} ${m}`)
      .join(
        ', ',
      )}) | ≤ ${TARGETS.callsPerStatement} ${mark(par.callsPerStatement <= TARGETS.callsPerStatement)} |`,
    `| peak requests in any 1 s window (real time) | ${par.peakPerSecond} (average ${par.avgPerSecond.toFixed(1)}/s) | ≤ ${TARGETS.peakPerSecond} ${mark(par.peakPerSecond <= TARGETS.peakPerSecond)} |`,
  );
  if (seq) {
    rows.push(
      `| same, max-parallel 1 run | ${seq.callsPerStatement.toFixed(1)} calls per statement; peak ${seq.peakPerSecond}/s | (targets apply at max-parallel ${par.maxParallel}) |`,
    );
  }
  return rows.join('\n');
}

function overshootTable(r) {
  const rows = [
    '| action | steps | measured mean | emulator mean | added by polling |',
    '|---|---|---|---|---|',
  ];
  for (const [action, o] of Object.entries(r.pollOvershoot)) {
    const m = o.measured / o.n;
    const i = o.intrinsic / o.n;
    rows.push(
      `| ${action} | ${o.n} | ${s(m)} | ${s(i)} | ${i ? `+${(((m - i) / i) * 100).toFixed(0)} %` : '—'} |`,
    );
  }
  return rows.join('\n');
}

// ---------------------------------------------------------------------------------------------------

const children = new Set();
let log = (msg) => process.stderr.write(`${msg}\n`);

/**
 * Runs the deploy benchmark and returns its figures: {par, seq?, manifest, markdown, pass:
 * {ratio, calls, peak}}. Options: DEPLOY_DEFAULTS's keys, skipSeq, write (bench/deploy-results.md),
 * keep (the work folder), log (progress lines). Used by `npm run bench` and `npm run bench:deploy`.
 */
export async function runDeployBench(options = {}) {
  const o = { ...DEPLOY_DEFAULTS, skipSeq: false, write: true, keep: false, ...options };
  if (o.log) log = o.log;
  const work = mkdtempSync(join(os.tmpdir(), 'flink-pipeline-bench-deploy-'));
  const cleanup = () => {
    for (const c of children) c.kill('SIGTERM');
    if (!o.keep) rmSync(work, { recursive: true, force: true });
  };
  // An interrupted benchmark must not leave a CLI child deploying into a dead emulator.
  const onSigint = () => {
    cleanup();
    process.exit(130);
  };
  process.on('SIGINT', onSigint);
  try {
    const mod = await loadEmulator();
    const dir = join(work, 'project');
    const manifest = generateProject(dir, { tables: o.tables, seed: o.seed });
    const git = (...a) => execFileSync('git', a, { cwd: dir, stdio: 'ignore' });
    git('init', '-q');
    git('add', '-A');
    git('-c', 'user.name=bench', '-c', 'user.email=bench@example.com', 'commit', '-qm', 'generated');
    // The step DAG (ids and `after` edges); the deploy itself plans with live status and must match.
    const plan = JSON.parse(
      spawnSync(process.execPath, [CLI, 'plan', '--all', '--status', 'none', '--format', 'json'], {
        cwd: dir,
        encoding: 'utf8',
      }).stdout,
    );
    const project = { dir, externals: manifest.externals, plan };
    const par = await run(mod, project, {
      scale: o.scale,
      maxParallel: o.maxParallel,
      label: 'parallel',
      seed: o.seed,
    });
    let seq;
    if (!o.skipSeq) {
      seq = await run(mod, project, { scale: o.seqScale, maxParallel: 1, label: 'sequential', seed: o.seed });
    }
    const markdown = render(par, seq, manifest);
    if (o.write) writeFileSync(join(HERE, 'deploy-results.md'), markdown);
    return {
      par,
      seq,
      manifest,
      markdown,
      pass: {
        ratio: par.ratio <= TARGETS.ratio,
        calls: par.callsPerStatement <= TARGETS.callsPerStatement,
        peak:
          par.peakPerSecond <= TARGETS.peakPerSecond && (!seq || seq.peakPerSecond <= TARGETS.peakPerSecond),
      },
    };
  } finally {
    process.off('SIGINT', onSigint);
    cleanup();
  }
}

async function main() {
  const { values: args } = parseArgs({
    options: {
      scale: { type: 'string', default: String(DEPLOY_DEFAULTS.scale) },
      'seq-scale': { type: 'string', default: String(DEPLOY_DEFAULTS.seqScale) },
      tables: { type: 'string', default: String(DEPLOY_DEFAULTS.tables) },
      seed: { type: 'string', default: String(DEPLOY_DEFAULTS.seed) },
      'max-parallel': { type: 'string', default: String(DEPLOY_DEFAULTS.maxParallel) },
      'skip-seq': { type: 'boolean', default: false },
      'no-write': { type: 'boolean', default: false },
      keep: { type: 'boolean', default: false },
    },
  });
  const r = await runDeployBench({
    scale: Number(args.scale),
    seqScale: Number(args['seq-scale']),
    tables: Number(args.tables),
    seed: Number(args.seed),
    maxParallel: Number(args['max-parallel']),
    skipSeq: args['skip-seq'],
    write: !args['no-write'],
    keep: args.keep,
  });
  log(JSON.stringify({ parallel: r.par, sequential: r.seq }, null, 1));
  process.stdout.write(r.markdown);
}

export function render(par, seq, manifest) {
  const cpu = os.cpus();
  const pct = (n, d) => `${((n / d) * 100).toFixed(0)} %`;
  const poll = (r) => Math.max(10, Math.round(1000 / r.scale));
  const add = (a) => {
    const o = par.pollOvershoot[a];
    return o && o.intrinsic ? `+${(((o.measured - o.intrinsic) / o.intrinsic) * 100).toFixed(0)} %` : 'n/a';
  };
  const out = [
    '<!-- generated by `npm run bench` or `npm run bench:deploy` (bench/deploy.mjs); do not edit by hand -->',
    '',
    table(par, seq),
    '',
    `Machine: ${cpu.length} × ${cpu[0]?.model ?? 'unknown CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GB, ` +
      `Node ${process.version}, ${os.platform()}; 1-minute load average at the end ${os.loadavg()[0].toFixed(2)} (other work may have shared the machine). ` +
      `Workload: bench/generate.mjs, ${manifest.tables} tables (seed ${manifest.seed}), deployed from nothing with ` +
      '`flink-pipeline deploy --all` (the shipped `dist/cli.js` as a child process): every table is impacted, ' +
      'so the sub-DAG is one CREATE TABLE and one INSERT per table, plus a `delete-ddl` step per table that ' +
      'only checks that the DDL name is free. Emulator: `realistic` latency (DML start 20–60 s, DDL 2–5 s, ' +
      `ack 0.5–1.5 s) divided by the time scale (${par.scale} for max-parallel ${par.maxParallel}` +
      `${seq ? `, ${seq.scale} for max-parallel 1 so that it ends in minutes` : ''}); "emulated" = real × scale. ` +
      `The CLI polled with FLINK_PIPELINE_POLL_MS = 1000 / scale (${poll(par)} ms${seq ? `, ${poll(seq)} ms` : ''}): ` +
      "the round interval of the executor's phase watcher, one label-selected list of this deploy's statements " +
      'per round (one request per 100 statements), i.e. one round per emulated second, as a real deploy with ' +
      "the default 1 s. The client's default rate limiter (40/s burst 5, 900/min burst 60) is not time-scaled.",
    '',
    '**How it is measured.** The emulator runs inside the benchmark process, so every phase transition is ' +
      'recorded at its exact due time; a pass-through proxy in front of it stamps every request (planning ' +
      "included). The **critical-path lower bound** is the longest chain, along the plan's `after` edges, of " +
      "per-step emulator times: from the step's first mutating request on its statement to the statement's " +
      'last transition before the step ended (e.g. POST → PENDING → RUNNING). A client cannot see a phase ' +
      'before the emulator reaches it and a step cannot send its request before the steps it comes after have ' +
      'ended, so no executor can beat this chain for the latencies drawn in this run. It leaves out what this ' +
      'executor adds by design (the GET that checks the name before each create, the wait for the next watcher ' +
      'round, rate-limiter waits), so those count against the ratio. The ratio against the longest chain of ' +
      '*measured* step durations (which include all of that) isolates the scheduler. For the one-at-a-time run ' +
      'the bound is the sum of the per-step emulator times (no two steps overlap).',
    '',
    `Polling delay per step, max-parallel ${par.maxParallel} run (measured step duration against the emulator's own time):`,
    '',
    overshootTable(par),
    '',
    `Label-selected list requests (the phase watcher's rounds): ${par.lists} of ${par.requests} (${pct(par.lists, par.requests)}); ` +
      `the rest: ${Object.entries(par.methods)
        .map(([m, n]) => `${m === 'GET' ? n - par.lists : n} ${m === 'GET' ? 'single GET' : m}`)
        .join(', ')} (a GET before each create checks the name, and one per \`delete-ddl\` step).`,
    '',
    `Rate limiter, replayed over the observed request times: ${par.limited.minute} of ${par.requests} requests ` +
      `(${pct(par.limited.minute, par.requests)}) found the per-minute bucket (900/min) empty and ` +
      `${par.limited.second} (${pct(par.limited.second, par.requests)}) the per-second bucket (40/s); ` +
      `peak ${par.peakPerMinute} requests in a 60 s window.` +
      (seq
        ? ` In the max-parallel 1 run (time scale ${seq.scale}, a watcher round every ${poll(seq)} ms) ` +
          `${pct(seq.limited.minute, seq.requests)} of the requests found the per-minute bucket empty: that run ` +
          'is slowed by the real-time budget, so its measured makespan over-states one-at-a-time; the speed-up ' +
          'against the one-at-a-time bound is the conservative figure.'
        : ''),
    '',
  ];
  if (par.ratio > TARGETS.ratio) {
    out.push(
      `### Why makespan / bound is ${x(par.ratio)}, not ≤ ${TARGETS.ratio}×`,
      '',
      par.measuredRatio <= 1.02
        ? `- **Not the scheduler.** The makespan is ${x(par.measuredRatio)} the longest chain of measured step ` +
            'durations: every step on the critical path started as soon as the steps it comes after had ended.'
        : `- **Scheduling.** The makespan is ${x(par.measuredRatio)} the longest chain of measured step ` +
            'durations: steps waited for a free slot (max-parallel) after their dependencies had ended.',
      `- **Waits inside the steps.** Measured against the emulator's time, create-table steps took ` +
        `${add('create-table')} and create-statement steps ${add('create-statement')} longer (table above): ` +
        'the name check before each create, the wait for the next watcher round (half a round on average), ' +
        'the list request itself, and rate-limiter waits.',
      par.limited.minute > par.requests * 0.05
        ? `- **Rate limiter.** ${pct(par.limited.minute, par.requests)} of the requests found the 900/min ` +
            'bucket empty: time scaling multiplies the request rate by the scale while the budget stays in ' +
            'real time, so part of the gap is the benchmark, not the engine. At 1× the same deploy makes ' +
            `about ${Math.round(par.requests / ((par.makespanMs * par.scale) / 60_000))} requests/min.`
        : '- **Rate limiter: not the cause** (the replay above shows the per-minute budget was not binding).',
      '',
    );
  }
  return out.join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((e) => {
    log(`bench:deploy: ${e.stack ?? e}`);
    process.exit(1);
  });
}
