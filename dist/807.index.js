export const id = 807;
export const ids = [807];
export const modules = {

/***/ 6009:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  W: () => (/* binding */ classifyChanges)
});

// UNUSED EXPORTS: CHANGE_KINDS

// EXTERNAL MODULE: ./src/graph/graph.ts
var graph = __webpack_require__(1924);
// EXTERNAL MODULE: ./src/project/layout.ts
var layout = __webpack_require__(6547);
// EXTERNAL MODULE: ./src/change/config-change.ts
var config_change = __webpack_require__(3149);
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
    // One analysis object means one blob (the revisions share a cache): equal without hashing.
    if (base.analysis === head.analysis || base.analysis.fingerprint === head.analysis.fingerprint)
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
    const mode = diffMode(bc.changelog, hc.changelog);
    if (mode)
        out.schema.push(mode);
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
/**
 * A changelog mode that changed without its option: a primary key added or removed (with no
 * changelog.mode, Confluent Cloud makes a keyed table upsert), a change-event format, a
 * connector. The table's records change meaning, and every reader's state with them.
 */
function diffMode(b, h) {
    if (!b || !h || b.mode === h.mode)
        return undefined;
    const declared = (c) => c.by.startsWith('changelog.mode');
    if (declared(b) && declared(h))
        return undefined; // the option's own item says it
    return `changelog mode: ${b.mode} → ${h.mode} (${h.by})`;
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

// EXTERNAL MODULE: ./src/sql/fingerprint.ts + 1 modules
var fingerprint = __webpack_require__(2889);
// EXTERNAL MODULE: ./src/sql/lexer.ts
var lexer = __webpack_require__(1518);
// EXTERNAL MODULE: ./src/sql/split.ts
var split = __webpack_require__(6448);
// EXTERNAL MODULE: ./src/sql/tokenlist.ts
var tokenlist = __webpack_require__(3417);
// EXTERNAL MODULE: ./src/sql/tokens.ts
var sql_tokens = __webpack_require__(6080);
;// CONCATENATED MODULE: ./src/change/shape.ts
/**
 * A second fingerprint of DDL text with the `WITH ( … )` option lists left out. Two DDL files
 * with different fingerprints but equal shapes differ only in their options, which decides
 * between an in-place ALTER TABLE SET and a rebuild. The analyzer's structure (columns, keys,
 * watermark) does not cover everything a CREATE holds (computed column expressions, metadata
 * keys, comments, LIKE clauses), so the shape is what proves "options only".
 *
 * The shape also reads the non-reserved words of a CREATE TABLE in any case, as Flink does:
 * the lexer keeps `key` in `primary key` an identifier (it is a common column name), so the
 * fingerprint keeps its case, and a formatter upper-casing it must not look like a new table.
 */





/** Words of a LIKE clause's options: `LIKE src (EXCLUDING OPTIONS OVERWRITING WATERMARKS)`. */
const LIKE_MERGE = new Set(['INCLUDING', 'EXCLUDING', 'OVERWRITING']);
const LIKE_FEATURE = new Set([
    'ALL',
    'CONSTRAINTS',
    'PARTITIONS',
    'WATERMARKS',
    'OPTIONS',
    'GENERATED',
    'METADATA',
]);
/** Identifiers that are DDL syntax where they stand, not names: only there is their case folded. */
const ddlWord = (t, i) => {
    const up = t.up(i);
    if (up === 'KEY')
        return (0,sql_tokens/* isWord */.Jg)(t, i - 1, 'PRIMARY');
    if (up === 'HASH')
        return (0,sql_tokens/* isWord */.Jg)(t, i - 1, 'BY') && (0,sql_tokens/* isWord */.Jg)(t, i - 2, 'DISTRIBUTED');
    if (up === 'COMMENT')
        return i + 1 < t.count && t.kinds[i + 1] === tokenlist/* STRING */.An;
    if (up === 'OVERWRITING')
        return i + 1 < t.count && LIKE_FEATURE.has(t.up(i + 1));
    if (LIKE_FEATURE.has(up))
        return i > 0 && LIKE_MERGE.has(t.up(i - 1));
    return false;
};
/** Per statement (aligned with `SqlAnalysis.statements`), the fingerprint without option lists. */
function optionFreeFingerprints(text) {
    const issues = [];
    const tokens = (0,lexer/* tokenize */.qw)(text, issues);
    const match = (0,sql_tokens/* matchParens */.z_)(tokens, issues);
    return (0,split/* splitStatements */.X)(tokens).map(({ start, end }) => {
        if (!(0,sql_tokens/* isWord */.Jg)(tokens, start, 'CREATE'))
            return (0,fingerprint/* sha256 */.sc)((0,fingerprint/* normalisedTokens */.J2)(tokens, start, end));
        let out = '';
        let from = start;
        for (let i = start; i < end; i++) {
            // A CTE reads `WITH name AS (`; only an option list puts `(` right after WITH.
            if ((0,sql_tokens/* isWord */.Jg)(tokens, i, 'WITH') && (0,sql_tokens/* isPunct */.dl)(tokens, i + 1, '(')) {
                out += (0,fingerprint/* normalisedTokens */.J2)(tokens, from, i, ddlWord) + '\u0001';
                i = Math.min(match[i + 1], end);
                from = i + 1;
            }
        }
        return (0,fingerprint/* sha256 */.sc)(out + (0,fingerprint/* normalisedTokens */.J2)(tokens, from, end, ddlWord));
    });
}

;// CONCATENATED MODULE: ./src/change/classify.ts
/**
 * Per-table change classification (docs/planning.md#change-kinds): pure, over two project models. Compares
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
    const names = [...new Set([...before.keys(), ...after.keys()])].sort(graph/* compareNames */.MP);
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
                files: [...new Set(f.files)].sort(graph/* compareNames */.MP),
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
    // Fingerprints are computed on first read; a shared analysis (same blob) needs none.
    if (b.dml?.analysis !== h.dml?.analysis && queryFingerprint(b.dml) !== queryFingerprint(h.dml)) {
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
        const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort(graph/* compareNames */.MP);
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
    const keys = (0,config_change/* configKeysFor */.C)(config, b.product, h.product);
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
const roleOf = (path) => (0,layout/* sqlScriptRole */.e)(path.slice(path.lastIndexOf('/') + 1)) ?? '';
/** Changed files the folder grouping reads for this table. */
const folderFiles = (t, changed) => changed?.get(t.folder) ?? [];
/** The table's SQL files plus any of its changed role files (`.properties` are not in the model). */
function tableFiles(t, changed) {
    return [t.ddl?.path, t.dml?.path, ...folderFiles(t, changed)].filter((p) => !!p);
}


/***/ }),

/***/ 3149:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ configKeysFor),
/* harmony export */   V: () => (/* binding */ classifyConfigChange)
/* harmony export */ });
/* harmony import */ var _config_load_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1036);
/**
 * Config edits that change what a statement is (its properties, name, catalog, principal or
 * compute pool): such a statement must be replaced like a query change.
 */

const SCALAR_KEYS = ['statementPrefix', 'catalog', 'database', 'principal'];
/**
 * Compares the statement-affecting settings of one environment (the named one, else the
 * config's default, else every environment either side defines).
 */
function classifyConfigChange(base, head, environment, file = _config_load_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_CONFIG_FILE */ .Cu) {
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


/***/ }),

/***/ 5942:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HP: () => (/* binding */ cliCredentials),
/* harmony export */   Sm: () => (/* binding */ cliCloudCredentials),
/* harmony export */   vA: () => (/* binding */ statusSourceOf)
/* harmony export */ });
/* harmony import */ var _engine_confluent_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6253);
/* harmony import */ var _status_source_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4101);


/** The CLI reads credentials from the environment only, never from flags or files (docs/cli.md#credentials). */
function cliCredentials() {
    return {
        apiKey: process.env.FLINK_API_KEY,
        apiSecret: process.env.FLINK_API_SECRET,
        hint: 'FLINK_API_KEY and FLINK_API_SECRET in the environment',
    };
}
/** The Cloud API key of the compute pool check (the Terraform provider's variable names). */
function cliCloudCredentials() {
    return {
        apiKey: process.env.CONFLUENT_CLOUD_API_KEY,
        apiSecret: process.env.CONFLUENT_CLOUD_API_SECRET,
        hint: 'CONFLUENT_CLOUD_API_KEY and CONFLUENT_CLOUD_API_SECRET (a Cloud API key) in the environment',
    };
}
function statusSourceOf(ctx, config, environment) {
    return (0,_status_source_js__WEBPACK_IMPORTED_MODULE_1__/* .statusSourceFor */ .lG)(ctx.values.status, () => (0,_engine_confluent_js__WEBPACK_IMPORTED_MODULE_0__/* .confluentTarget */ .Ev)(config, environment, cliCredentials(), `--status confluent`).status);
}


/***/ }),

/***/ 792:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  sl: () => (/* binding */ flinkClientFromConfig),
  c6: () => (/* binding */ scalingStateOf)
});

// UNUSED EXPORTS: FlinkClient, apiDetail, checkedEndpoint, flinkBaseUrl, nextPageToken, retryAfterMs

// EXTERNAL MODULE: ./src/config/endpoint.ts
var endpoint = __webpack_require__(8849);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(17);
// EXTERNAL MODULE: ./src/confluent/errors.ts
var confluent_errors = __webpack_require__(9375);
;// CONCATENATED MODULE: ./src/confluent/rate-limit.ts
/**
 * Token buckets shared by every request of one client. Callers are served first come, first
 * served through one promise chain, so concurrent waiters never stampede.
 */
class RateLimiter {
    clock;
    buckets;
    tail = Promise.resolve();
    constructor(specs, clock) {
        this.clock = clock;
        const now = clock.now();
        this.buckets = specs
            .filter((s) => s.rate > 0)
            .map((s) => ({ spec: { ...s, burst: Math.max(1, s.burst) }, tokens: Math.max(1, s.burst), at: now }));
    }
    static from(options, clock) {
        const perSecond = options?.perSecond ?? 40;
        const perMinute = options?.perMinute ?? 900;
        return new RateLimiter([
            { rate: perSecond, perMs: 1000, burst: options?.burst ?? Math.min(5, perSecond) },
            { rate: perMinute, perMs: 60_000, burst: options?.minuteBurst ?? Math.min(60, perMinute) },
        ], clock);
    }
    /** Resolves when the caller may send one request. */
    acquire() {
        const turn = this.tail.then(() => this.take());
        this.tail = turn.catch(() => undefined);
        return turn;
    }
    async take() {
        for (;;) {
            const now = this.clock.now();
            let wait = 0;
            for (const b of this.buckets) {
                b.tokens = Math.min(b.spec.burst, b.tokens + ((now - b.at) * b.spec.rate) / b.spec.perMs);
                b.at = now;
                if (b.tokens < 1)
                    wait = Math.max(wait, ((1 - b.tokens) * b.spec.perMs) / b.spec.rate);
            }
            if (wait <= 0) {
                for (const b of this.buckets)
                    b.tokens -= 1;
                return;
            }
            await this.clock.sleep(Math.ceil(wait));
        }
    }
}

;// CONCATENATED MODULE: ./src/confluent/client.ts




const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const MAX_REDIRECTS = 5;
/** `restEndpoint`, or the public regional endpoint `https://flink.<region>.<cloud>.confluent.cloud`. */
function flinkBaseUrl(opts) {
    if (opts.restEndpoint)
        return checkedEndpoint(opts.restEndpoint.replace(/\/+$/, ''));
    if (opts.cloud && opts.region) {
        return `https://flink.${opts.region.toLowerCase()}.${opts.cloud.toLowerCase()}.confluent.cloud`;
    }
    throw new errors/* UserError */.y('Confluent environment needs restEndpoint, or cloud and region');
}
/** Credentials travel over https only, except to a loopback address (the emulator). */
function checkedEndpoint(url) {
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        throw new errors/* UserError */.y(`endpoint ${url} is not a URL; use https://host`);
    }
    if ((0,endpoint/* isAllowedEndpoint */.C)(url))
        return url;
    throw new errors/* UserError */.y(`endpoint ${parsed.origin}: use https:// (credentials are sent over plain http:// only to loopback addresses such as the emulator)`);
}
/** A client for one environment of the config; the credentials come from inputs or env only. */
function flinkClientFromConfig(env, credentials, extra = {}) {
    if (!env.organizationId || !env.environmentId) {
        throw new errors/* UserError */.y('Confluent environment needs organizationId and environmentId');
    }
    return new FlinkClient({
        restEndpoint: env.restEndpoint,
        cloud: env.cloud,
        region: env.region,
        ...extra,
        organizationId: env.organizationId,
        environmentId: env.environmentId,
        credentials,
    });
}
const realSleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/**
 * Client of the Confluent Cloud Flink statements API (`sql/v1`): the I/O edge of deploys and
 * of live status. Every request goes through one rate limiter and a retry loop; the policy
 * is in docs/deploy.md#safe-with-the-api.
 */
