export const id = 917;
export const ids = [917];
export const modules = {

/***/ 5917:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  T: () => (/* binding */ analyzeSql)
});

// EXTERNAL MODULE: ./src/sql/fingerprint.ts + 1 modules
var fingerprint = __webpack_require__(2889);
// EXTERNAL MODULE: ./src/sql/lexer.ts
var lexer = __webpack_require__(1518);
;// CONCATENATED MODULE: ./src/sql/lazy-property.ts
/**
 * What the lazy analysis properties (`lazy-ddl.ts`, `lazy-fingerprint.ts`) share: each keeps
 * its pending state in a WeakMap outside the objects and, once computed or assigned, turns
 * the accessor into a plain data property, so the objects end as an eager analysis built them.
 */
/** The object whose pending state a read on `receiver` means: itself, or one it inherits from. */
function pendingOwner(pending, receiver) {
    for (let o = receiver; o !== null; o = Reflect.getPrototypeOf(o))
        if (pending.has(o))
            return o;
    return undefined;
}
/** Makes `key` a plain data property of `o`; false when `o` cannot take it (frozen). */
function settle(o, key, value) {
    return Reflect.defineProperty(o, key, { value, writable: true, enumerable: true, configurable: true });
}
/** An assignment to a lazy property: it becomes a data property, as on a plain object. */
function lazy_property_assign(pending, o, key, value) {
    if (!settle(o, key, value))
        throw new TypeError(`Cannot assign to read only property '${key}' of object`);
    pending.delete(o);
}

// EXTERNAL MODULE: ./src/sql/split.ts
var split = __webpack_require__(6448);
// EXTERNAL MODULE: ./src/sql/tokenlist.ts
var tokenlist = __webpack_require__(3417);
;// CONCATENATED MODULE: ./src/sql/lazy-fingerprint.ts
/**
 * `SqlAnalysis.fingerprint` and `AnalyzedStatement.fingerprint`, computed only when asked for.
 * A plan compares fingerprints of the changed tables and hashes those of the impacted ones,
 * yet hashing every statement of every file took a third of the analysis of a large project.
 * An analysis keeps its text instead; the first read of any of its fingerprints lexes the
 * text again, hashes every statement as the analysis would have, and leaves all of them as
 * plain data properties.
 *
 * The values must not move: they name and label deployed statements. The lexer and the
 * splitter are functions of the text alone, so lexing it again gives the analysis's tokens
 * and statement spans, one span per statement, and `fingerprintTokens` over them gives the
 * same digests. Serialising (JSON.stringify, structuredClone), spreading and deep equality
 * read the properties through the getter and see the values an eager analysis held.
 */





/**
 * Pending state by analysis and by statement. Outside the objects, so that they hold no extra
 * property; one getter and setter for all, so that V8 keeps them in fast mode with shared
 * shapes (a closure per object would turn each into a dictionary).
 */
const pending = new WeakMap();
const accessor = {
    get: getFingerprint,
    set: setFingerprint,
    enumerable: true,
    configurable: true,
};
/**
 * Gives `statement` a `fingerprint` property, at this point of its key order, answered by
 * `deferFingerprints` of its analysis. The property must be added, not redefined: turning a
 * data property into an accessor makes V8 give the object a dictionary.
 */
function deferStatementFingerprint(statement) {
    Object.defineProperty(statement, 'fingerprint', accessor);
}
/**
 * Gives `analysis` a `fingerprint` property, at this point of its key order, and makes its
 * statements' properties (`deferStatementFingerprint`) read `text`, the analysed text.
 */
function deferFingerprints(analysis, text) {
    const state = { src: text, analysis, statements: analysis.statements.slice() };
    pending.set(analysis, state);
    for (const s of state.statements)
        pending.set(s, state);
    Object.defineProperty(analysis, 'fingerprint', accessor);
}
function getFingerprint() {
    const owner = pendingOwner(pending, this);
    const state = owner && pending.get(owner);
    if (owner === undefined || state === undefined)
        return undefined;
    const values = (state.values ??= settleAll(state));
    return owner === state.analysis
        ? values.analysis
        : values.statements[state.statements.indexOf(owner)];
}
function setFingerprint(value) {
    lazy_property_assign(pending, this, 'fingerprint', value);
}
/**
 * Computes all fingerprints of `state` and leaves each as a data property of its object,
 * unless that object no longer holds the accessor (its property was assigned or deleted) or
 * cannot take one (frozen: it keeps its entry and reads the returned values).
 */
function settleAll(state) {
    const values = computeFingerprints(state.src);
    const resolve = (o, value) => {
        if (pending.get(o) !== state)
            return;
        if (Object.getOwnPropertyDescriptor(o, 'fingerprint')?.get !== getFingerprint)
            pending.delete(o);
        else if (settle(o, 'fingerprint', value))
            pending.delete(o);
    };
    state.statements.forEach((s, k) => resolve(s, values.statements[k]));
    resolve(state.analysis, values.analysis);
    return values;
}
/** List for lexing the text again; reused, as lexing allocates nothing per token then. */
const relexed = new tokenlist/* TokenList */.cu(256);
/**
 * The fingerprints the analysis of `text` computed: each statement's over the whole text's
 * tokens (hints included) in its span, the analysis's over theirs joined by line breaks.
 */
function computeFingerprints(text) {
    const ignored = [];
    const tokens = (0,lexer/* tokenizeRange */.Lf)(relexed, text, 0, text.length, 1, ignored);
    const statements = (0,split/* splitStatements */.X)(tokens).map((span) => (0,fingerprint/* fingerprintTokens */.BK)(tokens, span.start, span.end));
    return { analysis: (0,fingerprint/* sha256 */.sc)(statements.join('\n')), statements };
}

// EXTERNAL MODULE: ./src/util/sorted.ts
var sorted = __webpack_require__(507);
// EXTERNAL MODULE: ./src/sql/changelog.ts
var changelog = __webpack_require__(3774);
// EXTERNAL MODULE: ./src/sql/tokens.ts
var tokens = __webpack_require__(6080);
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
 * End of the item that starts at `s` in `t[s, end)`: the first comma outside parentheses and
 * type angle brackets, or `end`. Callers walk the items with it instead of collecting them.
 */
function itemEnd(t, s, end, match) {
    let angle = 0;
    let i = s;
    while (i < end) {
        const kind = t.kind(i);
        if (kind === tokenlist/* PUNCT */.rU) {
            if (t.isPunct(i, '(')) {
                i = (match[i] < end ? match[i] : end) + 1;
                continue;
            }
            if (t.isPunct(i, ',') && angle === 0)
                return i;
        }
        else if (kind === tokenlist/* OPERATOR */.pC) {
            if (t.isOperator(i, '<') && i > s && ANGLE_TYPES.has(t.up(i - 1)))
                angle++;
            else if (t.isOperator(i, '>') && angle > 0)
                angle--;
            else if (t.isOperator(i, '<>') && angle > 0)
                angle--;
        }
        i++;
    }
    return end;
}
/** Unquoted names inside the parentheses at `open`: `(a, `b`)`. */
function nameList(t, open, match) {
    const names = [];
    const close = match[open];
    for (let i = open + 1; i < close && i < t.count; i++) {
        if ((0,tokens/* isNamePart */.L8)(t, i) && !(0,tokens/* isPunct */.dl)(t, i - 1, '.'))
            names.push(t.value(i));
    }
    return names;
}
/** Reads the `( … )` body of CREATE TABLE at `open` into `ddl`. */
function parseTableBody(t, open, match, ddl) {
    const close = Math.min(match[open], t.count);
    for (let s = open + 1; s < close;) {
        const e = itemEnd(t, s, close, match);
        if (e > s)
            tableItem(t, s, e, match, ddl);
        s = e + 1;
    }
}
/** One item of a CREATE TABLE body, `t[s, e)`: a column, a key, a watermark. */
function tableItem(t, s, e, match, ddl) {
    let i = s;
    if ((0,tokens/* isWord */.Jg)(t, i, 'CONSTRAINT'))
        i += 2;
    if ((0,tokens/* isWord */.Jg)(t, i, 'PRIMARY') && (0,tokens/* isWord */.Jg)(t, i + 1, 'KEY')) {
        if ((0,tokens/* isPunct */.dl)(t, i + 2, '('))
            ddl.primaryKey = nameList(t, i + 2, match);
        return;
    }
    if ((0,tokens/* isWord */.Jg)(t, i, 'WATERMARK') && (0,tokens/* isWord */.Jg)(t, i + 1, 'FOR') && i + 2 < e) {
        const column = t.value(i + 2);
        const as = (0,tokens/* isWord */.Jg)(t, i + 3, 'AS') ? i + 4 : i + 3;
        ddl.watermark = { column, expression: printExpression(t, as, e) };
        return;
    }
    if ((0,tokens/* isWord */.Jg)(t, i, 'PERIOD') || (0,tokens/* isWord */.Jg)(t, i, 'LIKE'))
        return;
    if ((0,tokens/* isNamePart */.L8)(t, i))
        ddl.columns.push(parseColumn(t, i, e, ddl));
}
function parseColumn(t, s, e, ddl) {
    const name = t.value(s);
    if ((0,tokens/* isWord */.Jg)(t, s + 1, 'AS')) {
        return { name, type: '', nullable: true, kind: 'computed' };
    }
    let i = s + 1;
    let angle = 0;
    let depth = 0;
    while (i < e) {
        if (depth === 0 && angle === 0 && TYPE_END.has(t.up(i)))
            break;
        if ((0,tokens/* isPunct */.dl)(t, i, '('))
            depth++;
        else if ((0,tokens/* isPunct */.dl)(t, i, ')'))
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
        if ((0,tokens/* isWord */.Jg)(t, i, 'NOT') && (0,tokens/* isWord */.Jg)(t, i + 1, 'NULL')) {
            nullable = false;
            i++;
        }
        else if ((0,tokens/* isWord */.Jg)(t, i, 'PRIMARY') && (0,tokens/* isWord */.Jg)(t, i + 1, 'KEY')) {
            ddl.primaryKey = [name];
            i++;
        }
        else if ((0,tokens/* isWord */.Jg)(t, i, 'METADATA'))
            kind = 'metadata';
        else if ((0,tokens/* isWord */.Jg)(t, i, 'NOT') && (0,tokens/* isWord */.Jg)(t, i + 1, 'ENFORCED'))
            i++;
    }
    return { name, type, nullable, kind };
}
/** Whether each open bracket of the type being printed belongs to a ROW; shared, as printType never nests. */
const rowStack = [];
/**
 * Type text of `t[start, end)`: keywords upper-cased, single spaces, `, ` between parameters,
 * no space inside brackets. Field names of ROW types keep their spelling (Flink names are
 * case-sensitive).
 */
