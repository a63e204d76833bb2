/**
 * Scope-aware walker over the tokens of one query: it collects the tables read, the join
 * counts and the stateful constructs. It is a tolerant recursive descent: every method is
 * bounded by an `end` index (a closing parenthesis or the statement end), always advances,
 * and leaves what it cannot follow to a fallback scan instead of failing.
 */
import {
  AGGREGATE_FUNCTIONS,
  BLOCK_CLAUSE_END,
  JOIN_CONDITION_END,
  SCALAR_FUNCTIONS,
  SEARCH_FUNCTIONS,
  SELECT_LIST_END,
  TABLE_REF_STOP,
  WINDOW_TVFS,
} from './keywords.js';
import {
  IDENTIFIER,
  KEYWORD,
  NUMBER,
  OPERATOR,
  PARAM,
  PUNCT,
  QUOTED,
  STRING,
  type TokenList,
} from './tokenlist.js';
import { isNamePart, isPunct, isWord, MAX_DEPTH, opensQuery, readName, type NameRead } from './tokens.js';
import type { JoinCounts, SqlIssue, TableRef } from './types.js';

/** A stateful construct, with the offset of its keyword so reasons can be put in text order. */
export interface FoundReason {
  construct: string;
  line: number;
  offset: number;
  /** Unknown functions whose calls alone make this reason (see StatefulReason.functions) */
  functions?: string[];
  /**
   * A construct outside the first contract of reasons (joins, aggregates, DISTINCT, OVER, set
   * operations, MATCH_RECOGNIZE, subqueries in IN and EXISTS, changelog modes): reported only
   * when none of those applies to the statement, so that a statement stateful for one of
   * them keeps the same reasons, and a statement stateful for nothing else still says why.
   */
  secondary?: boolean;
}

/** CTE names visible at a point, innermost first; `null` is the empty scope. */
export interface Scope {
  name: string;
  parent: Scope | null;
}

/** Per query block (one SELECT) facts needed once the whole block has been seen. */
interface Block {
  /** Index of the first aggregate call's name, or -1 */
  firstAggregate: number;
  collectAggregates: boolean;
  windowTvf: boolean;
  /** Index of a SESSION window TVF's name, or -1: unaligned windows buffer rows until they close */
  sessionTvf: number;
  /** Comma joins of this block: their join condition lives in WHERE */
  commaJoins: FoundReason[];
  /** Index of the first call of a function that is neither a known aggregate nor a known scalar, or -1 */
  firstUnknown: number;
  /** Those functions' names as written, each once */
  unknown: string[];
}

interface Relation {
  next: number;
  /** A table, subquery or window TVF, which makes a join stateful; UNNEST and UDTFs do not */
  relation: boolean;
  temporal: boolean;
}

/** What the arguments of a table function call hold. */
interface TableArgs {
  /** Table arguments (`TABLE t`, a subquery, a search function's table) */
  tables: number;
  /** Index of the first `PARTITION BY` of a table argument, or -1 */
  partition: number;
}

type JoinKind = keyof JoinCounts;

const NONE: ReadonlySet<string> = new Set();
const QUERY_TAIL = new Set(['ORDER', 'LIMIT', 'OFFSET', 'FETCH']);
const SET_OPERATORS = new Set(['UNION', 'INTERSECT', 'EXCEPT', 'MINUS']);
const TIME_UNITS = new Set([
  'SECOND', 'SECONDS', 'MINUTE', 'MINUTES', 'HOUR', 'HOURS', 'DAY', 'DAYS', 'WEEK', 'MONTH', 'MONTHS',
  'QUARTER', 'YEAR', 'YEARS', 'MILLISECOND', 'MICROSECOND', 'NANOSECOND', 'TO',
]); // prettier-ignore
const ARITHMETIC = new Set(['+', '-', '*', '/', '%', '||']);
/** Words for "now": `NOW() - INTERVAL '1' DAY` filters by time, it does not bound a join. */
const NOW_WORDS = new Set([
  'NOW', 'CURRENT_TIMESTAMP', 'CURRENT_DATE', 'CURRENT_TIME', 'LOCALTIMESTAMP', 'LOCALTIME',
  'PROCTIME', 'CURRENT_ROW_TIMESTAMP', 'CURRENT_WATERMARK',
]); // prettier-ignore
/** Typed literals: `TIMESTAMP '2024-01-01 00:00:00'` */
const LITERAL_TYPES = new Set(['TIMESTAMP', 'TIMESTAMP_LTZ', 'DATE', 'TIME']);

