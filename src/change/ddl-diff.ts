/**
 * What changed in a table's DDL, as reviewer-readable items split by consequence: `schema`
 * items force a rebuild, `options` items can be applied with ALTER TABLE … SET.
 */
import type { SqlFile } from '../project/model.js';
import type {
  AnalyzedStatement,
  Column,
  SqlAnalysis,
  StatementKind,
  TableChangelog,
  TableDdl,
} from '../sql/types.js';
import { showValue } from './text.js';

export interface DdlDiff {
  schema: string[];
  options: string[];
}

/** Options that decide how records are encoded or keyed: changing them changes the table's data. */
const SCHEMA_OPTIONS = new Set([
  'changelog.mode',
  'connector',
  'format',
  'key.format',
  'value.format',
  'key.fields-prefix',
  'value.fields-include',
]);
export const isSchemaOption = (key: string) => SCHEMA_OPTIONS.has(key) || key.endsWith('.format');

const CREATE_LABEL: Partial<Record<StatementKind, string>> = {
  'create-table': 'CREATE TABLE',
  ctas: 'CREATE TABLE AS',
  'create-like': 'CREATE TABLE LIKE',
  'create-view': 'CREATE VIEW',
  'create-materialized-table': 'CREATE MATERIALIZED TABLE',
};
const QUERY_KINDS = new Set<StatementKind>(['ctas', 'create-view', 'create-materialized-table']);

/** Option-free fingerprints of an analysed file's statements, when its text is known. */
export type ShapeOf = (analysis: SqlAnalysis) => string[] | undefined;

const createIndex = (a: SqlAnalysis) => a.statements.findIndex((s) => s.kind in CREATE_LABEL);
const otherFingerprints = (a: SqlAnalysis, skip: number) =>
  a.statements
    .filter((s, i) => i !== skip && s.kind !== 'set')
    .map((s) => s.fingerprint)
    .join(',');

export function diffDdl(base: SqlFile | undefined, head: SqlFile | undefined, shapeOf: ShapeOf): DdlDiff {
  const out: DdlDiff = { schema: [], options: [] };
  if (!base && !head) return out;
  if (!base || !head) {
    out.schema.push(base ? 'DDL file removed' : 'DDL file added');
    return out;
  }
  // One analysis object means one blob (the revisions share a cache): equal without hashing.
  if (base.analysis === head.analysis || base.analysis.fingerprint === head.analysis.fingerprint) return out;
  const bi = createIndex(base.analysis);
  const hi = createIndex(head.analysis);
  const bc = base.analysis.statements[bi];
  const hc = head.analysis.statements[hi];
  if (!bc || !hc) out.schema.push(bc ? 'CREATE statement removed' : 'CREATE statement added');
  else if (bc.kind !== hc.kind) out.schema.push(`${CREATE_LABEL[bc.kind]} → ${CREATE_LABEL[hc.kind]}`);
  else if (bc.fingerprint !== hc.fingerprint) {
    diffCreate(bc, hc, compareShapes(shapeOf(base.analysis)?.[bi], shapeOf(head.analysis)?.[hi]), out);
  }
  // ALTER, USE, DROP … next to the CREATE: their effect on the table is not modelled.
  if (otherFingerprints(base.analysis, bi) !== otherFingerprints(head.analysis, hi)) {
    out.schema.push('other DDL statements changed');
  }
  return out;
}

type ShapeComparison = 'same' | 'differs' | 'unknown';

function compareShapes(a: string | undefined, b: string | undefined): ShapeComparison {
  if (a === undefined || b === undefined) return 'unknown';
  return a === b ? 'same' : 'differs';
}

function diffCreate(bc: AnalyzedStatement, hc: AnalyzedStatement, shape: ShapeComparison, out: DdlDiff) {
  const b = bc.ddl;
  const h = hc.ddl;
  if (b && h) {
    if (shape !== 'same') out.schema.push(...diffStructure(b, h));
    for (const item of diffOptions(b.options, h.options))
      (isSchemaOption(item.key) ? out.schema : out.options).push(item.text);
  }
  const mode = diffMode(bc.changelog, hc.changelog);
  if (mode) out.schema.push(mode);
  if (shape === 'same') return;
  const sources = diffNames(bc.sources, hc.sources);
  if (QUERY_KINDS.has(hc.kind)) out.schema.push('query changed' + (sources ? `; ${sources}` : ''));
  else if (sources) out.schema.push(sources);
  if (out.schema.length) return;
  // Without proof that only the options differ, a rebuild is the safe reading.
  out.schema.push(
    shape === 'differs'
      ? 'table definition changed (beyond columns, keys, watermark and options)'
      : 'table definition not compared beyond columns, keys and options',
  );
}

