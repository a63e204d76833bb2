export const id = 454;
export const ids = [454];
export const modules = {

/***/ 5217:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K7: () => (/* binding */ checkOutPath),
/* harmony export */   W1: () => (/* binding */ configOf),
/* harmony export */   aE: () => (/* binding */ printDiagnostics),
/* harmony export */   be: () => (/* binding */ formatOf),
/* harmony export */   n5: () => (/* binding */ pipelinesOf)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _config_load_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1036);
/* harmony import */ var _project_diagnostics_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8585);
/* harmony import */ var _project_scan_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8284);
/* harmony import */ var _project_undeclared_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6348);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(17);







function configOf(ctx) {
    if (ctx.values.config !== undefined)
        (0,_project_scan_js__WEBPACK_IMPORTED_MODULE_4__/* .requireInsideRepository */ .O2)(ctx.values.config, '--config');
    return (0,_config_load_js__WEBPACK_IMPORTED_MODULE_2__/* .loadConfig */ .Z9)(ctx.values.config);
}
function pipelinesOf(ctx, config) {
    const pipelines = ctx.values.pipelines ?? config.pipelines ?? 'pipelines';
    (0,_project_scan_js__WEBPACK_IMPORTED_MODULE_4__/* .requireInsideRepository */ .O2)(pipelines, ctx.values.pipelines !== undefined ? '--pipelines' : 'pipelines in the config');
    return pipelines;
}
function formatOf(ctx, allowed) {
    const format = (ctx.values.format ?? 'text');
    if (!allowed.includes(format)) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .UserError */ .y(`--format ${format} is not supported here; use one of ${allowed.join(', ')}`);
    }
    return format;
}
/** Prints findings to stderr; the per-table list behind a summary line only with --verbose. */
function printDiagnostics(ctx, diagnostics) {
    const shown = ctx.values.verbose
        ? diagnostics
        : diagnostics.filter((d) => d.code !== _project_undeclared_js__WEBPACK_IMPORTED_MODULE_5__/* .UNDECLARED_EXTERNAL */ .cc || d.severity !== 'notice');
    if (!shown.length)
        return;
    ctx.io.err.write((0,_project_diagnostics_js__WEBPACK_IMPORTED_MODULE_3__/* .sortDiagnostics */ .Ds)(shown)
        .map((d) => (0,_project_diagnostics_js__WEBPACK_IMPORTED_MODULE_3__/* .formatDiagnostic */ .xy)(d) + '\n')
        .join(''));
}
/**
 * `--out FILE` can be written: its folder exists and is writable, and the file, when it
 * exists, is a writable file. Checked before anything runs, so a deploy never runs for nothing.
 */
function checkOutPath(command, path) {
    if (path === undefined)
        return;
    const abs = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(path);
    const problem = () => {
        try {
            const st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(abs);
            if (st.isDirectory())
                return 'is a folder, not a file';
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.accessSync)(abs, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.W_OK);
            return undefined;
        }
        catch (e) {
            const code = e.code;
            if (code === 'EACCES' || code === 'EPERM')
                return 'cannot be written (permission denied)';
            if (code !== 'ENOENT')
                return `cannot be used (${code})`;
        }
        try {
            if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(abs)).isDirectory())
                return `${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(path)} is not a folder`;
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.accessSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(abs), node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.W_OK);
            return undefined;
        }
        catch (e) {
            const code = e.code;
            if (code === 'ENOENT')
                return `the folder ${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(path)} does not exist`;
            if (code === 'EACCES' || code === 'EPERM')
                return `the folder ${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(path)} cannot be written`;
            return `cannot be used (${code})`;
        }
    };
    const why = problem();
    if (why)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .UserError */ .y(`${command}: --out ${path}: ${why}; pass a file in an existing, writable folder`);
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
        // project/snapshot-mode.ts: a snapshot query reads its tables once and ends
        .refine((p) => Object.entries(p).every(([k, v]) => k.trim().toLowerCase() !== 'sql.snapshot.mode' || v.trim() === 'off'), "sql.snapshot.mode would make every statement a snapshot query that reads its tables once and ends; pipeline statements must run continuously: remove it (or set 'off')")
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
        lease: duration
            .optional()
            .describe('How long a deploy waits while another deploy of the environment holds its lease'),
    })
        .optional()
        .describe('Deploy waits; a number is seconds, or write 90s, 20m, 6h'),
    externalTables: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP())
        .optional()
        .describe('Glob patterns of tables read but not defined in the repository (raw topics, CDC streams)'),
    scalarFunctions: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1))
        .optional()
        .describe('User-defined functions known to be scalar (case is ignored); a query calling any other unknown function in its SELECT list without GROUP BY counts as stateful, since it may aggregate. Applies to analyze, inventory and plan'),
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
/** Code-unit order: the same on every machine, whatever its locale (localeCompare is not). */
const byCodeUnits = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
function sortDiagnostics(list) {
    return [...list].sort((a, b) => rank[a.severity] - rank[b.severity] ||
        byCodeUnits(a.file ?? '', b.file ?? '') ||
        (a.line ?? 0) - (b.line ?? 0) ||
        byCodeUnits(a.message, b.message));
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
/* harmony import */ var _metadata_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2492);


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

