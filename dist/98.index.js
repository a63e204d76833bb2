export const id = 98;
export const ids = [98];
export const modules = {

/***/ 5098:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  validateCommand: () => (/* binding */ validateCommand)
});

// EXTERNAL MODULE: ./src/config/load.ts
var load = __webpack_require__(1036);
// EXTERNAL MODULE: ./src/engine/plan.ts + 12 modules
var plan = __webpack_require__(6805);
// EXTERNAL MODULE: ./src/graph/graph.ts
var graph = __webpack_require__(1924);
// EXTERNAL MODULE: ./src/sql/lexer.ts
var lexer = __webpack_require__(1518);
// EXTERNAL MODULE: ./src/sql/split.ts
var split = __webpack_require__(6448);
;// CONCATENATED MODULE: ./src/referee/statements.ts
/**
 * The statements of one SQL file as the referee needs them: the analyzer's verdict beside the
 * statement's tokens and offsets, so that a translation can rewrite parts of the text and the
 * planner's line and column still point into the file.
 */



/**
 * Pairs the analyzer's statements with their tokens. Both come from the same split, in the
 * same order; a statement whose first line differs is left out rather than mismatched.
 */
function statements_fileStatements(text, analysis) {
    const spans = (0,split/* splitStatements */.X)((0,lexer/* tokenize */.qw)(text, []));
    const tokens = (0,lexer/* lex */.Ii)(text).tokens;
    const out = [];
    spans.forEach((span, i) => {
        const analyzed = analysis.statements[i];
        const own = tokens.slice(span.start, span.end);
        if (!analyzed || !own.length || own[0].line !== analyzed.startLine)
            return;
        out.push({
            analyzed,
            tokens: own,
            body: span.body && { start: span.body.start - span.start, end: span.body.end - span.start },
            from: own[0].offset,
            to: own[own.length - 1].end,
        });
    });
    return out;
}
/**
 * `text[from, to)` with everything before it in the file turned into blanks (newlines kept),
 * so that the planner's "line L, column C" is the file's line and column.
 */
function padded(text, from, to) {
    return blank(text.slice(0, from)) + text.slice(from, to);
}
/** Spaces for every character but line breaks. */
function blank(text) {
    return text.replace(/[^\n]/g, ' ');
}
/** Index of the `)` that closes the `(` at `open`, or -1. */
function closing(tokens, open) {
    let depth = 0;
    for (let i = open; i < tokens.length; i++) {
        if (tokens[i].kind !== 'punct')
            continue;
        if (tokens[i].text === '(')
            depth++;
        else if (tokens[i].text === ')' && --depth === 0)
            return i;
    }
    return -1;
}
/** Whether `tokens[i]` is the unquoted word `up` (any case). */
function word(tokens, i, up) {
    const t = tokens[i];
    return !!t && (t.kind === 'keyword' || t.kind === 'identifier') && t.up === up;
}
function punct(tokens, i, ch) {
    const t = tokens[i];
    return !!t && t.kind === 'punct' && t.text === ch;
}

;// CONCATENATED MODULE: ./src/referee/translate.ts

/** Any value works for planning: nothing connects. `.invalid` cannot resolve (RFC 2606). */
const BOOTSTRAP = 'referee.invalid:9092';
/** Connectors of Apache Flink's own distribution that the referee's classpath holds. */
const FLINK_CONNECTORS = new Set(['datagen', 'print', 'blackhole', 'kafka', 'upsert-kafka']);
/**
 * Connector options for a Confluent table of the given changelog mode. The formats are JSON
 * whatever Confluent's (avro-registry, json-registry, protobuf-registry need a Schema Registry):
 * a format decides how bytes are read, not which operators a plan has; `debezium-json` is the
 * changelog format that gives a retract table its updates and deletes.
 */
function connectorOptions(mode, topic) {
    if (mode === 'upsert') {
        return {
            connector: 'upsert-kafka',
            topic,
            'properties.bootstrap.servers': BOOTSTRAP,
            'key.format': 'json',
            'value.format': 'json',
        };
    }
    return {
        connector: 'kafka',
        topic,
        'properties.bootstrap.servers': BOOTSTRAP,
        // Confluent reads from the earliest offset by default; Flink's default needs a group id.
        'scan.startup.mode': 'earliest-offset',
        'value.format': mode === 'retract' ? 'debezium-json' : 'json',
    };
}
function sqlString(s) {
    return `'${s.replace(/'/g, "''")}'`;
}
function withClause(options) {
    return `WITH (${Object.entries(options)
        .map(([k, v]) => `${sqlString(k)} = ${sqlString(v)}`)
        .join(', ')})`;
}
/**
 * Confluent Cloud functions with no Apache Flink counterpart the referee can run: model
 * inference and AI calls need Confluent's model providers and connections, the search
 * functions Confluent's external tables.
 */
function confluentOnlyCall(tokens) {
    for (let i = 0; i + 1 < tokens.length; i++) {
        const t = tokens[i];
        if ((t.kind !== 'identifier' && t.kind !== 'keyword') || !punct(tokens, i + 1, '('))
            continue;
        if (i > 0 && punct(tokens, i - 1, '.'))
            continue;
        const up = t.up;
        if (/^(ML|AI)_[A-Z0-9_]+$/.test(up) || /_SEARCH_AGG$/.test(up) || up === 'VECTOR_SEARCH')
            return t.text;
    }
    return undefined;
}
/** CREATE statements of Confluent objects that Apache Flink's catalog does not have. */
const CONFLUENT_OBJECTS = new Set(['MODEL', 'CONNECTION', 'AGENT', 'TOOL']);
/** The object a CREATE/ALTER/DROP names when it is a Confluent-only kind, else undefined. */
function confluentOnlyObject(tokens) {
    if (!word(tokens, 0, 'CREATE') && !word(tokens, 0, 'ALTER') && !word(tokens, 0, 'DROP'))
        return undefined;
    for (let i = 1; i < Math.min(tokens.length, 6); i++) {
        if (tokens[i].kind === 'keyword' || tokens[i].kind === 'identifier') {
            if (CONFLUENT_OBJECTS.has(tokens[i].up))
                return tokens[i].up;
            if (['TABLE', 'VIEW', 'FUNCTION', 'MATERIALIZED'].includes(tokens[i].up))
                return undefined;
        }
    }
    return undefined;
}
/** The table's changelog mode as Confluent decides it: declared, else upsert with a key, else append. */
function changelogMode(ddl) {
    const declared = ddl.options['changelog.mode']?.toLowerCase();
    if (declared === undefined)
        return ddl.primaryKey.length ? 'upsert' : 'append';
    return declared === 'append' || declared === 'upsert' || declared === 'retract' ? declared : undefined;
}
/**
 * A query's text for Apache Flink: padded to its place in the file, with Confluent's system
 * columns (`$rowtime`, written bare in Confluent's examples) quoted, which Flink's parser
 * needs after a qualifier (`o.$rowtime`). Quoting adds two columns on such a line.
 */