/**
 * A changelog mode that changed without its option: a primary key added or removed (with no
 * changelog.mode, Confluent Cloud makes a keyed table upsert), a change-event format, a
 * connector. The table's records change meaning, and every reader's state with them.
 */
function diffMode(b: TableChangelog | undefined, h: TableChangelog | undefined): string | undefined {
  if (!b || !h || b.mode === h.mode) return undefined;
  const declared = (c: TableChangelog) => c.by.startsWith('changelog.mode');
  if (declared(b) && declared(h)) return undefined; // the option's own item says it
  return `changelog mode: ${b.mode} → ${h.mode} (${h.by})`;
}

function diffStructure(b: TableDdl, h: TableDdl): string[] {
  const items = diffColumns(b.columns, h.columns);
  const pk = (d: TableDdl) => (d.primaryKey.length ? `(${d.primaryKey.join(', ')})` : 'none');
  if (pk(b) !== pk(h)) items.push(`primary key: ${pk(b)} → ${pk(h)}`);
  const dist = (d: TableDdl) =>
    d.distribution
      ? `(${d.distribution.columns.join(', ')})${d.distribution.buckets !== null ? ` into ${d.distribution.buckets} buckets` : ''}`
      : 'none';
  if (dist(b) !== dist(h)) items.push(`distribution: ${dist(b)} → ${dist(h)}`);
  const wm = (d: TableDdl) => (d.watermark ? `${d.watermark.column} AS ${d.watermark.expression}` : 'none');
  if (wm(b) !== wm(h)) items.push(`watermark: ${wm(b)} → ${wm(h)}`);
  return items;
}

function diffColumns(base: Column[], head: Column[]): string[] {
  const items: string[] = [];
  const before = new Map(base.map((c) => [c.name, c]));
  const after = new Map(head.map((c) => [c.name, c]));
  const describe = (c: Column) =>
    c.kind === 'computed' ? 'computed' : `${c.type}${c.nullable ? '' : ' NOT NULL'}`;
  for (const h of head) {
    const b = before.get(h.name);
    if (!b) {
      items.push(`column ${h.name} added (${describe(h)})`);
      continue;
    }
    if (b.type !== h.type) items.push(`column ${h.name}: ${b.type || b.kind} → ${h.type || h.kind}`);
    if (b.nullable !== h.nullable) {
      items.push(
        `column ${h.name}: ${b.nullable ? 'NULL' : 'NOT NULL'} → ${h.nullable ? 'NULL' : 'NOT NULL'}`,
      );
    }
    if (b.kind !== h.kind) items.push(`column ${h.name}: ${b.kind} → ${h.kind}`);
  }
  for (const b of base) if (!after.has(b.name)) items.push(`column ${b.name} removed`);
  const kept = (cols: Column[], other: Map<string, Column>) =>
    cols.filter((c) => other.has(c.name)).map((c) => c.name);
  if (kept(base, after).join('\0') !== kept(head, before).join('\0')) items.push('column order changed');
  return items;
}

function diffOptions(b: Record<string, string>, h: Record<string, string>): { key: string; text: string }[] {
  const keys = [...new Set([...Object.keys(b), ...Object.keys(h)])].sort();
  return keys
    .filter((k) => b[k] !== h[k])
    .map((key) => ({ key, text: `option ${key}: ${showValue(key, b[key])} → ${showValue(key, h[key])}` }));
}

/** `sources +new −gone`, or '' when the two name lists hold the same names. */
export function diffNames(base: readonly string[], head: readonly string[], label = 'sources'): string {
  const b = new Set(base);
  const h = new Set(head);
  const added = [...h].filter((n) => !b.has(n)).sort();
  const removed = [...b].filter((n) => !h.has(n)).sort();
  if (!added.length && !removed.length) return '';
  return [label, ...added.map((n) => `+${n}`), ...removed.map((n) => `−${n}`)].join(' ');
}
