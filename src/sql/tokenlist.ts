/**
 * Compact token storage: one typed-array column per token field instead of one object per
 * token. A 10,000-table project has about six million tokens; as objects they made V8 grow its
 * young generation to the maximum (hundreds of MB of RSS and long GC pauses). Here a token is
 * an index, and its text, value and upper-case form are read from the source text on demand,
 * so nothing but the few strings the analysis keeps (names, options, types) is ever created.
 *
 * Reads at an index outside `[0, count)` answer like a missing token (kind NONE, no word,
 * no punctuation), which the analyzers rely on when they look ahead or behind.
 */
import { KEYWORD_LIST } from './keywords.js';

// Token kinds. Numbers, not strings, so that they fit a Uint8Array column.
export const NONE = 0;
export const KEYWORD = 1;
export const IDENTIFIER = 2;
/** backtick-quoted identifier */
export const QUOTED = 3;
/** single-quoted literal (double-quoted text is lexed the same way, for tolerance) */
export const STRING = 4;
export const NUMBER = 5;
export const OPERATOR = 6;
export const PUNCT = 7;
/** `/*+ … *\/` optimizer hint */
export const HINT = 8;
/** `?`, `${name}` or `{{ … }}` template placeholder */
export const PARAM = 9;

export const KIND_NAMES = [
  'none',
  'keyword',
  'identifier',
  'quoted',
  'string',
  'number',
  'operator',
  'punct',
  'hint',
  'param',
] as const;

// Token flags.
/** The upper-case form of the word is its text (no ASCII lower case, first character ASCII) */
export const UP_IS_TEXT = 1;
/** The word is ASCII only, so it can be case-folded char by char */
export const ASCII_WORD = 2;

const ASCII: readonly string[] = Array.from({ length: 128 }, (_, c) => String.fromCharCode(c));

export class TokenList {
  /** The lexed text; offsets index into it */
  src = '';
  count = 0;
  kinds = new Uint8Array(0);
  flags = new Uint8Array(0);
  /** Keyword tokens: index into KEYWORD_LIST */
  words = new Uint16Array(0);
  /** 0-based offset of the first character */
  starts = new Int32Array(0);
  /** 0-based offset just after the token */
  ends = new Int32Array(0);
  /** 1-based line of the first character */
  lines = new Int32Array(0);
  /** Scratch for matchParens: index of the closing parenthesis of each `(` */
  match = new Int32Array(0);
  /**
   * Word tokens right after a `.` that spell a word Flink reserves (`o.timestamp`): found by
   * the lexer, which has the word's hash at hand, so statements need not look at every token.
   */
  reservedAfterDot: number[] = [];

  constructor(capacity = 1024) {
    this.grow(capacity);
  }

  /** Empties the list for new text; the buffers are kept (they only grow). */
  reset(src: string): void {
    this.src = src;
    this.count = 0;
    if (this.reservedAfterDot.length) this.reservedAfterDot = [];
  }

  push(kind: number, start: number, end: number, line: number, word: number, flags: number): void {
    const i = this.count;
    if (i === this.kinds.length) this.grow(Math.max(64, i * 2));
    this.kinds[i] = kind;
    this.flags[i] = flags;
    this.words[i] = word;
    this.starts[i] = start;
    this.ends[i] = end;
    this.lines[i] = line;
    this.count = i + 1;
  }

  /** Makes this list `from[start, end)` without hint tokens (the analyzers never look at hints). */
  copyWithoutHints(from: TokenList, start: number, end: number): void {
    this.reset(from.src);
    if (end - start > this.kinds.length) this.grow(end - start);
    // Most statements hold no hint: six native copies instead of a loop over every token.
    if (from.kinds.subarray(start, end).indexOf(HINT) < 0) {
      this.kinds.set(from.kinds.subarray(start, end));
      this.flags.set(from.flags.subarray(start, end));
      this.words.set(from.words.subarray(start, end));
      this.starts.set(from.starts.subarray(start, end));
      this.ends.set(from.ends.subarray(start, end));
      this.lines.set(from.lines.subarray(start, end));
      this.count = end - start;
      return;
    }
    let n = 0;
    for (let i = start; i < end; i++) {
      const kind = from.kinds[i];
      if (kind === HINT) continue;
      this.kinds[n] = kind;
      this.flags[n] = from.flags[i];
      this.words[n] = from.words[i];
      this.starts[n] = from.starts[i];
      this.ends[n] = from.ends[i];
      this.lines[n] = from.lines[i];
      n++;
    }
    this.count = n;
  }

