/**
 * `list` in ascending order (numbers by value, strings by code unit) without repeats, sorted
 * in place and returned. The lists it serves are mostly short (the tables a statement names,
 * a table's parents), and for those an insertion sort needs no Set, no copy and no comparator
 * calls; long lists are sorted and then compacted.
 */
export function sortUnique<T extends string | number>(list: T[]): T[] {
  if (list.length > 32) {
    list.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    let kept = 1;
    for (let i = 1; i < list.length; i++) if (list[i] !== list[kept - 1]) list[kept++] = list[i];
    list.length = kept;
    return list;
  }
  let n = 0;
  for (let i = 0; i < list.length; i++) {
    const item = list[i];
    let j = n;
    while (j > 0 && list[j - 1] > item) j--;
    if (j > 0 && list[j - 1] === item) continue;
    for (let k = n; k > j; k--) list[k] = list[k - 1];
    list[j] = item;
    n++;
  }
  list.length = n;
  return list;
}
