import type { JoinCounts, SqlAnalysis, StatefulReason } from '../sql/types.js';
import type { Graph } from '../graph/graph.js';
import type { Diagnostic } from './diagnostics.js';

/** Table types as shift_left writes them; `external_kafka` marks tables read but not defined here. */
export type TableType =
  | 'source'
  | 'intermediate'
  | 'dimension'
  | 'fact'
  | 'view'
  | 'seed'
  | 'stage'
  | 'external_kafka'
  | 'unknown-type';

/** A file handed to the pure builder: repository-relative path and its text. */
export interface SourceFile {
  path: string;
  text: string;
}

/** One table folder as found on disk (or in a git tree), before any SQL is read. */
export interface TableFolder {
  /** Repository-relative folder path, e.g. `pipelines/facts/p1/fct_order` */
  folder: string;
  ddl?: SourceFile;
  dml?: SourceFile;
  ddlProperties?: SourceFile;
  dmlProperties?: SourceFile;
}

export interface SqlFile {
  path: string;
  /** The file's text: steps submit it, blue-green rewrites it by reference offsets */
  text: string;
  analysis: SqlAnalysis;
}

export interface Table {
  name: string;
  product: string;
  type: TableType;
  external: boolean;
  /** Repository-relative; empty for externals */
  folder: string;
  ddl?: SqlFile;
  dml?: SqlFile;
  /** Statement properties from `.properties` files and SET lines, DML statement's */
  properties: Record<string, string>;
  ddlProperties: Record<string, string>;
  /** Resolved parent table names, sorted */
  parents: string[];
  stateful: boolean;
  reasons: (StatefulReason & { file: string })[];
  joins: JoinCounts;
  /** Topic name for externals, else null */
  kafkaTopic: string | null;
  /** Where the table's SQL reads the table itself (a loop; the graph has no such edge) */
  readsItself?: { file: string; line: number };
}

export interface Project {
  /** Repository-relative pipelines folder, e.g. `pipelines` */
  pipelinesDir: string;
  tables: Map<string, Table>;
  graph: Graph;
  diagnostics: Diagnostic[];
}
