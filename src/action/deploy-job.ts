import * as core from '@actions/core';
import { timeoutsOf } from '../config/timeouts.js';
import { gitHubOwner, leaseTtlFromEnv, runDeploy } from '../deploy/run.js';
import { DEPLOY_MARKER, renderDeployReport } from '../deploy/report.js';
import type { DeployEvent, DeployReport } from '../deploy/types.js';
import { computePoolClient } from '../engine/confluent.js';
import { deployCheckOf } from '../engine/dry-run.js';
import type { PlanTarget } from '../engine/plan.js';
import { visible } from '../render/markdown.js';
import { UserError } from '../util/errors.js';
import { checkDrift, mergedPull } from './drift.js';
import { gitHubError } from './github-api.js';
import type { ActionInputs } from './inputs.js';
import type { DeployStatusOutput } from './outputs.js';
import { writeSummary } from './outputs.js';
import { failOnErrors, planFor, publishPlan, summaryOf, type JobContext } from './plan-job.js';
import { CLOUD_SECRETS_HINT, confluentOf, hasSecrets } from './project-setup.js';
import { driftSection, driftWarning, type Drift } from './sections.js';
import { upsertComment } from './sticky-comment.js';

/** Deploy jobs (docs/action.md#events, docs/deploy.md): push to the default branch, and workflow_dispatch with mode deploy. */

const ZERO_SHA = /^0+$/;

/** Input `allow-destructive` and config `allowDestructive`, merged: true wins, lists add up. */
export function allowDestructiveOf(
  input: ActionInputs['allowDestructive'],
  config: boolean | string[] | undefined,
): boolean | string[] {
  if (input === true || config === true) return true;
  const list = [...(Array.isArray(input) ? input : []), ...(Array.isArray(config) ? config : [])];
  return list.length ? [...new Set(list)] : false;
}

/** The marker of the deploy comment for one pushed commit: a re-run updates the same comment. */
export const deployMarker = (sha: string) =>
  `<!-- flink-pipeline:deploy:${sha.replace(/[^0-9a-f]/gi, '')} -->`;

function logEvent(e: DeployEvent) {
  if (e.type === 'step-start') core.info(`start    ${visible(e.step)}  ${visible(e.statement)}`);
  else if (e.type === 'step-end') {
    const r = e.result;
    const detail = r.detail && r.outcome !== 'done' ? `: ${visible(r.detail, ' ')}` : '';
    core.info(`${r.outcome.padEnd(8)} ${visible(r.id)} (${(r.durationMs / 1000).toFixed(1)} s)${detail}`);
  } else core.info(visible(e.message, ' '));
}

interface DeployRequest {
  target: PlanTarget;
  title: string;
  /** Commit of a push: the merged pull request gets the report */
  sha?: string;
}

async function deploy(ctx: JobContext, req: DeployRequest) {
  try {
    await deployOnce(ctx, req);
  } catch (e) {
    // An error users cause (credentials, network, the lease, a path) still says how the deploy ended.
    core.setOutput('deploy-status', 'failed');
    throw e;
  }
}

