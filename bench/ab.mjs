#!/usr/bin/env node
// Interleaved A/B comparison of two CLI builds on the plan-1pct scenario, for a shared machine
// where back-to-back benchmark runs see different loads.
//
//   cp -r dist /tmp/before              # the build to compare with, before changing anything
//   npm run build
//   node bench/ab.mjs --a /tmp/before/cli.js --b dist/cli.js [--size 1000] [--rounds 9]
//                     [--seed 42] [--node PATH]
//
// Both builds plan the same repository (bench/generate.mjs project, 1% of the tables changed in
// one commit, as `npm run bench` builds it) in alternating order (A B, B A, A B, …), so load
// spikes hit both alike. Reports per build the median and minimum wall time, the median CPU
// time (user + system) and the peak RSS of the Node process (git children excluded), checks
// that both builds print byte-identical output (markdown on stdout and the plan JSON), and
// gives the 1-minute load average at start and end.
import { mkdtempSync, readFileSync, rmSync, cpSync } from 'node:fs';
import os from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { CONFIG_FILE } from './generate.mjs';
import { ensureProject, median, repoWithChange, runMeasured } from './run.mjs';

const { values } = parseArgs({
  options: {
    a: { type: 'string' },
    b: { type: 'string' },
    size: { type: 'string', default: '1000' },
    rounds: { type: 'string', default: '9' },
    seed: { type: 'string', default: '42' },
    node: { type: 'string', default: process.execPath },
  },
});
if (!values.a || !values.b) {
  console.error('usage: node bench/ab.mjs --a BEFORE/cli.js --b dist/cli.js [--size 1000] [--rounds 9]');
  process.exit(2);
}
const clis = { A: resolve(values.a), B: resolve(values.b) };
const size = Number(values.size);
const rounds = Number(values.rounds);
const seed = /^\d+$/.test(values.seed) ? Number(values.seed) : values.seed;

const work = mkdtempSync(join(os.tmpdir(), 'flink-pipeline-ab-'));
try {
  const gen = ensureProject(size, seed);
  const ctx = {
    genDir: gen.dir,
    freshCopy(tag) {
      const dir = join(work, tag);
      cpSync(join(gen.dir, 'pipelines'), join(dir, 'pipelines'), { recursive: true });
      cpSync(join(gen.dir, CONFIG_FILE), join(dir, CONFIG_FILE));
      return dir;
    },
  };
  const repo = repoWithChange(ctx, 'repo');
  const load = [os.loadavg()[0]];
  const samples = { A: [], B: [] };
  const outputs = {};
  for (let r = 0; r < rounds; r++) {
    for (const name of r % 2 ? ['B', 'A'] : ['A', 'B']) {
      const out = join(work, `plan-${name}.json`);
      const run = await runMeasured({
        node: values.node,
        script: clis[name],
        args: ['plan', '--base', repo.base, '--head', 'HEAD', '--format', 'markdown', '--out', out],
        cwd: repo.dir,
        workDir: work,
      });
      if (run.code !== 0) throw new Error(`${name} exited with ${run.code}: ${run.stderr.slice(-500)}`);
      samples[name].push(run);
      const output = run.stdout + readFileSync(out, 'utf8');
      outputs[name] ??= output;
      if (outputs[name] !== output) console.warn(`${name}: output differs between runs`);
    }
    process.stdout.write('.');
  }
  load.push(os.loadavg()[0]);
  console.log(`\n${size} tables, ${rounds} rounds, load ${load[0].toFixed(2)} → ${load[1].toFixed(2)}`);
  for (const [name, runs] of Object.entries(samples)) {
    const wall = runs.map((s) => s.wallMs);
    const cpu = runs.map((s) => s.cpuMs).filter(Number.isFinite);
    const rss = Math.max(...runs.map((s) => s.rssKb).filter(Number.isFinite)) / 1024;
    console.log(
      `${name} ${clis[name]}: median ${median(wall).toFixed(0)} ms (min ${Math.min(...wall).toFixed(0)}), ` +
        `CPU median ${cpu.length ? median(cpu).toFixed(0) : 'n/a'} ms, peak RSS ${rss.toFixed(1)} MB`,
    );
  }
  console.log(outputs.A === outputs.B ? 'outputs identical' : 'OUTPUTS DIFFER');
  process.exitCode = outputs.A === outputs.B ? 0 : 1;
} finally {
  rmSync(work, { recursive: true, force: true });
}
