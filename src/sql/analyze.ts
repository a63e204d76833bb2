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
