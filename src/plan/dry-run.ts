/**
 * Which of a plan's statements a dry run on the engine can judge now, and where each comes from
 * in the files. A dry run (`sql.dry-run = 'true'`) checks a statement against the catalog as it
 * is when the statement is sent; nothing the plan does first (create, drop, alter) has happened
 * then. So a statement is sent only when every table it touches is, right now, what it will be
 * when the deploy sends it; otherwise it is "not checked", with the reason. Pure: the engine's
 * answers are placed back on the files by `placeEngineError`.
 */
import { baseName } from '../project/build.js';
import type { Project, SqlFile, Table } from '../project/model.js';
import type { AnalyzedStatement } from '../sql/types.js';
import { DDL_KINDS, DML_KINDS } from './planner.js';
import { statementText } from './sql.js';
import type { Plan, PlanStep, StepAction } from './types.js';

/** Steps that submit a statement the deploy keeps: what a validation checks. DROP is not checked. */
export const VALIDATED_STEPS: ReadonlySet<StepAction> = new Set([
  'create-table',
  'alter-table',
  'create-statement',
]);

/** A table name in the statement, where the file has it. */
export interface PlacedRef {
  name: string;
  line: number;
  column: number;
}

export interface DryRunStatement {
  step: PlanStep;
  table: string;
  /** Repository-relative file the SQL comes from (the DDL file for generated ALTER statements) */
  file: string;
  /** Line and column of the SQL's first character in that file */
  line: number;
  column: number;
  /** The statement kind as the analyzer names it (`insert`, `create-table`, `alter-table`, …) */
  kind: string;
  /** Tables the statement names, for placing an error that names one */
  refs: PlacedRef[];
  /** Why the engine's verdict now would not be its verdict at deploy time: not sent */
  skip?: string;
}

/** How the plan leaves a table it creates: new, or dropped first with the same or another definition. */
type Created = 'new' | 'same' | 'changed';

const code = (name: string) => `\`${name}\``;
const names = (list: readonly string[]) => list.map(code).join(', ');

/** 1-based line and column of an offset in a text. */
function position(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, column: offset - start + 1 };
}

/** Offset of the first character of a 1-based line. */
function lineOffset(text: string, line: number): number {
  let at = 0;
  for (let l = 1; l < line; l++) {
    const nl = text.indexOf('\n', at);
    if (nl < 0) return text.length;
    at = nl + 1;
  }
  return at;
}

/**
 * The analysed statement a step submits: the one whose text is the step's SQL, else (a
 * blue-green rename rewrote it) the first of the step's kind.
 */
function statementOf(file: SqlFile, step: PlanStep): AnalyzedStatement | undefined {
  const kinds = step.action === 'create-statement' ? DML_KINDS : DDL_KINDS;
  const candidates = file.analysis.statements.filter((s) => kinds.has(s.kind));
  if (step.action !== 'alter-table' && step.sql !== undefined) {
    const same = candidates.find((s) => statementText(file.text, s) === step.sql);
    if (same) return same;
  }
  return candidates[0];
}

function fileOf(t: Table | undefined, step: PlanStep): SqlFile | undefined {
  if (!t) return undefined;
  if (step.action === 'create-statement') return t.dml ?? t.ddl;
  return t.ddl;
}

/** The DDL statement's fingerprint: equal fingerprints are the same definition, whatever the layout. */
function ddlFingerprint(t: Table | undefined): string | undefined {
  const s = t?.ddl?.analysis.statements.find((x) => DDL_KINDS.has(x.kind));
  return s?.fingerprint;
}

/**
 * The plan's statements in plan order (dependency order), each with its file and line, and
 * `skip` set when a dry run now cannot stand for the deploy. `base` is the project the live
 * tables were deployed from (the pull request's base); without it a table the plan drops and
 * creates again counts as a new definition.
 */