function newBlock(): Block {
  return {
    firstAggregate: -1,
    collectAggregates: true,
    windowTvf: false,
    sessionTvf: -1,
    commaJoins: [],
    firstUnknown: -1,
    unknown: [],
  };
}

function inScope(scope: Scope | null, name: string): boolean {
  for (let s = scope; s !== null; s = s.parent) if (s.name === name) return true;
  return false;
}

export class QueryWalker {
  readonly sources: TableRef[] = [];
  readonly reasons: FoundReason[] = [];
  readonly joins: JoinCounts = { regular: 0, left: 0, right: 0, inner: 0, outer: 0, cross: 0 };
  /** INTERVAL keywords seen so far; a join whose ON condition raises it is an interval join */
  private intervals = 0;
  private warned = false;
  /** Open recursive calls: past MAX_DEPTH the rest is scanned flat, without recursion */
  private depth = 0;
  private tooDeep = false;

  constructor(
    private readonly t: TokenList,
    private readonly match: Int32Array,
    private readonly issues: SqlIssue[],
  ) {}

  /** Records a stateful construct found at token `at`. */
  reason(construct: string, at: number): void {
    this.reasons.push({ construct, line: this.t.lines[at], offset: this.t.starts[at] });
  }

  /** Records a secondary stateful construct (FoundReason.secondary) found at token `at`. */
  secondary(construct: string, at: number, functions?: string[]): void {
    const r: FoundReason = { construct, line: this.t.lines[at], offset: this.t.starts[at], secondary: true };
    if (functions) r.functions = functions;
    this.reasons.push(r);
  }

  /**
   * Enters one level of recursion at token `at` (its region ends at `end`). Past MAX_DEPTH it
   * reports the statement once, counts it as stateful, reads table names in the region by a
   * flat scan, and answers false: the caller then returns `end` without recursing, so no input
   * can exhaust the stack and the walk stays linear.
   */
  private enter(at: number, end: number, scope: Scope | null): boolean {
    if (this.depth < MAX_DEPTH) {
      this.depth++;
      return true;
    }
    if (!this.tooDeep) {
      this.tooDeep = true;
      this.issues.push({
        severity: 'error',
        line: this.t.lines[at],
        message: `nested too deep: more than ${MAX_DEPTH} levels of parentheses or subqueries; table names below that level were found by a flat scan, and the statement counts as stateful`,
      });
      this.secondary('nesting too deep to analyse', at);
    }
    this.flatScan(at, end, scope);
    return false;
  }

  /** Table names after FROM, JOIN and TABLE in `[i, end)`, found without recursion. */
  private flatScan(i: number, end: number, scope: Scope | null): void {
    const t = this.t;
    for (; i < end; i++) {
      if ((isWord(t, i, 'FROM') || isWord(t, i, 'JOIN') || isWord(t, i, 'TABLE')) && this.nameStart(i + 1)) {
        const name = readName(t, i + 1, end);
        if (!isPunct(t, name.next, '(')) this.addSource(name, scope);
        i = name.next - 1;
      }
    }
  }

  /** `[WITH …] body [ORDER BY …] [LIMIT …]`; returns the index after what it understood. */
  query(i: number, end: number, scope: Scope | null): number {
    if (!this.enter(i, end, scope)) return end;
    if (isWord(this.t, i, 'WITH')) {
      const w = this.withList(i + 1, end, scope);
      i = w.next;
      scope = w.scope;
    }
    i = this.setExpression(i, end, scope);
    // A streaming ORDER BY is a sort that buffers rows (on a time attribute) or a Top-N; LIMIT,
    // OFFSET and FETCH keep a count per key: Flink plans each as a stateful operator.
    let order = -1;
    let limit = -1;
    while (i < end && QUERY_TAIL.has(this.t.up(i))) {
      if (isWord(this.t, i, 'ORDER')) order = order < 0 ? i : order;
      else if (limit < 0) limit = i;
      i = this.expression(i + 1, end, scope, null, BLOCK_CLAUSE_END);
    }
    if (order >= 0) this.secondary(limit >= 0 ? 'ORDER BY … LIMIT' : 'ORDER BY', order);
    else if (limit >= 0) this.secondary('LIMIT', limit);
    this.depth--;
    return i;
  }

