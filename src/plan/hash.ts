import type { Plan } from './types.js';
import { sha256 } from './names.js';

/**
 * Hash of what the plan would do and why. Commit SHAs and wording are left out: the PR plan
 * and the merge plan have different SHAs but must hash equal when they would do the same.
 */
export function planHash(plan: Omit<Plan, 'hash'>): string {
  const canonical = {
    version: plan.version,
    strategy: plan.strategy,
    changes: plan.changes.map((c) => [c.table, c.kind]),
    steps: plan.steps.map((s) => [
      s.id,
      s.action,
      s.statement,
      s.after,
      s.sql ?? null,
      s.properties ? Object.entries(s.properties).sort() : null,
      s.destructive,
      // Only when set, so plans without pools keep the hashes they had.
      ...(s.computePool ? [s.computePool] : []),
    ]),
    errors: plan.errors.map((e) => [e.code, e.table ?? null]),
  };
  return sha256(JSON.stringify(canonical));
}
