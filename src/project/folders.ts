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

/**
 * Groups the files of a pipelines tree into table folders (shift_left's rule: `ddl.*` and
 * `dml.*` files in a `sql-scripts/` folder). Pure over a path list and a reader, so the
 * working tree and any git revision are read by the same rules.
 */
export function groupTableFolders(
  paths: readonly string[],
  read: (path: string) => SourceFile | undefined,
): FolderListing {
  const out: FolderListing = { folders: [], definitionFiles: [], declaredExternals: [], diagnostics: [] };
  const byFolder = new Map<string, Map<string, string[]>>();
  for (const path of [...paths].sort()) {
    const slash = path.lastIndexOf('/');
    const name = path.slice(slash + 1);
    const dir = path.slice(0, Math.max(slash, 0));
    if (name === DEFINITION_FILE) {
      out.definitionFiles.push(path);
      continue;
    }
    if (name === 'external_tables.json') {
      readDeclaredExternals(path, read, out);
      continue;
    }
    if (!dir.endsWith('sql-scripts') || (dir.length > 11 && dir[dir.length - 12] !== '/')) continue;
    const role = sqlScriptRole(name);
    if (!role) continue;
    const folder = dir.slice(0, Math.max(dir.length - 12, 0));
    let roles = byFolder.get(folder);
    if (!roles) byFolder.set(folder, (roles = new Map()));
    const list = roles.get(role) ?? [];
    list.push(path);
    roles.set(role, list);
  }
  for (const [folder, roles] of byFolder) {
    const tf: TableFolder = { folder };
    for (const [role, files] of roles) {
      if (files.length > 1) {
        out.diagnostics.push({
          severity: 'fatal',
          code: 'ambiguous-scripts',
          file: `${folder}/sql-scripts`,
          message: `more than one ${role} file: ${files.map((f) => f.slice(f.lastIndexOf('/') + 1)).join(', ')}; keep one per table folder`,
        });
        continue;
      }
      const file = read(files[0]);
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