/***/ 2492:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  bq: () => (/* binding */ DEFINITION_FILE),
  w1: () => (/* binding */ metadataPaths),
  NA: () => (/* binding */ refPath),
  Sc: () => (/* binding */ renderMetadata)
});

// UNUSED EXPORTS: INVENTORY_FILE, renderDefinitions, renderInventory

;// CONCATENATED MODULE: ./src/util/arena.ts
/**
 * Strings encoded as UTF-8 one after another into large buffers, each piece a view of its
 * bytes. A buffer per piece of a kilobyte or two took it from Node's 8 kB pool, and making the
 * pools cost more than the encoding when 10,000 tables render their metadata. A piece stays
 * valid as long as it is held: a full buffer is left to its pieces, never reused.
 */
class Utf8Arena {
    size;
    buf;
    at = 0;
    constructor(size = 1 << 20) {
        this.size = size;
        this.buf = Buffer.allocUnsafe(size);
    }
    put(s) {
        // A UTF-16 code unit takes at most 3 bytes in UTF-8 (a surrogate pair: 4 for 2 units).
        const room = s.length * 3;
        if (this.at + room > this.buf.length) {
            this.buf = Buffer.allocUnsafe(Math.max(this.size, room));
            this.at = 0;
        }
        const n = this.buf.write(s, this.at);
        const piece = this.buf.subarray(this.at, this.at + n);
        this.at += n;
        return piece;
    }
}

;// CONCATENATED MODULE: ./src/project/metadata.ts

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
/**
 * The files are written by hand rather than with `JSON.stringify(value, null, 3)`: the same
 * bytes (tests compare both), several times faster on 10,000 tables. Strings go through
 * JSON.stringify, which escapes them exactly as it would inside an object.
 */
const str = JSON.stringify;
const nullable = (s) => (s === null ? 'null' : str(s));
function complexityType(t) {
    const j = t.joins;
    const total = j.regular + j.left + j.right + j.inner + j.outer;
    return total <= 2 ? 'Simple' : total <= 4 ? 'Medium' : 'Complex';
}
/** The fields shift_left's inventory and definitions share; each line starts with `nl`. */
function refFields(project, t, nl) {
    const ref = (p) => str(p ? refPath(project.pipelinesDir, p) : '');
    return (`${nl}"table_name": ${str(t.name)},` +
        `${nl}"product_name": ${str(t.product)},` +
        `${nl}"type": ${str(t.type)},` +
        `${nl}"dml_ref": ${ref(t.dml?.path)},` +
        `${nl}"ddl_ref": ${ref(t.ddl?.path)},`);
}
/**
 * A table's definition entry with empty `parents` and `children`; `nl` starts each line after
 * the first (a newline and the entry's own indentation).
 */
