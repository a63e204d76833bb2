/** Small formatting rules for change details, which end up in PR comments. */

/** Property and option keys whose values must not reach a PR comment. */
const SECRET_KEY = /secret|password|passwd|token|credential|api[-_.]?key|private/i;
const MAX_VALUE = 40;

/** A value as a detail shows it: `unset` when absent, masked for secret-looking keys, shortened. */
export function showValue(key: string, value: string | undefined): string {
  if (value === undefined) return 'unset';
  if (SECRET_KEY.test(key)) return '***';
  return value.length > MAX_VALUE ? `${value.slice(0, MAX_VALUE - 1)}…` : value;
}

/** Joins detail items with `; `, keeping to about `max` characters with a count of what was cut. */
export function joinCapped(items: readonly string[], max = 200): string {
  const all = items.join('; ');
  if (all.length <= max) return all;
  const more = (n: number) => (n > 0 ? `; … (+${n} more)` : '');
  let out = '';
  for (let i = 0; i < items.length; i++) {
    const next = out ? `${out}; ${items[i]}` : items[i];
    if (next.length + more(items.length - i - 1).length > max) {
      if (out) return out + more(items.length - i);
      const tail = more(items.length - 1);
      return `${items[0].slice(0, Math.max(max - tail.length - 1, 1))}…${tail}`;
    }
    out = next;
  }
  return out;
}
