import type { Config } from '../../config/schema.js';
import { DEFAULT_CONFIG_FILE } from '../../config/load.js';
import { confluentTarget, type ConfluentTarget } from '../../engine/confluent.js';
import { computePlan, UnreadableProjectError, type ComputedPlan } from '../../engine/plan.js';
import { validatePlan } from '../../engine/validate.js';
import type { Validation, ValidationEngine } from '../../plan/validation.js';
import { renderValidationText } from '../../render/validation.js';
import { noStatus } from '../../status/source.js';
import { UserError } from '../../util/errors.js';
import { configOf, formatOf, pipelinesOf, printDiagnostics, type CommandContext } from '../context.js';
import { cliCredentials } from '../status-source.js';
import { targetOf } from './plan.js';

const ENGINES: readonly ValidationEngine[] = ['flink', 'confluent'];

/** `--engine`, checked; `fallback` when it is not given. */
export function engineOf(ctx: CommandContext, command: string, fallback: ValidationEngine): ValidationEngine {
  const engine = (ctx.values.engine ?? fallback) as ValidationEngine;
  if (!ENGINES.includes(engine)) {
    throw new UserError(`${command}: --engine ${engine} is unknown; use flink or confluent`);
  }
  return engine;
}

/** The Confluent target of the dry runs: credentials from the environment only. */
export function dryRunTarget(
  config: Config,
  environment: string | undefined,
  command: string,
): ConfluentTarget {
  return confluentTarget(config, environment, cliCredentials(), command);
}

/** Validates the statements of a computed plan with the engine (`target` for `confluent`). */
export function validateComputed(
  engine: ValidationEngine,
  computed: ComputedPlan,
  config: Config,
  environment: string | undefined,
  target: ConfluentTarget | undefined,
): Promise<Validation> {
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
export async function validateCommand(ctx: CommandContext): Promise<number> {
  const format = formatOf(ctx, ['text', 'json'] as const);
  if (ctx.positionals.length) throw new UserError(`validate: unexpected argument "${ctx.positionals[0]}"`);
  const engine = engineOf(ctx, 'validate', 'flink');
  if (ctx.values.status) {
    throw new UserError(
      'validate: --status is not an option here; --engine confluent reads live status, --engine flink none',
    );
  }
  const config = configOf(ctx);
  const target = engine === 'confluent' ? dryRunTarget(config, ctx.values.env, 'validate') : undefined;
  const environment = target?.name ?? ctx.values.env ?? config.environment;
  let computed;
  try {
    computed = await computePlan({
      pipelines: pipelinesOf(ctx, config),
      config,
      configPath: ctx.values.config ?? DEFAULT_CONFIG_FILE,
      environment,
      target: targetOf(ctx, 'validate'),
      status: target?.status ?? noStatus,
      command: 'validate',
    });
  } catch (e) {
    if (e instanceof UnreadableProjectError) printDiagnostics(ctx, e.diagnostics);
    throw e;
  }
  const validation = await validateComputed(engine, computed, config, environment, target);
  if (format === 'json') ctx.io.out.write(JSON.stringify(validation, null, 2) + '\n');
  else ctx.io.out.write(renderValidationText(validation));
  return validation.ok ? 0 : 1;
}
