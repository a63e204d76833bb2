/**
 * `AnalyzedStatement.ddl`, read only when asked for. Of a large project's tables only the
 * changed ones have their columns, keys and options compared, yet reading them all took a
 * quarter of the analysis and most of the objects it kept. A statement keeps where its
 * clauses are instead; the first read lexes that span again, walks it as the analysis would
 * have, and leaves the result as a plain data property.
 *
 * Reading the clauses makes no issues (only the lexer and the parenthesis matcher do, and
 * both ran over the whole statement during the analysis), so nothing is lost by waiting.
 * Serialising (JSON.stringify, structuredClone), spreading and deep equality read the
 * property through the getter and see the same value an eager analysis held.
 */
import { tokenizeRange } from './lexer.js';
import { assign, pendingOwner, settle } from './lazy-property.js';
import { readTableDdl } from './table-clauses.js';
import { TokenList } from './tokenlist.js';
import { matchParens } from './tokens.js';
import type { AnalyzedStatement, SqlIssue, TableDdl } from './types.js';

/** The text of a CREATE TABLE's clauses: the tokens starting in `[from, to)` of `src`. */
export interface DdlSpan {
  src: string;
  from: number;
  to: number;
  /** Line of the token at `from` */
  line: number;
}

interface Pending extends DdlSpan {
  /** Kept here only when the statement is frozen and cannot hold it */
  ddl?: TableDdl;
}

/**
 * Pending spans by statement. Outside the statement, so that it holds no extra property; one
 * getter and setter for all, so that V8 keeps statements in fast mode with a shared shape
 * (a closure per statement would turn each into a dictionary).
 */
const pending = new WeakMap<object, Pending>();

/** Gives `stmt` a `ddl` property, at this point of its key order, that reads `span` when first read. */
export function deferDdl(stmt: AnalyzedStatement, span: DdlSpan): void {
  pending.set(stmt, span);
  Object.defineProperty(stmt, 'ddl', { get: getDdl, set: setDdl, enumerable: true, configurable: true });
}

function getDdl(this: object): TableDdl | undefined {
  const owner = pendingOwner(pending, this);
  const span = owner && pending.get(owner);
  if (owner === undefined || span === undefined) return undefined;
  if (span.ddl !== undefined) return span.ddl;
  const ddl = parseDdlSpan(span);
  if (settle(owner, 'ddl', ddl)) pending.delete(owner);
  else span.ddl = ddl;
  return ddl;
}

function setDdl(this: object, value: TableDdl): void {
  assign(pending, this, 'ddl', value);
}

/** Lists for the lexer and for the tokens without hints; reused, as lexing allocates nothing per token then. */
const lexed = new TokenList(256);
const tokens = new TokenList(256);

/**
 * The TableDdl of a span, as the analysis would have read it: the same tokens (hints removed),
 * the same parenthesis pairs (no `(` precedes a table's clauses in its statement, so the
 * statement's pairs are the span's), the same walk.
 */
export function parseDdlSpan(span: DdlSpan): TableDdl {
  const ignored: SqlIssue[] = [];
  tokenizeRange(lexed, span.src, span.from, span.to, span.line, ignored);
  tokens.copyWithoutHints(lexed, 0, lexed.count);
  const match = matchParens(tokens, ignored);
  return readTableDdl(tokens, 0, tokens.count, match);
}
