/**
 * One deploy at a time per environment (docs/deploy.md#one-deploy-at-a-time): a lease held on
 * the Confluent side, since the deploys of one environment run on separate machines.
 *
 * The only atomic operation the statements API documents is the create of a named statement:
 * names are unique in an environment and a second create of a name gets 409
 * `resource_already_exists` (tests/fixtures/confluent/confluent-sql-v1.openapi.yaml,
 * `createSqlv1Statement`), also while the statement is still being deleted. Labels cannot be
 * changed after the create (`metadata` is read-only in the spec). So the lease is a chain of
 * statements `<prefix>-flink-pipeline-lease-<n>`: whoever creates generation n+1 first holds it.
 * Each generation records in labels its owner, when the owner's hold started, when it expires,
 * and whether it is held or released. The holder renews by creating the next generation
 * before its own expires, and releases by creating a released one; the newest generation is
 * never deleted, so generations only grow. A held generation past its expiry is stale: the next
 * deploy takes over by creating the next generation, and only one can. A create that reused a
 * freed lower name loses to any higher generation (checked after every create).
 *
 * Each generation is a real statement, a bounded SELECT of one literal naming its owner: it
 * completes at once and reads no table. It cannot be a dry run: the service answers a dry run in
 * its create response and never stores it, so its name is never taken and a second create of
 * it succeeds too (confluent-sql 0.7.0 `connection.py` `dry_run_statement`: "answers
 * synchronously in the submission response and never stores it … can't be fetched, stopped or
 * deleted later"). Generations carry the label `user.confluent.io/hidden` (confluent-sql
 * `statement.py` HIDDEN_LABEL: "excluded from default views in UIs and monitoring tools").
 */
import { randomUUID } from 'node:crypto';
import { UserError } from '../util/errors.js';
import type { FlinkClient } from './client.js';
import { FlinkApiError, StatementExistsError } from './errors.js';
import { labelSelector, labelValue, pipelineMarker } from './labels.js';
import type { Statement } from './types.js';

export const LABEL_LEASE = 'user.confluent.io/flink-pipeline-lease';
export const LABEL_LEASE_GENERATION = 'user.confluent.io/flink-pipeline-lease-generation';
export const LABEL_LEASE_OWNER = 'user.confluent.io/flink-pipeline-lease-owner';
export const LABEL_LEASE_STARTED = 'user.confluent.io/flink-pipeline-lease-started';
export const LABEL_LEASE_EXPIRES = 'user.confluent.io/flink-pipeline-lease-expires';
export const LABEL_LEASE_STATE = 'user.confluent.io/flink-pipeline-lease-state';
export const LABEL_HIDDEN = 'user.confluent.io/hidden';

/** Labels a caller adds so that it can tell a holder has ended (see LeaseOptions.isStale). */
export const LABEL_LEASE_HOST = 'user.confluent.io/flink-pipeline-lease-host';
export const LABEL_LEASE_PID = 'user.confluent.io/flink-pipeline-lease-pid';
export const LABEL_LEASE_RUN = 'user.confluent.io/flink-pipeline-lease-run';
export const LABEL_LEASE_ATTEMPT = 'user.confluent.io/flink-pipeline-lease-attempt';

export type LeaseClient = Pick<
  FlinkClient,
  'createStatement' | 'deleteStatement' | 'listStatements' | 'getStatement'
>;

/** One generation of the lease, as listed. */
export interface LeaseRecord {
  name: string;
  generation: number;
  owner: string;
  /** When the owner's hold began (epoch ms) */
  startedAt: number;
  /** When this generation stops protecting its owner (epoch ms) */
  expiresAt: number;
  state: 'held' | 'released';
  /** Every label, for `isStale` checks of the caller (host and process, run and attempt) */
  labels: Record<string, string>;
  deleting: boolean;
}

