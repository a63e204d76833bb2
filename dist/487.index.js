export const id = 487;
export const ids = [487];
export const modules = {

/***/ 5487:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  deployCommand: () => (/* binding */ deployCommand)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/config/load.ts
var load = __webpack_require__(1036);
// EXTERNAL MODULE: ./src/deploy/plan-file.ts + 1 modules
var plan_file = __webpack_require__(5636);
// EXTERNAL MODULE: ./src/confluent/errors.ts
var errors = __webpack_require__(9375);
// EXTERNAL MODULE: ./src/confluent/labels.ts
var labels = __webpack_require__(3923);
// EXTERNAL MODULE: ./src/plan/names.ts
var names = __webpack_require__(2471);
// EXTERNAL MODULE: ./src/plan/sql.ts
var sql = __webpack_require__(9079);
;// CONCATENATED MODULE: ./src/deploy/preflight.ts
/** CREATE TABLE … AS SELECT runs like an INSERT: it holds compute while the table fills. */
const RUNS_QUERY = /\bAS\s*\(?\s*(?:SELECT|WITH)\b/i;
/** Statements a step leaves running (+1) or stops (-1), by its action and SQL. */
function runningDelta(s) {
    switch (s.action) {
        case 'create-statement':
        case 'resume-statement':
            return 1;
        case 'create-table':
            return !/^\s*CREATE\s+(?:OR\s+ALTER\s+)?MATERIALIZED\b/i.test(s.sql ?? '') &&
                RUNS_QUERY.test(s.sql ?? '')
                ? 1
                : 0;
        case 'stop-statement':
            return -1;
        default:
            return 0;
    }
}
/**
 * Refuses (returns why) when a pool is missing, not PROVISIONED, or too small for the plan.
 * Statements a table stops make room for the ones it starts; a table that only stops frees
 * nothing the check counts on, since another table may start first.
 */
async function preflightError(steps, pools, emit) {
    const perTable = new Map();
    const used = new Set();
    for (const s of steps) {
        const entry = perTable.get(s.table) ?? { pool: undefined, delta: 0 };
        entry.pool ??= s.computePool;
        entry.delta += runningDelta(s);
        perTable.set(s.table, entry);
        if (s.sql)
            used.add(s.computePool);
    }
    const need = new Map();
    for (const { pool, delta } of perTable.values())
        need.set(pool, (need.get(pool) ?? 0) + Math.max(0, delta));
    let fallback = null;
    for (const id of used) {
        let pool;
        if (id === undefined) {
            // No pool named: the statements run in the environment's default pool (spec.default_pool).
            fallback ??= (await pools.listComputePools()).find((p) => p.spec?.default_pool);
            if (!fallback) {
                return 'the statements name no compute pool and the environment has no default pool; set computePoolId (or computePools) in flink-pipeline.yaml';
            }
            pool = fallback;
        }
        else {
            pool = await pools.getComputePool(id);
            if (!pool)
                return `compute pool ${id} does not exist in this environment; check computePoolId and computePools in flink-pipeline.yaml`;
        }
        const phase = pool.status?.phase ?? 'unknown';
        if (phase !== 'PROVISIONED') {
            return `compute pool ${pool.id} is ${phase}, not PROVISIONED: statements cannot start in it; wait until it is ready, or use another pool`;
        }
        const max = pool.spec?.max_cfu;
        const current = pool.status?.current_cfu ?? 0;
        const starts = need.get(id) ?? 0;
        if (typeof max === 'number' && starts > max - current) {
            return `compute pool ${pool.id} has room for ${Math.max(0, max - current)} CFU (max_cfu ${max}, current_cfu ${current}) but the deploy starts ${starts} statements, each needing at least 1 CFU; raise the pool's max_cfu, stop statements you no longer need, or deploy fewer tables at once`;
        }
        emit({
            type: 'log',
            message: `compute pool ${pool.id}: ${phase}, ${current} of ${max ?? '?'} CFU in use, the deploy starts ${starts} statements`,
        });
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/deploy/timeouts.ts
const DEFAULT_TIMEOUTS = {
    createMs: 6 * 3_600_000,
    stopMs: 20 * 60_000,
    resumeMs: 20 * 60_000,
    deleteMs: 20 * 60_000,
    recreateMs: 10 * 60_000,
    leaseMs: 20 * 60_000,
};
/** The config key of each timeout, for messages that say what to raise. */
const TIMEOUT_KEYS = {
    createMs: 'timeouts.create',
    stopMs: 'timeouts.stop',
    resumeMs: 'timeouts.resume',
    deleteMs: 'timeouts.delete',
    recreateMs: 'timeouts.recreate',
    leaseMs: 'timeouts.lease',
};

// EXTERNAL MODULE: ./src/confluent/client.ts + 1 modules
var client = __webpack_require__(792);
;// CONCATENATED MODULE: ./src/deploy/watcher.ts


/** Errors a later round may not meet: the network, rate limits and the service's own failures. */
function isTransient(e) {
    return e instanceof errors/* FlinkApiError */.vC && (e.status === 0 || e.status === 429 || e.status >= 500);
}
const oneLine = (text) => text.replace(/\s+/g, ' ').trim();
/** `6 h`, `20 min`, `45 s`, `250 ms`: a timeout as the config writes it. */
function duration(ms) {
    if (ms >= 3_600_000 && ms % 3_600_000 === 0)
        return `${ms / 3_600_000} h`;
    if (ms >= 60_000 && ms % 60_000 === 0)
        return `${ms / 60_000} min`;
    if (ms >= 1000)
        return `${Math.round(ms / 100) / 10} s`;
    return `${ms} ms`;
}
/**
 * Waits for many statements at once. Polling each statement on its own costs one request per
 * statement per poll, which makes a parallel deploy either slow (long gaps between polls) or
 * heavy on the API; instead, one round lists every statement of this deploy (one request per
 * 100) on a steady tick and wakes each waiter whose statement reached its phase. Statements
 * the list cannot show (another deploy's, or ones being deleted) are read one by one.
 */
class PhaseWatcher {
    client;
    options;
    waiters = new Set();
    /** Names the list did not show once: read with GET from then on */
    unlisted = new Set();
    running = false;
    intervalMs;
    sleep;
    now;
    constructor(client, options) {
        this.client = client;
        this.options = options;
        this.intervalMs = options.intervalMs ?? 1000;
        this.sleep = options.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
        this.now = options.now ?? Date.now;
    }
    /** Same contract as FlinkClient.waitForPhase: StatementWaitError on a failOn phase, 404 or timeout. */
    waitForPhase(name, targets, options) {
        return this.add(name, targets, options.failOn ?? ['FAILED', 'FAILING'], options.timeoutMs);
    }
    /** Resolves once GET answers 404 for the name. */
    async waitForDeletion(name, timeoutMs) {
        this.unlisted.add(name);
        await this.add(name, [], [], timeoutMs);
    }
    add(name, targets, failOn, timeoutMs) {
        return new Promise((resolve, reject) => {
            this.waiters.add({
                name,
                targets,
                failOn,
                timeoutMs,
                deadline: this.now() + timeoutMs,
                resolve,
                reject,
            });
            if (!this.running) {
                this.running = true;
                void this.loop();
            }
        });
    }
    async loop() {
        let failures = 0;
        try {
            while (this.waiters.size) {
                await this.sleep(failures ? Math.min(30_000, this.intervalMs * 2 ** failures) : this.intervalMs);
                try {
                    await this.round();
                    failures = 0;
                }
                catch (e) {
                    // A round that failed after the client's own retries: a step fails only on its own
                    // statement's outcome, so a passing error (network, 429, 5xx) leaves the waits as they
                    // are until their deadline; any other (401, 403, …) ends them with it.
                    if (!isTransient(e))
                        throw e;
                    failures++;
                    this.expire(e);
                    this.options.onRoundError?.(e, Math.min(30_000, this.intervalMs * 2 ** failures));
                }
            }
        }
        catch (e) {
            for (const w of this.waiters)
                w.reject(e);
            this.waiters.clear();
        }
        finally {
            this.running = false;
            if (this.waiters.size) {
                this.running = true;
                void this.loop();
            }
        }
    }
    /** Waits past their deadline while the API does not answer end with that. */
    expire(error) {
        for (const w of [...this.waiters]) {
            if (this.now() < w.deadline)
                continue;
            this.waiters.delete(w);
            const goal = w.targets.length ? `not ${w.targets.join('|')}` : 'still present';
            w.reject(new errors/* StatementWaitError */.ph(oneLine(`statement ${w.name}: ${goal} after ${duration(w.timeoutMs)} (the API did not answer: ${error.message})`), w.name, 'timeout', undefined, undefined));
        }
    }
    async round() {
        const waiting = [...this.waiters];
        const listed = new Map();
        if (waiting.some((w) => !this.unlisted.has(w.name))) {
            for await (const s of this.client.iterateStatements({ labelSelector: this.options.labelSelector })) {
                listed.set(s.name, s);
            }
        }
        const read = new Map();
        for (const w of waiting) {
            let s = listed.get(w.name);
            if (!s) {
                this.unlisted.add(w.name);
                if (!read.has(w.name))
                    read.set(w.name, await this.client.getStatement(w.name));
                s = read.get(w.name);
            }
            await this.settle(w, s);
        }
    }
    async settle(w, s) {
        const done = (f) => {
            this.waiters.delete(w);
            f();
        };
        if (!w.targets.length) {
            if (!s)
                return done(() => w.resolve(null));
        }
        else {
            if (!s) {
                return done(() => w.reject(new errors/* StatementWaitError */.ph(`statement ${w.name}: not found while waiting for ${w.targets.join('|')}`, w.name, 'not-found', undefined, undefined)));
            }
            const phase = s.status?.phase;
            if (phase && w.targets.includes(phase))
                return done(() => w.resolve(s));
            if (phase === 'PENDING' && (0,client/* scalingStateOf */.c6)(s) === 'POOL_EXHAUSTED')
                this.options.onPoolExhausted?.(s);
            if (phase && w.failOn.includes(phase)) {
                const detail = await this.client.failureDetail(s);
                return done(() => w.reject(new errors/* StatementWaitError */.ph(oneLine(`statement ${w.name}: ${phase}${detail ? `: ${detail}` : ''}`), w.name, 'failed', phase, detail)));
            }
        }
        if (this.now() >= w.deadline) {
            const phase = s?.status?.phase;
            const raw = s?.status?.detail ? await this.client.failureDetail(s) : undefined;
            const detail = raw ? oneLine(raw) : undefined;
            const goal = w.targets.length ? `not ${w.targets.join('|')}` : 'still present';
            done(() => w.reject(new errors/* StatementWaitError */.ph(oneLine(`statement ${w.name}: ${goal} after ${duration(w.timeoutMs)} (phase ${phase ?? 'unknown'}, scaling status ${(0,client/* scalingStateOf */.c6)(s) ?? 'unknown'}${detail ? `: ${detail}` : ''})`), w.name, 'timeout', phase, detail)));
        }
    }
}

;// CONCATENATED MODULE: ./src/deploy/executor.ts







/**
 * Phases in which a submitted statement has done its job: bounded ones complete, streaming ones
 * run. DEGRADED runs too, unhealthy: the step is done and its report says so.
 */
const REACHED = ['RUNNING', 'COMPLETED', 'DEGRADED'];
const RUNS = ['RUNNING', 'DEGRADED'];
const IN_FLIGHT = new Set(['PENDING']);
const NOT_RUNNING = new Set(['STOPPED', 'FAILED', 'COMPLETED']);
const KIND_OF = {
    'create-table': 'ddl',
    'create-statement': 'dml',
    'alter-table': 'alter',
    'drop-table': 'drop',
};
/**
 * Equal across re-runs of the same change (same commit range), so a re-run after a crash
 * recognises the statements the first run created even though its live status, and so its
 * plan, differ. A selection plan (no range) is identified by its hash.
 */
function deployIdOf(plan) {
    const basis = plan.base && plan.head ? `${plan.base}..${plan.head}` : `plan:${plan.hash}`;
    return (0,names/* sha256 */.sc)(basis).slice(0, 16);
}
function destructiveAllowed(allow, table) {
    return allow === true || (Array.isArray(allow) && allow.includes(table));
}
class StepFailure extends Error {
    phase;
    outcome;
    constructor(message, phase, outcome = 'failed') {
        super(message);
        this.phase = phase;
        this.outcome = outcome;
    }
}
function describe(e) {
    if (e instanceof StepFailure)
        return { message: e.message, phase: e.phase };
    if (e instanceof errors/* StatementWaitError */.ph)
        return { message: e.message, phase: e.phase };
    if (e instanceof errors/* FlinkApiError */.vC)
        return { message: e.message };
    return { message: `unexpected error: ${e?.message ?? String(e)}` };
}
/**
 * Runs plan steps on Confluent Cloud (docs/deploy.md): each step starts as soon as the steps it
 * comes after are done, at most `maxParallel` at a time, longest remaining chain first. A
 * failed step blocks only its dependents. Every step first checks whether it is already true,
 * so a re-run after a crash or a failure continues where the last run stopped and never
 * creates a second copy of a statement.
 */
async function executePlan(plan, client, options = {}) {
    const now = options.now ?? Date.now;
    const started = now();
    const startedAt = new Date(started).toISOString();
    const deployId = options.deployId ?? deployIdOf(plan);
    const emit = options.onEvent ?? (() => { });
    const timeouts = { ...DEFAULT_TIMEOUTS, ...options.timeouts };
    const maxParallel = Math.max(1, Math.floor(options.maxParallel ?? 8));
    const steps = plan.steps;
    const results = new Map();
    const finish = (status, reason) => report(plan, deployId, options.environment, startedAt, now() - started, steps, results, status, reason);
    const refuse = (reason) => {
        skipAll('blocked', () => `nothing was deployed: ${reason}`);
        return finish('refused', reason);
    };
    const skipAll = (outcome, why) => {
        for (const s of steps) {
            results.set(s.id, { ...base(s), outcome, durationMs: 0, detail: why(s) });
        }
    };
    if (plan.errors.length) {
        skipAll('blocked', () => `the plan has errors: ${plan.errors.map((e) => e.message).join('; ')}`);
        return finish('refused', plan.errors.map((e) => e.message).join('; '));
    }
    const bad = stepError(steps, options.environment);
    if (bad)
        return refuse(bad);
    let refused = steps.filter((s) => s.destructive && !destructiveAllowed(options.allowDestructive, s.table));
    if (refused.length && !options.dryRun) {
        // A re-run of a deploy that already dropped and re-created the table drops nothing.
        const done = await Promise.all(refused.map((s) => dropDone(s, plan, client, deployId)));
        refused = refused.filter((_, i) => !done[i]);
    }
    if (refused.length) {
        const tables = [...new Set(refused.map((s) => s.table))];
        for (const s of steps) {
            const isRefused = refused.includes(s);
            results.set(s.id, {
                ...base(s),
                outcome: isRefused ? 'refused' : 'blocked',
                durationMs: 0,
                detail: isRefused
                    ? `drops table \`${s.table}\`; allow it with allow-destructive or list the table in allowDestructive`
                    : `nothing was deployed: destructive steps on ${tables.map((t) => `\`${t}\``).join(', ')} are not allowed`,
            });
        }
        return finish('refused');
    }
    if (!steps.length)
        return finish('nothing-to-do');
    if (options.pools) {
        const full = await preflightError(steps, options.pools, emit);
        if (full)
            return refuse(full);
    }
    else if (!options.dryRun || options.poolsMissing) {
        emit({ type: 'log', message: poolCheckSkippedWarning(options.poolsMissing) });
    }
    // A dry run sends nothing to the statements API, dry-run statements included.
    if (options.check && !options.dryRun) {
        const refused = await options.check(plan);
        if (refused)
            return refuse(refused);
    }
    if (options.dryRun) {
        skipAll('planned', () => undefined);
        return finish('dry-run');
    }
    // Longest chain of dependents below each step: the critical path goes first.
    const byId = new Map(steps.map((s) => [s.id, s]));
    const dependents = new Map(steps.map((s) => [s.id, []]));
    const waiting = new Map();
    for (const s of steps) {
        const after = s.after.filter((a) => byId.has(a));
        waiting.set(s.id, after.length);
        for (const a of after)
            dependents.get(a).push(s.id);
    }
    const height = new Map();
    const heightOf = (id) => {
        const known = height.get(id);
        if (known !== undefined)
            return known;
        let h = 0;
        for (const d of dependents.get(id))
            h = Math.max(h, heightOf(d));
        height.set(id, h + 1);
        return h + 1;
    };
    for (const s of steps)
        heightOf(s.id);
    const order = new Map(steps.map((s, i) => [s.id, i]));
    const ready = steps.filter((s) => waiting.get(s.id) === 0).map((s) => s.id);
    const pick = () => {
        let best = 0;
        for (let i = 1; i < ready.length; i++) {
            const a = ready[i];
            const b = ready[best];
            if (height.get(a) > height.get(b) ||
                (height.get(a) === height.get(b) && order.get(a) < order.get(b)))
                best = i;
        }
        return ready.splice(best, 1)[0];
    };
    const block = (failed) => {
        const stack = [...dependents.get(failed)];
        while (stack.length) {
            const id = stack.pop();
            if (results.has(id))
                continue;
            const s = byId.get(id);
            results.set(id, {
                ...base(s),
                outcome: 'blocked',
                durationMs: 0,
                blockedBy: failed,
                detail: `not run: \`${failed}\` did not succeed`,
            });
            emit({ type: 'step-end', result: results.get(id) });
            stack.push(...dependents.get(id));
        }
    };
    const exhausted = new Set();
    const watcher = new PhaseWatcher(client, {
        labelSelector: (0,labels/* labelSelector */.wb)({ [labels/* LABEL_DEPLOY */.PP]: (0,labels/* labelValue */.w)(deployId) }),
        intervalMs: options.pollMs ?? client.pollIntervalMs,
        onPoolExhausted: (s) => {
            if (exhausted.has(s.name))
                return;
            exhausted.add(s.name);
            emit({ type: 'log', message: poolExhaustedWarning(s) });
        },
        onRoundError: (e, ms) => emit({ type: 'log', message: statusRoundWarning(e, ms) }),
    });
    const sleep = options.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
    const ctx = { client, wait: watcher, deployId, timeouts, options, plan, emit, sleep };
    await new Promise((resolveAll) => {
        let running = 0;
        const pump = () => {
            while (running < maxParallel && ready.length) {
                const id = pick();
                if (results.has(id))
                    continue;
                const step = byId.get(id);
                running++;
                emit({
                    type: 'step-start',
                    step: id,
                    table: step.table,
                    action: step.action,
                    statement: step.statement,
                });
                const t0 = now();
                runStep(step, ctx).then((r) => done(step, {
                    ...base(step),
                    outcome: r.outcome,
                    phase: r.phase,
                    detail: r.detail,
                    durationMs: now() - t0,
                }), (e) => {
                    const d = describe(e);
                    const outcome = e instanceof StepFailure ? e.outcome : 'failed';
                    done(step, { ...base(step), outcome, phase: d.phase, detail: d.message, durationMs: now() - t0 });
                });
            }
            if (running === 0 && !ready.length)
                resolveAll();
        };
        const done = (step, result) => {
            running--;
            results.set(step.id, result);
            emit({ type: 'step-end', result });
            if (result.outcome === 'done' || result.outcome === 'skipped') {
                for (const d of dependents.get(step.id)) {
                    const left = waiting.get(d) - 1;
                    waiting.set(d, left);
                    if (left === 0 && !results.has(d))
                        ready.push(d);
                }
            }
            else {
                block(step.id);
            }
            pump();
        };
        pump();
    });
    const failed = [...results.values()].some((r) => r.outcome !== 'done' && r.outcome !== 'skipped');
    return finish(failed ? 'failed' : 'succeeded');
}
/**
 * What the service would refuse or resolve in the wrong place, found before anything is sent
 * (a plan file may come from an older version or be edited by hand): a step holding more than
 * one statement, a `client.*` property, a table named without its database and no
 * `sql.current-database`.
 */
function stepError(steps, environment) {
    for (const s of steps) {
        if (!s.sql)
            continue;
        const count = (0,sql/* statementCount */.ZA)(s.sql);
        if (count !== 1) {
            return `step ${s.id} holds ${count} SQL statements, but a request takes exactly one; plan again with this version`;
        }
        const local = Object.keys(s.properties ?? {}).find((k) => k.startsWith('client.'));
        if (local) {
            return `step ${s.id} sends the client-side property ${local}, which the service does not take; plan again with this version`;
        }
        const ref = s.properties?.['sql.current-database'] ? undefined : (0,sql/* unqualifiedRef */.zn)(s.sql);
        if (ref) {
            return `step ${s.id} names \`${ref.name}\` without its database and no sql.current-database is set; set environments.${environment ?? '<name>'}.database in flink-pipeline.yaml to the Kafka cluster, then plan again`;
        }
    }
    return undefined;
}
function base(s) {
    return { id: s.id, table: s.table, action: s.action, statement: s.statement };
}
const phaseOf = (s) => s?.status?.phase;
async function runStep(step, ctx) {
    switch (step.action) {
        case 'stop-statement':
            return stopStep(step, ctx);
        case 'delete-statement':
            return deleteStep(step, ctx);
        case 'resume-statement':
            return resumeStep(step, ctx);
        case 'drop-table':
            return dropStep(step, ctx);
        case 'create-table':
        case 'alter-table':
        case 'create-statement':
            return createStep(step, ctx);
    }
}
function isMine(s, ctx) {
    return s?.metadata?.labels?.[labels/* LABEL_DEPLOY */.PP] === (0,labels/* labelValue */.w)(ctx.deployId);
}
/**
 * Teardown steps act on the statement that ran before this deploy. When the statement under
 * that name carries this deploy's label, the replacement already exists: the teardown is done.
 */
async function stopStep(step, ctx) {
    const { client } = ctx;
    const s = await client.getStatement(step.statement);
    if (!s)
        return { outcome: 'skipped', detail: 'statement not found: nothing to stop' };
    if (isMine(s, ctx))
        return { outcome: 'skipped', phase: phaseOf(s), detail: 'already replaced by this deploy' };
    if (NOT_RUNNING.has(phaseOf(s) ?? ''))
        return { outcome: 'skipped', phase: phaseOf(s), detail: 'already not running' };
    // An earlier run's delete (the step after this one) already took it: nothing left to stop.
    if (phaseOf(s) === 'DELETING')
        return { outcome: 'skipped', phase: 'DELETING', detail: 'being deleted' };
    try {
        await client.stopStatement(step.statement);
        const after = await waitFor(ctx, step.statement, ['STOPPED'], 'stopMs', ['FAILED']);
        return { outcome: 'done', phase: phaseOf(after) };
    }
    catch (e) {
        // Deleted meanwhile (by a run still in flight, or by hand): it does not run any more.
        if (gone(e) && !(await client.getStatement(step.statement)))
            return { outcome: 'skipped', detail: 'deleted while stopping: nothing to stop' };
        throw e;
    }
}
const gone = (e) => (e instanceof errors/* StatementWaitError */.ph && e.reason === 'not-found') ||
    (e instanceof errors/* FlinkApiError */.vC && (e.status === 404 || e.status === 409));
async function deleteStep(step, ctx) {
    const { client } = ctx;
    const s = await client.getStatement(step.statement);
    if (!s)
        return { outcome: 'skipped', detail: 'already deleted' };
    if (isMine(s, ctx))
        return { outcome: 'skipped', phase: phaseOf(s), detail: 'already replaced by this deploy' };
    // A statement that a carry-over still waits on is never deleted: the replacement would fail
    // ("… referenced by 'sql.tables.initial-offset-from' does not exist") and its offsets be lost.
    for (const other of await statementsOfTable(step.table, ctx)) {
        if (other.name === step.statement || other.spec?.properties?.[CARRY_OVER] !== step.statement)
            continue;
        if (phaseOf(other) !== 'PENDING')
            continue;
        throw new StepFailure(`statement ${step.statement} not deleted: ${other.name} still waits in PENDING to carry over its offsets; run the deploy again once ${other.name} runs`, phaseOf(s));
    }
    await remove(step.statement, ctx);
    return { outcome: 'done' };
}
/** The tool's statements of one table (by its label), every page. */
async function statementsOfTable(table, ctx) {
    const out = [];
    for await (const s of ctx.client.iterateStatements({
        labelSelector: (0,labels/* labelSelector */.wb)({ [labels/* LABEL_TABLE */.EG]: (0,labels/* labelValue */.w)(table) }),
    }))
        out.push(s);
    return out;
}
const CARRY_OVER = 'sql.tables.initial-offset-from';
async function remove(name, ctx) {
    await ctx.client.deleteStatement(name);
    try {
        await ctx.wait.waitForDeletion(name, ctx.timeouts.deleteMs);
    }
    catch (e) {
        throw timedOut(e, 'deleteMs');
    }
}
const isRunning = (phase) => phase === 'RUNNING' || phase === 'DEGRADED';
/** A wait of the deploy; a timeout says which config key gives it more time. */
async function waitFor(ctx, name, targets, key, failOn) {
    try {
        return await ctx.wait.waitForPhase(name, targets, { timeoutMs: ctx.timeouts[key], failOn });
    }
    catch (e) {
        throw timedOut(e, key);
    }
}
function timedOut(e, key) {
    if (!(e instanceof errors/* StatementWaitError */.ph) || e.reason !== 'timeout')
        return e;
    const what = {
        createMs: 'create',
        stopMs: 'stop',
        resumeMs: 'resume',
        deleteMs: 'delete',
        recreateMs: 'create',
        leaseMs: 'lease',
    }[key];
    return new StepFailure(`${what} timed out: ${e.message}; raise ${TIMEOUT_KEYS[key]} in flink-pipeline.yaml if it needs longer`, e.phase);
}
/**
 * What a running statement's status says about its health: DEGRADED (running, unhealthy) and
 * `status.warnings`, for the step's report.
 */
function health(s) {
    const notes = [];
    if (phaseOf(s) === 'DEGRADED')
        notes.push(`running but unhealthy (DEGRADED)${s?.status?.detail ? `: ${s.status.detail}` : ''}`);
    for (const w of s?.status?.warnings ?? [])
        notes.push(`warning ${w.severity ?? ''} ${w.reason ?? ''}: ${w.message ?? ''}`.replace(/\s+/g, ' '));
    return notes.length ? notes.join('; ') : undefined;
}
async function resumeStep(step, ctx) {
    const { client } = ctx;
    const s = await client.getStatement(step.statement);
    if (!s)
        throw new StepFailure(`statement ${step.statement} not found: nothing to resume; plan again with live status`);
    if (isRunning(phaseOf(s))) {
        const note = health(s);
        return { outcome: 'skipped', phase: phaseOf(s), detail: note ? note : 'already running' };
    }
    if (!IN_FLIGHT.has(phaseOf(s) ?? ''))
        await client.resumeStatement(step.statement);
    const after = await waitFor(ctx, step.statement, RUNS, 'resumeMs');
    return { outcome: 'done', phase: phaseOf(after), detail: health(after) };
}
/** The drop ran already when this deploy's drop statement, or its new CREATE TABLE, exists. */
async function dropStep(step, ctx) {
    if (await dropDone(step, ctx.plan, ctx.client, ctx.deployId)) {
        return { outcome: 'skipped', detail: 'already dropped and re-created by this deploy' };
    }
    return createStep(step, ctx);
}
async function dropDone(step, plan, client, deployId) {
    const create = plan.steps.find((s) => s.table === step.table && s.action === 'create-table');
    if (!create)
        return false;
    const s = await client.getStatement(create.statement);
    return s?.metadata?.labels?.[labels/* LABEL_DEPLOY */.PP] === (0,labels/* labelValue */.w)(deployId);
}
function labelsFor(step, ctx) {
    const kind = KIND_OF[step.action];
    const hash = /-([0-9a-f]{7})$/.exec(step.statement)?.[1];
    return (0,labels/* pipelineLabels */.GC)({
        table: step.table,
        kind,
        fingerprint: kind === 'dml' && hash ? hash : step.sql ? (0,names/* sha256 */.sc)(step.sql) : undefined,
        prefix: ctx.options.statementPrefix,
        deploy: ctx.deployId,
        commit: ctx.options.commit ?? ctx.plan.head ?? undefined,
    });
}
const sameText = (a, b) => (a ?? '').replace(/\s+/g, ' ').trim() === (b ?? '').replace(/\s+/g, ' ').trim();
/**
 * Submits the step's SQL and waits for it to take effect. An existing statement of the same
 * name is reused when it is this deploy's or holds the same SQL and already ran; a finished
 * or failed one from elsewhere is deleted first, since names stay taken until deleted.
 */
async function createStep(step, ctx) {
    const { client } = ctx;
    const name = step.statement;
    const existing = await client.getStatement(name);
    const phase = phaseOf(existing);
    if (existing) {
        // DDL and drop statements reuse one name per table, and a finished CREATE TABLE does not
        // prove the table is still there: only this deploy's own counts as done.
        const reusable = isMine(existing, ctx) ||
            (step.action !== 'drop-table' &&
                sameText(existing.spec?.statement, step.sql) &&
                (step.action !== 'create-table' || (await tableStillThere(existing, step, ctx))));
        if (reusable && REACHED.includes(phase)) {
            const note = health(existing);
            return { outcome: 'skipped', phase, detail: note ? note : 'already deployed' };
        }
        if (reusable && IN_FLIGHT.has(phase ?? ''))
            return awaitCreated(step, ctx);
        if (reusable && phase === 'STOPPED' && step.action === 'create-statement') {
            await client.resumeStatement(name);
            return awaitCreated(step, ctx);
        }
        if (!reusable && isRunning(phase) && step.action === 'create-statement') {
            throw new StepFailure(`statement ${name} is running with other SQL; stop and delete it, or plan again with --status confluent`, phase);
        }
        // FAILED, finished, or a leftover with other SQL: the name must be freed first.
        await remove(name, ctx);
    }
    const submit = () => client.createStatement({
        name,
        statement: step.sql ?? '',
        properties: step.properties,
        computePoolId: step.computePool,
        principal: ctx.options.principal,
        labels: labelsFor(step, ctx),
    });
    try {
        await submit();
    }
    catch (e) {
        // A request the service refuses (400 or 422: SQL that does not parse, …) created nothing and
        // is not sent again; a carry-over replacement is rolled back like one that FAILED.
        if (e instanceof errors/* FlinkApiError */.vC && (e.status === 400 || e.status === 422))
            throw await rollBack(step, ctx, e);
        throw e;
    }
    // Right after a DROP the service refuses a CREATE of the same name until the old topic is gone;
    // dbt-confluent retries it the same way (`dbt/adapters/confluent/connections.py`,
    // `_execute_query_with_retry`: delete the FAILED statement, wait, submit again, bounded).
    const clock = ctx.options.now ?? Date.now;
    const deadline = clock() + ctx.timeouts.recreateMs;
    let delay = Math.max(10, ctx.client.pollIntervalMs);
    for (let attempt = 1;; attempt++) {
        try {
            return await awaitCreated(step, ctx);
        }
        catch (e) {
            const why = recreateBlocked(e, step, ctx.plan);
            if (!why)
                throw e;
            if (clock() + delay > deadline) {
                throw new StepFailure(`${describe(e).message}; still refused after ${attempt} attempts over ${duration(ctx.timeouts.recreateMs)} (raise ${TIMEOUT_KEYS.recreateMs} in flink-pipeline.yaml if the service needs longer)`, e.phase);
            }
            ctx.emit({ type: 'log', message: recreateWarning(name, why, delay, attempt + 1) });
            await remove(name, ctx);
            await ctx.sleep(delay);
            delay = Math.min(delay * 2, 10_000);
            await submit();
        }
    }
}
/**
 * A finished CREATE TABLE with the step's SQL still describes the table when this plan does not
 * drop it and no DROP of it completed after the CREATE (a DROP statement is kept, COMPLETED).
 */
async function tableStillThere(create, step, ctx) {
    if (phaseOf(create) !== 'COMPLETED')
        return false;
    if (ctx.plan.steps.some((s) => s.action === 'drop-table' && s.table === step.table))
        return false;
    const at = create.metadata?.created_at ?? '';
    return !(await statementsOfTable(step.table, ctx)).some((s) => s.metadata?.labels?.[labels/* LABEL_KIND */.Kg] === 'drop' &&
        phaseOf(s) === 'COMPLETED' &&
        (s.metadata?.created_at ?? '') >= at);
}
function recreateWarning(name, why, delayMs, attempt) {
    return `statement ${name}: ${why}; submitting it again in ${duration(delayMs)} (attempt ${attempt})`;
}
/** The compute pool check needs the Confluent Cloud API; without it the deploy says so and goes on. */
function poolCheckSkippedWarning(why) {
    return `compute pool check skipped: ${why ?? 'no Confluent Cloud API client'}`;
}
/** A status round that failed on an error that may pass: the waits go on. */
function statusRoundWarning(e, retryInMs) {
    return `status round failed (${e.message}); the waits go on, next round in ${duration(retryInMs)}`;
}
/** A statement waiting in PENDING for room in its pool: reported once, it may wait long. */
function poolExhaustedWarning(s) {
    const detail = s.status?.detail;
    return `statement ${s.name} waits for room in compute pool ${s.spec?.compute_pool_id ?? '(default)'} (POOL_EXHAUSTED)${detail ? `: ${detail}` : ''}`;
}
/**
 * Whether a failed CREATE only met the DROP before it: "… its Kafka topic does not exist; …
 * try again later" (any table dropped moments ago), or "already exists" for a materialized
 * table this deploy dropped (its entry goes asynchronously: dbt-confluent MATERIALIZATIONS.md).
 */
function recreateBlocked(e, step, plan) {
    if (!(e instanceof errors/* StatementWaitError */.ph) || e.reason !== 'failed')
        return undefined;
    if (step.action !== 'create-table' && step.action !== 'create-statement')
        return undefined;
    const detail = `${e.detail ?? ''} ${e.message}`;
    if (/kafka topic does not exist/i.test(detail))
        return 'the table was dropped moments ago and its topic is still being deleted';
    const droppedHere = plan.steps.some((s) => s.action === 'drop-table' && s.table === step.table && /\bMATERIALIZED\b/i.test(s.sql ?? ''));
    if (droppedHere && /already exists/i.test(detail))
        return 'the materialized table dropped moments ago is still being removed';
    return undefined;
}
/**
 * Waits for the created statement. A carry-over replacement that does not reach RUNNING is
 * deleted and the statement it replaces (kept STOPPED until now) resumed: rolled back.
 */
async function awaitCreated(step, ctx) {
    try {
        const s = await waitFor(ctx, step.statement, REACHED, 'createMs');
        return { outcome: 'done', phase: phaseOf(s), detail: health(s) };
    }
    catch (e) {
        if (!(e instanceof errors/* StatementWaitError */.ph || e instanceof StepFailure))
            throw e;
        throw await rollBack(step, ctx, e);
    }
}
/**
 * The error a failed create step ends with: a carry-over replacement is deleted (if it exists)
 * and the statement it replaces (kept STOPPED until now) resumed.
 */
async function rollBack(step, ctx, e) {
    const old = step.properties?.[CARRY_OVER];
    if (!old)
        return e;
    const why = describe(e).message;
    const phase = e.phase;
    try {
        await remove(step.statement, ctx);
        await ctx.client.resumeStatement(old);
        await waitFor(ctx, old, RUNS, 'resumeMs');
    }
    catch (rollback) {
        return new StepFailure(`${why}; rolling back to ${old} failed too: ${describe(rollback).message}`, phase);
    }
    return new StepFailure(`${why}; rolled back: ${old} resumed`, phase, 'rolled-back');
}
function report(plan, deployId, environment, startedAt, durationMs, steps, results, status, reason) {
    const list = steps.map((s) => results.get(s.id) ?? { ...base(s), outcome: 'blocked', durationMs: 0 });
    const counts = {};
    for (const r of list)
        counts[r.outcome] = (counts[r.outcome] ?? 0) + 1;
    const parts = Object.entries(counts).map(([k, n]) => `${n} ${k}`);
    const head = {
        succeeded: 'deploy succeeded',
        failed: 'deploy failed',
        refused: 'deploy refused',
        'dry-run': 'dry run: nothing deployed',
        'nothing-to-do': 'nothing to deploy',
    };
    const seconds = (durationMs / 1000).toFixed(1);
    return {
        status,
        planHash: plan.hash,
        deployId,
        ...(environment ? { environment } : {}),
        startedAt,
        durationMs,
        steps: list,
        counts,
        ...(reason ? { reason } : {}),
        summary: `${head[status]}${reason ? ` (${reason})` : ''}${parts.length ? `: ${parts.join(', ')}` : ''} (${seconds} s)`,
    };
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/util/errors.ts
var util_errors = __webpack_require__(17);
;// CONCATENATED MODULE: ./src/confluent/lease.ts
/**
 * One deploy at a time per environment (docs/deploy.md#one-deploy-at-a-time): a lease held on
 * the Confluent side, since the deploys of one environment run on separate machines.
 *
 * The only atomic operation the statements API documents is the create of a named statement:
 * names are unique in an environment and a second create of a name gets 409
 * `resource_already_exists` (tests/fixtures/confluent/confluent-sql-v1.openapi.yaml,
 * `createSqlv1Statement`), also while the statement is still being deleted. Labels cannot be
 * changed after the create (`metadata` is read-only in the spec). So the lease is a chain of
 * statements `<prefix>-flink-pipeline-lease-<n>`: whoever creates generation n+1 first holds it.
 * Each generation records in labels its owner, when the owner's hold started, when it expires,
 * and whether it is held or released. The holder renews by creating the next generation
 * before its own expires, and releases by creating a released one; the newest generation is
 * never deleted, so generations only grow. A held generation past its expiry is stale: the next
 * deploy takes over by creating the next generation, and only one can. A create that reused a
 * freed lower name loses to any higher generation (checked after every create).
 *
 * Each generation is a real statement, a bounded SELECT of one literal naming its owner: it
 * completes at once and reads no table. It cannot be a dry run: the service answers a dry run in
 * its create response and never stores it, so its name is never taken and a second create of
 * it succeeds too (confluent-sql 0.7.0 `connection.py` `dry_run_statement`: "answers
 * synchronously in the submission response and never stores it … can't be fetched, stopped or
 * deleted later"). Generations carry the label `user.confluent.io/hidden` (confluent-sql
 * `statement.py` HIDDEN_LABEL: "excluded from default views in UIs and monitoring tools").
 */




const LABEL_LEASE = 'user.confluent.io/flink-pipeline-lease';
const LABEL_LEASE_GENERATION = 'user.confluent.io/flink-pipeline-lease-generation';
const LABEL_LEASE_OWNER = 'user.confluent.io/flink-pipeline-lease-owner';
const LABEL_LEASE_STARTED = 'user.confluent.io/flink-pipeline-lease-started';
const LABEL_LEASE_EXPIRES = 'user.confluent.io/flink-pipeline-lease-expires';
const LABEL_LEASE_STATE = 'user.confluent.io/flink-pipeline-lease-state';
const LABEL_HIDDEN = 'user.confluent.io/hidden';
/** Labels a caller adds so that it can tell a holder has ended (see LeaseOptions.isStale). */
const LABEL_LEASE_HOST = 'user.confluent.io/flink-pipeline-lease-host';
const LABEL_LEASE_PID = 'user.confluent.io/flink-pipeline-lease-pid';
const lease_LABEL_LEASE_RUN = 'user.confluent.io/flink-pipeline-lease-run';
const lease_LABEL_LEASE_ATTEMPT = 'user.confluent.io/flink-pipeline-lease-attempt';
/** Another deploy held the lease for longer than the wait. */
class LeaseBusyError extends util_errors/* UserError */.y {
    name = 'LeaseBusyError';
    constructor(message) {
        super(message, 1);
    }
}
/** This deploy's lease was taken over (it could not renew it in time): it must stop. */
class LeaseLostError extends util_errors/* UserError */.y {
    name = 'LeaseLostError';
    constructor(message) {
        super(message, 1);
    }
}
const iso = (ms) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
/** Times in labels: epoch milliseconds (digits, a valid label value). */
const stamp = (ms) => String(Math.floor(ms));
const quote = (s) => `'${s.replace(/'/g, "''")}'`;
/** The environment's properties, never `sql.dry-run`: a dry run would take no name (above). */
const withoutDryRun = (properties) => Object.fromEntries(Object.entries(properties ?? {}).filter(([k]) => k.trim().toLowerCase() !== 'sql.dry-run'));
function leaseName(prefix, generation) {
    return `${prefix ? `${prefix}-` : ''}flink-pipeline-lease-${generation}`;
}
function recordOf(s) {
    const labels = s.metadata?.labels ?? {};
    const generation = Number(labels[LABEL_LEASE_GENERATION] ?? /-(\d+)$/.exec(s.name)?.[1]);
    if (!Number.isSafeInteger(generation) || generation < 1)
        return undefined;
    return {
        name: s.name,
        generation,
        owner: labels[LABEL_LEASE_OWNER] ?? 'unknown',
        startedAt: Number(labels[LABEL_LEASE_STARTED] ?? 0),
        expiresAt: Number(labels[LABEL_LEASE_EXPIRES] ?? 0),
        state: labels[LABEL_LEASE_STATE] === 'held' ? 'held' : 'released',
        labels,
        deleting: s.status?.phase === 'DELETING',
    };
}
/** The lease's generations, highest first. */
async function listLease(client, prefix) {
    const statements = await client.listStatements({
        labelSelector: (0,labels/* labelSelector */.wb)({ [LABEL_LEASE]: (0,labels/* pipelineMarker */.Z4)(prefix) }),
    });
    return statements
        .map(recordOf)
        .filter((r) => !!r)
        .sort((a, b) => b.generation - a.generation);
}
/**
 * Waits for the environment's lease and takes it (docs/deploy.md#one-deploy-at-a-time); a
 * held lease past its expiry is taken over. Throws LeaseBusyError after `waitMs`.
 */
async function acquireLease(client, options) {
    const now = options.now ?? Date.now;
    const sleep = options.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
    const say = options.onEvent ?? (() => undefined);
    const poll = options.pollMs ?? 5000;
    const deadline = now() + options.waitMs;
    let waitingFor;
    for (;;) {
        const records = await listLease(client, options.prefix);
        const top = records[0];
        const live = top && !top.deleting && top.state === 'held' && now() < top.expiresAt && !options.isStale?.(top);
        if (top && live) {
            const waited = Math.round(options.waitMs / 1000);
            if (now() >= deadline) {
                throw new LeaseBusyError(`another deploy (${top.owner}, started at ${iso(top.startedAt)}) holds the lease of this environment; gave up after ${waited} s (raise timeouts.lease in flink-pipeline.yaml to wait longer, or run the deploy again when it is done)`);
            }
            if (waitingFor !== top.name) {
                say(leaseWaitWarning(top, waited));
                waitingFor = top.name;
            }
            await sleep(Math.max(1, Math.min(poll, deadline - now())));
            continue;
        }
        if (top && top.state === 'held' && !top.deleting)
            say(takeOverWarning(top, now() >= top.expiresAt));
        const generation = (top?.generation ?? 0) + 1;
        const started = now();
        const lease = new Lease(client, options, generation, started);
        if (!(await lease.claim(generation, 'held', started)))
            continue;
        // A name freed by a deletion can be created again: a higher generation wins over it.
        const after = await listLease(client, options.prefix);
        if (after.some((r) => r.generation > generation && !r.deleting)) {
            await lease.drop(generation);
            continue;
        }
        for (const r of after)
            if (r.generation < generation && !r.deleting)
                await lease.drop(r.generation);
        lease.startRenewing();
        return lease;
    }
}
/** Another deploy holds the lease: this one waits, and says for whom. */
function leaseWaitWarning(holder, waitSeconds) {
    return `another deploy (${holder.owner}, started at ${iso(holder.startedAt)}) holds the lease of this environment until ${iso(holder.expiresAt)}; waiting (giving up after ${waitSeconds} s)`;
}
/** A stale lease taken over: expired, or its holder is known to have ended. */
function takeOverWarning(holder, expired) {
    return expired
        ? `the lease of ${holder.owner} (started at ${iso(holder.startedAt)}) expired at ${iso(holder.expiresAt)}: taken over`
        : `the lease of ${holder.owner} (started at ${iso(holder.startedAt)}) belongs to a process that has ended: taken over`;
}
/** A held lease: renewed in the background until released; `check()` before every change. */
class Lease {
    client;
    options;
    generation;
    startedAt;
    lost;
    timer;
    renewing;
    /** Until when this process may act: a quarter of the lease before its expiry (clock drift) */
    fenceAt;
    nonce = (0,external_node_crypto_.randomUUID)().slice(0, 8);
    now;
    constructor(client, options, generation, 
    /** When this deploy began to hold the lease (epoch ms) */
    startedAt) {
        this.client = client;
        this.options = options;
        this.generation = generation;
        this.startedAt = startedAt;
        this.now = options.now ?? Date.now;
        this.fenceAt = startedAt + (options.ttlMs * 3) / 4;
    }
    get owner() {
        return this.options.owner;
    }
    /** Throws LeaseLostError when this deploy may no longer change anything. */
    check() {
        if (!this.lost && this.now() > this.fenceAt)
            this.lost = `it was not renewed in time (last renewal expired at ${iso(this.fenceAt + this.options.ttlMs / 4)})`;
        if (this.lost) {
            throw new LeaseLostError(`the deploy lost the lease of this environment: ${this.lost}; nothing more is changed. Run the deploy again`);
        }
    }
    /** Creates generation `generation`; false when another deploy created it first. */
    async claim(generation, state, at) {
        const expires = state === 'held' ? at + this.options.ttlMs : at;
        try {
            await this.client.createStatement({
                name: leaseName(this.options.prefix, generation),
                statement: `SELECT ${quote(`flink-pipeline lease ${generation} ${state} by ${this.options.owner} ${this.nonce}`)} AS lease`,
                properties: withoutDryRun(this.options.properties),
                computePoolId: this.options.computePoolId,
                labels: {
                    ...Object.fromEntries(Object.entries(this.options.ownerLabels ?? {}).map(([k, v]) => [k, (0,labels/* labelValue */.w)(v)])),
                    [LABEL_LEASE]: (0,labels/* pipelineMarker */.Z4)(this.options.prefix),
                    [LABEL_LEASE_GENERATION]: String(generation),
                    [LABEL_LEASE_OWNER]: (0,labels/* labelValue */.w)(this.options.owner),
                    [LABEL_LEASE_STARTED]: stamp(this.startedAt),
                    [LABEL_LEASE_EXPIRES]: stamp(expires),
                    [LABEL_LEASE_STATE]: state,
                    [LABEL_HIDDEN]: 'true',
                },
            });
            return true;
        }
        catch (e) {
            if (!(e instanceof errors/* StatementExistsError */.UN))
                throw e;
            // Ours after all when its SQL names this very claim (an earlier attempt went through
            // although its answer was lost).
            const existing = await this.client.getStatement(leaseName(this.options.prefix, generation));
            return !!existing?.spec?.statement?.includes(` ${generation} ${state} by ${this.options.owner} ${this.nonce}'`);
        }
    }
    /** Deletes one generation (a stale, released or own lower one); a failure is left for later. */
    async drop(generation) {
        await this.client.deleteStatement(leaseName(this.options.prefix, generation)).catch(() => false);
    }
    startRenewing() {
        const every = Math.max(10, Math.floor(this.options.ttlMs / 4));
        this.timer = setInterval(() => {
            this.renewing ??= this.renew().finally(() => (this.renewing = undefined));
        }, every);
        this.timer.unref?.();
    }
    /** The next generation, held by this deploy; the previous one deleted. */
    async renew() {
        if (this.lost)
            return;
        const at = this.now();
        try {
            if (await this.claim(this.generation + 1, 'held', at)) {
                const previous = this.generation;
                this.generation += 1;
                this.fenceAt = at + (this.options.ttlMs * 3) / 4;
                await this.drop(previous);
            }
            else {
                this.lost = `another deploy took it over (generation ${this.generation + 1} exists)`;
            }
        }
        catch (e) {
            // A failed renewal is tried again on the next tick; `check()` stops the deploy in time.
            if (!(e instanceof errors/* FlinkApiError */.vC))
                throw e;
        }
    }
    /** Ends the hold: a released generation on top, this deploy's own deleted. */
    async release() {
        if (this.timer)
            clearInterval(this.timer);
        await this.renewing;
        if (this.lost)
            return;
        const mine = this.generation;
        try {
            await this.claim(mine + 1, 'released', this.now());
        }
        catch {
            // Without a generation above it, this one is not deleted: the top of the chain stays, and
            // this one simply expires.
            return;
        }
        await this.drop(mine);
    }
}

;// CONCATENATED MODULE: ./src/deploy/verify.ts

const verify_REACHED = new Set(['RUNNING', 'DEGRADED', 'COMPLETED']);
async function verifyDeploy(plan, report, client, options) {
    const acted = new Set([...plan.steps, ...plan.nodes].map((s) => s.table));
    if (!acted.size)
        return report;
    const differ = [];
    const live = new Map((await client.listStatements({
        labelSelector: (0,labels/* labelSelector */.wb)({ [labels/* LABEL_PIPELINE */.q4]: (0,labels/* pipelineMarker */.Z4)(options.prefix) }),
    })).map((s) => [s.name, s]));
    // The statement each table ends with: the last one its steps created or resumed.
    const last = new Map();
    const deleted = new Map();
    for (const s of plan.steps) {
        if (s.action === 'delete-statement')
            deleted.set(s.statement, s.table);
        if (s.action === 'create-statement' || s.action === 'resume-statement' || s.action === 'create-table')
            last.set(s.table, { statement: s.statement, action: s.action });
    }
    for (const [table, { statement }] of last) {
        deleted.delete(statement);
        const phase = live.get(statement)?.status?.phase;
        if (!phase || !verify_REACHED.has(phase))
            differ.push(`\`${table}\`: ${statement} is ${phase ?? 'missing'}`);
    }
    for (const [statement, table] of deleted) {
        const phase = live.get(statement)?.status?.phase;
        if (phase && phase !== 'DELETING')
            differ.push(`\`${table}\`: ${statement} is still there (${phase})`);
    }
    if (!differ.length && options.replan) {
        const again = (await options.replan()).plan;
        for (const n of again.nodes) {
            if (acted.has(n.table))
                differ.push(`\`${n.table}\`: still planned to ${n.action} (${n.reason})`);
        }
    }
    if (!differ.length)
        return report;
    const reason = differsError(differ);
    const summary = report.summary.replace(/^(deploy succeeded|nothing to deploy)/, `deploy failed (${reason})`);
    return { ...report, status: 'failed', reason, summary };
}
/** Why a deploy whose steps ended did not bring HEAD live. */
function differsError(tables) {
    return `what runs differs from HEAD after the deploy: ${tables.join('; ')}; run the deploy again`;
}

;// CONCATENATED MODULE: ./src/deploy/run.ts
/**
 * One deploy from start to end, as the CLI and the action run it (docs/deploy.md): the
 * environment's lease, the plan made under it with live status, the steps, and a final read of
 * live status that must show every table the deploy acted on running what HEAD describes.
 */






const DEFAULT_LEASE_TTL_MS = 120_000;
/**
 * Takes the lease, plans, runs the steps and checks the result. The lease is released at the
 * end; a process killed meanwhile leaves it to expire (or to be recognised as ended).
 */
async function runDeploy(client, options) {
    const emit = options.onEvent ?? (() => undefined);
    let lease;
    if (options.owner && !options.dryRun) {
        lease = await acquireLease(client, {
            ...options.owner,
            prefix: options.statementPrefix,
            ttlMs: options.leaseTtlMs ?? DEFAULT_LEASE_TTL_MS,
            waitMs: options.timeouts?.leaseMs ?? DEFAULT_TIMEOUTS.leaseMs,
            properties: options.leaseProperties,
            computePoolId: options.leasePool,
            pollMs: Math.min(5000, Math.max(50, client.pollIntervalMs * 2)),
            onEvent: (message) => emit({ type: 'log', message }),
        });
    }
    try {
        const { plan, commit } = await options.plan();
        const guarded = lease ? guardedClient(client, lease) : client;
        let report = await executePlan(plan, guarded, { ...options, ...(commit ? { commit } : {}) });
        // A plan with actions but no steps ends as "nothing to deploy": it is checked all the same,
        // since a table planned without steps would otherwise stay as it is and the run exit 0.
        if (report.status === 'succeeded' || (report.status === 'nothing-to-do' && plan.nodes.length)) {
            lease?.check();
            report = await verifyDeploy(plan, report, guarded, {
                prefix: options.statementPrefix,
                replan: options.replan,
            });
        }
        return { plan, report };
    }
    finally {
        await lease?.release();
    }
}
/** The client of a deploy that holds the lease: every change first checks it still does. */
function guardedClient(client, lease) {
    const guard = (f) => async (...args) => {
        lease.check();
        return f(...args);
    };
    return {
        get pollIntervalMs() {
            return client.pollIntervalMs;
        },
        getStatement: (name) => client.getStatement(name),
        iterateStatements: (o) => client.iterateStatements(o),
        listStatements: (o) => client.listStatements(o),
        failureDetail: (s) => client.failureDetail(s),
        createStatement: guard((input) => client.createStatement(input)),
        stopStatement: guard((name) => client.stopStatement(name)),
        resumeStatement: guard((name) => client.resumeStatement(name)),
        deleteStatement: guard((name) => client.deleteStatement(name)),
    };
}
/** `FLINK_PIPELINE_LEASE_TTL_MS`: the lease's time to live (tests and demos shorten it). */
function leaseTtlFromEnv(env = process.env) {
    const raw = env.FLINK_PIPELINE_LEASE_TTL_MS;
    if (raw === undefined || raw === '')
        return undefined;
    const ms = Number(raw);
    if (!Number.isFinite(ms) || ms < 100 || ms > 3_600_000)
        return undefined;
    return ms;
}
const alive = (pid) => {
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (e) {
        // EPERM: the process exists, it belongs to someone else.
        return e.code === 'EPERM';
    }
};
/** A command-line deploy: user, host and process; a holder on this host whose process ended is stale. */
function commandLineOwner() {
    const host = (0,external_node_os_.hostname)();
    let user = 'user';
    try {
        user = (0,external_node_os_.userInfo)().username;
    }
    catch {
        // no user name (a container without passwd entry)
    }
    return {
        owner: (0,labels/* labelValue */.w)(`cli.${user}.${host}.${process.pid}`),
        ownerLabels: { [LABEL_LEASE_HOST]: host, [LABEL_LEASE_PID]: String(process.pid) },
        isStale: (r) => {
            const pid = Number(r.labels[LABEL_LEASE_PID]);
            return (r.labels[LABEL_LEASE_HOST] === (0,labels/* labelValue */.w)(host) &&
                Number.isSafeInteger(pid) &&
                pid !== process.pid &&
                !alive(pid));
        },
    };
}
/**
 * A GitHub Actions deploy: repository, run and attempt. An earlier attempt of the same run has
 * ended (GitHub re-runs a finished run only), so its lease is stale.
 */
function gitHubOwner(env = process.env) {
    const repo = env.GITHUB_REPOSITORY ?? 'repository';
    const run = env.GITHUB_RUN_ID ?? '0';
    const attempt = Number(env.GITHUB_RUN_ATTEMPT ?? '1');
    return {
        owner: labelValue(`github.${repo.replace('/', '.')}.run-${run}.attempt-${attempt}`),
        ownerLabels: { [LABEL_LEASE_RUN]: `${repo}.${run}`, [LABEL_LEASE_ATTEMPT]: String(attempt) },
        isStale: (r) => r.labels[LABEL_LEASE_RUN] === labelValue(`${repo}.${run}`) &&
            Number(r.labels[LABEL_LEASE_ATTEMPT]) < attempt,
    };
}

// EXTERNAL MODULE: ./src/render/markdown.ts
var markdown = __webpack_require__(2495);
;// CONCATENATED MODULE: ./src/deploy/report.ts

const DEPLOY_MARKER = '<!-- flink-pipeline:deploy -->';
const ICON = {
    done: '✅',
    skipped: '⏭️',
    failed: '❌',
    'rolled-back': '↩️',
    blocked: '⛔',
    refused: '🛑',
    planned: '📝',
};
const seconds = (ms) => (ms ? `${(ms / 1000).toFixed(1)} s` : '');
function problems(report) {
    return report.steps.filter((s) => s.outcome === 'failed' || s.outcome === 'rolled-back' || s.outcome === 'refused');
}
/** The per-step report: one line per step for logs, or the markdown comment and job summary. */
function renderDeployReport(report, format, maxChars = 60_000) {
    if (format === 'text') {
        const lines = [report.summary];
        for (const s of report.steps) {
            const extra = [s.phase, seconds(s.durationMs), s.detail].filter(Boolean).join(' · ');
            lines.push(`  ${s.outcome.padEnd(11)} ${s.id}  ${s.statement}${extra ? `  (${extra})` : ''}`);
        }
        return lines.join('\n') + '\n';
    }
    const out = [DEPLOY_MARKER, `### Flink deploy: ${(0,markdown/* markdownText */.p7)(report.summary)}`, ''];
    if (report.environment)
        out.push(`Environment ${(0,markdown/* codeSpan */.SS)(report.environment)} · plan \`${report.planHash.slice(0, 12)}\``, '');
    const bad = problems(report);
    if (bad.length) {
        out.push('**Problems**', '');
        for (const s of bad)
            out.push(`- ${ICON[s.outcome]} ${(0,markdown/* codeSpan */.SS)(s.id)}: ${(0,markdown/* markdownText */.p7)(s.detail ?? s.outcome)}`);
        out.push('');
    }
    out.push(...(0,markdown/* tableHead */.PP)(['', 'step', 'statement', 'result', 'phase', 'time', 'detail']));
    const footer = (n) => `\n_${n} more steps not shown; the full report is in the job log._\n`;
    let size = out.join('\n').length;
    for (let i = 0; i < report.steps.length; i++) {
        const s = report.steps[i];
        const line = (0,markdown/* row */.nM)([
            ICON[s.outcome],
            (0,markdown/* codeSpan */.SS)(s.id, 120),
            (0,markdown/* codeSpan */.SS)(s.statement, 100),
            s.outcome,
            s.phase ?? '',
            seconds(s.durationMs),
            (0,markdown/* markdownText */.p7)((s.detail ?? '').slice(0, 300)),
        ]);
        if (size + line.length + 200 > maxChars) {
            out.push(footer(report.steps.length - i));
            return out.join('\n');
        }
        out.push(line);
        size += line.length + 1;
    }
    return out.join('\n') + '\n';
}

// EXTERNAL MODULE: ./src/config/schema.ts
var schema = __webpack_require__(131);
;// CONCATENATED MODULE: ./src/config/timeouts.ts
/**
 * The config's `timeouts`, in milliseconds, for the deploy (whose defaults, the official
 * clients', are in src/deploy/timeouts.ts).
 */

const UNIT_MS = { ms: 1, s: 1000, m: 60_000, min: 60_000, h: 3_600_000 };
/** Seconds (a number) or `90s`, `20m`, `6h`, `500ms` (a string the schema accepted) in ms. */
function durationMs(value) {
    if (typeof value === 'number')
        return Math.round(value * 1000);
    const m = schema/* DURATION */.ft.exec(value.trim());
    if (!m)
        throw new Error(`not a duration: ${value}`);
    return Math.round(Number(m[1]) * UNIT_MS[m[2]]);
}
/** The timeouts the config sets (only those), as the deploy takes them. */
function timeoutsOf(config) {
    const t = config.timeouts ?? {};
    const out = {};
    for (const [key, value] of [
        ['createMs', t.create],
        ['stopMs', t.stop],
        ['resumeMs', t.resume],
        ['deleteMs', t.delete],
        ['recreateMs', t.recreate],
        ['leaseMs', t.lease],
    ]) {
        if (value !== undefined)
            out[key] = durationMs(value);
    }
    return out;
}

// EXTERNAL MODULE: ./src/engine/confluent.ts + 1 modules
var confluent = __webpack_require__(6253);
// EXTERNAL MODULE: ./src/engine/dry-run.ts
var dry_run = __webpack_require__(4191);
// EXTERNAL MODULE: ./src/engine/plan.ts + 4 modules
var plan = __webpack_require__(6462);
// EXTERNAL MODULE: ./src/render/comment.ts + 4 modules
var comment = __webpack_require__(9947);
// EXTERNAL MODULE: ./src/status/source.ts
var source = __webpack_require__(4101);
// EXTERNAL MODULE: ./src/cli/context.ts
var context = __webpack_require__(5217);
// EXTERNAL MODULE: ./src/cli/status-source.ts
var status_source = __webpack_require__(5942);
// EXTERNAL MODULE: ./src/cli/commands/plan.ts
var commands_plan = __webpack_require__(1754);
;// CONCATENATED MODULE: ./src/cli/commands/deploy.ts
















function maxParallelOf(raw, fallback) {
    if (raw === undefined)
        return fallback;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < 1 || n > 64) {
        throw new util_errors/* UserError */.y(`deploy: --max-parallel ${raw}: use a whole number from 1 to 64`);
    }
    return n;
}
/** `deploy` (docs/cli.md#deploy, docs/deploy.md): plans with live status (or reads --plan FILE), then executes. */
async function deployCommand(ctx) {
    const format = (0,context/* formatOf */.be)(ctx, ['text', 'json']);
    if (ctx.positionals.length)
        throw new util_errors/* UserError */.y(`deploy: unexpected argument "${ctx.positionals[0]}"`);
    const v = ctx.values;
    const config = (0,context/* configOf */.W1)(ctx);
    const maxParallel = maxParallelOf(v['max-parallel'], config.maxParallel ?? 8);
    const dryRun = !!v['dry-run'];
    if (v.plan && (v.tables || v.all || v.base || v.head)) {
        throw new util_errors/* UserError */.y('deploy: --plan FILE deploys that plan; leave out --tables, --all, --base and --head');
    }
    if (v.status)
        throw new util_errors/* UserError */.y('deploy: --status is not an option here; deploy always reads live status');
    if (v.plan && v['allow-rollback'])
        throw new util_errors/* UserError */.y('deploy: --allow-rollback goes with planning now; a plan file (--plan) was checked when it was made');
    // The report is written after the deploy: a path that cannot be written stops it before anything is sent.
    (0,context/* checkOutPath */.K7)('deploy', v.out);
    const credentials = (0,status_source/* cliCredentials */.HP)();
    // A dry run may go without credentials: it then plans as plan --status none does.
    const offline = dryRun && (!credentials.apiKey || !credentials.apiSecret);
    let target;
    let environment;
    if (offline)
        environment = (0,confluent/* environmentOf */.p7)(config, v.env, 'deploy').name;
    else {
        target = (0,confluent/* confluentTarget */.Ev)(config, v.env, credentials, 'deploy');
        environment = target.name;
    }
    const selected = (0,commands_plan.targetOf)(ctx, 'deploy');
    /** The plan of this deploy, with the projects it was made from, for the check before anything is sent. */
    let planned;
    /**
     * The plan, or with `check` the one of the final check: what runs against HEAD (a selection
     * is checked against the whole work tree, reconciled; its own plan would redeploy again).
     */
    const planNow = async (check) => {
        const quiet = check;
        if (v.plan)
            return { plan: (0,plan_file/* readPlanFile */.w)(v.plan) };
        try {
            const computed = await (0,plan/* computePlan */.Ru)({
                pipelines: (0,context/* pipelinesOf */.n5)(ctx, config),
                config,
                configPath: v.config ?? load/* DEFAULT_CONFIG_FILE */.Cu,
                environment,
                target: check && selected.kind === 'tables' ? { kind: 'all' } : selected,
                status: target?.status ?? source/* noStatus */.iE,
                command: 'deploy',
                allowRollback: !!v['allow-rollback'],
            });
            if (!quiet) {
                planned = computed;
                (0,context/* printDiagnostics */.aE)(ctx, computed.head.diagnostics.filter((d) => d.severity === 'error' || d.severity === 'fatal'));
                if (format === 'text')
                    ctx.io.err.write((0,comment/* renderPlanText */.$D)(computed.plan, computed.head));
            }
            return { plan: computed.plan, ...(computed.commit ? { commit: computed.commit } : {}) };
        }
        catch (e) {
            if (e instanceof plan/* UnreadableProjectError */.lx && !quiet)
                (0,context/* printDiagnostics */.aE)(ctx, e.diagnostics);
            throw e;
        }
    };
    const allowDestructive = v['allow-destructive'] ? true : (config.allowDestructive ?? false);
    const progress = (e) => {
        if (format !== 'text')
            return;
        if (e.type === 'step-start')
            ctx.io.err.write(`  start    ${e.step}  ${e.statement}\n`);
        else if (e.type === 'step-end') {
            const r = e.result;
            const detail = r.detail && (r.outcome !== 'done' || r.phase === 'DEGRADED') ? `: ${r.detail}` : '';
            ctx.io.err.write(`  ${r.outcome.padEnd(8)} ${r.id} (${(r.durationMs / 1000).toFixed(1)} s)${detail}\n`);
        }
        else
            ctx.io.err.write(`  ${e.message}\n`);
    };
    const env = config.environments?.[environment];
    const pools = target ? (0,confluent/* computePoolClient */.PQ)(target, (0,status_source/* cliCloudCredentials */.Sm)()) : { missing: 'no credentials' };
    const options = {
        maxParallel,
        allowDestructive,
        dryRun,
        statementPrefix: env?.statementPrefix,
        principal: env?.principal,
        environment,
        timeouts: timeoutsOf(config),
        pools: pools.pools,
        poolsMissing: pools.missing,
        onEvent: progress,
        // Dry runs of the statements it will start, before anything is stopped (not for a plan file:
        // it carries no projects to tell which statements a dry run can judge now).
        ...(target && !v.plan
            ? {
                check: (0,dry_run/* deployCheckOf */.rk)(() => planned, {
                    client: target.client,
                    environment: { name: target.name, env: target.env },
                    maxParallel,
                }),
            }
            : {}),
    };
    let report;
    if (offline) {
        const { plan } = await planNow(false);
        ctx.io.err.write('deploy: dry run without credentials: live status not read\n');
        report = await executePlan(plan, offlineClient(), options);
    }
    else {
        ({ report } = await runDeploy(target.client, {
            ...options,
            plan: () => planNow(false),
            ...(v.plan ? {} : { replan: () => planNow(true) }),
            owner: commandLineOwner(),
            leaseTtlMs: leaseTtlFromEnv(),
            leaseProperties: leaseProperties(env),
            ...(env?.computePoolId ? { leasePool: env.computePoolId } : {}),
        }));
    }
    if (v.out) {
        try {
            (0,external_node_fs_.writeFileSync)(v.out, JSON.stringify(report, null, 2) + '\n');
        }
        catch (e) {
            throw new util_errors/* UserError */.y(`deploy: --out ${v.out}: cannot write the report (${e.code ?? e.message}); the deploy ended: ${report.summary}`, 1);
        }
    }
    if (format === 'json')
        ctx.io.out.write(JSON.stringify(report, null, 2) + '\n');
    else
        ctx.io.out.write(renderDeployReport(report, 'text'));
    return report.status === 'failed' || report.status === 'refused' ? 1 : 0;
}
/** The lease statements name the environment's catalog and database, as every statement does. */
function leaseProperties(env) {
    const catalog = env?.catalog ?? env?.environmentId;
    return {
        ...(catalog ? { 'sql.current-catalog': catalog } : {}),
        ...(env?.database ? { 'sql.current-database': env.database } : {}),
    };
}
/** A dry run makes no calls; this client proves it by refusing every one. */
function offlineClient() {
    const refuse = () => {
        throw new Error('a dry run without credentials made an API call');
    };
    return {
        getStatement: refuse,
        createStatement: refuse,
        stopStatement: refuse,
        resumeStatement: refuse,
        deleteStatement: refuse,
        failureDetail: refuse,
        iterateStatements: refuse,
        pollIntervalMs: 1000,
    };
}


/***/ })

};
