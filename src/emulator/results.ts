/**
 * What a query statement returns on the emulator: its result schema (`status.traits.schema`)
 * and its rows (`GET …/statements/{name}/results`). The emulated topics hold no data, so a
 * SELECT over a table returns its columns and no rows; SHOW TABLES and SHOW CATALOGS return
 * rows from the emulator's catalog. A query whose result columns the emulator cannot derive
 * (expressions, joins, aggregates, constants, other SHOW and DESCRIBE forms) fails: a made-up
 * schema would be a lie a client could build on.
 *
 * Evidence for the shapes:
 * - the spec (tests/fixtures/confluent/confluent-sql-v1.openapi.yaml): `sql.v1.ResultSchema`
 *   (`columns`, each `ColumnDetails` with `name` and a `DataType` of `type`, `nullable`,
 *   `length`, `precision`, `scale`), and `getSqlv1StatementResult` (`results.data` rows,
 *   `metadata.next`, `page_token` "the field offset in the CollectSinkFunction protocol …
 *   assumed to start at 0").
 * - the type names: confluentinc/cli `pkg/flink/types/result_fields.go` (CHAR, VARCHAR,
 *   BOOLEAN, BINARY, VARBINARY, DECIMAL, TINYINT, SMALLINT, INTEGER, BIGINT, FLOAT, DOUBLE,
 *   DATE, TIME_WITHOUT_TIME_ZONE, TIMESTAMP_WITHOUT_TIME_ZONE, TIMESTAMP_WITH_LOCAL_TIME_ZONE,
 *   …): Flink's logical type roots, so `INT` is rendered INTEGER and `STRING` VARCHAR of
 *   length 2147483647 (docs, catalog browser: "`VARCHAR(2147483647)` instead of a raw Schema
 *   Registry type").
 */
import type { Column, TableDdl } from '../sql/types.js';

/** `DataType` of the spec, the subset the emulator renders. */
export interface ResultType {
  type: string;
  nullable: boolean;
  length?: number;
  precision?: number;
  scale?: number;
}

export interface ResultColumn {
  name: string;
  type: ResultType;
}

/** What a query statement produces, decided when it starts. */
export interface QueryResult {
  columns: ResultColumn[];
  rows: string[][];
  /** Whether the rows are inserts only (`status.traits.is_append_only`) */
  appendOnly: boolean;
  /** Zero-based indices of the upsert key in `columns` (`status.traits.upsert_columns`) */
  upsertColumns?: number[];
}

const MAX_LENGTH = 2147483647;
const text = (): ResultType => ({ type: 'VARCHAR', nullable: false, length: MAX_LENGTH });

/**
 * The result columns of SHOW TABLES and SHOW CATALOGS. SHOW CATALOGS: confluent-sql's
 * integration test against Confluent Cloud reads `res["Catalog ID"]` (integration
 * `test_connection.py`), and the docs' SHOW page prints the two columns "catalog name | catalog
 * id". SHOW TABLES: the docs print one column "table name"; dbt-confluent reads it as `row[0]`
 * (its functional tests' `_helpers.py`). No source shows its exact spelling in the API; it
 * follows SHOW CATALOGS' capitalisation here.
 */
export const SHOW_CATALOGS_COLUMNS: ResultColumn[] = [
  { name: 'Catalog Name', type: text() },
  { name: 'Catalog ID', type: text() },
];
export const SHOW_TABLES_COLUMNS: ResultColumn[] = [{ name: 'Table Name', type: text() }];

const SIMPLE: Readonly<Record<string, string>> = {
  BOOLEAN: 'BOOLEAN',
  TINYINT: 'TINYINT',
  SMALLINT: 'SMALLINT',
  INT: 'INTEGER',
  INTEGER: 'INTEGER',
  BIGINT: 'BIGINT',
  FLOAT: 'FLOAT',
  DOUBLE: 'DOUBLE',
  'DOUBLE PRECISION': 'DOUBLE',
  DATE: 'DATE',
};

/**
 * A DDL column type (as src/sql prints it) as the service renders it, or undefined for the
 * types the emulator does not model (ARRAY, MAP, ROW, MULTISET, INTERVAL, …). Defaults follow
 * Flink's data types page: VARCHAR/CHAR/BINARY length 1, DECIMAL(10, 0), TIME(0), TIMESTAMP(6).
 */
