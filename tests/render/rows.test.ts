import { describe, expect, test } from '@jest/globals';
import { Rows } from '../../src/render/rows.js';

/** Rows `row 0`, `row 1`, … counting how many were rendered. */
function counted(length: number) {
  const rendered: number[] = [];
  const rows = new Rows(length, (i) => {
    rendered.push(i);
    return `row ${i}`;
  });
  return { rows, rendered };
}

describe('Rows', () => {
  test('answers as the fully rendered list would, rendering each row once and only when needed', () => {
    const { rows, rendered } = counted(1000);
    const lines = Array.from({ length: 1000 }, (_, i) => `row ${i}`);
    const chars = (n: number) => lines.slice(0, n).reduce((sum, l) => sum + l.length + 1, 0);
    expect(rows.chars(3)).toBe(chars(3));
    expect(rendered).toEqual([0, 1, 2]);
    expect(rows.first(5)).toEqual(lines.slice(0, 5));
    expect(rows.chars(2)).toBe(chars(2));
    expect(rows.items(7)).toBe(7);
    expect(rendered).toEqual([0, 1, 2, 3, 4]);
    expect(rows.first(1000)).toEqual(lines);
    expect(rendered).toEqual(lines.map((_, i) => i));
  });

  test('charsReaching stops at the first prefix reaching the limit, or measures all', () => {
    const { rows, rendered } = counted(1000);
    // `row 0`…`row 9` are 6 characters with their newline.
    expect(rows.charsReaching(30)).toBe(30);
    expect(rendered).toHaveLength(5);
    expect(rows.charsReaching(31)).toBe(36);
    expect(rows.charsReaching(0)).toBe(0);
    const small = counted(3).rows;
    expect(small.charsReaching(1e9)).toBe(18);
  });

  test('rows standing for several items', () => {
    const rows = Rows.of(['a', 'bb', 'ccc'], [1, 5, 2]);
    expect([0, 1, 2, 3].map((n) => rows.items(n))).toEqual([0, 1, 6, 8]);
    expect(rows.chars(3)).toBe(9);
  });
});
