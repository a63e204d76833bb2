import { scalingStateOf, type FlinkClient } from '../confluent/client.js';
import { FlinkApiError, StatementWaitError } from '../confluent/errors.js';
import type { Statement } from '../confluent/types.js';

export type WatchClient = Pick<FlinkClient, 'iterateStatements' | 'getStatement' | 'failureDetail'>;

export interface WatcherOptions {
  /** Lists exactly the statements this deploy creates (its deploy label) */
  labelSelector: string;
  /** Time between rounds; default 1 s */
  intervalMs?: number;
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
  /**
   * Called on every round a waited-for statement is PENDING with `scaling_status.scaling_state`
   * POOL_EXHAUSTED: it waits for room in its compute pool.
   */
  onPoolExhausted?: (statement: Statement) => void;
  /**
   * A status round failed with an error that may pass (network, 429, 5xx) after the client's own
   * retries: the waits go on, the next round comes later.
   */
  onRoundError?: (error: Error, retryInMs: number) => void;
}

/** Errors a later round may not meet: the network, rate limits and the service's own failures. */
export function isTransient(e: unknown): boolean {
  return e instanceof FlinkApiError && (e.status === 0 || e.status === 429 || e.status >= 500);
}

interface Waiter {
  name: string;
  /** Phases that end the wait; empty = wait until the statement is gone */
  targets: readonly string[];
  failOn: readonly string[];
  deadline: number;
  timeoutMs: number;
  resolve: (s: Statement | null) => void;
  reject: (e: Error) => void;
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/** `6 h`, `20 min`, `45 s`, `250 ms`: a timeout as the config writes it. */
export function duration(ms: number): string {
  if (ms >= 3_600_000 && ms % 3_600_000 === 0) return `${ms / 3_600_000} h`;
  if (ms >= 60_000 && ms % 60_000 === 0) return `${ms / 60_000} min`;
  if (ms >= 1000) return `${Math.round(ms / 100) / 10} s`;
  return `${ms} ms`;
}

/**
 * Waits for many statements at once. Polling each statement on its own costs one request per
 * statement per poll, which makes a parallel deploy either slow (long gaps between polls) or
 * heavy on the API; instead, one round lists every statement of this deploy (one request per
 * 100) on a steady tick and wakes each waiter whose statement reached its phase. Statements
 * the list cannot show (another deploy's, or ones being deleted) are read one by one.
 */
export class PhaseWatcher {
  private readonly waiters = new Set<Waiter>();
  /** Names the list did not show once: read with GET from then on */
  private readonly unlisted = new Set<string>();
  private running = false;
  private readonly intervalMs: number;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly now: () => number;

  constructor(
    private readonly client: WatchClient,
    private readonly options: WatcherOptions,
  ) {
    this.intervalMs = options.intervalMs ?? 1000;
    this.sleep = options.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
    this.now = options.now ?? Date.now;
  }

  /** Same contract as FlinkClient.waitForPhase: StatementWaitError on a failOn phase, 404 or timeout. */
  waitForPhase(
    name: string,
    targets: readonly string[],
    options: { timeoutMs: number; failOn?: readonly string[] },
  ): Promise<Statement> {
    return this.add(
      name,
      targets,
      options.failOn ?? ['FAILED', 'FAILING'],
      options.timeoutMs,
    ) as Promise<Statement>;
  }

  /** Resolves once GET answers 404 for the name. */
  async waitForDeletion(name: string, timeoutMs: number): Promise<void> {
    this.unlisted.add(name);
    await this.add(name, [], [], timeoutMs);
  }

  private add(name: string, targets: readonly string[], failOn: readonly string[], timeoutMs: number) {
    return new Promise<Statement | null>((resolve, reject) => {
      this.waiters.add({
        name,
        targets,
        failOn,
        timeoutMs,
        deadline: this.now() + timeoutMs,
        resolve,
        reject,
      });
      if (!this.running) {
        this.running = true;
        void this.loop();
      }
    });
  }