  /** The CTE list after WITH: each body sees the CTEs before it, not itself. */
  withList(i: number, end: number, scope: Scope | null): { next: number; scope: Scope | null } {
    const t = this.t;
    if (isWord(t, i, 'RECURSIVE')) i++;
    while (i < end && isNamePart(t, i)) {
      const name = t.value(i);
      i++;
      if (isPunct(t, i, '(') && !opensQuery(t, i)) i = this.match[i] + 1;
      if (isWord(t, i, 'AS')) i++;
      if (isPunct(t, i, '(')) i = this.parenQuery(i, scope);
      scope = { name, parent: scope };
      if (!isPunct(t, i, ',')) break;
      i++;
    }
    return { next: i, scope };
  }

  private setExpression(i: number, end: number, scope: Scope | null): number {
    const t = this.t;
    i = this.term(i, end, scope);
    while (i < end && SET_OPERATORS.has(t.up(i))) {
      const op = i;
      const up = t.up(op);
      i++;
      let all = false;
      if (isWord(t, i, 'ALL')) {
        all = true;
        i++;
      } else if (isWord(t, i, 'DISTINCT')) i++;
      if (!(up === 'UNION' && all)) this.reason(up === 'MINUS' ? 'EXCEPT' : up, op);
      i = this.term(i, end, scope);
    }
    return i;
  }

  private term(i: number, end: number, scope: Scope | null): number {
    const t = this.t;
    if (i >= end) return i;
    switch (t.up(i)) {
      case 'SELECT':
        return this.select(i, end, scope);
      case 'VALUES':
        return this.expression(i + 1, end, scope, null, BLOCK_CLAUSE_END);
      case 'WITH':
        return this.query(i, end, scope);
      case 'TABLE':
        if (i + 1 < end && isNamePart(t, i + 1)) {
          const name = readName(t, i + 1, end);
          this.addSource(name, scope);
          return name.next;
        }
        return i;
    }
    if (isPunct(t, i, '(')) return this.parenQuery(i, scope);
    return i;
  }

  /** `( query )` at `open`; returns the index after the closing parenthesis. */
  parenQuery(open: number, scope: Scope | null): number {
    const close = this.match[open];
    // An INTERVAL inside a subquery bounds nothing of the join around it.
    const intervals = this.intervals;
    const j = this.query(open + 1, close, scope);
    if (j < close) this.fallback(j, close, scope);
    this.intervals = intervals;
    return close + 1;
  }

  private select(i: number, end: number, scope: Scope | null): number {
    const t = this.t;
    i++;
    const block = newBlock();
    if (isWord(t, i, 'DISTINCT')) {
      this.reason('SELECT DISTINCT', i);
      i++;
    } else if (isWord(t, i, 'ALL')) i++;
    i = this.expression(i, end, scope, block, SELECT_LIST_END);
    block.collectAggregates = false;
    let groupToken = -1;
    let windowGrouping = false;
    while (i < end) {
      const up = t.up(i);
      if (up === 'FROM') i = this.fromList(i + 1, end, scope, block);
      else if (up === 'WHERE') {
        const intervalsBefore = this.intervals;
        i = this.expression(i + 1, end, scope, null, BLOCK_CLAUSE_END);
        // `FROM a, b WHERE a.ts BETWEEN b.ts - INTERVAL …`: the Flink docs' own interval join form.
        if (this.intervals > intervalsBefore) {
          for (const r of block.commaJoins) if (r.construct === 'regular join') r.construct = 'interval join';
        }
      } else if (up === 'HAVING' || up === 'QUALIFY' || up === 'WINDOW') {
        i = this.expression(i + 1, end, scope, null, BLOCK_CLAUSE_END);
      } else if (up === 'GROUP' && isWord(t, i + 1, 'BY')) {
        groupToken = i;
        const start = i + 2;
        i = this.expression(start, end, scope, null, BLOCK_CLAUSE_END);
        windowGrouping = this.groupsByWindow(start, i);
      } else break;
    }
    if (groupToken >= 0) {
      this.reason(block.windowTvf || windowGrouping ? 'window aggregation' : 'GROUP BY', groupToken);
    } else if (block.firstAggregate >= 0) {
      this.reason('global aggregate', block.firstAggregate);
    } else if (block.unknown.length > 0) {
      // Any of them may be a user-defined aggregate: the query cannot be proved stateless.
      const names = block.unknown.map((n) => `\`${n}\``).join(', ');
      this.secondary(
        `calls ${names} in an aggregate position; unknown functions are treated as stateful`,
        block.firstUnknown,
        block.unknown,
      );
    }
    if (groupToken < 0 && block.sessionTvf >= 0) this.secondary('SESSION window', block.sessionTvf);
    return i;
  }

