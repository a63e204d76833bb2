/**
 * Entry point of the SQL layer: text in, SqlAnalysis out. Pure and total: garbage gives a
 * result with issues, never an exception.
 */
import { deferFingerprints } from './lazy-fingerprint.js';
import { tokenize } from './lexer.js';
import { sortUnique } from '../util/sorted.js';
import { splitStatements } from './split.js';
import { analyzeStatement } from './statement.js';
import { keepsState, queryMode, quoted, readerReason, writerReason, type ReadMode } from './changelog.js';
import type { AnalyzedStatement, SqlAnalysis, SqlIssue, StatefulReason } from './types.js';

export function analyzeSql(text: string): SqlAnalysis {
  const issues: SqlIssue[] = [];
  // The token list is the lexer's shared buffer: only plain results leave this function.
  const tokens = tokenize(text, issues);
  const statements: AnalyzedStatement[] = [];
  for (const span of splitStatements(tokens)) {
    statements.push(analyzeStatement(tokens, span, issues));
  }
  inlineLocal(statements);
  const sinks: string[] = [];
  const sources: string[] = [];
  const reasons: StatefulReason[] = [];
  const properties: Record<string, string> = {};
  let stateful: boolean | null = null;
  for (const s of statements) {
    for (const n of s.sinks) sinks.push(n);
    for (const n of s.sources) sources.push(n);
    reasons.push(...s.reasons);
    if (s.stateful !== null) stateful = stateful === true || s.stateful;
    if (s.property !== undefined) properties[s.property.key] = s.property.value;
  }
  if (issues.length > 1) issues.sort((a, b) => a.line - b.line);
  const analysis = {
    statements,
    sinks: sortUnique(sinks),
    sources: sortUnique(sources),
    stateful,
    reasons,
    properties,
  } as SqlAnalysis;
  deferFingerprints(analysis, text);
  analysis.issues = issues;
  return analysis;
}

/**
 * What a statement reads from tables and views created earlier in the same text.
 *
 * A view: Flink inlines it, so the statement's sources gain the view's sources (the view's
 * name stays, as written), and a view that keeps state makes the statement stateful, with a
 * reason naming the view, when nothing else does. Views reading earlier views are handled in
 * the same pass, in order.
 *
 * A table whose changelog is not append-only (upsert, retract, a stateful CREATE … AS, a mode
 * the analyzer cannot tell): reading it keeps state (changelog.ts). An ALTER TABLE of such a
 * table later in the text changes its mode from there on.
 */
function inlineLocal(statements: AnalyzedStatement[]): void {
  let views: Map<string, AnalyzedStatement> | undefined;
  let tables: Map<string, ReadMode> | undefined;
  for (const s of statements) {
    if (views !== undefined && s.sourceRefs.length > 0) {
      // Each view once, with the line of its first reference.
      const read = new Map<AnalyzedStatement, number>();
      for (const ref of s.sourceRefs) {
        const view = views.get(ref.name);
        if (view !== undefined && view !== s && !read.has(view)) read.set(view, ref.line);
      }
      for (const [view, line] of read) {
        s.sourceRefs.push(...view.sourceRefs);
        s.sources = sortUnique([...s.sources, ...view.sources]);
        const first = view.reasons[0];
        if (first !== undefined && s.reasons.length === 0) {
          s.reasons.push({
            construct: `reads view \`${view.sinks[0]}\`, which keeps state (${quoted(first.construct)}, line ${first.line})`,
            line,
            // Declaring the view's unknown functions scalar removes this reason as it removes theirs.
            ...(view.reasons.every((r) => r.functions)
              ? { functions: sortUnique(view.reasons.flatMap((r) => r.functions!)) }
              : {}),
          });
          s.stateful = true;
        }
      }
    }
    // CREATE … LIKE names a table whose rows it does not read.
    if (tables !== undefined && s.kind !== 'create-like') readTables(s, tables);
    const name = s.sinkRefs[0]?.name;
    if (name === undefined) continue;
    if (s.kind === 'create-view') (views ??= new Map()).set(name, s);
    else if (s.changelog !== undefined && s.kind !== 'statement-set') {
      if (s.kind === 'alter-table') {
        if (tables?.has(name)) tables.set(name, modeOf(s, tables));
      } else (tables ??= new Map()).set(name, modeOf(s, tables));
    }
  }
}

/**
 * A reason for each earlier table the statement reads whose changelog is not append-only, and
 * for an upsert or retract table it writes: as in a project, where writing such a table makes
 * its statement stateful (the CREATE says why), the statement that writes it says so here.
 */
function readTables(s: AnalyzedStatement, tables: Map<string, ReadMode>): void {
  const before = s.reasons.length;
  let seen: Set<string> | undefined;
  for (const ref of s.sourceRefs) {
    const read = tables.get(ref.name);
    if (read === undefined || seen?.has(ref.name)) continue;
    (seen ??= new Set()).add(ref.name);
    const construct = readerReason(ref.name, read);
    if (construct === undefined) continue;
    s.reasons.push({ construct, line: ref.line });
    s.stateful = true;
  }
  const writes = s.kind === 'insert' || s.kind === 'statement-set' ? s.sinkRefs : [];
  for (const ref of writes) {
    const written = tables.get(ref.name);
    if (written === undefined || !keepsState(written.mode) || seen?.has(`\0${ref.name}`)) continue;
    (seen ??= new Set()).add(`\0${ref.name}`);
    s.reasons.push({ construct: writerReason(ref.name, written), line: ref.line });
    s.stateful = true;
  }
  // Reasons stay in text order (a stable sort keeps same-line reasons as found).
  if (s.reasons.length > before) s.reasons.sort((a, b) => a.line - b.line);
}

/** The mode a CREATE gives its table, or an ALTER TABLE changes it to, as readers see it. */
function modeOf(s: AnalyzedStatement, tables: Map<string, ReadMode> | undefined): ReadMode {
  const c = s.changelog!;
  if (c.mode === 'query') {
    const first = s.reasons[0];
    return queryMode(first && `${quoted(first.construct)}, line ${first.line}`);
  }
  if (c.mode === 'like') {
    const from = s.sourceRefs[0]?.name;
    const known = from === undefined ? undefined : tables?.get(from);
    return known ?? { mode: 'unknown', by: `created LIKE \`${from}\`, which this text does not create` };
  }
  return { mode: c.mode, by: c.by };
}
