import type { Phase } from '../plan/types.js';

/** Subset of `sql.v1.Statement` (the official spec, tests/fixtures/confluent/confluent-sql-v1.openapi.yaml) the tool reads. */
export interface Statement {
  api_version?: 'sql/v1';
  kind?: 'Statement';
  name: string;
  organization_id?: string;
  environment_id?: string;
  metadata?: StatementMeta;
  spec: StatementSpec;
  status?: StatementStatus;
}

export interface StatementMeta {
  self?: string;
  created_at?: string;
  updated_at?: string;
  uid?: string;
  resource_version?: string;
  labels?: Record<string, string>;
}

export interface StatementSpec {
  statement?: string;
  properties?: Record<string, string>;
  compute_pool_id?: string;
  principal?: string;
  stopped?: boolean;
  execution_mode?: string;
}

/** `phase` is an extensible enum: the server may send phases this tool does not know yet. */
export type ApiPhase = Phase | (string & {});

export interface StatementStatus {
  phase: ApiPhase;
  detail?: string;
  traits?: { sql_kind?: string; is_bounded?: boolean; [k: string]: unknown };
  latest_offsets?: Record<string, string>;
  latest_offsets_timestamp?: string;
  /** POOL_EXHAUSTED while a PENDING statement waits for room in its compute pool */
  scaling_status?: { scaling_state?: string; last_updated?: string };
  warnings?: StatementWarning[];
  [k: string]: unknown;
}

export interface StatementList {
  api_version?: string;
  kind?: 'StatementList';
  metadata?: { self?: string; next?: string; first?: string; last?: string; prev?: string };
  data: Statement[];
}

/** `sql.v1.StatementException`; the list holds at most the 10 newest, newest first. */
export interface StatementException {
  kind?: 'StatementException';
  name?: string;
  message?: string;
  timestamp?: string;
}

export interface StatementExceptionList {
  data: StatementException[];
}

/** `Failure` body of every error response; in practice most fields can be missing. */
export interface ApiFailure {
  errors?: { id?: string; status?: string; code?: string; title?: string; detail?: string }[];
}

/** `sql.v1.StatementWarning`: a non-fatal issue of a statement. */
export interface StatementWarning {
  severity?: string;
  created_at?: string;
  reason?: string;
  message?: string;
}

/** Subset of `fcpm.v2.ComputePool` (tests/fixtures/confluent/confluent-fcpm-v2.openapi.yaml). */
export interface ComputePool {
  id: string;
  spec?: { display_name?: string; max_cfu?: number; default_pool?: boolean; region?: string };
  status?: { phase?: string; current_cfu?: number };
}

export interface ComputePoolList {
  data: ComputePool[];
  metadata?: { next?: string };
}
