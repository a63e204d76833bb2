/**
 * Tolerant Flink SQL lexer. One pass over char codes; it never throws and never stops early:
 * an unterminated string, comment or quoted name becomes a token that runs to the end of the
 * text plus an issue, so the analyzer can still report what it saw.
 */
import { KEYWORDS } from './keywords.js';
import type { SqlIssue } from './types.js';

export type TokenKind =
  | 'keyword'
  | 'identifier'
  /** backtick-quoted identifier */
  | 'quoted'
  /** single-quoted literal (double-quoted text is lexed the same way, for tolerance) */
  | 'string'
  | 'number'
  | 'operator'
  | 'punct'
  /** `/*+ … *\/` optimizer hint */
  | 'hint'
  /** `?`, `${name}` or `{{ … }}` template placeholder */
  | 'param';

/**
 * One token. `up` is computed on first use for identifiers: most identifiers are never
 * compared with a keyword, and upper-casing every one of them is a measurable share of the
 * analyzer's time on large projects.
 */
export class Token {
  constructor(
    readonly kind: TokenKind,
    /** Exactly as written */
    readonly text: string,
    /** Name of a quoted identifier or content of a string with escapes undone; else `text` */
    readonly value: string,
    /** 0-based offset into the lexed text */
    readonly offset: number,
    /** 0-based offset just after the token */
    readonly end: number,
    /** 1-based line of the first character */
    readonly line: number,
    private upper: string | undefined,
  ) {}

  /** Upper-cased text for keyword and identifier tokens; '' for every other kind */
  get up(): string {
    if (this.upper === undefined) this.upper = this.text.toUpperCase();
    return this.upper;
  }
}

export interface LexResult {
  tokens: Token[];
  issues: SqlIssue[];
  /** Whether any hint token was produced (lets callers skip filtering them out) */
  hasHints: boolean;
}

// Char codes.
const TAB = 9;
const NL = 10;
const CR = 13;
const SPACE = 32;
const BANG = 33;
const D_QUOTE = 34;
const DOLLAR = 36;
const QUOTE = 39;
const L_PAREN = 40;
const R_PAREN = 41;
const STAR = 42;
const PLUS = 43;
const COMMA = 44;
const MINUS = 45;
const DOT = 46;
const SLASH = 47;
const COLON = 58;
const SEMI = 59;
const LT = 60;
const EQ = 61;
const GT = 62;
const QUESTION = 63;
const L_BRACKET = 91;
const R_BRACKET = 93;
const BACKTICK = 96;
const L_BRACE = 123;
const PIPE = 124;
const R_BRACE = 125;

// Character classes of ASCII codes (bit flags); codes above 127 are word characters unless spaces.
const WORD_START = 1;
const WORD_PART = 2;
const DIGIT = 4;
const LOWER = 8;
const UPPER = 16;
const CLASS = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const lower = c >= 97 && c <= 122;
  const upper = c >= 65 && c <= 90;
  const digit = c >= 48 && c <= 57;
  const start = lower || upper || c === 95 || c === DOLLAR;
  CLASS[c] =
    (start ? WORD_START | WORD_PART : 0) |
    (digit ? DIGIT | WORD_PART : 0) |
    (lower ? LOWER : 0) |
    (upper ? UPPER : 0);
}

const ASCII: readonly string[] = Array.from({ length: 128 }, (_, c) => String.fromCharCode(c));

