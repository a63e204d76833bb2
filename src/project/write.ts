import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { DEFINITION_FILE } from './metadata.js';

export interface SyncResult {
  created: string[];
  updated: string[];
  deleted: string[];
  unchanged: number;
}

export const isInSync = (r: SyncResult) => !r.created.length && !r.updated.length && !r.deleted.length;

/**
 * Makes the generated files on disk equal `expected`: writes only files whose bytes differ
 * (so mtimes and git stay quiet on a no-op) and removes generated files no table owns.
 * With `check`, reports the same lists and touches nothing.
 */
export function syncFiles(
  root: string,
  expected: Iterable<[string, Uint8Array]>,
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
    let current: Buffer | undefined;
    if (existing.has(path) || !path.endsWith(DEFINITION_FILE)) {
      try {
        current = readFileSync(abs);
      } catch {
        current = undefined;
      }
    }
    if (current?.equals(content)) {
      result.unchanged++;
      continue;
    }
    (current === undefined ? result.created : result.updated).push(path);
    if (!check) writeCreatingFolder(abs, content);
  }
  for (const path of existingGenerated) {
    if (expectedPaths.has(path)) continue;
    result.deleted.push(path);
    if (!check) rmSync(join(root, path), { force: true });
  }
  for (const list of [result.created, result.updated, result.deleted]) list.sort();
  return result;
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
