import { posix } from 'node:path';
import type { Diagnostic } from '../project/diagnostics.js';
import { isSkippedDir } from '../project/scan.js';
import { listTree, readBlobs, repoPath, repoRoot, type TreeEntry } from './git.js';

export interface PipelineTree {
  /** Files as the working-tree scanner would list them, links resolved to their targets' blobs */
  entries: TreeEntry[];
  diagnostics: Diagnostic[];
}

const LINK_MODE = '120000';
/** Deeper chains are loops in practice; the working-tree scanner stops at the first revisit. */
const MAX_LINK_DEPTH = 16;

/**
 * Whether a path is in a folder the working-tree scanner skips below the pipelines folder; a
 * revision must skip it too. Answers are kept per folder: a large tree lists thousands of
 * files in a few folders each.
 */
function hiddenTest(pipelinesDir: string): (path: string) => boolean {
  const prefix = pipelinesDir ? pipelinesDir + '/' : '';
  const folders = new Map<string, boolean>([['', false]]);
  const hiddenFolder = (dir: string): boolean => {
    let known = folders.get(dir);
    if (known === undefined) {
      const slash = dir.lastIndexOf('/');
      known = isSkippedDir(dir.slice(slash + 1)) || (slash > 0 && hiddenFolder(dir.slice(0, slash)));
      folders.set(dir, known);
    }
    return known;
  };
  return (path) => {
    const rel = prefix && path.startsWith(prefix) ? path.slice(prefix.length) : path;
    const slash = rel.lastIndexOf('/');
    return isSkippedDir(rel.slice(slash + 1)) || (slash > 0 && hiddenFolder(rel.slice(0, slash)));
  };
}

interface PendingLink {
  /** Where the link is listed (what the project sees) */
  path: string;
  /** Where it really is in the tree (what its relative target is relative to) */
  real: string;
  sha: string;
  depth: number;
}

/**
 * Lists the pipelines folder at `rev` the way `scanProject` lists the working tree: hidden
 * folders skipped, symbolic links followed when they stay inside the repository.
 */
export async function listPipelineTree(
  repoDir: string,
  rev: string,
  pipelinesDir: string,
): Promise<PipelineTree> {
  const dir = repoPath(await repoRoot(repoDir), pipelinesDir);
  const entries: TreeEntry[] = [];
  const diagnostics: Diagnostic[] = [];
  let pending: PendingLink[] = [];
  const hidden = hiddenTest(dir);
  const take = (e: TreeEntry, listedAs: string, depth: number) => {
    if (hidden(listedAs)) return;
    if (e.mode === LINK_MODE) pending.push({ path: listedAs, real: e.path, sha: e.sha, depth });
    else entries.push(listedAs === e.path ? e : { ...e, path: listedAs });
  };
  for (const e of await listTree(repoDir, rev, dir)) take(e, e.path, 0);

  while (pending.length) {
    const links = pending;
    pending = [];
    const targets = await readBlobs(
      repoDir,
      links.map((l) => l.sha),
    );
    for (const link of links) {
      const target = targets.get(link.sha)?.toString('utf8') ?? '';
      const resolved = posix.normalize(posix.join(posix.dirname(link.real), target));
      if (posix.isAbsolute(target) || resolved === '..' || resolved.startsWith('../')) {
        diagnostics.push({
          severity: 'fatal',
          code: 'link-outside-repo',
          file: link.path,
          message: `symbolic link to ${target} leads outside the repository and is refused; copy the files into the repository instead`,
        });
        continue;
      }
      if (link.depth >= MAX_LINK_DEPTH) {
        diagnostics.push({
          severity: 'error',
          code: 'broken-link',
          file: link.path,
          message: 'symbolic link loop; fix or remove it',
        });
        continue;
      }
      const found = (await listTree(repoDir, rev, resolved)).filter(
        (e) => e.path === resolved || e.path.startsWith(resolved + '/'),
      );
      if (found.length === 0) {
        diagnostics.push({
          severity: 'error',
          code: 'broken-link',
          file: link.path,
          message: 'symbolic link to a missing target; fix or remove it',
        });
      }
      for (const e of found) take(e, link.path + e.path.slice(resolved.length), link.depth + 1);
    }
  }
  return { entries, diagnostics };
}
