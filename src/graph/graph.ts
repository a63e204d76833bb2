import { sortUnique } from '../util/sorted.js';

/**
 * The one table graph every layer shares. Nodes are dense integer ids so that walks over
 * 10,000 tables stay allocation-light; names are kept alongside for lookups and output.
 */
export interface Graph {
  readonly names: readonly string[];
  readonly index: ReadonlyMap<string, number>;
  /** parents[i] = ids that node i reads from, sorted by name */
  readonly parents: readonly (readonly number[])[];
  /** children[i] = ids that read node i, sorted by name */
  readonly children: readonly (readonly number[])[];
}

/** Builds a graph from node names and (parent, child) edges; duplicate edges collapse. */
export function buildGraph(names: Iterable<string>, edges: Iterable<readonly [string, string]>): Graph {
  // The default sort compares code units, as compareNames does, without a call per comparison.
  const sorted = [...new Set(names)].sort();
  const index = new Map<string, number>();
  for (let i = 0; i < sorted.length; i++) index.set(sorted[i], i);
  // Plain arrays, deduplicated once at the end: a Set per node costs more than the edges.
  const parents: number[][] = [];
  const children: number[][] = [];
  for (let i = 0; i < sorted.length; i++) {
    parents.push([]);
    children.push([]);
  }
  for (const [parent, child] of edges) {
    const p = index.get(parent);
    const c = index.get(child);
    if (p === undefined || c === undefined) {
      throw new Error(`edge ${parent} -> ${child} names a node that is not in the graph`);
    }
    parents[c].push(p);
    children[p].push(c);
  }
  // Ids are assigned in name order, so sorting ids numerically sorts by name.
  for (const list of parents) sortUnique(list);
  for (const list of children) sortUnique(list);
  return { names: sorted, index, parents, children };
}

export function compareNames(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function idsOf(g: Graph, names: Iterable<string>): number[] {
  const ids: number[] = [];
  for (const n of names) {
    const id = g.index.get(n);
    if (id === undefined) throw new Error(`unknown table ${n}`);
    ids.push(id);
  }
  return ids;
}

function reach(g: Graph, start: Iterable<string>, next: Graph['parents']): string[] {
  const seen = new Uint8Array(g.names.length);
  const stack = idsOf(g, start);
  for (const s of stack) seen[s] = 2; // start nodes are excluded unless reached again
  const out: number[] = [];
  while (stack.length) {
    const id = stack.pop()!;
    for (const n of next[id]) {
      if (seen[n] === 1) continue;
      if (seen[n] === 0) stack.push(n);
      seen[n] = 1;
      out.push(n);
    }
  }
  return out.sort((a, b) => a - b).map((i) => g.names[i]);
}

/** All transitive parents of the given tables (not including them unless on a cycle). */
export function ancestors(g: Graph, start: Iterable<string>): string[] {
  return reach(g, start, g.parents);
}

/** All transitive children of the given tables (not including them unless on a cycle). */
export function descendants(g: Graph, start: Iterable<string>): string[] {
  return reach(g, start, g.children);
}

/**
 * Finds one dependency cycle, returned as a path that starts and ends on the same table
 * (`[a, b, c, a]` means a feeds b feeds c feeds a), or null when the graph is a DAG.
 * Iterative DFS: recursion would overflow on long chains of 10,000 tables.
 */
export function findCycle(g: Graph): string[] | null {
  const n = g.names.length;
  const state = new Uint8Array(n); // 0 new, 1 on stack, 2 done
  const parentOnPath = new Int32Array(n).fill(-1);
  const cursor = new Int32Array(n);
  for (let root = 0; root < n; root++) {
    if (state[root]) continue;
    const stack = [root];
    state[root] = 1;
    while (stack.length) {
      const id = stack[stack.length - 1];
      const kids = g.children[id];
      if (cursor[id] < kids.length) {
        const k = kids[cursor[id]++];
        if (state[k] === 0) {
          state[k] = 1;
          parentOnPath[k] = id;
          stack.push(k);
        } else if (state[k] === 1) {
          const path = [k];
          for (let at = id; at !== k; at = parentOnPath[at]) path.push(at);
          path.push(k);
          return path.reverse().map((i) => g.names[i]);
        }
      } else {
        state[id] = 2;
        stack.pop();
      }
    }
  }
  return null;
}

/**
 * Longest-path level of every node: sources are 0, a node is one more than its deepest
 * parent. Throws on a cycle (callers check with findCycle first to report it nicely).
 */
export function topoLevels(g: Graph): Map<string, number> {
  const level = levelsById(g);
  const out = new Map<string, number>();
  for (let i = 0; i < g.names.length; i++) out.set(g.names[i], level[i]);
  return out;
}

function levelsById(g: Graph): Int32Array {
  const level = levelsByIdOrNull(g);
  if (!level) throw new Error('graph has a cycle');
  return level;
}

/**
 * Every id after all of its parents (Kahn's order), then the ids on or behind a cycle, in id
 * order: for passes that carry a verdict down the graph and must not fail on a cycle (which
 * is reported elsewhere).
 */
export function parentsFirstIds(g: Graph): number[] {
  const n = g.names.length;
  const indegree = new Int32Array(n);
  for (let i = 0; i < n; i++) indegree[i] = g.parents[i].length;
  const queue: number[] = [];
  for (let i = 0; i < n; i++) if (indegree[i] === 0) queue.push(i);
  for (let head = 0; head < queue.length; head++) {
    for (const c of g.children[queue[head]]) if (--indegree[c] === 0) queue.push(c);
  }
  if (queue.length < n) for (let i = 0; i < n; i++) if (indegree[i] > 0) queue.push(i);
  return queue;
}

/**
 * Longest-path level by graph id, or null on a cycle: for callers that need a few thousand
 * levels of a large graph, where a map by name of every table costs more than the walk.
 */
export function levelsByIdOrNull(g: Graph): Int32Array | null {
  const n = g.names.length;
  const indegree = new Int32Array(n);
  for (let i = 0; i < n; i++) indegree[i] = g.parents[i].length;
  const level = new Int32Array(n);
  const queue: number[] = [];
  for (let i = 0; i < n; i++) if (indegree[i] === 0) queue.push(i);
  for (let head = 0; head < queue.length; head++) {
    const id = queue[head];
    for (const c of g.children[id]) {
      if (level[c] < level[id] + 1) level[c] = level[id] + 1;
      if (--indegree[c] === 0) queue.push(c);
    }
  }
  return queue.length === n ? level : null;
}

/** Names in dependency order: every table after all of its parents; ties by level then name. */
export function topoOrder(g: Graph): string[] {
  const level = levelsById(g);
  // Ids are in name order, so bucketing them by level in id order is the (level, name) sort.
  const byLevel: number[][] = [];
  for (let i = 0; i < level.length; i++) (byLevel[level[i]] ??= []).push(i);
  const out: string[] = [];
  for (const ids of byLevel) if (ids) for (const i of ids) out.push(g.names[i]);
  return out;
}

/** The subgraph induced by a set of names (edges between them only). */
export function subgraph(g: Graph, keep: Iterable<string>): Graph {
  const ids = new Set(idsOf(g, keep));
  const edges: [string, string][] = [];
  for (const c of ids) for (const p of g.parents[c]) if (ids.has(p)) edges.push([g.names[p], g.names[c]]);
  return buildGraph(
    [...ids].map((i) => g.names[i]),
    edges,
  );
}
