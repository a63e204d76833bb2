import type { FlinkClient } from '../confluent/client.js';
import { FlinkApiError, StatementWaitError } from '../confluent/errors.js';
import {
  LABEL_DEPLOY,
  LABEL_KIND,
  LABEL_TABLE,
  labelSelector,
  labelValue,
  pipelineLabels,
  type StatementKind,
} from '../confluent/labels.js';
import type { Statement } from '../confluent/types.js';
import { sha256 } from '../plan/names.js';
import { statementCount, unqualifiedRef } from '../plan/sql.js';
import type { Plan, PlanStep, StepAction } from '../plan/types.js';
import { preflightError, type PoolClient } from './preflight.js';
import { DEFAULT_TIMEOUTS, TIMEOUT_KEYS, type DeployTimeouts } from './timeouts.js';
import { duration, PhaseWatcher } from './watcher.js';
import type { DeployEvent, DeployReport, DeployStatus, StepOutcome, StepResult } from './types.js';

export type DeployClient = Pick<
  FlinkClient,
  | 'getStatement'
  | 'createStatement'
  | 'stopStatement'
  | 'resumeStatement'
  | 'deleteStatement'
  | 'failureDetail'
  | 'iterateStatements'
  | 'pollIntervalMs'
>;

export type { DeployTimeouts };

export interface ExecuteOptions {
  /** Steps in flight at once; default 8 */
  maxParallel?: number;
  /** true, or the tables whose drop is allowed (config `allowDestructive` and the flag, merged) */
  allowDestructive?: boolean | readonly string[];
  dryRun?: boolean;
  statementPrefix?: string;
  principal?: string;
  environment?: string;
  /** Label of the statements this deploy creates; default from the plan (see deployIdOf) */
  deployId?: string;
  /** The commit the deploy brings live, recorded on every statement it creates (default: the plan's head) */
  commit?: string;
  /** Config `timeouts`, over the defaults of the official clients (src/deploy/timeouts.ts) */
  timeouts?: Partial<DeployTimeouts>;
  /**
   * The Confluent Cloud API (fcpm/v2) for the compute pool check before anything runs; without
   * it the check is skipped and the deploy says so.
   */
  pools?: PoolClient;
  /** Why `pools` is missing, for the line that says the check was skipped */
  poolsMissing?: string;
  /**
   * A check of the plan's statements before anything is sent (engine/dry-run.ts `deployCheck`):
   * why the deploy must not start, or undefined. Runs after the compute pool check; not in a dry run.
   */
  check?: (plan: Plan) => Promise<string | undefined>;
  /** Time between status rounds of the phase watcher; default the client's first poll delay */
  pollMs?: number;
  onEvent?: (event: DeployEvent) => void;
  now?: () => number;
  /** Delays between retries of a CREATE after a DROP; injected by tests */
  sleep?: (ms: number) => Promise<void>;
}

/**
 * Phases in which a submitted statement has done its job: bounded ones complete, streaming ones
 * run. DEGRADED runs too, unhealthy: the step is done and its report says so.
 */
const REACHED = ['RUNNING', 'COMPLETED', 'DEGRADED'] as const;
const RUNS = ['RUNNING', 'DEGRADED'] as const;
const IN_FLIGHT = new Set(['PENDING']);
const NOT_RUNNING = new Set(['STOPPED', 'FAILED', 'COMPLETED']);

