/**
 * Table DDL details: the column list body, DISTRIBUTED BY, WITH options, and the token
 * printers that normalise type and expression text so that formatting does not show as change.
 */
import type { Token } from './lexer.js';
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
 * Splits `t[start, end)` on commas outside parentheses and type angle brackets; returns the
 * item ranges.
 */
function splitItems(t: Token[], start: number, end: number, match: Int32Array): Array<[number, number]> {
  const items: Array<[number, number]> = [];
  let itemStart = start;
  let angle = 0;
  let i = start;
  while (i < end) {
    const tk = t[i];
    if (tk.kind === 'punct') {
      if (tk.text === '(') {
        i = (match[i] < end ? match[i] : end) + 1;
        continue;
      }
      if (tk.text === ',' && angle === 0) {
        if (i > itemStart) items.push([itemStart, i]);
        itemStart = i + 1;
      }
    } else if (tk.kind === 'operator') {
      if (tk.text === '<' && i > start && ANGLE_TYPES.has(t[i - 1].up)) angle++;
      else if (tk.text === '>' && angle > 0) angle--;
      else if (tk.text === '<>' && angle > 0) angle--;
    }
    i++;
  }
  if (end > itemStart) items.push([itemStart, end]);
  return items;
}

/** Unquoted names inside the parentheses at `open`: `(a, `b`)`. */
export function nameList(t: Token[], open: number, match: Int32Array): string[] {
  const names: string[] = [];
  const close = match[open];
  for (let i = open + 1; i < close && i < t.length; i++) {
    if (isNamePart(t[i]) && !isPunct(t[i - 1], '.')) names.push(t[i].value);
  }
  return names;
}

/** Reads the `( … )` body of CREATE TABLE at `open` into `ddl`. */
export function parseTableBody(t: Token[], open: number, match: Int32Array, ddl: TableDdl): void {
  const close = Math.min(match[open], t.length);
  for (const [s, e] of splitItems(t, open + 1, close, match)) {
    let i = s;
    if (isWord(t[i], 'CONSTRAINT')) i += 2;
    if (isWord(t[i], 'PRIMARY') && isWord(t[i + 1], 'KEY')) {
      if (isPunct(t[i + 2], '(')) ddl.primaryKey = nameList(t, i + 2, match);
      continue;
    }
    if (isWord(t[i], 'WATERMARK') && isWord(t[i + 1], 'FOR') && i + 2 < e) {
      const column = t[i + 2].value;
      const as = isWord(t[i + 3], 'AS') ? i + 4 : i + 3;
      ddl.watermark = { column, expression: printExpression(t.slice(as, e)) };
      continue;
    }
    if (isWord(t[i], 'PERIOD') || isWord(t[i], 'LIKE')) continue;
    if (isNamePart(t[i])) ddl.columns.push(parseColumn(t, i, e, ddl));
  }
}

function parseColumn(t: Token[], s: number, e: number, ddl: TableDdl): Column {
  const name = t[s].value;
  if (isWord(t[s + 1], 'AS')) {
    return { name, type: '', nullable: true, kind: 'computed' };
  }
  let i = s + 1;
  let angle = 0;
  let depth = 0;
  while (i < e) {
    const tk = t[i];
    if (depth === 0 && angle === 0 && TYPE_END.has(tk.up)) break;
    if (isPunct(tk, '(')) depth++;
    else if (isPunct(tk, ')')) depth--;
    else if (tk.kind === 'operator') {
      if (tk.text === '<') angle++;
      else if (tk.text === '>' && angle > 0) angle--;
    }
    i++;
  }
  const type = printType(t.slice(s + 1, i));
  let nullable = true;
  let kind: Column['kind'] = 'physical';
  for (; i < e; i++) {
    const up = t[i].up;
    if (up === 'NOT' && isWord(t[i + 1], 'NULL')) {
      nullable = false;
      i++;
    } else if (up === 'PRIMARY' && isWord(t[i + 1], 'KEY')) {
      ddl.primaryKey = [name];
      i++;
    } else if (up === 'METADATA') kind = 'metadata';
    else if (up === 'NOT' && isWord(t[i + 1], 'ENFORCED')) i++;
  }
  return { name, type, nullable, kind };
}

/**
 * Type text: keywords upper-cased, single spaces, `, ` between parameters, no space inside
 * brackets. Field names of ROW types keep their spelling (Flink names are case-sensitive).
 */
