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
import { randomBytes } from 'node:crypto';
import type { EnvironmentConfig } from '../config/schema.js';
import type { FlinkClient } from '../confluent/client.js';
import { FlinkApiError } from '../confluent/errors.js';
import { LABEL_VALIDATION } from '../confluent/labels.js';
import type { Statement } from '../confluent/types.js';
import { dryRunStatements, placeEngineError, type DryRunStatement } from '../plan/dry-run.js';
import { statementBase } from '../plan/names.js';
import { CARRY_OVER } from '../plan/reconcile.js';
import type { Plan, StepAction } from '../plan/types.js';
import { validationOf, type ValidatedStatement, type Validation } from '../plan/validation.js';
import type { Project } from '../project/model.js';
import { UserError } from '../util/errors.js';

export type DryRunClient = Pick<FlinkClient, 'createStatement' | 'failureDetail'>;

export const DRY_RUN_PROPERTY = 'sql.dry-run';

export interface ConfluentValidationOptions {
  client: DryRunClient;
  /** The environment the statements go to: its name and config (principal, statement prefix, ids) */
  environment: { name: string; env: EnvironmentConfig };
  /** Dry runs in flight at once; default 8 (the client's rate limiter paces the requests) */
  maxParallel?: number;
  /** Part of the dry-run statements' names and their label; default random */
  runId?: string;
  /** Only the statements of these step actions (default: every step a validation checks) */
  actions?: ReadonlySet<StepAction>;
  /** The command whose messages these are (default `validate`) */
  command?: string;
  /** Step properties not sent with the dry runs */
  leaveOut?: readonly string[];
}

/**
 * The step's properties with `sql.dry-run = 'true'` last: a pull request cannot turn the dry
 * run off with a property of its own (any spelling of the key is dropped first).
 */
export function dryRunProperties(
  properties: Record<string, string> | undefined,
  leaveOut: readonly string[] = [],
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(properties ?? {})) {
    if (k.trim().toLowerCase() !== DRY_RUN_PROPERTY && !leaveOut.includes(k)) out[k] = v;
  }
  out[DRY_RUN_PROPERTY] = 'true';
  return out;
}

const oneLine = (text: string) => text.replace(/\s*\n\s*/g, ' ').trim();

/** Which engine checked, in words (the comment and the CLI say it). */
export function confluentCheckedBy(environment: { name: string; env: EnvironmentConfig }): string {
  const id = environment.env.environmentId;
  return `Confluent Cloud (dry runs in environment ${environment.name}${id ? `, ${id}` : ''})`;
}

/** An API failure that ends the whole validation (credentials, permissions, reachability), as one line. */
function fatal(e: FlinkApiError, environment: string, command: string): UserError {
  if (e.status === 401) {
    return new UserError(
      `${command}: Confluent Cloud rejected the Flink API key (HTTP 401) for the dry runs; check the key and secret`,
      1,
    );
  }
  if (e.status === 403) {
    return new UserError(
      `${command}: the Flink API key may not create statements in environment ${environment} (HTTP 403); a dry run is a statement: give the key's principal a role that creates statements (FlinkDeveloper), or validate with Apache Flink's planner (engine flink), which needs no credentials`,
      1,
    );
  }
  return new UserError(`${command}: the dry runs on Confluent Cloud could not run: ${e.message}`, 1);
}

/** A refusal that concerns this statement only (the request itself was invalid for the service). */
const ownRefusal = (e: FlinkApiError) =>
  e.status >= 400 && e.status < 500 && ![401, 403, 404, 408, 429].includes(e.status);

/**
 * Sends each statement of the plan that a dry run can judge now (plan/dry-run.ts), in plan
 * order, at most `maxParallel` at a time, and reads its verdict from the create response. Throws
 * a UserError when the service cannot be used at all (key, permission, network).
 */