function entryText(project, t, nl) {
    const j = t.joins;
    const field = `${nl}   `;
    const inner = `${nl}      `;
    return ('{' +
        refFields(project, t, field) +
        `${field}"path": ${str(refPath(project.pipelinesDir, t.folder))},` +
        `${field}"kafka_topic": ${nullable(t.kafkaTopic)},` +
        `${field}"complexity": {` +
        `${inner}"number_of_regular_joins": ${j.regular},` +
        `${inner}"number_of_left_joins": ${j.left},` +
        `${inner}"number_of_right_joins": ${j.right},` +
        `${inner}"number_of_inner_joins": ${j.inner},` +
        `${inner}"number_of_outer_joins": ${j.outer},` +
        `${inner}"complexity_type": "${complexityType(t)}",` +
        `${inner}"state_form": "${t.stateful ? 'Stateful' : 'Stateless'}"` +
        `${field}},` +
        `${field}"parents": [],` +
        `${field}"children": []` +
        `${nl}}`);
}
/** Whether JSON.stringify would put `key` first, as an array index (`0`, `42`, not `01`). */
const isIndex = (key) => /^(?:0|[1-9]\d*)$/.test(key) && Number(key) < 4294967295;
function renderInventory(project) {
    const names = [...project.tables.keys()].sort();
    // An object lists array-index keys first, in numeric order, then the others as inserted.
    const indexes = names.filter(isIndex).sort((a, b) => Number(a) - Number(b));
    const ordered = indexes.length ? [...indexes, ...names.filter((n) => !isIndex(n))] : names;
    if (!ordered.length)
        return '{}\n';
    const parts = ordered.map((name) => {
        const t = project.tables.get(name);
        return (`   ${str(name)}: {` +
            refFields(project, t, '\n      ') +
            `\n      "table_folder_name": ${str(refPath(project.pipelinesDir, t.folder))},` +
            `\n      "kafka_topic": ${nullable(t.kafkaTopic)}` +
            '\n   }');
    });
    return `{\n${parts.join(',\n')}\n}\n`;
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
 * One `pipeline_definition.json` per table folder, as UTF-8 bytes in pieces, rendered lazily
 * so a 10,000-table project never holds every file at once. Each table's neighbour entry is
 * encoded once and shared by every file that embeds it (42 MB of definitions at 10,000
 * tables are never built, as strings or joined): the pieces in order are the bytes
 * `JSON.stringify(def, null, 3)` gives.
 */
function* renderDefinitions(project) {
    const { graph } = project;
    const table = (id) => project.tables.get(graph.names[id]);
    // Inside `"parents": [` an entry sits two levels (6 spaces) deeper.
    const arena = new Utf8Arena();
    const nested = new Array(graph.names.length);
    const nestedEntry = (id) => (nested[id] ??= arena.put(entryText(project, table(id), '\n      ')));
    const open = Buffer.from('[\n      ');
    const between = Buffer.from(',\n      ');
    const close = Buffer.from('\n   ]');
    const empty = Buffer.from('[]');
    const children = Buffer.from(',\n   "children": ');
    const end = Buffer.from('\n}\n');
    let pieces = [];
    const list = (ids) => {
        if (!ids.length)
            return void pieces.push(empty);
        pieces.push(open);
        ids.forEach((id, i) => {
            if (i)
                pieces.push(between);
            pieces.push(nestedEntry(id));
        });
        pieces.push(close);
    };
    for (const t of project.tables.values()) {
        if (t.external)
            continue;
        const id = graph.index.get(t.name);
        // The entry ends with `"parents": [],\n   "children": []\n}`; replace that tail.
        const text = entryText(project, t, '\n');
        pieces = [];
        pieces.push(arena.put(`${text.slice(0, text.lastIndexOf('"parents": []'))}"parents": `));
        list(graph.parents[id]);
        pieces.push(children);
        list(graph.children[id]);
        pieces.push(end);
        yield [definitionPath(t), pieces];
    }
}
/** Every generated file of the project, repository-relative path → UTF-8 bytes, rendered lazily. */
function* renderMetadata(project) {
    yield [`${project.pipelinesDir}/${INVENTORY_FILE}`, Buffer.from(renderInventory(project))];
    yield* renderDefinitions(project);
}


/***/ }),

