import type { ChangeKind, TableChange } from '../change/types.js';

/** Confluent statement phases; a status file uses the same words (docs/planning.md#status-sources). */
export const PHASES = [
  'PENDING',
  'RUNNING',
  'COMPLETED',
  'DEGRADED',
  'STOPPING',
  'STOPPED',
  'FAILING',
  'FAILED',
  'DELETING',
] as const;
export type Phase = (typeof PHASES)[number];

/** Live state of one table's statements, as a status source reports it. */
export interface TableStatus {
  /** Phase of the table's current DML statement; absent = not deployed */
  phase?: Phase;
  /** Name of that statement when the source knows it */
  statement?: string;
  /** Whether the table exists in the catalog, when the source knows it */
  tableExists?: boolean;
  /** The table name currently deployed, when a blue-green deploy versioned it (`t_v2`) */
  table?: string;
  /**
   * A statement the current one was carried over from (`sql.tables.initial-offset-from`) that
   * still exists: a deploy stopped between creating the replacement and deleting the old one.
   */
  replaced?: string;
  /**
   * Every statement of the table that is not being deleted, newest first (the Confluent source):
   * what reconciliation compares with HEAD.
   */
  live?: LiveStatement[];
}

/**
 * One statement of a table as Confluent Cloud lists it: the input of reconciliation
 * (docs/planning.md#reconciliation). The SQL is the statement's own `spec.statement`.
 */
export interface LiveStatement {
  name: string;
  /** `ddl` (a CREATE), `dml`, `alter` or `drop`, from the tool's labels */
  kind: 'ddl' | 'dml' | 'alter' | 'drop';
  /** The API's phase (an extensible enum: a phase this tool does not know stays as it is) */
  phase?: string;
  sql: string;
  properties: Record<string, string>;
  /** `metadata.created_at` (RFC 3339): statements are ordered by it */
  createdAt: string;
  /** The commit the statement's SQL came from (its label), when it has one */
  commit?: string;
}

export type StatusKind = 'none' | 'file' | 'confluent';

/** Commits recorded by live statements that HEAD does not contain: a deploy would roll them back. */
export interface LiveCommits {
  /** The commit the deploy brings live */
  head: string;
  /** Commits HEAD is an ancestor of (what runs is newer), and the tables running them */
  newer: { commit: string; tables: string[] }[];
  /** Commits this clone does not have: newer or not, it cannot tell */
  unknown: { commit: string; tables: string[] }[];
  /** `--allow-rollback`: deploy anyway, with a warning */
  allowRollback: boolean;
}

/** Live status for the planner; `none` means "assume every ancestor runs" and the plan says so. */
export interface StatusSnapshot {
  kind: StatusKind;
  tables: ReadonlyMap<string, TableStatus>;
}

export type NodeAction =
  'carry-over' | 'rebuild' | 'alter' | 'create' | 'retire' | 'start' | 'redeploy' | 'clean-up';

export interface PlanNode {
  table: string;
  action: NodeAction;
  /** Why, in words a reviewer reads in the PR comment */
  reason: string;
  stateful: boolean;
  strategy: 'rebuild' | 'blue-green';
  /** Change kinds behind it, when the node is changed rather than impacted */
  changes: ChangeKind[];
  /** The table name deployed (differs from `table` under blue-green) */
  deployedAs: string;
}

export const STEP_ACTIONS = [
  'stop-statement',
  'resume-statement',
  'delete-statement',
  'drop-table',
  'create-table',
  'alter-table',
  'create-statement',
] as const;
export type StepAction = (typeof STEP_ACTIONS)[number];

export interface PlanStep {
  /** Stable, unique within the plan, e.g. `z:create-statement` */
  id: string;
  table: string;
  action: StepAction;
  /** Statement name the step creates or acts on */
  statement: string;
  /** SQL the step submits (create-table, alter-table, create-statement, drop-table) */
  sql?: string;
  /** Statement properties for creates, including carry-over offsets */
  properties?: Record<string, string>;
  /** Compute pool of the statements the step submits, from the environment's config */
  computePool?: string;
  /** Step ids that must finish first */
  after: string[];
  /** Longest-path level among steps, for display only */
  wave: number;
  destructive: boolean;
}

export interface PlanWarning {
  code: string;
  message: string;
  table?: string;
}

export interface Plan {
  version: 1;
  base: string | null;
  head: string | null;
  status: StatusKind;
  strategy: 'rebuild' | 'blue-green';
  changes: TableChange[];
  nodes: PlanNode[];
  steps: PlanStep[];
  warnings: PlanWarning[];
  /** Problems that make the plan unsafe to execute (e.g. a removed table still read) */
  errors: PlanWarning[];
  /** sha256 of the canonical steps and inputs: drift between PR plan and merge plan */
  hash: string;
}
