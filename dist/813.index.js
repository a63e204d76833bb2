export const id = 813;
export const ids = [813];
export const modules = {

/***/ 6813:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  EMULATOR_USAGE: () => (/* binding */ EMULATOR_USAGE),
  emulatorCommand: () => (/* binding */ emulatorCommand),
  parseEmulatorArgs: () => (/* binding */ parseEmulatorArgs)
});

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
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

// EXTERNAL MODULE: ./src/sql/reserved.ts
var sql_reserved = __webpack_require__(7898);
// EXTERNAL MODULE: ./src/sql/analyze.ts + 7 modules
var analyze = __webpack_require__(5917);
// EXTERNAL MODULE: ./src/sql/lexer.ts
var lexer = __webpack_require__(1518);
// EXTERNAL MODULE: ./src/plan/sql.ts
var sql = __webpack_require__(9079);
;// CONCATENATED MODULE: ./src/emulator/catalog.ts
/**
 * Where the emulator's tables live, as on Confluent Cloud: a catalog per environment, a
 * database per Kafka cluster, a table per topic. Names resolve the way Flink resolves them:
 * `t` in the current catalog and database, `db.t` in the current catalog, `cat.db.t` as
 * written. The current ones come from the statement's `sql.current-catalog` and
 * `sql.current-database`; without them they are `default`, a catalog in which nothing exists.
 *
 * Evidence:
 * - docs, USE CATALOG (https://docs.confluent.io/cloud/current/flink/reference/statements/use-catalog.html):
 *   "The default current catalog is named `default`"; catalog = environment, database = Kafka
 *   cluster, either known by id or by display name.
 * - confluentinc/confluent-sql `confluent_sql/connection.py` (`_resolve_properties`) always
 *   sends `sql.current-catalog` = the environment id, and `sql.current-database` when set;
 *   confluentinc/cli `internal/flink/command_statement_create.go` sends the environment's display
 *   name as the catalog. Both are accepted here: the declared catalog has both names.
 */

const CATALOG_PROPERTY = 'sql.current-catalog';
const DATABASE_PROPERTY = 'sql.current-database';
const DEFAULT = 'default';
const key = (a) => `${a.catalog}\u0000${a.database}\u0000${a.table}`;
const quote = (s) => `\`${s.replace(/`/g, '``')}\``;
class Catalog {
    environmentId;
    catalogName;
    database;
    now;
    dropWindowMs;
    entries = new Map();
    /** Catalog → its databases */
    databases = new Map([[DEFAULT, new Set([DEFAULT])]]);
    /** Names whose topic is being deleted, until when */
    dying = new Map();
    constructor(
    /** The environment: the catalog's id */
    environmentId, 
    /** The catalog's display name (the environment id when none was given) */
    catalogName, 
    /** The database the emulator declares (its Kafka cluster) */
    database, now, 
    /** How long a dropped table's topic takes to go (the "try again later" window) */
    dropWindowMs) {
        this.environmentId = environmentId;
        this.catalogName = catalogName;
        this.database = database;
        this.now = now;
        this.dropWindowMs = dropWindowMs;
        this.declare(environmentId, database);
    }
    /** The declared catalog is the same whether named by id or display name. */
    canonical(catalog) {
        return catalog === this.catalogName ? this.environmentId : catalog;
    }
    declare(catalog, database) {
        const c = this.canonical(catalog);
        const dbs = this.databases.get(c) ?? new Set();
        dbs.add(database);
        this.databases.set(c, dbs);
    }
    /** The current catalog and database of a statement, or why they do not exist. */
    context(properties) {
        const rawCatalog = properties[CATALOG_PROPERTY];
        const rawDatabase = properties[DATABASE_PROPERTY];
        const catalog = rawCatalog === undefined ? DEFAULT : this.canonical(rawCatalog);
        const database = rawDatabase ?? DEFAULT;
        if (!this.databases.has(catalog)) {
            return { error: `Catalog '${rawCatalog}' does not exist or you do not have permission to access it.` };
        }
        if (rawDatabase !== undefined && !this.databases.get(catalog).has(database)) {
            return {
                error: `Database '${rawDatabase}' does not exist in catalog '${rawCatalog ?? DEFAULT}' or you do not have permission to access it.`,
            };
        }
        return { catalog, database, shownCatalog: rawCatalog ?? DEFAULT, shownDatabase: database };
    }
    /**
     * Why no table can be created at this address: its catalog or database does not exist. The
     * `default` catalog a statement without properties starts in holds no database.
     */
    cannotCreateIn(a) {
        const catalog = a.catalog === this.environmentId ? this.catalogName : a.catalog;
        if (a.catalog === DEFAULT || !this.databases.has(a.catalog))
            return `Catalog '${catalog}' does not exist or you do not have permission to access it.`;
        if (!this.databases.get(a.catalog).has(a.database))
            return `Database '${a.database}' does not exist in catalog '${catalog}' or you do not have permission to access it.`;
        return undefined;
    }
    /** A name as written (quotes and dots included) resolved against the current catalog and database. */
    address(written, ctx) {
        const parts = (0,sql/* nameParts */.IN)(written);
        if (parts.length > 3 || parts.some((p) => p === '')) {
            return { error: `Invalid table name '${written}': use [catalog.][database.]table.` };
        }
        const table = parts[parts.length - 1];
        const database = parts.length >= 2 ? parts[parts.length - 2] : ctx.database;
        const catalog = parts.length === 3 ? this.canonical(parts[0]) : ctx.catalog;
        return { catalog, database, table, written: parts.join('.') };
    }
    /** `` `catalog`.`database`.`table` `` as the service prints names. */
    show(a) {
        const catalog = a.catalog === this.environmentId ? this.catalogName : a.catalog;
        return [catalog, a.database, a.table].map(quote).join('.');
    }
    lookup(a) {
        const k = key(a);
        const t = this.now();
        const entry = this.entries.get(k);
        if (entry?.hiddenUntil !== undefined && t >= entry.hiddenUntil) {
            if (entry.afterHidden === 'remove') {
                this.entries.delete(k);
                this.dying.set(k, entry.hiddenUntil + this.dropWindowMs);
            }
            else {
                entry.hiddenUntil = undefined;
                entry.afterHidden = undefined;
            }
        }
        const now = this.entries.get(k);
        if (now)
            return now.hiddenUntil === undefined
                ? { state: 'present', entry: now }
                : { state: 'hidden', entry: now };
        const until = this.dying.get(k);
        if (until !== undefined && t < until)
            return { state: 'dying' };
        if (until !== undefined)
            this.dying.delete(k);
        return { state: 'missing' };
    }
    add(a, kind, createdBy, ddl) {
        this.declare(a.catalog, a.database);
        const entry = {
            catalog: this.canonical(a.catalog),
            database: a.database,
            table: a.table,
            kind,
            createdBy,
            ...(ddl?.ddl ? { ddl: ddl.ddl, changelogMode: ddl.changelogMode } : {}),
        };
        this.entries.set(key(entry), entry);
        this.dying.delete(key(entry));
        return entry;
    }
    /**
     * DROP TABLE of a Kafka-backed table: the entry goes at once, its topic some time later. Until
     * then a CREATE of the name fails with "… topic does not exist; … try again later".
     */
    drop(a) {
        this.entries.delete(key(a));
        if (this.dropWindowMs > 0)
            this.dying.set(key(a), this.now() + this.dropWindowMs);
    }
    /** A view has no topic: it goes at once. */
    dropView(a) {
        this.entries.delete(key(a));
    }
    /** Hide an entry until `until`; then it comes back, or goes and its topic follows. */
    hide(entry, until, after) {
        entry.hiddenUntil = until;
        entry.afterHidden = after;
    }
    // Conveniences for tests and seeding: a name as written, in the declared catalog and database.
    home(name) {
        const a = this.address(name, { catalog: this.environmentId, database: this.database });
        if ('error' in a)
            throw new Error(a.error);
        return a;
    }
    /** Seeds a table (a raw topic the pipelines read); qualified names declare their database. */
    seed(name, kind = 'table') {
        this.add(this.home(name), kind);
    }
    has(name) {
        return this.lookup(this.home(name)).state === 'present';
    }
    get(name) {
        const l = this.lookup(this.home(name));
        return l.state === 'present' ? l.entry : undefined;
    }
    /** Removes a table behind the service's back (a test's "someone dropped it by hand"). */
    delete(name) {
        return this.entries.delete(key(this.home(name)));
    }
    /** The names of the visible tables, views and materialized tables of one database, sorted. */
    tablesIn(catalog, database) {
        const c = this.canonical(catalog);
        const out = [];
        for (const e of [...this.entries.values()])
            if (e.catalog === c && e.database === database && this.lookup(e).state === 'present')
                out.push(e.table);
        return out.sort();
    }
    /** Whether a database exists in a catalog. */
    hasDatabase(catalog, database) {
        return this.databases.get(this.canonical(catalog))?.has(database) ?? false;
    }
    /** Visible tables: bare names in the declared database, `catalog.database.table` elsewhere. */
    names() {
        const out = [];
        for (const e of [...this.entries.values()]) {
            if (this.lookup(e).state !== 'present')
                continue;
            const home = e.catalog === this.environmentId && e.database === this.database;
            out.push(home ? e.table : `${e.catalog}.${e.database}.${e.table}`);
        }
        return out.sort();
    }
}

