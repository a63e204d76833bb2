import { afterEach, beforeEach, describe, expect, test } from '@jest/globals';
import {
  FlinkApiError,
  FlinkClient,
  StatementConflictError,
  StatementWaitError,
  flinkBaseUrl,
  flinkClientFromConfig,
  nextPageToken,
  retryAfterMs,
  type ClientEvent,
  type FlinkClientOptions,
} from '../../src/confluent/index.js';
import { BASE, ENV, ORG, fakeClock, startFakeServer, statementBody, type FakeServer } from './fake-server.js';

const KEY = 'FLINKKEY123';
const SECRET = 's3cr3t-Very-Secret-Value';

let server: FakeServer;
let clock: ReturnType<typeof fakeClock>;
let events: ClientEvent[];

function client(extra: Partial<FlinkClientOptions> = {}) {
  return new FlinkClient({
    restEndpoint: server.url,
    organizationId: ORG,
    environmentId: ENV,
    credentials: { apiKey: KEY, apiSecret: SECRET },
    rateLimit: false,
    sleep: clock.sleep,
    now: clock.now,
    random: () => 0.5,
    retry: { baseDelayMs: 100, maxDelayMs: 1000 },
    poll: { initialDelayMs: 100, maxDelayMs: 400, factor: 2 },
    onEvent: (e) => events.push(e),
    ...extra,
  });
}

beforeEach(async () => {
  server = await startFakeServer();
  clock = fakeClock();
  events = [];
});
afterEach(() => server.close());

describe('base URL and config', () => {
  test('restEndpoint wins, else the public regional endpoint', () => {
    expect(flinkBaseUrl({ restEndpoint: 'https://x.example/', cloud: 'aws', region: 'eu-west-1' })).toBe(
      'https://x.example',
    );
    expect(flinkBaseUrl({ cloud: 'AWS', region: 'us-east-1' })).toBe(
      'https://flink.us-east-1.aws.confluent.cloud',
    );
    expect(() => flinkBaseUrl({ cloud: 'aws' })).toThrow(/restEndpoint, or cloud and region/);
  });

  test('from config needs organization and environment ids', () => {
    const creds = { apiKey: KEY, apiSecret: SECRET };
    expect(() => flinkClientFromConfig({ cloud: 'aws', region: 'us-east-1' }, creds)).toThrow(
      /organizationId/,
    );
    const c = flinkClientFromConfig(
      { cloud: 'gcp', region: 'us-central1', organizationId: ORG, environmentId: ENV },
      creds,
    );
    expect(c.baseUrl).toBe('https://flink.us-central1.gcp.confluent.cloud');
  });

  test('page tokens and Retry-After parsing', () => {
    expect(nextPageToken('https://h/sql/v1/x/statements?page_size=2&page_token=abc', 'https://h')).toBe(
      'abc',
    );
    expect(nextPageToken('', 'https://h')).toBeUndefined();
    expect(nextPageToken('https://h/statements?page_size=2', 'https://h')).toBeUndefined();
    expect(retryAfterMs('3', 0)).toBe(3000);
    expect(retryAfterMs(new Date(10_000).toUTCString(), 4_000)).toBe(6000);
    expect(retryAfterMs('soon', 0)).toBeUndefined();
    expect(retryAfterMs(null, 0)).toBeUndefined();
  });
});