const KIND_OF: Partial<Record<StepAction, StatementKind>> = {
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
export function deployIdOf(plan: Plan): string {
  const basis = plan.base && plan.head ? `${plan.base}..${plan.head}` : `plan:${plan.hash}`;
  return sha256(basis).slice(0, 16);
}

export function destructiveAllowed(allow: ExecuteOptions['allowDestructive'], table: string): boolean {
  return allow === true || (Array.isArray(allow) && allow.includes(table));
}

class StepFailure extends Error {
  constructor(
    message: string,
    readonly phase?: string,
    readonly outcome: StepOutcome = 'failed',
  ) {
    super(message);
  }
}

function describe(e: unknown): { message: string; phase?: string } {
  if (e instanceof StepFailure) return { message: e.message, phase: e.phase };
  if (e instanceof StatementWaitError) return { message: e.message, phase: e.phase };
  if (e instanceof FlinkApiError) return { message: e.message };
  return { message: `unexpected error: ${(e as Error)?.message ?? String(e)}` };
}

/**
 * Runs plan steps on Confluent Cloud (docs/deploy.md): each step starts as soon as the steps it
 * comes after are done, at most `maxParallel` at a time, longest remaining chain first. A
 * failed step blocks only its dependents. Every step first checks whether it is already true,
 * so a re-run after a crash or a failure continues where the last run stopped and never
 * creates a second copy of a statement.
 */
export async function executePlan(
  plan: Plan,
  client: DeployClient,
  options: ExecuteOptions = {},
): Promise<DeployReport> {
  const now = options.now ?? Date.now;
  const started = now();
  const startedAt = new Date(started).toISOString();
  const deployId = options.deployId ?? deployIdOf(plan);
  const emit = options.onEvent ?? (() => {});
  const timeouts = { ...DEFAULT_TIMEOUTS, ...options.timeouts };
  const maxParallel = Math.max(1, Math.floor(options.maxParallel ?? 8));
  const steps = plan.steps;
  const results = new Map<string, StepResult>();
  const finish = (status: DeployStatus, reason?: string): DeployReport =>
    report(plan, deployId, options.environment, startedAt, now() - started, steps, results, status, reason);
  const refuse = (reason: string): DeployReport => {
    skipAll('blocked', () => `nothing was deployed: ${reason}`);
    return finish('refused', reason);
  };

  const skipAll = (outcome: StepOutcome, why: (s: PlanStep) => string | undefined) => {
    for (const s of steps) {
      results.set(s.id, { ...base(s), outcome, durationMs: 0, detail: why(s) });
    }
  };

  if (plan.errors.length) {
    skipAll('blocked', () => `the plan has errors: ${plan.errors.map((e) => e.message).join('; ')}`);
    return finish('refused', plan.errors.map((e) => e.message).join('; '));
  }
  const bad = stepError(steps, options.environment);
  if (bad) return refuse(bad);
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
  if (!steps.length) return finish('nothing-to-do');
  if (options.pools) {
    const full = await preflightError(steps, options.pools, emit);
    if (full) return refuse(full);
  } else if (!options.dryRun || options.poolsMissing) {
    emit({ type: 'log', message: poolCheckSkippedWarning(options.poolsMissing) });
  }
  // A dry run sends nothing to the statements API, dry-run statements included.
  if (options.check && !options.dryRun) {
    const refused = await options.check(plan);
    if (refused) return refuse(refused);
  }
  if (options.dryRun) {
    skipAll('planned', () => undefined);
    return finish('dry-run');
  }

  // Longest chain of dependents below each step: the critical path goes first.
  const byId = new Map(steps.map((s) => [s.id, s]));
  const dependents = new Map<string, string[]>(steps.map((s) => [s.id, []]));
  const waiting = new Map<string, number>();
  for (const s of steps) {
    const after = s.after.filter((a) => byId.has(a));
    waiting.set(s.id, after.length);
    for (const a of after) dependents.get(a)!.push(s.id);
  }
  const height = new Map<string, number>();
  const heightOf = (id: string): number => {
    const known = height.get(id);
    if (known !== undefined) return known;
    let h = 0;
    for (const d of dependents.get(id)!) h = Math.max(h, heightOf(d));
    height.set(id, h + 1);
    return h + 1;
  };
  for (const s of steps) heightOf(s.id);
  const order = new Map(steps.map((s, i) => [s.id, i]));
  const ready: string[] = steps.filter((s) => waiting.get(s.id) === 0).map((s) => s.id);
  const pick = () => {
    let best = 0;
    for (let i = 1; i < ready.length; i++) {
      const a = ready[i];
      const b = ready[best];
      if (
        height.get(a)! > height.get(b)! ||
        (height.get(a) === height.get(b) && order.get(a)! < order.get(b)!)
      )
        best = i;
    }
    return ready.splice(best, 1)[0];
  };

  const block = (failed: string) => {
    const stack = [...dependents.get(failed)!];
    while (stack.length) {
      const id = stack.pop()!;
      if (results.has(id)) continue;
      const s = byId.get(id)!;
      results.set(id, {
        ...base(s),
        outcome: 'blocked',
        durationMs: 0,
        blockedBy: failed,
        detail: `not run: \`${failed}\` did not succeed`,
      });
      emit({ type: 'step-end', result: results.get(id)! });
      stack.push(...dependents.get(id)!);
    }
  };

  const exhausted = new Set<string>();
  const watcher = new PhaseWatcher(client, {
    labelSelector: labelSelector({ [LABEL_DEPLOY]: labelValue(deployId) }),
    intervalMs: options.pollMs ?? client.pollIntervalMs,
    onPoolExhausted: (s) => {
      if (exhausted.has(s.name)) return;
      exhausted.add(s.name);
      emit({ type: 'log', message: poolExhaustedWarning(s) });
    },
    onRoundError: (e, ms) => emit({ type: 'log', message: statusRoundWarning(e, ms) }),
  });
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const ctx: StepContext = { client, wait: watcher, deployId, timeouts, options, plan, emit, sleep };
  await new Promise<void>((resolveAll) => {
    let running = 0;
    const pump = () => {
      while (running < maxParallel && ready.length) {
        const id = pick();
        if (results.has(id)) continue;
        const step = byId.get(id)!;
        running++;
        emit({
          type: 'step-start',
          step: id,
          table: step.table,
          action: step.action,
          statement: step.statement,
        });
        const t0 = now();
        runStep(step, ctx).then(
          (r) =>
            done(step, {
              ...base(step),
              outcome: r.outcome,
              phase: r.phase,
              detail: r.detail,
              durationMs: now() - t0,
            }),
          (e) => {
            const d = describe(e);
            const outcome = e instanceof StepFailure ? e.outcome : 'failed';
            done(step, { ...base(step), outcome, phase: d.phase, detail: d.message, durationMs: now() - t0 });
          },
        );
      }
      if (running === 0 && !ready.length) resolveAll();
    };
    const done = (step: PlanStep, result: StepResult) => {
      running--;
      results.set(step.id, result);
      emit({ type: 'step-end', result });
      if (result.outcome === 'done' || result.outcome === 'skipped') {
        for (const d of dependents.get(step.id)!) {
          const left = waiting.get(d)! - 1;
          waiting.set(d, left);
          if (left === 0 && !results.has(d)) ready.push(d);
        }
      } else {
        block(step.id);
      }
      pump();
    };
    pump();
  });
  const failed = [...results.values()].some((r) => r.outcome !== 'done' && r.outcome !== 'skipped');
  return finish(failed ? 'failed' : 'succeeded');
}

interface StepContext {
  client: DeployClient;
  /** Every wait of the deploy goes through one watcher: one list request serves all steps */
  wait: Pick<PhaseWatcher, 'waitForPhase' | 'waitForDeletion'>;
  deployId: string;
  timeouts: DeployTimeouts;
  options: ExecuteOptions;
  plan: Plan;
  emit: (event: DeployEvent) => void;
  sleep: (ms: number) => Promise<void>;
}

/**
 * What the service would refuse or resolve in the wrong place, found before anything is sent
 * (a plan file may come from an older version or be edited by hand): a step holding more than
 * one statement, a `client.*` property, a table named without its database and no
 * `sql.current-database`.
 */
function stepError(steps: readonly PlanStep[], environment: string | undefined): string | undefined {
  for (const s of steps) {
    if (!s.sql) continue;
    const count = statementCount(s.sql);
    if (count !== 1) {
      return `step ${s.id} holds ${count} SQL statements, but a request takes exactly one; plan again with this version`;
    }
    const local = Object.keys(s.properties ?? {}).find((k) => k.startsWith('client.'));
    if (local) {
      return `step ${s.id} sends the client-side property ${local}, which the service does not take; plan again with this version`;
    }
    const ref = s.properties?.['sql.current-database'] ? undefined : unqualifiedRef(s.sql);
    if (ref) {
      return `step ${s.id} names \`${ref.name}\` without its database and no sql.current-database is set; set environments.${environment ?? '<name>'}.database in flink-pipeline.yaml to the Kafka cluster, then plan again`;
    }
  }
  return undefined;
}

interface Ran {
  outcome: 'done' | 'skipped';
  phase?: string;
  detail?: string;
}

function base(s: PlanStep) {
  return { id: s.id, table: s.table, action: s.action, statement: s.statement };
}

const phaseOf = (s: Statement | null) => s?.status?.phase;

async function runStep(step: PlanStep, ctx: StepContext): Promise<Ran> {
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

function isMine(s: Statement | null, ctx: StepContext): boolean {
  return s?.metadata?.labels?.[LABEL_DEPLOY] === labelValue(ctx.deployId);
}

/**
 * Teardown steps act on the statement that ran before this deploy. When the statement under
 * that name carries this deploy's label, the replacement already exists: the teardown is done.
 */
async function stopStep(step: PlanStep, ctx: StepContext): Promise<Ran> {
  const { client } = ctx;
  const s = await client.getStatement(step.statement);
  if (!s) return { outcome: 'skipped', detail: 'statement not found: nothing to stop' };
  if (isMine(s, ctx))
    return { outcome: 'skipped', phase: phaseOf(s), detail: 'already replaced by this deploy' };
  if (NOT_RUNNING.has(phaseOf(s) ?? ''))
    return { outcome: 'skipped', phase: phaseOf(s), detail: 'already not running' };
  // An earlier run's delete (the step after this one) already took it: nothing left to stop.
  if (phaseOf(s) === 'DELETING') return { outcome: 'skipped', phase: 'DELETING', detail: 'being deleted' };
  try {
    await client.stopStatement(step.statement);
    const after = await waitFor(ctx, step.statement, ['STOPPED'], 'stopMs', ['FAILED']);
    return { outcome: 'done', phase: phaseOf(after) };
  } catch (e) {
    // Deleted meanwhile (by a run still in flight, or by hand): it does not run any more.
    if (gone(e) && !(await client.getStatement(step.statement)))
      return { outcome: 'skipped', detail: 'deleted while stopping: nothing to stop' };
    throw e;
  }
}

const gone = (e: unknown) =>
  (e instanceof StatementWaitError && e.reason === 'not-found') ||
  (e instanceof FlinkApiError && (e.status === 404 || e.status === 409));

async function deleteStep(step: PlanStep, ctx: StepContext): Promise<Ran> {
  const { client } = ctx;
  const s = await client.getStatement(step.statement);
  if (!s) return { outcome: 'skipped', detail: 'already deleted' };
  if (isMine(s, ctx))
    return { outcome: 'skipped', phase: phaseOf(s), detail: 'already replaced by this deploy' };
  // A statement that a carry-over still waits on is never deleted: the replacement would fail
  // ("… referenced by 'sql.tables.initial-offset-from' does not exist") and its offsets be lost.
  for (const other of await statementsOfTable(step.table, ctx)) {
    if (other.name === step.statement || other.spec?.properties?.[CARRY_OVER] !== step.statement) continue;
    if (phaseOf(other) !== 'PENDING') continue;
    throw new StepFailure(
      `statement ${step.statement} not deleted: ${other.name} still waits in PENDING to carry over its offsets; run the deploy again once ${other.name} runs`,
      phaseOf(s),
    );
  }
  await remove(step.statement, ctx);
  return { outcome: 'done' };
}

/** The tool's statements of one table (by its label), every page. */
async function statementsOfTable(table: string, ctx: StepContext): Promise<Statement[]> {
  const out: Statement[] = [];
  for await (const s of ctx.client.iterateStatements({
    labelSelector: labelSelector({ [LABEL_TABLE]: labelValue(table) }),
  }))
    out.push(s);
  return out;
}

const CARRY_OVER = 'sql.tables.initial-offset-from';

async function remove(name: string, ctx: StepContext) {
  await ctx.client.deleteStatement(name);
  try {
    await ctx.wait.waitForDeletion(name, ctx.timeouts.deleteMs);
  } catch (e) {
    throw timedOut(e, 'deleteMs');
  }
}

const isRunning = (phase: string | undefined) => phase === 'RUNNING' || phase === 'DEGRADED';

/** A wait of the deploy; a timeout says which config key gives it more time. */
async function waitFor(
  ctx: StepContext,
  name: string,
  targets: readonly string[],
  key: keyof DeployTimeouts,
  failOn?: readonly string[],
): Promise<Statement> {
  try {
    return await ctx.wait.waitForPhase(name, targets, { timeoutMs: ctx.timeouts[key], failOn });
  } catch (e) {
    throw timedOut(e, key);
  }
}

function timedOut(e: unknown, key: keyof DeployTimeouts): unknown {
  if (!(e instanceof StatementWaitError) || e.reason !== 'timeout') return e;
  const what = {
    createMs: 'create',
    stopMs: 'stop',
    resumeMs: 'resume',
    deleteMs: 'delete',
    recreateMs: 'create',
    leaseMs: 'lease',
  }[key];
  return new StepFailure(
    `${what} timed out: ${e.message}; raise ${TIMEOUT_KEYS[key]} in flink-pipeline.yaml if it needs longer`,
    e.phase,
  );
}

/**
 * What a running statement's status says about its health: DEGRADED (running, unhealthy) and
 * `status.warnings`, for the step's report.
 */
function health(s: Statement | null): string | undefined {
  const notes: string[] = [];
  if (phaseOf(s) === 'DEGRADED')
    notes.push(`running but unhealthy (DEGRADED)${s?.status?.detail ? `: ${s.status.detail}` : ''}`);
  for (const w of s?.status?.warnings ?? [])
    notes.push(`warning ${w.severity ?? ''} ${w.reason ?? ''}: ${w.message ?? ''}`.replace(/\s+/g, ' '));
  return notes.length ? notes.join('; ') : undefined;
}

async function resumeStep(step: PlanStep, ctx: StepContext): Promise<Ran> {
  const { client } = ctx;
  const s = await client.getStatement(step.statement);
  if (!s)
    throw new StepFailure(
      `statement ${step.statement} not found: nothing to resume; plan again with live status`,
    );
  if (isRunning(phaseOf(s))) {
    const note = health(s);
    return { outcome: 'skipped', phase: phaseOf(s), detail: note ? note : 'already running' };
  }
  if (!IN_FLIGHT.has(phaseOf(s) ?? '')) await client.resumeStatement(step.statement);
  const after = await waitFor(ctx, step.statement, RUNS, 'resumeMs');
  return { outcome: 'done', phase: phaseOf(after), detail: health(after) };
}

/** The drop ran already when this deploy's drop statement, or its new CREATE TABLE, exists. */
async function dropStep(step: PlanStep, ctx: StepContext): Promise<Ran> {
  if (await dropDone(step, ctx.plan, ctx.client, ctx.deployId)) {
    return { outcome: 'skipped', detail: 'already dropped and re-created by this deploy' };
  }
  return createStep(step, ctx);
}

async function dropDone(
  step: PlanStep,
  plan: Plan,
  client: DeployClient,
  deployId: string,
): Promise<boolean> {
  const create = plan.steps.find((s) => s.table === step.table && s.action === 'create-table');
  if (!create) return false;
  const s = await client.getStatement(create.statement);
  return s?.metadata?.labels?.[LABEL_DEPLOY] === labelValue(deployId);
}

function labelsFor(step: PlanStep, ctx: StepContext): Record<string, string> {
  const kind = KIND_OF[step.action];
  const hash = /-([0-9a-f]{7})$/.exec(step.statement)?.[1];
  return pipelineLabels({
    table: step.table,
    kind,
    fingerprint: kind === 'dml' && hash ? hash : step.sql ? sha256(step.sql) : undefined,
    prefix: ctx.options.statementPrefix,
    deploy: ctx.deployId,
    commit: ctx.options.commit ?? ctx.plan.head ?? undefined,
  });
}

const sameText = (a: string | undefined, b: string | undefined) =>
  (a ?? '').replace(/\s+/g, ' ').trim() === (b ?? '').replace(/\s+/g, ' ').trim();

/**
 * Submits the step's SQL and waits for it to take effect. An existing statement of the same
 * name is reused when it is this deploy's or holds the same SQL and already ran; a finished
 * or failed one from elsewhere is deleted first, since names stay taken until deleted.
 */
async function createStep(step: PlanStep, ctx: StepContext): Promise<Ran> {
  const { client } = ctx;
  const name = step.statement;
  const existing = await client.getStatement(name);
  const phase = phaseOf(existing);
  if (existing) {
    // DDL and drop statements reuse one name per table, and a finished CREATE TABLE does not
    // prove the table is still there: only this deploy's own counts as done.
    const reusable =
      isMine(existing, ctx) ||
      (step.action !== 'drop-table' &&
        sameText(existing.spec?.statement, step.sql) &&
        (step.action !== 'create-table' || (await tableStillThere(existing, step, ctx))));
    if (reusable && REACHED.includes(phase as (typeof REACHED)[number])) {
      const note = health(existing);
      return { outcome: 'skipped', phase, detail: note ? note : 'already deployed' };
    }
    if (reusable && IN_FLIGHT.has(phase ?? '')) return awaitCreated(step, ctx);
    if (reusable && phase === 'STOPPED' && step.action === 'create-statement') {
      await client.resumeStatement(name);
      return awaitCreated(step, ctx);
    }
    if (!reusable && isRunning(phase) && step.action === 'create-statement') {
      throw new StepFailure(
        `statement ${name} is running with other SQL; stop and delete it, or plan again with --status confluent`,
        phase,
      );
    }
    // FAILED, finished, or a leftover with other SQL: the name must be freed first.
    await remove(name, ctx);
  }
  const submit = () =>
    client.createStatement({
      name,
      statement: step.sql ?? '',
      properties: step.properties,
      computePoolId: step.computePool,
      principal: ctx.options.principal,
      labels: labelsFor(step, ctx),
    });
  try {
    await submit();
  } catch (e) {
    // A request the service refuses (400 or 422: SQL that does not parse, …) created nothing and
    // is not sent again; a carry-over replacement is rolled back like one that FAILED.
    if (e instanceof FlinkApiError && (e.status === 400 || e.status === 422))
      throw await rollBack(step, ctx, e);
    throw e;
  }
  // Right after a DROP the service refuses a CREATE of the same name until the old topic is gone;
  // dbt-confluent retries it the same way (`dbt/adapters/confluent/connections.py`,
  // `_execute_query_with_retry`: delete the FAILED statement, wait, submit again, bounded).
  const clock = ctx.options.now ?? Date.now;
  const deadline = clock() + ctx.timeouts.recreateMs;
  let delay = Math.max(10, ctx.client.pollIntervalMs);
  for (let attempt = 1; ; attempt++) {
    try {
      return await awaitCreated(step, ctx);
    } catch (e) {
      const why = recreateBlocked(e, step, ctx.plan);
      if (!why) throw e;
      if (clock() + delay > deadline) {
        throw new StepFailure(
          `${describe(e).message}; still refused after ${attempt} attempts over ${duration(ctx.timeouts.recreateMs)} (raise ${TIMEOUT_KEYS.recreateMs} in flink-pipeline.yaml if the service needs longer)`,
          (e as StatementWaitError).phase,
        );
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
async function tableStillThere(create: Statement, step: PlanStep, ctx: StepContext): Promise<boolean> {
  if (phaseOf(create) !== 'COMPLETED') return false;
  if (ctx.plan.steps.some((s) => s.action === 'drop-table' && s.table === step.table)) return false;
  const at = create.metadata?.created_at ?? '';
  return !(await statementsOfTable(step.table, ctx)).some(
    (s) =>
      s.metadata?.labels?.[LABEL_KIND] === 'drop' &&
      phaseOf(s) === 'COMPLETED' &&
      (s.metadata?.created_at ?? '') >= at,
  );
}

function recreateWarning(name: string, why: string, delayMs: number, attempt: number): string {
  return `statement ${name}: ${why}; submitting it again in ${duration(delayMs)} (attempt ${attempt})`;
}

/** The compute pool check needs the Confluent Cloud API; without it the deploy says so and goes on. */
function poolCheckSkippedWarning(why: string | undefined): string {
  return `compute pool check skipped: ${why ?? 'no Confluent Cloud API client'}`;
}

/** A status round that failed on an error that may pass: the waits go on. */
function statusRoundWarning(e: Error, retryInMs: number): string {
  return `status round failed (${e.message}); the waits go on, next round in ${duration(retryInMs)}`;
}

/** A statement waiting in PENDING for room in its pool: reported once, it may wait long. */
function poolExhaustedWarning(s: Statement): string {
  const detail = s.status?.detail;
  return `statement ${s.name} waits for room in compute pool ${s.spec?.compute_pool_id ?? '(default)'} (POOL_EXHAUSTED)${detail ? `: ${detail}` : ''}`;
}

/**
 * Whether a failed CREATE only met the DROP before it: "… its Kafka topic does not exist; …
 * try again later" (any table dropped moments ago), or "already exists" for a materialized
 * table this deploy dropped (its entry goes asynchronously: dbt-confluent MATERIALIZATIONS.md).
 */
function recreateBlocked(e: unknown, step: PlanStep, plan: Plan): string | undefined {
  if (!(e instanceof StatementWaitError) || e.reason !== 'failed') return undefined;
  if (step.action !== 'create-table' && step.action !== 'create-statement') return undefined;
  const detail = `${e.detail ?? ''} ${e.message}`;
  if (/kafka topic does not exist/i.test(detail))
    return 'the table was dropped moments ago and its topic is still being deleted';
  const droppedHere = plan.steps.some(
    (s) => s.action === 'drop-table' && s.table === step.table && /\bMATERIALIZED\b/i.test(s.sql ?? ''),
  );
  if (droppedHere && /already exists/i.test(detail))
    return 'the materialized table dropped moments ago is still being removed';
  return undefined;
}

/**
 * Waits for the created statement. A carry-over replacement that does not reach RUNNING is
 * deleted and the statement it replaces (kept STOPPED until now) resumed: rolled back.
 */
async function awaitCreated(step: PlanStep, ctx: StepContext): Promise<Ran> {
  try {
    const s = await waitFor(ctx, step.statement, REACHED, 'createMs');
    return { outcome: 'done', phase: phaseOf(s), detail: health(s) };
  } catch (e) {
    if (!(e instanceof StatementWaitError || e instanceof StepFailure)) throw e;
    throw await rollBack(step, ctx, e);
  }
}

/**
 * The error a failed create step ends with: a carry-over replacement is deleted (if it exists)
 * and the statement it replaces (kept STOPPED until now) resumed.
 */
async function rollBack(step: PlanStep, ctx: StepContext, e: Error): Promise<Error> {
  const old = step.properties?.[CARRY_OVER];
  if (!old) return e;
  const why = describe(e).message;
  const phase = (e as { phase?: string }).phase;
  try {
    await remove(step.statement, ctx);
    await ctx.client.resumeStatement(old);
    await waitFor(ctx, old, RUNS, 'resumeMs');
  } catch (rollback) {
    return new StepFailure(`${why}; rolling back to ${old} failed too: ${describe(rollback).message}`, phase);
  }
  return new StepFailure(`${why}; rolled back: ${old} resumed`, phase, 'rolled-back');
}

function report(
  plan: Plan,
  deployId: string,
  environment: string | undefined,
  startedAt: string,
  durationMs: number,
  steps: readonly PlanStep[],
  results: Map<string, StepResult>,
  status: DeployStatus,
  reason?: string,
): DeployReport {
  const list = steps.map(
    (s) => results.get(s.id) ?? { ...base(s), outcome: 'blocked' as const, durationMs: 0 },
  );
  const counts: Partial<Record<StepOutcome, number>> = {};
  for (const r of list) counts[r.outcome] = (counts[r.outcome] ?? 0) + 1;
  const parts = (Object.entries(counts) as [StepOutcome, number][]).map(([k, n]) => `${n} ${k}`);
  const head: Record<DeployStatus, string> = {
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