class FlinkClient {
    baseUrl;
    /** Scheme, host and port of `baseUrl`: the only origin that ever receives the credentials */
    origin;
    organizationId;
    environmentId;
    #authorization;
    #redact;
    envPath;
    retry;
    poll;
    requestTimeoutMs;
    limiter;
    sleep;
    now;
    random;
    onEvent;
    fetchImpl;
    userAgent;
    patchSupported;
    constructor(options) {
        this.baseUrl = flinkBaseUrl(options);
        this.origin = new URL(this.baseUrl).origin;
        this.organizationId = options.organizationId;
        this.environmentId = options.environmentId;
        const { apiKey, apiSecret } = options.credentials;
        const token = Buffer.from(`${apiKey}:${apiSecret}`).toString('base64');
        this.#authorization = `Basic ${token}`;
        const secrets = [apiSecret, token].filter((s) => s.length >= 4);
        this.#redact = (text) => secrets.reduce((t, s) => t.split(s).join('***'), text);
        this.envPath = `/sql/v1/organizations/${encodeURIComponent(options.organizationId)}/environments/${encodeURIComponent(options.environmentId)}`;
        this.retry = {
            maxAttempts: Math.max(1, options.retry?.maxAttempts ?? 5),
            baseDelayMs: options.retry?.baseDelayMs ?? 250,
            maxDelayMs: options.retry?.maxDelayMs ?? 10_000,
            maxRetryAfterMs: options.retry?.maxRetryAfterMs ?? 60_000,
            conflictAttempts: Math.max(1, options.retry?.conflictAttempts ?? 5),
        };
        this.poll = {
            initialDelayMs: options.poll?.initialDelayMs ?? 1000,
            maxDelayMs: options.poll?.maxDelayMs ?? 10_000,
            factor: options.poll?.factor ?? 1.5,
        };
        this.requestTimeoutMs = options.requestTimeoutMs ?? 30_000;
        this.sleep = options.sleep ?? realSleep;
        this.now = options.now ?? Date.now;
        this.random = options.random ?? Math.random;
        this.onEvent = options.onEvent ?? (() => undefined);
        this.fetchImpl = options.fetch ?? fetch;
        this.userAgent = options.userAgent ?? 'flink-pipeline';
        this.patchSupported = options.usePatch ?? true;
        this.limiter =
            options.rateLimit === false
                ? undefined
                : RateLimiter.from(options.rateLimit, { now: this.now, sleep: this.sleep });
    }
    /** The first delay between polls: the cadence a deploy's phase watcher also keeps. */
    get pollIntervalMs() {
        return this.poll.initialDelayMs;
    }
    /** POST; 409 → StatementExistsError. A create that may have succeeded is looked up by name before any retry. */
    async createStatement(input) {
        const { name } = input;
        const body = {
            name,
            organization_id: this.organizationId,
            environment_id: this.environmentId,
            ...(input.labels && Object.keys(input.labels).length ? { metadata: { labels: input.labels } } : {}),
            spec: dropUndefined({
                statement: input.statement,
                properties: input.properties,
                compute_pool_id: input.computePoolId,
                principal: input.principal,
                stopped: input.stopped ?? false,
            }),
        };
        let ambiguous = false;
        const ours = async () => {
            const existing = await this.getStatement(name);
            if (!existing)
                return undefined;
            if (sameSql(existing.spec?.statement, input.statement))
                return existing;
            throw this.existsError(name, 'a statement with this name but other SQL exists');
        };
        const res = await this.send({
            method: 'POST',
            path: '/statements',
            statement: name,
            body,
            recover: async () => {
                ambiguous = true;
                const found = await ours();
                return found && { status: 201, body: found, headers: new Headers() };
            },
        });
        if (isOk(res.status))
            return isStatement(res.body) ? res.body : ((await this.getStatement(name)) ?? body);
        if (res.status === 409) {
            // After an attempt that may have succeeded, 409 can be our own first POST.
            const found = ambiguous ? await ours() : undefined;
            if (found)
                return found;
            throw this.existsError(name, apiDetail(res.body) || 'statement already exists', res.requestId);
        }
        throw this.apiError('POST', name, res);
    }
    /** GET; null when the statement does not exist (404). */
    async getStatement(name) {
        const res = await this.send({ method: 'GET', path: statementPath(name), statement: name });
        if (res.status === 404)
            return null;
        if (!isOk(res.status))
            throw this.apiError('GET', name, res);
        return res.body;
    }
    /** Every statement matching the filters, following `metadata.next` page by page. */
    async *iterateStatements(options = {}) {
        const seen = new Set();
        let token;
        for (;;) {
            const query = new URLSearchParams();
            query.set('page_size', String(Math.min(100, Math.max(1, options.pageSize ?? 100))));
            if (options.labelSelector)
                query.set('label_selector', options.labelSelector);
            if (options.computePoolId)
                query.set('spec.compute_pool_id', options.computePoolId);
            if (token)
                query.set('page_token', token);
            const res = await this.send({ method: 'GET', path: `/statements?${query}` });
            if (!isOk(res.status))
                throw this.apiError('GET', undefined, res);
            const page = res.body;
            yield* page?.data ?? [];
            token = nextPageToken(page?.metadata?.next, this.baseUrl);
            if (!token || seen.has(token))
                return;
            seen.add(token);
        }
    }
    async listStatements(options = {}) {
        const all = [];
        for await (const s of this.iterateStatements(options))
            all.push(s);
        return all;
    }
    /** Sets `spec.stopped`; the phase moves to STOPPED later (see waitForPhase). */
    stopStatement(name) {
        return this.setStopped(name, true);
    }
    /** Clears `spec.stopped`; the phase moves STOPPED → PENDING → RUNNING later. */
    resumeStatement(name) {
        return this.setStopped(name, false);
    }
    /** DELETE; true when this call asked for the deletion, false when it was already gone (404). */
    async deleteStatement(name) {
        const res = await this.send({ method: 'DELETE', path: statementPath(name), statement: name });
        if (res.status === 404)
            return false;
        if (!isOk(res.status))
            throw this.apiError('DELETE', name, res);
        return true;
    }
    /** Polls GET until 404 (deletion is asynchronous and the name stays taken until then). */
    async waitForDeletion(name, timeoutMs) {
        const deadline = this.now() + timeoutMs;
        let delay = this.poll.initialDelayMs;
        for (;;) {
            const s = await this.getStatement(name);
            if (!s)
                return;
            const remaining = deadline - this.now();
            if (remaining <= 0) {
                const phase = s.status?.phase;
                throw new confluent_errors/* StatementWaitError */.ph(`statement ${name}: still present after ${formatMs(timeoutMs)} (phase ${phase ?? 'unknown'}, scaling status ${scalingStateOf(s) ?? 'unknown'})`, name, 'timeout', phase, s.status?.detail ? oneLine(this.#redact(s.status.detail)) : undefined);
            }
            await this.sleep(Math.min(delay, remaining));
            delay = Math.min(this.poll.maxDelayMs, delay * this.poll.factor);
        }
    }
    /** The newest exceptions first (at most 10); [] when the statement does not exist. */
    async getExceptions(name) {
        const res = await this.send({
            method: 'GET',
            path: `${statementPath(name)}/exceptions`,
            statement: name,
        });
        if (res.status === 404)
            return [];
        if (!isOk(res.status))
            throw this.apiError('GET', name, res);
        return res.body?.data ?? [];
    }
    /**
     * Polls with growing delays until the phase is one of `targets`. Throws StatementWaitError on
     * a `failOn` phase (with `status.detail` or the newest exception), on 404 and on timeout.
     */
    async waitForPhase(name, targets, options) {
        const failOn = options.failOn ?? ['FAILED', 'FAILING'];
        const deadline = this.now() + options.timeoutMs;
        let delay = this.poll.initialDelayMs;
        for (;;) {
            const s = await this.getStatement(name);
            if (!s) {
                throw new confluent_errors/* StatementWaitError */.ph(`statement ${name}: not found while waiting for ${targets.join('|')}`, name, 'not-found', undefined, undefined);
            }
            const phase = s.status?.phase;
            if (phase && targets.includes(phase))
                return s;
            if (phase && failOn.includes(phase)) {
                const detail = await this.failureDetail(s);
                throw new confluent_errors/* StatementWaitError */.ph(oneLine(`statement ${name}: ${phase}${detail ? `: ${detail}` : ''}`), name, 'failed', phase, detail);
            }
            const remaining = deadline - this.now();
            if (remaining <= 0) {
                const detail = s.status?.detail ? oneLine(this.#redact(s.status.detail)) : undefined;
                throw new confluent_errors/* StatementWaitError */.ph(oneLine(`statement ${name}: not ${targets.join('|')} after ${formatMs(options.timeoutMs)} (phase ${phase ?? 'unknown'}, scaling status ${scalingStateOf(s) ?? 'unknown'}${detail ? `: ${detail}` : ''})`), name, 'timeout', phase, detail);
            }
            await this.sleep(Math.min(delay, remaining));
            delay = Math.min(this.poll.maxDelayMs, delay * this.poll.factor);
        }
    }
    /**
     * `GET /fcpm/v2/compute-pools/{id}?environment=` (fcpm/v2, on the Confluent Cloud API
     * endpoint with a Cloud API key); null when the pool does not exist.
     */
    async getComputePool(id) {
        const query = new URLSearchParams({ environment: this.environmentId });
        const res = await this.send({
            method: 'GET',
            path: `/fcpm/v2/compute-pools/${encodeURIComponent(id)}?${query}`,
            root: true,
        });
        if (res.status === 404)
            return null;
        if (!isOk(res.status))
            throw this.apiError('GET', undefined, res, `compute pool ${id}`);
        return res.body;
    }
    /** The environment's compute pools (`GET /fcpm/v2/compute-pools?environment=`), every page. */
    async listComputePools() {
        const pools = [];
        const seen = new Set();
        let token;
        for (;;) {
            const query = new URLSearchParams({ environment: this.environmentId, page_size: '100' });
            if (token)
                query.set('page_token', token);
            const res = await this.send({ method: 'GET', path: `/fcpm/v2/compute-pools?${query}`, root: true });
            if (!isOk(res.status))
                throw this.apiError('GET', undefined, res, 'compute pools');
            const page = res.body;
            pools.push(...(page?.data ?? []));
            token = nextPageToken(page?.metadata?.next, this.baseUrl);
            if (!token || seen.has(token))
                return pools;
            seen.add(token);
        }
    }
    /** `status.detail`, else the newest exception's message (the CLI's order). */
    async failureDetail(s) {
        if (s.status?.detail)
            return this.#redact(s.status.detail);
        try {
            const message = (await this.getExceptions(s.name))[0]?.message;
            return message ? this.#redact(message) : undefined;
        }
        catch {
            return undefined;
        }
    }
    async setStopped(name, stopped) {
        let patchStatus;
        if (this.patchSupported) {
            const res = await this.send({
                method: 'PATCH',
                path: statementPath(name),
                statement: name,
                body: [{ op: 'replace', path: '/spec/stopped', value: stopped }],
                contentType: 'application/json-patch+json',
            });
            if (isOk(res.status)) {
                return isStatement(res.body) ? res.body : ((await this.getStatement(name)) ?? notFound());
            }
            // PATCH is Early Access: any 4xx but 401 may mean "not here"; PUT gives the real answer.
            if (res.status === 401 || res.status < 400 || (res.status >= 500 && res.status !== 501)) {
                throw this.apiError('PATCH', name, res);
            }
            if (res.status === 405 || res.status === 415 || res.status === 501)
                this.patchSupported = false;
            patchStatus = res.status;
            this.onEvent({ type: 'patch-fallback', statement: name, status: res.status });
        }
        for (let attempt = 1;; attempt++) {
            const current = await this.getStatement(name);
            if (!current)
                return notFound();
            // PATCH said 404 on a statement that exists: the route is missing, not the statement.
            if (patchStatus === 404)
                this.patchSupported = false;
            if (current.spec?.stopped === stopped)
                return current;
            const body = { ...current, spec: { ...current.spec, stopped } };
            const res = await this.send({ method: 'PUT', path: statementPath(name), statement: name, body });
            if (isOk(res.status))
                return body;
            if (res.status !== 409)
                throw this.apiError('PUT', name, res);
            if (attempt >= this.retry.conflictAttempts) {
                const detail = apiDetail(res.body) || 'resource_version kept changing';
                throw new confluent_errors/* StatementConflictError */.Ao(this.message('PUT', name, 409, `${detail} (gave up after ${attempt} GET-modify-PUT rounds)`), 'PUT', name, 409, detail, res.requestId);
            }
            this.onEvent({ type: 'conflict', statement: name, attempt });
            await this.sleep(this.backoff(attempt));
        }
        function notFound() {
            throw new confluent_errors/* FlinkApiError */.vC(`${stopped ? 'stop' : 'resume'} statement ${name}: HTTP 404: statement does not exist`, 'GET', name, 404, 'statement does not exist');
        }
    }
    /** One logical call: limiter, attempts, backoff; returns the final HTTP answer or throws on network failure. */
    async send(spec) {
        const idempotent = spec.method !== 'POST';
        for (let attempt = 1;; attempt++) {
            await this.limiter?.acquire();
            let res;
            let failure;
            try {
                res = await this.fetchOnce(spec);
            }
            catch (e) {
                if (e instanceof confluent_errors/* RedirectRefusedError */.jw)
                    throw e;
                res = undefined;
                failure = this.#redact(describeNetworkError(e, this.requestTimeoutMs));
            }
            let delay;
            if (res && res.status === 429) {
                failure = 'HTTP 429';
                delay = retryAfterMs(res.headers.get('retry-after'), this.now()) ?? this.backoff(attempt);
                delay = Math.min(delay, this.retry.maxRetryAfterMs);
            }
            else if (!res || (res.status >= 500 && res.status !== 501)) {
                if (res)
                    failure = `HTTP ${res.status}`;
                if (!idempotent) {
                    if (!spec.recover)
                        return res ?? this.networkError(spec, failure, attempt);
                    const recovered = await spec.recover();
                    if (recovered)
                        return recovered;
                }
                delay = this.backoff(attempt);
            }
            else {
                return res;
            }
            if (attempt >= this.retry.maxAttempts)
                return res ?? this.networkError(spec, failure, attempt);
            this.onEvent({
                type: 'retry',
                method: spec.method,
                statement: spec.statement,
                attempt,
                delayMs: delay,
                reason: failure,
            });
            await this.sleep(delay);
        }
    }
    async fetchOnce(spec) {
        const headers = {
            authorization: this.#authorization,
            accept: 'application/json',
            'user-agent': this.userAgent,
        };
        let body;
        if (spec.body !== undefined) {
            body = JSON.stringify(spec.body);
            headers['content-type'] = spec.contentType ?? 'application/json';
        }
        const signal = AbortSignal.timeout(this.requestTimeoutMs);
        let url = `${this.baseUrl}${spec.root ? '' : this.envPath}${spec.path}`;
        for (let hop = 0;; hop++) {
            // Redirects by hand, so that the credentials reach only the configured origin. The
            // Confluent CLI re-sends Authorization to any host a redirect names
            // (confluentinc/cli `pkg/ccloudv2/flink_gateway.go`, checkRedirect); this client does not:
            // a redirect to another origin (another host, port or scheme) is refused, not followed.
            const res = await this.fetchImpl(url, {
                method: spec.method,
                headers,
                body,
                redirect: 'manual',
                signal,
            });
            const location = res.headers.get('location');
            if (REDIRECTS.has(res.status) && location && hop < MAX_REDIRECTS) {
                const next = new URL(location, url);
                await res.body?.cancel();
                if (next.origin !== this.origin) {
                    const target = spec.statement ? `statement ${spec.statement}` : 'statements';
                    throw new confluent_errors/* RedirectRefusedError */.jw(`${spec.method} ${target}: HTTP ${res.status}: redirected to ${next.origin}, but credentials go only to the configured endpoint ${this.origin}; if ${next.origin} is the right endpoint, set restEndpoint to it`, spec.method, spec.statement, res.status, `redirected to ${next.origin}`);
                }
                // 303 turns the request into a GET without a body (RFC 9110 §15.4.4).
                if (res.status === 303) {
                    spec = { ...spec, method: 'GET' };
                    body = undefined;
                    delete headers['content-type'];
                }
                url = next.href;
                continue;
            }
            const text = await res.text();
            let parsed = undefined;
            if (text) {
                try {
                    parsed = JSON.parse(text);
                }
                catch {
                    parsed = text;
                }
            }
            return {
                status: res.status,
                body: parsed,
                headers: res.headers,
                requestId: res.headers.get('x-request-id') ?? undefined,
            };
        }
    }
    /** Full jitter: uniform in [0, min(max, base·2^(attempt-1))). */
    backoff(attempt) {
        const cap = Math.min(this.retry.maxDelayMs, this.retry.baseDelayMs * 2 ** (attempt - 1));
        return Math.floor(this.random() * cap);
    }
    message(method, statement, status, detail, what) {
        const target = what ?? (statement ? `statement ${statement}` : 'statements');
        return oneLine(this.#redact(`${method} ${target}: HTTP ${status}${detail ? `: ${detail}` : ''}`));
    }
    apiError(method, statement, res, what) {
        const detail = oneLine(this.#redact(apiDetail(res.body)));
        const suffix = res.requestId ? ` (request ${res.requestId})` : '';
        return new confluent_errors/* FlinkApiError */.vC(this.message(method, statement, res.status, detail, what) + suffix, method, statement, res.status, detail, res.requestId);
    }
    existsError(name, detail, requestId) {
        const clean = oneLine(this.#redact(detail));
        return new confluent_errors/* StatementExistsError */.UN(this.message('POST', name, 409, clean), 'POST', name, 409, clean, requestId);
    }
    networkError(spec, failure, attempts) {
        const target = spec.statement ? `statement ${spec.statement}` : 'statements';
        const detail = oneLine(failure);
        throw new confluent_errors/* FlinkNetworkError */.N2(oneLine(`${spec.method} ${target}: ${detail} (after ${attempts} attempt${attempts === 1 ? '' : 's'})`), spec.method, spec.statement, 0, detail);
    }
}
/** `status.scaling_status.scaling_state` (OK, POOL_EXHAUSTED, …), when the service reports one. */
function scalingStateOf(s) {
    const state = s?.status?.scaling_status?.scaling_state;
    return typeof state === 'string' ? state : undefined;
}
function statementPath(name) {
    return `/statements/${encodeURIComponent(name)}`;
}
const isOk = (status) => status >= 200 && status < 300;
function isStatement(body) {
    return typeof body === 'object' && body !== null && typeof body.name === 'string';
}
function sameSql(a, b) {
    return (a ?? '').trim() === b.trim();
}
function dropUndefined(o) {
    return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
}
const oneLine = (text) => text.replace(/\s+/g, ' ').trim();
function formatMs(ms) {
    return ms >= 1000 ? `${Math.round(ms / 100) / 10} s` : `${ms} ms`;
}
/** `errors[].detail` joined (title or code when detail is missing); a text body, cut. */
function apiDetail(body) {
    if (typeof body === 'string')
        return oneLine(body).slice(0, 300);
    const errors = body?.errors;
    if (!Array.isArray(errors))
        return '';
    return errors
        .map((e) => e?.detail || e?.title || e?.code || '')
        .filter(Boolean)
        .join('; ');
}
/** `Retry-After` as delta-seconds or an HTTP date; undefined when absent or unreadable. */
function retryAfterMs(header, now) {
    if (!header)
        return undefined;
    const value = header.trim();
    if (/^\d+(\.\d+)?$/.test(value))
        return Math.round(Number(value) * 1000);
    const at = Date.parse(value);
    return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}
/** `page_token` from `metadata.next` (a full URL); undefined when there is no next page. */
function nextPageToken(next, base) {
    if (!next)
        return undefined;
    try {
        return new URL(next, base).searchParams.get('page_token') || undefined;
    }
    catch {
        return undefined;
    }
}
function describeNetworkError(e, timeoutMs) {
    const err = e;
    if (err?.name === 'TimeoutError' || err?.name === 'AbortError')
        return `timed out after ${formatMs(timeoutMs)}`;
    const cause = err?.cause;
    const parts = [err?.message, cause?.code ?? err?.code, cause?.message].filter((p, i, all) => !!p && all.indexOf(p) === i);
    return `network error: ${parts.join(': ') || 'unknown'}`;
}


/***/ }),

/***/ 9375:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ao: () => (/* binding */ StatementConflictError),
/* harmony export */   N2: () => (/* binding */ FlinkNetworkError),
/* harmony export */   UN: () => (/* binding */ StatementExistsError),
/* harmony export */   jw: () => (/* binding */ RedirectRefusedError),
/* harmony export */   ph: () => (/* binding */ StatementWaitError),
/* harmony export */   vC: () => (/* binding */ FlinkApiError)
/* harmony export */ });
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(17);

/**
 * Errors of the statements client. Messages are one line (method, statement, HTTP status, the
 * API's detail) and no error carries the request, its headers or the credentials: only the
 * plain fields below, so `String(err)` and `JSON.stringify(err)` are safe to log. They are
 * operational errors (auth, permission, network, a refused call): a `UserError` with exit code
 * 1, so the command line and the action print the one line, not an internal error.
 */
class FlinkApiError extends _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y {
    method;
    statement;
    status;
    detail;
    requestId;
    name = 'FlinkApiError';
    constructor(message, method, 
    /** Statement name, or undefined for collection calls (list) */
    statement, 
    /** HTTP status; 0 for network errors and timeouts */
    status, 
    /** The API's error detail (errors[].detail joined), or the network error */
    detail, requestId) {
        super(message, 1);
        this.method = method;
        this.statement = statement;
        this.status = status;
        this.detail = detail;
        this.requestId = requestId;
    }
}
/** A network error or per-request timeout after the last attempt. */
class FlinkNetworkError extends FlinkApiError {
    name = 'FlinkNetworkError';
}
/** A redirect to another origin than the configured endpoint: not followed, the credentials stay home. */
class RedirectRefusedError extends FlinkApiError {
    name = 'RedirectRefusedError';
}
/** 409 on create: a statement with that name exists (or is still being deleted). */
class StatementExistsError extends FlinkApiError {
    name = 'StatementExistsError';
}
/** PUT kept answering 409 (stale resource_version) after the bounded GET-modify-PUT loop. */
class StatementConflictError extends FlinkApiError {
    name = 'StatementConflictError';
}
/** A wait ended without reaching a target phase: the statement failed, vanished or took too long. */
class StatementWaitError extends Error {
    statement;
    reason;
    phase;
    detail;
    name = 'StatementWaitError';
    constructor(message, statement, reason, 
    /** Last phase seen, when the statement was seen */
    phase, 
    /** `status.detail`, or the newest exception's message when the detail is empty */
    detail) {
        super(message);
        this.statement = statement;
        this.reason = reason;
        this.phase = phase;
        this.detail = detail;
    }
}


/***/ }),

/***/ 3923:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EG: () => (/* binding */ LABEL_TABLE),
/* harmony export */   GC: () => (/* binding */ pipelineLabels),
/* harmony export */   Kg: () => (/* binding */ LABEL_KIND),
/* harmony export */   PP: () => (/* binding */ LABEL_DEPLOY),
/* harmony export */   RL: () => (/* binding */ LABEL_COMMIT),
/* harmony export */   Z4: () => (/* binding */ pipelineMarker),
/* harmony export */   hu: () => (/* binding */ LABEL_VALIDATION),
/* harmony export */   q4: () => (/* binding */ LABEL_PIPELINE),
/* harmony export */   w: () => (/* binding */ labelValue),
/* harmony export */   wb: () => (/* binding */ labelSelector)
/* harmony export */ });
/* unused harmony exports LABEL_FINGERPRINT, LABEL_VALUE_MAX */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);

/** Labels the tool puts on its statements (docs/planning.md#statement-names), under the `user.confluent.io/` prefix. */
const LABEL_PIPELINE = 'user.confluent.io/flink-pipeline';
const LABEL_TABLE = 'user.confluent.io/flink-pipeline-table';
const LABEL_FINGERPRINT = 'user.confluent.io/flink-pipeline-fingerprint';
const LABEL_KIND = 'user.confluent.io/flink-pipeline-kind';
/** The deploy that created the statement: how a re-run recognises its own work. */
const LABEL_DEPLOY = 'user.confluent.io/flink-pipeline-deploy';
/** The commit the statement's SQL came from: a deploy whose HEAD is older refuses to roll it back. */
const LABEL_COMMIT = 'user.confluent.io/flink-pipeline-commit';
/**
 * Neither the spec (`additionalProperties: string`) nor the docs state rules for label values;
 * the selector syntax (`k=v,k2=v2`) and the platform's Kubernetes heritage make the
 * Kubernetes rule the safe one: at most 63 characters, `[A-Za-z0-9]` at both ends and only
 * `[-A-Za-z0-9_.]` inside. A value that breaks it is rewritten deterministically (invalid
 * characters → `-`, cut, plus 7 hex of its sha256), so the same table always gets the same label.
 */
const LABEL_VALUE_MAX = 63;
const VALID = /^(?:[A-Za-z0-9](?:[-A-Za-z0-9_.]*[A-Za-z0-9])?)?$/;
function labelValue(raw) {
    if (raw.length <= LABEL_VALUE_MAX && VALID.test(raw))
        return raw;
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(raw).digest('hex').slice(0, 7);
    const body = raw
        .replace(/[^-A-Za-z0-9_.]+/g, '-')
        .slice(0, LABEL_VALUE_MAX - 8)
        .replace(/^[^A-Za-z0-9]+|[^A-Za-z0-9]+$/g, '');
    return body ? `${body}-${hash}` : hash;
}
/** The labels of one statement the tool creates. */
function pipelineLabels(input) {
    const labels = {
        [LABEL_PIPELINE]: pipelineMarker(input.prefix),
        [LABEL_TABLE]: labelValue(input.table),
    };
    if (input.fingerprint)
        labels[LABEL_FINGERPRINT] = input.fingerprint.toLowerCase().slice(0, 7);
    if (input.kind)
        labels[LABEL_KIND] = input.kind;
    if (input.deploy)
        labels[LABEL_DEPLOY] = labelValue(input.deploy);
    if (input.commit)
        labels[LABEL_COMMIT] = labelValue(input.commit);
    return labels;
}
function pipelineMarker(prefix) {
    return prefix ? labelValue(prefix) : 'true';
}
/** `label_selector` value: comma-separated `key=value` pairs, all must match. */
function labelSelector(labels) {
    return Object.entries(labels)
        .map(([k, v]) => `${k}=${v}`)
        .join(',');
}
/**
 * The validation run that sent a dry-run statement (engine/dry-run.ts). Dry runs carry no other
 * label of the tool, so nothing reads one as a deployed statement; the service never stores a
 * dry run, so this label names the run in the request only (audit logs, support).
 */
