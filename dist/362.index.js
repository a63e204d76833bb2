export const id = 362;
export const ids = [362];
export const modules = {

/***/ 2362:
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
};
/** The config key of each timeout, for messages that say what to raise. */
const TIMEOUT_KEYS = {
    createMs: 'timeouts.create',
    stopMs: 'timeouts.stop',
    resumeMs: 'timeouts.resume',
    deleteMs: 'timeouts.delete',
    recreateMs: 'timeouts.recreate',
};

// EXTERNAL MODULE: ./src/confluent/client.ts + 1 modules
var client = __webpack_require__(792);
;// CONCATENATED MODULE: ./src/deploy/watcher.ts


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
        try {
            while (this.waiters.size) {
                await this.sleep(this.intervalMs);
                await this.round();
            }
        }
        catch (e) {
            // A failed list or read (after the client's own retries) ends every wait with that error.
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
        return finish('refused');
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
    await remove(step.statement, ctx);
    return { outcome: 'done' };
}
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
                step.action !== 'create-table' &&
                sameText(existing.spec?.statement, step.sql));
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
    await submit();
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
function recreateWarning(name, why, delayMs, attempt) {
    return `statement ${name}: ${why}; submitting it again in ${duration(delayMs)} (attempt ${attempt})`;
}
/** The compute pool check needs the Confluent Cloud API; without it the deploy says so and goes on. */
function poolCheckSkippedWarning(why) {
    return `compute pool check skipped: ${why ?? 'no Confluent Cloud API client'}`;
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
    const { client } = ctx;
    try {
        const s = await waitFor(ctx, step.statement, REACHED, 'createMs');
        return { outcome: 'done', phase: phaseOf(s), detail: health(s) };
    }
    catch (e) {
        const old = step.properties?.['sql.tables.initial-offset-from'];
        if (!old || !(e instanceof errors/* StatementWaitError */.ph || e instanceof StepFailure))
            throw e;
        const why = describe(e).message;
        try {
            await remove(step.statement, ctx);
            await client.resumeStatement(old);
            await waitFor(ctx, old, RUNS, 'resumeMs');
        }
        catch (rollback) {
            throw new StepFailure(`${why}; rolling back to ${old} failed too: ${describe(rollback).message}`, e.phase);
        }
        throw new StepFailure(`${why}; rolled back: ${old} resumed`, e.phase, 'rolled-back');
    }
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
    ]) {
        if (value !== undefined)
            out[key] = durationMs(value);
    }
    return out;
}

// EXTERNAL MODULE: ./src/engine/confluent.ts + 1 modules
var confluent = __webpack_require__(6253);
// EXTERNAL MODULE: ./src/engine/plan.ts + 9 modules
var engine_plan = __webpack_require__(2937);
// EXTERNAL MODULE: ./src/render/comment.ts + 4 modules
var comment = __webpack_require__(9947);
// EXTERNAL MODULE: ./src/status/source.ts
var source = __webpack_require__(4101);
// EXTERNAL MODULE: ./src/util/errors.ts
var util_errors = __webpack_require__(17);
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
    let plan;
    if (v.plan)
        plan = (0,plan_file/* readPlanFile */.w)(v.plan);
    else {
        try {
            const computed = await (0,engine_plan/* computePlan */.Ru)({
                pipelines: (0,context/* pipelinesOf */.n5)(ctx, config),
                config,
                configPath: v.config ?? load/* DEFAULT_CONFIG_FILE */.Cu,
                environment,
                target: (0,commands_plan.targetOf)(ctx, 'deploy'),
                status: target?.status ?? source/* noStatus */.iE,
                command: 'deploy',
            });
            plan = computed.plan;
            (0,context/* printDiagnostics */.aE)(ctx, computed.head.diagnostics.filter((d) => d.severity === 'error' || d.severity === 'fatal'));
            if (format === 'text')
                ctx.io.err.write((0,comment/* renderPlanText */.$D)(plan, computed.head));
        }
        catch (e) {
            if (e instanceof engine_plan/* UnreadableProjectError */.lx)
                (0,context/* printDiagnostics */.aE)(ctx, e.diagnostics);
            throw e;
        }
    }
    if (offline)
        ctx.io.err.write('deploy: dry run without credentials: live status not read\n');
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
    const report = await executePlan(plan, target?.client ?? offlineClient(), {
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
    });
    if (v.out)
        (0,external_node_fs_.writeFileSync)(v.out, JSON.stringify(report, null, 2) + '\n');
    if (format === 'json')
        ctx.io.out.write(JSON.stringify(report, null, 2) + '\n');
    else
        ctx.io.out.write(renderDeployReport(report, 'text'));
    return report.status === 'failed' || report.status === 'refused' ? 1 : 0;
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