  private grow(capacity: number): void {
    const n = this.count;
    const kinds = new Uint8Array(capacity);
    const flags = new Uint8Array(capacity);
    const words = new Uint16Array(capacity);
    const starts = new Int32Array(capacity);
    const ends = new Int32Array(capacity);
    const lines = new Int32Array(capacity);
    kinds.set(this.kinds.subarray(0, n));
    flags.set(this.flags.subarray(0, n));
    words.set(this.words.subarray(0, n));
    starts.set(this.starts.subarray(0, n));
    ends.set(this.ends.subarray(0, n));
    lines.set(this.lines.subarray(0, n));
    this.kinds = kinds;
    this.flags = flags;
    this.words = words;
    this.starts = starts;
    this.ends = ends;
    this.lines = lines;
    this.match = new Int32Array(capacity);
  }

  /** Kind of token `i`, NONE outside the list. */
  kind(i: number): number {
    return i >= 0 && i < this.count ? this.kinds[i] : NONE;
  }

  /** Whether token `i` exists and is of `kind`. */
  is(i: number, kind: number): boolean {
    return i >= 0 && i < this.count && this.kinds[i] === kind;
  }

  /** The token exactly as written. */
  text(i: number): string {
    const start = this.starts[i];
    const end = this.ends[i];
    const kind = this.kinds[i];
    if (end - start === 1) {
      // Single characters come from a table: no slice for the most common tokens.
      const c = this.src.charCodeAt(start);
      if (c < 128) return ASCII[c];
    } else if (kind === KEYWORD && (this.flags[i] & UP_IS_TEXT) !== 0) {
      return KEYWORD_LIST[this.words[i]];
    }
    return this.src.slice(start, end);
  }

  /** Name of a quoted identifier or content of a string with escapes undone; else the text. */
  value(i: number): string {
    const kind = this.kinds[i];
    if (kind === QUOTED || kind === STRING) return unquote(this.src, this.starts[i]);
    return this.text(i);
  }

  /** Upper-cased text for keyword and identifier tokens; '' for every other kind or outside the list. */
  up(i: number): string {
    const kind = this.kind(i);
    if (kind === KEYWORD) return KEYWORD_LIST[this.words[i]];
    if (kind !== IDENTIFIER) return '';
    return (this.flags[i] & UP_IS_TEXT) !== 0 ? this.text(i) : this.text(i).toUpperCase();
  }

  /** True for an unquoted word (keyword or identifier) spelled `up` in any case; `up` is upper case. */
  isWord(i: number, up: string): boolean {
    const kind = this.kind(i);
    if (kind === KEYWORD) return KEYWORD_LIST[this.words[i]] === up;
    if (kind !== IDENTIFIER) return false;
    const start = this.starts[i];
    const flags = this.flags[i];
    // Same answer as `this.up(i) === up`, without creating the upper-case string.
    if ((flags & UP_IS_TEXT) !== 0)
      return this.ends[i] - start === up.length && this.src.startsWith(up, start);
    if ((flags & ASCII_WORD) === 0) return this.up(i) === up;
    if (this.ends[i] - start !== up.length) return false;
    for (let j = 0; j < up.length; j++) {
      const c = this.src.charCodeAt(start + j);
      if ((c >= 97 && c <= 122 ? c - 32 : c) !== up.charCodeAt(j)) return false;
    }
    return true;
  }

  /** Whether token `i` is the punctuation character `ch`. */
  isPunct(i: number, ch: string): boolean {
    return this.is(i, PUNCT) && this.src.charCodeAt(this.starts[i]) === ch.charCodeAt(0);
  }

  /** Whether token `i` is the operator `op`. */
  isOperator(i: number, op: string): boolean {
    return (
      this.is(i, OPERATOR) &&
      this.ends[i] - this.starts[i] === op.length &&
      this.src.startsWith(op, this.starts[i])
    );
  }

  /** Whether the token's text is `s` (any kind). */
  textIs(i: number, s: string): boolean {
    return (
      i >= 0 &&
      i < this.count &&
      this.ends[i] - this.starts[i] === s.length &&
      this.src.startsWith(s, this.starts[i])
    );
  }
}

/**
 * The unescaped body of the run quoted by the character at `start` (a doubled quote escapes
 * it). An unterminated run ends at the end of the text.
 */
export function unquote(text: string, start: number): string {
  const quote = text[start];
  let value = '';
  let chunk = start + 1;
  for (;;) {
    const close = text.indexOf(quote, chunk);
    if (close < 0) return value + text.slice(chunk);
    if (text[close + 1] === quote) {
      value += text.slice(chunk, close + 1);
      chunk = close + 2;
      continue;
    }
    return value + text.slice(chunk, close);
  }
}
