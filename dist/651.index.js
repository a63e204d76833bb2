export const id = 651;
export const ids = [651];
export const modules = {

/***/ 1754:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   planCommand: () => (/* binding */ planCommand),
/* harmony export */   targetOf: () => (/* binding */ targetOf)
/* harmony export */ });
/* harmony import */ var _config_load_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1036);
/* harmony import */ var _deploy_plan_file_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5636);
/* harmony import */ var _engine_plan_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6462);
/* harmony import */ var _project_diagnostics_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8585);
/* harmony import */ var _render_comment_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9947);
/* harmony import */ var _render_validation_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9165);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(17);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(5217);
/* harmony import */ var _status_source_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(5942);
/* harmony import */ var _validate_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(4918);










/** `--base/--head`, or `--tables [--descendants]`, or `--all`: shared by plan and deploy. */
function targetOf(ctx, command) {
    const { tables, all, descendants, base, head } = ctx.values;
    if (all && tables)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .UserError */ .y(`${command}: use --tables or --all, not both`);
    if ((all || tables) && (base || head))
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .UserError */ .y(`${command}: --base/--head plan a change; --tables/--all plan a selection; use one`);
    if (descendants && !tables)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .UserError */ .y(`${command}: --descendants goes with --tables`);
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
    const format = (0,_context_js__WEBPACK_IMPORTED_MODULE_7__/* .formatOf */ .be)(ctx, ['text', 'json', 'markdown']);
    if (ctx.positionals.length)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .UserError */ .y(`plan: unexpected argument "${ctx.positionals[0]}"`);
    if (ctx.values.engine !== undefined && !ctx.values.validate) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .UserError */ .y('plan: --engine goes with --validate');
    }
    const engine = ctx.values.validate ? (0,_validate_js__WEBPACK_IMPORTED_MODULE_9__.engineOf)(ctx, 'plan --validate', 'confluent') : undefined;
    const config = (0,_context_js__WEBPACK_IMPORTED_MODULE_7__/* .configOf */ .W1)(ctx);
    // The dry runs' client; with --status confluent it reads live status too.
    const confluent = engine === 'confluent' ? (0,_validate_js__WEBPACK_IMPORTED_MODULE_9__.dryRunTarget)(config, ctx.values.env, 'plan --validate') : undefined;
    const environment = confluent?.name ?? ctx.values.env ?? config.environment;
    const target = targetOf(ctx, 'plan');
    (0,_context_js__WEBPACK_IMPORTED_MODULE_7__/* .checkOutPath */ .K7)('plan', ctx.values.out);
    let computed;
    try {
        computed = await (0,_engine_plan_js__WEBPACK_IMPORTED_MODULE_2__/* .computePlan */ .Ru)({
            pipelines: (0,_context_js__WEBPACK_IMPORTED_MODULE_7__/* .pipelinesOf */ .n5)(ctx, config),
            config,
            configPath: ctx.values.config ?? _config_load_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_CONFIG_FILE */ .Cu,
            environment,
            target,
            status: confluent && ctx.values.status === 'confluent'
                ? confluent.status
                : (0,_status_source_js__WEBPACK_IMPORTED_MODULE_8__/* .statusSourceOf */ .vA)(ctx, config, environment),
            allowRollback: !!ctx.values['allow-rollback'],
        });
    }
    catch (e) {
        if (e instanceof _engine_plan_js__WEBPACK_IMPORTED_MODULE_2__/* .UnreadableProjectError */ .lx)
            (0,_context_js__WEBPACK_IMPORTED_MODULE_7__/* .printDiagnostics */ .aE)(ctx, e.diagnostics);
        throw e;
    }
    const { plan, head, commitRange } = computed;
    (0,_context_js__WEBPACK_IMPORTED_MODULE_7__/* .printDiagnostics */ .aE)(ctx, ctx.values.verbose ? head.diagnostics : head.diagnostics.filter((d) => d.severity !== 'notice'));
    if (ctx.values.out)
        (0,_deploy_plan_file_js__WEBPACK_IMPORTED_MODULE_1__/* .writePlanJson */ .T)(ctx.values.out, plan);
    const validation = engine && (await (0,_validate_js__WEBPACK_IMPORTED_MODULE_9__.validateComputed)(engine, computed, config, environment, confluent));
    if (format === 'json') {
        ctx.io.out.write(JSON.stringify(validation ? { ...plan, validation } : plan, null, 2) + '\n');
    }
    else if (format === 'markdown') {
        ctx.io.out.write((0,_render_comment_js__WEBPACK_IMPORTED_MODULE_4__/* .renderPlanMarkdown */ .d$)(plan, head, { commitRange }));
        if (validation)
            ctx.io.out.write(`\n---\n\n${(0,_render_validation_js__WEBPACK_IMPORTED_MODULE_5__/* .renderValidationMarkdown */ .ZJ)(validation)}\n`);
    }
    else {
        ctx.io.out.write((0,_render_comment_js__WEBPACK_IMPORTED_MODULE_4__/* .renderPlanText */ .$D)(plan, head));
        if (validation)
            ctx.io.out.write(`\n${(0,_render_validation_js__WEBPACK_IMPORTED_MODULE_5__/* .renderValidationText */ .ZK)(validation)}`);
    }
    if ((0,_project_diagnostics_js__WEBPACK_IMPORTED_MODULE_3__/* .hasFatal */ .vW)(head.diagnostics))
        return 1;
    return plan.errors.length || (validation && !validation.ok) ? 1 : 0;
}


/***/ }),

/***/ 4918:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  dryRunTarget: () => (/* binding */ dryRunTarget),
  engineOf: () => (/* binding */ engineOf),
  validateCommand: () => (/* binding */ validateCommand),
  validateComputed: () => (/* binding */ validateComputed)
});

// EXTERNAL MODULE: ./src/config/load.ts
var load = __webpack_require__(1036);
// EXTERNAL MODULE: ./src/engine/confluent.ts + 1 modules
var confluent = __webpack_require__(6253);
// EXTERNAL MODULE: ./src/engine/plan.ts + 4 modules
var plan = __webpack_require__(6462);
// EXTERNAL MODULE: ./src/plan/dry-run.ts
var dry_run = __webpack_require__(4010);
// EXTERNAL MODULE: ./src/plan/validation.ts
var validation = __webpack_require__(2824);
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

