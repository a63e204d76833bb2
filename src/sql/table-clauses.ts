/**
 * The clauses of CREATE TABLE after the table's name. The analysis walks them for the
 * statement's facts (LIKE source, AS query, changelog.mode); the table's TableDdl is read by a
 * second walk, later and only when asked for. Both use this one walk, so that they cannot
 * disagree about where a clause starts or ends.
 */
import { emptyDdl, parseDistribution, parseOptions, parseTableBody } from './ddl.js';
import type { TokenList } from './tokenlist.js';
import { isPunct, isWord, nameStartsAt, readName, type NameRead } from './tokens.js';
import type { TableDdl } from './types.js';

export interface ClauseVisitor {
  /** The `( … )` column list at `open` */
  body?(open: number): void;
  distribution?(d: NonNullable<TableDdl['distribution']>): void;
  /** `WITH ( … )`, the `(` at `open` */
  options?(open: number): void;
  like?(name: NameRead): void;
  /** `AS` at `i`: a query follows, and the walk ends here */
  as?(i: number): void;
}

/** Walks `t[i, end)`, which follows the table's name. */
export function walkTableClauses(
  t: TokenList,
  i: number,
  end: number,
  match: Int32Array,
  visit: ClauseVisitor,
): void {
  if (isPunct(t, i, '(')) {
    visit.body?.(i);
    i = match[i] + 1;
  }
  while (i < end) {
    const up = t.up(i);
    if (up === 'COMMENT') i += 2;
    else if (up === 'PARTITIONED' && isWord(t, i + 1, 'BY') && isPunct(t, i + 2, '(')) i = match[i + 2] + 1;
    else if (up === 'DISTRIBUTED') {
      const d = parseDistribution(t, i, match);
      visit.distribution?.(d.distribution);
      i = d.next;
    } else if (up === 'WITH' && isPunct(t, i + 1, '(')) {
      visit.options?.(i + 1);
      i = match[i + 1] + 1;
    } else if (up === 'LIKE' && nameStartsAt(t, i + 1, end)) {
      const name = readName(t, i + 1, end);
      visit.like?.(name);
      i = name.next;
      if (isPunct(t, i, '(')) i = match[i] + 1;
    } else if (up === 'AS') {
      visit.as?.(i);
      return;
    } else if (isPunct(t, i, '(')) i = match[i] + 1;
    else i++;
  }
}

/** The TableDdl of the clauses in `t[i, end)`. */
export function readTableDdl(t: TokenList, i: number, end: number, match: Int32Array): TableDdl {
  const ddl = emptyDdl();
  walkTableClauses(t, i, end, match, {
    body: (open) => parseTableBody(t, open, match, ddl),
    distribution: (d) => {
      ddl.distribution = d;
    },
    options: (open) => {
      Object.assign(ddl.options, parseOptions(t, open, match).options);
    },
  });
  return ddl;
}