export interface LeaseOptions {
  /** The environment's statementPrefix: one lease per prefix */
  prefix?: string;
  /** Who holds it, as the wait message shows it (letters, digits, `-`, `_`, `.`) */
  owner: string;
  /** Labels of the holder the caller's `isStale` reads (host and process id, run and attempt) */
  ownerLabels?: Record<string, string>;
  /** A generation protects its owner this long; renewed every quarter of it */
  ttlMs: number;
  /** How long to wait for another deploy's lease before giving up */
  waitMs: number;
  /** Properties of the lease statements (the environment's catalog and database) */
  properties?: Record<string, string>;
  computePoolId?: string;
  /** A holder known to be gone before its expiry (a process of this machine that has ended) */
  isStale?: (holder: LeaseRecord) => boolean;
  /** What to tell the user: waiting, taking over a stale lease */
  onEvent?: (message: string) => void;
  pollMs?: number;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

/** Another deploy held the lease for longer than the wait. */
export class LeaseBusyError extends UserError {
  override name = 'LeaseBusyError';
  constructor(message: string) {
    super(message, 1);
  }
}

/** This deploy's lease was taken over (it could not renew it in time): it must stop. */
export class LeaseLostError extends UserError {
  override name = 'LeaseLostError';
  constructor(message: string) {
    super(message, 1);
  }
}

const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
/** Times in labels: epoch milliseconds (digits, a valid label value). */
const stamp = (ms: number) => String(Math.floor(ms));
const quote = (s: string) => `'${s.replace(/'/g, "''")}'`;
/** The environment's properties, never `sql.dry-run`: a dry run would take no name (above). */
const withoutDryRun = (properties: Record<string, string> | undefined) =>
  Object.fromEntries(
    Object.entries(properties ?? {}).filter(([k]) => k.trim().toLowerCase() !== 'sql.dry-run'),
  );

export function leaseName(prefix: string | undefined, generation: number): string {
  return `${prefix ? `${prefix}-` : ''}flink-pipeline-lease-${generation}`;
}

function recordOf(s: Statement): LeaseRecord | undefined {
  const labels = s.metadata?.labels ?? {};
  const generation = Number(labels[LABEL_LEASE_GENERATION] ?? /-(\d+)$/.exec(s.name)?.[1]);
  if (!Number.isSafeInteger(generation) || generation < 1) return undefined;
  return {
    name: s.name,
    generation,
    owner: labels[LABEL_LEASE_OWNER] ?? 'unknown',
    startedAt: Number(labels[LABEL_LEASE_STARTED] ?? 0),
    expiresAt: Number(labels[LABEL_LEASE_EXPIRES] ?? 0),
    state: labels[LABEL_LEASE_STATE] === 'held' ? 'held' : 'released',
    labels,
    deleting: s.status?.phase === 'DELETING',
  };
}

/** The lease's generations, highest first. */
export async function listLease(client: LeaseClient, prefix: string | undefined): Promise<LeaseRecord[]> {
  const statements = await client.listStatements({
    labelSelector: labelSelector({ [LABEL_LEASE]: pipelineMarker(prefix) }),
  });
  return statements
    .map(recordOf)
    .filter((r): r is LeaseRecord => !!r)
    .sort((a, b) => b.generation - a.generation);
}

/**
 * Waits for the environment's lease and takes it (docs/deploy.md#one-deploy-at-a-time); a
 * held lease past its expiry is taken over. Throws LeaseBusyError after `waitMs`.
 */
export async function acquireLease(client: LeaseClient, options: LeaseOptions): Promise<Lease> {
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const say = options.onEvent ?? (() => undefined);
  const poll = options.pollMs ?? 5000;
  const deadline = now() + options.waitMs;
  let waitingFor: string | undefined;
  for (;;) {
    const records = await listLease(client, options.prefix);
    const top = records[0];
    const live =
      top && !top.deleting && top.state === 'held' && now() < top.expiresAt && !options.isStale?.(top);
    if (top && live) {
      const waited = Math.round(options.waitMs / 1000);
      if (now() >= deadline) {
        throw new LeaseBusyError(
          `another deploy (${top.owner}, started at ${iso(top.startedAt)}) holds the lease of this environment; gave up after ${waited} s (raise timeouts.lease in flink-pipeline.yaml to wait longer, or run the deploy again when it is done)`,
        );
      }
      if (waitingFor !== top.name) {
        say(leaseWaitWarning(top, waited));
        waitingFor = top.name;
      }
      await sleep(Math.max(1, Math.min(poll, deadline - now())));
      continue;
    }
    if (top && top.state === 'held' && !top.deleting) say(takeOverWarning(top, now() >= top.expiresAt));
    const generation = (top?.generation ?? 0) + 1;
    const started = now();
    const lease = new Lease(client, options, generation, started);
    if (!(await lease.claim(generation, 'held', started))) continue;
    // A name freed by a deletion can be created again: a higher generation wins over it.
    const after = await listLease(client, options.prefix);
    if (after.some((r) => r.generation > generation && !r.deleting)) {
      await lease.drop(generation);
      continue;
    }
    for (const r of after) if (r.generation < generation && !r.deleting) await lease.drop(r.generation);
    lease.startRenewing();
    return lease;
  }
}

/** Another deploy holds the lease: this one waits, and says for whom. */
function leaseWaitWarning(holder: LeaseRecord, waitSeconds: number): string {
  return `another deploy (${holder.owner}, started at ${iso(holder.startedAt)}) holds the lease of this environment until ${iso(holder.expiresAt)}; waiting (giving up after ${waitSeconds} s)`;
}

/** A stale lease taken over: expired, or its holder is known to have ended. */
function takeOverWarning(holder: LeaseRecord, expired: boolean): string {
  return expired
    ? `the lease of ${holder.owner} (started at ${iso(holder.startedAt)}) expired at ${iso(holder.expiresAt)}: taken over`
    : `the lease of ${holder.owner} (started at ${iso(holder.startedAt)}) belongs to a process that has ended: taken over`;
}

/** A held lease: renewed in the background until released; `check()` before every change. */
export class Lease {
  private lost: string | undefined;
  private timer: ReturnType<typeof setInterval> | undefined;
  private renewing: Promise<void> | undefined;
  /** Until when this process may act: a quarter of the lease before its expiry (clock drift) */
  private fenceAt: number;
  private readonly nonce = randomUUID().slice(0, 8);
  private readonly now: () => number;

