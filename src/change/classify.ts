/**
 * Per-table change classification (docs/planning.md#change-kinds): pure, over two project models. Compares
 * fingerprints and analysed structure, never raw text, so formatting is never a change.
 */
import { compareNames } from '../graph/graph.js';
import { sqlScriptRole } from '../project/layout.js';
import type { Project, SqlFile, Table } from '../project/model.js';
import type { SqlAnalysis } from '../sql/types.js';
import { configKeysFor, type ConfigChange } from './config-change.js';
import { diffDdl, diffNames, type ShapeOf } from './ddl-diff.js';
import { optionFreeFingerprints } from './shape.js';
import { joinCapped, showValue } from './text.js';
import type { ChangeKind, FileChange, TableChange } from './types.js';

/** The order changes of one table are listed in: lifecycle first, then content. */
export const CHANGE_KINDS: readonly ChangeKind[] = [
  'added',
  'removed',
  'renamed',
  'format-only',
  'dml',
  'ddl-options',
  'ddl-schema',
  'properties',
];

export interface ClassifyOptions {
  /** Files git reports as changed; needed to tell `format-only` edits from untouched tables */
  files?: readonly FileChange[];
  /** Statement-affecting config differences (`classifyConfigChange`) */
  config?: ConfigChange;
  /**
   * Text of an analysed DDL file. With it an options-only edit is proved to be one (and
   * classified `ddl-options`); without it any DDL edit outside the options is `ddl-schema`.
   */
  ddlText?: (analysis: SqlAnalysis) => string | undefined;
}

interface Found {
  kind: ChangeKind;
  files: string[];
  items: string[];
}

export function classifyChanges(base: Project, head: Project, opts: ClassifyOptions = {}): TableChange[] {
  const changed = changedPaths(opts.files);
  const shapes = new Map<SqlAnalysis, string[]>();
  const shapeOf: ShapeOf = (analysis) => {
    let shape = shapes.get(analysis);
    if (!shape) {
      const text = opts.ddlText?.(analysis);
      if (text === undefined) return undefined;
      shapes.set(analysis, (shape = optionFreeFingerprints(text)));
    }
    return shape;
  };
  const before = definedTables(base);
  const after = definedTables(head);
  const names = [...new Set([...before.keys(), ...after.keys()])].sort(compareNames);
  const out: TableChange[] = [];
  for (const name of names) {
    const b = before.get(name);
    const h = after.get(name);
    let found: Found[];
    if (!b) {
      found = [{ kind: 'added', files: tableFiles(h!, changed), items: [`new table in ${h!.folder}`] }];
    } else if (!h) {
      const items = [`no longer defined (was in ${b.folder})`];
      found = [{ kind: 'removed', files: tableFiles(b, changed), items }];
    } else {
      found = compareTable(b, h, changed, shapeOf, opts.config);
    }
    for (const f of found.sort((x, y) => CHANGE_KINDS.indexOf(x.kind) - CHANGE_KINDS.indexOf(y.kind))) {
      out.push({
        table: name,
        kind: f.kind,
        files: [...new Set(f.files)].sort(compareNames),
        detail: joinCapped(f.items),
      });
    }
  }
  return out;
}

function compareTable(
  b: Table,
  h: Table,
  changed: ChangedFiles | undefined,
  shapeOf: ShapeOf,
  config: ConfigChange | undefined,
): Found[] {
  const found: Found[] = [];
  const sqlPath = (f: SqlFile | undefined, g: SqlFile | undefined) =>
    [(f ?? g)?.path].filter((p): p is string => !!p);

  const ddl = diffDdl(b.ddl, h.ddl, shapeOf);
  const ddlFiles = sqlPath(h.ddl, b.ddl);
  // A rebuild recreates the table with its new options too, so options ride along in its detail.
  if (ddl.schema.length) {
    found.push({ kind: 'ddl-schema', files: ddlFiles, items: [...ddl.schema, ...ddl.options] });
  } else if (ddl.options.length) {
    found.push({ kind: 'ddl-options', files: ddlFiles, items: ddl.options });
  }

  // Fingerprints are computed on first read; a shared analysis (same blob) needs none.
  if (b.dml?.analysis !== h.dml?.analysis && queryFingerprint(b.dml) !== queryFingerprint(h.dml)) {
    found.push({ kind: 'dml', files: sqlPath(h.dml, b.dml), items: dmlItems(b, h) });
  }

  const props = propertyChanges(b, h, changed, config);
  if (props.items.length) found.push({ kind: 'properties', ...props });

  if (b.folder !== h.folder) {
    const items = [`moved ${b.folder} → ${h.folder}`];
    if (b.product !== h.product) items.push(`product ${b.product || '(none)'} → ${h.product || '(none)'}`);
    if (b.type !== h.type) items.push(`type ${b.type} → ${h.type}`);
    found.push({ kind: 'renamed', files: tableFiles(h, changed), items });
  } else if (found.length === 0 && changed) {
    const touched = folderFiles(h, changed);
    const items = ['formatting or comments only; nothing to deploy'];
    if (touched.length) found.push({ kind: 'format-only', files: touched, items });
  }
  return found;
}

