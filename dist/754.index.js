export const id = 754;
export const ids = [754];
export const modules = {

/***/ 1754:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   planCommand: () => (/* binding */ planCommand),
/* harmony export */   targetOf: () => (/* binding */ targetOf)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _config_load_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9827);
/* harmony import */ var _engine_plan_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3856);
/* harmony import */ var _project_diagnostics_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8585);
/* harmony import */ var _render_comment_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(926);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(17);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5217);
/* harmony import */ var _status_source_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(5942);








/** `--base/--head`, or `--tables [--descendants]`, or `--all`: shared by plan and deploy. */
function targetOf(ctx, command) {
    const { tables, all, descendants, base, head } = ctx.values;
    if (all && tables)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UserError */ .y(`${command}: use --tables or --all, not both`);
    if ((all || tables) && (base || head))
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UserError */ .y(`${command}: --base/--head plan a change; --tables/--all plan a selection; use one`);
    if (descendants && !tables)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UserError */ .y(`${command}: --descendants goes with --tables`);
    if (all)
        return { kind: 'all' };
    if (tables) {
        const names = tables
            .split(',')
            .map((t) => t.trim())
            .filter(Boolean);
        return { kind: 'tables', tables: names, descendants: !!descendants };
    }
    return { kind: 'range', base, head };
}
async function planCommand(ctx) {
    const format = (0,_context_js__WEBPACK_IMPORTED_MODULE_6__/* .formatOf */ .be)(ctx, ['text', 'json', 'markdown']);
    if (ctx.positionals.length)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UserError */ .y(`plan: unexpected argument "${ctx.positionals[0]}"`);
    const config = (0,_context_js__WEBPACK_IMPORTED_MODULE_6__/* .configOf */ .W1)(ctx);
    const environment = ctx.values.env ?? config.environment;
    const target = targetOf(ctx, 'plan');
    let computed;
    try {
        computed = await (0,_engine_plan_js__WEBPACK_IMPORTED_MODULE_2__/* .computePlan */ .Ru)({
            pipelines: (0,_context_js__WEBPACK_IMPORTED_MODULE_6__/* .pipelinesOf */ .n5)(ctx, config),
            config,
            configPath: ctx.values.config ?? _config_load_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_CONFIG_FILE */ .Cu,
            environment,
            target,
            status: (0,_status_source_js__WEBPACK_IMPORTED_MODULE_7__/* .statusSourceOf */ .v)(ctx, config, environment),
        });
    }
    catch (e) {
        if (e instanceof _engine_plan_js__WEBPACK_IMPORTED_MODULE_2__/* .UnreadableProjectError */ .lx)
            (0,_context_js__WEBPACK_IMPORTED_MODULE_6__/* .printDiagnostics */ .aE)(ctx, e.diagnostics);
        throw e;
    }
    const { plan, head, commitRange } = computed;
    (0,_context_js__WEBPACK_IMPORTED_MODULE_6__/* .printDiagnostics */ .aE)(ctx, head.diagnostics.filter((d) => d.severity !== 'notice'));
    if (ctx.values.out)
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(ctx.values.out, JSON.stringify(plan, null, 2) + '\n');
    if (format === 'json')
        ctx.io.out.write(JSON.stringify(plan, null, 2) + '\n');
    else if (format === 'markdown')
        ctx.io.out.write((0,_render_comment_js__WEBPACK_IMPORTED_MODULE_4__/* .renderPlanMarkdown */ .d$)(plan, head, { commitRange }));
    else
        ctx.io.out.write((0,_render_comment_js__WEBPACK_IMPORTED_MODULE_4__/* .renderPlanText */ .$D)(plan, head));
    if ((0,_project_diagnostics_js__WEBPACK_IMPORTED_MODULE_3__/* .hasFatal */ .vW)(head.diagnostics))
        return 1;
    return plan.errors.length ? 1 : 0;
}


/***/ }),

/***/ 3856:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  lx: () => (/* binding */ UnreadableProjectError),
  Ru: () => (/* binding */ computePlan)
});