  constructor(
    private readonly client: LeaseClient,
    private readonly options: LeaseOptions,
    public generation: number,
    /** When this deploy began to hold the lease (epoch ms) */
    readonly startedAt: number,
  ) {
    this.now = options.now ?? Date.now;
    this.fenceAt = startedAt + (options.ttlMs * 3) / 4;
  }

  get owner(): string {
    return this.options.owner;
  }

  /** Throws LeaseLostError when this deploy may no longer change anything. */
  check(): void {
    if (!this.lost && this.now() > this.fenceAt)
      this.lost = `it was not renewed in time (last renewal expired at ${iso(this.fenceAt + this.options.ttlMs / 4)})`;
    if (this.lost) {
      throw new LeaseLostError(
        `the deploy lost the lease of this environment: ${this.lost}; nothing more is changed. Run the deploy again`,
      );
    }
  }

  /** Creates generation `generation`; false when another deploy created it first. */
  async claim(generation: number, state: 'held' | 'released', at: number): Promise<boolean> {
    const expires = state === 'held' ? at + this.options.ttlMs : at;
    try {
      await this.client.createStatement({
        name: leaseName(this.options.prefix, generation),
        statement: `SELECT ${quote(`flink-pipeline lease ${generation} ${state} by ${this.options.owner} ${this.nonce}`)} AS lease`,
        properties: withoutDryRun(this.options.properties),
        computePoolId: this.options.computePoolId,
        labels: {
          ...Object.fromEntries(
            Object.entries(this.options.ownerLabels ?? {}).map(([k, v]) => [k, labelValue(v)]),
          ),
          [LABEL_LEASE]: pipelineMarker(this.options.prefix),
          [LABEL_LEASE_GENERATION]: String(generation),
          [LABEL_LEASE_OWNER]: labelValue(this.options.owner),
          [LABEL_LEASE_STARTED]: stamp(this.startedAt),
          [LABEL_LEASE_EXPIRES]: stamp(expires),
          [LABEL_LEASE_STATE]: state,
          [LABEL_HIDDEN]: 'true',
        },
      });
      return true;
    } catch (e) {
      if (!(e instanceof StatementExistsError)) throw e;
      // Ours after all when its SQL names this very claim (an earlier attempt went through
      // although its answer was lost).
      const existing = await this.client.getStatement(leaseName(this.options.prefix, generation));
      return !!existing?.spec?.statement?.includes(
        ` ${generation} ${state} by ${this.options.owner} ${this.nonce}'`,
      );
    }
  }

  /** Deletes one generation (a stale, released or own lower one); a failure is left for later. */
  async drop(generation: number): Promise<void> {
    await this.client.deleteStatement(leaseName(this.options.prefix, generation)).catch(() => false);
  }

  startRenewing(): void {
    const every = Math.max(10, Math.floor(this.options.ttlMs / 4));
    this.timer = setInterval(() => {
      this.renewing ??= this.renew().finally(() => (this.renewing = undefined));
    }, every);
    this.timer.unref?.();
  }

  /** The next generation, held by this deploy; the previous one deleted. */
  async renew(): Promise<void> {
    if (this.lost) return;
    const at = this.now();
    try {
      if (await this.claim(this.generation + 1, 'held', at)) {
        const previous = this.generation;
        this.generation += 1;
        this.fenceAt = at + (this.options.ttlMs * 3) / 4;
        await this.drop(previous);
      } else {
        this.lost = `another deploy took it over (generation ${this.generation + 1} exists)`;
      }
    } catch (e) {
      // A failed renewal is tried again on the next tick; `check()` stops the deploy in time.
      if (!(e instanceof FlinkApiError)) throw e;
    }
  }

  /** Ends the hold: a released generation on top, this deploy's own deleted. */
  async release(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.renewing;
    if (this.lost) return;
    const mine = this.generation;
    try {
      await this.claim(mine + 1, 'released', this.now());
    } catch {
      // Without a generation above it, this one is not deleted: the top of the chain stays, and
      // this one simply expires.
      return;
    }
    await this.drop(mine);
  }
}