const LABEL_VALIDATION = 'user.confluent.io/flink-pipeline-validation';


/***/ }),

/***/ 6253:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  PQ: () => (/* binding */ computePoolClient),
  Ev: () => (/* binding */ confluentTarget),
  p7: () => (/* binding */ environmentOf)
});

// UNUSED EXPORTS: CLOUD_API_ENDPOINT, pollFromEnv

// EXTERNAL MODULE: ./src/confluent/client.ts + 1 modules
var confluent_client = __webpack_require__(792);
// EXTERNAL MODULE: ./src/plan/types.ts
var types = __webpack_require__(9898);
// EXTERNAL MODULE: ./src/confluent/labels.ts
var labels = __webpack_require__(3923);
;// CONCATENATED MODULE: ./src/confluent/status.ts


const PHASE_SET = new Set(types/* PHASES */.Z);
/**
 * CREATE … AS SELECT / WITH: a DDL statement that runs its query. A materialized table's CREATE
 * completes instead, the service maintains the table (dbt-confluent MATERIALIZATIONS.md).
 */
const CONTINUOUS = /\bAS\s*\(?\s*(?:SELECT|WITH)\b/i;
const MATERIALIZED = /^\s*CREATE\s+(?:OR\s+ALTER\s+)?MATERIALIZED\b/i;
/** A DML statement in one of these phases has written to its table, so the table exists. */
const TABLE_PROVEN = new Set(['RUNNING', 'DEGRADED', 'STOPPING', 'STOPPED']);
/**
 * Live status from Confluent Cloud: one paged, label-selected list of the tool's statements;
 * each table maps to its newest non-deleted DML statement. `tableExists` is set only when the
 * statements prove it (a DML that ran, or the newer of a completed CREATE and DROP).
 */
function confluentStatus(client, prefixOrOptions = {}) {
    const options = typeof prefixOrOptions === 'string' ? { prefix: prefixOrOptions } : prefixOrOptions;
    const selector = (0,labels/* labelSelector */.wb)(options.labels ?? { [labels/* LABEL_PIPELINE */.q4]: (0,labels/* pipelineMarker */.Z4)(options.prefix) });
    return {
        kind: 'confluent',
        async snapshot(tables) {
            const statements = await client.listStatements({ labelSelector: selector });
            return statusFromStatements(statements, tables, options.prefix);
        },
    };
}
/**
 * Pure part of the status source, exported for tests. Tables are reported by name; a labelled
 * table that is not in `tables` (one HEAD no longer defines) is reported by its label.
 */
function statusFromStatements(statements, tables, prefix) {
    // Label value → table name (labels of long or unusual names are shortened with a hash).
    const wanted = new Map(tables.map((t) => [(0,labels/* labelValue */.w)(t), t]));
    const byTable = new Map();
    const liveOf = new Map();
    for (const s of statements) {
        const label = s.metadata?.labels?.[labels/* LABEL_TABLE */.EG];
        if (!label)
            continue;
        if (prefix && !s.name.startsWith(`${prefix}-`))
            continue;
        const phase = s.status?.phase;
        if (phase === 'DELETING')
            continue;
        const table = wanted.get(label) ?? label;
        const kind = statementKind(s);
        liveOf.set(table, [...(liveOf.get(table) ?? []), liveStatement(s, kind)]);
        if (kind === 'alter' || (kind === 'drop' && phase !== 'COMPLETED'))
            continue;
        // A CTAS keeps running: it is the table's pipeline statement. A plain CREATE TABLE (or a
        // materialized table's) that has not completed proves nothing.
        const sql = (s.spec?.statement ?? '').replace(/^(\s|--[^\n]*\n|\/\*[\s\S]*?\*\/)+/, '');
        if (kind === 'ddl' && phase !== 'COMPLETED' && (!CONTINUOUS.test(sql) || MATERIALIZED.test(sql)))
            continue;
        const key = kind === 'ddl' ? (phase === 'COMPLETED' ? 'ddl' : 'query') : kind;
        const slot = byTable.get(table) ?? {};
        const current = slot[key];
        if (!current || newer(s, current))
            slot[key] = s;
        byTable.set(table, slot);
    }
    const live = new Set(statements.filter((s) => s.status?.phase !== 'DELETING').map((s) => s.name));
    const result = new Map();
    for (const [table, slot] of byTable) {
        const status = {};
        const main = slot.dml ?? slot.query;
        const phase = main?.status?.phase;
        if (main) {
            status.statement = main.name;
            if (phase && PHASE_SET.has(phase))
                status.phase = phase;
        }
        const from = slot.dml?.spec?.properties?.['sql.tables.initial-offset-from'];
        if (from && from !== slot.dml.name && live.has(from))
            status.replaced = from;
        if (slot.ddl || slot.drop) {
            status.tableExists = !slot.drop || (!!slot.ddl && newer(slot.ddl, slot.drop));
        }
        if (phase && TABLE_PROVEN.has(phase) && !(slot.drop && newer(slot.drop, main))) {
            status.tableExists = true;
        }
        result.set(table, status);
    }
    for (const [table, live] of liveOf) {
        const status = result.get(table) ?? {};
        // Newest first; of two created at the same time, the one listed later (the list is in creation order).
        status.live = live
            .reverse()
            .sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0));
        result.set(table, status);
    }
    return { kind: 'confluent', tables: result };
}
function liveStatement(s, kind) {
    const live = {
        name: s.name,
        kind,
        sql: s.spec?.statement ?? '',
        properties: { ...(s.spec?.properties ?? {}) },
        createdAt: s.metadata?.created_at ?? '',
    };
    if (s.status?.phase)
        live.phase = s.status.phase;
    const commit = s.metadata?.labels?.[labels/* LABEL_COMMIT */.RL];
    if (commit)
        live.commit = commit;
    return live;
}
/** The kind label, else the name part the planner puts in (`-dml-`), else the SQL's verb. */
function statementKind(s) {
    const label = s.metadata?.labels?.[labels/* LABEL_KIND */.Kg];
    if (label === 'ddl' || label === 'dml' || label === 'alter' || label === 'drop')
        return label;
    const part = /-(ddl|dml|alter|drop)-/.exec(s.name)?.[1];
    if (part)
        return part;
    const sql = (s.spec?.statement ?? '').replace(/^(\s|--[^\n]*\n|\/\*[\s\S]*?\*\/)+/, '').toUpperCase();
    if (/^DROP\b/.test(sql))
        return 'drop';
    if (/^ALTER\b/.test(sql))
        return 'alter';
    if (/^CREATE\b/.test(sql) && !/\bAS\s+(SELECT|WITH)\b/.test(sql))
        return 'ddl';
    return 'dml';
}
function newer(a, b) {
    return (a.metadata?.created_at ?? '') > (b.metadata?.created_at ?? '');
}

// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(17);
;// CONCATENATED MODULE: ./src/engine/confluent.ts



/** The config's environment that plan, deploy and status talk to; errors say how to fix the config. */
function environmentOf(config, environment, command) {
    const names = Object.keys(config.environments ?? {});
    const name = environment ?? config.environment ?? (names.length === 1 ? names[0] : undefined);
    if (!name) {
        throw new errors/* UserError */.y(names.length
            ? `${command}: choose an environment with --env (known: ${names.join(', ')}) or set "environment:" in the config`
            : `${command}: the config has no environments; add environments.<name> with organizationId, environmentId and restEndpoint (or cloud and region)`);
    }
    const env = config.environments?.[name];
    if (!env) {
        throw new errors/* UserError */.y(`${command}: environment "${name}" is not in the config${names.length ? `; known: ${names.join(', ')}` : ''}`);
    }
    return { name, env };
}
/** The client and live status source of one environment. Secrets never leave the client. */
function confluentTarget(config, environment, credentials, command, extra = {}) {
    const { name, env } = environmentOf(config, environment, command);
    if (!credentials.apiKey || !credentials.apiSecret) {
        throw new errors/* UserError */.y(`${command}: Confluent Cloud credentials are missing; set ${credentials.hint}`);
    }
    let client;
    try {
        client = (0,confluent_client/* flinkClientFromConfig */.sl)(env, { apiKey: credentials.apiKey, apiSecret: credentials.apiSecret }, { poll: pollFromEnv(), ...extra });
    }
    catch (e) {
        if (e instanceof errors/* UserError */.y)
            throw new errors/* UserError */.y(`${command}: environment "${name}": ${e.message}`);
        throw e;
    }
    return { name, env, client, status: confluentStatus(client, env.statementPrefix) };
}
/** The Confluent Cloud API (control plane) of the compute pool API, when the config names none. */
const CLOUD_API_ENDPOINT = 'https://api.confluent.cloud';
/**
 * A client of the compute pool API (fcpm/v2) for the check before a deploy. It lives on the
 * Confluent Cloud API endpoint and takes a Cloud API key, not the Flink key (docs, Flink REST
 * API: "The compute pool endpoints take a Cloud API key"). Without one the check is skipped:
 * `missing` says how to turn it on.
 */
function computePoolClient(target, cloud, extra = {}) {
    if (!cloud.apiKey || !cloud.apiSecret)
        return { missing: `set ${cloud.hint} to check the compute pool first` };
    try {
        const pools = (0,confluent_client/* flinkClientFromConfig */.sl)({ ...target.env, restEndpoint: target.env.cloudApiEndpoint ?? CLOUD_API_ENDPOINT }, { apiKey: cloud.apiKey, apiSecret: cloud.apiSecret }, { poll: pollFromEnv(), ...extra });
        return { pools };
    }
    catch (e) {
        if (e instanceof errors/* UserError */.y)
            throw new errors/* UserError */.y(`environment "${target.name}": cloudApiEndpoint: ${e.message}`);
        throw e;
    }
}
/**
 * `FLINK_PIPELINE_POLL_MS`: the first delay between status polls (default 1 s, growing to
 * 10 s). The emulator answers in milliseconds, so demos and tests poll faster.
 */
function pollFromEnv(env = process.env) {
    const raw = env.FLINK_PIPELINE_POLL_MS;
    if (raw === undefined || raw === '')
        return undefined;
    const ms = Number(raw);
    if (!Number.isFinite(ms) || ms < 10 || ms > 60_000) {
        throw new errors/* UserError */.y(`FLINK_PIPELINE_POLL_MS=${raw}: use a number of milliseconds from 10 to 60000`);
    }
    return { initialDelayMs: ms, maxDelayMs: Math.max(ms, 10_000) };
}


/***/ }),

/***/ 6462:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  lx: () => (/* binding */ UnreadableProjectError),
  sK: () => (/* binding */ checkTables),
  Ru: () => (/* binding */ computePlan)
});

// UNUSED EXPORTS: checkEnvironment

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/config/load.ts
var load = __webpack_require__(1036);
// EXTERNAL MODULE: ./src/util/errors.ts
var util_errors = __webpack_require__(17);
// EXTERNAL MODULE: ./src/change/classify.ts + 3 modules
var classify = __webpack_require__(6009);
// EXTERNAL MODULE: ./src/change/config-change.ts
var config_change = __webpack_require__(3149);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/graph/graph.ts
var graph = __webpack_require__(1924);
;// CONCATENATED MODULE: ./src/change/git.ts
/**
 * The git edge of `change/`: refs to SHAs, trees, blobs and raw diffs. Everything
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
            // A `.git` entry (folder, or file for worktrees) marks the top; asking git costs a process.
            for (let at = key;; at = (0,external_node_path_.dirname)(at)) {
                if ((0,external_node_fs_.existsSync)((0,external_node_path_.join)(at, '.git')))
                    return (0,external_node_fs_.realpathSync)(at); // git answers the real path too
                if ((0,external_node_path_.dirname)(at) === at)
                    break;
            }
            try {
                return (0,external_node_path_.resolve)((await runGit(key, ['rev-parse', '--show-toplevel'])).trim());
            }
            catch (e) {
                roots.delete(key);
                const first = (e instanceof Error ? e.message : String(e)).trim().split('\n')[0];
                throw new util_errors/* UserError */.y(`${dir}: not inside a git work tree (${first}); run from a clone of the repository`);
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
        throw new util_errors/* UserError */.y(`${path}: outside the repository at ${root}`);
    return parts.join('/');
}
/**
 * Runs git in `cwd` and resolves its standard output. A failure that git explains on stderr
 * rejects; a quiet non-zero exit (`rev-parse --verify --quiet` of a missing ref, `merge-base`
 * of unrelated commits) resolves with whatever was printed, usually nothing.
 */
