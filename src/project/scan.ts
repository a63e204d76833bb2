import { isAscii } from 'node:buffer';
import { closeSync, existsSync, openSync, readdirSync, readSync, realpathSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { UserError } from '../util/errors.js';
import type { Diagnostic } from './diagnostics.js';
import { groupTableFolders, type FolderListing } from './folders.js';
import type { SourceFile } from './model.js';

export interface ScanResult extends FolderListing {
  /** Absolute repository root; every path is relative to it, with `/` separators */
  root: string;
  pipelinesDir: string;
}

const SKIP_DIRS = new Set(['node_modules', '.git']);
const utf8 = new TextDecoder('utf-8', { fatal: true });
const latin1 = (bytes: Uint8Array) =>
  Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');

/** The git work tree holding `dir`, else the folder above the pipelines folder. */
export function findRepoRoot(dir: string): string {
  for (let at = resolve(dir); ;) {
    if (existsSync(join(at, '.git'))) return at;
    const up = dirname(at);
    if (up === at) return dirname(resolve(dir));
    at = up;
  }
}

const toRel = (root: string, abs: string) => relative(root, abs).split(sep).join('/');

/** The git work tree holding `dir`, or undefined when there is none. */
function gitWorkTree(dir: string): string | undefined {
  for (let at = resolve(dir); ;) {
    if (existsSync(join(at, '.git'))) return at;
    const up = dirname(at);
    if (up === at) return undefined;
    at = up;
  }
}

/** Whether the real path `real` is `root` or below it. */
const isInside = (root: string, real: string) =>
  real === root || real.startsWith(root.endsWith(sep) ? root : root + sep);

/** `path` with its links resolved as far as it exists. */
function realPath(path: string): string {
  const abs = resolve(path);
  try {
    return realpathSync(abs);
  } catch {
    return abs;
  }
}

/**
 * Refuses a path given by a setting (`--pipelines`, `--config`, the config's `pipelines`, an
 * action input) that leads outside the repository the tool runs in: the git work tree
 * holding `cwd`. A pull request may edit the config, and the tool writes metadata into the
 * pipelines folder and commits it, so nothing outside the checkout may be read or written.
 * Without a work tree around `cwd` there is nothing to check against.
 */
export function requireInsideRepository(path: string, setting: string, cwd = process.cwd()): void {
  const tree = gitWorkTree(cwd);
  if (tree === undefined) return;
  const root = realPath(tree);
  if (isInside(root, realPath(resolve(cwd, path)))) return;
  throw new UserError(
    `${setting} "${path}" leads outside the repository (${tree}); name a path inside the repository`,
    1,
  );
}

/** Decodes file bytes as UTF-8 (BOM dropped), or says on which line they stop being UTF-8. */
export function decodeSource(path: string, bytes: Uint8Array): SourceFile | Diagnostic {
  try {
    // Most SQL is ASCII, which is valid UTF-8 as it is: a vectorised check and a byte copy
    // decode it several times faster than the validating decoder.
    const text = isAscii(bytes) ? latin1(bytes) : utf8.decode(bytes);
    return { path, text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
  } catch {
    return {
      severity: 'fatal',
      code: 'not-utf8',
      file: path,
      line: firstInvalidUtf8Line(bytes),
      message: 'the file is not valid UTF-8; save it as UTF-8',
    };
  }
}

/** Hidden folders and dependency folders never hold table folders (shared with git trees). */
export const isSkippedDir = (name: string) => name.startsWith('.') || SKIP_DIRS.has(name);

/**
 * Lists the working tree's pipelines folder (following links only inside the repository)
 * and reads the table folders' files. The grouping rules live in `groupTableFolders`.
 */
export function scanProject(pipelinesPath: string): ScanResult {
  const absPipelines = resolve(pipelinesPath);
  if (!existsSync(absPipelines) || !statSync(absPipelines).isDirectory()) {
    throw new UserError(
      `${pipelinesPath}: pipelines folder not found; pass the folder that holds your table folders with --pipelines`,
    );
  }
  const root = findRepoRoot(absPipelines);
  const realRoot = realpathSync(root);
  const realPipelines = realpathSync(absPipelines);
  // The pipelines folder itself may be a link: what it leads to must be in the repository too.
  if (!isInside(realRoot, realPipelines)) {
    throw new UserError(
      `${pipelinesPath}: the pipelines folder leads outside the repository (${root}); name a folder inside the repository`,
      1,
    );
  }
  const diagnostics: Diagnostic[] = [];
  const paths: string[] = [];
  /** Repository-relative path as listed → absolute path to read */
  const locations = new Map<string, string>();
  /** Real folder → the repository-relative path it was listed under first */
  const visited = new Map<string, string>();

  const inside = (real: string) => isInside(realRoot, real);
  // Paths are built by appending names to the listed folder's relative path: `join` and
  // `relative` per entry cost a tenth of a 10,000-table scan and most of its garbage.
  const below = (dir: string, name: string) => (dir ? `${dir}/${name}` : name);
  const realBelow = (dir: string, name: string) => (dir.endsWith(sep) ? dir + name : dir + sep + name);

  const walk = (listedRel: string, realDir: string) => {
    const first = visited.get(realDir);
    if (first !== undefined) {
      // Two links (or a link and the folder) lead to one folder: its tables would be defined twice.
      diagnostics.push({
        severity: 'fatal',
        code: 'link-duplicate',
        file: listedRel,
        message: `symbolic link to the folder already read as ${first || '.'}: its tables would be defined twice; remove the link`,
      });
      return;
    }
    visited.set(realDir, listedRel);
    for (const entry of readdirSync(realDir, { withFileTypes: true })) {
      if (isSkippedDir(entry.name)) continue;
      const listed = below(listedRel, entry.name);
      let real = realBelow(realDir, entry.name);
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        try {
          real = realpathSync(real);
        } catch {
          diagnostics.push({
            severity: 'error',
            code: 'broken-link',
            file: listed,
            message: 'symbolic link to a missing target; fix or remove it',
          });
          continue;
        }
        if (!inside(real)) {
          diagnostics.push({
            severity: 'fatal',
            code: 'link-outside-repo',
            file: listed,
            message:
              'symbolic link leads outside the repository and is refused; copy the files into the repository instead',
          });
          continue;
        }
        const st = statSync(real);
        isDir = st.isDirectory();
        isFile = st.isFile();
        // A folder link into the pipelines folder shows its tables a second time, under
        // another path: whichever path were read first would own the table and its metadata.
        if (isDir && isInside(realPipelines, real)) {
          diagnostics.push({
            severity: 'fatal',
            code: 'link-duplicate',
            file: listed,
            message: `symbolic link to ${toRel(realRoot, real) || '.'}, which is already in the pipelines folder: its tables would be defined twice; remove the link`,
          });
          continue;
        }
      }
      if (isDir) walk(listed, real);
      else if (isFile) {
        paths.push(listed);
        locations.set(listed, real);
      }
    }
  };
  const pipelinesDir = toRel(root, absPipelines);
  walk(pipelinesDir, realPipelines);

  const read = (path: string): SourceFile | undefined => {
    let bytes: Uint8Array;
    try {
      bytes = readWhole(locations.get(path)!);
    } catch (e) {
      diagnostics.push({
        severity: 'fatal',
        code: 'unreadable-file',
        file: path,
        message: `cannot read the file (${(e as NodeJS.ErrnoException).code ?? 'error'}); fix its permissions or remove it`,
      });
      return undefined;
    }
    const decoded = decodeSource(path, bytes);
    if ('text' in decoded) return decoded;
    diagnostics.push(decoded);
    return undefined;
  };

  const listing = groupTableFolders(paths, read);
  return {
    ...listing,
    diagnostics: [...diagnostics, ...listing.diagnostics],
    root,
    pipelinesDir: pipelinesDir || '.',
  };
}

/** Grows to the largest file read; the decoded text is a copy, so one buffer serves every file. */
let scratch = Buffer.allocUnsafe(1 << 16);

/**
 * A file's bytes, valid until the next call: open, read until the end, close. No stat and no
 * buffer per file (`readFileSync` does both), which is a third of a 10,000-table scan.
 */
function readWhole(abs: string): Uint8Array {
  const fd = openSync(abs, 'r');
  try {
    let n = 0;
    for (;;) {
      if (n === scratch.length) {
        const bigger = Buffer.allocUnsafe(scratch.length * 2);
        scratch.copy(bigger, 0, 0, n);
        scratch = bigger;
      }
      // A read may return fewer bytes than asked before the end of the file.
      const got = readSync(fd, scratch, n, scratch.length - n, null);
      if (got === 0) return scratch.subarray(0, n);
      n += got;
    }
  } finally {
    closeSync(fd);
  }
}

function firstInvalidUtf8Line(bytes: Uint8Array): number {
  let line = 1;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b === 0x0a) line++;
    if (b < 0x80) continue;
    const len = b >= 0xf0 && b < 0xf8 ? 4 : b >= 0xe0 ? 3 : b >= 0xc2 && b < 0xe0 ? 2 : 0;
    if (len === 0 || i + len > bytes.length) return line;
    for (let k = 1; k < len; k++) if ((bytes[i + k] & 0xc0) !== 0x80) return line;
    i += len - 1;
  }
  return line;
}
