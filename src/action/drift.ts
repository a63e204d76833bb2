import { PLAN_MARKER, readPlanMeta } from '../render/comment.js';
import type { GitHubApi, PullSummary } from './github-api.js';
import type { Drift } from './sections.js';
import { findComment } from './sticky-comment.js';

/**
 * Drift between the plan reviewed on a pull request and the plan about to run, compared by the
 * plan `hash` (docs/planning.md#plan-hash-and-drift): the hash comes from the hidden metadata of
 * the PR's sticky plan comment.
 */

/** The pull request a push to the default branch merged: the merged one containing the commit. */
export async function mergedPull(api: GitHubApi, sha: string): Promise<PullSummary | undefined> {
  const pulls = await api.pullsForCommit(sha);
  return pulls.find((p) => p.merged_at) ?? pulls.find((p) => p.state === 'closed') ?? pulls[0];
}

/** The plan hash last posted on a pull request, or undefined. */
export async function postedPlanHash(api: GitHubApi, pr: number): Promise<string | undefined> {
  const comment = await findComment(api, pr, PLAN_MARKER);
  const hash = comment ? readPlanMeta(comment.body)?.hash : undefined;
  return typeof hash === 'string' && /^[0-9a-f]{8,128}$/.test(hash) ? hash : undefined;
}

export async function checkDrift(api: GitHubApi, pr: number, current: string): Promise<Drift> {
  return { pr, posted: await postedPlanHash(api, pr), current };
}
