export const id = 641;
export const ids = [641];
export const modules = {

/***/ 5217:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W1: () => (/* binding */ configOf),
/* harmony export */   aE: () => (/* binding */ printDiagnostics),
/* harmony export */   be: () => (/* binding */ formatOf),
/* harmony export */   n5: () => (/* binding */ pipelinesOf)
/* harmony export */ });
/* harmony import */ var _config_load_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1036);
/* harmony import */ var _project_diagnostics_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8585);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(17);



function configOf(ctx) {
    return (0,_config_load_js__WEBPACK_IMPORTED_MODULE_0__/* .loadConfig */ .Z9)(ctx.values.config);
}
function pipelinesOf(ctx, config) {
    return ctx.values.pipelines ?? config.pipelines ?? 'pipelines';
}
function formatOf(ctx, allowed) {
    const format = (ctx.values.format ?? 'text');
    if (!allowed.includes(format)) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`--format ${format} is not supported here; use one of ${allowed.join(', ')}`);
    }
    return format;
}
function printDiagnostics(ctx, diagnostics) {
    if (!diagnostics.length)
        return;
    ctx.io.err.write((0,_project_diagnostics_js__WEBPACK_IMPORTED_MODULE_1__/* .sortDiagnostics */ .Ds)(diagnostics)
        .map((d) => (0,_project_diagnostics_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDiagnostic */ .xy)(d) + '\n')
        .join(''));
}


/***/ }),

/***/ 8849:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ isAllowedEndpoint)
/* harmony export */ });
/* unused harmony export isLoopbackHost */
/** Hosts that may be reached over plain http: localhost, 127.0.0.0/8 and ::1. */
function isLoopbackHost(hostname) {
    const h = hostname.replace(/^\[|\]$/g, '').toLowerCase();
    return h === 'localhost' || h === '::1' || /^127(\.\d{1,3}){3}$/.test(h);
}
/** https://, or http:// to a loopback address: credentials never travel in clear text elsewhere. */
function isAllowedEndpoint(url) {
    try {
        const u = new URL(url);
        return u.protocol === 'https:' || (u.protocol === 'http:' && isLoopbackHost(u.hostname));
    }
    catch {
        return false;
    }
}


/***/ }),

/***/ 1036:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cu: () => (/* binding */ DEFAULT_CONFIG_FILE),
/* harmony export */   Z9: () => (/* binding */ loadConfig),
/* harmony export */   o4: () => (/* binding */ parseConfig)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8815);
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(131);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(17);
/* harmony import */ var _util_files_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5787);





const DEFAULT_CONFIG_FILE = 'flink-pipeline.yaml';
/** Parses config text; every problem names the file, the line and the key. */
function parseConfig(path, text) {
    const lineCounter = new yaml__WEBPACK_IMPORTED_MODULE_1__/* .LineCounter */ .HN();
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .parseDocument */ .Tp)(text, { lineCounter, prettyErrors: false });
    if (doc.errors.length) {
        const e = doc.errors[0];
        const line = lineCounter.linePos(e.pos[0]).line;
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .y(`${path}:${line}: invalid YAML: ${e.message.split('\n')[0]}`);
    }
    const raw = doc.toJS() ?? {};
    const result = _schema_js__WEBPACK_IMPORTED_MODULE_2__/* .configSchema */ .Qn.safeParse(raw);
    if (result.success)
        return result.data;
    const messages = result.error.issues.map((issue) => {
        const keyPath = issue.path.map(String);
        let node = doc.getIn(keyPath, true);
        // For an unknown key, point at the key itself.
        if (issue.code === 'unrecognized_keys') {
            const parent = keyPath.length ? doc.getIn(keyPath, true) : doc.contents;
            const pair = (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isMap */ .jh)(parent)
                ? parent.items.find((p) => (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isScalar */ .jn)(p.key) && p.key.value === issue.keys[0])
                : undefined;
            node = pair?.key ?? parent;
            keyPath.push(...issue.keys);
        }
        const line = (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isNode */ .Ll)(node) && node.range ? lineCounter.linePos(node.range[0]).line : undefined;
        const key = keyPath.join('.') || '(top level)';
        const what = issue.code === 'unrecognized_keys'
            ? 'unknown key; check the spelling against the config reference'
            : issue.message;
        return `${path}${line ? `:${line}` : ''}: ${key}: ${what}`;
    });
    throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .y(messages.join('\n'));
}
/**
 * Loads the config file. An explicitly named file must exist; the default name is optional.
 */