// EXTERNAL MODULE: ./src/sql/changelog.ts
var changelog = __webpack_require__(3774);
;// CONCATENATED MODULE: ./src/referee/translate.ts
/**
 * Confluent Cloud DDL as Apache Flink DDL, for planning only (docs/referee.md has the table).
 * Apache Flink has no default connector, no bucketing on Kafka and none of Confluent's
 * Schema Registry formats; a table keeps its columns, key, watermark and, above all, its
 * changelog mode: the connector chosen decides whether the planner adds ChangelogNormalize
 * or a sink upsert materializer, which is what the referee is asked about.
 *
 * Every rewrite keeps the text's line breaks, so a planner error points at the file's line.
 */


/**
 * The statement properties (SET lines, `.properties` files) that can change a plan, in Apache
 * Flink's names. Flink's own `table.*` options (`table.exec.*`, `table.optimizer.*`, …) decide
 * operators: `table.exec.sink.upsert-materialize`, mini-batches, distinct-aggregate splitting.
 * Confluent Cloud's `sql.local-time-zone` is Flink's `table.local-time-zone`. The others are
 * left out: `sql.state-ttl` says how long state lives, not whether there is any;
 * `sql.tables.scan.*` and `sql.tables.initial-offset-from` where reading starts;
 * `sql.current-catalog`/`-database` are the session the referee sets; `client.*` belong to the
 * CLI; runtime options (`execution.*`, `parallelism.*`) do not reach the planner's operators.
 */
function plannerSettings(properties) {
    const out = {};
    for (const [key, value] of Object.entries(properties)) {
        if (key === 'sql.local-time-zone')
            out['table.local-time-zone'] ??= value;
        else if (key.startsWith('table.'))
            out[key] = value;
    }
    return out;
}
/** The translation with the planner settings that apply to it (queries only). */
function translate_withSettings(t, properties) {
    if (t.action !== 'plan' && t.action !== 'plan-set' && t.action !== 'ctas')
        return t;
    const config = plannerSettings(properties);
    return Object.keys(config).length ? { ...t, config } : t;
}
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
/**
 * The changelog mode the table's own clauses decide, by the analyzer's rule (sql/changelog.ts):
 * declared; else a change-event format is retract; else upsert with a key. Undefined when
 * they decide nothing, 'unknown' for a declared mode that is not append, upsert or retract.
 */
