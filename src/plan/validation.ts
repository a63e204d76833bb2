/**
 * The result of validating the statements a plan creates, whichever engine checked them:
 * Apache Flink's planner offline (`flink`, engine/validate.ts), or Confluent Cloud's dry runs
 * (`confluent`, engine/dry-run.ts). The CLI output, its JSON and the pull-request section read
 * this shape only, so they do not depend on the engine.
 */

export type ValidationEngine = 'flink' | 'confluent';

export interface ValidatedStatement {
  table?: string;
  /** Repository-relative path */
  file: string;
  /** Where the statement starts, or where the engine places its error */
  line: number;
  column?: number;
  kind: string;
  status: 'accepted' | 'rejected' | 'not-checked';
  /** The engine's message, for a rejected statement */
  message?: string;
  /** Why the statement was not checked */
  reason?: string;
  /** For planned queries: whether the engine's plan keeps state, and its tables */
  stateful?: boolean;
  reads?: string[];
  writes?: string[];
}

export interface Validation {
  engine: ValidationEngine;
  /** Which engine checked, in words, e.g. "Apache Flink 2.2.1's planner (offline)" */
  checkedBy: string;
  ok: boolean;
  counts: { accepted: number; rejected: number; notChecked: number };
  statements: ValidatedStatement[];
  /** What the reader should know about the run itself (e.g. statements it could not delete) */
  notes?: string[];
}

/** The validation of `statements`, with its counts; `ok` when none is rejected. */
export function validationOf(
  engine: ValidationEngine,
  checkedBy: string,
  statements: ValidatedStatement[],
  notes: string[] = [],
): Validation {
  const count = (s: ValidatedStatement['status']) => statements.filter((x) => x.status === s).length;
  const counts = {
    accepted: count('accepted'),
    rejected: count('rejected'),
    notChecked: count('not-checked'),
  };
  return {
    engine,
    checkedBy,
    ok: counts.rejected === 0,
    counts,
    statements,
    ...(notes.length ? { notes } : {}),
  };
}