// UNUSED EXPORTS: checkEnvironment

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/config/load.ts + 1 modules
var load = __webpack_require__(9827);
// EXTERNAL MODULE: ./src/util/errors.ts
var util_errors = __webpack_require__(17);
// EXTERNAL MODULE: ./src/project/layout.ts
var layout = __webpack_require__(6547);
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
function classifyConfigChange(base, head, environment, file = load/* DEFAULT_CONFIG_FILE */.Cu) {
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

// EXTERNAL MODULE: ./src/sql/fingerprint.ts
var fingerprint = __webpack_require__(876);
// EXTERNAL MODULE: ./src/sql/lexer.ts
var lexer = __webpack_require__(1518);
// EXTERNAL MODULE: ./src/sql/split.ts
var split = __webpack_require__(6448);
// EXTERNAL MODULE: ./src/sql/tokens.ts
var sql_tokens = __webpack_require__(6080);
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
    const tokens = (0,lexer/* tokenize */.qw)(text, issues);
    const match = (0,sql_tokens/* matchParens */.z_)(tokens, issues);
    return (0,split/* splitStatements */.X)(tokens).map(({ start, end }) => {
        if (!(0,sql_tokens/* isWord */.Jg)(tokens, start, 'CREATE'))
            return (0,fingerprint/* sha256 */.s)((0,fingerprint/* normalisedTokens */.J)(tokens, start, end));
        let out = '';
        let from = start;
        for (let i = start; i < end; i++) {
            // A CTE reads `WITH name AS (`; only an option list puts `(` right after WITH.
            if ((0,sql_tokens/* isWord */.Jg)(tokens, i, 'WITH') && (0,sql_tokens/* isPunct */.dl)(tokens, i + 1, '(')) {
                out += (0,fingerprint/* normalisedTokens */.J)(tokens, from, i) + '\u0001';
                i = Math.min(match[i + 1], end);
                from = i + 1;
            }
        }
        return (0,fingerprint/* sha256 */.s)(out + (0,fingerprint/* normalisedTokens */.J)(tokens, from, end));
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
const roleOf = (path) => (0,layout/* sqlScriptRole */.e)(path.slice(path.lastIndexOf('/') + 1)) ?? '';
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
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
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
        const tab = record.indexOf('\t');
        const [mode, type, sha] = record.slice(0, tab).split(' ');
        // Submodules (type commit) hold no files of this repository.
        if (type === 'blob')
            entries.push({ path: record.slice(tab + 1), sha, mode });
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
/** Files that differ between two revisions below `paths`, with renames detected (`-M`). */
async function diffFiles(repoDir, base, head, paths) {
    const root = await repoRoot(repoDir);
    const specs = paths.map((p) => repoPath(root, p));
    const limit = specs.includes('') ? [] : ['--', ...specs];
    const out = await runGit(root, [
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

// EXTERNAL MODULE: ./src/project/build.ts + 1 modules
var build = __webpack_require__(3352);
// EXTERNAL MODULE: ./src/project/folders.ts
var folders = __webpack_require__(4512);
// EXTERNAL MODULE: ./src/project/scan.ts
var scan = __webpack_require__(8284);
// EXTERNAL MODULE: ./src/sql/analyze.ts + 3 modules
var sql_analyze = __webpack_require__(1962);
;// CONCATENATED MODULE: ./src/change/tree.ts



const LINK_MODE = '120000';
/** Deeper chains are loops in practice; the working-tree scanner stops at the first revisit. */
const MAX_LINK_DEPTH = 16;
/** The working-tree scanner skips these below the pipelines folder; a revision must too. */
function tree_hidden(pipelinesDir, path) {
    const rel = pipelinesDir && path.startsWith(pipelinesDir + '/') ? path.slice(pipelinesDir.length + 1) : path;
    return rel.split('/').some(scan/* isSkippedDir */.qB);
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
    blobs: new Map(),
    ddlTexts: new Map(),
});
const revision_roleOf = (path) => (0,layout/* sqlScriptRole */.e)(path.slice(path.lastIndexOf('/') + 1));
const isSql = (path) => {
    const role = revision_roleOf(path);
    return role === 'ddl' || role === 'dml';
};
/**
 * A `readBlobs` callback that analyses the SQL files of `trees` as their blobs arrive, so the
 * analysis (the bulk of the work) overlaps git reading the rest. Files that do not decode, or
 * that the analyser rejects, are left to the loader, which reports them as it always does.
 */
function analyseOnArrival(trees, cache) {
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
            entry.analysis = (0,sql_analyze/* analyzeSql */.T)(decoded.text);
        }
        catch {
            // the loader analyses it again and reports the failure where it always did
        }
    };
}
/** Files the grouping reads from a listing (path → SHA), worked out once per listing. */
const readByGrouping = new WeakMap();
/**
 * The blobs a revision's project needs: the grouping decides which files are read, and a dry
 * run with a recording reader names them, so the rules are not restated here. SQL whose
 * analysis is cached is skipped.
 */
function wantedBlobs(tree, cache) {
    let read = readByGrouping.get(tree);
    if (!read) {
        const shaOf = new Map(tree.entries.map((e) => [e.path, e.sha]));
        const found = [];
        (0,folders/* groupTableFolders */.l)([...shaOf.keys()], (path) => {
            found.push([path, shaOf.get(path)]);
            return { path, text: '' };
        });
        readByGrouping.set(tree, (read = found));
    }
    const wanted = new Set();
    for (const [path, sha] of read)
        if (!(isSql(path) && cache.analyses.has(sha)))
            wanted.add(sha);
    return wanted;
}
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
    const wanted = wantedBlobs(tree, cache);
    const missingBlobs = [...wanted].filter((sha) => !cache.blobs.has(sha));
    const blobs = missingBlobs.length ? await readBlobs(repoDir, missingBlobs) : new Map();
    for (const [sha, bytes] of cache.blobs)
        if (wanted.has(sha))
            blobs.set(sha, bytes);
    const diagnostics = [...tree.diagnostics];
    const read = (path) => {
        const sha = shaOf.get(path);
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
    const listing = (0,folders/* groupTableFolders */.l)(paths, read);
    const analyze = (file) => {
        const sha = shaOf.get(file.path);
        let analysis = cache.analyses.get(sha);
        if (!analysis) {
            analysis = cache.early?.get(sha)?.analysis ?? (0,sql_analyze/* analyzeSql */.T)(file.text);
            cache.analyses.set(sha, analysis);
            if (revision_roleOf(file.path) === 'ddl')
                cache.ddlTexts.set(analysis, file.text);
        }
        return analysis;
    };
    return (0,build/* buildProject */.a)({
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
async function detectChanges(repoDir, range, pipelinesDir, configPath = load/* DEFAULT_CONFIG_FILE */.Cu, environment) {
    const root = await repoRoot(repoDir);
    try {
        return await detect(root, range, pipelinesDir, configPath, environment);
    }
    finally {
        // Every git question of the comparison is answered: let the `cat-file` process end now.
        await closeCatFile(root);
    }
}
async function detect(root, range, pipelinesDir, configPath, environment) {
    const commits = 'description' in range ? range : await resolveRange(root, range);
    const pipelines = repoPath(root, pipelinesDir);
    const configFile = repoPath(root, configPath);
    const warnings = [];
    // Independent git calls overlap: `diff` is its own process, the rest share the `cat-file` session.
    const [files, baseConfig, headConfig, headTree, baseTree] = await Promise.all([
        diffFiles(root, commits.base, commits.head, [pipelines, configFile]),
        readConfigAt(root, commits.base, configFile).catch((e) => {
            // A broken base config must not block the change that fixes it.
            if (!(e instanceof util_errors/* UserError */.y))
                throw e;
            warnings.push(`config at base not compared: ${e.message.split('\n')[0]}`);
            return null;
        }),
        readConfigAt(root, commits.head, configFile),
        listPipelineTree(root, commits.head, pipelines),
        listPipelineTree(root, commits.base, pipelines),
    ]);
    const cache = newAnalysisCache();
    // Both revisions' files in one batch (unchanged files share a blob).
    const wanted = new Set([...wantedBlobs(headTree, cache), ...wantedBlobs(baseTree, cache)]);
    // SQL is analysed as it arrives, while git is still reading the rest.
    cache.blobs = await readBlobs(root, wanted, analyseOnArrival([headTree, baseTree], cache));
    await closeCatFile(root); // nothing more to ask git
    const head = await loadRevision(root, commits.head, pipelines, headConfig ?? {}, cache, headTree);
    const base = await loadRevision(root, commits.base, pipelines, (baseConfig ?? headConfig ?? {}), cache, baseTree);
    cache.blobs.clear(); // decoded texts live on in the projects; the raw bytes are done
    cache.early = undefined;
    // Unreadable base config: compare head with itself, so no config-driven change is claimed.
    const config = classifyConfigChange(baseConfig === null ? headConfig : baseConfig, headConfig, environment, configFile);
    const changes = classifyChanges(base, head, { files, config, ddlText: (a) => cache.ddlTexts.get(a) });
    return { range: commits, files, base, head, changes, config, warnings };
}

// EXTERNAL MODULE: ./src/project/diagnostics.ts
var diagnostics = __webpack_require__(8585);
// EXTERNAL MODULE: ./src/project/load.ts
var project_load = __webpack_require__(4137);
// EXTERNAL MODULE: ./src/graph/graph.ts
var graph = __webpack_require__(1924);
// EXTERNAL MODULE: ./src/plan/names.ts
var names = __webpack_require__(2471);
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
            // Only when set, so plans without pools keep the hashes they had.
            ...(s.computePool ? [s.computePool] : []),
        ]),
        errors: plan.errors.map((e) => [e.code, e.table ?? null]),
    };
    return (0,names/* sha256 */.sc)(JSON.stringify(canonical));
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
            for (const a of (0,graph/* ancestors */.T1)(head.graph, acting)) {
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
                blueGreen.set(d.table, (0,names/* nextVersion */.yU)(statusOf(d.table)?.table ?? d.table));
        }
    }
    const poolOf = (table) => {
        const product = (headTable(table) ?? base?.tables.get(table))?.product;
        return (product ? env.computePools?.[product] : undefined) ?? env.computePoolId;
    };
    const renameFor = (name) => blueGreen.get((0,build/* baseName */.F)(name)) ?? blueGreen.get(name);
    const add = (table, slug, action, statement, extra = {}) => {
        const id = `${table}:${slug}`;
        const pool = extra.sql ? poolOf(table) : undefined;
        steps.set(id, {
            id,
            table,
            action,
            statement,
            after: [],
            wave: 0,
            destructive: false,
            ...(pool ? { computePool: pool } : {}),
            ...extra,
        });
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
                : (0,sql_analyze/* analyzeSql */.T)(dmlSql).fingerprint
            : '';
        const contentHash = (0,names/* sha256 */.sc)(fingerprint + JSON.stringify(Object.entries(props).sort()));
        return {
            ddlSql: ddlStmt && statementText(ddlText, ddlStmt),
            dmlSql,
            props,
            dmlName: dmlSql ? (0,names/* dmlStatementName */.iK)(env.statementPrefix, t.product, t.name, contentHash) : undefined,
            ddlName: (0,names/* ddlStatementName */.Nd)(env.statementPrefix, t.product, t.name),
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
    for (const d of [...drafts.values()].sort((a, b) => (topoIndex.get(a.table) ?? -1) - (topoIndex.get(b.table) ?? -1) || (0,graph/* compareNames */.MP)(a.table, b.table))) {
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
            const drop = add(n, 'drop-table', 'drop-table', (0,names/* dropStatementName */.uB)(env.statementPrefix, product, n), {
                sql: `DROP TABLE IF EXISTS \`${n}\``,
                destructive: true,
            });
            const ddlDel = add(n, 'delete-ddl', 'delete-statement', (0,names/* ddlStatementName */.Nd)(env.statementPrefix, product, n));
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
                alterId = add(n, 'alter-table', 'alter-table', (0,names/* alterStatementName */.Py)(env.statementPrefix, product, n, sql), { sql });
            }
        }
        if (d.action === 'alter') {
            if (alterId)
                build.push(alterId);
        }
        else if (d.action === 'carry-over' && deployed && dep.dmlSql) {
            const old = oldDmlName(n);
            if (old && old === dep.dmlName && st?.replaced && LIVE.has(st.phase)) {
                // The replacement runs; an interrupted deploy left the statement it replaced behind.
                const del = add(n, 'delete-old-dml', 'delete-statement', st.replaced);
                chain([alterId, del]);
                build.push(alterId ?? del);
                finalStep.set(n, del);
            }
            else if (old && old !== dep.dmlName) {
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
                    ids.push(add(n, 'drop-table', 'drop-table', (0,names/* dropStatementName */.uB)(env.statementPrefix, product, n), {
                        sql: `DROP TABLE IF EXISTS \`${n}\``,
                        destructive: true,
                    }));
                }
                // No separate delete of the old CREATE TABLE statement: the deploy frees the name itself
                // when it creates the new one (a name stays taken until its statement is deleted).
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
        .sort((a, b) => (topoIndex.get(a.table) ?? -1) - (topoIndex.get(b.table) ?? -1) || (0,graph/* compareNames */.MP)(a.table, b.table))
        .map((d) => ({
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
        (0,graph/* compareNames */.MP)(a.table, b.table) ||
        seq.get(a.id) - seq.get(b.id));
}

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
        const detected = await detectChanges(repoDir, commits, pipelinesDir, (0,external_node_path_.resolve)(input.configPath), environment);
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
    const names = [...head.tables.values()].filter((t) => !t.external).map((t) => t.name);
    const status = await input.status.snapshot(names);
    const plan = buildPlan({ head, base, changes, status, config, environment, selection, range });
    return { plan, head, base, commitRange };
}


/***/ }),

/***/ 2471:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Nd: () => (/* binding */ ddlStatementName),
/* harmony export */   Py: () => (/* binding */ alterStatementName),
/* harmony export */   iK: () => (/* binding */ dmlStatementName),
/* harmony export */   sc: () => (/* binding */ sha256),
/* harmony export */   uB: () => (/* binding */ dropStatementName),
/* harmony export */   yU: () => (/* binding */ nextVersion)
/* harmony export */ });
/* unused harmony export statementBase */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);