/***/ 8284:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E4: () => (/* binding */ decodeSource),
/* harmony export */   Gn: () => (/* binding */ findRepoRoot),
/* harmony export */   O2: () => (/* binding */ requireInsideRepository),
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
/** The git work tree holding `dir`, or undefined when there is none. */
function gitWorkTree(dir) {
    for (let at = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(dir);;) {
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(at, '.git')))
            return at;
        const up = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(at);
        if (up === at)
            return undefined;
        at = up;
    }
}
/** Whether the real path `real` is `root` or below it. */
const isInside = (root, real) => real === root || real.startsWith(root.endsWith(node_path__WEBPACK_IMPORTED_MODULE_2__.sep) ? root : root + node_path__WEBPACK_IMPORTED_MODULE_2__.sep);
/** `path` with its links resolved as far as it exists. */
function realPath(path) {
    const abs = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(path);
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.realpathSync)(abs);
    }
    catch {
        return abs;
    }
}
/**
 * Refuses a path given by a setting (`--pipelines`, `--config`, the config's `pipelines`, an
 * action input) that leads outside the repository the tool runs in: the git work tree
 * holding `cwd`. A pull request may edit the config, and the tool writes metadata into the
 * pipelines folder and commits it, so nothing outside the checkout may be read or written.
 * Without a work tree around `cwd` there is nothing to check against.
 */
function requireInsideRepository(path, setting, cwd = process.cwd()) {
    const tree = gitWorkTree(cwd);
    if (tree === undefined)
        return;
    const root = realPath(tree);
    if (isInside(root, realPath((0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(cwd, path))))
        return;
    throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .y(`${setting} "${path}" leads outside the repository (${tree}); name a path inside the repository`, 1);
}
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
    const realPipelines = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.realpathSync)(absPipelines);
    // The pipelines folder itself may be a link: what it leads to must be in the repository too.
    if (!isInside(realRoot, realPipelines)) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .y(`${pipelinesPath}: the pipelines folder leads outside the repository (${root}); name a folder inside the repository`, 1);
    }
    const diagnostics = [];
    const paths = [];
    /** Repository-relative path as listed → absolute path to read */
    const locations = new Map();
    /** Real folder → the repository-relative path it was listed under first */
    const visited = new Map();
    const inside = (real) => isInside(realRoot, real);
    // Paths are built by appending names to the listed folder's relative path: `join` and
    // `relative` per entry cost a tenth of a 10,000-table scan and most of its garbage.
    const below = (dir, name) => (dir ? `${dir}/${name}` : name);
    const realBelow = (dir, name) => (dir.endsWith(node_path__WEBPACK_IMPORTED_MODULE_2__.sep) ? dir + name : dir + node_path__WEBPACK_IMPORTED_MODULE_2__.sep + name);
    const walk = (listedRel, realDir) => {
        const first = visited.get(realDir);
        if (first !== undefined) {
            // Two links (or a link and the folder) lead to one folder: its tables would be defined twice.
            diagnostics.push({
                severity: 'fatal',
                code: 'link-duplicate',
                file: listedRel,
                message: `symbolic link to the folder already read as ${first || '.'}: its tables would be defined twice; remove the link`,
            });
            return;
        }
        visited.set(realDir, listedRel);
        for (const entry of (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readdirSync)(realDir, { withFileTypes: true })) {
            if (isSkippedDir(entry.name))
                continue;
            const listed = below(listedRel, entry.name);
            let real = realBelow(realDir, entry.name);
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
                        file: listed,
                        message: 'symbolic link to a missing target; fix or remove it',
                    });
                    continue;
                }
                if (!inside(real)) {
                    diagnostics.push({
                        severity: 'fatal',
                        code: 'link-outside-repo',
                        file: listed,
                        message: 'symbolic link leads outside the repository and is refused; copy the files into the repository instead',
                    });
                    continue;
                }
                const st = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(real);
                isDir = st.isDirectory();
                isFile = st.isFile();
                // A folder link into the pipelines folder shows its tables a second time, under
                // another path: whichever path were read first would own the table and its metadata.
                if (isDir && isInside(realPipelines, real)) {
                    diagnostics.push({
                        severity: 'fatal',
                        code: 'link-duplicate',
                        file: listed,
                        message: `symbolic link to ${toRel(realRoot, real) || '.'}, which is already in the pipelines folder: its tables would be defined twice; remove the link`,
                    });
                    continue;
                }
            }
            if (isDir)
                walk(listed, real);
            else if (isFile) {
                paths.push(listed);
                locations.set(listed, real);
            }
        }
    };
    const pipelinesDir = toRel(root, absPipelines);
    walk(pipelinesDir, realPipelines);
    const read = (path) => {
        let bytes;
        try {
            bytes = readWhole(locations.get(path));
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
        pipelinesDir: pipelinesDir || '.',
    };
}
/** Grows to the largest file read; the decoded text is a copy, so one buffer serves every file. */
let scratch = Buffer.allocUnsafe(1 << 16);
/**
 * A file's bytes, valid until the next call: open, read until the end, close. No stat and no
 * buffer per file (`readFileSync` does both), which is a third of a 10,000-table scan.
 */