  /** GROUP BY keys naming window_start and window_end (of a TVF read through a view or CTE), or a legacy group window. */
  private groupsByWindow(start: number, end: number): boolean {
    const t = this.t;
    let windowStart = false;
    let windowEnd = false;
    for (let i = start; i < end; i++) {
      const kind = t.kind(i);
      // Other kinds have no upper-case form and match none of the words below.
      if (kind !== IDENTIFIER && kind !== KEYWORD && kind !== QUOTED) continue;
      const up = kind === QUOTED ? t.value(i).toUpperCase() : t.up(i);
      if (up === 'WINDOW_START') windowStart = true;
      else if (up === 'WINDOW_END') windowEnd = true;
      else if (WINDOW_TVFS.has(up) && isPunct(t, i + 1, '(')) return true;
    }
    return windowStart && windowEnd;
  }

  /** FROM list: table references joined by commas and JOINs. */
  fromList(i: number, end: number, scope: Scope | null, block: Block | null): number {
    const t = this.t;
    i = this.tableRef(i, end, scope, block).next;
    while (i < end) {
      if (isPunct(t, i, ',')) {
        // A comma join is reported where its table is, the comma itself may end the line before.
        const table = i + 1;
        const r = this.tableRef(i + 1, end, scope, block);
        if (r.next === i + 1) break;
        i = r.next;
        if (r.relation) {
          this.joins.regular++;
          this.reason(r.temporal ? 'temporal join' : 'regular join', table);
          block?.commaJoins.push(this.reasons[this.reasons.length - 1]);
        }
        continue;
      }
      const op = this.joinOperator(i, end);
      if (op === null) break;
      const r = this.tableRef(op.next, end, scope, block);
      i = r.next;
      const intervalsBefore = this.intervals;
      if (isWord(t, i, 'ON')) i = this.expression(i + 1, end, scope, null, JOIN_CONDITION_END);
      else if (isWord(t, i, 'USING') && isPunct(t, i + 1, '(')) i = this.match[i + 1] + 1;
      if (r.relation) {
        this.joins[op.kind]++;
        const construct = r.temporal
          ? 'temporal join'
          : this.intervals > intervalsBefore
            ? 'interval join'
            : 'regular join';
        this.reason(construct, op.join);
      }
    }
    return i;
  }

  private joinOperator(i: number, end: number): { kind: JoinKind; join: number; next: number } | null {
    const t = this.t;
    let kind: JoinKind = 'regular';
    let j = i;
    if (isWord(t, j, 'NATURAL')) j++;
    const up = t.up(j);
    if (up === 'LEFT' || up === 'RIGHT' || up === 'FULL') {
      kind = up === 'LEFT' ? 'left' : up === 'RIGHT' ? 'right' : 'outer';
      j++;
      if (isWord(t, j, 'OUTER')) j++;
    } else if (up === 'INNER') {
      kind = 'inner';
      j++;
    } else if (up === 'CROSS') {
      kind = 'cross';
      j++;
    }
    if (j < end && isWord(t, j, 'JOIN')) return { kind, join: j, next: j + 1 };
    return null;
  }