const MAX_BASE = 72;
const sha256 = (text) => (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(text).digest('hex');
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
    return `${name.slice(0, MAX_BASE - 8).replace(/-$/, '')}-${sha256(name).slice(0, 7)}`;
}
function ddlStatementName(prefix, product, table) {
    return statementBase(prefix, product, 'ddl', table);
}
/** DML names end in the content hash so a replacement gets a new name and a re-run finds its own. */
function dmlStatementName(prefix, product, table, contentHash) {
    return `${statementBase(prefix, product, 'dml', table)}-${contentHash.slice(0, 7)}`;
}
function alterStatementName(prefix, product, table, sql) {
    return `${statementBase(prefix, product, 'alter', table)}-${sha256(sql).slice(0, 7)}`;
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

/***/ 926:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  d$: () => (/* binding */ renderPlanMarkdown),
  $D: () => (/* reexport */ renderPlanText)
});

// UNUSED EXPORTS: DEFAULT_MAX_CHARS, GITHUB_COMMENT_LIMIT, META_LABEL, PLAN_MARKER, readPlanMeta

// EXTERNAL MODULE: ./src/render/markdown.ts
var markdown = __webpack_require__(2495);
// EXTERNAL MODULE: ./src/render/mermaid.ts
var render_mermaid = __webpack_require__(1359);
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
        const mermaid = counted ? (0,render_mermaid/* renderMermaid */.m6)(nodes, edges) : '';
        const fits = counted && mermaid.length <= this.limits.maxChars;
        const styles = new Map();
        for (const n of nodes)
            if (!n.group)
                styles.set(n.style, (styles.get(n.style) ?? 0) + 1);
        if (groups?.collapsed)
            styles.set('impacted', (styles.get('impacted') ?? 0) + groups.collapsed);
        const legend = STYLE_LEGEND.filter(([s]) => styles.has(s))
            .map(([s, label]) => `${label} (${(0,markdown/* count */.U9)(styles.get(s))})`)
            .join(' · ');
        const lines = ['#### Impacted sub-DAG', '', legend, ''];
        let cut = null;
        if (level >= 1 && this.contextIds.length) {
            cut = 'unchanged neighbours not drawn';
        }
        if (level === 1 && this.contextIds.length) {
            lines.push(`> ✂️ To fit GitHub's limits, ${(0,markdown/* plural */.LS)(this.contextIds.length, 'unchanged neighbour table')} (parents and children of the plan) ${this.contextIds.length === 1 ? 'is' : 'are'} not drawn.`, '');
        }
        if (level === 2) {
            const parts = [];
            if (this.contextIds.length)
                parts.push(`${(0,markdown/* plural */.LS)(this.contextIds.length, 'unchanged neighbour table')} not drawn`);
            parts.push(`${(0,markdown/* plural */.LS)(groups.collapsed, 'impacted table')} collapsed into ${(0,markdown/* plural */.LS)(groups.groupCount, 'summary node')} per product and level`);
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
                .map((t) => (0,markdown/* codeSpan */.SS)(t, 80))
                .join(', ') + (list.length > 3 ? ` +${(0,markdown/* count */.U9)(list.length - 3)} more` : '')
            : '—';
        const lines = [
            '#### Impacted sub-DAG',
            '',
            `> ✂️ The impacted sub-DAG (${(0,markdown/* plural */.LS)(this.view.nodes.length, 'table')}, ${(0,markdown/* plural */.LS)(this.planEdgeCount, 'edge')}) is too large for a diagram within GitHub's limits; its tables per level and product:`,
            '',
            ...(0,markdown/* tableHead */.PP)(['level', 'product', 'changed', 'impacted', 'tables']),
            ...sorted
                .slice(0, FALLBACK_ROWS)
                .map((r) => (0,markdown/* row */.nM)([
                r.level < 0 ? '—' : String(r.level),
                r.product ? (0,markdown/* codeSpan */.SS)(r.product, 60) : '—',
                (0,markdown/* count */.U9)(r.changed.length),
                (0,markdown/* count */.U9)(r.impacted.length),
                names([...r.changed, ...r.impacted]),
            ])),
        ];
        if (sorted.length > FALLBACK_ROWS) {
            lines.push('', `_… ${(0,markdown/* plural */.LS)(sorted.length - FALLBACK_ROWS, 'more group')} in the plan JSON / job summary_`);
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
                `> ✂️ Omitted to fit GitHub's comment size limit: ${(0,markdown/* plural */.LS)(this.view.nodes.length, 'table')}, ${(0,markdown/* plural */.LS)(this.planEdgeCount, 'edge')}.`,
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

// EXTERNAL MODULE: ./src/graph/graph.ts
var graph = __webpack_require__(1924);
;// CONCATENATED MODULE: ./src/render/plan-view.ts

/** Change kinds that need nothing deployed. */
const NO_DEPLOY = new Set(['format-only', 'renamed']);
function planView(plan, project) {
    let levels;
    try {
        levels = (0,graph/* topoLevels */.Yq)(project.graph);
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
    const safe = rows.map((r) => r.map((c) => (0,markdown/* visible */.RK)(c)));
    const widths = [];
    for (const r of safe)
        r.forEach((c, i) => (widths[i] = Math.min(MAX_COLUMN, Math.max(widths[i] ?? 0, c.length))));
    return safe.map((r) => (indent + r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]))).join('  ')).trimEnd());
}
function problems(list) {
    return list.map((w) => `  ${(0,markdown/* visible */.RK)(w.code)}${w.table !== undefined ? ` ${(0,markdown/* visible */.RK)(w.table)}` : ''}: ${(0,markdown/* visible */.RK)(w.message, ' ')}`);
}
/** The plan for a terminal: the same content as the PR comment, complete and unstyled. */
function renderPlanText(plan, project) {
    const view = planView(plan, project);
    const { counts } = view;
    const out = [];
    const head = hasWork(plan)
        ? [
            ...(counts.changed || counts.noDeploy ? [`${(0,markdown/* plural */.LS)(counts.changed, 'table')} changed`] : []),
            `${(0,markdown/* plural */.LS)(counts.nodes, 'statement')} impacted`,
            (0,markdown/* plural */.LS)(counts.steps, 'step'),
        ].join(', ') + (counts.destructive ? ` (${(0,markdown/* count */.U9)(counts.destructive)} destructive)` : '')
        : 'No deployable changes';
    out.push(`Flink pipeline plan: ${head}`);
    const context = [
        ...(counts.noDeploy ? [`${(0,markdown/* plural */.LS)(counts.noDeploy, 'table')} only reformatted or moved (no deploy)`] : []),
        ...(plan.base !== null || plan.head !== null
            ? [
                [
                    ...(plan.base !== null ? [`base ${(0,markdown/* visible */.RK)(shortRef(plan.base))}`] : []),
                    ...(plan.head !== null ? [`head ${(0,markdown/* visible */.RK)(shortRef(plan.head))}`] : []),
                ].join(' -> '),
            ]
            : []),
        `live status: ${statusText(plan.status)}`,
        ...(plan.strategy === 'blue-green' ? ['strategy: blue-green'] : []),
    ];
    out.push(context.join(' | '), '');
    if (plan.errors.length) {
        out.push(`ERRORS (${(0,markdown/* count */.U9)(plan.errors.length)}): this plan cannot be deployed`, ...problems(plan.errors), '');
    }
    if (plan.changes.length) {
        out.push(`Changes (${(0,markdown/* count */.U9)(plan.changes.length)}):`);
        out.push(...columns(plan.changes.map((c) => [
            c.table,
            c.kind + (NO_DEPLOY.has(c.kind) ? ' (no deploy)' : ''),
            c.detail ? (0,markdown/* visible */.RK)(c.detail, ' ') : '-',
            c.files.join(', '),
        ])), '');
    }
    if (hasWork(plan)) {
        out.push(`Plan (${(0,markdown/* plural */.LS)(counts.nodes, 'statement')}, in dependency order):`);
        out.push(...columns(view.nodes.map((n, i) => [
            String(i + 1),
            n.table + (n.deployedAs && n.deployedAs !== n.table ? ` -> ${n.deployedAs}` : ''),
            n.action + (view.destructive.has(n.table) ? ' (destructive)' : ''),
            (0,markdown/* visible */.RK)(n.reason, ' '),
        ])), '');
        if (view.steps.length) {
            out.push(`Steps (${(0,markdown/* plural */.LS)(counts.steps, 'step')} in ${(0,markdown/* plural */.LS)(counts.waves, 'wave')}):`);
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
        out.push(`Warnings (${(0,markdown/* count */.U9)(plan.warnings.length)}):`, ...problems(plan.warnings), '');
    out.push(`plan hash ${(0,markdown/* visible */.RK)(plan.hash)}`, '');
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
        const shown = tables.slice(0, 5).map((t) => (0,markdown/* codeSpan */.SS)(t, 100));
        const on = tables.length
            ? `: on ${shown.join(', ')}${tables.length > shown.length ? ` and ${(0,markdown/* count */.U9)(tables.length - shown.length)} more` : ''}`
            : '';
        out.push({
            line: `- **${(0,markdown/* markdownText */.p7)((0,markdown/* clip */.$Q)(code, 60))}** ×${(0,markdown/* count */.U9)(ws.length)} more${on} (each ${MORE_WHERE})`,
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
    const out = [PLAN_MARKER, (0,markdown/* hiddenJsonComment */.q)(META_LABEL, meta)];
    out.push(`### ${(0,markdown/* markdownText */.p7)((0,markdown/* clip */.$Q)(opts.title ?? 'Flink pipeline plan', 200))}`, '');
    out.push(summaryLine(view, opts), '');
    const cuts = [];
    if (section?.cut)
        cuts.push(section.cut);
    for (const k of cutLists) {
        const total = rows[k].items[rows[k].lines.length];
        cuts.push(`${(0,markdown/* count */.U9)(total - left(k))} of ${(0,markdown/* plural */.LS)(total, NOUN[k])} listed`);
    }
    if (cuts.length) {
        out.push(`> ✂️ **Shortened to fit GitHub's limits:** ${cuts.join('; ')}. The full plan is ${MORE_WHERE}.`, '');
    }
    if (plan.errors.length)
        out.push(...errorCallout(plan.errors), '');
    if (counts.destructive)
        out.push(...destructiveCallout(view), '');
    if (plan.changes.length) {
        out.push(`#### Changes (${(0,markdown/* count */.U9)(plan.changes.length)})`, '');
        out.push(...(0,markdown/* tableHead */.PP)(['table', 'kind', 'detail', 'files']));
        out.push(...kept('changes'), ...more(left('changes'), 'change'), '');
    }
    if (hasWork(plan)) {
        out.push(`#### Plan: ${(0,markdown/* plural */.LS)(counts.nodes, 'statement')} in dependency order`, '');
        const nodesFolded = rows.nodes.lines.length > DETAILS_AFTER;
        if (nodesFolded)
            out.push(`<details><summary>${(0,markdown/* plural */.LS)(counts.nodes, 'statement')}</summary>`, '');
        out.push(...(0,markdown/* tableHead */.PP)(['#', 'table', 'action', 'reason']));
        out.push(...kept('nodes'), ...more(left('nodes'), 'statement'));
        if (nodesFolded)
            out.push('', '</details>');
        out.push('');
        if (rows.steps.lines.length) {
            const title = `${(0,markdown/* plural */.LS)(counts.steps, 'step')} in ${(0,markdown/* plural */.LS)(counts.waves, 'wave')}${counts.destructive ? ` (${(0,markdown/* count */.U9)(counts.destructive)} destructive)` : ''}`;
            const stepsFolded = rows.steps.lines.length > DETAILS_AFTER;
            out.push(stepsFolded ? `<details><summary>${title}</summary>` : `**${title}**`, '');
            out.push(...(0,markdown/* tableHead */.PP)(['#', 'wave', 'step', 'statement', 'after', 'destructive']));
            out.push(...kept('steps'), ...more(left('steps'), 'step'));
            if (stepsFolded)
                out.push('', '</details>');
            out.push('');
        }
    }
    if (plan.warnings.length) {
        out.push(`#### Warnings (${(0,markdown/* count */.U9)(plan.warnings.length)})`, '');
        out.push(...kept('warnings'));
        const rest = warnings.slice(layout.keep.warnings).flatMap((w) => w.warnings);
        if (rest.length)
            out.push(`- _… ${(0,markdown/* plural */.LS)(rest.length, 'more warning')} (${byCode(rest)}) ${MORE_WHERE}_`);
        out.push('');
    }
    if (section)
        out.push(...section.lines, '');
    out.push(`<sub>Plan hash ${(0,markdown/* codeSpan */.SS)(plan.hash, 80)} · flink-pipeline</sub>`, '');
    return out.join('\n');
}
function more(n, noun) {
    return n > 0 ? ['', `_… ${(0,markdown/* plural */.LS)(n, `more ${noun}`)} ${MORE_WHERE}_`] : [];
}
function byCode(warnings) {
    const codes = new Map();
    for (const w of warnings)
        codes.set(w.code, (codes.get(w.code) ?? 0) + 1);
    const list = [...codes].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    const shown = list.slice(0, 5).map(([c, n]) => `${(0,markdown/* markdownText */.p7)((0,markdown/* clip */.$Q)(c, 40))} ×${(0,markdown/* count */.U9)(n)}`);
    return shown.join(', ') + (list.length > 5 ? ', …' : '');
}
function summaryLine(view, opts) {
    const { plan, counts } = view;
    const parts = [];
    if (hasWork(plan)) {
        const head = [
            ...(counts.changed || counts.noDeploy ? [`${(0,markdown/* plural */.LS)(counts.changed, 'table')} changed`] : []),
            `${(0,markdown/* plural */.LS)(counts.nodes, 'statement')} impacted`,
            (0,markdown/* plural */.LS)(counts.steps, 'step'),
        ];
        parts.push(`**${head.join(', ')}**${counts.destructive ? ` (${(0,markdown/* count */.U9)(counts.destructive)} destructive)` : ''}`);
    }
    else {
        parts.push('**No deployable changes**');
    }
    if (counts.noDeploy)
        parts.push(`${(0,markdown/* plural */.LS)(counts.noDeploy, 'table')} only reformatted or moved (no deploy)`);
    const range = [
        ...(plan.base !== null ? [`base ${(0,markdown/* codeSpan */.SS)(shortRef(plan.base), 60)}`] : []),
        ...(plan.head !== null ? [`head ${(0,markdown/* codeSpan */.SS)(shortRef(plan.head), 60)}`] : []),
    ].join(' → ');
    // The range description ends in the same short SHAs the line already shows.
    const described = range
        ? opts.commitRange?.replace(/\s*\([0-9a-f]{7,}\.\.[0-9a-f]{7,}\)$/, '')
        : opts.commitRange;
    const how = described ? (0,markdown/* markdownText */.p7)((0,markdown/* clip */.$Q)(described, 200)) : '';
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
        `> **This plan has ${(0,markdown/* plural */.LS)(errors.length, 'error')} and cannot be deployed:**`,
        ...errors.slice(0, MAX_ERRORS).map((e) => `> - ${problem(e, 500)}`),
    ];
    if (errors.length > MAX_ERRORS)
        lines.push(`> - _… ${(0,markdown/* plural */.LS)(errors.length - MAX_ERRORS, 'more error')} ${MORE_WHERE}_`);
    return lines;
}
function destructiveCallout(view) {
    const tables = view.destructiveTables;
    const names = tables
        .slice(0, MAX_DESTRUCTIVE_NAMES)
        .map((t) => (0,markdown/* codeSpan */.SS)(t, 100))
        .join(', ');
    const rest = tables.length > MAX_DESTRUCTIVE_NAMES ? ` and ${(0,markdown/* count */.U9)(tables.length - MAX_DESTRUCTIVE_NAMES)} more` : '';
    const n = view.counts.destructive;
    return [
        '> [!WARNING]',
        `> **${(0,markdown/* plural */.LS)(n, 'destructive step')}** ${n === 1 ? 'drops' : 'drop'} existing ${tables.length === 1 ? 'table' : 'tables'} and ${tables.length === 1 ? 'its topic' : 'their topics'}: ${names}${rest}. The deploy refuses ${n === 1 ? 'it' : 'them'} unless \`allow-destructive\` is set or the ${tables.length === 1 ? 'table is' : 'tables are'} listed in \`allowDestructive\`.`,
    ];
}
function problem(w, max) {
    return `**${(0,markdown/* markdownText */.p7)((0,markdown/* clip */.$Q)(w.code, 60))}**${w.table !== undefined ? ` ${(0,markdown/* codeSpan */.SS)(w.table, 100)}` : ''}: ${(0,markdown/* richText */.YD)(w.message, max)}`;
}
function changeRow(c) {
    const files = c.files
        .slice(0, 3)
        .map((f) => (0,markdown/* codeSpan */.SS)(f, 150))
        .join('<br>') + (c.files.length > 3 ? `<br>+${(0,markdown/* count */.U9)(c.files.length - 3)} more` : '');
    return (0,markdown/* row */.nM)([
        (0,markdown/* codeSpan */.SS)(c.table, 150),
        (0,markdown/* markdownText */.p7)((0,markdown/* clip */.$Q)(c.kind, 40)) + (NO_DEPLOY.has(c.kind) ? ' (no deploy)' : ''),
        c.detail ? (0,markdown/* richText */.YD)(c.detail, 200) : '—',
        files || '—',
    ]);
}
function nodeRow(view, n, i) {
    const renamed = n.deployedAs && n.deployedAs !== n.table ? ` → ${(0,markdown/* codeSpan */.SS)(n.deployedAs, 150)}` : '';
    const destructive = view.destructive.has(n.table) ? ' ⚠️' : '';
    return (0,markdown/* row */.nM)([
        (0,markdown/* count */.U9)(i + 1),
        (0,markdown/* codeSpan */.SS)(n.table, 150) + renamed,
        (0,markdown/* markdownText */.p7)((0,markdown/* clip */.$Q)(n.action, 40)) + destructive,
        (0,markdown/* richText */.YD)(n.reason, 300),
    ]);
}
function stepRow(view, s, i) {
    const from = offsetsFrom(s);
    let step = `${(0,markdown/* markdownText */.p7)((0,markdown/* clip */.$Q)(s.action, 40))} ${(0,markdown/* codeSpan */.SS)(s.table, 100)}`;
    if (from !== undefined)
        step += ` · from the offsets of ${(0,markdown/* codeSpan */.SS)(from, 100)}`;
    if (s.action === 'alter-table' && s.sql)
        step += ` · ${(0,markdown/* codeSpan */.SS)((0,markdown/* visible */.RK)(s.sql, ' ').replace(/\s+/g, ' '), 120)}`;
    const after = s.after
        .map((id) => view.stepNumber.get(id) ?? id)
        .sort((a, b) => (typeof a === 'number' && typeof b === 'number' ? a - b : typeof a === 'number' ? -1 : 1))
        .slice(0, 4)
        .map((n) => (typeof n === 'number' ? (0,markdown/* count */.U9)(n) : (0,markdown/* codeSpan */.SS)(n, 60)))
        .join(', ');
    return (0,markdown/* row */.nM)([
        (0,markdown/* count */.U9)(i + 1),
        (0,markdown/* count */.U9)(s.wave),
        step,
        (0,markdown/* codeSpan */.SS)(s.statement, 100),
        (after || '—') + (s.after.length > 4 ? ` +${(0,markdown/* count */.U9)(s.after.length - 4)} more` : ''),
        s.destructive ? '⚠️' : '',
    ]);
}
/** Last resort when even the shortest layout is too long: cut at a line, close what is open. */
function hardCut(body, maxChars) {
    const note = `\n\n_✂️ Comment cut at ${(0,markdown/* count */.U9)(maxChars)} characters; the full plan is ${MORE_WHERE}._\n`;
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


/***/ }),

/***/ 2495:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $Q: () => (/* binding */ clip),
/* harmony export */   LS: () => (/* binding */ plural),
/* harmony export */   PP: () => (/* binding */ tableHead),
/* harmony export */   RK: () => (/* binding */ visible),
/* harmony export */   SS: () => (/* binding */ codeSpan),
/* harmony export */   U9: () => (/* binding */ count),
/* harmony export */   YD: () => (/* binding */ richText),
/* harmony export */   nM: () => (/* binding */ row),
/* harmony export */   p7: () => (/* binding */ markdownText),
/* harmony export */   q: () => (/* binding */ hiddenJsonComment)
/* harmony export */ });
/* unused harmony exports htmlText, readHiddenJsonComment */
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
function readHiddenJsonComment(body, label) {
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


/***/ }),

/***/ 1359:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m6: () => (/* binding */ renderMermaid),
/* harmony export */   p7: () => (/* reexport safe */ _markdown_js__WEBPACK_IMPORTED_MODULE_0__.p7)
/* harmony export */ });
/* unused harmony export mermaidText */
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2495);

const SAFE = /^[A-Za-z0-9 _.,:()/-]$/;
/** Label text: line breaks and invisible or control characters made visible, then entity-encoded. */
function mermaidText(text) {
    let out = '';
    for (const ch of (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .visible */ .RK)(text))
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



/***/ })

};
