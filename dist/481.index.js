export const id = 481;
export const ids = [481];
export const modules = {

/***/ 5481:
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

// EXTERNAL MODULE: ./src/sql/analyze.ts + 7 modules
var analyze = __webpack_require__(5917);
;// CONCATENATED MODULE: ./src/emulator/model.ts


const CARRY_OVER_PROPERTY = 'sql.tables.initial-offset-from';
const ZERO_TIME = -62135596800000; // 0001-01-01T00:00:00Z
const DEFAULT_CARRY_OVER_TIMEOUT_MS = 6 * 3600 * 1000;
/** Catalog key of a table name: the last dotted part (catalog and database are ignored). */
function tableKey(name) {
    const parts = name.split('.');
    return parts[parts.length - 1] ?? name;
}
class EmulatorState {
    random;
    latencyOptions;
    now;
    carryOverTimeoutMs;
    statements = new Map();
    catalog = new Map();
    /** Counters for tests and the benchmark */
    stats = {
        requests: 0,
        faults: { '429': 0, '500': 0, '503': 0, reset: 0, fail: 0, bump: 0 },
    };
    /** Every accepted create, in order (statements are forgotten once deleted; this is not) */
    history = [];
    seq = 0;
    constructor(random, latencyOptions, now, carryOverTimeoutMs = DEFAULT_CARRY_OVER_TIMEOUT_MS) {
        this.random = random;
        this.latencyOptions = latencyOptions;
        this.now = now;
        this.carryOverTimeoutMs = carryOverTimeoutMs;
    }
    /** Seed a table into the catalog, e.g. a raw source topic the pipeline reads. */
    addTable(name, kind = 'table') {
        this.catalog.set(tableKey(name), { name, kind });
    }
    hasTable(name) {
        return this.catalog.has(tableKey(name));
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
        const t = this.now();
        const sql = classify(input.statement);
        const s = {
            seq: ++this.seq,
            name: input.name,
            uid: this.random.uuid(),
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
            runningMs: 0,
            exceptions: [],
            injectedFailure: input.injectedFailure,
            carryOverFrom: input.properties[CARRY_OVER_PROPERTY] || undefined,
        };
        if (s.category === 'continuous' || s.category === 'bounded') {
            s.latestOffsets = {};
            s.latestOffsetsTimestamp = ZERO_TIME;
        }
        this.statements.set(s.name, s);
        this.history.push({ name: s.name, seq: s.seq, at: t });
        this.schedule(s, t);
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
        s.due = undefined;
        this.touch(s, t);
        this.schedule(s, t);
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
                if (this.waitingForCarryOver(s)) {
                    s.detail = carryOverDetail(s.carryOverFrom, s.createdAt + this.carryOverTimeoutMs);
                    s.due = { at: s.createdAt + this.carryOverTimeoutMs, action: 'carry-over-timeout' };
                    return;
                }
                return want('start', this.delay(s.category === 'continuous' && !s.injectedFailure ? 'start' : 'ddl'));
            }
            case 'RUNNING':
                if (s.spec.stopped)
                    return want('stopping', this.delay('ack'));
                s.due = undefined;
                return;
            case 'STOPPING':
                return want('stopped', this.delay('stop'));
            case 'STOPPED':
                if (!s.spec.stopped && s.category === 'continuous')
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
                if (s.phase === 'RUNNING' || s.phase === 'PENDING') {
                    this.settleRunning(s, t);
                    s.phase = 'STOPPING';
                    this.touch(s, t);
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
                this.wakeCarryOvers(s.name, t);
                break;
            case 'resume':
                if (s.phase !== 'STOPPED' || s.spec.stopped)
                    break;
                s.phase = 'PENDING';
                s.endTime = undefined;
                this.touch(s, t);
                break;
            case 'failed':
                if (s.phase !== 'FAILING')
                    break;
                s.phase = 'FAILED';
                this.finish(s, t);
                this.touch(s, t);
                break;
            case 'carry-over-timeout':
                if (s.phase !== 'PENDING')
                    break;
                this.fail(s, t, `Statement failed because the referenced statement ${s.carryOverFrom} was not stopped in time.`);
                break;
            case 'gone':
                this.statements.delete(s.name);
                this.wakeCarryOvers(s.name, t);
                return;
        }
        this.schedule(s, t);
    }
    /** PENDING → RUNNING / COMPLETED / FAILING / FAILED, with the catalog effects of the SQL. */
    start(s, t) {
        if (s.injectedFailure) {
            s.phase = 'FAILING';
            s.detail = INJECTED_FAILURE_DETAIL;
            s.exceptions.unshift({
                name: 'org.apache.flink.runtime.JobException',
                message: INJECTED_FAILURE_EXCEPTION,
                timestamp: t,
            });
            this.touch(s, t);
            return;
        }
        if (s.category === 'invalid')
            return this.fail(s, t, s.invalidReason ?? 'SQL parse failed.');
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
        this.applyCatalog(s);
        if (s.category === 'ddl' || (s.category === 'bounded' && s.sources.length === 0)) {
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
            s.startTime ??= t;
            s.endTime = undefined;
            s.runningSince = t;
            if (s.carryOverFrom && !s.startedFrom) {
                const ref = this.statements.get(s.carryOverFrom);
                s.startedFrom = { statement: ref.name, offsets: { ...(ref.latestOffsets ?? {}) } };
                s.detail = `Statement started from the offsets of statement ${ref.name}.`;
            }
        }
        this.touch(s, t);
    }
    catalogProblem(s) {
        const missing = (name) => `Table (or view) '${name}' does not exist or you do not have permission to access it.\n` +
            `Using current catalog '${s.spec.properties['sql.current-catalog'] ?? 'default'}' and current database '${s.spec.properties['sql.current-database'] ?? 'default'}'.`;
        const sink = s.sinks[0];
        switch (s.kind) {
            case 'create-table':
                if (sink && this.hasTable(sink) && !s.ifNotExists)
                    return `Table '${sink}' already exists.`;
                return undefined;
            case 'create-view':
            case 'create-like':
            case 'ctas':
            case 'create-materialized-table':
                for (const src of s.sources)
                    if (!this.hasTable(src) && tableKey(src) !== tableKey(sink ?? ''))
                        return missing(src);
                // A resumed CTAS finds the table it created itself
                if (sink && this.hasTable(sink) && !s.ifNotExists && s.startTime === undefined) {
                    return `Table '${sink}' already exists.`;
                }
                return undefined;
            case 'alter-table':
                return sink && !this.hasTable(sink) ? missing(sink) : undefined;
            case 'drop':
                return sink && !this.hasTable(sink) && !s.ifExists ? missing(sink) : undefined;
            default:
                for (const src of s.sources)
                    if (!this.hasTable(src))
                        return missing(src);
                for (const out of s.sinks)
                    if (!this.hasTable(out))
                        return missing(out);
                return undefined;
        }
    }
    applyCatalog(s) {
        const sink = s.sinks[0];
        if (!sink)
            return;
        switch (s.kind) {
            case 'create-table':
            case 'create-like':
            case 'ctas':
            case 'create-materialized-table':
                if (!this.hasTable(sink))
                    this.catalog.set(tableKey(sink), { name: sink, kind: 'table', createdBy: s.name });
                break;
            case 'create-view':
                if (!this.hasTable(sink))
                    this.catalog.set(tableKey(sink), { name: sink, kind: 'view', createdBy: s.name });
                break;
            case 'drop':
                this.catalog.delete(tableKey(sink));
                break;
        }
    }
    fail(s, t, detail) {
        this.settleRunning(s, t);
        s.phase = 'FAILED';
        s.detail = detail;
        s.exceptions.unshift({
            name: 'org.apache.flink.table.api.ValidationException',
            message: detail,
            timestamp: t,
        });
        s.exceptions.length = Math.min(s.exceptions.length, 10);
        this.finish(s, t);
        this.touch(s, t);
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
        for (const src of s.sources) {
            const topic = tableKey(src);
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
    delay(kind) {
        if (this.latencyOptions.latency === 'fast')
            return this.random.int(10, 50);
        const [lo, hi] = REALISTIC_MS[kind];
        return Math.round(this.random.int(lo, hi) / this.latencyOptions.timeScale);
    }
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
    'alter-table': 'ALTER_TABLE',
    'create-function': 'CREATE_FUNCTION',
};
/** Strip comments so that keyword regexes see only SQL. */
function stripComments(text) {
    return text.replace(/\/\*[\s\S]*?\*\//g, ' ').replace(/--[^\n]*/g, ' ');
}
function classify(text) {
    const analysis = (0,analyze/* analyzeSql */.T)(text);
    const main = analysis.statements.filter((s) => s.kind !== 'set' && s.kind !== 'use');
    const bare = stripComments(text);
    const base = { sinks: analysis.sinks, sources: analysis.sources, ifNotExists: false, ifExists: false };
    const error = analysis.issues.find((i) => i.severity === 'error');
    const invalid = (reason) => ({
        ...base,
        kind: main[0]?.kind ?? null,
        sqlKind: 'UNKNOWN',
        category: 'invalid',
        invalidReason: reason,
    });
    if (main.length === 0)
        return invalid('SQL parse failed. The statement is empty.');
    if (main.length > 1) {
        return invalid('SQL parse failed. Only a single statement is supported per request; use EXECUTE STATEMENT SET.');
    }
    if (error)
        return invalid(`SQL parse failed. ${error.message} (line ${error.line}).`);
    const stmt = main[0];
    if (stmt.kind === 'other' && analysis.issues.some((i) => i.severity === 'warning')) {
        const word = /^\s*(\S+)/.exec(bare)?.[1] ?? '';
        return invalid(`SQL parse failed. Encountered "${word}" at line 1, column 1.`);
    }
    const ifNotExists = /\bCREATE\s+(?:OR\s+REPLACE\s+)?(?:TEMPORARY\s+)?(?:MATERIALIZED\s+)?(?:TABLE|VIEW)\s+IF\s+NOT\s+EXISTS\b/i.test(bare);
    const ifExists = /\bDROP\s+(?:TEMPORARY\s+)?(?:TABLE|VIEW)\s+IF\s+EXISTS\b/i.test(bare);
    let sqlKind = SQL_KINDS[stmt.kind];
    if (stmt.kind === 'drop')
        sqlKind = /\bDROP\s+(?:TEMPORARY\s+)?VIEW\b/i.test(bare) ? 'DROP_VIEW' : 'DROP_TABLE';
    if (!sqlKind) {
        const words = /^\s*(\w+)(?:\s+(\w+))?/.exec(bare);
        const first = (words?.[1] ?? 'OTHER').toUpperCase();
        sqlKind =
            first === 'SELECT' || first === 'WITH'
                ? 'SELECT'
                : [first, words?.[2]?.toUpperCase()].filter(Boolean).join('_');
    }
    const category = stmt.kind === 'insert' ||
        stmt.kind === 'statement-set' ||
        stmt.kind === 'ctas' ||
        stmt.kind === 'create-materialized-table'
        ? 'continuous'
        : stmt.kind === 'other'
            ? 'bounded'
            : 'ddl';
    return { ...base, kind: stmt.kind, sqlKind, category, ifNotExists, ifExists };
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
    const maxNameLength = opts.maxNameLength ?? 100;
    // Separate streams so that injected faults do not shift latencies, and vice versa
    const faultRandom = createRandom(hash32(`faults:${seed}`));
    const state = new EmulatorState(createRandom(hash32(`state:${seed}`)), { latency, timeScale }, now, opts.carryOverTimeoutMs);
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
        const pool = /^\/fcpm\/v2\/compute-pools\/([^/]+)$/.exec(path);
        if (pool) {
            if (method !== 'GET')
                return methodNotAllowed(['GET']);
            return computePool(decodeURIComponent(pool[1]), url, base);
        }
        const m = /^\/sql\/v1\/organizations\/([^/]+)\/environments\/([^/]+)\/statements(?:\/([^/]+)(\/exceptions)?)?$/.exec(path);
        if (!m)
            return failure(404, `No route for ${method} ${url.pathname}`);
        const [, org, env, rawName, exceptions] = m;
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
    const render = (s, base) => {
        const status = {
            phase: s.phase,
            detail: s.detail,
            network_kind: 'PUBLIC',
            traits: {
                sql_kind: s.sqlKind,
                is_bounded: s.category !== 'continuous' && !(s.category === 'bounded' && s.sources.length > 0),
                is_append_only: s.category === 'continuous',
            },
            scaling_status: { scaling_state: 'OK', last_updated: rfc3339(s.updatedAt) },
        };
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
                resource_version: String(s.resourceVersion),
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
        if (state.statements.has(name)) {
            const r = failure(409, `Statement name '${name}' already in use`);
            r.headers = { Location: `${base}${prefix}/statements/${name}` };
            return r;
        }
        const fail = faults.fail > 0 && faultRandom.next() < faults.fail;
        if (fail)
            state.stats.faults.fail++;
        const s = state.create({
            name,
            statement: spec.statement,
            properties: { ...properties },
            labels: { ...labels },
            computePoolId: spec.compute_pool_id || defaultPool,
            principal: spec.principal || principal,
            stopped: spec.stopped === true,
            injectedFailure: fail,
        });
        const body201 = render(s, base);
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
    const computePool = (id, url, base) => {
        const env = url.searchParams.get('environment');
        if (!env)
            return failure(400, "Missing required query parameter 'environment'", { parameter: 'environment' });
        if (env !== environmentId)
            return failure(404, `Environment ${env} not found`);
        const known = id === defaultPool || [...state.statements.values()].some((s) => s.spec.compute_pool_id === id);
        if (!known)
            return failure(404, `Compute pool ${id} not found`);
        const running = [...state.statements.values()].filter((s) => s.spec.compute_pool_id === id && s.phase === 'RUNNING');
        return {
            status: 200,
            body: {
                api_version: 'fcpm/v2',
                kind: 'ComputePool',
                id,
                metadata: {
                    self: `${base}/fcpm/v2/compute-pools/${id}`,
                    resource_name: `crn://confluent.cloud/organization=${organizationId}/environment=${environmentId}/flink-region=emulator/compute-pool=${id}`,
                },
                spec: {
                    display_name: id,
                    cloud: 'AWS',
                    region: 'us-east-1',
                    max_cfu: 50,
                    default_pool: id === defaultPool,
                    environment: {
                        id: environmentId,
                        related: `${base}/org/v2/environments/${environmentId}`,
                        resource_name: `crn://confluent.cloud/organization=${organizationId}/environment=${environmentId}`,
                    },
                },
                status: { phase: 'PROVISIONED', current_cfu: Math.min(50, running.length) },
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
const FAULT_KINDS = ['429', '500', '503', 'reset', 'fail', 'bump'];
function validateFaults(f) {
    const out = { '429': 0, '500': 0, '503': 0, reset: 0, fail: 0, bump: 0 };
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
 * JSON `{"url","organizationId","environmentId","apiKey"}` (never the secret) and serve until
 * SIGINT or SIGTERM. Wire as `emulatorCommand(argv after "emulator", io)`.
 */


const EMULATOR_USAGE = `Usage: flink-pipeline emulator [options]

  --host HOST                 listen address (default 127.0.0.1)
  --port PORT                 port, 0 picks a free one (default 8080)
  --api-key KEY               Basic auth user (default emulator-key)
  --api-secret SECRET         Basic auth password (default emulator-secret)
  --organization-id UUID      organization (default 00000000-0000-4000-8000-000000000000)
  --environment-id ID         environment (default env-emulator)
  --latency fast|realistic    transition delays (default fast)
  --time-scale X              divide realistic delays by X (default 1)
  --faults SPEC               e.g. 429:0.1,500:0.05,503:0.05,reset:0.02,fail:0.1,bump:0.05
  --seed N                    PRNG seed (default 1)
  --tables a,b                tables present in the catalog from the start
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
    const { url, organizationId, environmentId, apiKey } = emulator;
    io.out.write(`${JSON.stringify({ url, organizationId, environmentId, apiKey })}\n`);
    await stop;
    await emulator.close();
    return 0;
}


/***/ })

};
