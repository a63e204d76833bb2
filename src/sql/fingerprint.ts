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
import { Utf8Buffer } from './utf8.js';

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

/**
 * Says which identifier tokens a caller reads case-insensitively beyond the built-in rules
 * (e.g. non-reserved DDL words); the fingerprint itself never folds more than it always did.
 */
export type FoldWord = (t: TokenList, i: number) => boolean;

/** Token `i`'s canonical text when it differs from the written text, else null. */
function canonical(t: TokenList, i: number, fold: FoldWord | undefined): string | null {
  switch (t.kinds[i]) {
    case KEYWORD:
      return (t.flags[i] & UP_IS_TEXT) !== 0 ? null : t.up(i);
    case IDENTIFIER: {
      if (fold !== undefined && (t.flags[i] & UP_IS_TEXT) === 0 && fold(t, i)) return t.up(i);
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

/** Receives the canonical form piece by piece: a slice of the source text or a literal. */
interface CanonicalSink {
  slice(text: string, from: number, to: number): void;
  literal(s: string): void;
}

/** Sends the canonical form of `t[start, end)`, `;` left out, to `sink`. */
function writeCanonical(
  t: TokenList,
  start: number,
  end: number,
  sink: CanonicalSink,
  fold?: FoldWord,
): void {
  const text = t.src;
  let prev = -1;
  let runStart = -1;
  let runEnd = 0;
  for (let i = start; i < end; i++) {
    if (t.isPunct(i, ';')) continue;
    const offset = t.starts[i];
    const canon = canonical(t, i, fold);
    const space = prev >= 0 && needsSpace(t, prev, i);
    const gapMatches = space ? offset === runEnd + 1 && text.charCodeAt(runEnd) === 32 : offset === runEnd;
    if (canon === null && runStart >= 0 && gapMatches) {
      runEnd = t.ends[i];
    } else {
      if (runStart >= 0) sink.slice(text, runStart, runEnd);
      if (space) sink.literal(' ');
      if (canon === null) {
        runStart = offset;
        runEnd = t.ends[i];
      } else {
        sink.literal(canon);
        runStart = -1;
      }
    }
    prev = i;
  }
  if (runStart >= 0) sink.slice(text, runStart, runEnd);
}

class StringSink implements CanonicalSink {
  out = '';
  slice(text: string, from: number, to: number): void {
    this.out += text.slice(from, to);
  }
  literal(s: string): void {
    this.out += s;
  }
}

class HashSink implements CanonicalSink {
  readonly buffer = new Utf8Buffer();
  slice(text: string, from: number, to: number): void {
    this.buffer.append(text, from, to);
  }
  literal(s: string): void {
    this.buffer.append(s, 0, s.length);
  }
}

const hashSink = new HashSink();

/** Canonical form of `t[start, end)`, `;` left out; `fold` upper-cases more identifiers. */
export function normalisedTokens(t: TokenList, start: number, end: number, fold?: FoldWord): string {
  const sink = new StringSink();
  writeCanonical(t, start, end, sink, fold);
  return sink.out;
}

/** `sha256(normalisedTokens(t, start, end))`, without building the canonical string. */
export function fingerprintTokens(t: TokenList, start: number, end: number): string {
  hashSink.buffer.reset();
  writeCanonical(t, start, end, hashSink);
  return sha256Bytes(hashSink.buffer.view());
}

/** One-shot `crypto.hash` (Node ≥ 20.12) is about three times faster than a Hash object on short inputs. */
const oneShot = typeof crypto.hash === 'function' ? crypto.hash : null;

export function sha256(text: string): string {
  return oneShot !== null
    ? oneShot('sha256', text, 'hex')
    : crypto.createHash('sha256').update(text).digest('hex');
}

function sha256Bytes(bytes: Uint8Array): string {
  return oneShot !== null
    ? oneShot('sha256', bytes, 'hex')
    : crypto.createHash('sha256').update(bytes).digest('hex');
}
