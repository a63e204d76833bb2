/**
 * Tolerant Flink SQL lexer. One pass over char codes; it never throws and never stops early:
 * an unterminated string, comment or quoted name becomes a token that runs to the end of the
 * text plus an issue, so the analyzer can still report what it saw.
 */
import { KEYWORD_LIST } from './keywords.js';
import { FLINK_RESERVED } from './reserved.js';
import {
  ASCII_WORD,
  HINT,
  IDENTIFIER,
  KEYWORD,
  KIND_NAMES,
  NONE,
  NUMBER,
  OPERATOR,
  PARAM,
  PUNCT,
  QUOTED,
  STRING,
  TokenList,
  UP_IS_TEXT,
} from './tokenlist.js';
import type { SqlIssue } from './types.js';

export type TokenKind =
  'keyword' | 'identifier' | 'quoted' | 'string' | 'number' | 'operator' | 'punct' | 'hint' | 'param';

/** One token as a plain object: the readable form of a TokenList entry, for tests and tools. */
export interface Token {
  kind: TokenKind;
  /** Exactly as written */
  text: string;
  /** Name of a quoted identifier or content of a string with escapes undone; else `text` */
  value: string;
  offset: number;
  end: number;
  line: number;
  /** Upper-cased text for keyword and identifier tokens; '' for every other kind */
  up: string;
}

export interface LexResult {
  tokens: Token[];
  issues: SqlIssue[];
  hasHints: boolean;
}