;// CONCATENATED MODULE: ./src/emulator/results.ts
const MAX_LENGTH = 2147483647;
const results_text = () => ({ type: 'VARCHAR', nullable: false, length: MAX_LENGTH });
/**
 * The result columns of SHOW TABLES and SHOW CATALOGS. SHOW CATALOGS: confluent-sql's
 * integration test against Confluent Cloud reads `res["Catalog ID"]` (integration
 * `test_connection.py`), and the docs' SHOW page prints the two columns "catalog name | catalog
 * id". SHOW TABLES: the docs print one column "table name"; dbt-confluent reads it as `row[0]`
 * (its functional tests' `_helpers.py`). No source shows its exact spelling in the API; it
 * follows SHOW CATALOGS' capitalisation here.
 */
const SHOW_CATALOGS_COLUMNS = [
    { name: 'Catalog Name', type: results_text() },
    { name: 'Catalog ID', type: results_text() },
];
const SHOW_TABLES_COLUMNS = [{ name: 'Table Name', type: results_text() }];
const SIMPLE = {
    BOOLEAN: 'BOOLEAN',
    TINYINT: 'TINYINT',
    SMALLINT: 'SMALLINT',
    INT: 'INTEGER',
    INTEGER: 'INTEGER',
    BIGINT: 'BIGINT',
    FLOAT: 'FLOAT',
    DOUBLE: 'DOUBLE',
    'DOUBLE PRECISION': 'DOUBLE',
    DATE: 'DATE',
};
/**
 * A DDL column type (as src/sql prints it) as the service renders it, or undefined for the
 * types the emulator does not model (ARRAY, MAP, ROW, MULTISET, INTERVAL, …). Defaults follow
 * Flink's data types page: VARCHAR/CHAR/BINARY length 1, DECIMAL(10, 0), TIME(0), TIMESTAMP(6).
 */
function resultType(typeText, nullable) {
    const t = typeText.trim().toUpperCase();
    const simple = SIMPLE[t];
    if (simple)
        return { type: simple, nullable };
    if (t === 'STRING')
        return { type: 'VARCHAR', nullable, length: MAX_LENGTH };
    if (t === 'BYTES')
        return { type: 'VARBINARY', nullable, length: MAX_LENGTH };
    const sized = /^(VARCHAR|CHAR|VARBINARY|BINARY)(?:\s*\(\s*(\d+)\s*\))?$/.exec(t);
    if (sized)
        return { type: sized[1], nullable, length: Number(sized[2] ?? 1) };
    const dec = /^(?:DECIMAL|DEC|NUMERIC)(?:\s*\(\s*(\d+)\s*(?:,\s*(\d+)\s*)?\))?$/.exec(t);
    if (dec)
        return { type: 'DECIMAL', nullable, precision: Number(dec[1] ?? 10), scale: Number(dec[2] ?? 0) };
    const time = /^TIME(?:\s*\(\s*(\d+)\s*\))?(?:\s+WITHOUT\s+TIME\s+ZONE)?$/.exec(t);
    if (time)
        return { type: 'TIME_WITHOUT_TIME_ZONE', nullable, precision: Number(time[1] ?? 0) };
    const ltz = /^(?:TIMESTAMP_LTZ(?:\s*\(\s*(\d+)\s*\))?|TIMESTAMP(?:\s*\(\s*(\d+)\s*\))?\s+WITH\s+LOCAL\s+TIME\s+ZONE)$/.exec(t);
    if (ltz)
        return { type: 'TIMESTAMP_WITH_LOCAL_TIME_ZONE', nullable, precision: Number(ltz[1] ?? ltz[2] ?? 6) };
    const ts = /^TIMESTAMP(?:\s*\(\s*(\d+)\s*\))?(?:\s+WITHOUT\s+TIME\s+ZONE)?$/.exec(t);
    if (ts)
        return { type: 'TIMESTAMP_WITHOUT_TIME_ZONE', nullable, precision: Number(ts[1] ?? 6) };
    return undefined;
}
/** Why the emulator cannot answer a query, in one sentence the statement's detail carries. */
function cannotDerive(why) {
    return `The emulator cannot derive the result of this query: ${why}. It answers SELECT * or SELECT of plain columns from one table created by a CREATE TABLE with its columns, SHOW TABLES and SHOW CATALOGS.`;
}
const IDENT = '(?:`(?:[^`]|``)+`|[A-Za-z_$][\\w$]*)';
const NAME = `${IDENT}(?:\\s*\\.\\s*${IDENT}){0,2}`;
/**
 * The shape of a statement that returns rows (`text` without comments), or undefined when the
 * statement returns none (DDL, INSERT, statement sets).
 */