export async function validateOnConfluent(
  computed: { plan: Plan; head: Project; base?: Project },
  options: ConfluentValidationOptions,
): Promise<Validation> {
  const { client, environment } = options;
  const items = dryRunStatements(computed.plan, computed.head, computed.base).filter(
    (item) => !options.actions || options.actions.has(item.step.action),
  );
  const runId = options.runId ?? randomBytes(4).toString('hex').slice(0, 7);
  const results: ValidatedStatement[] = new Array(items.length);
  let stop: UserError | undefined;

  const verdict = async (item: DryRunStatement, index: number): Promise<ValidatedStatement> => {
    const where = { ...(item.table ? { table: item.table } : {}), file: item.file, kind: item.kind };
    if (item.skip) return { ...where, line: item.line, status: 'not-checked', reason: item.skip };
    const rejected = (message: string): ValidatedStatement => {
      const text = oneLine(message);
      return { ...where, ...placeEngineError(item, text), status: 'rejected', message: text };
    };
    const notChecked = (reason: string): ValidatedStatement => ({
      ...where,
      line: item.line,
      status: 'not-checked',
      reason,
    });
    const name = statementBase(environment.env.statementPrefix, 'validate', runId, String(index + 1));
    let s: Statement;
    try {
      s = await client.createStatement({
        name,
        statement: item.step.sql!,
        properties: dryRunProperties(item.step.properties, options.leaveOut),
        computePoolId: item.step.computePool,
        principal: environment.env.principal,
        labels: { [LABEL_VALIDATION]: runId },
      });
    } catch (e) {
      if (e instanceof FlinkApiError && e.status === 409) {
        return notChecked(`the dry-run statement name ${name} is taken by a statement in the environment`);
      }
      if (e instanceof FlinkApiError && ownRefusal(e)) {
        return rejected(`Confluent Cloud refused the statement (HTTP ${e.status}): ${e.detail || e.message}`);
      }
      if (e instanceof FlinkApiError) throw fatal(e, environment.name, options.command ?? 'validate');
      throw e;
    }
    const phase = s.status?.phase;
    if (phase === 'COMPLETED') return { ...where, line: item.line, status: 'accepted' };
    if (phase === 'FAILED') {
      // Only the detail in the response: a dry run has no exceptions to fetch, it is not stored.
      const detail = s.status?.detail ? await client.failureDetail(s) : undefined;
      return rejected(detail ?? 'the dry run ended FAILED without a detail');
    }
    return notChecked(
      `the dry run's create response says ${phase ?? 'no phase'}, not the final COMPLETED or FAILED a dry run answers with; nothing was polled (a dry run is never stored)`,
    );
  };

  // A pool of workers over the statements in plan order: dependency order, at most maxParallel at once.
  let next = 0;
  let failure: unknown;
  const worker = async () => {
    while (next < items.length && stop === undefined && failure === undefined) {
      const i = next++;
      try {
        results[i] = await verdict(items[i], i);
      } catch (e) {
        if (e instanceof UserError) stop ??= e;
        else failure ??= e;
      }
    }
  };
  const width = Math.max(1, Math.min(options.maxParallel ?? 8, items.length));
  await Promise.all(Array.from({ length: width }, worker));
  if (failure !== undefined) throw failure;
  if (stop) throw stop;
  return validationOf('confluent', confluentCheckedBy(environment), results, []);
}

/** The statements a deploy checks before it sends anything: the ones that replace running queries. */
const DEPLOY_CHECKED: ReadonlySet<StepAction> = new Set(['create-statement']);

/**
 * The check a deploy runs before it stops or drops anything: each statement it will start
 * (`create-statement`) that a dry run can judge now is sent as one, with the step's SQL and
 * properties. A rebuild whose table keeps its definition is judged too, against the table as
 * it is: the commonest change, a new query for the same table, is refused here, before its
 * running statement is stopped and its table dropped, rather than after. Statements the plan
 * creates tables for first cannot be judged now; they are left to the deploy (it rolls a
 * refused carry-over back). Returns why the deploy must not start, or undefined.
 */
export async function deployCheck(
  computed: { plan: Plan; head: Project; base?: Project },
  options: Omit<ConfluentValidationOptions, 'actions' | 'command' | 'leaveOut'>,
): Promise<string | undefined> {
  const validation = await validateOnConfluent(computed, {
    ...options,
    actions: DEPLOY_CHECKED,
    command: 'deploy',
    // A carry-over names the running statement it takes offsets from; no source shows how a
    // dry run answers while that statement still runs. The SQL is what is checked here, and a
    // check that refused wrongly would stop every carry-over deploy: the reference is left out.
    leaveOut: [CARRY_OVER],
  });
  const rejected = validation.statements.filter((s) => s.status === 'rejected');
  return rejected.length ? deployCheckError(rejected) : undefined;
}

/** Why the deploy does not start: each statement the dry runs refused, at its file and line. */
function deployCheckError(
  rejected: readonly { file: string; line: number; table?: string; message?: string }[],
) {
  const each = rejected.map((s) => `${s.file}:${s.line}${s.table ? ` (${s.table})` : ''}: ${s.message}`);
  return (
    `Confluent Cloud refuses ${rejected.length === 1 ? 'a statement' : `${rejected.length} statements`} this deploy would start ` +
    `(checked as dry runs before anything was stopped): ${each.join('; ')}; fix the SQL and deploy again`
  );
}

/**
 * The executor's `check` for a deploy planned now: it checks the plan the deploy runs when that
 * is the plan `latest` last computed (with its projects), and nothing otherwise.
 */
export function deployCheckOf(
  latest: () => { plan: Plan; head: Project; base?: Project } | undefined,
  options: Omit<ConfluentValidationOptions, 'actions' | 'command' | 'leaveOut'>,
): (plan: Plan) => Promise<string | undefined> {
  return async (plan) => {
    const computed = latest();
    return computed?.plan === plan ? deployCheck(computed, options) : undefined;
  };
}