export function printType(tokens: Token[]): string {
  let out = '';
  const rowStack: boolean[] = [];
  let fieldNext = false;
  let prev: Token | null = null;
  for (const tk of tokens) {
    const text = tk.text;
    if ((tk.kind === 'punct' && text === '(') || (tk.kind === 'operator' && text === '<')) {
      const row = prev !== null && prev.up === 'ROW';
      out += text;
      rowStack.push(row);
      fieldNext = row;
    } else if ((tk.kind === 'punct' && text === ')') || (tk.kind === 'operator' && text === '>')) {
      out += text;
      rowStack.pop();
      fieldNext = false;
    } else if (tk.kind === 'punct' && text === ',') {
      out += ', ';
      fieldNext = rowStack.length > 0 && rowStack[rowStack.length - 1];
    } else {
      const last = out.charCodeAt(out.length - 1);
      if (out.length > 0 && last !== 40 && last !== 60 && last !== 32) out += ' ';
      out += fieldNext || tk.up === '' ? text : tk.up;
      fieldNext = false;
    }
    prev = tk;
  }
  return out;
}

/** Keywords after which `(` opens a group, not the arguments of a call or a type: `AND (…)`, `IN (…)`. */
const SPACED_BEFORE_PAREN = new Set(
  'AND OR NOT IN EXISTS AS ON WHEN THEN ELSE CASE BETWEEN IS LIKE OVER FROM WHERE SELECT BY ALL ANY SOME VALUES WITH'.split(
    ' ',
  ),
);

function callable(prev: Token): boolean {
  if (prev.kind === 'identifier' || prev.kind === 'quoted') return true;
  return prev.kind === 'keyword' && !SPACED_BEFORE_PAREN.has(prev.up);
}

/** Expression text: keywords upper-cased, names and literals as written, single spaces. */
export function printExpression(tokens: Token[]): string {
  let out = '';
  let prev: Token | null = null;
  for (const tk of tokens) {
    const text = tk.kind === 'keyword' ? tk.up : tk.text;
    const p = prev?.text;
    const glueLeft =
      prev === null ||
      (prev.kind === 'punct' && (p === '(' || p === '.' || p === '[')) ||
      (tk.kind === 'punct' && (text === ')' || text === ',' || text === '.' || text === ']')) ||
      (tk.kind === 'punct' && (text === '(' || text === '[') && callable(prev));
    out += glueLeft ? text : ' ' + text;
    prev = tk;
  }
  return out;
}

/** `DISTRIBUTED BY [HASH](cols) [INTO n BUCKETS]` or `DISTRIBUTED INTO n BUCKETS` at `i` (the DISTRIBUTED word). */
export function parseDistribution(
  t: Token[],
  i: number,
  match: Int32Array,
): { distribution: NonNullable<TableDdl['distribution']>; next: number } {
  let j = i + 1;
  let columns: string[] = [];
  if (isWord(t[j], 'BY')) {
    j++;
    if (isNamePart(t[j]) && isPunct(t[j + 1], '(')) j++;
    if (isPunct(t[j], '(')) {
      columns = nameList(t, j, match);
      j = match[j] + 1;
    }
  }
  let buckets: number | null = null;
  if (isWord(t[j], 'INTO') && t[j + 1]?.kind === 'number') {
    buckets = Number(t[j + 1].text);
    j += 2;
    if (isWord(t[j], 'BUCKETS')) j++;
  }
  return { distribution: { columns, buckets }, next: j };
}

/** `( 'k' = 'v', … )` at `open`; keys and values unquoted. Also returns each key's token for line numbers. */
export function parseOptions(
  t: Token[],
  open: number,
  match: Int32Array,
  text: string,
): { options: Record<string, string>; keys: Map<string, Token> } {
  const options: Record<string, string> = {};
  const keys = new Map<string, Token>();
  const close = Math.min(match[open], t.length);
  for (const [s, e] of splitItems(t, open + 1, close, match)) {
    let eq = s;
    while (eq < e && !(t[eq].kind === 'operator' && t[eq].text === '=')) eq++;
    if (eq === s || eq >= e - 1) continue;
    const key = literalText(t, s, eq, text);
    options[key] = literalText(t, eq + 1, e, text);
    keys.set(key, t[s]);
  }
  return { options, keys };
}

/** A single string token's content, else the source text the tokens span (for unquoted keys like `a.b`). */
export function literalText(t: Token[], s: number, e: number, text: string): string {
  if (e - s === 1 && (t[s].kind === 'string' || t[s].kind === 'quoted')) return t[s].value;
  return text.slice(t[s].offset, t[e - 1].end);
}