function runGit(cwd, args) {
    return new Promise((resolveOut, reject) => {
        const child = (0,external_node_child_process_.spawn)('git', args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
        const out = [];
        const err = [];
        child.stdout.on('data', (c) => out.push(c));
        child.stderr.on('data', (c) => err.push(c));
        child.on('error', (e) => reject(new util_errors/* UserError */.y(`cannot run git (${e.message}); is git installed?`)));
        child.on('close', (code) => {
            const why = Buffer.concat(err).toString().trim();
            if (code !== 0 && why)
                reject(new Error(`git ${args[0]} exited with ${code}: ${why}`));
            else
                resolveOut(Buffer.concat(out).toString('utf8'));
        });
    });
}
const HEADER = /^([0-9a-f]{40}|[0-9a-f]{64}) (\S+) (\d+)$/;
/** Idle sessions end after this long, so a process that is done with git does not keep one. */
const IDLE_MS = 2000;
/** Git before 2.36 has no `--batch-command`; found out once, on the first session. */
let batchCommand = true;
/**
 * One long-lived `git cat-file` process per repository: refs, configs and blobs all go through
 * it, so a plan starts four git processes (this one, then `diff` and both `ls-tree` at once)
 * instead of one per question. `--batch-command --buffer` writes answers in large blocks, flushed at
 * the end of each batch; older git falls back to `--batch`, which flushes every object.
 * Answers come in the order asked. The process is unreferenced while idle, so it never keeps
 * Node alive, and it is closed after a short idle time or by `closeCatFile`.
 */
class CatFile {
    cwd;
    onClose;
    child;
    queue = [];
    head = 0;
    header = '';
    body = null;
    /** Whether the line feed that ends a body is still to skip */
    skipLf = false;
    answered = false;
    failure = null;
    idle = null;
    closed = false;
    constructor(cwd, onClose) {
        this.cwd = cwd;
        this.onClose = onClose;
        this.start();
    }
    start() {
        const command = batchCommand;
        const child = (0,external_node_child_process_.spawn)('git', ['cat-file', ...(command ? ['--batch-command', '--buffer'] : ['--batch'])], {
            cwd: this.cwd,
            stdio: ['pipe', 'pipe', 'pipe'],
        });
        this.child = child;
        const errors = [];
        child.stdout.on('data', (c) => this.receive(c));
        child.stderr.on('data', (c) => errors.push(c));
        child.on('error', (e) => this.fail(new util_errors/* UserError */.y(`cannot run git (${e.message}); is git installed?`)));
        child.on('close', (code) => {
            if (command && code === 129 && !this.answered) {
                // Usage error: this git predates --batch-command. Ask again the old way.
                batchCommand = false;
                this.start();
                this.send(this.queue.slice(this.head).map((r) => r.name));
                return;
            }
            const why = Buffer.concat(errors).toString().trim();
            this.fail(new Error(`git cat-file exited with ${code}${why ? `: ${why}` : ''}`));
        });
        // A write after git died fails the pending requests through 'close'.
        child.stdin.on('error', () => undefined);
        this.setReferenced(this.head < this.queue.length);
    }
    send(names) {
        if (!names.length)
            return;
        const text = this.child.spawnargs.includes('--batch-command')
            ? names.map((n) => `contents ${n}\n`).join('') + 'flush\n'
            : names.join('\n') + '\n';
        this.child.stdin.write(text);
        if (this.closed)
            this.child.stdin.end();
    }
    /**
     * Objects by name (SHAs, `rev:path`, `ref^{commit}`…), in the order asked. `each` sees every
     * object as it arrives, so work on the first ones overlaps git reading the rest.
     */
    read(names, each) {
        if (names.length === 0)
            return Promise.resolve([]);
        if (this.failure)
            return Promise.reject(this.failure);
        // Sessions are looked up for every question (`catFile`), which replaces a closed one.
        if (this.closed)
            return Promise.reject(new Error('git cat-file session used after it was closed'));
        return new Promise((resolveAll, reject) => {
            const objects = new Array(names.length);
            let left = names.length;
            let failed = false;
            // A name with a newline would desynchronise the protocol; git could not find it anyway.
            const lines = names.map((n) => n.replace(/\n/g, ' '));
            for (let i = 0; i < names.length; i++) {
                this.queue.push({
                    name: lines[i],
                    done: (o) => {
                        if (failed)
                            return;
                        if (o instanceof Error) {
                            failed = true;
                            return reject(o);
                        }
                        objects[i] = o;
                        try {
                            each?.(i, o);
                        }
                        catch (e) {
                            failed = true;
                            return reject(e);
                        }
                        if (--left === 0)
                            resolveAll(objects);
                    },
                });
            }
            if (this.idle)
                clearTimeout(this.idle);
            this.idle = null;
            this.setReferenced(true);
            this.send(lines);
        });
    }
    close() {
        if (this.closed)
            return;
        this.closed = true;
        if (this.idle)
            clearTimeout(this.idle);
        this.onClose();
        this.child.stdin.end();
    }
    setReferenced(on) {
        const c = this.child;
        const handles = [c, c.stdout, c.stderr, c.stdin];
        for (const h of handles)
            (on ? h.ref : h.unref)?.call(h);
    }
    answer(object) {
        this.answered = true;
        const request = this.queue[this.head++];
        if (this.head === this.queue.length) {
            this.queue.length = 0;
            this.head = 0;
            this.setReferenced(false);
            if (!this.closed) {
                this.idle = setTimeout(() => this.close(), IDLE_MS);
                this.idle.unref?.();
            }
        }
        request?.done(object);
    }
    receive(chunk) {
        let at = 0;
        while (at < chunk.length) {
            if (this.skipLf) {
                this.skipLf = false;
                at++;
                continue;
            }
            const body = this.body;
            if (body) {
                const n = Math.min(body.buf.length - body.filled, chunk.length - at);
                chunk.copy(body.buf, body.filled, at, at + n);
                body.filled += n;
                at += n;
                if (body.filled === body.buf.length) {
                    this.body = null;
                    this.skipLf = true;
                    this.answer({ sha: body.sha, type: body.type, data: body.buf });
                }
                continue;
            }
            const eol = chunk.indexOf(0x0a, at);
            if (eol < 0) {
                this.header += chunk.toString('utf8', at);
                break;
            }
            const line = this.header + chunk.toString('utf8', at, eol);
            this.header = '';
            at = eol + 1;
            // "<sha> <type> <size>", or "<name> missing" / "<name> ambiguous"
            const m = HEADER.exec(line);
            if (!m) {
                this.answer(null);
                continue;
            }
            const size = Number(m[3]);
            if (chunk.length - at >= size) {
                // The whole object is in this chunk: share its memory rather than copy.
                this.answer({ sha: m[1], type: m[2], data: chunk.subarray(at, at + size) });
                at += size;
                this.skipLf = true;
            }
            else {
                this.body = { buf: Buffer.allocUnsafe(size), filled: 0, sha: m[1], type: m[2] };
            }
        }
    }
    fail(e) {
        this.failure ??= e;
        if (!this.closed) {
            this.closed = true;
            this.onClose();
        }
        if (this.idle)
            clearTimeout(this.idle);
        const pending = this.queue.slice(this.head);
        this.queue.length = 0;
        this.head = 0;
        this.setReferenced(false);
        for (const r of pending)
            r.done(this.failure);
    }
}
const sessions = new Map();
/** The repository's `cat-file --batch` session, started on first use. */
async function catFile(repoDir) {
    const root = await repoRoot(repoDir);
    let session = sessions.get(root);
    if (!session || session.closed) {
        const started = new CatFile(root, () => {
            if (sessions.get(root) === started)
                sessions.delete(root);
        });
        sessions.set(root, (session = started));
    }
    return session;
}
/** Ends the repository's `cat-file` session now (it also ends by itself when idle). */
async function closeCatFile(repoDir) {
    sessions.get(await repoRoot(repoDir))?.close();
}
/** Objects by name through the repository's `cat-file` session, in the order asked. */
async function readObjects(repoDir, names) {
    return (await catFile(repoDir)).read(names);
}
function isShallow(root) {
    return runGit(root, ['rev-parse', '--is-shallow-repository']).then((out) => out.trim() === 'true');
}
const checkRefName = (ref, role) => {
    if (!ref || ref.startsWith('-')) {
        throw new util_errors/* UserError */.y(`${role} ref "${ref}" is not a branch, tag or commit name`);
    }
};
/** SHAs of the commits `refs` name (one `cat-file` round trip), or a UserError saying why one cannot be found. */
async function commitsOf(root, refs) {
    for (const [ref, role] of refs)
        checkRefName(ref, role);
    const found = await readObjects(root, refs.map(([ref]) => `${ref}^{commit}`));
    const missing = refs.findIndex((_, i) => found[i]?.type !== 'commit');
    if (missing < 0)
        return found.map((o) => o.sha);
    const [ref, role] = refs[missing];
    const why = (await isShallow(root))
        ? `the clone is shallow, so older commits and other branches may be missing; ${FETCH_HINT}`
        : 'check the branch, tag or commit name (remote branches need their remote, e.g. origin/main)';
    throw new util_errors/* UserError */.y(`${role} ref "${ref}" not found in the repository: ${why}`);
}
async function commitOf(root, ref, role) {
    return (await commitsOf(root, [[ref, role]]))[0];
}
async function mergeBase(root, a, b, names) {
    const sha = (await runGit(root, ['merge-base', a, b])).trim();
    if (sha)
        return sha;
    if (await isShallow(root)) {
        throw new util_errors/* UserError */.y(`no common ancestor of ${names[0]} and ${names[1]} in the fetched history (the clone is shallow); ${FETCH_HINT}`);
    }
    throw new util_errors/* UserError */.y(`${names[0]} and ${names[1]} have no common ancestor (unrelated histories); pass --base explicitly`);
}
const DEFAULT_BRANCHES = ['origin/HEAD', 'main', 'origin/main', 'master', 'origin/master'];
/** The branch a change is compared with when nothing says otherwise. */
async function defaultBranch(root) {
    // All candidates in one round trip; the first that exists wins.
    const found = await readObjects(root, DEFAULT_BRANCHES.map((name) => `${name}^{commit}`));
    const i = found.findIndex((o) => o?.type === 'commit');
    if (i >= 0)
        return { name: DEFAULT_BRANCHES[i], sha: found[i].sha };
    throw new util_errors/* UserError */.y('cannot find the default branch (origin/HEAD, main or master) to compare with; pass --base' +
        ((await isShallow(root)) ? `, or ${FETCH_HINT}` : ''));
}
const emptyTreeFor = (headSha) => (headSha.length === 64 ? EMPTY_TREE_SHA256 : EMPTY_TREE_SHA1);
/**
 * Resolves the commits to compare. Pull requests compare with the merge-base, as GitHub's
 * "Files changed" does: commits that reached the base branch after the branch point are not
 * part of the change.
 */
async function resolveRange(repoDir, opts = {}) {
    const root = await repoRoot(repoDir);
    if ('before' in opts) {
        if (isZeroSha(opts.after)) {
            throw new util_errors/* UserError */.y('the push deleted the branch: there is no head commit to compare');
        }
        const head = await commitOf(root, opts.after, 'push "after"');
        if (isZeroSha(opts.before)) {
            return {
                base: emptyTreeFor(head),
                head,
                description: `first push of ${git_short(head)}: every table is new`,
            };
        }
        const base = await commitOf(root, opts.before, 'push "before"').catch((e) => {
            // A force push leaves `before` unreachable; say so rather than only "not found".
            throw e instanceof util_errors/* UserError */.y
                ? new util_errors/* UserError */.y(`${e.message} (after a force push the old commit is gone)`)
                : e;
        });
        return { base, head, description: `push ${git_short(base)}..${git_short(head)}` };
    }
    if ('baseRef' in opts) {
        const [baseTip, head] = await commitsOf(root, [
            [opts.baseRef, 'pull request base'],
            [opts.headRef, 'pull request head'],
        ]);
        const base = await mergeBase(root, baseTip, head, [opts.baseRef, opts.headRef]);
        return {
            base,
            head,
            description: `merge-base of ${opts.baseRef} and ${opts.headRef} (${git_short(base)}..${git_short(head)})`,
        };
    }
    const headName = opts.head ?? 'HEAD';
    if (opts.base !== undefined) {
        const [base, head] = await commitsOf(root, [
            [opts.base, 'base'],
            [headName, 'head'],
        ]);
        return { base, head, description: `${opts.base}..${headName} (${git_short(base)}..${git_short(head)})` };
    }
    const [head, main] = await Promise.all([commitOf(root, headName, 'head'), defaultBranch(root)]);
    const base = await mergeBase(root, main.sha, head, [main.name, headName]);
    return {
        base,
        head,
        description: `merge-base of ${main.name} and ${headName} (${git_short(base)}..${git_short(head)})`,
    };
}
/** Files under `dir` (repository-relative; `''` or `.` = everything) at `rev`, links and all. */
async function listTree(repoDir, rev, dir) {
    const root = await repoRoot(repoDir);
    const spec = repoPath(root, dir);
    const out = await runGit(root, ['ls-tree', '-r', '-z', '--full-tree', rev, ...(spec ? ['--', spec] : [])]);
    const entries = [];
    for (const record of out.split('\0')) {
        if (!record)
            continue;
        // `<mode> SP <type> SP <sha> TAB <path>`
        const tab = record.indexOf('\t');
        const space = record.indexOf(' ');
        // Submodules (type commit) hold no files of this repository.
        if (record.startsWith('blob ', space + 1)) {
            entries.push({
                path: record.slice(tab + 1),
                sha: record.slice(space + 6, tab),
                mode: record.slice(0, space),
            });
        }
    }
    return entries;
}
/**
 * Contents of many objects through the repository's `git cat-file --batch` session (one
 * process per file would dominate the run time on large projects). Accepts SHAs and
 * `rev:path` names; names git cannot find, and objects that are not files, are left out.
 */
async function readBlobs(repoDir, names, 
/** Called with each blob as it arrives, before the whole batch is read */
onBlob) {
    const wanted = [...new Set(names)];
    const result = new Map();
    const each = onBlob && ((i, o) => o?.type === 'blob' && onBlob(wanted[i], o.data));
    const objects = await (await catFile(repoDir)).read(wanted, each);
    for (let i = 0; i < wanted.length; i++) {
        const o = objects[i];
        if (o?.type === 'blob')
            result.set(wanted[i], o.data);
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
const NO_FILE = /^0+$/;
/**
 * Files that differ between two revisions below `paths`, with renames detected (`-M`), and
 * the blob on each side: enough to tell one revision's listing from the other's.
 */
async function diffTree(repoDir, base, head, paths) {
    const root = await repoRoot(repoDir);
    const specs = paths.map((p) => repoPath(root, p));
    const limit = specs.includes('') ? [] : ['--', ...specs];
    const out = await runGit(root, [
        'diff',
        '--raw',
        '--no-abbrev',
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
    const side = (mode, sha) => (NO_FILE.test(mode) ? null : { mode, sha });
    for (let i = 0; i + 1 < fields.length;) {
        const meta = fields[i++];
        if (!meta)
            continue;
        // `:<old mode> <new mode> <old sha> <new sha> <status>`, then the path (two for R and C)
        const [oldMode, newMode, oldSha, newSha, code] = meta.slice(1).split(' ');
        const status = STATUS[code[0]] ?? 'modified';
        const old = side(oldMode, oldSha);
        const now = side(newMode, newSha);
        if (code[0] === 'R' || code[0] === 'C') {
            const oldPath = fields[i++];
            const path = fields[i++];
            // A copy leaves its source in place: only the new path is a change.
            if (code[0] === 'R')
                changes.push({ status, path, oldPath, old, new: now });
            else
                changes.push({ status, path, old: null, new: now });
        }
        else {
            changes.push({ status, path: fields[i++], old, new: now });
        }
    }
    return changes.sort((a, b) => (0,graph/* compareNames */.MP)(a.path, b.path));
}
/** The FileChange part of a RawChange. */
const fileChange = ({ status, path, oldPath }) => oldPath === undefined ? { status, path } : { status, path, oldPath };
/** The commit HEAD points at; undefined in a repository without commits. */
async function headCommit(repoDir) {
    const root = await repoRoot(repoDir);
    const out = await runGit(root, ['rev-parse', '--verify', '--quiet', 'HEAD^{commit}']).catch(() => '');
    return out.trim() || undefined;
}
/**
 * Where `other` stands in the history relative to `head`: the same commit, `older` (an
 * ancestor of head), `newer` (head is its ancestor), `diverged` (neither), or `unknown` when
 * this clone does not have it (a shallow clone, a commit not fetched, a history rewritten).
 */
async function commitRelation(repoDir, head, other) {
    const root = await repoRoot(repoDir);
    if (other === head)
        return 'same';
    const [present] = await readObjects(root, [`${other}^{commit}`]).catch(() => [null]);
    if (!present || present.type !== 'commit')
        return 'unknown';
    if (present.sha === head)
        return 'same';
    if (await isAncestor(root, head, present.sha))
        return 'newer';
    if (await isAncestor(root, present.sha, head))
        return 'older';
    return 'diverged';
}
/** `git merge-base --is-ancestor`: its exit code is the answer (0 yes, 1 no). */
function isAncestor(root, ancestor, of) {
    return new Promise((resolveOut, reject) => {
        const child = (0,external_node_child_process_.spawn)('git', ['merge-base', '--is-ancestor', ancestor, of], {
            cwd: root,
            stdio: ['ignore', 'ignore', 'pipe'],
        });
        const err = [];
        child.stderr.on('data', (c) => err.push(c));
        child.on('error', (e) => reject(new util_errors/* UserError */.y(`cannot run git (${e.message}); is git installed?`)));
        child.on('close', (code) => {
            if (code === 0 || code === 1)
                resolveOut(code === 0);
            else
                reject(new Error(`git merge-base exited with ${code}: ${Buffer.concat(err).toString().trim()}`));
        });
    });
}

// EXTERNAL MODULE: ./src/project/build.ts + 3 modules
var build = __webpack_require__(3289);
// EXTERNAL MODULE: ./src/project/folders.ts
var folders = __webpack_require__(4512);
// EXTERNAL MODULE: ./src/project/layout.ts
var layout = __webpack_require__(6547);
// EXTERNAL MODULE: ./src/project/scan.ts
var scan = __webpack_require__(8284);
// EXTERNAL MODULE: ./src/sql/analyze.ts + 7 modules
var sql_analyze = __webpack_require__(5917);
;// CONCATENATED MODULE: ./src/change/tree.ts




const LINK_MODE = '120000';
/** `diff --raw` reports submodules, which `ls-tree` listings leave out */
const SUBMODULE_MODE = '160000';
/** Deeper chains are loops in practice; the working-tree scanner stops at the first revisit. */
const MAX_LINK_DEPTH = 16;
/**
 * Whether a path is in a folder the working-tree scanner skips below the pipelines folder; a
 * revision must skip it too. Answers are kept per folder: a large tree lists thousands of
 * files in a few folders each.
 */
function hiddenTest(pipelinesDir) {
    const prefix = pipelinesDir ? pipelinesDir + '/' : '';
    const folders = new Map([['', false]]);
    const hiddenFolder = (dir) => {
        let known = folders.get(dir);
        if (known === undefined) {
            const slash = dir.lastIndexOf('/');
            known = (0,scan/* isSkippedDir */.qB)(dir.slice(slash + 1)) || (slash > 0 && hiddenFolder(dir.slice(0, slash)));
            folders.set(dir, known);
        }
        return known;
    };
    return (path) => {
        const rel = prefix && path.startsWith(prefix) ? path.slice(prefix.length) : path;
        const slash = rel.lastIndexOf('/');
        return (0,scan/* isSkippedDir */.qB)(rel.slice(slash + 1)) || (slash > 0 && hiddenFolder(rel.slice(0, slash)));
    };
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
    const hidden = hiddenTest(dir);
    const take = (e, listedAs, depth) => {
        if (hidden(listedAs))
            return;
        if (e.mode === LINK_MODE)
            pending.push({ path: listedAs, real: e.path, sha: e.sha, depth });
        else
            entries.push(listedAs === e.path ? e : { ...e, path: listedAs });
    };
    for (const e of await listTree(repoDir, rev, dir))
        take(e, e.path, 0);
    const linked = pending.length > 0;
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
    return linked ? { entries, diagnostics, linked } : { entries, diagnostics };
}
/**
 * The other revision's listing, from this one's and the diff between them (`diffTree` over
 * the same folder), as `listPipelineTree` would give it: a large tree is listed once. Links
 * make it undefined (their targets can lie outside the diffed folder, or be links themselves):
 * the caller lists that revision then.
 */
function listingBefore(after, changes, pipelinesDir) {
    if (after.linked)
        return undefined;
    const prefix = pipelinesDir ? pipelinesDir + '/' : '';
    const inside = (path) => path.startsWith(prefix);
    const hidden = hiddenTest(pipelinesDir);
    const entries = new Map(after.entries.map((e) => [e.path, e]));
    // Paths taken out and not put back, or put in that were not there: the folders may differ.
    const removed = new Set();
    let added = false;
    for (const c of changes) {
        if (c.old?.mode === LINK_MODE || c.new?.mode === LINK_MODE)
            return undefined;
        if (c.new && inside(c.path) && c.new.mode !== SUBMODULE_MODE && !hidden(c.path)) {
            entries.delete(c.path);
            removed.add(c.path);
        }
    }
    for (const c of changes) {
        const path = c.oldPath ?? c.path;
        if (!c.old || !inside(path) || c.old.mode === SUBMODULE_MODE || hidden(path))
            continue;
        entries.set(path, { path, sha: c.old.sha, mode: c.old.mode });
        if (!removed.delete(path))
            added = true;
    }
    const sorted = [...entries.values()].sort((a, b) => (0,graph/* compareNames */.MP)(a.path, b.path));
    const tree = { entries: sorted, diagnostics: [] };
    if (!added && removed.size === 0)
        tree.samePathsAs = after;
    return tree;
}

;// CONCATENATED MODULE: ./src/change/revision.ts









const newAnalysisCache = () => ({
    analyses: new Map(),
    texts: new Map(),
    blobs: new Map(),
    ddlTexts: new Map(),
    files: new Map(),
    memo: new Map(),
});
const roleOf = (path) => (0,layout/* sqlScriptRole */.e)(path.slice(path.lastIndexOf('/') + 1));
const isSql = (path) => {
    const role = roleOf(path);
    return role === 'ddl' || role === 'dml';
};
/**
 * A `readBlobs` callback that analyses the SQL files of `trees` as their blobs arrive, so the
 * analysis (the bulk of the work) overlaps git reading the rest. Files that do not decode, or
 * that the analyser rejects, are left to the loader, which reports them as it always does.
 */
function analyseOnArrival(trees, cache, 
/** Analyses already made in this process, by SQL text (e.g. of the working tree) */
known) {
    const sql = new Set();
    for (const tree of trees)
        for (const e of tree.entries)
            if (isSql(e.path))
                sql.add(e.sha);
    const early = (cache.early ??= new Map());
    return (sha, bytes) => {
        if (!sql.has(sha) || cache.analyses.has(sha) || early.has(sha))
            return;
        const decoded = (0,scan/* decodeSource */.E4)(sha, bytes);
        if (!('text' in decoded))
            return; // the loader reports it, with the file's path
        const entry = { text: decoded.text };
        early.set(sha, entry);
        try {
            entry.analysis = known?.get(decoded.text) ?? (0,sql_analyze/* analyzeSql */.T)(decoded.text);
        }
        catch {
            // the loader analyses it again and reports the failure where it always did
        }
    };
}
/**
 * The analyses of a loaded project by SQL text: the analysis is a function of the text alone,
 * so a revision whose files match the working tree (a pull request's head) reuses them.
 */
function analysesByText(project) {
    const byText = new Map();
    for (const t of project.tables.values()) {
        for (const file of [t.ddl, t.dml])
            if (file)
                byText.set(file.text, file.analysis);
    }
    return byText;
}
/** A listing's table folders (the scanner's rules, from the paths alone), worked out once. */
const plans = new WeakMap();
function folderPlan(tree) {
    let known = plans.get(tree);
    if (!known) {
        const shaOf = new Map(tree.entries.map((e) => [e.path, e.sha]));
        // The folders are a function of the paths alone.
        const plan = tree.samePathsAs ? folderPlan(tree.samePathsAs).plan : (0,folders/* planTableFolders */.dN)([...shaOf.keys()]);
        plans.set(tree, (known = { plan, shaOf }));
    }
    return known;
}
/**
 * The blobs a revision's project needs: the files its table folders are read from. SQL whose
 * analysis is cached is skipped.
 */
function wantedBlobs(tree, cache) {
    const { plan, shaOf } = folderPlan(tree);
    const wanted = new Set();
    for (const path of plan.externalFiles)
        wanted.add(shaOf.get(path));
    for (const folder of plan.folders) {
        for (const [role, path] of folder.files) {
            const sha = shaOf.get(path);
            if (!((role === 'ddl' || role === 'dml') && cache.analyses.has(sha)))
                wanted.add(sha);
        }
    }
    return wanted;
}
/**
 * The project model at a commit (or tree), read from git objects, not the working tree.
 * Uses the working-tree scanner's grouping rules (`planTableFolders`) and the same builder.
 */
async function loadRevision(repoDir, rev, pipelinesDir, config, cache = newAnalysisCache(), 
/** The revision's listing when the caller already fetched it (in parallel with other git calls) */
listed) {
    const dir = repoPath(await repoRoot(repoDir), pipelinesDir);
    const tree = listed ?? (await listPipelineTree(repoDir, rev, dir));
    const { plan, shaOf } = folderPlan(tree);
    const wanted = wantedBlobs(tree, cache);
    const missingBlobs = [...wanted].filter((sha) => !cache.blobs.has(sha));
    const blobs = missingBlobs.length ? await readBlobs(repoDir, missingBlobs) : new Map();
    for (const [sha, bytes] of cache.blobs)
        if (wanted.has(sha))
            blobs.set(sha, bytes);
    const diagnostics = [...tree.diagnostics];
    const read = (path) => {
        const sha = shaOf.get(path);
        const same = cache.files.get(path);
        if (same?.sha === sha)
            return same.file;
        const file = readFile(path, sha);
        if (file)
            cache.files.set(path, { sha, file });
        return file;
    };
    const readFile = (path, sha) => {
        const bytes = blobs.get(sha);
        // Not fetched: a SQL file already read for the other revision.
        if (!bytes)
            return wanted.has(sha) ? missing(path, diagnostics) : { path, text: cache.texts.get(sha) ?? '' };
        const known = cache.early?.get(sha); // decoded as it arrived: the same text
        const decoded = known ? { path, text: known.text } : (0,scan/* decodeSource */.E4)(path, bytes);
        if ('text' in decoded) {
            if (isSql(path))
                cache.texts.set(sha, decoded.text);
            return decoded;
        }
        diagnostics.push(decoded);
        return undefined;
    };
    const listing = (0,folders/* readTableFolders */.We)(plan, read);
    const analyze = (file) => {
        const sha = shaOf.get(file.path);
        let analysis = cache.analyses.get(sha);
        if (!analysis) {
            analysis = cache.early?.get(sha)?.analysis ?? (0,sql_analyze/* analyzeSql */.T)(file.text);
            cache.analyses.set(sha, analysis);
            if (roleOf(file.path) === 'ddl')
                cache.ddlTexts.set(analysis, file.text);
        }
        return analysis;
    };
    return (0,build/* buildProject */.ay)({
        pipelinesDir: dir || '.',
        folders: listing.folders,
        diagnostics: [...diagnostics, ...listing.diagnostics],
        ...(0,build/* projectOptions */.Mh)(config),
        declaredExternals: listing.declaredExternals,
        analyze,
        memo: cache.memo,
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
    const decoded = (0,scan/* decodeSource */.E4)(file, bytes);
    const label = `${file} (at ${rev.slice(0, 7)})`;
    if (!('text' in decoded))
        throw new util_errors/* UserError */.y(`${label}:${decoded.line}: ${decoded.message}`);
    return (0,load/* parseConfig */.o4)(label, decoded.text);
}

;// CONCATENATED MODULE: ./src/change/detect.ts







/**
 * The change between two revisions, per table: the one entry point of `change/` for the CLI
 * and the action. `range` is a resolved CommitRange or the options to resolve one. Paths are
 * repository-relative (absolute ones are made so).
 */
async function detectChanges(repoDir, range, pipelinesDir, configPath = load/* DEFAULT_CONFIG_FILE */.Cu, environment, 
/** Analyses already made in this process, by SQL text (`analysesByText`) */
known) {
    const root = await repoRoot(repoDir);
    try {
        return await detect(root, range, pipelinesDir, configPath, environment, known);
    }
    finally {
        // Every git question of the comparison is answered: let the `cat-file` process end now.
        await closeCatFile(root);
    }
}
async function detect(root, range, pipelinesDir, configPath, environment, known) {
    const commits = 'description' in range ? range : await resolveRange(root, range);
    const pipelines = repoPath(root, pipelinesDir);
    const configFile = repoPath(root, configPath);
    const warnings = [];
    // Independent git calls overlap: `diff` is its own process, the rest share the `cat-file` session.
    const [diff, baseConfig, headConfig, headTree] = await Promise.all([
        diffTree(root, commits.base, commits.head, [pipelines, configFile]),
        readConfigAt(root, commits.base, configFile).catch((e) => {
            // A broken base config must not block the change that fixes it.
            if (!(e instanceof util_errors/* UserError */.y))
                throw e;
            warnings.push(`config at base not compared: ${e.message.split('\n')[0]}`);
            return null;
        }),
        readConfigAt(root, commits.head, configFile),
        listPipelineTree(root, commits.head, pipelines),
    ]);
    const files = diff.map(fileChange);
    // The base differs from the head by the diff: no second listing of a large tree.
    const baseTree = listingBefore(headTree, diff, pipelines) ?? (await listPipelineTree(root, commits.base, pipelines));
    const cache = newAnalysisCache();
    // Both revisions' files in one batch (unchanged files share a blob).
    const wanted = new Set([...wantedBlobs(headTree, cache), ...wantedBlobs(baseTree, cache)]);
    // SQL is analysed as it arrives, while git is still reading the rest.
    cache.blobs = await readBlobs(root, wanted, analyseOnArrival([headTree, baseTree], cache, known));
    await closeCatFile(root); // nothing more to ask git
    const head = await loadRevision(root, commits.head, pipelines, headConfig ?? {}, cache, headTree);
    const base = await loadRevision(root, commits.base, pipelines, (baseConfig ?? headConfig ?? {}), cache, baseTree);
    cache.blobs.clear(); // decoded texts live on in the projects; the raw bytes are done
    cache.early = undefined;
    // Unreadable base config: compare head with itself, so no config-driven change is claimed.
    const config = (0,config_change/* classifyConfigChange */.V)(baseConfig === null ? headConfig : baseConfig, headConfig, environment, configFile);
    const changes = (0,classify/* classifyChanges */.W)(base, head, { files, config, ddlText: (a) => cache.ddlTexts.get(a) });
    return { range: commits, files, base, head, changes, config, warnings };
}

// EXTERNAL MODULE: ./src/project/diagnostics.ts
var diagnostics = __webpack_require__(8585);
// EXTERNAL MODULE: ./src/project/load.ts
var project_load = __webpack_require__(4137);
// EXTERNAL MODULE: ./src/plan/planner.ts + 2 modules
var planner = __webpack_require__(649);
// EXTERNAL MODULE: ./src/plan/sql.ts
var sql = __webpack_require__(9079);
// EXTERNAL MODULE: ./src/util/text.ts
var util_text = __webpack_require__(9997);
;// CONCATENATED MODULE: ./src/engine/plan.ts











/** The project cannot be planned; `diagnostics` are the fatal findings, for the caller to print. */
class UnreadableProjectError extends util_errors/* UserError */.y {
    diagnostics;
    constructor(message, diagnostics) {
        super(message, 1);
        this.diagnostics = diagnostics;
    }
}
function stopOnFatal(command, project, label) {
    const fatal = project.diagnostics.filter((d) => d.severity === 'fatal');
    if (fatal.length) {
        throw new UnreadableProjectError(`${command}: the project at ${label} cannot be read (${(0,diagnostics/* formatDiagnostic */.xy)(fatal[0])}); fix it first`, fatal);
    }
}
/** Every name is a table defined in the repository (not an external), else a did-you-mean error. */
function checkTables(command, project, names) {
    const deployable = [...project.tables.values()].filter((t) => !t.external).map((t) => t.name);
    for (const n of names) {
        if (!project.tables.has(n) || project.tables.get(n).external) {
            const hint = (0,util_text/* suggestName */.SX)(n, deployable);
            throw new util_errors/* UserError */.y(`${command}: no table named \`${n}\` in the repository${hint ? `; did you mean \`${hint}\`?` : ''}`);
        }
    }
}
function checkEnvironment(command, config, environment) {
    if (environment && config.environments && !config.environments[environment]) {
        throw new util_errors/* UserError */.y(`${command}: environment "${environment}" is not in the config; known: ${Object.keys(config.environments).join(', ')}`);
    }
}
/**
 * A deploy sends every statement with `sql.current-database`; without one, a table named without
 * its database resolves in the `default` database, where nothing is. Checked before anything is
 * sent, live status included.
 */
function requireDatabase(command, config, environment, head, configPath) {
    const names = Object.keys(config.environments ?? {});
    const name = environment ?? config.environment ?? (names.length === 1 ? names[0] : undefined);
    const env = name === undefined ? undefined : config.environments?.[name];
    if (!env || env.database)
        return;
    for (const t of head.tables.values()) {
        if (t.external)
            continue;
        for (const f of [t.ddl, t.dml]) {
            const ref = f && (0,sql/* unqualifiedRef */.zn)(f.text, f.analysis);
            if (!ref)
                continue;
            throw new util_errors/* UserError */.y(`${command}: environment "${name}" has no database, and \`${ref.name}\` (${f.path}:${ref.line}) names no database; set environments.${name}.database in ${configPath} to the Kafka cluster the tables live in`);
        }
    }
}
/**
 * The one planning path of the CLI and the action: load or diff the project, read live status,
 * build the plan. Throws UserError for input that cannot be planned; diagnostics that are not
 * fatal stay on `head.diagnostics` for the caller to print or annotate.
 */
async function computePlan(input) {
    const command = input.command ?? 'plan';
    const { config, environment, target } = input;
    checkEnvironment(command, config, environment);
    let head;
    let base;
    let changes = [];
    let range;
    let commitRange;
    let selection;
    if (target.kind === 'range') {
        const repoDir = (0,scan/* findRepoRoot */.Gn)(input.pipelines);
        const pipelinesDir = (0,external_node_path_.relative)(repoDir, (0,external_node_path_.resolve)(input.pipelines)).split(external_node_path_.sep).join('/');
        const commits = await resolveRange(repoDir, { base: target.base, head: target.head });
        const detected = await detectChanges(repoDir, commits, pipelinesDir, (0,external_node_path_.resolve)(input.configPath), environment, input.loaded && analysesByText(input.loaded));
        head = detected.head;
        base = detected.base;
        stopOnFatal(command, head, `head ${commits.head.slice(0, 7)}`);
        changes = detected.changes;
        range = { base: commits.base, head: commits.head };
        commitRange = commits.description;
    }
    else {
        ({ project: head } = (0,project_load/* loadProject */.g)(input.pipelines, config));
        stopOnFatal(command, head, 'the working tree');
        if (target.kind === 'all')
            selection = { all: true };
        else {
            checkTables(command, head, target.tables);
            selection = { tables: target.tables, descendants: target.descendants };
        }
    }
    if (command === 'deploy')
        requireDatabase(command, config, environment, head, input.configPath);
    const repoDir = (0,scan/* findRepoRoot */.Gn)(input.pipelines);
    // A selection deploys the work tree: its HEAD commit, when it is in a repository that has one.
    const commit = range?.head ?? (await headCommit(repoDir).catch(() => undefined));
    // Tables of both revisions: a labelled table is reported by name (its label may be shortened).
    const names = new Set();
    for (const p of [head, base])
        for (const t of p?.tables.values() ?? [])
            if (!t.external)
                names.add(t.name);
    const status = await input.status.snapshot([...names]);
    const reconcile = status.kind === 'confluent' && target.kind !== 'tables';
    const liveCommits = status.kind === 'confluent' && commit ? await commitsLive(repoDir, commit, status) : undefined;
    const plan = (0,planner/* buildPlan */.Gg)({
        head,
        base,
        changes,
        status,
        config,
        environment,
        selection,
        range,
        reconcile,
        ...(liveCommits ? { liveCommits: { ...liveCommits, allowRollback: !!input.allowRollback } } : {}),
    });
    return { plan, head, base, commitRange, ...(commit ? { commit } : {}) };
}
/**
 * The commits live statements record, placed relative to HEAD: those HEAD is an ancestor of
 * (newer than what is deployed) and those this clone does not have. Never backwards
 * (docs/planning.md#rollback-refusal).
 */
async function commitsLive(repoDir, head, status) {
    const tablesOf = new Map();
    for (const [table, st] of status.tables) {
        for (const s of st.live ?? []) {
            if (!s.commit || s.commit === head)
                continue;
            tablesOf.set(s.commit, (tablesOf.get(s.commit) ?? new Set()).add(table));
        }
    }
    const out = { head, newer: [], unknown: [] };
    for (const [commit, tables] of [...tablesOf].sort(([a], [b]) => (a < b ? -1 : 1))) {
        const relation = await commitRelation(repoDir, head, commit);
        if (relation !== 'newer' && relation !== 'unknown')
            continue;
        out[relation].push({ commit, tables: [...tables].sort() });
    }
    return out;
}


/***/ }),

/***/ 2471:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Nd: () => (/* binding */ ddlStatementName),
/* harmony export */   Py: () => (/* binding */ alterStatementName),
/* harmony export */   dv: () => (/* binding */ statementBase),
/* harmony export */   iK: () => (/* binding */ dmlStatementName),
/* harmony export */   sc: () => (/* reexport safe */ _sql_fingerprint_js__WEBPACK_IMPORTED_MODULE_0__.sc),
/* harmony export */   uB: () => (/* binding */ dropStatementName),
/* harmony export */   yU: () => (/* binding */ nextVersion)
/* harmony export */ });
/* unused harmony export MAX_STATEMENT_NAME */
/* harmony import */ var _sql_fingerprint_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2889);

// The fingerprints' sha256: the same hex digest, by the one-shot API that is several times
// faster on short texts (a plan hashes a few of them per node).

/** docs, Flink statements concept page: "The maximum length of a statement name is 72 characters". */
const MAX_STATEMENT_NAME = 72;
/** `-` and 7 hex: the content hash that ends DML and ALTER names */
const SUFFIX = 8;
/**
 * Lower-case, `_` → `-`, only `[a-z0-9-]`, no doubled or edge dashes. One pass over the
 * lower-cased text: what the four regular expressions it replaces did, a few times per plan
 * node.
 */
function slug(part) {
    const text = part.toLowerCase();
    let out = '';
    let dash = false;
    for (let i = 0; i < text.length;) {
        const c = text.charCodeAt(i);
        if (isSlugChar(c)) {
            const start = i;
            while (i < text.length && isSlugChar(text.charCodeAt(i)))
                i++;
            out += (dash && out ? '-' : '') + text.slice(start, i);
            dash = false;
        }
        else {
            if (c === 45 || c === 95)
                dash = true; // `-` or `_`; other characters are dropped
            i++;
        }
    }
    return out;
}
/** `[a-z0-9]` */
function isSlugChar(c) {
    return (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
}
/**
 * `<prefix>-<product>-<kind>-<table>` (docs/planning.md#statement-names) in at most `max`
 * characters. A longer name
 * keeps its start and ends in 7 hex of the whole name's hash, so two long names never collide
 * and the same table always gets the same name.
 */
function statementBase(prefix, product, kind, table, max = MAX_STATEMENT_NAME) {
    let name = '';
    for (const part of [prefix, product, kind, table]) {
        const s = slug(part ?? '');
        if (s)
            name = name ? `${name}-${s}` : s;
    }
    if (name.length <= max)
        return name;
    return `${name.slice(0, max - SUFFIX).replace(/-+$/, '')}-${(0,_sql_fingerprint_js__WEBPACK_IMPORTED_MODULE_0__/* .sha256 */ .sc)(name).slice(0, 7)}`;
}
function ddlStatementName(prefix, product, table) {
    return statementBase(prefix, product, 'ddl', table);
}
/** DML names end in the content hash so a replacement gets a new name and a re-run finds its own. */
function dmlStatementName(prefix, product, table, contentHash) {
    return `${statementBase(prefix, product, 'dml', table, MAX_STATEMENT_NAME - SUFFIX)}-${contentHash.slice(0, 7)}`;
}
function alterStatementName(prefix, product, table, sql) {
    return `${statementBase(prefix, product, 'alter', table, MAX_STATEMENT_NAME - SUFFIX)}-${(0,_sql_fingerprint_js__WEBPACK_IMPORTED_MODULE_0__/* .sha256 */ .sc)(sql).slice(0, 7)}`;
}
function dropStatementName(prefix, product, table) {
    return statementBase(prefix, product, 'drop', table);
}
/** `t` → `t_v2`, `t_v2` → `t_v3` (shift_left's versioning rule). */
function nextVersion(table) {
    const m = /^(.*)_v(\d+)$/.exec(table);
    return m ? `${m[1]}_v${Number(m[2]) + 1}` : `${table}_v2`;
}


/***/ }),