/** SET lines are properties, compared as such; everything else in the DML is the query. */
const queryFingerprint = (f: SqlFile | undefined) =>
  f
    ? f.analysis.statements
        .filter((s) => s.kind !== 'set')
        .map((s) => s.fingerprint)
        .join(',')
    : '';

function dmlItems(b: Table, h: Table): string[] {
  if (!b.dml || !h.dml) return [b.dml ? 'DML file removed' : 'DML file added'];
  const items = ['query changed'];
  const sources = diffNames(b.parents, h.parents);
  if (sources) items.push(sources);
  const state = (t: Table) => (t.stateful ? 'stateful' : 'stateless');
  // The query's own reasons first: they are what the edit is about.
  const reasons = [...h.reasons].sort(
    (x, y) => Number(x.file !== h.dml!.path) - Number(y.file !== h.dml!.path),
  );
  const why = h.stateful ? ` (${[...new Set(reasons.map((r) => r.construct))].slice(0, 3).join(', ')})` : '';
  items.push(b.stateful === h.stateful ? state(h) + why : `statefulness: ${state(b)} → ${state(h)}${why}`);
  return items;
}

function propertyChanges(
  b: Table,
  h: Table,
  changed: ChangedFiles | undefined,
  config: ConfigChange | undefined,
) {
  const items: string[] = [];
  const files: string[] = [];
  const compare = (before: Record<string, string>, after: Record<string, string>, prefix: string) => {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort(compareNames);
    for (const k of keys) {
      if (before[k] === after[k]) continue;
      items.push(`${prefix}${k}: ${showValue(k, before[k])} → ${showValue(k, after[k])}`);
    }
  };
  compare(b.properties, h.properties, '');
  const dmlCount = items.length;
  compare(ddlProperties(b), ddlProperties(h), 'DDL ');
  if (items.length) {
    const props = [...folderFiles(b, changed), ...folderFiles(h, changed)].filter((p) =>
      roleOf(p).endsWith('properties'),
    );
    files.push(...props);
    // SET lines live in the SQL files; with no changed .properties file they must be the source.
    const noFile = (role: string) => !props.some((p) => roleOf(p) === role);
    if (dmlCount > 0 && noFile('dml-properties') && h.dml) files.push(h.dml.path);
    if (items.length > dmlCount && noFile('ddl-properties') && h.ddl) files.push(h.ddl.path);
  }
  const keys = configKeysFor(config, b.product, h.product);
  if (keys.length) {
    items.push(`${config!.file}: ${keys.join(', ')}`);
    files.push(config!.file);
  }
  return { items, files };
}

const ddlProperties = (t: Table) => ({ ...(t.ddl?.analysis.properties ?? {}), ...t.ddlProperties });

function definedTables(p: Project): Map<string, Table> {
  const out = new Map<string, Table>();
  for (const [name, t] of p.tables) if (!t.external) out.set(name, t);
  return out;
}

/** Changed table-folder files (role files in `sql-scripts/`) by table folder, either side of a rename. */
type ChangedFiles = Map<string, string[]>;

function changedPaths(files: readonly FileChange[] | undefined): ChangedFiles | undefined {
  if (!files) return undefined;
  const out: ChangedFiles = new Map();
  const add = (path: string) => {
    const slash = path.lastIndexOf('/');
    const dir = path.slice(0, Math.max(slash, 0));
    const inScripts = dir === 'sql-scripts' || dir.endsWith('/sql-scripts');
    if (!inScripts || !roleOf(path)) return;
    const folder = dir.slice(0, Math.max(dir.length - 12, 0));
    const list = out.get(folder) ?? [];
    if (!list.includes(path)) list.push(path);
    out.set(folder, list);
  };
  for (const f of files) {
    add(f.path);
    if (f.oldPath) add(f.oldPath);
  }
  return out;
}

const roleOf = (path: string) => sqlScriptRole(path.slice(path.lastIndexOf('/') + 1)) ?? '';

/** Changed files the folder grouping reads for this table. */
const folderFiles = (t: Table, changed: ChangedFiles | undefined): string[] => changed?.get(t.folder) ?? [];

/** The table's SQL files plus any of its changed role files (`.properties` are not in the model). */
function tableFiles(t: Table, changed: ChangedFiles | undefined): string[] {
  return [t.ddl?.path, t.dml?.path, ...folderFiles(t, changed)].filter((p): p is string => !!p);
}