function decided(ddl) {
    // The connector is not asked: a connector Apache Flink has is kept as written.
    return (0,changelog/* decidedMode */.EN)({
        option: (key) => (key === 'connector' ? undefined : ddl.options[key]),
        primaryKey: ddl.primaryKey.length > 0,
    })?.mode;
}
/** The table's changelog mode as Confluent decides it, append when nothing decides; undefined for a mode it does not know. */
function changelogMode(ddl) {
    const mode = decided(ddl) ?? 'append';
    return mode === 'unknown' ? undefined : mode;
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
            mode: decided(ddl) === undefined ? undefined : mode,
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
    // A key or a change-event format decided the mode already; otherwise the query's changes do.
    const mode = head.mode ?? 'infer';
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
            // The statement's properties, as a deploy sends them: SET lines, then the .properties file.
            const properties = role === 'dml' ? table.properties : { ...file.analysis.properties, ...table.ddlProperties };
            for (const s of statements_fileStatements(file.text, file.analysis)) {
                const translated = translateStatement(file.text, s, name);
                if (!translated)
                    continue;
                const translation = translate_withSettings(translated, properties);
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
 * created earlier in the same file, and the SET lines before it are its settings. The
 * analyzer's verdict is the statement's own.
 */
function fileItems(path, text, analysis, prefix = path) {
    const items = [];
    const views = new Map();
    // SET lines hold for the statements after them, as in a SQL client session.
    const session = {};
    let n = 0;
    for (const s of fileStatements(text, analysis)) {
        const property = s.analyzed.property;
        if (property)
            session[property.key] = property.value;
        const sink = s.analyzed.sinks[0];
        const translated = translateStatement(text, s, sink);
        if (!translated)
            continue;
        const translation = withSettings(translated, session);
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

// EXTERNAL MODULE: ./src/engine/dry-run.ts
var engine_dry_run = __webpack_require__(4191);
;// CONCATENATED MODULE: ./src/engine/validate.ts






/** Tables whose statements the plan creates (or alters), in plan order. */
function tablesToValidate(plan) {
    return [...new Set(plan.steps.filter((s) => dry_run/* VALIDATED_STEPS */.fF.has(s.action)).map((s) => s.table))];
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
    return (0,validation/* validationOf */.D)('flink', `Apache Flink ${refereeFlinkVersion()}'s planner (offline)`, statements);
}
/** The plan's statements validated by one engine; the CLI and the action both call this. */
function validatePlan(engine, computed, options) {
    if (engine === 'confluent') {
        const { target } = options;
        if (!target)
            throw new Error('validatePlan: the confluent engine needs a target');
        return (0,engine_dry_run/* validateOnConfluent */.sV)(computed, {
            client: target.client,
            environment: { name: target.name, env: target.env },
            maxParallel: options.maxParallel,
        });
    }
    return validateWithFlink(computed.head, tablesToValidate(computed.plan), {
        catalog: options.env?.catalog,
        database: options.env?.database,
    });
}

// EXTERNAL MODULE: ./src/render/validation.ts
var render_validation = __webpack_require__(9165);
// EXTERNAL MODULE: ./src/status/source.ts
var source = __webpack_require__(4101);
// EXTERNAL MODULE: ./src/cli/context.ts
var context = __webpack_require__(5217);
// EXTERNAL MODULE: ./src/cli/status-source.ts
var status_source = __webpack_require__(5942);
// EXTERNAL MODULE: ./src/cli/commands/plan.ts
var commands_plan = __webpack_require__(1754);
;// CONCATENATED MODULE: ./src/cli/commands/validate.ts










const ENGINES = ['flink', 'confluent'];
/** `--engine`, checked; `fallback` when it is not given. */
function engineOf(ctx, command, fallback) {
    const engine = (ctx.values.engine ?? fallback);
    if (!ENGINES.includes(engine)) {
        throw new errors/* UserError */.y(`${command}: --engine ${engine} is unknown; use flink or confluent`);
    }
    return engine;
}
/** The Confluent target of the dry runs: credentials from the environment only. */
function dryRunTarget(config, environment, command) {
    return (0,confluent/* confluentTarget */.Ev)(config, environment, (0,status_source/* cliCredentials */.HP)(), command);
}
/** Validates the statements of a computed plan with the engine (`target` for `confluent`). */
function validateComputed(engine, computed, config, environment, target) {
    return validatePlan(engine, computed, {
        env: environment ? config.environments?.[environment] : undefined,
        target,
        maxParallel: config.maxParallel,
    });
}
/**
 * `validate --engine flink|confluent`: the statements a change would create, planned by Apache
 * Flink's planner offline (no credentials), or sent to Confluent Cloud as dry runs (with live
 * status, so the plan is the one a deploy would run). Exit 1 when a statement is rejected.
 */
async function validateCommand(ctx) {
    const format = (0,context/* formatOf */.be)(ctx, ['text', 'json']);
    if (ctx.positionals.length)
        throw new errors/* UserError */.y(`validate: unexpected argument "${ctx.positionals[0]}"`);
    const engine = engineOf(ctx, 'validate', 'flink');
    if (ctx.values.status) {
        throw new errors/* UserError */.y('validate: --status is not an option here; --engine confluent reads live status, --engine flink none');
    }
    const config = (0,context/* configOf */.W1)(ctx);
    const target = engine === 'confluent' ? dryRunTarget(config, ctx.values.env, 'validate') : undefined;
    const environment = target?.name ?? ctx.values.env ?? config.environment;
    let computed;
    try {
        computed = await (0,plan/* computePlan */.Ru)({
            pipelines: (0,context/* pipelinesOf */.n5)(ctx, config),
            config,
            configPath: ctx.values.config ?? load/* DEFAULT_CONFIG_FILE */.Cu,
            environment,
            target: (0,commands_plan.targetOf)(ctx, 'validate'),
            status: target?.status ?? source/* noStatus */.iE,
            command: 'validate',
        });
    }
    catch (e) {
        if (e instanceof plan/* UnreadableProjectError */.lx)
            (0,context/* printDiagnostics */.aE)(ctx, e.diagnostics);
        throw e;
    }
    const validation = await validateComputed(engine, computed, config, environment, target);
    if (format === 'json')
        ctx.io.out.write(JSON.stringify(validation, null, 2) + '\n');
    else
        ctx.io.out.write((0,render_validation/* renderValidationText */.ZK)(validation));
    return validation.ok ? 0 : 1;
}


/***/ }),

/***/ 5636:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  w: () => (/* binding */ readPlanFile),
  T: () => (/* binding */ writePlanJson)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(8816);
// EXTERNAL MODULE: ./src/plan/types.ts
var types = __webpack_require__(9898);
;// CONCATENATED MODULE: ./src/render/plan-json.ts
/** Elements of a list stringified together: few enough to keep pieces small, many enough to keep calls few. */
const BATCH = 64;
/**
 * `JSON.stringify(plan, null, 2)` in pieces, one per batch of elements of the plan's lists, so
 * a plan of ten thousand steps is written without building its megabytes as one string (and
 * again as one buffer). Joined, the pieces are exactly that JSON: a batch stringified as
 * `[[…batch]]` sits two levels deep, as the plan's list elements do, so JSON.stringify indents
 * it as the whole plan would, and only its two wrapping brackets are cut off.
 */
function* planJsonPieces(plan) {
    let first = true;
    for (const [key, value] of Object.entries(plan)) {
        const sep = `${first ? '{' : ','}\n  ${JSON.stringify(key)}: `;
        if (Array.isArray(value) && value.length) {
            first = false;
            yield `${sep}[`;
            for (let i = 0; i < value.length; i += BATCH) {
                // `[\n  [` + `\n    element` joined by `,` + `\n  ]\n]`
                const text = JSON.stringify([value.slice(i, i + BATCH)], null, 2);
                yield (i ? ',' : '') + text.slice(5, -6);
            }
            yield '\n  ]';
            continue;
        }
        // Raw newlines in JSON.stringify's output are only ever its indentation (newlines in
        // strings come out escaped), so a value one level deep is re-indented by prefixing them.
        const text = JSON.stringify(value, null, 2);
        if (text === undefined)
            continue; // as JSON.stringify leaves out undefined and functions
        first = false;
        yield sep + text.replaceAll('\n', '\n  ');
    }
    yield first ? '{}' : '\n}';
}

// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(17);
// EXTERNAL MODULE: ./src/util/files.ts
var files = __webpack_require__(5787);
;// CONCATENATED MODULE: ./src/deploy/plan-file.ts






const step = schemas/* looseObject */._H3({
    id: schemas/* string */.YjP().min(1),
    table: schemas/* string */.YjP().min(1),
    action: schemas/* enum */.k5n(types/* STEP_ACTIONS */.R),
    statement: schemas/* string */.YjP().min(1),
    sql: schemas/* string */.YjP().optional(),
    properties: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* string */.YjP()).optional(),
    computePool: schemas/* string */.YjP().optional(),
    after: schemas/* array */.YOg(schemas/* string */.YjP()),
    wave: schemas/* number */.aig(),
    destructive: schemas/* boolean */.zMY(),
});
const planSchema = schemas/* looseObject */._H3({
    version: schemas/* literal */.euz(1),
    base: schemas/* string */.YjP().nullable(),
    head: schemas/* string */.YjP().nullable(),
    steps: schemas/* array */.YOg(step),
    errors: schemas/* array */.YOg(schemas/* looseObject */._H3({ message: schemas/* string */.YjP() })),
    hash: schemas/* string */.YjP().min(1),
});
/** A plan written by `plan --out` or the action's `plan-json` output, checked before anything runs. */
function readPlanFile(path) {
    const text = (0,files/* readUserFile */.E)(path, 'plan file');
    let raw;
    try {
        raw = JSON.parse(text);
    }
    catch (e) {
        throw new errors/* UserError */.y(`${path}: not a plan file: invalid JSON (${e.message}); write one with plan --out FILE`);
    }
    const result = planSchema.safeParse(raw);
    if (!result.success) {
        const issue = result.error.issues[0];
        throw new errors/* UserError */.y(`${path}: not a plan file: ${issue.path.join('.') || '(top level)'}: ${issue.message}; write one with plan --out FILE`);
    }
    const plan = result.data;
    const ids = new Set(plan.steps.map((s) => s.id));
    for (const s of plan.steps) {
        const missing = s.after.find((a) => !ids.has(a));
        if (missing)
            throw new errors/* UserError */.y(`${path}: step ${s.id} comes after ${missing}, which is not in the plan`);
    }
    return plan;
}
/** Writes the plan JSON in batches of pieces: a large plan never exists as one string. */
function writePlanJson(path, plan) {
    const fd = (0,external_node_fs_.openSync)(path, 'w');
    try {
        let batch = '';
        for (const piece of planJsonPieces(plan)) {
            batch += piece;
            if (batch.length >= 1 << 16) {
                writeAll(fd, batch);
                batch = '';
            }
        }
        writeAll(fd, batch + '\n');
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
function writeAll(fd, text) {
    const written = (0,external_node_fs_.writeSync)(fd, text);
    // A short write is rare (a full disk, a signal); finish from the bytes where it stopped.
    const bytes = Buffer.byteLength(text);
    if (written < bytes) {
        const buffer = Buffer.from(text);
        for (let done = written; done < bytes;)
            done += (0,external_node_fs_.writeSync)(fd, buffer, done);
    }
}


/***/ }),

/***/ 4191:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   rk: () => (/* binding */ deployCheckOf),
/* harmony export */   sV: () => (/* binding */ validateOnConfluent)
/* harmony export */ });
/* unused harmony exports DRY_RUN_PROPERTY, dryRunProperties, confluentCheckedBy, deployCheck */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _confluent_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9375);
/* harmony import */ var _confluent_labels_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3923);
/* harmony import */ var _plan_dry_run_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4010);
/* harmony import */ var _plan_names_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2471);
/* harmony import */ var _plan_reconcile_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7863);
/* harmony import */ var _plan_validation_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(2824);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(17);
/**
 * Validation on Confluent Cloud: every statement a plan creates (DDL, DML, ALTER) is sent as the
 * deploy would send it, with its step's SQL, properties and compute pool, plus
 * `sql.dry-run = 'true'`: the service parses it and checks it against the catalog, and answers
 * in the create response itself, COMPLETED (no issues) or FAILED with the issues in
 * `status.detail`; nothing runs, nothing is created, and the dry run is never stored, so there
 * is nothing to poll and nothing to delete (confluent-sql 0.7.0 `connection.py`,
 * `dry_run_statement`: "answers synchronously in the submission response and never stores it
 * … it can't be fetched, stopped or deleted later"; confluentinc/cli
 * `pkg/flink/types/processed_statement.go`, PrintOutputDryRunStatement). A create response in
 * another phase is no verdict: that statement is "not checked", never "accepted".
 */








