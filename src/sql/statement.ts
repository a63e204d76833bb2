/**
 * One statement: its kind from the leading words, its sinks, and the query (if any) handed to
 * the QueryWalker. Problems become issues; nothing here throws.
 */
import { decidedMode, MODE_OPTIONS, sinkReason, type DecidedMode, type ModeOption } from './changelog.js';
import { literalText, optionValues, type KeyAt } from './ddl.js';
import { deferDdl, type DdlSpan } from './lazy-ddl.js';
import { deferStatementFingerprint } from './lazy-fingerprint.js';
import { KNOWN_OTHER_STATEMENTS } from './keywords.js';
import { FLINK_RESERVED } from './reserved.js';
import { newlines } from './lexer.js';
import { QueryWalker, type FoundReason, type Scope } from './query.js';
import { sortUnique } from '../util/sorted.js';
import { statementSetBodyStart, type StatementSpan } from './split.js';
import { walkTableClauses } from './table-clauses.js';
import { IDENTIFIER, KEYWORD, OPERATOR, TokenList } from './tokenlist.js';
import {
  isNamePart,
  isPunct,
  isWord,
  matchParens,
  nameStartsAt,
  opensQuery,
  QUERY_STARTS,
  readName,
  type NameRead,
} from './tokens.js';
import type { AnalyzedStatement, SqlIssue, StatementKind, TableChangelog, TableRef } from './types.js';

/** What one pass over a statement's tokens found, before it becomes an AnalyzedStatement. */
interface Facts {
  kind: StatementKind;
  sinkRefs: TableRef[];
  walker: QueryWalker;
  /** The statement holds a query (so it is stateful or not, never null) */
  hasQuery: boolean;
  /** Reasons from DDL (changelog.mode), merged with the walker's */
  ddlReasons: FoundReason[];
  /** The changelog mode a CREATE gives its table, or an ALTER TABLE changes */
  changelog?: TableChangelog;
  /** Where the table's clauses are, for its TableDdl */
  ddl?: DdlSpan;
  property?: { key: string; value: string };
  use?: { catalog?: string; database?: string };
}

/**
 * The tokens of the statement being analysed, hints removed, indexed from 0. Reused for every
 * statement: copying a statement's columns is cheaper than allocating anything per token, and
 * reads past the statement's end answer "no token", as the analyzers expect.
 */
const view = new TokenList();

/**
 * Analyzes `all[span.start, span.end)`. The fingerprint is answered once `analyzeSql` has
 * registered the statement with its analysis (lazy-fingerprint.ts).
 */
export function analyzeStatement(all: TokenList, span: StatementSpan, issues: SqlIssue[]): AnalyzedStatement {
  const last = span.end - 1;
  let facts: Facts;
  if (span.body !== undefined) {
    facts = statementSet(all, span, issues);
  } else {
    view.copyWithoutHints(all, span.start, span.end);
    facts = analyzeTokens(view, issues);
  }
  if (facts.kind !== 'set' && !isWord(all, span.start, 'RESET')) reservedAfterDots(all, span, issues);
  const sourceRefs = facts.walker.sources;
  const reasons = primaryOrAll(inTextOrder(facts.walker.reasons, facts.ddlReasons));
  const stateful = facts.hasQuery || reasons.length > 0 ? reasons.length > 0 : null;
  const stmt = {
    kind: facts.kind,
    startLine: all.lines[span.start],
    endLine: all.lines[last] + newlines(all.src, all.starts[last], all.ends[last]),
    sinks: uniqueSorted(facts.sinkRefs),
    sources: uniqueSorted(sourceRefs),
    sinkRefs: facts.sinkRefs,
    sourceRefs,
    stateful,
    reasons: reasons.map((r) =>
      r.functions
        ? { construct: r.construct, line: r.line, functions: r.functions }
        : { construct: r.construct, line: r.line },
    ),
    joins: facts.walker.joins,
  } as AnalyzedStatement;
  deferStatementFingerprint(stmt);
  if (facts.ddl !== undefined) deferDdl(stmt, facts.ddl);
  if (facts.property !== undefined) stmt.property = facts.property;
  if (facts.use !== undefined) stmt.use = facts.use;
  if (facts.changelog !== undefined) stmt.changelog = facts.changelog;
  return stmt;
}

