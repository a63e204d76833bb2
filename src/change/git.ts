/**
 * The git edge of `change/`: refs to SHAs, trees, blobs and name-status diffs. Everything
 * else in this folder is pure over what these functions return.
 */
import { spawn } from 'node:child_process';
import { existsSync, realpathSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { simpleGit, type SimpleGit } from 'simple-git';
import { UserError } from '../util/errors.js';
import type { CommitRange, FileChange } from './types.js';

/** How the commit range is chosen; see `resolveRange`. */
export type RangeOptions =
  /** CLI: exact refs. A missing head is HEAD; a missing base is the merge-base of head and the default branch. */
  | { base?: string; head?: string }
  /** pull_request: `pull_request.base.sha` / `head.sha` (or branch names) → merge-base(base, head)..head */
  | { baseRef: string; headRef: string }
  /** push: `before`..`after`; an all-zero `before` (new branch) means an empty base */
  | { before: string; after: string };

export interface TreeEntry {
  /** Repository-relative, `/`-separated */
  path: string;
  sha: string;
  /** Git file mode: `100644`, `100755`, `120000` (symbolic link) */
  mode: string;
}

const FETCH_HINT = 'fetch the history with `fetch-depth: 0` in actions/checkout (or `git fetch --unshallow`)';
const short = (sha: string) => sha.slice(0, 7);
const isZeroSha = (ref: string) => /^0{40}$|^0{64}$/.test(ref);

/** Git's well-known empty trees: a base for "everything is new" that exists in every repository. */
export const EMPTY_TREE_SHA1 = '4b825dc642cb6eb9a060e54bf8d69288fbee4904';
export const EMPTY_TREE_SHA256 = '6ef19b41225c5369f1c104d45d8d85efa9b057b53b14b4b9b939dd74decc5321';
export const isEmptyTree = (rev: string) => rev === EMPTY_TREE_SHA1 || rev === EMPTY_TREE_SHA256;

const roots = new Map<string, Promise<string>>();

/**
 * Top-level folder of the work tree holding `dir`. Tree paths and pathspecs are relative to
 * the folder git runs in, so every command runs there whatever folder the caller passed.
 */
export function repoRoot(dir: string): Promise<string> {
  const key = resolve(dir);
  let root = roots.get(key);
  if (!root) {
    root = (async () => {
      // A `.git` entry (folder, or file for worktrees) marks the top; asking git costs a process.
      for (let at = key; ; at = dirname(at)) {
        if (existsSync(join(at, '.git'))) return realpathSync(at); // git answers the real path too
        if (dirname(at) === at) break;
      }
      try {
        return resolve((await simpleGit(key).revparse(['--show-toplevel'])).trim());
      } catch (e) {
        roots.delete(key);
        const first = (e instanceof Error ? e.message : String(e)).trim().split('\n')[0];
        throw new UserError(
          `${dir}: not inside a git work tree (${first}); run from a clone of the repository`,
        );
      }
    })();
    roots.set(key, root);
  }
  return root;
}

/** A path given absolute or relative to the repository root, as git names it there. */
export function repoPath(root: string, path: string): string {
  // git reports the root with links resolved (macOS /tmp → /private/tmp); resolve the path alike.
  const rel = isAbsolute(path) ? relative(root, existsSync(path) ? realpathSync(path) : path) : path;
  const parts = rel.split(/[\\/]+/).filter((p) => p && p !== '.');
  if (parts.includes('..')) throw new UserError(`${path}: outside the repository at ${root}`);
  return parts.join('/');
}

async function gitAt(dir: string): Promise<SimpleGit> {
  return simpleGit(await repoRoot(dir));
}

async function isShallow(git: SimpleGit): Promise<boolean> {
  return (await git.revparse(['--is-shallow-repository'])).trim() === 'true';
}

/** SHA of the commit `ref` names, or a UserError saying why it cannot be found. */
async function commitOf(git: SimpleGit, ref: string, role: string): Promise<string> {
  if (!ref || ref.startsWith('-')) {
    throw new UserError(`${role} ref "${ref}" is not a branch, tag or commit name`);
  }
  // simple-git only rejects when git also wrote to stderr; --quiet keeps a miss silent, so
  // an empty answer is the "not found" signal.
  const sha = (
    await git.raw(['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`])
  ).trim();
  if (sha) return sha;
  const why = (await isShallow(git))
    ? `the clone is shallow, so older commits and other branches may be missing; ${FETCH_HINT}`
    : 'check the branch, tag or commit name (remote branches need their remote, e.g. origin/main)';
  throw new UserError(`${role} ref "${ref}" not found in the repository: ${why}`);
}

async function mergeBase(git: SimpleGit, a: string, b: string, names: [string, string]): Promise<string> {
  const sha = (await git.raw(['merge-base', a, b])).trim();
  if (sha) return sha;
  if (await isShallow(git)) {
    throw new UserError(
      `no common ancestor of ${names[0]} and ${names[1]} in the fetched history (the clone is shallow); ${FETCH_HINT}`,
    );
  }
  throw new UserError(
    `${names[0]} and ${names[1]} have no common ancestor (unrelated histories); pass --base explicitly`,
  );
}

/** The branch a change is compared with when nothing says otherwise. */
async function defaultBranch(git: SimpleGit): Promise<{ name: string; sha: string }> {
  for (const name of ['origin/HEAD', 'main', 'origin/main', 'master', 'origin/master']) {
    const sha = (await git.raw(['rev-parse', '--verify', '--quiet', `${name}^{commit}`])).trim();
    if (sha) return { name, sha };
  }
  throw new UserError(
    'cannot find the default branch (origin/HEAD, main or master) to compare with; pass --base' +
      ((await isShallow(git)) ? `, or ${FETCH_HINT}` : ''),
  );
}

const emptyTreeFor = (headSha: string) => (headSha.length === 64 ? EMPTY_TREE_SHA256 : EMPTY_TREE_SHA1);

/**
 * Resolves the commits to compare. Pull requests compare with the merge-base, as GitHub's
 * "Files changed" does: commits that reached the base branch after the branch point are not
 * part of the change.
 */
export async function resolveRange(repoDir: string, opts: RangeOptions = {}): Promise<CommitRange> {
  const git = await gitAt(repoDir);
  if ('before' in opts) {
    if (isZeroSha(opts.after)) {
      throw new UserError('the push deleted the branch: there is no head commit to compare');
    }
    const head = await commitOf(git, opts.after, 'push "after"');
    if (isZeroSha(opts.before)) {
      return {
        base: emptyTreeFor(head),
        head,
        description: `first push of ${short(head)}: every table is new`,
      };
    }
    const base = await commitOf(git, opts.before, 'push "before"').catch((e: unknown) => {
      // A force push leaves `before` unreachable; say so rather than only "not found".
      throw e instanceof UserError
        ? new UserError(`${e.message} (after a force push the old commit is gone)`)
        : e;
    });
    return { base, head, description: `push ${short(base)}..${short(head)}` };
  }
  if ('baseRef' in opts) {
    // Independent lookups run at once: each is a git process start.
    const [baseTip, head] = await Promise.all([
      commitOf(git, opts.baseRef, 'pull request base'),
      commitOf(git, opts.headRef, 'pull request head'),
    ]);
    const base = await mergeBase(git, baseTip, head, [opts.baseRef, opts.headRef]);
    return {
      base,
      head,
      description: `merge-base of ${opts.baseRef} and ${opts.headRef} (${short(base)}..${short(head)})`,
    };
  }
  const headName = opts.head ?? 'HEAD';
  if (opts.base !== undefined) {
    const [base, head] = await Promise.all([
      commitOf(git, opts.base, 'base'),
      commitOf(git, headName, 'head'),
    ]);
    return { base, head, description: `${opts.base}..${headName} (${short(base)}..${short(head)})` };
  }
  const [head, main] = await Promise.all([commitOf(git, headName, 'head'), defaultBranch(git)]);
  const base = await mergeBase(git, main.sha, head, [main.name, headName]);
  return {
    base,
    head,
    description: `merge-base of ${main.name} and ${headName} (${short(base)}..${short(head)})`,
  };
}

/** Files under `dir` (repository-relative; `''` or `.` = everything) at `rev`, links and all. */
export async function listTree(repoDir: string, rev: string, dir: string): Promise<TreeEntry[]> {
  const git = await gitAt(repoDir);
  const spec = repoPath(await repoRoot(repoDir), dir);
  const out = await git.raw(['ls-tree', '-r', '-z', '--full-tree', rev, ...(spec ? ['--', spec] : [])]);
  const entries: TreeEntry[] = [];
  for (const record of out.split('\0')) {
    if (!record) continue;
    const tab = record.indexOf('\t');
    const [mode, type, sha] = record.slice(0, tab).split(' ');
    // Submodules (type commit) hold no files of this repository.
    if (type === 'blob') entries.push({ path: record.slice(tab + 1), sha, mode });
  }
  return entries;
}

/**
 * Contents of many objects through one `git cat-file --batch` process (one process per
 * file would dominate the run time on large projects). Accepts SHAs and `rev:path` names;
 * names git cannot find, and objects that are not files, are left out of the result.
 */
export async function readBlobs(repoDir: string, names: Iterable<string>): Promise<Map<string, Buffer>> {
  const wanted = [...new Set(names)];
  const result = new Map<string, Buffer>();
  if (wanted.length === 0) return result;
  const cwd = await repoRoot(repoDir);
  const stdout = await new Promise<Buffer>((resolveOut, reject) => {
    const child = spawn('git', ['cat-file', '--batch', '--buffer'], { cwd, stdio: ['pipe', 'pipe', 'pipe'] });
    const chunks: Buffer[] = [];
    const errors: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => chunks.push(c));
    child.stderr.on('data', (c: Buffer) => errors.push(c));
    child.on('error', (e) => reject(new UserError(`cannot run git (${e.message}); is git installed?`)));
    child.on('close', (code) => {
      if (code === 0) return resolveOut(Buffer.concat(chunks));
      const why = Buffer.concat(errors).toString().trim();
      reject(new Error(`git cat-file --batch exited with ${code}: ${why}`));
    });
    // A name with a newline would desynchronise the batch protocol; git could not find it anyway.
    child.stdin.on('error', () => undefined);
    child.stdin.end(wanted.map((n) => n.replace(/\n/g, ' ')).join('\n') + '\n');
  });
  let at = 0;
  for (const name of wanted) {
    const eol = stdout.indexOf(0x0a, at);
    if (eol < 0) break;
    const header = stdout.toString('utf8', at, eol);
    at = eol + 1;
    // "<sha> <type> <size>", or "<name> missing" / "<name> ambiguous"
    const parts = header.split(' ');
    const size = Number(parts[parts.length - 1]);
    if (parts.length !== 3 || !Number.isInteger(size)) continue;
    if (parts[1] === 'blob') result.set(name, stdout.subarray(at, at + size));
    at += size + 1;
  }
  return result;
}

const STATUS: Record<string, FileChange['status']> = {
  A: 'added',
  C: 'added',
  M: 'modified',
  T: 'modified',
  D: 'deleted',
  R: 'renamed',
};

/** Files that differ between two revisions below `paths`, with renames detected (`-M`). */
export async function diffFiles(
  repoDir: string,
  base: string,
  head: string,
  paths: readonly string[],
): Promise<FileChange[]> {
  const git = await gitAt(repoDir);
  const root = await repoRoot(repoDir);
  const specs = paths.map((p) => repoPath(root, p));
  const limit = specs.includes('') ? [] : ['--', ...specs];
  const out = await git.raw([
    'diff',
    '--name-status',
    '-z',
    '-M',
    '--no-ext-diff',
    '--no-relative',
    base,
    head,
    ...limit,
  ]);
  const fields = out.split('\0');
  const changes: FileChange[] = [];
  for (let i = 0; i + 1 < fields.length;) {
    const code = fields[i++];
    if (!code) continue;
    const status = STATUS[code[0]] ?? 'modified';
    if (code[0] === 'R' || code[0] === 'C') {
      const oldPath = fields[i++];
      const path = fields[i++];
      changes.push(code[0] === 'R' ? { status, path, oldPath } : { status, path });
    } else {
      changes.push({ status, path: fields[i++] });
    }
  }
  return changes.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