const DRY_RUN_PROPERTY = 'sql.dry-run';
/**
 * The step's properties with `sql.dry-run = 'true'` last: a pull request cannot turn the dry
 * run off with a property of its own (any spelling of the key is dropped first).
 */
function dryRunProperties(properties, leaveOut = []) {
    const out = {};
    for (const [k, v] of Object.entries(properties ?? {})) {
        if (k.trim().toLowerCase() !== DRY_RUN_PROPERTY && !leaveOut.includes(k))
            out[k] = v;
    }
    out[DRY_RUN_PROPERTY] = 'true';
    return out;
}
const oneLine = (text) => text.replace(/\s*\n\s*/g, ' ').trim();
/** Which engine checked, in words (the comment and the CLI say it). */
function confluentCheckedBy(environment) {
    const id = environment.env.environmentId;
    return `Confluent Cloud (dry runs in environment ${environment.name}${id ? `, ${id}` : ''})`;
}
/** An API failure that ends the whole validation (credentials, permissions, reachability), as one line. */
function fatal(e, environment, command) {
    if (e.status === 401) {
        return new _util_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .UserError */ .y(`${command}: Confluent Cloud rejected the Flink API key (HTTP 401) for the dry runs; check the key and secret`, 1);
    }
    if (e.status === 403) {
        return new _util_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .UserError */ .y(`${command}: the Flink API key may not create statements in environment ${environment} (HTTP 403); a dry run is a statement: give the key's principal a role that creates statements (FlinkDeveloper), or validate with Apache Flink's planner (engine flink), which needs no credentials`, 1);
    }
    return new _util_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .UserError */ .y(`${command}: the dry runs on Confluent Cloud could not run: ${e.message}`, 1);
}
/** A refusal that concerns this statement only (the request itself was invalid for the service). */
const ownRefusal = (e) => e.status >= 400 && e.status < 500 && ![401, 403, 404, 408, 429].includes(e.status);
/**
 * Sends each statement of the plan that a dry run can judge now (plan/dry-run.ts), in plan
 * order, at most `maxParallel` at a time, and reads its verdict from the create response. Throws
 * a UserError when the service cannot be used at all (key, permission, network).
 */
