/**
 * The config's `scalarFunctions`: functions the user declares scalar. A reason that only says
 * "calls an unknown function in an aggregate position" is dropped when every function it names
 * is declared, wherever verdicts are shown (analyze, inventory, plan), so they agree.
 */
import type { StatefulReason } from './types.js';

export interface ScalarFunctions {
  /** The declared names, for memo keys: results made with other names differ */
  key: string;
  /** Whether declaring these functions removes the reason */
  covers(reason: StatefulReason): boolean;
}

/** Names match without regard to case, as Flink resolves function names. */
export function scalarFunctions(names: readonly string[] | undefined): ScalarFunctions {
  const set = new Set((names ?? []).map((n) => n.toUpperCase()));
  return {
    key: [...set].sort().join(','),
    covers: (r) => !!r.functions && set.size > 0 && r.functions.every((f) => set.has(f.toUpperCase())),
  };
}
