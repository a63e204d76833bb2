import { analyzeSql } from '../sql/analyze.js';
import type { AnalyzedStatement, JoinCounts, SqlAnalysis, TableRef } from '../sql/types.js';
import { buildGraph, findCycle } from '../graph/graph.js';
import { globMatcher, suggestName } from '../util/text.js';
import type { Diagnostic } from './diagnostics.js';
import { classifyFolder } from './layout.js';
import type { Project, SourceFile, SqlFile, Table, TableFolder } from './model.js';
import { parseProperties } from './properties.js';

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
  /** Analysis of one file; callers that read two revisions pass a cache keyed by content */
  analyze?: (file: SourceFile) => SqlAnalysis;
  /**
   * Per-folder results shared by builds over the same file objects (two revisions of one
   * repository); a folder is reused only when all its files are the identical objects.
   */
  memo?: FolderMemo;
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

function firstRef(analysis: SqlAnalysis, kinds: Set<string>): TableRef | undefined {
  for (const s of analysis.statements) if (kinds.has(s.kind) && s.sinkRefs.length) return s.sinkRefs[0];
  return undefined;
}

function addJoins(into: JoinCounts, statements: AnalyzedStatement[]) {
  for (const s of statements)
    for (const k of Object.keys(into) as (keyof JoinCounts)[]) into[k] += s.joins[k];
}

interface PendingTable {
  table: Table;
  sourceRefs: { ref: TableRef; file: string }[];
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
): FolderTable {
  const notes: Diagnostic[] = [];
  const propertyNotes: Diagnostic[] = [];
  const result: FolderTable = { folder, pipelinesDir, notes, propertyNotes };
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
    propertyNotes.push(...d);
    return values;
  };

  const ddl = analyze(folder.ddl);
  const dml = analyze(folder.dml);
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
  const name = baseName((created ?? inserted)!.name);
  if (created && inserted && baseName(inserted.name) !== name) {
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
        if (baseName(ref.name) !== name) {
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
  const reasons = sqlFiles.flatMap((f) => f.analysis.reasons.map((r) => ({ ...r, file: f.path })));
  const sourceRefs = sqlFiles.flatMap((f) =>
    f.analysis.statements
      // An ALTER or DROP names its own table, it does not read it.
      .filter((s) => s.kind !== 'alter-table' && s.kind !== 'drop')
      .flatMap((s) => s.sourceRefs.map((ref) => ({ ref, file: f.path }))),
  );
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
      stateful: sqlFiles.some((f) => f.analysis.stateful === true),
      reasons,
      joins,
      kafkaTopic: null,
    },
    sourceRefs,
  };
  return result;
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

  for (const folder of [...input.folders].sort((a, b) => (a.folder < b.folder ? -1 : 1))) {
    const key = (folder.ddl ?? folder.dml)!;
    let done = memo?.get(key);
    if (!done || done.pipelinesDir !== input.pipelinesDir || !sameFiles(done.folder, folder)) {
      done = folderTable(folder, input.pipelinesDir, analyzeFile);
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
    byName.set(name, { table: { ...done.pending.table, parents: [] }, sourceRefs: done.pending.sourceRefs });
  }

  const tables = new Map<string, Table>();
  for (const [name, p] of byName) tables.set(name, p.table);
  const declared = new Map((input.declaredExternals ?? []).map((d) => [d.name, d]));
  const expectedExternal = globMatcher(input.externalTables ?? []);
  const edges: [string, string][] = [];
  const warned = new Set<string>();
  const suggestions = new Map<string, string | null>();

  const resolve = (written: string): string => {
    if (byName.has(written)) return written;
    const base = baseName(written);
    return byName.has(base) ? base : written;
  };

  for (const [name, { table, sourceRefs }] of byName) {
    const parents = new Set<string>();
    for (const { ref, file } of sourceRefs) {
      const parent = resolve(ref.name);
      if (parent === name) continue;
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
      if (decl || expectedExternal(parent) || expectedExternal(baseName(parent))) continue;
      const key = `${file}\0${parent}`;
      if (warned.has(key)) continue;
      warned.add(key);
      if (!suggestions.has(parent)) suggestions.set(parent, suggestName(baseName(parent), byName.keys()));
      let suggestion = suggestions.get(parent);
      // The reading table itself is never the answer to "did you mean"; rare, so no cache.
      if (suggestion === name)
        suggestion = suggestName(
          baseName(parent),
          [...byName.keys()].filter((n) => n !== name),
        );
      diagnostics.push({
        severity: 'warning',
        code: 'unknown-table',
        file,
        line: ref.line,
        message:
          `\`${ref.name}\` is not defined under ${input.pipelinesDir}/ and is treated as an external table` +
          (suggestion ? `; did you mean \`${suggestion}\`?` : '.') +
          ` If it is a raw topic, list it in externalTables in flink-pipeline.yaml.`,
      });
    }
    table.parents = [...parents].sort();
    for (const p of table.parents) edges.push([p, name]);
  }
  const graph = buildGraph(tables.keys(), edges);
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
