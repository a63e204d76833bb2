/**
 * Deploy waits. The defaults are the Terraform provider's: 6 h for a statement to run
 * (`statementsAPICreateTimeout`, terraform-provider-confluent `internal/provider/constants.go`),
 * 20 min to stop, resume or delete one (`internal/provider/utils_wait.go`,
 * waitForFlinkStatementToBeUpdated / ToBeDeleted). A CREATE right after a DROP is retried for up
 * to 10 min: dbt-confluent retries it for a couple of minutes and notes that "under lag it can
 * take several minutes" (MATERIALIZATIONS.md).
 */
import { DURATION, type Config } from './schema.js';

export interface DeployTimeouts {
  /** A created statement to RUNNING, or COMPLETED for DDL */
  createMs: number;
  /** STOPPING to STOPPED */
  stopMs: number;
  /** STOPPED to RUNNING */
  resumeMs: number;
  /** DELETE until the name is free */
  deleteMs: number;
  /** Retries of a CREATE that meets "… topic does not exist; … try again later" after a DROP */
  recreateMs: number;
}

export const DEFAULT_TIMEOUTS: Readonly<DeployTimeouts> = {
  createMs: 6 * 3_600_000,
  stopMs: 20 * 60_000,
  resumeMs: 20 * 60_000,
  deleteMs: 20 * 60_000,
  recreateMs: 10 * 60_000,
};

/** The config key of each timeout, for messages that say what to raise. */
export const TIMEOUT_KEYS: Readonly<Record<keyof DeployTimeouts, string>> = {
  createMs: 'timeouts.create',
  stopMs: 'timeouts.stop',
  resumeMs: 'timeouts.resume',
  deleteMs: 'timeouts.delete',
  recreateMs: 'timeouts.recreate',
};

const UNIT_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, min: 60_000, h: 3_600_000 };

/** Seconds (a number) or `90s`, `20m`, `6h`, `500ms` (a string the schema accepted) in ms. */
export function durationMs(value: number | string): number {
  if (typeof value === 'number') return Math.round(value * 1000);
  const m = DURATION.exec(value.trim());
  if (!m) throw new Error(`not a duration: ${value}`);
  return Math.round(Number(m[1]) * UNIT_MS[m[2]!]!);
}

/** The deploy timeouts of a config: its `timeouts` over the defaults. */
export function timeoutsOf(config: Pick<Config, 'timeouts'>): DeployTimeouts {
  const t = config.timeouts ?? {};
  const pick = (v: number | string | undefined, fallback: number) =>
    v === undefined ? fallback : durationMs(v);
  return {
    createMs: pick(t.create, DEFAULT_TIMEOUTS.createMs),
    stopMs: pick(t.stop, DEFAULT_TIMEOUTS.stopMs),
    resumeMs: pick(t.resume, DEFAULT_TIMEOUTS.resumeMs),
    deleteMs: pick(t.delete, DEFAULT_TIMEOUTS.deleteMs),
    recreateMs: pick(t.recreate, DEFAULT_TIMEOUTS.recreateMs),
  };
}