export function resultType(typeText: string, nullable: boolean): ResultType | undefined {
  const t = typeText.trim().toUpperCase();
  const simple = SIMPLE[t];
  if (simple) return { type: simple, nullable };
  if (t === 'STRING') return { type: 'VARCHAR', nullable, length: MAX_LENGTH };
  if (t === 'BYTES') return { type: 'VARBINARY', nullable, length: MAX_LENGTH };
  const sized = /^(VARCHAR|CHAR|VARBINARY|BINARY)(?:\s*\(\s*(\d+)\s*\))?$/.exec(t);
  if (sized) return { type: sized[1]!, nullable, length: Number(sized[2] ?? 1) };
  const dec = /^(?:DECIMAL|DEC|NUMERIC)(?:\s*\(\s*(\d+)\s*(?:,\s*(\d+)\s*)?\))?$/.exec(t);
  if (dec) return { type: 'DECIMAL', nullable, precision: Number(dec[1] ?? 10), scale: Number(dec[2] ?? 0) };
  const time = /^TIME(?:\s*\(\s*(\d+)\s*\))?(?:\s+WITHOUT\s+TIME\s+ZONE)?$/.exec(t);
  if (time) return { type: 'TIME_WITHOUT_TIME_ZONE', nullable, precision: Number(time[1] ?? 0) };
  const ltz =
    /^(?:TIMESTAMP_LTZ(?:\s*\(\s*(\d+)\s*\))?|TIMESTAMP(?:\s*\(\s*(\d+)\s*\))?\s+WITH\s+LOCAL\s+TIME\s+ZONE)$/.exec(
      t,
    );
  if (ltz)
    return { type: 'TIMESTAMP_WITH_LOCAL_TIME_ZONE', nullable, precision: Number(ltz[1] ?? ltz[2] ?? 6) };
  const ts = /^TIMESTAMP(?:\s*\(\s*(\d+)\s*\))?(?:\s+WITHOUT\s+TIME\s+ZONE)?$/.exec(t);
  if (ts) return { type: 'TIMESTAMP_WITHOUT_TIME_ZONE', nullable, precision: Number(ts[1] ?? 6) };
  return undefined;
}

/** Why the emulator cannot answer a query, in one sentence the statement's detail carries. */
export function cannotDerive(why: string): string {
  return `The emulator cannot derive the result of this query: ${why}. It answers SELECT * or SELECT of plain columns from one table created by a CREATE TABLE with its columns, SHOW TABLES and SHOW CATALOGS.`;
}

/** How a statement that returns rows reads: its kind, and for a SELECT its columns and table. */
export type QueryShape =
  | { kind: 'show-tables'; from?: string; like?: { pattern: string; not: boolean } }
  | { kind: 'show-catalogs' }
  | { kind: 'select'; columns: '*' | string[]; table: string }
  | { kind: 'unsupported'; why: string };

const IDENT = '(?:`(?:[^`]|``)+`|[A-Za-z_$][\\w$]*)';
const NAME = `${IDENT}(?:\\s*\\.\\s*${IDENT}){0,2}`;

/**
 * The shape of a statement that returns rows (`text` without comments), or undefined when the
 * statement returns none (DDL, INSERT, statement sets).
 */
