import * as core from '@actions/core';
import { context } from '@actions/github';
import { UserError } from '../util/errors.js';
import { deployPush, deployTables } from './deploy-job.js';
import { gitHubApi } from './github-api.js';
import { parseInputs, readSecrets, type ConfluentSecrets } from './inputs.js';
import { planPullRequest, planRange, planTables, type JobContext } from './plan-job.js';
import { maskSecrets, projectSetup } from './project-setup.js';
import { routeEvent, type Route } from './route.js';

/**
 * The action's entry (docs/action.md#events): inputs and event → route → job. Bad input ends in one
 * `core.setFailed` line; secrets are masked as soon as they are read and never read on fork
 * pull requests.
 */

const getInput = (name: string) => core.getInput(name);

function describe(route: Route): string {
  switch (route.job) {
    case 'plan-pr':
      return `plan of pull request #${route.pr.number}${route.pr.fork ? ' (from a fork: read-only, no secrets)' : ''}`;
    case 'plan-range':
      return `plan of ${route.event} ${route.base.slice(0, 7)}..${route.head.slice(0, 7)}`;
    case 'plan-range-push':
      return `plan of push ${route.before.slice(0, 7)}..${route.after.slice(0, 7)}`;
    case 'deploy-push':
      return `deploy of push to ${route.branch} (${route.before.slice(0, 7)}..${route.after.slice(0, 7)})`;
    case 'plan-tables':
      return 'plan of the given tables';
    case 'deploy-tables':
      return 'deploy of the given tables';
    case 'skip':
      return `nothing to do: ${route.reason}`;
  }
}

export async function run(): Promise<void> {
  try {
    const workspace = process.env.GITHUB_WORKSPACE;
    if (workspace && process.cwd() !== workspace) process.chdir(workspace);
    const inputs = parseInputs(getInput);
    if (inputs.githubToken) core.setSecret(inputs.githubToken);
    const repository = process.env.GITHUB_REPOSITORY ?? '';
    if (!/^[^/\s]+\/[^/\s]+$/.test(repository)) {
      throw new UserError(
        'GITHUB_REPOSITORY is not set (owner/name): run the action inside a GitHub Actions job',
      );
    }
    const route = routeEvent(context.eventName, context.payload, inputs, repository, context.ref);
    core.info(`flink-pipeline: ${describe(route)}`);
    if (route.job === 'skip') {
      core.setOutput('deploy-status', 'skipped');
      core.setOutput('has-changes', 'false');
      return;
    }

    // Fork pull requests: the secrets are not even read (docs/action.md#pull-requests-from-forks).
    const fork = route.job === 'plan-pr' && route.pr.fork;
    const secrets: ConfluentSecrets = fork ? {} : readSecrets(getInput);
    maskSecrets(secrets);

    const ctx: JobContext = {
      inputs,
      setup: projectSetup(inputs),
      api: inputs.githubToken
        ? gitHubApi(inputs.githubToken, repository, process.env.GITHUB_API_URL || undefined)
        : undefined,
      secrets,
    };
    switch (route.job) {
      case 'plan-pr':
        return await planPullRequest(ctx, route.pr);
      case 'plan-range':
        return await planRange(ctx, {
          base: route.base,
          head: route.head,
          drift: route.mergeGroupPr,
          title: `Flink pipeline plan for the merge queue (${route.head.slice(0, 7)})`,
          trustBase: true,
        });
      case 'plan-range-push':
        return await planRange(ctx, {
          base: route.before,
          head: route.after,
          title: `Flink pipeline plan for ${route.branch} (${route.after.slice(0, 7)})`,
        });
      case 'deploy-push':
        return await deployPush(ctx, route);
      case 'plan-tables':
        return await planTables(ctx);
      case 'deploy-tables':
        return await deployTables(ctx);
    }
  } catch (e) {
    if (e instanceof UserError) {
      core.setFailed(e.message);
      return;
    }
    // A bug, not bad input: one line, the stack only in debug logs.
    core.setFailed(`flink-pipeline: internal error: ${(e as Error)?.message ?? String(e)}`);
    core.debug(String((e as Error)?.stack ?? ''));
  }
}
