import type { Config } from '../config/schema.js';
import { analyzeSql } from '../sql/analyze.js';
import { scalarFunctions, type ScalarFunctions } from '../sql/scalar.js';
import { keepsState, queryMode, quoted, readerReason, type ReadMode } from '../sql/changelog.js';
import type { AnalyzedStatement, JoinCounts, SqlAnalysis, TableChangelog, TableRef } from '../sql/types.js';
import { buildGraph, findCycle, parentsFirstIds, type Graph } from '../graph/graph.js';
import { globMatcher, NameIndex } from '../util/text.js';
import type { Diagnostic } from './diagnostics.js';
import { classifyFolder } from './layout.js';
import type { Project, SourceFile, SqlFile, Table, TableFolder } from './model.js';
import { parseProperties } from './properties.js';
import { snapshotModeInProperties, snapshotModeInSql } from './snapshot-mode.js';
import { namespacesOf, resolveName, type Namespace } from './resolve.js';
import { summariseUndeclared, UNDECLARED_EXTERNAL } from './undeclared.js';

/** An external table declared in a shift_left `external_tables.json`. */
export interface DeclaredExternal {
  name: string;
  kafkaTopic: string;
  product: string;
}

export interface BuildInput {
  /** Repository-relative pipelines folder */
  pipelinesDir: string;
  folders: TableFolder[];
  /** Problems the scanner already found (unreadable files, links) */
  diagnostics?: Diagnostic[];
  externalTables?: readonly string[];
  declaredExternals?: readonly DeclaredExternal[];
  /** Catalogs and databases the statements run in: a qualified name there is a project table */
  namespaces?: readonly Namespace[];
  /** Functions known to be scalar (config `scalarFunctions`), matched without regard to case */
  scalarFunctions?: readonly string[];
  /** Analysis of one file; callers that read two revisions pass a cache keyed by content */
  analyze?: (file: SourceFile) => SqlAnalysis;
  /**
   * Per-folder results shared by builds over the same file objects (two revisions of one
   * repository); a folder is reused only when all its files are the identical objects.
   */
  memo?: FolderMemo;
}

/** The build options a config sets. */
export function projectOptions(
  config: Config,
): Pick<BuildInput, 'externalTables' | 'namespaces' | 'scalarFunctions'> {
  return {
    externalTables: config.externalTables,
    namespaces: namespacesOf(config),
    scalarFunctions: config.scalarFunctions,
  };
}

const CREATE_KINDS = new Set([
  'create-table',
  'ctas',
  'create-like',
  'create-view',
  'create-materialized-table',
]);
const WRITE_KINDS = new Set(['insert', 'statement-set']);

const zeroJoins = (): JoinCounts => ({ regular: 0, left: 0, right: 0, inner: 0, outer: 0, cross: 0 });

/** Last dotted part: catalog and database qualifiers depend on the environment, not the table. */
export const baseName = (name: string) => name.slice(name.lastIndexOf('.') + 1);

/** The table a reference names, without its qualifiers: its last part (a quoted name is one part). */
const tableOf = (ref: TableRef) => ref.parts[ref.parts.length - 1];

function firstRef(analysis: SqlAnalysis, kinds: Set<string>): TableRef | undefined {
  for (const s of analysis.statements) if (kinds.has(s.kind) && s.sinkRefs.length) return s.sinkRefs[0];
  return undefined;
}

function addJoins(into: JoinCounts, statements: AnalyzedStatement[]) {
  for (const s of statements)
    for (const k of Object.keys(into) as (keyof JoinCounts)[]) into[k] += s.joins[k];
}

interface SourceRef {
  ref: TableRef;
  file: string;
  /** The table of `CREATE TABLE … LIKE`: an edge of the graph, but no rows are read from it */
  like?: true;
}

interface PendingTable {
  table: Table;
  sourceRefs: SourceRef[];
  /** The table is a view (its DDL is CREATE VIEW): a statement reading it runs its query */
  view: boolean;
  /** The changelog mode its DDL file gives it (CREATE, then ALTER TABLE); none for a view or without DDL */
  changelog?: TableChangelog;
}