function printType(t, start, end) {
    let out = '';
    let depth = 0;
    let fieldNext = false;
    for (let i = start; i < end; i++) {
        if ((0,tokens/* isPunct */.dl)(t, i, '(') || t.isOperator(i, '<')) {
            const row = i > start && (0,tokens/* isWord */.Jg)(t, i - 1, 'ROW');
            out += t.text(i);
            rowStack[depth++] = row;
            fieldNext = row;
        }
        else if ((0,tokens/* isPunct */.dl)(t, i, ')') || t.isOperator(i, '>')) {
            out += t.text(i);
            if (depth > 0)
                depth--;
            fieldNext = false;
        }
        else if ((0,tokens/* isPunct */.dl)(t, i, ',')) {
            out += ', ';
            fieldNext = depth > 0 && rowStack[depth - 1];
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
    if (kind === tokenlist/* IDENTIFIER */.cS || kind === tokenlist/* QUOTED */.jB)
        return true;
    return kind === tokenlist/* KEYWORD */.QR && !SPACED_BEFORE_PAREN.has(t.up(prev));
}
/** Expression text of `t[start, end)`: keywords upper-cased, names and literals as written, single spaces. */
function printExpression(t, start, end) {
    let out = '';
    for (let i = start; i < end; i++) {
        const text = t.kind(i) === tokenlist/* KEYWORD */.QR ? t.up(i) : t.text(i);
        const prev = i - 1;
        const glueLeft = i === start ||
            (0,tokens/* isPunct */.dl)(t, prev, '(') ||
            (0,tokens/* isPunct */.dl)(t, prev, '.') ||
            (0,tokens/* isPunct */.dl)(t, prev, '[') ||
            (0,tokens/* isPunct */.dl)(t, i, ')') ||
            (0,tokens/* isPunct */.dl)(t, i, ',') ||
            (0,tokens/* isPunct */.dl)(t, i, '.') ||
            (0,tokens/* isPunct */.dl)(t, i, ']') ||
            (((0,tokens/* isPunct */.dl)(t, i, '(') || (0,tokens/* isPunct */.dl)(t, i, '[')) && callable(t, prev));
        out += glueLeft ? text : ' ' + text;
    }
    return out;
}
/** `DISTRIBUTED BY [HASH](cols) [INTO n BUCKETS]` or `DISTRIBUTED INTO n BUCKETS` at `i` (the DISTRIBUTED word). */
function parseDistribution(t, i, match) {
    let j = i + 1;
    let columns = [];
    if ((0,tokens/* isWord */.Jg)(t, j, 'BY')) {
        j++;
        if ((0,tokens/* isNamePart */.L8)(t, j) && (0,tokens/* isPunct */.dl)(t, j + 1, '('))
            j++;
        if ((0,tokens/* isPunct */.dl)(t, j, '(')) {
            columns = nameList(t, j, match);
            j = match[j] + 1;
        }
    }
    let buckets = null;
    if ((0,tokens/* isWord */.Jg)(t, j, 'INTO') && t.kind(j + 1) === tokenlist/* NUMBER */.uk) {
        buckets = Number(t.text(j + 1));
        j += 2;
        if ((0,tokens/* isWord */.Jg)(t, j, 'BUCKETS'))
            j++;
    }
    return { distribution: { columns, buckets }, next: j };
}
/** Calls `item(s, eq, e)` for each `key = value` item `t[s, e)` of the `( … )` at `open`, `eq` at its `=`. */
function eachOption(t, open, match, item) {
    const close = Math.min(match[open], t.count);
    for (let s = open + 1; s < close;) {
        const e = itemEnd(t, s, close, match);
        let eq = s;
        while (eq < e && !t.isOperator(eq, '='))
            eq++;
        if (eq > s && eq < e - 1)
            item(s, eq, e);
        s = e + 1;
    }
}
/** `( 'k' = 'v', … )` at `open`; keys and values unquoted. Also returns where each key is, for line numbers. */
function parseOptions(t, open, match) {
    const options = {};
    const keys = new Map();
    eachOption(t, open, match, (s, eq, e) => {
        const key = literalText(t, s, eq);
        options[key] = literalText(t, eq + 1, e);
        keys.set(key, { line: t.lines[s], offset: t.starts[s] });
    });
    return { options, keys };
}
/**
 * What `parseOptions` gives for the keys `keys` (the last item that names a key wins, as
 * there), without building the other options: the analysis needs the few options that decide
 * a table's changelog mode for every table, the rest only for the few tables someone asks about.
 */
function optionValues(t, open, match, keys) {
    const out = {};
    eachOption(t, open, match, (s, eq, e) => {
        const key = literalText(t, s, eq);
        if (!keys.includes(key))
            return;
        out[key] = { value: literalText(t, eq + 1, e), line: t.lines[s], offset: t.starts[s] };
    });
    return out;
}
/** A single string token's content, else the source text the tokens span (for unquoted keys like `a.b`). */
function literalText(t, s, e) {
    if (e - s === 1 && (t.kind(s) === tokenlist/* STRING */.An || t.kind(s) === tokenlist/* QUOTED */.jB))
        return t.value(s);
    return t.src.slice(t.starts[s], t.ends[e - 1]);
}

;// CONCATENATED MODULE: ./src/sql/table-clauses.ts
/**
 * The clauses of CREATE TABLE after the table's name. The analysis walks them for the
 * statement's facts (LIKE source, AS query, changelog.mode); the table's TableDdl is read by a
 * second walk, later and only when asked for. Both use this one walk, so that they cannot
 * disagree about where a clause starts or ends.
 */


/** Walks `t[i, end)`, which follows the table's name. */
function walkTableClauses(t, i, end, match, visit) {
    if ((0,tokens/* isPunct */.dl)(t, i, '(')) {
        visit.body?.(i);
        i = match[i] + 1;
    }
    while (i < end) {
        const up = t.up(i);
        if (up === 'COMMENT')
            i += 2;
        else if (up === 'PARTITIONED' && (0,tokens/* isWord */.Jg)(t, i + 1, 'BY') && (0,tokens/* isPunct */.dl)(t, i + 2, '('))
            i = match[i + 2] + 1;
        else if (up === 'DISTRIBUTED') {
            const d = parseDistribution(t, i, match);
            visit.distribution?.(d.distribution);
            i = d.next;
        }
        else if (up === 'WITH' && (0,tokens/* isPunct */.dl)(t, i + 1, '(')) {
            visit.options?.(i + 1);
            i = match[i + 1] + 1;
        }
        else if (up === 'LIKE' && (0,tokens/* nameStartsAt */.YY)(t, i + 1, end)) {
            const name = (0,tokens/* readName */.MQ)(t, i + 1, end);
            visit.like?.(name);
            i = name.next;
            if ((0,tokens/* isPunct */.dl)(t, i, '('))
                i = match[i] + 1;
        }
        else if (up === 'AS') {
            visit.as?.(i);
            return;
        }
        else if ((0,tokens/* isPunct */.dl)(t, i, '('))
            i = match[i] + 1;
        else
            i++;
    }
}
/** The TableDdl of the clauses in `t[i, end)`. */
function readTableDdl(t, i, end, match) {
    const ddl = emptyDdl();
    walkTableClauses(t, i, end, match, {
        body: (open) => parseTableBody(t, open, match, ddl),
        distribution: (d) => {
            ddl.distribution = d;
        },
        options: (open) => {
            Object.assign(ddl.options, parseOptions(t, open, match).options);
        },
    });
    return ddl;
}

;// CONCATENATED MODULE: ./src/sql/lazy-ddl.ts
/**
 * `AnalyzedStatement.ddl`, read only when asked for. Of a large project's tables only the
 * changed ones have their columns, keys and options compared, yet reading them all took a
 * quarter of the analysis and most of the objects it kept. A statement keeps where its
 * clauses are instead; the first read lexes that span again, walks it as the analysis would
 * have, and leaves the result as a plain data property.
 *
 * Reading the clauses makes no issues (only the lexer and the parenthesis matcher do, and
 * both ran over the whole statement during the analysis), so nothing is lost by waiting.
 * Serialising (JSON.stringify, structuredClone), spreading and deep equality read the
 * property through the getter and see the same value an eager analysis held.
 */





/**
 * Pending spans by statement. Outside the statement, so that it holds no extra property; one
 * getter and setter for all, so that V8 keeps statements in fast mode with a shared shape
 * (a closure per statement would turn each into a dictionary).
 */
const lazy_ddl_pending = new WeakMap();
/** Gives `stmt` a `ddl` property, at this point of its key order, that reads `span` when first read. */
function deferDdl(stmt, span) {
    lazy_ddl_pending.set(stmt, span);
    Object.defineProperty(stmt, 'ddl', { get: getDdl, set: setDdl, enumerable: true, configurable: true });
}
function getDdl() {
    const owner = pendingOwner(lazy_ddl_pending, this);
    const span = owner && lazy_ddl_pending.get(owner);
    if (owner === undefined || span === undefined)
        return undefined;
    if (span.ddl !== undefined)
        return span.ddl;
    const ddl = parseDdlSpan(span);
    if (settle(owner, 'ddl', ddl))
        lazy_ddl_pending.delete(owner);
    else
        span.ddl = ddl;
    return ddl;
}
function setDdl(value) {
    lazy_property_assign(lazy_ddl_pending, this, 'ddl', value);
}
/** Lists for the lexer and for the tokens without hints; reused, as lexing allocates nothing per token then. */
const lexed = new tokenlist/* TokenList */.cu(256);
const lazy_ddl_tokens = new tokenlist/* TokenList */.cu(256);
/**
 * The TableDdl of a span, as the analysis would have read it: the same tokens (hints removed),
 * the same parenthesis pairs (no `(` precedes a table's clauses in its statement, so the
 * statement's pairs are the span's), the same walk.
 */
function parseDdlSpan(span) {
    const ignored = [];
    (0,lexer/* tokenizeRange */.Lf)(lexed, span.src, span.from, span.to, span.line, ignored);
    lazy_ddl_tokens.copyWithoutHints(lexed, 0, lexed.count);
    const match = (0,tokens/* matchParens */.z_)(lazy_ddl_tokens, ignored);
    return readTableDdl(lazy_ddl_tokens, 0, lazy_ddl_tokens.count, match);
}

// EXTERNAL MODULE: ./src/sql/keywords.ts
var keywords = __webpack_require__(9662);
// EXTERNAL MODULE: ./src/sql/reserved.ts
var reserved = __webpack_require__(7898);
;// CONCATENATED MODULE: ./src/sql/query.ts
/**
 * Scope-aware walker over the tokens of one query: it collects the tables read, the join
 * counts and the stateful constructs. It is a tolerant recursive descent: every method is
 * bounded by an `end` index (a closing parenthesis or the statement end), always advances,
 * and leaves what it cannot follow to a fallback scan instead of failing.
 */



const NONE = new Set();
const QUERY_TAIL = new Set(['ORDER', 'LIMIT', 'OFFSET', 'FETCH']);
const SET_OPERATORS = new Set(['UNION', 'INTERSECT', 'EXCEPT', 'MINUS']);
const TIME_UNITS = new Set([
    'SECOND', 'SECONDS', 'MINUTE', 'MINUTES', 'HOUR', 'HOURS', 'DAY', 'DAYS', 'WEEK', 'MONTH', 'MONTHS',
    'QUARTER', 'YEAR', 'YEARS', 'MILLISECOND', 'MICROSECOND', 'NANOSECOND', 'TO',
]); // prettier-ignore
const ARITHMETIC = new Set(['+', '-', '*', '/', '%', '||']);
/** Words for "now": `NOW() - INTERVAL '1' DAY` filters by time, it does not bound a join. */
const NOW_WORDS = new Set([
    'NOW', 'CURRENT_TIMESTAMP', 'CURRENT_DATE', 'CURRENT_TIME', 'LOCALTIMESTAMP', 'LOCALTIME',
    'PROCTIME', 'CURRENT_ROW_TIMESTAMP', 'CURRENT_WATERMARK',
]); // prettier-ignore
/** Typed literals: `TIMESTAMP '2024-01-01 00:00:00'` */
const LITERAL_TYPES = new Set(['TIMESTAMP', 'TIMESTAMP_LTZ', 'DATE', 'TIME']);
function newBlock() {
    return {
        firstAggregate: -1,
        collectAggregates: true,
        windowTvf: false,
        sessionTvf: -1,
        commaJoins: [],
        firstUnknown: -1,
        unknown: [],
    };
}
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
    /** Open recursive calls: past MAX_DEPTH the rest is scanned flat, without recursion */
    depth = 0;
    tooDeep = false;
    constructor(t, match, issues) {
        this.t = t;
        this.match = match;
        this.issues = issues;
    }
    /** Records a stateful construct found at token `at`. */
    reason(construct, at) {
        this.reasons.push({ construct, line: this.t.lines[at], offset: this.t.starts[at] });
    }
    /** Records a secondary stateful construct (FoundReason.secondary) found at token `at`. */
    secondary(construct, at, functions) {
        const r = { construct, line: this.t.lines[at], offset: this.t.starts[at], secondary: true };
        if (functions)
            r.functions = functions;
        this.reasons.push(r);
    }
    /**
     * Enters one level of recursion at token `at` (its region ends at `end`). Past MAX_DEPTH it
     * reports the statement once, counts it as stateful, reads table names in the region by a
     * flat scan, and answers false: the caller then returns `end` without recursing, so no input
     * can exhaust the stack and the walk stays linear.
     */
    enter(at, end, scope) {
        if (this.depth < tokens/* MAX_DEPTH */.lr) {
            this.depth++;
            return true;
        }
        if (!this.tooDeep) {
            this.tooDeep = true;
            this.issues.push({
                severity: 'error',
                line: this.t.lines[at],
                message: `nested too deep: more than ${tokens/* MAX_DEPTH */.lr} levels of parentheses or subqueries; table names below that level were found by a flat scan, and the statement counts as stateful`,
            });
            this.secondary('nesting too deep to analyse', at);
        }
        this.flatScan(at, end, scope);
        return false;
    }
    /** Table names after FROM, JOIN and TABLE in `[i, end)`, found without recursion. */
    flatScan(i, end, scope) {
        const t = this.t;
        for (; i < end; i++) {
            if (((0,tokens/* isWord */.Jg)(t, i, 'FROM') || (0,tokens/* isWord */.Jg)(t, i, 'JOIN') || (0,tokens/* isWord */.Jg)(t, i, 'TABLE')) && this.nameStart(i + 1)) {
                const name = (0,tokens/* readName */.MQ)(t, i + 1, end);
                if (!(0,tokens/* isPunct */.dl)(t, name.next, '('))
                    this.addSource(name, scope);
                i = name.next - 1;
            }
        }
    }
    /** `[WITH …] body [ORDER BY …] [LIMIT …]`; returns the index after what it understood. */
    query(i, end, scope) {
        if (!this.enter(i, end, scope))
            return end;
        if ((0,tokens/* isWord */.Jg)(this.t, i, 'WITH')) {
            const w = this.withList(i + 1, end, scope);
            i = w.next;
            scope = w.scope;
        }
        i = this.setExpression(i, end, scope);
        // A streaming ORDER BY is a sort that buffers rows (on a time attribute) or a Top-N; LIMIT,
        // OFFSET and FETCH keep a count per key: Flink plans each as a stateful operator.
        let order = -1;
        let limit = -1;
        while (i < end && QUERY_TAIL.has(this.t.up(i))) {
            if ((0,tokens/* isWord */.Jg)(this.t, i, 'ORDER'))
                order = order < 0 ? i : order;
            else if (limit < 0)
                limit = i;
            i = this.expression(i + 1, end, scope, null, keywords/* BLOCK_CLAUSE_END */.A7);
        }
        if (order >= 0)
            this.secondary(limit >= 0 ? 'ORDER BY … LIMIT' : 'ORDER BY', order);
        else if (limit >= 0)
            this.secondary('LIMIT', limit);
        this.depth--;
        return i;
    }
    /** The CTE list after WITH: each body sees the CTEs before it, not itself. */
    withList(i, end, scope) {
        const t = this.t;
        if ((0,tokens/* isWord */.Jg)(t, i, 'RECURSIVE'))
            i++;
        while (i < end && (0,tokens/* isNamePart */.L8)(t, i)) {
            const name = t.value(i);
            i++;
            if ((0,tokens/* isPunct */.dl)(t, i, '(') && !(0,tokens/* opensQuery */.u7)(t, i))
                i = this.match[i] + 1;
            if ((0,tokens/* isWord */.Jg)(t, i, 'AS'))
                i++;
            if ((0,tokens/* isPunct */.dl)(t, i, '('))
                i = this.parenQuery(i, scope);
            scope = { name, parent: scope };
            if (!(0,tokens/* isPunct */.dl)(t, i, ','))
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
            if ((0,tokens/* isWord */.Jg)(t, i, 'ALL')) {
                all = true;
                i++;
            }
            else if ((0,tokens/* isWord */.Jg)(t, i, 'DISTINCT'))
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
                return this.expression(i + 1, end, scope, null, keywords/* BLOCK_CLAUSE_END */.A7);
            case 'WITH':
                return this.query(i, end, scope);
            case 'TABLE':
                if (i + 1 < end && (0,tokens/* isNamePart */.L8)(t, i + 1)) {
                    const name = (0,tokens/* readName */.MQ)(t, i + 1, end);
                    this.addSource(name, scope);
                    return name.next;
                }
                return i;
        }
        if ((0,tokens/* isPunct */.dl)(t, i, '('))
            return this.parenQuery(i, scope);
        return i;
    }
    /** `( query )` at `open`; returns the index after the closing parenthesis. */
    parenQuery(open, scope) {
        const close = this.match[open];
        // An INTERVAL inside a subquery bounds nothing of the join around it.
        const intervals = this.intervals;
        const j = this.query(open + 1, close, scope);
        if (j < close)
            this.fallback(j, close, scope);
        this.intervals = intervals;
        return close + 1;
    }
    select(i, end, scope) {
        const t = this.t;
        i++;
        const block = newBlock();
        if ((0,tokens/* isWord */.Jg)(t, i, 'DISTINCT')) {
            this.reason('SELECT DISTINCT', i);
            i++;
        }
        else if ((0,tokens/* isWord */.Jg)(t, i, 'ALL'))
            i++;
        i = this.expression(i, end, scope, block, keywords/* SELECT_LIST_END */.qk);
        block.collectAggregates = false;
        let groupToken = -1;
        let windowGrouping = false;
        while (i < end) {
            const up = t.up(i);
            if (up === 'FROM')
                i = this.fromList(i + 1, end, scope, block);
            else if (up === 'WHERE') {
                const intervalsBefore = this.intervals;
                i = this.expression(i + 1, end, scope, null, keywords/* BLOCK_CLAUSE_END */.A7);
                // `FROM a, b WHERE a.ts BETWEEN b.ts - INTERVAL …`: the Flink docs' own interval join form.
                if (this.intervals > intervalsBefore) {
                    for (const r of block.commaJoins)
                        if (r.construct === 'regular join')
                            r.construct = 'interval join';
                }
            }
            else if (up === 'HAVING' || up === 'QUALIFY' || up === 'WINDOW') {
                i = this.expression(i + 1, end, scope, null, keywords/* BLOCK_CLAUSE_END */.A7);
            }
            else if (up === 'GROUP' && (0,tokens/* isWord */.Jg)(t, i + 1, 'BY')) {
                groupToken = i;
                const start = i + 2;
                i = this.expression(start, end, scope, null, keywords/* BLOCK_CLAUSE_END */.A7);
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
        else if (block.unknown.length > 0) {
            // Any of them may be a user-defined aggregate: the query cannot be proved stateless.
            const names = block.unknown.map((n) => `\`${n}\``).join(', ');
            this.secondary(`calls ${names} in an aggregate position; unknown functions are treated as stateful`, block.firstUnknown, block.unknown);
        }
        if (groupToken < 0 && block.sessionTvf >= 0)
            this.secondary('SESSION window', block.sessionTvf);
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
            if (kind !== tokenlist/* IDENTIFIER */.cS && kind !== tokenlist/* KEYWORD */.QR && kind !== tokenlist/* QUOTED */.jB)
                continue;
            const up = kind === tokenlist/* QUOTED */.jB ? t.value(i).toUpperCase() : t.up(i);
            if (up === 'WINDOW_START')
                windowStart = true;
            else if (up === 'WINDOW_END')
                windowEnd = true;
            else if (keywords/* WINDOW_TVFS */.DA.has(up) && (0,tokens/* isPunct */.dl)(t, i + 1, '('))
                return true;
        }
        return windowStart && windowEnd;
    }
    /** FROM list: table references joined by commas and JOINs. */
    fromList(i, end, scope, block) {
        const t = this.t;
        i = this.tableRef(i, end, scope, block).next;
        while (i < end) {
            if ((0,tokens/* isPunct */.dl)(t, i, ',')) {
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
            if ((0,tokens/* isWord */.Jg)(t, i, 'ON'))
                i = this.expression(i + 1, end, scope, null, keywords/* JOIN_CONDITION_END */.vJ);
            else if ((0,tokens/* isWord */.Jg)(t, i, 'USING') && (0,tokens/* isPunct */.dl)(t, i + 1, '('))
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
        if ((0,tokens/* isWord */.Jg)(t, j, 'NATURAL'))
            j++;
        const up = t.up(j);
        if (up === 'LEFT' || up === 'RIGHT' || up === 'FULL') {
            kind = up === 'LEFT' ? 'left' : up === 'RIGHT' ? 'right' : 'outer';
            j++;
            if ((0,tokens/* isWord */.Jg)(t, j, 'OUTER'))
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
        if (j < end && (0,tokens/* isWord */.Jg)(t, j, 'JOIN'))
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
        if ((0,tokens/* isWord */.Jg)(t, i, 'LATERAL')) {
            relation = false;
            if ((0,tokens/* isWord */.Jg)(t, i + 1, 'TABLE') && (0,tokens/* isPunct */.dl)(t, i + 2, '('))
                next = this.tableCall(i + 2, end, scope, block);
            else if ((0,tokens/* isPunct */.dl)(t, i + 1, '(')) {
                // A lateral subquery is a join with the rows before it: Flink plans a join, with state.
                this.secondary('lateral join', i);
                next = this.parenQuery(i + 1, scope);
            }
            else
                next = i + 1;
        }
        else if ((0,tokens/* isWord */.Jg)(t, i, 'TABLE') && (0,tokens/* isPunct */.dl)(t, i + 1, '(')) {
            const open = i + 1;
            const fn = open + 1;
            if (open + 2 < end && (0,tokens/* isNamePart */.L8)(t, fn) && (0,tokens/* isPunct */.dl)(t, open + 2, '(')) {
                relation = this.tableFunction(fn, open + 2, scope, block).tables > 0 || keywords/* WINDOW_TVFS */.DA.has(t.up(fn));
                const close = this.match[open];
                const after = this.match[open + 2] + 1;
                if (after < close)
                    this.expression(after, close, scope, null, NONE);
                next = close + 1;
            }
            else {
                relation = false;
                next = this.paren(open, end, scope, null);
            }
        }
        else if ((0,tokens/* isWord */.Jg)(t, i, 'UNNEST') && (0,tokens/* isPunct */.dl)(t, i + 1, '(')) {
            relation = false;
            next = this.paren(i + 1, end, scope, null);
            if ((0,tokens/* isWord */.Jg)(t, next, 'WITH') && (0,tokens/* isWord */.Jg)(t, next + 1, 'ORDINALITY'))
                next += 2;
        }
        else if ((0,tokens/* isPunct */.dl)(t, i, '(')) {
            if ((0,tokens/* opensQuery */.u7)(t, i))
                next = this.parenQuery(i, scope);
            else {
                const close = this.match[i];
                if (this.enter(i, close, scope)) {
                    const j = this.fromList(i + 1, close, scope, block);
                    if (j < close)
                        this.fallback(j, close, scope);
                    this.depth--;
                }
                else {
                    // `((((t))))`: the flat scan finds names after FROM and JOIN; this one has neither.
                    let k = i;
                    while ((0,tokens/* isPunct */.dl)(t, k, '(') && k < close)
                        k++;
                    if (this.nameStart(k)) {
                        const name = (0,tokens/* readName */.MQ)(t, k, close);
                        if (!(0,tokens/* isPunct */.dl)(t, name.next, '('))
                            this.addSource(name, scope);
                    }
                }
                next = close + 1;
            }
        }
        else if (this.nameStart(i)) {
            const name = (0,tokens/* readName */.MQ)(t, i, end);
            next = name.next;
            if ((0,tokens/* isPunct */.dl)(t, next, '(')) {
                // A table function called without TABLE(…), as process table functions are:
                // `FROM EventCounter(input => TABLE clicks PARTITION BY user_id)`.
                const args = this.tableFunction(name.next - 1, next, scope, block);
                relation = args.tables > 0;
                next = this.match[next] + 1;
            }
            else {
                this.addSource(name, scope);
                const tc = this.temporalClause(next, end);
                if (tc.next > next) {
                    temporal = tc.temporal;
                    next = tc.next;
                }
            }
        }
        else
            return none;
        if ((0,tokens/* isWord */.Jg)(t, next, 'MATCH_RECOGNIZE') && (0,tokens/* isPunct */.dl)(t, next + 1, '(')) {
            this.reason('MATCH_RECOGNIZE', next);
            next = this.paren(next + 1, end, scope, null);
        }
        next = this.alias(next, end);
        if (!temporal) {
            const tc = this.temporalClause(next, end);
            if (tc.next > next) {
                temporal = tc.temporal;
                next = this.alias(tc.next, end);
            }
        }
        return { next, relation, temporal };
    }
    /** `( fn(args) … )` at `open` after LATERAL TABLE; returns the index after it. */
    tableCall(open, end, scope, block) {
        const t = this.t;
        const fn = open + 1;
        if (!((0,tokens/* isNamePart */.L8)(t, fn) && (0,tokens/* isPunct */.dl)(t, fn + 1, '(')))
            return this.paren(open, end, scope, null);
        this.tableFunction(fn, fn + 1, scope, block);
        const close = this.match[open] < end ? this.match[open] : end;
        const after = this.match[fn + 1] + 1;
        if (after < close)
            this.expression(after, close, scope, null, NONE);
        return close + 1;
    }
    /**
     * A table function named at `fn` whose arguments open at `open`: its table arguments are
     * sources, and a table argument with PARTITION BY makes it set-semantic, which keeps state
     * per key (window TVFs excepted: their GROUP BY is the stateful part).
     */
    tableFunction(fn, open, scope, block) {
        const t = this.t;
        const up = t.kind(fn) === tokenlist/* QUOTED */.jB ? t.value(fn).toUpperCase() : t.up(fn);
        const window = keywords/* WINDOW_TVFS */.DA.has(up);
        if (window && block !== null) {
            block.windowTvf = true;
            if (up === 'SESSION' && block.sessionTvf < 0)
                block.sessionTvf = fn;
        }
        const args = this.tableFunctionArgs(open, scope, keywords/* SEARCH_FUNCTIONS */.rs.has(up));
        if (args.partition >= 0 && !window)
            this.secondary('set-semantic table function', args.partition);
        return args;
    }
    nameStart(i) {
        const t = this.t;
        const kind = t.kind(i);
        if (kind === tokenlist/* IDENTIFIER */.cS || kind === tokenlist/* QUOTED */.jB)
            return true;
        if (kind !== tokenlist/* KEYWORD */.QR)
            return false;
        const up = t.up(i);
        return !keywords/* TABLE_REF_STOP */.Qi.has(up) && up !== 'TABLE' && up !== 'UNNEST';
    }
    /** `[AS] alias [(col, …)]`; returns the index after it, or `i` when there is none. */
    alias(i, end) {
        const t = this.t;
        let j = i;
        if ((0,tokens/* isWord */.Jg)(t, j, 'AS'))
            j++;
        if (j >= end || j >= t.count)
            return i;
        const isAlias = j > i ? (0,tokens/* isNamePart */.L8)(t, j) : t.kind(j) === tokenlist/* QUOTED */.jB || ((0,tokens/* isNamePart */.L8)(t, j) && !keywords/* TABLE_REF_STOP */.Qi.has(t.up(j)));
        if (!isAlias)
            return i;
        j++;
        if ((0,tokens/* isPunct */.dl)(t, j, '(') && !(0,tokens/* opensQuery */.u7)(t, j))
            j = this.match[j] + 1;
        return j;
    }
    /**
     * `FOR SYSTEM_TIME AS OF expr` at `i`; returns the index after it (or `i`), and whether the
     * expression reads a column, which makes a temporal (or lookup) join: a constant such as
     * `TIMESTAMP '2024-01-01 00:00:00'` is time travel, a snapshot read.
     */
    temporalClause(i, end) {
        const t = this.t;
        const no = { next: i, temporal: false };
        if (!(0,tokens/* isWord */.Jg)(t, i, 'FOR'))
            return no;
        let j = i + 1;
        if ((0,tokens/* isWord */.Jg)(t, j, 'SYSTEM_TIME'))
            j++;
        else if ((0,tokens/* isWord */.Jg)(t, j, 'SYSTEM') && (0,tokens/* isWord */.Jg)(t, j + 1, 'TIME'))
            j += 2;
        else
            return no;
        if (!(0,tokens/* isWord */.Jg)(t, j, 'AS') || !(0,tokens/* isWord */.Jg)(t, j + 1, 'OF'))
            return no;
        j += 2;
        let column = false;
        // A small expression: operands joined by arithmetic, e.g. `o.$rowtime` or `o.ts - INTERVAL '1' SECOND`.
        while (j < end) {
            const kind = t.kind(j);
            if ((0,tokens/* isWord */.Jg)(t, j, 'INTERVAL')) {
                j++;
                if (t.kind(j) === tokenlist/* STRING */.An || t.kind(j) === tokenlist/* NUMBER */.uk)
                    j++;
                while (j < end && TIME_UNITS.has(t.up(j)))
                    j++;
            }
            else if (kind === tokenlist/* KEYWORD */.QR && LITERAL_TYPES.has(t.up(j)) && t.kind(j + 1) === tokenlist/* STRING */.An)
                j += 2;
            else if ((0,tokens/* isPunct */.dl)(t, j, '('))
                j = this.match[j] + 1;
            else if (kind === tokenlist/* STRING */.An || kind === tokenlist/* NUMBER */.uk || kind === tokenlist/* PARAM */.Ue)
                j++;
            else if (kind === tokenlist/* IDENTIFIER */.cS || kind === tokenlist/* QUOTED */.jB || (kind === tokenlist/* KEYWORD */.QR && !keywords/* TABLE_REF_STOP */.Qi.has(t.up(j)))) {
                const name = (0,tokens/* readName */.MQ)(t, j, end);
                j = name.next;
                if ((0,tokens/* isPunct */.dl)(t, j, '('))
                    j = this.match[j] + 1;
                else if (kind !== tokenlist/* KEYWORD */.QR || name.parts.length > 1)
                    column = true;
            }
            else
                break;
            if (j < end && t.kind(j) === tokenlist/* OPERATOR */.pC && ARITHMETIC.has(t.text(j)))
                j++;
            else
                break;
        }
        return { next: j, temporal: column };
    }
    /**
     * Arguments of a table function call whose `(` is at `open`: `TABLE x` (also named,
     * `input => TABLE x`, and with `PARTITION BY k` / `ORDER BY ts`) and a parenthesised query
     * are table arguments; so is the first argument of a search function (`search`), a bare
     * table name. `MODEL m` names a model, not a table. Other arguments are expressions.
     */
    tableFunctionArgs(open, scope, search) {
        const t = this.t;
        const close = this.match[open];
        const args = { tables: 0, partition: -1 };
        let j = open + 1;
        let position = 0;
        let argStart = true;
        while (j < close) {
            if (argStart) {
                argStart = false;
                if ((0,tokens/* isNamePart */.L8)(t, j) && t.isOperator(j + 1, '=>'))
                    j += 2;
                if ((0,tokens/* isWord */.Jg)(t, j, 'TABLE') && j + 1 < close && (0,tokens/* isNamePart */.L8)(t, j + 1)) {
                    const name = (0,tokens/* readName */.MQ)(t, j + 1, close);
                    this.addSource(name, scope);
                    args.tables++;
                    j = name.next;
                    continue;
                }
                if ((0,tokens/* isPunct */.dl)(t, j, '(') && (0,tokens/* opensQuery */.u7)(t, j)) {
                    j = this.parenQuery(j, scope);
                    args.tables++;
                    continue;
                }
                if ((0,tokens/* isWord */.Jg)(t, j, 'MODEL') && j + 1 < close && (0,tokens/* isNamePart */.L8)(t, j + 1)) {
                    j = (0,tokens/* readName */.MQ)(t, j + 1, close).next;
                    continue;
                }
                if (search && position === 0 && (0,tokens/* isNamePart */.L8)(t, j)) {
                    const name = (0,tokens/* readName */.MQ)(t, j, close);
                    if ((0,tokens/* isPunct */.dl)(t, name.next, ',') || name.next === close) {
                        this.addSource(name, scope);
                        args.tables++;
                        j = name.next;
                        continue;
                    }
                }
            }
            if ((0,tokens/* isPunct */.dl)(t, j, ',')) {
                argStart = true;
                position++;
                j++;
            }
            else if ((0,tokens/* isWord */.Jg)(t, j, 'PARTITION') && (0,tokens/* isWord */.Jg)(t, j + 1, 'BY')) {
                if (args.partition < 0)
                    args.partition = j;
                j += 2;
            }
            else if ((0,tokens/* isPunct */.dl)(t, j, '('))
                j = this.paren(j, close, scope, null);
            else
                j++;
        }
        return args;
    }
    addSource(name, scope) {
        if (name.parts.length === 1 && inScope(scope, name.name))
            return;
        this.sources.push({
            name: name.name,
            parts: name.parts,
            line: name.line,
            offset: name.offset,
            length: name.length,
        });
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
            if (kind === tokenlist/* PUNCT */.rU) {
                if ((0,tokens/* isPunct */.dl)(t, i, '('))
                    i = this.paren(i, end, scope, block);
                else if ((0,tokens/* isPunct */.dl)(t, i, ',') && stop === keywords/* JOIN_CONDITION_END */.vJ)
                    return i;
                else
                    i++;
                continue;
            }
            if (kind === tokenlist/* IDENTIFIER */.cS || kind === tokenlist/* QUOTED */.jB) {
                // Every clause word is a keyword, so a name only matters as a call in an aggregate position.
                if (block !== null && block.collectAggregates && (0,tokens/* isPunct */.dl)(t, i + 1, '(') && !(0,tokens/* isWord */.Jg)(t, i - 1, 'AS')) {
                    i = this.call(i, end, scope, block);
                    continue;
                }
                i++;
                continue;
            }
            if (kind !== tokenlist/* KEYWORD */.QR) {
                i++;
                continue;
            }
            const up = t.up(i);
            if (stop.has(up) && !this.continuesExpression(i))
                return i;
            if (up === 'INTERVAL') {
                if (!this.fromNow(i))
                    this.intervals++;
            }
            else if (up === 'OVER' && ((0,tokens/* isPunct */.dl)(t, i + 1, '(') || (0,tokens/* isNamePart */.L8)(t, i + 1))) {
                this.reason('OVER window', i);
                // The window's PARTITION BY and ORDER BY are no aggregate position.
                if ((0,tokens/* isPunct */.dl)(t, i + 1, '(')) {
                    i = this.paren(i + 1, end, scope, null);
                    continue;
                }
            }
            else if (up === 'DISTINCT' && (0,tokens/* isWord */.Jg)(t, i + 1, 'FROM') && this.followsIs(i)) {
                i += 2;
                continue;
            }
            else if ((up === 'CAST' || up === 'TRY_CAST') && (0,tokens/* isPunct */.dl)(t, i + 1, '(')) {
                i = this.cast(i + 1, end, scope, block);
                continue;
            }
            i++;
        }
        return i;
    }
    /**
     * A call at `i` in a SELECT list: a known aggregate aggregates (unless OVER follows), a known
     * scalar does not, and any other function might: it is remembered, and the block counts as
     * stateful unless it turns out to be windowed (OVER) or the block groups anyway.
     */
    call(i, end, scope, block) {
        const t = this.t;
        const up = t.kind(i) === tokenlist/* QUOTED */.jB ? t.value(i).toUpperCase() : t.up(i);
        if (keywords/* AGGREGATE_FUNCTIONS */.Sn.has(up))
            return this.aggregateCall(i, end, scope, block);
        if (keywords/* SCALAR_FUNCTIONS */.J9.has(up) || up === 'TRY_CAST') {
            if (up === 'TRY_CAST')
                return this.cast(i + 1, end, scope, block);
            return this.paren(i + 1, end, scope, block);
        }
        const j = this.paren(i + 1, end, scope, block);
        // FILTER and WITHIN GROUP follow aggregates only.
        if ((0,tokens/* isWord */.Jg)(t, j, 'FILTER') || ((0,tokens/* isWord */.Jg)(t, j, 'WITHIN') && (0,tokens/* isWord */.Jg)(t, j + 1, 'GROUP'))) {
            return this.aggregateCall(i, end, scope, block);
        }
        if ((0,tokens/* isWord */.Jg)(t, j, 'OVER'))
            return j;
        const name = t.value(i);
        if (block.firstUnknown < 0)
            block.firstUnknown = i;
        if (!block.unknown.includes(name))
            block.unknown.push(name);
        return j;
    }
    /** `CAST(expr AS type)` whose `(` is at `open`: the type after AS names no function. */
    cast(open, end, scope, block) {
        const t = this.t;
        const close = this.match[open] < end ? this.match[open] : end;
        let as = open + 1;
        while (as < close && !(0,tokens/* isWord */.Jg)(t, as, 'AS'))
            as = (0,tokens/* isPunct */.dl)(t, as, '(') ? this.match[as] + 1 : as + 1;
        if (!this.enter(open, close, scope))
            return close + 1;
        this.expression(open + 1, Math.min(as, close), scope, block, NONE);
        this.depth--;
        return close + 1;
    }
    /** Whether the INTERVAL at `i` is subtracted from or added to "now" (`NOW() - INTERVAL '1' DAY`). */
    fromNow(i) {
        const t = this.t;
        if (!(t.isOperator(i - 1, '-') || t.isOperator(i - 1, '+')))
            return false;
        if (!t.isPunct(i - 2, ')'))
            return NOW_WORDS.has(t.up(i - 2));
        // `NOW()`, `CURRENT_WATERMARK(ts)`: a short call, looked for a few tokens back.
        for (let open = i - 3; open > 0 && i - 2 - open <= 8; open--) {
            if (t.isPunct(open, '(') && this.match[open] === i - 2)
                return NOW_WORDS.has(t.up(open - 1));
        }
        return false;
    }
    /** `AGG(…) [FILTER (…)] [WITHIN GROUP (…)]` at `i`: a global aggregate unless OVER follows. */
    aggregateCall(i, end, scope, block) {
        const t = this.t;
        let j = this.paren(i + 1, end, scope, block);
        if ((0,tokens/* isWord */.Jg)(t, j, 'FILTER') && (0,tokens/* isPunct */.dl)(t, j + 1, '('))
            j = this.paren(j + 1, end, scope, block);
        if ((0,tokens/* isWord */.Jg)(t, j, 'WITHIN') && (0,tokens/* isWord */.Jg)(t, j + 1, 'GROUP') && (0,tokens/* isPunct */.dl)(t, j + 2, '(')) {
            j = this.paren(j + 2, end, scope, block);
        }
        if (!(0,tokens/* isWord */.Jg)(t, j, 'OVER') && block.firstAggregate < 0)
            block.firstAggregate = i;
        return j;
    }
    /** Words that look like a clause but continue the expression: `LEFT(…)`, `WITHIN GROUP`. */
    continuesExpression(i) {
        const t = this.t;
        const up = t.up(i);
        if (up === 'LEFT' || up === 'RIGHT')
            return (0,tokens/* isPunct */.dl)(t, i + 1, '(');
        if (up === 'GROUP')
            return (0,tokens/* isWord */.Jg)(t, i - 1, 'WITHIN');
        return false;
    }
    followsIs(i) {
        const t = this.t;
        return (0,tokens/* isWord */.Jg)(t, i - 1, 'IS') || ((0,tokens/* isWord */.Jg)(t, i - 1, 'NOT') && (0,tokens/* isWord */.Jg)(t, i - 2, 'IS'));
    }
    /** A parenthesised group at `open` inside an expression: a subquery, or arguments / a nested expression. */
    paren(open, end, scope, block) {
        const t = this.t;
        const close = this.match[open] < end ? this.match[open] : end;
        if ((0,tokens/* opensQuery */.u7)(t, open)) {
            const before = open - 1;
            if ((0,tokens/* isWord */.Jg)(t, before, 'IN'))
                this.reason('IN subquery', before);
            else if ((0,tokens/* isWord */.Jg)(t, before, 'EXISTS'))
                this.reason('EXISTS subquery', before);
            // Any other subquery in an expression is a value per row: Flink joins it to the rows
            // (correlated or not), and a join keeps state.
            else
                this.secondary('scalar subquery', open + 1);
            const intervals = this.intervals;
            const j = this.query(open + 1, close, scope);
            if (j < close)
                this.expression(j, close, scope, null, NONE);
            this.intervals = intervals;
            return close + 1;
        }
        if (!this.enter(open, close, scope))
            return close + 1;
        this.expression(open + 1, close, scope, block, NONE);
        this.depth--;
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
            // What the scan skips (a join, an aggregate) may keep state.
            this.secondary('SQL the analyzer could not follow', i);
        }
        while (i < end) {
            let j = i + 1;
            if ((0,tokens/* isWord */.Jg)(t, i, 'SELECT') || (0,tokens/* isWord */.Jg)(t, i, 'WITH'))
                j = this.query(i, end, scope);
            else if ((0,tokens/* isWord */.Jg)(t, i, 'FROM') || (0,tokens/* isWord */.Jg)(t, i, 'JOIN'))
                j = this.fromList(i + 1, end, scope, null);
            else if ((0,tokens/* isPunct */.dl)(t, i, '('))
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













/**
 * The tokens of the statement being analysed, hints removed, indexed from 0. Reused for every
 * statement: copying a statement's columns is cheaper than allocating anything per token, and
 * reads past the statement's end answer "no token", as the analyzers expect.
 */
const view = new tokenlist/* TokenList */.cu();
/**
 * Analyzes `all[span.start, span.end)`. The fingerprint is answered once `analyzeSql` has
 * registered the statement with its analysis (lazy-fingerprint.ts).
 */
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
    if (facts.kind !== 'set' && !(0,tokens/* isWord */.Jg)(all, span.start, 'RESET'))
        reservedAfterDots(all, span, issues);
    const sourceRefs = facts.walker.sources;
    const reasons = primaryOrAll(inTextOrder(facts.walker.reasons, facts.ddlReasons));
    const stateful = facts.hasQuery || reasons.length > 0 ? reasons.length > 0 : null;
    const stmt = {
        kind: facts.kind,
        startLine: all.lines[span.start],
        endLine: all.lines[last] + (0,lexer/* newlines */.Ux)(all.src, all.starts[last], all.ends[last]),
        sinks: uniqueSorted(facts.sinkRefs),
        sources: uniqueSorted(sourceRefs),
        sinkRefs: facts.sinkRefs,
        sourceRefs,
        stateful,
        reasons: reasons.map((r) => r.functions
            ? { construct: r.construct, line: r.line, functions: r.functions }
            : { construct: r.construct, line: r.line }),
        joins: facts.walker.joins,
    };
    deferStatementFingerprint(stmt);
    if (facts.ddl !== undefined)
        deferDdl(stmt, facts.ddl);
    if (facts.property !== undefined)
        stmt.property = facts.property;
    if (facts.use !== undefined)
        stmt.use = facts.use;
    if (facts.changelog !== undefined)
        stmt.changelog = facts.changelog;
    return stmt;
}
function refOf(name) {
    return { name: name.name, parts: name.parts, line: name.line, offset: name.offset, length: name.length };
}
function uniqueSorted(refs) {
    const names = [];
    for (const r of refs)
        names.push(r.name);
    return (0,sorted/* sortUnique */._)(names);
}
/** The walker's reasons without the secondary ones, unless those are all there is (FoundReason.secondary). */
function primaryOrAll(reasons) {
    let secondary = 0;
    for (const r of reasons)
        if (r.secondary)
            secondary++;
    if (secondary === 0 || secondary === reasons.length)
        return reasons;
    return reasons.filter((r) => !r.secondary);
}
/** Reasons in text order; the walker finds them mostly in that order already, then no copy is sorted. */
function inTextOrder(walker, ddl) {
    const all = ddl.length === 0 ? walker : [...walker, ...ddl];
    for (let i = 1; i < all.length; i++) {
        if (all[i].offset < all[i - 1].offset)
            return (all === walker ? [...all] : all).sort((a, b) => a.offset - b.offset);
    }
    return all;
}
/** `EXECUTE STATEMENT SET BEGIN …; …; END`: each inner statement analysed on its own, facts merged. */
function statementSet(all, span, issues) {
    const body = span.body;
    const merged = {
        kind: 'statement-set',
        sinkRefs: [],
        walker: new QueryWalker(new tokenlist/* TokenList */.cu(0), new Int32Array(0), issues),
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
        while (j < body.end && !(0,tokens/* isPunct */.dl)(all, j, ';'))
            j++;
        if (j > i) {
            view.copyWithoutHints(all, i, j);
            const inner = analyzeTokens(view, issues);
            // Flink runs INSERT and CREATE TABLE … AS in a statement set.
            if (inner.kind !== 'insert' && inner.kind !== 'ctas') {
                issues.push({
                    severity: 'warning',
                    line: all.lines[i],
                    message: `a statement set should hold only INSERT and CREATE TABLE … AS statements, found '${all.text(i)}'`,
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
    const match = (0,tokens/* matchParens */.z_)(t, issues);
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
            if ((0,tokens/* isWord */.Jg)(t, 1, 'INSERT'))
                insert(ctx, 1, null);
            else if ((0,split/* statementSetBodyStart */.g)(t, 0) < 0)
                otherStatement(ctx, false);
            return facts;
        case 'WITH': {
            const w = walker.withList(1, end, null);
            if ((0,tokens/* isWord */.Jg)(t, w.next, 'INSERT'))
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
    if ((0,tokens/* isPunct */.dl)(t, 0, '(') || tokens/* QUERY_STARTS */.Rm.has(first))
        query(ctx, 0, null);
    else
        otherStatement(ctx, !keywords/* KNOWN_OTHER_STATEMENTS */.kL.has(first));
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
    const name = (0,tokens/* readName */.MQ)(ctx.t, i, ctx.end);
    ctx.facts.sinkRefs.push(refOf(name));
    // Parts after a dot are the lexer's to report.
    reservedName(ctx.t, i, 'a table', ctx.issues);
    return name.next;
}
/**
 * A warning when the token at `k` is a word Flink reserves, unquoted, where it names something:
 * Apache Flink's parser stops there (`CREATE TABLE t (value INT)`: `Encountered "value"`).
 */
function reservedName(t, k, what, issues) {
    const kind = t.kind(k);
    if ((kind !== tokenlist/* IDENTIFIER */.cS && kind !== tokenlist/* KEYWORD */.QR) || !reserved/* FLINK_RESERVED */.m.has(t.up(k)))
        return;
    const word = t.text(k);
    issues.push({
        severity: 'warning',
        line: t.lines[k],
        message: `${word} is a reserved word in Flink SQL and cannot name ${what} unquoted: write \`${word}\``,
    });
}
/**
 * A warning for each word Flink reserves right after a dot (`o.timestamp`, `db.user`): it names a
 * column or a table part. The lexer lists them (TokenList.reservedAfterDot) as it hashes each
 * word, so a statement looks only at those.
 */
function reservedAfterDots(all, span, issues) {
    for (const k of all.reservedAfterDot) {
        if (k > span.start && k < span.end)
            reservedName(all, k, 'a column or table', issues);
    }
}
/** What starts a table element other than a column (Flink's CREATE TABLE grammar). */
const ELEMENT_WORDS = new Set([
    'WATERMARK',
    'PRIMARY',
    'CONSTRAINT',
    'UNIQUE',
    'PERIOD',
    'FOREIGN',
    'CHECK',
    'LIKE',
]);
/** Types whose parameters stand in angle brackets, with commas between them. */
const statement_ANGLE_TYPES = new Set(['ROW', 'MAP', 'ARRAY', 'MULTISET']);
/** Each column of a CREATE TABLE body `(from, to)` whose name is an unquoted reserved word. */
function reservedColumns(ctx, from, to) {
    const { t, match } = ctx;
    let start = true;
    // Inside `ROW<a INT, b STRING>` or `MAP<STRING, INT>` a comma does not start a column.
    let angles = 0;
    for (let k = from; k < to; k++) {
        if (start && !ELEMENT_WORDS.has(t.up(k)))
            reservedName(t, k, 'a column', ctx.issues);
        start = false;
        const op = t.kind(k) === tokenlist/* OPERATOR */.pC ? t.text(k) : '';
        if (t.isPunct(k, '(')) {
            if (match[k] > k)
                k = match[k];
        }
        else if (op === '<') {
            if (angles > 0 || statement_ANGLE_TYPES.has(t.up(k - 1)))
                angles++;
        }
        else if (op === '>') {
            if (angles > 0)
                angles--;
        }
        else if (angles === 0 && t.isPunct(k, ','))
            start = true;
    }
}
function nameAt(ctx, i) {
    return (0,tokens/* nameStartsAt */.YY)(ctx.t, i, ctx.end);
}
function insert(ctx, i, scope) {
    const { t, end, facts } = ctx;
    const insertLine = t.lines[i];
    facts.kind = 'insert';
    let j = i + 1;
    if ((0,tokens/* isWord */.Jg)(t, j, 'INTO') || (0,tokens/* isWord */.Jg)(t, j, 'OVERWRITE'))
        j++;
    if ((0,tokens/* isWord */.Jg)(t, j, 'TABLE') && nameAt(ctx, j + 1))
        j++;
    if (!nameAt(ctx, j)) {
        ctx.issues.push({ severity: 'error', line: insertLine, message: 'INSERT without a target table' });
        if (j < end)
            ctx.walker.fallback(j, end, scope);
        return;
    }
    j = sink(ctx, j);
    if ((0,tokens/* isWord */.Jg)(t, j, 'PARTITION') && (0,tokens/* isPunct */.dl)(t, j + 1, '('))
        j = ctx.match[j + 1] + 1;
    if ((0,tokens/* isPunct */.dl)(t, j, '(') && !(0,tokens/* opensQuery */.u7)(t, j))
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
    if ((0,tokens/* isWord */.Jg)(t, i, 'OR') && ((0,tokens/* isWord */.Jg)(t, i + 1, 'REPLACE') || (0,tokens/* isWord */.Jg)(t, i + 1, 'ALTER')))
        i += 2;
    if ((0,tokens/* isWord */.Jg)(t, i, 'TEMPORARY'))
        i++;
    if ((0,tokens/* isWord */.Jg)(t, i, 'SYSTEM'))
        i++;
    const up = t.up(i);
    if (up === 'TABLE')
        createTable(ctx, i + 1, false);
    else if (up === 'MATERIALIZED' && (0,tokens/* isWord */.Jg)(t, i + 1, 'TABLE'))
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
    return (0,tokens/* isWord */.Jg)(t, i, 'IF') && (0,tokens/* isWord */.Jg)(t, i + 1, 'NOT') && (0,tokens/* isWord */.Jg)(t, i + 2, 'EXISTS') ? i + 3 : i;
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
    // The TableDdl is read from these tokens when asked for (lazy-ddl.ts); the walk below finds
    // only what every analysis needs.
    facts.ddl =
        i < end
            ? { src: t.src, from: t.starts[i], to: t.ends[end - 1], line: t.lines[i] }
            : { src: t.src, from: 0, to: 0, line: 1 };
    const nameLine = t.lines[i - 1] ?? t.lines[0];
    let primaryKey = -1;
    let options = {};
    let like = false;
    let query = false;
    walkTableClauses(t, i, end, match, {
        body: (open) => {
            primaryKey = primaryKeyIn(t, open + 1, match[open]);
            reservedColumns(ctx, open + 1, match[open]);
        },
        options: (open) => {
            options = { ...options, ...optionValues(t, open, match, changelog/* MODE_OPTIONS */.dj) };
        },
        like: (name) => {
            if (!materialized)
                facts.kind = 'create-like';
            like = true;
            walker.sources.push(refOf(name));
        },
        as: (as) => {
            if (!materialized)
                facts.kind = 'ctas';
            query = true;
            queryAfterAs(ctx, as);
        },
    });
    const decided = (0,changelog/* decidedMode */.EN)({ option: (k) => options[k]?.value, primaryKey: primaryKey >= 0 });
    if (decided) {
        const where = decided.from === 'primary-key'
            ? { line: t.lines[primaryKey], offset: t.starts[primaryKey] }
            : options[decided.from];
        facts.changelog = { mode: decided.mode, by: decided.by, line: where.line };
        ownModeReason(facts, decided, where);
    }
    else if (query || materialized) {
        facts.changelog = { mode: 'query', by: 'its query', line: nameLine };
    }
    else if (like) {
        facts.changelog = { mode: 'like', by: 'its LIKE table', line: nameLine };
    }
    else {
        facts.changelog = { mode: 'append', by: 'no PRIMARY KEY and no changelog.mode', line: nameLine };
    }
}
/** Index of the first `PRIMARY KEY` in `t[from, to)`, else -1 (PRIMARY is reserved: never a bare name). */
function primaryKeyIn(t, from, to) {
    for (let k = from; k < to; k++)
        if ((0,tokens/* isWord */.Jg)(t, k, 'PRIMARY') && (0,tokens/* isWord */.Jg)(t, k + 1, 'KEY'))
            return k;
    return -1;
}
/** Writing into an upsert or retract table keeps state: the statement that makes it so says it. */
function ownModeReason(facts, decided, at) {
    const construct = (0,changelog/* sinkReason */.gA)(decided);
    if (construct)
        facts.ddlReasons.push({ construct, line: at.line, offset: at.offset });
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
    while (i < end && !(0,tokens/* isWord */.Jg)(t, i, 'AS'))
        i = (0,tokens/* isPunct */.dl)(t, i, '(') ? match[i] + 1 : i + 1;
    if (i < end)
        queryAfterAs(ctx, i);
    else
        ctx.issues.push({ severity: 'error', line: t.lines[0], message: 'CREATE VIEW without AS and a query' });
}
function alter(ctx) {
    const { t, end, facts } = ctx;
    let i = 1;
    const up = t.up(i);
    const materialized = up === 'MATERIALIZED' && (0,tokens/* isWord */.Jg)(t, i + 1, 'TABLE');
    if (up === 'TABLE' || materialized) {
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
    if ((0,tokens/* isWord */.Jg)(t, i, 'IF') && (0,tokens/* isWord */.Jg)(t, i + 1, 'EXISTS'))
        i += 2;
    if (!nameAt(ctx, i)) {
        ctx.issues.push({ severity: 'error', line: t.lines[0], message: 'ALTER without a table name' });
        return;
    }
    i = sink(ctx, i);
    // `ALTER MATERIALIZED TABLE t AS <query>` (and `ALTER VIEW v AS <query>`) replace the
    // query: it reads its sources and may keep state like any other.
    if (materialized || up === 'VIEW') {
        while (i < end && !(0,tokens/* isWord */.Jg)(t, i, 'AS'))
            i = (0,tokens/* isPunct */.dl)(t, i, '(') ? ctx.match[i] + 1 : i + 1;
        if (i < end)
            queryAfterAs(ctx, i);
    }
    else
        alterChangelog(ctx, i);
}
/**
 * An ALTER TABLE that changes what decides the changelog mode: `SET` of a mode option, their
 * `RESET`, or a primary key added, changed or dropped (with no declared mode, the key decides
 * it). What it cannot decide on its own text is `unknown`, and writing the table then counts
 * as stateful: the analyzer cannot prove the sink stays append.
 */
function alterChangelog(ctx, i) {
    const { t, end, match, facts } = ctx;
    let change;
    const unknown = (k, by) => {
        change = { decided: { mode: 'unknown', by, from: 'primary-key' }, line: t.lines[k], offset: t.starts[k] };
    };
    for (let k = i; k < end; k++) {
        if (((0,tokens/* isWord */.Jg)(t, k, 'SET') || (0,tokens/* isWord */.Jg)(t, k, 'RESET')) && (0,tokens/* isPunct */.dl)(t, k + 1, '(')) {
            const close = match[k + 1];
            if ((0,tokens/* isWord */.Jg)(t, k, 'SET')) {
                const set = optionValues(t, k + 1, match, changelog/* MODE_OPTIONS */.dj);
                const first = changelog/* MODE_OPTIONS */.dj.find((o) => set[o] !== undefined);
                if (first !== undefined) {
                    const decided = (0,changelog/* decidedMode */.EN)({ option: (o) => set[o]?.value, primaryKey: false });
                    const at = set[decided ? decided.from : first];
                    change = {
                        decided: decided ?? { mode: 'unknown', by: `${first} '${set[first].value}'`, from: first },
                        line: at.line,
                        offset: at.offset,
                    };
                }
            }
            else {
                for (let j = k + 2; j < close; j++) {
                    const key = t.value(j);
                    if (changelog/* MODE_OPTIONS */.dj.includes(key))
                        unknown(j, `RESET of ${key}`);
                }
            }
            k = close;
        }
        else if ((0,tokens/* isWord */.Jg)(t, k, 'PRIMARY') || (0,tokens/* isWord */.Jg)(t, k, 'CONSTRAINT')) {
            unknown(k, 'a changed PRIMARY KEY');
        }
    }
    if (!change)
        return;
    facts.changelog = { mode: change.decided.mode, by: change.decided.by, line: change.line };
    const at = { line: change.line, offset: change.offset };
    if (change.decided.mode === 'unknown') {
        facts.ddlReasons.push({
            construct: `ALTER TABLE changes the changelog mode (${change.decided.by}); treated as stateful`,
            ...at,
        });
    }
    else
        ownModeReason(facts, change.decided, at);
}
function drop(ctx) {
    const { t, facts } = ctx;
    facts.kind = 'drop';
    let i = 1;
    if ((0,tokens/* isWord */.Jg)(t, i, 'TEMPORARY'))
        i++;
    if ((0,tokens/* isWord */.Jg)(t, i, 'MATERIALIZED'))
        i++;
    const up = t.up(i);
    if (up !== 'TABLE' && up !== 'VIEW')
        return;
    i++;
    if ((0,tokens/* isWord */.Jg)(t, i, 'IF') && (0,tokens/* isWord */.Jg)(t, i + 1, 'EXISTS'))
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
    if ((0,tokens/* isWord */.Jg)(t, 1, 'MODULES')) {
        facts.kind = 'other';
        return;
    }
    facts.kind = 'use';
    const catalog = (0,tokens/* isWord */.Jg)(t, 1, 'CATALOG') && nameAt(ctx, 2);
    const at = catalog ? 2 : 1;
    if (!(at < end && (0,tokens/* isNamePart */.L8)(t, at))) {
        ctx.issues.push({
            severity: 'error',
            line: t.lines[0],
            message: 'USE without a catalog or database name',
        });
        return;
    }
    const name = (0,tokens/* readName */.MQ)(t, at, end);
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
    const tokens = (0,lexer/* tokenize */.qw)(text, issues);
    const statements = [];
    for (const span of (0,split/* splitStatements */.X)(tokens)) {
        statements.push(analyzeStatement(tokens, span, issues));
    }
    inlineLocal(statements);
    const sinks = [];
    const sources = [];
    const reasons = [];
    const properties = {};
    let stateful = null;
    for (const s of statements) {
        for (const n of s.sinks)
            sinks.push(n);
        for (const n of s.sources)
            sources.push(n);
        reasons.push(...s.reasons);
        if (s.stateful !== null)
            stateful = stateful === true || s.stateful;
        if (s.property !== undefined)
            properties[s.property.key] = s.property.value;
    }
    if (issues.length > 1)
        issues.sort((a, b) => a.line - b.line);
    const analysis = {
        statements,
        sinks: (0,sorted/* sortUnique */._)(sinks),
        sources: (0,sorted/* sortUnique */._)(sources),
        stateful,
        reasons,
        properties,
    };
    deferFingerprints(analysis, text);
    analysis.issues = issues;
    return analysis;
}
/**
 * What a statement reads from tables and views created earlier in the same text.
 *
 * A view: Flink inlines it, so the statement's sources gain the view's sources (the view's
 * name stays, as written), and a view that keeps state makes the statement stateful, with a
 * reason naming the view, when nothing else does. Views reading earlier views are handled in
 * the same pass, in order.
 *
 * A table whose changelog is not append-only (upsert, retract, a stateful CREATE … AS, a mode
 * the analyzer cannot tell): reading it keeps state (changelog.ts). An ALTER TABLE of such a
 * table later in the text changes its mode from there on.
 */
function inlineLocal(statements) {
    let views;
    let tables;
    for (const s of statements) {
        if (views !== undefined && s.sourceRefs.length > 0) {
            // Each view once, with the line of its first reference.
            const read = new Map();
            for (const ref of s.sourceRefs) {
                const view = views.get(ref.name);
                if (view !== undefined && view !== s && !read.has(view))
                    read.set(view, ref.line);
            }
            for (const [view, line] of read) {
                s.sourceRefs.push(...view.sourceRefs);
                s.sources = (0,sorted/* sortUnique */._)([...s.sources, ...view.sources]);
                const first = view.reasons[0];
                if (first !== undefined && s.reasons.length === 0) {
                    s.reasons.push({
                        construct: `reads view \`${view.sinks[0]}\`, which keeps state (${(0,changelog/* quoted */.TL)(first.construct)}, line ${first.line})`,
                        line,
                        // Declaring the view's unknown functions scalar removes this reason as it removes theirs.
                        ...(view.reasons.every((r) => r.functions)
                            ? { functions: (0,sorted/* sortUnique */._)(view.reasons.flatMap((r) => r.functions)) }
                            : {}),
                    });
                    s.stateful = true;
                }
            }
        }
        // CREATE … LIKE names a table whose rows it does not read.
        if (tables !== undefined && s.kind !== 'create-like')
            readTables(s, tables);
        const name = s.sinkRefs[0]?.name;
        if (name === undefined)
            continue;
        if (s.kind === 'create-view')
            (views ??= new Map()).set(name, s);
        else if (s.changelog !== undefined && s.kind !== 'statement-set') {
            if (s.kind === 'alter-table') {
                if (tables?.has(name))
                    tables.set(name, modeOf(s, tables));
            }
            else
                (tables ??= new Map()).set(name, modeOf(s, tables));
        }
    }
}
/**
 * A reason for each earlier table the statement reads whose changelog is not append-only, and
 * for an upsert or retract table it writes: as in a project, where writing such a table makes
 * its statement stateful (the CREATE says why), the statement that writes it says so here.
 */
function readTables(s, tables) {
    const before = s.reasons.length;
    let seen;
    for (const ref of s.sourceRefs) {
        const read = tables.get(ref.name);
        if (read === undefined || seen?.has(ref.name))
            continue;
        (seen ??= new Set()).add(ref.name);
        const construct = (0,changelog/* readerReason */.Em)(ref.name, read);
        if (construct === undefined)
            continue;
        s.reasons.push({ construct, line: ref.line });
        s.stateful = true;
    }
    const writes = s.kind === 'insert' || s.kind === 'statement-set' ? s.sinkRefs : [];
    for (const ref of writes) {
        const written = tables.get(ref.name);
        if (written === undefined || !(0,changelog/* keepsState */.gq)(written.mode) || seen?.has(`\0${ref.name}`))
            continue;
        (seen ??= new Set()).add(`\0${ref.name}`);
        s.reasons.push({ construct: (0,changelog/* writerReason */._b)(ref.name, written), line: ref.line });
        s.stateful = true;
    }
    // Reasons stay in text order (a stable sort keeps same-line reasons as found).
    if (s.reasons.length > before)
        s.reasons.sort((a, b) => a.line - b.line);
}
/** The mode a CREATE gives its table, or an ALTER TABLE changes it to, as readers see it. */
function modeOf(s, tables) {
    const c = s.changelog;
    if (c.mode === 'query') {
        const first = s.reasons[0];
        return (0,changelog/* queryMode */.uW)(first && `${(0,changelog/* quoted */.TL)(first.construct)}, line ${first.line}`);
    }
    if (c.mode === 'like') {
        const from = s.sourceRefs[0]?.name;
        const known = from === undefined ? undefined : tables?.get(from);
        return known ?? { mode: 'unknown', by: `created LIKE \`${from}\`, which this text does not create` };
    }
    return { mode: c.mode, by: c.by };
}


/***/ }),

/***/ 3774:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EN: () => (/* binding */ decidedMode),
/* harmony export */   Em: () => (/* binding */ readerReason),
/* harmony export */   TL: () => (/* binding */ quoted),
/* harmony export */   _b: () => (/* binding */ writerReason),
/* harmony export */   dj: () => (/* binding */ MODE_OPTIONS),
/* harmony export */   gA: () => (/* binding */ sinkReason),
/* harmony export */   gq: () => (/* binding */ keepsState),
/* harmony export */   uW: () => (/* binding */ queryMode)
/* harmony export */ });
/* unused harmony export isMode */
/** The options that decide the mode; the others never change it. */
const MODE_OPTIONS = ['changelog.mode', 'connector', 'value.format', 'format'];
/**
 * Formats whose records are change events (before and after images): a table read through
 * one is a retract changelog. Confluent Cloud's `*-debezium-registry` value formats and
 * Apache Flink's `debezium-json`, `canal-json`, `maxwell-json`, `ogg-json` and their kin.
 */
const CHANGE_EVENT_FORMAT = /debezium|canal|maxwell|ogg/i;
/**
 * The mode a table's own clauses decide, or undefined when they decide nothing (no declared
 * mode, Confluent's connector, no change-event format, no key: the caller knows whether that
 * means append, the query's changes or the LIKE table's mode).
 *
 * Evidence for the default: https://docs.confluent.io/cloud/current/flink/reference/sql-examples.html
 * ("Table with a primary key" gets the upsert changelog mode; a table without one is append).
 */
function decidedMode(input) {
    const declared = input.option('changelog.mode');
    if (declared !== undefined) {
        const mode = declared.toLowerCase();
        return {
            mode: isMode(mode) ? mode : 'unknown',
            by: `changelog.mode '${declared}'`,
            from: 'changelog.mode',
        };
    }
    const connector = input.option('connector');
    const named = connector?.toLowerCase();
    const foreign = named !== undefined && named !== 'confluent';
    if (named === 'upsert-kafka')
        return { mode: 'upsert', by: `connector '${connector}'`, from: 'connector' };
    // A CDC source: upsert or retract depending on the connector (mongodb-cdc is upsert).
    if (foreign && named.endsWith('-cdc'))
        return { mode: 'unknown', by: `connector '${connector}'`, from: 'connector' };
    const key = input.option('value.format') !== undefined ? 'value.format' : 'format';
    const format = input.option(key);
    if (format !== undefined && CHANGE_EVENT_FORMAT.test(format))
        return { mode: 'retract', by: `${key} '${format}'`, from: key };
    // Another engine's connector: Confluent's default does not apply.
    if (foreign)
        return { mode: 'append', by: `connector '${connector}'`, from: 'connector' };
    if (input.primaryKey)
        return { mode: 'upsert', by: 'a PRIMARY KEY and no changelog.mode', from: 'primary-key' };
    return undefined;
}
/**
 * Why writing into a table of this mode keeps state (an upsert or retract sink), as a reason's
 * construct; undefined for the other modes. A declared mode reads as written before.
 */
function sinkReason(d) {
    if (!keepsState(d.mode))
        return undefined;
    if (d.from === 'changelog.mode')
        return `changelog.mode '${d.mode}'`;
    if (d.from === 'primary-key')
        return "changelog.mode 'upsert' by default (a PRIMARY KEY and no changelog.mode)";
    return `${d.by} (${d.mode === 'upsert' ? 'an upsert' : 'a retract'} table)`;
}
function isMode(s) {
    return s === 'append' || s === 'upsert' || s === 'retract';
}
/** Upsert and retract tables hold updates and deletes: writing them, and reading them, keeps state. */
function keepsState(mode) {
    return mode === 'upsert' || mode === 'retract';
}
/**
 * Why reading a table of this mode keeps state, as a reason's construct, or undefined for an
 * append table. Flink normalises an upsert source (ChangelogNormalize, a state per key);
 * Apache Flink reads a retract changelog without state, but Confluent Cloud lists reading
 * retract sources among what keeps state, and "unsure means stateful".
 */
function readerReason(table, read) {
    switch (read.mode) {
        case 'upsert':
            return `reads \`${table}\`, an upsert table: Flink keeps state to normalise its changelog`;
        case 'retract':
            return `reads \`${table}\`, a retract table: reading its updates and deletes counts as stateful`;
        case 'updating':
            return `reads \`${table}\`, whose changelog may hold updates: ${read.by}`;
        case 'unknown':
            return `reads \`${table}\`, whose changelog mode is not known (${read.by}): treated as stateful`;
        default:
            return undefined;
    }
}
/** Why writing a table of this (upsert or retract) mode keeps state, for a statement apart from the table's DDL. */
function writerReason(table, written) {
    return `writes \`${table}\`, ${written.mode === 'upsert' ? 'an upsert' : 'a retract'} table (${written.by})`;
}
/**
 * A reason as another reason quotes it: a reason taken from a parent ("reads `t`, an upsert
 * table: …", "reads view `v`, which keeps state (…)") shortened to what it reads, so that a
 * chain of tables or views gives reasons of bounded length, not ones that nest to its depth.
 */
function quoted(construct) {
    if (!construct.startsWith('reads '))
        return construct;
    const end = construct.search(/, (which|whose)|: /);
    return end < 0 ? construct : construct.slice(0, end);
}
/**
 * The mode of a CREATE … AS that declares none, from its verdict: a query that keeps state
 * may write updates. `why` is the first reason it keeps state (`quoted`), with where it is.
 */
function queryMode(why) {
    return why
        ? { mode: 'updating', by: `its query keeps state (${why})` }
        : { mode: 'append', by: 'its query only inserts' };
}


/***/ }),

/***/ 2889:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  BK: () => (/* binding */ fingerprintTokens),
  J2: () => (/* binding */ normalisedTokens),
  sc: () => (/* binding */ sha256)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/sql/keywords.ts
var keywords = __webpack_require__(9662);
// EXTERNAL MODULE: ./src/sql/tokenlist.ts
var tokenlist = __webpack_require__(3417);
;// CONCATENATED MODULE: ./src/sql/utf8.ts
/**
 * A reusable UTF-8 byte buffer that is filled from slices of a string. Hashing these bytes
 * gives the same digest as hashing the concatenated string (Node encodes strings as UTF-8,
 * with U+FFFD for a lone surrogate), without building that string: for a whole project the
 * canonical statement texts were a third of everything the analyzer allocated.
 */
class Utf8Buffer {
    bytes = new Uint8Array(1 << 16);
    length = 0;
    /** A high surrogate whose low half may start the next piece */
    high = 0;
    reset() {
        this.length = 0;
        this.high = 0;
    }
    /** Appends `text[from, to)`. */
    append(text, from, to) {
        // Three bytes per UTF-16 unit is the worst case (a pair is 4 bytes for 2 units).
        if (this.length + 3 * (to - from) + 3 > this.bytes.length)
            this.grow(3 * (to - from) + 3);
        const bytes = this.bytes;
        let n = this.length;
        let p = from;
        // A pending high surrogate takes the slow path until it is paired or replaced.
        while (this.high !== 0 && p < to)
            n = this.encode(text.charCodeAt(p++), n);
        for (; p < to; p++) {
            const c = text.charCodeAt(p);
            if (c < 0x80)
                bytes[n++] = c;
            else {
                n = this.encode(c, n);
                while (this.high !== 0 && p + 1 < to)
                    n = this.encode(text.charCodeAt(++p), n);
            }
        }
        this.length = n;
    }
    /** The bytes so far; a trailing lone high surrogate is written as U+FFFD first. */
    view() {
        if (this.high !== 0) {
            this.high = 0;
            this.length = this.replacement(this.length);
        }
        return this.bytes.subarray(0, this.length);
    }
    encode(c, n) {
        const bytes = this.bytes;
        if (this.high !== 0) {
            const high = this.high;
            this.high = 0;
            if (c >= 0xdc00 && c <= 0xdfff) {
                const cp = ((high - 0xd800) << 10) + (c - 0xdc00) + 0x10000;
                bytes[n] = 0xf0 | (cp >> 18);
                bytes[n + 1] = 0x80 | ((cp >> 12) & 0x3f);
                bytes[n + 2] = 0x80 | ((cp >> 6) & 0x3f);
                bytes[n + 3] = 0x80 | (cp & 0x3f);
                return n + 4;
            }
            n = this.replacement(n);
        }
        if (c < 0x80) {
            bytes[n] = c;
            return n + 1;
        }
        if (c < 0x800) {
            bytes[n] = 0xc0 | (c >> 6);
            bytes[n + 1] = 0x80 | (c & 0x3f);
            return n + 2;
        }
        if (c >= 0xd800 && c <= 0xdbff) {
            this.high = c;
            return n;
        }
        if (c >= 0xdc00 && c <= 0xdfff)
            return this.replacement(n);
        bytes[n] = 0xe0 | (c >> 12);
        bytes[n + 1] = 0x80 | ((c >> 6) & 0x3f);
        bytes[n + 2] = 0x80 | (c & 0x3f);
        return n + 3;
    }
    replacement(n) {
        this.bytes[n] = 0xef;
        this.bytes[n + 1] = 0xbf;
        this.bytes[n + 2] = 0xbd;
        return n + 3;
    }
    grow(extra) {
        const bytes = new Uint8Array(Math.max(this.bytes.length * 2, this.length + extra));
        bytes.set(this.bytes.subarray(0, this.length));
        this.bytes = bytes;
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
    return kind === tokenlist/* IDENTIFIER */.cS || kind === tokenlist/* KEYWORD */.QR || kind === tokenlist/* NUMBER */.uk;
}
/** Whether token `a` directly followed by `b` would lex differently (`a b` vs `ab`, `< =` vs `<=`, `'a' 'b'` vs `'a''b'`). */
function needsSpace(t, a, b) {
    const ka = t.kinds[a];
    const kb = t.kinds[b];
    if (ka === kb)
        return ka !== tokenlist/* PUNCT */.rU && ka !== tokenlist/* HINT */.Sc;
    if (wordLike(ka) && wordLike(kb))
        return true;
    return (ka === tokenlist/* NUMBER */.uk && t.textIs(b, '.')) || (t.textIs(a, '.') && kb === tokenlist/* NUMBER */.uk);
}
/** Token `i`'s canonical text when it differs from the written text, else null. */
function canonical(t, i, fold) {
    switch (t.kinds[i]) {
        case tokenlist/* KEYWORD */.QR:
            return (t.flags[i] & tokenlist/* UP_IS_TEXT */.hm) !== 0 ? null : t.up(i);
        case tokenlist/* IDENTIFIER */.cS: {
            if (fold !== undefined && (t.flags[i] & tokenlist/* UP_IS_TEXT */.hm) === 0 && fold(t, i))
                return t.up(i);
            // Built-in function names are case-insensitive in Flink: `count(*)` is `COUNT(*)`.
            if (!t.isPunct(i + 1, '('))
                return null;
            const up = t.up(i);
            if (!keywords/* BUILTIN_FUNCTIONS */.Q0.has(up))
                return null;
            return t.textIs(i, up) ? null : up;
        }
        case tokenlist/* HINT */.Sc: {
            const text = t.text(i);
            const collapsed = text.replace(/\s+/g, ' ');
            return collapsed === text ? null : collapsed;
        }
    }
    return null;
}
/** Sends the canonical form of `t[start, end)`, `;` left out, to `sink`. */
function writeCanonical(t, start, end, sink, fold) {
    const text = t.src;
    let prev = -1;
    let runStart = -1;
    let runEnd = 0;
    for (let i = start; i < end; i++) {
        if (t.isPunct(i, ';'))
            continue;
        const offset = t.starts[i];
        const canon = canonical(t, i, fold);
        const space = prev >= 0 && needsSpace(t, prev, i);
        const gapMatches = space ? offset === runEnd + 1 && text.charCodeAt(runEnd) === 32 : offset === runEnd;
        if (canon === null && runStart >= 0 && gapMatches) {
            runEnd = t.ends[i];
        }
        else {
            if (runStart >= 0)
                sink.slice(text, runStart, runEnd);
            if (space)
                sink.literal(' ');
            if (canon === null) {
                runStart = offset;
                runEnd = t.ends[i];
            }
            else {
                sink.literal(canon);
                runStart = -1;
            }
        }
        prev = i;
    }
    if (runStart >= 0)
        sink.slice(text, runStart, runEnd);
}
class StringSink {
    out = '';
    slice(text, from, to) {
        this.out += text.slice(from, to);
    }
    literal(s) {
        this.out += s;
    }
}
class HashSink {
    buffer = new Utf8Buffer();
    slice(text, from, to) {
        this.buffer.append(text, from, to);
    }
    literal(s) {
        this.buffer.append(s, 0, s.length);
    }
}
const hashSink = new HashSink();
/** Canonical form of `t[start, end)`, `;` left out; `fold` upper-cases more identifiers. */
function normalisedTokens(t, start, end, fold) {
    const sink = new StringSink();
    writeCanonical(t, start, end, sink, fold);
    return sink.out;
}
/** `sha256(normalisedTokens(t, start, end))`, without building the canonical string. */
function fingerprintTokens(t, start, end) {
    hashSink.buffer.reset();
    writeCanonical(t, start, end, hashSink);
    return sha256Bytes(hashSink.buffer.view());
}
/** One-shot `crypto.hash` (Node ≥ 20.12) is about three times faster than a Hash object on short inputs. */
const oneShot = typeof external_node_crypto_.hash === 'function' ? external_node_crypto_.hash : null;
function sha256(text) {
    return oneShot !== null
        ? oneShot('sha256', text, 'hex')
        : external_node_crypto_.createHash('sha256').update(text).digest('hex');
}
function sha256Bytes(bytes) {
    return oneShot !== null
        ? oneShot('sha256', bytes, 'hex')
        : external_node_crypto_.createHash('sha256').update(bytes).digest('hex');
}


/***/ }),

/***/ 9662:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A7: () => (/* binding */ BLOCK_CLAUSE_END),
/* harmony export */   DA: () => (/* binding */ WINDOW_TVFS),
/* harmony export */   J9: () => (/* binding */ SCALAR_FUNCTIONS),
/* harmony export */   Q0: () => (/* binding */ BUILTIN_FUNCTIONS),
/* harmony export */   Qi: () => (/* binding */ TABLE_REF_STOP),
/* harmony export */   Sn: () => (/* binding */ AGGREGATE_FUNCTIONS),
/* harmony export */   bz: () => (/* binding */ KEYWORD_LIST),
/* harmony export */   kL: () => (/* binding */ KNOWN_OTHER_STATEMENTS),
/* harmony export */   qk: () => (/* binding */ SELECT_LIST_END),
/* harmony export */   rs: () => (/* binding */ SEARCH_FUNCTIONS),
/* harmony export */   vJ: () => (/* binding */ JOIN_CONDITION_END)
/* harmony export */ });
/* unused harmony export KEYWORDS */
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
/**
 * Aggregate functions: in a SELECT list without GROUP BY (and not under OVER) they aggregate
 * globally. Apache Flink's built-in aggregates (its SQL operator table and function
 * definitions) and Confluent Cloud's `ML_EVALUATE`, a table aggregation. A function on neither
 * this list nor SCALAR_FUNCTIONS is unknown, and an unknown function in an aggregate position
 * makes the query stateful: it may be a user-defined aggregate.
 */
const AGGREGATE_FUNCTIONS = words(`
  COUNT SUM MIN MAX AVG COLLECT LISTAGG ARRAY_AGG STDDEV_POP STDDEV_SAMP VAR_POP VAR_SAMP
  FIRST_VALUE LAST_VALUE JSON_ARRAYAGG JSON_OBJECTAGG STDDEV VARIANCE APPROX_COUNT_DISTINCT
  PERCENTILE SINGLE_VALUE GROUPING GROUPING_ID GROUP_ID CUME_DIST PERCENT_RANK NTILE RANK
  DENSE_RANK ROW_NUMBER LAG LEAD ML_EVALUATE
`);
/**
 * Built-in functions that compute one row's value from that row alone: Apache Flink's scalar
 * functions (its SQL operator table and built-in function definitions, 2.2) and Confluent
 * Cloud's documented scalar functions (ML preprocessing). A call of one of these in a SELECT
 * list never makes the query stateful. Keywords that call like functions (`CAST`, `TRIM`,
 * `SUBSTRING`, `EXTRACT`, `IF`, `LEFT`, …) are never taken for unknown functions, so they
 * need not be here.
 */
const SCALAR_FUNCTIONS = words(`
  ABS ACOS ASIN ATAN ATAN2 BIN CEIL CEILING COS COSH COT DEGREES E EXP FLOOR HEX LN LOG LOG10
  LOG2 MOD PI POWER RADIANS RAND RAND_INTEGER ROUND SIGN SIN SINH SQRT TAN TANH TRUNCATE UNHEX
  UUID ASCII BTRIM CHAR_LENGTH CHARACTER_LENGTH CHR CONCAT CONCAT_WS DECODE ELT ENCODE ENDSWITH
  FROM_BASE64 INITCAP INSTR LOCATE LOWER LPAD LTRIM MD5 PARSE_URL PRINTF REGEXP REGEXP_COUNT
  REGEXP_EXTRACT REGEXP_EXTRACT_ALL REGEXP_INSTR REGEXP_REPLACE REGEXP_SUBSTR REPEAT REPLACE
  REVERSE RPAD RTRIM SHA1 SHA2 SHA224 SHA256 SHA384 SHA512 SPLIT SPLIT_INDEX STARTSWITH
  STR_TO_MAP SUBSTR TO_BASE64 TRANSLATE UPPER URL_DECODE URL_ENCODE HASH_CODE IS_ALPHA
  IS_DECIMAL IS_DIGIT COALESCE GREATEST IFNULL LEAST NULLIF TRY_CAST TYPEOF DEFAULT
  CONVERT_TZ CURRENT_DATABASE CURRENT_CATALOG CURRENT_ROW_TIMESTAMP CURRENT_WATERMARK
  DATE_FORMAT DAYOFMONTH DAYOFWEEK DAYOFYEAR FROM_UNIXTIME LOCALTIME LOCALTIMESTAMP NOW
  PROCTIME PROCTIME_MATERIALIZE QUARTER SOURCE_WATERMARK TIMESTAMPADD TIMESTAMPDIFF TO_DATE
  TO_TIMESTAMP TO_TIMESTAMP_LTZ UNIX_TIMESTAMP WEEK STREAMRECORD_TIMESTAMP
  TUMBLE_START TUMBLE_END TUMBLE_ROWTIME TUMBLE_PROCTIME HOP_START HOP_END HOP_ROWTIME
  HOP_PROCTIME SESSION_START SESSION_END SESSION_ROWTIME SESSION_PROCTIME MATCH_ROWTIME
  MATCH_PROCTIME CLASSIFIER FIRST LAST PREV NEXT
  ARRAY_APPEND ARRAY_CONCAT ARRAY_CONTAINS ARRAY_DISTINCT ARRAY_EXCEPT ARRAY_INTERSECT
  ARRAY_JOIN ARRAY_MAX ARRAY_MIN ARRAY_POSITION ARRAY_PREPEND ARRAY_REMOVE ARRAY_REVERSE
  ARRAY_SLICE ARRAY_SORT ARRAY_UNION CARDINALITY ELEMENT MAP_ENTRIES MAP_FROM_ARRAYS MAP_KEYS
  MAP_UNION MAP_VALUES
  IS_JSON JSON JSON_ARRAY JSON_EXISTS JSON_OBJECT JSON_QUERY JSON_QUOTE JSON_STRING
  JSON_UNQUOTE JSON_VALUE OBJECT_OF OBJECT_UPDATE PARSE_JSON TRY_PARSE_JSON
  ML_BUCKETIZE ML_CHARACTER_TEXT_SPLITTER ML_FILE_FORMAT_TEXT_SPLITTER ML_LABEL_ENCODER
  ML_MAX_ABS_SCALER ML_MIN_MAX_SCALER ML_NGRAMS ML_NORMALIZER ML_ONE_HOT_ENCODER
  ML_RECURSIVE_TEXT_SPLITTER ML_ROBUST_SCALER ML_STANDARD_SCALER
`);
/**
 * Confluent Cloud's search functions: their first argument names a table without `TABLE`,
 * `KEY_SEARCH_AGG(users_pg, DESCRIPTOR(id), user_id)` (Confluent's search function reference).
 */
const SEARCH_FUNCTIONS = words(`
  KEY_SEARCH_AGG TEXT_SEARCH_AGG VECTOR_SEARCH_AGG
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


/***/ }),

/***/ 1518:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ii: () => (/* binding */ lex),
/* harmony export */   Lf: () => (/* binding */ tokenizeRange),
/* harmony export */   Ux: () => (/* binding */ newlines),
/* harmony export */   eq: () => (/* binding */ BANG_EQUAL),
/* harmony export */   qw: () => (/* binding */ tokenize)
/* harmony export */ });
/* harmony import */ var _keywords_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9662);
/* harmony import */ var _reserved_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7898);
/* harmony import */ var _tokenlist_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3417);
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
        const kind = _tokenlist_js__WEBPACK_IMPORTED_MODULE_2__/* .KIND_NAMES */ .kd[t.kinds[i]];
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
// h * 31 + c with shifts: Math.imul is a slow cross-realm call inside Jest's VM contexts.
function foldedHash(h, c) {
    return ((h << 5) - h + (c >= 97 && c <= 122 ? c - 32 : c)) | 0;
}
/**
 * A lookup of upper-case `words`, in any case, without slicing or hashing a string: the
 * word's case-folded hash is computed while its characters are scanned and looked up in an
 * open-addressing table. Returns the index in `words` of `text[start, end)` (hash `h`), or -1.
 */
function wordTable(words) {
    const bits = 11;
    const mask = (1 << bits) - 1;
    const table = new Int32Array(1 << bits);
    const hashes = new Int32Array(words.length);
    for (let k = 0; k < words.length; k++) {
        let h = 0;
        for (let j = 0; j < words[k].length; j++)
            h = foldedHash(h, words[k].charCodeAt(j));
        hashes[k] = h;
        let slot = h & mask;
        while (table[slot] !== 0)
            slot = (slot + 1) & mask;
        table[slot] = k + 1;
    }
    return (text, start, end, h) => {
        const len = end - start;
        for (let slot = h & mask; table[slot] !== 0; slot = (slot + 1) & mask) {
            const k = table[slot] - 1;
            const word = words[k];
            if (hashes[k] !== h || word.length !== len)
                continue;
            let j = 0;
            while (j < len) {
                const c = text.charCodeAt(start + j);
                if ((c >= 97 && c <= 122 ? c - 32 : c) !== word.charCodeAt(j))
                    break;
                j++;
            }
            if (j === len)
                return k;
        }
        return -1;
    };
}
/** Index in KEYWORD_LIST of the keyword spelled by `text[start, end)` in any case, or -1. */
const keywordAt = wordTable(_keywords_js__WEBPACK_IMPORTED_MODULE_0__/* .KEYWORD_LIST */ .bz);
const reservedAt = wordTable([..._reserved_js__WEBPACK_IMPORTED_MODULE_1__/* .FLINK_RESERVED */ .m]);
/**
 * Number of line breaks in `text[from, to)`. It reads only that range: `indexOf` would search
 * on to the next line break, which on a long one-line file is its end, once per token.
 */
function newlines(text, from, to) {
    let count = 0;
    for (let p = from; p < to; p++)
        if (text.charCodeAt(p) === NL)
            count++;
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
    text;
    ahead;
    next = -1;
    constructor(text, ahead) {
        this.text = text;
        this.ahead = ahead;
    }
    /** Line breaks in `text[from, to)`. */
    in(from, to) {
        if (!this.ahead)
            return newlines(this.text, from, to);
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
 * `!=` as not-equal. Apache Flink 2.2.1's parser refuses it ("SQL parse failed. Bang equal '!='
 * is not allowed under the current SQL conformance level") and Confluent's comparison functions
 * list only `<>`; whether Confluent Cloud's conformance allows it is not shown, so the analyzer
 * warns (the emulator, strict, refuses it).
 */
const BANG_EQUAL = "!= is not Flink SQL's not-equal (Apache Flink's parser refuses it under its SQL conformance level): write <>";
/**
 * The list `tokenize` fills. Reused by every call, so lexing allocates nothing per token once
 * the buffers have grown to the largest file; a result is valid until the next call.
 */
const shared = new _tokenlist_js__WEBPACK_IMPORTED_MODULE_2__/* .TokenList */ .cu();
/**
 * Lexes `text` into the shared TokenList (valid until the next call) and appends lexical
 * problems to `issues`.
 */
function tokenize(text, issues) {
    return tokenizeRange(shared, text, 0, text.length, 1, issues);
}
/**
 * Lexes the tokens of `text` that start in `[from, to)` into `tokens`, counting lines from
 * `line`. The lexer carries no state from one token to the next but the offset and the line,
 * so started at a token that a whole-text pass found (with that token's line), it finds
 * exactly that pass's tokens, offsets and lines: lookahead still reads the whole text.
 */
// The main loop keeps `i` and `line` in variables that no closure captures, so they stay in registers.
function tokenizeRange(tokens, text, from, to, line, issues) {
    tokens.reset(text);
    const n = text.length;
    let i = from;
    /** Token indexes of lone `|`, checked against their context once all tokens are known */
    let pipes;
    const breaks = new LineBreaks(text, to === n);
    while (i < to) {
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
            const before = tokens.count - 1;
            if (before >= 0 &&
                tokens.kinds[before] === _tokenlist_js__WEBPACK_IMPORTED_MODULE_2__/* .PUNCT */ .rU &&
                text.charCodeAt(tokens.starts[before]) === DOT &&
                reservedAt(text, start, i, h) >= 0)
                tokens.reservedAfterDot.push(tokens.count);
            // The upper-case form is the text when there is no lower case (and, as it always was, an
            // ASCII first character); otherwise TokenList computes it when asked.
            const upIsText = (seen & LOWER) === 0 && c < 128 ? _tokenlist_js__WEBPACK_IMPORTED_MODULE_2__/* .UP_IS_TEXT */ .hm : 0;
            const ascii = (seen & NON_ASCII) === 0 ? _tokenlist_js__WEBPACK_IMPORTED_MODULE_2__/* .ASCII_WORD */ .R2 : 0;
            if (kw >= 0)
                tokens.push(_tokenlist_js__WEBPACK_IMPORTED_MODULE_2__/* .KEYWORD */ .QR, start, i, line, kw, upIsText | ascii);
            else
                tokens.push(_tokenlist_js__WEBPACK_IMPORTED_MODULE_2__/* .IDENTIFIER */ .cS, start, i, line, 0, upIsText | ascii);
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
            if (isHint)
                tokens.push(_tokenlist_js__WEBPACK_IMPORTED_MODULE_2__/* .HINT */ .Sc, i, end, startLine, 0, 0);
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
                tokens.push(_tokenlist_js__WEBPACK_IMPORTED_MODULE_2__/* .IDENTIFIER */ .cS, start, i, line, 0, 0);
                continue;
            }
            tokens.push(_tokenlist_js__WEBPACK_IMPORTED_MODULE_2__/* .NUMBER */ .uk, start, i, line, 0, 0);
            continue;
        }
        if (c === QUOTE || c === D_QUOTE || c === BACKTICK) {
            const close = quotedEnd(text, i, c);
            const end = close < 0 ? n : close;
            if (close < 0) {
                const what = c === BACKTICK ? 'quoted identifier' : 'string literal';
                issues.push({ severity: 'error', line, message: `unterminated ${what}` });
            }
            else if (c === D_QUOTE) {
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
            tokens.push(c === BACKTICK ? _tokenlist_js__WEBPACK_IMPORTED_MODULE_2__/* .QUOTED */ .jB : _tokenlist_js__WEBPACK_IMPORTED_MODULE_2__/* .STRING */ .An, i, end, line, 0, 0);
            line += breaks.in(i + 1, end);
            i = end;
            continue;
        }
        if (c === QUESTION) {
            tokens.push(_tokenlist_js__WEBPACK_IMPORTED_MODULE_2__/* .PARAM */ .Ue, i, i + 1, line, 0, 0);
            i++;
            continue;
        }
        if ((c === DOLLAR && next === L_BRACE) || (c === L_BRACE && next === L_BRACE)) {
            const closer = c === DOLLAR ? '}' : '}}';
            const close = text.indexOf(closer, i + 2);
            const end = close < 0 ? n : close + closer.length;
            if (close < 0)
                issues.push({ severity: 'error', line, message: 'unterminated template placeholder' });
            tokens.push(_tokenlist_js__WEBPACK_IMPORTED_MODULE_2__/* .PARAM */ .Ue, i, end, line, 0, 0);
            line += breaks.in(i, end);
            i = end;
            continue;
        }
        if (isTwoCharOperator(c, next)) {
            if (c === BANG)
                issues.push({ severity: 'warning', line, message: BANG_EQUAL });
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
                    message: "-> is not Flink SQL (Apache Flink has no arrow operator): read a JSON field with JSON_VALUE(text, '$.field')",
                });
            tokens.push(_tokenlist_js__WEBPACK_IMPORTED_MODULE_2__/* .OPERATOR */ .pC, i, i + 2, line, 0, 0);
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
        if (c === PIPE)
            (pipes ??= []).push(tokens.count);
        tokens.push(isPunctChar(c) ? _tokenlist_js__WEBPACK_IMPORTED_MODULE_2__/* .PUNCT */ .rU : _tokenlist_js__WEBPACK_IMPORTED_MODULE_2__/* .OPERATOR */ .pC, i, i + 1, line, 0, 0);
        i++;
    }
    if (pipes !== undefined)
        reportPipes(tokens, pipes, issues);
    return tokens;
}
/**
 * An issue for each lone `|` (token indexes `pipes`, in order) that is not inside the
 * parentheses after PATTERN, where it separates alternatives. Apache Flink 2.2.1's parser
 * stops at any other (`SELECT a | 1`: `Encountered "|"`), by its grammar: the referee's
 * planner (`validate --engine flink`, tests/referee/parse-agreement.test.ts) shows both.
 */
function reportPipes(t, pipes, issues) {
    // For each open parenthesis: whether it is a PATTERN's, or inside one.
    const inPattern = [];
    let k = 0;
    for (let i = 0; i < t.count && k < pipes.length; i++) {
        if (t.kinds[i] === _tokenlist_js__WEBPACK_IMPORTED_MODULE_2__/* .PUNCT */ .rU) {
            const c = t.src.charCodeAt(t.starts[i]);
            if (c === L_PAREN) {
                const before = i > 0 ? t.kinds[i - 1] : _tokenlist_js__WEBPACK_IMPORTED_MODULE_2__/* .NONE */ .x3;
                const opens = (before === _tokenlist_js__WEBPACK_IMPORTED_MODULE_2__/* .KEYWORD */ .QR || before === _tokenlist_js__WEBPACK_IMPORTED_MODULE_2__/* .IDENTIFIER */ .cS) && t.up(i - 1) === 'PATTERN';
                inPattern.push(opens || inPattern[inPattern.length - 1] === true);
            }
            else if (c === R_PAREN)
                inPattern.pop();
        }
        if (i !== pipes[k])
            continue;
        k++;
        if (inPattern[inPattern.length - 1] !== true)
            issues.push({
                severity: 'error',
                line: t.lines[i],
                message: 'character | is not Flink SQL outside the PATTERN of MATCH_RECOGNIZE: write || to join strings',
            });
    }
}
/**
 * Characters Apache Flink's lexer stops at wherever they stand ("SQL parse failed. Lexical
 * error at line 1, column 10. Encountered: "#" (35)", Flink 2.2.1): `#`, `@`, `\`, `~`, `&`,
 * and `!` when not in `!=` (that pair is an operator, taken before this).
 */
function isForeignChar(c) {
    return c === 35 || c === 64 || c === 92 || c === 126 || c === 38 || c === BANG;
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


/***/ }),

/***/ 7898:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ FLINK_RESERVED),
/* harmony export */   u: () => (/* binding */ reservedWordIn)
/* harmony export */ });
/**
 * The words Apache Flink 2.2.1's SQL parser reserves: its parser's own list
 * (`FlinkSqlParserImpl`'s metadata, `isReservedWord`, read with the referee's jars). Unquoted,
 * such a word cannot name a table or a column: `CREATE TABLE t (value INT)` fails with
 * `Encountered "value"`. Confluent Cloud says the same of its reserved words ("You can use
 * reserved words as identifiers if you quote them with backtick characters": docs, Flink SQL
 * Reserved Keywords in Confluent Cloud for Apache Flink); whether its list is exactly this one is
 * not shown, so the analyzer warns and the emulator, strict, refuses.
 */