function charClass(c: number): number {
  if (c < 128) return c < 0 ? 0 : CLASS[c];
  return c === 160 || c === 0xfeff || c === 0x2028 || c === 0x2029 ? 0 : WORD_START | WORD_PART;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isSpace(c: number): boolean {
  return (
    c === SPACE || c === NL || c === TAB || c === CR || c === 11 || c === 12 || c === 160 || c === 0xfeff
  );
}

/**
 * Keyword recognition without slicing or hashing a string: the word's case-folded hash is
 * computed while its characters are scanned and looked up in an open-addressing table.
 */
const KW_LIST = [...KEYWORDS];
const KW_BITS = 11;
const KW_MASK = (1 << KW_BITS) - 1;
const KW_TABLE = new Int32Array(1 << KW_BITS);
const KW_HASH = new Int32Array(KW_LIST.length);

// h * 31 + c with shifts: Math.imul is a slow cross-realm call inside Jest's VM contexts.
function foldedHash(h: number, c: number): number {
  return ((h << 5) - h + (c >= 97 && c <= 122 ? c - 32 : c)) | 0;
}

for (let k = 0; k < KW_LIST.length; k++) {
  let h = 0;
  for (let j = 0; j < KW_LIST[k].length; j++) h = foldedHash(h, KW_LIST[k].charCodeAt(j));
  KW_HASH[k] = h;
  let slot = h & KW_MASK;
  while (KW_TABLE[slot] !== 0) slot = (slot + 1) & KW_MASK;
  KW_TABLE[slot] = k + 1;
}

/** The upper-case keyword spelled by `text[start, end)` in any case, or undefined. */
function keywordAt(text: string, start: number, end: number, h: number): string | undefined {
  const len = end - start;
  for (let slot = h & KW_MASK; KW_TABLE[slot] !== 0; slot = (slot + 1) & KW_MASK) {
    const k = KW_TABLE[slot] - 1;
    const kw = KW_LIST[k];
    if (KW_HASH[k] !== h || kw.length !== len) continue;
    let j = 0;
    while (j < len) {
      const c = text.charCodeAt(start + j);
      if ((c >= 97 && c <= 122 ? c - 32 : c) !== kw.charCodeAt(j)) break;
      j++;
    }
    if (j === len) return kw;
  }
  return undefined;
}

/** Number of line breaks in `text[from, to)`. */
function newlines(text: string, from: number, to: number): number {
  let count = 0;
  for (let p = text.indexOf('\n', from); p >= 0 && p < to; p = text.indexOf('\n', p + 1)) count++;
  return count;
}

/** Set by `quotedRun`: the end offset of the run and whether it was closed. */
let runEnd = 0;
let runClosed = true;

/**
 * The unescaped body of the run quoted by `q` that starts at `start` (a doubled `q` escapes
 * it); sets `runEnd`. An unterminated run ends at the end of the text.
 */
function quotedRun(text: string, start: number, q: number): string {
  const quote = q === QUOTE ? "'" : q === D_QUOTE ? '"' : '`';
  let value = '';
  let chunk = start + 1;
  for (;;) {
    const close = text.indexOf(quote, chunk);
    if (close < 0) {
      runEnd = text.length;
      runClosed = false;
      return value + text.slice(chunk);
    }
    if (text.charCodeAt(close + 1) === q) {
      value += text.slice(chunk, close + 1);
      chunk = close + 2;
      continue;
    }
    runEnd = close + 1;
    runClosed = true;
    return value + text.slice(chunk, close);
  }
}

// The main loop keeps `i` and `line` in locals that no closure captures, so they stay in registers.
export function lex(text: string): LexResult {
  const tokens: Token[] = [];
  const issues: SqlIssue[] = [];
  const n = text.length;
  let hasHints = false;
  let i = 0;
  let line = 1;

  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === SPACE || c === NL || c === TAB || c === CR) {
      if (c === NL) line++;
      i++;
      continue;
    }
    const next = i + 1 < n ? text.charCodeAt(i + 1) : -1;
    const cls = charClass(c);

    if ((cls & WORD_START) !== 0 && !(c === DOLLAR && next === L_BRACE)) {
      const start = i;
      let seen = cls;
      let h = foldedHash(0, c);
      for (i++; i < n; i++) {
        const d = text.charCodeAt(i);
        const dc = d < 128 ? CLASS[d] : charClass(d);
        if ((dc & WORD_PART) === 0) break;
        seen |= dc;
        h = foldedHash(h, d);
      }
      const kw = keywordAt(text, start, i, h);
      if (kw !== undefined) {
        // An upper-case keyword reuses the interned spelling: no slice for most keywords.
        const word = (seen & LOWER) === 0 ? kw : text.slice(start, i);
        tokens.push(new Token('keyword', word, word, start, i, line, kw));
      } else {
        const word = text.slice(start, i);
        const up = (seen & LOWER) === 0 && c < 128 ? word : undefined;
        tokens.push(new Token('identifier', word, word, start, i, line, up));
      }
      continue;
    }
    if (isSpace(c)) {
      i++;
      continue;
    }
    if (c === MINUS && next === MINUS) {
      const nl = text.indexOf('\n', i);
      i = nl < 0 ? n : nl;
      continue;
    }
    if (c === SLASH && next === STAR) {
      const startLine = line;
      const isHint = text.charCodeAt(i + 2) === PLUS;
      const close = text.indexOf('*/', i + 2);
      const end = close < 0 ? n : close + 2;
      line += newlines(text, i + 2, end);
      if (close < 0) {
        issues.push({
          severity: 'error',
          line: startLine,
          message: `unterminated ${isHint ? 'hint' : 'block comment'}`,
        });
      }
      if (isHint) {
        hasHints = true;
        const hint = text.slice(i, end);
        tokens.push(new Token('hint', hint, hint, i, end, startLine, ''));
      }
      i = end;
      continue;
    }
    if ((cls & DIGIT) !== 0 || (c === DOT && isDigit(next))) {
      const start = i;
      while (i < n && isDigit(text.charCodeAt(i))) i++;
      let plainInteger = true;
      if (text.charCodeAt(i) === DOT) {
        plainInteger = false;
        i++;
        while (i < n && isDigit(text.charCodeAt(i))) i++;
      }
      const e = text.charCodeAt(i);
      if (e === 101 || e === 69) {
        const s = text.charCodeAt(i + 1);
        const sign = s === PLUS || s === MINUS;
        if (isDigit(sign ? text.charCodeAt(i + 2) : s)) {
          plainInteger = false;
          i += sign ? 2 : 1;
          while (i < n && isDigit(text.charCodeAt(i))) i++;
        }
      }
      // An unquoted name that starts with digits (`75_identity`) is an identifier, not a number.
      if (
        plainInteger &&
        i < n &&
        (charClass(text.charCodeAt(i)) & WORD_START) !== 0 &&
        text.charCodeAt(i) !== DOLLAR
      ) {
        while (i < n && (charClass(text.charCodeAt(i)) & WORD_PART) !== 0) i++;
        const word = text.slice(start, i);
        tokens.push(new Token('identifier', word, word, start, i, line, undefined));
        continue;
      }
      const num = text.slice(start, i);
      tokens.push(new Token('number', num, num, start, i, line, ''));
      continue;
    }
    if (c === QUOTE || c === D_QUOTE || c === BACKTICK) {
      const value = quotedRun(text, i, c);
      const end = runEnd;
      if (!runClosed) {
        const what = c === BACKTICK ? 'quoted identifier' : 'string literal';
        issues.push({ severity: 'error', line, message: `unterminated ${what}` });
      }
      tokens.push(
        new Token(c === BACKTICK ? 'quoted' : 'string', text.slice(i, end), value, i, end, line, ''),
      );
      line += newlines(text, i + 1, end);
      i = end;
      continue;
    }
    if (c === QUESTION) {
      tokens.push(new Token('param', '?', '?', i, i + 1, line, ''));
      i++;
      continue;
    }
    if ((c === DOLLAR && next === L_BRACE) || (c === L_BRACE && next === L_BRACE)) {
      const closer = c === DOLLAR ? '}' : '}}';
      const close = text.indexOf(closer, i + 2);
      const end = close < 0 ? n : close + closer.length;
      if (close < 0) issues.push({ severity: 'error', line, message: 'unterminated template placeholder' });
      const param = text.slice(i, end);
      tokens.push(new Token('param', param, param, i, end, line, ''));
      line += newlines(text, i, end);
      i = end;
      continue;
    }
    if (isTwoCharOperator(c, next)) {
      const op = text.slice(i, i + 2);
      tokens.push(new Token('operator', op, op, i, i + 2, line, ''));
      i += 2;
      continue;
    }
    // Single characters come from a table: no slice, no garbage for the most common tokens.
    const ch = c < 128 ? ASCII[c] : text.slice(i, i + 1);
    tokens.push(new Token(isPunctChar(c) ? 'punct' : 'operator', ch, ch, i, i + 1, line, ''));
    i++;
  }
  return { tokens, issues, hasHints };
}

/** `=>`, `<>`, `<=`, `>=`, `!=`, `||`, `::`, `->` */
function isTwoCharOperator(c: number, next: number): boolean {
  switch (c) {
    case EQ:
      return next === GT;
    case LT:
      return next === GT || next === EQ;
    case GT:
    case BANG:
      return next === EQ;
    case PIPE:
      return next === PIPE;
    case COLON:
      return next === COLON;
    case MINUS:
      return next === GT;
  }
  return false;
}

function isPunctChar(c: number): boolean {
  switch (c) {
    case L_PAREN:
    case R_PAREN:
    case COMMA:
    case SEMI:
    case DOT:
    case L_BRACKET:
    case R_BRACKET:
    case L_BRACE:
    case R_BRACE:
    case COLON:
      return true;
  }
  return false;
}