  /** One table reference with its postfixes (temporal clause, MATCH_RECOGNIZE, alias). */
  private tableRef(i: number, end: number, scope: Scope | null, block: Block | null): Relation {
    const t = this.t;
    const none: Relation = { next: i, relation: false, temporal: false };
    if (i >= end) return none;
    let next: number;
    let relation = true;
    let temporal = false;
    if (isWord(t, i, 'LATERAL')) {
      relation = false;
      if (isWord(t, i + 1, 'TABLE') && isPunct(t, i + 2, '('))
        next = this.tableCall(i + 2, end, scope, block);
      else if (isPunct(t, i + 1, '(')) {
        // A lateral subquery is a join with the rows before it: Flink plans a join, with state.
        this.secondary('lateral join', i);
        next = this.parenQuery(i + 1, scope);
      } else next = i + 1;
    } else if (isWord(t, i, 'TABLE') && isPunct(t, i + 1, '(')) {
      const open = i + 1;
      const fn = open + 1;
      if (open + 2 < end && isNamePart(t, fn) && isPunct(t, open + 2, '(')) {
        relation = this.tableFunction(fn, open + 2, scope, block).tables > 0 || WINDOW_TVFS.has(t.up(fn));
        const close = this.match[open];
        const after = this.match[open + 2] + 1;
        if (after < close) this.expression(after, close, scope, null, NONE);
        next = close + 1;
      } else {
        relation = false;
        next = this.paren(open, end, scope, null);
      }
    } else if (isWord(t, i, 'UNNEST') && isPunct(t, i + 1, '(')) {
      relation = false;
      next = this.paren(i + 1, end, scope, null);
      if (isWord(t, next, 'WITH') && isWord(t, next + 1, 'ORDINALITY')) next += 2;
    } else if (isPunct(t, i, '(')) {
      if (opensQuery(t, i)) next = this.parenQuery(i, scope);
      else {
        const close = this.match[i];
        if (this.enter(i, close, scope)) {
          const j = this.fromList(i + 1, close, scope, block);
          if (j < close) this.fallback(j, close, scope);
          this.depth--;
        } else {
          // `((((t))))`: the flat scan finds names after FROM and JOIN; this one has neither.
          let k = i;
          while (isPunct(t, k, '(') && k < close) k++;
          if (this.nameStart(k)) {
            const name = readName(t, k, close);
            if (!isPunct(t, name.next, '(')) this.addSource(name, scope);
          }
        }
        next = close + 1;
      }
    } else if (this.nameStart(i)) {
      const name = readName(t, i, end);
      next = name.next;
      if (isPunct(t, next, '(')) {
        // A table function called without TABLE(…), as process table functions are:
        // `FROM EventCounter(input => TABLE clicks PARTITION BY user_id)`.
        const args = this.tableFunction(name.next - 1, next, scope, block);
        relation = args.tables > 0;
        next = this.match[next] + 1;
      } else {
        this.addSource(name, scope);
        const tc = this.temporalClause(next, end);
        if (tc.next > next) {
          temporal = tc.temporal;
          next = tc.next;
        }
      }
    } else return none;

    if (isWord(t, next, 'MATCH_RECOGNIZE') && isPunct(t, next + 1, '(')) {
      this.reason('MATCH_RECOGNIZE', next);
      next = this.paren(next + 1, end, scope, null);
    }
    next = this.alias(next, end);
    if (!temporal) {
      const tc = this.temporalClause(next, end);
      if (tc.next > next) {
        temporal = tc.temporal;
        next = this.alias(tc.next, end);
      }
    }
    return { next, relation, temporal };
  }

  /** `( fn(args) … )` at `open` after LATERAL TABLE; returns the index after it. */
  private tableCall(open: number, end: number, scope: Scope | null, block: Block | null): number {
    const t = this.t;
    const fn = open + 1;
    if (!(isNamePart(t, fn) && isPunct(t, fn + 1, '('))) return this.paren(open, end, scope, null);
    this.tableFunction(fn, fn + 1, scope, block);
    const close = this.match[open] < end ? this.match[open] : end;
    const after = this.match[fn + 1] + 1;
    if (after < close) this.expression(after, close, scope, null, NONE);
    return close + 1;
  }

  /**
   * A table function named at `fn` whose arguments open at `open`: its table arguments are
   * sources, and a table argument with PARTITION BY makes it set-semantic, which keeps state
   * per key (window TVFs excepted: their GROUP BY is the stateful part).
   */
  private tableFunction(fn: number, open: number, scope: Scope | null, block: Block | null): TableArgs {
    const t = this.t;
    const up = t.kind(fn) === QUOTED ? t.value(fn).toUpperCase() : t.up(fn);
    const window = WINDOW_TVFS.has(up);
    if (window && block !== null) {
      block.windowTvf = true;
      if (up === 'SESSION' && block.sessionTvf < 0) block.sessionTvf = fn;
    }
    const args = this.tableFunctionArgs(open, scope, SEARCH_FUNCTIONS.has(up));
    if (args.partition >= 0 && !window) this.secondary('set-semantic table function', args.partition);
    return args;
  }

  private nameStart(i: number): boolean {
    const t = this.t;
    const kind = t.kind(i);
    if (kind === IDENTIFIER || kind === QUOTED) return true;
    if (kind !== KEYWORD) return false;
    const up = t.up(i);
    return !TABLE_REF_STOP.has(up) && up !== 'TABLE' && up !== 'UNNEST';
  }

