import type { DeclaredExternal } from './build.js';
import type { Diagnostic } from './diagnostics.js';
import { sqlScriptRole } from './layout.js';
import { DEFINITION_FILE } from './metadata.js';
import type { SourceFile, TableFolder } from './model.js';

export interface FolderListing {
  folders: TableFolder[];
  /** Existing generated definition files, to find stale ones */
  definitionFiles: string[];
  declaredExternals: DeclaredExternal[];
  diagnostics: Diagnostic[];
}

type Role = NonNullable<ReturnType<typeof sqlScriptRole>>;

/** The files of a pipelines tree sorted into table folders, from their paths alone. */
export interface FolderPlan {
  /** In path order; each role names its one file (ambiguous roles are left out) */
  folders: { folder: string; files: [Role, string][] }[];
  /** `external_tables.json` files, read for declared externals */
  externalFiles: string[];
  definitionFiles: string[];
  /** Problems the paths show (more than one file for a role) */
  diagnostics: Diagnostic[];
}

/**
 * Sorts the paths of a pipelines tree into table folders (shift_left's rule: `ddl.*` and
 * `dml.*` files in a `sql-scripts/` folder). Pure over the path list, so the working tree and
 * any git revision are read by the same rules, and a revision knows which blobs it needs
 * before it reads any.
 */
export function planTableFolders(paths: readonly string[]): FolderPlan {
  const plan: FolderPlan = { folders: [], externalFiles: [], definitionFiles: [], diagnostics: [] };
  // In path order a folder's scripts are adjacent (they share the prefix `<folder>/sql-scripts/`),
  // so each folder is collected in one run: no map of folders, which large trees pay for.
  let folder: string | undefined;
  let roles: [Role, string[]][] = [];
  const close = () => {
    if (folder !== undefined) plan.folders.push({ folder, files: folderFiles(folder, roles, plan) });
  };
  for (const path of isSorted(paths) ? paths : [...paths].sort()) {
    const slash = path.lastIndexOf('/');
    const name = path.slice(slash + 1);
    if (name === DEFINITION_FILE) {
      plan.definitionFiles.push(path);
      continue;
    }
    if (name === 'external_tables.json') {
      plan.externalFiles.push(path);
      continue;
    }
    const dir = path.slice(0, Math.max(slash, 0));
    if (!dir.endsWith('sql-scripts') || (dir.length > 11 && dir[dir.length - 12] !== '/')) continue;
    const role = sqlScriptRole(name);
    if (!role) continue;
    const at = dir.slice(0, Math.max(dir.length - 12, 0));
    if (at !== folder) {
      close();
      folder = at;
      roles = [];
    }
    const list = roles.find(([r]) => r === role)?.[1];
    if (list) list.push(path);
    else roles.push([role, [path]]);
  }
  close();
  return plan;
}

/** A folder's files by role, in the order met; a role with more than one file is reported and left out. */
function folderFiles(folder: string, roles: [Role, string[]][], plan: FolderPlan): [Role, string][] {
  const files: [Role, string][] = [];
  for (const [role, paths] of roles) {
    if (paths.length > 1) {
      plan.diagnostics.push({
        severity: 'fatal',
        code: 'ambiguous-scripts',
        file: `${folder}/sql-scripts`,
        message: `more than one ${role} file: ${paths.map((f) => f.slice(f.lastIndexOf('/') + 1)).join(', ')}; keep one per table folder`,
      });
    } else files.push([role, paths[0]]);
  }
  return files;
}

/** Whether `paths` is already in `sort()` order, as listings usually are. */
function isSorted(paths: readonly string[]): boolean {
  for (let i = 1; i < paths.length; i++) if (paths[i - 1] > paths[i]) return false;
  return true;
}

/** Reads the files a plan names; a folder whose DDL and DML cannot be read is left out. */
export function readTableFolders(
  plan: FolderPlan,
  read: (path: string) => SourceFile | undefined,
): FolderListing {
  const out: FolderListing = {
    folders: [],
    definitionFiles: plan.definitionFiles,
    declaredExternals: [],
    diagnostics: [],
  };
  for (const path of plan.externalFiles) readDeclaredExternals(path, read, out);
  out.diagnostics.push(...plan.diagnostics);
  for (const { folder, files } of plan.folders) {
    const tf: TableFolder = { folder };
    for (const [role, path] of files) {
      const file = read(path);
      if (!file) continue;
      if (role === 'ddl') tf.ddl = file;
      else if (role === 'dml') tf.dml = file;
      else if (role === 'ddl-properties') tf.ddlProperties = file;
      else tf.dmlProperties = file;
    }
    if (tf.ddl || tf.dml) out.folders.push(tf);
  }
  return out;
}

/** Both steps at once, for a reader that can read any file (the working tree). */
export function groupTableFolders(
  paths: readonly string[],
  read: (path: string) => SourceFile | undefined,
): FolderListing {
  return readTableFolders(planTableFolders(paths), read);
}

function readDeclaredExternals(
  path: string,
  read: (path: string) => SourceFile | undefined,
  out: FolderListing,
) {
  const file = read(path);
  if (!file) return;
  try {
    const parsed = JSON.parse(file.text) as {
      tables?: { table_name?: string; kafka_topic?: string; product_name?: string }[];
    };
    for (const t of parsed.tables ?? []) {
      if (!t.table_name) continue;
      out.declaredExternals.push({
        name: t.table_name,
        kafkaTopic: t.kafka_topic || t.table_name,
        product: t.product_name ?? '',
      });
    }
  } catch (e) {
    out.diagnostics.push({
      severity: 'error',
      code: 'bad-external-tables',
      file: path,
      message: `cannot read as JSON (${(e as Error).message}); expected {"tables": [{"table_name", "kafka_topic", "product_name"}]}`,
    });
  }
}
