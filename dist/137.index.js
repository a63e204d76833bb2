export const id = 137;
export const ids = [137];
export const modules = {

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
/* harmony export */   _$: () => (/* binding */ parentsFirstIds),
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
 * Every id after all of its parents (Kahn's order), then the ids on or behind a cycle, in id
 * order: for passes that carry a verdict down the graph and must not fail on a cycle (which
 * is reported elsewhere).
 */
function parentsFirstIds(g) {
    const n = g.names.length;
    const indegree = new Int32Array(n);
    for (let i = 0; i < n; i++)
        indegree[i] = g.parents[i].length;
    const queue = [];
    for (let i = 0; i < n; i++)
        if (indegree[i] === 0)
            queue.push(i);
    for (let head = 0; head < queue.length; head++) {
        for (const c of g.children[queue[head]])
            if (--indegree[c] === 0)
                queue.push(c);
    }
    if (queue.length < n)
        for (let i = 0; i < n; i++)
            if (indegree[i] > 0)
                queue.push(i);
    return queue;
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

/***/ 3289:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Fl: () => (/* binding */ baseName),
  ay: () => (/* binding */ buildProject),
  Mh: () => (/* binding */ projectOptions)
});

// EXTERNAL MODULE: ./src/sql/analyze.ts + 7 modules
var analyze = __webpack_require__(5917);
// EXTERNAL MODULE: ./src/sql/scalar.ts
var sql_scalar = __webpack_require__(2838);
// EXTERNAL MODULE: ./src/sql/changelog.ts
var changelog = __webpack_require__(3774);
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

;// CONCATENATED MODULE: ./src/project/snapshot-mode.ts
const SNAPSHOT_MODE = 'sql.snapshot.mode';
const isKey = (key) => key.trim().toLowerCase() === SNAPSHOT_MODE;
const allowed = (value) => value.trim() === 'off';
function problem(file, line, value) {
    return {
        severity: 'error',
        code: 'snapshot-mode',
        file,
        line,
        message: `sql.snapshot.mode is '${value.trim()}' here: a pipeline statement must run continuously, and a snapshot query reads its tables once and ends; remove the setting (or set 'off')`,
    };
}
/** SET lines of a SQL file that turn snapshot mode on (or to a value other than 'off'). */
function snapshotModeInSql(file) {
    if (!file)
        return [];
    return file.analysis.statements
        .filter((s) => s.property && isKey(s.property.key) && !allowed(s.property.value))
        .map((s) => problem(file.path, s.startLine, s.property.value));
}
/** The same for a `.properties` file, at the line of the key. */
function snapshotModeInProperties(file, values) {
    if (!file)
        return [];
    const out = [];
    const lines = file.text.split(/\r?\n/);
    for (const [key, value] of Object.entries(values)) {
        if (!isKey(key) || allowed(value))
            continue;
        const at = lines.findIndex((l) => l.trim().split(/\s*[=:\s]/, 1)[0] === key);
        out.push(problem(file.path, at + 1 || 1, value));
    }
    return out;
}

;// CONCATENATED MODULE: ./src/project/resolve.ts
/**
 * Confluent Cloud's read-only sample data catalog (`examples`.`marketplace`.`orders`): it never
 * holds a table of the project, whatever the configuration says.
 */
const SAMPLE_CATALOG = 'examples';
/** The catalogs and databases of the configured environments. */
function namespacesOf(config) {
    const out = [];
    for (const env of Object.values(config.environments ?? {})) {
        if (!env.catalog && !env.environmentId && !env.database)
            continue;
        out.push({ catalog: env.catalog, catalogId: env.environmentId, database: env.database });
    }
    return out;
}
/**
 * Whether `qualifiers` (`[database]` or `[catalog, database]`) name `ns`. A part written as
 * an id that the config does not hold (a cluster id `lkc-…`, or an environment's name when
 * only its id is configured) cannot be checked: unknown, not a mismatch.
 */
function compare(qualifiers, ns) {
    const [catalog, database] = qualifiers.length === 2 ? qualifiers : [undefined, qualifiers[0]];
    const verdicts = [];
    if (catalog !== undefined) {
        if (catalog === ns.catalog || catalog === ns.catalogId)
            verdicts.push('match');
        else if (ns.catalog !== undefined || /^env-/.test(catalog))
            verdicts.push('mismatch');
        else
            verdicts.push('unknown');
    }
    if (ns.database === undefined || (database !== ns.database && /^lkc-/.test(database)))
        verdicts.push('unknown');
    else
        verdicts.push(database === ns.database ? 'match' : 'mismatch');
    if (verdicts.includes('mismatch'))
        return 'mismatch';
    return verdicts.includes('unknown') ? 'unknown' : 'match';
}
/**
 * Resolves a reference written as `parts`. One part is a table name as it stands. A qualified
 * name is the project's table when its catalog and database are the configured ones; any
 * other is an external table under its full name. When the qualifiers cannot be checked
 * (nothing configured, or only forms the config does not hold), the name is taken for the
 * project's table (`assumed`), since a missing edge would let a rebuild skip a reader, and the
 * reader is told.
 */
function resolveName(parts, isProjectTable, namespaces) {
    const full = parts.join('.');
    if (parts.length === 1)
        return { name: full, project: isProjectTable(full) };
    const base = parts[parts.length - 1];
    const qualifiers = parts.slice(0, -1);
    if (!isProjectTable(base))
        return { name: full, project: false };
    if (qualifiers.length > 2) {
        return { name: full, project: false, notProject: 'it has more parts than catalog.database.table' };
    }
    if (qualifiers.length === 2 && qualifiers[0] === SAMPLE_CATALOG) {
        return {
            name: full,
            project: false,
            notProject: `\`${SAMPLE_CATALOG}\` is Confluent Cloud's sample catalog`,
        };
    }
    const verdicts = namespaces.map((ns) => compare(qualifiers, ns));
    if (verdicts.includes('match'))
        return { name: base, project: true };
    if (verdicts.length === 0 || verdicts.includes('unknown'))
        return { name: base, project: true, assumed: true };
    return {
        name: full,
        project: false,
        notProject: `\`${qualifiers.join('.')}\` is not a configured ${qualifiers.length === 2 ? 'catalog and database' : 'database'}`,
    };
}

// EXTERNAL MODULE: ./src/project/undeclared.ts
var project_undeclared = __webpack_require__(6348);
;// CONCATENATED MODULE: ./src/project/build.ts










/** The build options a config sets. */
function projectOptions(config) {
    return {
        externalTables: config.externalTables,
        namespaces: namespacesOf(config),
        scalarFunctions: config.scalarFunctions,
    };
}
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
/** The table a reference names, without its qualifiers: its last part (a quoted name is one part). */
const tableOf = (ref) => ref.parts[ref.parts.length - 1];
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
function folderTable(folder, pipelinesDir, analyzeFile, scalar) {
    const notes = [];
    const propertyNotes = [];
    const result = { folder, pipelinesDir, notes, propertyNotes, scalar: scalar.key };
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
        propertyNotes.push(...d, ...snapshotModeInProperties(file, values));
        return values;
    };
    const ddl = analyze(folder.ddl);
    const dml = analyze(folder.dml);
    notes.push(...snapshotModeInSql(ddl), ...snapshotModeInSql(dml));
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
    const name = tableOf((created ?? inserted));
    if (created && inserted && tableOf(inserted) !== name) {
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
                if (tableOf(ref) !== name) {
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
    const reasons = sqlFiles.flatMap((f) => f.analysis.reasons.filter((r) => !scalar.covers(r)).map((r) => ({ ...r, file: f.path })));
    const sourceRefs = sqlFiles.flatMap((f) => readRefs(f, name));
    const own = ddl && created && ddl.analysis.statements.find((s) => s.sinkRefs[0] === created);
    const changelog = own && own.kind !== 'create-view' ? changelogOf(ddl.analysis, own, name) : undefined;
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
            stateful: reasons.length > 0,
            reasons,
            joins,
            kafkaTopic: null,
        },
        sourceRefs,
        view: own?.kind === 'create-view',
        ...(changelog ? { changelog } : {}),
    };
    return result;
}
/** The mode the CREATE gives the table, as later ALTER TABLE statements of the same file leave it. */
function changelogOf(analysis, own, name) {
    let mode = own.changelog;
    let after = false;
    for (const s of analysis.statements) {
        if (s === own)
            after = true;
        else if (after &&
            s.kind === 'alter-table' &&
            s.changelog &&
            s.sinkRefs.length &&
            tableOf(s.sinkRefs[0]) === name)
            mode = s.changelog;
    }
    return mode;
}
/**
 * The references of a file that read other tables. A table or view the file creates under
 * another name (`CREATE TEMPORARY VIEW v AS …` before the INSERT) is local to it: Flink runs
 * its query inside the statement that reads it, so its own sources are read, not it. An
 * ALTER or DROP names its own table, it does not read it; `ALTER MATERIALIZED TABLE … AS`
 * reads its query's sources.
 */