function flinkQuery(text, tokens, from, to) {
    const edits = [];
    for (const t of tokens) {
        if (t.offset < from || t.end > to)
            continue;
        if (t.kind === 'identifier' && t.text.startsWith('$'))
            edits.push({ from: t.offset, to: t.end, text: `\`${t.text}\`` });
    }
    return applyEdits(padded(text, from, to), edits);
}
/** Applies edits (non-overlapping, any order); a replaced range keeps its line breaks. */
function applyEdits(text, edits) {
    let out = '';
    let at = 0;
    for (const e of [...edits].sort((a, b) => a.from - b.from)) {
        out += text.slice(at, e.from) + e.text + blank(text.slice(e.from, e.to)).replace(/ /g, '');
        at = e.to;
    }
    return out + text.slice(at);
}
/** Tokens of `CREATE … TABLE [IF NOT EXISTS]` before the name; returns the name's first index. */
function nameIndex(tokens) {
    let i = 1;
    while (i < tokens.length && !word(tokens, i, 'TABLE'))
        i++;
    i++;
    if (word(tokens, i, 'IF') && word(tokens, i + 1, 'NOT') && word(tokens, i + 2, 'EXISTS'))
        i += 3;
    return i;
}
function nameEnd(tokens, i) {
    while (punct(tokens, i + 1, '.') && i + 2 < tokens.length)
        i += 2;
    return i + 1;
}
/** Top-level comma-separated items of the `( … )` at `open`: [first, end) token ranges. */
function items(tokens, open, close) {
    const out = [];
    let depth = 0;
    let angle = 0;
    let s = open + 1;
    for (let i = open + 1; i < close; i++) {
        const t = tokens[i];
        if (t.kind === 'punct' && t.text === '(')
            depth++;
        else if (t.kind === 'punct' && t.text === ')')
            depth--;
        else if (t.kind === 'operator' && t.text === '<')
            angle++;
        else if (t.kind === 'operator' && t.text === '>')
            angle--;
        else if (t.kind === 'punct' && t.text === ',' && depth === 0 && angle <= 0) {
            out.push([s, i]);
            s = i + 1;
        }
    }
    if (s < close)
        out.push([s, close]);
    return out;
}
/** Confluent-only options of the DDL that have a meaning the referee drops (documented). */
function unsupportedConnector(ddl) {
    const connector = ddl.options.connector?.toLowerCase();
    if (connector === undefined || connector === 'confluent')
        return undefined;
    return FLINK_CONNECTORS.has(connector) ? undefined : connector;
}
/**
 * CREATE TABLE (plain, LIKE, AS, MATERIALIZED) in Apache Flink's terms, or why it cannot be.
 */
function translateCreateTable(input) {
    const { text, statement, ddl, table } = input;
    const tokens = statement.tokens;
    const kind = statement.analyzed.kind;
    const connector = unsupportedConnector(ddl);
    if (connector)
        return {
            action: 'not-checked',
            reason: `uses the connector '${connector}', which the referee does not have`,
        };
    const ownConnector = ddl.options.connector !== undefined && ddl.options.connector.toLowerCase() !== 'confluent';
    const declared = ddl.options['changelog.mode'];
    const mode = changelogMode(ddl);
    if (!mode && !ownConnector)
        return { action: 'not-checked', reason: `changelog.mode '${declared}' is not append, upsert or retract` };
    const name = nameIndex(tokens);
    const afterName = nameEnd(tokens, name);
    const nameText = text.slice(tokens[name]?.offset ?? statement.from, tokens[afterName - 1]?.end ?? statement.from);
    if (kind === 'ctas' || kind === 'create-materialized-table') {
        return translateCtas(input, {
            name,
            afterName,
            nameText,
            mode: declared === undefined ? undefined : mode,
        });
    }
    if (mode === 'upsert' && !ddl.primaryKey.length && !ownConnector) {
        return {
            action: 'not-checked',
            reason: "changelog.mode 'upsert' without a PRIMARY KEY: Apache Flink's upsert-kafka needs one",
        };
    }
    const edits = [];
    let i = afterName;
    let body;
    if (punct(tokens, i, '(')) {
        const close = closing(tokens, i);
        if (close < 0)
            return { action: 'not-checked', reason: 'the column list is not closed' };
        body = [i, close];
        i = close + 1;
    }
    let withAt;
    let likeAt;
    while (i < tokens.length) {
        if (word(tokens, i, 'DISTRIBUTED') || (word(tokens, i, 'PARTITIONED') && word(tokens, i + 1, 'BY'))) {
            // The Kafka connector has no bucketing: the clause goes, up to the next clause.
            let j = i + 1;
            while (j < tokens.length &&
                !word(tokens, j, 'WITH') &&
                !word(tokens, j, 'LIKE') &&
                !word(tokens, j, 'COMMENT'))
                j++;
            edits.push({ from: tokens[i].offset, to: tokens[j - 1].end, text: '' });
            i = j;
        }
        else if (word(tokens, i, 'WITH') && punct(tokens, i + 1, '(')) {
            const close = closing(tokens, i + 1);
            withAt = [i, close < 0 ? tokens.length - 1 : close];
            i = withAt[1] + 1;
        }
        else if (word(tokens, i, 'LIKE')) {
            likeAt = i;
            break;
        }
        else
            i++;
    }
    const likeOnly = likeAt !== undefined;
    const options = ownConnector
        ? ddl.options
        : likeOnly && declared === undefined
            ? { topic: table }
            : connectorOptions(mode, table);
    const withText = withClause(options);
    if (withAt)
        edits.push({ from: tokens[withAt[0]].offset, to: tokens[withAt[1]].end, text: withText });
    else if (likeAt !== undefined)
        edits.push({ from: tokens[likeAt].offset, to: tokens[likeAt].offset, text: `${withText} ` });
    else
        edits.push({ from: statement.to, to: statement.to, text: ` ${withText}` });
    if (body)
        bodyEdits(tokens, body, ddl, mode, ownConnector || likeOnly, edits);
    // Offsets in the padded text are the file's own.
    return { action: 'execute', sql: applyEdits(padded(text, statement.from, statement.to), edits) };
}
/**
 * Inside the column list: an append table loses its primary key (Apache Flink's kafka
 * connector refuses one on an insert-only format; the planner then sees what Confluent's
 * append mode gives: inserts only); `SOURCE_WATERMARK()` becomes the column itself; the
 * `$rowtime` system column and, when the table declares no watermark, Confluent's default
 * watermark on it are added.
 */
