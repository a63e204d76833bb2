import { closeSync, mkdirSync, openSync, readSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { DEFINITION_FILE } from './metadata.js';

export interface SyncResult {
  created: string[];
  updated: string[];
  deleted: string[];
  unchanged: number;
}

export const isInSync = (r: SyncResult) => !r.created.length && !r.updated.length && !r.deleted.length;

/** A file's bytes, whole or as pieces in order (a renderer need not join them to compare). */
export type FileBytes = Uint8Array | readonly Uint8Array[];

const joined = (content: FileBytes): Uint8Array =>
  content instanceof Uint8Array ? content : Buffer.concat(content);

/**
 * Makes the generated files on disk equal `expected`: writes only files whose bytes differ
 * (so mtimes and git stay quiet on a no-op) and removes generated files no table owns.
 * With `check`, reports the same lists and touches nothing.
 */
export function syncFiles(
  root: string,
  expected: Iterable<[string, FileBytes]>,
  expectedPaths: ReadonlySet<string>,
  existingGenerated: readonly string[],
  check: boolean,
): SyncResult {
  const result: SyncResult = { created: [], updated: [], deleted: [], unchanged: 0 };
  const existing = new Set(existingGenerated);
  // Compared one at a time, so neither all expected nor all current files sit in memory.
  for (const [path, content] of expected) {
    const abs = join(root, path);
    // The scan listed every existing definition file: don't probe the disk for the others.
    const current =
      existing.has(path) || !path.endsWith(DEFINITION_FILE) ? compareFile(abs, content) : 'missing';
    if (current === 'same') {
      result.unchanged++;
      continue;
    }
    (current === 'missing' ? result.created : result.updated).push(path);
    if (!check) writeCreatingFolder(abs, joined(content));
  }
  for (const path of existingGenerated) {
    if (expectedPaths.has(path)) continue;
    result.deleted.push(path);
    if (!check) rmSync(join(root, path), { force: true });
  }
  for (const list of [result.created, result.updated, result.deleted]) list.sort();
  return result;
}

/** Grows to the largest file compared; one buffer for all, so a check allocates nothing per file. */
let scratch = Buffer.alloc(1 << 16);

/**
 * Whether the file at `abs` holds exactly `content`: one read of at most one byte more than
 * `content` (a longer file differs whatever follows), no stat, no buffer per file. A file
 * that cannot be opened or read counts as missing, as it did when read whole.
 */
function compareFile(abs: string, content: FileBytes): 'same' | 'different' | 'missing' {
  let fd: number;
  try {
    fd = openSync(abs, 'r');
  } catch {
    return 'missing';
  }
  try {
    const pieces = content instanceof Uint8Array ? [content] : content;
    let length = 0;
    for (const piece of pieces) length += piece.length;
    if (scratch.length < length + 1) scratch = Buffer.alloc(length + 1);
    let n = 0;
    // A read may return fewer bytes than asked before the end of the file.
    for (let got; n <= length; n += got) {
      got = readSync(fd, scratch, n, length + 1 - n, null);
      if (got === 0) break;
    }
    if (n !== length) return 'different';
    let at = 0;
    for (const piece of pieces) {
      if (scratch.compare(piece, 0, piece.length, at, at + piece.length) !== 0) return 'different';
      at += piece.length;
    }
    return 'same';
  } catch {
    return 'missing';
  } finally {
    closeSync(fd);
  }
}

/** Table folders exist already; create the folder only when the write says it is missing. */
function writeCreatingFolder(abs: string, content: Uint8Array) {
  try {
    writeFileSync(abs, content);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    mkdirSync(dirname(abs), { recursive: true });
    writeFileSync(abs, content);
  }
}