function refOf(name: NameRead): TableRef {
  return { name: name.name, parts: name.parts, line: name.line, offset: name.offset, length: name.length };
}

function uniqueSorted(refs: TableRef[]): string[] {
  const names: string[] = [];
  for (const r of refs) names.push(r.name);
  return sortUnique(names);
}

/** The walker's reasons without the secondary ones, unless those are all there is (FoundReason.secondary). */
function primaryOrAll(reasons: FoundReason[]): FoundReason[] {
  let secondary = 0;
  for (const r of reasons) if (r.secondary) secondary++;
  if (secondary === 0 || secondary === reasons.length) return reasons;
  return reasons.filter((r) => !r.secondary);
}

/** Reasons in text order; the walker finds them mostly in that order already, then no copy is sorted. */
function inTextOrder(walker: FoundReason[], ddl: FoundReason[]): FoundReason[] {
  const all = ddl.length === 0 ? walker : [...walker, ...ddl];
  for (let i = 1; i < all.length; i++) {
    if (all[i].offset < all[i - 1].offset)
      return (all === walker ? [...all] : all).sort((a, b) => a.offset - b.offset);
  }
  return all;
}

/** `EXECUTE STATEMENT SET BEGIN …; …; END`: each inner statement analysed on its own, facts merged. */
function statementSet(all: TokenList, span: StatementSpan, issues: SqlIssue[]): Facts {
  const body = span.body!;
  const merged: Facts = {
    kind: 'statement-set',
    sinkRefs: [],
    walker: new QueryWalker(new TokenList(0), new Int32Array(0), issues),
    hasQuery: false,
    ddlReasons: [],
  };
  if (span.unterminated) {
    issues.push({
      severity: 'error',
      line: all.lines[span.start],
      message: 'statement set is never closed by END',
    });
  }
  let i = body.start;
  while (i < body.end) {
    let j = i;
    while (j < body.end && !isPunct(all, j, ';')) j++;
    if (j > i) {
      view.copyWithoutHints(all, i, j);
      const inner = analyzeTokens(view, issues);
      // Flink runs INSERT and CREATE TABLE … AS in a statement set.
      if (inner.kind !== 'insert' && inner.kind !== 'ctas') {
        issues.push({
          severity: 'warning',
          line: all.lines[i],
          message: `a statement set should hold only INSERT and CREATE TABLE … AS statements, found '${all.text(i)}'`,
        });
      }
      merged.sinkRefs.push(...inner.sinkRefs);
      merged.walker.sources.push(...inner.walker.sources);
      merged.walker.reasons.push(...inner.walker.reasons);
      merged.ddlReasons.push(...inner.ddlReasons);
      for (const k of Object.keys(merged.walker.joins) as Array<keyof typeof merged.walker.joins>) {
        merged.walker.joins[k] += inner.walker.joins[k];
      }
      merged.hasQuery ||= inner.hasQuery;
    }
    i = j + 1;
  }
  return merged;
}

/** Kind and facts of one statement's tokens (hints removed). */
function analyzeTokens(t: TokenList, issues: SqlIssue[]): Facts {
  const match = matchParens(t, issues);
  const walker = new QueryWalker(t, match, issues);
  const facts: Facts = { kind: 'other', sinkRefs: [], walker, hasQuery: false, ddlReasons: [] };
  const end = t.count;
  if (end === 0) return facts;
  const ctx: Ctx = { t, match, end, issues, facts, walker };
  const first = t.up(0);
  switch (first) {
    case 'CREATE':
      create(ctx);
      return facts;
    case 'INSERT':
      insert(ctx, 0, null);
      return facts;
    case 'EXECUTE':
      if (isWord(t, 1, 'INSERT')) insert(ctx, 1, null);
      else if (statementSetBodyStart(t, 0) < 0) otherStatement(ctx, false);
      return facts;
    case 'WITH': {
      const w = walker.withList(1, end, null);
      if (isWord(t, w.next, 'INSERT')) insert(ctx, w.next, w.scope);
      else query(ctx, w.next, w.scope);
      return facts;
    }
    case 'ALTER':
      alter(ctx);
      return facts;
    case 'DROP':
      drop(ctx);
      return facts;
    case 'SET':
      set(ctx);
      return facts;
    case 'USE':
      use(ctx);
      return facts;
  }
  if (isPunct(t, 0, '(') || QUERY_STARTS.has(first)) query(ctx, 0, null);
  else otherStatement(ctx, !KNOWN_OTHER_STATEMENTS.has(first));
  return facts;
}