/**
 * What one table folder contributes, a function of its files alone: base and head share it
 * for every folder a change did not touch (`BuildInput.memo`).
 */
export interface FolderTable {
  folder: TableFolder;
  pipelinesDir: string;
  /** Reported whether or not the name turns out to be a duplicate */
  notes: Diagnostic[];
  /** Undefined when neither file names the table (a diagnostic in `notes` says so) */
  pending?: PendingTable;
  /** Reported only when the table is kept (the `.properties` files) */
  propertyNotes: Diagnostic[];
  /** The `scalarFunctions` the result was made with (it removes reasons) */
  scalar: string;
}

/** Folder results by the folder's first file, for reuse by another build over the same files. */
export type FolderMemo = Map<SourceFile, FolderTable>;

function sameFiles(a: TableFolder, b: TableFolder): boolean {
  return (
    a.folder === b.folder &&
    a.ddl === b.ddl &&
    a.dml === b.dml &&
    a.ddlProperties === b.ddlProperties &&
    a.dmlProperties === b.dmlProperties
  );
}

function folderTable(
  folder: TableFolder,
  pipelinesDir: string,
  analyzeFile: (file: SourceFile) => SqlAnalysis,
  scalar: ScalarFunctions,
): FolderTable {
  const notes: Diagnostic[] = [];
  const propertyNotes: Diagnostic[] = [];
  const result: FolderTable = { folder, pipelinesDir, notes, propertyNotes, scalar: scalar.key };
  const analyze = (file: TableFolder['ddl']): SqlFile | undefined => {
    if (!file) return undefined;
    const analysis = analyzeFile(file);
    for (const issue of analysis.issues) {
      notes.push({
        severity: issue.severity,
        code: issue.severity === 'error' ? 'sql-unreadable' : 'sql-warning',
        file: file.path,
        line: issue.line,
        message: issue.message,
      });
    }
    return { path: file.path, text: file.text, analysis };
  };

  const props = (file: TableFolder['ddl']) => {
    if (!file) return {};
    const { values, diagnostics: d } = parseProperties(file.path, file.text);
    propertyNotes.push(...d, ...snapshotModeInProperties(file, values));
    return values;
  };

  const ddl = analyze(folder.ddl);
  const dml = analyze(folder.dml);
  notes.push(...snapshotModeInSql(ddl), ...snapshotModeInSql(dml));
  const created = ddl && firstRef(ddl.analysis, CREATE_KINDS);
  const inserted = dml && firstRef(dml.analysis, WRITE_KINDS);
  if (!created && !inserted) {
    notes.push({
      severity: 'error',
      code: 'no-table-name',
      file: (folder.ddl ?? folder.dml)?.path ?? folder.folder,
      message:
        'no CREATE TABLE/VIEW target in the DDL and no INSERT INTO target in the DML; the table name comes from one of them',
    });
    return result;
  }
  const name = tableOf((created ?? inserted)!);
  if (created && inserted && tableOf(inserted) !== name) {
    notes.push({
      severity: 'fatal',
      code: 'name-mismatch',
      file: dml!.path,
      line: inserted.line,
      message: `the DML inserts into \`${inserted.name}\` but the DDL (${ddl!.path}:${created.line}) creates \`${created.name}\`; make both name the same table`,
    });
  }
  if (!ddl) {
    notes.push({
      severity: 'notice',
      code: 'dml-without-ddl',
      file: dml!.path,
      message: `table \`${name}\` has a DML file but no ddl.*.sql; the table must already exist where it is deployed`,
    });
  } else if (
    !dml &&
    ddl.analysis.statements.every((s) => s.kind === 'create-table' || s.kind === 'create-like')
  ) {
    notes.push({
      severity: 'notice',
      code: 'ddl-without-dml',
      file: ddl.path,
      message: `table \`${name}\` has a DDL file but no dml.*.sql; nothing writes to it from this repository`,
    });
  }
  if (dml) {
    for (const s of dml.analysis.statements) {
      for (const ref of WRITE_KINDS.has(s.kind) ? s.sinkRefs : []) {
        if (tableOf(ref) !== name) {
          notes.push({
            severity: 'warning',
            code: 'extra-sink',
            file: dml.path,
            line: ref.line,
            message: `the DML of \`${name}\` also writes to \`${ref.name}\`; keep one table per folder so the graph stays exact`,
          });
        }
      }
    }
  }

  const { type, product } = classifyFolder(pipelinesDir, folder.folder);
  const setProps: Record<string, string> = { ...(dml?.analysis.properties ?? {}) };
  const fileProps = props(folder.dmlProperties);
  for (const [k, v] of Object.entries(fileProps)) {
    if (k in setProps && setProps[k] !== v) {
      propertyNotes.push({
        severity: 'warning',
        code: 'property-conflict',
        file: folder.dmlProperties!.path,
        message: `property ${k} is ${v} here but SET to ${setProps[k]} in ${dml!.path}; the .properties value is used`,
      });
    }
    setProps[k] = v;
  }

  const sqlFiles = [ddl, dml].filter((f): f is SqlFile => !!f);
  const joins = zeroJoins();
  addJoins(joins, (dml ?? ddl)!.analysis.statements);
  const reasons = sqlFiles.flatMap((f) =>
    f.analysis.reasons.filter((r) => !scalar.covers(r)).map((r) => ({ ...r, file: f.path })),
  );
  const sourceRefs = sqlFiles.flatMap((f) => readRefs(f, name));
  const own = ddl && created && ddl.analysis.statements.find((s) => s.sinkRefs[0] === created);
  const changelog = own && own.kind !== 'create-view' ? changelogOf(ddl!.analysis, own, name) : undefined;
  result.pending = {
    table: {
      name,
      product,
      type,
      external: false,
      folder: folder.folder,
      ddl,
      dml,
      properties: setProps,
      ddlProperties: props(folder.ddlProperties),
      parents: [],
      stateful: reasons.length > 0,
      reasons,
      joins,
      kafkaTopic: null,
    },
    sourceRefs,
    view: own?.kind === 'create-view',
    ...(changelog ? { changelog } : {}),
  };
  return result;
}

