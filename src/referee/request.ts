/**
 * What the referee is asked and what its answers mean, without running anything: a project's
 * (or a SQL file's) statements as referee statements in dependency order, each with the
 * analyzer's verdict to compare, and the answers turned into outcomes.
 */
import { ancestors, topoOrder } from '../graph/graph.js';
import type { Project, Table } from '../project/model.js';
import type { SqlAnalysis, StatementKind } from '../sql/types.js';
import type { RefereeAnswer, RefereeStatement } from './jvm.js';
import { fileStatements, punct, type FileStatement } from './statements.js';
import {
  confluentOnlyCall,
  confluentOnlyObject,
  flinkQuery,
  translateCreateTable,
  withSettings,
  type Translation,
} from './translate.js';
import { statefulOperators, tableName, type StatefulOperator } from './verdict.js';

/** The analyzer's answer for what a planned statement reads, writes and whether it keeps state. */
export interface AnalyzerVerdict {
  sources: string[];
  sinks: string[];
  stateful: boolean;
  /** The analyzer's reasons, `construct (file:line)` */
  reasons: string[];
}

export interface CheckItem {
  id: string;
  /** Repository-relative path (or the path given) */
  file: string;
  line: number;
  table?: string;
  role: 'ddl' | 'dml';
  kind: StatementKind;
  translation: Translation;
  /** For statements that run a query: what the planner's answer is compared with */
  analyzer?: AnalyzerVerdict;
  /** Tables that must exist in the planner's catalog first */
  needs: string[];
  /** The table the statement writes, when it writes one */
  sink?: string;
  /** Table this statement creates in the catalog, if any */
  creates?: string;
  /** Run only so that others can plan; reported only when rejected */
  context?: boolean;
}

export type Outcome =
  | { status: 'accepted' }
  | { status: 'planned'; reads: string[]; writes: string[]; operators: StatefulOperator[]; mode?: string }
  | { status: 'rejected'; message: string; line?: number; column?: number }
  | { status: 'not-checked'; reason: string };

export interface Session {
  catalog: string;
  database: string;
}

export const DEFAULT_SESSION: Session = { catalog: 'default_catalog', database: 'default_database' };

const CREATES_TABLE = new Set<StatementKind>([
  'create-table',
  'create-like',
  'ctas',
  'create-materialized-table',
]);
/** Client-side or catalog housekeeping: Confluent runs no query for them; nothing to check. */
const SKIPPED = new Set<StatementKind>(['set', 'use', 'drop']);

/** The inner INSERTs of `EXECUTE STATEMENT SET BEGIN … END`, each padded to its own place. */
function setInserts(text: string, s: FileStatement): string[] {
  const inserts: string[] = [];
  if (!s.body) return inserts;
  let start = s.body.start;
  for (let i = s.body.start; i <= s.body.end; i++) {
    if (i === s.body.end || punct(s.tokens, i, ';')) {
      if (i > start) inserts.push(flinkQuery(text, s.tokens, s.tokens[start].offset, s.tokens[i - 1].end));
      start = i + 1;
    }
  }
  return inserts;
}

/** How one statement is checked, before any table dependency is considered. */
export function translateStatement(
  text: string,
  s: FileStatement,
  table: string | undefined,
): Translation | null {
  const kind = s.analyzed.kind;
  if (SKIPPED.has(kind)) return null;
  const object = confluentOnlyObject(s.tokens);
  if (object)
    return { action: 'not-checked', reason: `a Confluent Cloud ${object}: Apache Flink has no counterpart` };
  const call = confluentOnlyCall(s.tokens);
  if (call)
    return {
      action: 'not-checked',
      reason: `calls ${call}, a Confluent Cloud function that Apache Flink does not have`,
    };
  switch (kind) {
    case 'create-table':
    case 'create-like':
    case 'ctas':
    case 'create-materialized-table': {
      const ddl = s.analyzed.ddl;
      const name = table ?? s.analyzed.sinks[0];
      if (!ddl || !name)
        return { action: 'not-checked', reason: 'the analyzer found no table in this CREATE' };
      return translateCreateTable({ text, statement: s, ddl, table: name.slice(name.lastIndexOf('.') + 1) });
    }
    case 'create-view':
      return { action: 'execute', sql: flinkQuery(text, s.tokens, s.from, s.to) };
    case 'insert':
      return { action: 'plan', sql: flinkQuery(text, s.tokens, s.from, s.to) };
    case 'statement-set': {
      const inserts = setInserts(text, s);
      return inserts.length
        ? { action: 'plan-set', inserts }
        : { action: 'not-checked', reason: 'an empty statement set' };
    }
    case 'create-function':
      return {
        action: 'not-checked',
        reason: 'CREATE FUNCTION loads code (a Confluent artifact) that the referee does not have',
      };
    case 'alter-table':
      return {
        action: 'not-checked',
        reason: 'ALTER TABLE changes a deployed table; the referee plans from the DDL',
      };
    default:
      return { action: 'not-checked', reason: 'a statement the referee does not plan' };
  }
}