interface Ctx {
  t: TokenList;
  match: Int32Array;
  end: number;
  issues: SqlIssue[];
  facts: Facts;
  walker: QueryWalker;
}

function otherStatement(ctx: Ctx, unknown: boolean): void {
  ctx.facts.kind = 'other';
  if (unknown) {
    ctx.issues.push({
      severity: 'warning',
      line: ctx.t.lines[0],
      message: `unknown statement starting with '${ctx.t.text(0)}'; it is kept as kind 'other' and not analysed`,
    });
  }
}

/** A bare query (SELECT …), kind 'other' but with sources and stateful facts. */
function query(ctx: Ctx, i: number, scope: Scope | null): void {
  ctx.facts.kind = 'other';
  ctx.facts.hasQuery = true;
  const j = ctx.walker.query(i, ctx.end, scope);
  if (j < ctx.end) ctx.walker.fallback(j, ctx.end, scope);
}

function sink(ctx: Ctx, i: number): number {
  const name = readName(ctx.t, i, ctx.end);
  ctx.facts.sinkRefs.push(refOf(name));
  // Parts after a dot are the lexer's to report.
  reservedName(ctx.t, i, 'a table', ctx.issues);
  return name.next;
}

/**
 * A warning when the token at `k` is a word Flink reserves, unquoted, where it names something:
 * Apache Flink's parser stops there (`CREATE TABLE t (value INT)`: `Encountered "value"`).
 */
function reservedName(t: TokenList, k: number, what: string, issues: SqlIssue[]): void {
  const kind = t.kind(k);
  if ((kind !== IDENTIFIER && kind !== KEYWORD) || !FLINK_RESERVED.has(t.up(k))) return;
  const word = t.text(k);
  issues.push({
    severity: 'warning',
    line: t.lines[k],
    message: `${word} is a reserved word in Flink SQL and cannot name ${what} unquoted: write \`${word}\``,
  });
}

/**
 * A warning for each word Flink reserves right after a dot (`o.timestamp`, `db.user`): it names a
 * column or a table part. The lexer lists them (TokenList.reservedAfterDot) as it hashes each
 * word, so a statement looks only at those.
 */
function reservedAfterDots(all: TokenList, span: StatementSpan, issues: SqlIssue[]): void {
  for (const k of all.reservedAfterDot) {
    if (k > span.start && k < span.end) reservedName(all, k, 'a column or table', issues);
  }
}

/** What starts a table element other than a column (Flink's CREATE TABLE grammar). */
const ELEMENT_WORDS: ReadonlySet<string> = new Set([
  'WATERMARK',
  'PRIMARY',
  'CONSTRAINT',
  'UNIQUE',
  'PERIOD',
  'FOREIGN',
  'CHECK',
  'LIKE',
]);

/** Types whose parameters stand in angle brackets, with commas between them. */
const ANGLE_TYPES: ReadonlySet<string> = new Set(['ROW', 'MAP', 'ARRAY', 'MULTISET']);

/** Each column of a CREATE TABLE body `(from, to)` whose name is an unquoted reserved word. */
function reservedColumns(ctx: Ctx, from: number, to: number): void {
  const { t, match } = ctx;
  let start = true;
  // Inside `ROW<a INT, b STRING>` or `MAP<STRING, INT>` a comma does not start a column.
  let angles = 0;
  for (let k = from; k < to; k++) {
    if (start && !ELEMENT_WORDS.has(t.up(k))) reservedName(t, k, 'a column', ctx.issues);
    start = false;
    const op = t.kind(k) === OPERATOR ? t.text(k) : '';
    if (t.isPunct(k, '(')) {
      if (match[k] > k) k = match[k];
    } else if (op === '<') {
      if (angles > 0 || ANGLE_TYPES.has(t.up(k - 1))) angles++;
    } else if (op === '>') {
      if (angles > 0) angles--;
    } else if (angles === 0 && t.isPunct(k, ',')) start = true;
  }
}

