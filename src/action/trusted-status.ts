import * as core from '@actions/core';
import { environmentOf, type ConfluentTarget } from '../engine/confluent.js';
import { noStatus, type StatusSource } from '../status/source.js';
import { UserError } from '../util/errors.js';
import { git, hasCommit } from './git.js';
import type { JobContext } from './plan-job.js';
import { confluentOf, hasSecrets } from './project-setup.js';
import { targetWarning, type TargetReport } from './sections.js';
import { missingTarget, readBaseConfig, trustTarget } from './trusted-config.js';

/**
 * Live status for content that is not on the default branch yet (a pull request, a merge
 * queue group): the Confluent client is built from the base commit's target, never the
 * head's (see `trusted-config.ts`), and what the head changes of the target is reported.
 */

export interface TrustedStatus {
  status: StatusSource;
  report: TargetReport;
  /**
   * The Confluent client on the base commit's target, when credentials may be used: anything
   * else a pull request run sends with credentials (statement validation) must go through it.
   */
  target?: ConfluentTarget;
}

/**
 * Makes sure the clone holds the base commit. A fork's clone (actions/checkout of the head
 * repository) often lacks it: the base branch moved on after the fork was made. It is then
 * fetched from the base repository at the URL the runner names (GITHUB_SERVER_URL and
 * GITHUB_REPOSITORY), with the credentials actions/checkout left for that host. A shallow clone
 * is left alone: the range resolution explains that one.
 */
export async function ensureBaseCommit(root: string, sha: string, env: NodeJS.ProcessEnv = process.env) {
  if (await hasCommit(root, sha)) return;
  if ((await git(root, ['rev-parse', '--is-shallow-repository']).catch(() => '')).trim() === 'true') return;
  const server = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
  const url = `${server}/${env.GITHUB_REPOSITORY ?? ''}`;
  try {
    await git(root, ['fetch', '--quiet', '--no-tags', '--no-write-fetch-head', url, sha]);
  } catch (e) {
    throw new UserError(
      `the pull request's base commit ${sha.slice(0, 7)} is not in the checkout and could not be fetched from ${url} (${(e as Error).message}); check out with actions/checkout and fetch-depth: 0`,
    );
  }
  core.info(`fetched the base commit ${sha.slice(0, 7)} from ${url}`);
}

/**
 * The status source for a plan of `baseSha..head`, and the target report. With credentials
 * (fork runs have none: the entry never reads them) the client talks to the base commit's
 * endpoint, organization and environment; without a usable base target live status is off.
 */
export async function trustedStatus(
  ctx: JobContext,
  root: string,
  baseSha: string,
  command: string,
): Promise<TrustedStatus> {
  const { setup } = ctx;
  const credentials = hasSecrets(ctx.secrets) ? 'base' : 'none';
  const base = await readBaseConfig(root, baseSha, setup.configPath);
  let result: TrustedStatus;
  if ('unreadable' in base) {
    const report: TargetReport = { changes: [], configPath: setup.configPath, credentials: 'none' };
    if (credentials === 'base') report.off = `the base commit's config cannot be read (${base.unreadable})`;
    result = { status: noStatus, report };
  } else {
    const trusted = trustTarget(setup.config, base.config);
    const report: TargetReport = { changes: trusted.changes, configPath: setup.configPath, credentials };
    result = { status: noStatus, report };
    if (credentials === 'base') {
      const { name } = environmentOf(trusted.config, setup.environment, command);
      const missing = missingTarget(base.config, name);
      if (missing) {
        report.credentials = 'none';
        report.off = missing;
      } else {
        result.target = confluentOf({ ...setup, config: trusted.config }, ctx.secrets, command);
        result.status = result.target.status;
      }
    }
  }
  const w = targetWarning(result.report);
  if (w) core.warning(w);
  if (result.report.off) core.warning(`live status is off: ${result.report.off}`);
  return result;
}