/** Tokens as objects. The analyzers use `tokenize`; this form is for tests and debugging. */
export function lex(text: string): LexResult {
  const issues: SqlIssue[] = [];
  const t = tokenize(text, issues);
  const tokens: Token[] = [];
  let hasHints = false;
  for (let i = 0; i < t.count; i++) {
    const kind = KIND_NAMES[t.kinds[i]] as TokenKind;
    hasHints ||= kind === 'hint';
    tokens.push({
      kind,
      text: t.text(i),
      value: t.value(i),
      offset: t.starts[i],
      end: t.ends[i],
      line: t.lines[i],
      up: t.up(i),
    });
  }
  return { tokens, issues, hasHints };
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
const NON_ASCII = 32;
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

function charClass(c: number): number {
  if (c < 128) return c < 0 ? 0 : CLASS[c];
  return c === 160 || c === 0xfeff || c === 0x2028 || c === 0x2029 ? 0 : WORD_START | WORD_PART | NON_ASCII;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isSpace(c: number): boolean {
  return (
    c === SPACE || c === NL || c === TAB || c === CR || c === 11 || c === 12 || c === 160 || c === 0xfeff
  );
}

// h * 31 + c with shifts: Math.imul is a slow cross-realm call inside Jest's VM contexts.
function foldedHash(h: number, c: number): number {
  return ((h << 5) - h + (c >= 97 && c <= 122 ? c - 32 : c)) | 0;
}

/**
 * A lookup of upper-case `words`, in any case, without slicing or hashing a string: the
 * word's case-folded hash is computed while its characters are scanned and looked up in an
 * open-addressing table. Returns the index in `words` of `text[start, end)` (hash `h`), or -1.
 */
function wordTable(
  words: readonly string[],
): (text: string, start: number, end: number, h: number) => number {
  const bits = 11;
  const mask = (1 << bits) - 1;
  const table = new Int32Array(1 << bits);
  const hashes = new Int32Array(words.length);
  for (let k = 0; k < words.length; k++) {
    let h = 0;
    for (let j = 0; j < words[k].length; j++) h = foldedHash(h, words[k].charCodeAt(j));
    hashes[k] = h;
    let slot = h & mask;
    while (table[slot] !== 0) slot = (slot + 1) & mask;
    table[slot] = k + 1;
  }
  return (text, start, end, h) => {
    const len = end - start;
    for (let slot = h & mask; table[slot] !== 0; slot = (slot + 1) & mask) {
      const k = table[slot] - 1;
      const word = words[k];
      if (hashes[k] !== h || word.length !== len) continue;
      let j = 0;
      while (j < len) {
        const c = text.charCodeAt(start + j);
        if ((c >= 97 && c <= 122 ? c - 32 : c) !== word.charCodeAt(j)) break;
        j++;
      }
      if (j === len) return k;
    }
    return -1;
  };
}

/** Index in KEYWORD_LIST of the keyword spelled by `text[start, end)` in any case, or -1. */
const keywordAt = wordTable(KEYWORD_LIST);

const reservedAt = wordTable([...FLINK_RESERVED]);

/**
 * Number of line breaks in `text[from, to)`. It reads only that range: `indexOf` would search
 * on to the next line break, which on a long one-line file is its end, once per token.
 */
export function newlines(text: string, from: number, to: number): number {
  let count = 0;
  for (let p = from; p < to; p++) if (text.charCodeAt(p) === NL) count++;
  return count;
}

/**
 * Line breaks inside the multi-character tokens of one lexing pass (strings, comments,
 * placeholders). It keeps the offset of a line break at or after the last place it looked from,
 * so a token with no line break in it, the usual string or comment, costs one comparison;
 * searches only move forward, so each character is searched once in all. A search may run past
 * the pass's end, so only a pass that lexes to the end of the text searches ahead: a range (one
 * DDL statement of a long one-line file, relexed) counts inside its tokens.
 */
class LineBreaks {
  private next = -1;

  constructor(
    private readonly text: string,
    private readonly ahead: boolean,
  ) {}

  /** Line breaks in `text[from, to)`. */
  in(from: number, to: number): number {
    if (!this.ahead) return newlines(this.text, from, to);
    if (this.next < from) {
      const p = this.text.indexOf('\n', from);
      this.next = p < 0 ? this.text.length : p;
    }
    return this.next < to ? newlines(this.text, this.next, to) : 0;
  }
}

/**
 * End offset of the run quoted by `q` that starts at `start` (a doubled `q` escapes it), or
 * -1 when it is never closed (it then runs to the end of the text). The unescaped body is
 * built only when asked for (TokenList.value).
 */
function quotedEnd(text: string, start: number, q: number): number {
  const quote = q === QUOTE ? "'" : q === D_QUOTE ? '"' : '`';
  let from = start + 1;
  for (;;) {
    const close = text.indexOf(quote, from);
    if (close < 0) return -1;
    if (text.charCodeAt(close + 1) !== q) return close + 1;
    from = close + 2;
  }
}

/**
 * `!=` as not-equal. Apache Flink 2.2.1's parser refuses it ("SQL parse failed. Bang equal '!='
 * is not allowed under the current SQL conformance level") and Confluent's comparison functions
 * list only `<>`; whether Confluent Cloud's conformance allows it is not shown, so the analyzer
 * warns (the emulator, strict, refuses it).
 */
export const BANG_EQUAL =
  "!= is not Flink SQL's not-equal (Apache Flink's parser refuses it under its SQL conformance level): write <>";

/**
 * The list `tokenize` fills. Reused by every call, so lexing allocates nothing per token once
 * the buffers have grown to the largest file; a result is valid until the next call.
 */
const shared = new TokenList();

/**
 * Lexes `text` into the shared TokenList (valid until the next call) and appends lexical
 * problems to `issues`.
 */
export function tokenize(text: string, issues: SqlIssue[]): TokenList {
  return tokenizeRange(shared, text, 0, text.length, 1, issues);
}

/**
 * Lexes the tokens of `text` that start in `[from, to)` into `tokens`, counting lines from
 * `line`. The lexer carries no state from one token to the next but the offset and the line,
 * so started at a token that a whole-text pass found (with that token's line), it finds
 * exactly that pass's tokens, offsets and lines: lookahead still reads the whole text.
 */
// The main loop keeps `i` and `line` in variables that no closure captures, so they stay in registers.
export function tokenizeRange(
  tokens: TokenList,
  text: string,
  from: number,
  to: number,
  line: number,
  issues: SqlIssue[],
): TokenList {
  tokens.reset(text);
  const n = text.length;
  let i = from;
  /** Token indexes of lone `|`, checked against their context once all tokens are known */
  let pipes: number[] | undefined;
  const breaks = new LineBreaks(text, to === n);

  while (i < to) {
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
      const before = tokens.count - 1;
      if (
        before >= 0 &&
        tokens.kinds[before] === PUNCT &&
        text.charCodeAt(tokens.starts[before]) === DOT &&
        reservedAt(text, start, i, h) >= 0
      )
        tokens.reservedAfterDot.push(tokens.count);
      // The upper-case form is the text when there is no lower case (and, as it always was, an
      // ASCII first character); otherwise TokenList computes it when asked.
      const upIsText = (seen & LOWER) === 0 && c < 128 ? UP_IS_TEXT : 0;
      const ascii = (seen & NON_ASCII) === 0 ? ASCII_WORD : 0;
      if (kw >= 0) tokens.push(KEYWORD, start, i, line, kw, upIsText | ascii);
      else tokens.push(IDENTIFIER, start, i, line, 0, upIsText | ascii);
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
      line += breaks.in(i + 2, end);
      if (close < 0) {
        issues.push({
          severity: 'error',
          line: startLine,
          message: `unterminated ${isHint ? 'hint' : 'block comment'}`,
        });
      }
      if (isHint) tokens.push(HINT, i, end, startLine, 0, 0);
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
        tokens.push(IDENTIFIER, start, i, line, 0, 0);
        continue;
      }
      tokens.push(NUMBER, start, i, line, 0, 0);
      continue;
    }
    if (c === QUOTE || c === D_QUOTE || c === BACKTICK) {
      const close = quotedEnd(text, i, c);
      const end = close < 0 ? n : close;
      if (close < 0) {
        const what = c === BACKTICK ? 'quoted identifier' : 'string literal';
        issues.push({ severity: 'error', line, message: `unterminated ${what}` });
      } else if (c === D_QUOTE) {
        // Apache Flink's parser (and so Confluent Cloud's) has no double-quoted token: it stops
        // at the quote ("SQL parse failed. Encountered "\"" …"), in an expression or a WITH key.
        // Lexed as a string all the same, so that the rest of the file is still analysed.
        const quoted = text.slice(i, Math.min(end, i + 40)).replace(/\s+/g, ' ') + (end - i > 40 ? '…' : '');
        issues.push({
          severity: 'error',
          line,
          message: `double-quoted ${quoted} is not Flink SQL: write a string in single quotes ('…') and a name in backticks (\`…\`)`,
        });
      }
      tokens.push(c === BACKTICK ? QUOTED : STRING, i, end, line, 0, 0);
      line += breaks.in(i + 1, end);
      i = end;
      continue;
    }
    if (c === QUESTION) {
      tokens.push(PARAM, i, i + 1, line, 0, 0);
      i++;
      continue;
    }
    if ((c === DOLLAR && next === L_BRACE) || (c === L_BRACE && next === L_BRACE)) {
      const closer = c === DOLLAR ? '}' : '}}';
      const close = text.indexOf(closer, i + 2);
      const end = close < 0 ? n : close + closer.length;
      if (close < 0) issues.push({ severity: 'error', line, message: 'unterminated template placeholder' });
      tokens.push(PARAM, i, end, line, 0, 0);
      line += breaks.in(i, end);
      i = end;
      continue;
    }
    if (isTwoCharOperator(c, next)) {
      if (c === BANG) issues.push({ severity: 'warning', line, message: BANG_EQUAL });
      // Apache Flink 2.2.1's grammar has neither (`b::INT`: `Encountered ":"`; `a -> 1`:
      // `Encountered "- >"`), run with the referee's planner (tests/referee/parse-agreement.test.ts).
      else if (c === COLON)
        issues.push({
          severity: 'error',
          line,
          message: ':: is not Flink SQL (Apache Flink has no :: cast): write CAST(value AS type)',
        });
      else if (c === MINUS)
        issues.push({
          severity: 'error',
          line,
          message:
            "-> is not Flink SQL (Apache Flink has no arrow operator): read a JSON field with JSON_VALUE(text, '$.field')",
        });
      tokens.push(OPERATOR, i, i + 2, line, 0, 0);
      i += 2;
      continue;
    }
    if (isForeignChar(c)) {
      issues.push({
        severity: 'error',
        line,
        message: `character ${String.fromCharCode(c)} is not Flink SQL outside a string, a comment or a name in backticks`,
      });
    }
    if (c === PIPE) (pipes ??= []).push(tokens.count);
    tokens.push(isPunctChar(c) ? PUNCT : OPERATOR, i, i + 1, line, 0, 0);
    i++;
  }
  if (pipes !== undefined) reportPipes(tokens, pipes, issues);
  return tokens;
}

