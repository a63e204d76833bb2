/** A token bucket: `rate` tokens per `perMs`, holding at most `burst`. */
export interface BucketSpec {
  rate: number;
  perMs: number;
  burst: number;
}

export interface RateLimitOptions {
  /** Sustained requests per second; default 40 (the documented limit is 50/s per IP) */
  perSecond?: number;
  /** Requests allowed back to back; default 5, so no one-second window sees more than perSecond + burst */
  burst?: number;
  /** Sustained requests per minute; default 900 (the documented limit is 1000/min per IP); 0 = off */
  perMinute?: number;
  /** Burst of the per-minute bucket; default 60 */
  minuteBurst?: number;
}

export interface Clock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

/**
 * Token buckets shared by every request of one client. Callers are served first come, first
 * served through one promise chain, so concurrent waiters never stampede.
 */
export class RateLimiter {
  private readonly buckets: { spec: BucketSpec; tokens: number; at: number }[];
  private tail: Promise<void> = Promise.resolve();

  constructor(
    specs: BucketSpec[],
    private readonly clock: Clock,
  ) {
    const now = clock.now();
    this.buckets = specs
      .filter((s) => s.rate > 0)
      .map((s) => ({ spec: { ...s, burst: Math.max(1, s.burst) }, tokens: Math.max(1, s.burst), at: now }));
  }

  static from(options: RateLimitOptions | undefined, clock: Clock): RateLimiter {
    const perSecond = options?.perSecond ?? 40;
    const perMinute = options?.perMinute ?? 900;
    return new RateLimiter(
      [
        { rate: perSecond, perMs: 1000, burst: options?.burst ?? Math.min(5, perSecond) },
        { rate: perMinute, perMs: 60_000, burst: options?.minuteBurst ?? Math.min(60, perMinute) },
      ],
      clock,
    );
  }

  /** Resolves when the caller may send one request. */
  acquire(): Promise<void> {
    const turn = this.tail.then(() => this.take());
    this.tail = turn.catch(() => undefined);
    return turn;
  }

  private async take(): Promise<void> {
    for (;;) {
      const now = this.clock.now();
      let wait = 0;
      for (const b of this.buckets) {
        b.tokens = Math.min(b.spec.burst, b.tokens + ((now - b.at) * b.spec.rate) / b.spec.perMs);
        b.at = now;
        if (b.tokens < 1) wait = Math.max(wait, ((1 - b.tokens) * b.spec.perMs) / b.spec.rate);
      }
      if (wait <= 0) {
        for (const b of this.buckets) b.tokens -= 1;
        return;
      }
      await this.clock.sleep(Math.ceil(wait));
    }
  }
}
