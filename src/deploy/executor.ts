import type { FlinkClient } from '../confluent/client.js';
import { FlinkApiError, StatementWaitError } from '../confluent/errors.js';
import {
  LABEL_DEPLOY,
  labelSelector,
  labelValue,
  pipelineLabels,
  type StatementKind,
} from '../confluent/labels.js';
import type { Statement } from '../confluent/types.js';
import { sha256 } from '../plan/names.js';
import type { Plan, PlanStep, StepAction } from '../plan/types.js';
import { PhaseWatcher } from './watcher.js';
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

export interface DeployTimeouts {
  /** CREATE TABLE, ALTER, DROP to COMPLETED */
  ddlMs: number;
  /** A DML statement to RUNNING */
  dmlMs: number;
  /** STOPPING to STOPPED */
  stopMs: number;
  /** DELETE until the name is free */
  deleteMs: number;
}

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
  timeouts?: Partial<DeployTimeouts>;
  /** Time between status rounds of the phase watcher; default the client's first poll delay */
  pollMs?: number;
  onEvent?: (event: DeployEvent) => void;
  now?: () => number;
}

const DEFAULT_TIMEOUTS: DeployTimeouts = {
  ddlMs: 5 * 60_000,
  dmlMs: 10 * 60_000,
  stopMs: 5 * 60_000,
  deleteMs: 5 * 60_000,
};

/** Phases in which a submitted statement has done its job: bounded ones complete, streaming ones run. */
const REACHED = ['RUNNING', 'COMPLETED'] as const;
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
  const finish = (status: DeployStatus): DeployReport =>
    report(plan, deployId, options.environment, startedAt, now() - started, steps, results, status);

  const skipAll = (outcome: StepOutcome, why: (s: PlanStep) => string | undefined) => {
    for (const s of steps) {
      results.set(s.id, { ...base(s), outcome, durationMs: 0, detail: why(s) });
    }
  };

  if (plan.errors.length) {
    skipAll('blocked', () => `the plan has errors: ${plan.errors.map((e) => e.message).join('; ')}`);
    return finish('refused');
  }
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

  const watcher = new PhaseWatcher(client, {
    labelSelector: labelSelector({ [LABEL_DEPLOY]: labelValue(deployId) }),
    intervalMs: options.pollMs ?? client.pollIntervalMs,
  });
  const ctx: StepContext = { client, wait: watcher, deployId, timeouts, options, plan };
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
    const after = await ctx.wait.waitForPhase(step.statement, ['STOPPED'], {
      timeoutMs: ctx.timeouts.stopMs,
      failOn: ['FAILED'],
    });
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
  await remove(step.statement, ctx);
  return { outcome: 'done' };
}

async function remove(name: string, ctx: StepContext) {
  await ctx.client.deleteStatement(name);
  await ctx.wait.waitForDeletion(name, ctx.timeouts.deleteMs);
}

async function resumeStep(step: PlanStep, ctx: StepContext): Promise<Ran> {
  const { client } = ctx;
  const s = await client.getStatement(step.statement);
  if (!s)
    throw new StepFailure(
      `statement ${step.statement} not found: nothing to resume; plan again with live status`,
    );
  if (phaseOf(s) === 'RUNNING') return { outcome: 'skipped', phase: 'RUNNING', detail: 'already running' };
  if (!IN_FLIGHT.has(phaseOf(s) ?? '')) await client.resumeStatement(step.statement);
  const after = await ctx.wait.waitForPhase(step.statement, ['RUNNING'], { timeoutMs: ctx.timeouts.dmlMs });
  return { outcome: 'done', phase: phaseOf(after) };
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
  const timeoutMs = step.action === 'create-statement' ? ctx.timeouts.dmlMs : ctx.timeouts.ddlMs;
  if (existing) {
    // DDL and drop statements reuse one name per table, and a finished CREATE TABLE does not
    // prove the table is still there: only this deploy's own counts as done.
    const reusable =
      isMine(existing, ctx) ||
      (step.action !== 'drop-table' &&
        step.action !== 'create-table' &&
        sameText(existing.spec?.statement, step.sql));
    if (reusable && REACHED.includes(phase as (typeof REACHED)[number])) {
      return { outcome: 'skipped', phase, detail: 'already deployed' };
    }
    if (reusable && IN_FLIGHT.has(phase ?? '')) return awaitCreated(step, ctx, timeoutMs);
    if (reusable && phase === 'STOPPED' && step.action === 'create-statement') {
      await client.resumeStatement(name);
      return awaitCreated(step, ctx, timeoutMs);
    }
    if (!reusable && phase === 'RUNNING' && step.action === 'create-statement') {
      throw new StepFailure(
        `statement ${name} is running with other SQL; stop and delete it, or plan again with --status confluent`,
        phase,
      );
    }
    // FAILED, finished, or a leftover with other SQL: the name must be freed first.
    await remove(name, ctx);
  }
  await client.createStatement({
    name,
    statement: step.sql ?? '',
    properties: step.properties,
    computePoolId: step.computePool,
    principal: ctx.options.principal,
    labels: labelsFor(step, ctx),
  });
  return awaitCreated(step, ctx, timeoutMs);
}

/**
 * Waits for the created statement. A carry-over replacement that does not reach RUNNING is
 * deleted and the statement it replaces (kept STOPPED until now) resumed: rolled back.
 */
async function awaitCreated(step: PlanStep, ctx: StepContext, timeoutMs: number): Promise<Ran> {
  const { client } = ctx;
  try {
    const s = await ctx.wait.waitForPhase(step.statement, REACHED, { timeoutMs });
    return { outcome: 'done', phase: phaseOf(s) };
  } catch (e) {
    const old = step.properties?.['sql.tables.initial-offset-from'];
    if (!old || !(e instanceof StatementWaitError)) throw e;
    const why = describe(e).message;
    try {
      await remove(step.statement, ctx);
      await client.resumeStatement(old);
      await ctx.wait.waitForPhase(old, ['RUNNING'], { timeoutMs: ctx.timeouts.dmlMs });
    } catch (rollback) {
      throw new StepFailure(
        `${why}; rolling back to ${old} failed too: ${describe(rollback).message}`,
        e.phase,
      );
    }
    throw new StepFailure(`${why}; rolled back: ${old} resumed`, e.phase, 'rolled-back');
  }
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
    summary: `${head[status]}${parts.length ? `: ${parts.join(', ')}` : ''} (${seconds} s)`,
  };
}