  /** `[AS] alias [(col, …)]`; returns the index after it, or `i` when there is none. */
  private alias(i: number, end: number): number {
    const t = this.t;
    let j = i;
    if (isWord(t, j, 'AS')) j++;
    if (j >= end || j >= t.count) return i;
    const isAlias =
      j > i ? isNamePart(t, j) : t.kind(j) === QUOTED || (isNamePart(t, j) && !TABLE_REF_STOP.has(t.up(j)));
    if (!isAlias) return i;
    j++;
    if (isPunct(t, j, '(') && !opensQuery(t, j)) j = this.match[j] + 1;
    return j;
  }

  /**
   * `FOR SYSTEM_TIME AS OF expr` at `i`; returns the index after it (or `i`), and whether the
   * expression reads a column, which makes a temporal (or lookup) join: a constant such as
   * `TIMESTAMP '2024-01-01 00:00:00'` is time travel, a snapshot read.
   */
  private temporalClause(i: number, end: number): { next: number; temporal: boolean } {
    const t = this.t;
    const no = { next: i, temporal: false };
    if (!isWord(t, i, 'FOR')) return no;
    let j = i + 1;
    if (isWord(t, j, 'SYSTEM_TIME')) j++;
    else if (isWord(t, j, 'SYSTEM') && isWord(t, j + 1, 'TIME')) j += 2;
    else return no;
    if (!isWord(t, j, 'AS') || !isWord(t, j + 1, 'OF')) return no;
    j += 2;
    let column = false;
    // A small expression: operands joined by arithmetic, e.g. `o.$rowtime` or `o.ts - INTERVAL '1' SECOND`.
    while (j < end) {
      const kind = t.kind(j);
      if (isWord(t, j, 'INTERVAL')) {
        j++;
        if (t.kind(j) === STRING || t.kind(j) === NUMBER) j++;
        while (j < end && TIME_UNITS.has(t.up(j))) j++;
      } else if (kind === KEYWORD && LITERAL_TYPES.has(t.up(j)) && t.kind(j + 1) === STRING) j += 2;
      else if (isPunct(t, j, '(')) j = this.match[j] + 1;
      else if (kind === STRING || kind === NUMBER || kind === PARAM) j++;
      else if (kind === IDENTIFIER || kind === QUOTED || (kind === KEYWORD && !TABLE_REF_STOP.has(t.up(j)))) {
        const name = readName(t, j, end);
        j = name.next;
        if (isPunct(t, j, '(')) j = this.match[j] + 1;
        else if (kind !== KEYWORD || name.parts.length > 1) column = true;
      } else break;
      if (j < end && t.kind(j) === OPERATOR && ARITHMETIC.has(t.text(j))) j++;
      else break;
    }
    return { next: j, temporal: column };
  }

  /**
   * Arguments of a table function call whose `(` is at `open`: `TABLE x` (also named,
   * `input => TABLE x`, and with `PARTITION BY k` / `ORDER BY ts`) and a parenthesised query
   * are table arguments; so is the first argument of a search function (`search`), a bare
   * table name. `MODEL m` names a model, not a table. Other arguments are expressions.
   */
  private tableFunctionArgs(open: number, scope: Scope | null, search: boolean): TableArgs {
    const t = this.t;
    const close = this.match[open];
    const args: TableArgs = { tables: 0, partition: -1 };
    let j = open + 1;
    let position = 0;
    let argStart = true;
    while (j < close) {
      if (argStart) {
        argStart = false;
        if (isNamePart(t, j) && t.isOperator(j + 1, '=>')) j += 2;
        if (isWord(t, j, 'TABLE') && j + 1 < close && isNamePart(t, j + 1)) {
          const name = readName(t, j + 1, close);
          this.addSource(name, scope);
          args.tables++;
          j = name.next;
          continue;
        }
        if (isPunct(t, j, '(') && opensQuery(t, j)) {
          j = this.parenQuery(j, scope);
          args.tables++;
          continue;
        }
        if (isWord(t, j, 'MODEL') && j + 1 < close && isNamePart(t, j + 1)) {
          j = readName(t, j + 1, close).next;
          continue;
        }
        if (search && position === 0 && isNamePart(t, j)) {
          const name = readName(t, j, close);
          if (isPunct(t, name.next, ',') || name.next === close) {
            this.addSource(name, scope);
            args.tables++;
            j = name.next;
            continue;
          }
        }
      }
      if (isPunct(t, j, ',')) {
        argStart = true;
        position++;
        j++;
      } else if (isWord(t, j, 'PARTITION') && isWord(t, j + 1, 'BY')) {
        if (args.partition < 0) args.partition = j;
        j += 2;
      } else if (isPunct(t, j, '(')) j = this.paren(j, close, scope, null);
      else j++;
    }
    return args;
  }