/** The mode the CREATE gives the table, as later ALTER TABLE statements of the same file leave it. */
function changelogOf(
  analysis: SqlAnalysis,
  own: AnalyzedStatement,
  name: string,
): TableChangelog | undefined {
  let mode = own.changelog;
  let after = false;
  for (const s of analysis.statements) {
    if (s === own) after = true;
    else if (
      after &&
      s.kind === 'alter-table' &&
      s.changelog &&
      s.sinkRefs.length &&
      tableOf(s.sinkRefs[0]) === name
    )
      mode = s.changelog;
  }
  return mode;
}

/**
 * The references of a file that read other tables. A table or view the file creates under
 * another name (`CREATE TEMPORARY VIEW v AS …` before the INSERT) is local to it: Flink runs
 * its query inside the statement that reads it, so its own sources are read, not it. An
 * ALTER or DROP names its own table, it does not read it; `ALTER MATERIALIZED TABLE … AS`
 * reads its query's sources.
 */
function readRefs(file: SqlFile, table: string): SourceRef[] {
  const local = new Set<string>();
  const out: SourceRef[] = [];
  for (const s of file.analysis.statements) {
    if (s.kind !== 'drop') {
      const like = s.kind === 'create-like' && s.sinkRefs.length > 0 && tableOf(s.sinkRefs[0]) === table;
      for (const ref of s.sourceRefs) {
        if (!local.has(ref.name)) out.push(like ? { ref, file: file.path, like } : { ref, file: file.path });
      }
    }
    if (CREATE_KINDS.has(s.kind) && s.sinkRefs.length && tableOf(s.sinkRefs[0]) !== table) {
      local.add(s.sinkRefs[0].name);
    }
  }
  return out;
}

