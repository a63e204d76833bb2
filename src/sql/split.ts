/**
 * Statement splitting on `;`. The lexer already removed comments and keeps strings whole, so
 * only a statement set needs care: its inner `;` do not end it, its `END` does (an `END` that
 * closes a CASE does not).
 */
import type { TokenList } from './tokenlist.js';
import { isPunct, isWord } from './tokens.js';

/** Token index range of one statement, end exclusive, without its terminating `;`. */
export interface StatementSpan {
  start: number;
  end: number;
  /** For a statement set: the token range of its body between BEGIN and END */
  body?: { start: number; end: number };
  /** A statement set that never reached its END */
  unterminated?: boolean;
}

/** Index just after the `BEGIN` (or `BEGIN STATEMENT SET`) that opens a statement set at `i`, or -1. */
export function statementSetBodyStart(t: TokenList, i: number): number {
  if (
    isWord(t, i, 'EXECUTE') &&
    isWord(t, i + 1, 'STATEMENT') &&
    isWord(t, i + 2, 'SET') &&
    isWord(t, i + 3, 'BEGIN')
  ) {
    return i + 4;
  }
  if (isWord(t, i, 'BEGIN') && isWord(t, i + 1, 'STATEMENT') && isWord(t, i + 2, 'SET')) {
    return isPunct(t, i + 3, ';') ? i + 4 : i + 3;
  }
  return -1;
}

export function splitStatements(t: TokenList): StatementSpan[] {
  const spans: StatementSpan[] = [];
  const n = t.count;
  let i = 0;
  while (i < n) {
    if (isPunct(t, i, ';')) {
      i++;
      continue;
    }
    const start = i;
    const bodyStart = statementSetBodyStart(t, i);
    if (bodyStart >= 0) {
      let caseDepth = 0;
      let j = bodyStart;
      for (; j < n; j++) {
        if (isWord(t, j, 'CASE')) caseDepth++;
        else if (isWord(t, j, 'END')) {
          if (caseDepth === 0) break;
          caseDepth--;
        }
      }
      if (j < n) {
        spans.push({ start, end: j + 1, body: { start: bodyStart, end: j } });
        i = j + 1;
      } else {
        spans.push({ start, end: n, body: { start: bodyStart, end: n }, unterminated: true });
        i = n;
      }
      continue;
    }
    let j = i;
    while (j < n && !isPunct(t, j, ';')) j++;
    spans.push({ start, end: j });
    i = j + 1;
  }
  return spans;
}