async function validateOnConfluent(computed, options) {
    const { client, environment } = options;
    const items = (0,_plan_dry_run_js__WEBPACK_IMPORTED_MODULE_3__/* .dryRunStatements */ .Z_)(computed.plan, computed.head, computed.base).filter((item) => !options.actions || options.actions.has(item.step.action));
    const runId = options.runId ?? (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(4).toString('hex').slice(0, 7);
    const results = new Array(items.length);
    let stop;
    const verdict = async (item, index) => {
        const where = { ...(item.table ? { table: item.table } : {}), file: item.file, kind: item.kind };
        if (item.skip)
            return { ...where, line: item.line, status: 'not-checked', reason: item.skip };
        const rejected = (message) => {
            const text = oneLine(message);
            return { ...where, ...(0,_plan_dry_run_js__WEBPACK_IMPORTED_MODULE_3__/* .placeEngineError */ .kz)(item, text), status: 'rejected', message: text };
        };
        const notChecked = (reason) => ({
            ...where,
            line: item.line,
            status: 'not-checked',
            reason,
        });
        const name = (0,_plan_names_js__WEBPACK_IMPORTED_MODULE_4__/* .statementBase */ .dv)(environment.env.statementPrefix, 'validate', runId, String(index + 1));
        let s;
        try {
            s = await client.createStatement({
                name,
                statement: item.step.sql,
                properties: dryRunProperties(item.step.properties, options.leaveOut),
                computePoolId: item.step.computePool,
                principal: environment.env.principal,
                labels: { [_confluent_labels_js__WEBPACK_IMPORTED_MODULE_2__/* .LABEL_VALIDATION */ .hu]: runId },
            });
        }
        catch (e) {
            if (e instanceof _confluent_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .FlinkApiError */ .vC && e.status === 409) {
                return notChecked(`the dry-run statement name ${name} is taken by a statement in the environment`);
            }
            if (e instanceof _confluent_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .FlinkApiError */ .vC && ownRefusal(e)) {
                return rejected(`Confluent Cloud refused the statement (HTTP ${e.status}): ${e.detail || e.message}`);
            }
            if (e instanceof _confluent_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .FlinkApiError */ .vC)
                throw fatal(e, environment.name, options.command ?? 'validate');
            throw e;
        }
        const phase = s.status?.phase;
        if (phase === 'COMPLETED')
            return { ...where, line: item.line, status: 'accepted' };
        if (phase === 'FAILED') {
            // Only the detail in the response: a dry run has no exceptions to fetch, it is not stored.
            const detail = s.status?.detail ? await client.failureDetail(s) : undefined;
            return rejected(detail ?? 'the dry run ended FAILED without a detail');
        }
        return notChecked(`the dry run's create response says ${phase ?? 'no phase'}, not the final COMPLETED or FAILED a dry run answers with; nothing was polled (a dry run is never stored)`);
    };
    // A pool of workers over the statements in plan order: dependency order, at most maxParallel at once.
    let next = 0;
    let failure;
    const worker = async () => {
        while (next < items.length && stop === undefined && failure === undefined) {
            const i = next++;
            try {
                results[i] = await verdict(items[i], i);
            }
            catch (e) {
                if (e instanceof _util_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .UserError */ .y)
                    stop ??= e;
                else
                    failure ??= e;
            }
        }
    };
    const width = Math.max(1, Math.min(options.maxParallel ?? 8, items.length));
    await Promise.all(Array.from({ length: width }, worker));
    if (failure !== undefined)
        throw failure;
    if (stop)
        throw stop;
    return (0,_plan_validation_js__WEBPACK_IMPORTED_MODULE_7__/* .validationOf */ .D)('confluent', confluentCheckedBy(environment), results, []);
}
/** The statements a deploy checks before it sends anything: the ones that replace running queries. */
const DEPLOY_CHECKED = new Set(['create-statement']);
/**
 * The check a deploy runs before it stops or drops anything: each statement it will start
 * (`create-statement`) that a dry run can judge now is sent as one, with the step's SQL and
 * properties. A rebuild whose table keeps its definition is judged too, against the table as
 * it is: the commonest change, a new query for the same table, is refused here, before its
 * running statement is stopped and its table dropped, rather than after. Statements the plan
 * creates tables for first cannot be judged now; they are left to the deploy (it rolls a
 * refused carry-over back). Returns why the deploy must not start, or undefined.
 */
async function deployCheck(computed, options) {
    const validation = await validateOnConfluent(computed, {
        ...options,
        actions: DEPLOY_CHECKED,
        command: 'deploy',
        // A carry-over names the running statement it takes offsets from; no source shows how a
        // dry run answers while that statement still runs. The SQL is what is checked here, and a
        // check that refused wrongly would stop every carry-over deploy: the reference is left out.
        leaveOut: [_plan_reconcile_js__WEBPACK_IMPORTED_MODULE_5__/* .CARRY_OVER */ .nu],
    });
    const rejected = validation.statements.filter((s) => s.status === 'rejected');
    return rejected.length ? deployCheckError(rejected) : undefined;
}
/** Why the deploy does not start: each statement the dry runs refused, at its file and line. */
function deployCheckError(rejected) {
    const each = rejected.map((s) => `${s.file}:${s.line}${s.table ? ` (${s.table})` : ''}: ${s.message}`);
    return (`Confluent Cloud refuses ${rejected.length === 1 ? 'a statement' : `${rejected.length} statements`} this deploy would start ` +
        `(checked as dry runs before anything was stopped): ${each.join('; ')}; fix the SQL and deploy again`);
}
/**
 * The executor's `check` for a deploy planned now: it checks the plan the deploy runs when that
 * is the plan `latest` last computed (with its projects), and nothing otherwise.
 */
function deployCheckOf(latest, options) {
    return async (plan) => {
        const computed = latest();
        return computed?.plan === plan ? deployCheck(computed, options) : undefined;
    };
}


/***/ }),

/***/ 4010:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z_: () => (/* binding */ dryRunStatements),
/* harmony export */   fF: () => (/* binding */ VALIDATED_STEPS),
/* harmony export */   kz: () => (/* binding */ placeEngineError)
/* harmony export */ });
/* harmony import */ var _project_build_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3289);
/* harmony import */ var _planner_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(649);
/* harmony import */ var _sql_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9079);
/**
 * Which of a plan's statements a dry run on the engine can judge now, and where each comes from
 * in the files. A dry run (`sql.dry-run = 'true'`) checks a statement against the catalog as it
 * is when the statement is sent; nothing the plan does first (create, drop, alter) has happened
 * then. So a statement is sent only when every table it touches is, right now, what it will be
 * when the deploy sends it; otherwise it is "not checked", with the reason. Pure: the engine's
 * answers are placed back on the files by `placeEngineError`.
 */



/** Steps that submit a statement the deploy keeps: what a validation checks. DROP is not checked. */
const VALIDATED_STEPS = new Set([
    'create-table',
    'alter-table',
    'create-statement',
]);
const code = (name) => `\`${name}\``;
const names = (list) => list.map(code).join(', ');
/** 1-based line and column of an offset in a text. */
function position(text, offset) {
    let line = 1;
    let start = 0;
    for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
        line++;
        start = i + 1;
    }
    return { line, column: offset - start + 1 };
}
/** Offset of the first character of a 1-based line. */
function lineOffset(text, line) {
    let at = 0;
    for (let l = 1; l < line; l++) {
        const nl = text.indexOf('\n', at);
        if (nl < 0)
            return text.length;
        at = nl + 1;
    }
    return at;
}
/**
 * The analysed statement a step submits: the one whose text is the step's SQL, else (a
 * blue-green rename rewrote it) the first of the step's kind.
 */
function statementOf(file, step) {
    const kinds = step.action === 'create-statement' ? _planner_js__WEBPACK_IMPORTED_MODULE_1__/* .DML_KINDS */ .AM : _planner_js__WEBPACK_IMPORTED_MODULE_1__/* .DDL_KINDS */ .TS;
    const candidates = file.analysis.statements.filter((s) => kinds.has(s.kind));
    if (step.action !== 'alter-table' && step.sql !== undefined) {
        const same = candidates.find((s) => (0,_sql_js__WEBPACK_IMPORTED_MODULE_2__/* .statementText */ .t6)(file.text, s) === step.sql);
        if (same)
            return same;
    }
    return candidates[0];
}
function fileOf(t, step) {
    if (!t)
        return undefined;
    if (step.action === 'create-statement')
        return t.dml ?? t.ddl;
    return t.ddl;
}
/** The DDL statement's fingerprint: equal fingerprints are the same definition, whatever the layout. */
function ddlFingerprint(t) {
    const s = t?.ddl?.analysis.statements.find((x) => _planner_js__WEBPACK_IMPORTED_MODULE_1__/* .DDL_KINDS */ .TS.has(x.kind));
    return s?.fingerprint;
}
/**
 * The plan's statements in plan order (dependency order), each with its file and line, and
 * `skip` set when a dry run now cannot stand for the deploy. `base` is the project the live
 * tables were deployed from (the pull request's base); without it a table the plan drops and
 * creates again counts as a new definition.
 */
