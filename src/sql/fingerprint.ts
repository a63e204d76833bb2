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
import { BUILTIN_FUNCTIONS } from './keywords.js';
import { HINT, IDENTIFIER, KEYWORD, NUMBER, PUNCT, UP_IS_TEXT, type TokenList } from './tokenlist.js';

function wordLike(kind: number): boolean {
  return kind === IDENTIFIER || kind === KEYWORD || kind === NUMBER;
}

/** Whether token `a` directly followed by `b` would lex differently (`a b` vs `ab`, `< =` vs `<=`, `'a' 'b'` vs `'a''b'`). */
function needsSpace(t: TokenList, a: number, b: number): boolean {
  const ka = t.kinds[a];
  const kb = t.kinds[b];
  if (ka === kb) return ka !== PUNCT && ka !== HINT;
  if (wordLike(ka) && wordLike(kb)) return true;
  return (ka === NUMBER && t.textIs(b, '.')) || (t.textIs(a, '.') && kb === NUMBER);
}

/** Token `i`'s canonical text when it differs from the written text, else null. */
function canonical(t: TokenList, i: number): string | null {
  switch (t.kinds[i]) {
    case KEYWORD:
      return (t.flags[i] & UP_IS_TEXT) !== 0 ? null : t.up(i);
    case IDENTIFIER: {
      // Built-in function names are case-insensitive in Flink: `count(*)` is `COUNT(*)`.
      if (!t.isPunct(i + 1, '(')) return null;
      const up = t.up(i);
      if (!BUILTIN_FUNCTIONS.has(up)) return null;
      return t.textIs(i, up) ? null : up;
    }
    case HINT: {
      const text = t.text(i);
      const collapsed = text.replace(/\s+/g, ' ');
      return collapsed === text ? null : collapsed;
    }
  }
  return null;
}

/** Canonical form of `t[start, end)`, `;` left out. */
export function normalisedTokens(t: TokenList, start: number, end: number): string {
  const text = t.src;
  let out = '';
  let prev = -1;
  let runStart = -1;
  let runEnd = 0;
  for (let i = start; i < end; i++) {
    if (t.isPunct(i, ';')) continue;
    const offset = t.starts[i];
    const canon = canonical(t, i);
    const space = prev >= 0 && needsSpace(t, prev, i);
    const gapMatches = space ? offset === runEnd + 1 && text.charCodeAt(runEnd) === 32 : offset === runEnd;
    if (canon === null && runStart >= 0 && gapMatches) {
      runEnd = t.ends[i];
    } else {
      if (runStart >= 0) out += text.slice(runStart, runEnd);
      if (space) out += ' ';
      if (canon === null) {
        runStart = offset;
        runEnd = t.ends[i];
      } else {
        out += canon;
        runStart = -1;
      }
    }
    prev = i;
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
