import { isAscii } from 'node:buffer';
import { existsSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
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
  const diagnostics: Diagnostic[] = [];
  const paths: string[] = [];
  /** Repository-relative path as listed → absolute path to read */
  const locations = new Map<string, string>();
  const visited = new Set<string>();

  const inside = (real: string) => real === realRoot || real.startsWith(realRoot + sep);

  const walk = (listedAbs: string, realDir: string) => {
    if (visited.has(realDir)) return;
    visited.add(realDir);
    for (const entry of readdirSync(realDir, { withFileTypes: true })) {
      if (isSkippedDir(entry.name)) continue;
      const listed = join(listedAbs, entry.name);
      let real = join(realDir, entry.name);
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        try {
          real = realpathSync(real);
        } catch {
          diagnostics.push({
            severity: 'error',
            code: 'broken-link',
            file: toRel(root, listed),
            message: 'symbolic link to a missing target; fix or remove it',
          });
          continue;
        }
        if (!inside(real)) {
          diagnostics.push({
            severity: 'fatal',
            code: 'link-outside-repo',
            file: toRel(root, listed),
            message:
              'symbolic link leads outside the repository and is refused; copy the files into the repository instead',
          });
          continue;
        }
        const st = statSync(real);
        isDir = st.isDirectory();
        isFile = st.isFile();
      }
      if (isDir) walk(listed, real);
      else if (isFile) {
        const rel = toRel(root, listed);
        paths.push(rel);
        locations.set(rel, real);
      }
    }
  };
  walk(absPipelines, realpathSync(absPipelines));

  const read = (path: string): SourceFile | undefined => {
    let bytes: Buffer;
    try {
      bytes = readFileSync(locations.get(path)!);
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
    pipelinesDir: toRel(root, absPipelines) || '.',
  };
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