function readWhole(abs) {
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.openSync)(abs, 'r');
    try {
        let n = 0;
        for (;;) {
            if (n === scratch.length) {
                const bigger = Buffer.allocUnsafe(scratch.length * 2);
                scratch.copy(bigger, 0, 0, n);
                scratch = bigger;
            }
            // A read may return fewer bytes than asked before the end of the file.
            const got = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readSync)(fd, scratch, n, scratch.length - n, null);
            if (got === 0)
                return scratch.subarray(0, n);
            n += got;
        }
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(fd);
    }
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

/***/ 6348:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a3: () => (/* binding */ summariseUndeclared),
/* harmony export */   cc: () => (/* binding */ UNDECLARED_EXTERNAL)
/* harmony export */ });
/* unused harmony export externalPatterns */
/* harmony import */ var _util_text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9997);

/**
 * Tables read but neither defined nor declared external. Real projects read hundreds of raw
 * topics this way, so beyond a few they are reported as one warning (how many, the first
 * names, and the `externalTables` line that would declare them) plus one notice per table,
 * which the command line prints only with --verbose and the JSON output always carries. A
 * few are simply one warning each, at the file and line that reads them.
 */
/** Code of the per-table finding (the full list). */
const UNDECLARED_EXTERNAL = 'undeclared-external';
/** Up to this many undeclared tables are warned about one by one; more get a summary. */
const SHOWN_NAMES = 5;
/** Patterns shown in the suggested config line. */
const SHOWN_PATTERNS = 8;
const SEPARATORS = new Set(['_', '.', '-']);
/** Every prefix of `name` that ends at a separator: `raw_orders_v2` → `raw_`, `raw_orders_`. */
function separatorPrefixes(name) {
    const out = [];
    for (let i = 1; i < name.length - 1; i++)
        if (SEPARATORS.has(name[i]))
            out.push(name.slice(0, i + 1));
    return out;
}
const yamlQuoted = (s) => `'${s.replaceAll("'", "''")}'`;
/**
 * `externalTables` patterns that match every one of `names` and no `defined` name: a glob
 * `prefix*` for names sharing a prefix (up to a separator) that no defined table starts with,
 * since a glob over defined names would also hide typos of them; the name itself otherwise.
 */
function externalPatterns(names, defined) {
    const taken = new Set();
    for (const d of defined)
        for (const p of separatorPrefixes(d))
            taken.add(p);
    const groups = new Map();
    for (const name of names) {
        const prefix = separatorPrefixes(name).find((p) => !taken.has(p));
        const key = prefix ?? name;
        const group = groups.get(key);
        if (group)
            group.names.push(name);
        else
            groups.set(key, { names: [name], glob: prefix !== undefined });
    }
    return [...groups]
        .sort((a, b) => b[1].names.length - a[1].names.length || (a[0] < b[0] ? -1 : 1))
        .map(([key, g]) => (g.glob && g.names.length > 1 ? `${key}*` : g.names[0]));
}
/**
 * Reports the undeclared tables: `notes` (one warning per table) stay warnings when there are
 * at most SHOWN_NAMES names; otherwise they become notices behind the returned summary.
 */
function summariseUndeclared(notes, names, defined, pipelinesDir, bare) {
    if (names.length <= SHOWN_NAMES)
        return undefined;
    for (const note of notes)
        note.severity = 'notice';
    return undeclaredSummary(names, defined, pipelinesDir, bare);
}
/**
 * The summary warning for the undeclared names (as read, sorted); `defined` are the table
 * names of the project, `bare` gives the name a pattern must match (the last dotted part).
 */