const FLINK_RESERVED = new Set(`
  ABS ALL ALLOCATE ALLOW ALTER AND ANY ARE ARRAY ARRAY_CONCAT_AGG ARRAY_MAX_CARDINALITY AS
  ASENSITIVE ASYMMETRIC AT ATOMIC AUTHORIZATION AVG BEGIN BEGIN_FRAME BEGIN_PARTITION BETWEEN
  BIGINT BINARY BIT BLOB BOOLEAN BOTH BUCKETS BY BYTES CALL CALLED CARDINALITY CASCADED CASE CAST
  CATALOGS CEIL CEILING CHAR CHARACTER CHARACTER_LENGTH CHAR_LENGTH CHECK CLASSIFIER CLOB CLOSE
  COALESCE COLLATE COLLECT COLUMN COMMENT COMMIT CONDITION CONNECT CONSTRAINT CONTAINS
  CONTAINS_SUBSTR CONTINUOUS CONVERT CORR CORRESPONDING COUNT COVAR_POP COVAR_SAMP CREATE CROSS
  CUBE CUME_DIST CURRENT CURRENT_CATALOG CURRENT_DATE CURRENT_DEFAULT_TRANSFORM_GROUP
  CURRENT_PATH CURRENT_ROLE CURRENT_ROW CURRENT_SCHEMA CURRENT_TIME CURRENT_TIMESTAMP
  CURRENT_TRANSFORM_GROUP_FOR_TYPE CURRENT_USER CURSOR CYCLE DATABASES DATE DATETIME
  DATETIME_TRUNC DATE_TRUNC DAY DEALLOCATE DEC DECIMAL DECLARE DEFAULT DEFINE DELETE DENSE_RANK
  DEREF DESCRIBE DETERMINISTIC DISALLOW DISCONNECT DISTINCT DISTRIBUTED DISTRIBUTION DOT DOUBLE
  DROP DYNAMIC EACH ELEMENT ELSE EMPTY END END-EXEC END_FRAME END_PARTITION EQUALS ESCAPE EVERY
  EXCEPT EXEC EXECUTE EXISTS EXP EXPLAIN EXTEND EXTENDED EXTERNAL EXTRACT FALSE FETCH FILTER
  FIRST_VALUE FLOAT FLOOR FOR FOREIGN FRAME_ROW FREE FRESHNESS FRIDAY FROM FULL FUNCTION
  FUNCTIONS FUSION GET GLOBAL GRANT GROUP GROUPING GROUPS GROUP_CONCAT HASH HAVING HOLD HOUR
  IDENTITY ILIKE IMPORT IN INCLUDE INDICATOR INITIAL INNER INOUT INSENSITIVE INSERT INT INTEGER
  INTERSECT INTERSECTION INTERVAL INTO IS JOIN JSON_ARRAY JSON_ARRAYAGG JSON_EXISTS JSON_OBJECT
  JSON_OBJECTAGG JSON_QUERY JSON_SCOPE JSON_VALUE LAG LANGUAGE LARGE LAST_VALUE LATERAL LEAD
  LEADING LEFT LIKE LIKE_REGEX LIMIT LN LOCAL LOCALTIME LOCALTIMESTAMP LOWER MATCH MATCHES
  MATCH_NUMBER MATCH_RECOGNIZE MATERIALIZED MAX MEASURES MEMBER MERGE METHOD MIN MINUS MINUTE MOD
  MODELS MODIFIES MODIFY MODULE MODULES MONDAY MONTH MULTISET NATIONAL NATURAL NCHAR NCLOB NEW
  NEXT NO NONE NORMALIZE NOT NTH_VALUE NTILE NULL NULLIF NUMERIC OCCURRENCES_REGEX OCTET_LENGTH
  OF OFFSET OLD OMIT ON ONE ONLY OPEN OR ORDER ORDINAL OUT OUTER OVER OVERLAPS OVERLAY PARAMETER
  PARTITION PATTERN PER PERCENT PERCENTILE_CONT PERCENTILE_DISC PERCENT_RANK PERIOD PERMUTE PIVOT
  PORTION POSITION POSITION_REGEX POWER PRECEDES PRECISION PREPARE PREV PRIMARY PROCEDURE
  PROCEDURES QUALIFY QUARTERS RANGE RANK RAW READS REAL RECURSIVE REF REFERENCES REFERENCING
  REFRESH REFRESH_MODE REGR_AVGX REGR_AVGY REGR_COUNT REGR_INTERCEPT REGR_R2 REGR_SLOPE REGR_SXX
  REGR_SXY REGR_SYY RELEASE RENAME RESET RESULT RESUME RETURN RETURNS REVOKE RIGHT RLIKE ROLLBACK
  ROLLUP ROW ROWS ROW_NUMBER RUNNING SAFE_CAST SAFE_OFFSET SAFE_ORDINAL SATURDAY SAVEPOINT SCALA
  SCOPE SCROLL SEARCH SECOND SEEK SELECT SENSITIVE SEPARATOR SESSION_USER SET SHOW SIMILAR SKIP
  SMALLINT SOME SPECIFIC SPECIFICTYPE SQL SQLEXCEPTION SQLSTATE SQLWARNING SQRT START STATEMENT
  STATIC STDDEV_POP STDDEV_SAMP STREAM STRING STRING_AGG STRUCTURED SUBMULTISET SUBSET SUBSTRING
  SUBSTRING_REGEX SUCCEEDS SUM SUNDAY SUSPEND SYMMETRIC SYSTEM SYSTEM_TIME SYSTEM_USER TABLE
  TABLES TABLESAMPLE THEN THURSDAY TIME TIMESTAMP TIMESTAMP_DIFF TIMESTAMP_LTZ TIMESTAMP_TRUNC
  TIMEZONE_HOUR TIMEZONE_MINUTE TIME_DIFF TIME_TRUNC TINYINT TO TRAILING TRANSLATE
  TRANSLATE_REGEX TRANSLATION TREAT TRIGGER TRIM TRIM_ARRAY TRUE TRUNCATE TRY_CAST TUESDAY
  UESCAPE UNION UNIQUE UNKNOWN UNNEST UNPIVOT UPDATE UPPER UPSERT USE USER USING VALUE VALUES
  VALUE_OF VARBINARY VARCHAR VARIANT VARYING VAR_POP VAR_SAMP VERSIONING VIEWS WATERMARK
  WATERMARKS WEDNESDAY WEEKS WHEN WHENEVER WHERE WIDTH_BUCKET WINDOW WITH WITHIN WITHOUT YEAR
`
    .trim()
    .split(/\s+/));