/***/ 649:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  TS: () => (/* binding */ DDL_KINDS),
  AM: () => (/* binding */ DML_KINDS),
  Gg: () => (/* binding */ buildPlan)
});

// EXTERNAL MODULE: ./src/graph/graph.ts
var graph = __webpack_require__(1924);
// EXTERNAL MODULE: ./src/project/build.ts + 3 modules
var build = __webpack_require__(3289);
// EXTERNAL MODULE: ./src/sql/analyze.ts + 7 modules
var analyze = __webpack_require__(5917);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/plan/hash.ts

/** Hashed text is fed in pieces of about this many characters. */
const CHUNK = 1 << 16;
/**
 * Hash of what the plan would do and why. Commit SHAs and wording are left out: the PR plan
 * and the merge plan have different SHAs but must hash equal when they would do the same.
 *
 * The hashed text is the JSON of `{version, strategy, changes, steps, errors}` (steps as
 * tuples). It is hashed step by step rather than built whole: with thousands of steps it is
 * megabytes of SQL, and the hash must stay the same as that JSON's.
 */
function planHash(plan) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    const start = JSON.stringify({
        version: plan.version,
        strategy: plan.strategy,
        changes: plan.changes.map((c) => [c.table, c.kind]),
        steps: [],
    });
    let pending = start.slice(0, -2); // open the steps array: drop its `]` and the closing `}`
    plan.steps.forEach((s, i) => {
        pending += (i ? ',' : '') + JSON.stringify(stepTuple(s));
        if (pending.length >= CHUNK) {
            hash.update(pending);
            pending = '';
        }
    });
    const errors = JSON.stringify({ errors: plan.errors.map((e) => [e.code, e.table ?? null]) });
    hash.update(pending + '],' + errors.slice(1));
    return hash.digest('hex');
}
function stepTuple(s) {
    return [
        s.id,
        s.action,
        s.statement,
        s.after,
        s.sql ?? null,
        s.properties ? Object.entries(s.properties).sort() : null,
        s.destructive,
        // Only when set, so plans without pools keep the hashes they had.
        ...(s.computePool ? [s.computePool] : []),
    ];
}

;// CONCATENATED MODULE: ./src/plan/order.ts

/**
 * Items by their table's topological position, tables not in the graph first, ties by name;
 * stable. The positions are looked up once per item, not in every comparison.
 */
function inTableOrder(items, topoOf) {
    return items
        .map((item) => ({ item, topo: topoOf(item.table) }))
        .sort((a, b) => a.topo - b.topo || (0,graph/* compareNames */.MP)(a.item.table, b.item.table))
        .map((k) => k.item);
}
/**
 * Waves are longest-path levels of the step DAG; output order is wave, table order, then the
 * order the steps were added in. `at` gives the index in `steps` of every step id. Each step's
 * `after` becomes its sorted, duplicate-free list of ids that are in the plan.
 */
function orderSteps(steps, at, topoOf) {
    const n = steps.length;
    const indegree = new Int32Array(n);
    // Edges as flat arrays, then grouped by source (CSR): no array per step.
    const from = [];
    const to = [];
    for (let i = 0; i < n; i++) {
        const s = steps[i];
        s.after = canonicalAfter(s.after, at);
        indegree[i] = s.after.length;
        for (const a of s.after) {
            from.push(at.get(a));
            to.push(i);
        }
    }
    const start = new Int32Array(n + 1);
    for (const f of from)
        start[f + 1]++;
    for (let i = 0; i < n; i++)
        start[i + 1] += start[i];
    const next = start.slice(0, n);
    const dependents = new Int32Array(from.length);
    for (let e = 0; e < from.length; e++)
        dependents[next[from[e]]++] = to[e];
    const queue = [];
    for (let i = 0; i < n; i++)
        if (indegree[i] === 0)
            queue.push(i);
    for (let q = 0; q < queue.length; q++) {
        const s = steps[queue[q]];
        for (let e = start[queue[q]]; e < start[queue[q] + 1]; e++) {
            const d = dependents[e];
            const later = steps[d];
            later.wave = Math.max(later.wave, s.wave + 1);
            if (--indegree[d] === 0)
                queue.push(d);
        }
    }
    if (queue.length !== n)
        throw new Error('plan steps form a cycle');
    // A table's steps were added one after the other: look its position up once.
    const topo = new Int32Array(n);
    let table;
    let position = -1;
    let added = true; // whether the steps were added in table order, as the planner adds them
    for (let i = 0; i < n; i++) {
        if (steps[i].table !== table) {
            const before = table;
            table = steps[i].table;
            position = topoOf(table);
            if (i &&
                (position < topo[i - 1] || (position < 0 && topo[i - 1] < 0 && (0,graph/* compareNames */.MP)(before, table) > 0)))
                added = false;
        }
        topo[i] = position;
    }
    // Added in table order, the steps are in (table order, index) order already: grouping them by
    // wave, in that order, is the sort.
    const grouped = added ? byWave(steps) : null;
    if (grouped)
        return grouped;
    const keyed = steps.map((step, i) => ({ step, i, topo: topo[i] }));
    return keyed
        .sort((a, b) => a.step.wave - b.step.wave ||
        a.topo - b.topo ||
        // A table's position is unique unless the table is not in the graph: names break ties there.
        (a.topo < 0 ? (0,graph/* compareNames */.MP)(a.step.table, b.step.table) : 0) ||
        a.i - b.i)
        .map((k) => k.step);
}
/** Steps by wave, in their order within a wave (a counting sort: stable, linear); null for odd waves. */
function byWave(steps) {
    let waves = 0;
    for (const s of steps) {
        if (!Number.isInteger(s.wave) || s.wave < 0)
            return null;
        if (s.wave >= waves)
            waves = s.wave + 1;
    }
    const start = new Int32Array(waves + 1);
    for (const s of steps)
        start[s.wave + 1]++;
    for (let w = 0; w < waves; w++)
        start[w + 1] += start[w];
    const out = new Array(steps.length);
    for (const s of steps)
        out[start[s.wave]++] = s;
    return out;
}
/** `[...new Set(after)].filter((id) => at.has(id)).sort()`, without a set for the usual few ids. */
function canonicalAfter(after, at) {
    if (after.length === 0)
        return after;
    if (after.length === 1)
        return at.has(after[0]) ? after : [];
    if (after.length > 16)
        return [...new Set(after)].filter((a) => at.has(a)).sort();
    const out = [];
    for (const a of after)
        if (!out.includes(a) && at.has(a))
            out.push(a);
    return out.sort();
}