/**
 * Builds the project model from table folders: pure, so the same code serves the working
 * tree, a git revision, and the benchmarks.
 */
export function buildProject(input: BuildInput): Project {
  const diagnostics: Diagnostic[] = [...(input.diagnostics ?? [])];
  const byName = new Map<string, PendingTable>();
  const analyzeFile = input.analyze ?? ((file: SourceFile) => analyzeSql(file.text));
  const memo = input.memo;
  const scalar = scalarFunctions(input.scalarFunctions);

  for (const folder of [...input.folders].sort((a, b) => (a.folder < b.folder ? -1 : 1))) {
    const key = (folder.ddl ?? folder.dml)!;
    let done = memo?.get(key);
    if (
      !done ||
      done.pipelinesDir !== input.pipelinesDir ||
      done.scalar !== scalar.key ||
      !sameFiles(done.folder, folder)
    ) {
      done = folderTable(folder, input.pipelinesDir, analyzeFile, scalar);
      memo?.set(key, done);
    }
    diagnostics.push(...done.notes);
    if (!done.pending) continue;
    const { name } = done.pending.table;
    const existing = byName.get(name);
    if (existing) {
      diagnostics.push({
        severity: 'fatal',
        code: 'duplicate-table',
        file: folder.folder,
        message: `table \`${name}\` is defined twice: in ${existing.table.folder} and in ${folder.folder}; rename or remove one`,
      });
      continue;
    }
    diagnostics.push(...done.propertyNotes);
    // Each project sets its own parents; the rest of the table is shared and never written.
    byName.set(name, { ...done.pending, table: { ...done.pending.table, parents: [] } });
  }

  const tables = new Map<string, Table>();
  for (const [name, p] of byName) tables.set(name, p.table);
  const declared = new Map((input.declaredExternals ?? []).map((d) => [d.name, d]));
  const expectedExternal = globMatcher(input.externalTables ?? []);
  const edges: [string, string][] = [];
  const warned = new Set<string>();
  // Built on the first unresolved name; each lookup compares a handful of names, not all.
  const names = new NameIndex(byName.keys());
  const suggestions = new Map<string, string | null>();
  const undeclared = new Set<string>();
  const undeclaredNotes: Diagnostic[] = [];

  const isProjectTable = (n: string) => byName.has(n);
  const namespaces = [...(input.namespaces ?? []), ...statementNamespaces(byName.values())];
  const qualifierNotes = new Set<string>();
  const noteQualifiers = (d: Diagnostic) => {
    const key = `${d.file}\0${d.line}\0${d.message}`;
    if (qualifierNotes.has(key)) return;
    qualifierNotes.add(key);
    diagnostics.push(d);
  };

  // LIKE tables (few): the table named after LIKE, and whether a query reads it too.
  const likes = new Map<string, { parent: string; read: boolean }>();
  for (const [name, { table, sourceRefs }] of byName) {
    const parents = new Set<string>();
    for (const { ref, file, like } of sourceRefs) {
      const resolved = resolveName(ref.parts, isProjectTable, namespaces);
      const parent = resolved.name;
      if (like) likes.set(name, { parent, read: false });
      else if (likes.get(name)?.parent === parent) likes.get(name)!.read = true;
      if (resolved.notProject) {
        noteQualifiers({
          severity: 'warning',
          code: 'qualified-name',
          file,
          line: ref.line,
          message: `\`${ref.name}\` ends in the name of the project's table \`${tableOf(ref)}\` but is read as an external table: ${resolved.notProject}. If it means the project's table, drop the qualifiers or set catalog and database of the environment in flink-pipeline.yaml`,
        });
      } else if (resolved.assumed) {
        noteQualifiers({
          severity: 'notice',
          code: 'qualified-name-assumed',
          file,
          line: ref.line,
          message: `\`${ref.name}\` is read as the project's table \`${parent}\`: its qualifiers could not be checked against a configured catalog and database; set catalog and database of the environment in flink-pipeline.yaml`,
        });
      }
      if (parent === name && resolved.project) {
        // Kept out of the graph (a table cannot be its own parent) but never silently.
        if (!table.readsItself) {
          table.readsItself = { file, line: ref.line };
          diagnostics.push({
            severity: 'warning',
            code: 'self-read',
            file,
            line: ref.line,
            message: `\`${name}\` reads itself: its statement consumes its own output in a loop, and a rebuild of it starts that loop again from the earliest offset`,
          });
        }
        continue;
      }
      parents.add(parent);
      if (byName.has(parent) || tables.has(parent)) continue;
      const decl = declared.get(parent) ?? declared.get(baseName(parent));
      tables.set(parent, {
        name: parent,
        product: decl?.product ?? '',
        type: 'external_kafka',
        external: true,
        folder: '',
        properties: {},
        ddlProperties: {},
        parents: [],
        stateful: false,
        reasons: [],
        joins: zeroJoins(),
        kafkaTopic: decl?.kafkaTopic ?? parent,
      });
      // A qualified name of a project table was warned about above, with what to do.
      if (resolved.notProject || decl || expectedExternal(parent) || expectedExternal(baseName(parent)))
        continue;
      const key = `${file}\0${parent}`;
      if (warned.has(key)) continue;
      warned.add(key);
      if (!suggestions.has(parent)) suggestions.set(parent, names.suggest(baseName(parent)));
      let suggestion = suggestions.get(parent);
      // The reading table itself is never the answer to "did you mean"; rare, so no cache.
      if (suggestion === name) suggestion = names.suggest(baseName(parent), name);
      if (!suggestion) {
        undeclared.add(parent);
        const note: Diagnostic = {
          severity: 'warning',
          code: UNDECLARED_EXTERNAL,
          file,
          line: ref.line,
          message: `\`${ref.name}\` is not defined under ${input.pipelinesDir}/ nor declared external; it is treated as an external table. If it is a raw topic, list it in externalTables in flink-pipeline.yaml.`,
        };
        undeclaredNotes.push(note);
        diagnostics.push(note);
        continue;
      }
      diagnostics.push({
        severity: 'warning',
        code: 'unknown-table',
        file,
        line: ref.line,
        message:
          `\`${ref.name}\` is not defined under ${input.pipelinesDir}/ and is treated as an external table` +
          `; did you mean \`${suggestion}\`?` +
          ` If it is a raw topic, list it in externalTables in flink-pipeline.yaml.`,
      });
    }
    table.parents = [...parents].sort();
    for (const p of table.parents) edges.push([p, name]);
  }
  const summary = summariseUndeclared(
    undeclaredNotes,
    [...undeclared].sort(),
    byName.keys(),
    input.pipelinesDir,
    baseName,
  );
  if (summary) diagnostics.push(summary);
  const graph = buildGraph(tables.keys(), edges);
  inheritState(byName, graph, likes);
  const cycle = findCycle(graph);
  if (cycle) {
    const first = tables.get(cycle[0])!;
    diagnostics.push({
      severity: 'fatal',
      code: 'cycle',
      file: first.dml?.path ?? first.ddl?.path,
      message: `dependency cycle: ${cycle.join(' → ')}; a table cannot read, directly or through others, what it writes`,
    });
  }
  if (input.folders.length === 0) {
    diagnostics.push({
      severity: 'fatal',
      code: 'no-tables',
      file: input.pipelinesDir,
      message: `no table folders (folders with a sql-scripts/ child holding ddl.*.sql or dml.*.sql) under ${input.pipelinesDir}/; check --pipelines`,
    });
  }
  return { pipelinesDir: input.pipelinesDir, tables, graph, diagnostics };
}

