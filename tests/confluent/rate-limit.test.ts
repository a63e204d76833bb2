import { afterEach, beforeEach, describe, expect, test } from '@jest/globals';
import { FlinkClient, RateLimiter } from '../../src/confluent/index.js';
import { ENV, ORG, fakeClock, startFakeServer, statementBody, type FakeServer } from './fake-server.js';

describe('RateLimiter (fake clock)', () => {
  test('burst first, then one token per 1/rate', async () => {
    const clock = fakeClock();
    const limiter = new RateLimiter([{ rate: 10, perMs: 1000, burst: 2 }], clock);
    const times: number[] = [];
    await Promise.all(
      Array.from({ length: 5 }, () => limiter.acquire().then(() => times.push(clock.t - 1_000_000))),
    );
    expect(times).toEqual([0, 0, 100, 200, 300]);
  });

  test('the slowest bucket sets the pace', async () => {
    const clock = fakeClock();
    const limiter = new RateLimiter(
      [
        { rate: 100, perMs: 1000, burst: 5 },
        { rate: 60, perMs: 60_000, burst: 2 },
      ],
      clock,
    );
    const times: number[] = [];
    for (let i = 0; i < 4; i++) {
      await limiter.acquire();
      times.push(clock.t - 1_000_000);
    }
    expect(times).toEqual([0, 0, 1000, 2000]);
  });

  test('defaults: 40/s with a burst of 5 never put more than 45 in any second', async () => {
    const clock = fakeClock();
    const limiter = RateLimiter.from(undefined, clock);
    const times: number[] = [];
    for (let i = 0; i < 120; i++) {
      await limiter.acquire();
      times.push(clock.t);
    }
    for (let i = 0; i < times.length; i++) {
      const inWindow = times.filter((t) => t >= times[i] && t < times[i] + 1000).length;
      expect(inWindow).toBeLessThanOrEqual(45);
    }
  });
});

describe('rate limit over HTTP (real clock)', () => {
  let server: FakeServer;
  beforeEach(async () => {
    server = await startFakeServer();
    server.handle(() => ({ status: 200, body: statementBody('a') }));
  });
  afterEach(() => server.close());

  test('parallel calls of one client never exceed the configured rate', async () => {
    const rate = 25;
    const burst = 2;
    const client = new FlinkClient({
      restEndpoint: server.url,
      organizationId: ORG,
      environmentId: ENV,
      credentials: { apiKey: 'k', apiSecret: 'secret-secret' },
      rateLimit: { perSecond: rate, burst, perMinute: 0 },
      // Timed where the limiter lets a request go: server arrival adds loopback jitter under load.
      fetch: (input, init) => {
        sent.push(performance.now());
        return fetch(input, init);
      },
    });
    const sent: number[] = [];
    const n = 12;
    const start = performance.now();
    await Promise.all(Array.from({ length: n }, (_, i) => client.getStatement(`s${i}`)));
    expect(server.requests).toHaveLength(n);
    const at = sent.sort((a, b) => a - b);
    expect(at).toHaveLength(n);
    // In any interval, at most burst + rate·duration requests (+1 for timer and network jitter).
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        expect(j - i + 1).toBeLessThanOrEqual(burst + (rate * (at[j] - at[i])) / 1000 + 1);
      }
    }
    expect(performance.now() - start).toBeGreaterThanOrEqual(((n - burst) * 1000) / rate - 20);
  });
});
