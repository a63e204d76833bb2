/** Sorting of the short name lists every statement produces. */

function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * `names` in code-unit order without duplicates, sorted in place. A statement names a handful
 * of tables, and for those an insertion sort needs no Set and no copy; long lists take the
 * general path.
 */
export function sortUnique(names: string[]): string[] {
  if (names.length > 32) return [...new Set(names)].sort(byCodeUnit);
  let n = 0;
  for (let i = 0; i < names.length; i++) {
    const name = names[i];
    let j = n;
    while (j > 0 && names[j - 1] > name) j--;
    if (j > 0 && names[j - 1] === name) continue;
    for (let k = n; k > j; k--) names[k] = names[k - 1];
    names[j] = name;
    n++;
  }
  names.length = n;
  return names;
}
