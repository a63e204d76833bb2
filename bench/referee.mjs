#!/usr/bin/env node
// The Flink referee's cost as ratios to `inventory` on the same project, measured in one run
// on one machine: its start-up (a validation that sends one statement) and its time for 100
// statements (`validate --engine flink --all` on a generated project, scaled to 100 of the
// statements it sent to the planner). Runs the built CLI (dist/cli.js) as a user does.
//
//   node bench/referee.mjs [--tables 50] [--runs 3] [--json]
//
// Needs java 17+ and mvn (the first, untimed run fills the referee's cache folder). Prints a
// Markdown table, or JSON with --json; exits 1 with one line when the referee cannot run.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { generateProject, readManifest } from './generate.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const CLI = join(ROOT, 'dist', 'cli.js');

const { values } = parseArgs({
  options: {
    tables: { type: 'string', default: '50' },
    runs: { type: 'string', default: '3' },
    json: { type: 'boolean', default: false },
  },
});
const tables = Number(values.tables);
const runs = Math.max(1, Number(values.runs));

function cli(cwd, ...args) {
  const started = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  return { ...r, ms };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function timed(label, cwd, args, check) {
  const times = [];
  let last;
  for (let i = 0; i < runs; i++) {
    last = cli(cwd, ...args);
    if (!check(last)) {
      process.stderr.write(
        `bench/referee: ${label} failed (exit ${last.status}): ${(last.stderr || '').trim().split('\n').pop()}\n`,
      );
      process.exit(1);
    }
    times.push(last.ms);
  }
  return { ms: median(times), last };
}

const dir = mkdtempSync(join(tmpdir(), 'referee-bench-'));
try {
  generateProject(dir, { tables, seed: 42 });
  const manifest = readManifest(dir);
  const validates = (r) => r.status === 0 || r.status === 1;
  // Untimed: fills the referee's cache on a first run, and warms the file cache.
  const warm = cli(dir, 'validate', '--engine', 'flink', '--all', '--format', 'json');
  if (!validates(warm)) {
    process.stderr.write(`bench/referee: the referee cannot run here: ${(warm.stderr || '').trim()}\n`);
    process.exit(1);
  }
  const inventory = timed('inventory', dir, ['inventory'], (r) => r.status === 0 || r.status === 1);
  const first = manifest.table[0].name;
  const startup = timed(
    'validate of one table',
    dir,
    ['validate', '--engine', 'flink', '--tables', first, '--format', 'json'],
    validates,
  );
  const all = timed(
    'validate --all',
    dir,
    ['validate', '--engine', 'flink', '--all', '--format', 'json'],
    validates,
  );
  const report = JSON.parse(all.last.stdout);
  const sent = report.counts.accepted + report.counts.rejected;
  const per100 = sent ? (all.ms * 100) / sent : NaN;
  const result = {
    machine: { node: process.version, cpus: (await import('node:os')).cpus().length },
    project: { tables, statements: report.statements.length, sentToPlanner: sent, ...report.counts },
    runs,
    inventoryMs: Math.round(inventory.ms),
    startupMs: Math.round(startup.ms),
    per100StatementsMs: Math.round(per100),
    startupRatio: +(startup.ms / inventory.ms).toFixed(1),
    per100Ratio: +(per100 / inventory.ms).toFixed(1),
  };
  if (values.json) process.stdout.write(JSON.stringify(result, null, 2) + '\n');
  else {
    process.stdout.write(
      [
        `Referee cost on a generated project of ${tables} tables (${sent} statements planned or rejected, median of ${runs} runs, Node ${process.version}):`,
        '',
        '| Measure | Time | Ratio to `inventory` |',
        '|---|---|---|',
        `| \`inventory\` | ${result.inventoryMs} ms | 1 |`,
        `| referee start-up (\`validate\` of one table) | ${result.startupMs} ms | ${result.startupRatio}× |`,
        `| referee, per 100 statements (\`validate --all\`) | ${result.per100StatementsMs} ms | ${result.per100Ratio}× |`,
        '',
      ].join('\n'),
    );
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
