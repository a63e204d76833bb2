/** Edit distance with an early exit once it exceeds `max` (suggestions only need small ones). */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      cur.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    prev = cur;
  }
  return prev[b.length];
}

/** The closest candidate to a misspelt name, if one is close enough to be a likely typo. */
export function suggestName(name: string, candidates: Iterable<string>): string | null {
  // About one edit per five characters: catches typos without suggesting unrelated short names.
  const max = Math.max(1, Math.floor(name.length / 5));
  let best: string | null = null;
  let bestDistance = max + 1;
  for (const c of candidates) {
    const d = editDistance(name.toLowerCase(), c.toLowerCase(), Math.min(max, bestDistance));
    if (d < bestDistance || (d === bestDistance && best !== null && c < best)) {
      best = c;
      bestDistance = d;
    }
  }
  return bestDistance <= max ? best : null;
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