function loadConfig(path) {
    const file = path ?? DEFAULT_CONFIG_FILE;
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(file)) {
        if (path)
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .y(`${path}: config file not found; pass an existing file to --config`);
        return {};
    }
    return parseConfig(file, (0,_util_files_js__WEBPACK_IMPORTED_MODULE_4__/* .readUserFile */ .E)(file, 'config file'));
}


/***/ }),

/***/ 131:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qn: () => (/* binding */ configSchema),
/* harmony export */   ft: () => (/* binding */ DURATION)
/* harmony export */ });
/* unused harmony export environmentSchema */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8816);
/* harmony import */ var _endpoint_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8849);


/** A timeout: seconds, or a number with a unit (`90s`, `20m`, `6h`, `500ms`). */
const DURATION = /^(\d+(?:\.\d+)?)\s*(ms|s|m|min|h)$/;
const duration = zod__WEBPACK_IMPORTED_MODULE_0__/* .union */ .KCZ([
    zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().positive(),
    zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().regex(DURATION, 'a duration such as 90s, 20m or 6h'),
]);
/** One Confluent Cloud target. Every key is documented: docs/config.md is generated from these. */
const environmentSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    restEndpoint: zod__WEBPACK_IMPORTED_MODULE_0__/* .url */ .OZ5({ protocol: /^https?$/ })
        .refine(_endpoint_js__WEBPACK_IMPORTED_MODULE_1__/* .isAllowedEndpoint */ .C, 'use https:// (http:// only for a loopback address such as the emulator)')
        .optional()
        .describe('Flink REST endpoint, https:// (http:// only for a loopback address such as the emulator); default https://flink.<region>.<cloud>.confluent.cloud'),
    cloudApiEndpoint: zod__WEBPACK_IMPORTED_MODULE_0__/* .url */ .OZ5({ protocol: /^https?$/ })
        .refine(_endpoint_js__WEBPACK_IMPORTED_MODULE_1__/* .isAllowedEndpoint */ .C, 'use https:// (http:// only for a loopback address such as the emulator)')
        .optional()
        .describe('Confluent Cloud API endpoint that the compute pool check before a deploy reads (fcpm/v2, with the Cloud API key in CONFLUENT_CLOUD_API_KEY and CONFLUENT_CLOUD_API_SECRET)'),
    cloud: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1).optional().describe('Cloud provider of the Flink region (aws, gcp, azure)'),
    region: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1).optional().describe('Cloud region of the Flink endpoint, e.g. us-east-1'),
    organizationId: zod__WEBPACK_IMPORTED_MODULE_0__/* .uuid */ .uRe().optional().describe('Confluent organization id (UUID)'),
    environmentId: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()
        .regex(/^env-[a-z0-9]+$/, 'must look like env-abc123')
        .optional()
        .describe('Confluent environment id'),
    computePoolId: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()
        .regex(/^lfcp-[a-z0-9]+$/, 'must look like lfcp-abc123')
        .optional()
        .describe('Default compute pool for statements'),
    computePools: zod__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().regex(/^lfcp-[a-z0-9]+$/, 'must look like lfcp-abc123'))
        .optional()
        .describe('Compute pool per product, overriding computePoolId'),
    principal: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1).optional().describe('Service account the statements run as, e.g. sa-123abc'),
    catalog: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()
        .min(1)
        .optional()
        .describe('sql.current-catalog of every statement: the environment, by id or display name'),
    database: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()
        .min(1)
        .optional()
        .describe('sql.current-database of every statement: the Kafka cluster, by id or display name; a deploy needs it when the SQL names tables without their database'),
    statementPrefix: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()
        .regex(/^[a-z0-9-]*$/, 'may hold only a-z, 0-9 and -')
        .optional()
        .describe('Prefix of every statement name'),
    properties: zod__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP())
        .optional()
        .describe('Statement properties added to every statement, e.g. sql.state-ttl'),
});
const configSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    pipelines: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1).optional().describe('The pipelines folder, relative to the repository root'),
    environment: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1).optional().describe('Default environment for plan, deploy and status'),
    environments: zod__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), environmentSchema).optional().describe('Named Confluent Cloud targets'),
    strategy: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['rebuild', 'blue-green'])
        .optional()
        .describe('How a table whose data must be rebuilt is replaced: drop and recreate, or a versioned copy'),
    allowDestructive: zod__WEBPACK_IMPORTED_MODULE_0__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY(), zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP())])
        .optional()
        .describe('Allow steps that drop tables: true, false, or a list of table names'),
    maxParallel: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().min(1).max(64).optional().describe('Statements deployed at once'),
    timeouts: zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
        create: duration
            .optional()
            .describe('How long a created statement may take to run (or complete, for DDL)'),
        stop: duration.optional().describe('How long a statement may take to stop'),
        resume: duration.optional().describe('How long a resumed statement may take to run again'),
        delete: duration.optional().describe('How long a deleted statement may take to disappear'),
        recreate: duration
            .optional()
            .describe('How long a CREATE right after a DROP of the same table is retried while the service says its topic is still being deleted'),
    })
        .optional()
        .describe('Deploy waits; a number is seconds, or write 90s, 20m, 6h'),
    externalTables: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP())
        .optional()
        .describe('Glob patterns of tables read but not defined in the repository (raw topics, CDC streams)'),
});


