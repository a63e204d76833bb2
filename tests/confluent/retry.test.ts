import { afterEach, beforeEach, describe, expect, test } from '@jest/globals';
import {
  FlinkApiError,
  FlinkClient,
  FlinkNetworkError,
  RedirectRefusedError,
  StatementExistsError,
  type ClientEvent,
  type FlinkClientOptions,
} from '../../src/confluent/index.js';
import { UserError } from '../../src/util/errors.js';
import { ENV, ORG, fakeClock, startFakeServer, statementBody, type FakeServer } from './fake-server.js';

const SECRET = 'zzTopSecret-0123456789abcdef';
const TOKEN = Buffer.from(`KEY:${SECRET}`).toString('base64');

let server: FakeServer;
let clock: ReturnType<typeof fakeClock>;
let events: ClientEvent[];

function client(extra: Partial<FlinkClientOptions> = {}) {
  return new FlinkClient({
    restEndpoint: server.url,
    organizationId: ORG,
    environmentId: ENV,
    credentials: { apiKey: 'KEY', apiSecret: SECRET },
    rateLimit: false,
    sleep: clock.sleep,
    now: clock.now,
    random: () => 0.5,
    retry: { maxAttempts: 4, baseDelayMs: 100, maxDelayMs: 1000 },
    requestTimeoutMs: 2000,
    onEvent: (e) => events.push(e),
    ...extra,
  });
}

const create = (c: FlinkClient, sql = 'INSERT INTO t SELECT * FROM s') =>
  c.createStatement({ name: 'n', statement: sql });

const posts = () => server.requests.filter((r) => r.method === 'POST').length;

/** The error, its string form, its JSON and its message never hold the secret or the auth token. */
function expectNoSecret(err: unknown) {
  expect(err).toBeDefined();
  for (const text of [String(err), JSON.stringify(err), (err as Error).message, (err as Error).stack ?? '']) {
    expect(text).not.toContain(SECRET);
    expect(text).not.toContain(TOKEN);
  }
  expect(JSON.stringify(events)).not.toContain(SECRET);
}

beforeEach(async () => {
  server = await startFakeServer();
  clock = fakeClock();
  events = [];
});
afterEach(() => server.close());

