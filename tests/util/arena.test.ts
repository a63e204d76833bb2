import { describe, expect, test } from '@jest/globals';
import { Utf8Arena } from '../../src/util/arena.js';

describe('Utf8Arena', () => {
  test('every piece keeps its exact UTF-8 bytes across buffer boundaries, however wide its characters', () => {
    const chars = ['a', 'é', '€', '😀', '\u2028', '\ud800' /* a lone surrogate */, '"'];
    let seed = 3;
    const next = (n: number) => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;
    // Small buffers, so that most pieces land near a boundary; some longer than a buffer.
    for (const size of [1, 7, 16, 64]) {
      const arena = new Utf8Arena(size);
      const made: [string, Buffer][] = [];
      for (let k = 0; k < 2000; k++) {
        let s = '';
        for (let n = next(k % 50 === 0 ? 200 : 12); n > 0; n--) s += chars[next(chars.length)];
        made.push([s, arena.put(s)]);
      }
      for (const [s, piece] of made) expect(Buffer.compare(piece, Buffer.from(s))).toBe(0);
    }
  });
});