  private async loop() {
    let failures = 0;
    try {
      while (this.waiters.size) {
        await this.sleep(failures ? Math.min(30_000, this.intervalMs * 2 ** failures) : this.intervalMs);
        try {
          await this.round();
          failures = 0;
        } catch (e) {
          // A round that failed after the client's own retries: a step fails only on its own
          // statement's outcome, so a passing error (network, 429, 5xx) leaves the waits as they
          // are until their deadline; any other (401, 403, …) ends them with it.
          if (!isTransient(e)) throw e;
          failures++;
          this.expire(e as Error);
          this.options.onRoundError?.(e as Error, Math.min(30_000, this.intervalMs * 2 ** failures));
        }
      }
    } catch (e) {
      for (const w of this.waiters) w.reject(e as Error);
      this.waiters.clear();
    } finally {
      this.running = false;
      if (this.waiters.size) {
        this.running = true;
        void this.loop();
      }
    }
  }

  /** Waits past their deadline while the API does not answer end with that. */
  private expire(error: Error) {
    for (const w of [...this.waiters]) {
      if (this.now() < w.deadline) continue;
      this.waiters.delete(w);
      const goal = w.targets.length ? `not ${w.targets.join('|')}` : 'still present';
      w.reject(
        new StatementWaitError(
          oneLine(
            `statement ${w.name}: ${goal} after ${duration(w.timeoutMs)} (the API did not answer: ${error.message})`,
          ),
          w.name,
          'timeout',
          undefined,
          undefined,
        ),
      );
    }
  }

  private async round() {
    const waiting = [...this.waiters];
    const listed = new Map<string, Statement>();
    if (waiting.some((w) => !this.unlisted.has(w.name))) {
      for await (const s of this.client.iterateStatements({ labelSelector: this.options.labelSelector })) {
        listed.set(s.name, s);
      }
    }
    const read = new Map<string, Statement | null>();
    for (const w of waiting) {
      let s: Statement | null | undefined = listed.get(w.name);
      if (!s) {
        this.unlisted.add(w.name);
        if (!read.has(w.name)) read.set(w.name, await this.client.getStatement(w.name));
        s = read.get(w.name)!;
      }
      await this.settle(w, s);
    }
  }

  private async settle(w: Waiter, s: Statement | null) {
    const done = (f: () => void) => {
      this.waiters.delete(w);
      f();
    };
    if (!w.targets.length) {
      if (!s) return done(() => w.resolve(null));
    } else {
      if (!s) {
        return done(() =>
          w.reject(
            new StatementWaitError(
              `statement ${w.name}: not found while waiting for ${w.targets.join('|')}`,
              w.name,
              'not-found',
              undefined,
              undefined,
            ),
          ),
        );
      }
      const phase = s.status?.phase;
      if (phase && w.targets.includes(phase)) return done(() => w.resolve(s));
      if (phase === 'PENDING' && scalingStateOf(s) === 'POOL_EXHAUSTED') this.options.onPoolExhausted?.(s);
      if (phase && w.failOn.includes(phase)) {
        const detail = await this.client.failureDetail(s);
        return done(() =>
          w.reject(
            new StatementWaitError(
              oneLine(`statement ${w.name}: ${phase}${detail ? `: ${detail}` : ''}`),
              w.name,
              'failed',
              phase,
              detail,
            ),
          ),
        );
      }
    }
    if (this.now() >= w.deadline) {
      const phase = s?.status?.phase;
      const raw = s?.status?.detail ? await this.client.failureDetail(s) : undefined;
      const detail = raw ? oneLine(raw) : undefined;
      const goal = w.targets.length ? `not ${w.targets.join('|')}` : 'still present';
      done(() =>
        w.reject(
          new StatementWaitError(
            oneLine(
              `statement ${w.name}: ${goal} after ${duration(w.timeoutMs)} (phase ${phase ?? 'unknown'}, scaling status ${scalingStateOf(s) ?? 'unknown'}${detail ? `: ${detail}` : ''})`,
            ),
            w.name,
            'timeout',
            phase,
            detail,
          ),
        ),
      );
    }
  }
}