export function dryRunStatements(plan: Plan, head: Project, base?: Project): DryRunStatement[] {
  const dropped = new Set(plan.steps.filter((s) => s.action === 'drop-table').map((s) => s.table));
  const altered = new Set(plan.steps.filter((s) => s.action === 'alter-table').map((s) => s.table));
  const created = new Map<string, Created>();
  for (const s of plan.steps) {
    if (s.action !== 'create-table') continue;
    if (!dropped.has(s.table)) created.set(s.table, 'new');
    else {
      const before = ddlFingerprint(base?.tables.get(s.table));
      const after = ddlFingerprint(head.tables.get(s.table));
      created.set(s.table, before !== undefined && before === after ? 'same' : 'changed');
    }
  }
  const resolve = (name: string): string => {
    if (head.tables.has(name)) return name;
    const b = baseName(name);
    return head.tables.has(b) ? b : name;
  };
  /** Created by the plan, with a definition the engine does not have now. */
  const unknownNow = (table: string) => {
    const c = created.get(table);
    return c === 'new' || c === 'changed';
  };

  const out: DryRunStatement[] = [];
  for (const step of plan.steps) {
    if (!VALIDATED_STEPS.has(step.action) || step.sql === undefined) continue;
    const t = head.tables.get(step.table);
    const file = fileOf(t, step);
    const analysed = file && statementOf(file, step);
    let line = analysed?.startLine ?? 1;
    let column = 1;
    if (file && step.action !== 'alter-table') {
      const from = analysed ? lineOffset(file.text, analysed.startLine) : 0;
      const at = file.text.indexOf(step.sql, from);
      if (at >= 0) ({ line, column } = position(file.text, at));
    }
    const refs: PlacedRef[] =
      file && analysed && step.action !== 'alter-table'
        ? [...analysed.sinkRefs, ...analysed.sourceRefs].map((r) => ({
            name: r.name,
            ...position(file.text, r.offset),
          }))
        : [];

    const own = step.table;
    const sources = analysed && step.action !== 'alter-table' ? analysed.sources.map(resolve) : [];
    const reads = [...new Set(sources.filter((s) => s !== own))];
    const writes =
      step.action === 'create-statement' ? [...new Set([own, ...(analysed?.sinks ?? []).map(resolve)])] : [];
    let skip: string | undefined;
    if (step.action === 'create-table' && created.get(own) !== 'new') {
      skip = `creates ${code(own)} again after dropping it: the engine still has the current table`;
    } else if (reads.some(unknownNow)) {
      skip = `reads tables this change creates: ${names(reads.filter(unknownNow))}`;
    } else if (writes.some(unknownNow)) {
      skip = `writes ${names(writes.filter(unknownNow))}, which this change creates`;
    } else if (reads.some((r) => altered.has(r))) {
      skip = `reads ${names(reads.filter((r) => altered.has(r)))}, whose options this change alters first`;
    } else if (step.action === 'create-statement' && writes.some((w) => altered.has(w))) {
      skip = `writes ${names(writes.filter((w) => altered.has(w)))}, whose options this change alters first`;
    }
    out.push({
      step,
      table: own,
      file: file?.path ?? '',
      line,
      column,
      kind: step.action === 'alter-table' ? 'alter-table' : (analysed?.kind ?? step.action),
      refs,
      ...(skip ? { skip } : {}),
    });
  }
  return out;
}

/**
 * Where an engine's error belongs in the file: a `line N, column M` in the message (relative to
 * the statement sent), else the first table of the statement the message names in quotes, else
 * the one it names first unquoted, else the statement's first line.
 */
export function placeEngineError(
  item: Pick<DryRunStatement, 'line' | 'column' | 'refs'>,
  message: string,
): { line: number; column?: number } {
  const at = /\bline (\d+)(?:, column (\d+))?/i.exec(message);
  if (at) {
    const n = Number(at[1]);
    const line = item.line + n - 1;
    if (at[2] === undefined) return { line };
    const c = Number(at[2]);
    return { line, column: n === 1 ? item.column + c - 1 : c };
  }
  const quoted = /'([^'\n]+)'|`([^`\n]+)`|"([^"\n]+)"/g;
  for (let m = quoted.exec(message); m; m = quoted.exec(message)) {
    const named = baseName(m[1] ?? m[2] ?? m[3]).toLowerCase();
    const ref = item.refs.find((r) => baseName(r.name).toLowerCase() === named);
    if (ref) return { line: ref.line, column: ref.column };
  }
  // Unquoted: the table of the statement whose name comes first in the message, as a whole word.
  const lower = message.toLowerCase();
  let best: { at: number; ref: PlacedRef } | undefined;
  for (const ref of item.refs) {
    const name = baseName(ref.name).toLowerCase();
    for (let at = lower.indexOf(name); at >= 0; at = lower.indexOf(name, at + 1)) {
      const whole = !/[\w$]/.test(lower[at - 1] ?? ' ') && !/[\w$]/.test(lower[at + name.length] ?? ' ');
      if (!whole) continue;
      if (!best || at < best.at) best = { at, ref };
      break;
    }
  }
  return best ? { line: best.ref.line, column: best.ref.column } : { line: item.line };
}
