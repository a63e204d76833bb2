import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request as the fake server received it. */
export interface Recorded {
  method: string;
  /** Path without the query */
  path: string;
  query: URLSearchParams;
  headers: IncomingMessage['headers'];
  body: string;
  json: unknown;
  /** performance.now() at arrival */
  at: number;
}

/** A scripted answer: a response, a dropped connection, or no answer at all. */
export type Reply = { status: number; body?: unknown; headers?: Record<string, string> } | 'reset' | 'hang';

export type Handler = (req: Recorded) => Reply | undefined;

export interface FakeServer {
  url: string;
  requests: Recorded[];
  /** Queue answers, used in order before the handler */
  script(...replies: Reply[]): void;
  /** Fallback when the queue is empty; default 404 */
  handle(handler: Handler): void;
  close(): Promise<void>;
}

export const ORG = '00000000-0000-4000-8000-000000000001';
export const ENV = 'env-test1';
export const BASE = `/sql/v1/organizations/${ORG}/environments/${ENV}`;

/** A small scriptable HTTP server on 127.0.0.1 for fault sequences; records every request. */
export async function startFakeServer(): Promise<FakeServer> {
  const queue: Reply[] = [];
  const requests: Recorded[] = [];
  let handler: Handler = () => undefined;

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const body = Buffer.concat(chunks).toString('utf8');
      let json: unknown;
      try {
        json = body ? JSON.parse(body) : undefined;
      } catch {
        json = undefined;
      }
      const recorded: Recorded = {
        method: req.method ?? '',
        path: url.pathname,
        query: url.searchParams,
        headers: req.headers,
        body,
        json,
        at: performance.now(),
      };
      requests.push(recorded);
      const reply = queue.shift() ?? handler(recorded) ?? { status: 404, body: notFound(url.pathname) };
      if (reply === 'reset') {
        req.socket.destroy();
        return;
      }
      if (reply === 'hang') return;
      const text = reply.body === undefined ? '' : JSON.stringify(reply.body);
      res.writeHead(reply.status, {
        'x-request-id': `req-${requests.length}`,
        ...(text ? { 'content-type': 'application/json' } : {}),
        ...reply.headers,
      });
      res.end(text);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    script: (...replies) => queue.push(...replies),
    handle: (h) => {
      handler = h;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export function notFound(path: string) {
  const name = path.split('/').pop();
  return { errors: [{ status: '404', detail: `Statement resource=${name} does not exist`, source: {} }] };
}

/** A statement body as the API returns it. */
export function statementBody(
  name: string,
  overrides: {
    phase?: string;
    detail?: string;
    stopped?: boolean;
    version?: string;
    labels?: Record<string, string>;
    sql?: string;
    createdAt?: string;
  } = {},
) {
  return {
    api_version: 'sql/v1',
    kind: 'Statement',
    name,
    organization_id: ORG,
    environment_id: ENV,
    metadata: {
      self: `http://127.0.0.1${BASE}/statements/${name}`,
      created_at: overrides.createdAt ?? '2026-01-01T00:00:00Z',
      updated_at: overrides.createdAt ?? '2026-01-01T00:00:00Z',
      uid: `uid-${name}`,
      resource_version: overrides.version ?? '1',
      labels: overrides.labels ?? {},
    },
    spec: {
      statement: overrides.sql ?? 'INSERT INTO t SELECT * FROM s',
      properties: {},
      compute_pool_id: 'lfcp-abc',
      principal: 'sa-abc',
      stopped: overrides.stopped ?? false,
    },
    status: { phase: overrides.phase ?? 'PENDING', detail: overrides.detail ?? '' },
  };
}

/** A fake clock: sleeps return at once and advance time; every delay is recorded. */
export function fakeClock() {
  const clock = {
    t: 1_000_000,
    sleeps: [] as number[],
    now: () => clock.t,
    sleep: async (ms: number) => {
      clock.sleeps.push(ms);
      clock.t += ms;
    },
  };
  return clock;
}