function bodyEdits(tokens, [open, close], ddl, mode, keepAsIs, edits) {
    const dropKey = mode === 'append' && !keepAsIs;
    const list = items(tokens, open, close);
    list.forEach(([s, e], n) => {
        const first = tokens[s];
        if (dropKey && (word(tokens, s, 'PRIMARY') || word(tokens, s, 'CONSTRAINT'))) {
            // The item and the comma before it (or after it, for the first item).
            const from = n > 0 ? tokens[s - 1].offset : first.offset;
            const to = n > 0 ? tokens[e - 1].end : tokens[e]?.kind === 'punct' ? tokens[e].end : tokens[e - 1].end;
            edits.push({ from, to, text: '' });
            return;
        }
        if (word(tokens, s, 'WATERMARK')) {
            for (let k = s; k < e; k++) {
                if (word(tokens, k, 'SOURCE_WATERMARK') && punct(tokens, k + 1, '(') && punct(tokens, k + 2, ')')) {
                    const column = tokens[s + 2];
                    edits.push({
                        from: tokens[k].offset,
                        to: tokens[k + 2].end,
                        text: column ? `\`${column.value.replace(/`/g, '``')}\`` : 'CURRENT_TIMESTAMP',
                    });
                }
            }
            return;
        }
        if (dropKey) {
            for (let k = s + 1; k < e; k++) {
                if (word(tokens, k, 'PRIMARY') && word(tokens, k + 1, 'KEY')) {
                    let to = k + 1;
                    if (word(tokens, to + 1, 'NOT') && word(tokens, to + 2, 'ENFORCED'))
                        to += 2;
                    edits.push({ from: tokens[k].offset, to: tokens[to].end, text: '' });
                }
            }
        }
    });
    if (keepAsIs)
        return;
    const added = [];
    if (!ddl.columns.some((c) => c.name === '$rowtime'))
        added.push("`$rowtime` TIMESTAMP_LTZ(3) METADATA FROM 'timestamp' VIRTUAL");
    if (!ddl.watermark)
        added.push('WATERMARK FOR `$rowtime` AS `$rowtime`');
    if (added.length) {
        const at = tokens[close].offset;
        edits.push({ from: at, to: at, text: `${list.length ? ', ' : ''}${added.join(', ')}` });
    }
}
function translateCtas({ text, statement, ddl, table }, head) {
    const tokens = statement.tokens;
    let as = -1;
    for (let i = head.afterName; i < tokens.length; i++) {
        if (punct(tokens, i, '(')) {
            i = closing(tokens, i);
            if (i < 0)
                break;
        }
        else if (word(tokens, i, 'AS')) {
            as = i;
            break;
        }
    }
    if (as < 0 || as + 1 >= tokens.length)
        return { action: 'not-checked', reason: 'no query after AS' };
    const queryFrom = tokens[as + 1].offset;
    const query = flinkQuery(text, tokens, queryFrom, statement.to);
    // "INSERT INTO name" where "CREATE … name" stood: shorter, so it fits on the same line.
    const header = `INSERT INTO ${head.nameText}`;
    const create = tokens[0].offset;
    const lineEnd = text.indexOf('\n', create);
    const room = (lineEnd < 0 ? queryFrom : Math.min(lineEnd, queryFrom)) - create;
    const insert = room > header.length
        ? query.slice(0, create) + header + query.slice(create + header.length)
        : `${header} ${query.slice(queryFrom)}`;
    const mode = head.mode ?? (ddl.primaryKey.length ? 'upsert' : 'infer');
    return {
        action: 'ctas',
        table: head.nameText,
        query,
        insert,
        primaryKey: ddl.primaryKey,
        mode,
        options: {
            append: connectorOptions('append', table),
            upsert: connectorOptions('upsert', table),
            retract: connectorOptions('retract', table),
        },
    };
}

;// CONCATENATED MODULE: ./src/referee/verdict.ts
/**
 * What a compiled plan says about a statement: the tables it reads and writes and the
 * operators that keep state. Operators with a `state` array in the plan (StateMetadata: group
 * aggregate, join, deduplicate, rank, limit, sort limit, changelog normalize, lookup join
 * with state, multi join, sink with upsert materialize) are stateful by the plan's own word;
 * the exec nodes below keep state without that array (their ExecNode classes in Apache Flink
 * 2.2 serialise none) and are recognised by their type.
 */
/** Exec node types (without the `_N` version) that keep state without a `state` array. */
const STATEFUL_TYPES = new Set([
    'stream-exec-window-aggregate',
    'stream-exec-global-window-aggregate',
    'stream-exec-group-window-aggregate',
    'stream-exec-window-rank',
    'stream-exec-window-deduplicate',
    'stream-exec-window-join',
    'stream-exec-interval-join',
    'stream-exec-temporal-join',
    'stream-exec-over-aggregate',
    'stream-exec-match',
    'stream-exec-sort',
    'stream-exec-temporal-sort',
    'stream-exec-python-group-aggregate',
    'stream-exec-python-group-window-aggregate',
    'stream-exec-python-over-aggregate',
    // A process table function may keep state and timers; the plan does not say whether it does.
    'stream-exec-process-table-function',
]);
function nodeKind(type) {
    return type.replace(/_\d+$/, '');
}
/** Whether a window table function keeps state: session windows are not aligned, so they do. */
function statefulWindowFunction(node) {
    return nodeKind(node.type) === 'stream-exec-window-table-function' && /\bSESSION\b/i.test(node.description);
}
function statefulOperators(nodes) {
    const out = [];
    for (const node of nodes) {
        const kind = nodeKind(node.type);
        if (node.state.length || STATEFUL_TYPES.has(kind) || statefulWindowFunction(node)) {
            out.push({ kind, name: /^[A-Za-z]+/.exec(node.description)?.[0] ?? kind, state: node.state });
        }
    }
    return out;
}
/**
 * A planner identifier (`` `cat`.`db`.`t` ``) as the project names tables: the bare name in
 * the session's catalog and database, else every part joined by `.`.
 */
function tableName(identifier, current) {
    const parts = [];
    const re = /`((?:[^`]|``)*)`/g;
    for (let m = re.exec(identifier); m; m = re.exec(identifier))
        parts.push(m[1].replace(/``/g, '`'));
    if (!parts.length)
        return identifier;
    if (parts.length === 3 && parts[0] === current.catalog && parts[1] === current.database)
        return parts[2];
    return parts.join('.');
}

;// CONCATENATED MODULE: ./src/referee/request.ts
/**
 * What the referee is asked and what its answers mean, without running anything: a project's
 * (or a SQL file's) statements as referee statements in dependency order, each with the
 * analyzer's verdict to compare, and the answers turned into outcomes.
 */