describe('idempotent calls retry', () => {
  test('429 honours Retry-After in seconds', async () => {
    server.script(
      { status: 429, headers: { 'retry-after': '3' } },
      { status: 200, body: statementBody('a') },
    );
    await client().getStatement('a');
    expect(server.requests).toHaveLength(2);
    expect(clock.sleeps).toEqual([3000]);
  });

  test('429 honours Retry-After as an HTTP date, capped by maxRetryAfterMs', async () => {
    const at = new Date(clock.now() + 5000).toUTCString();
    const far = new Date(clock.now() + 3_600_000).toUTCString();
    server.script(
      { status: 429, headers: { 'retry-after': at } },
      { status: 429, headers: { 'retry-after': far } },
      { status: 200, body: statementBody('a') },
    );
    await client({ retry: { maxRetryAfterMs: 20_000 } }).getStatement('a');
    expect(clock.sleeps).toHaveLength(2);
    expect(clock.sleeps[0]).toBeGreaterThan(4000);
    expect(clock.sleeps[0]).toBeLessThanOrEqual(5000);
    expect(clock.sleeps[1]).toBe(20_000);
  });

  test('429 without Retry-After and 5xx use exponential backoff with full jitter', async () => {
    server.script(
      { status: 429 },
      { status: 500 },
      { status: 503 },
      { status: 200, body: statementBody('a') },
    );
    await client().getStatement('a');
    // random() = 0.5 → half of min(1000, 100·2^(n-1))
    expect(clock.sleeps).toEqual([50, 100, 200]);
    expect(events.map((e) => (e.type === 'retry' ? e.reason : e.type))).toEqual([
      'HTTP 429',
      'HTTP 500',
      'HTTP 503',
    ]);
  });

  test('jitter spans [0, cap): random() = 0.999 stays under the cap', async () => {
    server.script(
      { status: 502 },
      { status: 502 },
      { status: 502 },
      { status: 200, body: statementBody('a') },
    );
    await client({
      random: () => 0.999,
      retry: { maxAttempts: 4, baseDelayMs: 400, maxDelayMs: 1000 },
    }).getStatement('a');
    expect(clock.sleeps).toEqual([399, 799, 999]);
  });

  test('reset connections are retried on GET, PUT, PATCH and DELETE', async () => {
    server.script('reset', { status: 200, body: statementBody('a') });
    await client().getStatement('a');
    server.script('reset', 'reset', { status: 202 });
    expect(await client().deleteStatement('a')).toBe(true);
    server.script('reset', { status: 200, body: statementBody('a', { stopped: true }) });
    await client().stopStatement('a');
    server.script({ status: 200, body: statementBody('a', { stopped: true }) }, 'reset', { status: 202 });
    await client({ usePatch: false }).resumeStatement('a');
    expect(server.requests.map((r) => r.method)).toEqual([
      'GET',
      'GET',
      'DELETE',
      'DELETE',
      'DELETE',
      'PATCH',
      'PATCH',
      'GET',
      'PUT',
      'PUT',
    ]);
  });

  test('gives up after maxAttempts: last HTTP error, or a network error', async () => {
    server.handle(() => ({ status: 500, body: { errors: [{ detail: 'internal' }] } }));
    const err = await client()
      .getStatement('a')
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(FlinkApiError);
    expect(String(err)).toMatch(/GET statement a: HTTP 500: internal/);
    expect(server.requests).toHaveLength(4);

    server.handle(() => 'reset');
    const net = (await client()
      .getStatement('b')
      .catch((e: unknown) => e)) as FlinkNetworkError;
    expect(net).toBeInstanceOf(FlinkNetworkError);
    expect(net.message).toMatch(/^GET statement b: network error: .* \(after 4 attempts\)$/);
    expect(net.status).toBe(0);
    expectNoSecret(net);
  });

  test('a request that hangs is cut by the per-request timeout and retried', async () => {
    server.script('hang', { status: 200, body: statementBody('a', { phase: 'RUNNING' }) });
    const s = await client({ requestTimeoutMs: 150 }).getStatement('a');
    expect(s?.status?.phase).toBe('RUNNING');
    expect(events[0]).toMatchObject({ type: 'retry', reason: 'timed out after 150 ms' });
  });

  test('4xx other than 429 are not retried', async () => {
    server.script({ status: 403, body: { errors: [{ detail: 'forbidden' }] } });
    await expect(client().getStatement('a')).rejects.toThrow('GET statement a: HTTP 403: forbidden');
    expect(server.requests).toHaveLength(1);
  });
});

describe('create is never duplicated', () => {
  test('reset after the server created it: GET by name finds it, no second POST', async () => {
    server.script('reset', { status: 200, body: statementBody('n', { phase: 'PENDING' }) });
    const s = await create(client());
    expect(s.name).toBe('n');
    expect(server.requests.map((r) => r.method)).toEqual(['POST', 'GET']);
    expect(posts()).toBe(1);
  });

  test('500 after create: GET finds it', async () => {
    server.script({ status: 500 }, { status: 200, body: statementBody('n') });
    await create(client());
    expect(posts()).toBe(1);
  });

  test('reset before the server stored it: GET 404, then POST again', async () => {
    server.script('reset', { status: 404 }, { status: 201, body: statementBody('n') });
    await create(client());
    expect(server.requests.map((r) => r.method)).toEqual(['POST', 'GET', 'POST']);
    expect(clock.sleeps).toEqual([50]);
  });

  test('409 after an ambiguous attempt is our own first POST when the SQL matches', async () => {
    server.script(
      'reset',
      { status: 404 },
      { status: 409, body: { errors: [{ code: 'resource_already_exists', detail: 'exists' }] } },
      { status: 200, body: statementBody('n') },
    );
    const s = await create(client());
    expect(s.name).toBe('n');
    expect(posts()).toBe(2);
  });

  test('an existing statement with other SQL is reported as exists, not adopted', async () => {
    server.script('reset', { status: 200, body: statementBody('n', { sql: 'INSERT INTO other SELECT 1' }) });
    const err = await create(client()).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StatementExistsError);
    expect(posts()).toBe(1);
  });

  test('plain 409 is StatementExistsError (the executor decides)', async () => {
    server.script({
      status: 409,
      body: { errors: [{ code: 'resource_already_exists', detail: 'Statement name already in use' }] },
    });
    const err = (await create(client()).catch((e: unknown) => e)) as StatementExistsError;
    expect(err).toBeInstanceOf(StatementExistsError);
    expect(err.message).toBe('POST statement n: HTTP 409: Statement name already in use');
    expect(err.status).toBe(409);
  });

  test('429 on create is retried without a lookup (nothing was done)', async () => {
    server.script(
      { status: 429, headers: { 'retry-after': '1' } },
      { status: 201, body: statementBody('n') },
    );
    await create(client());
    expect(server.requests.map((r) => r.method)).toEqual(['POST', 'POST']);
    expect(clock.sleeps).toEqual([1000]);
  });

  test('when every attempt fails, create throws after checking each time', async () => {
    server.handle((r) => (r.method === 'POST' ? 'reset' : undefined));
    const err = await create(client({ retry: { maxAttempts: 2, baseDelayMs: 10 } })).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(FlinkNetworkError);
    expect(server.requests.map((r) => r.method)).toEqual(['POST', 'GET', 'POST', 'GET']);
    expectNoSecret(err);
  });
});