function isView(t: Table | undefined): boolean {
  return !!t?.ddl && t.ddl.analysis.statements.some((s) => s.kind === 'create-view');
}

/**
 * Parents as the planner sees them: Flink inlines a view into the query, so a project view
 * stands for the tables it reads.
 */
export function throughViews(project: Project, names: Iterable<string>): string[] {
  const out = new Set<string>();
  const seen = new Set<string>();
  const visit = (n: string) => {
    if (seen.has(n)) return;
    seen.add(n);
    const t = project.tables.get(n);
    if (isView(t)) for (const p of t!.parents) visit(p);
    else out.add(n);
  };
  for (const n of names) visit(n);
  return [...out].sort();
}

/** A name as the project resolves it: the table itself, else the table of its last part. */
function resolveName(project: Project, written: string): string {
  if (project.tables.has(written)) return written;
  const base = written.slice(written.lastIndexOf('.') + 1);
  return project.tables.has(base) ? base : written;
}

function tableVerdict(project: Project, table: Table, readsItself: boolean): AnalyzerVerdict {
  const sources = throughViews(project, table.parents);
  if (readsItself && !sources.includes(table.name)) sources.push(table.name);
  return {
    sources: sources.sort(),
    sinks: [table.name],
    stateful: table.stateful,
    reasons: table.reasons.map((r) => `${r.construct} (${r.file}:${r.line})`),
  };
}

const RUNS_QUERY = new Set(['plan', 'plan-set', 'ctas']);

export interface ProjectItemsOptions {
  /** Tables whose statements are checked (default: every table); their ancestors' DDL is context */
  targets?: ReadonlySet<string>;
}

/** A project's statements for the referee: every DDL in dependency order, then every DML. */
export function projectItems(project: Project, options: ProjectItemsOptions = {}): CheckItem[] {
  const order = topoOrder(project.graph);
  const targets = options.targets ?? new Set(order.filter((n) => !project.tables.get(n)!.external));
  const withContext = new Set([...targets, ...ancestors(project.graph, targets)]);
  const ddlItems: CheckItem[] = [];
  const dmlItems: CheckItem[] = [];
  let n = 0;
  for (const name of order) {
    const table = project.tables.get(name)!;
    if (table.external || !withContext.has(name)) continue;
    const context = !targets.has(name);
    for (const [role, file] of [
      ['ddl', table.ddl],
      ['dml', table.dml],
    ] as const) {
      if (!file || (role === 'dml' && context)) continue;
      // The statement's properties, as a deploy sends them: SET lines, then the .properties file.
      const properties =
        role === 'dml' ? table.properties : { ...file.analysis.properties, ...table.ddlProperties };
      for (const s of fileStatements(file.text, file.analysis)) {
        const translated = translateStatement(file.text, s, name);
        if (!translated) continue;
        const translation = withSettings(translated, properties);
        const kind = s.analyzed.kind;
        const sources = s.analyzed.sources.map((src) => resolveName(project, src));
        const readsItself = sources.includes(name);
        const writes = role === 'dml' || kind === 'ctas' || kind === 'create-materialized-table';
        const item: CheckItem = {
          id: `s${++n}`,
          file: file.path,
          line: s.analyzed.startLine,
          table: name,
          role,
          kind,
          translation,
          // A plain CREATE TABLE needs nothing; LIKE, AS and views need what they read.
          needs:
            kind === 'create-table'
              ? []
              : [...new Set([...sources.filter((x) => x !== name), ...(role === 'dml' ? [name] : [])])],
          ...(writes ? { sink: name } : {}),
          ...(CREATES_TABLE.has(kind) || kind === 'create-view' ? { creates: name } : {}),
          ...(RUNS_QUERY.has(translation.action)
            ? { analyzer: tableVerdict(project, table, readsItself) }
            : {}),
          ...(context ? { context } : {}),
        };
        // A table's own DDL runs before the other tables' DML, whichever file it is in.
        (item.creates || role === 'ddl' ? ddlItems : dmlItems).push(item);
      }
    }
  }
  return [...ddlItems, ...dmlItems];
}

/**
 * A SQL file on its own (a corpus file): its statements in order; a query's tables must be
 * created earlier in the same file, and the SET lines before it are its settings. The
 * analyzer's verdict is the statement's own.
 */
