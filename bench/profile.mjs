#!/usr/bin/env node
// Summarises a V8 CPU profile (`node --cpu-prof …`): top functions by self time and by total time.
//
//   node --cpu-prof --cpu-prof-dir=/tmp/prof dist/cli.js inventory --pipelines DIR/pipelines
//   node bench/profile.mjs /tmp/prof/*.cpuprofile [--top 25]
//
// Self time = samples whose top frame is the function; total time = samples with the function
// anywhere on the stack (counted once per sample). Functions are keyed by name + file + line.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';

export function summarise(profile) {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const key = (n) => {
    const f = n.callFrame;
    const where = f.url ? `${basename(f.url)}:${f.lineNumber + 1}` : '';
    return `${f.functionName || '(anonymous)'}${where ? ` ${where}` : ''}`;
  };
  const self = new Map();
  const total = new Map();
  let all = 0;
  const deltas = profile.timeDeltas ?? [];
  profile.samples.forEach((id, i) => {
    const dt = (deltas[i + 1] ?? deltas[i] ?? 0) / 1000; // ms; the delta after a sample is its duration
    all += dt;
    const top = nodes.get(id);
    self.set(key(top), (self.get(key(top)) ?? 0) + dt);
    const seen = new Set();
    for (let n = top; n; n = nodes.get(parent.get(n.id))) {
      const k = key(n);
      if (seen.has(k)) continue;
      seen.add(k);
      total.set(k, (total.get(k) ?? 0) + dt);
    }
  });
  const sorted = (m) => [...m].sort((a, b) => b[1] - a[1]);
  return { totalMs: all, self: sorted(self), total: sorted(total) };
}

if (import.meta.url === new URL(`file://${process.argv[1]}`).href) {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { top: { type: 'string', default: '25' } },
  });
  const top = Number(values.top);
  for (const file of positionals) {
    const s = summarise(JSON.parse(readFileSync(file, 'utf8')));
    const pct = (ms) => `${((100 * ms) / s.totalMs).toFixed(1).padStart(5)}%`;
    console.log(`\n${file}: ${s.totalMs.toFixed(0)} ms sampled\n\nself time:`);
    for (const [k, ms] of s.self.slice(0, top))
      console.log(`${ms.toFixed(0).padStart(7)} ms ${pct(ms)}  ${k}`);
    console.log('\ntotal time:');
    for (const [k, ms] of s.total.slice(0, top))
      console.log(`${ms.toFixed(0).padStart(7)} ms ${pct(ms)}  ${k}`);
  }
}
