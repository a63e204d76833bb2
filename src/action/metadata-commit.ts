import type { Config } from '../config/schema.js';
import type { Diagnostic } from '../project/diagnostics.js';
import { hasFatal } from '../project/diagnostics.js';
import { loadProject, syncMetadata } from '../project/load.js';
import type { Project } from '../project/model.js';
import { isInSync, type SyncResult } from '../project/write.js';
import { git } from './git.js';

/**
 * The metadata files of a pull request (docs/project.md#metadata-files): rebuilt exactly as
 * `flink-pipeline inventory` rebuilds them, committed to the head branch when they changed,
 * or only listed (fork pull requests, `commit-metadata: false`).
 */

export const BOT_NAME = 'github-actions[bot]';
export const BOT_EMAIL = '41898282+github-actions[bot]@users.noreply.github.com';
export const COMMIT_MESSAGE = 'flink-pipeline: update inventory.json and pipeline_definition.json';

export interface MetadataState {
  /** Repository root the paths are relative to */
  root: string;
  /** Files that differ from what `inventory` would write (written unless `check`) */
  sync: SyncResult;
  /** Findings of the working tree, for annotations */
  diagnostics: Diagnostic[];
  /** Nothing was rebuilt: the working tree cannot be read */
  unreadable: boolean;
  /** The working tree's project: the plan reuses its SQL analyses */
  project?: Project;
}

export const changedFiles = (s: SyncResult) => [...s.created, ...s.updated, ...s.deleted].sort();

/** `inventory` (write) or `inventory --check` (check) on the working tree. */
export function rebuildMetadata(pipelines: string, config: Config, check: boolean): MetadataState {
  const { scan, project } = loadProject(pipelines, config);
  const empty: SyncResult = { created: [], updated: [], deleted: [], unchanged: 0 };
  if (hasFatal(project.diagnostics)) {
    return { root: scan.root, sync: empty, diagnostics: project.diagnostics, unreadable: true, project };
  }
  const sync = syncMetadata(scan, project, check);
  return { root: scan.root, sync, diagnostics: project.diagnostics, unreadable: false, project };
}

export const inSync = (s: MetadataState) => !s.unreadable && isInSync(s.sync);

/** The commit checked out, or undefined when git cannot tell. */
export async function headCommit(root: string): Promise<string | undefined> {
  return (await git(root, ['rev-parse', 'HEAD']).catch(() => '')).trim() || undefined;
}

/** Why nothing is committed when the checkout is not the pull request's head commit. */
export const notHeadReason = (checkedOut: string | undefined, headSha: string) =>
  `the checkout is ${checkedOut ? checkedOut.slice(0, 7) : 'unknown'}, not the pull request head ${headSha.slice(0, 7)}; check out the head commit (actions/checkout with \`ref: \${{ github.event.pull_request.head.sha }}\`) so the action can commit`;

export type CommitOutcome =
  { committed: true; sha: string; branch: string; files: string[] } | { committed: false; reason: string };

/**
 * Commits the given generated files and pushes them to `branch` of `origin`. Only when the
 * checkout is the pull request's head commit (the default `pull_request` checkout is a merge
 * commit, which must not reach the branch), and never an empty commit.
 */
export async function commitMetadata(
  root: string,
  files: readonly string[],
  branch: string,
  headSha: string,
): Promise<CommitOutcome> {
  if (!files.length) return { committed: false, reason: 'nothing changed' };
  const head = (await git(root, ['rev-parse', 'HEAD'])).trim();
  if (head !== headSha) {
    return {
      committed: false,
      reason: notHeadReason(head, headSha),
    };
  }
  // Paths through a NUL-separated file on stdin: thousands of them fit, odd names parse safely.
  await git(root, ['add', '-A', '--pathspec-from-file=-', '--pathspec-file-nul'], files.join('\0') + '\0');
  const staged = (await git(root, ['diff', '--cached', '--name-only', '-z'])).split('\0').filter(Boolean);
  if (!staged.length) return { committed: false, reason: 'nothing changed in git' };
  const identity = ['-c', `user.name=${BOT_NAME}`, '-c', `user.email=${BOT_EMAIL}`];
  await git(root, [
    ...identity,
    'commit',
    '--no-verify',
    '--quiet',
    `--author=${BOT_NAME} <${BOT_EMAIL}>`,
    '-m',
    COMMIT_MESSAGE,
    '-m',
    `Rebuilt by the flink-pipeline action (${staged.length} file${staged.length === 1 ? '' : 's'}).`,
  ]);
  const sha = (await git(root, ['rev-parse', 'HEAD'])).trim();
  try {
    await git(root, ['push', '--quiet', 'origin', `HEAD:refs/heads/${branch}`]);
  } catch (e) {
    // Leave the checkout as it was: the commit exists only here and was not pushed.
    await git(root, ['reset', '--quiet', '--soft', head]).catch(() => undefined);
    return {
      committed: false,
      reason: `the push to ${branch} failed (${(e as Error).message}); the branch may have moved on, the next run rebuilds the files`,
    };
  }
  return { committed: true, sha, branch, files: staged };
}