/***/ }),

/***/ 1924:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DG: () => (/* binding */ descendants),
/* harmony export */   LI: () => (/* binding */ topoOrder),
/* harmony export */   MP: () => (/* binding */ compareNames),
/* harmony export */   T1: () => (/* binding */ ancestors),
/* harmony export */   YW: () => (/* binding */ levelsByIdOrNull),
/* harmony export */   Yq: () => (/* binding */ topoLevels),
/* harmony export */   ZG: () => (/* binding */ buildGraph),
/* harmony export */   bg: () => (/* binding */ subgraph),
/* harmony export */   u8: () => (/* binding */ findCycle)
/* harmony export */ });
/* harmony import */ var _util_sorted_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(507);

/** Builds a graph from node names and (parent, child) edges; duplicate edges collapse. */
function buildGraph(names, edges) {
    // The default sort compares code units, as compareNames does, without a call per comparison.
    const sorted = [...new Set(names)].sort();
    const index = new Map();
    for (let i = 0; i < sorted.length; i++)
        index.set(sorted[i], i);
    // Plain arrays, deduplicated once at the end: a Set per node costs more than the edges.
    const parents = [];
    const children = [];
    for (let i = 0; i < sorted.length; i++) {
        parents.push([]);
        children.push([]);
    }
    for (const [parent, child] of edges) {
        const p = index.get(parent);
        const c = index.get(child);
        if (p === undefined || c === undefined) {
            throw new Error(`edge ${parent} -> ${child} names a node that is not in the graph`);
        }
        parents[c].push(p);
        children[p].push(c);
    }
    // Ids are assigned in name order, so sorting ids numerically sorts by name.
    for (const list of parents)
        (0,_util_sorted_js__WEBPACK_IMPORTED_MODULE_0__/* .sortUnique */ ._)(list);
    for (const list of children)
        (0,_util_sorted_js__WEBPACK_IMPORTED_MODULE_0__/* .sortUnique */ ._)(list);
    return { names: sorted, index, parents, children };
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
    const level = levelsById(g);
    const out = new Map();
    for (let i = 0; i < g.names.length; i++)
        out.set(g.names[i], level[i]);
    return out;
}
function levelsById(g) {
    const level = levelsByIdOrNull(g);
    if (!level)
        throw new Error('graph has a cycle');
    return level;
}
/**
 * Longest-path level by graph id, or null on a cycle: for callers that need a few thousand
 * levels of a large graph, where a map by name of every table costs more than the walk.
 */