const DEFAULT_SESSION = { catalog: 'default_catalog', database: 'default_database' };
const CREATES_TABLE = new Set([
    'create-table',
    'create-like',
    'ctas',
    'create-materialized-table',
]);
/** Client-side or catalog housekeeping: Confluent runs no query for them; nothing to check. */
const SKIPPED = new Set(['set', 'use', 'drop']);
/** The inner INSERTs of `EXECUTE STATEMENT SET BEGIN … END`, each padded to its own place. */
function setInserts(text, s) {
    const inserts = [];
    if (!s.body)
        return inserts;
    let start = s.body.start;
    for (let i = s.body.start; i <= s.body.end; i++) {
        if (i === s.body.end || punct(s.tokens, i, ';')) {
            if (i > start)
                inserts.push(flinkQuery(text, s.tokens, s.tokens[start].offset, s.tokens[i - 1].end));
            start = i + 1;
        }
    }
    return inserts;
}
/** How one statement is checked, before any table dependency is considered. */
function translateStatement(text, s, table) {
    const kind = s.analyzed.kind;
    if (SKIPPED.has(kind))
        return null;
    const object = confluentOnlyObject(s.tokens);
    if (object)
        return { action: 'not-checked', reason: `a Confluent Cloud ${object}: Apache Flink has no counterpart` };
    const call = confluentOnlyCall(s.tokens);
    if (call)
        return {
            action: 'not-checked',
            reason: `calls ${call}, a Confluent Cloud function that Apache Flink does not have`,
        };
    switch (kind) {
        case 'create-table':
        case 'create-like':
        case 'ctas':
        case 'create-materialized-table': {
            const ddl = s.analyzed.ddl;
            const name = table ?? s.analyzed.sinks[0];
            if (!ddl || !name)
                return { action: 'not-checked', reason: 'the analyzer found no table in this CREATE' };
            return translateCreateTable({ text, statement: s, ddl, table: name.slice(name.lastIndexOf('.') + 1) });
        }
        case 'create-view':
            return { action: 'execute', sql: flinkQuery(text, s.tokens, s.from, s.to) };
        case 'insert':
            return { action: 'plan', sql: flinkQuery(text, s.tokens, s.from, s.to) };
        case 'statement-set': {
            const inserts = setInserts(text, s);
            return inserts.length
                ? { action: 'plan-set', inserts }
                : { action: 'not-checked', reason: 'an empty statement set' };
        }
        case 'create-function':
            return {
                action: 'not-checked',
                reason: 'CREATE FUNCTION loads code (a Confluent artifact) that the referee does not have',
            };
        case 'alter-table':
            return {
                action: 'not-checked',
                reason: 'ALTER TABLE changes a deployed table; the referee plans from the DDL',
            };
        default:
            return { action: 'not-checked', reason: 'a statement the referee does not plan' };
    }
}
function isView(t) {
    return !!t?.ddl && t.ddl.analysis.statements.some((s) => s.kind === 'create-view');
}
/**
 * Parents as the planner sees them: Flink inlines a view into the query, so a project view
 * stands for the tables it reads.
 */
function throughViews(project, names) {
    const out = new Set();
    const seen = new Set();
    const visit = (n) => {
        if (seen.has(n))
            return;
        seen.add(n);
        const t = project.tables.get(n);
        if (isView(t))
            for (const p of t.parents)
                visit(p);
        else
            out.add(n);
    };
    for (const n of names)
        visit(n);
    return [...out].sort();
}
/** A name as the project resolves it: the table itself, else the table of its last part. */
function resolveName(project, written) {
    if (project.tables.has(written))
        return written;
    const base = written.slice(written.lastIndexOf('.') + 1);
    return project.tables.has(base) ? base : written;
}
function tableVerdict(project, table, readsItself) {
    const sources = throughViews(project, table.parents);
    if (readsItself && !sources.includes(table.name))
        sources.push(table.name);
    return {
        sources: sources.sort(),
        sinks: [table.name],
        stateful: table.stateful,
        reasons: table.reasons.map((r) => `${r.construct} (${r.file}:${r.line})`),
    };
}
const RUNS_QUERY = new Set(['plan', 'plan-set', 'ctas']);
/** A project's statements for the referee: every DDL in dependency order, then every DML. */
function projectItems(project, options = {}) {
    const order = (0,graph/* topoOrder */.LI)(project.graph);
    const targets = options.targets ?? new Set(order.filter((n) => !project.tables.get(n).external));
    const withContext = new Set([...targets, ...(0,graph/* ancestors */.T1)(project.graph, targets)]);
    const ddlItems = [];
    const dmlItems = [];
    let n = 0;
    for (const name of order) {
        const table = project.tables.get(name);
        if (table.external || !withContext.has(name))
            continue;
        const context = !targets.has(name);
        for (const [role, file] of [
            ['ddl', table.ddl],
            ['dml', table.dml],
        ]) {
            if (!file || (role === 'dml' && context))
                continue;
            for (const s of statements_fileStatements(file.text, file.analysis)) {
                const translation = translateStatement(file.text, s, name);
                if (!translation)
                    continue;
                const kind = s.analyzed.kind;
                const sources = s.analyzed.sources.map((src) => resolveName(project, src));
                const readsItself = sources.includes(name);
                const writes = role === 'dml' || kind === 'ctas' || kind === 'create-materialized-table';
                const item = {
                    id: `s${++n}`,
                    file: file.path,
                    line: s.analyzed.startLine,
                    table: name,
                    role,
                    kind,
                    translation,
                    // A plain CREATE TABLE needs nothing; LIKE, AS and views need what they read.
                    needs: kind === 'create-table'
                        ? []
                        : [...new Set([...sources.filter((x) => x !== name), ...(role === 'dml' ? [name] : [])])],
                    ...(writes ? { sink: name } : {}),
                    ...(CREATES_TABLE.has(kind) || kind === 'create-view' ? { creates: name } : {}),
                    ...(RUNS_QUERY.has(translation.action)
                        ? { analyzer: tableVerdict(project, table, readsItself) }
                        : {}),
                    ...(context ? { context } : {}),
                };
                // A table's own DDL runs before the other tables' DML, whichever file it is in.
                (item.creates || role === 'ddl' ? ddlItems : dmlItems).push(item);
            }
        }
    }
    return [...ddlItems, ...dmlItems];
}
/**
 * A SQL file on its own (a corpus file): its statements in order; a query's tables must be
 * created earlier in the same file. The analyzer's verdict is the statement's own.
 */
