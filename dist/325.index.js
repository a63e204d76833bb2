export const id = 325;
export const ids = [325];
export const modules = {

/***/ 2325:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   analyzeCommand: () => (/* binding */ analyzeCommand)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _sql_analyze_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5917);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(17);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5217);




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
function text(r) {
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
    const format = (0,_context_js__WEBPACK_IMPORTED_MODULE_3__/* .formatOf */ .be)(ctx, ['text', 'json']);
    if (!ctx.positionals.length)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y('analyze: name at least one SQL file');
    const results = [];
    let failed = false;
    for (const file of ctx.positionals) {
        let sql;
        try {
            sql = utf8.decode((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file));
        }
        catch (e) {
            const code = e.code;
            ctx.io.err.write(`${file}: error: ${code ? `cannot read the file (${code})` : 'the file is not valid UTF-8; save it as UTF-8'}\n`);
            failed = true;
            continue;
        }
        const r = fileResult(file, (0,_sql_analyze_js__WEBPACK_IMPORTED_MODULE_1__/* .analyzeSql */ .T)(sql));
        if (r.issues.some((i) => i.severity === 'error'))
            failed = true;
        results.push(r);
        if (format === 'text') {
            ctx.io.out.write(text(r));
        }
    }
    if (format === 'json') {
        const value = ctx.positionals.length === 1 ? (results[0] ?? null) : results;
        ctx.io.out.write(JSON.stringify(value, null, 2) + '\n');
    }
    return failed ? 1 : 0;
}


/***/ }),

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


/***/ })

};
