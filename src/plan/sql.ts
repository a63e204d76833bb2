import type { SqlFile } from '../project/model.js';
import { analyzeSql } from '../sql/analyze.js';
import type { AnalyzedStatement, SqlAnalysis, StatementKind, TableRef } from '../sql/types.js';

/** Text of one analysed statement, without its trailing semicolon. */
export function statementText(text: string, s: AnalyzedStatement): string {
  const t = linesOf(text, s.startLine, s.endLine).trim();
  // Trimmed, the text can only end in `;\s*` by ending in `;`: no need to scan it for one.
  return t.endsWith(';') ? t.slice(0, -1).trim() : t;
}

/**
 * Lines `first..last` (1-based, inclusive) of a text, as `text.split('\n').slice(first - 1,
 * last).join('\n')` would give them, found by offsets: files are read for every statement of a
 * plan, and splitting each whole file into lines costs more than the rest of the planning.
 */
function linesOf(text: string, first: number, last: number): string {
  // slice() counts non-positive bounds from the end; the analyser's lines never are.
  if (!(Number.isInteger(first) && Number.isInteger(last) && first >= 1 && last >= 1))
    return text
      .split('\n')
      .slice(first - 1, last)
      .join('\n');
  let start = 0;
  for (let line = 1; line < first; line++) {
    const nl = text.indexOf('\n', start);
    if (nl < 0) return '';
    start = nl + 1;
  }
  let end = start - 1;
  for (let line = first; line <= last; line++) {
    end = text.indexOf('\n', end + 1);
    if (end < 0) return text.slice(start);
  }
  return text.slice(start, Math.max(end, start));
}

/** The statements of a file that Confluent runs (SET and USE lines become properties). */
export function runnableStatements(file: SqlFile, kinds: ReadonlySet<StatementKind>): AnalyzedStatement[] {
  return file.analysis.statements.filter((s) => kinds.has(s.kind));
}

/** Properties a file's USE lines imply. */
export function useProperties(file: SqlFile | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const s of file?.analysis.statements ?? []) {
    if (s.use?.catalog) out['sql.current-catalog'] = s.use.catalog;
    if (s.use?.database) out['sql.current-database'] = s.use.database;
  }
  return out;
}

/**
 * The parts of a table name as written: `` `my-env`.`cluster-0`.orders `` → `my-env`,
 * `cluster-0`, `orders`. Backticks quote a part (a doubled one is a backtick), so a quoted part
 * may hold dots; whitespace outside quotes is dropped.
 */
export function nameParts(text: string): string[] {
  const parts: string[] = [];
  let part = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '`') {
      for (i++; i < text.length; i++) {
        if (text[i] !== '`') part += text[i];
        else if (text[i + 1] === '`') part += text[++i];
        else break;
      }
    } else if (c === '.') {
      parts.push(part);
      part = '';
    } else if (!/\s/.test(c)) part += c;
  }
  parts.push(part);
  return parts;
}

/**
 * The first table reference of a SQL text that names no database (`orders`, not
 * `cluster.orders`): it resolves through `sql.current-database`. SET and USE lines excluded.
 */
export function unqualifiedRef(
  text: string,
  analysis: SqlAnalysis = analyzeSql(text),
): { name: string; line: number } | undefined {
  for (const s of analysis.statements) {
    if (s.kind === 'set' || s.kind === 'use') continue;
    for (const r of [...s.sinkRefs, ...s.sourceRefs]) {
      if (nameParts(text.slice(r.offset, r.offset + r.length)).length < 2)
        return { name: r.name, line: r.line };
    }
  }
  return undefined;
}

/** How many statements a SQL text holds, SET and USE lines included: a request takes one. */
export function statementCount(text: string, analysis: SqlAnalysis = analyzeSql(text)): number {
  return analysis.statements.length;
}

/** Replaces the table part of a (possibly qualified, possibly quoted) name, keeping qualifiers. */
function replaceLastPart(refText: string, newName: string): string {
  if (refText.endsWith('`')) {
    let i = refText.length - 2;
    for (; i >= 0; i--) {
      if (refText[i] !== '`') continue;
      if (i > 0 && refText[i - 1] === '`') {
        i--;
        continue;
      }
      break;
    }
    return `${refText.slice(0, Math.max(i, 0))}\`${newName.replace(/`/g, '``')}\``;
  }
  const dot = refText.lastIndexOf('.');
  return refText.slice(0, dot + 1) + newName;
}

/**
 * Rewrites every sink and source reference whose table is renamed (blue-green), by the
 * analyzer's exact offsets, so strings, comments and column names are never touched. `rename`
 * gets the table part of the name as written: a quoted name holding dots is one part, never
 * split (`card-tx.public.customers` is not `customers`). `external` keeps a qualified name that
 * resolved to a table outside the project (another catalog or database) as it is.
 */
export function renameTables(
  file: SqlFile,
  rename: (table: string) => string | undefined,
  external?: (ref: TableRef) => boolean,
): string {
  const refs: TableRef[] = [];
  for (const s of file.analysis.statements) refs.push(...s.sinkRefs, ...s.sourceRefs);
  const edits = refs
    .filter((r) => !external?.(r))
    .map((r) => ({ r, to: rename(r.parts[r.parts.length - 1] ?? r.name) }))
    .filter((e): e is { r: TableRef; to: string } => e.to !== undefined)
    .sort((a, b) => b.r.offset - a.r.offset);
  let text = file.text;
  let last = Infinity;
  for (const { r, to } of edits) {
    if (r.offset + r.length > last) continue; // the same reference listed twice
    text =
      text.slice(0, r.offset) +
      replaceLastPart(text.slice(r.offset, r.offset + r.length), to) +
      text.slice(r.offset + r.length);
    last = r.offset;
  }
  return text;
}
