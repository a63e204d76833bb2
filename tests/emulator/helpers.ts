/* eslint-disable @typescript-eslint/no-explicit-any -- response bodies are JSON, checked against the OpenAPI schemas at runtime */
/**
 * Test client for the emulator: real HTTP over loopback with fetch. Every response is checked
 * against the OpenAPI contract (tests/fixtures/confluent/*.openapi.yaml) before a test sees it, so
 * every test is also a contract test.
 */
import { afterAll } from '@jest/globals';
import { startEmulator, type EmulatorOptions, type RunningEmulator } from '../../src/emulator/server.js';
import { loadOpenApi, type OpenApi } from './openapi.js';

let sqlSpec: OpenApi | undefined;
let fcpmSpec: OpenApi | undefined;
export const specs = (): { sql: OpenApi; fcpm: OpenApi } => {
  sqlSpec ??= loadOpenApi('confluent-sql-v1.openapi.yaml');
  fcpmSpec ??= loadOpenApi('confluent-fcpm-v2.openapi.yaml');
  return { sql: sqlSpec, fcpm: fcpmSpec };
};

/**
 * Known defects of the spec: the create 201 schema requires `spec.statement_name`, a property
 * StatementSpec does not define and no client or recorded response uses.
 */
const KNOWN_SPEC_DEFECTS = [/^\$\.spec: missing required property 'statement_name'$/];
/**
 * `sql.v1.StatementResult` requires a top-level `data` it does not define; its own example, the
 * results route's schema (`results` required, with `data` inside) and confluent-sql
 * `connection.py` (`response.get("results", {}).get("data")`) put the rows under `results`.
 */
const RESULT_DEFECT = /^\$: missing required property 'data'$/;

export interface Res<T = any> {
  status: number;
  headers: Headers;
  body: T;
  text: string;
}

/** A manually driven clock for deterministic tests. */
export function manualClock(start = Date.parse('2025-06-01T12:00:00Z')): {
  now: () => number;
  tick(ms: number): void;
} {
  let t = start;
  return { now: () => t, tick: (ms) => void (t += ms) };
}

export interface Client {
  em: RunningEmulator;
  base: string;
  call<T = any>(
    method: string,
    path: string,
    init?: { body?: unknown; auth?: string | null; contentType?: string },
  ): Promise<Res<T>>;
  create(name: string, statement: string, extra?: Record<string, unknown>): Promise<Res>;
  get(name: string): Promise<Res>;
  put(name: string, body: unknown): Promise<Res>;
  patch(name: string, ops: unknown): Promise<Res>;
  del(name: string): Promise<Res>;
  close(): Promise<void>;
}

// Every emulator a test file starts is closed when the file ends, also when a test threw before
// its own close: an open server would keep Jest from exiting.
const started = new Set<RunningEmulator>();
afterAll(async () => {
  await Promise.all([...started].map((em) => em.close()));
  started.clear();
});