function undeclaredSummary(names, defined, pipelinesDir, bare) {
    const patterns = externalPatterns([...new Set(names.map(bare))], defined);
    const shown = names.slice(0, SHOWN_NAMES).map((n) => `\`${n}\``);
    const more = names.length - shown.length;
    const list = patterns.slice(0, SHOWN_PATTERNS).map(yamlQuoted);
    if (patterns.length > SHOWN_PATTERNS)
        list.push('…');
    const tables = names.length === 1 ? '1 table is' : `${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_0__/* .count */ .U9)(names.length)} tables are`;
    return {
        severity: 'warning',
        code: 'undeclared-externals',
        message: `${tables} read but neither defined under ${pipelinesDir}/ nor declared external: ` +
            `${shown.join(', ')}${more ? ` and ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_0__/* .count */ .U9)(more)} more` : ''}; they are treated as external tables. ` +
            `To declare them, add to flink-pipeline.yaml: externalTables: [${list.join(', ')}] ` +
            `(--verbose lists each with its file and line)`,
    };
}


/***/ }),

/***/ 2838:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ scalarFunctions)
/* harmony export */ });
/** Names match without regard to case, as Flink resolves function names. */
function scalarFunctions(names) {
    const set = new Set((names ?? []).map((n) => n.toUpperCase()));
    return {
        key: [...set].sort().join(','),
        covers: (r) => !!r.functions && set.size > 0 && r.functions.every((f) => set.has(f.toUpperCase())),
    };
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
/* harmony export */   SJ: () => (/* binding */ NameIndex),
/* harmony export */   SX: () => (/* binding */ suggestName),
/* harmony export */   U9: () => (/* binding */ count),
/* harmony export */   fU: () => (/* binding */ globMatcher)
/* harmony export */ });
/* unused harmony exports MAX_TYPO_EDITS, typoBound, editDistance */
/**
 * "Did you mean" suggestions. A suggestion is offered only for a plausible typo: at most
 * MAX_TYPO_EDITS edits (one letter wrong, missing or extra, or two letters swapped) and at
 * most one edit per five characters, so short names never match unrelated short names.
 */
const MAX_TYPO_EDITS = 2;
/** The largest edit distance at which a candidate counts as a typo of `name`. */
function typoBound(name) {
    return Math.min(MAX_TYPO_EDITS, Math.max(1, Math.floor(name.length / 5)));
}
// Two reusable rows: the distance runs once per candidate a lookup cannot rule out.
let prevRow = new Int32Array(64);
let curRow = new Int32Array(64);
/**
 * Levenshtein distance of `a` and `b` when it is at most `max`, else `max + 1`. Only the band
 * of cells within `max` of the diagonal is computed, and a row whose cells all exceed `max`
 * ends the computation.
 */
function editDistance(a, b, max) {
    const la = a.length;
    const lb = b.length;
    const over = max + 1;
    if (max < 0 || Math.abs(la - lb) > max)
        return over;
    if (prevRow.length < lb + 2) {
        prevRow = new Int32Array(lb + 2);
        curRow = new Int32Array(lb + 2);
    }
    let prev = prevRow;
    let cur = curRow;
    for (let j = 0; j <= lb; j++)
        prev[j] = j <= max ? j : over;
    prev[lb + 1] = over;
    for (let i = 1; i <= la; i++) {
        const lo = i - max > 1 ? i - max : 1;
        const hi = i + max < lb ? i + max : lb;
        cur[0] = i <= max ? i : over;
        if (lo > 1)
            cur[lo - 1] = over;
        let rowMin = cur[0];
        const ca = a.charCodeAt(i - 1);
        for (let j = lo; j <= hi; j++) {
            let v = prev[j - 1] + (ca === b.charCodeAt(j - 1) ? 0 : 1);
            if (prev[j] + 1 < v)
                v = prev[j] + 1;
            if (cur[j - 1] + 1 < v)
                v = cur[j - 1] + 1;
            if (v > over)
                v = over;
            cur[j] = v;
            if (v < rowMin)
                rowMin = v;
        }
        // The next row reads one cell right of this band: outside it, so over the bound.
        if (hi < lb)
            cur[hi + 1] = over;
        if (rowMin > max)
            return over;
        const t = prev;
        prev = cur;
        cur = t;
    }
    return prev[lb] <= max ? prev[lb] : over;
}
/** One more piece than edits: a name within the bound keeps at least one piece intact. */
const PIECES = MAX_TYPO_EDITS + 1;
/** Start of piece `i` of a name of `length` characters; piece `i` ends where `i + 1` starts. */
function pieceStart(length, i) {
    const base = Math.floor(length / PIECES);
    const shorter = PIECES - (length % PIECES); // the first `shorter` pieces have `base` characters
    return i <= shorter ? i * base : shorter * base + (i - shorter) * (base + 1);
}
/**
 * Names to suggest from, indexed for many lookups. Each name is cut into PIECES pieces; a
 * name within the typo bound of the query keeps at least one piece intact (each edit touches
 * one piece), found in the query shifted by the edits before it: as many edits are needed
 * before the piece as it is shifted, and after it as the rest of the length difference, so
 * the shifts to try are few. A lookup lists the pieces of names of each possible length that
 * occur in the query at those places, and computes the distance only for those names: a
 * handful, however many names there are. The index is built on the first lookup, so a
 * project whose names all resolve never pays.
 */
