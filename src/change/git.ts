/**
 * The git edge of `change/`: refs to SHAs, trees, blobs and raw diffs. Everything
 * else in this folder is pure over what these functions return.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync, realpathSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { compareNames } from '../graph/graph.js';
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
        return resolve((await runGit(key, ['rev-parse', '--show-toplevel'])).trim());
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

/**
 * Runs git in `cwd` and resolves its standard output. A failure that git explains on stderr
 * rejects; a quiet non-zero exit (`rev-parse --verify --quiet` of a missing ref, `merge-base`
 * of unrelated commits) resolves with whatever was printed, usually nothing.
 */
function runGit(cwd: string, args: readonly string[]): Promise<string> {
  return new Promise((resolveOut, reject) => {
    const child = spawn('git', args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => out.push(c));
    child.stderr.on('data', (c: Buffer) => err.push(c));
    child.on('error', (e) => reject(new UserError(`cannot run git (${e.message}); is git installed?`)));
    child.on('close', (code) => {
      const why = Buffer.concat(err).toString().trim();
      if (code !== 0 && why) reject(new Error(`git ${args[0]} exited with ${code}: ${why}`));
      else resolveOut(Buffer.concat(out).toString('utf8'));
    });
  });
}

/** An object read by `cat-file --batch`: `null` when git cannot find the name. */
export type CatFileObject = { sha: string; type: string; data: Buffer } | null;

interface CatFileRequest {
  /** The line sent, kept to ask again if the process has to be restarted */
  name: string;
  done: (object: CatFileObject | Error) => void;
}

const HEADER = /^([0-9a-f]{40}|[0-9a-f]{64}) (\S+) (\d+)$/;
/** Idle sessions end after this long, so a process that is done with git does not keep one. */
const IDLE_MS = 2000;
/** Git before 2.36 has no `--batch-command`; found out once, on the first session. */
let batchCommand = true;

/**
 * One long-lived `git cat-file` process per repository: refs, configs and blobs all go through
 * it, so a plan starts four git processes (this one, then `diff` and both `ls-tree` at once)
 * instead of one per question. `--batch-command --buffer` writes answers in large blocks, flushed at
 * the end of each batch; older git falls back to `--batch`, which flushes every object.
 * Answers come in the order asked. The process is unreferenced while idle, so it never keeps
 * Node alive, and it is closed after a short idle time or by `closeCatFile`.
 */
class CatFile {
  private child!: ChildProcessWithoutNullStreams;
  private readonly queue: CatFileRequest[] = [];
  private head = 0;
  private header = '';
  private body: { buf: Buffer; filled: number; sha: string; type: string } | null = null;
  /** Whether the line feed that ends a body is still to skip */
  private skipLf = false;
  private answered = false;
  private failure: Error | null = null;
  private idle: ReturnType<typeof setTimeout> | null = null;
  closed = false;

  constructor(
    private readonly cwd: string,
    private readonly onClose: () => void,
  ) {
    this.start();
  }

