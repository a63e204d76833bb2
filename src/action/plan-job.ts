import * as core from '@actions/core';
import { resolveRange } from '../change/git.js';
import {
  computePlan,
  UnreadableProjectError,
  type ComputedPlan,
  type ComputePlanInput,
  type PlanTarget,
} from '../engine/plan.js';
import { hasError, type Diagnostic } from '../project/diagnostics.js';
import type { Project } from '../project/model.js';
import { findRepoRoot } from '../project/scan.js';
import { PLAN_MARKER, renderPlanMarkdown } from '../render/comment.js';
import type { StatusSource } from '../status/source.js';
import { noStatus } from '../status/source.js';
import { annotate } from './annotations.js';
import { pullRequestCommentBody } from './comment-body.js';
import { checkDrift } from './drift.js';
import { gitHubError, type GitHubApi, type IssueComment } from './github-api.js';
import type { ActionInputs, ConfluentSecrets } from './inputs.js';
import {
  commitMetadata,
  changedFiles,
  headCommit,
  notHeadReason,
  rebuildMetadata,
  type CommitOutcome,
} from './metadata-commit.js';
import { setPlanOutputs, writePlanFile, writeSummary } from './outputs.js';
import { confluentOf, hasSecrets, type ProjectSetup } from './project-setup.js';
import type { PullRequestInfo } from './route.js';
import {
  diagnosticsSection,
  driftSection,
  driftWarning,
  metadataSection,
  targetSection,
  type Drift,
} from './sections.js';
import { findComment, upsertComment } from './sticky-comment.js';
import { ensureBaseCommit, trustedStatus, type TrustedStatus } from './trusted-status.js';
import { validatePullRequest, type DryRunAccess } from './validation.js';

/** Plan jobs: pull request (comment, metadata), merge queue (drift), push and dispatch plans. */

export interface JobContext {
  inputs: ActionInputs;
  setup: ProjectSetup;
  /** Undefined without a token */
  api?: GitHubApi;
  /** Read only where allowed (never on fork pull requests) */
  secrets: ConfluentSecrets;
  /** Link to this run, for messages */
  runUrl?: string;
}

/** Job summary: the plan with room for every row it can hold (GitHub allows 1 MiB). */
const SUMMARY_PLAN_CHARS = 300_000;

export function liveStatus(ctx: JobContext, command: string): StatusSource {
  if (!hasSecrets(ctx.secrets)) return noStatus;
  return confluentOf(ctx.setup, ctx.secrets, command).status;
}

/** computePlan with the action's setup; unreadable projects are annotated before the failure. */
export async function planFor(
  ctx: JobContext,
  target: PlanTarget,
  status: StatusSource,
  command: string,
  loaded?: Project,
  extra: Pick<ComputePlanInput, 'allowRollback'> = {},
): Promise<ComputedPlan> {
  try {
    return await computePlan({
      pipelines: ctx.setup.pipelines,
      config: ctx.setup.config,
      configPath: ctx.setup.configPath,
      environment: ctx.setup.environment,
      target,
      status,
      command,
      loaded,
      ...extra,
    });
  } catch (e) {
    if (e instanceof UnreadableProjectError) annotate(e.diagnostics);
    throw e;
  }
}

/**
 * Outputs and annotations every plan job sets (with `extra` findings, such as a validation's,
 * in the same per-kind budget); returns the plan file path.
 */
function publishPlan(computed: ComputedPlan, extra: readonly Diagnostic[] = []): string {
  const path = writePlanFile(computed.plan);
  setPlanOutputs(computed.plan, path);
  annotate([...computed.head.diagnostics, ...extra]);
  return path;
}

/** Fails the step for plan errors and SQL analysis errors (after everything was published). */
function failOnErrors(computed: ComputedPlan) {
  const { plan, head } = computed;
  if (plan.errors.length) {
    core.setFailed(
      `the plan has ${plan.errors.length} error${plan.errors.length === 1 ? '' : 's'} and cannot be deployed: ${plan.errors[0].message.split('\n')[0]}`,
    );
  } else if (hasError(head.diagnostics)) {
    const first = head.diagnostics.find(
      (d) => d.severity === 'error' || d.severity === 'fatal',
    ) as Diagnostic;
    core.setFailed(
      `SQL analysis found errors (see the annotations): ${first.file ? `${first.file}${first.line ? `:${first.line}` : ''}: ` : ''}${first.message.split('\n')[0]}`,
    );
  }
}