/**
 * An issue for each lone `|` (token indexes `pipes`, in order) that is not inside the
 * parentheses after PATTERN, where it separates alternatives. Apache Flink 2.2.1's parser
 * stops at any other (`SELECT a | 1`: `Encountered "|"`), by its grammar: the referee's
 * planner (`validate --engine flink`, tests/referee/parse-agreement.test.ts) shows both.
 */
function reportPipes(t: TokenList, pipes: readonly number[], issues: SqlIssue[]): void {
  // For each open parenthesis: whether it is a PATTERN's, or inside one.
  const inPattern: boolean[] = [];
  let k = 0;
  for (let i = 0; i < t.count && k < pipes.length; i++) {
    if (t.kinds[i] === PUNCT) {
      const c = t.src.charCodeAt(t.starts[i]);
      if (c === L_PAREN) {
        const before = i > 0 ? t.kinds[i - 1] : NONE;
        const opens = (before === KEYWORD || before === IDENTIFIER) && t.up(i - 1) === 'PATTERN';
        inPattern.push(opens || inPattern[inPattern.length - 1] === true);
      } else if (c === R_PAREN) inPattern.pop();
    }
    if (i !== pipes[k]) continue;
    k++;
    if (inPattern[inPattern.length - 1] !== true)
      issues.push({
        severity: 'error',
        line: t.lines[i],
        message:
          'character | is not Flink SQL outside the PATTERN of MATCH_RECOGNIZE: write || to join strings',
      });
  }
}

/**
 * Characters Apache Flink's lexer stops at wherever they stand ("SQL parse failed. Lexical
 * error at line 1, column 10. Encountered: "#" (35)", Flink 2.2.1): `#`, `@`, `\`, `~`, `&`,
 * and `!` when not in `!=` (that pair is an operator, taken before this).
 */
function isForeignChar(c: number): boolean {
  return c === 35 || c === 64 || c === 92 || c === 126 || c === 38 || c === BANG;
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
