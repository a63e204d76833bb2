import { DEFAULT_CONFIG_FILE } from '../../config/load.js';
import { writePlanJson } from '../../deploy/plan-file.js';
import { computePlan, UnreadableProjectError, type PlanTarget } from '../../engine/plan.js';
import { hasFatal } from '../../project/diagnostics.js';
import { renderPlanMarkdown, renderPlanText } from '../../render/comment.js';
import { renderValidationMarkdown, renderValidationText } from '../../render/validation.js';
import { UserError } from '../../util/errors.js';
import {
  checkOutPath,
  configOf,
  formatOf,
  pipelinesOf,
  printDiagnostics,
  type CommandContext,
} from '../context.js';
import { statusSourceOf } from '../status-source.js';
import { dryRunTarget, engineOf, validateComputed } from './validate.js';

/** `--base/--head`, or `--tables [--descendants]`, or `--all`: shared by plan and deploy. */
export function targetOf(ctx: CommandContext, command: string): PlanTarget {
  const { tables, all, descendants, base, head } = ctx.values;
  if (all && tables) throw new UserError(`${command}: use --tables or --all, not both`);
  if ((all || tables) && (base || head))
    throw new UserError(`${command}: --base/--head plan a change; --tables/--all plan a selection; use one`);
  if (descendants && !tables) throw new UserError(`${command}: --descendants goes with --tables`);
  if (all) return { kind: 'all' };
  if (tables) {
    const names = tables
      .split(',')
      .map((t) => t.trim())
      .filter(Boolean);
    return { kind: 'tables', tables: names, descendants: !!descendants };
  }
  return { kind: 'range', base, head };
}

export async function planCommand(ctx: CommandContext): Promise<number> {
  const format = formatOf(ctx, ['text', 'json', 'markdown'] as const);
  if (ctx.positionals.length) throw new UserError(`plan: unexpected argument "${ctx.positionals[0]}"`);
  if (ctx.values.engine !== undefined && !ctx.values.validate) {
    throw new UserError('plan: --engine goes with --validate');
  }
  const engine = ctx.values.validate ? engineOf(ctx, 'plan --validate', 'confluent') : undefined;
  const config = configOf(ctx);
  // The dry runs' client; with --status confluent it reads live status too.
  const confluent =
    engine === 'confluent' ? dryRunTarget(config, ctx.values.env, 'plan --validate') : undefined;
  const environment = confluent?.name ?? ctx.values.env ?? config.environment;
  const target = targetOf(ctx, 'plan');
  checkOutPath('plan', ctx.values.out);
  let computed;
  try {
    computed = await computePlan({
      pipelines: pipelinesOf(ctx, config),
      config,
      configPath: ctx.values.config ?? DEFAULT_CONFIG_FILE,
      environment,
      target,
      status:
        confluent && ctx.values.status === 'confluent'
          ? confluent.status
          : statusSourceOf(ctx, config, environment),
      allowRollback: !!ctx.values['allow-rollback'],
    });
  } catch (e) {
    if (e instanceof UnreadableProjectError) printDiagnostics(ctx, e.diagnostics);
    throw e;
  }
  const { plan, head, commitRange } = computed;
  printDiagnostics(
    ctx,
    ctx.values.verbose ? head.diagnostics : head.diagnostics.filter((d) => d.severity !== 'notice'),
  );
  if (ctx.values.out) writePlanJson(ctx.values.out, plan);
  const validation = engine && (await validateComputed(engine, computed, config, environment, confluent));
  if (format === 'json') {
    ctx.io.out.write(JSON.stringify(validation ? { ...plan, validation } : plan, null, 2) + '\n');
  } else if (format === 'markdown') {
    ctx.io.out.write(renderPlanMarkdown(plan, head, { commitRange }));
    if (validation) ctx.io.out.write(`\n---\n\n${renderValidationMarkdown(validation)}\n`);
  } else {
    ctx.io.out.write(renderPlanText(plan, head));
    if (validation) ctx.io.out.write(`\n${renderValidationText(validation)}`);
  }
  if (hasFatal(head.diagnostics)) return 1;
  return plan.errors.length || (validation && !validation.ok) ? 1 : 0;
}
