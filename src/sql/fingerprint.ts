/**
 * Fingerprints: sha256 over a canonical form of the token stream, so that whitespace,
 * comments, keyword case and statement terminators do not count as change. Identifiers keep
 * their case (Flink names are case-sensitive); strings, quoted names and hints are kept.
 *
 * The canonical form is the tokens joined by a single space where two neighbours would
 * otherwise lex as one token, and by nothing elsewhere; it lexes back to the same tokens, so
 * different token streams never share it. It is built from slices of the original text
 * wherever the text is already canonical, which keeps large projects fast.
 */
import * as crypto from 'node:crypto';
import type { Token } from './lexer.js';
import { BUILTIN_FUNCTIONS } from './keywords.js';

function wordLike(t: Token): boolean {
  return t.kind === 'identifier' || t.kind === 'keyword' || t.kind === 'number';
}

/** Whether `a` directly followed by `b` would lex differently (`a b` vs `ab`, `< =` vs `<=`, `'a' 'b'` vs `'a''b'`). */
function needsSpace(a: Token, b: Token): boolean {
  if (a.kind === b.kind) return a.kind !== 'punct' && a.kind !== 'hint';
  if (wordLike(a) && wordLike(b)) return true;
  return (a.kind === 'number' && b.text === '.') || (a.text === '.' && b.kind === 'number');
}

/** The token's canonical text when it differs from the written text, else null. */
function canonical(tk: Token, next: Token | undefined): string | null {
  switch (tk.kind) {
    case 'keyword':
      return tk.up === tk.text ? null : tk.up;
    case 'identifier':
      // Built-in function names are case-insensitive in Flink: `count(*)` is `COUNT(*)`.
      if (next !== undefined && next.kind === 'punct' && next.text === '(' && BUILTIN_FUNCTIONS.has(tk.up)) {
        return tk.up === tk.text ? null : tk.up;
      }
      return null;
    case 'hint': {
      const collapsed = tk.text.replace(/\s+/g, ' ');
      return collapsed === tk.text ? null : collapsed;
    }
  }
  return null;
}

/** Canonical form of `t[start, end)` (offsets into `text`), `;` left out. */
export function normalisedTokens(text: string, t: Token[], start: number, end: number): string {
  let out = '';
  let prev: Token | null = null;
  let runStart = -1;
  let runEnd = 0;
  for (let i = start; i < end; i++) {
    const tk = t[i];
    if (tk.kind === 'punct' && tk.text === ';') continue;
    const canon = canonical(tk, t[i + 1]);
    const space = prev !== null && needsSpace(prev, tk);
    const gapMatches = space
      ? tk.offset === runEnd + 1 && text.charCodeAt(runEnd) === 32
      : tk.offset === runEnd;
    if (canon === null && runStart >= 0 && gapMatches) {
      runEnd = tk.end;
    } else {
      if (runStart >= 0) out += text.slice(runStart, runEnd);
      if (space) out += ' ';
      if (canon === null) {
        runStart = tk.offset;
        runEnd = tk.end;
      } else {
        out += canon;
        runStart = -1;
      }
    }
    prev = tk;
  }
  if (runStart >= 0) out += text.slice(runStart, runEnd);
  return out;
}

/** One-shot `crypto.hash` (Node ≥ 20.12) is about three times faster than a Hash object on short inputs. */
const oneShot = typeof crypto.hash === 'function' ? crypto.hash : null;

export function sha256(text: string): string {
  return oneShot !== null
    ? oneShot('sha256', text, 'hex')
    : crypto.createHash('sha256').update(text).digest('hex');
}
