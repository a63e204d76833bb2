/** Small predicates and readers over a token array, shared by the statement analyzers. */
import type { Token } from './lexer.js';
import type { SqlIssue } from './types.js';

export function isPunct(t: Token | undefined, ch: string): boolean {
  return t !== undefined && t.kind === 'punct' && t.text === ch;
}

/** True for an unquoted word (keyword or identifier) spelled `up` in any case. */
export function isWord(t: Token | undefined, up: string): boolean {
  return t !== undefined && t.up === up;
}

/** A token that can be one part of a (possibly dotted) name. */
export function isNamePart(t: Token | undefined): boolean {
  return t !== undefined && (t.kind === 'identifier' || t.kind === 'quoted' || t.kind === 'keyword');
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
export function readName(t: Token[], i: number, end: number): NameRead {
  const first = t[i];
  const parts = [first.value];
  let last = first;
  let j = i + 1;
  while (j + 1 < end && isPunct(t[j], '.') && isNamePart(t[j + 1])) {
    last = t[j + 1];
    parts.push(last.value);
    j += 2;
  }
  return {
    parts,
    name: parts.length === 1 ? parts[0] : parts.join('.'),
    offset: first.offset,
    length: last.end - first.offset,
    line: first.line,
    next: j,
  };
}

/**
 * Index of the closing parenthesis for every `(` (other entries are unused). An unclosed `(`
 * maps to `t.length` so that every walker stays bounded; both kinds of imbalance are reported.
 */
export function matchParens(t: Token[], issues: SqlIssue[]): Int32Array {
  const match = new Int32Array(t.length);
  const stack: number[] = [];
  let extraClose: Token | null = null;
  for (let i = 0; i < t.length; i++) {
    const tk = t[i];
    if (tk.kind !== 'punct') continue;
    if (tk.text === '(') stack.push(i);
    else if (tk.text === ')') {
      const open = stack.pop();
      if (open !== undefined) match[open] = i;
      else extraClose ??= tk;
    }
  }
  // One issue per kind and statement: a missing parenthesis is one mistake, however many follow.
  if (extraClose !== null) {
    issues.push({
      severity: 'error',
      line: extraClose.line,
      message: "unbalanced parentheses: unexpected ')'",
    });
  }
  for (const open of stack) match[open] = t.length;
  if (stack.length > 0) {
    issues.push({
      severity: 'error',
      line: t[stack[0]].line,
      message: "unbalanced parentheses: '(' is never closed",
    });
  }
  return match;
}

/** Whether the parenthesis at `i` opens a query: `(SELECT`, `(WITH`, `(VALUES`, also behind further `(`. */
export function opensQuery(t: Token[], i: number): boolean {
  let j = i + 1;
  while (isPunct(t[j], '(')) j++;
  const up = t[j]?.up;
  return up === 'SELECT' || up === 'WITH' || up === 'VALUES';
}