function levelsByIdOrNull(g) {
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
    return queue.length === n ? level : null;
}
/** Names in dependency order: every table after all of its parents; ties by level then name. */
function topoOrder(g) {
    const level = levelsById(g);
    // Ids are in name order, so bucketing them by level in id order is the (level, name) sort.
    const byLevel = [];
    for (let i = 0; i < level.length; i++)
        (byLevel[level[i]] ??= []).push(i);
    const out = [];
    for (const ids of byLevel)
        if (ids)
            for (const i of ids)
                out.push(g.names[i]);
    return out;
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


/***/ }),

/***/ 3352:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  F: () => (/* binding */ baseName),
  a: () => (/* binding */ buildProject)
});

// EXTERNAL MODULE: ./src/sql/analyze.ts + 7 modules
var analyze = __webpack_require__(5917);
// EXTERNAL MODULE: ./src/graph/graph.ts
var graph_graph = __webpack_require__(1924);
// EXTERNAL MODULE: ./src/util/text.ts
var util_text = __webpack_require__(9997);
// EXTERNAL MODULE: ./src/project/layout.ts
var layout = __webpack_require__(6547);
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
function sameFiles(a, b) {
    return (a.folder === b.folder &&
        a.ddl === b.ddl &&
        a.dml === b.dml &&
        a.ddlProperties === b.ddlProperties &&
        a.dmlProperties === b.dmlProperties);
}
function folderTable(folder, pipelinesDir, analyzeFile) {
    const notes = [];
    const propertyNotes = [];
    const result = { folder, pipelinesDir, notes, propertyNotes };
    const analyze = (file) => {
        if (!file)
            return undefined;
        const analysis = analyzeFile(file);
        for (const issue of analysis.issues) {
            notes.push({
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
        propertyNotes.push(...d);
        return values;
    };
    const ddl = analyze(folder.ddl);
    const dml = analyze(folder.dml);
    const created = ddl && firstRef(ddl.analysis, CREATE_KINDS);
    const inserted = dml && firstRef(dml.analysis, WRITE_KINDS);
    if (!created && !inserted) {
        notes.push({
            severity: 'error',
            code: 'no-table-name',
            file: (folder.ddl ?? folder.dml)?.path ?? folder.folder,
            message: 'no CREATE TABLE/VIEW target in the DDL and no INSERT INTO target in the DML; the table name comes from one of them',
        });
        return result;
    }
    const name = baseName((created ?? inserted).name);
    if (created && inserted && baseName(inserted.name) !== name) {
        notes.push({
            severity: 'fatal',
            code: 'name-mismatch',
            file: dml.path,
            line: inserted.line,
            message: `the DML inserts into \`${inserted.name}\` but the DDL (${ddl.path}:${created.line}) creates \`${created.name}\`; make both name the same table`,
        });
    }
    if (!ddl) {
        notes.push({
            severity: 'notice',
            code: 'dml-without-ddl',
            file: dml.path,
            message: `table \`${name}\` has a DML file but no ddl.*.sql; the table must already exist where it is deployed`,
        });
    }
    else if (!dml &&
        ddl.analysis.statements.every((s) => s.kind === 'create-table' || s.kind === 'create-like')) {
        notes.push({
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
                    notes.push({
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
    const { type, product } = (0,layout/* classifyFolder */.h)(pipelinesDir, folder.folder);
    const setProps = { ...(dml?.analysis.properties ?? {}) };
    const fileProps = props(folder.dmlProperties);
    for (const [k, v] of Object.entries(fileProps)) {
        if (k in setProps && setProps[k] !== v) {
            propertyNotes.push({
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
    result.pending = {
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
    };
    return result;
}
/**
 * Builds the project model from table folders: pure, so the same code serves the working
 * tree, a git revision, and the benchmarks.
 */
function buildProject(input) {
    const diagnostics = [...(input.diagnostics ?? [])];
    const byName = new Map();
    const analyzeFile = input.analyze ?? ((file) => (0,analyze/* analyzeSql */.T)(file.text));
    const memo = input.memo;
    for (const folder of [...input.folders].sort((a, b) => (a.folder < b.folder ? -1 : 1))) {
        const key = (folder.ddl ?? folder.dml);
        let done = memo?.get(key);
        if (!done || done.pipelinesDir !== input.pipelinesDir || !sameFiles(done.folder, folder)) {
            done = folderTable(folder, input.pipelinesDir, analyzeFile);
            memo?.set(key, done);
        }
        diagnostics.push(...done.notes);
        if (!done.pending)
            continue;
        const { name } = done.pending.table;
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
        diagnostics.push(...done.propertyNotes);
        // Each project sets its own parents; the rest of the table is shared and never written.
        byName.set(name, { table: { ...done.pending.table, parents: [] }, sourceRefs: done.pending.sourceRefs });
    }
    const tables = new Map();
    for (const [name, p] of byName)
        tables.set(name, p.table);
    const declared = new Map((input.declaredExternals ?? []).map((d) => [d.name, d]));
    const expectedExternal = (0,util_text/* globMatcher */.fU)(input.externalTables ?? []);
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
                suggestions.set(parent, (0,util_text/* suggestName */.SX)(baseName(parent), byName.keys()));
            let suggestion = suggestions.get(parent);
            // The reading table itself is never the answer to "did you mean"; rare, so no cache.
            if (suggestion === name)
                suggestion = (0,util_text/* suggestName */.SX)(baseName(parent), [...byName.keys()].filter((n) => n !== name));
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
    const graph = (0,graph_graph/* buildGraph */.ZG)(tables.keys(), edges);
    const cycle = (0,graph_graph/* findCycle */.u8)(graph);
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


/***/ }),

/***/ 8585:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ds: () => (/* binding */ sortDiagnostics),
/* harmony export */   JD: () => (/* binding */ hasError),
/* harmony export */   vW: () => (/* binding */ hasFatal),
/* harmony export */   xy: () => (/* binding */ formatDiagnostic)
/* harmony export */ });
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


/***/ }),

/***/ 4512:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   We: () => (/* binding */ readTableFolders),
/* harmony export */   dN: () => (/* binding */ planTableFolders),
/* harmony export */   lE: () => (/* binding */ groupTableFolders)
/* harmony export */ });
/* harmony import */ var _layout_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6547);
/* harmony import */ var _metadata_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2120);


/**
 * Sorts the paths of a pipelines tree into table folders (shift_left's rule: `ddl.*` and
 * `dml.*` files in a `sql-scripts/` folder). Pure over the path list, so the working tree and
 * any git revision are read by the same rules, and a revision knows which blobs it needs
 * before it reads any.
 */
function planTableFolders(paths) {
    const plan = { folders: [], externalFiles: [], definitionFiles: [], diagnostics: [] };
    // In path order a folder's scripts are adjacent (they share the prefix `<folder>/sql-scripts/`),
    // so each folder is collected in one run: no map of folders, which large trees pay for.
    let folder;
    let roles = [];
    const close = () => {
        if (folder !== undefined)
            plan.folders.push({ folder, files: folderFiles(folder, roles, plan) });
    };
    for (const path of isSorted(paths) ? paths : [...paths].sort()) {
        const slash = path.lastIndexOf('/');
        const name = path.slice(slash + 1);
        if (name === _metadata_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFINITION_FILE */ .bq) {
            plan.definitionFiles.push(path);
            continue;
        }
        if (name === 'external_tables.json') {
            plan.externalFiles.push(path);
            continue;
        }
        const dir = path.slice(0, Math.max(slash, 0));
        if (!dir.endsWith('sql-scripts') || (dir.length > 11 && dir[dir.length - 12] !== '/'))
            continue;
        const role = (0,_layout_js__WEBPACK_IMPORTED_MODULE_0__/* .sqlScriptRole */ .e)(name);
        if (!role)
            continue;
        const at = dir.slice(0, Math.max(dir.length - 12, 0));
        if (at !== folder) {
            close();
            folder = at;
            roles = [];
        }
        const list = roles.find(([r]) => r === role)?.[1];
        if (list)
            list.push(path);
        else
            roles.push([role, [path]]);
    }
    close();
    return plan;
}
/** A folder's files by role, in the order met; a role with more than one file is reported and left out. */
function folderFiles(folder, roles, plan) {
    const files = [];
    for (const [role, paths] of roles) {
        if (paths.length > 1) {
            plan.diagnostics.push({
                severity: 'fatal',
                code: 'ambiguous-scripts',
                file: `${folder}/sql-scripts`,
                message: `more than one ${role} file: ${paths.map((f) => f.slice(f.lastIndexOf('/') + 1)).join(', ')}; keep one per table folder`,
            });
        }
        else
            files.push([role, paths[0]]);
    }
    return files;
}
/** Whether `paths` is already in `sort()` order, as listings usually are. */
function isSorted(paths) {
    for (let i = 1; i < paths.length; i++)
        if (paths[i - 1] > paths[i])
            return false;
    return true;
}
/** Reads the files a plan names; a folder whose DDL and DML cannot be read is left out. */
function readTableFolders(plan, read) {
    const out = {
        folders: [],
        definitionFiles: plan.definitionFiles,
        declaredExternals: [],
        diagnostics: [],
    };
    for (const path of plan.externalFiles)
        readDeclaredExternals(path, read, out);
    out.diagnostics.push(...plan.diagnostics);
    for (const { folder, files } of plan.folders) {
        const tf = { folder };
        for (const [role, path] of files) {
            const file = read(path);
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
/** Both steps at once, for a reader that can read any file (the working tree). */
function groupTableFolders(paths, read) {
    return readTableFolders(planTableFolders(paths), read);
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


/***/ }),

/***/ 6547:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ sqlScriptRole),
/* harmony export */   h: () => (/* binding */ classifyFolder)
/* harmony export */ });
/** Layer folder → table type (docs/project.md#project-layout); matched as a whole path component. */
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
/** Characters `toLowerCase` can change: ASCII capitals and anything beyond ASCII */
const HAS_UPPER = /[A-Z\u0080-\uffff]/;
/** shift_left's file-selection rule, made deterministic: `ddl.*`/`dml.*` SQL in `sql-scripts/`. */
function sqlScriptRole(fileName) {
    // Names are nearly always lower case already; a large tree asks for every file, several times.
    const lower = HAS_UPPER.test(fileName) ? fileName.toLowerCase() : fileName;
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


/***/ }),

/***/ 4137:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ loadProject),
/* harmony export */   r: () => (/* binding */ syncMetadata)
/* harmony export */ });
/* harmony import */ var _build_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3352);
/* harmony import */ var _metadata_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2120);
/* harmony import */ var _scan_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8284);
/* harmony import */ var _write_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4282);




