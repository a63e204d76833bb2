/**
 * The config's `timeouts`, in milliseconds, for the deploy (whose defaults, the official
 * clients', are in src/deploy/timeouts.ts).
 */
import { DURATION, type Config } from './schema.js';

const UNIT_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, min: 60_000, h: 3_600_000 };

/** Seconds (a number) or `90s`, `20m`, `6h`, `500ms` (a string the schema accepted) in ms. */
export function durationMs(value: number | string): number {
  if (typeof value === 'number') return Math.round(value * 1000);
  const m = DURATION.exec(value.trim());
  if (!m) throw new Error(`not a duration: ${value}`);
  return Math.round(Number(m[1]) * UNIT_MS[m[2]!]!);
}

/** The timeouts the config sets (only those), as the deploy takes them. */
export function timeoutsOf(config: Pick<Config, 'timeouts'>): {
  createMs?: number;
  stopMs?: number;
  resumeMs?: number;
  deleteMs?: number;
  recreateMs?: number;
  leaseMs?: number;
} {
  const t = config.timeouts ?? {};
  const out: Record<string, number> = {};
  for (const [key, value] of [
    ['createMs', t.create],
    ['stopMs', t.stop],
    ['resumeMs', t.resume],
    ['deleteMs', t.delete],
    ['recreateMs', t.recreate],
    ['leaseMs', t.lease],
  ] as const) {
    if (value !== undefined) out[key] = durationMs(value);
  }
  return out;
}
