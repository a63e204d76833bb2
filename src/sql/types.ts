/**
 * The analyzer's output model. Every later layer (project, change, plan) reads these
 * shapes; nothing downstream re-parses SQL text.
 */

export type StatementKind =
  | 'create-table'
  | 'ctas'
  | 'create-like'
  | 'create-view'
  | 'create-materialized-table'
  | 'insert'
  | 'statement-set'
  | 'alter-table'
  | 'drop'
  | 'set'
  | 'use'
  | 'create-function'
  | 'other';

/** Why a statement keeps state; `line` is 1-based in the analysed text. */
export interface StatefulReason {
  construct: string;
  line: number;
  /**
   * Present when the reason is only that these functions, unknown to the analyzer, are called
   * in an aggregate position: declaring all of them scalar (config `scalarFunctions`) removes it.
   */
  functions?: string[];
}

/** A table's changelog mode on Confluent Cloud: what the records of its topic mean to a reader. */
export type ChangelogMode = 'append' | 'upsert' | 'retract';

/** What a CREATE (or an ALTER TABLE that changes it) says about the table's changelog mode. */
export interface TableChangelog {
  /**
   * The mode when the statement decides it. `query`: a CREATE … AS that decides nothing, so
   * the query's changes decide (an aggregate writes updates); `like`: a CREATE … LIKE that
   * decides nothing, so the LIKE table's mode holds; `unknown`: what the analyzer cannot read
   * (a changelog.mode value it does not know, a CDC connector, a key changed by ALTER TABLE).
   */
  mode: ChangelogMode | 'query' | 'like' | 'unknown';
  /** What decided it, for reasons: `changelog.mode 'upsert'`, `connector 'upsert-kafka'`, … */
  by: string;
  line: number;
}

/** Where a table name occurs, so later layers can warn at a line or rewrite the name. */
export interface TableRef {
  /** Name as written, backticks removed, parts joined by `.` */
  name: string;
  /**
   * The parts as written, backticks removed: `card-tx.public.customers` quoted as one
   * identifier is one part, never three (`name` alone cannot tell them apart).
   */
  parts: string[];
  line: number;
  /** 0-based offset and length of the whole (possibly quoted, dotted) name in the text */
  offset: number;
  length: number;
}

export interface Column {
  name: string;
  /** Type text normalised: upper-case keywords, single spaces, e.g. `DECIMAL(10, 2)` */
  type: string;
  nullable: boolean;
  kind: 'physical' | 'metadata' | 'computed';
}

export interface TableDdl {
  columns: Column[];
  primaryKey: string[];
  distribution: { columns: string[]; buckets: number | null } | null;
  watermark: { column: string; expression: string } | null;
  /** WITH options, keys and values unquoted */
  options: Record<string, string>;
}

/** Join counts in shift_left's complexity terms; comma joins count as regular. */
export interface JoinCounts {
  regular: number;
  left: number;
  right: number;
  inner: number;
  outer: number;
  cross: number;
}

export interface AnalyzedStatement {
  kind: StatementKind;
  startLine: number;
  endLine: number;
  sinks: string[];
  sources: string[];
  sinkRefs: TableRef[];
  sourceRefs: TableRef[];
  /** null when the statement holds no query (plain DDL, SET, USE, DROP …) */
  stateful: boolean | null;
  reasons: StatefulReason[];
  joins: JoinCounts;
  /** Present for create-table, ctas, create-like, create-materialized-table */
  ddl?: TableDdl;
  /** Present for the CREATEs of `ddl`, and for an ALTER TABLE that changes the changelog mode */
  changelog?: TableChangelog;
  /** Present for `SET 'k' = 'v'` */
  property?: { key: string; value: string };
  /** Present for USE / USE CATALOG */
  use?: { catalog?: string; database?: string };
  /** Hash of this statement's normalised tokens */
  fingerprint: string;
}

export interface SqlIssue {
  severity: 'error' | 'warning';
  line: number;
  message: string;
}

export interface SqlAnalysis {
  statements: AnalyzedStatement[];
  /** Union over statements, sorted, unique */
  sinks: string[];
  /** Union over statements, sorted, unique; a statement's own sinks are not removed */
  sources: string[];
  stateful: boolean | null;
  reasons: StatefulReason[];
  /** From SET lines, in order, later wins */
  properties: Record<string, string>;
  /** sha256 hex of the whole token stream, comments and whitespace removed, keywords case-folded */
  fingerprint: string;
  issues: SqlIssue[];
}
