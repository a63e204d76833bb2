import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { git } from './harness.js';

/**
 * Bare repositories standing for GitHub's, one folder per `owner/name` under a root that
 * GITHUB_SERVER_URL points at (`file://…`), and `actions/checkout` copied closely enough for
 * the examples: `repository`, `ref` (a commit SHA, a branch, or the event's default), and
 * `fetch-depth` (0 = every branch and tag). Like GitHub, the server serves any commit a ref
 * reaches, including `refs/pull/N/head`.
 */

export interface GitServer {
  root: string;
  /** `file://<root>`: the server URL the action is given */
  url: string;
  /** Path of the bare repository of `owner/name` */
  path(repository: string): string;
  /** A new bare repository, cloned from `from` (a path) when given */
  create(repository: string, from?: string): string;
  cleanup(): void;
}

export function startGitServer(): GitServer {
  const root = mkdtempSync(join(tmpdir(), 'flink-git-server-'));
  const path = (repository: string) => join(root, ...repository.split('/'));
  return {
    root,
    url: `file://${root}`,
    path,
    create(repository, from) {
      const dir = path(repository);
      mkdirSync(dirname(dir), { recursive: true });
      if (from) git(root, 'clone', '-q', '--bare', from, dir);
      else git(root, 'init', '-q', '--bare', '-b', 'main', dir);
      git(dir, 'config', 'uploadpack.allowReachableSHA1InWant', 'true');
      return dir;
    },
    cleanup: () => rmSync(root, { recursive: true, force: true }),
  };
}

export interface CheckoutRequest {
  /** The step's evaluated `with:` */
  with: Record<string, string>;
  /** github.repository, github.ref, github.sha and github.event_name of the run */
  github: { repository: string; ref: string; sha: string; event_name: string };
}

export interface CheckedOut {
  work: string;
  repository: string;
  cleanup(): void;
}

const SHA = /^[0-9a-f]{40}$/;

/** What actions/checkout does for these inputs; throws as it fails (a ref the repository lacks). */
export function checkout(server: GitServer, req: CheckoutRequest): CheckedOut {
  const repository = req.with.repository || req.github.repository;
  const origin = server.path(repository);
  if (!existsSync(origin)) throw new Error(`checkout: repository ${repository} not found`);
  let ref = req.with.ref || '';
  let commit = '';
  if (!ref) {
    // The event's own ref: a pull request's is its merge ref, which this server does not make.
    if (req.github.event_name.startsWith('pull_request')) {
      throw new Error('checkout: the pull request merge commit is not emulated; name the ref');
    }
    ref = req.github.ref;
    commit = req.github.sha;
  }
  const depth = Number(req.with['fetch-depth'] ?? '1');
  const work = mkdtempSync(join(tmpdir(), 'flink-checkout-'));
  const g = (...args: string[]) => git(work, ...args);
  g('init', '-q', '-b', 'checkout-init');
  g('remote', 'add', 'origin', `file://${origin}`);
  const deepen = depth > 0 ? [`--depth=${depth}`] : [];
  if (depth === 0)
    g('fetch', '-q', 'origin', '+refs/heads/*:refs/remotes/origin/*', '+refs/tags/*:refs/tags/*');
  if (SHA.test(ref)) {
    g('fetch', '-q', ...deepen, 'origin', ref);
    g('checkout', '-q', '--detach', ref);
  } else {
    const branch = ref.replace(/^refs\/heads\//, '');
    try {
      g('fetch', '-q', ...deepen, 'origin', `+refs/heads/${branch}:refs/remotes/origin/${branch}`);
    } catch {
      throw new Error(
        `checkout: a branch or tag with the name '${branch}' could not be found in ${repository}`,
      );
    }
    g('checkout', '-q', '-B', branch, commit || `refs/remotes/origin/${branch}`);
  }
  return { work, repository, cleanup: () => rmSync(work, { recursive: true, force: true }) };
}