function nameAt(ctx: Ctx, i: number): boolean {
  return nameStartsAt(ctx.t, i, ctx.end);
}

function insert(ctx: Ctx, i: number, scope: Scope | null): void {
  const { t, end, facts } = ctx;
  const insertLine = t.lines[i];
  facts.kind = 'insert';
  let j = i + 1;
  if (isWord(t, j, 'INTO') || isWord(t, j, 'OVERWRITE')) j++;
  if (isWord(t, j, 'TABLE') && nameAt(ctx, j + 1)) j++;
  if (!nameAt(ctx, j)) {
    ctx.issues.push({ severity: 'error', line: insertLine, message: 'INSERT without a target table' });
    if (j < end) ctx.walker.fallback(j, end, scope);
    return;
  }
  j = sink(ctx, j);
  if (isWord(t, j, 'PARTITION') && isPunct(t, j + 1, '(')) j = ctx.match[j + 1] + 1;
  if (isPunct(t, j, '(') && !opensQuery(t, j)) j = ctx.match[j] + 1;
  if (j >= end) {
    ctx.issues.push({
      severity: 'error',
      line: insertLine,
      message: `INSERT INTO ${facts.sinkRefs[facts.sinkRefs.length - 1].name} has no query or VALUES`,
    });
    return;
  }
  facts.hasQuery = true;
  const k = ctx.walker.query(j, end, scope);
  if (k < end) ctx.walker.fallback(k, end, scope);
}

function create(ctx: Ctx): void {
  const { t } = ctx;
  let i = 1;
  if (isWord(t, i, 'OR') && (isWord(t, i + 1, 'REPLACE') || isWord(t, i + 1, 'ALTER'))) i += 2;
  if (isWord(t, i, 'TEMPORARY')) i++;
  if (isWord(t, i, 'SYSTEM')) i++;
  const up = t.up(i);
  if (up === 'TABLE') createTable(ctx, i + 1, false);
  else if (up === 'MATERIALIZED' && isWord(t, i + 1, 'TABLE')) createTable(ctx, i + 2, true);
  else if (up === 'VIEW') createView(ctx, i + 1);
  else if (up === 'FUNCTION') ctx.facts.kind = 'create-function';
  else otherStatement(ctx, !OTHER_CREATES.has(up));
}

const OTHER_CREATES = new Set(['CATALOG', 'DATABASE', 'MODEL', 'CONNECTION', 'AGENT', 'TOOL']);

function skipIfNotExists(t: TokenList, i: number): number {
  return isWord(t, i, 'IF') && isWord(t, i + 1, 'NOT') && isWord(t, i + 2, 'EXISTS') ? i + 3 : i;
}

function createTable(ctx: Ctx, i: number, materialized: boolean): void {
  const { t, end, match, facts, walker } = ctx;
  facts.kind = materialized ? 'create-materialized-table' : 'create-table';
  i = skipIfNotExists(t, i);
  if (!nameAt(ctx, i)) {
    ctx.issues.push({
      severity: 'error',
      line: t.lines[0],
      message: `CREATE ${materialized ? 'MATERIALIZED TABLE' : 'TABLE'} without a table name`,
    });
    return;
  }
  i = sink(ctx, i);
  // The TableDdl is read from these tokens when asked for (lazy-ddl.ts); the walk below finds
  // only what every analysis needs.
  facts.ddl =
    i < end
      ? { src: t.src, from: t.starts[i], to: t.ends[end - 1], line: t.lines[i] }
      : { src: t.src, from: 0, to: 0, line: 1 };
  const nameLine = t.lines[i - 1] ?? t.lines[0];
  let primaryKey = -1;
  let options: Partial<Record<ModeOption, { value: string } & KeyAt>> = {};
  let like = false;
  let query = false;
  walkTableClauses(t, i, end, match, {
    body: (open) => {
      primaryKey = primaryKeyIn(t, open + 1, match[open]);
      reservedColumns(ctx, open + 1, match[open]);
    },
    options: (open) => {
      options = { ...options, ...optionValues(t, open, match, MODE_OPTIONS) };
    },
    like: (name) => {
      if (!materialized) facts.kind = 'create-like';
      like = true;
      walker.sources.push(refOf(name));
    },
    as: (as) => {
      if (!materialized) facts.kind = 'ctas';
      query = true;
      queryAfterAs(ctx, as);
    },
  });
  const decided = decidedMode({ option: (k) => options[k]?.value, primaryKey: primaryKey >= 0 });
  if (decided) {
    const where =
      decided.from === 'primary-key'
        ? { line: t.lines[primaryKey], offset: t.starts[primaryKey] }
        : options[decided.from]!;
    facts.changelog = { mode: decided.mode, by: decided.by, line: where.line };
    ownModeReason(facts, decided, where);
  } else if (query || materialized) {
    facts.changelog = { mode: 'query', by: 'its query', line: nameLine };
  } else if (like) {
    facts.changelog = { mode: 'like', by: 'its LIKE table', line: nameLine };
  } else {
    facts.changelog = { mode: 'append', by: 'no PRIMARY KEY and no changelog.mode', line: nameLine };
  }
}

