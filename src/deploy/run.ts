/**
 * One deploy from start to end, as the CLI and the action run it (docs/deploy.md): the
 * environment's lease, the plan made under it with live status, the steps, and a final read of
 * live status that must show every table the deploy acted on running what HEAD describes.
 */
import { hostname, userInfo } from 'node:os';
import type { FlinkClient } from '../confluent/client.js';
import { labelValue } from '../confluent/labels.js';
import {
  acquireLease,
  LABEL_LEASE_ATTEMPT,
  LABEL_LEASE_HOST,
  LABEL_LEASE_PID,
  LABEL_LEASE_RUN,
  type Lease,
  type LeaseOptions,
  type LeaseRecord,
} from '../confluent/lease.js';
import type { Plan } from '../plan/types.js';
import { executePlan, type DeployClient, type ExecuteOptions } from './executor.js';
import { DEFAULT_TIMEOUTS } from './timeouts.js';
import type { DeployReport } from './types.js';
import { verifyDeploy } from './verify.js';

export type RunClient = DeployClient & Pick<FlinkClient, 'listStatements'>;

/** Who holds a lease and how to tell that holder has ended. */
export type LeaseOwner = Pick<LeaseOptions, 'owner' | 'ownerLabels' | 'isStale'>;

export interface RunDeployOptions extends ExecuteOptions {
  /**
   * Makes the plan with live status. Called once the lease is held, and again after the steps
   * to check that what runs is what HEAD describes; without it only the steps' statements are
   * checked (a plan file).
   */
  plan: () => Promise<{ plan: Plan; commit?: string }>;
  /** Plans again for the final check (none for a plan file: only its steps' statements are checked) */
  replan?: () => Promise<{ plan: Plan }>;
  /** Who this deploy is, for the lease; no lease when absent (a dry run) */
  owner?: LeaseOwner;
  /** The lease's time to live (default 2 min, or FLINK_PIPELINE_LEASE_TTL_MS) */
  leaseTtlMs?: number;
  /** Properties of the lease statements (catalog and database) and their compute pool */
  leaseProperties?: Record<string, string>;
  leasePool?: string;
}

export const DEFAULT_LEASE_TTL_MS = 120_000;

/**
 * Takes the lease, plans, runs the steps and checks the result. The lease is released at the
 * end; a process killed meanwhile leaves it to expire (or to be recognised as ended).
 */
export async function runDeploy(
  client: RunClient & Pick<FlinkClient, 'getStatement' | 'createStatement' | 'deleteStatement'>,
  options: RunDeployOptions,
): Promise<{ plan: Plan; report: DeployReport }> {
  const emit = options.onEvent ?? (() => undefined);
  let lease: Lease | undefined;
  if (options.owner && !options.dryRun) {
    lease = await acquireLease(client, {
      ...options.owner,
      prefix: options.statementPrefix,
      ttlMs: options.leaseTtlMs ?? DEFAULT_LEASE_TTL_MS,
      waitMs: options.timeouts?.leaseMs ?? DEFAULT_TIMEOUTS.leaseMs,
      properties: options.leaseProperties,
      computePoolId: options.leasePool,
      pollMs: Math.min(5000, Math.max(50, client.pollIntervalMs * 2)),
      onEvent: (message) => emit({ type: 'log', message }),
    });
  }
  try {
    const { plan, commit } = await options.plan();
    const guarded = lease ? guardedClient(client, lease) : client;
    let report = await executePlan(plan, guarded, { ...options, ...(commit ? { commit } : {}) });
    // A plan with actions but no steps ends as "nothing to deploy": it is checked all the same,
    // since a table planned without steps would otherwise stay as it is and the run exit 0.
    if (report.status === 'succeeded' || (report.status === 'nothing-to-do' && plan.nodes.length)) {
      lease?.check();
      report = await verifyDeploy(plan, report, guarded, {
        prefix: options.statementPrefix,
        replan: options.replan,
      });
    }
    return { plan, report };
  } finally {
    await lease?.release();
  }
}

/** The client of a deploy that holds the lease: every change first checks it still does. */
function guardedClient(client: RunClient, lease: Lease): RunClient {
  const guard =
    <A extends unknown[], R>(f: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      lease.check();
      return f(...args);
    };
  return {
    get pollIntervalMs() {
      return client.pollIntervalMs;
    },
    getStatement: (name) => client.getStatement(name),
    iterateStatements: (o) => client.iterateStatements(o),
    listStatements: (o) => client.listStatements(o),
    failureDetail: (s) => client.failureDetail(s),
    createStatement: guard((input) => client.createStatement(input)),
    stopStatement: guard((name) => client.stopStatement(name)),
    resumeStatement: guard((name) => client.resumeStatement(name)),
    deleteStatement: guard((name) => client.deleteStatement(name)),
  };
}

/** `FLINK_PIPELINE_LEASE_TTL_MS`: the lease's time to live (tests and demos shorten it). */
export function leaseTtlFromEnv(env: NodeJS.ProcessEnv = process.env): number | undefined {
  const raw = env.FLINK_PIPELINE_LEASE_TTL_MS;
  if (raw === undefined || raw === '') return undefined;
  const ms = Number(raw);
  if (!Number.isFinite(ms) || ms < 100 || ms > 3_600_000) return undefined;
  return ms;
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: the process exists, it belongs to someone else.
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/** A command-line deploy: user, host and process; a holder on this host whose process ended is stale. */
export function commandLineOwner(): LeaseOwner {
  const host = hostname();
  let user = 'user';
  try {
    user = userInfo().username;
  } catch {
    // no user name (a container without passwd entry)
  }
  return {
    owner: labelValue(`cli.${user}.${host}.${process.pid}`),
    ownerLabels: { [LABEL_LEASE_HOST]: host, [LABEL_LEASE_PID]: String(process.pid) },
    isStale: (r: LeaseRecord) => {
      const pid = Number(r.labels[LABEL_LEASE_PID]);
      return (
        r.labels[LABEL_LEASE_HOST] === labelValue(host) &&
        Number.isSafeInteger(pid) &&
        pid !== process.pid &&
        !alive(pid)
      );
    },
  };
}

/**
 * A GitHub Actions deploy: repository, run and attempt. An earlier attempt of the same run has
 * ended (GitHub re-runs a finished run only), so its lease is stale.
 */
export function gitHubOwner(env: NodeJS.ProcessEnv = process.env): LeaseOwner {
  const repo = env.GITHUB_REPOSITORY ?? 'repository';
  const run = env.GITHUB_RUN_ID ?? '0';
  const attempt = Number(env.GITHUB_RUN_ATTEMPT ?? '1');
  return {
    owner: labelValue(`github.${repo.replace('/', '.')}.run-${run}.attempt-${attempt}`),
    ownerLabels: { [LABEL_LEASE_RUN]: `${repo}.${run}`, [LABEL_LEASE_ATTEMPT]: String(attempt) },
    isStale: (r: LeaseRecord) =>
      r.labels[LABEL_LEASE_RUN] === labelValue(`${repo}.${run}`) &&
      Number(r.labels[LABEL_LEASE_ATTEMPT]) < attempt,
  };
}
