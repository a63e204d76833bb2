import { describe, expect, test } from '@jest/globals';
import { createRandom, type Random } from '../../src/emulator/prng.js';
import { editDistance, MAX_TYPO_EDITS, NameIndex, suggestName, typoBound } from '../../src/util/text.js';

/**
 * The rule before the index (kept here as the reference): every candidate compared with an
 * unbanded edit distance, up to one edit per five characters, ties to the first in code unit
 * order. Quadratic over many lookups, which is what the index replaces.
 */
function fullDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++)
      cur.push(Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1)));
    prev = cur;
  }
  return prev[b.length];
}

function oldSuggestion(name: string, candidates: readonly string[]): string | null {
  const max = Math.max(1, Math.floor(name.length / 5));
  let best: string | null = null;
  let bestDistance = max + 1;
  for (const c of candidates) {
    const d = fullDistance(name.toLowerCase(), c.toLowerCase());
    if (d < bestDistance || (d === bestDistance && best !== null && c < best)) {
      best = c;
      bestDistance = d;
    }
  }
  return bestDistance <= max ? best : null;
}

const ALPHABET = 'ab_cdAB.';

function randomName(rnd: Random, min: number, max: number, alphabet = ALPHABET): string {
  let s = '';
  for (let n = rnd.int(min, max); s.length < n;) s += alphabet[rnd.int(0, alphabet.length - 1)];
  return s;
}

/** `name` with `edits` random substitutions, insertions, deletions or swaps of neighbours. */
function mistype(rnd: Random, name: string, edits: number, alphabet = ALPHABET): string {
  let s = name;
  for (let e = 0; e < edits; e++) {
    const at = rnd.int(0, s.length);
    const ch = alphabet[rnd.int(0, alphabet.length - 1)];
    const kind = rnd.int(0, 3);
    if (kind === 0 && at < s.length) s = s.slice(0, at) + ch + s.slice(at + 1);
    else if (kind === 1) s = s.slice(0, at) + ch + s.slice(at);
    else if (kind === 2 && at < s.length) s = s.slice(0, at) + s.slice(at + 1);
    else if (at + 1 < s.length) s = s.slice(0, at) + s[at + 1] + s[at] + s.slice(at + 2);
  }
  return s;
}

/** Names shaped like a real project's: layer prefix, product, entity, qualifier. */
function projectNames(rnd: Random, count: number): string[] {
  const pick = (list: string[]) => list[rnd.int(0, list.length - 1)];
  const products = ['orders', 'payments', 'customers', 'inventory', 'shipping', 'billing', 'fraud', 'web'];
  const entities = ['order', 'order_item', 'payment', 'customer', 'address', 'session', 'click', 'invoice'];
  const qualifiers = ['enriched', 'latest', 'daily', 'summary', 'by_region', 'history', 'kpis', ''];
  const names = new Set<string>();
  while (names.size < count) {
    const layer = pick(['src_', 'int_', 'dim_', 'fct_', 'mv_']);
    const q = pick(qualifiers);
    names.add(`${layer}${pick(products)}_${pick(entities)}${q ? `_${q}` : ''}_${rnd.int(1, count)}`);
  }
  return [...names];
}

describe('editDistance', () => {
  test('equals the full distance when within the bound, else bound + 1 (random strings)', () => {
    const rnd = createRandom(7);
    for (let i = 0; i < 4000; i++) {
      const a = randomName(rnd, 0, 12, 'abc');
      const b = rnd.next() < 0.5 ? mistype(rnd, a, rnd.int(0, 4), 'abc') : randomName(rnd, 0, 12, 'abc');
      const max = rnd.int(0, 5);
      const full = fullDistance(a, b);
      expect([a, b, max, editDistance(a, b, max)]).toEqual([a, b, max, full <= max ? full : max + 1]);
    }
  });

  test('long strings of any length difference', () => {
    expect(editDistance('x'.repeat(300), 'x'.repeat(299) + 'y', 2)).toBe(1);
    expect(editDistance('x'.repeat(300), 'y'.repeat(300), 2)).toBe(3);
    expect(editDistance('', 'ab', 2)).toBe(2);
    expect(editDistance('abc', '', 2)).toBe(3);
  });
});