/** `sql.current-catalog` and `sql.current-database` the tables' statements set (SET lines, .properties). */
function statementNamespaces(pending: Iterable<PendingTable>): Namespace[] {
  const out: Namespace[] = [];
  const seen = new Set<string>();
  for (const { table } of pending) {
    const catalog = table.properties['sql.current-catalog'];
    const database = table.properties['sql.current-database'];
    if (!catalog && !database) continue;
    const key = `${catalog ?? ''}\0${database ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ catalog, database });
  }
  return out;
}

/**
 * State a table takes from what it reads, carried down the graph parents first:
 *
 * - a view: a statement that reads it runs the view's query (Flink inlines it), so it keeps
 *   the view's state, through any chain of views;
 * - a table whose changelog is not append-only: Flink normalises an upsert source with state
 *   per key (ChangelogNormalize); a retract table, a table filled by a `CREATE TABLE … AS` that
 *   keeps state (it may write updates) and a mode the analyzer cannot tell count too
 *   (sql/changelog.ts). A `CREATE TABLE … LIKE` takes the mode of its LIKE table.
 *
 * One pass over the edges; a table on a cycle (reported elsewhere) sees what is known then.
 */
function inheritState(
  byName: Map<string, PendingTable>,
  graph: Graph,
  likes: Map<string, { parent: string; read: boolean }>,
): void {
  // How a reader sees each settled table; absent: nothing to say (a view, no DDL, external).
  const reads = new Map<string, ReadMode>();
  for (const id of parentsFirstIds(graph)) {
    const name = graph.names[id];
    const p = byName.get(name);
    if (!p) continue;
    const like = likes.get(name);
    const added: { construct: string; parent: string; like?: true }[] = [];
    for (const parent of p.table.parents) {
      if (like && like.parent === parent && !like.read) continue;
      const q = byName.get(parent);
      if (!q) continue;
      let construct: string | undefined;
      if (q.view) {
        const first = q.table.reasons[0];
        if (first)
          construct = `reads view \`${parent}\`, which keeps state (${quoted(first.construct)}, line ${first.line})`;
      } else {
        const read = reads.get(parent);
        if (read) construct = readerReason(parent, read);
      }
      if (construct) added.push({ construct, parent });
    }
    let likeMode: ReadMode | undefined;
    if (p.changelog?.mode === 'like') {
      const from = like?.parent ?? '?';
      likeMode = reads.get(from) ?? {
        mode: 'unknown',
        by: byName.has(from) ? 'it has no CREATE TABLE' : 'an external table',
      };
      // Writing into an upsert or retract table keeps state, as for a CREATE that says so itself.
      if (likeMode.mode !== 'append') {
        const construct = !keepsState(likeMode.mode)
          ? `created LIKE \`${from}\`, whose changelog mode is not known (${likeMode.by}): treated as stateful`
          : `created LIKE \`${from}\`, ${likeMode.mode === 'upsert' ? 'an upsert' : 'a retract'} table, whose changelog mode it takes`;
        added.push({ construct, parent: from, like: true });
      }
    }
    if (added.length) addReasons(p, added);
    const mode = p.changelog;
    if (!mode) continue;
    if (mode.mode === 'query') {
      const first = p.table.reasons[0];
      reads.set(name, queryMode(first && `${quoted(first.construct)}, ${first.file}:${first.line}`));
    } else if (mode.mode === 'like') reads.set(name, likeMode!);
    else reads.set(name, { mode: mode.mode, by: mode.by });
  }
}

/**
 * Reasons a table takes from its parents, each at the first line that names the parent: a
 * line that reads it, or for the LIKE table's own reason the LIKE clause.
 */
function addReasons(p: PendingTable, added: { construct: string; parent: string; like?: true }[]): void {
  const reads = new Map<string, SourceRef>();
  const likes = new Map<string, SourceRef>();
  for (const s of p.sourceRefs) {
    const at = s.like ? likes : reads;
    for (const key of [s.ref.name, tableOf(s.ref)]) if (!at.has(key)) at.set(key, s);
  }
  const fallback = p.sourceRefs[0];
  p.table.reasons = [
    ...p.table.reasons,
    ...added.map(({ construct, parent, like }) => {
      const first = like ? likes : reads;
      const s = first.get(parent) ?? first.get(baseName(parent)) ?? fallback;
      return { construct, line: s?.ref.line ?? 1, file: s?.file ?? p.table.folder };
    }),
  ];
  p.table.stateful = true;
}