class NameIndex {
    /** Edit distances computed so far (what a lookup costs; tests read it) */
    comparisons = 0;
    source;
    names = [];
    lower = [];
    /** (length * PIECES + piece number) → piece text → ids of the names with that piece there */
    pieceIndex = new Map();
    /** Names shorter than PIECES characters, which have empty pieces */
    short = [];
    /** Per name, the lookup that last considered it (so each is compared once per lookup) */
    seen = new Uint32Array(0);
    lookup = 0;
    best = null;
    bestDistance = 0;
    /** `names` is read on the first lookup. */
    constructor(names) {
        this.source = names;
    }
    build() {
        this.names = [...this.source];
        this.source = undefined;
        this.seen = new Uint32Array(this.names.length);
        for (let id = 0; id < this.names.length; id++) {
            const low = this.names[id].toLowerCase();
            this.lower.push(low);
            const n = low.length;
            if (n < PIECES) {
                this.short.push(id);
                continue;
            }
            for (let i = 0; i < PIECES; i++) {
                const key = n * PIECES + i;
                let byText = this.pieceIndex.get(key);
                if (!byText)
                    this.pieceIndex.set(key, (byText = new Map()));
                const text = low.slice(pieceStart(n, i), pieceStart(n, i + 1));
                const ids = byText.get(text);
                if (ids)
                    ids.push(id);
                else
                    byText.set(text, [id]);
            }
        }
    }
    consider(id, query, max, exclude) {
        if (this.seen[id] === this.lookup)
            return;
        this.seen[id] = this.lookup;
        const candidate = this.names[id];
        if (candidate === exclude)
            return;
        this.comparisons++;
        const d = editDistance(query, this.lower[id], Math.min(max, this.bestDistance));
        if (d < this.bestDistance || (d === this.bestDistance && this.best !== null && candidate < this.best)) {
            this.best = candidate;
            this.bestDistance = d;
        }
    }
    /**
     * The closest name to `name` (case-insensitive) within its typo bound, the first in code
     * unit order among equally close ones; `exclude` is never the answer.
     */
    suggest(name, exclude) {
        if (this.source)
            this.build();
        const max = typoBound(name);
        const query = name.toLowerCase();
        const n = query.length;
        this.lookup++;
        this.best = null;
        this.bestDistance = max + 1;
        if (n - max < PIECES)
            for (const id of this.short)
                this.consider(id, query, max, exclude);
        for (let len = Math.max(PIECES, n - max); len <= n + max; len++) {
            // Shift d of an intact piece: |d| edits before it, |n - len - d| after it, at most max.
            const delta = n - len;
            const spare = (max - Math.abs(delta)) >> 1;
            const lo = Math.min(0, delta) - spare;
            const hi = Math.max(0, delta) + spare;
            for (let i = 0; i < PIECES; i++) {
                const byText = this.pieceIndex.get(len * PIECES + i);
                if (!byText)
                    continue;
                const at = pieceStart(len, i);
                const size = pieceStart(len, i + 1) - at;
                const to = Math.min(n - size, at + hi);
                for (let j = Math.max(0, at + lo); j <= to; j++) {
                    const ids = byText.get(query.slice(j, j + size));
                    if (ids)
                        for (const id of ids)
                            this.consider(id, query, max, exclude);
                }
            }
        }
        return this.bestDistance <= max ? this.best : null;
    }
}
/** The closest name to a misspelt one, if one is close enough to be a likely typo. */
function suggestName(name, candidates) {
    return new NameIndex(candidates).suggest(name);
}
/** `1,234`: grouping without the runtime's locale data (whose first use costs ~100 ms). */
function count(n) {
    return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
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