function readRefs(file, table) {
    const local = new Set();
    const out = [];
    for (const s of file.analysis.statements) {
        if (s.kind !== 'drop') {
            const like = s.kind === 'create-like' && s.sinkRefs.length > 0 && tableOf(s.sinkRefs[0]) === table;
            for (const ref of s.sourceRefs) {
                if (!local.has(ref.name))
                    out.push(like ? { ref, file: file.path, like } : { ref, file: file.path });
            }
        }
        if (CREATE_KINDS.has(s.kind) && s.sinkRefs.length && tableOf(s.sinkRefs[0]) !== table) {
            local.add(s.sinkRefs[0].name);
        }
    }
    return out;
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
    const scalar = (0,sql_scalar/* scalarFunctions */.W)(input.scalarFunctions);
    for (const folder of [...input.folders].sort((a, b) => (a.folder < b.folder ? -1 : 1))) {
        const key = (folder.ddl ?? folder.dml);
        let done = memo?.get(key);
        if (!done ||
            done.pipelinesDir !== input.pipelinesDir ||
            done.scalar !== scalar.key ||
            !sameFiles(done.folder, folder)) {
            done = folderTable(folder, input.pipelinesDir, analyzeFile, scalar);
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
        byName.set(name, { ...done.pending, table: { ...done.pending.table, parents: [] } });
    }
    const tables = new Map();
    for (const [name, p] of byName)
        tables.set(name, p.table);
    const declared = new Map((input.declaredExternals ?? []).map((d) => [d.name, d]));
    const expectedExternal = (0,util_text/* globMatcher */.fU)(input.externalTables ?? []);
    const edges = [];
    const warned = new Set();
    // Built on the first unresolved name; each lookup compares a handful of names, not all.
    const names = new util_text/* NameIndex */.SJ(byName.keys());
    const suggestions = new Map();
    const undeclared = new Set();
    const undeclaredNotes = [];
    const isProjectTable = (n) => byName.has(n);
    const namespaces = [...(input.namespaces ?? []), ...statementNamespaces(byName.values())];
    const qualifierNotes = new Set();
    const noteQualifiers = (d) => {
        const key = `${d.file}\0${d.line}\0${d.message}`;
        if (qualifierNotes.has(key))
            return;
        qualifierNotes.add(key);
        diagnostics.push(d);
    };
    // LIKE tables (few): the table named after LIKE, and whether a query reads it too.
    const likes = new Map();
    for (const [name, { table, sourceRefs }] of byName) {
        const parents = new Set();
        for (const { ref, file, like } of sourceRefs) {
            const resolved = resolveName(ref.parts, isProjectTable, namespaces);
            const parent = resolved.name;
            if (like)
                likes.set(name, { parent, read: false });
            else if (likes.get(name)?.parent === parent)
                likes.get(name).read = true;
            if (resolved.notProject) {
                noteQualifiers({
                    severity: 'warning',
                    code: 'qualified-name',
                    file,
                    line: ref.line,
                    message: `\`${ref.name}\` ends in the name of the project's table \`${tableOf(ref)}\` but is read as an external table: ${resolved.notProject}. If it means the project's table, drop the qualifiers or set catalog and database of the environment in flink-pipeline.yaml`,
                });
            }
            else if (resolved.assumed) {
                noteQualifiers({
                    severity: 'notice',
                    code: 'qualified-name-assumed',
                    file,
                    line: ref.line,
                    message: `\`${ref.name}\` is read as the project's table \`${parent}\`: its qualifiers could not be checked against a configured catalog and database; set catalog and database of the environment in flink-pipeline.yaml`,
                });
            }
            if (parent === name && resolved.project) {
                // Kept out of the graph (a table cannot be its own parent) but never silently.
                if (!table.readsItself) {
                    table.readsItself = { file, line: ref.line };
                    diagnostics.push({
                        severity: 'warning',
                        code: 'self-read',
                        file,
                        line: ref.line,
                        message: `\`${name}\` reads itself: its statement consumes its own output in a loop, and a rebuild of it starts that loop again from the earliest offset`,
                    });
                }
                continue;
            }
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
            // A qualified name of a project table was warned about above, with what to do.
            if (resolved.notProject || decl || expectedExternal(parent) || expectedExternal(baseName(parent)))
                continue;
            const key = `${file}\0${parent}`;
            if (warned.has(key))
                continue;
            warned.add(key);
            if (!suggestions.has(parent))
                suggestions.set(parent, names.suggest(baseName(parent)));
            let suggestion = suggestions.get(parent);
            // The reading table itself is never the answer to "did you mean"; rare, so no cache.
            if (suggestion === name)
                suggestion = names.suggest(baseName(parent), name);
            if (!suggestion) {
                undeclared.add(parent);
                const note = {
                    severity: 'warning',
                    code: project_undeclared/* UNDECLARED_EXTERNAL */.cc,
                    file,
                    line: ref.line,
                    message: `\`${ref.name}\` is not defined under ${input.pipelinesDir}/ nor declared external; it is treated as an external table. If it is a raw topic, list it in externalTables in flink-pipeline.yaml.`,
                };
                undeclaredNotes.push(note);
                diagnostics.push(note);
                continue;
            }
            diagnostics.push({
                severity: 'warning',
                code: 'unknown-table',
                file,
                line: ref.line,
                message: `\`${ref.name}\` is not defined under ${input.pipelinesDir}/ and is treated as an external table` +
                    `; did you mean \`${suggestion}\`?` +
                    ` If it is a raw topic, list it in externalTables in flink-pipeline.yaml.`,
            });
        }
        table.parents = [...parents].sort();
        for (const p of table.parents)
            edges.push([p, name]);
    }
    const summary = (0,project_undeclared/* summariseUndeclared */.a3)(undeclaredNotes, [...undeclared].sort(), byName.keys(), input.pipelinesDir, baseName);
    if (summary)
        diagnostics.push(summary);
    const graph = (0,graph_graph/* buildGraph */.ZG)(tables.keys(), edges);
    inheritState(byName, graph, likes);
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
/** `sql.current-catalog` and `sql.current-database` the tables' statements set (SET lines, .properties). */
function statementNamespaces(pending) {
    const out = [];
    const seen = new Set();
    for (const { table } of pending) {
        const catalog = table.properties['sql.current-catalog'];
        const database = table.properties['sql.current-database'];
        if (!catalog && !database)
            continue;
        const key = `${catalog ?? ''}\0${database ?? ''}`;
        if (seen.has(key))
            continue;
        seen.add(key);
        out.push({ catalog, database });
    }
    return out;
}
/**
 * State a table takes from what it reads, carried down the graph parents first:
 *
 * - a view: a statement that reads it runs the view's query (Flink inlines it), so it keeps
 *   the view's state, through any chain of views;
 * - a table whose changelog is not append-only: Flink normalises an upsert source with state
 *   per key (ChangelogNormalize); a retract table, a table filled by a `CREATE TABLE … AS` that
 *   keeps state (it may write updates) and a mode the analyzer cannot tell count too
 *   (sql/changelog.ts). A `CREATE TABLE … LIKE` takes the mode of its LIKE table.
 *
 * One pass over the edges; a table on a cycle (reported elsewhere) sees what is known then.
 */
function inheritState(byName, graph, likes) {
    // How a reader sees each settled table; absent: nothing to say (a view, no DDL, external).
    const reads = new Map();
    for (const id of (0,graph_graph/* parentsFirstIds */._$)(graph)) {
        const name = graph.names[id];
        const p = byName.get(name);
        if (!p)
            continue;
        const like = likes.get(name);
        const added = [];
        for (const parent of p.table.parents) {
            if (like && like.parent === parent && !like.read)
                continue;
            const q = byName.get(parent);
            if (!q)
                continue;
            let construct;
            if (q.view) {
                const first = q.table.reasons[0];
                if (first)
                    construct = `reads view \`${parent}\`, which keeps state (${(0,changelog/* quoted */.TL)(first.construct)}, line ${first.line})`;
            }
            else {
                const read = reads.get(parent);
                if (read)
                    construct = (0,changelog/* readerReason */.Em)(parent, read);
            }
            if (construct)
                added.push({ construct, parent });
        }
        let likeMode;
        if (p.changelog?.mode === 'like') {
            const from = like?.parent ?? '?';
            likeMode = reads.get(from) ?? {
                mode: 'unknown',
                by: byName.has(from) ? 'it has no CREATE TABLE' : 'an external table',
            };
            // Writing into an upsert or retract table keeps state, as for a CREATE that says so itself.
            if (likeMode.mode !== 'append') {
                const construct = !(0,changelog/* keepsState */.gq)(likeMode.mode)
                    ? `created LIKE \`${from}\`, whose changelog mode is not known (${likeMode.by}): treated as stateful`
                    : `created LIKE \`${from}\`, ${likeMode.mode === 'upsert' ? 'an upsert' : 'a retract'} table, whose changelog mode it takes`;
                added.push({ construct, parent: from, like: true });
            }
        }
        if (added.length)
            addReasons(p, added);
        const mode = p.changelog;
        if (!mode)
            continue;
        if (mode.mode === 'query') {
            const first = p.table.reasons[0];
            reads.set(name, (0,changelog/* queryMode */.uW)(first && `${(0,changelog/* quoted */.TL)(first.construct)}, ${first.file}:${first.line}`));
        }
        else if (mode.mode === 'like')
            reads.set(name, likeMode);
        else
            reads.set(name, { mode: mode.mode, by: mode.by });
    }
}
/**
 * Reasons a table takes from its parents, each at the first line that names the parent: a
 * line that reads it, or for the LIKE table's own reason the LIKE clause.
 */
function addReasons(p, added) {
    const reads = new Map();
    const likes = new Map();
    for (const s of p.sourceRefs) {
        const at = s.like ? likes : reads;
        for (const key of [s.ref.name, tableOf(s.ref)])
            if (!at.has(key))
                at.set(key, s);
    }
    const fallback = p.sourceRefs[0];
    p.table.reasons = [
        ...p.table.reasons,
        ...added.map(({ construct, parent, like }) => {
            const first = like ? likes : reads;
            const s = first.get(parent) ?? first.get(baseName(parent)) ?? fallback;
            return { construct, line: s?.ref.line ?? 1, file: s?.file ?? p.table.folder };
        }),
    ];
    p.table.stateful = true;
}


/***/ }),

