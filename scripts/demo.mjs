#!/usr/bin/env node
// `npm run demo`: flink-pipeline end to end on the built-in emulator, no Confluent account needed.
//
// 1. copies demo/pipelines (10 tables, shift_left layout) into a temporary git repository;
// 2. starts `flink-pipeline emulator` with realistic latencies divided by TIME_SCALE, so that the
//    progress is visible and the whole demo stays under a minute;
// 3. deploys every table from nothing, with live progress;
// 4. commits a change to three tables: a stateless filter edit (carry-over), a stateful edit
//    (rebuild, with its descendants) and a WITH-option change (ALTER TABLE … SET);
// 5. prints the plan exactly as the pull request comment shows it;
// 6. deploys the change with live progress, then the per-step report and the live status.
// The temporary folder and the emulator are removed on exit, also on Ctrl-C.
//
// It only runs the committed bundle (dist/cli.js) as a user would: `node dist/cli.js …`.

import { spawn, execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CLI = join(ROOT, 'dist', 'cli.js');
/** Realistic latencies (a DML statement takes 20–60 s to start) run this many times faster. */
const TIME_SCALE = 20;
/** The CLI polls every 1 s at first; scaled the same way, or the polling would hide the speed-up. */
const POLL_MS = Math.round(1000 / TIME_SCALE);
/** Raw topics the pipelines read: they exist before the pipelines do, like in production. */
const EXTERNALS = ['raw_orders', 'raw_customers', 'raw_products'];

const color = process.stdout.isTTY && !process.env.NO_COLOR;
const bold = (s) => (color ? `\x1b[1m${s}\x1b[0m` : s);
const dim = (s) => (color ? `\x1b[2m${s}\x1b[0m` : s);
const started = Date.now();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1).padStart(5)} s`;
const say = (text = '') => process.stdout.write(`${text}\n`);
let section = 0;
const header = (title) => say(`\n${bold(`━━ ${++section}. ${title}`)} ${dim(`[${elapsed()}]`)}\n`);

let work;
let emulator;
const running = new Set();

/** Stops what this demo started: the emulator, a CLI still running, the temporary repository. */
function cleanup() {
  for (const child of running) child.kill('SIGTERM');
  running.clear();
  if (emulator && emulator.exitCode === null) emulator.kill('SIGTERM');
  emulator = undefined;
  if (work) rmSync(work, { recursive: true, force: true });
  work = undefined;
}
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    say(`\n${signal}: stopping the emulator and removing the temporary repository`);
    cleanup();
    process.exit(130);
  });
}
process.on('exit', cleanup);

function git(...args) {
  execFileSync(
    'git',
    ['-c', 'user.name=Demo', '-c', 'user.email=demo@example.com', '-c', 'commit.gpgsign=false', ...args],
    { cwd: work, stdio: 'ignore' },
  );
}

/** Starts the emulator and returns the JSON line it prints (url, organizationId, environmentId, database, …). */
function startEmulator() {
  return new Promise((ok, fail) => {
    emulator = spawn(
      process.execPath,
      [
        CLI,
        'emulator',
        '--port',
        '0',
        '--latency',
        'realistic',
        '--time-scale',
        String(TIME_SCALE),
        '--tables',
        EXTERNALS.join(','),
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    emulator.on('error', fail);
    emulator.on('exit', (code) => fail(new Error(`the emulator exited (${code}) before it started`)));
    createInterface({ input: emulator.stdout }).once('line', (line) => ok(JSON.parse(line)));
  });
}

const ENV = {
  ...process.env,
  FLINK_API_KEY: 'emulator-key',
  FLINK_API_SECRET: 'emulator-secret',
  // The compute pool check reads the emulator's fcpm/v2 API, which takes the same key.
  CONFLUENT_CLOUD_API_KEY: 'emulator-key',
  CONFLUENT_CLOUD_API_SECRET: 'emulator-secret',
  FLINK_PIPELINE_POLL_MS: String(POLL_MS),
};

/**
 * Runs `node dist/cli.js ARGS` in the demo repository. With `progress`, the step lines the deploy
 * writes to stderr are shown live with the demo's clock; other stderr (the plan in text form) is
 * shown only if the command fails. Resolves with stdout; a non-zero exit ends the demo.
 */
function cli(args, { progress = false } = {}) {
  return new Promise((ok, fail) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd: work, env: ENV });
    running.add(child);
    let out = '';
    const other = [];
    let inFlight = 0;
    let ended = 0;
    child.stdout.on('data', (d) => (out += d));
    createInterface({ input: child.stderr }).on('line', (line) => {
      const start = /^\s+start\s+(\S+)/.exec(line);
      const end = /^\s+(done|skipped|failed|rolled-back|blocked)\s+(\S+) \(([\d.]+ s)\)(.*)$/.exec(line);
      if (progress && start) {
        inFlight++;
        say(`  ${dim(`[${elapsed()}]`)} ▶ ${start[1]}`);
      } else if (progress && end) {
        inFlight--;
        ended++;
        const [, outcome, id, took, detail] = end;
        const icon = { done: '✔', skipped: '⏭', failed: '✘', 'rolled-back': '↩', blocked: '⛔' }[outcome];
        say(
          `  ${dim(`[${elapsed()}]`)} ${icon} ${id} ${dim(`${outcome} in ${took}${detail}`)}` +
            dim(` · ${ended} ended, ${inFlight} running`),
        );
      } else other.push(line);
    });
    child.on('error', fail);
    child.on('close', (code) => {
      running.delete(child);
      if (code === 0) return ok(out);
      process.stdout.write(out);
      for (const line of other) process.stderr.write(`${line}\n`);
      fail(new Error(`flink-pipeline ${args[0]} exited with code ${code}`));
    });
  });
}

/** Replaces `from` by `to` in a file of the demo repository; fails loudly if `from` is absent. */
function edit(file, from, to) {
  const path = join(work, 'pipelines', file);
  const text = readFileSync(path, 'utf8');
  if (!text.includes(from)) throw new Error(`demo: ${file} does not contain ${JSON.stringify(from)}`);
  writeFileSync(path, text.replace(from, to));
}

async function main() {
  header('An example pipelines project in a temporary git repository');
  work = mkdtempSync(join(os.tmpdir(), 'flink-pipeline-demo-'));
  cpSync(join(ROOT, 'demo', 'pipelines'), join(work, 'pipelines'), { recursive: true });
  git('init', '-q', '-b', 'main');
  say(`${work}/pipelines: 10 tables, sources → intermediates → facts (shift_left layout)`);
  say(`the pipelines read the raw topics ${EXTERNALS.join(', ')}`);

  header('The built-in emulator of the Confluent Cloud statements API');
  const info = await startEmulator();
  say(`flink-pipeline emulator --latency realistic --time-scale ${TIME_SCALE}  →  ${info.url}`);
  say(dim(`(statements take 1–3 s to start instead of 20–60 s; the CLI polls every ${POLL_MS} ms at first)`));
  writeFileSync(
    join(work, 'flink-pipeline.yaml'),
    [
      'pipelines: pipelines',
      "externalTables: ['raw_*']",
      'environment: demo',
      'environments:',
      '  demo:',
      `    restEndpoint: ${info.url}`,
      `    organizationId: ${info.organizationId}`,
      `    environmentId: ${info.environmentId}`,
      `    database: ${info.database}`,
      `    cloudApiEndpoint: ${info.url}`,
      '    statementPrefix: demo',
      '',
    ].join('\n'),
  );
  git('add', '-A');
  git('commit', '-q', '-m', 'Example pipelines');
  say('flink-pipeline.yaml points at it; credentials come from FLINK_API_KEY / FLINK_API_SECRET');

  header('Initial deploy: every table from nothing (flink-pipeline deploy --all)');
  const first = await cli(['deploy', '--all', '--max-parallel', '8'], { progress: true });
  say(`\n${bold(first.split('\n')[0])}`);

  header('A commit that changes three tables');
  edit(
    'intermediates/sales/int_orders_valid/sql-scripts/dml.int_orders_valid.sql',
    '  AND amount > 0;',
    '  AND amount > 0\n  AND currency IS NOT NULL;',
  );
  edit(
    'intermediates/crm/int_customers_latest/sql-scripts/dml.int_customers_latest.sql',
    '  FROM src_customers\n',
    '  FROM src_customers\n  WHERE email IS NOT NULL\n',
  );
  edit(
    'facts/sales/fct_daily_revenue/sql-scripts/ddl.fct_daily_revenue.sql',
    "'kafka.retention.time' = '30 d'",
    "'kafka.retention.time' = '90 d'",
  );
  git(
    'commit',
    '-q',
    '-a',
    '-m',
    'Filter orders without currency; skip customers without email; keep revenue 90 days',
  );
  say(
    'int_orders_valid      stateless filter edited        → expect carry-over (new statement starts where the old one stopped)',
  );
  say(
    'int_customers_latest  stateful query edited          → expect rebuild, and its descendants rebuilt too',
  );
  say("fct_daily_revenue     WITH 'kafka.retention.time'   → expect ALTER TABLE … SET, nothing else");

  header('The plan, as the pull request comment shows it (plan --format markdown --status confluent)');
  const range = ['--base', 'HEAD~1', '--head', 'HEAD'];
  process.stdout.write(await cli(['plan', ...range, '--status', 'confluent', '--format', 'markdown']));

  header('Deploy the change on merge (deploy --allow-destructive: rebuilds drop tables)');
  const report = await cli(['deploy', ...range, '--allow-destructive', '--max-parallel', '8'], {
    progress: true,
  });

  header('Per-step report');
  process.stdout.write(report);

  header('Live status (flink-pipeline status)');
  process.stdout.write(await cli(['status']));

  say(
    `\n${bold(`Demo finished in ${((Date.now() - started) / 1000).toFixed(1)} s.`)} ` +
      'The emulator is stopped and the temporary repository removed.',
  );
}

main().then(
  () => {
    cleanup();
    process.exit(0);
  },
  (e) => {
    process.stderr.write(`\ndemo failed: ${e.message}\n`);
    cleanup();
    process.exit(1);
  },
);
