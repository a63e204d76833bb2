export const id = 942;
export const ids = [942];
export const modules = {

/***/ 5942:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ cliCredentials),
/* harmony export */   v: () => (/* binding */ statusSourceOf)
/* harmony export */ });
/* harmony import */ var _engine_confluent_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1345);
/* harmony import */ var _status_source_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4101);


/** The CLI reads credentials from the environment only (DESIGN §6): never from flags or files. */
function cliCredentials() {
    return {
        apiKey: process.env.FLINK_API_KEY,
        apiSecret: process.env.FLINK_API_SECRET,
        hint: 'FLINK_API_KEY and FLINK_API_SECRET in the environment',
    };
}
function statusSourceOf(ctx, config, environment) {
    return (0,_status_source_js__WEBPACK_IMPORTED_MODULE_1__/* .statusSourceFor */ .lG)(ctx.values.status, () => (0,_engine_confluent_js__WEBPACK_IMPORTED_MODULE_0__/* .confluentTarget */ .Ev)(config, environment, cliCredentials(), `--status confluent`).status);
}


/***/ }),

/***/ 9375:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ao: () => (/* binding */ StatementConflictError),
/* harmony export */   N2: () => (/* binding */ FlinkNetworkError),
/* harmony export */   UN: () => (/* binding */ StatementExistsError),
/* harmony export */   ph: () => (/* binding */ StatementWaitError),
/* harmony export */   vC: () => (/* binding */ FlinkApiError)
/* harmony export */ });
/**
 * Errors of the statements client. Messages are one line (method, statement, HTTP status, the
 * API's detail) and no error carries the request, its headers or the credentials: only the
 * plain fields below, so `String(err)` and `JSON.stringify(err)` are safe to log.
 */
class FlinkApiError extends Error {
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
        super(message);
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
/* harmony export */   Z4: () => (/* binding */ pipelineMarker),
/* harmony export */   q4: () => (/* binding */ LABEL_PIPELINE),
/* harmony export */   w: () => (/* binding */ labelValue),
/* harmony export */   wb: () => (/* binding */ labelSelector)
/* harmony export */ });
/* unused harmony exports LABEL_FINGERPRINT, LABEL_VALUE_MAX */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);

/** Labels the tool puts on its statements (DESIGN §7), under the `user.confluent.io/` prefix. */
const LABEL_PIPELINE = 'user.confluent.io/flink-pipeline';
const LABEL_TABLE = 'user.confluent.io/flink-pipeline-table';
const LABEL_FINGERPRINT = 'user.confluent.io/flink-pipeline-fingerprint';
const LABEL_KIND = 'user.confluent.io/flink-pipeline-kind';
/** The deploy that created the statement: how a re-run recognises its own work. */
const LABEL_DEPLOY = 'user.confluent.io/flink-pipeline-deploy';
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


/***/ }),

/***/ 1345:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Ev: () => (/* binding */ confluentTarget),
  p7: () => (/* binding */ environmentOf)
});

// UNUSED EXPORTS: pollFromEnv

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
        return opts.restEndpoint.replace(/\/+$/, '');
    if (opts.cloud && opts.region) {
        return `https://flink.${opts.region.toLowerCase()}.${opts.cloud.toLowerCase()}.confluent.cloud`;
    }
    throw new errors/* UserError */.y('Confluent environment needs restEndpoint, or cloud and region');
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
 * of live status. Every request goes through one rate limiter and a retry loop; see the
 * module README in the report for the policy.
 */