function fileItems(path, text, analysis, prefix = path) {
    const items = [];
    const views = new Map();
    let n = 0;
    for (const s of fileStatements(text, analysis)) {
        const sink = s.analyzed.sinks[0];
        const translation = translateStatement(text, s, sink);
        if (!translation)
            continue;
        const expand = (names) => {
            const out = new Set();
            for (const x of names)
                for (const y of views.get(x) ?? [x])
                    out.add(y);
            return [...out].sort();
        };
        const sources = expand(s.analyzed.sources);
        const kind = s.analyzed.kind;
        if (kind === 'create-view' && sink)
            views.set(sink, sources);
        items.push({
            id: `${prefix}#${++n}`,
            file: path,
            line: s.analyzed.startLine,
            role: RUNS_QUERY.has(translation.action) ? 'dml' : 'ddl',
            kind,
            translation,
            needs: kind === 'create-table'
                ? []
                : [...sources, ...(kind === 'insert' || kind === 'statement-set' ? s.analyzed.sinks : [])],
            ...(sink && kind !== 'create-table' && kind !== 'create-like' && kind !== 'create-view'
                ? { sink }
                : {}),
            ...(sink && (CREATES_TABLE.has(kind) || kind === 'create-view') ? { creates: sink } : {}),
            ...(RUNS_QUERY.has(translation.action)
                ? {
                    analyzer: {
                        sources,
                        sinks: [...s.analyzed.sinks].sort(),
                        stateful: s.analyzed.stateful === true,
                        reasons: s.analyzed.reasons.map((r) => `${r.construct} (${path}:${r.line})`),
                    },
                }
                : {}),
        });
    }
    return items;
}
/**
 * Items whose tables cannot be in the planner's catalog are not checked, with the reason;
 * the rest become the referee's statements. `describeMissing` says why a table is not there.
 */
