export const id = 97;
export const ids = [97];
export const modules = {

/***/ 3097:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  main: () => (/* binding */ main)
});

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
;// CONCATENATED MODULE: ./src/util/errors.ts
/** An error caused by the user's input: printed as one line, never with a stack trace. */
class UserError extends Error {
    exitCode;
    constructor(message, exitCode = 2) {
        super(message);
        this.exitCode = exitCode;
        this.name = 'UserError';
    }
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/sql/keywords.ts
/**
 * Word lists the lexer and the analyzers share. Matching is on the upper-cased text of
 * unquoted words only: a backticked `select` is always a name.
 */
function words(list) {
    return new Set(list.trim().split(/\s+/));
}
/**
 * Words the lexer marks as keywords. Kept to SQL reserved words, type names and Flink DDL
 * words: the fingerprint case-folds keywords, and Flink identifiers are case-sensitive, so
 * a word that is often a column or table name must not be here.
 */
const KEYWORDS = words(`
  ADD ALL ALTER AND ANY ARRAY AS ASC AT BEGIN BETWEEN BIGINT BINARY BOOLEAN BOTH BUCKETS BY
  BYTES CALL CASE CAST CATALOG CHAR CHARACTER CONSTRAINT CREATE CROSS CUBE CURRENT
  CURRENT_DATE CURRENT_TIME CURRENT_TIMESTAMP DATABASE DATE DAY DEC DECIMAL DEFINE DESC
  DESCRIBE DESCRIPTOR DISTINCT DISTRIBUTED DOUBLE DROP ELSE END ENFORCED ESCAPE EXCEPT
  EXCLUDING EXECUTE EXISTS EXPLAIN EXTRACT FALSE FETCH FILTER FLOAT FOLLOWING FOR FROM FULL
  FUNCTION GROUP GROUPING HAVING HOUR IF IN INCLUDING INNER INSERT INT INTEGER INTERSECT
  INTERVAL INTO IS JOIN LANGUAGE LATERAL LEADING LEFT LIKE LIMIT LOCAL MAP MATCH_RECOGNIZE
  MATERIALIZED MEASURES METADATA MINUS MINUTE MONTH MULTISET NATURAL NOT NULL NULLS OF OFFSET
  ON OR ORDER ORDINALITY OUTER OVER OVERLAY OVERWRITE PARTITION PARTITIONED PATTERN PLACING
  POSITION PRECEDING PRIMARY QUALIFY RANGE RECURSIVE REPLACE RESET RIGHT ROLLUP ROW ROWS SECOND SELECT
  SET SETS SHOW SMALLINT SOME STATEMENT STRING SUBSTRING SYSTEM SYSTEM_TIME TABLE TEMPORARY
  THEN TIME TIMESTAMP TIMESTAMP_LTZ TINYINT TO TRAILING TRIM TRUE UNBOUNDED UNION UNNEST USE
  USING VALUES VARBINARY VARCHAR VIEW VIRTUAL WATERMARK WHEN WHERE WINDOW WITH WITHIN WITHOUT
  YEAR ZONE
`);
/** KEYWORDS as an array: a keyword token stores its index here (see TokenList). */
const KEYWORD_LIST = [...KEYWORDS];
/**
 * Built-in functions whose names Flink resolves case-insensitively; the fingerprint folds
 * them when they are called, so `count(*)` and `COUNT(*)` hash the same.
 */
const BUILTIN_FUNCTIONS = words(`
  ABS ARRAY_AGG AVG CEIL CHAR_LENGTH COALESCE COLLECT CONCAT CONCAT_WS COUNT CUMULATE
  CURRENT_WATERMARK DATE_FORMAT FIRST_VALUE FLOOR FROM_UNIXTIME HOP IFNULL JSON_ARRAYAGG
  JSON_OBJECT JSON_OBJECTAGG JSON_QUERY JSON_VALUE LAG LAST_VALUE LEAD LISTAGG LOCALTIMESTAMP
  LOWER LTRIM MAX MD5 MIN MOD NOW NULLIF PROCTIME RANK DENSE_RANK REGEXP_EXTRACT
  REGEXP_REPLACE ROUND ROW_NUMBER RTRIM SESSION SHA256 SOURCE_WATERMARK SPLIT_INDEX STDDEV_POP
  STDDEV_SAMP SUM TO_DATE TO_TIMESTAMP TO_TIMESTAMP_LTZ TRY_CAST TUMBLE UNIX_TIMESTAMP UPPER
  UUID VAR_POP VAR_SAMP
`);
/** Aggregate functions: in a SELECT list without GROUP BY (and not under OVER) they aggregate globally. */
const AGGREGATE_FUNCTIONS = words(`
  COUNT SUM MIN MAX AVG COLLECT LISTAGG ARRAY_AGG STDDEV_POP STDDEV_SAMP VAR_POP VAR_SAMP
  FIRST_VALUE LAST_VALUE JSON_ARRAYAGG JSON_OBJECTAGG
`);
/** Window table-valued functions: their `TABLE x` argument is a source, GROUP BY over them is a window aggregation. */
const WINDOW_TVFS = words(`
  TUMBLE HOP CUMULATE SESSION
`);
/** Words that end a table reference, so they are never taken as a bare alias. */
const TABLE_REF_STOP = words(`
  WHERE GROUP HAVING WINDOW ORDER LIMIT OFFSET FETCH QUALIFY UNION INTERSECT EXCEPT MINUS JOIN
  LEFT RIGHT INNER FULL CROSS NATURAL OUTER ON USING FOR MATCH_RECOGNIZE AS TABLESAMPLE APPLY
  WITH SELECT VALUES INSERT END LATERAL PARTITION FROM SET EXECUTE CREATE
`);
/** Clauses that end a SELECT list. */
const SELECT_LIST_END = words(`
  FROM WHERE GROUP HAVING WINDOW QUALIFY ORDER LIMIT OFFSET FETCH UNION INTERSECT EXCEPT MINUS
  INSERT
`);
/** Clauses that end a WHERE / HAVING / GROUP BY expression inside a query block. */
const BLOCK_CLAUSE_END = words(`
  WHERE GROUP HAVING WINDOW QUALIFY ORDER LIMIT OFFSET FETCH UNION INTERSECT EXCEPT MINUS
  INSERT
`);
/** Words that end a join's ON condition. */
const JOIN_CONDITION_END = new Set([
    ...BLOCK_CLAUSE_END,
    ...words('JOIN INNER CROSS NATURAL FULL LEFT RIGHT'),
]);
/** Leading words of statements the analyzer knows but does not model: kind 'other', no warning. */
const KNOWN_OTHER_STATEMENTS = words(`
  SELECT VALUES WITH SHOW DESCRIBE DESC EXPLAIN RESET ANALYZE TRUNCATE LOAD UNLOAD ADD REMOVE
  CALL DELETE UPDATE TABLE
`);

;// CONCATENATED MODULE: ./src/sql/tokenlist.ts
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

// Token kinds. Numbers, not strings, so that they fit a Uint8Array column.
const NONE = 0;
const KEYWORD = 1;
const IDENTIFIER = 2;
/** backtick-quoted identifier */
const QUOTED = 3;
/** single-quoted literal (double-quoted text is lexed the same way, for tolerance) */
const STRING = 4;
const NUMBER = 5;
const OPERATOR = 6;
const PUNCT = 7;
/** `/*+ … *\/` optimizer hint */
const HINT = 8;
/** `?`, `${name}` or `{{ … }}` template placeholder */
const PARAM = 9;
const tokenlist_KIND_NAMES = (/* unused pure expression or super */ null && ([
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
]));
// Token flags.
/** The upper-case form of the word is its text (no ASCII lower case, first character ASCII) */
const UP_IS_TEXT = 1;
/** The word is ASCII only, so it can be case-folded char by char */
const ASCII_WORD = 2;
const ASCII = Array.from({ length: 128 }, (_, c) => String.fromCharCode(c));
class TokenList {
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
    constructor(capacity = 1024) {
        this.grow(capacity);
    }
    /** Empties the list for new text; the buffers are kept (they only grow). */
    reset(src) {
        this.src = src;
        this.count = 0;
    }
    push(kind, start, end, line, word, flags) {
        const i = this.count;
        if (i === this.kinds.length)
            this.grow(Math.max(64, i * 2));
        this.kinds[i] = kind;
        this.flags[i] = flags;
        this.words[i] = word;
        this.starts[i] = start;
        this.ends[i] = end;
        this.lines[i] = line;
        this.count = i + 1;
    }
    /** Makes this list `from[start, end)` without hint tokens (the analyzers never look at hints). */
    copyWithoutHints(from, start, end) {
        this.reset(from.src);
        if (end - start > this.kinds.length)
            this.grow(end - start);
        let n = 0;
        for (let i = start; i < end; i++) {
            const kind = from.kinds[i];
            if (kind === HINT)
                continue;
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
    grow(capacity) {
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
    kind(i) {
        return i >= 0 && i < this.count ? this.kinds[i] : NONE;
    }
    /** Whether token `i` exists and is of `kind`. */
    is(i, kind) {
        return i >= 0 && i < this.count && this.kinds[i] === kind;
    }
    /** The token exactly as written. */
    text(i) {
        const start = this.starts[i];
        const end = this.ends[i];
        const kind = this.kinds[i];
        if (end - start === 1) {
            // Single characters come from a table: no slice for the most common tokens.
            const c = this.src.charCodeAt(start);
            if (c < 128)
                return ASCII[c];
        }
        else if (kind === KEYWORD && (this.flags[i] & UP_IS_TEXT) !== 0) {
            return KEYWORD_LIST[this.words[i]];
        }
        return this.src.slice(start, end);
    }
    /** Name of a quoted identifier or content of a string with escapes undone; else the text. */
    value(i) {
        const kind = this.kinds[i];
        if (kind === QUOTED || kind === STRING)
            return unquote(this.src, this.starts[i]);
        return this.text(i);
    }
    /** Upper-cased text for keyword and identifier tokens; '' for every other kind or outside the list. */
    up(i) {
        const kind = this.kind(i);
        if (kind === KEYWORD)
            return KEYWORD_LIST[this.words[i]];
        if (kind !== IDENTIFIER)
            return '';
        return (this.flags[i] & UP_IS_TEXT) !== 0 ? this.text(i) : this.text(i).toUpperCase();
    }
    /** True for an unquoted word (keyword or identifier) spelled `up` in any case; `up` is upper case. */
    isWord(i, up) {
        const kind = this.kind(i);
        if (kind === KEYWORD)
            return KEYWORD_LIST[this.words[i]] === up;
        if (kind !== IDENTIFIER)
            return false;
        const start = this.starts[i];
        const flags = this.flags[i];
        // Same answer as `this.up(i) === up`, without creating the upper-case string.
        if ((flags & UP_IS_TEXT) !== 0)
            return this.ends[i] - start === up.length && this.src.startsWith(up, start);
        if ((flags & ASCII_WORD) === 0)
            return this.up(i) === up;
        if (this.ends[i] - start !== up.length)
            return false;
        for (let j = 0; j < up.length; j++) {
            const c = this.src.charCodeAt(start + j);
            if ((c >= 97 && c <= 122 ? c - 32 : c) !== up.charCodeAt(j))
                return false;
        }
        return true;
    }
    /** Whether token `i` is the punctuation character `ch`. */
    isPunct(i, ch) {
        return this.is(i, PUNCT) && this.src.charCodeAt(this.starts[i]) === ch.charCodeAt(0);
    }
    /** Whether token `i` is the operator `op`. */
    isOperator(i, op) {
        return (this.is(i, OPERATOR) &&
            this.ends[i] - this.starts[i] === op.length &&
            this.src.startsWith(op, this.starts[i]));
    }
    /** Whether the token's text is `s` (any kind). */
    textIs(i, s) {
        return (i >= 0 &&
            i < this.count &&
            this.ends[i] - this.starts[i] === s.length &&
            this.src.startsWith(s, this.starts[i]));
    }
}
/**
 * The unescaped body of the run quoted by the character at `start` (a doubled quote escapes
 * it). An unterminated run ends at the end of the text.
 */
function unquote(text, start) {
    const quote = text[start];
    let value = '';
    let chunk = start + 1;
    for (;;) {
        const close = text.indexOf(quote, chunk);
        if (close < 0)
            return value + text.slice(chunk);
        if (text[close + 1] === quote) {
            value += text.slice(chunk, close + 1);
            chunk = close + 2;
            continue;
        }
        return value + text.slice(chunk, close);
    }
}

;// CONCATENATED MODULE: ./src/sql/fingerprint.ts
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



function wordLike(kind) {
    return kind === IDENTIFIER || kind === KEYWORD || kind === NUMBER;
}
/** Whether token `a` directly followed by `b` would lex differently (`a b` vs `ab`, `< =` vs `<=`, `'a' 'b'` vs `'a''b'`). */
function needsSpace(t, a, b) {
    const ka = t.kinds[a];
    const kb = t.kinds[b];
    if (ka === kb)
        return ka !== PUNCT && ka !== HINT;
    if (wordLike(ka) && wordLike(kb))
        return true;
    return (ka === NUMBER && t.textIs(b, '.')) || (t.textIs(a, '.') && kb === NUMBER);
}
/** Token `i`'s canonical text when it differs from the written text, else null. */
function canonical(t, i) {
    switch (t.kinds[i]) {
        case KEYWORD:
            return (t.flags[i] & UP_IS_TEXT) !== 0 ? null : t.up(i);
        case IDENTIFIER: {
            // Built-in function names are case-insensitive in Flink: `count(*)` is `COUNT(*)`.
            if (!t.isPunct(i + 1, '('))
                return null;
            const up = t.up(i);
            if (!BUILTIN_FUNCTIONS.has(up))
                return null;
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
function normalisedTokens(t, start, end) {
    const text = t.src;
    let out = '';
    let prev = -1;
    let runStart = -1;
    let runEnd = 0;
    for (let i = start; i < end; i++) {
        if (t.isPunct(i, ';'))
            continue;
        const offset = t.starts[i];
        const canon = canonical(t, i);
        const space = prev >= 0 && needsSpace(t, prev, i);
        const gapMatches = space ? offset === runEnd + 1 && text.charCodeAt(runEnd) === 32 : offset === runEnd;
        if (canon === null && runStart >= 0 && gapMatches) {
            runEnd = t.ends[i];
        }
        else {
            if (runStart >= 0)
                out += text.slice(runStart, runEnd);
            if (space)
                out += ' ';
            if (canon === null) {
                runStart = offset;
                runEnd = t.ends[i];
            }
            else {
                out += canon;
                runStart = -1;
            }
        }
        prev = i;
    }
    if (runStart >= 0)
        out += text.slice(runStart, runEnd);
    return out;
}
/** One-shot `crypto.hash` (Node ≥ 20.12) is about three times faster than a Hash object on short inputs. */
const oneShot = typeof external_node_crypto_.hash === 'function' ? external_node_crypto_.hash : null;
function sha256(text) {
    return oneShot !== null
        ? oneShot('sha256', text, 'hex')
        : external_node_crypto_.createHash('sha256').update(text).digest('hex');
}

;// CONCATENATED MODULE: ./src/sql/lexer.ts
/**
 * Tolerant Flink SQL lexer. One pass over char codes; it never throws and never stops early:
 * an unterminated string, comment or quoted name becomes a token that runs to the end of the
 * text plus an issue, so the analyzer can still report what it saw.
 */


/** Tokens as objects. The analyzers use `tokenize`; this form is for tests and debugging. */
function lex(text) {
    const issues = [];
    const t = tokenize(text, issues);
    const tokens = [];
    let hasHints = false;
    for (let i = 0; i < t.count; i++) {
        const kind = KIND_NAMES[t.kinds[i]];
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
function charClass(c) {
    if (c < 128)
        return c < 0 ? 0 : CLASS[c];
    return c === 160 || c === 0xfeff || c === 0x2028 || c === 0x2029 ? 0 : WORD_START | WORD_PART | NON_ASCII;
}
function isDigit(c) {
    return c >= 48 && c <= 57;
}
function isSpace(c) {
    return (c === SPACE || c === NL || c === TAB || c === CR || c === 11 || c === 12 || c === 160 || c === 0xfeff);
}
/**
 * Keyword recognition without slicing or hashing a string: the word's case-folded hash is
 * computed while its characters are scanned and looked up in an open-addressing table.
 */
const KW_BITS = 11;
const KW_MASK = (1 << KW_BITS) - 1;
const KW_TABLE = new Int32Array(1 << KW_BITS);
const KW_HASH = new Int32Array(KEYWORD_LIST.length);
// h * 31 + c with shifts: Math.imul is a slow cross-realm call inside Jest's VM contexts.
function foldedHash(h, c) {
    return ((h << 5) - h + (c >= 97 && c <= 122 ? c - 32 : c)) | 0;
}
for (let k = 0; k < KEYWORD_LIST.length; k++) {
    let h = 0;
    for (let j = 0; j < KEYWORD_LIST[k].length; j++)
        h = foldedHash(h, KEYWORD_LIST[k].charCodeAt(j));
    KW_HASH[k] = h;
    let slot = h & KW_MASK;
    while (KW_TABLE[slot] !== 0)
        slot = (slot + 1) & KW_MASK;
    KW_TABLE[slot] = k + 1;
}
/** Index in KEYWORD_LIST of the keyword spelled by `text[start, end)` in any case, or -1. */
function keywordAt(text, start, end, h) {
    const len = end - start;
    for (let slot = h & KW_MASK; KW_TABLE[slot] !== 0; slot = (slot + 1) & KW_MASK) {
        const k = KW_TABLE[slot] - 1;
        const kw = KEYWORD_LIST[k];
        if (KW_HASH[k] !== h || kw.length !== len)
            continue;
        let j = 0;
        while (j < len) {
            const c = text.charCodeAt(start + j);
            if ((c >= 97 && c <= 122 ? c - 32 : c) !== kw.charCodeAt(j))
                break;
            j++;
        }
        if (j === len)
            return k;
    }
    return -1;
}
/** Number of line breaks in `text[from, to)`. */
function newlines(text, from, to) {
    let count = 0;
    for (let p = text.indexOf('\n', from); p >= 0 && p < to; p = text.indexOf('\n', p + 1))
        count++;
    return count;
}
/**
 * End offset of the run quoted by `q` that starts at `start` (a doubled `q` escapes it), or
 * -1 when it is never closed (it then runs to the end of the text). The unescaped body is
 * built only when asked for (TokenList.value).
 */
function quotedEnd(text, start, q) {
    const quote = q === QUOTE ? "'" : q === D_QUOTE ? '"' : '`';
    let from = start + 1;
    for (;;) {
        const close = text.indexOf(quote, from);
        if (close < 0)
            return -1;
        if (text.charCodeAt(close + 1) !== q)
            return close + 1;
        from = close + 2;
    }
}
/**
 * The list `tokenize` fills. Reused by every call, so lexing allocates nothing per token once
 * the buffers have grown to the largest file; a result is valid until the next call.
 */
const shared = new TokenList();
/**
 * Lexes `text` into the shared TokenList (valid until the next call) and appends lexical
 * problems to `issues`.
 */
// The main loop keeps `i` and `line` in locals that no closure captures, so they stay in registers.
function tokenize(text, issues) {
    const tokens = shared;
    tokens.reset(text);
    const n = text.length;
    let i = 0;
    let line = 1;
    while (i < n) {
        const c = text.charCodeAt(i);
        if (c === SPACE || c === NL || c === TAB || c === CR) {
            if (c === NL)
                line++;
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
                if ((dc & WORD_PART) === 0)
                    break;
                seen |= dc;
                h = foldedHash(h, d);
            }
            const kw = keywordAt(text, start, i, h);
            // The upper-case form is the text when there is no lower case (and, as it always was, an
            // ASCII first character); otherwise TokenList computes it when asked.
            const upIsText = (seen & LOWER) === 0 && c < 128 ? UP_IS_TEXT : 0;
            const ascii = (seen & NON_ASCII) === 0 ? ASCII_WORD : 0;
            if (kw >= 0)
                tokens.push(KEYWORD, start, i, line, kw, upIsText | ascii);
            else
                tokens.push(IDENTIFIER, start, i, line, 0, upIsText | ascii);
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
            if (isHint)
                tokens.push(HINT, i, end, startLine, 0, 0);
            i = end;
            continue;
        }
        if ((cls & DIGIT) !== 0 || (c === DOT && isDigit(next))) {
            const start = i;
            while (i < n && isDigit(text.charCodeAt(i)))
                i++;
            let plainInteger = true;
            if (text.charCodeAt(i) === DOT) {
                plainInteger = false;
                i++;
                while (i < n && isDigit(text.charCodeAt(i)))
                    i++;
            }
            const e = text.charCodeAt(i);
            if (e === 101 || e === 69) {
                const s = text.charCodeAt(i + 1);
                const sign = s === PLUS || s === MINUS;
                if (isDigit(sign ? text.charCodeAt(i + 2) : s)) {
                    plainInteger = false;
                    i += sign ? 2 : 1;
                    while (i < n && isDigit(text.charCodeAt(i)))
                        i++;
                }
            }
            // An unquoted name that starts with digits (`75_identity`) is an identifier, not a number.
            if (plainInteger &&
                i < n &&
                (charClass(text.charCodeAt(i)) & WORD_START) !== 0 &&
                text.charCodeAt(i) !== DOLLAR) {
                while (i < n && (charClass(text.charCodeAt(i)) & WORD_PART) !== 0)
                    i++;
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
            }
            tokens.push(c === BACKTICK ? QUOTED : STRING, i, end, line, 0, 0);
            line += newlines(text, i + 1, end);
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
            if (close < 0)
                issues.push({ severity: 'error', line, message: 'unterminated template placeholder' });
            tokens.push(PARAM, i, end, line, 0, 0);
            line += newlines(text, i, end);
            i = end;
            continue;
        }
        if (isTwoCharOperator(c, next)) {
            tokens.push(OPERATOR, i, i + 2, line, 0, 0);
            i += 2;
            continue;
        }
        tokens.push(isPunctChar(c) ? PUNCT : OPERATOR, i, i + 1, line, 0, 0);
        i++;
    }
    return tokens;
}
/** `=>`, `<>`, `<=`, `>=`, `!=`, `||`, `::`, `->` */
function isTwoCharOperator(c, next) {
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
function isPunctChar(c) {
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

;// CONCATENATED MODULE: ./src/sql/tokens.ts
/** Small predicates and readers over a TokenList, shared by the statement analyzers. */

function isPunct(t, i, ch) {
    return t.isPunct(i, ch);
}
/** True for an unquoted word (keyword or identifier) spelled `up` in any case. */
function isWord(t, i, up) {
    return t.isWord(i, up);
}
/** A token that can be one part of a (possibly dotted) name. */
function isNamePart(t, i) {
    const kind = t.kind(i);
    return kind === IDENTIFIER || kind === QUOTED || kind === KEYWORD;
}
/** Reads `part(.part)*` at `i`; the caller has checked that `t[i]` may start a name. */
function readName(t, i, end) {
    const parts = [t.value(i)];
    let last = i;
    let j = i + 1;
    while (j + 1 < end && t.isPunct(j, '.') && isNamePart(t, j + 1)) {
        last = j + 1;
        parts.push(t.value(last));
        j += 2;
    }
    const offset = t.starts[i];
    return {
        parts,
        name: parts.length === 1 ? parts[0] : parts.join('.'),
        offset,
        length: t.ends[last] - offset,
        line: t.lines[i],
        next: j,
    };
}
/**
 * Index of the closing parenthesis for every `(` (other entries are 0). An unclosed `(` maps
 * to `t.count` so that every walker stays bounded; both kinds of imbalance are reported.
 * The array is the list's own scratch buffer: valid until the list is refilled.
 */
function matchParens(t, issues) {
    const n = t.count;
    const match = t.match;
    match.fill(0, 0, n);
    const stack = [];
    let extraClose = -1;
    for (let i = 0; i < n; i++) {
        if (t.isPunct(i, '('))
            stack.push(i);
        else if (t.isPunct(i, ')')) {
            const open = stack.pop();
            if (open !== undefined)
                match[open] = i;
            else if (extraClose < 0)
                extraClose = i;
        }
    }
    // One issue per kind and statement: a missing parenthesis is one mistake, however many follow.
    if (extraClose >= 0) {
        issues.push({
            severity: 'error',
            line: t.lines[extraClose],
            message: "unbalanced parentheses: unexpected ')'",
        });
    }
    for (const open of stack)
        match[open] = n;
    if (stack.length > 0) {
        issues.push({
            severity: 'error',
            line: t.lines[stack[0]],
            message: "unbalanced parentheses: '(' is never closed",
        });
    }
    return match;
}
/** Whether the parenthesis at `i` opens a query: `(SELECT`, `(WITH`, `(VALUES`, also behind further `(`. */
function opensQuery(t, i) {
    let j = i + 1;
    while (t.isPunct(j, '('))
        j++;
    return t.isWord(j, 'SELECT') || t.isWord(j, 'WITH') || t.isWord(j, 'VALUES');
}

;// CONCATENATED MODULE: ./src/sql/split.ts

/** Index just after the `BEGIN` (or `BEGIN STATEMENT SET`) that opens a statement set at `i`, or -1. */
function statementSetBodyStart(t, i) {
    if (isWord(t, i, 'EXECUTE') &&
        isWord(t, i + 1, 'STATEMENT') &&
        isWord(t, i + 2, 'SET') &&
        isWord(t, i + 3, 'BEGIN')) {
        return i + 4;
    }
    if (isWord(t, i, 'BEGIN') && isWord(t, i + 1, 'STATEMENT') && isWord(t, i + 2, 'SET')) {
        return isPunct(t, i + 3, ';') ? i + 4 : i + 3;
    }
    return -1;
}
function splitStatements(t) {
    const spans = [];
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
                if (isWord(t, j, 'CASE'))
                    caseDepth++;
                else if (isWord(t, j, 'END')) {
                    if (caseDepth === 0)
                        break;
                    caseDepth--;
                }
            }
            if (j < n) {
                spans.push({ start, end: j + 1, body: { start: bodyStart, end: j } });
                i = j + 1;
            }
            else {
                spans.push({ start, end: n, body: { start: bodyStart, end: n }, unterminated: true });
                i = n;
            }
            continue;
        }
        let j = i;
        while (j < n && !isPunct(t, j, ';'))
            j++;
        spans.push({ start, end: j });
        i = j + 1;
    }
    return spans;
}

;// CONCATENATED MODULE: ./src/sql/ddl.ts
/**
 * Table DDL details: the column list body, DISTRIBUTED BY, WITH options, and the token
 * printers that normalise type and expression text so that formatting does not show as change.
 */


function emptyDdl() {
    return { columns: [], primaryKey: [], distribution: null, watermark: null, options: {} };
}
/** Words that end a column's type (at bracket depth 0). */
const TYPE_END = new Set(['NOT', 'NULL', 'PRIMARY', 'CONSTRAINT', 'COMMENT', 'METADATA', 'VIRTUAL']);
/** Type constructors whose `<` opens a bracket (so the commas inside do not split columns). */
const ANGLE_TYPES = new Set(['ROW', 'ARRAY', 'MAP', 'MULTISET']);
/**
 * Splits `t[start, end)` on commas outside parentheses and type angle brackets; returns the
 * item ranges.
 */
function splitItems(t, start, end, match) {
    const items = [];
    let itemStart = start;
    let angle = 0;
    let i = start;
    while (i < end) {
        const kind = t.kind(i);
        if (kind === PUNCT) {
            if (t.isPunct(i, '(')) {
                i = (match[i] < end ? match[i] : end) + 1;
                continue;
            }
            if (t.isPunct(i, ',') && angle === 0) {
                if (i > itemStart)
                    items.push([itemStart, i]);
                itemStart = i + 1;
            }
        }
        else if (kind === OPERATOR) {
            if (t.isOperator(i, '<') && i > start && ANGLE_TYPES.has(t.up(i - 1)))
                angle++;
            else if (t.isOperator(i, '>') && angle > 0)
                angle--;
            else if (t.isOperator(i, '<>') && angle > 0)
                angle--;
        }
        i++;
    }
    if (end > itemStart)
        items.push([itemStart, end]);
    return items;
}
/** Unquoted names inside the parentheses at `open`: `(a, `b`)`. */
function nameList(t, open, match) {
    const names = [];
    const close = match[open];
    for (let i = open + 1; i < close && i < t.count; i++) {
        if (isNamePart(t, i) && !isPunct(t, i - 1, '.'))
            names.push(t.value(i));
    }
    return names;
}
/** Reads the `( … )` body of CREATE TABLE at `open` into `ddl`. */
function parseTableBody(t, open, match, ddl) {
    const close = Math.min(match[open], t.count);
    for (const [s, e] of splitItems(t, open + 1, close, match)) {
        let i = s;
        if (isWord(t, i, 'CONSTRAINT'))
            i += 2;
        if (isWord(t, i, 'PRIMARY') && isWord(t, i + 1, 'KEY')) {
            if (isPunct(t, i + 2, '('))
                ddl.primaryKey = nameList(t, i + 2, match);
            continue;
        }
        if (isWord(t, i, 'WATERMARK') && isWord(t, i + 1, 'FOR') && i + 2 < e) {
            const column = t.value(i + 2);
            const as = isWord(t, i + 3, 'AS') ? i + 4 : i + 3;
            ddl.watermark = { column, expression: printExpression(t, as, e) };
            continue;
        }
        if (isWord(t, i, 'PERIOD') || isWord(t, i, 'LIKE'))
            continue;
        if (isNamePart(t, i))
            ddl.columns.push(parseColumn(t, i, e, ddl));
    }
}
function parseColumn(t, s, e, ddl) {
    const name = t.value(s);
    if (isWord(t, s + 1, 'AS')) {
        return { name, type: '', nullable: true, kind: 'computed' };
    }
    let i = s + 1;
    let angle = 0;
    let depth = 0;
    while (i < e) {
        if (depth === 0 && angle === 0 && TYPE_END.has(t.up(i)))
            break;
        if (isPunct(t, i, '('))
            depth++;
        else if (isPunct(t, i, ')'))
            depth--;
        else if (t.isOperator(i, '<'))
            angle++;
        else if (t.isOperator(i, '>') && angle > 0)
            angle--;
        i++;
    }
    const type = printType(t, s + 1, i);
    let nullable = true;
    let kind = 'physical';
    for (; i < e; i++) {
        if (isWord(t, i, 'NOT') && isWord(t, i + 1, 'NULL')) {
            nullable = false;
            i++;
        }
        else if (isWord(t, i, 'PRIMARY') && isWord(t, i + 1, 'KEY')) {
            ddl.primaryKey = [name];
            i++;
        }
        else if (isWord(t, i, 'METADATA'))
            kind = 'metadata';
        else if (isWord(t, i, 'NOT') && isWord(t, i + 1, 'ENFORCED'))
            i++;
    }
    return { name, type, nullable, kind };
}
/**
 * Type text of `t[start, end)`: keywords upper-cased, single spaces, `, ` between parameters,
 * no space inside brackets. Field names of ROW types keep their spelling (Flink names are
 * case-sensitive).
 */
function printType(t, start, end) {
    let out = '';
    const rowStack = [];
    let fieldNext = false;
    for (let i = start; i < end; i++) {
        if (isPunct(t, i, '(') || t.isOperator(i, '<')) {
            const row = i > start && isWord(t, i - 1, 'ROW');
            out += t.text(i);
            rowStack.push(row);
            fieldNext = row;
        }
        else if (isPunct(t, i, ')') || t.isOperator(i, '>')) {
            out += t.text(i);
            rowStack.pop();
            fieldNext = false;
        }
        else if (isPunct(t, i, ',')) {
            out += ', ';
            fieldNext = rowStack.length > 0 && rowStack[rowStack.length - 1];
        }
        else {
            const last = out.charCodeAt(out.length - 1);
            if (out.length > 0 && last !== 40 && last !== 60 && last !== 32)
                out += ' ';
            const up = fieldNext ? '' : t.up(i);
            out += up === '' ? t.text(i) : up;
            fieldNext = false;
        }
    }
    return out;
}
/** Keywords after which `(` opens a group, not the arguments of a call or a type: `AND (…)`, `IN (…)`. */
const SPACED_BEFORE_PAREN = new Set('AND OR NOT IN EXISTS AS ON WHEN THEN ELSE CASE BETWEEN IS LIKE OVER FROM WHERE SELECT BY ALL ANY SOME VALUES WITH'.split(' '));
function callable(t, prev) {
    const kind = t.kind(prev);
    if (kind === IDENTIFIER || kind === QUOTED)
        return true;
    return kind === KEYWORD && !SPACED_BEFORE_PAREN.has(t.up(prev));
}
/** Expression text of `t[start, end)`: keywords upper-cased, names and literals as written, single spaces. */
function printExpression(t, start, end) {
    let out = '';
    for (let i = start; i < end; i++) {
        const text = t.kind(i) === KEYWORD ? t.up(i) : t.text(i);
        const prev = i - 1;
        const glueLeft = i === start ||
            isPunct(t, prev, '(') ||
            isPunct(t, prev, '.') ||
            isPunct(t, prev, '[') ||
            isPunct(t, i, ')') ||
            isPunct(t, i, ',') ||
            isPunct(t, i, '.') ||
            isPunct(t, i, ']') ||
            ((isPunct(t, i, '(') || isPunct(t, i, '[')) && callable(t, prev));
        out += glueLeft ? text : ' ' + text;
    }
    return out;
}
/** `DISTRIBUTED BY [HASH](cols) [INTO n BUCKETS]` or `DISTRIBUTED INTO n BUCKETS` at `i` (the DISTRIBUTED word). */
function parseDistribution(t, i, match) {
    let j = i + 1;
    let columns = [];
    if (isWord(t, j, 'BY')) {
        j++;
        if (isNamePart(t, j) && isPunct(t, j + 1, '('))
            j++;
        if (isPunct(t, j, '(')) {
            columns = nameList(t, j, match);
            j = match[j] + 1;
        }
    }
    let buckets = null;
    if (isWord(t, j, 'INTO') && t.kind(j + 1) === NUMBER) {
        buckets = Number(t.text(j + 1));
        j += 2;
        if (isWord(t, j, 'BUCKETS'))
            j++;
    }
    return { distribution: { columns, buckets }, next: j };
}
/** `( 'k' = 'v', … )` at `open`; keys and values unquoted. Also returns where each key is, for line numbers. */
function parseOptions(t, open, match) {
    const options = {};
    const keys = new Map();
    const close = Math.min(match[open], t.count);
    for (const [s, e] of splitItems(t, open + 1, close, match)) {
        let eq = s;
        while (eq < e && !t.isOperator(eq, '='))
            eq++;
        if (eq === s || eq >= e - 1)
            continue;
        const key = literalText(t, s, eq);
        options[key] = literalText(t, eq + 1, e);
        keys.set(key, { line: t.lines[s], offset: t.starts[s] });
    }
    return { options, keys };
}
/** A single string token's content, else the source text the tokens span (for unquoted keys like `a.b`). */
function literalText(t, s, e) {
    if (e - s === 1 && (t.kind(s) === STRING || t.kind(s) === QUOTED))
        return t.value(s);
    return t.src.slice(t.starts[s], t.ends[e - 1]);
}

;// CONCATENATED MODULE: ./src/sql/query.ts
/**
 * Scope-aware walker over the tokens of one query: it collects the tables read, the join
 * counts and the stateful constructs. It is a tolerant recursive descent: every method is
 * bounded by an `end` index (a closing parenthesis or the statement end), always advances,
 * and leaves what it cannot follow to a fallback scan instead of failing.
 */



const query_NONE = new Set();
const QUERY_TAIL = new Set(['ORDER', 'LIMIT', 'OFFSET', 'FETCH']);
const SET_OPERATORS = new Set(['UNION', 'INTERSECT', 'EXCEPT', 'MINUS']);
const TIME_UNITS = new Set([
    'SECOND', 'SECONDS', 'MINUTE', 'MINUTES', 'HOUR', 'HOURS', 'DAY', 'DAYS', 'WEEK', 'MONTH', 'MONTHS',
    'QUARTER', 'YEAR', 'YEARS', 'MILLISECOND', 'MICROSECOND', 'NANOSECOND', 'TO',
]); // prettier-ignore
const ARITHMETIC = new Set(['+', '-', '*', '/', '%', '||']);
function inScope(scope, name) {
    for (let s = scope; s !== null; s = s.parent)
        if (s.name === name)
            return true;
    return false;
}
class QueryWalker {
    t;
    match;
    issues;
    sources = [];
    reasons = [];
    joins = { regular: 0, left: 0, right: 0, inner: 0, outer: 0, cross: 0 };
    /** INTERVAL keywords seen so far; a join whose ON condition raises it is an interval join */
    intervals = 0;
    warned = false;
    constructor(t, match, issues) {
        this.t = t;
        this.match = match;
        this.issues = issues;
    }
    /** Records a stateful construct found at token `at`. */
    reason(construct, at) {
        this.reasons.push({ construct, line: this.t.lines[at], offset: this.t.starts[at] });
    }
    /** `[WITH …] body [ORDER BY …] [LIMIT …]`; returns the index after what it understood. */
    query(i, end, scope) {
        if (isWord(this.t, i, 'WITH')) {
            const w = this.withList(i + 1, end, scope);
            i = w.next;
            scope = w.scope;
        }
        i = this.setExpression(i, end, scope);
        while (i < end && QUERY_TAIL.has(this.t.up(i))) {
            i = this.expression(i + 1, end, scope, null, BLOCK_CLAUSE_END);
        }
        return i;
    }
    /** The CTE list after WITH: each body sees the CTEs before it, not itself. */
    withList(i, end, scope) {
        const t = this.t;
        if (isWord(t, i, 'RECURSIVE'))
            i++;
        while (i < end && isNamePart(t, i)) {
            const name = t.value(i);
            i++;
            if (isPunct(t, i, '(') && !opensQuery(t, i))
                i = this.match[i] + 1;
            if (isWord(t, i, 'AS'))
                i++;
            if (isPunct(t, i, '('))
                i = this.parenQuery(i, scope);
            scope = { name, parent: scope };
            if (!isPunct(t, i, ','))
                break;
            i++;
        }
        return { next: i, scope };
    }
    setExpression(i, end, scope) {
        const t = this.t;
        i = this.term(i, end, scope);
        while (i < end && SET_OPERATORS.has(t.up(i))) {
            const op = i;
            const up = t.up(op);
            i++;
            let all = false;
            if (isWord(t, i, 'ALL')) {
                all = true;
                i++;
            }
            else if (isWord(t, i, 'DISTINCT'))
                i++;
            if (!(up === 'UNION' && all))
                this.reason(up === 'MINUS' ? 'EXCEPT' : up, op);
            i = this.term(i, end, scope);
        }
        return i;
    }
    term(i, end, scope) {
        const t = this.t;
        if (i >= end)
            return i;
        switch (t.up(i)) {
            case 'SELECT':
                return this.select(i, end, scope);
            case 'VALUES':
                return this.expression(i + 1, end, scope, null, BLOCK_CLAUSE_END);
            case 'WITH':
                return this.query(i, end, scope);
            case 'TABLE':
                if (i + 1 < end && isNamePart(t, i + 1)) {
                    const name = readName(t, i + 1, end);
                    this.addSource(name, scope);
                    return name.next;
                }
                return i;
        }
        if (isPunct(t, i, '('))
            return this.parenQuery(i, scope);
        return i;
    }
    /** `( query )` at `open`; returns the index after the closing parenthesis. */
    parenQuery(open, scope) {
        const close = this.match[open];
        const j = this.query(open + 1, close, scope);
        if (j < close)
            this.fallback(j, close, scope);
        return close + 1;
    }
    select(i, end, scope) {
        const t = this.t;
        i++;
        const block = { firstAggregate: -1, collectAggregates: true, windowTvf: false, commaJoins: [] };
        if (isWord(t, i, 'DISTINCT')) {
            this.reason('SELECT DISTINCT', i);
            i++;
        }
        else if (isWord(t, i, 'ALL'))
            i++;
        i = this.expression(i, end, scope, block, SELECT_LIST_END);
        block.collectAggregates = false;
        let groupToken = -1;
        let windowGrouping = false;
        while (i < end) {
            const up = t.up(i);
            if (up === 'FROM')
                i = this.fromList(i + 1, end, scope, block);
            else if (up === 'WHERE') {
                const intervalsBefore = this.intervals;
                i = this.expression(i + 1, end, scope, null, BLOCK_CLAUSE_END);
                // `FROM a, b WHERE a.ts BETWEEN b.ts - INTERVAL …`: the Flink docs' own interval join form.
                if (this.intervals > intervalsBefore) {
                    for (const r of block.commaJoins)
                        if (r.construct === 'regular join')
                            r.construct = 'interval join';
                }
            }
            else if (up === 'HAVING' || up === 'QUALIFY' || up === 'WINDOW') {
                i = this.expression(i + 1, end, scope, null, BLOCK_CLAUSE_END);
            }
            else if (up === 'GROUP' && isWord(t, i + 1, 'BY')) {
                groupToken = i;
                const start = i + 2;
                i = this.expression(start, end, scope, null, BLOCK_CLAUSE_END);
                windowGrouping = this.groupsByWindow(start, i);
            }
            else
                break;
        }
        if (groupToken >= 0) {
            this.reason(block.windowTvf || windowGrouping ? 'window aggregation' : 'GROUP BY', groupToken);
        }
        else if (block.firstAggregate >= 0) {
            this.reason('global aggregate', block.firstAggregate);
        }
        return i;
    }
    /** GROUP BY keys naming window_start and window_end (of a TVF read through a view or CTE), or a legacy group window. */
    groupsByWindow(start, end) {
        const t = this.t;
        let windowStart = false;
        let windowEnd = false;
        for (let i = start; i < end; i++) {
            const kind = t.kind(i);
            // Other kinds have no upper-case form and match none of the words below.
            if (kind !== IDENTIFIER && kind !== KEYWORD && kind !== QUOTED)
                continue;
            const up = kind === QUOTED ? t.value(i).toUpperCase() : t.up(i);
            if (up === 'WINDOW_START')
                windowStart = true;
            else if (up === 'WINDOW_END')
                windowEnd = true;
            else if (WINDOW_TVFS.has(up) && isPunct(t, i + 1, '('))
                return true;
        }
        return windowStart && windowEnd;
    }
    /** FROM list: table references joined by commas and JOINs. */
    fromList(i, end, scope, block) {
        const t = this.t;
        i = this.tableRef(i, end, scope, block).next;
        while (i < end) {
            if (isPunct(t, i, ',')) {
                // A comma join is reported where its table is, the comma itself may end the line before.
                const table = i + 1;
                const r = this.tableRef(i + 1, end, scope, block);
                if (r.next === i + 1)
                    break;
                i = r.next;
                if (r.relation) {
                    this.joins.regular++;
                    this.reason(r.temporal ? 'temporal join' : 'regular join', table);
                    block?.commaJoins.push(this.reasons[this.reasons.length - 1]);
                }
                continue;
            }
            const op = this.joinOperator(i, end);
            if (op === null)
                break;
            const r = this.tableRef(op.next, end, scope, block);
            i = r.next;
            const intervalsBefore = this.intervals;
            if (isWord(t, i, 'ON'))
                i = this.expression(i + 1, end, scope, null, JOIN_CONDITION_END);
            else if (isWord(t, i, 'USING') && isPunct(t, i + 1, '('))
                i = this.match[i + 1] + 1;
            if (r.relation) {
                this.joins[op.kind]++;
                const construct = r.temporal
                    ? 'temporal join'
                    : this.intervals > intervalsBefore
                        ? 'interval join'
                        : 'regular join';
                this.reason(construct, op.join);
            }
        }
        return i;
    }
    joinOperator(i, end) {
        const t = this.t;
        let kind = 'regular';
        let j = i;
        if (isWord(t, j, 'NATURAL'))
            j++;
        const up = t.up(j);
        if (up === 'LEFT' || up === 'RIGHT' || up === 'FULL') {
            kind = up === 'LEFT' ? 'left' : up === 'RIGHT' ? 'right' : 'outer';
            j++;
            if (isWord(t, j, 'OUTER'))
                j++;
        }
        else if (up === 'INNER') {
            kind = 'inner';
            j++;
        }
        else if (up === 'CROSS') {
            kind = 'cross';
            j++;
        }
        if (j < end && isWord(t, j, 'JOIN'))
            return { kind, join: j, next: j + 1 };
        return null;
    }
    /** One table reference with its postfixes (temporal clause, MATCH_RECOGNIZE, alias). */
    tableRef(i, end, scope, block) {
        const t = this.t;
        const none = { next: i, relation: false, temporal: false };
        if (i >= end)
            return none;
        let next;
        let relation = true;
        let temporal = false;
        if (isWord(t, i, 'LATERAL')) {
            relation = false;
            if (isWord(t, i + 1, 'TABLE') && isPunct(t, i + 2, '('))
                next = this.paren(i + 2, end, scope, null);
            else if (isPunct(t, i + 1, '('))
                next = this.parenQuery(i + 1, scope);
            else
                next = i + 1;
        }
        else if (isWord(t, i, 'TABLE') && isPunct(t, i + 1, '(')) {
            const open = i + 1;
            const fn = open + 1;
            if (open + 2 < end && isNamePart(t, fn) && isPunct(t, open + 2, '(')) {
                relation = WINDOW_TVFS.has(t.up(fn));
                if (relation && block !== null)
                    block.windowTvf = true;
                this.tableFunctionArgs(open + 2, scope);
                const close = this.match[open];
                const after = this.match[open + 2] + 1;
                if (after < close)
                    this.expression(after, close, scope, null, query_NONE);
                next = close + 1;
            }
            else {
                relation = false;
                next = this.paren(open, end, scope, null);
            }
        }
        else if (isWord(t, i, 'UNNEST') && isPunct(t, i + 1, '(')) {
            relation = false;
            next = this.paren(i + 1, end, scope, null);
            if (isWord(t, next, 'WITH') && isWord(t, next + 1, 'ORDINALITY'))
                next += 2;
        }
        else if (isPunct(t, i, '(')) {
            if (opensQuery(t, i))
                next = this.parenQuery(i, scope);
            else {
                const close = this.match[i];
                const j = this.fromList(i + 1, close, scope, block);
                if (j < close)
                    this.fallback(j, close, scope);
                next = close + 1;
            }
        }
        else if (this.nameStart(i)) {
            const name = readName(t, i, end);
            next = name.next;
            if (isPunct(t, next, '(')) {
                // A function call where a table was expected (not Flink syntax): never a table.
                relation = false;
                next = this.paren(next, end, scope, null);
            }
            else {
                this.addSource(name, scope);
                const tc = this.temporalClause(next, end);
                if (tc > next) {
                    temporal = true;
                    next = tc;
                }
            }
        }
        else
            return none;
        if (isWord(t, next, 'MATCH_RECOGNIZE') && isPunct(t, next + 1, '(')) {
            this.reason('MATCH_RECOGNIZE', next);
            next = this.paren(next + 1, end, scope, null);
        }
        next = this.alias(next, end);
        if (!temporal) {
            const tc = this.temporalClause(next, end);
            if (tc > next) {
                temporal = true;
                next = this.alias(tc, end);
            }
        }
        return { next, relation, temporal };
    }
    nameStart(i) {
        const t = this.t;
        const kind = t.kind(i);
        if (kind === IDENTIFIER || kind === QUOTED)
            return true;
        if (kind !== KEYWORD)
            return false;
        const up = t.up(i);
        return !TABLE_REF_STOP.has(up) && up !== 'TABLE' && up !== 'UNNEST';
    }
    /** `[AS] alias [(col, …)]`; returns the index after it, or `i` when there is none. */
    alias(i, end) {
        const t = this.t;
        let j = i;
        if (isWord(t, j, 'AS'))
            j++;
        if (j >= end || j >= t.count)
            return i;
        const isAlias = j > i ? isNamePart(t, j) : t.kind(j) === QUOTED || (isNamePart(t, j) && !TABLE_REF_STOP.has(t.up(j)));
        if (!isAlias)
            return i;
        j++;
        if (isPunct(t, j, '(') && !opensQuery(t, j))
            j = this.match[j] + 1;
        return j;
    }
    /** `FOR SYSTEM_TIME AS OF expr` at `i`; returns the index after it, or `i`. */
    temporalClause(i, end) {
        const t = this.t;
        if (!isWord(t, i, 'FOR'))
            return i;
        let j = i + 1;
        if (isWord(t, j, 'SYSTEM_TIME'))
            j++;
        else if (isWord(t, j, 'SYSTEM') && isWord(t, j + 1, 'TIME'))
            j += 2;
        else
            return i;
        if (!isWord(t, j, 'AS') || !isWord(t, j + 1, 'OF'))
            return i;
        j += 2;
        // A small expression: operands joined by arithmetic, e.g. `o.$rowtime` or `o.ts - INTERVAL '1' SECOND`.
        while (j < end) {
            const kind = t.kind(j);
            if (isWord(t, j, 'INTERVAL')) {
                j++;
                if (t.kind(j) === STRING || t.kind(j) === NUMBER)
                    j++;
                while (j < end && TIME_UNITS.has(t.up(j)))
                    j++;
            }
            else if (isPunct(t, j, '('))
                j = this.match[j] + 1;
            else if (kind === STRING || kind === NUMBER || kind === PARAM)
                j++;
            else if (kind === IDENTIFIER || kind === QUOTED || (kind === KEYWORD && !TABLE_REF_STOP.has(t.up(j)))) {
                j = readName(t, j, end).next;
                if (isPunct(t, j, '('))
                    j = this.match[j] + 1;
            }
            else
                break;
            if (j < end && t.kind(j) === OPERATOR && ARITHMETIC.has(t.text(j)))
                j++;
            else
                break;
        }
        return j;
    }
    /** Arguments of a table function: `TABLE x` (also `DATA => TABLE x`, `TABLE x PARTITION BY k`) is a source. */
    tableFunctionArgs(open, scope) {
        const t = this.t;
        const close = this.match[open];
        let j = open + 1;
        while (j < close) {
            if (isWord(t, j, 'TABLE') && j + 1 < close && isNamePart(t, j + 1)) {
                const name = readName(t, j + 1, close);
                this.addSource(name, scope);
                j = name.next;
            }
            else if (isPunct(t, j, '('))
                j = this.paren(j, close, scope, null);
            else
                j++;
        }
    }
    addSource(name, scope) {
        if (name.parts.length === 1 && inScope(scope, name.name))
            return;
        this.sources.push({ name: name.name, line: name.line, offset: name.offset, length: name.length });
    }
    /**
     * Scans an expression up to a word in `stop` (at this nesting level) or `end`. It finds
     * subqueries, OVER, aggregate calls and INTERVAL; words such as the FROM of TRIM(… FROM …)
     * sit inside parentheses and are never read as clauses.
     */
    expression(i, end, scope, block, stop) {
        const t = this.t;
        while (i < end) {
            const kind = t.kinds[i];
            if (kind === PUNCT) {
                if (isPunct(t, i, '('))
                    i = this.paren(i, end, scope, block);
                else if (isPunct(t, i, ',') && stop === JOIN_CONDITION_END)
                    return i;
                else
                    i++;
                continue;
            }
            if (kind === IDENTIFIER) {
                // Every clause word is a keyword, so an identifier only matters as an aggregate call.
                if (block !== null &&
                    block.collectAggregates &&
                    isPunct(t, i + 1, '(') &&
                    AGGREGATE_FUNCTIONS.has(t.up(i))) {
                    i = this.aggregateCall(i, end, scope, block);
                    continue;
                }
                i++;
                continue;
            }
            if (kind !== KEYWORD) {
                i++;
                continue;
            }
            const up = t.up(i);
            if (stop.has(up) && !this.continuesExpression(i))
                return i;
            if (up === 'INTERVAL')
                this.intervals++;
            else if (up === 'OVER' && (isPunct(t, i + 1, '(') || isNamePart(t, i + 1)))
                this.reason('OVER window', i);
            else if (up === 'DISTINCT' && isWord(t, i + 1, 'FROM') && this.followsIs(i)) {
                i += 2;
                continue;
            }
            i++;
        }
        return i;
    }
    /** `AGG(…) [FILTER (…)] [WITHIN GROUP (…)]` at `i`: a global aggregate unless OVER follows. */
    aggregateCall(i, end, scope, block) {
        const t = this.t;
        let j = this.paren(i + 1, end, scope, block);
        if (isWord(t, j, 'FILTER') && isPunct(t, j + 1, '('))
            j = this.paren(j + 1, end, scope, block);
        if (isWord(t, j, 'WITHIN') && isWord(t, j + 1, 'GROUP') && isPunct(t, j + 2, '(')) {
            j = this.paren(j + 2, end, scope, block);
        }
        if (!isWord(t, j, 'OVER') && block.firstAggregate < 0)
            block.firstAggregate = i;
        return j;
    }
    /** Words that look like a clause but continue the expression: `LEFT(…)`, `WITHIN GROUP`. */
    continuesExpression(i) {
        const t = this.t;
        const up = t.up(i);
        if (up === 'LEFT' || up === 'RIGHT')
            return isPunct(t, i + 1, '(');
        if (up === 'GROUP')
            return isWord(t, i - 1, 'WITHIN');
        return false;
    }
    followsIs(i) {
        const t = this.t;
        return isWord(t, i - 1, 'IS') || (isWord(t, i - 1, 'NOT') && isWord(t, i - 2, 'IS'));
    }
    /** A parenthesised group at `open` inside an expression: a subquery, or arguments / a nested expression. */
    paren(open, end, scope, block) {
        const t = this.t;
        const close = this.match[open] < end ? this.match[open] : end;
        if (opensQuery(t, open)) {
            const before = open - 1;
            if (isWord(t, before, 'IN'))
                this.reason('IN subquery', before);
            else if (isWord(t, before, 'EXISTS'))
                this.reason('EXISTS subquery', before);
            const j = this.query(open + 1, close, scope);
            if (j < close)
                this.expression(j, close, scope, null, query_NONE);
            return close + 1;
        }
        this.expression(open + 1, close, scope, block, query_NONE);
        return close + 1;
    }
    /**
     * Last resort for tokens the grammar above did not expect: keep finding SELECT blocks and
     * FROM/JOIN table names so that sources are not silently lost, and say so once.
     */
    fallback(i, end, scope) {
        const t = this.t;
        if (!this.warned && i < end) {
            this.warned = true;
            this.issues.push({
                severity: 'warning',
                line: t.lines[i],
                message: `could not follow the SQL near '${t.text(i)}'; table references after it were found by a fallback scan`,
            });
        }
        while (i < end) {
            let j = i + 1;
            if (isWord(t, i, 'SELECT') || isWord(t, i, 'WITH'))
                j = this.query(i, end, scope);
            else if (isWord(t, i, 'FROM') || isWord(t, i, 'JOIN'))
                j = this.fromList(i + 1, end, scope, null);
            else if (isPunct(t, i, '('))
                j = this.paren(i, end, scope, null);
            i = j > i ? j : i + 1;
        }
    }
}

;// CONCATENATED MODULE: ./src/sql/statement.ts
/**
 * One statement: its kind from the leading words, its sinks, and the query (if any) handed to
 * the QueryWalker. Problems become issues; nothing here throws.
 */








const CHANGELOG_STATEFUL = new Set(['upsert', 'retract']);
const QUERY_STARTS = new Set(['SELECT', 'WITH', 'VALUES', 'TABLE']);
/**
 * The tokens of the statement being analysed, hints removed, indexed from 0. Reused for every
 * statement: copying a statement's columns is cheaper than allocating anything per token, and
 * reads past the statement's end answer "no token", as the analyzers expect.
 */
const view = new TokenList();
/** Analyzes `all[span.start, span.end)`. */
function analyzeStatement(all, span, issues) {
    const last = span.end - 1;
    let facts;
    if (span.body !== undefined) {
        facts = statementSet(all, span, issues);
    }
    else {
        view.copyWithoutHints(all, span.start, span.end);
        facts = analyzeTokens(view, issues);
    }
    const sourceRefs = facts.walker.sources;
    const reasons = [...facts.walker.reasons, ...facts.ddlReasons].sort((a, b) => a.offset - b.offset);
    const stateful = facts.hasQuery || reasons.length > 0 ? reasons.length > 0 : null;
    const stmt = {
        kind: facts.kind,
        startLine: all.lines[span.start],
        endLine: all.lines[last] + newlines(all.src, all.starts[last], all.ends[last]),
        sinks: uniqueSorted(facts.sinkRefs),
        sources: uniqueSorted(sourceRefs),
        sinkRefs: facts.sinkRefs,
        sourceRefs,
        stateful,
        reasons: reasons.map((r) => ({ construct: r.construct, line: r.line })),
        joins: facts.walker.joins,
        fingerprint: sha256(normalisedTokens(all, span.start, span.end)),
    };
    if (facts.ddl !== undefined)
        stmt.ddl = facts.ddl;
    if (facts.property !== undefined)
        stmt.property = facts.property;
    if (facts.use !== undefined)
        stmt.use = facts.use;
    return stmt;
}
function uniqueSorted(refs) {
    const names = [...new Set(refs.map((r) => r.name))];
    return names.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
/** `EXECUTE STATEMENT SET BEGIN …; …; END`: each inner statement analysed on its own, facts merged. */
function statementSet(all, span, issues) {
    const body = span.body;
    const merged = {
        kind: 'statement-set',
        sinkRefs: [],
        walker: new QueryWalker(new TokenList(0), new Int32Array(0), issues),
        hasQuery: false,
        ddlReasons: [],
    };
    if (span.unterminated) {
        issues.push({
            severity: 'error',
            line: all.lines[span.start],
            message: 'statement set is never closed by END',
        });
    }
    let i = body.start;
    while (i < body.end) {
        let j = i;
        while (j < body.end && !isPunct(all, j, ';'))
            j++;
        if (j > i) {
            view.copyWithoutHints(all, i, j);
            const inner = analyzeTokens(view, issues);
            if (inner.kind !== 'insert') {
                issues.push({
                    severity: 'warning',
                    line: all.lines[i],
                    message: `a statement set should hold only INSERT statements, found '${all.text(i)}'`,
                });
            }
            merged.sinkRefs.push(...inner.sinkRefs);
            merged.walker.sources.push(...inner.walker.sources);
            merged.walker.reasons.push(...inner.walker.reasons);
            merged.ddlReasons.push(...inner.ddlReasons);
            for (const k of Object.keys(merged.walker.joins)) {
                merged.walker.joins[k] += inner.walker.joins[k];
            }
            merged.hasQuery ||= inner.hasQuery;
        }
        i = j + 1;
    }
    return merged;
}
/** Kind and facts of one statement's tokens (hints removed). */
function analyzeTokens(t, issues) {
    const match = matchParens(t, issues);
    const walker = new QueryWalker(t, match, issues);
    const facts = { kind: 'other', sinkRefs: [], walker, hasQuery: false, ddlReasons: [] };
    const end = t.count;
    if (end === 0)
        return facts;
    const ctx = { t, match, end, issues, facts, walker };
    const first = t.up(0);
    switch (first) {
        case 'CREATE':
            create(ctx);
            return facts;
        case 'INSERT':
            insert(ctx, 0, null);
            return facts;
        case 'EXECUTE':
            if (isWord(t, 1, 'INSERT'))
                insert(ctx, 1, null);
            else if (statementSetBodyStart(t, 0) < 0)
                otherStatement(ctx, false);
            return facts;
        case 'WITH': {
            const w = walker.withList(1, end, null);
            if (isWord(t, w.next, 'INSERT'))
                insert(ctx, w.next, w.scope);
            else
                query(ctx, w.next, w.scope);
            return facts;
        }
        case 'ALTER':
            alter(ctx);
            return facts;
        case 'DROP':
            drop(ctx);
            return facts;
        case 'SET':
            set(ctx);
            return facts;
        case 'USE':
            use(ctx);
            return facts;
    }
    if (isPunct(t, 0, '(') || QUERY_STARTS.has(first))
        query(ctx, 0, null);
    else
        otherStatement(ctx, !KNOWN_OTHER_STATEMENTS.has(first));
    return facts;
}
function otherStatement(ctx, unknown) {
    ctx.facts.kind = 'other';
    if (unknown) {
        ctx.issues.push({
            severity: 'warning',
            line: ctx.t.lines[0],
            message: `unknown statement starting with '${ctx.t.text(0)}'; it is kept as kind 'other' and not analysed`,
        });
    }
}
/** A bare query (SELECT …), kind 'other' but with sources and stateful facts. */
function query(ctx, i, scope) {
    ctx.facts.kind = 'other';
    ctx.facts.hasQuery = true;
    const j = ctx.walker.query(i, ctx.end, scope);
    if (j < ctx.end)
        ctx.walker.fallback(j, ctx.end, scope);
}
function sink(ctx, i) {
    const name = readName(ctx.t, i, ctx.end);
    ctx.facts.sinkRefs.push({ name: name.name, line: name.line, offset: name.offset, length: name.length });
    return name.next;
}
function nameAt(ctx, i) {
    const t = ctx.t;
    return i < ctx.end && isNamePart(t, i) && !(t.kind(i) === KEYWORD && QUERY_STARTS.has(t.up(i)));
}
function insert(ctx, i, scope) {
    const { t, end, facts } = ctx;
    const insertLine = t.lines[i];
    facts.kind = 'insert';
    let j = i + 1;
    if (isWord(t, j, 'INTO') || isWord(t, j, 'OVERWRITE'))
        j++;
    if (isWord(t, j, 'TABLE') && nameAt(ctx, j + 1))
        j++;
    if (!nameAt(ctx, j)) {
        ctx.issues.push({ severity: 'error', line: insertLine, message: 'INSERT without a target table' });
        if (j < end)
            ctx.walker.fallback(j, end, scope);
        return;
    }
    j = sink(ctx, j);
    if (isWord(t, j, 'PARTITION') && isPunct(t, j + 1, '('))
        j = ctx.match[j + 1] + 1;
    if (isPunct(t, j, '(') && !opensQuery(t, j))
        j = ctx.match[j] + 1;
    if (j >= end) {
        ctx.issues.push({
            severity: 'error',
            line: insertLine,
            message: `INSERT INTO ${facts.sinkRefs[facts.sinkRefs.length - 1].name} has no query or VALUES`,
        });
        return;
    }
    facts.hasQuery = true;
    const k = ctx.walker.query(j, end, scope);
    if (k < end)
        ctx.walker.fallback(k, end, scope);
}
function create(ctx) {
    const { t } = ctx;
    let i = 1;
    if (isWord(t, i, 'OR') && (isWord(t, i + 1, 'REPLACE') || isWord(t, i + 1, 'ALTER')))
        i += 2;
    if (isWord(t, i, 'TEMPORARY'))
        i++;
    if (isWord(t, i, 'SYSTEM'))
        i++;
    const up = t.up(i);
    if (up === 'TABLE')
        createTable(ctx, i + 1, false);
    else if (up === 'MATERIALIZED' && isWord(t, i + 1, 'TABLE'))
        createTable(ctx, i + 2, true);
    else if (up === 'VIEW')
        createView(ctx, i + 1);
    else if (up === 'FUNCTION')
        ctx.facts.kind = 'create-function';
    else
        otherStatement(ctx, !OTHER_CREATES.has(up));
}
const OTHER_CREATES = new Set(['CATALOG', 'DATABASE', 'MODEL', 'CONNECTION', 'AGENT', 'TOOL']);
function skipIfNotExists(t, i) {
    return isWord(t, i, 'IF') && isWord(t, i + 1, 'NOT') && isWord(t, i + 2, 'EXISTS') ? i + 3 : i;
}
function createTable(ctx, i, materialized) {
    const { t, end, match, facts, walker } = ctx;
    facts.kind = materialized ? 'create-materialized-table' : 'create-table';
    i = skipIfNotExists(t, i);
    if (!nameAt(ctx, i)) {
        ctx.issues.push({
            severity: 'error',
            line: t.lines[0],
            message: `CREATE ${materialized ? 'MATERIALIZED TABLE' : 'TABLE'} without a table name`,
        });
        return;
    }
    i = sink(ctx, i);
    const ddl = emptyDdl();
    facts.ddl = ddl;
    if (isPunct(t, i, '(')) {
        parseTableBody(t, i, match, ddl);
        i = match[i] + 1;
    }
    while (i < end) {
        const up = t.up(i);
        if (up === 'COMMENT')
            i += 2;
        else if (up === 'PARTITIONED' && isWord(t, i + 1, 'BY') && isPunct(t, i + 2, '('))
            i = match[i + 2] + 1;
        else if (up === 'DISTRIBUTED') {
            const d = parseDistribution(t, i, match);
            ddl.distribution = d.distribution;
            i = d.next;
        }
        else if (up === 'WITH' && isPunct(t, i + 1, '(')) {
            const o = parseOptions(t, i + 1, match);
            Object.assign(ddl.options, o.options);
            const mode = o.options['changelog.mode'];
            if (mode !== undefined && CHANGELOG_STATEFUL.has(mode.toLowerCase())) {
                const key = o.keys.get('changelog.mode');
                facts.ddlReasons.push({
                    construct: `changelog.mode '${mode.toLowerCase()}'`,
                    line: key.line,
                    offset: key.offset,
                });
            }
            i = match[i + 1] + 1;
        }
        else if (up === 'LIKE' && nameAt(ctx, i + 1)) {
            if (!materialized)
                facts.kind = 'create-like';
            const name = readName(t, i + 1, end);
            walker.sources.push({ name: name.name, line: name.line, offset: name.offset, length: name.length });
            i = name.next;
            if (isPunct(t, i, '('))
                i = match[i] + 1;
        }
        else if (up === 'AS') {
            if (!materialized)
                facts.kind = 'ctas';
            queryAfterAs(ctx, i);
            return;
        }
        else if (isPunct(t, i, '('))
            i = match[i] + 1;
        else
            i++;
    }
}
function queryAfterAs(ctx, asIndex) {
    const { t, end, walker } = ctx;
    if (asIndex + 1 >= end) {
        ctx.issues.push({ severity: 'error', line: t.lines[asIndex], message: 'AS is not followed by a query' });
        return;
    }
    ctx.facts.hasQuery = true;
    const j = walker.query(asIndex + 1, end, null);
    if (j < end)
        walker.fallback(j, end, null);
}
function createView(ctx, i) {
    const { t, end, match, facts } = ctx;
    facts.kind = 'create-view';
    i = skipIfNotExists(t, i);
    if (!nameAt(ctx, i)) {
        ctx.issues.push({ severity: 'error', line: t.lines[0], message: 'CREATE VIEW without a view name' });
        return;
    }
    i = sink(ctx, i);
    while (i < end && !isWord(t, i, 'AS'))
        i = isPunct(t, i, '(') ? match[i] + 1 : i + 1;
    if (i < end)
        queryAfterAs(ctx, i);
    else
        ctx.issues.push({ severity: 'error', line: t.lines[0], message: 'CREATE VIEW without AS and a query' });
}
function alter(ctx) {
    const { t, facts } = ctx;
    let i = 1;
    const up = t.up(i);
    if (up === 'TABLE' || (up === 'MATERIALIZED' && isWord(t, i + 1, 'TABLE'))) {
        facts.kind = 'alter-table';
        i += up === 'TABLE' ? 1 : 2;
    }
    else if (up === 'VIEW') {
        facts.kind = 'other';
        i++;
    }
    else {
        otherStatement(ctx, false);
        return;
    }
    if (isWord(t, i, 'IF') && isWord(t, i + 1, 'EXISTS'))
        i += 2;
    if (nameAt(ctx, i))
        sink(ctx, i);
    else
        ctx.issues.push({ severity: 'error', line: t.lines[0], message: 'ALTER without a table name' });
}
function drop(ctx) {
    const { t, facts } = ctx;
    facts.kind = 'drop';
    let i = 1;
    if (isWord(t, i, 'TEMPORARY'))
        i++;
    if (isWord(t, i, 'MATERIALIZED'))
        i++;
    const up = t.up(i);
    if (up !== 'TABLE' && up !== 'VIEW')
        return;
    i++;
    if (isWord(t, i, 'IF') && isWord(t, i + 1, 'EXISTS'))
        i += 2;
    if (nameAt(ctx, i))
        sink(ctx, i);
    else
        ctx.issues.push({ severity: 'error', line: t.lines[0], message: `DROP ${up} without a name` });
}
function set(ctx) {
    const { t, end, facts } = ctx;
    facts.kind = 'set';
    if (end === 1)
        return;
    let eq = 1;
    while (eq < end && !t.isOperator(eq, '='))
        eq++;
    if (eq >= end - 1 || eq === 1) {
        ctx.issues.push({
            severity: 'error',
            line: t.lines[0],
            message: "SET needs the form SET 'key' = 'value'",
        });
        return;
    }
    facts.property = { key: literalText(t, 1, eq), value: literalText(t, eq + 1, end) };
}
function use(ctx) {
    const { t, end, facts } = ctx;
    if (isWord(t, 1, 'MODULES')) {
        facts.kind = 'other';
        return;
    }
    facts.kind = 'use';
    const catalog = isWord(t, 1, 'CATALOG') && nameAt(ctx, 2);
    const at = catalog ? 2 : 1;
    if (!(at < end && isNamePart(t, at))) {
        ctx.issues.push({
            severity: 'error',
            line: t.lines[0],
            message: 'USE without a catalog or database name',
        });
        return;
    }
    const name = readName(t, at, end);
    if (catalog)
        facts.use = { catalog: name.name };
    else if (name.parts.length >= 2)
        facts.use = { catalog: name.parts[0], database: name.parts.slice(1).join('.') };
    else
        facts.use = { database: name.name };
}

;// CONCATENATED MODULE: ./src/sql/analyze.ts
/**
 * Entry point of the SQL layer: text in, SqlAnalysis out. Pure and total: garbage gives a
 * result with issues, never an exception.
 */




function analyzeSql(text) {
    const issues = [];
    // The token list is the lexer's shared buffer: only plain results leave this function.
    const tokens = tokenize(text, issues);
    const statements = [];
    for (const span of splitStatements(tokens)) {
        statements.push(analyzeStatement(tokens, span, issues));
    }
    const sinks = new Set();
    const sources = new Set();
    const reasons = [];
    const properties = {};
    let stateful = null;
    for (const s of statements) {
        for (const n of s.sinks)
            sinks.add(n);
        for (const n of s.sources)
            sources.add(n);
        reasons.push(...s.reasons);
        if (s.stateful !== null)
            stateful = stateful === true || s.stateful;
        if (s.property !== undefined)
            properties[s.property.key] = s.property.value;
    }
    issues.sort((a, b) => a.line - b.line);
    return {
        statements,
        sinks: sorted(sinks),
        sources: sorted(sources),
        stateful,
        reasons,
        properties,
        fingerprint: sha256(statements.map((s) => s.fingerprint).join('\n')),
        issues,
    };
}
function sorted(names) {
    return [...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(8816);
;// CONCATENATED MODULE: ./src/config/schema.ts

/** One Confluent Cloud target (DESIGN §6). Every key is documented: docs are generated from these. */
const environmentSchema = schemas/* strictObject */.rej({
    restEndpoint: schemas/* url */.OZ5({ protocol: /^https?$/ })
        .optional()
        .describe('Flink REST endpoint; default https://flink.<region>.<cloud>.confluent.cloud'),
    cloud: schemas/* string */.YjP().min(1).optional().describe('Cloud provider of the Flink region (aws, gcp, azure)'),
    region: schemas/* string */.YjP().min(1).optional().describe('Cloud region of the Flink endpoint, e.g. us-east-1'),
    organizationId: schemas/* uuid */.uRe().optional().describe('Confluent organization id (UUID)'),
    environmentId: schemas/* string */.YjP()
        .regex(/^env-[a-z0-9]+$/, 'must look like env-abc123')
        .optional()
        .describe('Confluent environment id'),
    computePoolId: schemas/* string */.YjP()
        .regex(/^lfcp-[a-z0-9]+$/, 'must look like lfcp-abc123')
        .optional()
        .describe('Default compute pool for statements'),
    computePools: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* string */.YjP().regex(/^lfcp-[a-z0-9]+$/, 'must look like lfcp-abc123'))
        .optional()
        .describe('Compute pool per product, overriding computePoolId'),
    principal: schemas/* string */.YjP().min(1).optional().describe('Service account the statements run as, e.g. sa-123abc'),
    catalog: schemas/* string */.YjP().min(1).optional().describe('sql.current-catalog of every statement (environment name)'),
    database: schemas/* string */.YjP()
        .min(1)
        .optional()
        .describe('sql.current-database of every statement (Kafka cluster name)'),
    statementPrefix: schemas/* string */.YjP()
        .regex(/^[a-z0-9-]*$/, 'may hold only a-z, 0-9 and -')
        .optional()
        .describe('Prefix of every statement name'),
    properties: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* string */.YjP())
        .optional()
        .describe('Statement properties added to every statement, e.g. sql.state-ttl'),
});
const configSchema = schemas/* strictObject */.rej({
    pipelines: schemas/* string */.YjP().min(1).optional().describe('The pipelines folder, relative to the repository root'),
    environment: schemas/* string */.YjP().min(1).optional().describe('Default environment for plan, deploy and status'),
    environments: schemas/* record */.g1P(schemas/* string */.YjP(), environmentSchema).optional().describe('Named Confluent Cloud targets'),
    strategy: schemas/* enum */.k5n(['rebuild', 'blue-green'])
        .optional()
        .describe('How a table whose data must be rebuilt is replaced: drop and recreate, or a versioned copy'),
    allowDestructive: schemas/* union */.KCZ([schemas/* boolean */.zMY(), schemas/* array */.YOg(schemas/* string */.YjP())])
        .optional()
        .describe('Allow steps that drop tables: true, false, or a list of table names'),
    maxParallel: schemas/* number */.aig().int().min(1).max(64).optional().describe('Statements deployed at once'),
    externalTables: schemas/* array */.YOg(schemas/* string */.YjP())
        .optional()
        .describe('Glob patterns of tables read but not defined in the repository (raw topics, CDC streams)'),
});

;// CONCATENATED MODULE: ./src/util/files.ts


/** Reads a file the user named; a failure is one line naming the file and what it is for. */
function readUserFile(path, what) {
    try {
        return (0,external_node_fs_.readFileSync)(path, 'utf8');
    }
    catch (e) {
        throw new UserError(`${path}: cannot read the ${what} (${e.code ?? 'error'})`);
    }
}

;// CONCATENATED MODULE: ./src/config/load.ts





const DEFAULT_CONFIG_FILE = 'flink-pipeline.yaml';
/** Parses config text; every problem names the file, the line and the key. */
function parseConfig(path, text) {
    const lineCounter = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter, prettyErrors: false });
    if (doc.errors.length) {
        const e = doc.errors[0];
        const line = lineCounter.linePos(e.pos[0]).line;
        throw new UserError(`${path}:${line}: invalid YAML: ${e.message.split('\n')[0]}`);
    }
    const raw = doc.toJS() ?? {};
    const result = configSchema.safeParse(raw);
    if (result.success)
        return result.data;
    const messages = result.error.issues.map((issue) => {
        const keyPath = issue.path.map(String);
        let node = doc.getIn(keyPath, true);
        // For an unknown key, point at the key itself.
        if (issue.code === 'unrecognized_keys') {
            const parent = keyPath.length ? doc.getIn(keyPath, true) : doc.contents;
            const pair = (0,dist/* isMap */.jh)(parent)
                ? parent.items.find((p) => (0,dist/* isScalar */.jn)(p.key) && p.key.value === issue.keys[0])
                : undefined;
            node = pair?.key ?? parent;
            keyPath.push(...issue.keys);
        }
        const line = (0,dist/* isNode */.Ll)(node) && node.range ? lineCounter.linePos(node.range[0]).line : undefined;
        const key = keyPath.join('.') || '(top level)';
        const what = issue.code === 'unrecognized_keys'
            ? 'unknown key; check the spelling against the config reference'
            : issue.message;
        return `${path}${line ? `:${line}` : ''}: ${key}: ${what}`;
    });
    throw new UserError(messages.join('\n'));
}
/**
 * Loads the config file. An explicitly named file must exist; the default name is optional.
 */
function loadConfig(path) {
    const file = path ?? DEFAULT_CONFIG_FILE;
    if (!(0,external_node_fs_.existsSync)(file)) {
        if (path)
            throw new UserError(`${path}: config file not found; pass an existing file to --config`);
        return {};
    }
    return parseConfig(file, readUserFile(file, 'config file'));
}

;// CONCATENATED MODULE: ./src/project/diagnostics.ts
const rank = { fatal: 0, error: 1, warning: 2, notice: 3 };
function sortDiagnostics(list) {
    return [...list].sort((a, b) => rank[a.severity] - rank[b.severity] ||
        (a.file ?? '').localeCompare(b.file ?? '') ||
        (a.line ?? 0) - (b.line ?? 0) ||
        a.message.localeCompare(b.message));
}
function formatDiagnostic(d) {
    const where = d.file ? `${d.file}${d.line ? `:${d.line}` : ''}: ` : '';
    return `${where}${d.severity}: ${d.message}`;
}
const hasFatal = (list) => list.some((d) => d.severity === 'fatal');
const hasError = (list) => list.some((d) => d.severity === 'fatal' || d.severity === 'error');

;// CONCATENATED MODULE: ./src/cli/context.ts



function configOf(ctx) {
    return loadConfig(ctx.values.config);
}
function pipelinesOf(ctx, config) {
    return ctx.values.pipelines ?? config.pipelines ?? 'pipelines';
}
function formatOf(ctx, allowed) {
    const format = (ctx.values.format ?? 'text');
    if (!allowed.includes(format)) {
        throw new UserError(`--format ${format} is not supported here; use one of ${allowed.join(', ')}`);
    }
    return format;
}
function printDiagnostics(ctx, diagnostics) {
    for (const d of sortDiagnostics(diagnostics))
        ctx.io.err.write(formatDiagnostic(d) + '\n');
}

;// CONCATENATED MODULE: ./src/cli/commands/analyze.ts




const utf8 = new TextDecoder('utf-8', { fatal: true });
function fileResult(file, a) {
    return {
        file,
        statements: a.statements.map((s) => ({
            kind: s.kind,
            startLine: s.startLine,
            endLine: s.endLine,
            sinks: s.sinks,
            sources: s.sources,
            stateful: s.stateful,
            reasons: s.reasons,
            joins: s.joins,
            ...(s.ddl ? { ddl: s.ddl } : {}),
            ...(s.property ? { property: s.property } : {}),
            ...(s.use ? { use: s.use } : {}),
            fingerprint: s.fingerprint,
        })),
        sinks: a.sinks,
        sources: a.sources,
        stateful: a.stateful,
        reasons: a.reasons,
        properties: a.properties,
        fingerprint: a.fingerprint,
        issues: a.issues,
    };
}
function analyze_text(r) {
    const lines = [`${r.file}`];
    lines.push(`  sinks:    ${r.sinks.join(', ') || '-'}`);
    lines.push(`  sources:  ${r.sources.join(', ') || '-'}`);
    lines.push(`  stateful: ${r.stateful === null ? 'n/a (no query)' : r.stateful ? 'yes' : 'no'}`);
    for (const reason of r.reasons)
        lines.push(`    ${reason.construct} (line ${reason.line})`);
    for (const s of r.statements)
        lines.push(`  statement lines ${s.startLine}-${s.endLine}: ${s.kind}`);
    for (const i of r.issues)
        lines.push(`  ${r.file}:${i.line}: ${i.severity}: ${i.message}`);
    lines.push(`  fingerprint: ${r.fingerprint}`);
    return lines.join('\n') + '\n';
}
function analyzeCommand(ctx) {
    const format = formatOf(ctx, ['text', 'json']);
    if (!ctx.positionals.length)
        throw new UserError('analyze: name at least one SQL file');
    const results = [];
    let failed = false;
    for (const file of ctx.positionals) {
        let sql;
        try {
            sql = utf8.decode((0,external_node_fs_.readFileSync)(file));
        }
        catch (e) {
            const code = e.code;
            ctx.io.err.write(`${file}: error: ${code ? `cannot read the file (${code})` : 'the file is not valid UTF-8; save it as UTF-8'}\n`);
            failed = true;
            continue;
        }
        const r = fileResult(file, analyzeSql(sql));
        if (r.issues.some((i) => i.severity === 'error'))
            failed = true;
        results.push(r);
        if (format === 'text') {
            ctx.io.out.write(analyze_text(r));
        }
    }
    if (format === 'json') {
        const value = ctx.positionals.length === 1 ? (results[0] ?? null) : results;
        ctx.io.out.write(JSON.stringify(value, null, 2) + '\n');
    }
    return failed ? 1 : 0;
}

;// CONCATENATED MODULE: ./src/graph/graph.ts
/** Builds a graph from node names and (parent, child) edges; duplicate edges collapse. */
function buildGraph(names, edges) {
    const sorted = [...new Set(names)].sort(compareNames);
    const index = new Map();
    sorted.forEach((n, i) => index.set(n, i));
    const parentSets = sorted.map(() => new Set());
    const childSets = sorted.map(() => new Set());
    for (const [parent, child] of edges) {
        const p = index.get(parent);
        const c = index.get(child);
        if (p === undefined || c === undefined) {
            throw new Error(`edge ${parent} -> ${child} names a node that is not in the graph`);
        }
        parentSets[c].add(p);
        childSets[p].add(c);
    }
    // Ids are assigned in name order, so sorting ids numerically sorts by name.
    const toList = (s) => [...s].sort((a, b) => a - b);
    return { names: sorted, index, parents: parentSets.map(toList), children: childSets.map(toList) };
}
function compareNames(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
function idsOf(g, names) {
    const ids = [];
    for (const n of names) {
        const id = g.index.get(n);
        if (id === undefined)
            throw new Error(`unknown table ${n}`);
        ids.push(id);
    }
    return ids;
}
function reach(g, start, next) {
    const seen = new Uint8Array(g.names.length);
    const stack = idsOf(g, start);
    for (const s of stack)
        seen[s] = 2; // start nodes are excluded unless reached again
    const out = [];
    while (stack.length) {
        const id = stack.pop();
        for (const n of next[id]) {
            if (seen[n] === 1)
                continue;
            if (seen[n] === 0)
                stack.push(n);
            seen[n] = 1;
            out.push(n);
        }
    }
    return out.sort((a, b) => a - b).map((i) => g.names[i]);
}
/** All transitive parents of the given tables (not including them unless on a cycle). */
function ancestors(g, start) {
    return reach(g, start, g.parents);
}
/** All transitive children of the given tables (not including them unless on a cycle). */
function descendants(g, start) {
    return reach(g, start, g.children);
}
/**
 * Finds one dependency cycle, returned as a path that starts and ends on the same table
 * (`[a, b, c, a]` means a feeds b feeds c feeds a), or null when the graph is a DAG.
 * Iterative DFS: recursion would overflow on long chains of 10,000 tables.
 */
function findCycle(g) {
    const n = g.names.length;
    const state = new Uint8Array(n); // 0 new, 1 on stack, 2 done
    const parentOnPath = new Int32Array(n).fill(-1);
    const cursor = new Int32Array(n);
    for (let root = 0; root < n; root++) {
        if (state[root])
            continue;
        const stack = [root];
        state[root] = 1;
        while (stack.length) {
            const id = stack[stack.length - 1];
            const kids = g.children[id];
            if (cursor[id] < kids.length) {
                const k = kids[cursor[id]++];
                if (state[k] === 0) {
                    state[k] = 1;
                    parentOnPath[k] = id;
                    stack.push(k);
                }
                else if (state[k] === 1) {
                    const path = [k];
                    for (let at = id; at !== k; at = parentOnPath[at])
                        path.push(at);
                    path.push(k);
                    return path.reverse().map((i) => g.names[i]);
                }
            }
            else {
                state[id] = 2;
                stack.pop();
            }
        }
    }
    return null;
}
/**
 * Longest-path level of every node: sources are 0, a node is one more than its deepest
 * parent. Throws on a cycle (callers check with findCycle first to report it nicely).
 */
function topoLevels(g) {
    const n = g.names.length;
    const indegree = new Int32Array(n);
    for (let i = 0; i < n; i++)
        indegree[i] = g.parents[i].length;
    const level = new Int32Array(n);
    const queue = [];
    for (let i = 0; i < n; i++)
        if (indegree[i] === 0)
            queue.push(i);
    for (let head = 0; head < queue.length; head++) {
        const id = queue[head];
        for (const c of g.children[id]) {
            if (level[c] < level[id] + 1)
                level[c] = level[id] + 1;
            if (--indegree[c] === 0)
                queue.push(c);
        }
    }
    if (queue.length !== n)
        throw new Error('graph has a cycle');
    const out = new Map();
    for (let i = 0; i < n; i++)
        out.set(g.names[i], level[i]);
    return out;
}
/** Names in dependency order: every table after all of its parents; ties by level then name. */
function topoOrder(g) {
    const levels = topoLevels(g);
    return [...g.names].sort((a, b) => levels.get(a) - levels.get(b) || compareNames(a, b));
}
/** The subgraph induced by a set of names (edges between them only). */
function subgraph(g, keep) {
    const ids = new Set(idsOf(g, keep));
    const edges = [];
    for (const c of ids)
        for (const p of g.parents[c])
            if (ids.has(p))
                edges.push([g.names[p], g.names[c]]);
    return buildGraph([...ids].map((i) => g.names[i]), edges);
}

;// CONCATENATED MODULE: ./src/util/text.ts
/** Edit distance with an early exit once it exceeds `max` (suggestions only need small ones). */
function editDistance(a, b, max) {
    if (Math.abs(a.length - b.length) > max)
        return max + 1;
    let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        const cur = [i];
        let rowMin = i;
        for (let j = 1; j <= b.length; j++) {
            const v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
            cur.push(v);
            if (v < rowMin)
                rowMin = v;
        }
        if (rowMin > max)
            return max + 1;
        prev = cur;
    }
    return prev[b.length];
}
/** The closest candidate to a misspelt name, if one is close enough to be a likely typo. */
function suggestName(name, candidates) {
    // About one edit per five characters: catches typos without suggesting unrelated short names.
    const max = Math.max(1, Math.floor(name.length / 5));
    let best = null;
    let bestDistance = max + 1;
    for (const c of candidates) {
        const d = editDistance(name.toLowerCase(), c.toLowerCase(), Math.min(max, bestDistance));
        if (d < bestDistance || (d === bestDistance && best !== null && c < best)) {
            best = c;
            bestDistance = d;
        }
    }
    return bestDistance <= max ? best : null;
}
/** Shell-style glob (`*`, `?`) to a whole-string matcher, for `externalTables`. */
function globMatcher(patterns) {
    if (!patterns.length)
        return () => false;
    const source = patterns
        .map((p) => p
        .replace(/[.+^${}()|[\]\\]/g, '\\$&')
        .replace(/\*/g, '.*')
        .replace(/\?/g, '.'))
        .join('|');
    const re = new RegExp(`^(?:${source})$`);
    return (name) => re.test(name);
}

;// CONCATENATED MODULE: ./src/project/layout.ts
/** Layer folder → table type (DESIGN §3); matched as a whole path component. */
const LAYERS = {
    sources: 'source',
    intermediates: 'intermediate',
    dimensions: 'dimension',
    facts: 'fact',
    views: 'view',
    seeds: 'seed',
    stage: 'stage',
};
/**
 * Type and product of a table folder, from its path below the pipelines folder. The layer is
 * the nearest layer component above the table folder, so a repository that happens to sit
 * in `/home/me/sources/` is not mistaken for a source (shift_left's substring bug).
 */
function classifyFolder(pipelinesDir, folder) {
    const rel = (pipelinesDir === '.' || pipelinesDir === '' ? folder : folder.slice(pipelinesDir.length))
        .split('/')
        .filter(Boolean);
    // rel ends with the table folder itself; look at the components above it.
    for (let i = rel.length - 2; i >= 0; i--) {
        const type = LAYERS[rel[i]];
        if (type) {
            const between = rel.slice(i + 1, rel.length - 1);
            return { type, product: between.length ? between[between.length - 1] : '' };
        }
    }
    return { type: 'unknown-type', product: rel.length >= 2 ? rel[rel.length - 2] : '' };
}
/** shift_left's file-selection rule, made deterministic: `ddl.*`/`dml.*` SQL in `sql-scripts/`. */
function sqlScriptRole(fileName) {
    const lower = fileName.toLowerCase();
    if (lower.startsWith('ddl.')) {
        if (lower.endsWith('.properties'))
            return 'ddl-properties';
        if (lower.endsWith('.sql') && !lower.includes('dlq'))
            return 'ddl';
    }
    else if (lower.startsWith('dml.')) {
        if (lower.endsWith('.properties'))
            return 'dml-properties';
        if (lower.endsWith('.sql'))
            return 'dml';
    }
    return null;
}

;// CONCATENATED MODULE: ./src/project/properties.ts
/**
 * Reads a Java-style `.properties` file (`k=v`, `k: v`, `#`/`!` comments, `\` line
 * continuation), the format shift_left merges into a statement's `spec.properties`.
 */
function parseProperties(path, text) {
    const values = {};
    const diagnostics = [];
    const lines = text.split(/\r?\n/);
    for (let i = 0; i < lines.length; i++) {
        const startLine = i + 1;
        let line = lines[i].trim();
        while (line.endsWith('\\') && i + 1 < lines.length)
            line = line.slice(0, -1) + lines[++i].trim();
        if (!line || line.startsWith('#') || line.startsWith('!'))
            continue;
        const m = /^([^=:\s]+)\s*[=:\s]\s*(.*)$/.exec(line);
        if (!m) {
            diagnostics.push({
                severity: 'error',
                code: 'properties-syntax',
                file: path,
                line: startLine,
                message: `cannot read "${line}" as a property; write it as key=value`,
            });
            continue;
        }
        values[m[1]] = m[2];
    }
    return { values, diagnostics };
}

;// CONCATENATED MODULE: ./src/project/build.ts





const CREATE_KINDS = new Set([
    'create-table',
    'ctas',
    'create-like',
    'create-view',
    'create-materialized-table',
]);
const WRITE_KINDS = new Set(['insert', 'statement-set']);
const zeroJoins = () => ({ regular: 0, left: 0, right: 0, inner: 0, outer: 0, cross: 0 });
/** Last dotted part: catalog and database qualifiers depend on the environment, not the table. */
const baseName = (name) => name.slice(name.lastIndexOf('.') + 1);
function firstRef(analysis, kinds) {
    for (const s of analysis.statements)
        if (kinds.has(s.kind) && s.sinkRefs.length)
            return s.sinkRefs[0];
    return undefined;
}
function addJoins(into, statements) {
    for (const s of statements)
        for (const k of Object.keys(into))
            into[k] += s.joins[k];
}
/**
 * Builds the project model from table folders: pure, so the same code serves the working
 * tree, a git revision, and the benchmarks.
 */
function buildProject(input) {
    const diagnostics = [...(input.diagnostics ?? [])];
    const byName = new Map();
    const analyzeFile = input.analyze ?? ((file) => analyzeSql(file.text));
    const analyze = (file) => {
        if (!file)
            return undefined;
        const analysis = analyzeFile(file);
        for (const issue of analysis.issues) {
            diagnostics.push({
                severity: issue.severity,
                code: issue.severity === 'error' ? 'sql-unreadable' : 'sql-warning',
                file: file.path,
                line: issue.line,
                message: issue.message,
            });
        }
        return { path: file.path, text: file.text, analysis };
    };
    const props = (file) => {
        if (!file)
            return {};
        const { values, diagnostics: d } = parseProperties(file.path, file.text);
        diagnostics.push(...d);
        return values;
    };
    for (const folder of [...input.folders].sort((a, b) => (a.folder < b.folder ? -1 : 1))) {
        const ddl = analyze(folder.ddl);
        const dml = analyze(folder.dml);
        const created = ddl && firstRef(ddl.analysis, CREATE_KINDS);
        const inserted = dml && firstRef(dml.analysis, WRITE_KINDS);
        if (!created && !inserted) {
            diagnostics.push({
                severity: 'error',
                code: 'no-table-name',
                file: (folder.ddl ?? folder.dml)?.path ?? folder.folder,
                message: 'no CREATE TABLE/VIEW target in the DDL and no INSERT INTO target in the DML; the table name comes from one of them',
            });
            continue;
        }
        const name = baseName((created ?? inserted).name);
        if (created && inserted && baseName(inserted.name) !== name) {
            diagnostics.push({
                severity: 'fatal',
                code: 'name-mismatch',
                file: dml.path,
                line: inserted.line,
                message: `the DML inserts into \`${inserted.name}\` but the DDL (${ddl.path}:${created.line}) creates \`${created.name}\`; make both name the same table`,
            });
        }
        if (!ddl) {
            diagnostics.push({
                severity: 'notice',
                code: 'dml-without-ddl',
                file: dml.path,
                message: `table \`${name}\` has a DML file but no ddl.*.sql; the table must already exist where it is deployed`,
            });
        }
        else if (!dml &&
            ddl.analysis.statements.every((s) => s.kind === 'create-table' || s.kind === 'create-like')) {
            diagnostics.push({
                severity: 'notice',
                code: 'ddl-without-dml',
                file: ddl.path,
                message: `table \`${name}\` has a DDL file but no dml.*.sql; nothing writes to it from this repository`,
            });
        }
        if (dml) {
            for (const s of dml.analysis.statements) {
                for (const ref of WRITE_KINDS.has(s.kind) ? s.sinkRefs : []) {
                    if (baseName(ref.name) !== name) {
                        diagnostics.push({
                            severity: 'warning',
                            code: 'extra-sink',
                            file: dml.path,
                            line: ref.line,
                            message: `the DML of \`${name}\` also writes to \`${ref.name}\`; keep one table per folder so the graph stays exact`,
                        });
                    }
                }
            }
        }
        const existing = byName.get(name);
        if (existing) {
            diagnostics.push({
                severity: 'fatal',
                code: 'duplicate-table',
                file: folder.folder,
                message: `table \`${name}\` is defined twice: in ${existing.table.folder} and in ${folder.folder}; rename or remove one`,
            });
            continue;
        }
        const { type, product } = classifyFolder(input.pipelinesDir, folder.folder);
        const setProps = { ...(dml?.analysis.properties ?? {}) };
        const fileProps = props(folder.dmlProperties);
        for (const [k, v] of Object.entries(fileProps)) {
            if (k in setProps && setProps[k] !== v) {
                diagnostics.push({
                    severity: 'warning',
                    code: 'property-conflict',
                    file: folder.dmlProperties.path,
                    message: `property ${k} is ${v} here but SET to ${setProps[k]} in ${dml.path}; the .properties value is used`,
                });
            }
            setProps[k] = v;
        }
        const sqlFiles = [ddl, dml].filter((f) => !!f);
        const joins = zeroJoins();
        addJoins(joins, (dml ?? ddl).analysis.statements);
        const reasons = sqlFiles.flatMap((f) => f.analysis.reasons.map((r) => ({ ...r, file: f.path })));
        const sourceRefs = sqlFiles.flatMap((f) => f.analysis.statements
            // An ALTER or DROP names its own table, it does not read it.
            .filter((s) => s.kind !== 'alter-table' && s.kind !== 'drop')
            .flatMap((s) => s.sourceRefs.map((ref) => ({ ref, file: f.path }))));
        byName.set(name, {
            table: {
                name,
                product,
                type,
                external: false,
                folder: folder.folder,
                ddl,
                dml,
                properties: setProps,
                ddlProperties: props(folder.ddlProperties),
                parents: [],
                stateful: sqlFiles.some((f) => f.analysis.stateful === true),
                reasons,
                joins,
                kafkaTopic: null,
            },
            sourceRefs,
        });
    }
    const tables = new Map();
    for (const [name, p] of byName)
        tables.set(name, p.table);
    const declared = new Map((input.declaredExternals ?? []).map((d) => [d.name, d]));
    const expectedExternal = globMatcher(input.externalTables ?? []);
    const edges = [];
    const warned = new Set();
    const suggestions = new Map();
    const resolve = (written) => {
        if (byName.has(written))
            return written;
        const base = baseName(written);
        return byName.has(base) ? base : written;
    };
    for (const [name, { table, sourceRefs }] of byName) {
        const parents = new Set();
        for (const { ref, file } of sourceRefs) {
            const parent = resolve(ref.name);
            if (parent === name)
                continue;
            parents.add(parent);
            if (byName.has(parent) || tables.has(parent))
                continue;
            const decl = declared.get(parent) ?? declared.get(baseName(parent));
            tables.set(parent, {
                name: parent,
                product: decl?.product ?? '',
                type: 'external_kafka',
                external: true,
                folder: '',
                properties: {},
                ddlProperties: {},
                parents: [],
                stateful: false,
                reasons: [],
                joins: zeroJoins(),
                kafkaTopic: decl?.kafkaTopic ?? parent,
            });
            if (decl || expectedExternal(parent) || expectedExternal(baseName(parent)))
                continue;
            const key = `${file}\0${parent}`;
            if (warned.has(key))
                continue;
            warned.add(key);
            if (!suggestions.has(parent))
                suggestions.set(parent, suggestName(baseName(parent), byName.keys()));
            let suggestion = suggestions.get(parent);
            // The reading table itself is never the answer to "did you mean"; rare, so no cache.
            if (suggestion === name)
                suggestion = suggestName(baseName(parent), [...byName.keys()].filter((n) => n !== name));
            diagnostics.push({
                severity: 'warning',
                code: 'unknown-table',
                file,
                line: ref.line,
                message: `\`${ref.name}\` is not defined under ${input.pipelinesDir}/ and is treated as an external table` +
                    (suggestion ? `; did you mean \`${suggestion}\`?` : '.') +
                    ` If it is a raw topic, list it in externalTables in flink-pipeline.yaml.`,
            });
        }
        table.parents = [...parents].sort();
        for (const p of table.parents)
            edges.push([p, name]);
    }
    const graph = buildGraph(tables.keys(), edges);
    const cycle = findCycle(graph);
    if (cycle) {
        const first = tables.get(cycle[0]);
        diagnostics.push({
            severity: 'fatal',
            code: 'cycle',
            file: first.dml?.path ?? first.ddl?.path,
            message: `dependency cycle: ${cycle.join(' → ')}; a table cannot read, directly or through others, what it writes`,
        });
    }
    if (input.folders.length === 0) {
        diagnostics.push({
            severity: 'fatal',
            code: 'no-tables',
            file: input.pipelinesDir,
            message: `no table folders (folders with a sql-scripts/ child holding ddl.*.sql or dml.*.sql) under ${input.pipelinesDir}/; check --pipelines`,
        });
    }
    return { pipelinesDir: input.pipelinesDir, tables, graph, diagnostics };
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./src/project/metadata.ts
/**
 * The shift_left-compatible files (DESIGN §4), rendered purely from the project model.
 * Field order, nesting and the 3-space indentation follow shift_left so both tools read
 * each other's files; sorted lists and no timestamps make the bytes deterministic.
 */
const INVENTORY_FILE = 'inventory.json';
const DEFINITION_FILE = 'pipeline_definition.json';
/** shift_left paths start at the pipelines folder name, wherever it sits in the repository. */
function refPath(pipelinesDir, repoPath) {
    if (!repoPath)
        return '';
    const cut = pipelinesDir.lastIndexOf('/');
    return cut < 0 ? repoPath : repoPath.slice(cut + 1);
}
function complexity(t) {
    const j = t.joins;
    const total = j.regular + j.left + j.right + j.inner + j.outer;
    return {
        number_of_regular_joins: j.regular,
        number_of_left_joins: j.left,
        number_of_right_joins: j.right,
        number_of_inner_joins: j.inner,
        number_of_outer_joins: j.outer,
        complexity_type: total <= 2 ? 'Simple' : total <= 4 ? 'Medium' : 'Complex',
        state_form: t.stateful ? 'Stateful' : 'Stateless',
    };
}
function refs(project, t) {
    const ref = (p) => (p ? refPath(project.pipelinesDir, p) : '');
    return {
        table_name: t.name,
        product_name: t.product,
        type: t.type,
        dml_ref: ref(t.dml?.path),
        ddl_ref: ref(t.ddl?.path),
    };
}
function entry(project, t) {
    return {
        ...refs(project, t),
        path: refPath(project.pipelinesDir, t.folder),
        kafka_topic: t.kafkaTopic,
        complexity: complexity(t),
        parents: [],
        children: [],
    };
}
const json = (value) => JSON.stringify(value, null, 3) + '\n';
function renderInventory(project) {
    const out = {};
    for (const name of [...project.tables.keys()].sort()) {
        const t = project.tables.get(name);
        out[name] = {
            ...refs(project, t),
            table_folder_name: refPath(project.pipelinesDir, t.folder),
            kafka_topic: t.kafkaTopic,
        };
    }
    return json(out);
}
const definitionPath = (t) => `${t.folder}/${DEFINITION_FILE}`;
/** Paths of every generated file, without rendering them (to find stale files). */
function metadataPaths(project) {
    const paths = new Set([`${project.pipelinesDir}/${INVENTORY_FILE}`]);
    for (const t of project.tables.values())
        if (!t.external)
            paths.add(definitionPath(t));
    return paths;
}
/**
 * One `pipeline_definition.json` per table folder, rendered lazily so a 10,000-table project
 * never holds every file at once. Each table's neighbour entry is serialised once and spliced
 * into every file that embeds it: the same bytes `JSON.stringify(def, null, 3)` would give.
 */
function* renderDefinitions(project) {
    const { graph } = project;
    const top = new Array(graph.names.length);
    const nested = new Array(graph.names.length);
    const entryText = (id) => (top[id] ??= JSON.stringify(entry(project, project.tables.get(graph.names[id])), null, 3));
    // Inside `"parents": [` an entry sits two levels (6 spaces) deeper.
    const nestedText = (id) => (nested[id] ??= entryText(id).replace(/\n/g, '\n      '));
    const list = (ids) => ids.length ? `[\n      ${ids.map(nestedText).join(',\n      ')}\n   ]` : '[]';
    for (const t of project.tables.values()) {
        if (t.external)
            continue;
        const id = graph.index.get(t.name);
        // entryText ends with `"parents": [],\n   "children": []\n}`; replace that tail.
        const text = entryText(id);
        const cut = text.lastIndexOf('"parents": []');
        yield [
            definitionPath(t),
            `${text.slice(0, cut)}"parents": ${list(graph.parents[id])},\n   "children": ${list(graph.children[id])}\n}\n`,
        ];
    }
}
/** Every generated file of the project, repository-relative path → content, rendered lazily. */
function* renderMetadata(project) {
    yield [`${project.pipelinesDir}/${INVENTORY_FILE}`, renderInventory(project)];
    yield* renderDefinitions(project);
}

;// CONCATENATED MODULE: ./src/project/folders.ts


/**
 * Groups the files of a pipelines tree into table folders (shift_left's rule: `ddl.*` and
 * `dml.*` files in a `sql-scripts/` folder). Pure over a path list and a reader, so the
 * working tree and any git revision are read by the same rules.
 */
function groupTableFolders(paths, read) {
    const out = { folders: [], definitionFiles: [], declaredExternals: [], diagnostics: [] };
    const byFolder = new Map();
    for (const path of [...paths].sort()) {
        const slash = path.lastIndexOf('/');
        const name = path.slice(slash + 1);
        const dir = path.slice(0, Math.max(slash, 0));
        if (name === DEFINITION_FILE) {
            out.definitionFiles.push(path);
            continue;
        }
        if (name === 'external_tables.json') {
            readDeclaredExternals(path, read, out);
            continue;
        }
        if (!dir.endsWith('sql-scripts') || (dir.length > 11 && dir[dir.length - 12] !== '/'))
            continue;
        const role = sqlScriptRole(name);
        if (!role)
            continue;
        const folder = dir.slice(0, Math.max(dir.length - 12, 0));
        let roles = byFolder.get(folder);
        if (!roles)
            byFolder.set(folder, (roles = new Map()));
        const list = roles.get(role) ?? [];
        list.push(path);
        roles.set(role, list);
    }
    for (const [folder, roles] of byFolder) {
        const tf = { folder };
        for (const [role, files] of roles) {
            if (files.length > 1) {
                out.diagnostics.push({
                    severity: 'fatal',
                    code: 'ambiguous-scripts',
                    file: `${folder}/sql-scripts`,
                    message: `more than one ${role} file: ${files.map((f) => f.slice(f.lastIndexOf('/') + 1)).join(', ')}; keep one per table folder`,
                });
                continue;
            }
            const file = read(files[0]);
            if (!file)
                continue;
            if (role === 'ddl')
                tf.ddl = file;
            else if (role === 'dml')
                tf.dml = file;
            else if (role === 'ddl-properties')
                tf.ddlProperties = file;
            else
                tf.dmlProperties = file;
        }
        if (tf.ddl || tf.dml)
            out.folders.push(tf);
    }
    return out;
}
function readDeclaredExternals(path, read, out) {
    const file = read(path);
    if (!file)
        return;
    try {
        const parsed = JSON.parse(file.text);
        for (const t of parsed.tables ?? []) {
            if (!t.table_name)
                continue;
            out.declaredExternals.push({
                name: t.table_name,
                kafkaTopic: t.kafka_topic || t.table_name,
                product: t.product_name ?? '',
            });
        }
    }
    catch (e) {
        out.diagnostics.push({
            severity: 'error',
            code: 'bad-external-tables',
            file: path,
            message: `cannot read as JSON (${e.message}); expected {"tables": [{"table_name", "kafka_topic", "product_name"}]}`,
        });
    }
}

;// CONCATENATED MODULE: ./src/project/scan.ts




const SKIP_DIRS = new Set(['node_modules', '.git']);
const scan_utf8 = new TextDecoder('utf-8', { fatal: true });
/** The git work tree holding `dir`, else the folder above the pipelines folder. */
function findRepoRoot(dir) {
    for (let at = (0,external_node_path_.resolve)(dir);;) {
        if ((0,external_node_fs_.existsSync)((0,external_node_path_.join)(at, '.git')))
            return at;
        const up = (0,external_node_path_.dirname)(at);
        if (up === at)
            return (0,external_node_path_.dirname)((0,external_node_path_.resolve)(dir));
        at = up;
    }
}
const toRel = (root, abs) => (0,external_node_path_.relative)(root, abs).split(external_node_path_.sep).join('/');
/** Decodes file bytes as UTF-8 (BOM dropped), or says on which line they stop being UTF-8. */
function decodeSource(path, bytes) {
    try {
        const text = scan_utf8.decode(bytes);
        return { path, text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
    }
    catch {
        return {
            severity: 'fatal',
            code: 'not-utf8',
            file: path,
            line: firstInvalidUtf8Line(bytes),
            message: 'the file is not valid UTF-8; save it as UTF-8',
        };
    }
}
/** Hidden folders and dependency folders never hold table folders (shared with git trees). */
const isSkippedDir = (name) => name.startsWith('.') || SKIP_DIRS.has(name);
/**
 * Lists the working tree's pipelines folder (following links only inside the repository)
 * and reads the table folders' files. The grouping rules live in `groupTableFolders`.
 */
function scanProject(pipelinesPath) {
    const absPipelines = (0,external_node_path_.resolve)(pipelinesPath);
    if (!(0,external_node_fs_.existsSync)(absPipelines) || !(0,external_node_fs_.statSync)(absPipelines).isDirectory()) {
        throw new UserError(`${pipelinesPath}: pipelines folder not found; pass the folder that holds your table folders with --pipelines`);
    }
    const root = findRepoRoot(absPipelines);
    const realRoot = (0,external_node_fs_.realpathSync)(root);
    const diagnostics = [];
    const paths = [];
    /** Repository-relative path as listed → absolute path to read */
    const locations = new Map();
    const visited = new Set();
    const inside = (real) => real === realRoot || real.startsWith(realRoot + external_node_path_.sep);
    const walk = (listedAbs, realDir) => {
        if (visited.has(realDir))
            return;
        visited.add(realDir);
        for (const entry of (0,external_node_fs_.readdirSync)(realDir, { withFileTypes: true })) {
            if (isSkippedDir(entry.name))
                continue;
            const listed = (0,external_node_path_.join)(listedAbs, entry.name);
            let real = (0,external_node_path_.join)(realDir, entry.name);
            let isDir = entry.isDirectory();
            let isFile = entry.isFile();
            if (entry.isSymbolicLink()) {
                try {
                    real = (0,external_node_fs_.realpathSync)(real);
                }
                catch {
                    diagnostics.push({
                        severity: 'error',
                        code: 'broken-link',
                        file: toRel(root, listed),
                        message: 'symbolic link to a missing target; fix or remove it',
                    });
                    continue;
                }
                if (!inside(real)) {
                    diagnostics.push({
                        severity: 'fatal',
                        code: 'link-outside-repo',
                        file: toRel(root, listed),
                        message: 'symbolic link leads outside the repository and is refused; copy the files into the repository instead',
                    });
                    continue;
                }
                const st = (0,external_node_fs_.statSync)(real);
                isDir = st.isDirectory();
                isFile = st.isFile();
            }
            if (isDir)
                walk(listed, real);
            else if (isFile) {
                const rel = toRel(root, listed);
                paths.push(rel);
                locations.set(rel, real);
            }
        }
    };
    walk(absPipelines, (0,external_node_fs_.realpathSync)(absPipelines));
    const read = (path) => {
        let bytes;
        try {
            bytes = (0,external_node_fs_.readFileSync)(locations.get(path));
        }
        catch (e) {
            diagnostics.push({
                severity: 'fatal',
                code: 'unreadable-file',
                file: path,
                message: `cannot read the file (${e.code ?? 'error'}); fix its permissions or remove it`,
            });
            return undefined;
        }
        const decoded = decodeSource(path, bytes);
        if ('text' in decoded)
            return decoded;
        diagnostics.push(decoded);
        return undefined;
    };
    const listing = groupTableFolders(paths, read);
    return {
        ...listing,
        diagnostics: [...diagnostics, ...listing.diagnostics],
        root,
        pipelinesDir: toRel(root, absPipelines) || '.',
    };
}
function firstInvalidUtf8Line(bytes) {
    let line = 1;
    for (let i = 0; i < bytes.length; i++) {
        const b = bytes[i];
        if (b === 0x0a)
            line++;
        if (b < 0x80)
            continue;
        const len = b >= 0xf0 && b < 0xf8 ? 4 : b >= 0xe0 ? 3 : b >= 0xc2 && b < 0xe0 ? 2 : 0;
        if (len === 0 || i + len > bytes.length)
            return line;
        for (let k = 1; k < len; k++)
            if ((bytes[i + k] & 0xc0) !== 0x80)
                return line;
        i += len - 1;
    }
    return line;
}

;// CONCATENATED MODULE: ./src/project/load.ts


/** Reads the working tree once and builds the project model from it. */
function loadProject(pipelinesPath, config) {
    const scan = scanProject(pipelinesPath);
    const project = buildProject({
        pipelinesDir: scan.pipelinesDir,
        folders: scan.folders,
        diagnostics: scan.diagnostics,
        externalTables: config.externalTables,
        declaredExternals: scan.declaredExternals,
    });
    return { scan, project };
}

;// CONCATENATED MODULE: ./src/project/write.ts



const isInSync = (r) => !r.created.length && !r.updated.length && !r.deleted.length;
/**
 * Makes the generated files on disk equal `expected`: writes only files whose bytes differ
 * (so mtimes and git stay quiet on a no-op) and removes generated files no table owns.
 * With `check`, reports the same lists and touches nothing.
 */
function syncFiles(root, expected, expectedPaths, existingGenerated, check) {
    const result = { created: [], updated: [], deleted: [], unchanged: 0 };
    const existing = new Set(existingGenerated);
    // Compared one at a time, so neither all expected nor all current files sit in memory.
    for (const [path, content] of expected) {
        const abs = (0,external_node_path_.join)(root, path);
        // The scan listed every existing definition file: don't probe the disk for the others.
        let current;
        if (existing.has(path) || !path.endsWith(DEFINITION_FILE)) {
            try {
                current = (0,external_node_fs_.readFileSync)(abs, 'utf8');
            }
            catch {
                current = undefined;
            }
        }
        if (current === content) {
            result.unchanged++;
            continue;
        }
        (current === undefined ? result.created : result.updated).push(path);
        if (!check)
            writeCreatingFolder(abs, content);
    }
    for (const path of existingGenerated) {
        if (expectedPaths.has(path))
            continue;
        result.deleted.push(path);
        if (!check)
            (0,external_node_fs_.rmSync)((0,external_node_path_.join)(root, path), { force: true });
    }
    for (const list of [result.created, result.updated, result.deleted])
        list.sort();
    return result;
}
/** Table folders exist already; create the folder only when the write says it is missing. */
function writeCreatingFolder(abs, content) {
    try {
        (0,external_node_fs_.writeFileSync)(abs, content);
    }
    catch (e) {
        if (e.code !== 'ENOENT')
            throw e;
        (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(abs), { recursive: true });
        (0,external_node_fs_.writeFileSync)(abs, content);
    }
}

;// CONCATENATED MODULE: ./src/cli/commands/inventory.ts





function inventoryCommand(ctx) {
    const format = formatOf(ctx, ['text', 'json']);
    const config = configOf(ctx);
    const { scan, project } = loadProject(pipelinesOf(ctx, config), config);
    printDiagnostics(ctx, project.diagnostics);
    const check = !!ctx.values.check;
    const tables = [...project.tables.values()];
    const summary = {
        tables: tables.filter((t) => !t.external).length,
        externals: tables.filter((t) => t.external).length,
    };
    if (hasFatal(project.diagnostics)) {
        if (format === 'json') {
            ctx.io.out.write(JSON.stringify({ ok: false, ...summary, diagnostics: project.diagnostics }, null, 2) + '\n');
        }
        ctx.io.err.write('inventory: nothing written; fix the fatal problems above\n');
        return 1;
    }
    const sync = syncFiles(scan.root, renderMetadata(project), metadataPaths(project), scan.definitionFiles, check);
    const stale = !isInSync(sync);
    if (format === 'json') {
        ctx.io.out.write(JSON.stringify({ ok: !(check && stale), check, ...summary, ...sync, diagnostics: project.diagnostics }, null, 2) + '\n');
    }
    else if (check) {
        for (const p of sync.created)
            ctx.io.out.write(`missing:  ${p}\n`);
        for (const p of sync.updated)
            ctx.io.out.write(`outdated: ${p}\n`);
        for (const p of sync.deleted)
            ctx.io.out.write(`stale:    ${p}\n`);
        ctx.io.out.write(stale
            ? `inventory: ${sync.created.length + sync.updated.length + sync.deleted.length} metadata files out of date; run \`flink-pipeline inventory\` and commit the result\n`
            : `inventory: up to date (${summary.tables} tables, ${summary.externals} external)\n`);
    }
    else {
        ctx.io.out.write(`inventory: ${summary.tables} tables, ${summary.externals} external; ` +
            `${sync.created.length} created, ${sync.updated.length} updated, ${sync.deleted.length} removed, ${sync.unchanged} unchanged\n`);
    }
    return (check && stale) || hasError(project.diagnostics) ? 1 : 0;
}

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
;// CONCATENATED MODULE: ./src/emulator/prng.ts
function createRandom(seed) {
    let a = seed >>> 0;
    const next = () => {
        a = (a + 0x6d2b79f5) >>> 0;
        let t = a;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    const int = (min, max) => min + Math.floor(next() * (max - min + 1));
    const hex = (n) => {
        let s = '';
        for (let i = 0; i < n; i++)
            s += int(0, 15).toString(16);
        return s;
    };
    const uuid = () => `${hex(8)}-${hex(4)}-4${hex(3)}-${'89ab'[int(0, 3)]}${hex(3)}-${hex(12)}`;
    return { next, int, uuid };
}
/** Stable 32-bit hash of a string (FNV-1a), to derive sub-seeds and fake offsets. */
function hash32(text) {
    let h = 0x811c9dc5;
    for (let i = 0; i < text.length; i++) {
        h ^= text.charCodeAt(i);
        h = Math.imul(h, 0x01000193) >>> 0;
    }
    return h >>> 0;
}

;// CONCATENATED MODULE: ./src/emulator/model.ts


const CARRY_OVER_PROPERTY = 'sql.tables.initial-offset-from';
const ZERO_TIME = -62135596800000; // 0001-01-01T00:00:00Z
const DEFAULT_CARRY_OVER_TIMEOUT_MS = 6 * 3600 * 1000;
/** Catalog key of a table name: the last dotted part (catalog and database are ignored). */
function tableKey(name) {
    const parts = name.split('.');
    return parts[parts.length - 1] ?? name;
}
class EmulatorState {
    random;
    latencyOptions;
    now;
    carryOverTimeoutMs;
    statements = new Map();
    catalog = new Map();
    /** Counters for tests and the benchmark */
    stats = {
        requests: 0,
        faults: { '429': 0, '500': 0, '503': 0, reset: 0, fail: 0 },
    };
    seq = 0;
    constructor(random, latencyOptions, now, carryOverTimeoutMs = DEFAULT_CARRY_OVER_TIMEOUT_MS) {
        this.random = random;
        this.latencyOptions = latencyOptions;
        this.now = now;
        this.carryOverTimeoutMs = carryOverTimeoutMs;
    }
    /** Seed a table into the catalog, e.g. a raw source topic the pipeline reads. */
    addTable(name, kind = 'table') {
        this.catalog.set(tableKey(name), { name, kind });
    }
    hasTable(name) {
        return this.catalog.has(tableKey(name));
    }
    /** Apply every transition due at or before `now` (default: the clock), in time order. */
    advance(now = this.now()) {
        for (;;) {
            let next;
            for (const s of this.statements.values()) {
                if (!s.due || s.due.at > now)
                    continue;
                if (!next || s.due.at < next.due.at || (s.due.at === next.due.at && s.seq < next.seq))
                    next = s;
            }
            if (!next)
                return;
            const { at, action } = next.due;
            next.due = undefined;
            this.apply(next, action, at);
        }
    }
    create(input) {
        const t = this.now();
        const sql = classify(input.statement);
        const s = {
            seq: ++this.seq,
            name: input.name,
            uid: this.random.uuid(),
            createdAt: t,
            updatedAt: t,
            resourceVersion: 1,
            labels: input.labels,
            spec: {
                statement: input.statement,
                properties: input.properties,
                compute_pool_id: input.computePoolId,
                principal: input.principal,
                stopped: input.stopped,
            },
            phase: 'PENDING',
            detail: '',
            ...sql,
            runningMs: 0,
            exceptions: [],
            injectedFailure: input.injectedFailure,
            carryOverFrom: input.properties[CARRY_OVER_PROPERTY] || undefined,
        };
        if (s.category === 'continuous' || s.category === 'bounded') {
            s.latestOffsets = {};
            s.latestOffsetsTimestamp = ZERO_TIME;
        }
        this.statements.set(s.name, s);
        this.schedule(s, t);
        return s;
    }
    /** Desired-state change from PUT or PATCH; the phase follows asynchronously. */
    update(s, change) {
        const t = this.now();
        if (change.principal !== undefined)
            s.spec.principal = change.principal;
        if (change.computePoolId !== undefined)
            s.spec.compute_pool_id = change.computePoolId;
        if (change.stopped !== undefined)
            s.spec.stopped = change.stopped;
        this.touch(s, t);
        this.schedule(s, t);
    }
    delete(s) {
        if (s.phase === 'DELETING')
            return;
        const t = this.now();
        this.settleRunning(s, t);
        s.phase = 'DELETING';
        s.due = undefined;
        this.touch(s, t);
        this.schedule(s, t);
    }
    /** Decide the statement's next due action from its phase and desired state. */
    schedule(s, t) {
        const want = (action, delay) => {
            if (s.due?.action === action)
                return;
            s.due = { at: t + delay, action };
        };
        switch (s.phase) {
            case 'PENDING': {
                if (s.spec.stopped)
                    return want('stopping', this.delay('ack'));
                if (this.waitingForCarryOver(s)) {
                    s.detail = carryOverDetail(s.carryOverFrom, s.createdAt + this.carryOverTimeoutMs);
                    s.due = { at: s.createdAt + this.carryOverTimeoutMs, action: 'carry-over-timeout' };
                    return;
                }
                return want('start', this.delay(s.category === 'continuous' && !s.injectedFailure ? 'start' : 'ddl'));
            }
            case 'RUNNING':
                if (s.spec.stopped)
                    return want('stopping', this.delay('ack'));
                s.due = undefined;
                return;
            case 'STOPPING':
                return want('stopped', this.delay('stop'));
            case 'STOPPED':
                if (!s.spec.stopped && s.category === 'continuous')
                    return want('resume', this.delay('ack'));
                s.due = undefined;
                return;
            case 'FAILING':
                return want('failed', this.delay('ack'));
            case 'DELETING':
                return want('gone', this.delay('delete'));
            default:
                s.due = undefined;
        }
    }
    waitingForCarryOver(s) {
        if (!s.carryOverFrom || s.startedFrom)
            return false;
        const ref = this.statements.get(s.carryOverFrom);
        return ref !== undefined && ref.phase !== 'STOPPED';
    }
    apply(s, action, t) {
        switch (action) {
            case 'start':
                if (s.phase === 'PENDING')
                    this.start(s, t);
                break;
            case 'stopping':
                if (!s.spec.stopped)
                    break; // resumed before the stop began: schedule() picks up again
                if (s.phase === 'RUNNING' || s.phase === 'PENDING') {
                    this.settleRunning(s, t);
                    s.phase = 'STOPPING';
                    this.touch(s, t);
                }
                break;
            case 'stopped':
                if (s.phase !== 'STOPPING')
                    break;
                s.phase = 'STOPPED';
                s.detail = '';
                s.latestOffsets = this.offsets(s);
                s.latestOffsetsTimestamp = t;
                this.finish(s, t);
                this.touch(s, t);
                this.wakeCarryOvers(s.name, t);
                break;
            case 'resume':
                if (s.phase !== 'STOPPED' || s.spec.stopped)
                    break;
                s.phase = 'PENDING';
                s.endTime = undefined;
                this.touch(s, t);
                break;
            case 'failed':
                if (s.phase !== 'FAILING')
                    break;
                s.phase = 'FAILED';
                this.finish(s, t);
                this.touch(s, t);
                break;
            case 'carry-over-timeout':
                if (s.phase !== 'PENDING')
                    break;
                this.fail(s, t, `Statement failed because the referenced statement ${s.carryOverFrom} was not stopped in time.`);
                break;
            case 'gone':
                this.statements.delete(s.name);
                this.wakeCarryOvers(s.name, t);
                return;
        }
        this.schedule(s, t);
    }
    /** PENDING → RUNNING / COMPLETED / FAILING / FAILED, with the catalog effects of the SQL. */
    start(s, t) {
        if (s.injectedFailure) {
            s.phase = 'FAILING';
            s.detail = INJECTED_FAILURE_DETAIL;
            s.exceptions.unshift({
                name: 'org.apache.flink.runtime.JobException',
                message: INJECTED_FAILURE_EXCEPTION,
                timestamp: t,
            });
            this.touch(s, t);
            return;
        }
        if (s.category === 'invalid')
            return this.fail(s, t, s.invalidReason ?? 'SQL parse failed.');
        if (s.carryOverFrom && !s.startedFrom) {
            const ref = this.statements.get(s.carryOverFrom);
            if (!ref) {
                return this.fail(s, t, `The statement ${s.carryOverFrom} referenced by '${CARRY_OVER_PROPERTY}' does not exist or is being deleted.`);
            }
            if (ref.phase !== 'STOPPED')
                return; // schedule() puts it back to waiting
        }
        const problem = this.catalogProblem(s);
        if (problem)
            return this.fail(s, t, problem);
        this.applyCatalog(s);
        if (s.category === 'ddl' || (s.category === 'bounded' && s.sources.length === 0)) {
            s.phase = 'COMPLETED';
            s.detail = '';
            s.startTime ??= t;
            this.finish(s, t);
        }
        else if (s.spec.stopped) {
            s.phase = 'STOPPED';
            s.latestOffsets = {};
            s.latestOffsetsTimestamp = t;
            this.finish(s, t);
        }
        else {
            s.phase = 'RUNNING';
            s.detail = '';
            s.startTime ??= t;
            s.endTime = undefined;
            s.runningSince = t;
            if (s.carryOverFrom && !s.startedFrom) {
                const ref = this.statements.get(s.carryOverFrom);
                s.startedFrom = { statement: ref.name, offsets: { ...(ref.latestOffsets ?? {}) } };
                s.detail = `Statement started from the offsets of statement ${ref.name}.`;
            }
        }
        this.touch(s, t);
    }
    catalogProblem(s) {
        const missing = (name) => `Table (or view) '${name}' does not exist or you do not have permission to access it.\n` +
            `Using current catalog '${s.spec.properties['sql.current-catalog'] ?? 'default'}' and current database '${s.spec.properties['sql.current-database'] ?? 'default'}'.`;
        const sink = s.sinks[0];
        switch (s.kind) {
            case 'create-table':
                if (sink && this.hasTable(sink) && !s.ifNotExists)
                    return `Table '${sink}' already exists.`;
                return undefined;
            case 'create-view':
            case 'create-like':
            case 'ctas':
            case 'create-materialized-table':
                for (const src of s.sources)
                    if (!this.hasTable(src) && tableKey(src) !== tableKey(sink ?? ''))
                        return missing(src);
                // A resumed CTAS finds the table it created itself
                if (sink && this.hasTable(sink) && !s.ifNotExists && s.startTime === undefined) {
                    return `Table '${sink}' already exists.`;
                }
                return undefined;
            case 'alter-table':
                return sink && !this.hasTable(sink) ? missing(sink) : undefined;
            case 'drop':
                return sink && !this.hasTable(sink) && !s.ifExists ? missing(sink) : undefined;
            default:
                for (const src of s.sources)
                    if (!this.hasTable(src))
                        return missing(src);
                for (const out of s.sinks)
                    if (!this.hasTable(out))
                        return missing(out);
                return undefined;
        }
    }
    applyCatalog(s) {
        const sink = s.sinks[0];
        if (!sink)
            return;
        switch (s.kind) {
            case 'create-table':
            case 'create-like':
            case 'ctas':
            case 'create-materialized-table':
                if (!this.hasTable(sink))
                    this.catalog.set(tableKey(sink), { name: sink, kind: 'table', createdBy: s.name });
                break;
            case 'create-view':
                if (!this.hasTable(sink))
                    this.catalog.set(tableKey(sink), { name: sink, kind: 'view', createdBy: s.name });
                break;
            case 'drop':
                this.catalog.delete(tableKey(sink));
                break;
        }
    }
    fail(s, t, detail) {
        this.settleRunning(s, t);
        s.phase = 'FAILED';
        s.detail = detail;
        s.exceptions.unshift({
            name: 'org.apache.flink.table.api.ValidationException',
            message: detail,
            timestamp: t,
        });
        s.exceptions.length = Math.min(s.exceptions.length, 10);
        this.finish(s, t);
        this.touch(s, t);
    }
    finish(s, t) {
        s.endTime = t;
    }
    settleRunning(s, t) {
        if (s.runningSince !== undefined)
            s.runningMs += t - s.runningSince;
        s.runningSince = undefined;
    }
    wakeCarryOvers(name, t) {
        for (const w of this.statements.values()) {
            if (w.phase === 'PENDING' && w.carryOverFrom === name) {
                w.due = undefined;
                this.schedule(w, t);
            }
        }
    }
    /** Fake but deterministic offsets per source topic, growing with the time spent RUNNING. */
    offsets(s) {
        const out = {};
        for (const src of s.sources) {
            const topic = tableKey(src);
            const partitions = 1 + (hash32(topic) % 3);
            const base = s.startedFrom?.offsets[topic];
            const parts = [];
            for (let p = 0; p < partitions; p++) {
                const carried = base ? Number(/offset:(\d+)/.exec(base.split(';')[p] ?? '')?.[1] ?? 0) : 0;
                const offset = carried + (hash32(`${topic}:${p}`) % 1000) + Math.floor(s.runningMs / 100);
                parts.push(`partition:${p},offset:${offset}`);
            }
            out[topic] = parts.join(';');
        }
        return out;
    }
    touch(s, t) {
        s.resourceVersion += 1;
        s.updatedAt = Math.max(s.updatedAt, t);
    }
    delay(kind) {
        if (this.latencyOptions.latency === 'fast')
            return this.random.int(10, 50);
        const [lo, hi] = REALISTIC_MS[kind];
        return Math.round(this.random.int(lo, hi) / this.latencyOptions.timeScale);
    }
}
const REALISTIC_MS = {
    start: [20_000, 60_000],
    ddl: [2_000, 5_000],
    stop: [5_000, 15_000],
    delete: [2_000, 5_000],
    ack: [500, 1_500],
};
const INJECTED_FAILURE_DETAIL = 'The statement failed: org.apache.kafka.common.errors.TimeoutException: Timeout expired while fetching topic metadata (injected by the emulator).';
const INJECTED_FAILURE_EXCEPTION = 'org.apache.flink.runtime.JobException: Recovery is suppressed by NoRestartBackoffTimeStrategy\n' +
    'Caused by: org.apache.kafka.common.errors.TimeoutException: Timeout expired while fetching topic metadata';
function carryOverDetail(ref, deadline) {
    const when = new Date(deadline).toISOString().replace(/\.\d{3}Z$/, 'Z');
    return (`Statement is currently pending until referenced statement ${ref} is stopped. ` +
        `If ${ref} is not stopped before ${when}, this statement will fail.`);
}
const SQL_KINDS = {
    'create-table': 'CREATE_TABLE',
    ctas: 'CREATE_TABLE_AS',
    'create-like': 'CREATE_TABLE',
    'create-view': 'CREATE_VIEW',
    'create-materialized-table': 'CREATE_MATERIALIZED_TABLE',
    insert: 'INSERT_INTO',
    'statement-set': 'EXECUTE_STATEMENT_SET',
    'alter-table': 'ALTER_TABLE',
    'create-function': 'CREATE_FUNCTION',
};
/** Strip comments so that keyword regexes see only SQL. */
function stripComments(text) {
    return text.replace(/\/\*[\s\S]*?\*\//g, ' ').replace(/--[^\n]*/g, ' ');
}
function classify(text) {
    const analysis = analyzeSql(text);
    const main = analysis.statements.filter((s) => s.kind !== 'set' && s.kind !== 'use');
    const bare = stripComments(text);
    const base = { sinks: analysis.sinks, sources: analysis.sources, ifNotExists: false, ifExists: false };
    const error = analysis.issues.find((i) => i.severity === 'error');
    const invalid = (reason) => ({
        ...base,
        kind: main[0]?.kind ?? null,
        sqlKind: 'UNKNOWN',
        category: 'invalid',
        invalidReason: reason,
    });
    if (main.length === 0)
        return invalid('SQL parse failed. The statement is empty.');
    if (main.length > 1) {
        return invalid('SQL parse failed. Only a single statement is supported per request; use EXECUTE STATEMENT SET.');
    }
    if (error)
        return invalid(`SQL parse failed. ${error.message} (line ${error.line}).`);
    const stmt = main[0];
    if (stmt.kind === 'other' && analysis.issues.some((i) => i.severity === 'warning')) {
        const word = /^\s*(\S+)/.exec(bare)?.[1] ?? '';
        return invalid(`SQL parse failed. Encountered "${word}" at line 1, column 1.`);
    }
    const ifNotExists = /\bCREATE\s+(?:OR\s+REPLACE\s+)?(?:TEMPORARY\s+)?(?:MATERIALIZED\s+)?(?:TABLE|VIEW)\s+IF\s+NOT\s+EXISTS\b/i.test(bare);
    const ifExists = /\bDROP\s+(?:TEMPORARY\s+)?(?:TABLE|VIEW)\s+IF\s+EXISTS\b/i.test(bare);
    let sqlKind = SQL_KINDS[stmt.kind];
    if (stmt.kind === 'drop')
        sqlKind = /\bDROP\s+(?:TEMPORARY\s+)?VIEW\b/i.test(bare) ? 'DROP_VIEW' : 'DROP_TABLE';
    if (!sqlKind) {
        const words = /^\s*(\w+)(?:\s+(\w+))?/.exec(bare);
        const first = (words?.[1] ?? 'OTHER').toUpperCase();
        sqlKind =
            first === 'SELECT' || first === 'WITH'
                ? 'SELECT'
                : [first, words?.[2]?.toUpperCase()].filter(Boolean).join('_');
    }
    const category = stmt.kind === 'insert' ||
        stmt.kind === 'statement-set' ||
        stmt.kind === 'ctas' ||
        stmt.kind === 'create-materialized-table'
        ? 'continuous'
        : stmt.kind === 'other'
            ? 'bounded'
            : 'ddl';
    return { ...base, kind: stmt.kind, sqlKind, category, ifNotExists, ifExists };
}

;// CONCATENATED MODULE: ./src/emulator/server.ts
/**
 * An HTTP emulator of the Confluent Cloud Flink statements API (`sql/v1`), plus the compute
 * pool lookup of `fcpm/v2`, on node:http. Routes, bodies and error shapes follow
 * `reference/confluent-sql-v1.openapi.yaml`; see the lead's DESIGN.md §9.
 */




const NAME_PATTERN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const MAX_STATEMENT_CHARS = 131072;
const MAX_BODY_BYTES = 8 * 1024 * 1024;
const MUTATING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const TITLES = {
    400: ['bad_request', 'Bad Request'],
    401: ['user_unauthenticated', 'Authentication Required'],
    404: ['not_found', 'Not Found'],
    405: ['method_not_allowed', 'Method Not Allowed'],
    409: ['resource_already_exists', 'Resource Already Exists'],
    413: ['request_too_large', 'Request Entity Too Large'],
    415: ['unsupported_media_type', 'Unsupported Media Type'],
    422: ['invalid_configuration', 'Validation Failed'],
    429: ['too_many_requests', 'Too Many Requests'],
    500: ['internal_error', 'Internal Server Error'],
    503: ['service_unavailable', 'Service Unavailable'],
};
function failure(status, detail, extra = {}) {
    const [code, title] = TITLES[status] ?? ['error', 'Error'];
    const error = {
        id: (0,external_node_crypto_.randomUUID)(),
        status: String(status),
        code: extra.code ?? code,
        title: extra.title ?? title,
        detail,
    };
    if (extra.pointer !== undefined)
        error.source = { pointer: extra.pointer };
    if (extra.parameter !== undefined)
        error.source = { parameter: extra.parameter };
    return { status, body: { errors: [error] } };
}
class HttpError extends Error {
    reply;
    constructor(reply) {
        super(String(reply.body?.errors[0]?.detail ?? ''));
        this.reply = reply;
    }
}
/** RFC 3339 in UTC; the zero time prints as the service prints it, `0001-01-01T00:00:00Z`. */
const rfc3339 = (ms) => {
    const iso = new Date(ms).toISOString();
    return iso.startsWith('0001-01-01T00:00:00.000') ? '0001-01-01T00:00:00Z' : iso;
};
function isoDuration(ms) {
    return `PT${(Math.max(0, ms) / 1000).toFixed(3).replace(/\.?0+$/, '')}S`;
}
function isStringMap(v) {
    return (typeof v === 'object' &&
        v !== null &&
        !Array.isArray(v) &&
        Object.values(v).every((x) => typeof x === 'string'));
}
async function startEmulator(opts = {}) {
    const apiKey = opts.apiKey ?? 'emulator-key';
    const apiSecret = opts.apiSecret ?? 'emulator-secret';
    const organizationId = opts.organizationId ?? '00000000-0000-4000-8000-000000000000';
    const environmentId = opts.environmentId ?? 'env-emulator';
    const latency = opts.latency ?? 'fast';
    const timeScale = opts.timeScale ?? 1;
    if (!(timeScale > 0))
        throw new Error(`timeScale must be a positive number, got ${timeScale}`);
    const faults = validateFaults(opts.faults ?? {});
    const seed = opts.seed ?? 1;
    const now = opts.now ?? Date.now;
    const defaultPool = opts.defaultComputePoolId ?? 'lfcp-emulator';
    const principal = opts.principal ?? 'sa-emulator';
    const retryAfter = opts.retryAfterSeconds ?? (latency === 'fast' ? 0 : 1);
    const maxNameLength = opts.maxNameLength ?? 100;
    // Separate streams so that injected faults do not shift latencies, and vice versa
    const faultRandom = createRandom(hash32(`faults:${seed}`));
    const state = new EmulatorState(createRandom(hash32(`state:${seed}`)), { latency, timeScale }, now, opts.carryOverTimeoutMs);
    for (const t of opts.tables ?? [])
        state.addTable(t);
    const expectedAuth = `Basic ${Buffer.from(`${apiKey}:${apiSecret}`).toString('base64')}`;
    const prefix = `/sql/v1/organizations/${organizationId}/environments/${environmentId}`;
    const handle = async (req, base, url) => {
        const method = req.method ?? 'GET';
        const path = url.pathname.replace(/\/+$/, '');
        if (req.headers.authorization !== expectedAuth) {
            const r = failure(401, 'Valid authentication credentials must be provided');
            r.headers = {
                'WWW-Authenticate': 'Basic error="invalid_key", error_description="The API Key is invalid"',
            };
            return r;
        }
        state.advance();
        const pool = /^\/fcpm\/v2\/compute-pools\/([^/]+)$/.exec(path);
        if (pool) {
            if (method !== 'GET')
                return methodNotAllowed(['GET']);
            return computePool(decodeURIComponent(pool[1]), url, base);
        }
        const m = /^\/sql\/v1\/organizations\/([^/]+)\/environments\/([^/]+)\/statements(?:\/([^/]+)(\/exceptions)?)?$/.exec(path);
        if (!m)
            return failure(404, `No route for ${method} ${url.pathname}`);
        const [, org, env, rawName, exceptions] = m;
        if (decodeURIComponent(org) !== organizationId)
            return failure(404, `Organization ${org} not found`);
        if (decodeURIComponent(env) !== environmentId)
            return failure(404, `Environment ${env} not found`);
        if (rawName === undefined) {
            if (method === 'GET')
                return list(url, base);
            if (method === 'POST')
                return create(await readJson(req), base);
            return methodNotAllowed(['GET', 'POST']);
        }
        const name = decodeURIComponent(rawName);
        if (exceptions) {
            if (method !== 'GET')
                return methodNotAllowed(['GET']);
            const s = find(name);
            return {
                status: 200,
                body: {
                    api_version: 'sql/v1',
                    kind: 'StatementExceptionList',
                    metadata: { self: `${base}${prefix}/statements/${encodeURIComponent(name)}/exceptions` },
                    data: s.exceptions.slice(0, 10).map((e) => ({
                        kind: 'StatementException',
                        name: e.name,
                        message: e.message,
                        timestamp: rfc3339(e.timestamp),
                    })),
                },
            };
        }
        switch (method) {
            case 'GET':
                return { status: 200, body: render(find(name), base) };
            case 'PUT':
                return put(find(name), await readJson(req));
            case 'PATCH':
                return patch(find(name), req, base);
            case 'DELETE':
                state.delete(find(name));
                return { status: 202 };
            default:
                return methodNotAllowed(['GET', 'PUT', 'PATCH', 'DELETE']);
        }
    };
    const find = (name) => {
        const s = state.statements.get(name);
        if (!s)
            throw new HttpError(failure(404, `Statement resource=${name} does not exist`));
        return s;
    };
    const render = (s, base) => {
        const status = {
            phase: s.phase,
            detail: s.detail,
            network_kind: 'PUBLIC',
            traits: {
                sql_kind: s.sqlKind,
                is_bounded: s.category !== 'continuous' && !(s.category === 'bounded' && s.sources.length > 0),
                is_append_only: s.category === 'continuous',
            },
            scaling_status: { scaling_state: 'OK', last_updated: rfc3339(s.updatedAt) },
        };
        if (s.latestOffsets) {
            status.latest_offsets = s.latestOffsets;
            status.latest_offsets_timestamp = rfc3339(s.latestOffsetsTimestamp);
        }
        if (s.endTime !== undefined && ['COMPLETED', 'FAILED', 'STOPPED'].includes(s.phase)) {
            status.end_time = rfc3339(s.endTime);
            if (s.startTime !== undefined)
                status.duration = isoDuration(s.endTime - s.startTime);
        }
        return {
            api_version: 'sql/v1',
            kind: 'Statement',
            metadata: {
                self: `${base}${prefix}/statements/${encodeURIComponent(s.name)}`,
                created_at: rfc3339(s.createdAt),
                updated_at: rfc3339(s.updatedAt),
                uid: s.uid,
                resource_version: String(s.resourceVersion),
                labels: { ...s.labels },
            },
            name: s.name,
            organization_id: organizationId,
            environment_id: environmentId,
            spec: {
                statement: s.spec.statement,
                properties: { ...s.spec.properties },
                compute_pool_id: s.spec.compute_pool_id,
                principal: s.spec.principal,
                stopped: s.spec.stopped,
                execution_mode: 'streaming',
            },
            status,
        };
    };
    const create = (body, base) => {
        if (typeof body !== 'object' || body === null || Array.isArray(body)) {
            return failure(400, 'The request body must be a JSON object');
        }
        const b = body;
        const name = b.name;
        if (typeof name !== 'string' || name === '')
            return failure(400, "Missing required field 'name'", { pointer: '/name' });
        if (name.length > maxNameLength || !NAME_PATTERN.test(name)) {
            return failure(400, `Invalid statement name '${name}': it must be at most ${maxNameLength} characters of lower-case letters, digits and '-', and start and end with a letter or digit`, { code: 'invalid_name', pointer: '/name' });
        }
        if (b.organization_id !== undefined && b.organization_id !== organizationId) {
            return failure(400, 'organization_id does not match the request path', { pointer: '/organization_id' });
        }
        if (b.environment_id !== undefined && b.environment_id !== environmentId) {
            return failure(400, 'environment_id does not match the request path', { pointer: '/environment_id' });
        }
        const spec = (b.spec ?? {});
        if (typeof spec !== 'object' || Array.isArray(spec))
            return failure(400, "'spec' must be an object", { pointer: '/spec' });
        if (typeof spec.statement !== 'string' || spec.statement.trim() === '') {
            return failure(400, "Missing required field 'spec.statement'", { pointer: '/spec/statement' });
        }
        if (spec.statement.length > MAX_STATEMENT_CHARS) {
            return failure(400, `spec.statement is longer than ${MAX_STATEMENT_CHARS} characters`, {
                pointer: '/spec/statement',
            });
        }
        const properties = spec.properties ?? {};
        if (!isStringMap(properties)) {
            return failure(422, 'spec.properties must map strings to strings', { pointer: '/spec/properties' });
        }
        const labels = b.metadata?.labels ?? {};
        if (!isStringMap(labels))
            return failure(422, 'metadata.labels must map strings to strings', { pointer: '/metadata/labels' });
        for (const [field, v] of [
            ['compute_pool_id', spec.compute_pool_id],
            ['principal', spec.principal],
        ]) {
            if (v !== undefined && typeof v !== 'string')
                return failure(422, `spec.${field} must be a string`, { pointer: `/spec/${field}` });
        }
        if (spec.stopped !== undefined && typeof spec.stopped !== 'boolean') {
            return failure(422, 'spec.stopped must be a boolean', { pointer: '/spec/stopped' });
        }
        if (state.statements.has(name)) {
            const r = failure(409, `Statement name '${name}' already in use`);
            r.headers = { Location: `${base}${prefix}/statements/${name}` };
            return r;
        }
        const fail = faults.fail > 0 && faultRandom.next() < faults.fail;
        if (fail)
            state.stats.faults.fail++;
        const s = state.create({
            name,
            statement: spec.statement,
            properties: { ...properties },
            labels: { ...labels },
            computePoolId: spec.compute_pool_id || defaultPool,
            principal: spec.principal || principal,
            stopped: spec.stopped === true,
            injectedFailure: fail,
        });
        const body201 = render(s, base);
        return { status: 201, body: body201, headers: { Location: body201.metadata.self } };
    };
    const list = (url, base) => {
        const q = url.searchParams;
        let pageSize = 10;
        if (q.has('page_size')) {
            const raw = q.get('page_size');
            pageSize = Number(raw);
            if (!/^\d+$/.test(raw) || pageSize < 1 || pageSize > 100) {
                return failure(400, `page_size must be an integer between 1 and 100, got '${raw}'`, {
                    code: 'invalid_parameter',
                    parameter: 'page_size',
                });
            }
        }
        let after = 0;
        const token = q.get('page_token');
        if (token) {
            const decoded = /^seq:(\d+)$/.exec(Buffer.from(token, 'base64url').toString('utf8'));
            if (!decoded)
                return failure(400, 'Invalid page_token', { code: 'invalid_page_token', parameter: 'page_token' });
            after = Number(decoded[1]);
        }
        let selector;
        const rawSelector = q.get('label_selector');
        if (rawSelector) {
            try {
                selector = parseLabelSelector(rawSelector);
            }
            catch (e) {
                return failure(400, e.message, { code: 'invalid_filter', parameter: 'label_selector' });
            }
        }
        const pool = q.get('spec.compute_pool_id');
        const matching = [...state.statements.values()]
            .filter((s) => (!pool || s.spec.compute_pool_id === pool) && (!selector || selector(s.labels)))
            .sort((a, b) => a.seq - b.seq);
        const rest = matching.filter((s) => s.seq > after);
        const page = rest.slice(0, pageSize);
        const self = `${base}${url.pathname}${url.search}`;
        const metadata = { self };
        if (rest.length > page.length) {
            const next = new URL(self);
            next.searchParams.set('page_token', Buffer.from(`seq:${page[page.length - 1].seq}`).toString('base64url'));
            next.searchParams.set('page_size', String(pageSize));
            metadata.next = next.toString();
        }
        else {
            metadata.next = '';
        }
        return {
            status: 200,
            body: {
                api_version: 'sql/v1',
                kind: 'StatementList',
                metadata,
                data: page.map((s) => render(s, base)),
            },
        };
    };
    const put = (s, body) => {
        if (typeof body !== 'object' || body === null || Array.isArray(body)) {
            return failure(400, 'The request body must be a JSON object');
        }
        const b = body;
        const meta = (b.metadata ?? {});
        const spec = (b.spec ?? {});
        if (b.name !== s.name)
            return failure(400, 'name must match the statement in the path', { pointer: '/name' });
        if (typeof meta.resource_version !== 'string') {
            return failure(400, "Missing required field 'metadata.resource_version'", {
                pointer: '/metadata/resource_version',
            });
        }
        if (typeof spec.stopped !== 'boolean') {
            return failure(400, "Missing required field 'spec.stopped'", { pointer: '/spec/stopped' });
        }
        if (s.phase === 'DELETING')
            return failure(409, `Statement ${s.name} is being deleted`, { code: 'conflict', title: 'Conflict' });
        if (meta.resource_version !== String(s.resourceVersion)) {
            return failure(409, `The statement ${s.name} has been modified (resource_version ${meta.resource_version} is stale, current is ${s.resourceVersion}); read it again and retry`, { code: 'conflict', title: 'Conflict' });
        }
        if (spec.statement !== undefined && spec.statement !== s.spec.statement) {
            return failure(400, 'spec.statement is immutable', { pointer: '/spec/statement' });
        }
        if (spec.properties !== undefined && !sameMap(spec.properties, s.spec.properties)) {
            return failure(400, 'spec.properties are immutable', { pointer: '/spec/properties' });
        }
        const change = identityChange(s, spec, spec.stopped);
        if ('error' in change)
            return change.error;
        state.update(s, { stopped: spec.stopped, ...change });
        return { status: 202 };
    };
    const patch = async (s, req, base) => {
        const type = (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
        if (type !== 'application/json-patch+json' && type !== 'application/json') {
            return failure(415, `PATCH needs Content-Type application/json-patch+json, got '${type}'`);
        }
        const ops = await readJson(req);
        if (!Array.isArray(ops))
            return failure(400, 'A JSON Patch body must be an array of operations');
        if (s.phase === 'DELETING')
            return failure(409, `Statement ${s.name} is being deleted`, { code: 'conflict', title: 'Conflict' });
        const spec = { ...s.spec };
        for (const [i, raw] of ops.entries()) {
            const op = raw;
            const kind = typeof op.op === 'string' ? op.op.toLowerCase() : '';
            const field = typeof op.path === 'string'
                ? /^\/spec\/(stopped|principal|compute_pool_id)$/.exec(op.path)?.[1]
                : undefined;
            if (!['add', 'replace', 'test'].includes(kind) || !field) {
                return failure(422, `Unsupported patch operation ${JSON.stringify(raw)}: only add/replace/test of /spec/stopped, /spec/principal and /spec/compute_pool_id are supported`, {
                    pointer: `/${i}`,
                });
            }
            const expected = field === 'stopped' ? 'boolean' : 'string';
            if (typeof op.value !== expected)
                return failure(422, `${op.path} must be a ${expected}`, { pointer: `/${i}/value` });
            if (kind === 'test') {
                if (spec[field] !== op.value)
                    return failure(409, `Test of ${op.path} failed`, { code: 'conflict', title: 'Conflict' });
            }
            else {
                spec[field] = op.value;
            }
        }
        const stopped = spec.stopped;
        const change = identityChange(s, spec, stopped);
        if ('error' in change)
            return change.error;
        if (stopped !== s.spec.stopped || Object.keys(change).length > 0)
            state.update(s, { stopped, ...change });
        return { status: 200, body: render(s, base) };
    };
    /** principal / compute_pool_id may change only while stopped or together with a resume. */
    const identityChange = (s, spec, stopped) => {
        const out = {};
        const stoppedNow = s.spec.stopped && s.phase === 'STOPPED';
        for (const [field, key] of [
            ['principal', 'principal'],
            ['compute_pool_id', 'computePoolId'],
        ]) {
            const v = spec[field];
            if (v === undefined || v === s.spec[field])
                continue;
            if (typeof v !== 'string' || v === '')
                return {
                    error: failure(400, `spec.${field} must be a non-empty string`, { pointer: `/spec/${field}` }),
                };
            if (!stoppedNow || stopped) {
                return {
                    error: failure(400, `spec.${field} can only be changed on a stopped statement or when resuming it`, {
                        pointer: `/spec/${field}`,
                    }),
                };
            }
            out[key] = v;
        }
        return out;
    };
    const computePool = (id, url, base) => {
        const env = url.searchParams.get('environment');
        if (!env)
            return failure(400, "Missing required query parameter 'environment'", { parameter: 'environment' });
        if (env !== environmentId)
            return failure(404, `Environment ${env} not found`);
        const known = id === defaultPool || [...state.statements.values()].some((s) => s.spec.compute_pool_id === id);
        if (!known)
            return failure(404, `Compute pool ${id} not found`);
        const running = [...state.statements.values()].filter((s) => s.spec.compute_pool_id === id && s.phase === 'RUNNING');
        return {
            status: 200,
            body: {
                api_version: 'fcpm/v2',
                kind: 'ComputePool',
                id,
                metadata: {
                    self: `${base}/fcpm/v2/compute-pools/${id}`,
                    resource_name: `crn://confluent.cloud/organization=${organizationId}/environment=${environmentId}/flink-region=emulator/compute-pool=${id}`,
                },
                spec: {
                    display_name: id,
                    cloud: 'AWS',
                    region: 'us-east-1',
                    max_cfu: 50,
                    default_pool: id === defaultPool,
                    environment: {
                        id: environmentId,
                        related: `${base}/org/v2/environments/${environmentId}`,
                        resource_name: `crn://confluent.cloud/organization=${organizationId}/environment=${environmentId}`,
                    },
                },
                status: { phase: 'PROVISIONED', current_cfu: Math.min(50, running.length) },
            },
        };
    };
    const server = (0,external_node_http_.createServer)((req, res) => {
        void serve(req, res);
    });
    const serve = async (req, res) => {
        state.stats.requests++;
        const requestId = (0,external_node_crypto_.randomUUID)();
        const base = `http://${req.headers.host ?? 'localhost'}`;
        const url = new URL(req.url ?? '/', base);
        const method = req.method ?? 'GET';
        // Faults sit in front of everything, like a gateway would
        const roll = faultRandom.next();
        let cumulative = 0;
        let fault;
        for (const kind of ['reset', '429', '500', '503']) {
            cumulative += faults[kind];
            if (roll < cumulative) {
                fault = kind;
                break;
            }
        }
        if (fault)
            state.stats.faults[fault]++;
        let resetAfter = false;
        if (fault === 'reset') {
            // Half the resets of a mutating call happen after the change was applied: the lost response
            // a client must reconcile (e.g. a create to check by name before retrying)
            resetAfter = MUTATING.has(method) && faultRandom.next() < 0.5;
            if (!resetAfter) {
                req.resume();
                req.socket.destroy();
                return;
            }
        }
        let reply;
        if (fault === '429') {
            reply = failure(429, 'Too many requests; retry later');
            reply.headers = {
                'Retry-After': String(retryAfter),
                'X-RateLimit-Limit': '50',
                'X-RateLimit-Remaining': '0',
                'X-RateLimit-Reset': String(retryAfter),
            };
        }
        else if (fault === '500') {
            reply = failure(500, 'Internal error (injected by the emulator)');
        }
        else if (fault === '503') {
            reply = failure(503, 'Service temporarily unavailable (injected by the emulator)');
        }
        else {
            try {
                reply = await handle(req, base, url);
            }
            catch (e) {
                if (e instanceof HttpError)
                    reply = e.reply;
                else
                    reply = failure(500, `Emulator error: ${e.message}`);
            }
        }
        if (resetAfter) {
            req.socket.destroy();
            return;
        }
        req.resume();
        const headers = { 'X-Request-Id': requestId, ...(reply.headers ?? {}) };
        if (reply.body === undefined) {
            res.writeHead(reply.status, headers).end();
            return;
        }
        const text = JSON.stringify(reply.body);
        headers['Content-Type'] = 'application/json';
        headers['Content-Length'] = String(Buffer.byteLength(text));
        res.writeHead(reply.status, headers).end(text);
    };
    await new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(opts.port ?? 0, opts.host ?? '127.0.0.1', () => {
            server.off('error', reject);
            resolve();
        });
    });
    const address = server.address();
    const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
    const shownHost = host === '0.0.0.0' ? '127.0.0.1' : host === '[::]' ? '[::1]' : host;
    return {
        url: `http://${shownHost}:${address.port}`,
        organizationId,
        environmentId,
        apiKey,
        state,
        close: () => new Promise((resolve) => {
            server.close(() => resolve());
            server.closeAllConnections();
        }),
    };
}
function methodNotAllowed(allowed) {
    const r = failure(405, `Method not allowed; use ${allowed.join(', ')}`);
    r.headers = { Allow: allowed.join(', ') };
    return r;
}
function sameMap(a, b) {
    if (!isStringMap(a))
        return false;
    const ka = Object.keys(a);
    return ka.length === Object.keys(b).length && ka.every((k) => a[k] === b[k]);
}
async function readJson(req) {
    const chunks = [];
    let size = 0;
    for await (const chunk of req) {
        size += chunk.length;
        if (size > MAX_BODY_BYTES)
            throw new HttpError(failure(413, `Request body larger than ${MAX_BODY_BYTES} bytes`));
        chunks.push(chunk);
    }
    const text = Buffer.concat(chunks).toString('utf8');
    if (text.trim() === '')
        throw new HttpError(failure(400, 'The request body is empty'));
    try {
        return JSON.parse(text);
    }
    catch {
        throw new HttpError(failure(400, 'The request body is not valid JSON'));
    }
}
/** `k=v`, `k==v`, `k!=v`, `k` (present), `!k` (absent), comma-separated, all must hold. */
function parseLabelSelector(text) {
    const tests = text.split(',').map((part) => {
        const p = part.trim();
        const m = /^([^=!\s]+)\s*(==|=|!=)\s*([^=!,\s]*)$/.exec(p);
        if (m) {
            const [, key, op, value] = m;
            return op === '!='
                ? (l) => l[key] !== value
                : (l) => l[key] === value;
        }
        if (/^![^=!\s]+$/.test(p))
            return (l) => !(p.slice(1) in l);
        if (/^[^=!\s]+$/.test(p))
            return (l) => p in l;
        throw new Error(`Invalid label_selector '${text}': expected key=value[,key2=value2]`);
    });
    return (labels) => tests.every((t) => t(labels));
}
const FAULT_KINDS = ['429', '500', '503', 'reset', 'fail'];
function validateFaults(f) {
    const out = { '429': 0, '500': 0, '503': 0, reset: 0, fail: 0 };
    for (const [k, v] of Object.entries(f)) {
        if (!FAULT_KINDS.includes(k))
            throw new Error(`Unknown fault kind '${k}'`);
        if (typeof v !== 'number' || !(v >= 0 && v <= 1))
            throw new Error(`Fault probability for ${k} must be in [0, 1]`);
        out[k] = v;
    }
    if (out['429'] + out['500'] + out['503'] + out.reset > 1) {
        throw new Error('The probabilities of 429, 500, 503 and reset add up to more than 1');
    }
    return out;
}
/** Parse `429:0.1,500:0.05,reset:0.02` into Faults; throws with a clear message on bad input. */
function parseFaults(spec) {
    const out = {};
    for (const raw of spec.split(',')) {
        const part = raw.trim();
        if (part === '')
            continue;
        const m = /^([^:]+):(.+)$/.exec(part);
        if (!m)
            throw new Error(`Invalid fault '${part}': expected kind:probability, e.g. 429:0.1`);
        const kind = m[1].trim();
        if (!FAULT_KINDS.includes(kind)) {
            throw new Error(`Unknown fault kind '${kind}' in '${part}': use one of ${FAULT_KINDS.join(', ')}`);
        }
        const p = Number(m[2].trim());
        if (!/^\s*(\d+(\.\d*)?|\.\d+)\s*$/.test(m[2]) || !(p >= 0 && p <= 1)) {
            throw new Error(`Invalid probability '${m[2]}' for fault ${kind}: use a number between 0 and 1`);
        }
        if (kind in out)
            throw new Error(`Fault kind '${kind}' given twice`);
        out[kind] = p;
    }
    validateFaults(out);
    return out;
}

;// CONCATENATED MODULE: ./src/emulator/cli.ts
/**
 * `flink-pipeline emulator [options]`: start the statements API emulator, print one line of
 * JSON `{"url","organizationId","environmentId","apiKey"}` (never the secret) and serve until
 * SIGINT or SIGTERM. Wire as `emulatorCommand(argv after "emulator", io)`.
 */


const EMULATOR_USAGE = `Usage: flink-pipeline emulator [options]

  --host HOST                 listen address (default 127.0.0.1)
  --port PORT                 port, 0 picks a free one (default 8080)
  --api-key KEY               Basic auth user (default emulator-key)
  --api-secret SECRET         Basic auth password (default emulator-secret)
  --organization-id UUID      organization (default 00000000-0000-4000-8000-000000000000)
  --environment-id ID         environment (default env-emulator)
  --latency fast|realistic    transition delays (default fast)
  --time-scale X              divide realistic delays by X (default 1)
  --faults SPEC               e.g. 429:0.1,500:0.05,503:0.05,reset:0.02,fail:0.1
  --seed N                    PRNG seed (default 1)
  --tables a,b                tables present in the catalog from the start
`;
/** Parse the command line into options; throws Error with a one-line message on bad input. */
function parseEmulatorArgs(argv) {
    const { values, positionals } = (0,external_node_util_.parseArgs)({
        args: argv,
        allowPositionals: true,
        strict: true,
        options: {
            host: { type: 'string' },
            port: { type: 'string' },
            'api-key': { type: 'string' },
            'api-secret': { type: 'string' },
            'organization-id': { type: 'string' },
            'environment-id': { type: 'string' },
            latency: { type: 'string' },
            'time-scale': { type: 'string' },
            faults: { type: 'string' },
            seed: { type: 'string' },
            tables: { type: 'string' },
            help: { type: 'boolean', short: 'h' },
        },
    });
    if (positionals.length > 0)
        throw new Error(`Unexpected argument '${positionals[0]}'`);
    const opts = { help: values.help };
    opts.host = values.host ?? '127.0.0.1';
    opts.port = 8080;
    if (values.port !== undefined) {
        if (!/^\d+$/.test(values.port) || Number(values.port) > 65535) {
            throw new Error(`--port must be an integer between 0 and 65535, got '${values.port}'`);
        }
        opts.port = Number(values.port);
    }
    if (values['api-key'] !== undefined)
        opts.apiKey = values['api-key'];
    if (values['api-secret'] !== undefined)
        opts.apiSecret = values['api-secret'];
    if (values['organization-id'] !== undefined) {
        if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(values['organization-id'])) {
            throw new Error(`--organization-id must be a UUID, got '${values['organization-id']}'`);
        }
        opts.organizationId = values['organization-id'];
    }
    if (values['environment-id'] !== undefined) {
        if (!/^[A-Za-z0-9][-A-Za-z0-9_]*$/.test(values['environment-id'])) {
            throw new Error(`--environment-id must be letters, digits, '-' or '_', got '${values['environment-id']}'`);
        }
        opts.environmentId = values['environment-id'];
    }
    if (values.latency !== undefined) {
        if (values.latency !== 'fast' && values.latency !== 'realistic') {
            throw new Error(`--latency must be fast or realistic, got '${values.latency}'`);
        }
        opts.latency = values.latency;
    }
    if (values['time-scale'] !== undefined) {
        const x = Number(values['time-scale']);
        if (!Number.isFinite(x) || x <= 0)
            throw new Error(`--time-scale must be a positive number, got '${values['time-scale']}'`);
        opts.timeScale = x;
    }
    if (values.faults !== undefined) {
        try {
            opts.faults = parseFaults(values.faults);
        }
        catch (e) {
            throw new Error(`--faults: ${e.message}`, { cause: e });
        }
    }
    if (values.seed !== undefined) {
        if (!/^\d+$/.test(values.seed))
            throw new Error(`--seed must be a non-negative integer, got '${values.seed}'`);
        opts.seed = Number(values.seed);
    }
    if (values.tables !== undefined) {
        opts.tables = values.tables
            .split(',')
            .map((t) => t.trim())
            .filter(Boolean);
    }
    return opts;
}
function signalled() {
    return new Promise((resolve) => {
        const done = (sig) => {
            process.off('SIGINT', onInt);
            process.off('SIGTERM', onTerm);
            resolve(sig);
        };
        const onInt = () => done('SIGINT');
        const onTerm = () => done('SIGTERM');
        process.on('SIGINT', onInt);
        process.on('SIGTERM', onTerm);
    });
}
/** Returns the exit code: 0 after a clean stop, 2 on bad arguments, 1 when it cannot listen. */
async function emulatorCommand(argv, io = { out: process.stdout, err: process.stderr }) {
    let opts;
    try {
        opts = parseEmulatorArgs(argv);
    }
    catch (e) {
        io.err.write(`flink-pipeline emulator: ${e.message}\n`);
        return 2;
    }
    if (opts.help) {
        io.out.write(EMULATOR_USAGE);
        return 0;
    }
    const stop = io.until ?? signalled();
    let emulator;
    try {
        emulator = await startEmulator(opts);
    }
    catch (e) {
        io.err.write(`flink-pipeline emulator: cannot start: ${e.message}\n`);
        return 1;
    }
    const { url, organizationId, environmentId, apiKey } = emulator;
    io.out.write(`${JSON.stringify({ url, organizationId, environmentId, apiKey })}\n`);
    await stop;
    await emulator.close();
    return 0;
}

;// CONCATENATED MODULE: ./src/change/config-change.ts
/**
 * Config edits that change what a statement is (its properties, name, catalog, principal or
 * compute pool): such a statement must be replaced like a query change.
 */

const SCALAR_KEYS = ['statementPrefix', 'catalog', 'database', 'principal'];
/**
 * Compares the statement-affecting settings of one environment (the named one, else the
 * config's default, else every environment either side defines).
 */
function classifyConfigChange(base, head, environment, file = DEFAULT_CONFIG_FILE) {
    const chosen = environment ?? head?.environment ?? base?.environment;
    const names = chosen
        ? [chosen]
        : [
            ...new Set([...Object.keys(base?.environments ?? {}), ...Object.keys(head?.environments ?? {})]),
        ].sort();
    const environments = names.map((name) => {
        const b = base?.environments?.[name] ?? {};
        const h = head?.environments?.[name] ?? {};
        const keys = [];
        const bp = b.properties ?? {};
        const hp = h.properties ?? {};
        for (const k of [...new Set([...Object.keys(bp), ...Object.keys(hp)])].sort()) {
            if (bp[k] !== hp[k])
                keys.push(`properties.${k}`);
        }
        for (const k of SCALAR_KEYS)
            if (b[k] !== h[k])
                keys.push(k);
        return { name, keys, base: pools(b), head: pools(h) };
    });
    return { file, environments };
}
const pools = (e) => ({
    computePoolId: e.computePoolId,
    computePools: e.computePools,
});
const poolOf = (p, product) => (Object.hasOwn(p.computePools ?? {}, product) ? p.computePools[product] : undefined) ?? p.computePoolId;
/**
 * Config keys (as YAML paths) whose change replaces this table's statement. The products
 * differ when the table moved: a move to a product with another pool changes its pool too.
 */
function configKeysFor(change, baseProduct, headProduct) {
    const keys = [];
    for (const env of change?.environments ?? []) {
        const at = `environments.${env.name}.`;
        keys.push(...env.keys.map((k) => at + k));
        if (poolOf(env.base, baseProduct) !== poolOf(env.head, headProduct)) {
            const perProduct = Object.hasOwn(env.head.computePools ?? {}, headProduct) ||
                Object.hasOwn(env.base.computePools ?? {}, baseProduct);
            keys.push(at + (perProduct ? `computePools.${headProduct}` : 'computePoolId'));
        }
    }
    return keys;
}

;// CONCATENATED MODULE: ./src/change/text.ts
/** Small formatting rules for change details, which end up in PR comments. */
/** Property and option keys whose values must not reach a PR comment. */
const SECRET_KEY = /secret|password|passwd|token|credential|api[-_.]?key|private/i;
const MAX_VALUE = 40;
/** A value as a detail shows it: `unset` when absent, masked for secret-looking keys, shortened. */
function showValue(key, value) {
    if (value === undefined)
        return 'unset';
    if (SECRET_KEY.test(key))
        return '***';
    return value.length > MAX_VALUE ? `${value.slice(0, MAX_VALUE - 1)}…` : value;
}
/** Joins detail items with `; `, keeping to about `max` characters with a count of what was cut. */
function joinCapped(items, max = 200) {
    const all = items.join('; ');
    if (all.length <= max)
        return all;
    const more = (n) => (n > 0 ? `; … (+${n} more)` : '');
    let out = '';
    for (let i = 0; i < items.length; i++) {
        const next = out ? `${out}; ${items[i]}` : items[i];
        if (next.length + more(items.length - i - 1).length > max) {
            if (out)
                return out + more(items.length - i);
            const tail = more(items.length - 1);
            return `${items[0].slice(0, Math.max(max - tail.length - 1, 1))}…${tail}`;
        }
        out = next;
    }
    return out;
}

;// CONCATENATED MODULE: ./src/change/ddl-diff.ts

/** Options that decide how records are encoded or keyed: changing them changes the table's data. */
const SCHEMA_OPTIONS = new Set([
    'changelog.mode',
    'connector',
    'format',
    'key.format',
    'value.format',
    'key.fields-prefix',
    'value.fields-include',
]);
const isSchemaOption = (key) => SCHEMA_OPTIONS.has(key) || key.endsWith('.format');
const CREATE_LABEL = {
    'create-table': 'CREATE TABLE',
    ctas: 'CREATE TABLE AS',
    'create-like': 'CREATE TABLE LIKE',
    'create-view': 'CREATE VIEW',
    'create-materialized-table': 'CREATE MATERIALIZED TABLE',
};
const QUERY_KINDS = new Set(['ctas', 'create-view', 'create-materialized-table']);
const createIndex = (a) => a.statements.findIndex((s) => s.kind in CREATE_LABEL);
const otherFingerprints = (a, skip) => a.statements
    .filter((s, i) => i !== skip && s.kind !== 'set')
    .map((s) => s.fingerprint)
    .join(',');
function diffDdl(base, head, shapeOf) {
    const out = { schema: [], options: [] };
    if (!base && !head)
        return out;
    if (!base || !head) {
        out.schema.push(base ? 'DDL file removed' : 'DDL file added');
        return out;
    }
    if (base.analysis.fingerprint === head.analysis.fingerprint)
        return out;
    const bi = createIndex(base.analysis);
    const hi = createIndex(head.analysis);
    const bc = base.analysis.statements[bi];
    const hc = head.analysis.statements[hi];
    if (!bc || !hc)
        out.schema.push(bc ? 'CREATE statement removed' : 'CREATE statement added');
    else if (bc.kind !== hc.kind)
        out.schema.push(`${CREATE_LABEL[bc.kind]} → ${CREATE_LABEL[hc.kind]}`);
    else if (bc.fingerprint !== hc.fingerprint) {
        diffCreate(bc, hc, compareShapes(shapeOf(base.analysis)?.[bi], shapeOf(head.analysis)?.[hi]), out);
    }
    // ALTER, USE, DROP … next to the CREATE: their effect on the table is not modelled.
    if (otherFingerprints(base.analysis, bi) !== otherFingerprints(head.analysis, hi)) {
        out.schema.push('other DDL statements changed');
    }
    return out;
}
function compareShapes(a, b) {
    if (a === undefined || b === undefined)
        return 'unknown';
    return a === b ? 'same' : 'differs';
}
function diffCreate(bc, hc, shape, out) {
    const b = bc.ddl;
    const h = hc.ddl;
    if (b && h) {
        if (shape !== 'same')
            out.schema.push(...diffStructure(b, h));
        for (const item of diffOptions(b.options, h.options))
            (isSchemaOption(item.key) ? out.schema : out.options).push(item.text);
    }
    if (shape === 'same')
        return;
    const sources = diffNames(bc.sources, hc.sources);
    if (QUERY_KINDS.has(hc.kind))
        out.schema.push('query changed' + (sources ? `; ${sources}` : ''));
    else if (sources)
        out.schema.push(sources);
    if (out.schema.length)
        return;
    // Without proof that only the options differ, a rebuild is the safe reading.
    out.schema.push(shape === 'differs'
        ? 'table definition changed (beyond columns, keys, watermark and options)'
        : 'table definition not compared beyond columns, keys and options');
}
function diffStructure(b, h) {
    const items = diffColumns(b.columns, h.columns);
    const pk = (d) => (d.primaryKey.length ? `(${d.primaryKey.join(', ')})` : 'none');
    if (pk(b) !== pk(h))
        items.push(`primary key: ${pk(b)} → ${pk(h)}`);
    const dist = (d) => d.distribution
        ? `(${d.distribution.columns.join(', ')})${d.distribution.buckets !== null ? ` into ${d.distribution.buckets} buckets` : ''}`
        : 'none';
    if (dist(b) !== dist(h))
        items.push(`distribution: ${dist(b)} → ${dist(h)}`);
    const wm = (d) => (d.watermark ? `${d.watermark.column} AS ${d.watermark.expression}` : 'none');
    if (wm(b) !== wm(h))
        items.push(`watermark: ${wm(b)} → ${wm(h)}`);
    return items;
}
function diffColumns(base, head) {
    const items = [];
    const before = new Map(base.map((c) => [c.name, c]));
    const after = new Map(head.map((c) => [c.name, c]));
    const describe = (c) => c.kind === 'computed' ? 'computed' : `${c.type}${c.nullable ? '' : ' NOT NULL'}`;
    for (const h of head) {
        const b = before.get(h.name);
        if (!b) {
            items.push(`column ${h.name} added (${describe(h)})`);
            continue;
        }
        if (b.type !== h.type)
            items.push(`column ${h.name}: ${b.type || b.kind} → ${h.type || h.kind}`);
        if (b.nullable !== h.nullable) {
            items.push(`column ${h.name}: ${b.nullable ? 'NULL' : 'NOT NULL'} → ${h.nullable ? 'NULL' : 'NOT NULL'}`);
        }
        if (b.kind !== h.kind)
            items.push(`column ${h.name}: ${b.kind} → ${h.kind}`);
    }
    for (const b of base)
        if (!after.has(b.name))
            items.push(`column ${b.name} removed`);
    const kept = (cols, other) => cols.filter((c) => other.has(c.name)).map((c) => c.name);
    if (kept(base, after).join('\0') !== kept(head, before).join('\0'))
        items.push('column order changed');
    return items;
}
function diffOptions(b, h) {
    const keys = [...new Set([...Object.keys(b), ...Object.keys(h)])].sort();
    return keys
        .filter((k) => b[k] !== h[k])
        .map((key) => ({ key, text: `option ${key}: ${showValue(key, b[key])} → ${showValue(key, h[key])}` }));
}
/** `sources +new −gone`, or '' when the two name lists hold the same names. */
function diffNames(base, head, label = 'sources') {
    const b = new Set(base);
    const h = new Set(head);
    const added = [...h].filter((n) => !b.has(n)).sort();
    const removed = [...b].filter((n) => !h.has(n)).sort();
    if (!added.length && !removed.length)
        return '';
    return [label, ...added.map((n) => `+${n}`), ...removed.map((n) => `−${n}`)].join(' ');
}

;// CONCATENATED MODULE: ./src/change/shape.ts
/**
 * A second fingerprint of DDL text with the `WITH ( … )` option lists left out. Two DDL files
 * with different fingerprints but equal shapes differ only in their options, which decides
 * between an in-place ALTER TABLE SET and a rebuild. The analyzer's structure (columns, keys,
 * watermark) does not cover everything a CREATE holds (computed column expressions, metadata
 * keys, comments, LIKE clauses), so the shape is what proves "options only".
 */




/** Per statement (aligned with `SqlAnalysis.statements`), the fingerprint without option lists. */
function optionFreeFingerprints(text) {
    const issues = [];
    const tokens = tokenize(text, issues);
    const match = matchParens(tokens, issues);
    return splitStatements(tokens).map(({ start, end }) => {
        if (!isWord(tokens, start, 'CREATE'))
            return sha256(normalisedTokens(tokens, start, end));
        let out = '';
        let from = start;
        for (let i = start; i < end; i++) {
            // A CTE reads `WITH name AS (`; only an option list puts `(` right after WITH.
            if (isWord(tokens, i, 'WITH') && isPunct(tokens, i + 1, '(')) {
                out += normalisedTokens(tokens, from, i) + '\u0001';
                i = Math.min(match[i + 1], end);
                from = i + 1;
            }
        }
        return sha256(out + normalisedTokens(tokens, from, end));
    });
}

;// CONCATENATED MODULE: ./src/change/classify.ts
/**
 * Per-table change classification (DESIGN §7): pure, over two project models. Compares
 * fingerprints and analysed structure, never raw text, so formatting is never a change.
 */





/** The order changes of one table are listed in: lifecycle first, then content. */
const CHANGE_KINDS = [
    'added',
    'removed',
    'renamed',
    'format-only',
    'dml',
    'ddl-options',
    'ddl-schema',
    'properties',
];
function classifyChanges(base, head, opts = {}) {
    const changed = changedPaths(opts.files);
    const shapes = new Map();
    const shapeOf = (analysis) => {
        let shape = shapes.get(analysis);
        if (!shape) {
            const text = opts.ddlText?.(analysis);
            if (text === undefined)
                return undefined;
            shapes.set(analysis, (shape = optionFreeFingerprints(text)));
        }
        return shape;
    };
    const before = definedTables(base);
    const after = definedTables(head);
    const names = [...new Set([...before.keys(), ...after.keys()])].sort(byCodePoint);
    const out = [];
    for (const name of names) {
        const b = before.get(name);
        const h = after.get(name);
        let found;
        if (!b) {
            found = [{ kind: 'added', files: tableFiles(h, changed), items: [`new table in ${h.folder}`] }];
        }
        else if (!h) {
            const items = [`no longer defined (was in ${b.folder})`];
            found = [{ kind: 'removed', files: tableFiles(b, changed), items }];
        }
        else {
            found = compareTable(b, h, changed, shapeOf, opts.config);
        }
        for (const f of found.sort((x, y) => CHANGE_KINDS.indexOf(x.kind) - CHANGE_KINDS.indexOf(y.kind))) {
            out.push({
                table: name,
                kind: f.kind,
                files: [...new Set(f.files)].sort(byCodePoint),
                detail: joinCapped(f.items),
            });
        }
    }
    return out;
}
function compareTable(b, h, changed, shapeOf, config) {
    const found = [];
    const sqlPath = (f, g) => [(f ?? g)?.path].filter((p) => !!p);
    const ddl = diffDdl(b.ddl, h.ddl, shapeOf);
    const ddlFiles = sqlPath(h.ddl, b.ddl);
    // A rebuild recreates the table with its new options too, so options ride along in its detail.
    if (ddl.schema.length) {
        found.push({ kind: 'ddl-schema', files: ddlFiles, items: [...ddl.schema, ...ddl.options] });
    }
    else if (ddl.options.length) {
        found.push({ kind: 'ddl-options', files: ddlFiles, items: ddl.options });
    }
    if (queryFingerprint(b.dml) !== queryFingerprint(h.dml)) {
        found.push({ kind: 'dml', files: sqlPath(h.dml, b.dml), items: dmlItems(b, h) });
    }
    const props = propertyChanges(b, h, changed, config);
    if (props.items.length)
        found.push({ kind: 'properties', ...props });
    if (b.folder !== h.folder) {
        const items = [`moved ${b.folder} → ${h.folder}`];
        if (b.product !== h.product)
            items.push(`product ${b.product || '(none)'} → ${h.product || '(none)'}`);
        if (b.type !== h.type)
            items.push(`type ${b.type} → ${h.type}`);
        found.push({ kind: 'renamed', files: tableFiles(h, changed), items });
    }
    else if (found.length === 0 && changed) {
        const touched = folderFiles(h, changed);
        const items = ['formatting or comments only; nothing to deploy'];
        if (touched.length)
            found.push({ kind: 'format-only', files: touched, items });
    }
    return found;
}
/** SET lines are properties, compared as such; everything else in the DML is the query. */
const queryFingerprint = (f) => f
    ? f.analysis.statements
        .filter((s) => s.kind !== 'set')
        .map((s) => s.fingerprint)
        .join(',')
    : '';
function dmlItems(b, h) {
    if (!b.dml || !h.dml)
        return [b.dml ? 'DML file removed' : 'DML file added'];
    const items = ['query changed'];
    const sources = diffNames(b.parents, h.parents);
    if (sources)
        items.push(sources);
    const state = (t) => (t.stateful ? 'stateful' : 'stateless');
    // The query's own reasons first: they are what the edit is about.
    const reasons = [...h.reasons].sort((x, y) => Number(x.file !== h.dml.path) - Number(y.file !== h.dml.path));
    const why = h.stateful ? ` (${[...new Set(reasons.map((r) => r.construct))].slice(0, 3).join(', ')})` : '';
    items.push(b.stateful === h.stateful ? state(h) + why : `statefulness: ${state(b)} → ${state(h)}${why}`);
    return items;
}
function propertyChanges(b, h, changed, config) {
    const items = [];
    const files = [];
    const compare = (before, after, prefix) => {
        const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort(byCodePoint);
        for (const k of keys) {
            if (before[k] === after[k])
                continue;
            items.push(`${prefix}${k}: ${showValue(k, before[k])} → ${showValue(k, after[k])}`);
        }
    };
    compare(b.properties, h.properties, '');
    const dmlCount = items.length;
    compare(ddlProperties(b), ddlProperties(h), 'DDL ');
    if (items.length) {
        const props = [...folderFiles(b, changed), ...folderFiles(h, changed)].filter((p) => roleOf(p).endsWith('properties'));
        files.push(...props);
        // SET lines live in the SQL files; with no changed .properties file they must be the source.
        const noFile = (role) => !props.some((p) => roleOf(p) === role);
        if (dmlCount > 0 && noFile('dml-properties') && h.dml)
            files.push(h.dml.path);
        if (items.length > dmlCount && noFile('ddl-properties') && h.ddl)
            files.push(h.ddl.path);
    }
    const keys = configKeysFor(config, b.product, h.product);
    if (keys.length) {
        items.push(`${config.file}: ${keys.join(', ')}`);
        files.push(config.file);
    }
    return { items, files };
}
const ddlProperties = (t) => ({ ...(t.ddl?.analysis.properties ?? {}), ...t.ddlProperties });
function definedTables(p) {
    const out = new Map();
    for (const [name, t] of p.tables)
        if (!t.external)
            out.set(name, t);
    return out;
}
function changedPaths(files) {
    if (!files)
        return undefined;
    const out = new Map();
    const add = (path) => {
        const slash = path.lastIndexOf('/');
        const dir = path.slice(0, Math.max(slash, 0));
        const inScripts = dir === 'sql-scripts' || dir.endsWith('/sql-scripts');
        if (!inScripts || !roleOf(path))
            return;
        const folder = dir.slice(0, Math.max(dir.length - 12, 0));
        const list = out.get(folder) ?? [];
        if (!list.includes(path))
            list.push(path);
        out.set(folder, list);
    };
    for (const f of files) {
        add(f.path);
        if (f.oldPath)
            add(f.oldPath);
    }
    return out;
}
const roleOf = (path) => sqlScriptRole(path.slice(path.lastIndexOf('/') + 1)) ?? '';
/** Changed files the folder grouping reads for this table. */
const folderFiles = (t, changed) => changed?.get(t.folder) ?? [];
/** The table's SQL files plus any of its changed role files (`.properties` are not in the model). */
function tableFiles(t, changed) {
    return [t.ddl?.path, t.dml?.path, ...folderFiles(t, changed)].filter((p) => !!p);
}
function byCodePoint(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: ./node_modules/simple-git/dist/index.mjs + 2 modules
var simple_git_dist = __webpack_require__(4724);
;// CONCATENATED MODULE: ./src/change/git.ts
/**
 * The git edge of `change/`: refs to SHAs, trees, blobs and name-status diffs. Everything
 * else in this folder is pure over what these functions return.
 */





const FETCH_HINT = 'fetch the history with `fetch-depth: 0` in actions/checkout (or `git fetch --unshallow`)';
const git_short = (sha) => sha.slice(0, 7);
const isZeroSha = (ref) => /^0{40}$|^0{64}$/.test(ref);
/** Git's well-known empty trees: a base for "everything is new" that exists in every repository. */
const EMPTY_TREE_SHA1 = '4b825dc642cb6eb9a060e54bf8d69288fbee4904';
const EMPTY_TREE_SHA256 = '6ef19b41225c5369f1c104d45d8d85efa9b057b53b14b4b9b939dd74decc5321';
const isEmptyTree = (rev) => rev === EMPTY_TREE_SHA1 || rev === EMPTY_TREE_SHA256;
const roots = new Map();
/**
 * Top-level folder of the work tree holding `dir`. Tree paths and pathspecs are relative to
 * the folder git runs in, so every command runs there whatever folder the caller passed.
 */
function repoRoot(dir) {
    const key = (0,external_node_path_.resolve)(dir);
    let root = roots.get(key);
    if (!root) {
        root = (async () => {
            try {
                return (0,external_node_path_.resolve)((await (0,simple_git_dist/* simpleGit */.Lp)(key).revparse(['--show-toplevel'])).trim());
            }
            catch (e) {
                roots.delete(key);
                const first = (e instanceof Error ? e.message : String(e)).trim().split('\n')[0];
                throw new UserError(`${dir}: not inside a git work tree (${first}); run from a clone of the repository`);
            }
        })();
        roots.set(key, root);
    }
    return root;
}
/** A path given absolute or relative to the repository root, as git names it there. */
function repoPath(root, path) {
    // git reports the root with links resolved (macOS /tmp → /private/tmp); resolve the path alike.
    const rel = (0,external_node_path_.isAbsolute)(path) ? (0,external_node_path_.relative)(root, (0,external_node_fs_.existsSync)(path) ? (0,external_node_fs_.realpathSync)(path) : path) : path;
    const parts = rel.split(/[\\/]+/).filter((p) => p && p !== '.');
    if (parts.includes('..'))
        throw new UserError(`${path}: outside the repository at ${root}`);
    return parts.join('/');
}
async function gitAt(dir) {
    return (0,simple_git_dist/* simpleGit */.Lp)(await repoRoot(dir));
}
async function isShallow(git) {
    return (await git.revparse(['--is-shallow-repository'])).trim() === 'true';
}
/** SHA of the commit `ref` names, or a UserError saying why it cannot be found. */
async function commitOf(git, ref, role) {
    if (!ref || ref.startsWith('-')) {
        throw new UserError(`${role} ref "${ref}" is not a branch, tag or commit name`);
    }
    // simple-git only rejects when git also wrote to stderr; --quiet keeps a miss silent, so
    // an empty answer is the "not found" signal.
    const sha = (await git.raw(['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`])).trim();
    if (sha)
        return sha;
    const why = (await isShallow(git))
        ? `the clone is shallow, so older commits and other branches may be missing; ${FETCH_HINT}`
        : 'check the branch, tag or commit name (remote branches need their remote, e.g. origin/main)';
    throw new UserError(`${role} ref "${ref}" not found in the repository: ${why}`);
}
async function mergeBase(git, a, b, names) {
    const sha = (await git.raw(['merge-base', a, b])).trim();
    if (sha)
        return sha;
    if (await isShallow(git)) {
        throw new UserError(`no common ancestor of ${names[0]} and ${names[1]} in the fetched history (the clone is shallow); ${FETCH_HINT}`);
    }
    throw new UserError(`${names[0]} and ${names[1]} have no common ancestor (unrelated histories); pass --base explicitly`);
}
/** The branch a change is compared with when nothing says otherwise. */
async function defaultBranch(git) {
    for (const name of ['origin/HEAD', 'main', 'origin/main', 'master', 'origin/master']) {
        const sha = (await git.raw(['rev-parse', '--verify', '--quiet', `${name}^{commit}`])).trim();
        if (sha)
            return { name, sha };
    }
    throw new UserError('cannot find the default branch (origin/HEAD, main or master) to compare with; pass --base' +
        ((await isShallow(git)) ? `, or ${FETCH_HINT}` : ''));
}
const emptyTreeFor = (headSha) => (headSha.length === 64 ? EMPTY_TREE_SHA256 : EMPTY_TREE_SHA1);
/**
 * Resolves the commits to compare. Pull requests compare with the merge-base, as GitHub's
 * "Files changed" does: commits that reached the base branch after the branch point are not
 * part of the change.
 */
async function resolveRange(repoDir, opts = {}) {
    const git = await gitAt(repoDir);
    if ('before' in opts) {
        if (isZeroSha(opts.after)) {
            throw new UserError('the push deleted the branch: there is no head commit to compare');
        }
        const head = await commitOf(git, opts.after, 'push "after"');
        if (isZeroSha(opts.before)) {
            return {
                base: emptyTreeFor(head),
                head,
                description: `first push of ${git_short(head)}: every table is new`,
            };
        }
        const base = await commitOf(git, opts.before, 'push "before"').catch((e) => {
            // A force push leaves `before` unreachable; say so rather than only "not found".
            throw e instanceof UserError
                ? new UserError(`${e.message} (after a force push the old commit is gone)`)
                : e;
        });
        return { base, head, description: `push ${git_short(base)}..${git_short(head)}` };
    }
    if ('baseRef' in opts) {
        const baseTip = await commitOf(git, opts.baseRef, 'pull request base');
        const head = await commitOf(git, opts.headRef, 'pull request head');
        const base = await mergeBase(git, baseTip, head, [opts.baseRef, opts.headRef]);
        return {
            base,
            head,
            description: `merge-base of ${opts.baseRef} and ${opts.headRef} (${git_short(base)}..${git_short(head)})`,
        };
    }
    const headName = opts.head ?? 'HEAD';
    const head = await commitOf(git, headName, 'head');
    if (opts.base !== undefined) {
        const base = await commitOf(git, opts.base, 'base');
        return { base, head, description: `${opts.base}..${headName} (${git_short(base)}..${git_short(head)})` };
    }
    const main = await defaultBranch(git);
    const base = await mergeBase(git, main.sha, head, [main.name, headName]);
    return {
        base,
        head,
        description: `merge-base of ${main.name} and ${headName} (${git_short(base)}..${git_short(head)})`,
    };
}
/** Files under `dir` (repository-relative; `''` or `.` = everything) at `rev`, links and all. */
async function listTree(repoDir, rev, dir) {
    const git = await gitAt(repoDir);
    const spec = repoPath(await repoRoot(repoDir), dir);
    const out = await git.raw(['ls-tree', '-r', '-z', '--full-tree', rev, ...(spec ? ['--', spec] : [])]);
    const entries = [];
    for (const record of out.split('\0')) {
        if (!record)
            continue;
        const tab = record.indexOf('\t');
        const [mode, type, sha] = record.slice(0, tab).split(' ');
        // Submodules (type commit) hold no files of this repository.
        if (type === 'blob')
            entries.push({ path: record.slice(tab + 1), sha, mode });
    }
    return entries;
}
/**
 * Contents of many objects through one `git cat-file --batch` process (one process per
 * file would dominate the run time on large projects). Accepts SHAs and `rev:path` names;
 * names git cannot find, and objects that are not files, are left out of the result.
 */
async function readBlobs(repoDir, names) {
    const wanted = [...new Set(names)];
    const result = new Map();
    if (wanted.length === 0)
        return result;
    const cwd = await repoRoot(repoDir);
    const stdout = await new Promise((resolveOut, reject) => {
        const child = (0,external_node_child_process_.spawn)('git', ['cat-file', '--batch', '--buffer'], { cwd, stdio: ['pipe', 'pipe', 'pipe'] });
        const chunks = [];
        const errors = [];
        child.stdout.on('data', (c) => chunks.push(c));
        child.stderr.on('data', (c) => errors.push(c));
        child.on('error', (e) => reject(new UserError(`cannot run git (${e.message}); is git installed?`)));
        child.on('close', (code) => {
            if (code === 0)
                return resolveOut(Buffer.concat(chunks));
            const why = Buffer.concat(errors).toString().trim();
            reject(new Error(`git cat-file --batch exited with ${code}: ${why}`));
        });
        // A name with a newline would desynchronise the batch protocol; git could not find it anyway.
        child.stdin.on('error', () => undefined);
        child.stdin.end(wanted.map((n) => n.replace(/\n/g, ' ')).join('\n') + '\n');
    });
    let at = 0;
    for (const name of wanted) {
        const eol = stdout.indexOf(0x0a, at);
        if (eol < 0)
            break;
        const header = stdout.toString('utf8', at, eol);
        at = eol + 1;
        // "<sha> <type> <size>", or "<name> missing" / "<name> ambiguous"
        const parts = header.split(' ');
        const size = Number(parts[parts.length - 1]);
        if (parts.length !== 3 || !Number.isInteger(size))
            continue;
        if (parts[1] === 'blob')
            result.set(name, stdout.subarray(at, at + size));
        at += size + 1;
    }
    return result;
}
const STATUS = {
    A: 'added',
    C: 'added',
    M: 'modified',
    T: 'modified',
    D: 'deleted',
    R: 'renamed',
};
/** Files that differ between two revisions below `paths`, with renames detected (`-M`). */
async function diffFiles(repoDir, base, head, paths) {
    const git = await gitAt(repoDir);
    const root = await repoRoot(repoDir);
    const specs = paths.map((p) => repoPath(root, p));
    const limit = specs.includes('') ? [] : ['--', ...specs];
    const out = await git.raw([
        'diff',
        '--name-status',
        '-z',
        '-M',
        '--no-ext-diff',
        '--no-relative',
        base,
        head,
        ...limit,
    ]);
    const fields = out.split('\0');
    const changes = [];
    for (let i = 0; i + 1 < fields.length;) {
        const code = fields[i++];
        if (!code)
            continue;
        const status = STATUS[code[0]] ?? 'modified';
        if (code[0] === 'R' || code[0] === 'C') {
            const oldPath = fields[i++];
            const path = fields[i++];
            changes.push(code[0] === 'R' ? { status, path, oldPath } : { status, path });
        }
        else {
            changes.push({ status, path: fields[i++] });
        }
    }
    return changes.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

;// CONCATENATED MODULE: ./src/change/tree.ts



const LINK_MODE = '120000';
/** Deeper chains are loops in practice; the working-tree scanner stops at the first revisit. */
const MAX_LINK_DEPTH = 16;
/** The working-tree scanner skips these below the pipelines folder; a revision must too. */
function tree_hidden(pipelinesDir, path) {
    const rel = pipelinesDir && path.startsWith(pipelinesDir + '/') ? path.slice(pipelinesDir.length + 1) : path;
    return rel.split('/').some(isSkippedDir);
}
/**
 * Lists the pipelines folder at `rev` the way `scanProject` lists the working tree: hidden
 * folders skipped, symbolic links followed when they stay inside the repository.
 */
async function listPipelineTree(repoDir, rev, pipelinesDir) {
    const dir = repoPath(await repoRoot(repoDir), pipelinesDir);
    const entries = [];
    const diagnostics = [];
    let pending = [];
    const take = (e, listedAs, depth) => {
        if (tree_hidden(dir, listedAs))
            return;
        if (e.mode === LINK_MODE)
            pending.push({ path: listedAs, real: e.path, sha: e.sha, depth });
        else
            entries.push({ ...e, path: listedAs });
    };
    for (const e of await listTree(repoDir, rev, dir))
        take(e, e.path, 0);
    while (pending.length) {
        const links = pending;
        pending = [];
        const targets = await readBlobs(repoDir, links.map((l) => l.sha));
        for (const link of links) {
            const target = targets.get(link.sha)?.toString('utf8') ?? '';
            const resolved = external_node_path_.posix.normalize(external_node_path_.posix.join(external_node_path_.posix.dirname(link.real), target));
            if (external_node_path_.posix.isAbsolute(target) || resolved === '..' || resolved.startsWith('../')) {
                diagnostics.push({
                    severity: 'fatal',
                    code: 'link-outside-repo',
                    file: link.path,
                    message: `symbolic link to ${target} leads outside the repository and is refused; copy the files into the repository instead`,
                });
                continue;
            }
            if (link.depth >= MAX_LINK_DEPTH) {
                diagnostics.push({
                    severity: 'error',
                    code: 'broken-link',
                    file: link.path,
                    message: 'symbolic link loop; fix or remove it',
                });
                continue;
            }
            const found = (await listTree(repoDir, rev, resolved)).filter((e) => e.path === resolved || e.path.startsWith(resolved + '/'));
            if (found.length === 0) {
                diagnostics.push({
                    severity: 'error',
                    code: 'broken-link',
                    file: link.path,
                    message: 'symbolic link to a missing target; fix or remove it',
                });
            }
            for (const e of found)
                take(e, link.path + e.path.slice(resolved.length), link.depth + 1);
        }
    }
    return { entries, diagnostics };
}

;// CONCATENATED MODULE: ./src/change/revision.ts









const newAnalysisCache = () => ({
    analyses: new Map(),
    texts: new Map(),
    ddlTexts: new Map(),
});
const revision_roleOf = (path) => sqlScriptRole(path.slice(path.lastIndexOf('/') + 1));
const isSql = (path) => {
    const role = revision_roleOf(path);
    return role === 'ddl' || role === 'dml';
};
/**
 * The project model at a commit (or tree), read from git objects, not the working tree.
 * Uses the working-tree scanner's grouping rules (`groupTableFolders`) and the same builder.
 */
async function loadRevision(repoDir, rev, pipelinesDir, config, cache = newAnalysisCache(), 
/** The revision's listing when the caller already fetched it (in parallel with other git calls) */
listed) {
    const dir = repoPath(await repoRoot(repoDir), pipelinesDir);
    const tree = listed ?? (await listPipelineTree(repoDir, rev, dir));
    const shaOf = new Map(tree.entries.map((e) => [e.path, e.sha]));
    const paths = [...shaOf.keys()];
    // The grouping decides which files are read; a dry run with a recording reader tells which
    // blobs to fetch, so the rules are not restated here.
    const wanted = new Set();
    groupTableFolders(paths, (path) => {
        const sha = shaOf.get(path);
        if (!(isSql(path) && cache.analyses.has(sha)))
            wanted.add(sha);
        return { path, text: '' };
    });
    const blobs = await readBlobs(repoDir, wanted);
    const diagnostics = [...tree.diagnostics];
    const read = (path) => {
        const sha = shaOf.get(path);
        const bytes = blobs.get(sha);
        // Not fetched: a SQL file already read for the other revision.
        if (!bytes)
            return wanted.has(sha) ? missing(path, diagnostics) : { path, text: cache.texts.get(sha) ?? '' };
        const decoded = decodeSource(path, bytes);
        if ('text' in decoded) {
            if (isSql(path))
                cache.texts.set(sha, decoded.text);
            return decoded;
        }
        diagnostics.push(decoded);
        return undefined;
    };
    const listing = groupTableFolders(paths, read);
    const analyze = (file) => {
        const sha = shaOf.get(file.path);
        let analysis = cache.analyses.get(sha);
        if (!analysis) {
            analysis = analyzeSql(file.text);
            cache.analyses.set(sha, analysis);
            if (revision_roleOf(file.path) === 'ddl')
                cache.ddlTexts.set(analysis, file.text);
        }
        return analysis;
    };
    return buildProject({
        pipelinesDir: dir || '.',
        folders: listing.folders,
        diagnostics: [...diagnostics, ...listing.diagnostics],
        externalTables: config.externalTables,
        declaredExternals: listing.declaredExternals,
        analyze,
    });
}
function missing(path, diagnostics) {
    diagnostics.push({
        severity: 'fatal',
        code: 'unreadable-file',
        file: path,
        message: 'git could not read this file from the revision; the clone may be partial (fetch without --filter)',
    });
    return undefined;
}
/** The config file at `rev`, parsed; undefined when the revision has no such file. */
async function readConfigAt(repoDir, rev, path) {
    const file = repoPath(await repoRoot(repoDir), path);
    const name = `${rev}:${file}`;
    const bytes = (await readBlobs(repoDir, [name])).get(name);
    if (!bytes)
        return undefined;
    const decoded = decodeSource(file, bytes);
    const label = `${file} (at ${rev.slice(0, 7)})`;
    if (!('text' in decoded))
        throw new UserError(`${label}:${decoded.line}: ${decoded.message}`);
    return parseConfig(label, decoded.text);
}

;// CONCATENATED MODULE: ./src/change/detect.ts







/**
 * The change between two revisions, per table: the one entry point of `change/` for the CLI
 * and the action. `range` is a resolved CommitRange or the options to resolve one. Paths are
 * repository-relative (absolute ones are made so).
 */
async function detectChanges(repoDir, range, pipelinesDir, configPath = DEFAULT_CONFIG_FILE, environment) {
    const root = await repoRoot(repoDir);
    const commits = 'description' in range ? range : await resolveRange(root, range);
    const pipelines = repoPath(root, pipelinesDir);
    const configFile = repoPath(root, configPath);
    const warnings = [];
    // Independent git calls overlap: each is a process start, which dominates small repositories.
    const [files, baseConfig, headConfig, headTree, baseTree] = await Promise.all([
        diffFiles(root, commits.base, commits.head, [pipelines, configFile]),
        readConfigAt(root, commits.base, configFile).catch((e) => {
            // A broken base config must not block the change that fixes it.
            if (!(e instanceof UserError))
                throw e;
            warnings.push(`config at base not compared: ${e.message.split('\n')[0]}`);
            return null;
        }),
        readConfigAt(root, commits.head, configFile),
        listPipelineTree(root, commits.head, pipelines),
        listPipelineTree(root, commits.base, pipelines),
    ]);
    const cache = newAnalysisCache();
    const head = await loadRevision(root, commits.head, pipelines, headConfig ?? {}, cache, headTree);
    const base = await loadRevision(root, commits.base, pipelines, (baseConfig ?? headConfig ?? {}), cache, baseTree);
    // Unreadable base config: compare head with itself, so no config-driven change is claimed.
    const config = classifyConfigChange(baseConfig === null ? headConfig : baseConfig, headConfig, environment, configFile);
    const changes = classifyChanges(base, head, { files, config, ddlText: (a) => cache.ddlTexts.get(a) });
    return { range: commits, files, base, head, changes, config, warnings };
}

;// CONCATENATED MODULE: ./src/plan/names.ts

const MAX_BASE = 72;
const names_sha256 = (text) => (0,external_node_crypto_.createHash)('sha256').update(text).digest('hex');
/** Lower-case, `_` → `-`, only `[a-z0-9-]`, no doubled or edge dashes. */
function slug(part) {
    return part
        .toLowerCase()
        .replace(/_/g, '-')
        .replace(/[^a-z0-9-]/g, '')
        .replace(/-+/g, '-')
        .replace(/^-|-$/g, '');
}
/**
 * `<prefix>-<product>-<kind>-<table>` (DESIGN §7). Names longer than 72 characters keep
 * their start and end in a hash so two long names never collide.
 */
function statementBase(prefix, product, kind, table) {
    const name = [prefix, product, kind, table]
        .map((p) => slug(p ?? ''))
        .filter(Boolean)
        .join('-');
    if (name.length <= MAX_BASE)
        return name;
    return `${name.slice(0, MAX_BASE - 8).replace(/-$/, '')}-${names_sha256(name).slice(0, 7)}`;
}
function ddlStatementName(prefix, product, table) {
    return statementBase(prefix, product, 'ddl', table);
}
/** DML names end in the content hash so a replacement gets a new name and a re-run finds its own. */
function dmlStatementName(prefix, product, table, contentHash) {
    return `${statementBase(prefix, product, 'dml', table)}-${contentHash.slice(0, 7)}`;
}
function alterStatementName(prefix, product, table, sql) {
    return `${statementBase(prefix, product, 'alter', table)}-${names_sha256(sql).slice(0, 7)}`;
}
function dropStatementName(prefix, product, table) {
    return statementBase(prefix, product, 'drop', table);
}
/** `t` → `t_v2`, `t_v2` → `t_v3` (shift_left's versioning rule). */
function nextVersion(table) {
    const m = /^(.*)_v(\d+)$/.exec(table);
    return m ? `${m[1]}_v${Number(m[2]) + 1}` : `${table}_v2`;
}

;// CONCATENATED MODULE: ./src/plan/hash.ts

/**
 * Hash of what the plan would do and why. Commit SHAs and wording are left out: the PR plan
 * and the merge plan have different SHAs but must hash equal when they would do the same.
 */
function planHash(plan) {
    const canonical = {
        version: plan.version,
        strategy: plan.strategy,
        changes: plan.changes.map((c) => [c.table, c.kind]),
        steps: plan.steps.map((s) => [
            s.id,
            s.action,
            s.statement,
            s.after,
            s.sql ?? null,
            s.properties ? Object.entries(s.properties).sort() : null,
            s.destructive,
        ]),
        errors: plan.errors.map((e) => [e.code, e.table ?? null]),
    };
    return names_sha256(JSON.stringify(canonical));
}

;// CONCATENATED MODULE: ./src/plan/sql.ts
/** Text of one analysed statement, without its trailing semicolon. */
function statementText(text, s) {
    const lines = text.split('\n').slice(s.startLine - 1, s.endLine);
    return lines.join('\n').trim().replace(/;\s*$/, '').trim();
}
/** The statements of a file that Confluent runs (SET and USE lines become properties). */
function runnableStatements(file, kinds) {
    return file.analysis.statements.filter((s) => kinds.has(s.kind));
}
/** Properties a file's USE lines imply. */
function useProperties(file) {
    const out = {};
    for (const s of file?.analysis.statements ?? []) {
        if (s.use?.catalog)
            out['sql.current-catalog'] = s.use.catalog;
        if (s.use?.database)
            out['sql.current-database'] = s.use.database;
    }
    return out;
}
/** Replaces the table part of a (possibly qualified, possibly quoted) name, keeping qualifiers. */
function replaceLastPart(refText, newName) {
    if (refText.endsWith('`')) {
        let i = refText.length - 2;
        for (; i >= 0; i--) {
            if (refText[i] !== '`')
                continue;
            if (i > 0 && refText[i - 1] === '`') {
                i--;
                continue;
            }
            break;
        }
        return `${refText.slice(0, Math.max(i, 0))}\`${newName.replace(/`/g, '``')}\``;
    }
    const dot = refText.lastIndexOf('.');
    return refText.slice(0, dot + 1) + newName;
}
/**
 * Rewrites every sink and source reference whose table is renamed (blue-green), by the
 * analyzer's exact offsets, so strings, comments and column names are never touched.
 */
function renameTables(file, rename) {
    const refs = [];
    for (const s of file.analysis.statements)
        refs.push(...s.sinkRefs, ...s.sourceRefs);
    const edits = refs
        .map((r) => ({ r, to: rename(r.name) }))
        .filter((e) => e.to !== undefined)
        .sort((a, b) => b.r.offset - a.r.offset);
    let text = file.text;
    let last = Infinity;
    for (const { r, to } of edits) {
        if (r.offset + r.length > last)
            continue; // the same reference listed twice
        text =
            text.slice(0, r.offset) +
                replaceLastPart(text.slice(r.offset, r.offset + r.length), to) +
                text.slice(r.offset + r.length);
        last = r.offset;
    }
    return text;
}

;// CONCATENATED MODULE: ./src/plan/planner.ts






const LIVE = new Set(['RUNNING', 'PENDING', 'COMPLETED']);
const DDL_KINDS = new Set([
    'create-table',
    'ctas',
    'create-like',
    'create-view',
    'create-materialized-table',
]);
const DML_KINDS = new Set(['insert', 'statement-set']);
const BUILD_UP = new Set([
    'create-table',
    'create-statement',
    'resume-statement',
    'alter-table',
]);
const STRENGTH = {
    retire: 6,
    create: 5,
    rebuild: 4,
    redeploy: 3,
    'carry-over': 2,
    alter: 1,
    start: 0,
};
const list = (names) => names.map((n) => `\`${n}\``).join(', ');
function firstReason(t) {
    const r = t.reasons[0];
    return r ? ` (${r.construct}, line ${r.line})` : '';
}
/**
 * The plan (DESIGN §7): which tables act, how and why, and the ordered steps. Pure: every
 * input is data, so the PR plan and the merge plan are reproducible and comparable by hash.
 */
function buildPlan(input) {
    const { head, base, config, status } = input;
    const env = config.environments?.[input.environment ?? config.environment ?? ''] ?? {};
    const strategy = config.strategy ?? 'rebuild';
    const warnings = [];
    const errors = [];
    const drafts = new Map();
    const headTable = (n) => head.tables.get(n);
    const isStateful = (n) => !!(headTable(n)?.stateful || base?.tables.get(n)?.stateful);
    const statusOf = (n) => status.tables.get(n);
    const known = status.kind !== 'none';
    const propose = (d) => {
        const cur = drafts.get(d.table);
        if (!cur || STRENGTH[d.action] > STRENGTH[cur.action]) {
            drafts.set(d.table, {
                ...d,
                changes: [...new Set([...(cur?.changes ?? []), ...d.changes])],
                alter: d.alter || !!cur?.alter,
            });
        }
        else {
            cur.changes = [...new Set([...cur.changes, ...d.changes])];
            cur.alter ||= d.alter;
        }
    };
    // 1. Changed tables.
    const byTable = new Map();
    for (const c of input.changes)
        byTable.set(c.table, [...(byTable.get(c.table) ?? []), c]);
    for (const [table, changes] of [...byTable].sort(([a], [b]) => compareNames(a, b))) {
        const kinds = changes.map((c) => c.kind);
        const has = (k) => kinds.includes(k);
        const detail = (k) => changes.find((c) => c.kind === k)?.detail ?? '';
        if (has('removed')) {
            propose({
                table,
                action: 'retire',
                reason: 'removed from the repository: its statement is stopped and deleted',
                changes: kinds,
                alter: false,
            });
        }
        else if (has('added')) {
            propose({
                table,
                action: 'create',
                reason: 'new table: created with its statement',
                changes: kinds,
                alter: false,
            });
        }
        else if (has('ddl-schema')) {
            propose({
                table,
                action: 'rebuild',
                reason: `table schema changed (${detail('ddl-schema')}): the table is recreated and refilled`,
                changes: kinds,
                alter: false,
            });
        }
        else if (has('dml') || has('properties')) {
            // The classifier's detail already says what changed ("query changed; …").
            const why = has('dml')
                ? detail('dml') || 'query changed'
                : `statement properties changed (${detail('properties') || 'see the change list'})`;
            if (isStateful(table)) {
                propose({
                    table,
                    action: 'rebuild',
                    reason: `${why}; the statement is stateful${firstReason(headTable(table) ?? base.tables.get(table))}, so its state is rebuilt from the earliest offset`,
                    changes: kinds,
                    alter: has('ddl-options'),
                });
            }
            else {
                propose({
                    table,
                    action: 'carry-over',
                    reason: `${why}; the statement is stateless, so the new one continues from the old one's offsets`,
                    changes: kinds,
                    alter: has('ddl-options'),
                });
            }
        }
        else if (has('ddl-options')) {
            propose({
                table,
                action: 'alter',
                reason: `table options changed (${detail('ddl-options')}): ALTER TABLE … SET in place`,
                changes: kinds,
                alter: true,
            });
        }
        // renamed and format-only need no deploy; they stay listed in `changes`.
    }
    // 2. An explicit selection (manual dispatch, recovery).
    const sel = input.selection;
    if (sel && 'all' in sel) {
        for (const t of head.tables.values()) {
            if (t.external)
                continue;
            if (known && isLive(t, statusOf(t.name)))
                continue;
            propose({
                table: t.name,
                action: 'create',
                reason: known ? 'not deployed: created' : 'deploy of every table (existing statements are kept)',
                changes: [],
                alter: false,
            });
        }
    }
    else if (sel) {
        const picked = sel.descendants ? [...sel.tables, ...descendants(head.graph, sel.tables)] : sel.tables;
        for (const n of picked) {
            if (headTable(n)?.external)
                continue;
            const explicit = sel.tables.includes(n);
            propose({
                table: n,
                action: 'redeploy',
                reason: explicit
                    ? 'requested: statement redeployed'
                    : 'descendant of a requested table: statement redeployed',
                changes: [],
                alter: false,
            });
        }
    }
    // 3. A rebuilt table has a new topic: every reader downstream is rebuilt too.
    const order = topoOrder(head.graph);
    const rebuilds = (d) => !!d && (d.action === 'rebuild' || (d.action === 'redeploy' && isStateful(d.table)));
    for (const n of order) {
        const t = headTable(n);
        if (t.external)
            continue;
        const cur = drafts.get(n);
        if (cur && (cur.action === 'rebuild' || cur.action === 'create'))
            continue;
        const parent = head.graph.parents[head.graph.index.get(n)]
            .map((p) => head.graph.names[p])
            .find((p) => rebuilds(drafts.get(p)));
        if (!parent)
            continue;
        propose({
            table: n,
            action: 'rebuild',
            reason: `reads \`${parent}\`, which is rebuilt with a new topic, so it is rebuilt too`,
            changes: cur?.changes ?? [],
            alter: cur?.alter ?? false,
        });
    }
    // 4. Removed tables must have no readers left.
    for (const d of drafts.values()) {
        if (d.action !== 'retire')
            continue;
        const still = headTable(d.table);
        if (still?.external) {
            const readers = head.graph.children[head.graph.index.get(d.table)].map((c) => head.graph.names[c]);
            errors.push({
                code: 'removed-table-read',
                table: d.table,
                message: `\`${d.table}\` is removed by this change but ${list(readers)} still read it; remove those reads or keep the table`,
            });
        }
    }
    // 5. Ancestors that are not running are started first (externals are never touched).
    const acting = [...drafts.values()]
        .filter((d) => d.action !== 'retire')
        .map((d) => d.table)
        .filter((n) => head.tables.has(n));
    if (acting.length) {
        if (!known) {
            warnings.push({
                code: 'status-assumed',
                message: 'live status not checked (--status none): every ancestor of a changed table is assumed to be running',
            });
        }
        else {
            for (const a of ancestors(head.graph, acting)) {
                const t = headTable(a);
                if (t.external || drafts.has(a))
                    continue;
                const phase = statusOf(a)?.phase;
                if (isLive(t, statusOf(a)))
                    continue;
                propose({
                    table: a,
                    action: 'start',
                    reason: phase
                        ? `ancestor is ${phase}: started before the tables that read it`
                        : 'ancestor is not deployed: created before the tables that read it',
                    changes: [],
                    alter: false,
                });
            }
        }
    }
    // 6. Steps.
    const steps = new Map();
    const topoIndex = new Map(order.map((n, i) => [n, i]));
    const finalStep = new Map();
    const firstBuild = new Map();
    const stopStep = new Map();
    const destructiveAllowed = (t) => config.allowDestructive === true ||
        (Array.isArray(config.allowDestructive) && config.allowDestructive.includes(t));
    const blueGreen = new Map();
    if (strategy === 'blue-green') {
        for (const d of drafts.values()) {
            if (d.action === 'rebuild')
                blueGreen.set(d.table, nextVersion(statusOf(d.table)?.table ?? d.table));
        }
    }
    const renameFor = (name) => blueGreen.get(baseName(name)) ?? blueGreen.get(name);
    const add = (table, slug, action, statement, extra = {}) => {
        const id = `${table}:${slug}`;
        steps.set(id, { id, table, action, statement, after: [], wave: 0, destructive: false, ...extra });
        return id;
    };
    const chain = (ids) => {
        const real = ids.filter((x) => !!x);
        for (let i = 1; i < real.length; i++)
            steps.get(real[i]).after.push(real[i - 1]);
        return real;
    };
    const baseProps = (t, dml) => ({
        ...(env.properties ?? {}),
        ...(env.catalog ? { 'sql.current-catalog': env.catalog } : {}),
        ...(env.database ? { 'sql.current-database': env.database } : {}),
        ...useProperties(dml),
        ...t.properties,
    });
    /** What a table deploys as; `current` = as deployed before this plan (no blue-green renames). */
    const deployable = (t, current = false) => {
        const renamed = blueGreen.size > 0 && !current;
        const ddlText = t.ddl && (renamed ? renameTables(t.ddl, renameFor) : t.ddl.text);
        const dmlText = t.dml && (renamed ? renameTables(t.dml, renameFor) : t.dml.text);
        const ddlStmt = t.ddl && runnableStatements(t.ddl, DDL_KINDS)[0];
        const dmlStmts = t.dml ? runnableStatements(t.dml, DML_KINDS) : [];
        if (dmlStmts.length > 1 && !current) {
            warnings.push({
                code: 'several-dml-statements',
                table: t.name,
                message: `${t.dml.path} holds ${dmlStmts.length} statements; only the first is deployed. Wrap them in EXECUTE STATEMENT SET BEGIN … END`,
            });
        }
        const props = baseProps(t, t.dml);
        const dmlSql = dmlStmts[0] && statementText(dmlText, dmlStmts[0]);
        const fingerprint = dmlSql
            ? dmlText === t.dml.text
                ? t.dml.analysis.fingerprint
                : analyzeSql(dmlSql).fingerprint
            : '';
        const contentHash = names_sha256(fingerprint + JSON.stringify(Object.entries(props).sort()));
        return {
            ddlSql: ddlStmt && statementText(ddlText, ddlStmt),
            dmlSql,
            props,
            dmlName: dmlSql ? dmlStatementName(env.statementPrefix, t.product, t.name, contentHash) : undefined,
            ddlName: ddlStatementName(env.statementPrefix, t.product, t.name),
        };
    };
    /** The statement currently running for a table: what status reports, else what base SQL would be named. */
    const oldDmlName = (n) => {
        const reported = statusOf(n)?.statement;
        if (reported)
            return reported;
        const was = base?.tables.get(n) ?? headTable(n);
        if (!was?.dml || was.external)
            return undefined;
        return deployable(was, true).dmlName;
    };
    for (const d of [...drafts.values()].sort((a, b) => (topoIndex.get(a.table) ?? -1) - (topoIndex.get(b.table) ?? -1) || compareNames(a.table, b.table))) {
        const n = d.table;
        const t = headTable(n) ?? base?.tables.get(n);
        if (!t || t.external)
            continue;
        const st = statusOf(n);
        const deployed = known ? st?.phase !== undefined || st?.tableExists === true : true;
        const product = t.product;
        const build = [];
        if (d.action === 'retire') {
            const old = oldDmlName(n);
            const stop = old && deployed ? add(n, 'stop-dml', 'stop-statement', old) : undefined;
            const del = old && deployed ? add(n, 'delete-dml', 'delete-statement', old) : undefined;
            const drop = add(n, 'drop-table', 'drop-table', dropStatementName(env.statementPrefix, product, n), {
                sql: `DROP TABLE IF EXISTS \`${n}\``,
                destructive: true,
            });
            const ddlDel = add(n, 'delete-ddl', 'delete-statement', ddlStatementName(env.statementPrefix, product, n));
            chain([stop, del, drop, ddlDel]);
            if (stop)
                stopStep.set(n, stop);
            continue;
        }
        const dep = deployable(t);
        let alterId;
        if (d.alter || d.action === 'alter') {
            const sql = alterSql(base?.tables.get(n), t);
            if (sql) {
                alterId = add(n, 'alter-table', 'alter-table', alterStatementName(env.statementPrefix, product, n, sql), { sql });
            }
        }
        if (d.action === 'alter') {
            if (alterId)
                build.push(alterId);
        }
        else if (d.action === 'carry-over' && deployed && dep.dmlSql) {
            const old = oldDmlName(n);
            if (old && old !== dep.dmlName) {
                const stop = add(n, 'stop-dml', 'stop-statement', old);
                const create = add(n, 'create-dml', 'create-statement', dep.dmlName, {
                    sql: dep.dmlSql,
                    properties: { ...dep.props, 'sql.tables.initial-offset-from': old },
                });
                const del = add(n, 'delete-old-dml', 'delete-statement', old);
                chain([alterId, stop, create, del]);
                stopStep.set(n, stop);
                build.push(alterId ?? create);
                finalStep.set(n, create);
            }
        }
        else if (d.action === 'start' && st?.phase === 'STOPPED' && oldDmlName(n)) {
            const resume = add(n, 'resume-dml', 'resume-statement', oldDmlName(n));
            build.push(resume);
            finalStep.set(n, resume);
        }
        else {
            // rebuild, redeploy, create, start of a missing or broken statement; carry-over with nothing to carry.
            const recreateTable = d.action === 'rebuild' ||
                (d.action === 'redeploy' && isStateful(n)) ||
                ((d.action === 'create' || d.action === 'start' || d.action === 'carry-over') &&
                    !(known && st?.tableExists));
            const greenOnly = blueGreen.has(n);
            const old = deployed && t.dml ? oldDmlName(n) : undefined;
            const ids = [alterId];
            if (old && !greenOnly && d.action !== 'create') {
                const stop = add(n, 'stop-dml', 'stop-statement', old);
                stopStep.set(n, stop);
                ids.push(stop, add(n, 'delete-dml', 'delete-statement', old));
            }
            if (recreateTable && dep.ddlSql) {
                if (deployed && !greenOnly && (d.action === 'rebuild' || d.action === 'redeploy')) {
                    ids.push(add(n, 'drop-table', 'drop-table', dropStatementName(env.statementPrefix, product, n), {
                        sql: `DROP TABLE IF EXISTS \`${n}\``,
                        destructive: true,
                    }));
                }
                ids.push(add(n, 'delete-ddl', 'delete-statement', dep.ddlName));
                const createTable = add(n, 'create-table', 'create-table', dep.ddlName, {
                    sql: dep.ddlSql,
                    properties: dep.props,
                });
                ids.push(createTable);
                finalStep.set(n, createTable);
            }
            if (dep.dmlSql) {
                const create = add(n, 'create-dml', 'create-statement', dep.dmlName, {
                    sql: dep.dmlSql,
                    properties: dep.props,
                });
                ids.push(create);
                finalStep.set(n, create);
            }
            // Teardown (stop, delete, drop) waits for nothing upstream; only building does.
            const firstUp = chain(ids).find((id) => BUILD_UP.has(steps.get(id).action));
            if (firstUp)
                build.push(firstUp);
        }
        if (alterId && !finalStep.has(n))
            finalStep.set(n, alterId);
        if (build.length)
            firstBuild.set(n, build);
    }
    // Cross-table order: a table builds after its parents have built; a table is dropped only
    // after every statement reading it (at base or at head) has stopped.
    for (const [n, firsts] of firstBuild) {
        const id = head.graph.index.get(n);
        if (id === undefined)
            continue;
        for (const p of head.graph.parents[id]) {
            const parentFinal = finalStep.get(head.graph.names[p]);
            if (!parentFinal)
                continue;
            for (const f of firsts)
                steps.get(f).after.push(parentFinal);
        }
    }
    for (const step of steps.values()) {
        if (step.action !== 'drop-table')
            continue;
        const readers = new Set();
        for (const g of [head.graph, base?.graph]) {
            const id = g?.index.get(step.table);
            if (g && id !== undefined)
                for (const c of g.children[id])
                    readers.add(g.names[c]);
        }
        for (const r of readers) {
            const stop = stopStep.get(r);
            if (stop)
                step.after.push(stop);
        }
    }
    // Destructive steps are shown with a warning, and refused at deploy unless allowed.
    for (const step of steps.values()) {
        if (!step.destructive)
            continue;
        warnings.push({
            code: 'destructive',
            table: step.table,
            message: destructiveAllowed(step.table)
                ? `drops table \`${step.table}\` and its topic (allowed by allowDestructive)`
                : `drops table \`${step.table}\` and its topic; the deploy refuses this unless allow-destructive is set or \`${step.table}\` is listed in allowDestructive`,
        });
    }
    if (blueGreen.size) {
        warnings.push({
            code: 'blue-green',
            message: `blue-green: ${[...blueGreen].map(([a, b]) => `\`${a}\` → \`${b}\``).join(', ')}; the old pipeline keeps running until you retire it`,
        });
    }
    const ordered = orderSteps([...steps.values()], topoIndex);
    const nodes = [...drafts.values()]
        .filter((d) => !(headTable(d.table)?.external && d.action !== 'retire'))
        .sort((a, b) => (topoIndex.get(a.table) ?? -1) - (topoIndex.get(b.table) ?? -1) || compareNames(a.table, b.table))
        .map((d) => ({
        table: d.table,
        action: d.action,
        reason: d.reason,
        stateful: isStateful(d.table),
        strategy: blueGreen.has(d.table) ? 'blue-green' : 'rebuild',
        changes: d.changes,
        deployedAs: blueGreen.get(d.table) ?? d.table,
    }));
    const changes = [...input.changes].sort((a, b) => compareNames(a.table, b.table) || compareNames(a.kind, b.kind));
    const plan = {
        version: 1,
        base: input.range?.base ?? null,
        head: input.range?.head ?? null,
        status: status.kind,
        strategy,
        changes,
        nodes,
        steps: ordered,
        warnings,
        errors,
    };
    return { ...plan, hash: planHash(plan) };
}
/** A table with a statement is live when it runs; a DDL-only table when it exists. */
function isLive(t, st) {
    if (st?.phase && LIVE.has(st.phase))
        return true;
    return !t.dml && st?.tableExists === true;
}
/** ALTER TABLE … SET / RESET for the options that differ between base and head DDL. */
function alterSql(before, after) {
    const ddlOf = (t) => t?.ddl?.analysis.statements.find((s) => s.ddl)?.ddl;
    const a = ddlOf(before)?.options ?? {};
    const b = ddlOf(after)?.options ?? {};
    const set = Object.keys(b)
        .filter((k) => a[k] !== b[k])
        .sort();
    const reset = Object.keys(a)
        .filter((k) => !(k in b))
        .sort();
    const q = (s) => `'${s.replace(/'/g, "''")}'`;
    const parts = [];
    if (set.length)
        parts.push(`ALTER TABLE \`${after.name}\` SET (${set.map((k) => `${q(k)} = ${q(b[k])}`).join(', ')})`);
    if (reset.length)
        parts.push(`ALTER TABLE \`${after.name}\` RESET (${reset.map(q).join(', ')})`);
    return parts.length ? parts.join(';\n') : undefined;
}
/** Waves are longest-path levels of the step DAG; output order is wave, table order, then id. */
function orderSteps(steps, topoIndex) {
    const byId = new Map(steps.map((s) => [s.id, s]));
    for (const s of steps)
        s.after = [...new Set(s.after)].filter((a) => byId.has(a)).sort();
    const indegree = new Map(steps.map((s) => [s.id, s.after.length]));
    const dependents = new Map();
    for (const s of steps)
        for (const a of s.after)
            dependents.set(a, [...(dependents.get(a) ?? []), s.id]);
    const queue = steps.filter((s) => s.after.length === 0).map((s) => s.id);
    for (let i = 0; i < queue.length; i++) {
        const s = byId.get(queue[i]);
        for (const d of dependents.get(s.id) ?? []) {
            const next = byId.get(d);
            next.wave = Math.max(next.wave, s.wave + 1);
            indegree.set(d, indegree.get(d) - 1);
            if (indegree.get(d) === 0)
                queue.push(d);
        }
    }
    if (queue.length !== steps.length)
        throw new Error('plan steps form a cycle');
    const seq = new Map(steps.map((s, i) => [s.id, i]));
    return [...steps].sort((a, b) => a.wave - b.wave ||
        (topoIndex.get(a.table) ?? -1) - (topoIndex.get(b.table) ?? -1) ||
        compareNames(a.table, b.table) ||
        seq.get(a.id) - seq.get(b.id));
}

;// CONCATENATED MODULE: ./src/render/markdown.ts
/**
 * GitHub-flavoured Markdown helpers that no table name, reason or SQL fragment can break:
 * inline text cannot start markup, HTML, a mention or an issue reference; code spans cannot
 * break out of a table cell or their own backticks; hidden comments cannot be closed early.
 */
/** Bidi overrides and isolates, byte-order mark, zero-width space, lone surrogates. */
const INVISIBLE = /[\u061c\u200b\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u0084\u0086-\u009f]/g;
const LINE_BREAK = /\r\n|[\r\n\u0085\u2028\u2029]/g;
/**
 * Text a reader (or a terminal) can trust: line breaks become `newline`, control characters
 * (ANSI escapes included), bidi overrides and invisible characters become U+FFFD.
 */
function visible(text, newline = '⏎') {
    return text
        .replace(LINE_BREAK, newline)
        .replace(/\t/g, ' ')
        .replace(CONTROL, '\ufffd')
        .replace(INVISIBLE, '\ufffd');
}
/** At most `max` UTF-16 units, ending in `…` when cut, never splitting a surrogate pair. */
function clip(text, max) {
    if (text.length <= max)
        return text;
    let end = Math.max(0, max - 1);
    const last = text.charCodeAt(end - 1);
    if (last >= 0xd800 && last <= 0xdbff)
        end--;
    return text.slice(0, end) + '…';
}
/** Characters that start inline markup anywhere (emphasis, code, links, strikethrough, math, cells, HTML). */
const INLINE = /[\\`*_[\]|~$<>&]/g;
function escapeInline(text) {
    return text
        .replace(INLINE, (c) => (c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '&' ? '&amp;' : `\\${c}`))
        .replace(/^[#+=-]/, '\\$&') // a heading, list item, setext underline or rule if it began a line
        .replace(/^(\d+)([.)])/, '$1\\$2'); // an ordered list item
}
/**
 * Markdown-safe inline text (also safe inside a table cell): one line, characters that could
 * start markup escaped, `<>&` as entities (so no HTML and no `<!--`/`-->`), and `@user` /
 * `#123` broken with a zero-width space so they neither notify nor cross-reference.
 */
function markdownText(text) {
    return escapeInline(visible(text, ' '))
        .replace(/#(?=\d)/g, '#&#8203;')
        .replace(/@(?=[A-Za-z0-9])/g, '@&#8203;');
}
/** Characters that are literal in a backtick code span and harmless in a table cell. */
const PLAIN_CODE = /^[^\s`|<>&\\]+(?: [^\s`|<>&\\]+)*$/;
/**
 * A code span for a name, path or SQL fragment (table-cell safe). Plain text uses backticks;
 * anything with backticks, pipes, HTML characters or odd spacing becomes `<code>` with escaped
 * content, so nothing inside can close the span, split a cell, or open HTML. Mentions and
 * issue references are not processed inside code, by GitHub's rules.
 */
function codeSpan(text, max = 200) {
    const t = clip(visible(text), max);
    if (t === '')
        return '`""`';
    return PLAIN_CODE.test(t) ? `\`${t}\`` : `<code>${escapeInline(t)}</code>`;
}
/**
 * Free text that quotes names in backticks (plan reasons, warnings): the quoted parts become
 * safe code spans, the rest safe inline text. Unbalanced backticks are shown literally.
 */
function richText(text, max = 300) {
    const t = clip(visible(text, ' '), max);
    let out = '';
    let last = 0;
    for (const m of t.matchAll(/`([^`]+)`/g)) {
        out += markdownText(t.slice(last, m.index)) + codeSpan(m[1]);
        last = m.index + m[0].length;
    }
    return out + markdownText(t.slice(last));
}
/** Escapes text for an HTML context (element content or attribute). */
function htmlText(text) {
    return visible(text, ' ').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
/**
 * A hidden HTML comment carrying JSON. `<`, `>` and `&` are written as JSON `\u` escapes and
 * no `--` can appear, so the comment cannot be closed early; `JSON.parse` recovers the values.
 */
function hiddenJsonComment(label, data) {
    const json = JSON.stringify(data)
        .replace(/[<>&]/g, (c) => `\\u00${c.charCodeAt(0).toString(16)}`)
        .replace(/-(?=-)/g, '\\u002d');
    return `<!-- ${label} ${json} -->`;
}
/** Reads back the JSON of a comment written by hiddenJsonComment, or null. */
function markdown_readHiddenJsonComment(body, label) {
    const start = body.indexOf(`<!-- ${label} `);
    if (start < 0)
        return null;
    const from = start + label.length + 6;
    const end = body.indexOf(' -->', from);
    if (end < 0)
        return null;
    try {
        return JSON.parse(body.slice(from, end));
    }
    catch {
        return null;
    }
}
/** `1,234`: grouping without depending on the runtime's locale data. */
function count(n) {
    return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
/** `1 table`, `3 tables` (irregular plurals passed in). */
function plural(n, one, many = `${one}s`) {
    return `${count(n)} ${n === 1 ? one : many}`;
}
/** One table row from already-escaped cells. */
function row(cells) {
    return `| ${cells.join(' | ')} |`;
}
/** Header and delimiter rows. */
function tableHead(headers) {
    return [row(headers), `|${headers.map(() => '---').join('|')}|`];
}

;// CONCATENATED MODULE: ./src/render/mermaid.ts

const SAFE = /^[A-Za-z0-9 _.,:()/-]$/;
/** Label text: line breaks and invisible or control characters made visible, then entity-encoded. */
function mermaidText(text) {
    let out = '';
    for (const ch of visible(text))
        out += SAFE.test(ch) ? ch : `#${ch.codePointAt(0)};`;
    return out;
}
const CLASS_DEFS = {
    focus: 'fill:#fde68a,stroke:#b45309,stroke-width:2px,color:#111',
    changed: 'fill:#fecaca,stroke:#b91c1c,stroke-width:2px,color:#111',
    impacted: 'fill:#fed7aa,stroke:#c2410c,color:#111',
    context: 'fill:#f3f4f6,stroke:#9ca3af,color:#374151',
    external: 'fill:#e0f2fe,stroke:#0369a1,stroke-dasharray:4 3,color:#111',
};
/** `nodes` in display order; `edges` as [parent, child] names, both present in `nodes`. */
function renderMermaid(nodes, edges, direction = 'LR') {
    const ids = new Map();
    const lines = [`flowchart ${direction}`];
    nodes.forEach((n, i) => {
        const id = `n${i}`;
        ids.set(n.key ?? n.name, id);
        const label = mermaidText(n.name) + (n.note ? `<br/><small>${mermaidText(n.note)}</small>` : '');
        const shape = n.group ? ['[[', ']]'] : n.style === 'external' ? ['[(', ')]'] : ['[', ']'];
        lines.push(`  ${id}${shape[0]}"${label}"${shape[1]}`);
    });
    for (const [p, c] of edges) {
        const from = ids.get(p);
        const to = ids.get(c);
        if (from && to)
            lines.push(`  ${from} --> ${to}`);
    }
    const used = new Set(nodes.map((n) => n.style));
    for (const style of Object.keys(CLASS_DEFS)) {
        if (!used.has(style))
            continue;
        lines.push(`  classDef ${style} ${CLASS_DEFS[style]}`);
        const members = nodes.flatMap((n, i) => (n.style === style ? [`n${i}`] : []));
        lines.push(`  class ${members.join(',')} ${style}`);
    }
    return lines.join('\n');
}
/** Kept here for existing importers; the Markdown helpers live in markdown.ts. */


;// CONCATENATED MODULE: ./src/render/plan-graph.ts


/** Mermaid's defaults (`maxTextSize`, `maxEdges`), which a diagram cannot raise on GitHub. */
const MERMAID_HARD_LIMITS = { chars: 50_000, edges: 500 };
/** Margins under the hard limits: GitHub's Mermaid version is not ours to choose. */
const DEFAULT_DIAGRAM_LIMITS = { maxChars: 40_000, maxEdges: 300, maxNodes: 300 };
const LAST_DIAGRAM_LEVEL = 4;
const STYLE_LEGEND = [
    ['changed', '🟥 changed'],
    ['impacted', '🟧 impacted'],
    ['context', '⬜ unchanged neighbour'],
    ['external', '🟦 external'],
];
const FALLBACK_ROWS = 30;
/** Draws the impacted sub-DAG of a plan at any level of detail; levels are computed on demand. */
class PlanDiagram {
    view;
    project;
    limits;
    planIds = [];
    contextIds = [];
    nodeOf = new Map();
    destructive;
    cache = new Map();
    planEdgeCount;
    constructor(view, project, limits) {
        this.view = view;
        this.project = project;
        this.limits = limits;
        const g = project.graph;
        for (const n of view.nodes)
            this.nodeOf.set(n.table, n);
        this.destructive = new Set(view.destructiveTables);
        const inPlan = new Uint8Array(g.names.length);
        for (const n of view.nodes) {
            const id = g.index.get(n.table);
            if (id !== undefined && !inPlan[id]) {
                inPlan[id] = 1;
                this.planIds.push(id);
            }
        }
        const inContext = new Uint8Array(g.names.length);
        let planEdges = 0;
        for (const id of this.planIds) {
            for (const p of g.parents[id]) {
                if (inPlan[p])
                    planEdges++;
                else
                    inContext[p] = 1;
            }
            for (const c of g.children[id])
                if (!inPlan[c])
                    inContext[c] = 1;
        }
        for (let i = 0; i < inContext.length; i++)
            if (inContext[i])
                this.contextIds.push(i);
        this.planEdgeCount = planEdges;
        const byLevel = (a, b) => view.level(g.names[a]) - view.level(g.names[b]) || a - b;
        this.planIds.sort(byLevel);
        this.contextIds.sort(byLevel);
    }
    /**
     * The levels worth trying, most detailed first: the drawn ones within the diagram limits
     * (skipping levels that would draw the same as the one before), then the table and nothing.
     */
    candidates() {
        const distinct = [];
        if (this.contextIds.length)
            distinct.push(0);
        distinct.push(1);
        if (this.groups().collapsed)
            distinct.push(2);
        return [...distinct.filter((level) => this.section(level).fits), 3, 4];
    }
    section(level) {
        let s = this.cache.get(level);
        if (!s) {
            s = level === 3 ? this.fallbackTable() : level === 4 ? this.omitted() : this.drawn(level);
            this.cache.set(level, s);
        }
        return s;
    }
    /** Tables in the plan that are not in the head graph (removed ones) are drawn without edges. */
    loosePlanNodes() {
        return this.view.nodes.filter((n) => !this.project.graph.index.has(n.table)).map((n) => n.table);
    }
    planNode(table) {
        const n = this.nodeOf.get(table);
        const note = n.action +
            (this.destructive.has(table) ? ' ⚠' : '') +
            (n.deployedAs && n.deployedAs !== table ? ` → ${n.deployedAs}` : '');
        return { name: table, style: n.changes.length ? 'changed' : 'impacted', note };
    }
    groupCache;
    groups() {
        return (this.groupCache ??= this.computeGroups());
    }
    computeGroups() {
        const g = this.project.graph;
        const key = (id) => {
            const t = this.project.tables.get(g.names[id]);
            return `${this.view.level(g.names[id])}\u0000${t?.product ?? ''}`;
        };
        const members = new Map();
        for (const id of this.planIds) {
            if (this.nodeOf.get(g.names[id]).changes.length)
                continue;
            const k = key(id);
            const list = members.get(k);
            if (list)
                list.push(id);
            else
                members.set(k, [id]);
        }
        let collapsed = 0;
        let groupCount = 0;
        for (const ids of members.values()) {
            if (ids.length > 1) {
                collapsed += ids.length;
                groupCount++;
            }
        }
        return { key, members, collapsed, groupCount };
    }
    drawn(level) {
        const g = this.project.graph;
        if (level < 2) {
            // Without collapsing, the counts are known up front: skip building what cannot fit.
            const nodes = this.planIds.length + this.loosePlanNodes().length + (level === 0 ? this.contextIds.length : 0);
            if (nodes > this.limits.maxNodes || this.planEdgeCount > this.limits.maxEdges) {
                return {
                    level,
                    lines: [],
                    cut: null,
                    mermaidChars: Infinity,
                    edges: this.planEdgeCount,
                    nodes,
                    fits: false,
                };
            }
        }
        const ids = level === 0 ? [...this.planIds, ...this.contextIds] : [...this.planIds];
        if (level === 0) {
            ids.sort((a, b) => this.view.level(g.names[a]) - this.view.level(g.names[b]) || a - b);
        }
        // unit[id] = the key edges use: the table name, or its summary node's key
        const unit = new Map();
        const nodes = this.loosePlanNodes().map((t) => this.planNode(t));
        const taken = new Set(nodes.map((n) => n.name));
        const groups = level === 2 ? this.groups() : undefined;
        const groupKey = new Map();
        for (const id of ids) {
            const name = g.names[id];
            const members = groups?.members.get(groups.key(id));
            if (groups && this.nodeOf.has(name) && !this.nodeOf.get(name).changes.length && members.length > 1) {
                const k = groups.key(id);
                let gk = groupKey.get(k);
                if (!gk) {
                    gk = `\u0000group ${groupKey.size}`;
                    while (taken.has(gk) || this.project.tables.has(gk))
                        gk += '\u0000';
                    groupKey.set(k, gk);
                    nodes.push(this.groupNode(gk, members));
                }
                unit.set(id, gk);
                continue;
            }
            unit.set(id, name);
            taken.add(name);
            if (this.nodeOf.has(name))
                nodes.push(this.planNode(name));
            else {
                const external = this.project.tables.get(name)?.external ?? false;
                nodes.push({
                    name,
                    style: external ? 'external' : 'context',
                    note: external ? 'external' : 'unchanged',
                });
            }
        }
        const edges = [];
        const seen = new Set();
        for (const id of ids) {
            const to = unit.get(id);
            for (const p of g.parents[id]) {
                const from = unit.get(p);
                if (from === undefined || from === to)
                    continue;
                const k = `${from}\u0001${to}`;
                if (seen.has(k))
                    continue;
                seen.add(k);
                edges.push([from, to]);
            }
        }
        // Counting is cheap; rendering thousands of nodes only to find them over the limit is not.
        const counted = nodes.length <= this.limits.maxNodes && edges.length <= this.limits.maxEdges;
        const mermaid = counted ? renderMermaid(nodes, edges) : '';
        const fits = counted && mermaid.length <= this.limits.maxChars;
        const styles = new Map();
        for (const n of nodes)
            if (!n.group)
                styles.set(n.style, (styles.get(n.style) ?? 0) + 1);
        if (groups?.collapsed)
            styles.set('impacted', (styles.get('impacted') ?? 0) + groups.collapsed);
        const legend = STYLE_LEGEND.filter(([s]) => styles.has(s))
            .map(([s, label]) => `${label} (${count(styles.get(s))})`)
            .join(' · ');
        const lines = ['#### Impacted sub-DAG', '', legend, ''];
        let cut = null;
        if (level >= 1 && this.contextIds.length) {
            cut = 'unchanged neighbours not drawn';
        }
        if (level === 1 && this.contextIds.length) {
            lines.push(`> ✂️ To fit GitHub's limits, ${plural(this.contextIds.length, 'unchanged neighbour table')} (parents and children of the plan) ${this.contextIds.length === 1 ? 'is' : 'are'} not drawn.`, '');
        }
        if (level === 2) {
            const parts = [];
            if (this.contextIds.length)
                parts.push(`${plural(this.contextIds.length, 'unchanged neighbour table')} not drawn`);
            parts.push(`${plural(groups.collapsed, 'impacted table')} collapsed into ${plural(groups.groupCount, 'summary node')} per product and level`);
            lines.push(`> ✂️ To fit GitHub's limits: ${parts.join('; ')}.`, '');
            cut = `${this.contextIds.length ? 'unchanged neighbours not drawn, ' : ''}impacted tables collapsed in the diagram`;
        }
        lines.push('```mermaid', mermaid, '```');
        return {
            level,
            lines,
            cut,
            mermaidChars: counted ? mermaid.length : Infinity,
            edges: edges.length,
            nodes: nodes.length,
            fits,
        };
    }
    groupNode(key, ids) {
        const g = this.project.graph;
        const first = g.names[ids[0]];
        const product = this.project.tables.get(first)?.product || '(no product)';
        const actions = new Map();
        for (const id of ids) {
            const a = this.nodeOf.get(g.names[id]).action;
            actions.set(a, (actions.get(a) ?? 0) + 1);
        }
        const summary = [...actions].map(([a, n]) => `${n} ${a}`).join(', ');
        return {
            name: `+${ids.length} impacted in ${product}`,
            key,
            style: 'impacted',
            group: true,
            note: `level ${this.view.level(first)}: ${summary}`,
        };
    }
    fallbackTable() {
        const rows = new Map();
        for (const n of this.view.nodes) {
            const level = this.view.level(n.table);
            const product = this.project.tables.get(n.table)?.product ?? '';
            const k = `${level}\u0000${product}`;
            let r = rows.get(k);
            if (!r)
                rows.set(k, (r = { level, product, changed: [], impacted: [] }));
            (n.changes.length ? r.changed : r.impacted).push(n.table);
        }
        const sorted = [...rows.values()].sort((a, b) => a.level - b.level || (a.product < b.product ? -1 : a.product > b.product ? 1 : 0));
        const names = (list) => list.length
            ? list
                .slice(0, 3)
                .map((t) => codeSpan(t, 80))
                .join(', ') + (list.length > 3 ? ` +${count(list.length - 3)} more` : '')
            : '—';
        const lines = [
            '#### Impacted sub-DAG',
            '',
            `> ✂️ The impacted sub-DAG (${plural(this.view.nodes.length, 'table')}, ${plural(this.planEdgeCount, 'edge')}) is too large for a diagram within GitHub's limits; its tables per level and product:`,
            '',
            ...tableHead(['level', 'product', 'changed', 'impacted', 'tables']),
            ...sorted
                .slice(0, FALLBACK_ROWS)
                .map((r) => row([
                r.level < 0 ? '—' : String(r.level),
                r.product ? codeSpan(r.product, 60) : '—',
                count(r.changed.length),
                count(r.impacted.length),
                names([...r.changed, ...r.impacted]),
            ])),
        ];
        if (sorted.length > FALLBACK_ROWS) {
            lines.push('', `_… ${plural(sorted.length - FALLBACK_ROWS, 'more group')} in the plan JSON / job summary_`);
        }
        return {
            level: 3,
            lines,
            cut: 'graph shown as a table',
            mermaidChars: 0,
            edges: 0,
            nodes: 0,
            fits: true,
        };
    }
    omitted() {
        return {
            level: 4,
            lines: [
                '#### Impacted sub-DAG',
                '',
                `> ✂️ Omitted to fit GitHub's comment size limit: ${plural(this.view.nodes.length, 'table')}, ${plural(this.planEdgeCount, 'edge')}.`,
            ],
            cut: 'graph omitted',
            mermaidChars: 0,
            edges: 0,
            nodes: 0,
            fits: true,
        };
    }
}
/** Clamps caller limits to Mermaid's hard ones. */
function diagramLimits(partial = {}) {
    return {
        maxChars: Math.min(partial.maxChars ?? DEFAULT_DIAGRAM_LIMITS.maxChars, MERMAID_HARD_LIMITS.chars),
        maxEdges: Math.min(partial.maxEdges ?? DEFAULT_DIAGRAM_LIMITS.maxEdges, MERMAID_HARD_LIMITS.edges),
        maxNodes: partial.maxNodes ?? DEFAULT_DIAGRAM_LIMITS.maxNodes,
    };
}

;// CONCATENATED MODULE: ./src/render/plan-view.ts

/** Change kinds that need nothing deployed. */
const NO_DEPLOY = new Set(['format-only', 'renamed']);
function planView(plan, project) {
    let levels;
    try {
        levels = topoLevels(project.graph);
    }
    catch {
        levels = new Map(); // a cycle: the project reports it; render in plan order
    }
    const level = (t) => levels.get(t) ?? -1;
    // Decorate-sort-undecorate: stable, and no map lookups inside the comparator.
    const nodes = plan.nodes
        .map((n, i) => ({ n, level: level(n.table), i }))
        .sort((a, b) => a.level - b.level || a.i - b.i)
        .map((x) => x.n);
    const steps = plan.steps
        .map((s, i) => ({ s, i }))
        .sort((a, b) => a.s.wave - b.s.wave || a.i - b.i)
        .map((x) => x.s);
    const stepNumber = new Map();
    steps.forEach((s, i) => {
        if (!stepNumber.has(s.id))
            stepNumber.set(s.id, i + 1);
    });
    const destructiveSet = new Set(plan.steps.filter((s) => s.destructive).map((s) => s.table));
    const ordered = [...nodes.map((n) => n.table), ...plan.steps.map((s) => s.table)];
    const destructiveTables = [...new Set(ordered.filter((t) => destructiveSet.has(t)))];
    const changedTables = new Set(plan.changes.filter((c) => !NO_DEPLOY.has(c.kind)).map((c) => c.table));
    const noDeploy = plan.changes.filter((c) => NO_DEPLOY.has(c.kind) && !changedTables.has(c.table));
    return {
        plan,
        nodes,
        steps,
        stepNumber,
        level,
        destructiveTables,
        destructive: destructiveSet,
        counts: {
            changed: changedTables.size,
            noDeploy: new Set(noDeploy.map((c) => c.table)).size,
            nodes: plan.nodes.length,
            steps: plan.steps.length,
            destructive: plan.steps.filter((s) => s.destructive).length,
            waves: plan.steps.reduce((m, s) => Math.max(m, s.wave + 1), 0),
        },
    };
}
/** `abc1234` for a commit SHA, the ref itself otherwise. */
function shortRef(ref) {
    return /^[0-9a-f]{8,64}$/i.test(ref) ? ref.slice(0, 7) : ref;
}
function statusText(kind) {
    return kind === 'none'
        ? 'none (ancestors assumed running)'
        : kind === 'file'
            ? 'from a status file'
            : 'from Confluent Cloud';
}
/** Whether a plan has anything to deploy. */
function hasWork(plan) {
    return plan.nodes.length > 0 || plan.steps.length > 0;
}
/** The carry-over source of a create-statement step, when it continues from old offsets. */
function offsetsFrom(step) {
    return step.properties?.['sql.tables.initial-offset-from'];
}

;// CONCATENATED MODULE: ./src/render/text.ts


/** Columns are padded to the widest cell, up to this; longer cells just push the line. */
const MAX_COLUMN = 40;
/** Aligned columns; every cell is made terminal-safe (no control characters or escapes). */
function columns(rows, indent = '  ') {
    const safe = rows.map((r) => r.map((c) => visible(c)));
    const widths = [];
    for (const r of safe)
        r.forEach((c, i) => (widths[i] = Math.min(MAX_COLUMN, Math.max(widths[i] ?? 0, c.length))));
    return safe.map((r) => (indent + r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]))).join('  ')).trimEnd());
}
function problems(list) {
    return list.map((w) => `  ${visible(w.code)}${w.table !== undefined ? ` ${visible(w.table)}` : ''}: ${visible(w.message, ' ')}`);
}
/** The plan for a terminal: the same content as the PR comment, complete and unstyled. */
function renderPlanText(plan, project) {
    const view = planView(plan, project);
    const { counts } = view;
    const out = [];
    const head = hasWork(plan)
        ? [
            ...(counts.changed || counts.noDeploy ? [`${plural(counts.changed, 'table')} changed`] : []),
            `${plural(counts.nodes, 'statement')} impacted`,
            plural(counts.steps, 'step'),
        ].join(', ') + (counts.destructive ? ` (${count(counts.destructive)} destructive)` : '')
        : 'No deployable changes';
    out.push(`Flink pipeline plan: ${head}`);
    const context = [
        ...(counts.noDeploy ? [`${plural(counts.noDeploy, 'table')} only reformatted or moved (no deploy)`] : []),
        ...(plan.base !== null || plan.head !== null
            ? [
                [
                    ...(plan.base !== null ? [`base ${visible(shortRef(plan.base))}`] : []),
                    ...(plan.head !== null ? [`head ${visible(shortRef(plan.head))}`] : []),
                ].join(' -> '),
            ]
            : []),
        `live status: ${statusText(plan.status)}`,
        ...(plan.strategy === 'blue-green' ? ['strategy: blue-green'] : []),
    ];
    out.push(context.join(' | '), '');
    if (plan.errors.length) {
        out.push(`ERRORS (${count(plan.errors.length)}): this plan cannot be deployed`, ...problems(plan.errors), '');
    }
    if (plan.changes.length) {
        out.push(`Changes (${count(plan.changes.length)}):`);
        out.push(...columns(plan.changes.map((c) => [
            c.table,
            c.kind + (NO_DEPLOY.has(c.kind) ? ' (no deploy)' : ''),
            c.detail ? visible(c.detail, ' ') : '-',
            c.files.join(', '),
        ])), '');
    }
    if (hasWork(plan)) {
        out.push(`Plan (${plural(counts.nodes, 'statement')}, in dependency order):`);
        out.push(...columns(view.nodes.map((n, i) => [
            String(i + 1),
            n.table + (n.deployedAs && n.deployedAs !== n.table ? ` -> ${n.deployedAs}` : ''),
            n.action + (view.destructive.has(n.table) ? ' (destructive)' : ''),
            visible(n.reason, ' '),
        ])), '');
        if (view.steps.length) {
            out.push(`Steps (${plural(counts.steps, 'step')} in ${plural(counts.waves, 'wave')}):`);
            out.push(...columns([
                ['#', 'wave', 'step', 'statement', 'after', ''],
                ...view.steps.map((s, i) => {
                    const from = offsetsFrom(s);
                    return [
                        String(i + 1),
                        String(s.wave),
                        `${s.action} ${s.table}${from !== undefined ? ` (from the offsets of ${from})` : ''}`,
                        s.statement,
                        s.after
                            .map((id) => view.stepNumber.get(id) ?? id)
                            .sort((a, b) => typeof a === 'number' && typeof b === 'number' ? a - b : typeof a === 'number' ? -1 : 1)
                            .join(',') || '-',
                        s.destructive ? 'DESTRUCTIVE' : '',
                    ];
                }),
            ]), '');
        }
    }
    else {
        out.push(counts.noDeploy
            ? 'Nothing to deploy: the changes only reformat or move SQL files.'
            : 'Nothing to deploy: no table changes.', '');
    }
    if (plan.warnings.length)
        out.push(`Warnings (${count(plan.warnings.length)}):`, ...problems(plan.warnings), '');
    out.push(`plan hash ${visible(plan.hash)}`, '');
    return out.join('\n');
}

;// CONCATENATED MODULE: ./src/render/comment.ts




/** First line of the sticky comment: the action finds its comment by it. */
const PLAN_MARKER = '<!-- flink-pipeline:plan -->';
const META_LABEL = 'flink-pipeline:meta';
/** GitHub rejects comment bodies longer than this (UTF-16 code units, as `.length` counts). */
const GITHUB_COMMENT_LIMIT = 65_536;
const DEFAULT_MAX_CHARS = 65_000;
/** Reads the hidden metadata back from a comment body (null when absent or unreadable). */
function readPlanMeta(body) {
    const meta = readHiddenJsonComment(body, META_LABEL);
    return meta && typeof meta === 'object' && meta.version === 1 ? meta : null;
}
const MORE_WHERE = 'in the plan JSON / job summary';
/** Lists longer than this fold into `<details>`. */
const DETAILS_AFTER = 25;
const MAX_ERRORS = 20;
const MAX_DESTRUCTIVE_NAMES = 10;
const LISTS = ['changes', 'nodes', 'steps', 'warnings'];
/** Rows every list keeps before any is filled further, and the fewest it keeps under pressure. */
const MIN_ROWS = { changes: 10, nodes: 10, steps: 20, warnings: 5 };
const FLOOR_ROWS = { changes: 0, nodes: 0, steps: 10, warnings: 0 };
/** Shares of the budget: what the author changed first, then the plan, then its steps. */
const WEIGHT = { changes: 2, nodes: 1.5, steps: 1.5, warnings: 0.5 };
/** Most of the budget a diagram may keep once the lists have to be cut. */
const DIAGRAM_SHARE = 0.35;
/** Warnings of one code listed one by one before the rest are summarised on one line. */
const WARNINGS_PER_CODE = 5;
const NOUN = {
    changes: 'change',
    nodes: 'statement',
    steps: 'step',
    warnings: 'warning',
};
function rowsOf(lines, items = lines.map(() => 1)) {
    const r = { lines, items: [0], chars: [0] };
    lines.forEach((l, i) => {
        r.items.push(r.items[i] + items[i]);
        r.chars.push(r.chars[i] + l.length + 1);
    });
    return r;
}
/**
 * The sticky PR comment for a plan (DESIGN §10): marker and hidden metadata, summary, errors,
 * changes, ordered plan and steps, warnings, and the impacted sub-DAG as Mermaid. Pure. The body
 * never exceeds `maxChars`: the diagram is reduced first (neighbours dropped, impacted tables
 * collapsed, a table instead), then the lists are cut, always with a visible note; the summary,
 * the errors and the first steps always remain.
 */
function renderPlanMarkdown(plan, project, opts = {}) {
    const maxChars = opts.maxChars ?? DEFAULT_MAX_CHARS;
    const view = planView(plan, project);
    const warnings = warningRows(plan.warnings);
    const rows = {
        changes: rowsOf(plan.changes.map(changeRow)),
        nodes: rowsOf(view.nodes.map((n, i) => nodeRow(view, n, i))),
        steps: rowsOf(view.steps.map((s, i) => stepRow(view, s, i))),
        warnings: rowsOf(warnings.map((w) => w.line), warnings.map((w) => w.warnings.length)),
    };
    const diagram = hasWork(plan) ? new PlanDiagram(view, project, diagramLimits(opts.diagram)) : undefined;
    const render = (layout) => assemble(view, opts, rows, warnings, diagram, layout);
    const all = Object.fromEntries(LISTS.map((k) => [k, rows[k].lines.length]));
    const size = (k, n) => rows[k].chars[n];
    // 1. Everything, with the diagram reduced step by step down to the table.
    const levels = diagram ? diagram.candidates().filter((l) => l <= 3) : [null];
    const listsAlone = LISTS.reduce((sum, k) => sum + size(k, all[k]), 0);
    if (listsAlone < maxChars) {
        for (const level of levels) {
            const body = render({ diagram: level, keep: all });
            if (body.length <= maxChars)
                return body;
        }
    }
    // 2. The lists share what is left, each keeping its first rows. The diagram stays in its most
    // reduced drawn form when that is small; replacing it by the table would save little.
    const drawn = levels.filter((l) => l !== null && l <= 2);
    const compact = drawn[drawn.length - 1];
    let level = diagram ? 3 : null;
    if (compact !== undefined &&
        diagram.section(compact).lines.join('\n').length <= maxChars * DIAGRAM_SHARE) {
        level = compact;
    }
    const floor = (k, table) => Math.min(table[k], all[k]);
    const mins = Object.fromEntries(LISTS.map((k) => [k, floor(k, MIN_ROWS)]));
    const overhead = render({ diagram: level, keep: mins }).length - LISTS.reduce((sum, k) => sum + size(k, mins[k]), 0);
    // The margin covers notes whose digits change with the final counts.
    const keep = allocate(rows, mins, maxChars - overhead - 200);
    let body = render({ diagram: level, keep });
    // 3. Still over (very long rows): shrink the largest list, then drop the diagram.
    while (body.length > maxChars) {
        const shrinkable = LISTS.filter((k) => keep[k] > floor(k, FLOOR_ROWS));
        if (!shrinkable.length) {
            if (level === null || level === 4)
                return hardCut(body, maxChars);
            level = 4;
        }
        else {
            const k = shrinkable.reduce((a, b) => (size(b, keep[b]) > size(a, keep[a]) ? b : a));
            keep[k] = Math.max(floor(k, FLOOR_ROWS), keep[k] - Math.max(1, Math.ceil(keep[k] / 10)));
        }
        body = render({ diagram: level, keep });
    }
    return body;
}
/**
 * Weighted water-filling: each open list gets its weighted share of what is left, lists that
 * need less give the rest back, and a last pass fills any remainder in list order.
 */
function allocate(rows, mins, budget) {
    const keep = { ...mins };
    const total = (k) => rows[k].lines.length;
    let remaining = budget - LISTS.reduce((sum, k) => sum + rows[k].chars[keep[k]], 0);
    const take = (k, allowance) => {
        const start = rows[k].chars[keep[k]];
        while (keep[k] < total(k) && rows[k].chars[keep[k] + 1] - start <= allowance)
            keep[k]++;
        const spent = rows[k].chars[keep[k]] - start;
        remaining -= spent;
        return spent;
    };
    let open = LISTS.filter((k) => keep[k] < total(k));
    while (open.length && remaining > 0) {
        const weights = open.reduce((sum, k) => sum + WEIGHT[k], 0);
        const shares = open.map((k) => Math.floor((remaining * WEIGHT[k]) / weights));
        let progress = 0;
        open.forEach((k, i) => (progress += take(k, shares[i])));
        open = open.filter((k) => keep[k] < total(k));
        if (!progress)
            break;
    }
    for (const k of LISTS)
        if (remaining > 0)
            take(k, remaining);
    return keep;
}
/** Warning lines: the first few of each code one by one, the rest of that code on one line. */
function warningRows(list) {
    const seen = new Map();
    const rest = new Map();
    const out = [];
    for (const w of list) {
        const n = seen.get(w.code) ?? 0;
        seen.set(w.code, n + 1);
        if (n < WARNINGS_PER_CODE)
            out.push({ line: `- ${problem(w, 400)}`, warnings: [w] });
        else {
            const list = rest.get(w.code);
            if (list)
                list.push(w);
            else
                rest.set(w.code, [w]);
        }
    }
    for (const [code, ws] of rest) {
        const tables = ws.filter((w) => w.table !== undefined).map((w) => w.table);
        const shown = tables.slice(0, 5).map((t) => codeSpan(t, 100));
        const on = tables.length
            ? `: on ${shown.join(', ')}${tables.length > shown.length ? ` and ${count(tables.length - shown.length)} more` : ''}`
            : '';
        out.push({
            line: `- **${markdownText(clip(code, 60))}** ×${count(ws.length)} more${on} (each ${MORE_WHERE})`,
            warnings: ws,
        });
    }
    return out;
}
function assemble(view, opts, rows, warnings, diagram, layout) {
    const { plan, counts } = view;
    const cutLists = LISTS.filter((k) => layout.keep[k] < rows[k].lines.length);
    const kept = (k) => rows[k].lines.slice(0, layout.keep[k]);
    const left = (k) => rows[k].items[rows[k].lines.length] - rows[k].items[layout.keep[k]];
    const section = diagram && layout.diagram !== null ? diagram.section(layout.diagram) : undefined;
    const meta = {
        version: 1,
        hash: plan.hash,
        base: plan.base,
        head: plan.head,
        truncated: cutLists.length > 0,
    };
    const out = [PLAN_MARKER, hiddenJsonComment(META_LABEL, meta)];
    out.push(`### ${markdownText(clip(opts.title ?? 'Flink pipeline plan', 200))}`, '');
    out.push(summaryLine(view, opts), '');
    const cuts = [];
    if (section?.cut)
        cuts.push(section.cut);
    for (const k of cutLists) {
        const total = rows[k].items[rows[k].lines.length];
        cuts.push(`${count(total - left(k))} of ${plural(total, NOUN[k])} listed`);
    }
    if (cuts.length) {
        out.push(`> ✂️ **Shortened to fit GitHub's limits:** ${cuts.join('; ')}. The full plan is ${MORE_WHERE}.`, '');
    }
    if (plan.errors.length)
        out.push(...errorCallout(plan.errors), '');
    if (counts.destructive)
        out.push(...destructiveCallout(view), '');
    if (plan.changes.length) {
        out.push(`#### Changes (${count(plan.changes.length)})`, '');
        out.push(...tableHead(['table', 'kind', 'detail', 'files']));
        out.push(...kept('changes'), ...more(left('changes'), 'change'), '');
    }
    if (hasWork(plan)) {
        out.push(`#### Plan: ${plural(counts.nodes, 'statement')} in dependency order`, '');
        const nodesFolded = rows.nodes.lines.length > DETAILS_AFTER;
        if (nodesFolded)
            out.push(`<details><summary>${plural(counts.nodes, 'statement')}</summary>`, '');
        out.push(...tableHead(['#', 'table', 'action', 'reason']));
        out.push(...kept('nodes'), ...more(left('nodes'), 'statement'));
        if (nodesFolded)
            out.push('', '</details>');
        out.push('');
        if (rows.steps.lines.length) {
            const title = `${plural(counts.steps, 'step')} in ${plural(counts.waves, 'wave')}${counts.destructive ? ` (${count(counts.destructive)} destructive)` : ''}`;
            const stepsFolded = rows.steps.lines.length > DETAILS_AFTER;
            out.push(stepsFolded ? `<details><summary>${title}</summary>` : `**${title}**`, '');
            out.push(...tableHead(['#', 'wave', 'step', 'statement', 'after', 'destructive']));
            out.push(...kept('steps'), ...more(left('steps'), 'step'));
            if (stepsFolded)
                out.push('', '</details>');
            out.push('');
        }
    }
    if (plan.warnings.length) {
        out.push(`#### Warnings (${count(plan.warnings.length)})`, '');
        out.push(...kept('warnings'));
        const rest = warnings.slice(layout.keep.warnings).flatMap((w) => w.warnings);
        if (rest.length)
            out.push(`- _… ${plural(rest.length, 'more warning')} (${byCode(rest)}) ${MORE_WHERE}_`);
        out.push('');
    }
    if (section)
        out.push(...section.lines, '');
    out.push(`<sub>Plan hash ${codeSpan(plan.hash, 80)} · flink-pipeline</sub>`, '');
    return out.join('\n');
}
function more(n, noun) {
    return n > 0 ? ['', `_… ${plural(n, `more ${noun}`)} ${MORE_WHERE}_`] : [];
}
function byCode(warnings) {
    const codes = new Map();
    for (const w of warnings)
        codes.set(w.code, (codes.get(w.code) ?? 0) + 1);
    const list = [...codes].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    const shown = list.slice(0, 5).map(([c, n]) => `${markdownText(clip(c, 40))} ×${count(n)}`);
    return shown.join(', ') + (list.length > 5 ? ', …' : '');
}
function summaryLine(view, opts) {
    const { plan, counts } = view;
    const parts = [];
    if (hasWork(plan)) {
        const head = [
            ...(counts.changed || counts.noDeploy ? [`${plural(counts.changed, 'table')} changed`] : []),
            `${plural(counts.nodes, 'statement')} impacted`,
            plural(counts.steps, 'step'),
        ];
        parts.push(`**${head.join(', ')}**${counts.destructive ? ` (${count(counts.destructive)} destructive)` : ''}`);
    }
    else {
        parts.push('**No deployable changes**');
    }
    if (counts.noDeploy)
        parts.push(`${plural(counts.noDeploy, 'table')} only reformatted or moved (no deploy)`);
    const range = [
        ...(plan.base !== null ? [`base ${codeSpan(shortRef(plan.base), 60)}`] : []),
        ...(plan.head !== null ? [`head ${codeSpan(shortRef(plan.head), 60)}`] : []),
    ].join(' → ');
    const how = opts.commitRange ? markdownText(clip(opts.commitRange, 200)) : '';
    if (range || how)
        parts.push(range && how ? `${range} (${how})` : range || how);
    parts.push(`live status: ${statusText(plan.status)}`);
    if (plan.strategy === 'blue-green')
        parts.push('strategy: blue-green');
    let line = parts.join(' · ');
    if (plan.errors.length)
        line = `❌ ${line}`;
    if (!hasWork(plan)) {
        line +=
            '\n\n' +
                (counts.noDeploy
                    ? 'The changes below only reformat or move SQL files: no statement is stopped, dropped or created.'
                    : 'No table under the pipelines folder changes: no statement is stopped, dropped or created.');
    }
    return line;
}
function errorCallout(errors) {
    const lines = [
        '> [!CAUTION]',
        `> **This plan has ${plural(errors.length, 'error')} and cannot be deployed:**`,
        ...errors.slice(0, MAX_ERRORS).map((e) => `> - ${problem(e, 500)}`),
    ];
    if (errors.length > MAX_ERRORS)
        lines.push(`> - _… ${plural(errors.length - MAX_ERRORS, 'more error')} ${MORE_WHERE}_`);
    return lines;
}
function destructiveCallout(view) {
    const tables = view.destructiveTables;
    const names = tables
        .slice(0, MAX_DESTRUCTIVE_NAMES)
        .map((t) => codeSpan(t, 100))
        .join(', ');
    const rest = tables.length > MAX_DESTRUCTIVE_NAMES ? ` and ${count(tables.length - MAX_DESTRUCTIVE_NAMES)} more` : '';
    const n = view.counts.destructive;
    return [
        '> [!WARNING]',
        `> **${plural(n, 'destructive step')}** ${n === 1 ? 'drops' : 'drop'} existing ${tables.length === 1 ? 'table' : 'tables'} and ${tables.length === 1 ? 'its topic' : 'their topics'}: ${names}${rest}. The deploy refuses ${n === 1 ? 'it' : 'them'} unless \`allow-destructive\` is set or the ${tables.length === 1 ? 'table is' : 'tables are'} listed in \`allowDestructive\`.`,
    ];
}
function problem(w, max) {
    return `**${markdownText(clip(w.code, 60))}**${w.table !== undefined ? ` ${codeSpan(w.table, 100)}` : ''}: ${richText(w.message, max)}`;
}
function changeRow(c) {
    const files = c.files
        .slice(0, 3)
        .map((f) => codeSpan(f, 150))
        .join('<br>') + (c.files.length > 3 ? `<br>+${count(c.files.length - 3)} more` : '');
    return row([
        codeSpan(c.table, 150),
        markdownText(clip(c.kind, 40)) + (NO_DEPLOY.has(c.kind) ? ' (no deploy)' : ''),
        c.detail ? richText(c.detail, 200) : '—',
        files || '—',
    ]);
}
function nodeRow(view, n, i) {
    const renamed = n.deployedAs && n.deployedAs !== n.table ? ` → ${codeSpan(n.deployedAs, 150)}` : '';
    const destructive = view.destructive.has(n.table) ? ' ⚠️' : '';
    return row([
        count(i + 1),
        codeSpan(n.table, 150) + renamed,
        markdownText(clip(n.action, 40)) + destructive,
        richText(n.reason, 300),
    ]);
}
function stepRow(view, s, i) {
    const from = offsetsFrom(s);
    let step = `${markdownText(clip(s.action, 40))} ${codeSpan(s.table, 100)}`;
    if (from !== undefined)
        step += ` · from the offsets of ${codeSpan(from, 100)}`;
    if (s.action === 'alter-table' && s.sql)
        step += ` · ${codeSpan(visible(s.sql, ' ').replace(/\s+/g, ' '), 120)}`;
    const after = s.after
        .map((id) => view.stepNumber.get(id) ?? id)
        .sort((a, b) => (typeof a === 'number' && typeof b === 'number' ? a - b : typeof a === 'number' ? -1 : 1))
        .slice(0, 4)
        .map((n) => (typeof n === 'number' ? count(n) : codeSpan(n, 60)))
        .join(', ');
    return row([
        count(i + 1),
        count(s.wave),
        step,
        codeSpan(s.statement, 100),
        (after || '—') + (s.after.length > 4 ? ` +${count(s.after.length - 4)} more` : ''),
        s.destructive ? '⚠️' : '',
    ]);
}
/** Last resort when even the shortest layout is too long: cut at a line, close what is open. */
function hardCut(body, maxChars) {
    const note = `\n\n_✂️ Comment cut at ${count(maxChars)} characters; the full plan is ${MORE_WHERE}._\n`;
    const lines = body.split('\n');
    const kept = [];
    let size = 0;
    let fence = false;
    let details = 0;
    const closing = () => (fence ? 4 : 0) + details * 12;
    for (const line of lines) {
        if (size + line.length + 1 + note.length + closing() + 20 > maxChars)
            break;
        kept.push(line);
        size += line.length + 1;
        if (line.startsWith('```'))
            fence = !fence;
        if (line.startsWith('<details>'))
            details++;
        if (line === '</details>')
            details--;
    }
    if (fence)
        kept.push('```');
    for (let i = 0; i < details; i++)
        kept.push('', '</details>');
    return (kept.join('\n') + note).slice(0, maxChars);
}

;// CONCATENATED MODULE: ./src/status/source.ts



const PHASES = [
    'PENDING',
    'RUNNING',
    'COMPLETED',
    'DEGRADED',
    'STOPPING',
    'STOPPED',
    'FAILING',
    'FAILED',
    'DELETING',
];
const phase = schemas/* enum */.k5n(PHASES, { error: `must be one of ${PHASES.join(', ')}` });
const detailed = schemas/* strictObject */.rej({
    phase: phase.optional(),
    statement: schemas/* string */.YjP().optional(),
    tableExists: schemas/* boolean */.zMY().optional(),
    table: schemas/* string */.YjP().optional(),
});
// Each entry is checked against the one shape it has, so the message is about that shape.
const statusFileSchema = schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* unknown */.L5J().superRefine((value, ctx) => {
    const result = (typeof value === 'string' ? phase : detailed).safeParse(value);
    for (const issue of result.success ? [] : result.error.issues)
        ctx.addIssue({ ...issue, code: 'custom' });
}));
const noStatus = {
    kind: 'none',
    snapshot: async () => ({ kind: 'none', tables: new Map() }),
};
/** `{table: phase}` (DESIGN §6), or `{table: {phase, statement, tableExists, table}}`. */
function parseStatusFile(path, text) {
    let raw;
    try {
        raw = JSON.parse(text);
    }
    catch (e) {
        throw new UserError(`${path}: not valid JSON (${e.message}); expected {"table": "RUNNING", …}`);
    }
    const parsed = statusFileSchema.safeParse(raw);
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new UserError(`${path}: ${issue.path.join('.') || '(top level)'}: ${issue.message}; expected {"table": "RUNNING", …}`);
    }
    const tables = new Map();
    for (const [table, value] of Object.entries(parsed.data)) {
        // A listed table is deployed, so its table exists unless the file says otherwise.
        tables.set(table, typeof value === 'string' ? { phase: value, tableExists: true } : { tableExists: true, ...value });
    }
    return { kind: 'file', tables };
}
function fileStatus(path) {
    return {
        kind: 'file',
        snapshot: async () => parseStatusFile(path, readUserFile(path, 'status file')),
    };
}
/** Parses `--status none|file:PATH|confluent`. */
function statusSourceFor(spec, confluent) {
    if (!spec || spec === 'none')
        return noStatus;
    if (spec.startsWith('file:') && spec.length > 5)
        return fileStatus(spec.slice(5));
    if (spec === 'confluent') {
        if (!confluent) {
            throw new UserError('--status confluent needs the Confluent Cloud client, which is not in this release; use --status file:PATH or none');
        }
        return confluent();
    }
    throw new UserError(`--status ${spec}: use none, file:PATH or confluent`);
}

;// CONCATENATED MODULE: ./src/cli/commands/plan.ts














function stopOnFatal(ctx, project, label) {
    const fatal = project.diagnostics.filter((d) => d.severity === 'fatal');
    if (!fatal.length)
        return;
    printDiagnostics(ctx, fatal);
    throw new UserError(`plan: the project at ${label} cannot be read (${formatDiagnostic(fatal[0])}); fix it first`, 1);
}
function selectionOf(ctx, project) {
    const { tables, all, descendants, base, head } = ctx.values;
    if (all && tables)
        throw new UserError('plan: use --tables or --all, not both');
    if ((all || tables) && (base || head))
        throw new UserError('plan: --base/--head plan a change; --tables/--all plan a selection; use one');
    if (descendants && !tables)
        throw new UserError('plan: --descendants goes with --tables');
    if (all)
        return { all: true };
    if (!tables)
        return undefined;
    const names = tables
        .split(',')
        .map((t) => t.trim())
        .filter(Boolean);
    for (const n of names) {
        if (!project.tables.has(n) || project.tables.get(n).external) {
            const hint = suggestName(n, [...project.tables.values()].filter((t) => !t.external).map((t) => t.name));
            throw new UserError(`plan: no table named \`${n}\` in the repository${hint ? `; did you mean \`${hint}\`?` : ''}`);
        }
    }
    return { tables: names, descendants: !!descendants };
}
async function planCommand(ctx) {
    const format = formatOf(ctx, ['text', 'json', 'markdown']);
    if (ctx.positionals.length)
        throw new UserError(`plan: unexpected argument "${ctx.positionals[0]}"`);
    const config = configOf(ctx);
    const pipelines = pipelinesOf(ctx, config);
    const environment = ctx.values.env ?? config.environment;
    if (environment && config.environments && !config.environments[environment]) {
        throw new UserError(`plan: environment "${environment}" is not in the config; known: ${Object.keys(config.environments).join(', ')}`);
    }
    let head;
    let base;
    let changes = [];
    let range;
    let commitRange;
    let selection;
    if (ctx.values.tables || ctx.values.all) {
        ({ project: head } = loadProject(pipelines, config));
        stopOnFatal(ctx, head, 'the working tree');
        selection = selectionOf(ctx, head);
    }
    else {
        const repoDir = findRepoRoot(pipelines);
        const pipelinesDir = (0,external_node_path_.relative)(repoDir, (0,external_node_path_.resolve)(pipelines)).split(external_node_path_.sep).join('/');
        const commits = await resolveRange(repoDir, { base: ctx.values.base, head: ctx.values.head });
        // detectChanges reads relative paths from the repository root; the user meant the cwd.
        const configPath = (0,external_node_path_.resolve)(ctx.values.config ?? DEFAULT_CONFIG_FILE);
        const detected = await detectChanges(repoDir, commits, pipelinesDir, configPath, environment);
        head = detected.head;
        base = detected.base;
        stopOnFatal(ctx, head, `head ${commits.head.slice(0, 7)}`);
        changes = detected.changes;
        range = { base: commits.base, head: commits.head };
        commitRange = commits.description;
    }
    printDiagnostics(ctx, head.diagnostics.filter((d) => d.severity !== 'notice'));
    const names = [...head.tables.values()].filter((t) => !t.external).map((t) => t.name);
    const status = await statusSourceFor(ctx.values.status).snapshot(names);
    const plan = buildPlan({ head, base, changes, status, config, environment, selection, range });
    if (ctx.values.out)
        (0,external_node_fs_.writeFileSync)(ctx.values.out, JSON.stringify(plan, null, 2) + '\n');
    if (format === 'json')
        ctx.io.out.write(JSON.stringify(plan, null, 2) + '\n');
    else if (format === 'markdown')
        ctx.io.out.write(renderPlanMarkdown(plan, head, { commitRange }));
    else
        ctx.io.out.write(renderPlanText(plan, head));
    if (hasFatal(head.diagnostics))
        return 1;
    return plan.errors.length ? 1 : 0;
}

;// CONCATENATED MODULE: ./src/project/report.ts



/** Lineage of one table: everything it reads from and everything that reads it. */
function tableReport(project, name) {
    const t = project.tables.get(name);
    const { graph } = project;
    const up = ancestors(graph, [name]);
    const down = descendants(graph, [name]);
    const sub = subgraph(graph, [...up, name, ...down]);
    const levels = Object.fromEntries(topoLevels(sub));
    const edges = [];
    sub.names.forEach((c, i) => sub.parents[i].forEach((p) => edges.push([sub.names[p], c])));
    const id = graph.index.get(name);
    return {
        table: name,
        type: t.type,
        product: t.product,
        folder: refPath(project.pipelinesDir, t.folder),
        stateful: t.stateful,
        reasons: t.reasons.map((r) => ({ construct: r.construct, file: r.file, line: r.line })),
        parents: graph.parents[id].map((p) => graph.names[p]),
        children: graph.children[id].map((c) => graph.names[c]),
        ancestors: up,
        descendants: down,
        edges,
        levels,
    };
}
function reportMermaid(project, r) {
    const ordered = Object.keys(r.levels).sort((a, b) => r.levels[a] - r.levels[b] || (a < b ? -1 : 1));
    const nodes = ordered.map((n) => {
        const t = project.tables.get(n);
        return { name: n, style: n === r.table ? 'focus' : t.external ? 'external' : 'context', note: t.type };
    });
    return renderMermaid(nodes, r.edges);
}
function reportMarkdown(project, r) {
    const list = (names) => names.length ? names.map((n) => `\`${n.replace(/`/g, "'")}\``).join(', ') : '—';
    const lines = [
        `### Lineage of \`${r.table.replace(/`/g, "'")}\``,
        '',
        `| | |`,
        `|---|---|`,
        `| Type | ${markdownText(r.type)} |`,
        `| Product | ${markdownText(r.product || '—')} |`,
        `| Folder | ${markdownText(r.folder || '— (external)')} |`,
        `| State | ${r.stateful ? `stateful (${r.reasons.map((x) => markdownText(`${x.construct}, line ${x.line}`)).join('; ')})` : 'stateless'} |`,
        `| Parents | ${list(r.parents)} |`,
        `| Children | ${list(r.children)} |`,
        `| Ancestors (${r.ancestors.length}) | ${list(r.ancestors)} |`,
        `| Descendants (${r.descendants.length}) | ${list(r.descendants)} |`,
        '',
        '```mermaid',
        reportMermaid(project, r),
        '```',
        '',
    ];
    return lines.join('\n');
}
function reportText(r) {
    const list = (names) => (names.length ? names.join(', ') : '-');
    return [
        `${r.table} (${r.type}${r.product ? `, product ${r.product}` : ''}, ${r.stateful ? 'stateful' : 'stateless'})`,
        `  folder:      ${r.folder || '(external)'}`,
        ...r.reasons.map((x) => `  state:       ${x.construct} at ${x.file}:${x.line}`),
        `  parents:     ${list(r.parents)}`,
        `  children:    ${list(r.children)}`,
        `  ancestors:   ${list(r.ancestors)}`,
        `  descendants: ${list(r.descendants)}`,
        '',
    ].join('\n');
}

;// CONCATENATED MODULE: ./src/cli/commands/report.ts






function reportCommand(ctx) {
    const format = formatOf(ctx, ['text', 'json', 'mermaid', 'markdown']);
    const [name, ...extra] = ctx.positionals;
    if (!name || extra.length)
        throw new UserError('report: name exactly one table, e.g. flink-pipeline report fct_orders');
    const config = configOf(ctx);
    const { project } = loadProject(pipelinesOf(ctx, config), config);
    const fatal = hasFatal(project.diagnostics);
    printDiagnostics(ctx, project.diagnostics.filter((d) => d.severity === 'fatal'));
    if (fatal)
        return 1;
    if (!project.tables.has(name)) {
        const hint = suggestName(name, project.tables.keys());
        throw new UserError(`report: no table named \`${name}\`${hint ? `; did you mean \`${hint}\`?` : ''}`);
    }
    const r = tableReport(project, name);
    if (format === 'json')
        ctx.io.out.write(JSON.stringify(r, null, 2) + '\n');
    else if (format === 'mermaid')
        ctx.io.out.write(reportMermaid(project, r) + '\n');
    else if (format === 'markdown')
        ctx.io.out.write(reportMarkdown(project, r));
    else
        ctx.io.out.write(reportText(r));
    return 0;
}

;// CONCATENATED MODULE: ./src/cli/run.ts







const USAGE = `Usage: flink-pipeline <command> [options]

Commands:
  analyze FILE...              analyse Flink SQL files: sinks, sources, statefulness, fingerprint
  inventory [--check]          rebuild inventory.json and every pipeline_definition.json
  report TABLE                 ancestors and descendants of a table (--format json|mermaid|markdown)
  plan                         what a change does to the running pipeline, in order:
       [--base REF] [--head REF]          plan the commit range (default: merge-base with the default branch..HEAD)
       [--tables a,b [--descendants] | --all]   or plan (re)deploying named tables, or every table
       [--status none|file:PATH]          live status (default none: ancestors assumed running)
       [--env NAME] [--out FILE]          environment from the config; also write the plan JSON to FILE
       [--format text|json|markdown]      markdown is exactly the PR comment body
  emulator                     a local Confluent Cloud statements API for demos and tests:
       [--host 127.0.0.1] [--port 8080] [--api-key K] [--api-secret S] [--organization-id UUID]
       [--environment-id env-x] [--latency fast|realistic] [--time-scale X] [--faults 429:0.1,reset:0.02]

Options for every command:
  --pipelines DIR              the pipelines folder (default: config "pipelines", else ./pipelines)
  --config FILE                config file (default: flink-pipeline.yaml when present)
  --format text|json|...       output format (default: text)
  -h, --help                   this help
`;
const OPTIONS = {
    pipelines: { type: 'string' },
    config: { type: 'string' },
    format: { type: 'string' },
    check: { type: 'boolean' },
    base: { type: 'string' },
    head: { type: 'string' },
    tables: { type: 'string' },
    descendants: { type: 'boolean' },
    all: { type: 'boolean' },
    status: { type: 'string' },
    env: { type: 'string' },
    out: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
};
const COMMANDS = {
    analyze: analyzeCommand,
    inventory: inventoryCommand,
    report: reportCommand,
    plan: planCommand,
};
async function main(argv, io = { out: process.stdout, err: process.stderr }) {
    try {
        const [command, ...rest] = argv;
        if (!command || command === '-h' || command === '--help' || command === 'help') {
            io.out.write(USAGE);
            return command ? 0 : 2;
        }
        // The emulator parses its own options (they differ from the project commands').
        if (command === 'emulator')
            return await emulatorCommand(rest, io);
        const run = COMMANDS[command];
        if (!run)
            throw new UserError(`unknown command "${command}"; run flink-pipeline --help for the list`);
        let parsed;
        try {
            parsed = (0,external_node_util_.parseArgs)({ args: rest, options: OPTIONS, allowPositionals: true, strict: true });
        }
        catch (e) {
            throw new UserError(`${command}: ${e.message}; run flink-pipeline --help`);
        }
        if (parsed.values.help) {
            io.out.write(USAGE);
            return 0;
        }
        return await run({
            values: parsed.values,
            positionals: parsed.positionals,
            io,
        });
    }
    catch (e) {
        if (e instanceof UserError) {
            io.err.write(`flink-pipeline: ${e.message}\n`);
            return e.exitCode;
        }
        // A bug, not bad input: still one line, with a pointer instead of a stack trace.
        io.err.write(`flink-pipeline: internal error: ${e.message} (set FLINK_PIPELINE_DEBUG=1 for details)\n`);
        if (process.env.FLINK_PIPELINE_DEBUG)
            io.err.write(`${e.stack}\n`);
        return 70;
    }
}


/***/ })

};
