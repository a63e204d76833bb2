import { posix } from 'node:path';
import { compareNames } from '../graph/graph.js';
import type { Diagnostic } from '../project/diagnostics.js';
import { isSkippedDir } from '../project/scan.js';
import { listTree, readBlobs, repoPath, repoRoot, type RawChange, type TreeEntry } from './git.js';

export interface PipelineTree {
  /** Files as the working-tree scanner would list them, links resolved to their targets' blobs */
  entries: TreeEntry[];
  diagnostics: Diagnostic[];
  /** A symbolic link was met: some entries come from elsewhere in the repository */
  linked?: boolean;
  /** A listing with exactly these paths (blobs may differ), whose table folders are the same */
  samePathsAs?: PipelineTree;
}

const LINK_MODE = '120000';
/** `diff --raw` reports submodules, which `ls-tree` listings leave out */
const SUBMODULE_MODE = '160000';
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

  const linked = pending.length > 0;
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
  return linked ? { entries, diagnostics, linked } : { entries, diagnostics };
}

/**
 * The other revision's listing, from this one's and the diff between them (`diffTree` over
 * the same folder), as `listPipelineTree` would give it: a large tree is listed once. Links
 * make it undefined (their targets can lie outside the diffed folder, or be links themselves):
 * the caller lists that revision then.
 */
export function listingBefore(
  after: PipelineTree,
  changes: readonly RawChange[],
  pipelinesDir: string,
): PipelineTree | undefined {
  if (after.linked) return undefined;
  const prefix = pipelinesDir ? pipelinesDir + '/' : '';
  const inside = (path: string) => path.startsWith(prefix);
  const hidden = hiddenTest(pipelinesDir);
  const entries = new Map(after.entries.map((e) => [e.path, e]));
  // Paths taken out and not put back, or put in that were not there: the folders may differ.
  const removed = new Set<string>();
  let added = false;
  for (const c of changes) {
    if (c.old?.mode === LINK_MODE || c.new?.mode === LINK_MODE) return undefined;
    if (c.new && inside(c.path) && c.new.mode !== SUBMODULE_MODE && !hidden(c.path)) {
      entries.delete(c.path);
      removed.add(c.path);
    }
  }
  for (const c of changes) {
    const path = c.oldPath ?? c.path;
    if (!c.old || !inside(path) || c.old.mode === SUBMODULE_MODE || hidden(path)) continue;
    entries.set(path, { path, sha: c.old.sha, mode: c.old.mode });
    if (!removed.delete(path)) added = true;
  }
  const sorted = [...entries.values()].sort((a, b) => compareNames(a.path, b.path));
  const tree: PipelineTree = { entries: sorted, diagnostics: [] };
  if (!added && removed.size === 0) tree.samePathsAs = after;
  return tree;
}
