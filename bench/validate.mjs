#!/usr/bin/env node
// Validation on Confluent Cloud (dry runs) as a ratio to `plan` on the same pull request,
// measured in one run on one machine: a generated project deployed on the emulator, then a
// change whose plan creates at least 50 statements (DDL, DML, ALTER); `plan --status confluent`
// and `validate --engine confluent` (which plans the same way first, then sends the dry runs)
// are timed on it. Runs the built CLI (dist/cli.js) and its emulator as a user does.
//
//   node bench/validate.mjs [--tables 120] [--statements 50] [--runs 3]
//                           [--latency fast|realistic] [--time-scale 10] [--json]
//
// A dry run is answered in its create response and never stored (as on Confluent Cloud), so
// validation neither polls nor deletes: the time is the client's requests and its rate limiter.
// `--latency` and `--time-scale` shape only the deploy that sets the project up.
// Prints a Markdown table, or JSON with --json.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { generateProject, mutateProject } from './generate.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const CLI = join(ROOT, 'dist', 'cli.js');
const SECRET = 'bench-validate-secret';
const CREATING = new Set(['create-table', 'create-statement', 'alter-table']);

const { values } = parseArgs({
  options: {
    tables: { type: 'string', default: '120' },
    statements: { type: 'string', default: '50' },
    runs: { type: 'string', default: '3' },
    latency: { type: 'string', default: 'fast' },
    'time-scale': { type: 'string', default: '10' },
    json: { type: 'boolean', default: false },
  },
});
const runs = Math.max(1, Number(values.runs));
const wanted = Number(values.statements);

function fail(message) {
  process.stderr.write(`bench/validate: ${message}\n`);
  process.exit(1);
}

/** The emulator as the CLI serves it; resolves with its JSON line and the child. */
function startEmulator(externals) {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        CLI,
        'emulator',
        '--port',
        '0',
        '--api-secret',
        SECRET,
        '--latency',
        values.latency,
        '--time-scale',
        values['time-scale'],
        '--compute-pools',
        'lfcp-emulator:100000',
        '--tables',
        externals.join(','),
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    let out = '';
    child.stdout.on('data', (c) => {
      out += c;
      const nl = out.indexOf('\n');
      if (nl >= 0) resolve({ child, info: JSON.parse(out.slice(0, nl)) });
    });
    child.on('error', reject);
    child.on('exit', (code) => reject(new Error(`the emulator exited (${code}) before it started`)));
  });
}

function cli(cwd, env, ...args) {
  const started = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, env, encoding: 'utf8', maxBuffer: 256 << 20 });
  return { ...r, ms: Number(process.hrtime.bigint() - started) / 1e6 };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function timed(label, cwd, env, args, ok) {
  const times = [];
  let last;
  for (let i = 0; i < runs; i++) {
    last = cli(cwd, env, ...args);
    if (!ok(last))
      fail(`${label} failed (exit ${last.status}): ${(last.stderr || '').trim().split('\n').pop()}`);
    times.push(last.ms);
  }
  return { ms: median(times), last };
}

const work = mkdtempSync(join(tmpdir(), 'validate-bench-'));
let emulator;
try {
  const dir = join(work, 'project');
  const manifest = generateProject(dir, { tables: Number(values.tables), seed: 42 });
  const started = await startEmulator(manifest.externals);
  emulator = started.child;
  const { info } = started;
  writeFileSync(
    join(dir, 'flink-pipeline.yaml'),
    [
      'pipelines: pipelines',
      'environment: bench',
      'environments:',
      '  bench:',
      `    restEndpoint: ${info.url}`,
      `    organizationId: ${info.organizationId}`,
      `    environmentId: ${info.environmentId}`,
      `    database: ${info.database}`,
      '    statementPrefix: bench',
      "externalTables: ['raw_*']",
      '',
    ].join('\n'),
  );
  const git = (...a) => execFileSync('git', a, { cwd: dir, stdio: 'ignore' });
  const commit = (m) => {
    git('add', '-A');
    git('-c', 'user.name=bench', '-c', 'user.email=bench@example.com', 'commit', '-qm', m);
  };
  git('init', '-q', '-b', 'main');
  commit('generated');
  const env = {
    PATH: process.env.PATH,
    HOME: work,
    FLINK_API_KEY: info.apiKey,
    FLINK_API_SECRET: SECRET,
  };
  const deployed = cli(
    dir,
    { ...env, FLINK_PIPELINE_POLL_MS: '20' },
    'deploy',
    '--all',
    '--max-parallel',
    '32',
  );
  if (deployed.status !== 0) fail(`deploy --all failed: ${(deployed.stderr || '').trim().split('\n').pop()}`);

  // The pull request: edits on top of each other until its plan creates `wanted` statements.
  git('checkout', '-q', '-b', 'change');
  let creating = 0;
  for (let round = 1; creating < wanted && round <= 50; round++) {
    mutateProject(dir, { fraction: 0.02, seed: round });
    commit(`change ${round}`);
    const plan = cli(
      dir,
      env,
      'plan',
      '--base',
      'main',
      '--head',
      'change',
      '--status',
      'confluent',
      '--format',
      'json',
    );
    if (plan.status !== 0) fail(`plan failed: ${(plan.stderr || '').trim().split('\n').pop()}`);
    creating = JSON.parse(plan.stdout).steps.filter((s) => CREATING.has(s.action)).length;
  }
  if (creating < wanted) fail(`no change of this project creates ${wanted} statements (got ${creating})`);

  const range = ['--base', 'main', '--head', 'change'];
  const plan = timed(
    'plan',
    dir,
    env,
    ['plan', ...range, '--status', 'confluent', '--format', 'json'],
    (r) => r.status === 0,
  );
  const validate = timed(
    'validate --engine confluent',
    dir,
    env,
    ['validate', '--engine', 'confluent', ...range, '--format', 'json'],
    (r) => r.status === 0 || r.status === 1,
  );
  const report = JSON.parse(validate.last.stdout);
  const sent = report.counts.accepted + report.counts.rejected;
  const result = {
    machine: { node: process.version, cpus: cpus().length },
    project: { tables: manifest.tables, statementsCreated: creating, ...report.counts, sent },
    emulator: { latency: values.latency, timeScale: Number(values['time-scale']) },
    runs,
    planMs: Math.round(plan.ms),
    validateMs: Math.round(validate.ms),
    dryRunsMs: Math.round(validate.ms - plan.ms),
    ratio: +(validate.ms / plan.ms).toFixed(1),
  };
  if (values.json) process.stdout.write(JSON.stringify(result, null, 2) + '\n');
  else {
    process.stdout.write(
      [
        `Validation on Confluent Cloud (dry runs) of a pull request whose plan creates ${creating} statements, on a generated project of ${manifest.tables} tables deployed on the emulator (${values.latency} latency; median of ${runs} runs, Node ${process.version}, ${cpus().length} CPUs): ${sent} sent as dry runs, ${report.counts.notChecked} not checked.`,
        '',
        '| Measure | Time | Ratio to `plan` |',
        '|---|---|---|',
        `| \`plan --status confluent\` | ${result.planMs} ms | 1 |`,
        `| \`validate --engine confluent\` (the same plan, then the dry runs) | ${result.validateMs} ms | ${result.ratio}× |`,
        `| the dry runs alone (difference) | ${result.dryRunsMs} ms | |`,
        '',
      ].join('\n'),
    );
  }
} finally {
  emulator?.kill('SIGTERM');
  rmSync(work, { recursive: true, force: true });
}
