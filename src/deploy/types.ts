import type { StepAction } from '../plan/types.js';

/** What happened to one plan step in a deploy. */
export type StepOutcome =
  /** The step ran and reached its target */
  | 'done'
  /** Already true in Confluent (an earlier run did it): nothing sent */
  | 'skipped'
  /** It ran and did not reach its target; `detail` says why */
  | 'failed'
  /** A replacement failed, the old statement was resumed; counts as a failure */
  | 'rolled-back'
  /** Not run because a step it depends on did not succeed */
  | 'blocked'
  /** Not run: destructive and not allowed */
  | 'refused'
  /** Dry run: would run */
  | 'planned';

export interface StepResult {
  id: string;
  table: string;
  action: StepAction;
  statement: string;
  outcome: StepOutcome;
  /** Phase of the statement when the step ended, when known */
  phase?: string;
  durationMs: number;
  /** Error detail: `status.detail`, the newest exception, or the API error */
  detail?: string;
  /** For `blocked`: the failed step it waited for */
  blockedBy?: string;
}

export type DeployStatus = 'succeeded' | 'failed' | 'refused' | 'dry-run' | 'nothing-to-do';

export interface DeployReport {
  status: DeployStatus;
  planHash: string;
  /** Label value on every statement this deploy creates; equal across re-runs of one change */
  deployId: string;
  environment?: string;
  startedAt: string;
  durationMs: number;
  steps: StepResult[];
  /** Steps per outcome */
  counts: Partial<Record<StepOutcome, number>>;
  /** Why a refused deploy sent nothing, when one check refused it as a whole */
  reason?: string;
  /** One line for the log and the comment header */
  summary: string;
}

export type DeployEvent =
  | { type: 'step-start'; step: string; table: string; action: StepAction; statement: string }
  | { type: 'step-end'; result: StepResult }
  | { type: 'log'; message: string };
