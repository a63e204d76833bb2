/**
 * The statements of one SQL file as the referee needs them: the analyzer's verdict beside the
 * statement's tokens and offsets, so that a translation can rewrite parts of the text and the
 * planner's line and column still point into the file.
 */
import { lex, type Token } from '../sql/lexer.js';
import { tokenize } from '../sql/lexer.js';
import { splitStatements } from '../sql/split.js';
import type { AnalyzedStatement, SqlAnalysis } from '../sql/types.js';

export interface FileStatement {
  /** The analyzer's verdict for this statement */
  analyzed: AnalyzedStatement;
  /** The statement's tokens, without its terminating `;` */
  tokens: Token[];
  /** For a statement set: the token index range of its body in `tokens` */
  body?: { start: number; end: number };
  /** 0-based offsets of the statement's first character and just after its last */
  from: number;
  to: number;
}

/**
 * Pairs the analyzer's statements with their tokens. Both come from the same split, in the
 * same order; a statement whose first line differs is left out rather than mismatched.
 */
export function fileStatements(text: string, analysis: SqlAnalysis): FileStatement[] {
  const spans = splitStatements(tokenize(text, []));
  const tokens = lex(text).tokens;
  const out: FileStatement[] = [];
  spans.forEach((span, i) => {
    const analyzed = analysis.statements[i];
    const own = tokens.slice(span.start, span.end);
    if (!analyzed || !own.length || own[0].line !== analyzed.startLine) return;
    out.push({
      analyzed,
      tokens: own,
      body: span.body && { start: span.body.start - span.start, end: span.body.end - span.start },
      from: own[0].offset,
      to: own[own.length - 1].end,
    });
  });
  return out;
}

/**
 * `text[from, to)` with everything before it in the file turned into blanks (newlines kept),
 * so that the planner's "line L, column C" is the file's line and column.
 */
export function padded(text: string, from: number, to: number): string {
  return blank(text.slice(0, from)) + text.slice(from, to);
}

/** Spaces for every character but line breaks. */
export function blank(text: string): string {
  return text.replace(/[^\n]/g, ' ');
}

/** Index of the `)` that closes the `(` at `open`, or -1. */
export function closing(tokens: readonly Token[], open: number): number {
  let depth = 0;
  for (let i = open; i < tokens.length; i++) {
    if (tokens[i].kind !== 'punct') continue;
    if (tokens[i].text === '(') depth++;
    else if (tokens[i].text === ')' && --depth === 0) return i;
  }
  return -1;
}

/** Whether `tokens[i]` is the unquoted word `up` (any case). */
export function word(tokens: readonly Token[], i: number, up: string): boolean {
  const t = tokens[i];
  return !!t && (t.kind === 'keyword' || t.kind === 'identifier') && t.up === up;
}

export function punct(tokens: readonly Token[], i: number, ch: string): boolean {
  const t = tokens[i];
  return !!t && t.kind === 'punct' && t.text === ch;
}