/** Reads the working tree once and builds the project model from it. */
function loadProject(pipelinesPath, config) {
    const scan = (0,_scan_js__WEBPACK_IMPORTED_MODULE_1__/* .scanProject */ .vd)(pipelinesPath);
    const project = (0,_build_js__WEBPACK_IMPORTED_MODULE_0__/* .buildProject */ .a)({
        pipelinesDir: scan.pipelinesDir,
        folders: scan.folders,
        diagnostics: scan.diagnostics,
        externalTables: config.externalTables,
        declaredExternals: scan.declaredExternals,
    });
    return { scan, project };
}
/**
 * Brings the metadata files (docs/project.md#metadata-files) in line with the project: what `inventory` writes and
 * the action commits; with `check`, only says what differs.
 */
function syncMetadata(scan, project, check) {
    return (0,_write_js__WEBPACK_IMPORTED_MODULE_2__/* .syncFiles */ .f)(scan.root, (0,_metadata_js__WEBPACK_IMPORTED_MODULE_3__/* .renderMetadata */ .Sc)(project), (0,_metadata_js__WEBPACK_IMPORTED_MODULE_3__/* .metadataPaths */ .w1)(project), scan.definitionFiles, check);
}


/***/ }),

/***/ 2120:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NA: () => (/* binding */ refPath),
/* harmony export */   Sc: () => (/* binding */ renderMetadata),
/* harmony export */   bq: () => (/* binding */ DEFINITION_FILE),
/* harmony export */   w1: () => (/* binding */ metadataPaths)
/* harmony export */ });
/* unused harmony exports INVENTORY_FILE, renderInventory, renderDefinitions */
/**
 * The shift_left-compatible files (docs/project.md#metadata-files), rendered purely from the project model.
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


/***/ }),