/** The word of the analyzer's warning about an unquoted reserved word, from its message. */
function reservedWordIn(message) {
    return /^(\S+) is a reserved word in Flink SQL and cannot name /.exec(message)?.[1];
}


/***/ }),

/***/ 6448:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ splitStatements),
/* harmony export */   g: () => (/* binding */ statementSetBodyStart)
/* harmony export */ });
/* harmony import */ var _tokens_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6080);

/** Index just after the `BEGIN` (or `BEGIN STATEMENT SET`) that opens a statement set at `i`, or -1. */
function statementSetBodyStart(t, i) {
    if ((0,_tokens_js__WEBPACK_IMPORTED_MODULE_0__/* .isWord */ .Jg)(t, i, 'EXECUTE') &&
        (0,_tokens_js__WEBPACK_IMPORTED_MODULE_0__/* .isWord */ .Jg)(t, i + 1, 'STATEMENT') &&
        (0,_tokens_js__WEBPACK_IMPORTED_MODULE_0__/* .isWord */ .Jg)(t, i + 2, 'SET') &&
        (0,_tokens_js__WEBPACK_IMPORTED_MODULE_0__/* .isWord */ .Jg)(t, i + 3, 'BEGIN')) {
        return i + 4;
    }
    if ((0,_tokens_js__WEBPACK_IMPORTED_MODULE_0__/* .isWord */ .Jg)(t, i, 'BEGIN') && (0,_tokens_js__WEBPACK_IMPORTED_MODULE_0__/* .isWord */ .Jg)(t, i + 1, 'STATEMENT') && (0,_tokens_js__WEBPACK_IMPORTED_MODULE_0__/* .isWord */ .Jg)(t, i + 2, 'SET')) {
        return (0,_tokens_js__WEBPACK_IMPORTED_MODULE_0__/* .isPunct */ .dl)(t, i + 3, ';') ? i + 4 : i + 3;
    }
    return -1;
}
function splitStatements(t) {
    const spans = [];
    const n = t.count;
    let i = 0;
    while (i < n) {
        if ((0,_tokens_js__WEBPACK_IMPORTED_MODULE_0__/* .isPunct */ .dl)(t, i, ';')) {
            i++;
            continue;
        }
        const start = i;
        const bodyStart = statementSetBodyStart(t, i);
        if (bodyStart >= 0) {
            let caseDepth = 0;
            let j = bodyStart;
            for (; j < n; j++) {
                if ((0,_tokens_js__WEBPACK_IMPORTED_MODULE_0__/* .isWord */ .Jg)(t, j, 'CASE'))
                    caseDepth++;
                else if ((0,_tokens_js__WEBPACK_IMPORTED_MODULE_0__/* .isWord */ .Jg)(t, j, 'END')) {
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
        while (j < n && !(0,_tokens_js__WEBPACK_IMPORTED_MODULE_0__/* .isPunct */ .dl)(t, j, ';'))
            j++;
        spans.push({ start, end: j });
        i = j + 1;
    }
    return spans;
}


/***/ }),

/***/ 3417:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   An: () => (/* binding */ STRING),
/* harmony export */   QR: () => (/* binding */ KEYWORD),
/* harmony export */   R2: () => (/* binding */ ASCII_WORD),
/* harmony export */   Sc: () => (/* binding */ HINT),
/* harmony export */   Ue: () => (/* binding */ PARAM),
/* harmony export */   cS: () => (/* binding */ IDENTIFIER),
/* harmony export */   cu: () => (/* binding */ TokenList),
/* harmony export */   hm: () => (/* binding */ UP_IS_TEXT),
/* harmony export */   jB: () => (/* binding */ QUOTED),
/* harmony export */   kd: () => (/* binding */ KIND_NAMES),
/* harmony export */   pC: () => (/* binding */ OPERATOR),
/* harmony export */   rU: () => (/* binding */ PUNCT),
/* harmony export */   uk: () => (/* binding */ NUMBER),
/* harmony export */   x3: () => (/* binding */ NONE)
/* harmony export */ });
/* unused harmony export unquote */
/* harmony import */ var _keywords_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9662);
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
const KIND_NAMES = [
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
];
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
    /**
     * Word tokens right after a `.` that spell a word Flink reserves (`o.timestamp`): found by
     * the lexer, which has the word's hash at hand, so statements need not look at every token.
     */
    reservedAfterDot = [];
    constructor(capacity = 1024) {
        this.grow(capacity);
    }
    /** Empties the list for new text; the buffers are kept (they only grow). */
    reset(src) {
        this.src = src;
        this.count = 0;
        if (this.reservedAfterDot.length)
            this.reservedAfterDot = [];
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
            return _keywords_js__WEBPACK_IMPORTED_MODULE_0__/* .KEYWORD_LIST */ .bz[this.words[i]];
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
            return _keywords_js__WEBPACK_IMPORTED_MODULE_0__/* .KEYWORD_LIST */ .bz[this.words[i]];
        if (kind !== IDENTIFIER)
            return '';
        return (this.flags[i] & UP_IS_TEXT) !== 0 ? this.text(i) : this.text(i).toUpperCase();
    }
    /** True for an unquoted word (keyword or identifier) spelled `up` in any case; `up` is upper case. */
    isWord(i, up) {
        const kind = this.kind(i);
        if (kind === KEYWORD)
            return _keywords_js__WEBPACK_IMPORTED_MODULE_0__/* .KEYWORD_LIST */ .bz[this.words[i]] === up;
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


/***/ }),

