/**
 * Table DDL details: the column list body, DISTRIBUTED BY, WITH options, and the token
 * printers that normalise type and expression text so that formatting does not show as change.
 */
import { IDENTIFIER, KEYWORD, NUMBER, OPERATOR, PUNCT, QUOTED, STRING, type TokenList } from './tokenlist.js';
import { isNamePart, isPunct, isWord } from './tokens.js';
import type { Column, TableDdl } from './types.js';

export function emptyDdl(): TableDdl {
  return { columns: [], primaryKey: [], distribution: null, watermark: null, options: {} };
}

/** Words that end a column's type (at bracket depth 0). */
const TYPE_END = new Set(['NOT', 'NULL', 'PRIMARY', 'CONSTRAINT', 'COMMENT', 'METADATA', 'VIRTUAL']);
/** Type constructors whose `<` opens a bracket (so the commas inside do not split columns). */
const ANGLE_TYPES = new Set(['ROW', 'ARRAY', 'MAP', 'MULTISET']);

/**
 * End of the item that starts at `s` in `t[s, end)`: the first comma outside parentheses and
 * type angle brackets, or `end`. Callers walk the items with it instead of collecting them.
 */
function itemEnd(t: TokenList, s: number, end: number, match: Int32Array): number {
  let angle = 0;
  let i = s;
  while (i < end) {
    const kind = t.kind(i);
    if (kind === PUNCT) {
      if (t.isPunct(i, '(')) {
        i = (match[i] < end ? match[i] : end) + 1;
        continue;
      }
      if (t.isPunct(i, ',') && angle === 0) return i;
    } else if (kind === OPERATOR) {
      if (t.isOperator(i, '<') && i > s && ANGLE_TYPES.has(t.up(i - 1))) angle++;
      else if (t.isOperator(i, '>') && angle > 0) angle--;
      else if (t.isOperator(i, '<>') && angle > 0) angle--;
    }
    i++;
  }
  return end;
}

/** Unquoted names inside the parentheses at `open`: `(a, `b`)`. */
export function nameList(t: TokenList, open: number, match: Int32Array): string[] {
  const names: string[] = [];
  const close = match[open];
  for (let i = open + 1; i < close && i < t.count; i++) {
    if (isNamePart(t, i) && !isPunct(t, i - 1, '.')) names.push(t.value(i));
  }
  return names;
}

/** Reads the `( … )` body of CREATE TABLE at `open` into `ddl`. */
export function parseTableBody(t: TokenList, open: number, match: Int32Array, ddl: TableDdl): void {
  const close = Math.min(match[open], t.count);
  for (let s = open + 1; s < close;) {
    const e = itemEnd(t, s, close, match);
    if (e > s) tableItem(t, s, e, match, ddl);
    s = e + 1;
  }
}

/** One item of a CREATE TABLE body, `t[s, e)`: a column, a key, a watermark. */
function tableItem(t: TokenList, s: number, e: number, match: Int32Array, ddl: TableDdl): void {
  let i = s;
  if (isWord(t, i, 'CONSTRAINT')) i += 2;
  if (isWord(t, i, 'PRIMARY') && isWord(t, i + 1, 'KEY')) {
    if (isPunct(t, i + 2, '(')) ddl.primaryKey = nameList(t, i + 2, match);
    return;
  }
  if (isWord(t, i, 'WATERMARK') && isWord(t, i + 1, 'FOR') && i + 2 < e) {
    const column = t.value(i + 2);
    const as = isWord(t, i + 3, 'AS') ? i + 4 : i + 3;
    ddl.watermark = { column, expression: printExpression(t, as, e) };
    return;
  }
  if (isWord(t, i, 'PERIOD') || isWord(t, i, 'LIKE')) return;
  if (isNamePart(t, i)) ddl.columns.push(parseColumn(t, i, e, ddl));
}

function parseColumn(t: TokenList, s: number, e: number, ddl: TableDdl): Column {
  const name = t.value(s);
  if (isWord(t, s + 1, 'AS')) {
    return { name, type: '', nullable: true, kind: 'computed' };
  }
  let i = s + 1;
  let angle = 0;
  let depth = 0;
  while (i < e) {
    if (depth === 0 && angle === 0 && TYPE_END.has(t.up(i))) break;
    if (isPunct(t, i, '(')) depth++;
    else if (isPunct(t, i, ')')) depth--;
    else if (t.isOperator(i, '<')) angle++;
    else if (t.isOperator(i, '>') && angle > 0) angle--;
    i++;
  }
  const type = printType(t, s + 1, i);
  let nullable = true;
  let kind: Column['kind'] = 'physical';
  for (; i < e; i++) {
    if (isWord(t, i, 'NOT') && isWord(t, i + 1, 'NULL')) {
      nullable = false;
      i++;
    } else if (isWord(t, i, 'PRIMARY') && isWord(t, i + 1, 'KEY')) {
      ddl.primaryKey = [name];
      i++;
    } else if (isWord(t, i, 'METADATA')) kind = 'metadata';
    else if (isWord(t, i, 'NOT') && isWord(t, i + 1, 'ENFORCED')) i++;
  }
  return { name, type, nullable, kind };
}

/** Whether each open bracket of the type being printed belongs to a ROW; shared, as printType never nests. */
const rowStack: boolean[] = [];

/**
 * Type text of `t[start, end)`: keywords upper-cased, single spaces, `, ` between parameters,
 * no space inside brackets. Field names of ROW types keep their spelling (Flink names are
 * case-sensitive).
 */