async function deployOnce(ctx: JobContext, req: DeployRequest) {
  const { inputs, setup } = ctx;
  if (!hasSecrets(ctx.secrets)) {
    throw new UserError(
      'inputs flink-api-key and flink-api-secret: required to deploy (pass them from repository or environment secrets)',
    );
  }
  const confluent = confluentOf(setup, ctx.secrets, 'deploy');
  const env = confluent.env;
  const catalog = env.catalog ?? env.environmentId;

  let computed: Awaited<ReturnType<typeof planFor>> | undefined;
  let drift: Drift | undefined;
  let prNumber: number | undefined;
  const plan = async () => {
    core.startGroup('Plan with live status');
    computed = await planFor(ctx, req.target, confluent.status, 'deploy', undefined, {
      allowRollback: inputs.allowRollback,
    });
    const { plan } = computed;
    core.info(
      `${plan.changes.length} changes, ${plan.nodes.length} statements impacted, ${plan.steps.length} steps (plan ${plan.hash.slice(0, 12)})`,
    );
    core.endGroup();
    publishPlan(computed);

    // Drift: the plan reviewed on the merged pull request against the plan about to run.
    if (req.sha && ctx.api) {
      try {
        const pr = await mergedPull(ctx.api, req.sha);
        if (pr) {
          prNumber = pr.number;
          drift = await checkDrift(ctx.api, pr.number, plan.hash);
          const w = driftWarning(drift);
          if (w) core.warning(w);
        } else core.info('no pull request contains this commit: no drift check, no report comment');
      } catch (e) {
        core.warning(gitHubError('finding the merged pull request', e));
      }
    }
    core.startGroup(inputs.dryRun ? 'Deploy (dry run)' : 'Deploy');
    return { plan, ...(computed.commit ? { commit: computed.commit } : {}) };
  };
  // The final check plans what runs against HEAD: a selection against the whole work tree.
  const replan = async () => {
    const target: PlanTarget = req.target.kind === 'tables' ? { kind: 'all' } : req.target;
    const again = await planFor(ctx, target, confluent.status, 'deploy', undefined, {
      allowRollback: inputs.allowRollback,
    });
    return { plan: again.plan };
  };

  // The compute pool check before anything runs: with the Cloud API key inputs only.
  const pools = computePoolClient(
    confluent,
    { apiKey: ctx.secrets.cloudApiKey, apiSecret: ctx.secrets.cloudApiSecret, hint: CLOUD_SECRETS_HINT },
    { userAgent: 'flink-pipeline-action' },
  );
  let report: DeployReport;
  try {
    ({ report } = await runDeploy(confluent.client, {
      maxParallel: inputs.maxParallel,
      allowDestructive: allowDestructiveOf(inputs.allowDestructive, setup.config.allowDestructive),
      dryRun: inputs.dryRun,
      statementPrefix: env.statementPrefix,
      principal: env.principal,
      environment: confluent.name,
      timeouts: timeoutsOf(setup.config),
      pools: pools.pools,
      poolsMissing: pools.missing,
      onEvent: logEvent,
      // Dry runs of the statements the deploy will start, before anything is stopped.
      check: deployCheckOf(() => computed, {
        client: confluent.client,
        environment: { name: confluent.name, env: confluent.env },
        maxParallel: inputs.maxParallel,
      }),
      plan,
      replan,
      owner: gitHubOwner(),
      leaseTtlMs: leaseTtlFromEnv(),
      leaseProperties: {
        ...(catalog ? { 'sql.current-catalog': catalog } : {}),
        ...(env.database ? { 'sql.current-database': env.database } : {}),
      },
      ...(env.computePoolId ? { leasePool: env.computePoolId } : {}),
    }));
  } finally {
    core.endGroup();
  }
  core.info(visible(report.summary, ' '));
  if (!computed) throw new Error('the deploy ran without a plan');

  const status: DeployStatusOutput = report.status;
  core.setOutput('deploy-status', status);
  const reportMd = renderDeployReport(report, 'markdown', 60_000);
  const driftMd = driftSection(drift);

  if (prNumber !== undefined && ctx.api && inputs.comment) {
    const marker = deployMarker(req.sha!);
    const body = `${marker}\n${reportMd}${driftMd ? `\n${driftMd}\n` : ''}`.slice(0, 65_000);
    try {
      const r = await upsertComment(ctx.api, prNumber, marker, body);
      core.setOutput('comment-url', r.url);
      core.info(`deploy report comment ${r.action} on #${prNumber}: ${r.url}`);
    } catch (e) {
      core.warning(gitHubError(`posting the deploy report on #${prNumber}`, e));
    }
  }

  await writeSummary(
    [
      reportMd.replace(DEPLOY_MARKER, '').trim(),
      driftMd,
      '<details><summary>The plan that was deployed</summary>',
      '',
      summaryOf(computed, req.title, []),
      '</details>',
    ]
      .filter(Boolean)
      .join('\n\n') + '\n',
  );

  if (report.status === 'failed' || report.status === 'refused') {
    const bad = report.steps.filter(
      (s) => s.outcome === 'failed' || s.outcome === 'rolled-back' || s.outcome === 'refused',
    );
    const names = bad
      .slice(0, 5)
      .map((s) => `${s.id}${s.detail ? ` (${s.detail.split('\n')[0].slice(0, 200)})` : ''}`)
      .join('; ');
    // The summary starts with the status and the reason ("deploy refused (…): 3 blocked"): said once.
    const head = `deploy ${report.status}`;
    const withReason = `${head} (${report.reason})`;
    const rest = report.summary.startsWith(withReason)
      ? `${report.reason}${report.summary.slice(withReason.length)}`
      : report.summary.slice(report.summary.startsWith(head) ? head.length : 0).replace(/^: /, '');
    core.setFailed(
      `deploy ${report.status}: ${visible(rest, ' ')}${names ? ` — ${visible(names, ' ')}${bad.length > 5 ? `; ${bad.length - 5} more` : ''}` : ''}`,
    );
  } else failOnErrors(computed);
}

/** push to the default branch: before..after with live status. */
export async function deployPush(ctx: JobContext, push: { before: string; after: string; branch: string }) {
  if (ZERO_SHA.test(push.before)) {
    // No earlier commit to compare with. Planning every table would restart every running
    // statement, so nothing is deployed; a person chooses the tables instead.
    core.warning(
      `first push of ${push.branch}: there is no earlier commit to compare with, so nothing is deployed; deploy the tables with workflow_dispatch (mode deploy, tables) or the CLI`,
    );
    core.setOutput('deploy-status', 'skipped');
    return;
  }
  await deploy(ctx, {
    target: { kind: 'range', base: push.before, head: push.after },
    title: `Flink pipeline plan for ${push.branch} (${push.after.slice(0, 7)})`,
    sha: push.after,
  });
}

/** workflow_dispatch with mode deploy: the named tables (and descendants). */
export async function deployTables(ctx: JobContext) {
  const { tables, descendants } = ctx.inputs;
  await deploy(ctx, {
    target: { kind: 'tables', tables, descendants },
    title: `Flink pipeline plan for ${tables.length === 1 ? 'one table' : `${tables.length} tables`}`,
  });
}
