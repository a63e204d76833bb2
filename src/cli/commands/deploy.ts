import { writeFileSync } from 'node:fs';
import { DEFAULT_CONFIG_FILE } from '../../config/load.js';
import { readPlanFile } from '../../deploy/plan-file.js';
import { executePlan } from '../../deploy/executor.js';
import { commandLineOwner, leaseTtlFromEnv, runDeploy } from '../../deploy/run.js';
import { renderDeployReport } from '../../deploy/report.js';
import type { DeployEvent } from '../../deploy/types.js';
import { timeoutsOf } from '../../config/timeouts.js';
import {
  computePoolClient,
  confluentTarget,
  environmentOf,
  type ConfluentTarget,
} from '../../engine/confluent.js';
import { deployCheckOf } from '../../engine/dry-run.js';
import { computePlan, UnreadableProjectError } from '../../engine/plan.js';
import type { Plan } from '../../plan/types.js';
import { renderPlanText } from '../../render/comment.js';
import { noStatus } from '../../status/source.js';
import { UserError } from '../../util/errors.js';
import {
  checkOutPath,
  configOf,
  formatOf,
  pipelinesOf,
  printDiagnostics,
  type CommandContext,
} from '../context.js';
import { cliCloudCredentials, cliCredentials } from '../status-source.js';
import { targetOf } from './plan.js';

function maxParallelOf(raw: string | undefined, fallback: number): number {
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > 64) {
    throw new UserError(`deploy: --max-parallel ${raw}: use a whole number from 1 to 64`);
  }
  return n;
}

/** `deploy` (docs/cli.md#deploy, docs/deploy.md): plans with live status (or reads --plan FILE), then executes. */
export async function deployCommand(ctx: CommandContext): Promise<number> {
  const format = formatOf(ctx, ['text', 'json'] as const);
  if (ctx.positionals.length) throw new UserError(`deploy: unexpected argument "${ctx.positionals[0]}"`);
  const v = ctx.values;
  const config = configOf(ctx);
  const maxParallel = maxParallelOf(v['max-parallel'], config.maxParallel ?? 8);
  const dryRun = !!v['dry-run'];
  if (v.plan && (v.tables || v.all || v.base || v.head)) {
    throw new UserError(
      'deploy: --plan FILE deploys that plan; leave out --tables, --all, --base and --head',
    );
  }
  if (v.status)
    throw new UserError('deploy: --status is not an option here; deploy always reads live status');
  if (v.plan && v['allow-rollback'])
    throw new UserError(
      'deploy: --allow-rollback goes with planning now; a plan file (--plan) was checked when it was made',
    );
  // The report is written after the deploy: a path that cannot be written stops it before anything is sent.
  checkOutPath('deploy', v.out);
  const credentials = cliCredentials();
  // A dry run may go without credentials: it then plans as plan --status none does.
  const offline = dryRun && (!credentials.apiKey || !credentials.apiSecret);
  let target: ConfluentTarget | undefined;
  let environment: string;
  if (offline) environment = environmentOf(config, v.env, 'deploy').name;
  else {
    target = confluentTarget(config, v.env, credentials, 'deploy');
    environment = target.name;
  }

  const selected = targetOf(ctx, 'deploy');
  /** The plan of this deploy, with the projects it was made from, for the check before anything is sent. */
  let planned: Awaited<ReturnType<typeof computePlan>> | undefined;
  /**
   * The plan, or with `check` the one of the final check: what runs against HEAD (a selection
   * is checked against the whole work tree, reconciled; its own plan would redeploy again).
   */
  const planNow = async (check: boolean): Promise<{ plan: Plan; commit?: string }> => {
    const quiet = check;
    if (v.plan) return { plan: readPlanFile(v.plan) };
    try {
      const computed = await computePlan({
        pipelines: pipelinesOf(ctx, config),
        config,
        configPath: v.config ?? DEFAULT_CONFIG_FILE,
        environment,
        target: check && selected.kind === 'tables' ? { kind: 'all' } : selected,
        status: target?.status ?? noStatus,
        command: 'deploy',
        allowRollback: !!v['allow-rollback'],
      });
      if (!quiet) {
        planned = computed;
        printDiagnostics(
          ctx,
          computed.head.diagnostics.filter((d) => d.severity === 'error' || d.severity === 'fatal'),
        );
        if (format === 'text') ctx.io.err.write(renderPlanText(computed.plan, computed.head));
      }
      return { plan: computed.plan, ...(computed.commit ? { commit: computed.commit } : {}) };
    } catch (e) {
      if (e instanceof UnreadableProjectError && !quiet) printDiagnostics(ctx, e.diagnostics);
      throw e;
    }
  };

  const allowDestructive = v['allow-destructive'] ? true : (config.allowDestructive ?? false);
  const progress = (e: DeployEvent) => {
    if (format !== 'text') return;
    if (e.type === 'step-start') ctx.io.err.write(`  start    ${e.step}  ${e.statement}\n`);
    else if (e.type === 'step-end') {
      const r = e.result;
      const detail = r.detail && (r.outcome !== 'done' || r.phase === 'DEGRADED') ? `: ${r.detail}` : '';
      ctx.io.err.write(`  ${r.outcome.padEnd(8)} ${r.id} (${(r.durationMs / 1000).toFixed(1)} s)${detail}\n`);
    } else ctx.io.err.write(`  ${e.message}\n`);
  };
  const env = config.environments?.[environment];
  const pools = target ? computePoolClient(target, cliCloudCredentials()) : { missing: 'no credentials' };
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
          check: deployCheckOf(() => planned, {
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
  } else {
    ({ report } = await runDeploy(target!.client, {
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
      writeFileSync(v.out, JSON.stringify(report, null, 2) + '\n');
    } catch (e) {
      throw new UserError(
        `deploy: --out ${v.out}: cannot write the report (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}); the deploy ended: ${report.summary}`,
        1,
      );
    }
  }
  if (format === 'json') ctx.io.out.write(JSON.stringify(report, null, 2) + '\n');
  else ctx.io.out.write(renderDeployReport(report, 'text'));
  return report.status === 'failed' || report.status === 'refused' ? 1 : 0;
}

/** The lease statements name the environment's catalog and database, as every statement does. */
function leaseProperties(env: { catalog?: string; environmentId?: string; database?: string } | undefined) {
  const catalog = env?.catalog ?? env?.environmentId;
  return {
    ...(catalog ? { 'sql.current-catalog': catalog } : {}),
    ...(env?.database ? { 'sql.current-database': env.database } : {}),
  };
}

/** A dry run makes no calls; this client proves it by refusing every one. */
function offlineClient(): Parameters<typeof executePlan>[1] {
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
