import { describe, expect, test } from '@jest/globals';
import type { TableChange } from '../../src/change/types.js';
import { ancestors, descendants } from '../../src/graph/graph.js';
import { buildProject } from '../../src/project/build.js';
import type { TableFolder } from '../../src/project/model.js';
import { buildPlan } from '../../src/plan/planner.js';
import type { Phase, PlanStep, TableStatus } from '../../src/plan/types.js';

/** Small deterministic PRNG (mulberry32) so a failing seed can be replayed. */
function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const BUILD_UP = new Set(['create-table', 'create-statement', 'resume-statement', 'alter-table']);
const PHASES: (Phase | undefined)[] = ['RUNNING', 'RUNNING', 'RUNNING', 'STOPPED', 'FAILED', undefined];

function randomCase(seed: number) {
  const r = rng(seed);
  const n = 5 + Math.floor(r() * 30);
  const folders: TableFolder[] = [];
  const names = Array.from({ length: n }, (_, i) => `t${i}`);
  for (let i = 0; i < n; i++) {
    const parents = i === 0 ? [] : names.slice(0, i).filter(() => r() < Math.min(0.5, 2 / i));
    const stateful = r() < 0.4;
    const from = parents.length ? parents.join(', ') : 'raw_src';
    const dml = `INSERT INTO t${i}\nSELECT ${stateful ? 'id, COUNT(*)' : 'id'} FROM ${from}${stateful ? '\nGROUP BY id' : ''};\n`;
    folders.push({
      folder: `pipelines/facts/p/t${i}`,
      ddl: {
        path: `pipelines/facts/p/t${i}/sql-scripts/ddl.t${i}.sql`,
        text: `CREATE TABLE t${i} (id INT);\n`,
      },
      dml: { path: `pipelines/facts/p/t${i}/sql-scripts/dml.t${i}.sql`, text: dml },
    });
  }
  const base = buildProject({ pipelinesDir: 'pipelines', folders, externalTables: ['raw_*'] });
  // The head edits the DML of the tables that change, so fingerprints really differ.
  const changed = names.filter(() => r() < 0.15);
  if (!changed.length) changed.push(names[Math.floor(r() * n)]);
  const kinds: TableChange['kind'][] = ['dml', 'ddl-schema', 'properties', 'dml'];
  const changes: TableChange[] = changed.map((t) => ({
    table: t,
    kind: kinds[Math.floor(r() * kinds.length)],
    files: [],
    detail: '',
  }));
  const tables = new Map<string, TableStatus>();
  for (const t of names) {
    const phase = PHASES[Math.floor(r() * PHASES.length)];
    if (phase)
      tables.set(t, { phase, tableExists: true, statement: phase === 'STOPPED' ? `old-${t}` : undefined });
  }
  const strategy = r() < 0.3 ? ('blue-green' as const) : ('rebuild' as const);
  // Drawn last, so the cases above stay what they were: tables whose WITH options really change
  // (alone, or with their query, or below a rebuilt parent).
  const optioned = names.filter(() => r() < 0.2);
  for (const t of optioned) changes.push({ table: t, kind: 'ddl-options', files: [], detail: '' });
  changed.push(...optioned.filter((t) => !changed.includes(t)));
  const headFolders = folders.map((f) => {
    const table = f.folder.slice(f.folder.lastIndexOf('/') + 1);
    let g = f;
    if (changes.some((c) => c.table === table && c.kind !== 'ddl-options'))
      g = { ...g, dml: { ...g.dml!, text: g.dml!.text.replace(';', '\nWHERE id > 0;') } };
    if (optioned.includes(table))
      g = {
        ...g,
        ddl: { ...g.ddl!, text: g.ddl!.text.replace(';', " WITH ('kafka.retention.time' = '14 d');") },
      };
    return g;
  });
  const head = buildProject({ pipelinesDir: 'pipelines', folders: headFolders, externalTables: ['raw_*'] });
  return { base, head, changes, changed, status: { kind: 'file' as const, tables }, strategy };
}

/** Step id → every step id it transitively waits for. */
function closure(steps: PlanStep[]): Map<string, Set<string>> {
  const byId = new Map(steps.map((s) => [s.id, s]));
  const memo = new Map<string, Set<string>>();
  const visit = (id: string): Set<string> => {
    const hit = memo.get(id);
    if (hit) return hit;
    const out = new Set<string>();
    memo.set(id, out);
    for (const a of byId.get(id)!.after) {
      out.add(a);
      for (const x of visit(a)) out.add(x);
    }
    return out;
  };
  for (const s of steps) visit(s.id);
  return memo;
}

describe('planner properties on random DAGs', () => {
  test.each(Array.from({ length: 150 }, (_, i) => i + 1))('seed %i', (seed) => {
    const c = randomCase(seed);
    const plan = buildPlan({
      head: c.head,
      base: c.base,
      changes: c.changes,
      status: c.status,
      config: { strategy: c.strategy },
    });
    const g = c.head.graph;
    const allowed = new Set([...c.changed, ...descendants(g, c.changed)]);
    for (const a of ancestors(g, [...allowed])) {
      const st = c.status.tables.get(a);
      if (!st || !['RUNNING', 'PENDING', 'COMPLETED'].includes(st.phase!)) allowed.add(a);
    }
    // No node outside changed ∪ descendants ∪ non-running ancestors.
    for (const node of plan.nodes) expect([node.table, allowed.has(node.table)]).toEqual([node.table, true]);
    // Each node once, each step id once.
    expect(new Set(plan.nodes.map((n) => n.table)).size).toBe(plan.nodes.length);
    expect(new Set(plan.steps.map((s) => s.id)).size).toBe(plan.steps.length);

    const waits = closure(plan.steps);
    const stepsOf = new Map<string, PlanStep[]>();
    for (const s of plan.steps) stepsOf.set(s.table, [...(stepsOf.get(s.table) ?? []), s]);
    for (const [table, own] of stepsOf) {
      const id = g.index.get(table);
      if (id === undefined) continue;
      for (const p of g.parents[id].map((i) => g.names[i])) {
        const parentSteps = stepsOf.get(p) ?? [];
        // A table builds only after every step of each parent in the plan.
        for (const s of own.filter((x) => BUILD_UP.has(x.action))) {
          for (const ps of parentSteps) {
            if (BUILD_UP.has(ps.action) || ps.action !== 'delete-statement') {
              expect([s.id, ps.id, waits.get(s.id)!.has(ps.id)]).toEqual([s.id, ps.id, true]);
            }
          }
        }
        // A parent is dropped only after its readers have stopped.
        for (const drop of parentSteps.filter((x) => x.action === 'drop-table')) {
          for (const stop of own.filter((x) => x.action === 'stop-statement')) {
            expect([drop.id, stop.id, waits.get(drop.id)!.has(stop.id)]).toEqual([drop.id, stop.id, true]);
          }
        }
      }
    }
    // A table that is dropped or created is built from its head DDL: no ALTER of its options.
    for (const [table, own] of stepsOf) {
      if (own.some((s) => s.action === 'drop-table' || s.action === 'create-table'))
        expect([table, own.map((s) => s.action)]).not.toEqual([
          table,
          expect.arrayContaining(['alter-table']),
        ]);
    }
    // Waves are consistent with `after`.
    const wave = new Map(plan.steps.map((s) => [s.id, s.wave]));
    for (const s of plan.steps) for (const a of s.after) expect(wave.get(a)!).toBeLessThan(s.wave);
  });
});
