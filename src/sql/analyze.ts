/**
 * Entry point of the SQL layer: text in, SqlAnalysis out. Pure and total: garbage gives a
 * result with issues, never an exception.
 */
import { deferFingerprints } from './lazy-fingerprint.js';
import { tokenize } from './lexer.js';
import { sortUnique } from '../util/sorted.js';
import { splitStatements } from './split.js';
import { analyzeStatement } from './statement.js';
import type { AnalyzedStatement, SqlAnalysis, SqlIssue, StatefulReason } from './types.js';

export function analyzeSql(text: string): SqlAnalysis {
  const issues: SqlIssue[] = [];
  // The token list is the lexer's shared buffer: only plain results leave this function.
  const tokens = tokenize(text, issues);
  const statements: AnalyzedStatement[] = [];
  for (const span of splitStatements(tokens)) {
    statements.push(analyzeStatement(tokens, span, issues));
  }
  inlineViews(statements);
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
 * A statement that reads a view created earlier in the same text runs the view's query: Flink
 * inlines it. Its sources gain the view's sources (the view's name stays, as written), and a
 * view that keeps state makes the statement stateful, with a reason naming the view, when
 * nothing else does. Views reading earlier views are handled in the same pass, in order.
 */
function inlineViews(statements: AnalyzedStatement[]): void {
  let views: Map<string, AnalyzedStatement> | undefined;
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
            construct: `reads view \`${view.sinks[0]}\`, which keeps state (${first.construct}, line ${first.line})`,
            line,
          });
          s.stateful = true;
        }
      }
    }
    if (s.kind === 'create-view' && s.sinkRefs.length > 0) (views ??= new Map()).set(s.sinkRefs[0].name, s);
  }
}