export function queryShape(text: string): QueryShape | undefined {
  const sql = text.trim().replace(/;\s*$/, '').trim();
  const first = /^\(*\s*(\w+)/.exec(sql)?.[1]?.toUpperCase();
  if (first === 'SHOW') {
    if (/^SHOW\s+CATALOGS$/i.test(sql)) return { kind: 'show-catalogs' };
    const m = new RegExp(
      `^SHOW\\s+TABLES(?:\\s+(?:FROM|IN)\\s+(${NAME}))?(?:\\s+(NOT\\s+)?LIKE\\s+'((?:[^']|'')*)')?$`,
      'i',
    ).exec(sql);
    if (m) {
      return {
        kind: 'show-tables',
        from: m[1],
        like: m[3] === undefined ? undefined : { pattern: m[3].replace(/''/g, "'"), not: m[2] !== undefined },
      };
    }
    return {
      kind: 'unsupported',
      why: `${/^SHOW\s+\w+(?:\s+\w+)?/i.exec(sql)?.[0].toUpperCase()} is not modelled`,
    };
  }
  if (first === 'DESCRIBE' || first === 'DESC' || first === 'EXPLAIN')
    return { kind: 'unsupported', why: `${first} is not modelled` };
  if (first === 'VALUES' || first === 'WITH' || first === 'TABLE')
    return { kind: 'unsupported', why: `a ${first} query is not modelled` };
  if (first !== 'SELECT') return undefined;
  const m = new RegExp(`^SELECT\\s+(\\*|${IDENT}(?:\\s*,\\s*${IDENT})*)\\s+FROM\\s+(${NAME})$`, 'i').exec(
    sql,
  );
  if (!m) {
    return {
      kind: 'unsupported',
      why: 'its select list is not * or plain column names, or it reads more than one table or has clauses after FROM',
    };
  }
  const list = m[1]!;
  return {
    kind: 'select',
    columns: list === '*' ? '*' : list.split(',').map((c) => unquote(c.trim())),
    table: m[2]!,
  };
}

function unquote(name: string): string {
  return name.startsWith('`') ? name.slice(1, -1).replace(/``/g, '`') : name;
}

/** SQL LIKE with `%` and `_` (and `\` escaping them), as the SHOW page describes it. */
export function likeMatcher(pattern: string): (s: string) => boolean {
  let re = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '\\' && i + 1 < pattern.length) re += escapeRe(pattern[++i]!);
    else if (c === '%') re += '[\\s\\S]*';
    else if (c === '_') re += '[\\s\\S]';
    else re += escapeRe(c);
  }
  const compiled = new RegExp(`^${re}$`);
  return (s) => compiled.test(s);
}

const escapeRe = (c: string) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The result of `SELECT <columns> FROM <table>` over a table whose DDL the emulator holds:
 * physical and metadata columns with their declared types (a primary key column is NOT NULL:
 * docs DESCRIBE, "Implicit NOT NULL for primary key columns"). A computed column's type comes
 * from its expression, which the emulator does not type: SELECT * over one fails.
 * The changelog of a streaming read follows the table's: docs, CREATE TABLE (changelog.mode:
 * "append" by default without a primary key, "upsert" with one); an upsert read is keyed by the
 * primary key (spec `upsert_columns`: "the column indices clients can use as upsert keys").
 */
export function selectResult(
  ddl: TableDdl,
  changelog: string | undefined,
  wanted: '*' | string[],
  snapshot: boolean,
  table: string,
): QueryResult | { error: string } {
  const byName = new Map(ddl.columns.map((c) => [c.name, c] as const));
  const picked: Column[] = [];
  if (wanted === '*') picked.push(...ddl.columns);
  else {
    for (const name of wanted) {
      const c = byName.get(name) ?? ddl.columns.find((x) => x.name.toLowerCase() === name.toLowerCase());
      if (!c) return { error: `Column '${name}' not found in table ${table}.` };
      picked.push(c);
    }
  }
  const columns: ResultColumn[] = [];
  for (const c of picked) {
    if (c.kind === 'computed') return { error: cannotDerive(`column ${c.name} of ${table} is computed`) };
    const type = resultType(c.type, c.nullable && !ddl.primaryKey.includes(c.name));
    if (!type) return { error: cannotDerive(`the type ${c.type} of column ${c.name} is not modelled`) };
    columns.push({ name: c.name, type });
  }
  // A snapshot query reads the table as it is now: a bounded, insert-only result (confluent-sql
  // `connection.py`, `dry_run_statement`: "under the default SNAPSHOT, a bounded result always
  // reports append-only").
  if (snapshot) return { columns, rows: [], appendOnly: true };
  const mode = changelog ?? (ddl.primaryKey.length > 0 ? 'upsert' : 'append');
  if (mode === 'append') return { columns, rows: [], appendOnly: true };
  if (mode !== 'upsert' && mode !== 'retract')
    return { error: cannotDerive(`the changelog mode of ${table} is not known to it`) };
  const keys = ddl.primaryKey.map((k) => picked.findIndex((c) => c.name === k));
  const upsertColumns = mode === 'upsert' && keys.every((i) => i >= 0) ? keys : undefined;
  return { columns, rows: [], appendOnly: false, upsertColumns };
}
