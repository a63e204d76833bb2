/**
 * "Did you mean" suggestions. A suggestion is offered only for a plausible typo: at most
 * MAX_TYPO_EDITS edits (one letter wrong, missing or extra, or two letters swapped) and at
 * most one edit per five characters, so short names never match unrelated short names.
 */
export const MAX_TYPO_EDITS = 2;

/** The largest edit distance at which a candidate counts as a typo of `name`. */
export function typoBound(name: string): number {
  return Math.min(MAX_TYPO_EDITS, Math.max(1, Math.floor(name.length / 5)));
}

// Two reusable rows: the distance runs once per candidate a lookup cannot rule out.
let prevRow = new Int32Array(64);
let curRow = new Int32Array(64);

/**
 * Levenshtein distance of `a` and `b` when it is at most `max`, else `max + 1`. Only the band
 * of cells within `max` of the diagonal is computed, and a row whose cells all exceed `max`
 * ends the computation.
 */
export function editDistance(a: string, b: string, max: number): number {
  const la = a.length;
  const lb = b.length;
  const over = max + 1;
  if (max < 0 || Math.abs(la - lb) > max) return over;
  if (prevRow.length < lb + 2) {
    prevRow = new Int32Array(lb + 2);
    curRow = new Int32Array(lb + 2);
  }
  let prev = prevRow;
  let cur = curRow;
  for (let j = 0; j <= lb; j++) prev[j] = j <= max ? j : over;
  prev[lb + 1] = over;
  for (let i = 1; i <= la; i++) {
    const lo = i - max > 1 ? i - max : 1;
    const hi = i + max < lb ? i + max : lb;
    cur[0] = i <= max ? i : over;
    if (lo > 1) cur[lo - 1] = over;
    let rowMin = cur[0];
    const ca = a.charCodeAt(i - 1);
    for (let j = lo; j <= hi; j++) {
      let v = prev[j - 1] + (ca === b.charCodeAt(j - 1) ? 0 : 1);
      if (prev[j] + 1 < v) v = prev[j] + 1;
      if (cur[j - 1] + 1 < v) v = cur[j - 1] + 1;
      if (v > over) v = over;
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    // The next row reads one cell right of this band: outside it, so over the bound.
    if (hi < lb) cur[hi + 1] = over;
    if (rowMin > max) return over;
    const t = prev;
    prev = cur;
    cur = t;
  }
  return prev[lb] <= max ? prev[lb] : over;
}

/** One more piece than edits: a name within the bound keeps at least one piece intact. */
const PIECES = MAX_TYPO_EDITS + 1;

/** Start of piece `i` of a name of `length` characters; piece `i` ends where `i + 1` starts. */
function pieceStart(length: number, i: number): number {
  const base = Math.floor(length / PIECES);
  const shorter = PIECES - (length % PIECES); // the first `shorter` pieces have `base` characters
  return i <= shorter ? i * base : shorter * base + (i - shorter) * (base + 1);
}

/**
 * Names to suggest from, indexed for many lookups. Each name is cut into PIECES pieces; a
 * name within the typo bound of the query keeps at least one piece intact (each edit touches
 * one piece), found in the query shifted by the edits before it: as many edits are needed
 * before the piece as it is shifted, and after it as the rest of the length difference, so
 * the shifts to try are few. A lookup lists the pieces of names of each possible length that
 * occur in the query at those places, and computes the distance only for those names: a
 * handful, however many names there are. The index is built on the first lookup, so a
 * project whose names all resolve never pays.
 */
export class NameIndex {
  /** Edit distances computed so far (what a lookup costs; tests read it) */
  comparisons = 0;
  private source: Iterable<string> | undefined;
  private names: string[] = [];
  private lower: string[] = [];
  /** (length * PIECES + piece number) → piece text → ids of the names with that piece there */
  private pieceIndex = new Map<number, Map<string, number[]>>();
  /** Names shorter than PIECES characters, which have empty pieces */
  private short: number[] = [];
  /** Per name, the lookup that last considered it (so each is compared once per lookup) */
  private seen = new Uint32Array(0);
  private lookup = 0;
  private best: string | null = null;
  private bestDistance = 0;

  /** `names` is read on the first lookup. */
  constructor(names: Iterable<string>) {
    this.source = names;
  }

  private build() {
    this.names = [...this.source!];
    this.source = undefined;
    this.seen = new Uint32Array(this.names.length);
    for (let id = 0; id < this.names.length; id++) {
      const low = this.names[id].toLowerCase();
      this.lower.push(low);
      const n = low.length;
      if (n < PIECES) {
        this.short.push(id);
        continue;
      }
      for (let i = 0; i < PIECES; i++) {
        const key = n * PIECES + i;
        let byText = this.pieceIndex.get(key);
        if (!byText) this.pieceIndex.set(key, (byText = new Map()));
        const text = low.slice(pieceStart(n, i), pieceStart(n, i + 1));
        const ids = byText.get(text);
        if (ids) ids.push(id);
        else byText.set(text, [id]);
      }
    }
  }

  private consider(id: number, query: string, max: number, exclude: string | undefined) {
    if (this.seen[id] === this.lookup) return;
    this.seen[id] = this.lookup;
    const candidate = this.names[id];
    if (candidate === exclude) return;
    this.comparisons++;
    const d = editDistance(query, this.lower[id], Math.min(max, this.bestDistance));
    if (d < this.bestDistance || (d === this.bestDistance && this.best !== null && candidate < this.best)) {
      this.best = candidate;
      this.bestDistance = d;
    }
  }

  /**
   * The closest name to `name` (case-insensitive) within its typo bound, the first in code
   * unit order among equally close ones; `exclude` is never the answer.
   */
  suggest(name: string, exclude?: string): string | null {
    if (this.source) this.build();
    const max = typoBound(name);
    const query = name.toLowerCase();
    const n = query.length;
    this.lookup++;
    this.best = null;
    this.bestDistance = max + 1;
    if (n - max < PIECES) for (const id of this.short) this.consider(id, query, max, exclude);
    for (let len = Math.max(PIECES, n - max); len <= n + max; len++) {
      // Shift d of an intact piece: |d| edits before it, |n - len - d| after it, at most max.
      const delta = n - len;
      const spare = (max - Math.abs(delta)) >> 1;
      const lo = Math.min(0, delta) - spare;
      const hi = Math.max(0, delta) + spare;
      for (let i = 0; i < PIECES; i++) {
        const byText = this.pieceIndex.get(len * PIECES + i);
        if (!byText) continue;
        const at = pieceStart(len, i);
        const size = pieceStart(len, i + 1) - at;
        const to = Math.min(n - size, at + hi);
        for (let j = Math.max(0, at + lo); j <= to; j++) {
          const ids = byText.get(query.slice(j, j + size));
          if (ids) for (const id of ids) this.consider(id, query, max, exclude);
        }
      }
    }
    return this.bestDistance <= max ? this.best : null;
  }
}

/** The closest name to a misspelt one, if one is close enough to be a likely typo. */
export function suggestName(name: string, candidates: Iterable<string>): string | null {
  return new NameIndex(candidates).suggest(name);
}

/** `1,234`: grouping without the runtime's locale data (whose first use costs ~100 ms). */
export function count(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** Shell-style glob (`*`, `?`) to a whole-string matcher, for `externalTables`. */
export function globMatcher(patterns: readonly string[]): (name: string) => boolean {
  if (!patterns.length) return () => false;
  const source = patterns
    .map((p) =>
      p
        .replace(/[.+^${}()|[\]\\]/g, '\\$&')
        .replace(/\*/g, '.*')
        .replace(/\?/g, '.'),
    )
    .join('|');
  const re = new RegExp(`^(?:${source})$`);
  return (name) => re.test(name);
}