/***/ 4137:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ loadProject),
/* harmony export */   r: () => (/* binding */ syncMetadata)
/* harmony export */ });
/* harmony import */ var _build_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3289);
/* harmony import */ var _metadata_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2492);
/* harmony import */ var _scan_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8284);
/* harmony import */ var _write_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4282);




/** Reads the working tree once and builds the project model from it. */
function loadProject(pipelinesPath, config) {
    const scan = (0,_scan_js__WEBPACK_IMPORTED_MODULE_2__/* .scanProject */ .vd)(pipelinesPath);
    const project = (0,_build_js__WEBPACK_IMPORTED_MODULE_0__/* .buildProject */ .ay)({
        pipelinesDir: scan.pipelinesDir,
        folders: scan.folders,
        diagnostics: scan.diagnostics,
        ...(0,_build_js__WEBPACK_IMPORTED_MODULE_0__/* .projectOptions */ .Mh)(config),
        declaredExternals: scan.declaredExternals,
    });
    return { scan, project };
}
/**
 * Brings the metadata files (docs/project.md#metadata-files) in line with the project: what `inventory` writes and
 * the action commits; with `check`, only says what differs.
 */
function syncMetadata(scan, project, check) {
    return (0,_write_js__WEBPACK_IMPORTED_MODULE_3__/* .syncFiles */ .f)(scan.root, (0,_metadata_js__WEBPACK_IMPORTED_MODULE_1__/* .renderMetadata */ .Sc)(project), (0,_metadata_js__WEBPACK_IMPORTED_MODULE_1__/* .metadataPaths */ .w1)(project), scan.definitionFiles, check);
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
/* harmony import */ var _metadata_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2492);