/***/ 6080:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jg: () => (/* binding */ isWord),
/* harmony export */   L8: () => (/* binding */ isNamePart),
/* harmony export */   MQ: () => (/* binding */ readName),
/* harmony export */   Rm: () => (/* binding */ QUERY_STARTS),
/* harmony export */   YY: () => (/* binding */ nameStartsAt),
/* harmony export */   dl: () => (/* binding */ isPunct),
/* harmony export */   lr: () => (/* binding */ MAX_DEPTH),
/* harmony export */   u7: () => (/* binding */ opensQuery),
/* harmony export */   z_: () => (/* binding */ matchParens)
/* harmony export */ });
/* harmony import */ var _tokenlist_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3417);
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
    return kind === _tokenlist_js__WEBPACK_IMPORTED_MODULE_0__/* .IDENTIFIER */ .cS || kind === _tokenlist_js__WEBPACK_IMPORTED_MODULE_0__/* .QUOTED */ .jB || kind === _tokenlist_js__WEBPACK_IMPORTED_MODULE_0__/* .KEYWORD */ .QR;
}
/** Words that open a query: where one stands, a name does not. */
const QUERY_STARTS = new Set(['SELECT', 'WITH', 'VALUES', 'TABLE']);
/** Whether a table name (not a query) starts at `i`, before `end`. */
function nameStartsAt(t, i, end) {
    return i < end && isNamePart(t, i) && !(t.kind(i) === _tokenlist_js__WEBPACK_IMPORTED_MODULE_0__/* .KEYWORD */ .QR && QUERY_STARTS.has(t.up(i)));
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
/**
 * How deep the analyzers recurse into parentheses and subqueries. Real SQL stays far below;
 * deeper input is reported as "nested too deep" instead of exhausting the stack.
 */
const MAX_DEPTH = 200;
/**
 * Whether the parenthesis at `i` opens a query: `(SELECT`, `(WITH`, `(VALUES`, also behind
 * further `(` (at most MAX_DEPTH of them, so that a long run of `(` is not read again at every
 * level).
 */
function opensQuery(t, i) {
    let j = i + 1;
    while (t.isPunct(j, '(') && j - i <= MAX_DEPTH)
        j++;
    return t.isWord(j, 'SELECT') || t.isWord(j, 'WITH') || t.isWord(j, 'VALUES');
}


/***/ }),

/***/ 507:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ sortUnique)
/* harmony export */ });
/**
 * `list` in ascending order (numbers by value, strings by code unit) without repeats, sorted
 * in place and returned. The lists it serves are mostly short (the tables a statement names,
 * a table's parents), and for those an insertion sort needs no Set, no copy and no comparator
 * calls; long lists are sorted and then compacted.
 */
function sortUnique(list) {
    if (list.length > 32) {
        list.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
        let kept = 1;
        for (let i = 1; i < list.length; i++)
            if (list[i] !== list[kept - 1])
                list[kept++] = list[i];
        list.length = kept;
        return list;
    }
    let n = 0;
    for (let i = 0; i < list.length; i++) {
        const item = list[i];
        let j = n;
        while (j > 0 && list[j - 1] > item)
            j--;
        if (j > 0 && list[j - 1] === item)
            continue;
        for (let k = n; k > j; k--)
            list[k] = list[k - 1];
        list[j] = item;
        n++;
    }
    list.length = n;
    return list;
}


/***/ })

};