/***/ 8284:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E4: () => (/* binding */ decodeSource),
/* harmony export */   Gn: () => (/* binding */ findRepoRoot),
/* harmony export */   qB: () => (/* binding */ isSkippedDir),
/* harmony export */   vd: () => (/* binding */ scanProject)
/* harmony export */ });
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4573);
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_buffer__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(17);
/* harmony import */ var _folders_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4512);





const SKIP_DIRS = new Set(['node_modules', '.git']);
const utf8 = new TextDecoder('utf-8', { fatal: true });
const latin1 = (bytes) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
/** The git work tree holding `dir`, else the folder above the pipelines folder. */
function findRepoRoot(dir) {
    for (let at = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(dir);;) {
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(at, '.git')))
            return at;
        const up = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(at);
        if (up === at)
            return (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(dir));
        at = up;
    }
}
const toRel = (root, abs) => (0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(root, abs).split(node_path__WEBPACK_IMPORTED_MODULE_2__.sep).join('/');
/** Decodes file bytes as UTF-8 (BOM dropped), or says on which line they stop being UTF-8. */
function decodeSource(path, bytes) {
    try {
        // Most SQL is ASCII, which is valid UTF-8 as it is: a vectorised check and a byte copy
        // decode it several times faster than the validating decoder.
        const text = (0,node_buffer__WEBPACK_IMPORTED_MODULE_0__.isAscii)(bytes) ? latin1(bytes) : utf8.decode(bytes);
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
    const absPipelines = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(pipelinesPath);
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(absPipelines) || !(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(absPipelines).isDirectory()) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .y(`${pipelinesPath}: pipelines folder not found; pass the folder that holds your table folders with --pipelines`);
    }
    const root = findRepoRoot(absPipelines);
    const realRoot = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.realpathSync)(root);
    const diagnostics = [];
    const paths = [];
    /** Repository-relative path as listed → absolute path to read */
    const locations = new Map();
    const visited = new Set();
    const inside = (real) => real === realRoot || real.startsWith(realRoot + node_path__WEBPACK_IMPORTED_MODULE_2__.sep);
    const walk = (listedAbs, realDir) => {
        if (visited.has(realDir))
            return;
        visited.add(realDir);
        for (const entry of (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readdirSync)(realDir, { withFileTypes: true })) {
            if (isSkippedDir(entry.name))
                continue;
            const listed = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(listedAbs, entry.name);
            let real = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(realDir, entry.name);
            let isDir = entry.isDirectory();
            let isFile = entry.isFile();
            if (entry.isSymbolicLink()) {
                try {
                    real = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.realpathSync)(real);
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
                const st = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(real);
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
    walk(absPipelines, (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.realpathSync)(absPipelines));
    const read = (path) => {
        let bytes;
        try {
            bytes = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(locations.get(path));
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
    const listing = (0,_folders_js__WEBPACK_IMPORTED_MODULE_4__/* .groupTableFolders */ .lE)(paths, read);
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


/***/ }),

/***/ 4282:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ syncFiles),
/* harmony export */   t: () => (/* binding */ isInSync)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _metadata_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2120);



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
        const abs = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, path);
        // The scan listed every existing definition file: don't probe the disk for the others.
        let current;
        if (existing.has(path) || !path.endsWith(_metadata_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFINITION_FILE */ .bq)) {
            try {
                current = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(abs, 'utf8');
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
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, path), { force: true });
    }
    for (const list of [result.created, result.updated, result.deleted])
        list.sort();
    return result;
}
/** Table folders exist already; create the folder only when the write says it is missing. */
function writeCreatingFolder(abs, content) {
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(abs, content);
    }
    catch (e) {
        if (e.code !== 'ENOENT')
            throw e;
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(abs), { recursive: true });
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(abs, content);
    }
}


/***/ }),

/***/ 5787:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ readUserFile)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(17);


/** Reads a file the user named; a failure is one line naming the file and what it is for. */
function readUserFile(path, what) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8');
    }
    catch (e) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`${path}: cannot read the ${what} (${e.code ?? 'error'})`);
    }
}


/***/ }),

/***/ 9997:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SX: () => (/* binding */ suggestName),
/* harmony export */   fU: () => (/* binding */ globMatcher)
/* harmony export */ });
/* unused harmony export editDistance */
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


/***/ })

};