function dryRunStatements(plan, head, base) {
    const dropped = new Set(plan.steps.filter((s) => s.action === 'drop-table').map((s) => s.table));
    const altered = new Set(plan.steps.filter((s) => s.action === 'alter-table').map((s) => s.table));
    const created = new Map();
    for (const s of plan.steps) {
        if (s.action !== 'create-table')
            continue;
        if (!dropped.has(s.table))
            created.set(s.table, 'new');
        else {
            const before = ddlFingerprint(base?.tables.get(s.table));
            const after = ddlFingerprint(head.tables.get(s.table));
            created.set(s.table, before !== undefined && before === after ? 'same' : 'changed');
        }
    }
    const resolve = (name) => {
        if (head.tables.has(name))
            return name;
        const b = (0,_project_build_js__WEBPACK_IMPORTED_MODULE_0__/* .baseName */ .Fl)(name);
        return head.tables.has(b) ? b : name;
    };
    /** Created by the plan, with a definition the engine does not have now. */
    const unknownNow = (table) => {
        const c = created.get(table);
        return c === 'new' || c === 'changed';
    };
    const out = [];
    for (const step of plan.steps) {
        if (!VALIDATED_STEPS.has(step.action) || step.sql === undefined)
            continue;
        const t = head.tables.get(step.table);
        const file = fileOf(t, step);
        const analysed = file && statementOf(file, step);
        let line = analysed?.startLine ?? 1;
        let column = 1;
        if (file && step.action !== 'alter-table') {
            const from = analysed ? lineOffset(file.text, analysed.startLine) : 0;
            const at = file.text.indexOf(step.sql, from);
            if (at >= 0)
                ({ line, column } = position(file.text, at));
        }
        const refs = file && analysed && step.action !== 'alter-table'
            ? [...analysed.sinkRefs, ...analysed.sourceRefs].map((r) => ({
                name: r.name,
                ...position(file.text, r.offset),
            }))
            : [];
        const own = step.table;
        const sources = analysed && step.action !== 'alter-table' ? analysed.sources.map(resolve) : [];
        const reads = [...new Set(sources.filter((s) => s !== own))];
        const writes = step.action === 'create-statement' ? [...new Set([own, ...(analysed?.sinks ?? []).map(resolve)])] : [];
        let skip;
        if (step.action === 'create-table' && created.get(own) !== 'new') {
            skip = `creates ${code(own)} again after dropping it: the engine still has the current table`;
        }
        else if (reads.some(unknownNow)) {
            skip = `reads tables this change creates: ${names(reads.filter(unknownNow))}`;
        }
        else if (writes.some(unknownNow)) {
            skip = `writes ${names(writes.filter(unknownNow))}, which this change creates`;
        }
        else if (reads.some((r) => altered.has(r))) {
            skip = `reads ${names(reads.filter((r) => altered.has(r)))}, whose options this change alters first`;
        }
        else if (step.action === 'create-statement' && writes.some((w) => altered.has(w))) {
            skip = `writes ${names(writes.filter((w) => altered.has(w)))}, whose options this change alters first`;
        }
        out.push({
            step,
            table: own,
            file: file?.path ?? '',
            line,
            column,
            kind: step.action === 'alter-table' ? 'alter-table' : (analysed?.kind ?? step.action),
            refs,
            ...(skip ? { skip } : {}),
        });
    }
    return out;
}
/**
 * Where an engine's error belongs in the file: a `line N, column M` in the message (relative to
 * the statement sent), else the first table of the statement the message names in quotes, else
 * the one it names first unquoted, else the statement's first line.
 */
function placeEngineError(item, message) {
    const at = /\bline (\d+)(?:, column (\d+))?/i.exec(message);
    if (at) {
        const n = Number(at[1]);
        const line = item.line + n - 1;
        if (at[2] === undefined)
            return { line };
        const c = Number(at[2]);
        return { line, column: n === 1 ? item.column + c - 1 : c };
    }
    const quoted = /'([^'\n]+)'|`([^`\n]+)`|"([^"\n]+)"/g;
    for (let m = quoted.exec(message); m; m = quoted.exec(message)) {
        const named = (0,_project_build_js__WEBPACK_IMPORTED_MODULE_0__/* .baseName */ .Fl)(m[1] ?? m[2] ?? m[3]).toLowerCase();
        const ref = item.refs.find((r) => (0,_project_build_js__WEBPACK_IMPORTED_MODULE_0__/* .baseName */ .Fl)(r.name).toLowerCase() === named);
        if (ref)
            return { line: ref.line, column: ref.column };
    }
    // Unquoted: the table of the statement whose name comes first in the message, as a whole word.
    const lower = message.toLowerCase();
    let best;
    for (const ref of item.refs) {
        const name = (0,_project_build_js__WEBPACK_IMPORTED_MODULE_0__/* .baseName */ .Fl)(ref.name).toLowerCase();
        for (let at = lower.indexOf(name); at >= 0; at = lower.indexOf(name, at + 1)) {
            const whole = !/[\w$]/.test(lower[at - 1] ?? ' ') && !/[\w$]/.test(lower[at + name.length] ?? ' ');
            if (!whole)
                continue;
            if (!best || at < best.at)
                best = { at, ref };
            break;
        }
    }
    return best ? { line: best.ref.line, column: best.ref.column } : { line: item.line };
}


/***/ }),

/***/ 2824:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ validationOf)
/* harmony export */ });
/**
 * The result of validating the statements a plan creates, whichever engine checked them:
 * Apache Flink's planner offline (`flink`, engine/validate.ts), or Confluent Cloud's dry runs
 * (`confluent`, engine/dry-run.ts). The CLI output, its JSON and the pull-request section read
 * this shape only, so they do not depend on the engine.
 */
/** The validation of `statements`, with its counts; `ok` when none is rejected. */
function validationOf(engine, checkedBy, statements, notes = []) {
    const count = (s) => statements.filter((x) => x.status === s).length;
    const counts = {
        accepted: count('accepted'),
        rejected: count('rejected'),
        notChecked: count('not-checked'),
    };
    return {
        engine,
        checkedBy,
        ok: counts.rejected === 0,
        counts,
        statements,
        ...(notes.length ? { notes } : {}),
    };
}


/***/ }),