// EXTERNAL MODULE: ./src/plan/names.ts
var plan_names = __webpack_require__(2471);
// EXTERNAL MODULE: ./src/plan/sql.ts
var plan_sql = __webpack_require__(9079);
// EXTERNAL MODULE: ./src/plan/reconcile.ts
var plan_reconcile = __webpack_require__(7863);
// EXTERNAL MODULE: ./src/plan/types.ts
var types = __webpack_require__(9898);
;// CONCATENATED MODULE: ./src/plan/planner.ts









/**
 * Phases in which a table's statement counts as running. DEGRADED is running but unhealthy
 * (the spec's phase enum; dbt-confluent MATERIALIZATIONS.md treats it as healthy): restarting it
 * would lose its state, so it is planned as running, with a warning.
 */
const LIVE = new Set(['RUNNING', 'PENDING', 'COMPLETED', 'DEGRADED']);
/** A statement that runs (DEGRADED: running, unhealthy). */
const RUNS_PHASES = new Set(['RUNNING', 'DEGRADED']);
/** A carry-over takes the offsets of a statement that runs now or was stopped with a savepoint. */
const CARRY_FROM = new Set(['RUNNING', 'STOPPED']);
/** The statement kinds of a DDL file that create its table, and of a DML file that write it. */
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
    'clean-up': -1,
};
const list = (names) => names.map((n) => `\`${n}\``).join(', ');
const quote = (part) => `\`${part.replace(/`/g, '``')}\``;
/** The first CREATE statement of a table's DDL file. */
const ddlStatement = (t) => (t.ddl ? (0,plan_sql/* runnableStatements */.aZ)(t.ddl, DDL_KINDS)[0] : undefined);
/** A table filled by its own CREATE TABLE … AS SELECT: that statement is its writer. */
const ctasOnly = (t) => !!t && !t.dml && ddlStatement(t)?.kind === 'ctas';
/**
 * The table's name as its DDL writes it (with catalog and database when qualified), each part
 * quoted: DROP and ALTER must name the same table the CREATE did.
 */
function nameInSql(t) {
    const ref = ddlStatement(t)?.sinkRefs[0];
    const written = ref ? t.ddl.text.slice(ref.offset, ref.offset + ref.length) : undefined;
    const parts = written ? (0,plan_sql/* nameParts */.IN)(written) : [t.name];
    return parts.map(quote).join('.');
}
/** DROP of what the DDL created: a materialized table or a view has its own DROP. */
function dropSql(t) {
    const kind = ddlStatement(t)?.kind;
    const what = kind === 'create-materialized-table' ? 'MATERIALIZED TABLE' : kind === 'create-view' ? 'VIEW' : 'TABLE';
    return `DROP ${what} IF EXISTS ${nameInSql(t)}`;
}
/**
 * `client.*` keys configure the client: the Confluent CLI never sends them
 * (confluentinc/cli `pkg/flink/internal/store/user_properties.go`, GetNonLocalProperties).
 */
function sendable(properties) {
    const out = {};
    for (const [k, v] of Object.entries(properties))
        if (!k.startsWith('client.'))
            out[k] = v;
    return out;
}
function firstReason(t) {
    const r = t.reasons[0];
    return r ? ` (${r.construct}, line ${r.line})` : '';
}
/**
 * The plan (docs/planning.md): which tables act, how and why, and the ordered steps. Pure: every
 * input is data, so the PR plan and the merge plan are reproducible and comparable by hash.
 */