describe('requests', () => {
  test('create: path, method, Basic auth, JSON body with labels', async () => {
    server.script({ status: 201, body: statementBody('p-dml-t-abc1234') });
    const s = await client().createStatement({
      name: 'p-dml-t-abc1234',
      statement: 'INSERT INTO t SELECT * FROM s',
      properties: { 'sql.current-catalog': 'env' },
      computePoolId: 'lfcp-abc',
      principal: 'sa-abc',
      labels: { 'user.confluent.io/flink-pipeline-table': 't' },
    });
    expect(s.name).toBe('p-dml-t-abc1234');
    const [req] = server.requests;
    expect(req.method).toBe('POST');
    expect(req.path).toBe(`${BASE}/statements`);
    expect(req.headers.authorization).toBe(`Basic ${Buffer.from(`${KEY}:${SECRET}`).toString('base64')}`);
    expect(req.headers['content-type']).toBe('application/json');
    expect(req.json).toEqual({
      name: 'p-dml-t-abc1234',
      organization_id: ORG,
      environment_id: ENV,
      metadata: { labels: { 'user.confluent.io/flink-pipeline-table': 't' } },
      spec: {
        statement: 'INSERT INTO t SELECT * FROM s',
        properties: { 'sql.current-catalog': 'env' },
        compute_pool_id: 'lfcp-abc',
        principal: 'sa-abc',
        stopped: false,
      },
    });
  });

  test('get: the statement, or null on 404', async () => {
    server.script({ status: 200, body: statementBody('a', { phase: 'RUNNING' }) });
    expect((await client().getStatement('a'))?.status?.phase).toBe('RUNNING');
    expect(await client().getStatement('gone')).toBeNull();
    expect(server.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      `GET ${BASE}/statements/a`,
      `GET ${BASE}/statements/gone`,
    ]);
  });

  test('list follows metadata.next (a full URL) until it is empty', async () => {
    const next = (token: string) => `${server.url}${BASE}/statements?page_size=2&page_token=${token}`;
    server.script(
      {
        status: 200,
        body: {
          kind: 'StatementList',
          metadata: { next: next('t1') },
          data: [statementBody('a'), statementBody('b')],
        },
      },
      {
        status: 200,
        body: { kind: 'StatementList', metadata: { next: next('t2') }, data: [statementBody('c')] },
      },
      { status: 200, body: { kind: 'StatementList', metadata: { next: '' }, data: [statementBody('d')] } },
    );
    const all = await client().listStatements({
      labelSelector: 'user.confluent.io/flink-pipeline=true',
      pageSize: 2,
    });
    expect(all.map((s) => s.name)).toEqual(['a', 'b', 'c', 'd']);
    expect(server.requests.map((r) => r.query.get('page_token'))).toEqual([null, 't1', 't2']);
    for (const r of server.requests) {
      expect(r.path).toBe(`${BASE}/statements`);
      expect(r.query.get('label_selector')).toBe('user.confluent.io/flink-pipeline=true');
      expect(r.query.get('page_size')).toBe('2');
    }
  });

  test('list stops on a repeated page token', async () => {
    const page = {
      status: 200,
      body: { metadata: { next: `${server.url}/x?page_token=same` }, data: [statementBody('a')] },
    };
    server.script(page, page, page);
    expect(await client().listStatements()).toHaveLength(2);
    expect(server.requests).toHaveLength(2);
  });

  test('delete is idempotent: 202 → true, 404 → false', async () => {
    server.script({ status: 202 });
    expect(await client().deleteStatement('a')).toBe(true);
    expect(await client().deleteStatement('a')).toBe(false);
    expect(server.requests.map((r) => r.method)).toEqual(['DELETE', 'DELETE']);
  });

  test('waitForDeletion polls until 404, and times out', async () => {
    server.script(
      { status: 200, body: statementBody('a', { phase: 'DELETING' }) },
      { status: 200, body: statementBody('a', { phase: 'DELETING' }) },
    );
    await client().waitForDeletion('a', 10_000);
    expect(server.requests).toHaveLength(3);
    expect(clock.sleeps).toEqual([100, 200]);

    server.handle(() => ({ status: 200, body: statementBody('b', { phase: 'DELETING' }) }));
    await expect(client().waitForDeletion('b', 1000)).rejects.toThrow(
      /still present after 1 s \(phase DELETING, scaling status unknown\)/,
    );
  });

  test('exceptions: newest first; [] on 404', async () => {
    server.script({
      status: 200,
      body: {
        kind: 'StatementExceptionList',
        data: [{ name: 'java.lang.RuntimeException', message: 'boom' }],
      },
    });
    expect((await client().getExceptions('a'))[0].message).toBe('boom');
    expect(server.requests[0].path).toBe(`${BASE}/statements/a/exceptions`);
    expect(await client().getExceptions('a')).toEqual([]);
  });

  test('API errors are one line: method, statement, status, detail', async () => {
    server.script({
      status: 400,
      body: { errors: [{ status: '400', detail: 'bad\nthing' }, { title: 'Second' }] },
    });
    const err = (await client()
      .getStatement('a')
      .catch((e: unknown) => e)) as FlinkApiError;
    expect(err).toBeInstanceOf(FlinkApiError);
    expect(err.message).toBe('GET statement a: HTTP 400: bad thing; Second (request req-1)');
    expect(err.status).toBe(400);
    expect(err.statement).toBe('a');
  });
});