/***/ 9947:
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
    /** Tables in the plan that are not in the head graph (removed ones): drawn without edges */
    loose = [];
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
            if (id === undefined)
                this.loose.push(n.table);
            else if (!inPlan[id]) {
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
        const byLevel = (a, b) => view.levelOfId(a) - view.levelOfId(b) || a - b;
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
            return `${this.view.levelOfId(id)}\u0000${t?.product ?? ''}`;
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
        // The node counts are known up front: skip building what cannot fit. Without collapsing the
        // edges are too; collapsing only merges edges, so the plan's edges bound them.
        const groups = level === 2 ? this.groups() : undefined;
        const nodeCount = this.loose.length +
            (groups
                ? this.planIds.length - groups.collapsed + groups.groupCount
                : this.planIds.length + (level === 0 ? this.contextIds.length : 0));
        if (nodeCount > this.limits.maxNodes || (!groups && this.planEdgeCount > this.limits.maxEdges)) {
            return {
                level,
                lines: [],
                cut: null,
                mermaidChars: Infinity,
                edges: this.planEdgeCount,
                nodes: nodeCount,
                fits: false,
            };
        }
        const ids = level === 0 ? [...this.planIds, ...this.contextIds] : [...this.planIds];
        if (level === 0)
            ids.sort((a, b) => this.view.levelOfId(a) - this.view.levelOfId(b) || a - b);
        // unit[id] = the key edges use: the table name, or its summary node's key
        const unit = new Map();
        const nodes = this.loose.map((t) => this.planNode(t));
        const taken = new Set(nodes.map((n) => n.name));
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
        const mermaid = counted ? (0,render_mermaid/* renderMermaid */.m)(nodes, edges) : '';
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
            note: `level ${this.view.levelOfId(ids[0])}: ${summary}`,
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
    const g = project.graph;
    // By id, null on a cycle: the project reports it, and the plan renders in plan order.
    const levels = (0,graph/* levelsByIdOrNull */.YW)(g);
    const levelOfId = (id) => (levels ? levels[id] : -1);
    const level = (t) => {
        const id = g.index.get(t);
        return id === undefined ? -1 : levelOfId(id);
    };
    // Decorate-sort-undecorate: stable, and no map lookups inside the comparator.
    const nodes = plan.nodes
        .map((n, i) => ({ n, level: level(n.table), i }))
        .sort((a, b) => a.level - b.level || a.i - b.i)
        .map((x) => x.n);
    // The planner already orders steps by wave; the stable sort would return them as they are.
    const steps = byWave(plan.steps)
        ? plan.steps.slice()
        : plan.steps
            .map((s, i) => ({ s, i }))
            .sort((a, b) => a.s.wave - b.s.wave || a.i - b.i)
            .map((x) => x.s);
    const stepNumber = new StepNumbers(steps);
    const destructiveSet = new Set();
    let destructiveSteps = 0;
    for (const s of plan.steps) {
        if (!s.destructive)
            continue;
        destructiveSteps++;
        destructiveSet.add(s.table);
    }
    // Node order first, then the tables of steps without a node.
    const destructiveTables = new Set();
    for (const n of nodes)
        if (destructiveSet.has(n.table))
            destructiveTables.add(n.table);
    for (const s of plan.steps)
        if (destructiveSet.has(s.table))
            destructiveTables.add(s.table);
    const changedTables = new Set(plan.changes.filter((c) => !NO_DEPLOY.has(c.kind)).map((c) => c.table));
    const noDeploy = plan.changes.filter((c) => NO_DEPLOY.has(c.kind) && !changedTables.has(c.table));
    return {
        plan,
        nodes,
        steps,
        stepNumber,
        level,
        levelOfId,
        destructiveTables: [...destructiveTables],
        destructive: destructiveSet,
        counts: {
            changed: changedTables.size,
            noDeploy: new Set(noDeploy.map((c) => c.table)).size,
            nodes: plan.nodes.length,
            steps: plan.steps.length,
            destructive: destructiveSteps,
            waves: plan.steps.reduce((m, s) => Math.max(m, s.wave + 1), 0),
        },
    };
}
/**
 * Numbers of steps by id, found by reading the steps only as far as asked. A comment shows the
 * first few hundred steps of a large plan and their `after` ids point at earlier steps: a map
 * of all ten thousand ids cost more than the rows shown.
 */