function buildPlan(input) {
    const { head, config, status } = input;
    /** The before side of every table: the base revision, or with reconciliation what runs. */
    let base = input.base;
    const reconciling = !!input.reconcile && status.kind === 'confluent';
    // The environment deployed to; with one environment and none named, that one (as deploy picks it).
    const envNames = Object.keys(config.environments ?? {});
    const envName = input.environment ?? config.environment ?? (envNames.length === 1 ? envNames[0] : '');
    const env = config.environments?.[envName] ?? {};
    const strategy = config.strategy ?? 'rebuild';
    const warnings = [];
    const errors = [];
    const drafts = new Map();
    const headTable = (n) => head.tables.get(n);
    const isStateful = (n) => !!(headTable(n)?.stateful || base?.tables.get(n)?.stateful);
    /** Live status per table; with reconciliation, as the live statements are sorted (`derived`). */
    const derived = new Map();
    const statusOf = (n) => derived.get(n) ?? status.tables.get(n);
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
    /** New versions of tables this plan rebuilds blue-green (`t` → `t_v2`), filled once the actions are known. */
    const blueGreen = new Map();
    /** The version each table is deployed under now, when it is not the table's own name. */
    const currentAs = reconciling ? (0,plan_reconcile/* deployedNames */.fB)(status) : statusVersions(status);
    /** Names in SQL as this plan deploys it: a new version, else the current one. */
    const renameFor = (table) => blueGreen.get(table) ?? currentAs.get(table);
    /** Names in SQL as deployed now. */
    const currentFor = (table) => currentAs.get(table);
    /** A qualified name the project resolved to a table of another catalog or database. */
    const externalIn = (t) => (ref) => ref.parts.length > 1 && t.parents.includes(ref.parts.join('.'));
    // Every statement names its catalog and database (the official clients always send both:
    // confluent-sql `connection.py` `_resolve_properties`, confluentinc/cli
    // `internal/flink/command_statement_create.go`); the catalog defaults to the environment id.
    const catalog = env.catalog ?? env.environmentId;
    const envProps = {
        ...(env.properties ?? {}),
        ...(catalog ? { 'sql.current-catalog': catalog } : {}),
        ...(env.database ? { 'sql.current-database': env.database } : {}),
    };
    /** A DML statement: its file's USE lines, then its SET lines and `.properties`. */
    const baseProps = (t, dml) => sendable({ ...envProps, ...(0,plan_sql/* useProperties */.Bi)(dml), ...t.properties });
    /** The CREATE statement: the DDL file's own USE and SET lines and `.properties`. */
    const ddlProps = (t) => sendable({
        ...envProps,
        ...(0,plan_sql/* useProperties */.Bi)(t.ddl),
        ...(t.ddl?.analysis.properties ?? {}),
        ...t.ddlProperties,
    });
    /** DROP and ALTER: where the DDL file says the table lives. */
    const targetProps = (t) => sendable({ ...envProps, ...(0,plan_sql/* useProperties */.Bi)(t.ddl) });
    /**
     * The base and head tables of a folder no change touched share their DML file and properties:
     * what the head deploys is then what runs, and is worked out once.
     */
    const sameDml = new Map();
    /**
     * A table's DML statement and its name; `current` = under the versions deployed now, else
     * under this plan's (a blue-green rebuild's new versions).
     */
    const dmlOf = (t, current) => {
        const renamed = current ? currentAs.size > 0 : blueGreen.size > 0 || currentAs.size > 0;
        const dmlText = t.dml && (renamed ? (0,plan_sql/* renameTables */.sU)(t.dml, current ? currentFor : renameFor, externalIn(t)) : t.dml.text);
        const dmlStmts = t.dml ? (0,plan_sql/* runnableStatements */.aZ)(t.dml, DML_KINDS) : [];
        if (dmlStmts.length > 1 && !current) {
            warnings.push({
                code: 'several-dml-statements',
                table: t.name,
                message: `${t.dml.path} holds ${dmlStmts.length} statements; only the first is deployed. Wrap them in EXECUTE STATEMENT SET BEGIN … END`,
            });
        }
        const known = renamed ? undefined : t.dml && sameDml.get(t.dml);
        if (known &&
            known.t.name === t.name &&
            known.t.product === t.product &&
            known.t.properties === t.properties)
            return known.dml;
        const props = baseProps(t, t.dml);
        const sql = dmlStmts[0] && (0,plan_sql/* statementText */.t6)(dmlText, dmlStmts[0]);
        let dml = { sql, props };
        if (sql) {
            const fingerprint = dmlText === t.dml.text ? t.dml.analysis.fingerprint : (0,analyze/* analyzeSql */.T)(sql).fingerprint;
            const contentHash = (0,plan_names/* sha256 */.sc)(fingerprint + JSON.stringify(Object.entries(props).sort()));
            dml = { sql, props, name: (0,plan_names/* dmlStatementName */.iK)(env.statementPrefix, t.product, t.name, contentHash) };
        }
        if (!renamed && t.dml)
            sameDml.set(t.dml, { t, dml });
        return dml;
    };
    /** The table's CREATE statement as sent: under the current versions, or under this plan's. */
    const ddlSqlOf = (t, current) => {
        const ddlStmt = t.ddl && (0,plan_sql/* runnableStatements */.aZ)(t.ddl, DDL_KINDS)[0];
        if (!ddlStmt)
            return undefined;
        const renamed = current ? currentAs.size > 0 : blueGreen.size > 0 || currentAs.size > 0;
        const ddlText = renamed
            ? (0,plan_sql/* renameTables */.sU)(t.ddl, current ? currentFor : renameFor, externalIn(t))
            : t.ddl.text;
        return (0,plan_sql/* statementText */.t6)(ddlText, ddlStmt);
    };
    /** What a table deploys as. */
    const deployable = (t) => {
        const dml = dmlOf(t, false);
        return {
            ddlSql: ddlSqlOf(t, false),
            dmlSql: dml.sql,
            props: dml.props,
            ddlProps: ddlProps(t),
            dmlName: dml.name,
            ddlName: (0,plan_names/* ddlStatementName */.Nd)(env.statementPrefix, t.product, t.name),
        };
    };
    /**
     * The statement currently writing a table: what status reports, else what base SQL would be
     * named; for a table filled by its own CTAS, that CREATE statement.
     */
    const oldDmlName = (n) => {
        const reported = statusOf(n)?.statement;
        if (reported)
            return reported;
        const was = base?.tables.get(n) ?? headTable(n);
        if (!was || was.external)
            return undefined;
        if (ctasOnly(was))
            return (0,plan_names/* ddlStatementName */.Nd)(env.statementPrefix, was.product, n);
        if (!was.dml)
            return undefined;
        return dmlOf(was, true).name;
    };
    // 0. Reconciliation: each table's live statements against what HEAD describes.
    let actionChanges = input.changes;
    const liveTables = new Map();
    if (reconciling)
        actionChanges = reconcile();
    /**
     * The change of every table from what runs to HEAD (docs/planning.md#reconciliation), and the
     * repair of tables whose statement is missing, not running or left behind. The live project
     * becomes the before side of the planning rules below.
     */
    function reconcile() {
        const defined = (n) => {
            const t = headTable(n);
            return t && !t.external ? t : undefined;
        };
        for (const [key, st] of status.tables) {
            if (!st.live?.length)
                continue;
            const t = defined(key);
            const headName = t && !ctasOnly(t) ? dmlOf(t, true).name : undefined;
            liveTables.set(key, (0,plan_reconcile/* liveTable */.zV)(key, st.live, currentAs.get(key) ?? key, headName));
        }
        const logical = new Map([...currentAs].map(([t, v]) => [v, t]));
        const folderOf = (n) => headTable(n)?.folder || input.base?.tables.get(n)?.folder || `${head.pipelinesDir}/${n}`;
        const live = (0,plan_reconcile/* liveSide */.Mz)(head.pipelinesDir, (0,build/* projectOptions */.Mh)(config), [...liveTables.values()], folderOf, logical, (n) => {
            const t = defined(n);
            const stmt = t?.ddl && (0,plan_sql/* runnableStatements */.aZ)(t.ddl, DDL_KINDS)[0];
            return stmt ? { sql: (0,plan_sql/* statementText */.t6)(t.ddl.text, stmt), props: ddlProps(t) } : undefined;
        });
        base = live.project;
        const changes = [];
        const differ = [];
        const inSync = [];
        const touched = new Set(input.changes.map((c) => c.table));
        const filesOf = (t) => [t.ddl?.path, t.dml?.path].filter((p) => !!p);
        for (const t of head.tables.values()) {
            if (t.external)
                continue;
            const lt = liveTables.get(t.name);
            const st = status.tables.get(t.name);
            if (!lt || (!lt.writer && !lt.create && st?.tableExists !== true)) {
                changes.push({ table: t.name, kind: 'added', files: filesOf(t), detail: 'nothing of it runs' });
                continue;
            }
            derived.set(t.name, derivedStatus(lt, st));
            // A writer that is not HEAD's statement, or any writer of a table HEAD fills no longer.
            const dmlDiffers = !ctasOnly(t) && !!lt.writer && (!t.dml || !lt.isHead);
            const createSql = ddlSqlOf(t, true);
            const ddlDiffers = !!lt.create &&
                createSql !== undefined &&
                !(0,plan_reconcile/* sameDdl */.JY)(lt.create, { ddlSql: createSql, ddlProps: ddlProps(t) });
            if (dmlDiffers || ddlDiffers)
                differ.push(t);
            else {
                repair(t, lt);
                if (touched.has(t.name))
                    inSync.push(t.name);
            }
        }
        // A table created before the table it reads was dropped (by a rebuild that stopped
        // part-way) holds rows of a topic that is gone: it is rebuilt, as the rebuild would have.
        for (const t of head.tables.values()) {
            const mine = liveTables.get(t.name)?.create;
            const id = head.graph.index.get(t.name);
            if (t.external || !mine || id === undefined)
                continue;
            for (const p of head.graph.parents[id]) {
                const parent = head.graph.names[p];
                const dropped = defined(parent) && liveTables.get(parent)?.drop;
                if (!dropped || dropped.createdAt <= mine.createdAt)
                    continue;
                propose({
                    table: t.name,
                    action: 'rebuild',
                    reason: `reads \`${parent}\`, whose table was dropped after \`${t.name}\`'s was created (a rebuild stopped part-way), so it is rebuilt from the new topic`,
                    changes: [],
                    alter: false,
                });
                break;
            }
        }
        for (const [key, lt] of liveTables) {
            if (defined(key) || (!lt.writer && !lt.create))
                continue;
            derived.set(key, derivedStatus(lt, status.tables.get(key)));
            changes.push({ table: key, kind: 'removed', files: [], detail: 'no longer defined at HEAD' });
        }
        if (differ.length) {
            const plain = (t, kinds) => {
                const file = kinds === DML_KINDS ? t.dml : t.ddl;
                const stmt = file && (0,plan_sql/* runnableStatements */.aZ)(file, kinds)[0];
                return stmt && (0,plan_sql/* statementText */.t6)(file.text, stmt);
            };
            const headView = (0,plan_reconcile/* headSide */.u2)(head.pipelinesDir, (0,build/* projectOptions */.Mh)(config), differ.map((t) => ({
                table: t,
                ddlSql: plain(t, DDL_KINDS),
                dmlSql: plain(t, DML_KINDS),
                ddlProps: ddlProps(t),
                dmlProps: baseProps(t, t.dml),
            })));
            const wanted = new Set(differ.map((t) => t.name));
            const found = (0,plan_reconcile/* classifyLive */.fh)(live, headView).filter((c) => wanted.has(c.table));
            for (const t of differ) {
                const lt = liveTables.get(t.name);
                let mine = found.filter((c) => c.table === t.name);
                if (mine.some((c) => c.kind === 'added' || c.kind === 'removed')) {
                    // The live statements do not make one table (its CREATE and its writer name different
                    // tables): nothing proves what runs can be kept, so it is rebuilt.
                    mine = [
                        {
                            table: t.name,
                            kind: 'ddl-schema',
                            files: filesOf(t),
                            detail: 'what runs could not be compared with HEAD',
                        },
                    ];
                }
                // Options the ALTER statements already running set: nothing left to alter.
                if (mine.every((c) => c.kind === 'ddl-options') && mine.length) {
                    const needed = alterSql(base?.tables.get(t.name), t).map((sql) => (0,plan_names/* alterStatementName */.Py)(env.statementPrefix, t.product, t.name, sql));
                    if (needed.every((name) => lt.alters.has(name)))
                        mine = [];
                }
                if (!mine.length) {
                    // The same SQL and properties by analysis under another name (a folder moved to
                    // another product, a reformatted file): what runs is what HEAD describes.
                    lt.isHead = !!lt.writer;
                    repair(t, lt);
                    if (touched.has(t.name))
                        inSync.push(t.name);
                    continue;
                }
                changes.push(...mine);
                if (!touched.has(t.name)) {
                    const from = lt.writer?.commit ?? lt.create?.commit;
                    warnings.push({
                        code: 'reconciled',
                        table: t.name,
                        message: `\`${t.name}\` runs other SQL than HEAD${from ? ` (deployed from ${from.slice(0, 7)})` : ''} although this change does not touch it: planned from what runs (${mine.map((c) => c.kind).join(', ')})`,
                    });
                }
            }
        }
        for (const c of changes) {
            if (c.kind !== 'added' && c.kind !== 'removed')
                continue;
            if (touched.has(c.table))
                continue;
            warnings.push({
                code: 'reconciled',
                table: c.table,
                message: c.kind === 'added'
                    ? `\`${c.table}\` is defined at HEAD but nothing of it runs, although this change does not touch it: it is created`
                    : `\`${c.table}\` runs but HEAD no longer defines it, although this change does not remove it: it is retired`,
            });
        }
        if (inSync.length) {
            warnings.push({
                code: 'in-sync',
                message: `already deployed: HEAD's statements run for ${list(inSync.sort(graph/* compareNames */.MP))}, nothing to do there`,
            });
        }
        return changes;
    }
    /** What the planner reads of a table's live statements: its writer (or a carry-over's source). */
    function derivedStatus(lt, st) {
        const finishing = lt.carryFrom && !RUNS_PHASES.has(lt.writer?.phase ?? '') && lt.writer?.phase !== 'COMPLETED';
        const main = finishing ? lt.carryFrom : lt.writer;
        const out = {};
        if (main?.phase && types/* PHASES */.Z.includes(main.phase))
            out.phase = main.phase;
        if (main)
            out.statement = main.name;
        if (st?.tableExists !== undefined)
            out.tableExists = st.tableExists;
        if (lt.deployedAs !== lt.table)
            out.table = lt.deployedAs;
        return out;
    }
    /** A table whose live statement is HEAD's: planned from its phase, left-behind statements cleaned up. */
    function repair(t, lt) {
        const w = lt.writer;
        const phase = w?.phase ?? '';
        const propose1 = (action, reason) => propose({ table: t.name, action, reason, changes: [], alter: false });
        if (ctasOnly(t)) {
            if (w && (phase === 'FAILED' || phase === 'FAILING'))
                propose1('rebuild', `its CREATE TABLE … AS SELECT is ${phase}: the table is rebuilt`);
            else if (w && (phase === 'STOPPED' || phase === 'STOPPING'))
                propose1('start', `its CREATE TABLE … AS SELECT is ${phase}: resumed`);
        }
        else if (!w) {
            if (t.dml)
                propose1('start', 'its statement is missing: created');
        }
        else if (lt.isHead) {
            const from = lt.carryFrom;
            if (RUNS_PHASES.has(phase) || phase === 'COMPLETED') {
                // runs: only what an earlier deploy left behind is cleaned up (below)
            }
            else if (phase === 'PENDING') {
                if (from)
                    propose1('carry-over', `an earlier deploy left the carry-over from ${from.name} unfinished (${w.name} is PENDING): ${from.name} is stopped, and deleted once ${w.name} runs`);
                else
                    propose1('start', `its statement ${w.name} is PENDING, started by an earlier deploy: waited for`);
            }
            else if (phase === 'STOPPED' || phase === 'STOPPING') {
                propose1('start', `its statement is ${phase}: resumed`);
            }
            else if (from && (RUNS_PHASES.has(from.phase ?? '') || from.phase === 'STOPPED')) {
                propose1('carry-over', `its statement ${w.name} is ${phase || 'in an unknown phase'}: created again from the offsets of ${from.name}, which is still there`);
            }
            else {
                propose1('start', `its statement is ${phase || 'in an unknown phase'}: restarted`);
            }
        }
        if (leftoversOf(t.name).length)
            propose1('clean-up', `statements an earlier deploy left behind (${leftoversOf(t.name)
                .map((s) => s.name)
                .join(', ')}) are stopped and deleted`);
    }
    /** Statements writing a table that are neither its writer nor a carry-over still under way. */
    function leftoversOf(n) {
        const lt = liveTables.get(n);
        if (!lt)
            return [];
        const out = [...lt.leftovers];
        const w = lt.writer?.phase ?? '';
        if (lt.carryFrom && (RUNS_PHASES.has(w) || w === 'COMPLETED'))
            out.unshift(lt.carryFrom);
        return out;
    }
    /**
     * The statement still writing a table whose HEAD has no DML file (and is not filled by its own
     * CREATE … AS SELECT): HEAD describes no writer, so it is stopped and deleted, whatever else
     * the table's action is (a drop waits for it).
     */
    function writerGone(n) {
        const t = headTable(n);
        if (!t || t.external || t.dml || ctasOnly(t))
            return undefined;
        if (reconciling)
            return liveTables.get(n)?.writer;
        const was = base?.tables.get(n);
        const name = was?.dml && !ctasOnly(was) ? oldDmlName(n) : undefined;
        const phase = statusOf(n)?.phase;
        if (!name || (known && phase === undefined))
            return undefined;
        return { name, kind: 'dml', phase, sql: '', properties: {}, createdAt: '' };
    }
    // 1. Changed tables.
    const byTable = new Map();
    for (const c of actionChanges)
        byTable.set(c.table, [...(byTable.get(c.table) ?? []), c]);
    for (const [table, changes] of [...byTable].sort(([a], [b]) => (0,graph/* compareNames */.MP)(a, b))) {
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
        else if (has('dml') && writerGone(table)) {
            propose({
                table,
                action: has('ddl-options') ? 'alter' : 'clean-up',
                reason: 'DML file removed: its statement is stopped and deleted; the table and its rows are kept',
                changes: kinds,
                alter: has('ddl-options'),
            });
        }
        else if (has('dml') || has('properties')) {
            // The classifier's detail already says what changed ("query changed; …").
            const why = has('dml')
                ? detail('dml') || 'query changed'
                : `statement properties changed (${detail('properties') || 'see the change list'})`;
            const phase = known ? statusOf(table)?.phase : undefined;
            if (isStateful(table)) {
                propose({
                    table,
                    action: 'rebuild',
                    reason: `${why}; the statement is stateful${firstReason(headTable(table) ?? base.tables.get(table))}, so its state is rebuilt from the earliest offset`,
                    changes: kinds,
                    alter: has('ddl-options'),
                });
            }
            else if (ctasOnly(headTable(table) ?? base?.tables.get(table))) {
                propose({
                    table,
                    action: 'rebuild',
                    reason: `${why}; the table is filled by its own CREATE TABLE … AS SELECT, which cannot be replaced in place, so it is rebuilt`,
                    changes: kinds,
                    alter: false,
                });
            }
            else if (phase !== undefined && !CARRY_FROM.has(phase)) {
                // Carry-over reads the old statement's offsets, which only a running or cleanly stopped
                // statement has (docs, carry-over offsets: "Referenced Statement Savepoint Failed").
                propose({
                    table,
                    action: 'rebuild',
                    reason: `${why}; the statement is ${phase}, so there are no offsets to carry over: the table is rebuilt from the earliest offset`,
                    changes: kinds,
                    alter: false,
                });
                warnings.push({
                    code: 'carry-over-unavailable',
                    table,
                    message: `\`${table}\`'s statement is ${phase}: a carry-over needs a RUNNING or STOPPED statement to take offsets from, so the table is rebuilt from the earliest offset instead (its table is dropped and its readers are rebuilt)`,
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
        const picked = sel.descendants ? [...sel.tables, ...(0,graph/* descendants */.DG)(head.graph, sel.tables)] : sel.tables;
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
    const order = (0,graph/* topoOrder */.LI)(head.graph);
    const rebuilds = (d) => !!d && (d.action === 'rebuild' || (d.action === 'redeploy' && isStateful(d.table)));
    // By graph id: whether a table's draft rebuilds, and its position in `order`. A walk over every
    // table of the project looks its drafts up by name only below a rebuilt parent.
    const { names, parents, index } = head.graph;
    const rebuilding = new Uint8Array(names.length);
    const topoPosition = new Int32Array(names.length);
    for (const d of drafts.values()) {
        const id = index.get(d.table);
        if (id !== undefined && rebuilds(d))
            rebuilding[id] = 1;
    }
    for (let i = 0; i < order.length; i++) {
        const n = order[i];
        const id = index.get(n);
        topoPosition[id] = i;
        let parent;
        for (const p of parents[id]) {
            if (rebuilding[p]) {
                parent = names[p];
                break;
            }
        }
        if (!parent)
            continue;
        if (headTable(n).external)
            continue;
        const cur = drafts.get(n);
        if (cur && (cur.action === 'rebuild' || cur.action === 'create'))
            continue;
        propose({
            table: n,
            action: 'rebuild',
            reason: `reads \`${parent}\`, which is rebuilt with a new topic, so it is rebuilt too`,
            changes: cur?.changes ?? [],
            alter: cur?.alter ?? false,
        });
        if (rebuilds(drafts.get(n)))
            rebuilding[id] = 1;
    }
    /** Position in `order`; -1 for tables not in the head graph (removed ones). */
    const topoOf = (table) => {
        const id = index.get(table);
        return id === undefined ? -1 : topoPosition[id];
    };
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
    const degraded = new Set();
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
            for (const a of (0,graph/* ancestors */.T1)(head.graph, acting)) {
                const t = headTable(a);
                if (t.external || drafts.has(a))
                    continue;
                const phase = statusOf(a)?.phase;
                if (isLive(t, statusOf(a))) {
                    if (phase === 'DEGRADED')
                        degraded.add(a);
                    continue;
                }
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
    // 6. Steps, in the order they are added; `stepAt` finds one by id.
    const steps = [];
    const stepAt = new Map();
    const stepOf = (id) => steps[stepAt.get(id)];
    const finalStep = new Map();
    const firstBuild = new Map();
    const stopStep = new Map();
    const leftoverStops = new Map();
    const leftoverDeletes = new Map();
    const destructiveAllowed = (t) => config.allowDestructive === true ||
        (Array.isArray(config.allowDestructive) && config.allowDestructive.includes(t));
    if (strategy === 'blue-green') {
        for (const d of drafts.values()) {
            if (d.action === 'rebuild')
                blueGreen.set(d.table, (0,plan_names/* nextVersion */.yU)(statusOf(d.table)?.table ?? d.table));
        }
    }
    const poolOf = (table) => {
        if (env.computePools == null)
            return env.computePoolId; // the product picks no pool: no lookup
        const product = (headTable(table) ?? base?.tables.get(table))?.product;
        return (product ? env.computePools?.[product] : undefined) ?? env.computePoolId;
    };
    const add = (table, slug, action, statement, extra = {}) => {
        const id = `${table}:${slug}`;
        const pool = extra.sql ? poolOf(table) : undefined;
        // Key order is the plan JSON's: the fixed fields, the pool, then the extras.
        const step = { id, table, action, statement, after: [], wave: 0, destructive: false };
        if (pool)
            step.computePool = pool;
        Object.assign(step, extra);
        const at = stepAt.get(id);
        if (at === undefined) {
            stepAt.set(id, steps.length);
            steps.push(step);
        }
        else
            steps[at] = step;
        return id;
    };
    const chain = (ids) => {
        const real = ids.filter((x) => !!x);
        for (let i = 1; i < real.length; i++)
            stepOf(real[i]).after.push(real[i - 1]);
        return real;
    };
    for (const d of inTableOrder([...drafts.values()], topoOf)) {
        const n = d.table;
        const t = headTable(n) ?? base?.tables.get(n);
        if (!t || t.external)
            continue;
        const st = statusOf(n);
        const deployed = known ? st?.phase !== undefined || st?.tableExists === true : true;
        const product = t.product;
        const build = [];
        // Statements an earlier deploy left writing the table: stopped (when they may run) and deleted.
        const stops = [];
        const deletes = [];
        for (const [i, s] of leftoversOf(n).entries()) {
            const idle = s.phase === 'STOPPED' || s.phase === 'FAILED' || s.phase === 'COMPLETED';
            const stop = idle ? undefined : add(n, `stop-leftover-${i + 1}`, 'stop-statement', s.name);
            const del = add(n, `delete-leftover-${i + 1}`, 'delete-statement', s.name);
            if (stop) {
                chain([stop, del]);
                stops.push(stop);
            }
            deletes.push(del);
        }
        const gone = writerGone(n);
        if (gone) {
            const idle = gone.phase === 'STOPPED' || gone.phase === 'FAILED' || gone.phase === 'COMPLETED';
            const stop = idle ? undefined : add(n, 'stop-dml', 'stop-statement', gone.name);
            const del = add(n, 'delete-dml', 'delete-statement', gone.name);
            if (stop) {
                chain([stop, del]);
                stops.push(stop);
                stopStep.set(n, stop);
            }
            deletes.push(del);
        }
        // Newest first: a statement carried over from an older one goes before the older one.
        chain(deletes);
        if (stops.length)
            leftoverStops.set(n, stops);
        if (deletes.length)
            leftoverDeletes.set(n, deletes);
        if (d.action === 'clean-up')
            continue;
        if (d.action === 'retire') {
            const old = oldDmlName(n);
            const stop = old && deployed ? add(n, 'stop-dml', 'stop-statement', old) : undefined;
            const del = old && deployed ? add(n, 'delete-dml', 'delete-statement', old) : undefined;
            const drop = add(n, 'drop-table', 'drop-table', (0,plan_names/* dropStatementName */.uB)(env.statementPrefix, product, n), {
                sql: dropSql(t),
                properties: targetProps(t),
                destructive: true,
            });
            // A CTAS table's writer is its CREATE statement: stopped and deleted above already.
            const ddlName = (0,plan_names/* ddlStatementName */.Nd)(env.statementPrefix, product, n);
            const ddlDel = old === ddlName ? undefined : add(n, 'delete-ddl', 'delete-statement', ddlName);
            chain([stop, del, drop, ddlDel]);
            if (stop)
                stopStep.set(n, stop);
            continue;
        }
        const dep = deployable(t);
        let alterId;
        /**
         * ALTER TABLE … SET, then … RESET, of the changed options, for a table kept in place: two
         * steps (for the caller to chain, in this order), since a request holds one statement.
         */
        const alter = () => {
            if (!d.alter && d.action !== 'alter')
                return [];
            return alterSql(base?.tables.get(n), t).map((sql, i) => add(n, i === 0 ? 'alter-table' : 'alter-table-reset', 'alter-table', (0,plan_names/* alterStatementName */.Py)(env.statementPrefix, product, n, sql), { sql, properties: targetProps(t) }));
        };
        if (d.action === 'alter') {
            const alters = chain(alter());
            alterId = alters.at(-1);
            if (alters.length)
                build.push(alters[0]);
        }
        else if (d.action === 'carry-over' && deployed && dep.dmlSql) {
            const alters = alter();
            alterId = alters.at(-1);
            const old = oldDmlName(n);
            if (old && old === dep.dmlName && st?.replaced && LIVE.has(st.phase)) {
                // The replacement runs; an interrupted deploy left the statement it replaced behind.
                const del = add(n, 'delete-old-dml', 'delete-statement', st.replaced);
                chain([...alters, del]);
                build.push(alters[0] ?? del);
                finalStep.set(n, del);
            }
            else if (old && old !== dep.dmlName) {
                const stop = add(n, 'stop-dml', 'stop-statement', old);
                const create = add(n, 'create-dml', 'create-statement', dep.dmlName, {
                    sql: dep.dmlSql,
                    properties: { ...dep.props, 'sql.tables.initial-offset-from': old },
                });
                const del = add(n, 'delete-old-dml', 'delete-statement', old);
                chain([...alters, stop, create, del]);
                stopStep.set(n, stop);
                build.push(alters[0] ?? create);
                finalStep.set(n, create);
            }
        }
        else if (d.action === 'start' &&
            st?.phase === 'PENDING' &&
            dep.dmlName !== undefined &&
            oldDmlName(n) === dep.dmlName) {
            // HEAD's statement, submitted by an earlier deploy, is still starting: the create waits for it.
            const create = add(n, 'create-dml', 'create-statement', dep.dmlName, {
                sql: dep.dmlSql,
                properties: dep.props,
            });
            build.push(create);
            finalStep.set(n, create);
        }
        else if (d.action === 'start' &&
            (st?.phase === 'STOPPED' || st?.phase === 'STOPPING') &&
            oldDmlName(n)) {
            const resume = add(n, 'resume-dml', 'resume-statement', oldDmlName(n));
            build.push(resume);
            finalStep.set(n, resume);
        }
        else {
            // rebuild, redeploy, create, start of a missing or broken statement; carry-over with nothing to carry.
            const rebuilt = d.action === 'rebuild' || (d.action === 'redeploy' && isStateful(n));
            // A table the status knows is missing is created, whatever the action (a redeploy of a
            // table that was never deployed included); without status only a new table is.
            const recreateTable = rebuilt ||
                ((d.action === 'create' || d.action === 'start' || d.action === 'carry-over') &&
                    !(known && st?.tableExists)) ||
                (d.action === 'redeploy' && known && !st?.tableExists);
            const greenOnly = blueGreen.has(n);
            // The table's writer: its DML statement, or for a CTAS table its CREATE statement, which
            // must stop before its table is dropped (docs DROP TABLE: stop the statements using it).
            const old = deployed && (t.dml || ctasOnly(t)) ? oldDmlName(n) : undefined;
            const ids = [];
            if (old && !greenOnly && d.action !== 'create') {
                const stop = add(n, 'stop-dml', 'stop-statement', old);
                stopStep.set(n, stop);
                ids.push(stop, add(n, 'delete-dml', 'delete-statement', old));
            }
            // A table dropped and created again (a new version under blue-green), or known to be
            // missing, is created from its head DDL: its new options need no ALTER. (An ALTER there
            // would also wait for the parents' rebuild while their drops wait for this table's stop.)
            // An ALTER kept builds up, so it follows the teardown, which waits for nothing upstream.
            if (!(recreateTable && dep.ddlSql && (rebuilt || known))) {
                const alters = alter();
                alterId = alters.at(-1);
                ids.push(...alters);
            }
            if (recreateTable && dep.ddlSql) {
                if (deployed && !greenOnly && rebuilt) {
                    ids.push(add(n, 'drop-table', 'drop-table', (0,plan_names/* dropStatementName */.uB)(env.statementPrefix, product, n), {
                        sql: dropSql(t),
                        properties: targetProps(t),
                        destructive: true,
                    }));
                }
                // No separate delete of the old CREATE TABLE statement: the deploy frees the name itself
                // when it creates the new one (a name stays taken until its statement is deleted).
                const createTable = add(n, 'create-table', 'create-table', dep.ddlName, {
                    sql: dep.ddlSql,
                    properties: dep.ddlProps,
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
            const firstUp = chain(ids).find((id) => BUILD_UP.has(stepOf(id).action));
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
                stepOf(f).after.push(parentFinal);
        }
    }
    // A statement left behind may still wait to carry over from the table's current one: it goes
    // first, or deleting the current one would be refused.
    for (const step of steps) {
        const left = leftoverDeletes.get(step.table);
        if (!left || step.action !== 'delete-statement' || left.includes(step.id))
            continue;
        step.after.push(left.at(-1));
    }
    for (const step of steps) {
        if (step.action !== 'drop-table')
            continue;
        step.after.push(...(leftoverStops.get(step.table) ?? []));
        const readers = new Set();
        for (const g of [head.graph, base?.graph, input.base?.graph]) {
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
    for (const step of steps) {
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
    // A DEGRADED statement counts as running (LIVE): the plan says so.
    if (known)
        for (const dr of drafts.values())
            if (statusOf(dr.table)?.phase === 'DEGRADED')
                degraded.add(dr.table);
    for (const name of [...degraded].sort(graph/* compareNames */.MP)) {
        warnings.push({
            code: 'degraded',
            table: name,
            message: `\`${name}\`'s statement is DEGRADED (running but unhealthy); the plan counts it as running. Look at its exceptions and status warnings in Confluent Cloud`,
        });
    }
    // Without a database, unqualified names resolve in the `default` database, where nothing is.
    if (Object.keys(env).length && !env.database) {
        const hit = [...drafts.keys()]
            .map((n) => headTable(n) ?? base?.tables.get(n))
            .flatMap((t) => (t && !t.external ? [t.ddl, t.dml] : []))
            .map((f) => f && { file: f.path, ref: (0,plan_sql/* unqualifiedRef */.zn)(f.text, f.analysis) })
            .find((x) => x?.ref);
        if (hit) {
            warnings.push({
                code: 'no-database',
                message: `the environment has no database, and \`${hit.ref.name}\` (${hit.file}:${hit.ref.line}) names no database: set environments.${envName}.database (the Kafka cluster); a deploy refuses to run without it`,
            });
        }
    }
    // Two tables whose statement names come out equal would replace each other's statements.
    if (drafts.size) {
        const owners = new Map();
        for (const t of head.tables.values()) {
            if (t.external)
                continue;
            const name = (0,plan_names/* ddlStatementName */.Nd)(env.statementPrefix, t.product, t.name);
            owners.set(name, [...(owners.get(name) ?? []), t.name]);
        }
        for (const [name, tables] of owners) {
            if (tables.length < 2 || !tables.some((x) => drafts.has(x)))
                continue;
            errors.push({
                code: 'statement-name-collision',
                table: tables[0],
                message: `tables ${list(tables.sort(graph/* compareNames */.MP))} get the same statement name \`${name}\`; rename one of them (statement names keep only a-z, 0-9 and -, in lower case)`,
            });
        }
    }
    // A table that reads itself has no edge to itself in the graph: its node says so.
    for (const d of drafts.values()) {
        const loop = headTable(d.table)?.readsItself;
        if (loop) {
            warnings.push({
                code: 'self-read',
                table: d.table,
                message: `\`${d.table}\` reads itself (${loop.file}:${loop.line}): its statement consumes its own output in a loop`,
            });
        }
    }
    rollbackCheck(input.liveCommits, errors, warnings);
    if (blueGreen.size) {
        warnings.push({
            code: 'blue-green',
            message: `blue-green: ${[...blueGreen].map(([a, b]) => `\`${a}\` → \`${b}\``).join(', ')}; the old pipeline keeps running until you retire it`,
        });
    }
    const ordered = orderSteps(steps, stepAt, topoOf);
    const nodes = inTableOrder([...drafts.values()].filter((d) => !(headTable(d.table)?.external && d.action !== 'retire')), topoOf).map((d) => ({
        table: d.table,
        action: d.action,
        reason: d.reason,
        stateful: isStateful(d.table),
        strategy: blueGreen.has(d.table) ? 'blue-green' : 'rebuild',
        changes: d.changes,
        deployedAs: blueGreen.get(d.table) ?? d.table,
    }));
    const changes = [...input.changes].sort((a, b) => (0,graph/* compareNames */.MP)(a.table, b.table) || (0,graph/* compareNames */.MP)(a.kind, b.kind));
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
/**
 * Never backwards (docs/planning.md#rollback-refusal): live statements that record a commit HEAD
 * is an ancestor of would be replaced by older SQL. That, and commits this clone cannot place,
 * is a plan error unless the rollback is allowed, then a warning.
 */
function rollbackCheck(live, errors, warnings) {
    if (!live)
        return;
    const head = live.head.slice(0, 7);
    for (const { commit, tables } of live.newer) {
        const c = commit.slice(0, 7);
        (live.allowRollback ? warnings : errors).push({
            code: 'rollback',
            table: tables[0],
            message: live.allowRollback
                ? `rollback allowed: ${list(tables)} go back from commit ${c} to HEAD ${head}, which is older`
                : `HEAD ${head} is older than what runs: ${list(tables)} run statements of commit ${c}, which comes after it; deploying HEAD would roll them back. Deploy a newer commit, or pass --allow-rollback (action input allow-rollback) to roll back on purpose`,
        });
    }
    for (const { commit, tables } of live.unknown) {
        const c = commit.slice(0, 7);
        (live.allowRollback ? warnings : errors).push({
            code: 'unknown-commit',
            table: tables[0],
            message: live.allowRollback
                ? `rollback allowed: ${list(tables)} run statements of commit ${c}, which this clone does not have; they are replaced by HEAD ${head}`
                : `${list(tables)} run statements of commit ${c}, which this clone does not have, so HEAD ${head} may be older than what runs; fetch the history (fetch-depth: 0 in actions/checkout, or git fetch), or pass --allow-rollback (action input allow-rollback) to deploy HEAD anyway`,
        });
    }
}
/** Versions a status file names (`"table": "t_v2"`), other than the table's own name. */
function statusVersions(status) {
    const out = new Map();
    for (const [name, st] of status.tables)
        if (st.table && st.table !== name)
            out.set(name, st.table);
    return out;
}
/** A table with a statement is live when it runs; a DDL-only table when it exists. */
function isLive(t, st) {
    if (st?.phase && LIVE.has(st.phase))
        return true;
    return !t.dml && st?.tableExists === true;
}
/**
 * ALTER TABLE … SET and ALTER TABLE … RESET for the options that differ between base and head
 * DDL, each its own statement; a materialized table has its own ALTER (docs ALTER MATERIALIZED
 * TABLE, https://docs.confluent.io/cloud/current/flink/reference/statements/alter-materialized-table.html).
 */
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
    const what = ddlStatement(after)?.kind === 'create-materialized-table' ? 'MATERIALIZED TABLE' : 'TABLE';
    const target = `ALTER ${what} ${nameInSql(after)}`;
    const out = [];
    if (set.length)
        out.push(`${target} SET (${set.map((k) => `${q(k)} = ${q(b[k])}`).join(', ')})`);
    if (reset.length)
        out.push(`${target} RESET (${reset.map(q).join(', ')})`);
    return out;
}


/***/ }),

/***/ 7863:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JY: () => (/* binding */ sameDdl),
/* harmony export */   Mz: () => (/* binding */ liveSide),
/* harmony export */   fB: () => (/* binding */ deployedNames),
/* harmony export */   fh: () => (/* binding */ classifyLive),
/* harmony export */   nu: () => (/* binding */ CARRY_OVER),
/* harmony export */   u2: () => (/* binding */ headSide),
/* harmony export */   zV: () => (/* binding */ liveTable)
/* harmony export */ });
/* unused harmony exports sinkOf, sameProps */
/* harmony import */ var _change_classify_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6009);
/* harmony import */ var _graph_graph_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1924);
/* harmony import */ var _project_build_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3289);
/* harmony import */ var _sql_analyze_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5917);
/* harmony import */ var _sql_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9079);
/**
 * Reconciliation (docs/planning.md#reconciliation): a deploy plans the difference between what
 * HEAD describes and what runs, table by table, whatever commit range it was given. The live
 * statements are data here (their SQL is on the statement itself); the before side of a
 * table's change is that live SQL, analysed and classified by the same code as a commit range.
 */





const CARRY_OVER = 'sql.tables.initial-offset-from';
/** Phases of a statement that runs (DEGRADED: running, unhealthy). */
const RUNS = new Set(['RUNNING', 'DEGRADED']);
/** Phases of a statement that holds its offsets without running. */
const HOLDS = new Set(['STOPPED', 'STOPPING']);
const WRITERS = new Set(['insert', 'statement-set', 'ctas']);
const analyses = new Map();
/** Live statements repeat across status reads of one process: each text is analysed once. */
function analysisOf(sql) {
    let a = analyses.get(sql);
    if (!a) {
        if (analyses.size > 20_000)
            analyses.clear();
        analyses.set(sql, (a = (0,_sql_analyze_js__WEBPACK_IMPORTED_MODULE_2__/* .analyzeSql */ .T)(sql)));
    }
    return a;
}
/** The table a statement writes (the last part of its first sink's name). */
function sinkOf(s) {
    const sink = analysisOf(s.sql).sinks[0];
    return sink === undefined ? undefined : (0,_project_build_js__WEBPACK_IMPORTED_MODULE_1__/* .baseName */ .Fl)(sink);
}
/** A CREATE … AS SELECT: the statement keeps running and is the table's writer. */
const isCtas = (s) => s.kind === 'ddl' && analysisOf(s.sql).statements[0]?.kind === 'ctas';
const isWriter = (s) => (s.kind === 'dml' || isCtas(s)) && WRITERS.has(analysisOf(s.sql).statements[0]?.kind ?? '');
/**
 * The name each table is deployed under, from what runs: the sink of its newest writer that is
 * not broken, else of its newest CREATE. Only names that differ from the table's are listed.
 */
function deployedNames(status) {
    const out = new Map();
    for (const [table, st] of status.tables) {
        const live = st.live ?? [];
        const writer = live.find((s) => isWriter(s) && (RUNS.has(s.phase ?? '') || s.phase === 'PENDING' || HOLDS.has(s.phase ?? ''))) ?? live.find((s) => s.kind === 'ddl' && s.phase === 'COMPLETED');
        const sink = writer && sinkOf(writer);
        if (sink && sink !== table && (0,_project_build_js__WEBPACK_IMPORTED_MODULE_1__/* .baseName */ .Fl)(table) !== sink)
            out.set(table, sink);
    }
    return out;
}
/** Sorts a table's live statements (newest first) against the statement HEAD describes. */
function liveTable(table, live, deployedAs, headDmlName) {
    const out = { table, deployedAs, isHead: false, leftovers: [], alters: new Set() };
    // The CREATE of the deployed version: a blue-green rebuild that stopped part-way may have
    // created the next version already, which nothing writes yet.
    const create = live.find((s) => s.kind === 'ddl' &&
        (s.phase === 'COMPLETED' || (isCtas(s) && s.phase !== 'FAILED')) &&
        (sinkOf(s) ?? deployedAs) === deployedAs);
    // A DROP that completed after the CREATE: the table that CREATE made is gone.
    const drop = live.find((s) => s.kind === 'drop' && s.phase === 'COMPLETED');
    if (drop)
        out.drop = drop;
    if (create && !(drop && drop.createdAt >= create.createdAt))
        out.create = create;
    for (const s of live) {
        if (s.kind === 'alter' && s.phase === 'COMPLETED' && out.create && s.createdAt >= out.create.createdAt)
            out.alters.add(s.name);
    }
    // Statements writing the deployed table; the old pipeline of a blue-green rebuild writes
    // another (t, when t_v2 is deployed) and is left alone.
    const writers = live.filter((s) => isWriter(s) && (sinkOf(s) ?? table) === deployedAs);
    if (!writers.length)
        return out;
    const head = headDmlName === undefined ? undefined : writers.find((s) => s.name === headDmlName);
    const writer = head ??
        writers.find((s) => RUNS.has(s.phase ?? '')) ??
        writers.find((s) => HOLDS.has(s.phase ?? '')) ??
        writers[0];
    out.writer = writer;
    out.isHead = !!head;
    const from = writer.properties[CARRY_OVER];
    const source = from === undefined ? undefined : writers.find((s) => s.name === from && s !== writer);
    if (source)
        out.carryFrom = source;
    out.leftovers = writers
        .filter((s) => s !== writer && s !== source)
        .sort((a, b) => (0,_graph_graph_js__WEBPACK_IMPORTED_MODULE_4__/* .compareNames */ .MP)(a.name, b.name));
    return out;
}
/** Whether a live CREATE is the statement HEAD would send: same analysed SQL, same properties. */
function sameDdl(live, expected) {
    if (expected.ddlSql === undefined)
        return false;
    if (analysisOf(live.sql).fingerprint !== analysisOf(expected.ddlSql).fingerprint)
        return false;
    return sameProps(live.properties, expected.ddlProps);
}
function sameProps(a, b) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    keys.delete(CARRY_OVER);
    for (const k of keys)
        if (a[k] !== b[k])
            return false;
    return true;
}
/**
 * What runs, as a project: each table from its live CREATE and writer, their SQL renamed back
 * to HEAD's table names (a blue-green `t_v2` is `t`), with the statements' own properties.
 * `folderOf` places a table like HEAD (product and type come from the folder).
 */
function liveSide(pipelinesDir, options, tables, folderOf, logical, 
/**
 * HEAD's CREATE of a table whose own CREATE is no longer listed while its writer runs (the
 * service deletes finished statements after 30 days): nothing says the table differs.
 */
headCreate) {
    const back = (table) => logical.get(table);
    const folders = [];
    const props = new Map();
    for (const t of tables) {
        const folder = folderOf(t.table);
        const file = (role, s) => {
            const analysis = analysisOf(s.sql);
            return {
                path: `${folder}/sql-scripts/${role}.${t.table}.sql`,
                text: logical.size ? (0,_sql_js__WEBPACK_IMPORTED_MODULE_3__/* .renameTables */ .sU)({ path: '', text: s.sql, analysis }, back) : s.sql,
            };
        };
        const writer = t.writer && !isCtas(t.writer) ? t.writer : undefined;
        const create = t.create ?? (t.writer && isCtas(t.writer) ? t.writer : undefined);
        if (!writer && !create)
            continue;
        const assumed = !create && writer ? headCreate(t.table) : undefined;
        folders.push({
            folder,
            ...(create ? { ddl: file('ddl', create) } : {}),
            ...(assumed ? { ddl: { path: `${folder}/sql-scripts/ddl.${t.table}.sql`, text: assumed.sql } } : {}),
            ...(writer ? { dml: file('dml', writer) } : {}),
        });
        const dml = { ...(writer?.properties ?? {}) };
        delete dml[CARRY_OVER];
        props.set(t.table, { dml, ddl: { ...(create?.properties ?? assumed?.props ?? {}) } });
    }
    return side(pipelinesDir, options, folders, props);
}
/** HEAD's tables as the statements it would send: one CREATE and one DML statement each. */
function headSide(pipelinesDir, options, tables) {
    const folders = [];
    const props = new Map();
    for (const t of tables) {
        const path = (role) => `${t.table.folder}/sql-scripts/${role}.${t.table.name}.sql`;
        if (t.ddlSql === undefined && t.dmlSql === undefined)
            continue;
        folders.push({
            folder: t.table.folder,
            ...(t.ddlSql !== undefined ? { ddl: { path: path('ddl'), text: t.ddlSql } } : {}),
            ...(t.dmlSql !== undefined ? { dml: { path: path('dml'), text: t.dmlSql } } : {}),
        });
        props.set(t.table.name, { dml: t.dmlProps, ddl: t.ddlProps });
    }
    return side(pipelinesDir, options, folders, props);
}
function side(pipelinesDir, options, folders, props) {
    const ddlTexts = new Map();
    const built = (0,_project_build_js__WEBPACK_IMPORTED_MODULE_1__/* .buildProject */ .ay)({
        ...options,
        pipelinesDir,
        folders,
        analyze: (f) => {
            const a = analysisOf(f.text);
            if (f.path.includes('/ddl.'))
                ddlTexts.set(a, f.text);
            return a;
        },
    });
    const tables = new Map();
    for (const [name, t] of built.tables) {
        const p = props.get(name);
        tables.set(name, p ? { ...t, properties: p.dml, ddlProperties: p.ddl } : t);
    }
    return { project: { ...built, tables }, ddlTexts };
}
/**
 * The change of each table from what runs to what HEAD describes, by the classifier of commit
 * ranges: the live SQL is the before side.
 */
function classifyLive(live, head) {
    const texts = new Map([...live.ddlTexts, ...head.ddlTexts]);
    return (0,_change_classify_js__WEBPACK_IMPORTED_MODULE_0__/* .classifyChanges */ .W)(live.project, head.project, { ddlText: (a) => texts.get(a) });
}


/***/ }),

/***/ 9079:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bi: () => (/* binding */ useProperties),
/* harmony export */   IN: () => (/* binding */ nameParts),
/* harmony export */   ZA: () => (/* binding */ statementCount),
/* harmony export */   aZ: () => (/* binding */ runnableStatements),
/* harmony export */   sU: () => (/* binding */ renameTables),
/* harmony export */   t6: () => (/* binding */ statementText),
/* harmony export */   zn: () => (/* binding */ unqualifiedRef)
/* harmony export */ });
/* harmony import */ var _sql_analyze_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5917);

/** Text of one analysed statement, without its trailing semicolon. */
function statementText(text, s) {
    const t = linesOf(text, s.startLine, s.endLine).trim();
    // Trimmed, the text can only end in `;\s*` by ending in `;`: no need to scan it for one.
    return t.endsWith(';') ? t.slice(0, -1).trim() : t;
}
/**
 * Lines `first..last` (1-based, inclusive) of a text, as `text.split('\n').slice(first - 1,
 * last).join('\n')` would give them, found by offsets: files are read for every statement of a
 * plan, and splitting each whole file into lines costs more than the rest of the planning.
 */
function linesOf(text, first, last) {
    // slice() counts non-positive bounds from the end; the analyser's lines never are.
    if (!(Number.isInteger(first) && Number.isInteger(last) && first >= 1 && last >= 1))
        return text
            .split('\n')
            .slice(first - 1, last)
            .join('\n');
    let start = 0;
    for (let line = 1; line < first; line++) {
        const nl = text.indexOf('\n', start);
        if (nl < 0)
            return '';
        start = nl + 1;
    }
    let end = start - 1;
    for (let line = first; line <= last; line++) {
        end = text.indexOf('\n', end + 1);
        if (end < 0)
            return text.slice(start);
    }
    return text.slice(start, Math.max(end, start));
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
/**
 * The parts of a table name as written: `` `my-env`.`cluster-0`.orders `` → `my-env`,
 * `cluster-0`, `orders`. Backticks quote a part (a doubled one is a backtick), so a quoted part
 * may hold dots; whitespace outside quotes is dropped.
 */
function nameParts(text) {
    const parts = [];
    let part = '';
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (c === '`') {
            for (i++; i < text.length; i++) {
                if (text[i] !== '`')
                    part += text[i];
                else if (text[i + 1] === '`')
                    part += text[++i];
                else
                    break;
            }
        }
        else if (c === '.') {
            parts.push(part);
            part = '';
        }
        else if (!/\s/.test(c))
            part += c;
    }
    parts.push(part);
    return parts;
}
/**
 * The first table reference of a SQL text that names no database (`orders`, not
 * `cluster.orders`): it resolves through `sql.current-database`. SET and USE lines excluded.
 */
function unqualifiedRef(text, analysis = (0,_sql_analyze_js__WEBPACK_IMPORTED_MODULE_0__/* .analyzeSql */ .T)(text)) {
    for (const s of analysis.statements) {
        if (s.kind === 'set' || s.kind === 'use')
            continue;
        for (const r of [...s.sinkRefs, ...s.sourceRefs]) {
            if (nameParts(text.slice(r.offset, r.offset + r.length)).length < 2)
                return { name: r.name, line: r.line };
        }
    }
    return undefined;
}
/** How many statements a SQL text holds, SET and USE lines included: a request takes one. */
function statementCount(text, analysis = (0,_sql_analyze_js__WEBPACK_IMPORTED_MODULE_0__/* .analyzeSql */ .T)(text)) {
    return analysis.statements.length;
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
 * analyzer's exact offsets, so strings, comments and column names are never touched. `rename`
 * gets the table part of the name as written: a quoted name holding dots is one part, never
 * split (`card-tx.public.customers` is not `customers`). `external` keeps a qualified name that
 * resolved to a table outside the project (another catalog or database) as it is.
 */
function renameTables(file, rename, external) {
    const refs = [];
    for (const s of file.analysis.statements)
        refs.push(...s.sinkRefs, ...s.sourceRefs);
    const edits = refs
        .filter((r) => !external?.(r))
        .map((r) => ({ r, to: rename(r.parts[r.parts.length - 1] ?? r.name) }))
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


/***/ }),

/***/ 9898:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ STEP_ACTIONS),
/* harmony export */   Z: () => (/* binding */ PHASES)
/* harmony export */ });
/** Confluent statement phases; a status file uses the same words (docs/planning.md#status-sources). */
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
const STEP_ACTIONS = [
    'stop-statement',
    'resume-statement',
    'delete-statement',
    'drop-table',
    'create-table',
    'alter-table',
    'create-statement',
];


/***/ }),

/***/ 4101:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   iE: () => (/* binding */ noStatus),
/* harmony export */   lG: () => (/* binding */ statusSourceFor)
/* harmony export */ });
/* unused harmony exports parseStatusFile, fileStatus */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8816);
/* harmony import */ var _plan_types_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9898);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(17);
/* harmony import */ var _util_files_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5787);




const phase = zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(_plan_types_js__WEBPACK_IMPORTED_MODULE_3__/* .PHASES */ .Z, { error: `must be one of ${_plan_types_js__WEBPACK_IMPORTED_MODULE_3__/* .PHASES */ .Z.join(', ')}` });
const detailed = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    phase: phase.optional(),
    statement: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
    tableExists: zod__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY().optional(),
    table: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
    replaced: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
});
// Each entry is checked against the one shape it has, so the message is about that shape.
const statusFileSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_2__/* .unknown */ .L5J().superRefine((value, ctx) => {
    const result = (typeof value === 'string' ? phase : detailed).safeParse(value);
    for (const issue of result.success ? [] : result.error.issues)
        ctx.addIssue({ ...issue, code: 'custom' });
}));
const noStatus = {
    kind: 'none',
    snapshot: async () => ({ kind: 'none', tables: new Map() }),
};
/** `{table: phase}`, or `{table: {phase, statement, tableExists, table}}`. */
function parseStatusFile(path, text) {
    let raw;
    try {
        raw = JSON.parse(text);
    }
    catch (e) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`${path}: not valid JSON (${e.message}); expected {"table": "RUNNING", …}`);
    }
    const parsed = statusFileSchema.safeParse(raw);
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`${path}: ${issue.path.join('.') || '(top level)'}: ${issue.message}; expected {"table": "RUNNING", …}`);
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
        snapshot: async () => parseStatusFile(path, (0,_util_files_js__WEBPACK_IMPORTED_MODULE_1__/* .readUserFile */ .E)(path, 'status file')),
    };
}
/** Parses `--status none|file:PATH|confluent`. */
function statusSourceFor(spec, confluent) {
    if (!spec || spec === 'none')
        return noStatus;
    if (spec.startsWith('file:') && spec.length > 5)
        return fileStatus(spec.slice(5));
    if (spec === 'confluent') {
        if (!confluent)
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y('--status confluent is not available here; use --status file:PATH or none');
        return confluent();
    }
    throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`--status ${spec}: use none, file:PATH or confluent`);
}


/***/ })

};
