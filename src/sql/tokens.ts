/** Small predicates and readers over a TokenList, shared by the statement analyzers. */
import { IDENTIFIER, KEYWORD, QUOTED, type TokenList } from './tokenlist.js';
import type { SqlIssue } from './types.js';

export function isPunct(t: TokenList, i: number, ch: string): boolean {
  return t.isPunct(i, ch);
}

/** True for an unquoted word (keyword or identifier) spelled `up` in any case. */
export function isWord(t: TokenList, i: number, up: string): boolean {
  return t.isWord(i, up);
}

/** A token that can be one part of a (possibly dotted) name. */
export function isNamePart(t: TokenList, i: number): boolean {
  const kind = t.kind(i);
  return kind === IDENTIFIER || kind === QUOTED || kind === KEYWORD;
}

/** Words that open a query: where one stands, a name does not. */
export const QUERY_STARTS: ReadonlySet<string> = new Set(['SELECT', 'WITH', 'VALUES', 'TABLE']);

/** Whether a table name (not a query) starts at `i`, before `end`. */
export function nameStartsAt(t: TokenList, i: number, end: number): boolean {
  return i < end && isNamePart(t, i) && !(t.kind(i) === KEYWORD && QUERY_STARTS.has(t.up(i)));
}

export interface NameRead {
  parts: string[];
  /** Parts joined by `.`, backticks removed */
  name: string;
  offset: number;
  length: number;
  line: number;
  /** Index of the first token after the name */
  next: number;
}

/** Reads `part(.part)*` at `i`; the caller has checked that `t[i]` may start a name. */
export function readName(t: TokenList, i: number, end: number): NameRead {
  const parts = [t.value(i)];
  let last = i;
  let j = i + 1;
  while (j + 1 < end && t.isPunct(j, '.') && isNamePart(t, j + 1)) {
    last = j + 1;
    parts.push(t.value(last));
    j += 2;
  }
  const offset = t.starts[i];
  return {
    parts,
    name: parts.length === 1 ? parts[0] : parts.join('.'),
    offset,
    length: t.ends[last] - offset,
    line: t.lines[i],
    next: j,
  };
}

/**
 * Index of the closing parenthesis for every `(` (other entries are 0). An unclosed `(` maps
 * to `t.count` so that every walker stays bounded; both kinds of imbalance are reported.
 * The array is the list's own scratch buffer: valid until the list is refilled.
 */
export function matchParens(t: TokenList, issues: SqlIssue[]): Int32Array {
  const n = t.count;
  const match = t.match;
  match.fill(0, 0, n);
  const stack: number[] = [];
  let extraClose = -1;
  for (let i = 0; i < n; i++) {
    if (t.isPunct(i, '(')) stack.push(i);
    else if (t.isPunct(i, ')')) {
      const open = stack.pop();
      if (open !== undefined) match[open] = i;
      else if (extraClose < 0) extraClose = i;
    }
  }
  // One issue per kind and statement: a missing parenthesis is one mistake, however many follow.
  if (extraClose >= 0) {
    issues.push({
      severity: 'error',
      line: t.lines[extraClose],
      message: "unbalanced parentheses: unexpected ')'",
    });
  }
  for (const open of stack) match[open] = n;
  if (stack.length > 0) {
    issues.push({
      severity: 'error',
      line: t.lines[stack[0]],
      message: "unbalanced parentheses: '(' is never closed",
    });
  }
  return match;
}

/**
 * How deep the analyzers recurse into parentheses and subqueries. Real SQL stays far below;
 * deeper input is reported as "nested too deep" instead of exhausting the stack.
 */
export const MAX_DEPTH = 200;

/**
 * Whether the parenthesis at `i` opens a query: `(SELECT`, `(WITH`, `(VALUES`, also behind
 * further `(` (at most MAX_DEPTH of them, so that a long run of `(` is not read again at every
 * level).
 */
export function opensQuery(t: TokenList, i: number): boolean {
  let j = i + 1;
  while (t.isPunct(j, '(') && j - i <= MAX_DEPTH) j++;
  return t.isWord(j, 'SELECT') || t.isWord(j, 'WITH') || t.isWord(j, 'VALUES');
}
