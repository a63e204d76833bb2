/**
 * Reconciliation (docs/planning.md#reconciliation): a deploy plans the difference between what
 * HEAD describes and what runs, table by table, whatever commit range it was given. The live
 * statements are data here (their SQL is on the statement itself); the before side of a
 * table's change is that live SQL, analysed and classified by the same code as a commit range.
 */
import { classifyChanges } from '../change/classify.js';
import type { TableChange } from '../change/types.js';
import { compareNames } from '../graph/graph.js';
import { baseName, buildProject, type BuildInput } from '../project/build.js';
import type { Project, SourceFile, Table, TableFolder } from '../project/model.js';
import { analyzeSql } from '../sql/analyze.js';
import type { SqlAnalysis } from '../sql/types.js';
import { renameTables } from './sql.js';
import type { LiveStatement, StatusSnapshot } from './types.js';

export const CARRY_OVER = 'sql.tables.initial-offset-from';
/** Phases of a statement that runs (DEGRADED: running, unhealthy). */
const RUNS: ReadonlySet<string> = new Set(['RUNNING', 'DEGRADED']);
/** Phases of a statement that holds its offsets without running. */
const HOLDS: ReadonlySet<string> = new Set(['STOPPED', 'STOPPING']);
const WRITERS = new Set(['insert', 'statement-set', 'ctas']);

/** The live statements of one table, sorted into what they are for. */
export interface LiveTable {
  /** The table, as HEAD (or the status) names it */
  table: string;
  /** The name it is deployed under: `t`, or `t_v2` after a blue-green rebuild */
  deployedAs: string;
  /**
   * The statement writing the table now: HEAD's statement when it exists, else the newest that
   * runs, else the newest stopped one, else the newest. For a table filled by its own
   * CREATE TABLE … AS SELECT, that statement.
   */
  writer?: LiveStatement;
  /** The writer is the statement HEAD describes */
  isHead: boolean;
  /** The statement the writer carries its offsets over from, while it still exists */
  carryFrom?: LiveStatement;
  /** Other statements writing the same table: left behind, to be stopped and deleted */
  leftovers: LiveStatement[];
  /** The newest completed CREATE of the table (a running CREATE … AS SELECT counts) */
  create?: LiveStatement;
  /** Completed ALTER statements newer than that CREATE */
  alters: Set<string>;
  /** The newest completed DROP of the table */
  drop?: LiveStatement;
}

export interface ExpectedStatements {
  /** The DML statement HEAD deploys, under the current versions */
  dmlName?: string;
  /** HEAD's DDL statement, as sent (under the current versions) */
  ddlSql?: string;
  ddlProps: Record<string, string>;
}

const analyses = new Map<string, SqlAnalysis>();
/** Live statements repeat across status reads of one process: each text is analysed once. */
function analysisOf(sql: string): SqlAnalysis {
  let a = analyses.get(sql);
  if (!a) {
    if (analyses.size > 20_000) analyses.clear();
    analyses.set(sql, (a = analyzeSql(sql)));
  }
  return a;
}

/** The table a statement writes (the last part of its first sink's name). */
export function sinkOf(s: LiveStatement): string | undefined {
  const sink = analysisOf(s.sql).sinks[0];
  return sink === undefined ? undefined : baseName(sink);
}

/** A CREATE … AS SELECT: the statement keeps running and is the table's writer. */
const isCtas = (s: LiveStatement) => s.kind === 'ddl' && analysisOf(s.sql).statements[0]?.kind === 'ctas';
const isWriter = (s: LiveStatement) =>
  (s.kind === 'dml' || isCtas(s)) && WRITERS.has(analysisOf(s.sql).statements[0]?.kind ?? '');

/**
 * The name each table is deployed under, from what runs: the sink of its newest writer that is
 * not broken, else of its newest CREATE. Only names that differ from the table's are listed.
 */