export async function client(opts: EmulatorOptions = {}): Promise<Client> {
  // The contract is loaded before a server starts: a missing spec fails here, leaving no open handle.
  specs();
  const em = await startEmulator({ latency: 'fast', ...opts });
  started.add(em);
  const auth = `Basic ${Buffer.from(`${opts.apiKey ?? 'emulator-key'}:${opts.apiSecret ?? 'emulator-secret'}`).toString('base64')}`;
  const base = `/sql/v1/organizations/${em.organizationId}/environments/${em.environmentId}/statements`;
  const call = async <T = any>(
    method: string,
    path: string,
    init: { body?: unknown; auth?: string | null; contentType?: string } = {},
  ): Promise<Res<T>> => {
    const headers: Record<string, string> = {};
    const authHeader = init.auth === undefined ? auth : init.auth;
    if (authHeader !== null) headers.Authorization = authHeader;
    if (init.body !== undefined) headers['Content-Type'] = init.contentType ?? 'application/json';
    const res = await fetch(`${em.url}${path}`, {
      method,
      headers,
      body:
        init.body === undefined
          ? undefined
          : typeof init.body === 'string'
            ? init.body
            : JSON.stringify(init.body),
    });
    const text = await res.text();
    const body = text === '' ? undefined : JSON.parse(text);
    checkContract(method, path, res.status, body, res.headers);
    return { status: res.status, headers: res.headers, body: body as T, text };
  };
  return {
    em,
    base,
    call,
    // Statements resolve their tables in the emulator's catalog and database, as every official
    // client sends them; a test that wants other properties (or none: `properties: null`) says so.
    create: (name, statement, extra = {}) => {
      const { spec, ...rest } = extra as { spec?: Record<string, unknown> };
      const given = spec?.properties as Record<string, string> | null | undefined;
      const properties = given === null ? undefined : { ...home(em), ...(given ?? {}) };
      return call('POST', base, {
        body: { name, spec: { statement, ...(spec ?? {}), properties }, ...rest },
      });
    },
    get: (name) => call('GET', `${base}/${name}`),
    put: (name, body) => call('PUT', `${base}/${name}`, { body }),
    patch: (name, ops) =>
      call('PATCH', `${base}/${name}`, { body: ops, contentType: 'application/json-patch+json' }),
    del: (name) => call('DELETE', `${base}/${name}`),
    close: () => em.close(),
  };
}

/** `sql.current-catalog` and `sql.current-database` of the emulator's declared catalog and database. */
export function home(em: RunningEmulator): Record<string, string> {
  return { 'sql.current-catalog': em.environmentId, 'sql.current-database': em.database };
}

/** Statuses the tests saw that the spec does not declare for the operation (reported, not failed). */
export const undeclared = new Set<string>();

export function checkContract(
  method: string,
  path: string,
  status: number,
  body: unknown,
  headers: Headers,
): void {
  const url = new URL(path, 'http://x');
  const api = url.pathname.startsWith('/fcpm/') ? specs().fcpm : specs().sql;
  if (!headers.get('x-request-id')) throw new Error(`${method} ${path} → ${status}: no X-Request-Id header`);
  const { schema, declared } = api.responseSchema(method, url.pathname, status);
  if (!declared) undeclared.add(`${method} ${status}`);
  if (schema === null) {
    // 202 and 429 declare no body; an error body on 429 is allowed (the Failure shape)
    if (body !== undefined && status < 400) throw new Error(`${method} ${path} → ${status}: unexpected body`);
    if (body === undefined) return;
  }
  const errors = api
    .validate(schema ?? { $ref: '#/components/schemas/Failure' }, body)
    .filter((e) => !KNOWN_SPEC_DEFECTS.some((d) => d.test(e)))
    .filter(
      (e) => !(RESULT_DEFECT.test(e) && (body as { kind?: string } | undefined)?.kind === 'StatementResult'),
    );
  if (errors.length > 0) {
    throw new Error(
      `${method} ${path} → ${status} breaks the contract:\n  ${errors.join('\n  ')}\n${JSON.stringify(body)}`,
    );
  }
  if (status >= 400 && status !== 429) {
    const e = (body as { errors?: { status?: string }[] } | undefined)?.errors?.[0];
    if (e?.status !== String(status))
      throw new Error(`${method} ${path} → ${status}: errors[0].status is ${e?.status}`);
  }
}

/** Poll a statement until `pred` holds (real clock) or fail after `timeoutMs`. */
export async function waitFor(
  c: Client,
  name: string,
  pred: (s: any) => boolean,
  timeoutMs = 3000,
): Promise<any> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const r = await c.get(name);
    if (r.status === 200 && pred(r.body)) return r.body;
    if (Date.now() > deadline)
      throw new Error(`timed out waiting on ${name}: ${r.status} ${JSON.stringify(r.body?.status)}`);
    await new Promise((res) => setTimeout(res, 10));
  }
}

export const phaseOf = (r: Res): string => r.body?.status?.phase;
