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

/** The pieces a name of `length` characters is cut into for the index: [start, length] each. */
function pieces(length: number): [number, number][] {
  const base = Math.floor(length / PIECES);
  const longer = length % PIECES; // the last `longer` pieces get one more character
  const out: [number, number][] = [];
  for (let i = 0, at = 0; i < PIECES; i++) {
    const len = base + (i >= PIECES - longer ? 1 : 0);
    out.push([at, len]);
    at += len;
  }
  return out;
}

/**
 * Names to suggest from, indexed for many lookups. Each name is cut into PIECES pieces; a
 * name within the typo bound of the query keeps at least one piece intact (each edit touches
 * one piece), found in the query at most `bound` characters from where it sits in the name.
 * So a lookup lists the pieces of names of each possible length that occur in the query near
 * their place, and computes the distance only for those names: a handful, however many
 * names there are.
 * The index is built on the first lookup, so a project whose names all resolve never pays.
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

  /** `names` is read on the first lookup. */
  constructor(names: Iterable<string>) {
    this.source = names;
  }

  private build() {
    if (!this.source) return;
    this.names = [...this.source];
    this.source = undefined;
    for (let id = 0; id < this.names.length; id++) {
      const low = this.names[id].toLowerCase();
      this.lower.push(low);
      if (low.length < PIECES) {
        this.short.push(id);
        continue;
      }
      pieces(low.length).forEach(([at, len], i) => {
        const key = low.length * PIECES + i;
        let byText = this.pieceIndex.get(key);
        if (!byText) this.pieceIndex.set(key, (byText = new Map()));
        const text = low.slice(at, at + len);
        const ids = byText.get(text);
        if (ids) ids.push(id);
        else byText.set(text, [id]);
      });
    }
  }

  /**
   * The closest name to `name` (case-insensitive) within its typo bound, the first in code
   * unit order among equally close ones; `exclude` is never the answer.
   */
  suggest(name: string, exclude?: string): string | null {
    this.build();
    const max = typoBound(name);
    const query = name.toLowerCase();
    const n = query.length;
    let best: string | null = null;
    let bestDistance = max + 1;
    const seen = new Set<number>();
    const consider = (id: number) => {
      if (seen.has(id)) return;
      seen.add(id);
      const candidate = this.names[id];
      if (candidate === exclude) return;
      this.comparisons++;
      const d = editDistance(query, this.lower[id], Math.min(max, bestDistance));
      if (d < bestDistance || (d === bestDistance && best !== null && candidate < best)) {
        best = candidate;
        bestDistance = d;
      }
    };
    if (n - max < PIECES) for (const id of this.short) consider(id);
    for (let len = Math.max(PIECES, n - max); len <= n + max; len++) {
      pieces(len).forEach(([at, size], i) => {
        const byText = this.pieceIndex.get(len * PIECES + i);
        if (!byText) return;
        const from = Math.max(0, at - max);
        const to = Math.min(n - size, at + max);
        for (let j = from; j <= to; j++) {
          const ids = byText.get(query.slice(j, j + size));
          if (ids) for (const id of ids) consider(id);
        }
      });
    }
    return bestDistance <= max ? best : null;
  }
}

/** The closest name to a misspelt one, if one is close enough to be a likely typo. */
export function suggestName(name: string, candidates: Iterable<string>): string | null {
  return new NameIndex(candidates).suggest(name);
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
