// Fingerprints hash the canonical text through Utf8Buffer instead of a string: its bytes must
// be what Node writes for the same string (UTF-8, U+FFFD for a lone surrogate), however the
// text is cut into appended slices.
import { describe, expect, test } from '@jest/globals';
import { Utf8Buffer } from '../../src/sql/utf8.js';

function rng(seed: number) {
  let s = seed >>> 0;
  return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

const UNITS = [
  'a',
  'Z',
  ' ',
  'é',
  'ß',
  '€',
  '中',
  '\ud83d\ude00',
  '\ud83d',
  '\ude00',
  '\u0000',
  '\uffff',
  '\ud800',
  '\udfff',
];

describe('Utf8Buffer', () => {
  test('matches Buffer.from for random texts cut into random slices, lone surrogates included', () => {
    const random = rng(42);
    for (let round = 0; round < 2000; round++) {
      let text = '';
      const n = Math.floor(random() * 40);
      for (let i = 0; i < n; i++) text += UNITS[Math.floor(random() * UNITS.length)];
      const buffer = new Utf8Buffer();
      let at = 0;
      while (at < text.length) {
        const to = Math.min(text.length, at + 1 + Math.floor(random() * 5));
        buffer.append(text, at, to);
        at = to;
      }
      expect(Buffer.from(buffer.view()).equals(Buffer.from(text, 'utf8'))).toBe(true);
    }
  });

  test('grows past its first allocation and starts over on reset', () => {
    const buffer = new Utf8Buffer();
    const big = '€'.repeat(100_000);
    buffer.append(big, 0, big.length);
    expect(Buffer.from(buffer.view()).equals(Buffer.from(big))).toBe(true);
    buffer.reset();
    buffer.append('\ud83d', 0, 1);
    buffer.reset();
    buffer.append('x', 0, 1);
    expect(Buffer.from(buffer.view()).toString()).toBe('x');
  });
});