export function deployedNames(status: StatusSnapshot): Map<string, string> {
  const out = new Map<string, string>();
  for (const [table, st] of status.tables) {
    const live = st.live ?? [];
    const writer =
      live.find(
        (s) => isWriter(s) && (RUNS.has(s.phase ?? '') || s.phase === 'PENDING' || HOLDS.has(s.phase ?? '')),
      ) ?? live.find((s) => s.kind === 'ddl' && s.phase === 'COMPLETED');
    const sink = writer && sinkOf(writer);
    if (sink && sink !== table && baseName(table) !== sink) out.set(table, sink);
  }
  return out;
}

/** Sorts a table's live statements (newest first) against the statement HEAD describes. */
export function liveTable(
  table: string,
  live: readonly LiveStatement[],
  deployedAs: string,
  headDmlName: string | undefined,
): LiveTable {
  const out: LiveTable = { table, deployedAs, isHead: false, leftovers: [], alters: new Set() };
  // The CREATE of the deployed version: a blue-green rebuild that stopped part-way may have
  // created the next version already, which nothing writes yet.
  const create = live.find(
    (s) =>
      s.kind === 'ddl' &&
      (s.phase === 'COMPLETED' || (isCtas(s) && s.phase !== 'FAILED')) &&
      (sinkOf(s) ?? deployedAs) === deployedAs,
  );
  // A DROP that completed after the CREATE: the table that CREATE made is gone.
  const drop = live.find((s) => s.kind === 'drop' && s.phase === 'COMPLETED');
  if (drop) out.drop = drop;
  if (create && !(drop && drop.createdAt >= create.createdAt)) out.create = create;
  for (const s of live) {
    if (s.kind === 'alter' && s.phase === 'COMPLETED' && out.create && s.createdAt >= out.create.createdAt)
      out.alters.add(s.name);
  }
  // Statements writing the deployed table; the old pipeline of a blue-green rebuild writes
  // another (t, when t_v2 is deployed) and is left alone.
  const writers = live.filter((s) => isWriter(s) && (sinkOf(s) ?? table) === deployedAs);
  if (!writers.length) return out;
  const head = headDmlName === undefined ? undefined : writers.find((s) => s.name === headDmlName);
  const writer =
    head ??
    writers.find((s) => RUNS.has(s.phase ?? '')) ??
    writers.find((s) => HOLDS.has(s.phase ?? '')) ??
    writers[0];
  out.writer = writer;
  out.isHead = !!head;
  const from = writer.properties[CARRY_OVER];
  const source = from === undefined ? undefined : writers.find((s) => s.name === from && s !== writer);
  if (source) out.carryFrom = source;
  out.leftovers = writers
    .filter((s) => s !== writer && s !== source)
    .sort((a, b) => compareNames(a.name, b.name));
  return out;
}

/** Whether a live CREATE is the statement HEAD would send: same analysed SQL, same properties. */
export function sameDdl(live: LiveStatement, expected: ExpectedStatements): boolean {
  if (expected.ddlSql === undefined) return false;
  if (analysisOf(live.sql).fingerprint !== analysisOf(expected.ddlSql).fingerprint) return false;
  return sameProps(live.properties, expected.ddlProps);
}

export function sameProps(a: Record<string, string>, b: Record<string, string>): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  keys.delete(CARRY_OVER);
  for (const k of keys) if (a[k] !== b[k]) return false;
  return true;
}

export interface LiveSide {
  /** The tables as they run, in HEAD's names, built from the live SQL like a revision */
  project: Project;
  /** Text of every analysed DDL file, for the options-only proof of the classifier */
  ddlTexts: Map<SqlAnalysis, string>;
}

/**
 * What runs, as a project: each table from its live CREATE and writer, their SQL renamed back
 * to HEAD's table names (a blue-green `t_v2` is `t`), with the statements' own properties.
 * `folderOf` places a table like HEAD (product and type come from the folder).
 */