class StepNumbers {
    steps;
    known = new Map();
    read = 0;
    constructor(steps) {
        this.steps = steps;
    }
    get(id) {
        const hit = this.known.get(id);
        if (hit !== undefined)
            return hit;
        while (this.read < this.steps.length) {
            const s = this.steps[this.read++];
            if (this.known.has(s.id))
                continue;
            this.known.set(s.id, this.read);
            if (s.id === id)
                return this.read;
        }
        return undefined;
    }
}
function byWave(steps) {
    for (let i = 1; i < steps.length; i++)
        if (steps[i].wave < steps[i - 1].wave)
            return false;
    return true;
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

;// CONCATENATED MODULE: ./src/render/rows.ts
/**
 * The rows of one list of the PR comment, rendered on first use. A comment cut to GitHub's
 * limit shows a few hundred of a large plan's ten thousand steps: rendering every row only to
 * measure it and throw it away cost more than the rest of the comment. Every question the
 * layout asks (how long are the first n rows, how many plan items do they stand for) renders
 * exactly the rows it needs, so the answers are those of the fully rendered list.
 */
class Rows {
    length;
    render;
    lines = [];
    /** sums[i] = length of lines[0..i) with their newlines */
    sums = [0];
    /** itemSums[i] = plan items behind rows [0..i); absent when every row is one item */
    itemSums;
    /**
     * @param length how many rows the list has
     * @param render row i (pure: the same row whenever it is asked for)
     * @param items plan items behind each row, when a row can stand for several
     */
    constructor(length, render, items) {
        this.length = length;
        this.render = render;
        if (items) {
            const sums = [0];
            for (let i = 0; i < length; i++)
                sums.push(sums[i] + items[i]);
            this.itemSums = sums;
        }
    }
    static of(lines, items) {
        return new Rows(lines.length, (i) => lines[i], items);
    }
    /** Characters of the first n rows, a newline after each. */
    chars(n) {
        this.fill(n);
        return this.sums[n];
    }
    /**
     * Characters of the first rows up to the first prefix reaching `limit`, or of all rows when
     * they stay below it: whether the whole list is shorter than the limit, learnt without
     * rendering past it.
     */
    charsReaching(limit) {
        let n = 0;
        while (n < this.length && this.chars(n) < limit)
            n++;
        return this.chars(n);
    }
    /** Plan items behind the first n rows. */
    items(n) {
        return this.itemSums ? this.itemSums[n] : n;
    }
    first(n) {
        this.fill(n);
        return this.lines.slice(0, n);
    }
    fill(n) {
        for (let i = this.lines.length; i < n; i++) {
            const line = this.render(i);
            this.lines.push(line);
            this.sums.push(this.sums[i] + line.length + 1);
        }
    }
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
/**
 * The sticky PR comment for a plan (docs/architecture.md#the-path-of-a-pull-request): marker and hidden metadata, summary, errors,
 * changes, ordered plan and steps, warnings, and the impacted sub-DAG as Mermaid. Pure. The body
 * never exceeds `maxChars`: the diagram is reduced first (neighbours dropped, impacted tables
 * collapsed, a table instead), then the lists are cut, always with a visible note; the summary,
 * the errors and the first steps always remain.
 */
function renderPlanMarkdown(plan, project, opts = {}) {
    const maxChars = opts.maxChars ?? DEFAULT_MAX_CHARS;
    const view = planView(plan, project);
    const warnings = warningRows(plan.warnings);
    // Rows are rendered as the layout asks for them: a cut comment never renders the rest.
    const rows = {
        changes: new Rows(plan.changes.length, (i) => changeRow(plan.changes[i])),
        nodes: new Rows(view.nodes.length, (i) => nodeRow(view, view.nodes[i], i)),
        steps: new Rows(view.steps.length, (i) => stepRow(view, view.steps[i], i)),
        warnings: Rows.of(warnings.map((w) => w.line), warnings.map((w) => w.warnings.length)),
    };
    const diagram = hasWork(plan) ? new PlanDiagram(view, project, diagramLimits(opts.diagram)) : undefined;
    const render = (layout) => assemble(view, opts, rows, warnings, diagram, layout);
    const all = Object.fromEntries(LISTS.map((k) => [k, rows[k].length]));
    const size = (k, n) => rows[k].chars(n);
    // 1. Everything, with the diagram reduced step by step down to the table.
    const levels = diagram ? diagram.candidates().filter((l) => l <= 3) : [null];
    let listsAlone = 0;
    for (const k of LISTS)
        listsAlone += rows[k].charsReaching(maxChars - listsAlone);
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
    const total = (k) => rows[k].length;
    let remaining = budget - LISTS.reduce((sum, k) => sum + rows[k].chars(keep[k]), 0);
    const take = (k, allowance) => {
        const start = rows[k].chars(keep[k]);
        while (keep[k] < total(k) && rows[k].chars(keep[k] + 1) - start <= allowance)
            keep[k]++;
        const spent = rows[k].chars(keep[k]) - start;
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
    const cutLists = LISTS.filter((k) => layout.keep[k] < rows[k].length);
    const kept = (k) => rows[k].first(layout.keep[k]);
    const left = (k) => rows[k].items(rows[k].length) - rows[k].items(layout.keep[k]);
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
        const total = rows[k].items(rows[k].length);
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
        const nodesFolded = rows.nodes.length > DETAILS_AFTER;
        if (nodesFolded)
            out.push(`<details><summary>${(0,markdown/* plural */.LS)(counts.nodes, 'statement')}</summary>`, '');
        out.push(...(0,markdown/* tableHead */.PP)(['#', 'table', 'action', 'reason']));
        out.push(...kept('nodes'), ...more(left('nodes'), 'statement'));
        if (nodesFolded)
            out.push('', '</details>');
        out.push('');
        if (rows.steps.length) {
            const title = `${(0,markdown/* plural */.LS)(counts.steps, 'step')} in ${(0,markdown/* plural */.LS)(counts.waves, 'wave')}${counts.destructive ? ` (${(0,markdown/* count */.U9)(counts.destructive)} destructive)` : ''}`;
            const stepsFolded = rows.steps.length > DETAILS_AFTER;
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
/* harmony export */   U9: () => (/* reexport safe */ _util_text_js__WEBPACK_IMPORTED_MODULE_0__.U9),
/* harmony export */   YD: () => (/* binding */ richText),
/* harmony export */   nM: () => (/* binding */ row),
/* harmony export */   p7: () => (/* binding */ markdownText),
/* harmony export */   q: () => (/* binding */ hiddenJsonComment)
/* harmony export */ });
/* unused harmony exports htmlText, readHiddenJsonComment */
/* harmony import */ var _util_text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9997);
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
/** `1 table`, `3 tables` (irregular plurals passed in). */
function plural(n, one, many = `${one}s`) {
    return `${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_0__/* .count */ .U9)(n)} ${n === 1 ? one : many}`;
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
/* harmony export */   m: () => (/* binding */ renderMermaid)
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


/***/ }),

/***/ 9165:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ZJ: () => (/* binding */ renderValidationMarkdown),
/* harmony export */   ZK: () => (/* binding */ renderValidationText)
/* harmony export */ });
/* unused harmony export countsLine */
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2495);

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
    for (const n of v.notes ?? [])
        lines.push(`  note: ${n}`);
    return lines.join('\n') + '\n';
}
const MARK = {
    accepted: '✅ accepted',
    rejected: '❌ rejected',
    'not-checked': '➖ not checked',
};
/** Rows of the pull-request section; the rest are counted. */
const MAX_ROWS = 200;
/**
 * The section under the plan in the pull-request comment and the job summary: which engine
 * checked, the counts, then every statement (rejected first, accepted last, so a cut body
 * loses the accepted ones).
 */
function renderValidationMarkdown(v) {
    const lines = [`### Validation: checked by ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownText */ .p7)(v.checkedBy)}`, '', countsLine(v) + '.'];
    for (const n of v.notes ?? [])
        lines.push('', `> [!WARNING]\n> ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .richText */ .YD)(n, 2000)}`);
    const order = ['rejected', 'not-checked', 'accepted'];
    const sorted = order.flatMap((status) => v.statements.filter((s) => s.status === status));
    if (sorted.length) {
        lines.push('', ...(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .tableHead */ .PP)(['Result', 'Statement', 'Table', 'Detail']));
        for (const s of sorted.slice(0, MAX_ROWS)) {
            lines.push((0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .row */ .nM)([
                MARK[s.status],
                (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .codeSpan */ .SS)(where(s)),
                s.table ? (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .codeSpan */ .SS)(s.table) : '',
                (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .richText */ .YD)(detail(s), s.status === 'rejected' ? 1000 : 300),
            ]));
        }
        if (sorted.length > MAX_ROWS)
            lines.push('', `_… and ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .count */ .U9)(sorted.length - MAX_ROWS)} more statements._`);
    }
    else
        lines.push('', 'No statement to check: the change creates none.');
    return lines.join('\n');
}


/***/ })

};