function prepare(items, describeMissing) {
    const outcomes = new Map();
    const statements = [];
    const created = new Map();
    for (const item of items) {
        const missing = item.needs.find((t) => created.get(t) !== null);
        const translation = item.translation;
        if (translation.action === 'not-checked') {
            outcomes.set(item.id, { status: 'not-checked', reason: translation.reason });
            if (item.creates)
                created.set(item.creates, `its DDL is not checked (${translation.reason})`);
            continue;
        }
        if (missing !== undefined && !(item.creates === missing && item.role === 'ddl')) {
            const why = created.get(missing) ?? describeMissing(missing);
            const reason = `${missing === item.sink ? 'writes' : 'reads'} \`${missing}\`, which ${why}`;
            outcomes.set(item.id, { status: 'not-checked', reason });
            if (item.creates)
                created.set(item.creates, `its DDL is not checked (${reason})`);
            continue;
        }
        if (item.creates && !created.has(item.creates))
            created.set(item.creates, null);
        statements.push({ id: item.id, ...translation });
    }
    return { statements, outcomes };
}
/** The referee's answers as outcomes; a statement that needs a table whose DDL was rejected is not checked. */
function assemble(items, prepared, answers, session) {
    const outcomes = new Map(prepared);
    const rejected = new Map();
    for (const item of items) {
        if (outcomes.has(item.id))
            continue;
        const answer = answers.get(item.id);
        const blocked = item.needs.find((t) => rejected.has(t) && t !== item.creates);
        if (blocked) {
            outcomes.set(item.id, {
                status: 'not-checked',
                reason: `needs \`${blocked}\`, whose DDL the planner rejected (${rejected.get(blocked)})`,
            });
            if (item.creates)
                rejected.set(item.creates, 'not checked');
            continue;
        }
        if (!answer) {
            outcomes.set(item.id, { status: 'not-checked', reason: 'the referee gave no answer' });
            continue;
        }
        if (answer.status === 'error') {
            const e = answer.error;
            if (item.creates)
                rejected.set(item.creates, `${item.file}:${e.line ?? item.line}`);
            const unknownFunction = /No match found for function signature (\w+)\(/.exec(e.message);
            if (unknownFunction) {
                outcomes.set(item.id, {
                    status: 'not-checked',
                    reason: `calls ${unknownFunction[1]}, which Apache Flink does not know (a Confluent Cloud built-in or a user-defined function the referee cannot load)`,
                });
                continue;
            }
            outcomes.set(item.id, {
                status: 'rejected',
                message: e.message,
                ...(e.line !== undefined ? { line: e.line, column: e.column } : {}),
            });
            continue;
        }
        if (answer.nodes) {
            outcomes.set(item.id, {
                status: 'planned',
                reads: [...new Set((answer.reads ?? []).map((r) => tableName(r, session)))].sort(),
                writes: [...new Set((answer.writes ?? []).map((w) => tableName(w, session)))].sort(),
                operators: statefulOperators(answer.nodes),
                ...(answer.mode ? { mode: answer.mode } : {}),
            });
        }
        else
            outcomes.set(item.id, { status: 'accepted' });
    }
    return outcomes;
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(17);
;// CONCATENATED MODULE: ./src/referee/toolchain.ts
/**
 * Java, Maven and the referee's jars: found, resolved into a cache folder on first use, the
 * one Java source compiled there. Every failure is one RefereeUnavailable line that says what
 * to install or set; nothing here prints a stack trace.
 */







/** The referee cannot run here: no Java, no Maven, no network for the jars. */
class RefereeUnavailable extends errors/* UserError */.y {
    constructor(message) {
        super(message, 1);
        this.name = 'RefereeUnavailable';
    }
}
const SOURCE = (0,external_node_path_.join)('src', 'main', 'java', 'dev', 'flinkpipeline', 'referee', 'Referee.java');
const MAIN_CLASS = 'dev.flinkpipeline.referee.Referee';
/**
 * The repository's `referee/` folder: beside `dist/` for the built CLI and action, two levels
 * up from `src/referee/` when run from source.
 */
function refereeSources(from = (0,external_node_path_.dirname)((0,external_node_url_.fileURLToPath)(import.meta.url))) {
    for (let at = from;; at = (0,external_node_path_.dirname)(at)) {
        if ((0,external_node_fs_.existsSync)((0,external_node_path_.join)(at, 'referee', 'pom.xml')))
            return (0,external_node_path_.join)(at, 'referee');
        if ((0,external_node_path_.dirname)(at) === at)
            throw new RefereeUnavailable('the referee/ folder (pom.xml) is missing beside flink-pipeline; reinstall it');
    }
}
/** The Apache Flink version the referee's pom pins. */
function refereeFlinkVersion() {
    const pom = (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(refereeSources(), 'pom.xml'), 'utf8');
    return /<flink\.version>([^<]+)<\/flink\.version>/.exec(pom)?.[1] ?? 'unknown';
}
/**
 * Where jars and the compiled referee are kept: FLINK_PIPELINE_REFEREE_CACHE, else
 * `$XDG_CACHE_HOME/flink-pipeline/referee`, else `~/.cache/flink-pipeline/referee`.
 */
function cacheRoot(env = process.env) {
    if (env.FLINK_PIPELINE_REFEREE_CACHE)
        return (0,external_node_path_.resolve)(env.FLINK_PIPELINE_REFEREE_CACHE);
    const base = env.XDG_CACHE_HOME ? (0,external_node_path_.resolve)(env.XDG_CACHE_HOME) : (0,external_node_path_.join)((0,external_node_os_.homedir)(), '.cache');
    return (0,external_node_path_.join)(base, 'flink-pipeline', 'referee');
}
/** A tool from JAVA_HOME (for java and javac) or PATH, checked by running it. */
function tool(name, env) {
    const candidates = [];
    if (name !== 'mvn' && env.JAVA_HOME)
        candidates.push((0,external_node_path_.join)(env.JAVA_HOME, 'bin', name));
    candidates.push(name);
    for (const c of candidates) {
        const r = (0,external_node_child_process_.spawnSync)(c, [name === 'mvn' ? '--version' : '-version'], {
            encoding: 'utf8',
            env,
            timeout: 60_000,
        });
        if (!r.error && r.status === 0)
            return c;
    }
    return undefined;
}
function javaMajor(java, env) {
    const r = (0,external_node_child_process_.spawnSync)(java, ['-version'], { encoding: 'utf8', env });
    const m = /version "(\d+)(?:\.(\d+))?/.exec(`${r.stderr}${r.stdout}`);
    if (!m)
        return 0;
    return m[1] === '1' ? Number(m[2]) : Number(m[1]);
}
/** Maven's coloured output without its escape sequences. */
function stripColours(line) {
    return line.replace(new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g'), '');
}
function lastLines(text, n = 3) {
    return text
        .split('\n')
        .map((l) => stripColours(l).trim())
        .filter((l) => l && !l.startsWith('[INFO]'))
        .slice(-n)
        .join(' ');
}
/** Whether java and mvn are both here (for the tests' skip line). */
function toolsPresent(env = process.env) {
    return { java: !!tool('java', env) && !!tool('javac', env), mvn: !!tool('mvn', env) };
}
/** The runtime, resolving and compiling on first use; later calls only check files. */
function prepareReferee(options = {}) {
    const env = options.env ?? process.env;
    const sources = refereeSources();
    const pom = (0,external_node_path_.join)(sources, 'pom.xml');
    const source = (0,external_node_path_.join)(sources, SOURCE);
    const key = (0,external_node_crypto_.createHash)('sha256')
        .update((0,external_node_fs_.readFileSync)(pom))
        .update('\0')
        .update((0,external_node_fs_.readFileSync)(source))
        .digest('hex')
        .slice(0, 16);
    const root = cacheRoot(env);
    const dir = (0,external_node_path_.join)(root, key);
    const classpathFile = (0,external_node_path_.join)(dir, 'classpath.txt');
    const classes = (0,external_node_path_.join)(dir, 'classes');
    const java = tool('java', env);
    if (!java) {
        throw new RefereeUnavailable('the Flink referee needs Java 17 or later: `java` was not found (install a JDK or set JAVA_HOME)');
    }
    const major = javaMajor(java, env);
    if (major < 17) {
        throw new RefereeUnavailable(`the Flink referee needs Java 17 or later; \`${java}\` is Java ${major || 'of an unknown version'} (set JAVA_HOME to a newer JDK)`);
    }
    if ((0,external_node_fs_.existsSync)(classpathFile) && (0,external_node_fs_.existsSync)(classes)) {
        return { java, classpath: [classes, (0,external_node_fs_.readFileSync)(classpathFile, 'utf8').trim()].join(external_node_path_.delimiter), dir };
    }
    const mvn = tool('mvn', env);
    if (!mvn) {
        throw new RefereeUnavailable("the Flink referee needs Maven (`mvn`) once, to download Apache Flink's jars into " +
            `${root}; install Maven 3.8 or later (or set FLINK_PIPELINE_REFEREE_CACHE to a folder that holds them)`);
    }
    const javac = tool('javac', env);
    if (!javac) {
        throw new RefereeUnavailable('the Flink referee needs a JDK (`javac`), not only a Java runtime: install a JDK 17 or later');
    }
    (0,external_node_fs_.mkdirSync)(dir, { recursive: true });
    return withLock((0,external_node_path_.join)(dir, 'lock'), () => {
        // Another process may have finished while this one waited.
        if ((0,external_node_fs_.existsSync)(classpathFile) && (0,external_node_fs_.existsSync)(classes)) {
            return { java, classpath: [classes, (0,external_node_fs_.readFileSync)(classpathFile, 'utf8').trim()].join(external_node_path_.delimiter), dir };
        }
        return resolveAndCompile({
            java,
            mvn,
            javac,
            env,
            pom,
            source,
            root,
            dir,
            classpathFile,
            classes,
            log: options.log,
        });
    });
}
/**
 * One process at a time resolves and compiles into a cache folder (tests run in parallel
 * workers); a lock older than ten minutes is from a process that died and is taken over.
 */
function withLock(lock, body) {
    const sleeper = new Int32Array(new SharedArrayBuffer(4));
    for (;;) {
        try {
            (0,external_node_fs_.mkdirSync)(lock);
            break;
        }
        catch {
            try {
                if (Date.now() - (0,external_node_fs_.statSync)(lock).mtimeMs > 10 * 60_000)
                    (0,external_node_fs_.rmSync)(lock, { recursive: true, force: true });
            }
            catch {
                // Released meanwhile.
            }
            Atomics.wait(sleeper, 0, 0, 250);
        }
    }
    try {
        return body();
    }
    finally {
        (0,external_node_fs_.rmSync)(lock, { recursive: true, force: true });
    }
}
function resolveAndCompile(p) {
    const { java, mvn, javac, env, pom, source, root, dir, classpathFile, classes } = p;
    p.log?.(`referee: resolving Apache Flink's jars with Maven into ${root} (first run only)`);
    const pending = `${classpathFile}.${process.pid}`;
    const resolved = (0,external_node_child_process_.spawnSync)(mvn, [
        '-B',
        '-q',
        '-f',
        pom,
        `-Dmaven.repo.local=${(0,external_node_path_.join)(root, 'm2')}`,
        'dependency:build-classpath',
        `-Dmdep.outputFile=${pending}`,
        '-Dmdep.includeScope=runtime',
    ], { encoding: 'utf8', env, maxBuffer: 64 * 1024 * 1024 });
    if (resolved.status !== 0 || !(0,external_node_fs_.existsSync)(pending)) {
        (0,external_node_fs_.rmSync)(pending, { force: true });
        throw new RefereeUnavailable(`could not download Apache Flink's jars with Maven (exit ${resolved.status ?? resolved.error?.message}): ` +
            `${lastLines(`${resolved.stdout}\n${resolved.stderr}`) || 'no output'}; check access to Maven Central ` +
            '(or a mirror in ~/.m2/settings.xml), then run again');
    }
    const classpath = (0,external_node_fs_.readFileSync)(pending, 'utf8').trim();
    const building = `${classes}.${process.pid}`;
    (0,external_node_fs_.rmSync)(building, { recursive: true, force: true });
    const compiled = (0,external_node_child_process_.spawnSync)(javac, ['-nowarn', '-d', building, '-cp', classpath, source], {
        encoding: 'utf8',
        env,
        maxBuffer: 16 * 1024 * 1024,
    });
    if (compiled.status !== 0) {
        (0,external_node_fs_.rmSync)(building, { recursive: true, force: true });
        (0,external_node_fs_.rmSync)(pending, { force: true });
        throw new RefereeUnavailable(`could not compile the referee (${lastLines(`${compiled.stdout}\n${compiled.stderr}`) || `exit ${compiled.status}`})`);
    }
    // Another process may have finished first: either copy is the same.
    try {
        (0,external_node_fs_.renameSync)(building, classes);
    }
    catch {
        (0,external_node_fs_.rmSync)(building, { recursive: true, force: true });
    }
    (0,external_node_fs_.writeFileSync)(pending, classpath);
    (0,external_node_fs_.renameSync)(pending, classpathFile);
    return { java, classpath: [classes, classpath].join(external_node_path_.delimiter), dir };
}

;// CONCATENATED MODULE: ./src/referee/jvm.ts
/**
 * One JVM per run: the whole request on standard input, one JSON line per statement back.
 */


/**
 * JVM flags: a small heap suits planning; the serial collector and the client compiler alone
 * start fastest (a run is seconds long: the optimising compiler would not pay off; measured by
 * bench/referee.mjs, about twice as fast on two cores).
 */
const JVM_FLAGS = [
    '-XX:+UseSerialGC',
    '-XX:TieredStopAtLevel=1',
    '-Xss8m',
    '-Xmx1g',
    '-Dfile.encoding=UTF-8',
];
function runJvm(runtime, statements) {
    const started = Date.now();
    return new Promise((resolvePromise, reject) => {
        const child = (0,external_node_child_process_.spawn)(runtime.java, [...JVM_FLAGS, '-cp', runtime.classpath, MAIN_CLASS], {
            stdio: ['pipe', 'pipe', 'pipe'],
        });
        const answers = new Map();
        let startupMillis = 0;
        let done = false;
        let pending = '';
        let stderr = '';
        child.stdout.setEncoding('utf8');
        child.stdout.on('data', (chunk) => {
            pending += chunk;
            let nl;
            while ((nl = pending.indexOf('\n')) >= 0) {
                const line = pending.slice(0, nl).trim();
                pending = pending.slice(nl + 1);
                if (!line)
                    continue;
                let value;
                try {
                    value = JSON.parse(line);
                }
                catch {
                    continue;
                }
                if (value.ready)
                    startupMillis = Date.now() - started;
                else if (value.done)
                    done = true;
                else if (typeof value.id === 'string')
                    answers.set(value.id, value);
            }
        });
        child.stderr.setEncoding('utf8');
        child.stderr.on('data', (chunk) => {
            // Only the end matters, for a message when the JVM dies.
            stderr = (stderr + chunk).slice(-8000);
        });
        child.on('error', (e) => reject(new RefereeUnavailable(`could not start \`${runtime.java}\`: ${e.message}`)));
        child.on('close', (code) => {
            if (done) {
                resolvePromise({ answers, startupMillis, totalMillis: Date.now() - started });
                return;
            }
            const last = stderr
                .split('\n')
                .map((l) => l.trim())
                .filter((l) => l && !l.startsWith('SLF4J') && !l.startsWith('at '))
                .slice(-2)
                .join(' ');
            reject(new RefereeUnavailable(`the referee's JVM stopped (exit ${code}) after ${answers.size} of ${statements.length} statements${last ? `: ${last}` : ''}`));
        });
        child.stdin.on('error', () => {
            // The JVM died before reading everything: 'close' reports it.
        });
        child.stdin.end(JSON.stringify({ statements }));
    });
}

;// CONCATENATED MODULE: ./src/referee/run.ts



/** Why a project table is not in the planner's catalog. */
function missingInProject(project) {
    return (name) => {
        const t = project.tables.get(name);
        if (!t || t.external)
            return 'is not defined in the project (an external table: the referee does not know its columns)';
        return 'has no CREATE TABLE in the project';
    };
}
const quote = (name) => `\`${name.replace(/`/g, '``')}\``;
/** A fresh catalog and database for a group, and the session its answers are read in. */
function groupSession(n, session) {
    const catalog = session.catalog === DEFAULT_SESSION.catalog ? `referee_${n}` : session.catalog;
    const sql = [
        `USE CATALOG ${quote(DEFAULT_SESSION.catalog)}`,
        `DROP CATALOG IF EXISTS ${quote(catalog)}`,
        `CREATE CATALOG ${quote(catalog)} WITH ('type' = 'generic_in_memory')`,
        `USE CATALOG ${quote(catalog)}`,
        `CREATE DATABASE IF NOT EXISTS ${quote(session.database)}`,
        `USE ${quote(session.database)}`,
    ];
    return {
        statements: sql.map((s, i) => ({ id: `${n}/session-${i}`, action: 'execute', sql: s })),
        session: { catalog, database: session.database },
    };
}
async function referee(groups, options = {}) {
    const prepared = groups.map((g) => prepare(g.items, g.describeMissing));
    const statements = [];
    const sessions = [];
    prepared.forEach((p, n) => {
        const s = groupSession(n, groups[n].session);
        sessions.push(s.session);
        if (!p.statements.length)
            return;
        statements.push(...s.statements, ...p.statements.map((st) => ({ ...st, id: `${n}/${st.id}` })));
    });
    if (!statements.length) {
        return { outcomes: prepared.map((p) => p.outcomes), startupMillis: 0, totalMillis: 0, sent: 0 };
    }
    const runtime = options.runtime ?? prepareReferee(options.prepare);
    const run = await runJvm(runtime, statements);
    const perGroup = groups.map(() => new Map());
    for (const [id, answer] of run.answers) {
        const slash = id.indexOf('/');
        const n = Number(id.slice(0, slash));
        const own = id.slice(slash + 1);
        if (own.startsWith('session-') && answer.status === 'error') {
            throw new Error(`the referee could not set up its catalog: ${answer.error?.message}`);
        }
        perGroup[n].set(own, { ...answer, id: own });
    }
    return {
        outcomes: groups.map((g, n) => assemble(g.items, prepared[n].outcomes, perGroup[n], sessions[n])),
        startupMillis: run.startupMillis,
        totalMillis: run.totalMillis,
        sent: statements.length,
    };
}

;// CONCATENATED MODULE: ./src/engine/validate.ts



const CREATING_STEPS = new Set(['create-table', 'create-statement', 'alter-table']);
/** Tables whose statements the plan creates (or alters), in plan order. */
function tablesToValidate(plan) {
    return [...new Set(plan.steps.filter((s) => CREATING_STEPS.has(s.action)).map((s) => s.table))];
}
/** The planner's "From line 3, column 8 to line 3, column 12: " prefix: the position is reported apart. */
function withoutPosition(message) {
    return message.replace(/^From line \d+, column \d+ to line \d+, column \d+: /, '');
}
function statementOf(outcome) {
    switch (outcome.status) {
        case 'accepted':
            return { status: 'accepted' };
        case 'planned':
            return {
                status: 'accepted',
                stateful: outcome.operators.length > 0,
                reads: outcome.reads,
                writes: outcome.writes,
            };
        case 'rejected':
            return {
                status: 'rejected',
                message: withoutPosition(outcome.message),
                ...(outcome.line !== undefined ? { errorLine: outcome.line, column: outcome.column } : {}),
            };
        case 'not-checked':
            return { status: 'not-checked', reason: outcome.reason };
    }
}
/**
 * Plans the given tables' DDL and DML with Apache Flink's planner; their ancestors' DDL is
 * loaded first so that the queries can be planned, and reported only when it is rejected.
 */
async function validateWithFlink(project, tables, environment) {
    const items = projectItems(project, { targets: new Set(tables) });
    const result = await referee([
        {
            items,
            session: {
                catalog: environment.catalog ?? 'default_catalog',
                database: environment.database ?? 'default_database',
            },
            describeMissing: missingInProject(project),
        },
    ]);
    const statements = [];
    for (const item of items) {
        const outcome = result.outcomes[0].get(item.id);
        if (item.context && outcome.status !== 'rejected')
            continue;
        const { errorLine, ...rest } = statementOf(outcome);
        statements.push({
            ...(item.table ? { table: item.table } : {}),
            file: item.file,
            line: errorLine ?? item.line,
            kind: item.kind,
            ...rest,
        });
    }
    const count = (s) => statements.filter((x) => x.status === s).length;
    const counts = {
        accepted: count('accepted'),
        rejected: count('rejected'),
        notChecked: count('not-checked'),
    };
    return {
        engine: 'flink',
        checkedBy: `Apache Flink ${refereeFlinkVersion()}'s planner (offline)`,
        ok: counts.rejected === 0,
        counts,
        statements,
    };
}

// EXTERNAL MODULE: ./src/render/markdown.ts
var markdown = __webpack_require__(2495);
;// CONCATENATED MODULE: ./src/render/validation.ts

const LABEL = {
    accepted: 'accepted',
    rejected: 'rejected',
    'not-checked': 'not checked',
};
function where(s) {
    return `${s.file}:${s.line}${s.column !== undefined ? `:${s.column}` : ''}`;
}
function detail(s) {
    if (s.status === 'rejected')
        return s.message ?? '';
    if (s.status === 'not-checked')
        return s.reason ?? '';
    return s.stateful === undefined ? '' : s.stateful ? 'keeps state' : 'no state';
}
function countsLine(v) {
    return `${v.counts.accepted} accepted, ${v.counts.rejected} rejected, ${v.counts.notChecked} not checked`;
}
function renderValidationText(v) {
    const lines = [`validate: checked by ${v.checkedBy}: ${countsLine(v)}`];
    const order = ['rejected', 'not-checked', 'accepted'];
    for (const status of order) {
        for (const s of v.statements.filter((x) => x.status === status)) {
            const d = detail(s);
            lines.push(`  ${LABEL[status].padEnd(11)} ${where(s)}${s.table ? ` (${s.table})` : ''}${d ? `: ${d}` : ''}`);
        }
    }
    if (!v.statements.length)
        lines.push('  no statement to check: the change creates none');
    return lines.join('\n') + '\n';
}
/** The section under the plan in the pull-request comment. */
function renderValidationMarkdown(v) {
    const lines = [`### Validation: checked by ${markdownText(v.checkedBy)}`, '', countsLine(v) + '.'];
    const shown = v.statements.filter((s) => s.status !== 'accepted');
    if (shown.length) {
        lines.push('', '| Result | Statement | Detail |', '|---|---|---|');
        for (const s of shown) {
            lines.push(`| ${LABEL[s.status]} | ${codeSpan(where(s))} | ${richText(detail(s))} |`);
        }
    }
    return lines.join('\n');
}

// EXTERNAL MODULE: ./src/status/source.ts
var source = __webpack_require__(4101);
// EXTERNAL MODULE: ./src/cli/context.ts
var context = __webpack_require__(5217);
// EXTERNAL MODULE: ./src/cli/commands/plan.ts
var commands_plan = __webpack_require__(1754);
;// CONCATENATED MODULE: ./src/cli/commands/validate.ts








const ENGINES = ['flink', 'confluent'];
/**
 * `validate --engine flink`: the statements a change would create, planned by Apache Flink's
 * planner offline (no credentials). Exit 1 when a statement is rejected.
 */
async function validateCommand(ctx) {
    const format = (0,context/* formatOf */.be)(ctx, ['text', 'json']);
    if (ctx.positionals.length)
        throw new errors/* UserError */.y(`validate: unexpected argument "${ctx.positionals[0]}"`);
    const engine = (ctx.values.engine ?? 'flink');
    if (!ENGINES.includes(engine))
        throw new errors/* UserError */.y(`validate: --engine ${engine} is unknown; use flink`);
    if (engine === 'confluent') {
        throw new errors/* UserError */.y('validate: --engine confluent (a dry run on Confluent Cloud) is not available in this version; use --engine flink');
    }
    const config = (0,context/* configOf */.W1)(ctx);
    const environment = ctx.values.env ?? config.environment;
    let computed;
    try {
        computed = await (0,plan/* computePlan */.Ru)({
            pipelines: (0,context/* pipelinesOf */.n5)(ctx, config),
            config,
            configPath: ctx.values.config ?? load/* DEFAULT_CONFIG_FILE */.Cu,
            environment,
            target: (0,commands_plan.targetOf)(ctx, 'validate'),
            status: source/* noStatus */.iE,
            command: 'validate',
        });
    }
    catch (e) {
        if (e instanceof plan/* UnreadableProjectError */.lx)
            (0,context/* printDiagnostics */.aE)(ctx, e.diagnostics);
        throw e;
    }
    const env = environment ? config.environments?.[environment] : undefined;
    const validation = await validateWithFlink(computed.head, tablesToValidate(computed.plan), {
        catalog: env?.catalog,
        database: env?.database,
    });
    if (format === 'json')
        ctx.io.out.write(JSON.stringify(validation, null, 2) + '\n');
    else
        ctx.io.out.write(renderValidationText(validation));
    return validation.ok ? 0 : 1;
}


/***/ })

};