/** The job summary: notes first (as in the comment), the plan, then the sections and findings. */
function summaryOf(
  computed: ComputedPlan,
  title: string,
  sections: readonly string[],
  notes: readonly string[] = [],
): string {
  const body = renderPlanMarkdown(computed.plan, computed.head, {
    title,
    commitRange: computed.commitRange,
    maxChars: SUMMARY_PLAN_CHARS,
  });
  return (
    [...notes, body, ...sections, diagnosticsSection(computed.head.diagnostics)]
      .filter(Boolean)
      .join('\n\n') + '\n'
  );
}

/** Comment listing started early: it overlaps the local work, and errors wait to be reported. */
function prefetchComment(api: GitHubApi | undefined, issue: number) {
  if (!api) return undefined;
  const p = findComment(api, issue, PLAN_MARKER).then(
    (c) => ({ ok: true as const, comment: c ?? null }),
    (e: unknown) => ({ ok: false as const, error: e }),
  );
  return p;
}

/**
 * Dry runs go only to the base commit's target, with the credentials this run may use, and only
 * while the pull request keeps the environment: the statements name their environment's catalog,
 * so after a move they would be checked against an environment they will not run in.
 */
function dryRunAccess(ctx: JobContext, pr: PullRequestInfo, trusted: TrustedStatus): DryRunAccess {
  if (!trusted.target) {
    return {
      unavailable: pr.fork
        ? 'pull requests from forks get no credentials'
        : !hasSecrets(ctx.secrets)
          ? 'no flink-api-key and flink-api-secret on this run'
          : (trusted.report.off ?? 'no trusted Confluent target'),
    };
  }
  const { name } = trusted.target;
  const moved = trusted.report.changes.find(
    (c) => c.environment === name && (c.key === 'environmentId' || c.key === 'organizationId'),
  );
  if (moved) {
    return {
      unavailable: `this pull request moves environment ${name} to another ${moved.key}, and the dry runs can check its statements only in the base branch's`,
    };
  }
  return { target: trusted.target };
}