class FlinkClient {
    baseUrl;
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
                throw new confluent_errors/* StatementWaitError */.ph(`statement ${name}: still present after ${formatMs(timeoutMs)} (phase ${phase ?? 'unknown'})`, name, 'timeout', phase, s.status?.detail ? oneLine(this.#redact(s.status.detail)) : undefined);
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
                throw new confluent_errors/* StatementWaitError */.ph(oneLine(`statement ${name}: not ${targets.join('|')} after ${formatMs(options.timeoutMs)} (phase ${phase ?? 'unknown'}${detail ? `: ${detail}` : ''})`), name, 'timeout', phase, detail);
            }
            await this.sleep(Math.min(delay, remaining));
            delay = Math.min(this.poll.maxDelayMs, delay * this.poll.factor);
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
        let url = `${this.baseUrl}${this.envPath}${spec.path}`;
        for (let hop = 0;; hop++) {
            // Redirects by hand: the gateway may redirect to another host, and fetch would drop the
            // Authorization header there (the Confluent CLI re-sends it too); never https → http.
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
                if (!(new URL(url).protocol === 'https:' && next.protocol !== 'https:')) {
                    await res.body?.cancel();
                    url = next.href;
                    continue;
                }
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
    message(method, statement, status, detail) {
        const target = statement ? `statement ${statement}` : 'statements';
        return oneLine(this.#redact(`${method} ${target}: HTTP ${status}${detail ? `: ${detail}` : ''}`));
    }
    apiError(method, statement, res) {
        const detail = oneLine(this.#redact(apiDetail(res.body)));
        const suffix = res.requestId ? ` (request ${res.requestId})` : '';
        return new confluent_errors/* FlinkApiError */.vC(this.message(method, statement, res.status, detail) + suffix, method, statement, res.status, detail, res.requestId);
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

// EXTERNAL MODULE: ./src/plan/types.ts
var types = __webpack_require__(9898);
// EXTERNAL MODULE: ./src/confluent/labels.ts
var labels = __webpack_require__(3923);
;// CONCATENATED MODULE: ./src/confluent/status.ts


const PHASE_SET = new Set(types/* PHASES */.Z);
/** CREATE … AS SELECT / WITH, and materialized tables: DDL statements that run a query. */
const CONTINUOUS = /\bMATERIALIZED\s+TABLE\b|\bAS\s*\(?\s*(?:SELECT|WITH)\b/i;
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
/** Pure part of the status source, exported for tests. */
function statusFromStatements(statements, tables, prefix) {
    // Label value → table; with no tables asked for, every labelled table is reported as labelled.
    const wanted = new Map(tables.map((t) => [(0,labels/* labelValue */.w)(t), t]));
    const byTable = new Map();
    for (const s of statements) {
        const label = s.metadata?.labels?.[labels/* LABEL_TABLE */.EG];
        if (!label)
            continue;
        if (prefix && !s.name.startsWith(`${prefix}-`))
            continue;
        const phase = s.status?.phase;
        if (phase === 'DELETING')
            continue;
        const table = tables.length ? wanted.get(label) : label;
        if (table === undefined)
            continue;
        const kind = statementKind(s);
        if (kind === 'alter' || (kind === 'drop' && phase !== 'COMPLETED'))
            continue;
        // A DDL with a query (CTAS, materialized table) keeps running: it is the table's pipeline
        // statement. A plain CREATE TABLE that has not completed proves nothing.
        if (kind === 'ddl' && phase !== 'COMPLETED' && !CONTINUOUS.test(s.spec?.statement ?? ''))
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
    return { kind: 'confluent', tables: result };
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
        client = flinkClientFromConfig(env, { apiKey: credentials.apiKey, apiSecret: credentials.apiSecret }, { poll: pollFromEnv(), ...extra });
    }
    catch (e) {
        if (e instanceof errors/* UserError */.y)
            throw new errors/* UserError */.y(`${command}: environment "${name}": ${e.message}`);
        throw e;
    }
    return { name, env, client, status: confluentStatus(client, env.statementPrefix) };
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

/***/ 9898:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ STEP_ACTIONS),
/* harmony export */   Z: () => (/* binding */ PHASES)
/* harmony export */ });
/** Confluent statement phases (DESIGN §6 status file uses the same words). */
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
/** `{table: phase}` (DESIGN §6), or `{table: {phase, statement, tableExists, table}}`. */
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