/** Index of the first `PRIMARY KEY` in `t[from, to)`, else -1 (PRIMARY is reserved: never a bare name). */
function primaryKeyIn(t: TokenList, from: number, to: number): number {
  for (let k = from; k < to; k++) if (isWord(t, k, 'PRIMARY') && isWord(t, k + 1, 'KEY')) return k;
  return -1;
}

/** Writing into an upsert or retract table keeps state: the statement that makes it so says it. */
function ownModeReason(facts: Facts, decided: DecidedMode, at: { line: number; offset: number }): void {
  const construct = sinkReason(decided);
  if (construct) facts.ddlReasons.push({ construct, line: at.line, offset: at.offset });
}

function queryAfterAs(ctx: Ctx, asIndex: number): void {
  const { t, end, walker } = ctx;
  if (asIndex + 1 >= end) {
    ctx.issues.push({ severity: 'error', line: t.lines[asIndex], message: 'AS is not followed by a query' });
    return;
  }
  ctx.facts.hasQuery = true;
  const j = walker.query(asIndex + 1, end, null);
  if (j < end) walker.fallback(j, end, null);
}

function createView(ctx: Ctx, i: number): void {
  const { t, end, match, facts } = ctx;
  facts.kind = 'create-view';
  i = skipIfNotExists(t, i);
  if (!nameAt(ctx, i)) {
    ctx.issues.push({ severity: 'error', line: t.lines[0], message: 'CREATE VIEW without a view name' });
    return;
  }
  i = sink(ctx, i);
  while (i < end && !isWord(t, i, 'AS')) i = isPunct(t, i, '(') ? match[i] + 1 : i + 1;
  if (i < end) queryAfterAs(ctx, i);
  else
    ctx.issues.push({ severity: 'error', line: t.lines[0], message: 'CREATE VIEW without AS and a query' });
}

function alter(ctx: Ctx): void {
  const { t, end, facts } = ctx;
  let i = 1;
  const up = t.up(i);
  const materialized = up === 'MATERIALIZED' && isWord(t, i + 1, 'TABLE');
  if (up === 'TABLE' || materialized) {
    facts.kind = 'alter-table';
    i += up === 'TABLE' ? 1 : 2;
  } else if (up === 'VIEW') {
    facts.kind = 'other';
    i++;
  } else {
    otherStatement(ctx, false);
    return;
  }
  if (isWord(t, i, 'IF') && isWord(t, i + 1, 'EXISTS')) i += 2;
  if (!nameAt(ctx, i)) {
    ctx.issues.push({ severity: 'error', line: t.lines[0], message: 'ALTER without a table name' });
    return;
  }
  i = sink(ctx, i);
  // `ALTER MATERIALIZED TABLE t AS <query>` (and `ALTER VIEW v AS <query>`) replace the
  // query: it reads its sources and may keep state like any other.
  if (materialized || up === 'VIEW') {
    while (i < end && !isWord(t, i, 'AS')) i = isPunct(t, i, '(') ? ctx.match[i] + 1 : i + 1;
    if (i < end) queryAfterAs(ctx, i);
  } else alterChangelog(ctx, i);
}

