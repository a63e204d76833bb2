import { createHash } from 'node:crypto';
import type { Plan, PlanStep } from './types.js';

/** Hashed text is fed in pieces of about this many characters. */
const CHUNK = 1 << 16;

/**
 * Hash of what the plan would do and why. Commit SHAs and wording are left out: the PR plan
 * and the merge plan have different SHAs but must hash equal when they would do the same.
 *
 * The hashed text is the JSON of `{version, strategy, changes, steps, errors}` (steps as
 * tuples). It is hashed step by step rather than built whole: with thousands of steps it is
 * megabytes of SQL, and the hash must stay the same as that JSON's.
 */
export function planHash(plan: Omit<Plan, 'hash'>): string {
  const hash = createHash('sha256');
  const start = JSON.stringify({
    version: plan.version,
    strategy: plan.strategy,
    changes: plan.changes.map((c) => [c.table, c.kind]),
    steps: [],
  });
  let pending = start.slice(0, -2); // open the steps array: drop its `]` and the closing `}`
  plan.steps.forEach((s, i) => {
    pending += (i ? ',' : '') + JSON.stringify(stepTuple(s));
    if (pending.length >= CHUNK) {
      hash.update(pending);
      pending = '';
    }
  });
  const errors = JSON.stringify({ errors: plan.errors.map((e) => [e.code, e.table ?? null]) });
  hash.update(pending + '],' + errors.slice(1));
  return hash.digest('hex');
}

function stepTuple(s: PlanStep): unknown[] {
  return [
    s.id,
    s.action,
    s.statement,
    s.after,
    s.sql ?? null,
    s.properties ? Object.entries(s.properties).sort() : null,
    s.destructive,
    // Only when set, so plans without pools keep the hashes they had.
    ...(s.computePool ? [s.computePool] : []),
  ];
}
