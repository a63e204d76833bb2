import { DEFAULT_CONFIG_FILE } from '../../config/load.js';
import { computePlan, UnreadableProjectError } from '../../engine/plan.js';
import { tablesToValidate, validateWithFlink } from '../../engine/validate.js';
import type { ValidationEngine } from '../../plan/validation.js';
import { renderValidationText } from '../../render/validation.js';
import { noStatus } from '../../status/source.js';
import { UserError } from '../../util/errors.js';
import { configOf, formatOf, pipelinesOf, printDiagnostics, type CommandContext } from '../context.js';
import { targetOf } from './plan.js';

const ENGINES: readonly ValidationEngine[] = ['flink', 'confluent'];

/**
 * `validate --engine flink`: the statements a change would create, planned by Apache Flink's
 * planner offline (no credentials). Exit 1 when a statement is rejected.
 */
export async function validateCommand(ctx: CommandContext): Promise<number> {
  const format = formatOf(ctx, ['text', 'json'] as const);
  if (ctx.positionals.length) throw new UserError(`validate: unexpected argument "${ctx.positionals[0]}"`);
  const engine = (ctx.values.engine ?? 'flink') as ValidationEngine;
  if (!ENGINES.includes(engine)) throw new UserError(`validate: --engine ${engine} is unknown; use flink`);
  if (engine === 'confluent') {
    throw new UserError(
      'validate: --engine confluent (a dry run on Confluent Cloud) is not available in this version; use --engine flink',
    );
  }
  const config = configOf(ctx);
  const environment = ctx.values.env ?? config.environment;
  let computed;
  try {
    computed = await computePlan({
      pipelines: pipelinesOf(ctx, config),
      config,
      configPath: ctx.values.config ?? DEFAULT_CONFIG_FILE,
      environment,
      target: targetOf(ctx, 'validate'),
      status: noStatus,
      command: 'validate',
    });
  } catch (e) {
    if (e instanceof UnreadableProjectError) printDiagnostics(ctx, e.diagnostics);
    throw e;
  }
  const env = environment ? config.environments?.[environment] : undefined;
  const validation = await validateWithFlink(computed.head, tablesToValidate(computed.plan), {
    catalog: env?.catalog,
    database: env?.database,
  });
  if (format === 'json') ctx.io.out.write(JSON.stringify(validation, null, 2) + '\n');
  else ctx.io.out.write(renderValidationText(validation));
  return validation.ok ? 0 : 1;
}