describe('secrets', () => {
  test('never in errors, even when the server echoes them', async () => {
    server.script(
      { status: 401, body: { errors: [{ detail: `invalid key KEY:${SECRET} (Basic ${TOKEN})` }] } },
      { status: 500, body: `<html>oops ${SECRET}</html>` },
    );
    const e1 = await client()
      .getStatement('a')
      .catch((e: unknown) => e);
    expect(String(e1)).toContain('HTTP 401: invalid key KEY:*** (Basic ***)');
    expectNoSecret(e1);
    const e2 = await client({ retry: { maxAttempts: 1 } })
      .listStatements()
      .catch((e: unknown) => e);
    expect(String(e2)).toContain('GET statements: HTTP 500: <html>oops ***</html>');
    expectNoSecret(e2);
  });

  test('never in failure details of a wait', async () => {
    server.script({ status: 200, body: statementBody('a', { phase: 'FAILED', detail: `bad ${SECRET}` }) });
    const err = await client()
      .waitForPhase('a', ['RUNNING'], { timeoutMs: 10 })
      .catch((e: unknown) => e);
    expectNoSecret(err);
  });

  test('not visible on the client object', () => {
    const c = client();
    expect(JSON.stringify(c)).not.toContain(SECRET);
    expect(JSON.stringify(c)).not.toContain(TOKEN);
  });

  test('a redirect within the endpoint keeps the credentials', async () => {
    server.script(
      { status: 307, headers: { location: '/moved/a' } },
      { status: 200, body: statementBody('a') },
    );
    await client().getStatement('a');
    expect(server.requests.map((r) => [r.path, r.headers.authorization])).toEqual([
      [`/sql/v1/organizations/${ORG}/environments/${ENV}/statements/a`, `Basic ${TOKEN}`],
      ['/moved/a', `Basic ${TOKEN}`],
    ]);
  });

  test('a redirect to another origin (another port of the same host too) is refused: nothing reaches it', async () => {
    const other = await startFakeServer();
    try {
      other.script({ status: 200, body: statementBody('a') });
      // 127.0.0.1 and localhost, or two ports: other origins, as another host would be
      const elsewhere = other.url.replace('127.0.0.1', 'localhost');
      for (const target of [`${other.url}/moved/a`, `${elsewhere}/moved/a`]) {
        server.script({ status: 307, headers: { location: target } });
        const err = (await client()
          .getStatement('a')
          .catch((e: unknown) => e)) as Error;
        expect(err).toBeInstanceOf(RedirectRefusedError);
        expect(err.message).toContain(`redirected to ${new URL(target).origin}`);
        expect(err.message).toContain(`configured endpoint ${server.url}`);
        expectNoSecret(err);
      }
      expect(other.requests).toEqual([]);
      // Not retried: one request per call
      expect(server.requests).toHaveLength(2);
    } finally {
      await other.close();
    }
  });
});

describe('endpoints', () => {
  test('https is required, except for loopback addresses', () => {
    for (const ok of [
      'https://flink.example.com',
      'http://127.0.0.1:8080',
      'http://localhost:1',
      'http://[::1]:9',
    ]) {
      expect(client({ restEndpoint: ok }).origin).toBe(new URL(ok).origin);
    }
    for (const bad of ['http://flink.example.com', 'http://10.0.0.1:8080', 'ftp://127.0.0.1']) {
      expect(() => client({ restEndpoint: bad })).toThrow(UserError);
      expect(() => client({ restEndpoint: bad })).toThrow(/use https:\/\//);
    }
  });
});