  private start() {
    const command = batchCommand;
    const child = spawn('git', ['cat-file', ...(command ? ['--batch-command', '--buffer'] : ['--batch'])], {
      cwd: this.cwd,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    this.child = child;
    const errors: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => this.receive(c));
    child.stderr.on('data', (c: Buffer) => errors.push(c));
    child.on('error', (e) => this.fail(new UserError(`cannot run git (${e.message}); is git installed?`)));
    child.on('close', (code) => {
      if (command && code === 129 && !this.answered) {
        // Usage error: this git predates --batch-command. Ask again the old way.
        batchCommand = false;
        this.start();
        this.send(this.queue.slice(this.head).map((r) => r.name));
        return;
      }
      const why = Buffer.concat(errors).toString().trim();
      this.fail(new Error(`git cat-file exited with ${code}${why ? `: ${why}` : ''}`));
    });
    // A write after git died fails the pending requests through 'close'.
    child.stdin.on('error', () => undefined);
    this.setReferenced(this.head < this.queue.length);
  }

  private send(names: string[]) {
    if (!names.length) return;
    const text = this.child.spawnargs.includes('--batch-command')
      ? names.map((n) => `contents ${n}\n`).join('') + 'flush\n'
      : names.join('\n') + '\n';
    this.child.stdin.write(text);
    if (this.closed) this.child.stdin.end();
  }

  /**
   * Objects by name (SHAs, `rev:path`, `ref^{commit}`…), in the order asked. `each` sees every
   * object as it arrives, so work on the first ones overlaps git reading the rest.
   */
  read(
    names: readonly string[],
    each?: (index: number, object: CatFileObject) => void,
  ): Promise<CatFileObject[]> {
    if (names.length === 0) return Promise.resolve([]);
    if (this.failure) return Promise.reject(this.failure);
    // Sessions are looked up for every question (`catFile`), which replaces a closed one.
    if (this.closed) return Promise.reject(new Error('git cat-file session used after it was closed'));
    return new Promise((resolveAll, reject) => {
      const objects: CatFileObject[] = new Array(names.length);
      let left = names.length;
      let failed = false;
      // A name with a newline would desynchronise the protocol; git could not find it anyway.
      const lines = names.map((n) => n.replace(/\n/g, ' '));
      for (let i = 0; i < names.length; i++) {
        this.queue.push({
          name: lines[i],
          done: (o) => {
            if (failed) return;
            if (o instanceof Error) {
              failed = true;
              return reject(o);
            }
            objects[i] = o;
            try {
              each?.(i, o);
            } catch (e) {
              failed = true;
              return reject(e as Error);
            }
            if (--left === 0) resolveAll(objects);
          },
        });
      }
      if (this.idle) clearTimeout(this.idle);
      this.idle = null;
      this.setReferenced(true);
      this.send(lines);
    });
  }

  close() {
    if (this.closed) return;
    this.closed = true;
    if (this.idle) clearTimeout(this.idle);
    this.onClose();
    this.child.stdin.end();
  }

  private setReferenced(on: boolean) {
    const c = this.child;
    const handles = [c, c.stdout, c.stderr, c.stdin] as { ref?: () => void; unref?: () => void }[];
    for (const h of handles) (on ? h.ref : h.unref)?.call(h);
  }

  private answer(object: CatFileObject) {
    this.answered = true;
    const request = this.queue[this.head++];
    if (this.head === this.queue.length) {
      this.queue.length = 0;
      this.head = 0;
      this.setReferenced(false);
      if (!this.closed) {
        this.idle = setTimeout(() => this.close(), IDLE_MS);
        this.idle.unref?.();
      }
    }
    request?.done(object);
  }

  private receive(chunk: Buffer) {
    let at = 0;
    while (at < chunk.length) {
      if (this.skipLf) {
        this.skipLf = false;
        at++;
        continue;
      }
      const body = this.body;
      if (body) {
        const n = Math.min(body.buf.length - body.filled, chunk.length - at);
        chunk.copy(body.buf, body.filled, at, at + n);
        body.filled += n;
        at += n;
        if (body.filled === body.buf.length) {
          this.body = null;
          this.skipLf = true;
          this.answer({ sha: body.sha, type: body.type, data: body.buf });
        }
        continue;
      }
      const eol = chunk.indexOf(0x0a, at);
      if (eol < 0) {
        this.header += chunk.toString('utf8', at);
        break;
      }
      const line = this.header + chunk.toString('utf8', at, eol);
      this.header = '';
      at = eol + 1;
      // "<sha> <type> <size>", or "<name> missing" / "<name> ambiguous"
      const m = HEADER.exec(line);
      if (!m) {
        this.answer(null);
        continue;
      }
      const size = Number(m[3]);
      if (chunk.length - at >= size) {
        // The whole object is in this chunk: share its memory rather than copy.
        this.answer({ sha: m[1], type: m[2], data: chunk.subarray(at, at + size) });
        at += size;
        this.skipLf = true;
      } else {
        this.body = { buf: Buffer.allocUnsafe(size), filled: 0, sha: m[1], type: m[2] };
      }
    }
  }

  private fail(e: Error) {
    this.failure ??= e;
    if (!this.closed) {
      this.closed = true;
      this.onClose();
    }
    if (this.idle) clearTimeout(this.idle);
    const pending = this.queue.slice(this.head);
    this.queue.length = 0;
    this.head = 0;
    this.setReferenced(false);
    for (const r of pending) r.done(this.failure);
  }
}

const sessions = new Map<string, CatFile>();

/** The repository's `cat-file --batch` session, started on first use. */
async function catFile(repoDir: string): Promise<CatFile> {
  const root = await repoRoot(repoDir);
  let session = sessions.get(root);
  if (!session || session.closed) {
    const started: CatFile = new CatFile(root, () => {
      if (sessions.get(root) === started) sessions.delete(root);
    });
    sessions.set(root, (session = started));
  }
  return session;
}

/** Ends the repository's `cat-file` session now (it also ends by itself when idle). */
export async function closeCatFile(repoDir: string): Promise<void> {
  sessions.get(await repoRoot(repoDir))?.close();
}

/** Objects by name through the repository's `cat-file` session, in the order asked. */
export async function readObjects(repoDir: string, names: readonly string[]): Promise<CatFileObject[]> {
  return (await catFile(repoDir)).read(names);
}

function isShallow(root: string): Promise<boolean> {
  return runGit(root, ['rev-parse', '--is-shallow-repository']).then((out) => out.trim() === 'true');
}

const checkRefName = (ref: string, role: string) => {
  if (!ref || ref.startsWith('-')) {
    throw new UserError(`${role} ref "${ref}" is not a branch, tag or commit name`);
  }
};

/** SHAs of the commits `refs` name (one `cat-file` round trip), or a UserError saying why one cannot be found. */
async function commitsOf(
  root: string,
  refs: readonly (readonly [ref: string, role: string])[],
): Promise<string[]> {
  for (const [ref, role] of refs) checkRefName(ref, role);
  const found = await readObjects(
    root,
    refs.map(([ref]) => `${ref}^{commit}`),
  );
  const missing = refs.findIndex((_, i) => found[i]?.type !== 'commit');
  if (missing < 0) return found.map((o) => o!.sha);
  const [ref, role] = refs[missing];
  const why = (await isShallow(root))
    ? `the clone is shallow, so older commits and other branches may be missing; ${FETCH_HINT}`
    : 'check the branch, tag or commit name (remote branches need their remote, e.g. origin/main)';
  throw new UserError(`${role} ref "${ref}" not found in the repository: ${why}`);
}

async function commitOf(root: string, ref: string, role: string): Promise<string> {
  return (await commitsOf(root, [[ref, role]]))[0];
}

async function mergeBase(root: string, a: string, b: string, names: [string, string]): Promise<string> {
  const sha = (await runGit(root, ['merge-base', a, b])).trim();
  if (sha) return sha;
  if (await isShallow(root)) {
    throw new UserError(
      `no common ancestor of ${names[0]} and ${names[1]} in the fetched history (the clone is shallow); ${FETCH_HINT}`,
    );
  }
  throw new UserError(
    `${names[0]} and ${names[1]} have no common ancestor (unrelated histories); pass --base explicitly`,
  );
}

const DEFAULT_BRANCHES = ['origin/HEAD', 'main', 'origin/main', 'master', 'origin/master'];

/** The branch a change is compared with when nothing says otherwise. */
async function defaultBranch(root: string): Promise<{ name: string; sha: string }> {
  // All candidates in one round trip; the first that exists wins.
  const found = await readObjects(
    root,
    DEFAULT_BRANCHES.map((name) => `${name}^{commit}`),
  );
  const i = found.findIndex((o) => o?.type === 'commit');
  if (i >= 0) return { name: DEFAULT_BRANCHES[i], sha: found[i]!.sha };
  throw new UserError(
    'cannot find the default branch (origin/HEAD, main or master) to compare with; pass --base' +
      ((await isShallow(root)) ? `, or ${FETCH_HINT}` : ''),
  );
}

const emptyTreeFor = (headSha: string) => (headSha.length === 64 ? EMPTY_TREE_SHA256 : EMPTY_TREE_SHA1);

/**
 * Resolves the commits to compare. Pull requests compare with the merge-base, as GitHub's
 * "Files changed" does: commits that reached the base branch after the branch point are not
 * part of the change.
 */
export async function resolveRange(repoDir: string, opts: RangeOptions = {}): Promise<CommitRange> {
  const root = await repoRoot(repoDir);
  if ('before' in opts) {
    if (isZeroSha(opts.after)) {
      throw new UserError('the push deleted the branch: there is no head commit to compare');
    }
    const head = await commitOf(root, opts.after, 'push "after"');
    if (isZeroSha(opts.before)) {
      return {
        base: emptyTreeFor(head),
        head,
        description: `first push of ${short(head)}: every table is new`,
      };
    }
    const base = await commitOf(root, opts.before, 'push "before"').catch((e: unknown) => {
      // A force push leaves `before` unreachable; say so rather than only "not found".
      throw e instanceof UserError
        ? new UserError(`${e.message} (after a force push the old commit is gone)`)
        : e;
    });
    return { base, head, description: `push ${short(base)}..${short(head)}` };
  }
  if ('baseRef' in opts) {
    const [baseTip, head] = await commitsOf(root, [
      [opts.baseRef, 'pull request base'],
      [opts.headRef, 'pull request head'],
    ]);
    const base = await mergeBase(root, baseTip, head, [opts.baseRef, opts.headRef]);
    return {
      base,
      head,
      description: `merge-base of ${opts.baseRef} and ${opts.headRef} (${short(base)}..${short(head)})`,
    };
  }
  const headName = opts.head ?? 'HEAD';
  if (opts.base !== undefined) {
    const [base, head] = await commitsOf(root, [
      [opts.base, 'base'],
      [headName, 'head'],
    ]);
    return { base, head, description: `${opts.base}..${headName} (${short(base)}..${short(head)})` };
  }
  const [head, main] = await Promise.all([commitOf(root, headName, 'head'), defaultBranch(root)]);
  const base = await mergeBase(root, main.sha, head, [main.name, headName]);
  return {
    base,
    head,
    description: `merge-base of ${main.name} and ${headName} (${short(base)}..${short(head)})`,
  };
}

/** Files under `dir` (repository-relative; `''` or `.` = everything) at `rev`, links and all. */
export async function listTree(repoDir: string, rev: string, dir: string): Promise<TreeEntry[]> {
  const root = await repoRoot(repoDir);
  const spec = repoPath(root, dir);
  const out = await runGit(root, ['ls-tree', '-r', '-z', '--full-tree', rev, ...(spec ? ['--', spec] : [])]);
  const entries: TreeEntry[] = [];
  for (const record of out.split('\0')) {
    if (!record) continue;
    // `<mode> SP <type> SP <sha> TAB <path>`
    const tab = record.indexOf('\t');
    const space = record.indexOf(' ');
    // Submodules (type commit) hold no files of this repository.
    if (record.startsWith('blob ', space + 1)) {
      entries.push({
        path: record.slice(tab + 1),
        sha: record.slice(space + 6, tab),
        mode: record.slice(0, space),
      });
    }
  }
  return entries;
}

/**
 * Contents of many objects through the repository's `git cat-file --batch` session (one
 * process per file would dominate the run time on large projects). Accepts SHAs and
 * `rev:path` names; names git cannot find, and objects that are not files, are left out.
 */
export async function readBlobs(
  repoDir: string,
  names: Iterable<string>,
  /** Called with each blob as it arrives, before the whole batch is read */
  onBlob?: (name: string, bytes: Buffer) => void,
): Promise<Map<string, Buffer>> {
  const wanted = [...new Set(names)];
  const result = new Map<string, Buffer>();
  const each = onBlob && ((i: number, o: CatFileObject) => o?.type === 'blob' && onBlob(wanted[i], o.data));
  const objects = await (await catFile(repoDir)).read(wanted, each);
  for (let i = 0; i < wanted.length; i++) {
    const o = objects[i];
    if (o?.type === 'blob') result.set(wanted[i], o.data);
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

/** A file on one side of a diff: its mode and blob. */
export interface DiffSide {
  mode: string;
  sha: string;
}

/** One path of `git diff --raw`: what each side holds (`null` where that side has no file). */
export interface RawChange extends FileChange {
  old: DiffSide | null;
  new: DiffSide | null;
}

const NO_FILE = /^0+$/;

/**
 * Files that differ between two revisions below `paths`, with renames detected (`-M`), and
 * the blob on each side: enough to tell one revision's listing from the other's.
 */
export async function diffTree(
  repoDir: string,
  base: string,
  head: string,
  paths: readonly string[],
): Promise<RawChange[]> {
  const root = await repoRoot(repoDir);
  const specs = paths.map((p) => repoPath(root, p));
  const limit = specs.includes('') ? [] : ['--', ...specs];
  const out = await runGit(root, [
    'diff',
    '--raw',
    '--no-abbrev',
    '-z',
    '-M',
    '--no-ext-diff',
    '--no-relative',
    base,
    head,
    ...limit,
  ]);
  const fields = out.split('\0');
  const changes: RawChange[] = [];
  const side = (mode: string, sha: string): DiffSide | null => (NO_FILE.test(mode) ? null : { mode, sha });
  for (let i = 0; i + 1 < fields.length;) {
    const meta = fields[i++];
    if (!meta) continue;
    // `:<old mode> <new mode> <old sha> <new sha> <status>`, then the path (two for R and C)
    const [oldMode, newMode, oldSha, newSha, code] = meta.slice(1).split(' ');
    const status = STATUS[code[0]] ?? 'modified';
    const old = side(oldMode, oldSha);
    const now = side(newMode, newSha);
    if (code[0] === 'R' || code[0] === 'C') {
      const oldPath = fields[i++];
      const path = fields[i++];
      // A copy leaves its source in place: only the new path is a change.
      if (code[0] === 'R') changes.push({ status, path, oldPath, old, new: now });
      else changes.push({ status, path, old: null, new: now });
    } else {
      changes.push({ status, path: fields[i++], old, new: now });
    }
  }
  return changes.sort((a, b) => compareNames(a.path, b.path));
}

/** The FileChange part of a RawChange. */
export const fileChange = ({ status, path, oldPath }: RawChange): FileChange =>
  oldPath === undefined ? { status, path } : { status, path, oldPath };

/** The commit HEAD points at; undefined in a repository without commits. */
export async function headCommit(repoDir: string): Promise<string | undefined> {
  const root = await repoRoot(repoDir);
  const out = await runGit(root, ['rev-parse', '--verify', '--quiet', 'HEAD^{commit}']).catch(() => '');
  return out.trim() || undefined;
}

/**
 * Where `other` stands in the history relative to `head`: the same commit, `older` (an
 * ancestor of head), `newer` (head is its ancestor), `diverged` (neither), or `unknown` when
 * this clone does not have it (a shallow clone, a commit not fetched, a history rewritten).
 */
export async function commitRelation(
  repoDir: string,
  head: string,
  other: string,
): Promise<'same' | 'older' | 'newer' | 'diverged' | 'unknown'> {
  const root = await repoRoot(repoDir);
  if (other === head) return 'same';
  const [present] = await readObjects(root, [`${other}^{commit}`]).catch(() => [null]);
  if (!present || present.type !== 'commit') return 'unknown';
  if (present.sha === head) return 'same';
  if (await isAncestor(root, head, present.sha)) return 'newer';
  if (await isAncestor(root, present.sha, head)) return 'older';
  return 'diverged';
}

/** `git merge-base --is-ancestor`: its exit code is the answer (0 yes, 1 no). */
function isAncestor(root: string, ancestor: string, of: string): Promise<boolean> {
  return new Promise((resolveOut, reject) => {
    const child = spawn('git', ['merge-base', '--is-ancestor', ancestor, of], {
      cwd: root,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    const err: Buffer[] = [];
    child.stderr.on('data', (c: Buffer) => err.push(c));
    child.on('error', (e) => reject(new UserError(`cannot run git (${e.message}); is git installed?`)));
    child.on('close', (code) => {
      if (code === 0 || code === 1) resolveOut(code === 0);
      else reject(new Error(`git merge-base exited with ${code}: ${Buffer.concat(err).toString().trim()}`));
    });
  });
}