  private addSource(name: NameRead, scope: Scope | null): void {
    if (name.parts.length === 1 && inScope(scope, name.name)) return;
    this.sources.push({
      name: name.name,
      parts: name.parts,
      line: name.line,
      offset: name.offset,
      length: name.length,
    });
  }

  /**
   * Scans an expression up to a word in `stop` (at this nesting level) or `end`. It finds
   * subqueries, OVER, aggregate calls and INTERVAL; words such as the FROM of TRIM(… FROM …)
   * sit inside parentheses and are never read as clauses.
   */
  expression(
    i: number,
    end: number,
    scope: Scope | null,
    block: Block | null,
    stop: ReadonlySet<string>,
  ): number {
    const t = this.t;
    while (i < end) {
      const kind = t.kinds[i];
      if (kind === PUNCT) {
        if (isPunct(t, i, '(')) i = this.paren(i, end, scope, block);
        else if (isPunct(t, i, ',') && stop === JOIN_CONDITION_END) return i;
        else i++;
        continue;
      }
      if (kind === IDENTIFIER || kind === QUOTED) {
        // Every clause word is a keyword, so a name only matters as a call in an aggregate position.
        if (block !== null && block.collectAggregates && isPunct(t, i + 1, '(') && !isWord(t, i - 1, 'AS')) {
          i = this.call(i, end, scope, block);
          continue;
        }
        i++;
        continue;
      }
      if (kind !== KEYWORD) {
        i++;
        continue;
      }
      const up = t.up(i);
      if (stop.has(up) && !this.continuesExpression(i)) return i;
      if (up === 'INTERVAL') {
        if (!this.fromNow(i)) this.intervals++;
      } else if (up === 'OVER' && (isPunct(t, i + 1, '(') || isNamePart(t, i + 1))) {
        this.reason('OVER window', i);
        // The window's PARTITION BY and ORDER BY are no aggregate position.
        if (isPunct(t, i + 1, '(')) {
          i = this.paren(i + 1, end, scope, null);
          continue;
        }
      } else if (up === 'DISTINCT' && isWord(t, i + 1, 'FROM') && this.followsIs(i)) {
        i += 2;
        continue;
      } else if ((up === 'CAST' || up === 'TRY_CAST') && isPunct(t, i + 1, '(')) {
        i = this.cast(i + 1, end, scope, block);
        continue;
      }
      i++;
    }
    return i;
  }

  /**
   * A call at `i` in a SELECT list: a known aggregate aggregates (unless OVER follows), a known
   * scalar does not, and any other function might: it is remembered, and the block counts as
   * stateful unless it turns out to be windowed (OVER) or the block groups anyway.
   */
  private call(i: number, end: number, scope: Scope | null, block: Block): number {
    const t = this.t;
    const up = t.kind(i) === QUOTED ? t.value(i).toUpperCase() : t.up(i);
    if (AGGREGATE_FUNCTIONS.has(up)) return this.aggregateCall(i, end, scope, block);
    if (SCALAR_FUNCTIONS.has(up) || up === 'TRY_CAST') {
      if (up === 'TRY_CAST') return this.cast(i + 1, end, scope, block);
      return this.paren(i + 1, end, scope, block);
    }
    const j = this.paren(i + 1, end, scope, block);
    // FILTER and WITHIN GROUP follow aggregates only.
    if (isWord(t, j, 'FILTER') || (isWord(t, j, 'WITHIN') && isWord(t, j + 1, 'GROUP'))) {
      return this.aggregateCall(i, end, scope, block);
    }
    if (isWord(t, j, 'OVER')) return j;
    const name = t.value(i);
    if (block.firstUnknown < 0) block.firstUnknown = i;
    if (!block.unknown.includes(name)) block.unknown.push(name);
    return j;
  }

  /** `CAST(expr AS type)` whose `(` is at `open`: the type after AS names no function. */
  private cast(open: number, end: number, scope: Scope | null, block: Block | null): number {
    const t = this.t;
    const close = this.match[open] < end ? this.match[open] : end;
    let as = open + 1;
    while (as < close && !isWord(t, as, 'AS')) as = isPunct(t, as, '(') ? this.match[as] + 1 : as + 1;
    if (!this.enter(open, close, scope)) return close + 1;
    this.expression(open + 1, Math.min(as, close), scope, block, NONE);
    this.depth--;
    return close + 1;
  }