export function printType(t: TokenList, start: number, end: number): string {
  let out = '';
  let depth = 0;
  let fieldNext = false;
  for (let i = start; i < end; i++) {
    if (isPunct(t, i, '(') || t.isOperator(i, '<')) {
      const row = i > start && isWord(t, i - 1, 'ROW');
      out += t.text(i);
      rowStack[depth++] = row;
      fieldNext = row;
    } else if (isPunct(t, i, ')') || t.isOperator(i, '>')) {
      out += t.text(i);
      if (depth > 0) depth--;
      fieldNext = false;
    } else if (isPunct(t, i, ',')) {
      out += ', ';
      fieldNext = depth > 0 && rowStack[depth - 1];
    } else {
      const last = out.charCodeAt(out.length - 1);
      if (out.length > 0 && last !== 40 && last !== 60 && last !== 32) out += ' ';
      const up = fieldNext ? '' : t.up(i);
      out += up === '' ? t.text(i) : up;
      fieldNext = false;
    }
  }
  return out;
}

/** Keywords after which `(` opens a group, not the arguments of a call or a type: `AND (…)`, `IN (…)`. */
const SPACED_BEFORE_PAREN = new Set(
  'AND OR NOT IN EXISTS AS ON WHEN THEN ELSE CASE BETWEEN IS LIKE OVER FROM WHERE SELECT BY ALL ANY SOME VALUES WITH'.split(
    ' ',
  ),
);

function callable(t: TokenList, prev: number): boolean {
  const kind = t.kind(prev);
  if (kind === IDENTIFIER || kind === QUOTED) return true;
  return kind === KEYWORD && !SPACED_BEFORE_PAREN.has(t.up(prev));
}

/** Expression text of `t[start, end)`: keywords upper-cased, names and literals as written, single spaces. */
export function printExpression(t: TokenList, start: number, end: number): string {
  let out = '';
  for (let i = start; i < end; i++) {
    const text = t.kind(i) === KEYWORD ? t.up(i) : t.text(i);
    const prev = i - 1;
    const glueLeft =
      i === start ||
      isPunct(t, prev, '(') ||
      isPunct(t, prev, '.') ||
      isPunct(t, prev, '[') ||
      isPunct(t, i, ')') ||
      isPunct(t, i, ',') ||
      isPunct(t, i, '.') ||
      isPunct(t, i, ']') ||
      ((isPunct(t, i, '(') || isPunct(t, i, '[')) && callable(t, prev));
    out += glueLeft ? text : ' ' + text;
  }
  return out;
}

/** `DISTRIBUTED BY [HASH](cols) [INTO n BUCKETS]` or `DISTRIBUTED INTO n BUCKETS` at `i` (the DISTRIBUTED word). */
export function parseDistribution(
  t: TokenList,
  i: number,
  match: Int32Array,
): { distribution: NonNullable<TableDdl['distribution']>; next: number } {
  let j = i + 1;
  let columns: string[] = [];
  if (isWord(t, j, 'BY')) {
    j++;
    if (isNamePart(t, j) && isPunct(t, j + 1, '(')) j++;
    if (isPunct(t, j, '(')) {
      columns = nameList(t, j, match);
      j = match[j] + 1;
    }
  }
  let buckets: number | null = null;
  if (isWord(t, j, 'INTO') && t.kind(j + 1) === NUMBER) {
    buckets = Number(t.text(j + 1));
    j += 2;
    if (isWord(t, j, 'BUCKETS')) j++;
  }
  return { distribution: { columns, buckets }, next: j };
}

/** Where an option key was written, for the line of a reason it causes. */
export interface KeyAt {
  line: number;
  offset: number;
}

/** Calls `item(s, eq, e)` for each `key = value` item `t[s, e)` of the `( … )` at `open`, `eq` at its `=`. */
function eachOption(
  t: TokenList,
  open: number,
  match: Int32Array,
  item: (s: number, eq: number, e: number) => void,
): void {
  const close = Math.min(match[open], t.count);
  for (let s = open + 1; s < close;) {
    const e = itemEnd(t, s, close, match);
    let eq = s;
    while (eq < e && !t.isOperator(eq, '=')) eq++;
    if (eq > s && eq < e - 1) item(s, eq, e);
    s = e + 1;
  }
}

/** `( 'k' = 'v', … )` at `open`; keys and values unquoted. Also returns where each key is, for line numbers. */
export function parseOptions(
  t: TokenList,
  open: number,
  match: Int32Array,
): { options: Record<string, string>; keys: Map<string, KeyAt> } {
  const options: Record<string, string> = {};
  const keys = new Map<string, KeyAt>();
  eachOption(t, open, match, (s, eq, e) => {
    const key = literalText(t, s, eq);
    options[key] = literalText(t, eq + 1, e);
    keys.set(key, { line: t.lines[s], offset: t.starts[s] });
  });
  return { options, keys };
}

/**
 * What `parseOptions` gives for the keys `keys` (the last item that names a key wins, as
 * there), without building the other options: the analysis needs the few options that decide
 * a table's changelog mode for every table, the rest only for the few tables someone asks about.
 */
export function optionValues<K extends string>(
  t: TokenList,
  open: number,
  match: Int32Array,
  keys: readonly K[],
): Partial<Record<K, { value: string } & KeyAt>> {
  const out: Partial<Record<K, { value: string } & KeyAt>> = {};
  eachOption(t, open, match, (s, eq, e) => {
    const key = literalText(t, s, eq) as K;
    if (!keys.includes(key)) return;
    out[key] = { value: literalText(t, eq + 1, e), line: t.lines[s], offset: t.starts[s] };
  });
  return out;
}

/** A single string token's content, else the source text the tokens span (for unquoted keys like `a.b`). */
export function literalText(t: TokenList, s: number, e: number): string {
  if (e - s === 1 && (t.kind(s) === STRING || t.kind(s) === QUOTED)) return t.value(s);
  return t.src.slice(t.starts[s], t.ends[e - 1]);
}
