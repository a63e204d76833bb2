/**
 * Deploy waits. The defaults are the Terraform provider's: 6 h for a statement to run
 * (`statementsAPICreateTimeout`, terraform-provider-confluent `internal/provider/constants.go`),
 * 20 min to stop, resume or delete one (`internal/provider/utils_wait.go`,
 * waitForFlinkStatementToBeUpdated / ToBeDeleted). A CREATE right after a DROP is retried for up
 * to 10 min: dbt-confluent retries it for a couple of minutes and notes that "under lag it can
 * take several minutes" (MATERIALIZATIONS.md). A deploy waits up to 20 min for another deploy's
 * lease, as long as for a stop. The config's `timeouts` override them.
 */
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
  /** Waiting while another deploy of the environment holds the lease */
  leaseMs: number;
}

export const DEFAULT_TIMEOUTS: Readonly<DeployTimeouts> = {
  createMs: 6 * 3_600_000,
  stopMs: 20 * 60_000,
  resumeMs: 20 * 60_000,
  deleteMs: 20 * 60_000,
  recreateMs: 10 * 60_000,
  leaseMs: 20 * 60_000,
};

/** The config key of each timeout, for messages that say what to raise. */
export const TIMEOUT_KEYS: Readonly<Record<keyof DeployTimeouts, string>> = {
  createMs: 'timeouts.create',
  stopMs: 'timeouts.stop',
  resumeMs: 'timeouts.resume',
  deleteMs: 'timeouts.delete',
  recreateMs: 'timeouts.recreate',
  leaseMs: 'timeouts.lease',
};