describe('did you mean', () => {
  test('the bound: one edit per five characters, at most MAX_TYPO_EDITS', () => {
    expect(typoBound('ab')).toBe(1);
    expect(typoBound('abcdefghij')).toBe(2);
    expect(typoBound('a'.repeat(60))).toBe(MAX_TYPO_EDITS);
    expect(suggestName('src_ordres', ['src_orders', 'x'])).toBe('src_orders'); // two letters swapped
    expect(suggestName('src_orders_enriched', ['src_orders_enriched_v22'])).toBeNull(); // 3 edits
  });

  test('equals the quadratic rule wherever that rule found a plausible typo (random inputs)', () => {
    const rnd = createRandom(42);
    let typos = 0;
    for (let round = 0; round < 300; round++) {
      const candidates = [...new Set(Array.from({ length: rnd.int(1, 40) }, () => randomName(rnd, 1, 14)))];
      const index = new NameIndex(candidates);
      for (let q = 0; q < 20; q++) {
        const base = candidates[rnd.int(0, candidates.length - 1)];
        const query = rnd.next() < 0.7 ? mistype(rnd, base, rnd.int(0, 3)) : randomName(rnd, 1, 14);
        const old = oldSuggestion(query, candidates);
        const plausible =
          old !== null && fullDistance(query.toLowerCase(), old.toLowerCase()) <= typoBound(query);
        if (plausible) typos++;
        const expected = plausible ? old : null;
        expect([query, index.suggest(query)]).toEqual([query, expected]);
        expect([query, suggestName(query, candidates)]).toEqual([query, expected]);
      }
    }
    expect(typos).toBeGreaterThan(1500); // the comparison mostly ran on real typos
  });

  test('the excluded name is never the answer; the next closest is', () => {
    const index = new NameIndex(['orders', 'order', 'ordersx']);
    expect(index.suggest('orders', 'orders')).toBe('order');
    expect(index.suggest('orderz', 'orders')).toBe('order');
    expect(new NameIndex(['orders']).suggest('order', 'orders')).toBeNull();
  });

  test('case-insensitive; names shorter than the index pieces are found too', () => {
    const index = new NameIndex(['A', 'Bc', 'ORDERS', 'x.y']);
    expect(index.suggest('a')).toBe('A');
    expect(index.suggest('bC')).toBe('Bc');
    expect(index.suggest('orders')).toBe('ORDERS');
    expect(index.suggest('x_y')).toBe('x.y');
  });

  test('names are not read until the first lookup', () => {
    let reads = 0;
    const names = {
      *[Symbol.iterator]() {
        reads++;
        yield 'orders';
      },
    };
    const index = new NameIndex(names);
    expect(reads).toBe(0);
    expect(index.suggest('order')).toBe('orders');
    expect(index.suggest('orderz')).toBe('orders');
    expect(reads).toBe(1);
  });

  test('a lookup compares a bounded number of names, however many the project has', () => {
    const perLookup: number[] = [];
    for (const size of [1000, 10000]) {
      const rnd = createRandom(size);
      const names = projectNames(rnd, size);
      const index = new NameIndex(names);
      // Raw topics the project reads but does not define: the common case, no typo.
      const raw = Array.from(
        { length: size / 5 },
        (_, i) => `cdc.prod.${randomName(rnd, 6, 30, 'abcdefgh_')}_${i}`,
      );
      for (const name of raw) index.suggest(name);
      // And real typos, which must still be found.
      let found = 0;
      for (let i = 0; i < 200; i++) {
        const name = names[rnd.int(0, names.length - 1)];
        if (index.suggest(mistype(rnd, name, 1, 'xyz')) !== null) found++;
      }
      expect(found).toBe(200);
      perLookup.push(index.comparisons / (raw.length + 200));
      // The quadratic rule compared every name for every lookup.
      expect(index.comparisons).toBeLessThan(((raw.length + 200) * names.length) / 100);
    }
    // Ten times the names: about the same work per lookup (the shapes repeat, so a few more).
    expect(perLookup[1]).toBeLessThan(perLookup[0] * 3 + 5);
  });
});