/**
 * An ALTER TABLE that changes what decides the changelog mode: `SET` of a mode option, their
 * `RESET`, or a primary key added, changed or dropped (with no declared mode, the key decides
 * it). What it cannot decide on its own text is `unknown`, and writing the table then counts
 * as stateful: the analyzer cannot prove the sink stays append.
 */
function alterChangelog(ctx: Ctx, i: number): void {
  const { t, end, match, facts } = ctx;
  let change: { decided: DecidedMode; line: number; offset: number } | undefined;
  const unknown = (k: number, by: string) => {
    change = { decided: { mode: 'unknown', by, from: 'primary-key' }, line: t.lines[k], offset: t.starts[k] };
  };
  for (let k = i; k < end; k++) {
    if ((isWord(t, k, 'SET') || isWord(t, k, 'RESET')) && isPunct(t, k + 1, '(')) {
      const close = match[k + 1];
      if (isWord(t, k, 'SET')) {
        const set = optionValues(t, k + 1, match, MODE_OPTIONS);
        const first = MODE_OPTIONS.find((o) => set[o] !== undefined);
        if (first !== undefined) {
          const decided = decidedMode({ option: (o) => set[o]?.value, primaryKey: false });
          const at = set[decided ? (decided.from as ModeOption) : first]!;
          change = {
            decided: decided ?? { mode: 'unknown', by: `${first} '${set[first]!.value}'`, from: first },
            line: at.line,
            offset: at.offset,
          };
        }
      } else {
        for (let j = k + 2; j < close; j++) {
          const key = t.value(j);
          if ((MODE_OPTIONS as readonly string[]).includes(key)) unknown(j, `RESET of ${key}`);
        }
      }
      k = close;
    } else if (isWord(t, k, 'PRIMARY') || isWord(t, k, 'CONSTRAINT')) {
      unknown(k, 'a changed PRIMARY KEY');
    }
  }
  if (!change) return;
  facts.changelog = { mode: change.decided.mode, by: change.decided.by, line: change.line };
  const at = { line: change.line, offset: change.offset };
  if (change.decided.mode === 'unknown') {
    facts.ddlReasons.push({
      construct: `ALTER TABLE changes the changelog mode (${change.decided.by}); treated as stateful`,
      ...at,
    });
  } else ownModeReason(facts, change.decided, at);
}

function drop(ctx: Ctx): void {
  const { t, facts } = ctx;
  facts.kind = 'drop';
  let i = 1;
  if (isWord(t, i, 'TEMPORARY')) i++;
  if (isWord(t, i, 'MATERIALIZED')) i++;
  const up = t.up(i);
  if (up !== 'TABLE' && up !== 'VIEW') return;
  i++;
  if (isWord(t, i, 'IF') && isWord(t, i + 1, 'EXISTS')) i += 2;
  if (nameAt(ctx, i)) sink(ctx, i);
  else ctx.issues.push({ severity: 'error', line: t.lines[0], message: `DROP ${up} without a name` });
}

function set(ctx: Ctx): void {
  const { t, end, facts } = ctx;
  facts.kind = 'set';
  if (end === 1) return;
  let eq = 1;
  while (eq < end && !t.isOperator(eq, '=')) eq++;
  if (eq >= end - 1 || eq === 1) {
    ctx.issues.push({
      severity: 'error',
      line: t.lines[0],
      message: "SET needs the form SET 'key' = 'value'",
    });
    return;
  }
  facts.property = { key: literalText(t, 1, eq), value: literalText(t, eq + 1, end) };
}

function use(ctx: Ctx): void {
  const { t, end, facts } = ctx;
  if (isWord(t, 1, 'MODULES')) {
    facts.kind = 'other';
    return;
  }
  facts.kind = 'use';
  const catalog = isWord(t, 1, 'CATALOG') && nameAt(ctx, 2);
  const at = catalog ? 2 : 1;
  if (!(at < end && isNamePart(t, at))) {
    ctx.issues.push({
      severity: 'error',
      line: t.lines[0],
      message: 'USE without a catalog or database name',
    });
    return;
  }
  const name = readName(t, at, end);
  if (catalog) facts.use = { catalog: name.name };
  else if (name.parts.length >= 2)
    facts.use = { catalog: name.parts[0], database: name.parts.slice(1).join('.') };
  else facts.use = { database: name.name };
}
