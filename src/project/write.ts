import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

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
  expected: ReadonlyMap<string, string>,
  existingGenerated: readonly string[],
  check: boolean,
): SyncResult {
  const result: SyncResult = { created: [], updated: [], deleted: [], unchanged: 0 };
  for (const path of [...expected.keys()].sort()) {
    const content = expected.get(path)!;
    const abs = join(root, path);
    let current: string | undefined;
    try {
      current = readFileSync(abs, 'utf8');
    } catch {
      current = undefined;
    }
    if (current === content) {
      result.unchanged++;
      continue;
    }
    (current === undefined ? result.created : result.updated).push(path);
    if (!check) {
      mkdirSync(dirname(abs), { recursive: true });
      writeFileSync(abs, content);
    }
  }
  for (const path of [...existingGenerated].sort()) {
    if (expected.has(path)) continue;
    result.deleted.push(path);
    if (!check) rmSync(join(root, path), { force: true });
  }
  return result;
}