export function fileItems(path: string, text: string, analysis: SqlAnalysis, prefix = path): CheckItem[] {
  const items: CheckItem[] = [];
  const views = new Map<string, string[]>();
  // SET lines hold for the statements after them, as in a SQL client session.
  const session: Record<string, string> = {};
  let n = 0;
  for (const s of fileStatements(text, analysis)) {
    const property = s.analyzed.property;
    if (property) session[property.key] = property.value;
    const sink = s.analyzed.sinks[0];
    const translated = translateStatement(text, s, sink);
    if (!translated) continue;
    const translation = withSettings(translated, session);
    const expand = (names: string[]): string[] => {
      const out = new Set<string>();
      for (const x of names) for (const y of views.get(x) ?? [x]) out.add(y);
      return [...out].sort();
    };
    const sources = expand(s.analyzed.sources);
    const kind = s.analyzed.kind;
    if (kind === 'create-view' && sink) views.set(sink, sources);
    items.push({
      id: `${prefix}#${++n}`,
      file: path,
      line: s.analyzed.startLine,
      role: RUNS_QUERY.has(translation.action) ? 'dml' : 'ddl',
      kind,
      translation,
      needs:
        kind === 'create-table'
          ? []
          : [...sources, ...(kind === 'insert' || kind === 'statement-set' ? s.analyzed.sinks : [])],
      ...(sink && kind !== 'create-table' && kind !== 'create-like' && kind !== 'create-view'
        ? { sink }
        : {}),
      ...(sink && (CREATES_TABLE.has(kind) || kind === 'create-view') ? { creates: sink } : {}),
      ...(RUNS_QUERY.has(translation.action)
        ? {
            analyzer: {
              sources,
              sinks: [...s.analyzed.sinks].sort(),
              stateful: s.analyzed.stateful === true,
              reasons: s.analyzed.reasons.map((r) => `${r.construct} (${path}:${r.line})`),
            },
          }
        : {}),
    });
  }
  return items;
}

/**
 * Items whose tables cannot be in the planner's catalog are not checked, with the reason;
 * the rest become the referee's statements. `describeMissing` says why a table is not there.
 */
export function prepare(
  items: CheckItem[],
  describeMissing: (table: string) => string,
): { statements: RefereeStatement[]; outcomes: Map<string, Outcome> } {
  const outcomes = new Map<string, Outcome>();
  const statements: RefereeStatement[] = [];
  const created = new Map<string, string | null>();
  for (const item of items) {
    const missing = item.needs.find((t) => created.get(t) !== null);
    const translation = item.translation;
    if (translation.action === 'not-checked') {
      outcomes.set(item.id, { status: 'not-checked', reason: translation.reason });
      if (item.creates) created.set(item.creates, `its DDL is not checked (${translation.reason})`);
      continue;
    }
    if (missing !== undefined && !(item.creates === missing && item.role === 'ddl')) {
      const why = created.get(missing) ?? describeMissing(missing);
      const reason = `${missing === item.sink ? 'writes' : 'reads'} \`${missing}\`, which ${why}`;
      outcomes.set(item.id, { status: 'not-checked', reason });
      if (item.creates) created.set(item.creates, `its DDL is not checked (${reason})`);
      continue;
    }
    if (item.creates && !created.has(item.creates)) created.set(item.creates, null);
    statements.push({ id: item.id, ...translation } as RefereeStatement);
  }
  return { statements, outcomes };
}

/** The referee's answers as outcomes; a statement that needs a table whose DDL was rejected is not checked. */
export function assemble(
  items: CheckItem[],
  prepared: Map<string, Outcome>,
  answers: Map<string, RefereeAnswer>,
  session: Session,
): Map<string, Outcome> {
  const outcomes = new Map(prepared);
  const rejected = new Map<string, string>();
  for (const item of items) {
    if (outcomes.has(item.id)) continue;
    const answer = answers.get(item.id);
    const blocked = item.needs.find((t) => rejected.has(t) && t !== item.creates);
    if (blocked) {
      outcomes.set(item.id, {
        status: 'not-checked',
        reason: `needs \`${blocked}\`, whose DDL the planner rejected (${rejected.get(blocked)})`,
      });
      if (item.creates) rejected.set(item.creates, 'not checked');
      continue;
    }
    if (!answer) {
      outcomes.set(item.id, { status: 'not-checked', reason: 'the referee gave no answer' });
      continue;
    }
    if (answer.status === 'error') {
      const e = answer.error!;
      if (item.creates) rejected.set(item.creates, `${item.file}:${e.line ?? item.line}`);
      const unknownFunction = /No match found for function signature (\w+)\(/.exec(e.message);
      if (unknownFunction) {
        outcomes.set(item.id, {
          status: 'not-checked',
          reason: `calls ${unknownFunction[1]}, which Apache Flink does not know (a Confluent Cloud built-in or a user-defined function the referee cannot load)`,
        });
        continue;
      }
      outcomes.set(item.id, {
        status: 'rejected',
        message: e.message,
        ...(e.line !== undefined ? { line: e.line, column: e.column } : {}),
      });
      continue;
    }
    if (answer.nodes) {
      outcomes.set(item.id, {
        status: 'planned',
        reads: [...new Set((answer.reads ?? []).map((r) => tableName(r, session)))].sort(),
        writes: [...new Set((answer.writes ?? []).map((w) => tableName(w, session)))].sort(),
        operators: statefulOperators(answer.nodes),
        ...(answer.mode ? { mode: answer.mode } : {}),
      });
    } else outcomes.set(item.id, { status: 'accepted' });
  }
  return outcomes;
}