/** pull_request: metadata, plan of merge-base..head, sticky comment, summary, outputs. */
export async function planPullRequest(ctx: JobContext, pr: PullRequestInfo) {
  const { inputs } = ctx;
  const existing = inputs.comment ? prefetchComment(ctx.api, pr.number) : undefined;

  const root = findRepoRoot(ctx.setup.pipelines);
  // The commit range first: its git processes leave the event loop free, so the comment lookup
  // above goes out before the CPU-bound work below (and a shallow clone fails fast).
  await ensureBaseCommit(root, pr.baseSha);
  const range = await resolveRange(root, { baseRef: pr.baseSha, headRef: pr.headSha });

  // 1. Metadata: rebuilt as `inventory` does; committed only where that is safe.
  core.startGroup('Metadata files');
  let checkedOnly: string | undefined;
  if (pr.fork) checkedOnly = 'pull request from a fork: the action never pushes to forks';
  else if (!inputs.commitMetadata) checkedOnly = 'commit-metadata is false';
  else {
    const head = await headCommit(root);
    if (head !== pr.headSha) {
      checkedOnly = notHeadReason(head, pr.headSha);
    }
  }
  const state = rebuildMetadata(ctx.setup.pipelines, ctx.setup.config, checkedOnly !== undefined);
  let commit: CommitOutcome | undefined;
  const files = changedFiles(state.sync);
  if (checkedOnly === undefined && files.length) {
    commit = await commitMetadata(state.root, files, pr.headRef, pr.headSha);
    if (commit.committed) core.info(`committed ${commit.files.length} metadata files as ${commit.sha}`);
    else core.warning(`metadata files not committed: ${commit.reason}`);
  } else if (files.length) {
    core.warning(
      `${files.length} metadata files are out of date (${checkedOnly}); run \`flink-pipeline inventory\` and commit the result`,
    );
  } else core.info('metadata files are up to date');
  core.endGroup();
  const metadata = metadataSection({ state, checkedOnly, commit });

  // 2. The plan of the change, as GitHub's "Files changed" sees it: merge-base..head.
  core.startGroup('Plan');
  // Credentials only with the base commit's endpoint, organization and environment.
  const trusted = await trustedStatus(ctx, root, pr.baseSha, 'plan');
  const notes = [targetSection(trusted.report)];
  const computed = await planFor(
    ctx,
    { kind: 'range', base: range.base, head: range.head },
    trusted.status,
    'plan',
    state.project,
  );
  computed.commitRange = `merge-base of ${pr.baseRef} and ${pr.headRef} (${range.base.slice(0, 7)}..${range.head.slice(0, 7)})`;
  core.info(
    `${computed.plan.changes.length} changes, ${computed.plan.nodes.length} statements impacted, ${computed.plan.steps.length} steps (plan ${computed.plan.hash.slice(0, 12)})`,
  );
  core.endGroup();
  const validation = await validatePullRequest(computed, ctx.setup, inputs, dryRunAccess(ctx, pr, trusted));
  publishPlan(computed, validation.diagnostics);

  // 3. The sticky comment: the plan, then what happened to the metadata files.
  if (inputs.comment && ctx.api) {
    const body = pullRequestCommentBody(computed.plan, computed.head, {
      commitRange: computed.commitRange,
      notes,
      sections: [...validation.sections, metadata],
    });
    try {
      const found = await existing!;
      if (!found.ok) throw found.error;
      const r = await upsertComment(
        ctx.api,
        pr.number,
        PLAN_MARKER,
        body,
        found.comment as IssueComment | null,
      );
      core.setOutput('comment-url', r.url);
      core.info(`plan comment ${r.action}: ${r.url}`);
    } catch (e) {
      core.warning(
        gitHubError('posting the plan comment', e) + (pr.fork ? '; the plan is in the job summary' : ''),
      );
    }
  } else if (inputs.comment) {
    core.warning('no github-token: the plan comment is skipped; the plan is in the job summary');
  }

  await writeSummary(
    summaryOf(
      computed,
      `Flink pipeline plan for pull request ${pr.number}`,
      [...validation.sections, metadata],
      notes,
    ),
  );
  failOnErrors(computed);
  for (const failure of validation.failures) core.setFailed(failure);
}

/** merge_group, push with mode plan: the plan of a commit range, with an optional drift check. */
export async function planRange(
  ctx: JobContext,
  range: { base: string; head: string; drift?: number; title: string; trustBase?: boolean },
) {
  // A merge queue group is not on the default branch yet: its base commit says where credentials go.
  const trusted = range.trustBase
    ? await trustedStatus(ctx, findRepoRoot(ctx.setup.pipelines), range.base, 'plan')
    : undefined;
  const notes = trusted ? [targetSection(trusted.report)] : [];
  const computed = await planFor(
    ctx,
    { kind: 'range', base: range.base, head: range.head },
    trusted ? trusted.status : liveStatus(ctx, 'plan'),
    'plan',
  );
  publishPlan(computed);
  let drift: Drift | undefined;
  if (range.drift !== undefined && ctx.api) {
    try {
      drift = await checkDrift(ctx.api, range.drift, computed.plan.hash);
      const w = driftWarning(drift);
      if (w) core.warning(w);
    } catch (e) {
      core.warning(gitHubError('reading the pull request plan for the drift check', e));
    }
  }
  await writeSummary(summaryOf(computed, range.title, [driftSection(drift)], notes));
  failOnErrors(computed);
}

/** workflow_dispatch with mode plan: the named tables (and descendants) at the checkout. */
export async function planTables(ctx: JobContext) {
  const { tables, descendants } = ctx.inputs;
  const computed = await planFor(
    ctx,
    { kind: 'tables', tables, descendants },
    liveStatus(ctx, 'plan'),
    'plan',
  );
  publishPlan(computed);
  await writeSummary(
    summaryOf(
      computed,
      `Flink pipeline plan for ${tables.length === 1 ? 'one table' : `${tables.length} tables`}`,
      [],
    ),
  );
  failOnErrors(computed);
}

export { publishPlan, failOnErrors, summaryOf };
