import { compareNames } from '../graph/graph.js';
import type { PlanStep } from './types.js';

/**
 * A table's position in the head graph's topological order: unique per table, -1 for every
 * table not in the graph (removed ones).
 */
export type TopoPosition = (table: string) => number;

/**
 * Items by their table's topological position, tables not in the graph first, ties by name;
 * stable. The positions are looked up once per item, not in every comparison.
 */
export function inTableOrder<T extends { table: string }>(items: T[], topoOf: TopoPosition): T[] {
  return items
    .map((item) => ({ item, topo: topoOf(item.table) }))
    .sort((a, b) => a.topo - b.topo || compareNames(a.item.table, b.item.table))
    .map((k) => k.item);
}

/**
 * Waves are longest-path levels of the step DAG; output order is wave, table order, then the
 * order the steps were added in. `at` gives the index in `steps` of every step id. Each step's
 * `after` becomes its sorted, duplicate-free list of ids that are in the plan.
 */
export function orderSteps(
  steps: PlanStep[],
  at: ReadonlyMap<string, number>,
  topoOf: TopoPosition,
): PlanStep[] {
  const n = steps.length;
  const indegree = new Int32Array(n);
  // Edges as flat arrays, then grouped by source (CSR): no array per step.
  const from: number[] = [];
  const to: number[] = [];
  for (let i = 0; i < n; i++) {
    const s = steps[i];
    s.after = canonicalAfter(s.after, at);
    indegree[i] = s.after.length;
    for (const a of s.after) {
      from.push(at.get(a)!);
      to.push(i);
    }
  }
  const start = new Int32Array(n + 1);
  for (const f of from) start[f + 1]++;
  for (let i = 0; i < n; i++) start[i + 1] += start[i];
  const next = start.slice(0, n);
  const dependents = new Int32Array(from.length);
  for (let e = 0; e < from.length; e++) dependents[next[from[e]]++] = to[e];

  const queue: number[] = [];
  for (let i = 0; i < n; i++) if (indegree[i] === 0) queue.push(i);
  for (let q = 0; q < queue.length; q++) {
    const s = steps[queue[q]];
    for (let e = start[queue[q]]; e < start[queue[q] + 1]; e++) {
      const d = dependents[e];
      const later = steps[d];
      later.wave = Math.max(later.wave, s.wave + 1);
      if (--indegree[d] === 0) queue.push(d);
    }
  }
  if (queue.length !== n) throw new Error('plan steps form a cycle');

  // A table's steps were added one after the other: look its position up once.
  const topo = new Int32Array(n);
  let table: string | undefined;
  let position = -1;
  let added = true; // whether the steps were added in table order, as the planner adds them
  for (let i = 0; i < n; i++) {
    if (steps[i].table !== table) {
      const before = table;
      table = steps[i].table;
      position = topoOf(table);
      if (
        i &&
        (position < topo[i - 1] || (position < 0 && topo[i - 1] < 0 && compareNames(before!, table) > 0))
      )
        added = false;
    }
    topo[i] = position;
  }
  // Added in table order, the steps are in (table order, index) order already: grouping them by
  // wave, in that order, is the sort.
  const grouped = added ? byWave(steps) : null;
  if (grouped) return grouped;
  const keyed = steps.map((step, i) => ({ step, i, topo: topo[i] }));
  return keyed
    .sort(
      (a, b) =>
        a.step.wave - b.step.wave ||
        a.topo - b.topo ||
        // A table's position is unique unless the table is not in the graph: names break ties there.
        (a.topo < 0 ? compareNames(a.step.table, b.step.table) : 0) ||
        a.i - b.i,
    )
    .map((k) => k.step);
}

/** Steps by wave, in their order within a wave (a counting sort: stable, linear); null for odd waves. */
function byWave(steps: PlanStep[]): PlanStep[] | null {
  let waves = 0;
  for (const s of steps) {
    if (!Number.isInteger(s.wave) || s.wave < 0) return null;
    if (s.wave >= waves) waves = s.wave + 1;
  }
  const start = new Int32Array(waves + 1);
  for (const s of steps) start[s.wave + 1]++;
  for (let w = 0; w < waves; w++) start[w + 1] += start[w];
  const out: PlanStep[] = new Array(steps.length);
  for (const s of steps) out[start[s.wave]++] = s;
  return out;
}

/** `[...new Set(after)].filter((id) => at.has(id)).sort()`, without a set for the usual few ids. */
function canonicalAfter(after: string[], at: ReadonlyMap<string, number>): string[] {
  if (after.length === 0) return after;
  if (after.length === 1) return at.has(after[0]) ? after : [];
  if (after.length > 16) return [...new Set(after)].filter((a) => at.has(a)).sort();
  const out: string[] = [];
  for (const a of after) if (!out.includes(a) && at.has(a)) out.push(a);
  return out.sort();
}
