import { UserError } from '../util/errors.js';
import type { ActionInputs } from './inputs.js';

/**
 * Event routing (docs/action.md#events): which job this run does, from the event, its payload and the
 * `mode` input. Pure: the entry passes the event name, the payload and the repository.
 */

export interface PullRequestInfo {
  number: number;
  baseRef: string;
  baseSha: string;
  headRef: string;
  headSha: string;
  /** `owner/name` of the head repository; null when the fork was deleted */
  headRepo: string | null;
  /** Head repository differs from this one: read-only token, no secrets, never push */
  fork: boolean;
}

export type Route =
  | { job: 'plan-pr'; pr: PullRequestInfo }
  | { job: 'plan-range'; event: string; base: string; head: string; mergeGroupPr?: number }
  | { job: 'deploy-push'; before: string; after: string; branch: string }
  | { job: 'plan-range-push'; before: string; after: string; branch: string }
  | { job: 'plan-tables' }
  | { job: 'deploy-tables' }
  | { job: 'skip'; reason: string };

type Json = Record<string, unknown>;

const obj = (v: unknown): Json => (v && typeof v === 'object' ? (v as Json) : {});
const str = (v: unknown): string => (typeof v === 'string' ? v : '');

function need(value: string, what: string, event: string): string {
  if (!value)
    throw new UserError(`the ${event} event payload has no ${what}; is GITHUB_EVENT_PATH the runner's file?`);
  return value;
}

export function pullRequestOf(payload: Json, repository: string): PullRequestInfo {
  const pr = obj(payload.pull_request);
  const base = obj(pr.base);
  const head = obj(pr.head);
  const number = Number(pr.number ?? payload.number);
  if (!Number.isInteger(number) || number <= 0) need('', 'pull_request.number', 'pull_request');
  const headRepo = str(obj(head.repo).full_name) || null;
  const baseRepo = str(obj(base.repo).full_name) || repository;
  return {
    number,
    baseRef: need(str(base.ref), 'pull_request.base.ref', 'pull_request'),
    baseSha: need(str(base.sha), 'pull_request.base.sha', 'pull_request'),
    headRef: need(str(head.ref), 'pull_request.head.ref', 'pull_request'),
    headSha: need(str(head.sha), 'pull_request.head.sha', 'pull_request'),
    headRepo,
    // A deleted fork has no head repository: treat it as a fork (nothing to push to anyway).
    fork: headRepo === null || headRepo.toLowerCase() !== baseRepo.toLowerCase(),
  };
}

/** PR number of a merge queue branch: `gh-readonly-queue/main/pr-123-<sha>`. */
export function mergeGroupPr(headRef: string): number | undefined {
  const m = /\/pr-(\d+)-[0-9a-f]+$/.exec(headRef);
  return m ? Number(m[1]) : undefined;
}

/** `githubRef` is GITHUB_REF, used when the payload does not name the ref (workflow_dispatch does). */
export function routeEvent(
  event: string,
  payload: Json,
  inputs: ActionInputs,
  repository: string,
  githubRef = '',
): Route {
  const { mode } = inputs;
  switch (event) {
    case 'pull_request': {
      if (mode === 'deploy') {
        throw new UserError(
          'input mode: deploy does not run on pull_request; deploys run on push to the default branch or on workflow_dispatch',
        );
      }
      if (str(payload.action) === 'closed') {
        return {
          job: 'skip',
          reason: 'the pull request was closed; the deploy runs on the push to the default branch',
        };
      }
      return { job: 'plan-pr', pr: pullRequestOf(payload, repository) };
    }
    case 'pull_request_target':
      throw new UserError(
        'pull_request_target is not supported: it runs with write access next to untrusted code; use pull_request (fork pull requests get the plan in the job summary)',
      );
    case 'push': {
      const ref = str(payload.ref);
      if (!ref.startsWith('refs/heads/')) {
        return { job: 'skip', reason: `push of ${ref || 'an unknown ref'} is not a branch push` };
      }
      const branch = ref.slice('refs/heads/'.length);
      const before = need(str(payload.before), 'before', 'push');
      const after = need(str(payload.after), 'after', 'push');
      const defaultBranch = str(obj(payload.repository).default_branch);
      if (mode === 'plan') return { job: 'plan-range-push', before, after, branch };
      if (mode === 'auto' && defaultBranch && branch !== defaultBranch) {
        return {
          job: 'skip',
          reason: `push to ${branch}, not the default branch ${defaultBranch}: nothing is deployed (set mode: deploy to deploy from it)`,
        };
      }
      return { job: 'deploy-push', before, after, branch };
    }
    case 'workflow_dispatch': {
      if (!inputs.tables.length) {
        throw new UserError('input tables: required for workflow_dispatch (comma-separated table names)');
      }
      if (mode !== 'deploy') return { job: 'plan-tables' };
      // A dispatch can name any branch, reviewed or not: deploys run only what the default
      // branch holds (a push to another branch can still deploy with mode: deploy, through
      // that branch's protection rules).
      const dispatched = str(payload.ref) || githubRef;
      const defaultBranch = str(obj(payload.repository).default_branch);
      if (!defaultBranch || dispatched !== `refs/heads/${defaultBranch}`) {
        throw new UserError(
          `input mode: deploy from workflow_dispatch runs only on the default branch${defaultBranch ? ` ${defaultBranch}` : ''}, not on ${dispatched || 'an unknown ref'}; run the workflow from ${defaultBranch || 'the default branch'} (mode plan works on any branch)`,
        );
      }
      return { job: 'deploy-tables' };
    }
    case 'merge_group': {
      if (mode === 'deploy')
        throw new UserError('input mode: deploy does not run on merge_group; it plans and checks drift');
      const group = obj(payload.merge_group);
      const headRef = str(group.head_ref);
      return {
        job: 'plan-range',
        event,
        base: need(str(group.base_sha), 'merge_group.base_sha', 'merge_group'),
        head: need(str(group.head_sha), 'merge_group.head_sha', 'merge_group'),
        mergeGroupPr: mergeGroupPr(headRef),
      };
    }
    default:
      if (mode === 'plan' && inputs.tables.length) return { job: 'plan-tables' };
      if (mode === 'deploy' && inputs.tables.length) return { job: 'deploy-tables' };
      throw new UserError(
        `event ${event || '(none)'} is not supported; use pull_request, push, workflow_dispatch or merge_group (or mode plan|deploy with tables)`,
      );
  }
}