export function liveSide(
  pipelinesDir: string,
  options: BuildOptions,
  tables: readonly LiveTable[],
  folderOf: (table: string) => string,
  logical: ReadonlyMap<string, string>,
  /**
   * HEAD's CREATE of a table whose own CREATE is no longer listed while its writer runs (the
   * service deletes finished statements after 30 days): nothing says the table differs.
   */
  headCreate: (table: string) => { sql: string; props: Record<string, string> } | undefined,
): LiveSide {
  const back = (table: string) => logical.get(table);
  const folders: TableFolder[] = [];
  const props = new Map<string, { dml: Record<string, string>; ddl: Record<string, string> }>();
  for (const t of tables) {
    const folder = folderOf(t.table);
    const file = (role: 'ddl' | 'dml', s: LiveStatement): SourceFile => {
      const analysis = analysisOf(s.sql);
      return {
        path: `${folder}/sql-scripts/${role}.${t.table}.sql`,
        text: logical.size ? renameTables({ path: '', text: s.sql, analysis }, back) : s.sql,
      };
    };
    const writer = t.writer && !isCtas(t.writer) ? t.writer : undefined;
    const create = t.create ?? (t.writer && isCtas(t.writer) ? t.writer : undefined);
    if (!writer && !create) continue;
    const assumed = !create && writer ? headCreate(t.table) : undefined;
    folders.push({
      folder,
      ...(create ? { ddl: file('ddl', create) } : {}),
      ...(assumed ? { ddl: { path: `${folder}/sql-scripts/ddl.${t.table}.sql`, text: assumed.sql } } : {}),
      ...(writer ? { dml: file('dml', writer) } : {}),
    });
    const dml = { ...(writer?.properties ?? {}) };
    delete dml[CARRY_OVER];
    props.set(t.table, { dml, ddl: { ...(create?.properties ?? assumed?.props ?? {}) } });
  }
  return side(pipelinesDir, options, folders, props);
}

/** HEAD's tables as the statements it would send: one CREATE and one DML statement each. */
export function headSide(
  pipelinesDir: string,
  options: BuildOptions,
  tables: readonly {
    table: Table;
    ddlSql?: string;
    dmlSql?: string;
    ddlProps: Record<string, string>;
    dmlProps: Record<string, string>;
  }[],
): LiveSide {
  const folders: TableFolder[] = [];
  const props = new Map<string, { dml: Record<string, string>; ddl: Record<string, string> }>();
  for (const t of tables) {
    const path = (role: string) => `${t.table.folder}/sql-scripts/${role}.${t.table.name}.sql`;
    if (t.ddlSql === undefined && t.dmlSql === undefined) continue;
    folders.push({
      folder: t.table.folder,
      ...(t.ddlSql !== undefined ? { ddl: { path: path('ddl'), text: t.ddlSql } } : {}),
      ...(t.dmlSql !== undefined ? { dml: { path: path('dml'), text: t.dmlSql } } : {}),
    });
    props.set(t.table.name, { dml: t.dmlProps, ddl: t.ddlProps });
  }
  return side(pipelinesDir, options, folders, props);
}

/** The config's build options (externals, namespaces, scalar functions), as HEAD was built with. */
export type BuildOptions = Pick<BuildInput, 'externalTables' | 'namespaces' | 'scalarFunctions'>;

function side(
  pipelinesDir: string,
  options: BuildOptions,
  folders: TableFolder[],
  props: Map<string, { dml: Record<string, string>; ddl: Record<string, string> }>,
): LiveSide {
  const ddlTexts = new Map<SqlAnalysis, string>();
  const built = buildProject({
    ...options,
    pipelinesDir,
    folders,
    analyze: (f) => {
      const a = analysisOf(f.text);
      if (f.path.includes('/ddl.')) ddlTexts.set(a, f.text);
      return a;
    },
  });
  const tables = new Map<string, Table>();
  for (const [name, t] of built.tables) {
    const p = props.get(name);
    tables.set(name, p ? { ...t, properties: p.dml, ddlProperties: p.ddl } : t);
  }
  return { project: { ...built, tables }, ddlTexts };
}

/**
 * The change of each table from what runs to what HEAD describes, by the classifier of commit
 * ranges: the live SQL is the before side.
 */
export function classifyLive(live: LiveSide, head: LiveSide): TableChange[] {
  const texts = new Map([...live.ddlTexts, ...head.ddlTexts]);
  return classifyChanges(live.project, head.project, { ddlText: (a) => texts.get(a) });
}