describe('stop and resume', () => {
  test('PATCH /spec/stopped as JSON Patch when supported', async () => {
    server.script({ status: 200, body: statementBody('a', { phase: 'RUNNING', stopped: true }) });
    const s = await client().stopStatement('a');
    expect(s.spec.stopped).toBe(true);
    const [req] = server.requests;
    expect(req.method).toBe('PATCH');
    expect(req.path).toBe(`${BASE}/statements/a`);
    expect(req.headers['content-type']).toBe('application/json-patch+json');
    expect(req.json).toEqual([{ op: 'replace', path: '/spec/stopped', value: true }]);
  });

  test('falls back to GET-modify-PUT with resource_version when PATCH is not allowed, and remembers', async () => {
    const c = client();
    server.script(
      { status: 405 },
      { status: 200, body: statementBody('a', { phase: 'RUNNING', version: '7' }) },
      { status: 202 },
    );
    const s = await c.stopStatement('a');
    expect(s.spec.stopped).toBe(true);
    expect(server.requests.map((r) => r.method)).toEqual(['PATCH', 'GET', 'PUT']);
    const put = server.requests[2].json as ReturnType<typeof statementBody>;
    expect(put.metadata.resource_version).toBe('7');
    expect(put.spec.stopped).toBe(true);
    expect(put.spec.statement).toBe('INSERT INTO t SELECT * FROM s');
    expect(events).toContainEqual({ type: 'patch-fallback', statement: 'a', status: 405 });

    // The second call goes straight to GET + PUT.
    server.script(
      { status: 200, body: statementBody('a', { phase: 'STOPPED', stopped: true, version: '9' }) },
      { status: 202 },
    );
    await c.resumeStatement('a');
    expect(server.requests.slice(3).map((r) => r.method)).toEqual(['GET', 'PUT']);
    expect((server.requests[4].json as ReturnType<typeof statementBody>).spec.stopped).toBe(false);
  });

  test('PUT retries on 409 with a fresh GET each round', async () => {
    server.script(
      { status: 200, body: statementBody('a', { version: '1' }) },
      { status: 409, body: { errors: [{ detail: 'resource version mismatch' }] } },
      { status: 200, body: statementBody('a', { version: '2' }) },
      { status: 202 },
    );
    await client({ usePatch: false }).stopStatement('a');
    expect(server.requests.map((r) => r.method)).toEqual(['GET', 'PUT', 'GET', 'PUT']);
    expect((server.requests[3].json as ReturnType<typeof statementBody>).metadata.resource_version).toBe('2');
    expect(events).toContainEqual({ type: 'conflict', statement: 'a', attempt: 1 });
  });

  test('the 409 loop is bounded', async () => {
    server.handle((r) =>
      r.method === 'GET'
        ? { status: 200, body: statementBody('a') }
        : { status: 409, body: { errors: [{ detail: 'stale' }] } },
    );
    const err = await client({ usePatch: false, retry: { conflictAttempts: 3 } })
      .stopStatement('a')
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StatementConflictError);
    expect(String(err)).toMatch(/PUT statement a: HTTP 409: stale \(gave up after 3 GET-modify-PUT rounds\)/);
    expect(server.requests.filter((r) => r.method === 'PUT')).toHaveLength(3);
  });

  test('no PUT when the statement is already in the wanted state', async () => {
    server.script({ status: 200, body: statementBody('a', { stopped: true }) });
    await client({ usePatch: false }).stopStatement('a');
    expect(server.requests.map((r) => r.method)).toEqual(['GET']);
  });

  test('stopping a missing statement is a 404 error', async () => {
    await expect(client({ usePatch: false }).stopStatement('nope')).rejects.toThrow(
      /stop statement nope: HTTP 404/,
    );
  });
});