  /** Whether the INTERVAL at `i` is subtracted from or added to "now" (`NOW() - INTERVAL '1' DAY`). */
  private fromNow(i: number): boolean {
    const t = this.t;
    if (!(t.isOperator(i - 1, '-') || t.isOperator(i - 1, '+'))) return false;
    if (!t.isPunct(i - 2, ')')) return NOW_WORDS.has(t.up(i - 2));
    // `NOW()`, `CURRENT_WATERMARK(ts)`: a short call, looked for a few tokens back.
    for (let open = i - 3; open > 0 && i - 2 - open <= 8; open--) {
      if (t.isPunct(open, '(') && this.match[open] === i - 2) return NOW_WORDS.has(t.up(open - 1));
    }
    return false;
  }

  /** `AGG(…) [FILTER (…)] [WITHIN GROUP (…)]` at `i`: a global aggregate unless OVER follows. */
  private aggregateCall(i: number, end: number, scope: Scope | null, block: Block): number {
    const t = this.t;
    let j = this.paren(i + 1, end, scope, block);
    if (isWord(t, j, 'FILTER') && isPunct(t, j + 1, '(')) j = this.paren(j + 1, end, scope, block);
    if (isWord(t, j, 'WITHIN') && isWord(t, j + 1, 'GROUP') && isPunct(t, j + 2, '(')) {
      j = this.paren(j + 2, end, scope, block);
    }
    if (!isWord(t, j, 'OVER') && block.firstAggregate < 0) block.firstAggregate = i;
    return j;
  }

  /** Words that look like a clause but continue the expression: `LEFT(…)`, `WITHIN GROUP`. */
  private continuesExpression(i: number): boolean {
    const t = this.t;
    const up = t.up(i);
    if (up === 'LEFT' || up === 'RIGHT') return isPunct(t, i + 1, '(');
    if (up === 'GROUP') return isWord(t, i - 1, 'WITHIN');
    return false;
  }

  private followsIs(i: number): boolean {
    const t = this.t;
    return isWord(t, i - 1, 'IS') || (isWord(t, i - 1, 'NOT') && isWord(t, i - 2, 'IS'));
  }

  /** A parenthesised group at `open` inside an expression: a subquery, or arguments / a nested expression. */
  private paren(open: number, end: number, scope: Scope | null, block: Block | null): number {
    const t = this.t;
    const close = this.match[open] < end ? this.match[open] : end;
    if (opensQuery(t, open)) {
      const before = open - 1;
      if (isWord(t, before, 'IN')) this.reason('IN subquery', before);
      else if (isWord(t, before, 'EXISTS')) this.reason('EXISTS subquery', before);
      // Any other subquery in an expression is a value per row: Flink joins it to the rows
      // (correlated or not), and a join keeps state.
      else this.secondary('scalar subquery', open + 1);
      const intervals = this.intervals;
      const j = this.query(open + 1, close, scope);
      if (j < close) this.expression(j, close, scope, null, NONE);
      this.intervals = intervals;
      return close + 1;
    }
    if (!this.enter(open, close, scope)) return close + 1;
    this.expression(open + 1, close, scope, block, NONE);
    this.depth--;
    return close + 1;
  }

  /**
   * Last resort for tokens the grammar above did not expect: keep finding SELECT blocks and
   * FROM/JOIN table names so that sources are not silently lost, and say so once.
   */
  fallback(i: number, end: number, scope: Scope | null): void {
    const t = this.t;
    if (!this.warned && i < end) {
      this.warned = true;
      this.issues.push({
        severity: 'warning',
        line: t.lines[i],
        message: `could not follow the SQL near '${t.text(i)}'; table references after it were found by a fallback scan`,
      });
      // What the scan skips (a join, an aggregate) may keep state.
      this.secondary('SQL the analyzer could not follow', i);
    }
    while (i < end) {
      let j = i + 1;
      if (isWord(t, i, 'SELECT') || isWord(t, i, 'WITH')) j = this.query(i, end, scope);
      else if (isWord(t, i, 'FROM') || isWord(t, i, 'JOIN')) j = this.fromList(i + 1, end, scope, null);
      else if (isPunct(t, i, '(')) j = this.paren(i, end, scope, null);
      i = j > i ? j : i + 1;
    }
  }
}