const isInSync = (r) => !r.created.length && !r.updated.length && !r.deleted.length;
const joined = (content) => content instanceof Uint8Array ? content : Buffer.concat(content);
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
        const current = existing.has(path) || !path.endsWith(_metadata_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFINITION_FILE */ .bq) ? compareFile(abs, content) : 'missing';
        if (current === 'same') {
            result.unchanged++;
            continue;
        }
        (current === 'missing' ? result.created : result.updated).push(path);
        if (!check)
            writeCreatingFolder(abs, joined(content));
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
/** Grows to the largest file compared; one buffer for all, so a check allocates nothing per file. */
let scratch = Buffer.alloc(1 << 16);
/**
 * Whether the file at `abs` holds exactly `content`: one read of at most one byte more than
 * `content` (a longer file differs whatever follows), no stat, no buffer per file. A file
 * that cannot be opened or read counts as missing, as it did when read whole.
 */
function compareFile(abs, content) {
    let fd;
    try {
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(abs, 'r');
    }
    catch {
        return 'missing';
    }
    try {
        const pieces = content instanceof Uint8Array ? [content] : content;
        let length = 0;
        for (const piece of pieces)
            length += piece.length;
        if (scratch.length < length + 1)
            scratch = Buffer.alloc(length + 1);
        let n = 0;
        // A read may return fewer bytes than asked before the end of the file.
        for (let got; n <= length; n += got) {
            got = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, scratch, n, length + 1 - n, null);
            if (got === 0)
                break;
        }
        if (n !== length)
            return 'different';
        let at = 0;
        for (const piece of pieces) {
            if (scratch.compare(piece, 0, piece.length, at, at + piece.length) !== 0)
                return 'different';
            at += piece.length;
        }
        return 'same';
    }
    catch {
        return 'missing';
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
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


/***/ })

};