describe('waitForPhase', () => {
  test('polls with growing delays until a target phase', async () => {
    server.script(
      { status: 200, body: statementBody('a', { phase: 'PENDING' }) },
      { status: 200, body: statementBody('a', { phase: 'PENDING' }) },
      { status: 200, body: statementBody('a', { phase: 'PENDING' }) },
      { status: 200, body: statementBody('a', { phase: 'PENDING' }) },
      { status: 200, body: statementBody('a', { phase: 'RUNNING' }) },
    );
    const s = await client().waitForPhase('a', ['RUNNING', 'COMPLETED'], { timeoutMs: 60_000 });
    expect(s.status?.phase).toBe('RUNNING');
    expect(clock.sleeps).toEqual([100, 200, 400, 400]);
  });

  test('FAILED throws with status.detail', async () => {
    server.script({
      status: 200,
      body: statementBody('a', { phase: 'FAILED', detail: 'Table `x` not found' }),
    });
    const err = (await client()
      .waitForPhase('a', ['RUNNING'], { timeoutMs: 1000 })
      .catch((e: unknown) => e)) as StatementWaitError;
    expect(err).toBeInstanceOf(StatementWaitError);
    expect(err.reason).toBe('failed');
    expect(err.detail).toBe('Table `x` not found');
    expect(err.message).toBe('statement a: FAILED: Table `x` not found');
  });

  test('FAILED without detail uses the newest exception', async () => {
    server.script(
      { status: 200, body: statementBody('a', { phase: 'FAILED' }) },
      { status: 200, body: { data: [{ message: 'newest' }, { message: 'older' }] } },
    );
    await expect(client().waitForPhase('a', ['RUNNING'], { timeoutMs: 1000 })).rejects.toMatchObject({
      detail: 'newest',
    });
  });

  test('times out with the last phase and detail', async () => {
    server.handle(() => ({
      status: 200,
      body: statementBody('a', { phase: 'PENDING', detail: 'waiting for pool' }),
    }));
    const err = (await client()
      .waitForPhase('a', ['RUNNING'], { timeoutMs: 1000 })
      .catch((e: unknown) => e)) as StatementWaitError;
    expect(err.reason).toBe('timeout');
    expect(err.message).toBe(
      'statement a: not RUNNING after 1 s (phase PENDING, scaling status unknown: waiting for pool)',
    );
    expect(clock.sleeps.reduce((a, b) => a + b, 0)).toBe(1000);
  });

  test('custom failOn, and 404 while waiting', async () => {
    server.script({ status: 200, body: statementBody('a', { phase: 'DEGRADED' }) });
    await expect(
      client().waitForPhase('a', ['RUNNING'], { timeoutMs: 1000, failOn: ['DEGRADED'] }),
    ).rejects.toMatchObject({ reason: 'failed', phase: 'DEGRADED' });
    await expect(client().waitForPhase('gone', ['RUNNING'], { timeoutMs: 1000 })).rejects.toMatchObject({
      reason: 'not-found',
    });
  });
});
