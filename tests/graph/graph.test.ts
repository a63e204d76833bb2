import { describe, expect, test } from '@jest/globals';
import {
  ancestors,
  buildGraph,
  descendants,
  findCycle,
  subgraph,
  topoLevels,
  topoOrder,
} from '../../src/graph/graph.js';

// The shift_left p2 topology: a diamond y→z→d / y→d, fan-out at z, two-parent joins.
const P2_EDGES: [string, string][] = [
  ['src_a', 'a'],
  ['src_x', 'a'],
  ['src_x', 'x'],
  ['src_b', 'b'],
  ['src_y', 'y'],
  ['x', 'z'],
  ['y', 'z'],
  ['y', 'd'],
  ['z', 'd'],
  ['z', 'c'],
  ['b', 'c'],
  ['z', 'p'],
  ['c', 'e'],
  ['d', 'f'],
];
const P2_NODES = [...new Set(P2_EDGES.flat())];
const p2 = buildGraph(P2_NODES, P2_EDGES);

describe('graph walks', () => {
  test('ancestors of f are every table upstream of it, once', () => {
    expect(ancestors(p2, ['f'])).toEqual(['d', 'src_x', 'src_y', 'x', 'y', 'z']);
  });
  test('descendants of y reach through the diamond once', () => {
    expect(descendants(p2, ['y'])).toEqual(['c', 'd', 'e', 'f', 'p', 'z']);
  });
  test('a start table is not its own ancestor or descendant', () => {
    expect(ancestors(p2, ['src_a'])).toEqual([]);
    expect(descendants(p2, ['e'])).toEqual([]);
  });
  test('several start tables union their reach and exclude each other only when unreached', () => {
    expect(descendants(p2, ['x', 'z'])).toEqual(['c', 'd', 'e', 'f', 'p', 'z']);
  });
  test('unknown start table is an error', () => {
    expect(() => ancestors(p2, ['nope'])).toThrow('unknown table nope');
  });
});

describe('levels and order', () => {
  test('level is the longest path from a source', () => {
    const levels = topoLevels(p2);
    expect(Object.fromEntries(levels)).toEqual({
      src_a: 0,
      src_b: 0,
      src_x: 0,
      src_y: 0,
      a: 1,
      b: 1,
      x: 1,
      y: 1,
      z: 2,
      c: 3,
      d: 3,
      p: 3,
      e: 4,
      f: 4,
    });
  });
  test('topological order puts every table after all of its parents', () => {
    const order = topoOrder(p2);
    const pos = new Map(order.map((n, i) => [n, i]));
    for (const [p, c] of P2_EDGES) expect(pos.get(p)!).toBeLessThan(pos.get(c)!);
    expect(order).toHaveLength(P2_NODES.length);
  });
  test('a 10,000-long chain is walked without recursion limits', () => {
    const names = Array.from({ length: 10000 }, (_, i) => `t${i}`);
    const edges = names.slice(1).map((n, i) => [names[i], n] as [string, string]);
    const g = buildGraph(names, edges);
    expect(topoLevels(g).get('t9999')).toBe(9999);
    expect(findCycle(g)).toBeNull();
    expect(ancestors(g, ['t9999'])).toHaveLength(9999);
  });
});

describe('cycles', () => {
  test('a DAG has none', () => {
    expect(findCycle(p2)).toBeNull();
  });
  test('the cycle path starts and ends on the same table and follows edges', () => {
    const g = buildGraph(
      ['a', 'b', 'c', 'd'],
      [
        ['a', 'b'],
        ['b', 'c'],
        ['c', 'a'],
        ['c', 'd'],
      ],
    );
    const cycle = findCycle(g)!;
    expect(cycle[0]).toBe(cycle[cycle.length - 1]);
    expect(new Set(cycle)).toEqual(new Set(['a', 'b', 'c']));
    for (let i = 0; i + 1 < cycle.length; i++) {
      expect(g.children[g.index.get(cycle[i])!]).toContain(g.index.get(cycle[i + 1])!);
    }
    expect(() => topoLevels(g)).toThrow('cycle');
  });
  test('a self-loop is a cycle of one', () => {
    expect(findCycle(buildGraph(['a'], [['a', 'a']]))).toEqual(['a', 'a']);
  });
});

describe('construction', () => {
  test('duplicate edges collapse and lists are sorted by name', () => {
    const g = buildGraph(
      ['c', 'a', 'b'],
      [
        ['b', 'c'],
        ['a', 'c'],
        ['a', 'c'],
      ],
    );
    expect(g.names).toEqual(['a', 'b', 'c']);
    expect(g.parents[g.index.get('c')!].map((i) => g.names[i])).toEqual(['a', 'b']);
  });
  test('an edge to an unknown node is refused', () => {
    expect(() => buildGraph(['a'], [['a', 'b']])).toThrow('b');
  });
  test('subgraph keeps only edges between kept nodes', () => {
    const s = subgraph(p2, ['y', 'z', 'd', 'f']);
    expect(s.names).toEqual(['d', 'f', 'y', 'z']);
    const edges = s.names.flatMap((c, i) => s.parents[i].map((p) => `${s.names[p]}->${c}`));
    expect(edges.sort()).toEqual(['d->f', 'y->d', 'y->z', 'z->d']);
  });
});
