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
const D0 = 48;
const D9 = 57;
const COLON = 58;
const SEMI = 59;
const LT = 60;
const EQ = 61;
const GT = 62;
const QUESTION = 63;
const U_A = 65;
const U_E = 69;
const U_Z = 90;
const L_BRACKET = 91;
const R_BRACKET = 93;
const UNDERSCORE = 95;
const BACKTICK = 96;
const L_A = 97;
const L_E = 101;
const L_Z = 122;
const L_BRACE = 123;
const PIPE = 124;
const R_BRACE = 125;

function isWordStart(c: number): boolean {
  return (c >= L_A && c <= L_Z) || (c >= U_A && c <= U_Z) || c === UNDERSCORE || c === DOLLAR || c > 127;
}

function isWordPart(c: number): boolean {
  return isWordStart(c) || (c >= D0 && c <= D9);
}

function isDigit(c: number): boolean {
  return c >= D0 && c <= D9;
}

function isSpace(c: number): boolean {
  return (
    c === SPACE || c === NL || c === TAB || c === CR || c === 11 || c === 12 || c === 160 || c === 0xfeff
  );
}

/** Keyword spellings met in practice (upper and lower case) mapped to the upper-case form, so most keywords need no toUpperCase. */
const KEYWORD_SPELLINGS: ReadonlyMap<string, string> = new Map(
  [...KEYWORDS].flatMap((k) => [
    [k, k],
    [k.toLowerCase(), k],
  ]),
);

export function lex(text: string): LexResult {
  const tokens: Token[] = [];
  const issues: SqlIssue[] = [];
  const n = text.length;
  let i = 0;
  let line = 1;

  const push = (kind: TokenKind, start: number, end: number, startLine: number, value?: string): void => {
    const t = text.slice(start, end);
    tokens.push(new Token(kind, t, value ?? t, start, end, startLine, ''));
  };

  /** Unescaped body of the quoted run starting at `i`, closed by `q` where a doubled `q` escapes it; sets `quotedEnd`. */
  let quotedEnd = 0;
  const quoted = (q: number, what: string): string => {
    const startLine = line;
    let p = i + 1;
    let value = '';
    let chunk = p;
    for (;;) {
      if (p >= n) {
        issues.push({ severity: 'error', line: startLine, message: `unterminated ${what}` });
        quotedEnd = n;
        return value + text.slice(chunk, n);
      }
      const c = text.charCodeAt(p);
      if (c === q) {
        if (p + 1 < n && text.charCodeAt(p + 1) === q) {
          value += text.slice(chunk, p + 1);
          p += 2;
          chunk = p;
          continue;
        }
        quotedEnd = p + 1;
        return value + text.slice(chunk, p);
      }
      if (c === NL) line++;
      p++;
    }
  };

  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === SPACE || c === NL || c === TAB || c === CR) {
      if (c === NL) line++;
      i++;
      continue;
    }
    const next = i + 1 < n ? text.charCodeAt(i + 1) : -1;

    if (
      (c >= L_A && c <= L_Z) ||
      (c >= U_A && c <= U_Z) ||
      c === UNDERSCORE ||
      (c === DOLLAR && next !== L_BRACE) ||
      (c > 127 && !isSpace(c))
    ) {
      const start = i;
      let lower = c >= L_A && c <= L_Z;
      let upper = c >= U_A && c <= U_Z;
      i++;
      for (; i < n; i++) {
        const d = text.charCodeAt(i);
        if (d >= L_A && d <= L_Z) lower = true;
        else if (d >= U_A && d <= U_Z) upper = true;
        else if (!((d >= D0 && d <= D9) || d === UNDERSCORE || d === DOLLAR || (d > 127 && !isSpace(d))))
          break;
      }
      const word = text.slice(start, i);
      let canon = KEYWORD_SPELLINGS.get(word);
      let up = lower ? undefined : word;
      if (canon === undefined && lower && upper) {
        up = word.toUpperCase();
        if (KEYWORDS.has(up)) canon = up;
      }
      tokens.push(
        canon === undefined
          ? new Token('identifier', word, word, start, i, line, up)
          : new Token('keyword', word, word, start, i, line, canon),
      );
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
      const isHint = i + 2 < n && text.charCodeAt(i + 2) === PLUS;
      const close = text.indexOf('*/', i + 2);
      const end = close < 0 ? n : close + 2;
      for (let p = text.indexOf('\n', i + 2); p >= 0 && p < end; p = text.indexOf('\n', p + 1)) line++;
      if (close < 0) {
        issues.push({
          severity: 'error',
          line: startLine,
          message: `unterminated ${isHint ? 'hint' : 'block comment'}`,
        });
      }
      if (isHint) push('hint', i, end, startLine);
      i = end;
      continue;
    }
    if (isDigit(c) || (c === DOT && isDigit(next))) {
      const start = i;
      while (i < n && isDigit(text.charCodeAt(i))) i++;
      let plainInteger = true;
      if (i < n && text.charCodeAt(i) === DOT) {
        plainInteger = false;
        i++;
        while (i < n && isDigit(text.charCodeAt(i))) i++;
      }
      const e = i < n ? text.charCodeAt(i) : -1;
      if (e === L_E || e === U_E) {
        const s = i + 1 < n ? text.charCodeAt(i + 1) : -1;
        const d = s === PLUS || s === MINUS ? (i + 2 < n ? text.charCodeAt(i + 2) : -1) : s;
        if (isDigit(d)) {
          plainInteger = false;
          i += s === d ? 1 : 2;
          while (i < n && isDigit(text.charCodeAt(i))) i++;
        }
      }
      // An unquoted name that starts with digits (`75_identity`) is an identifier, not a number.
      if (plainInteger && i < n && isWordStart(text.charCodeAt(i)) && text.charCodeAt(i) !== DOLLAR) {
        while (i < n && isWordPart(text.charCodeAt(i))) i++;
        const word = text.slice(start, i);
        tokens.push(new Token('identifier', word, word, start, i, line, undefined));
        continue;
      }
      push('number', start, i, line);
      continue;
    }
    if (c === QUOTE || c === D_QUOTE) {
      const startLine = line;
      const value = quoted(c, 'string literal');
      push('string', i, quotedEnd, startLine, value);
      i = quotedEnd;
      continue;
    }
    if (c === BACKTICK) {
      const startLine = line;
      const value = quoted(c, 'quoted identifier');
      push('quoted', i, quotedEnd, startLine, value);
      i = quotedEnd;
      continue;
    }
    if (c === QUESTION) {
      push('param', i, i + 1, line);
      i++;
      continue;
    }
    if ((c === DOLLAR && next === L_BRACE) || (c === L_BRACE && next === L_BRACE)) {
      const closer = c === DOLLAR ? '}' : '}}';
      const close = text.indexOf(closer, i + 2);
      const end = close < 0 ? n : close + closer.length;
      if (close < 0) issues.push({ severity: 'error', line, message: 'unterminated template placeholder' });
      const startLine = line;
      for (let p = i; p < end; p++) if (text.charCodeAt(p) === NL) line++;
      push('param', i, end, startLine);
      i = end;
      continue;
    }
    if (isTwoCharOperator(c, next)) {
      push('operator', i, i + 2, line);
      i += 2;
      continue;
    }
    push(isPunctChar(c) ? 'punct' : 'operator', i, i + 1, line);
    i++;
  }
  return { tokens, issues };
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