function queryShape(text) {
    const sql = text.trim().replace(/;\s*$/, '').trim();
    const first = /^\(*\s*(\w+)/.exec(sql)?.[1]?.toUpperCase();
    if (first === 'SHOW') {
        if (/^SHOW\s+CATALOGS$/i.test(sql))
            return { kind: 'show-catalogs' };
        const m = new RegExp(`^SHOW\\s+TABLES(?:\\s+(?:FROM|IN)\\s+(${NAME}))?(?:\\s+(NOT\\s+)?LIKE\\s+'((?:[^']|'')*)')?$`, 'i').exec(sql);
        if (m) {
            return {
                kind: 'show-tables',
                from: m[1],
                like: m[3] === undefined ? undefined : { pattern: m[3].replace(/''/g, "'"), not: m[2] !== undefined },
            };
        }
        return {
            kind: 'unsupported',
            why: `${/^SHOW\s+\w+(?:\s+\w+)?/i.exec(sql)?.[0].toUpperCase()} is not modelled`,
        };
    }
    if (first === 'DESCRIBE' || first === 'DESC' || first === 'EXPLAIN')
        return { kind: 'unsupported', why: `${first} is not modelled` };
    if (first === 'VALUES' || first === 'WITH' || first === 'TABLE')
        return { kind: 'unsupported', why: `a ${first} query is not modelled` };
    if (first !== 'SELECT')
        return undefined;
    const m = new RegExp(`^SELECT\\s+(\\*|${IDENT}(?:\\s*,\\s*${IDENT})*)\\s+FROM\\s+(${NAME})$`, 'i').exec(sql);
    if (!m) {
        return {
            kind: 'unsupported',
            why: 'its select list is not * or plain column names, or it reads more than one table or has clauses after FROM',
        };
    }
    const list = m[1];
    return {
        kind: 'select',
        columns: list === '*' ? '*' : list.split(',').map((c) => unquote(c.trim())),
        table: m[2],
    };
}
function unquote(name) {
    return name.startsWith('`') ? name.slice(1, -1).replace(/``/g, '`') : name;
}
/** SQL LIKE with `%` and `_` (and `\` escaping them), as the SHOW page describes it. */
function likeMatcher(pattern) {
    let re = '';
    for (let i = 0; i < pattern.length; i++) {
        const c = pattern[i];
        if (c === '\\' && i + 1 < pattern.length)
            re += escapeRe(pattern[++i]);
        else if (c === '%')
            re += '[\\s\\S]*';
        else if (c === '_')
            re += '[\\s\\S]';
        else
            re += escapeRe(c);
    }
    const compiled = new RegExp(`^${re}$`);
    return (s) => compiled.test(s);
}
const escapeRe = (c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/**
 * The result of `SELECT <columns> FROM <table>` over a table whose DDL the emulator holds:
 * physical and metadata columns with their declared types (a primary key column is NOT NULL:
 * docs DESCRIBE, "Implicit NOT NULL for primary key columns"). A computed column's type comes
 * from its expression, which the emulator does not type: SELECT * over one fails.
 * The changelog of a streaming read follows the table's: docs, CREATE TABLE (changelog.mode:
 * "append" by default without a primary key, "upsert" with one); an upsert read is keyed by the
 * primary key (spec `upsert_columns`: "the column indices clients can use as upsert keys").
 */
function selectResult(ddl, changelog, wanted, snapshot, table) {
    const byName = new Map(ddl.columns.map((c) => [c.name, c]));
    const picked = [];
    if (wanted === '*')
        picked.push(...ddl.columns);
    else {
        for (const name of wanted) {
            const c = byName.get(name) ?? ddl.columns.find((x) => x.name.toLowerCase() === name.toLowerCase());
            if (!c)
                return { error: `Column '${name}' not found in table ${table}.` };
            picked.push(c);
        }
    }
    const columns = [];
    for (const c of picked) {
        if (c.kind === 'computed')
            return { error: cannotDerive(`column ${c.name} of ${table} is computed`) };
        const type = resultType(c.type, c.nullable && !ddl.primaryKey.includes(c.name));
        if (!type)
            return { error: cannotDerive(`the type ${c.type} of column ${c.name} is not modelled`) };
        columns.push({ name: c.name, type });
    }
    // A snapshot query reads the table as it is now: a bounded, insert-only result (confluent-sql
    // `connection.py`, `dry_run_statement`: "under the default SNAPSHOT, a bounded result always
    // reports append-only").
    if (snapshot)
        return { columns, rows: [], appendOnly: true };
    const mode = changelog ?? (ddl.primaryKey.length > 0 ? 'upsert' : 'append');
    if (mode === 'append')
        return { columns, rows: [], appendOnly: true };
    if (mode !== 'upsert' && mode !== 'retract')
        return { error: cannotDerive(`the changelog mode of ${table} is not known to it`) };
    const keys = ddl.primaryKey.map((k) => picked.findIndex((c) => c.name === k));
    const upsertColumns = mode === 'upsert' && keys.every((i) => i >= 0) ? keys : undefined;
    return { columns, rows: [], appendOnly: false, upsertColumns };
}

;// CONCATENATED MODULE: ./src/emulator/model.ts






/**
 * Whether the statement ends by itself (`status.traits.is_bounded`). A snapshot query always
 * does: docs, Snapshot queries (https://docs.confluent.io/cloud/current/flink/concepts/snapshot-queries.html):
 * "In contrast with a streaming query, which runs continuously and returns results
 * incrementally, a snapshot query runs, returns results, and then exits"; confluent-sql
 * `connection.py` (`execute_snapshot_ddl`: "CREATE TABLE foo AS SELECT ... (snapshot mode, where
 * the SELECT portion completes with snapshot behavior)") and its
 * (integration `test_connection.py`, `test_mode_determines_append_only`: an aggregation
 * validated in snapshot mode has `is_bounded` true, in streaming mode false). Otherwise an
 * INSERT, CTAS or statement set runs until stopped, and so does a query that reads a table.
 */
function isBounded(s) {
    if (s.snapshot)
        return true;
    return s.category !== 'continuous' && !(s.category === 'bounded' && s.sources.length > 0);
}
const CARRY_OVER_PROPERTY = 'sql.tables.initial-offset-from';
const DRY_RUN_PROPERTY = 'sql.dry-run';
const SNAPSHOT_MODE_PROPERTY = 'sql.snapshot.mode';
/**
 * The values of `sql.snapshot.mode`: confluent-sql `confluent_sql/statement_properties.py`
 * (`SnapshotMode`: NOW = "now", OFF = "off"; the driver sends "now" for every snapshot cursor,
 * `connection.py` `_build_statement_properties`). The docs name no other value, and no other
 * spelling, so anything else fails the statement.
 */
const SNAPSHOT_MODES = { now: true, off: false };
const DEFAULT_DATABASE = 'lkc-emulator';
const ZERO_TIME = -62135596800000; // 0001-01-01T00:00:00Z
const DEFAULT_CARRY_OVER_TIMEOUT_MS = 6 * 3600 * 1000;
/** Phases in which a running statement holds compute (CFU) in its pool. */
const HOLDS_CFU = new Set(['RUNNING', 'DEGRADED', 'STOPPING']);
class EmulatorState {
    random;
    latencyOptions;
    now;
    statements = new Map();
    catalog;
    pools = new Map();
    /** Counters for tests and the benchmark */
    stats = {
        requests: 0,
        faults: { '429': 0, '500': 0, '503': 0, reset: 0, fail: 0, bump: 0, degraded: 0 },
        /** Dry runs answered (they are never stored, so neither `statements` nor `history` has them) */
        dryRuns: 0,
        /** Creates answered 400 because the SQL does not parse (never stored either) */
        parseRejections: 0,
    };
    /** Every accepted create, in order (statements are forgotten once deleted; this is not) */
    history = [];
    /** Every phase change, in order: tests read what happened to statements that are gone now */
    transitions = [];
    seq = 0;
    carryOverTimeoutMs;
    constructor(random, latencyOptions, now, catalog, options = {}) {
        this.random = random;
        this.latencyOptions = latencyOptions;
        this.now = now;
        this.carryOverTimeoutMs = options.carryOverTimeoutMs ?? DEFAULT_CARRY_OVER_TIMEOUT_MS;
        this.catalog = new Catalog(catalog.environmentId, catalog.catalog ?? catalog.environmentId, catalog.database ?? DEFAULT_DATABASE, now, catalog.dropWindowMs);
        for (const p of options.pools ?? [])
            this.pools.set(p.id, { ...p });
    }
    /** Seed a table into the catalog, e.g. a raw source topic the pipeline reads. */
    addTable(name, kind = 'table') {
        this.catalog.seed(name, kind);
    }
    /** Whether a table is visible, by its name in the declared catalog and database (or qualified). */
    hasTable(name) {
        return this.catalog.has(name);
    }
    /** CFU held in a pool: each statement that runs holds at least 1 (fcpm/v2 `status.current_cfu`). */
    usedCfu(poolId) {
        let used = 0;
        for (const s of this.statements.values())
            if (s.spec.compute_pool_id === poolId && s.category === 'continuous' && HOLDS_CFU.has(s.phase))
                used++;
        return used;
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
        if (EmulatorState.isDryRun(input.properties))
            return this.dryRun(input);
        const t = this.now();
        const s = this.build(input, t, ++this.seq, this.random.uuid());
        if (s.category === 'continuous') {
            s.latestOffsets = {};
            s.latestOffsetsTimestamp = ZERO_TIME;
        }
        this.statements.set(s.name, s);
        this.history.push({ name: s.name, seq: s.seq, at: t });
        this.record(s, t);
        // A statement whose tables do not resolve is FAILED in the create response already: the
        // official VS Code extension (confluentinc/vscode, `flinkStatements.ts` of its commands,
        // submitFlinkStatementCommand) reads `status.phase === FAILED` in the 201 as "Immediate
        // failure of the statement. User gave us something bad, like perhaps a bad table / column
        // name", and expects a good one to be "probably … in 'Pending' state". The check runs again
        // when the statement starts, against the catalog as it is then.
        const problem = s.category === 'invalid' || s.injectedFailure ? undefined : this.catalogProblem(s);
        if (problem !== undefined) {
            this.fail(s, t, problem);
            return s;
        }
        this.schedule(s, t);
        return s;
    }
    /**
     * The detail of a create request the service refuses because its SQL does not parse (empty,
     * several statements, a syntax error, a client-side SET/USE/RESET, an unknown leading word).
     * Such a request is answered HTTP 400 with the `Failure` body (`errors[].detail` holds the
     * parser's message) and nothing is stored: no statement, no FAILED phase, the name stays free.
     *
     * Evidence: the official VS Code extension (confluentinc/vscode, `flinkStatements.ts` of its
     * commands, submitFlinkStatementCommand) catches a 400 from createSqlv1Statement: "Usually a
     * bad SQL statement. The error string should be JSON, have 'errors' as an array of objs with
     * 'details' human readable messages"; and
     * confluentinc/dbt-confluent's functional tests, run against Confluent Cloud
     * (`test_streaming_table.py`, TestDeadStatementRestart): "invalid SQL is rejected at
     * validation time, before it can be persisted as FAILED". Errors found after parsing (a missing
     * table or column, a table that exists, a division by zero) still make a stored FAILED
     * statement: vscode's same function reads `status.phase === FAILED` in the 201 ("bad table /
     * column name"), confluent-sql's integration test `test_connection.py` stops a FAILED
     * `SELECT 1/0` by name, and dbt-confluent deletes a FAILED statement ("its Kafka topic does not
     * exist") to free its name. Whether a dry run's syntax error is a 400 or a FAILED verdict is not
     * shown anywhere: both are a refusal, and the emulator answers the dry run like any create.
     */
    parseRejection(statement) {
        const detail = parseFailure((0,analyze/* analyzeSql */.T)(statement), stripComments(statement));
        if (detail !== undefined)
            this.stats.parseRejections++;
        return detail;
    }
    /** Whether a create request turns dry-run mode on: 'true' in any case. */
    static isDryRun(properties) {
        // confluentinc/cli `pkg/flink/types/processed_statement.go` (IsDryRunStatement): 'true' in
        // any case turns it on. Another value is unclear evidence: create() fails the statement.
        return /^true$/i.test(properties[DRY_RUN_PROPERTY] ?? '');
    }
    /**
     * `sql.dry-run = 'true'`: the statement is parsed and checked against the catalog, never run,
     * and the verdict is the answer to the create request itself: COMPLETED when there are no
     * issues, FAILED with the issues in `status.detail`. Nothing is created, no compute is used,
     * and the statement is never stored: no uid, no resource version, not listed, its name not
     * held (a GET of it is 404, the same name can be sent again).
     *
     * Evidence: confluent-sql 0.7.0 `connection.py` (`dry_run_statement`: "Flink validates and
     * plans a dry-run statement, then answers synchronously in the submission response and never
     * stores it … Its `statement_id` is "", and it can't be fetched, stopped or deleted later";
     * a non-final phase raises "Dry-run came back in non-terminal phase"), its integration test
     * against Confluent Cloud (integration `test_connection.py`, `TestDryRunStatement`:
     * phase COMPLETED, `statement_id == ""`, `get_statement(name)` raises
     * StatementNotFoundError; invalid SQL raises "Dry-run failed" with the server's detail naming
     * the column), its unit tests' `conftest.py` (`as_dry_run`: "metadata.uid and resource_version
     * are empty because the statement is never stored"), CHANGELOG 0.7.0 ("Previously, valid SQL
     * raised `StatementNotFoundError` (the cursor polled for a statement the server never
     * stores)"). confluentinc/cli `pkg/flink/internal/controller/statement_controller.go`
     * (`ExecuteStatement`: a dry run's verdict is printed from the submission, without waiting)
     * and `pkg/flink/types/processed_statement.go` (PrintOutputDryRunStatement: "Dry run statement
     * was verified and there were issues found.\nError: <status.detail>").
     */
    dryRun(input) {
        const t = this.now();
        const s = this.build(input, t, 0, '');
        const problem = this.dryRunProblem(s);
        s.phase = problem === undefined ? 'COMPLETED' : 'FAILED';
        s.detail = problem ?? '';
        s.startTime = t;
        s.endTime = t;
        this.stats.dryRuns++;
        return s;
    }
    dryRunProblem(s) {
        if (s.category === 'invalid')
            return s.invalidReason ?? 'SQL parse failed.';
        if (s.carryOverFrom && !this.statements.has(s.carryOverFrom)) {
            return `The statement ${s.carryOverFrom} referenced by '${CARRY_OVER_PROPERTY}' does not exist or is being deleted.`;
        }
        const problem = this.catalogProblem(s);
        if (problem || !s.shape)
            return problem;
        // A dry run plans the query, so its verdict carries the result schema a run would have
        const result = this.queryResult(s);
        if ('error' in result)
            return result.error;
        s.result = { ...result, rows: [] };
        return undefined;
    }
    /**
     * The schema and rows of a statement that returns rows, from the catalog as it is when the
     * statement starts (results.ts has the evidence for each shape).
     */
    queryResult(s) {
        const shape = s.shape;
        if (shape.kind === 'unsupported')
            return { error: cannotDerive(shape.why) };
        if (shape.kind === 'show-catalogs') {
            // Only the environment's catalog: the emulator knows no other environment by id.
            return {
                columns: SHOW_CATALOGS_COLUMNS,
                rows: [[this.catalog.catalogName, this.catalog.environmentId]],
                appendOnly: true,
            };
        }
        const ctx = this.catalog.context(s.spec.properties);
        if ('error' in ctx)
            return ctx;
        if (shape.kind === 'show-tables') {
            // docs SHOW (SHOW TABLES [ [catalog_name.]database_name ] [ [NOT] LIKE <sql_like_pattern> ]):
            // "Show all tables for the current database"; views and materialized tables are tables
            // of the catalog too, so they are listed (no source says otherwise).
            let catalog = ctx.catalog;
            let database = ctx.database;
            if (shape.from !== undefined) {
                const parts = this.catalog.address(`${shape.from}.x`, ctx);
                if ('error' in parts)
                    return parts;
                ({ catalog, database } = parts);
            }
            if (!this.catalog.hasDatabase(catalog, database)) {
                return {
                    error: `Database '${database}' does not exist in catalog '${catalog === this.catalog.environmentId ? this.catalog.catalogName : catalog}' or you do not have permission to access it.`,
                };
            }
            let names = this.catalog.tablesIn(catalog, database);
            if (shape.like) {
                const match = likeMatcher(shape.like.pattern);
                names = names.filter((n) => match(n) !== shape.like.not);
            }
            return { columns: SHOW_TABLES_COLUMNS, rows: names.map((n) => [n]), appendOnly: true };
        }
        const source = s.sourceAddresses[0];
        if (!source || s.sourceAddresses.length !== 1)
            return { error: cannotDerive('it does not read exactly one table') };
        const l = this.catalog.lookup(source);
        const entry = l.state === 'present' ? l.entry : undefined;
        if (!entry?.ddl) {
            return {
                error: cannotDerive(`the columns of ${this.catalog.show(source)} are unknown to it (only a CREATE TABLE with a column list declares them)`),
            };
        }
        return selectResult(entry.ddl, entry.changelogMode, shape.columns, s.snapshot, this.catalog.show(source));
    }
    build(input, t, seq, uid) {
        const sql = classify(input.statement, input.properties, this.catalog);
        const dryRunValue = input.properties[DRY_RUN_PROPERTY];
        const snapshotValue = input.properties[SNAPSHOT_MODE_PROPERTY];
        const s = {
            seq,
            name: input.name,
            uid,
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
            dryRun: EmulatorState.isDryRun(input.properties),
            snapshot: SNAPSHOT_MODES[snapshotValue ?? 'off'] === true,
            runningMs: 0,
            exceptions: [],
            warnings: [],
            injectedFailure: input.injectedFailure,
            degrades: input.degrades ?? false,
            poolExhausted: false,
            carryOverFrom: input.properties[CARRY_OVER_PROPERTY] || undefined,
        };
        if (dryRunValue !== undefined && !/^(true|false)$/i.test(dryRunValue) && s.category !== 'invalid') {
            s.category = 'invalid';
            s.invalidReason = `Invalid value '${dryRunValue}' for '${DRY_RUN_PROPERTY}': use 'true' or 'false'.`;
        }
        if (snapshotValue !== undefined && !(snapshotValue in SNAPSHOT_MODES) && s.category !== 'invalid') {
            s.category = 'invalid';
            s.invalidReason = `Invalid value '${snapshotValue}' for '${SNAPSHOT_MODE_PROPERTY}': use 'now' or 'off'.`;
        }
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
    /** A change by another writer: only `resource_version` (and updated_at) move. */
    bump(s) {
        this.touch(s, this.now());
    }
    delete(s) {
        if (s.phase === 'DELETING')
            return;
        const t = this.now();
        this.settleRunning(s, t);
        s.phase = 'DELETING';
        s.poolExhausted = false;
        s.due = undefined;
        this.touch(s, t);
        this.record(s, t);
        this.schedule(s, t);
        this.wakePools(t);
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
                if (s.poolExhausted) {
                    s.due = undefined; // wakePools() starts it when a slot frees
                    return;
                }
                if (this.waitingForCarryOver(s)) {
                    s.detail = carryOverDetail(s.carryOverFrom, s.createdAt + this.carryOverTimeoutMs);
                    s.due = { at: s.createdAt + this.carryOverTimeoutMs, action: 'carry-over-timeout' };
                    return;
                }
                const slow = s.category === 'continuous' && !s.injectedFailure;
                return want('start', this.delay(slow ? 'start' : 'ddl'));
            }
            case 'RUNNING':
            case 'DEGRADED':
                if (s.spec.stopped)
                    return want('stopping', this.delay('ack'));
                s.due = undefined;
                return;
            case 'STOPPING':
                return want('stopped', this.delay('stop'));
            case 'STOPPED':
                if (!s.spec.stopped && s.category === 'continuous' && !s.snapshot)
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
                if (s.phase === 'RUNNING' || s.phase === 'DEGRADED' || s.phase === 'PENDING') {
                    this.settleRunning(s, t);
                    s.phase = 'STOPPING';
                    s.poolExhausted = false;
                    this.touch(s, t);
                    this.record(s, t);
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
                this.record(s, t);
                this.wakeCarryOvers(s.name, t);
                break;
            case 'resume':
                if (s.phase !== 'STOPPED' || s.spec.stopped)
                    break;
                s.phase = 'PENDING';
                s.endTime = undefined;
                this.touch(s, t);
                this.record(s, t);
                break;
            case 'failed':
                if (s.phase !== 'FAILING')
                    break;
                s.phase = 'FAILED';
                this.finish(s, t);
                this.touch(s, t);
                this.record(s, t);
                break;
            case 'carry-over-timeout':
                if (s.phase !== 'PENDING')
                    break;
                this.fail(s, t, `Statement failed because the referenced statement ${s.carryOverFrom} was not stopped in time.`);
                break;
            case 'gone':
                this.statements.delete(s.name);
                this.wakeCarryOvers(s.name, t);
                this.wakePools(t);
                return;
        }
        this.schedule(s, t);
        this.wakePools(t);
    }
    /** PENDING → RUNNING / COMPLETED / FAILING / FAILED, with the catalog effects of the SQL. */
    start(s, t) {
        if (s.category === 'invalid')
            return this.fail(s, t, s.invalidReason ?? 'SQL parse failed.');
        if (s.injectedFailure) {
            s.phase = 'FAILING';
            s.detail = INJECTED_FAILURE_DETAIL;
            s.exceptions.unshift({
                name: 'org.apache.flink.runtime.JobException',
                message: INJECTED_FAILURE_EXCEPTION,
                timestamp: t,
            });
            this.touch(s, t);
            this.record(s, t);
            return;
        }
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
        if (s.shape) {
            const result = this.queryResult(s);
            if ('error' in result)
                return this.fail(s, t, result.error);
            s.result = result;
        }
        const continuous = !isBounded(s);
        if (s.category === 'continuous' && !s.spec.stopped && !this.roomInPool(s, t))
            return;
        this.applyCatalog(s, t);
        if (!continuous) {
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
            s.poolExhausted = false;
            s.startTime ??= t;
            s.endTime = undefined;
            s.runningSince = t;
            if (s.carryOverFrom && !s.startedFrom) {
                const ref = this.statements.get(s.carryOverFrom);
                s.startedFrom = { statement: ref.name, offsets: { ...(ref.latestOffsets ?? {}) } };
                s.detail = `Statement started from the offsets of statement ${ref.name}.`;
            }
            if (s.degrades)
                this.degrade(s, t);
        }
        this.touch(s, t);
        this.record(s, t);
    }
    /** The `degraded` fault: the job runs, but restarts over and over. */
    degrade(s, t) {
        s.phase = 'DEGRADED';
        s.detail = DEGRADED_DETAIL;
        s.warnings.push({
            severity: 'CRITICAL',
            reason: 'FREQUENT_RESTARTS',
            message: 'The statement restarted 12 times in the last 10 minutes (injected by the emulator).',
            createdAt: t,
        });
        s.exceptions.unshift({
            name: 'org.apache.flink.runtime.JobException',
            message: 'org.apache.flink.runtime.JobException: Recovery is in progress (injected by the emulator)',
            timestamp: t,
        });
        s.exceptions.length = Math.min(s.exceptions.length, 10);
    }
    /**
     * A statement that runs needs compute in its pool: when the pool is at `max_cfu` it waits in
     * PENDING with `scaling_status.scaling_state = POOL_EXHAUSTED` (spec `sql.v1.ScalingStatus`:
     * "POOL_EXHAUSTED: The statement requires more resources, but not enough resources are
     * available"; confluent-sql `confluent_sql/statement.py` `is_pool_exhausted` reads it on
     * a PENDING statement). Each running statement holds 1 CFU here: docs, Flink billing
     * (https://docs.confluent.io/cloud/current/billing/dimensions/flink.html): "Each Flink
     * statement consumes a minimum of 1 CFU-minute"; a pool holds at most its `max_cfu` (docs,
     * compute pools: "Statements within a compute pool can't use more than the configured maximum
     * number of CFUs"; 50 by default).
     */
    roomInPool(s, t) {
        const pool = this.pools.get(s.spec.compute_pool_id);
        if (!pool)
            return true;
        const used = this.usedCfu(pool.id);
        if (used < pool.maxCfu)
            return true;
        if (!s.poolExhausted) {
            s.poolExhausted = true;
            s.detail = `Statement is waiting for resources: compute pool ${pool.id} is exhausted (${used} of max_cfu ${pool.maxCfu} CFU in use).`;
            this.touch(s, t);
        }
        return false;
    }
    /** Statements waiting for a pool get their turn, in creation order, as CFUs free up. */
    wakePools(t) {
        for (const pool of this.pools.values()) {
            let free = pool.maxCfu - this.usedCfu(pool.id);
            if (free <= 0)
                continue;
            const waiting = [...this.statements.values()]
                .filter((s) => s.poolExhausted && s.phase === 'PENDING' && s.spec.compute_pool_id === pool.id && !s.due)
                .sort((a, b) => a.seq - b.seq);
            for (const s of waiting) {
                if (free-- <= 0)
                    break;
                s.poolExhausted = false;
                s.due = { at: t + this.delay('start'), action: 'start' };
            }
        }
    }
    catalogProblem(s) {
        if (s.category === 'invalid')
            return s.invalidReason;
        const ctx = this.catalog.context(s.spec.properties);
        if ('error' in ctx)
            return ctx.error;
        const missing = (a) => `Table (or view) '${a.written ?? a.table}' does not exist or you do not have permission to access it.\n` +
            `Using current catalog '${ctx.shownCatalog}' and current database '${ctx.shownDatabase}'.`;
        // dbt-confluent MATERIALIZATIONS.md (Materialized Table) and
        // `dbt/adapters/confluent/connections.py` (`_execute_query_with_retry`): "Recreating any
        // relation shortly after a drop … can be rejected with 'The table … was found, but its Kafka
        // topic does not exist; … try again later'", clearing in tens of seconds.
        const dying = (a) => `The table ${this.catalog.show(a)} was found, but its Kafka topic does not exist; it may still be being deleted after a DROP TABLE. Please try again later.`;
        /** Why a table cannot be read or written, if it cannot. */
        const unusable = (a) => {
            const l = this.catalog.lookup(a);
            if (l.state === 'dying')
                return dying(a);
            if (l.state !== 'present')
                return missing(a);
            return undefined;
        };
        const sink = s.sinkAddresses[0];
        switch (s.kind) {
            case 'create-table':
            case 'create-view':
            case 'create-like':
            case 'ctas':
            case 'create-materialized-table': {
                for (const src of s.sourceAddresses) {
                    if (sink && sameAddress(src, sink))
                        continue; // a resumed CTAS reads nothing of its own
                    const problem = unusable(src);
                    if (problem)
                        return problem;
                }
                if (!sink)
                    return undefined;
                const l = this.catalog.lookup(sink);
                if (l.state === 'dying')
                    return dying(sink);
                if (l.state === 'missing') {
                    const where = this.catalog.cannotCreateIn(sink);
                    return (where &&
                        `${where}\nUsing current catalog '${ctx.shownCatalog}' and current database '${ctx.shownDatabase}'.`);
                }
                const exists = `Table ${this.catalog.show(sink)} already exists.`;
                if (s.kind === 'create-materialized-table') {
                    // dbt-confluent MATERIALIZATIONS.md: an existing regular table or view "cannot be
                    // converted to a materialized table"; a phantom-dropped one makes creates fail with
                    // "table already exists" until it resurfaces.
                    if (l.state === 'hidden')
                        return exists;
                    if (l.entry.kind !== 'materialized')
                        return `${exists} It is not a materialized table and cannot be converted to one.`;
                    return s.orAlter || s.ifNotExists ? undefined : exists;
                }
                // A resumed CTAS finds the table it created itself
                if (s.startTime !== undefined)
                    return undefined;
                return s.ifNotExists && l.state === 'present' && l.entry.kind !== 'materialized' ? undefined : exists;
            }
            case 'alter-table': {
                if (!sink)
                    return undefined;
                const problem = unusable(sink);
                if (problem)
                    return problem;
                // docs ALTER MATERIALIZED TABLE
                // (https://docs.confluent.io/cloud/current/flink/reference/statements/alter-materialized-table.html):
                // a materialized table has its own ALTER. Which one the service accepts on which object
                // is not documented: the other one fails here.
                const isMt = lookupEntry(this.catalog, sink)?.kind === 'materialized';
                if (isMt && s.target !== 'materialized')
                    return `${this.catalog.show(sink)} is a materialized table: use ALTER MATERIALIZED TABLE.`;
                if (!isMt && s.target === 'materialized')
                    return `${this.catalog.show(sink)} is not a materialized table: use ALTER TABLE.`;
                return undefined;
            }
            case 'drop': {
                if (!sink)
                    return undefined;
                const l = this.catalog.lookup(sink);
                if (l.state !== 'present')
                    return s.ifExists ? undefined : l.state === 'dying' ? dying(sink) : missing(sink);
                // DROP MATERIALIZED TABLE on a regular table: undocumented, so it fails here.
                if (s.target === 'materialized' && l.entry.kind !== 'materialized')
                    return `${this.catalog.show(sink)} is not a materialized table: use DROP TABLE.`;
                if (s.target === 'view' && l.entry.kind !== 'view')
                    return `${this.catalog.show(sink)} is not a view: use DROP TABLE.`;
                if (s.target === 'table' && l.entry.kind === 'view')
                    return `${this.catalog.show(sink)} is a view: use DROP VIEW.`;
                return undefined;
            }
            default: {
                for (const src of s.sourceAddresses) {
                    const problem = unusable(src);
                    if (problem)
                        return problem;
                }
                for (const out of s.sinkAddresses) {
                    const problem = unusable(out);
                    if (problem)
                        return problem;
                    // A materialized table is written by its own query only (docs: materialized tables
                    // concept page); an INSERT into one is not documented, so it fails here.
                    if (lookupEntry(this.catalog, out)?.kind === 'materialized')
                        return `${this.catalog.show(out)} is a materialized table: only its own query writes to it.`;
                }
                return undefined;
            }
        }
    }
    applyCatalog(s, t) {
        const sink = s.sinkAddresses[0];
        if (!sink)
            return;
        switch (s.kind) {
            case 'create-table':
            case 'create-like':
            case 'ctas':
                if (this.catalog.lookup(sink).state === 'missing')
                    this.catalog.add(sink, 'table', s.name, { ddl: s.ddl, changelogMode: s.changelogMode });
                break;
            case 'create-view':
                if (this.catalog.lookup(sink).state === 'missing')
                    this.catalog.add(sink, 'view', s.name);
                break;
            case 'create-materialized-table':
                // CREATE OR ALTER evolves it in place (docs CREATE OR ALTER MATERIALIZED TABLE): same
                // entry, same topic.
                if (this.catalog.lookup(sink).state === 'missing')
                    this.catalog.add(sink, 'materialized', s.name);
                break;
            case 'drop': {
                const l = this.catalog.lookup(sink);
                if (l.state !== 'present')
                    break;
                const window = this.catalog.dropWindowMs;
                if (l.entry.kind === 'materialized' && s.target !== 'materialized') {
                    // dbt-confluent MATERIALIZATIONS.md: the server "silently accepts a regular DROP TABLE
                    // against an MT but phantom-drops it — the catalog entry transiently disappears,
                    // same-name creates fail with 'table already exists', and the MT later resurfaces intact".
                    this.catalog.hide(l.entry, t + window, 'resurface');
                    break;
                }
                if (l.entry.kind === 'materialized') {
                    // dbt-confluent MATERIALIZATIONS.md: the MT drop "removes it asynchronously and an
                    // immediate recreate fails with 'table already exists'"; its topic goes after that.
                    this.catalog.hide(l.entry, t + window, 'remove');
                }
                else if (l.entry.kind === 'view')
                    this.catalog.dropView(sink);
                else
                    this.catalog.drop(sink);
                // docs, schema and statement evolution: "If a topic a statement needs is deleted, the
                // statement goes to FAILED"; docs DROP TABLE: stop the statements that use it first.
                if (l.entry.kind !== 'view')
                    this.failUsers(sink, s, t);
                break;
            }
        }
    }
    /** Running statements that read or write a dropped table lose their topic. */
    failUsers(a, by, t) {
        for (const s of this.statements.values()) {
            if (s === by || !(s.phase === 'RUNNING' || s.phase === 'DEGRADED'))
                continue;
            if (![...s.sinkAddresses, ...s.sourceAddresses].some((x) => sameAddress(x, a)))
                continue;
            this.fail(s, t, `The Kafka topic of table ${this.catalog.show(a)} was deleted (DROP TABLE by statement ${by.name}) while this statement was using it.`);
            this.schedule(s, t);
        }
    }
    fail(s, t, detail) {
        this.settleRunning(s, t);
        s.phase = 'FAILED';
        s.detail = detail;
        s.poolExhausted = false;
        s.exceptions.unshift({
            name: 'org.apache.flink.table.api.ValidationException',
            message: detail,
            timestamp: t,
        });
        s.exceptions.length = Math.min(s.exceptions.length, 10);
        this.finish(s, t);
        this.touch(s, t);
        this.record(s, t);
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
        for (const src of s.sourceAddresses) {
            const topic = src.table;
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
    record(s, t) {
        this.transitions.push({ name: s.name, phase: s.phase, at: t, detail: s.detail });
    }
    delay(kind) {
        if (this.latencyOptions.latency === 'fast')
            return this.random.int(10, 50);
        const [lo, hi] = REALISTIC_MS[kind];
        return Math.round(this.random.int(lo, hi) / this.latencyOptions.timeScale);
    }
}
function sameAddress(a, b) {
    return a.catalog === b.catalog && a.database === b.database && a.table === b.table;
}
function lookupEntry(catalog, a) {
    const l = catalog.lookup(a);
    return l.state === 'present' || l.state === 'hidden' ? l.entry : undefined;
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
const DEGRADED_DETAIL = 'The statement is running but unhealthy: it restarts frequently (injected by the emulator).';
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
    'create-function': 'CREATE_FUNCTION',
};
/** Strip comments so that keyword regexes see only SQL. */
function stripComments(text) {
    return text.replace(/\/\*[\s\S]*?\*\//g, ' ').replace(/--[^\n]*/g, ' ');
}
/**
 * Why the SQL parser cannot read the text, if it cannot: the failures the service answers on
 * the create request itself (see `EmulatorState.parseRejection`), before any catalog lookup.
 */
function parseFailure(analysis, bare) {
    const all = analysis.statements;
    if (all.length === 0)
        return 'SQL parse failed. The statement is empty.';
    // One statement per request: docs, Flink SQL REST API ("spec.statement: the raw SQL text");
    // every official client sends exactly one (confluent-sql `connection.py`
    // `_execute_statement`). SET, RESET and USE are client-side commands: the CLI turns them into
    // properties and never sends them (confluentinc/cli `pkg/flink/internal/store/store.go`
    // ProcessLocalStatement, `store_utils.go` processSetStatement / processUseStatement).
    if (all.length > 1) {
        return `SQL parse failed. Only a single statement is supported per request, found ${all.length}; send each statement on its own (SET lines as spec.properties), or use EXECUTE STATEMENT SET.`;
    }
    const error = analysis.issues.find((i) => i.severity === 'error');
    if (error)
        return `SQL parse failed. ${error.message} (line ${error.line}).`;
    // Apache Flink 2.2.1's parser, run here on `SELECT a != b FROM s`; Confluent's comparison
    // functions (docs, Comparison Functions) list only `<>`. Unclear for the service: refused.
    if (analysis.issues.some((i) => i.message === lexer/* BANG_EQUAL */.eq)) {
        return "SQL parse failed. Bang equal '!=' is not allowed under the current SQL conformance level";
    }
    // Apache Flink 2.2.1's parser (`CREATE TABLE t (value INT)`: `Encountered "value"`); Confluent's
    // docs (Flink SQL Reserved Keywords) say its reserved words need backticks, with a list not
    // shown to be Flink's: refused, as the strict reading.
    for (const issue of analysis.issues) {
        const reserved = (0,sql_reserved/* reservedWordIn */.u)(issue.message);
        if (reserved !== undefined) {
            return `SQL parse failed. Encountered "${reserved}" at line ${issue.line}: ${reserved} is a reserved word; quote it in backticks.`;
        }
    }
    const stmt = all[0];
    const word = /^\s*(\S+)/.exec(bare)?.[1] ?? '';
    if (stmt.kind === 'set' || stmt.kind === 'use' || /^RESET$/i.test(word)) {
        return `SQL parse failed. ${word.toUpperCase()} is a client-side command: send its value as a statement property (sql.current-catalog, sql.current-database, …).`;
    }
    if (stmt.kind === 'other' && analysis.issues.some((i) => i.severity === 'warning')) {
        return `SQL parse failed. Encountered "${word}" at line 1, column 1.`;
    }
    return undefined;
}
function classify(text, properties, catalog) {
    const analysis = (0,analyze/* analyzeSql */.T)(text);
    const bare = stripComments(text);
    const base = {
        kind: null,
        sqlKind: 'UNKNOWN',
        category: 'ddl',
        sinks: analysis.sinks,
        sources: analysis.sources,
        sinkAddresses: [],
        sourceAddresses: [],
        target: 'table',
        ifNotExists: false,
        ifExists: false,
        orAlter: false,
    };
    const invalid = (reason) => ({
        ...base,
        kind: analysis.statements[0]?.kind ?? null,
        category: 'invalid',
        invalidReason: reason,
    });
    const unparsable = parseFailure(analysis, bare);
    if (unparsable !== undefined)
        return invalid(unparsable);
    const stmt = analysis.statements[0];
    const ctx = catalog.context(properties);
    const resolve = (refs) => {
        const out = [];
        if ('error' in ctx)
            return out;
        for (const r of refs) {
            const a = catalog.address(text.slice(r.offset, r.offset + r.length), ctx);
            if ('error' in a)
                return a.error;
            out.push(a);
        }
        return out;
    };
    const sinkAddresses = resolve(stmt.sinkRefs);
    const sourceAddresses = resolve(stmt.kind === 'alter-table' || stmt.kind === 'drop' ? [] : stmt.sourceRefs);
    if (typeof sinkAddresses === 'string')
        return invalid(sinkAddresses);
    if (typeof sourceAddresses === 'string')
        return invalid(sourceAddresses);
    const ifNotExists = /\bCREATE\s+(?:OR\s+(?:REPLACE|ALTER)\s+)?(?:TEMPORARY\s+)?(?:MATERIALIZED\s+)?(?:TABLE|VIEW)\s+IF\s+NOT\s+EXISTS\b/i.test(bare);
    const ifExists = /\bDROP\s+(?:TEMPORARY\s+)?(?:MATERIALIZED\s+)?(?:TABLE|VIEW)\s+IF\s+EXISTS\b/i.test(bare);
    const orAlter = /^\s*CREATE\s+OR\s+ALTER\s+MATERIALIZED\b/i.test(bare);
    let target = 'table';
    let sqlKind = SQL_KINDS[stmt.kind];
    if (stmt.kind === 'drop') {
        target = /^\s*DROP\s+MATERIALIZED\b/i.test(bare)
            ? 'materialized'
            : /^\s*DROP\s+(?:TEMPORARY\s+)?VIEW\b/i.test(bare)
                ? 'view'
                : 'table';
        sqlKind = { table: 'DROP_TABLE', view: 'DROP_VIEW', materialized: 'DROP_MATERIALIZED_TABLE' }[target];
    }
    if (stmt.kind === 'alter-table') {
        target = /^\s*ALTER\s+MATERIALIZED\b/i.test(bare) ? 'materialized' : 'table';
        sqlKind = target === 'materialized' ? 'ALTER_MATERIALIZED_TABLE' : 'ALTER_TABLE';
    }
    if (!sqlKind) {
        const words = /^\s*(\w+)(?:\s+(\w+))?/.exec(bare);
        const first = (words?.[1] ?? 'OTHER').toUpperCase();
        sqlKind =
            first === 'SELECT' || first === 'WITH'
                ? 'SELECT'
                : [first, words?.[2]?.toUpperCase()].filter(Boolean).join('_');
    }
    // dbt-confluent MATERIALIZATIONS.md (Deterministic Statement Names): the defining
    // `CREATE OR ALTER` statement of a materialized table "completes immediately — it is not a
    // long-running maintainer (Flink maintains the table server-side)".
    const category = stmt.kind === 'insert' || stmt.kind === 'statement-set' || stmt.kind === 'ctas'
        ? 'continuous'
        : stmt.kind === 'other'
            ? 'bounded'
            : 'ddl';
    const mode = stmt.changelog?.mode;
    return {
        ...base,
        kind: stmt.kind,
        sqlKind,
        category,
        ddl: stmt.kind === 'create-table' ? stmt.ddl : undefined,
        changelogMode: mode === 'append' || mode === 'upsert' || mode === 'retract' ? mode : mode && 'unknown',
        shape: stmt.kind === 'other' ? queryShape(bare) : undefined,
        sinkAddresses,
        sourceAddresses,
        target,
        ifNotExists,
        ifExists,
        orAlter,
        invalidReason: 'error' in ctx ? ctx.error : undefined,
        ...('error' in ctx ? { category: 'invalid' } : {}),
    };
}

;// CONCATENATED MODULE: ./src/emulator/server.ts
/**
 * An HTTP emulator of the Confluent Cloud Flink statements API (`sql/v1`), plus the compute
 * pool lookup of `fcpm/v2`, on node:http. Routes, bodies and error shapes follow
 * the official OpenAPI spec in tests/fixtures/confluent/confluent-sql-v1.openapi.yaml, which the
 * contract tests check every response against; docs/architecture.md#the-emulator says where it sits.
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
    // docs, Flink statements concept page: "The maximum length of a statement name is 72
    // characters" (the OpenAPI file says 100; the stricter one holds here).
    const maxNameLength = opts.maxNameLength ?? 72;
    const resultPageRows = Math.max(1, Math.floor(opts.resultPageRows ?? 100));
    const dropWindowMs = opts.dropWindowMs ?? (latency === 'fast' ? 100 : Math.round(30_000 / timeScale));
    if (!(dropWindowMs >= 0))
        throw new Error(`dropWindowMs must be 0 or more, got ${dropWindowMs}`);
    const pools = [{ id: defaultPool, maxCfu: 50, phase: 'PROVISIONED' }];
    for (const p of opts.computePools ?? []) {
        if (!/^lfcp-[a-z0-9]+$/.test(p.id))
            throw new Error(`compute pool id '${p.id}' must look like lfcp-abc123`);
        if (p.maxCfu !== undefined && !(Number.isInteger(p.maxCfu) && p.maxCfu >= 0))
            throw new Error(`max_cfu of compute pool ${p.id} must be a whole number, got ${p.maxCfu}`);
        const pool = { id: p.id, maxCfu: p.maxCfu ?? 50, phase: p.phase ?? 'PROVISIONED' };
        const at = pools.findIndex((x) => x.id === p.id);
        if (at >= 0)
            pools[at] = pool;
        else
            pools.push(pool);
    }
    // Separate streams so that injected faults do not shift latencies, and vice versa
    const faultRandom = createRandom(hash32(`faults:${seed}`));
    const state = new EmulatorState(createRandom(hash32(`state:${seed}`)), { latency, timeScale }, now, { environmentId, catalog: opts.catalog, database: opts.database ?? DEFAULT_DATABASE, dropWindowMs }, { carryOverTimeoutMs: opts.carryOverTimeoutMs, pools });
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
        const pool = /^\/fcpm\/v2\/compute-pools(?:\/([^/]+))?$/.exec(path);
        if (pool) {
            if (method !== 'GET')
                return methodNotAllowed(['GET']);
            return pool[1] === undefined
                ? computePools(url, base)
                : computePool(decodeURIComponent(pool[1]), url, base);
        }
        const m = /^\/sql\/v1\/organizations\/([^/]+)\/environments\/([^/]+)\/statements(?:\/([^/]+)(?:\/(exceptions|results))?)?$/.exec(path);
        if (!m)
            return failure(404, `No route for ${method} ${url.pathname}`);
        const [, org, env, rawName, sub] = m;
        const exceptions = sub === 'exceptions';
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
        if (sub === 'results') {
            if (method !== 'GET')
                return methodNotAllowed(['GET']);
            return results(find(name), url, base);
        }
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
    const render = (s, base, initial = false) => {
        const traits = {
            sql_kind: s.sqlKind,
            // confluent-sql `statement.py` (`is_bounded`): "As of Jan 2026, streaming mode CREATE TABLE
            // AS SELECT (CTAS) statements are being reported back wrongly as bounded … (such statements
            // should never reach a terminal state on their own). This is captured as Jira FSE-1021."
            // The trait says so here too; the statement still runs until stopped (isBounded).
            is_bounded: isBounded(s) || s.kind === 'ctas',
            // confluent-sql `connection.py` (`dry_run_statement`): "under the default SNAPSHOT, a
            // bounded result always reports append-only".
            is_append_only: s.result ? s.result.appendOnly : s.category === 'continuous' || s.snapshot,
        };
        if (s.result) {
            // spec `sql.v1.StatementTraits.schema` (`sql.v1.ResultSchema`); results.ts has the shapes
            traits.schema = { columns: s.result.columns.map((c) => ({ name: c.name, type: { ...c.type } })) };
            if (s.result.upsertColumns)
                traits.upsert_columns = [...s.result.upsertColumns];
        }
        const status = {
            phase: s.phase,
            detail: s.detail,
            network_kind: 'PUBLIC',
            // confluent-sql `statement.py`: "Traits aren't sent on the initial PENDING response (see
            // #194)" and "The server does NOT send traits for FAILED statements" (`Traits`,
            // `from_response`: "FAILED statements never get traits, and PENDING may or may not have
            // traits"). A dry run's verdict is not an initial PENDING response: it carries them.
            ...(initial || s.phase === 'FAILED' ? {} : { traits }),
            scaling_status: {
                scaling_state: s.poolExhausted ? 'POOL_EXHAUSTED' : 'OK',
                last_updated: rfc3339(s.updatedAt),
            },
        };
        if (s.warnings.length) {
            status.warnings = s.warnings.map((w) => ({
                severity: w.severity,
                created_at: rfc3339(w.createdAt),
                reason: w.reason,
                message: w.message,
            }));
        }
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
                // confluent-sql's unit-test `conftest.py` (`as_dry_run`): a dry run's reply has
                // metadata.uid and resource_version "" ("the statement is never stored").
                resource_version: s.dryRun ? '' : String(s.resourceVersion),
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
    /**
     * `GET …/statements/{name}/results` (spec `getSqlv1StatementResult`): a page of rows and
     * `metadata.next`, the URL of the next page. `page_token` is the offset of the next row
     * ("the field offset in the CollectSinkFunction protocol … assumed to start at 0"). A
     * finished query's last page has an empty `next`; a running one always has a `next` to poll,
     * with no rows yet (the emulated topics hold no data). confluent-sql `connection.py`
     * (`_get_statement_results`) reads `results.data` and `metadata.next` (empty = no more pages).
     * How the service answers for a statement with no result schema, or one not started yet, is
     * not documented: the emulator refuses with 400 (strict).
     */
    const results = (s, url, base) => {
        const token = url.searchParams.get('page_token');
        let offset = 0;
        if (token) {
            const decoded = /^(\d+)$/.exec(Buffer.from(token, 'base64url').toString('utf8'));
            if (!decoded)
                return failure(400, 'Invalid page_token', { code: 'invalid_page_token', parameter: 'page_token' });
            offset = Number(decoded[1]);
        }
        if (!s.result) {
            const why = s.phase === 'PENDING' || s.phase === 'FAILED' || s.phase === 'FAILING'
                ? `it is ${s.phase}`
                : 'it returns no rows (it has no result schema)';
            return failure(400, `Statement ${s.name} has no results to read: ${why}.`);
        }
        const rows = s.result.rows;
        const page = rows.slice(offset, offset + resultPageRows);
        const after = offset + page.length;
        const self = `${base}${url.pathname}${url.search}`;
        const running = s.phase === 'RUNNING' || s.phase === 'DEGRADED' || s.phase === 'STOPPING';
        let next = '';
        if (after < rows.length || running) {
            const u = new URL(`${base}${url.pathname}`);
            u.searchParams.set('page_token', Buffer.from(String(after)).toString('base64url'));
            next = u.toString();
        }
        return {
            status: 200,
            body: {
                api_version: 'sql/v1',
                kind: 'StatementResult',
                metadata: { self, next, created_at: rfc3339(s.createdAt) },
                results: { data: page.map((row) => ({ op: 0, row: [...row] })) },
            },
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
        // `client.*` keys belong to the client: confluentinc/cli strips them before sending
        // (`pkg/flink/internal/store/user_properties.go`, GetNonLocalProperties). What the service
        // does with one is not documented, so the emulator refuses it.
        const local = Object.keys(properties).find((k) => k.startsWith('client.'));
        if (local !== undefined) {
            return failure(422, `spec.properties.${local}: 'client.' properties are client-side settings and cannot be sent to the service`, { pointer: `/spec/properties/${local}` });
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
        const poolId = spec.compute_pool_id || defaultPool;
        if (!state.pools.has(poolId)) {
            return failure(400, `Compute pool ${poolId} does not exist in environment ${environmentId}`, {
                pointer: '/spec/compute_pool_id',
            });
        }
        // Names are unique in the environment, and a create of a taken name is refused with 409
        // `resource_already_exists` (spec, `createSqlv1Statement` responses); the name stays taken
        // until the deletion has finished (dbt-confluent `dbt/adapters/confluent/connections.py`
        // waits for a DELETING statement to go before it creates the name again). A check and the
        // insert below happen in one step: of two creates of one name, exactly one gets 201. Deploy
        // leases rely on it (src/confluent/lease.ts).
        if (state.statements.has(name)) {
            const r = failure(409, `Statement name '${name}' already in use`);
            r.headers = { Location: `${base}${prefix}/statements/${name}` };
            return r;
        }
        // SQL that does not parse is refused by the request itself, nothing stored (model.ts
        // `parseRejection` has the evidence).
        const unparsable = state.parseRejection(spec.statement);
        if (unparsable !== undefined)
            return failure(400, unparsable, { pointer: '/spec/statement' });
        const input = {
            name,
            statement: spec.statement,
            properties: { ...properties },
            labels: { ...labels },
            computePoolId: poolId,
            principal: spec.principal || principal,
            stopped: spec.stopped === true,
            injectedFailure: false,
        };
        if (EmulatorState.isDryRun(properties)) {
            // Answered in full by this response and never stored (model.ts `dryRun` has the
            // evidence): no uid, no resource version, and no Location, since nothing is there to fetch.
            // A name held by a stored statement was answered 409 above: whether a dry run may borrow
            // it is not documented, so the emulator refuses (strict).
            return { status: 201, body: render(state.dryRun(input), base) };
        }
        const fail = faults.fail > 0 && faultRandom.next() < faults.fail;
        if (fail)
            state.stats.faults.fail++;
        const degrades = !fail && faults.degraded > 0 && faultRandom.next() < faults.degraded;
        if (degrades)
            state.stats.faults.degraded++;
        const s = state.create({ ...input, injectedFailure: fail, degrades });
        const body201 = render(s, base, true);
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
        // The spec marks `metadata` (labels included) read-only; whether the service ignores or
        // refuses a change is not documented, so a PUT that changes the labels is refused here.
        if (meta.labels !== undefined && !sameMap(meta.labels, s.labels)) {
            return failure(400, 'metadata.labels are read-only', { pointer: '/metadata/labels' });
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
            if (field === 'compute_pool_id' && !state.pools.has(v)) {
                return {
                    error: failure(400, `Compute pool ${v} does not exist in environment ${environmentId}`, {
                        pointer: '/spec/compute_pool_id',
                    }),
                };
            }
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
    /** `fcpm.v2.ComputePool`: `max_cfu` and `current_cfu`, the CFU its running statements hold. */
    const poolBody = (p, base) => ({
        api_version: 'fcpm/v2',
        kind: 'ComputePool',
        id: p.id,
        metadata: {
            self: `${base}/fcpm/v2/compute-pools/${p.id}`,
            resource_name: `crn://confluent.cloud/organization=${organizationId}/environment=${environmentId}/flink-region=emulator/compute-pool=${p.id}`,
        },
        spec: {
            display_name: p.id,
            cloud: 'AWS',
            region: 'us-east-1',
            max_cfu: p.maxCfu,
            default_pool: p.id === defaultPool,
            environment: {
                id: environmentId,
                related: `${base}/org/v2/environments/${environmentId}`,
                resource_name: `crn://confluent.cloud/organization=${organizationId}/environment=${environmentId}`,
            },
        },
        status: { phase: p.phase, current_cfu: state.usedCfu(p.id) },
    });
    const poolEnvironment = (url) => {
        const env = url.searchParams.get('environment');
        if (!env)
            return failure(400, "Missing required query parameter 'environment'", { parameter: 'environment' });
        if (env !== environmentId)
            return failure(404, `Environment ${env} not found`);
        return undefined;
    };
    const computePool = (id, url, base) => {
        const bad = poolEnvironment(url);
        if (bad)
            return bad;
        const p = state.pools.get(id);
        if (!p)
            return failure(404, `Compute pool ${id} not found`);
        return { status: 200, body: poolBody(p, base) };
    };
    /** The pools of the environment, one page (the emulator has few). */
    const computePools = (url, base) => {
        const bad = poolEnvironment(url);
        if (bad)
            return bad;
        const region = url.searchParams.get('spec.region');
        const data = [...state.pools.values()]
            .filter(() => !region || region === 'us-east-1')
            .map((p) => poolBody(p, base));
        return {
            status: 200,
            body: {
                api_version: 'fcpm/v2',
                kind: 'ComputePoolList',
                metadata: { first: `${base}${url.pathname}${url.search}` },
                data,
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
        if (faults.bump > 0 && faultRandom.next() < faults.bump && state.statements.size > 0) {
            const all = [...state.statements.values()];
            state.bump(all[Math.floor(faultRandom.next() * all.length)]);
            state.stats.faults.bump++;
        }
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
        catalog: state.catalog.catalogName,
        database: state.catalog.database,
        apiKey,
        state,
        faults,
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
const FAULT_KINDS = ['429', '500', '503', 'reset', 'fail', 'bump', 'degraded'];
function validateFaults(f) {
    const out = { '429': 0, '500': 0, '503': 0, reset: 0, fail: 0, bump: 0, degraded: 0 };
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
 * JSON `{"url","organizationId","environmentId","catalog","database","apiKey"}` (never the
 * secret) and serve until SIGINT or SIGTERM. Wire as `emulatorCommand(argv after "emulator", io)`.
 */


const EMULATOR_USAGE = `Usage: flink-pipeline emulator [options]

  --host HOST                 listen address (default 127.0.0.1)
  --port PORT                 port, 0 picks a free one (default 8080)
  --api-key KEY               Basic auth user (default emulator-key)
  --api-secret SECRET         Basic auth password (default emulator-secret)
  --organization-id UUID      organization (default 00000000-0000-4000-8000-000000000000)
  --environment-id ID         environment (default env-emulator)
  --catalog NAME              display name of the environment's catalog; the environment id
                              names it too (default: the environment id)
  --database NAME             the database (Kafka cluster) in that catalog (default lkc-emulator)
  --latency fast|realistic    transition delays (default fast)
  --time-scale X              divide realistic delays by X (default 1)
  --faults SPEC               e.g. 429:0.1,500:0.05,503:0.05,reset:0.02,fail:0.1,bump:0.05,degraded:0.1
  --seed N                    PRNG seed (default 1)
  --tables a,b                tables present from the start, in the catalog and database above;
                              db.t and catalog.db.t name (and declare) other ones
  --compute-pools ID[:CFU],…  compute pools and their max_cfu (default: lfcp-emulator, 50 CFU)
  --drop-window MS            after a DROP, a CREATE of the name fails with "… try again later"
                              for this long (default 100 with fast, 30000/time-scale with realistic)

Statements name tables through sql.current-catalog and sql.current-database; without them the
current catalog and database are \`default\`, where nothing exists.
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
            catalog: { type: 'string' },
            database: { type: 'string' },
            'compute-pools': { type: 'string' },
            'drop-window': { type: 'string' },
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
    for (const key of ['catalog', 'database']) {
        const v = values[key];
        if (v === undefined)
            continue;
        if (v.trim() === '' || v.includes('`'))
            throw new Error(`--${key} must be a name, got '${v}'`);
        opts[key] = v;
    }
    if (values['drop-window'] !== undefined) {
        if (!/^\d+$/.test(values['drop-window']))
            throw new Error(`--drop-window must be a whole number of milliseconds, got '${values['drop-window']}'`);
        opts.dropWindowMs = Number(values['drop-window']);
    }
    if (values['compute-pools'] !== undefined) {
        opts.computePools = values['compute-pools']
            .split(',')
            .map((p) => p.trim())
            .filter(Boolean)
            .map((p) => {
            const m = /^(lfcp-[a-z0-9]+)(?::(\d+))?$/.exec(p);
            if (!m)
                throw new Error(`--compute-pools: '${p}' is not ID[:MAX_CFU], e.g. lfcp-abc123:10`);
            return { id: m[1], ...(m[2] !== undefined ? { maxCfu: Number(m[2]) } : {}) };
        });
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
    const { url, organizationId, environmentId, catalog, database, apiKey } = emulator;
    io.out.write(`${JSON.stringify({ url, organizationId, environmentId, catalog, database, apiKey })}\n`);
    await stop;
    await emulator.close();
    return 0;
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


/***/ })

};
