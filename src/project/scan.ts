import { existsSync, readdirSync, readFileSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { UserError } from '../util/errors.js';
import type { DeclaredExternal } from './build.js';
import type { Diagnostic } from './diagnostics.js';
import { sqlScriptRole } from './layout.js';
import { DEFINITION_FILE } from './metadata.js';
import type { SourceFile, TableFolder } from './model.js';

export interface ScanResult {
  /** Absolute repository root; every path below is relative to it, with `/` separators */
  root: string;
  pipelinesDir: string;
  folders: TableFolder[];
  /** Existing generated definition files, to find stale ones */
  definitionFiles: string[];
  declaredExternals: DeclaredExternal[];
  diagnostics: Diagnostic[];
}

const SKIP_DIRS = new Set(['node_modules', '.git', 'sql-scripts']);
const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The git work tree holding `dir`, else the folder above the pipelines folder. */
export function findRepoRoot(dir: string): string {
  for (let at = resolve(dir); ; ) {
    if (existsSync(join(at, '.git'))) return at;
    const up = dirname(at);
    if (up === at) return dirname(resolve(dir));
    at = up;
  }
}

const toRel = (root: string, abs: string) => relative(root, abs).split(sep).join('/');

/**
 * Walks the pipelines folder and reads every table folder's SQL and properties files.
 * Reading is the only I/O; analysis happens in the pure builder.
 */
export function scanProject(pipelinesPath: string, rootHint?: string): ScanResult {
  const absPipelines = resolve(pipelinesPath);
  if (!existsSync(absPipelines) || !statSync(absPipelines).isDirectory()) {
    throw new UserError(`${pipelinesPath}: pipelines folder not found; pass the folder that holds your table folders with --pipelines`);
  }
  const root = rootHint ? resolve(rootHint) : findRepoRoot(absPipelines);
  const realRoot = realpathSync(root);
  const pipelinesDir = toRel(root, absPipelines) || '.';
  const result: ScanResult = {
    root,
    pipelinesDir,
    folders: [],
    definitionFiles: [],
    declaredExternals: [],
    diagnostics: [],
  };
  const visited = new Set<string>();

  const readText = (abs: string): SourceFile | undefined => {
    const path = toRel(root, abs);
    let bytes: Buffer;
    try {
      bytes = readFileSync(abs);
    } catch (e) {
      result.diagnostics.push({
        severity: 'fatal',
        code: 'unreadable-file',
        file: path,
        message: `cannot read the file (${(e as NodeJS.ErrnoException).code ?? 'error'}); fix its permissions or remove it`,
      });
      return undefined;
    }
    try {
      const text = utf8.decode(bytes);
      return { path, text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
    } catch {
      const bad = firstInvalidUtf8Line(bytes);
      result.diagnostics.push({
        severity: 'fatal',
        code: 'not-utf8',
        file: path,
        line: bad,
        message: 'the file is not valid UTF-8; save it as UTF-8',
      });
      return undefined;
    }
  };

  /** Follows a link only when it stays inside the repository. */
  const followLink = (abs: string): { real: string; isDir: boolean } | undefined => {
    let real: string;
    try {
      real = realpathSync(abs);
    } catch {
      result.diagnostics.push({
        severity: 'error',
        code: 'broken-link',
        file: toRel(root, abs),
        message: 'symbolic link to a missing target; fix or remove it',
      });
      return undefined;
    }
    if (real !== realRoot && !real.startsWith(realRoot + sep)) {
      result.diagnostics.push({
        severity: 'fatal',
        code: 'link-outside-repo',
        file: toRel(root, abs),
        message: 'symbolic link leads outside the repository and is refused; copy the files into the repository instead',
      });
      return undefined;
    }
    return { real, isDir: statSync(real).isDirectory() };
  };

  const readTableFolder = (tableAbs: string, scriptsAbs: string) => {
    const folder: TableFolder = { folder: toRel(root, tableAbs) };
    const found: Record<string, string[]> = {};
    for (const entry of readdirSync(scriptsAbs, { withFileTypes: true }).sort(byName)) {
      const role = sqlScriptRole(entry.name);
      if (!role) continue;
      let abs = join(scriptsAbs, entry.name);
      if (entry.isSymbolicLink()) {
        const link = followLink(abs);
        if (!link || link.isDir) continue;
        abs = link.real;
      } else if (!entry.isFile()) continue;
      (found[role] ??= []).push(join(scriptsAbs, entry.name));
      if (found[role].length > 1) continue;
      const file = readText(abs);
      if (!file) continue;
      file.path = toRel(root, join(scriptsAbs, entry.name));
      if (role === 'ddl') folder.ddl = file;
      else if (role === 'dml') folder.dml = file;
      else if (role === 'ddl-properties') folder.ddlProperties = file;
      else folder.dmlProperties = file;
    }
    for (const [role, files] of Object.entries(found)) {
      if (files.length > 1) {
        result.diagnostics.push({
          severity: 'fatal',
          code: 'ambiguous-scripts',
          file: toRel(root, scriptsAbs),
          message: `more than one ${role} file: ${files.map((f) => f.slice(scriptsAbs.length + 1)).join(', ')}; keep one per table folder`,
        });
      }
    }
    if (folder.ddl || folder.dml) result.folders.push(folder);
  };

  const walk = (dirAbs: string, realDir: string) => {
    if (visited.has(realDir)) return;
    visited.add(realDir);
    const entries = readdirSync(dirAbs, { withFileTypes: true }).sort(byName);
    let scripts: string | undefined;
    const subdirs: [string, string][] = [];
    for (const entry of entries) {
      const abs = join(dirAbs, entry.name);
      if (entry.name === 'sql-scripts' && (entry.isDirectory() || entry.isSymbolicLink())) {
        const link = entry.isSymbolicLink() ? followLink(abs) : { real: abs, isDir: true };
        if (link?.isDir) scripts = abs;
        continue;
      }
      if (entry.isFile()) {
        if (entry.name === DEFINITION_FILE) result.definitionFiles.push(toRel(root, abs));
        else if (entry.name === 'external_tables.json') readDeclaredExternals(abs);
        continue;
      }
      if (entry.name.startsWith('.') || SKIP_DIRS.has(entry.name)) continue;
      if (entry.isDirectory()) subdirs.push([abs, join(realDir, entry.name)]);
      else if (entry.isSymbolicLink()) {
        const link = followLink(abs);
        if (link?.isDir) subdirs.push([abs, link.real]);
      }
    }
    if (scripts) readTableFolder(dirAbs, scripts);
    for (const [abs, real] of subdirs) walk(abs, real);
  };

  const readDeclaredExternals = (abs: string) => {
    const file = readText(abs);
    if (!file) return;
    try {
      const parsed = JSON.parse(file.text) as { tables?: { table_name?: string; kafka_topic?: string; product_name?: string }[] };
      for (const t of parsed.tables ?? []) {
        if (!t.table_name) continue;
        result.declaredExternals.push({
          name: t.table_name,
          kafkaTopic: t.kafka_topic || t.table_name,
          product: t.product_name ?? '',
        });
      }
    } catch (e) {
      result.diagnostics.push({
        severity: 'error',
        code: 'bad-external-tables',
        file: file.path,
        message: `cannot read as JSON (${(e as Error).message}); expected {"tables": [{"table_name", "kafka_topic", "product_name"}]}`,
      });
    }
  };

  walk(absPipelines, realpathSync(absPipelines));
  return result;
}

const byName = (a: Dirent, b: Dirent) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

function firstInvalidUtf8Line(bytes: Buffer): number {
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
