/**
 * An HTTP emulator of the Confluent Cloud Flink statements API (`sql/v1`), plus the compute
 * pool lookup of `fcpm/v2`, on node:http. Routes, bodies and error shapes follow
 * the official OpenAPI spec in tests/fixtures/confluent/confluent-sql-v1.openapi.yaml, which the
 * contract tests check every response against; docs/architecture.md#the-emulator says where it sits.
 */
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRandom, hash32 } from './prng.js';
import {
  DEFAULT_DATABASE,
  EmulatorState,
  isBounded,
  type ComputePool,
  type EmulatedStatement,
  type Faults,
  type LatencyProfile,
} from './model.js';

export interface EmulatorOptions {
  host?: string;
  /** 0 (default) picks a free port */
  port?: number;
  apiKey?: string;
  apiSecret?: string;
  organizationId?: string;
  environmentId?: string;
  /** Display name of the environment's catalog; the environment id names it too (default: the id) */
  catalog?: string;
  /** The database (Kafka cluster) that exists in that catalog (default `lkc-emulator`) */
  database?: string;
  latency?: LatencyProfile;
  /** Realistic latencies are divided by this (default 1) */
  timeScale?: number;
  faults?: Faults;
  /** Seed of the PRNG that drives latencies, uids and faults (default 1) */
  seed?: number;
  /** Clock in epoch milliseconds (default Date.now) */
  now?: () => number;
  /** Compute pool used when a statement names none (default `lfcp-emulator`) */
  defaultComputePoolId?: string;
  /**
   * Compute pools of the environment besides the default one (max_cfu 50), or overriding it.
   * A statement naming another pool is rejected.
   */
  computePools?: { id: string; maxCfu?: number; phase?: ComputePool['phase'] }[];
  /** Principal used when a statement names none (default `sa-emulator`) */
  principal?: string;
  /**
   * Tables present from the start, e.g. raw source topics: in the declared catalog and database,
   * or qualified (`db.t`, `catalog.db.t`), which declares that database too
   */
  tables?: string[];
  /** Retry-After seconds on an injected 429 (default 0 with `fast`, 1 with `realistic`) */
  retryAfterSeconds?: number;
  /** Carry-over wait before FAILED (default 6 h) */
  carryOverTimeoutMs?: number;
  /**
   * After a DROP, how long a CREATE of the same name fails with "… its Kafka topic does not
   * exist; … try again later" (default 100 ms with `fast`, 30 s / time scale with `realistic`)
   */
  dropWindowMs?: number;
  /** Statement name length limit (default 72, the documented limit) */
  maxNameLength?: number;
  /**
   * Rows per page of statement results (default 100). The service's page size is not
   * documented; a small value lets tests walk `metadata.next`.
   */
  resultPageRows?: number;
}

export interface RunningEmulator {
  url: string;
  organizationId: string;
  environmentId: string;
  /** The catalog's display name (the environment id unless `catalog` was given) */
  catalog: string;
  database: string;
  apiKey: string;
  state: EmulatorState;
  /** The fault probabilities in force, read on every request: tests may change them while it runs */
  faults: Required<Faults>;
  close(): Promise<void>;
}

interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

const NAME_PATTERN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const MAX_STATEMENT_CHARS = 131072;
const MAX_BODY_BYTES = 8 * 1024 * 1024;
const MUTATING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

const TITLES: Record<number, [string, string]> = {
  400: ['bad_request', 'Bad Request'],
  401: ['user_unauthenticated', 'Authentication Required'],
  404: ['not_found', 'Not Found'],
  405: ['method_not_allowed', 'Method Not Allowed'],
  409: ['resource_already_exists', 'Resource Already Exists'],
  413: ['request_too_large', 'Request Entity Too Large'],
  415: ['unsupported_media_type', 'Unsupported Media Type'],
  422: ['invalid_configuration', 'Validation Failed'],
  429: ['too_many_requests', 'Too Many Requests'],
  500: ['internal_error', 'Internal Server Error'],
  503: ['service_unavailable', 'Service Unavailable'],
};

function failure(
  status: number,
  detail: string,
  extra: { code?: string; title?: string; pointer?: string; parameter?: string } = {},
): Reply {
  const [code, title] = TITLES[status] ?? ['error', 'Error'];
  const error: Record<string, unknown> = {
    id: randomUUID(),
    status: String(status),
    code: extra.code ?? code,
    title: extra.title ?? title,
    detail,
  };
  if (extra.pointer !== undefined) error.source = { pointer: extra.pointer };
  if (extra.parameter !== undefined) error.source = { parameter: extra.parameter };
  return { status, body: { errors: [error] } };
}

class HttpError extends Error {
  constructor(readonly reply: Reply) {
    super(String((reply.body as { errors: { detail: string }[] } | undefined)?.errors[0]?.detail ?? ''));
  }
}

/** RFC 3339 in UTC; the zero time prints as the service prints it, `0001-01-01T00:00:00Z`. */
const rfc3339 = (ms: number): string => {
  const iso = new Date(ms).toISOString();
  return iso.startsWith('0001-01-01T00:00:00.000') ? '0001-01-01T00:00:00Z' : iso;
};

function isoDuration(ms: number): string {
  return `PT${(Math.max(0, ms) / 1000).toFixed(3).replace(/\.?0+$/, '')}S`;
}

function isStringMap(v: unknown): v is Record<string, string> {
  return (
    typeof v === 'object' &&
    v !== null &&
    !Array.isArray(v) &&
    Object.values(v).every((x) => typeof x === 'string')
  );
}

export async function startEmulator(opts: EmulatorOptions = {}): Promise<RunningEmulator> {
  const apiKey = opts.apiKey ?? 'emulator-key';
  const apiSecret = opts.apiSecret ?? 'emulator-secret';
  const organizationId = opts.organizationId ?? '00000000-0000-4000-8000-000000000000';
  const environmentId = opts.environmentId ?? 'env-emulator';
  const latency = opts.latency ?? 'fast';
  const timeScale = opts.timeScale ?? 1;
  if (!(timeScale > 0)) throw new Error(`timeScale must be a positive number, got ${timeScale}`);
  const faults = validateFaults(opts.faults ?? {});
  const seed = opts.seed ?? 1;
  const now = opts.now ?? Date.now;
  const defaultPool = opts.defaultComputePoolId ?? 'lfcp-emulator';
  const principal = opts.principal ?? 'sa-emulator';
  const retryAfter = opts.retryAfterSeconds ?? (latency === 'fast' ? 0 : 1);
  // docs, Flink statements concept page: "The maximum length of a statement name is 72
  // characters" (the OpenAPI file says 100; the stricter one holds here).
  const maxNameLength = opts.maxNameLength ?? 72;
  const resultPageRows = Math.max(1, Math.floor(opts.resultPageRows ?? 100));
  const dropWindowMs = opts.dropWindowMs ?? (latency === 'fast' ? 100 : Math.round(30_000 / timeScale));
  if (!(dropWindowMs >= 0)) throw new Error(`dropWindowMs must be 0 or more, got ${dropWindowMs}`);
  const pools: ComputePool[] = [{ id: defaultPool, maxCfu: 50, phase: 'PROVISIONED' }];
  for (const p of opts.computePools ?? []) {
    if (!/^lfcp-[a-z0-9]+$/.test(p.id))
      throw new Error(`compute pool id '${p.id}' must look like lfcp-abc123`);
    if (p.maxCfu !== undefined && !(Number.isInteger(p.maxCfu) && p.maxCfu >= 0))
      throw new Error(`max_cfu of compute pool ${p.id} must be a whole number, got ${p.maxCfu}`);
    const pool = { id: p.id, maxCfu: p.maxCfu ?? 50, phase: p.phase ?? 'PROVISIONED' } as const;
    const at = pools.findIndex((x) => x.id === p.id);
    if (at >= 0) pools[at] = pool;
    else pools.push(pool);
  }
  // Separate streams so that injected faults do not shift latencies, and vice versa
  const faultRandom = createRandom(hash32(`faults:${seed}`));
  const state = new EmulatorState(
    createRandom(hash32(`state:${seed}`)),
    { latency, timeScale },
    now,
    { environmentId, catalog: opts.catalog, database: opts.database ?? DEFAULT_DATABASE, dropWindowMs },
    { carryOverTimeoutMs: opts.carryOverTimeoutMs, pools },
  );
  for (const t of opts.tables ?? []) state.addTable(t);
  const expectedAuth = `Basic ${Buffer.from(`${apiKey}:${apiSecret}`).toString('base64')}`;
  const prefix = `/sql/v1/organizations/${organizationId}/environments/${environmentId}`;

  const handle = async (req: IncomingMessage, base: string, url: URL): Promise<Reply> => {
    const method = req.method ?? 'GET';
    const path = url.pathname.replace(/\/+$/, '');
    if (req.headers.authorization !== expectedAuth) {
      const r = failure(401, 'Valid authentication credentials must be provided');
      r.headers = {
        'WWW-Authenticate': 'Basic error="invalid_key", error_description="The API Key is invalid"',
      };
      return r;
    }
    state.advance();

    const pool = /^\/fcpm\/v2\/compute-pools(?:\/([^/]+))?$/.exec(path);
    if (pool) {
      if (method !== 'GET') return methodNotAllowed(['GET']);
      return pool[1] === undefined
        ? computePools(url, base)
        : computePool(decodeURIComponent(pool[1]), url, base);
    }
    const m =
      /^\/sql\/v1\/organizations\/([^/]+)\/environments\/([^/]+)\/statements(?:\/([^/]+)(?:\/(exceptions|results))?)?$/.exec(
        path,
      );
    if (!m) return failure(404, `No route for ${method} ${url.pathname}`);
    const [, org, env, rawName, sub] = m;
    const exceptions = sub === 'exceptions';
    if (decodeURIComponent(org!) !== organizationId) return failure(404, `Organization ${org} not found`);
    if (decodeURIComponent(env!) !== environmentId) return failure(404, `Environment ${env} not found`);
    if (rawName === undefined) {
      if (method === 'GET') return list(url, base);
      if (method === 'POST') return create(await readJson(req), base);
      return methodNotAllowed(['GET', 'POST']);
    }
    const name = decodeURIComponent(rawName);
    if (sub === 'results') {
      if (method !== 'GET') return methodNotAllowed(['GET']);
      return results(find(name), url, base);
    }
    if (exceptions) {
      if (method !== 'GET') return methodNotAllowed(['GET']);
      const s = find(name);
      return {
        status: 200,
        body: {
          api_version: 'sql/v1',
          kind: 'StatementExceptionList',
          metadata: { self: `${base}${prefix}/statements/${encodeURIComponent(name)}/exceptions` },
          data: s.exceptions.slice(0, 10).map((e) => ({
            kind: 'StatementException',
            name: e.name,
            message: e.message,
            timestamp: rfc3339(e.timestamp),
          })),
        },
      };
    }
    switch (method) {
      case 'GET':
        return { status: 200, body: render(find(name), base) };
      case 'PUT':
        return put(find(name), await readJson(req));
      case 'PATCH':
        return patch(find(name), req, base);
      case 'DELETE':
        state.delete(find(name));
        return { status: 202 };
      default:
        return methodNotAllowed(['GET', 'PUT', 'PATCH', 'DELETE']);
    }
  };

  const find = (name: string): EmulatedStatement => {
    const s = state.statements.get(name);
    if (!s) throw new HttpError(failure(404, `Statement resource=${name} does not exist`));
    return s;
  };

  const render = (s: EmulatedStatement, base: string, initial = false): Record<string, unknown> => {
    const traits: Record<string, unknown> = {
      sql_kind: s.sqlKind,
      // confluent-sql `statement.py` (`is_bounded`): "As of Jan 2026, streaming mode CREATE TABLE
      // AS SELECT (CTAS) statements are being reported back wrongly as bounded … (such statements
      // should never reach a terminal state on their own). This is captured as Jira FSE-1021."
      // The trait says so here too; the statement still runs until stopped (isBounded).
      is_bounded: isBounded(s) || s.kind === 'ctas',
      // confluent-sql `connection.py` (`dry_run_statement`): "under the default SNAPSHOT, a
      // bounded result always reports append-only".
      is_append_only: s.result ? s.result.appendOnly : s.category === 'continuous' || s.snapshot,
    };
    if (s.result) {
      // spec `sql.v1.StatementTraits.schema` (`sql.v1.ResultSchema`); results.ts has the shapes
      traits.schema = { columns: s.result.columns.map((c) => ({ name: c.name, type: { ...c.type } })) };
      if (s.result.upsertColumns) traits.upsert_columns = [...s.result.upsertColumns];
    }
    const status: Record<string, unknown> = {
      phase: s.phase,
      detail: s.detail,
      network_kind: 'PUBLIC',
      // confluent-sql `statement.py`: "Traits aren't sent on the initial PENDING response (see
      // #194)" and "The server does NOT send traits for FAILED statements" (`Traits`,
      // `from_response`: "FAILED statements never get traits, and PENDING may or may not have
      // traits"). A dry run's verdict is not an initial PENDING response: it carries them.
      ...(initial || s.phase === 'FAILED' ? {} : { traits }),
      scaling_status: {
        scaling_state: s.poolExhausted ? 'POOL_EXHAUSTED' : 'OK',
        last_updated: rfc3339(s.updatedAt),
      },
    };
    if (s.warnings.length) {
      status.warnings = s.warnings.map((w) => ({
        severity: w.severity,
        created_at: rfc3339(w.createdAt),
        reason: w.reason,
        message: w.message,
      }));
    }
    if (s.latestOffsets) {
      status.latest_offsets = s.latestOffsets;
      status.latest_offsets_timestamp = rfc3339(s.latestOffsetsTimestamp!);
    }
    if (s.endTime !== undefined && ['COMPLETED', 'FAILED', 'STOPPED'].includes(s.phase)) {
      status.end_time = rfc3339(s.endTime);
      if (s.startTime !== undefined) status.duration = isoDuration(s.endTime - s.startTime);
    }
    return {
      api_version: 'sql/v1',
      kind: 'Statement',
      metadata: {
        self: `${base}${prefix}/statements/${encodeURIComponent(s.name)}`,
        created_at: rfc3339(s.createdAt),
        updated_at: rfc3339(s.updatedAt),
        uid: s.uid,
        // confluent-sql's unit-test `conftest.py` (`as_dry_run`): a dry run's reply has
        // metadata.uid and resource_version "" ("the statement is never stored").
        resource_version: s.dryRun ? '' : String(s.resourceVersion),
        labels: { ...s.labels },
      },
      name: s.name,
      organization_id: organizationId,
      environment_id: environmentId,
      spec: {
        statement: s.spec.statement,
        properties: { ...s.spec.properties },
        compute_pool_id: s.spec.compute_pool_id,
        principal: s.spec.principal,
        stopped: s.spec.stopped,
        execution_mode: 'streaming',
      },
      status,
    };
  };

  /**
   * `GET …/statements/{name}/results` (spec `getSqlv1StatementResult`): a page of rows and
   * `metadata.next`, the URL of the next page. `page_token` is the offset of the next row
   * ("the field offset in the CollectSinkFunction protocol … assumed to start at 0"). A
   * finished query's last page has an empty `next`; a running one always has a `next` to poll,
   * with no rows yet (the emulated topics hold no data). confluent-sql `connection.py`
   * (`_get_statement_results`) reads `results.data` and `metadata.next` (empty = no more pages).
   * How the service answers for a statement with no result schema, or one not started yet, is
   * not documented: the emulator refuses with 400 (strict).
   */
  const results = (s: EmulatedStatement, url: URL, base: string): Reply => {
    const token = url.searchParams.get('page_token');
    let offset = 0;
    if (token) {
      const decoded = /^(\d+)$/.exec(Buffer.from(token, 'base64url').toString('utf8'));
      if (!decoded)
        return failure(400, 'Invalid page_token', { code: 'invalid_page_token', parameter: 'page_token' });
      offset = Number(decoded[1]);
    }
    if (!s.result) {
      const why =
        s.phase === 'PENDING' || s.phase === 'FAILED' || s.phase === 'FAILING'
          ? `it is ${s.phase}`
          : 'it returns no rows (it has no result schema)';
      return failure(400, `Statement ${s.name} has no results to read: ${why}.`);
    }
    const rows = s.result.rows;
    const page = rows.slice(offset, offset + resultPageRows);
    const after = offset + page.length;
    const self = `${base}${url.pathname}${url.search}`;
    const running = s.phase === 'RUNNING' || s.phase === 'DEGRADED' || s.phase === 'STOPPING';
    let next = '';
    if (after < rows.length || running) {
      const u = new URL(`${base}${url.pathname}`);
      u.searchParams.set('page_token', Buffer.from(String(after)).toString('base64url'));
      next = u.toString();
    }
    return {
      status: 200,
      body: {
        api_version: 'sql/v1',
        kind: 'StatementResult',
        metadata: { self, next, created_at: rfc3339(s.createdAt) },
        results: { data: page.map((row) => ({ op: 0, row: [...row] })) },
      },
    };
  };

  const create = (body: unknown, base: string): Reply => {
    if (typeof body !== 'object' || body === null || Array.isArray(body)) {
      return failure(400, 'The request body must be a JSON object');
    }
    const b = body as Record<string, unknown>;
    const name = b.name;
    if (typeof name !== 'string' || name === '')
      return failure(400, "Missing required field 'name'", { pointer: '/name' });
    if (name.length > maxNameLength || !NAME_PATTERN.test(name)) {
      return failure(
        400,
        `Invalid statement name '${name}': it must be at most ${maxNameLength} characters of lower-case letters, digits and '-', and start and end with a letter or digit`,
        { code: 'invalid_name', pointer: '/name' },
      );
    }
    if (b.organization_id !== undefined && b.organization_id !== organizationId) {
      return failure(400, 'organization_id does not match the request path', { pointer: '/organization_id' });
    }
    if (b.environment_id !== undefined && b.environment_id !== environmentId) {
      return failure(400, 'environment_id does not match the request path', { pointer: '/environment_id' });
    }
    const spec = (b.spec ?? {}) as Record<string, unknown>;
    if (typeof spec !== 'object' || Array.isArray(spec))
      return failure(400, "'spec' must be an object", { pointer: '/spec' });
    if (typeof spec.statement !== 'string' || spec.statement.trim() === '') {
      return failure(400, "Missing required field 'spec.statement'", { pointer: '/spec/statement' });
    }
    if (spec.statement.length > MAX_STATEMENT_CHARS) {
      return failure(400, `spec.statement is longer than ${MAX_STATEMENT_CHARS} characters`, {
        pointer: '/spec/statement',
      });
    }
    const properties = spec.properties ?? {};
    if (!isStringMap(properties)) {
      return failure(422, 'spec.properties must map strings to strings', { pointer: '/spec/properties' });
    }
    // `client.*` keys belong to the client: confluentinc/cli strips them before sending
    // (`pkg/flink/internal/store/user_properties.go`, GetNonLocalProperties). What the service
    // does with one is not documented, so the emulator refuses it.
    const local = Object.keys(properties).find((k) => k.startsWith('client.'));
    if (local !== undefined) {
      return failure(
        422,
        `spec.properties.${local}: 'client.' properties are client-side settings and cannot be sent to the service`,
        { pointer: `/spec/properties/${local}` },
      );
    }
    const labels = (b.metadata as Record<string, unknown> | undefined)?.labels ?? {};
    if (!isStringMap(labels))
      return failure(422, 'metadata.labels must map strings to strings', { pointer: '/metadata/labels' });
    for (const [field, v] of [
      ['compute_pool_id', spec.compute_pool_id],
      ['principal', spec.principal],
    ] as const) {
      if (v !== undefined && typeof v !== 'string')
        return failure(422, `spec.${field} must be a string`, { pointer: `/spec/${field}` });
    }
    if (spec.stopped !== undefined && typeof spec.stopped !== 'boolean') {
      return failure(422, 'spec.stopped must be a boolean', { pointer: '/spec/stopped' });
    }
    const poolId = (spec.compute_pool_id as string | undefined) || defaultPool;
    if (!state.pools.has(poolId)) {
      return failure(400, `Compute pool ${poolId} does not exist in environment ${environmentId}`, {
        pointer: '/spec/compute_pool_id',
      });
    }
    // Names are unique in the environment, and a create of a taken name is refused with 409
    // `resource_already_exists` (spec, `createSqlv1Statement` responses); the name stays taken
    // until the deletion has finished (dbt-confluent `dbt/adapters/confluent/connections.py`
    // waits for a DELETING statement to go before it creates the name again). A check and the
    // insert below happen in one step: of two creates of one name, exactly one gets 201. Deploy
    // leases rely on it (src/confluent/lease.ts).
    if (state.statements.has(name)) {
      const r = failure(409, `Statement name '${name}' already in use`);
      r.headers = { Location: `${base}${prefix}/statements/${name}` };
      return r;
    }
    // SQL that does not parse is refused by the request itself, nothing stored (model.ts
    // `parseRejection` has the evidence).
    const unparsable = state.parseRejection(spec.statement);
    if (unparsable !== undefined) return failure(400, unparsable, { pointer: '/spec/statement' });
    const input = {
      name,
      statement: spec.statement,
      properties: { ...properties },
      labels: { ...labels },
      computePoolId: poolId,
      principal: (spec.principal as string | undefined) || principal,
      stopped: spec.stopped === true,
      injectedFailure: false,
    };
    if (EmulatorState.isDryRun(properties)) {
      // Answered in full by this response and never stored (model.ts `dryRun` has the
      // evidence): no uid, no resource version, and no Location, since nothing is there to fetch.
      // A name held by a stored statement was answered 409 above: whether a dry run may borrow
      // it is not documented, so the emulator refuses (strict).
      return { status: 201, body: render(state.dryRun(input), base) };
    }
    const fail = faults.fail > 0 && faultRandom.next() < faults.fail;
    if (fail) state.stats.faults.fail++;
    const degrades = !fail && faults.degraded > 0 && faultRandom.next() < faults.degraded;
    if (degrades) state.stats.faults.degraded++;
    const s = state.create({ ...input, injectedFailure: fail, degrades });
    const body201 = render(s, base, true);
    return { status: 201, body: body201, headers: { Location: (body201.metadata as { self: string }).self } };
  };

  const list = (url: URL, base: string): Reply => {
    const q = url.searchParams;
    let pageSize = 10;
    if (q.has('page_size')) {
      const raw = q.get('page_size')!;
      pageSize = Number(raw);
      if (!/^\d+$/.test(raw) || pageSize < 1 || pageSize > 100) {
        return failure(400, `page_size must be an integer between 1 and 100, got '${raw}'`, {
          code: 'invalid_parameter',
          parameter: 'page_size',
        });
      }
    }
    let after = 0;
    const token = q.get('page_token');
    if (token) {
      const decoded = /^seq:(\d+)$/.exec(Buffer.from(token, 'base64url').toString('utf8'));
      if (!decoded)
        return failure(400, 'Invalid page_token', { code: 'invalid_page_token', parameter: 'page_token' });
      after = Number(decoded[1]);
    }
    let selector: ((labels: Record<string, string>) => boolean) | undefined;
    const rawSelector = q.get('label_selector');
    if (rawSelector) {
      try {
        selector = parseLabelSelector(rawSelector);
      } catch (e) {
        return failure(400, (e as Error).message, { code: 'invalid_filter', parameter: 'label_selector' });
      }
    }
    const pool = q.get('spec.compute_pool_id');
    const matching = [...state.statements.values()]
      .filter((s) => (!pool || s.spec.compute_pool_id === pool) && (!selector || selector(s.labels)))
      .sort((a, b) => a.seq - b.seq);
    const rest = matching.filter((s) => s.seq > after);
    const page = rest.slice(0, pageSize);
    const self = `${base}${url.pathname}${url.search}`;
    const metadata: Record<string, string> = { self };
    if (rest.length > page.length) {
      const next = new URL(self);
      next.searchParams.set(
        'page_token',
        Buffer.from(`seq:${page[page.length - 1]!.seq}`).toString('base64url'),
      );
      next.searchParams.set('page_size', String(pageSize));
      metadata.next = next.toString();
    } else {
      metadata.next = '';
    }
    return {
      status: 200,
      body: {
        api_version: 'sql/v1',
        kind: 'StatementList',
        metadata,
        data: page.map((s) => render(s, base)),
      },
    };
  };

  const put = (s: EmulatedStatement, body: unknown): Reply => {
    if (typeof body !== 'object' || body === null || Array.isArray(body)) {
      return failure(400, 'The request body must be a JSON object');
    }
    const b = body as Record<string, unknown>;
    const meta = (b.metadata ?? {}) as Record<string, unknown>;
    const spec = (b.spec ?? {}) as Record<string, unknown>;
    if (b.name !== s.name)
      return failure(400, 'name must match the statement in the path', { pointer: '/name' });
    if (typeof meta.resource_version !== 'string') {
      return failure(400, "Missing required field 'metadata.resource_version'", {
        pointer: '/metadata/resource_version',
      });
    }
    if (typeof spec.stopped !== 'boolean') {
      return failure(400, "Missing required field 'spec.stopped'", { pointer: '/spec/stopped' });
    }
    if (s.phase === 'DELETING')
      return failure(409, `Statement ${s.name} is being deleted`, { code: 'conflict', title: 'Conflict' });
    if (meta.resource_version !== String(s.resourceVersion)) {
      return failure(
        409,
        `The statement ${s.name} has been modified (resource_version ${meta.resource_version} is stale, current is ${s.resourceVersion}); read it again and retry`,
        { code: 'conflict', title: 'Conflict' },
      );
    }
    if (spec.statement !== undefined && spec.statement !== s.spec.statement) {
      return failure(400, 'spec.statement is immutable', { pointer: '/spec/statement' });
    }
    if (spec.properties !== undefined && !sameMap(spec.properties, s.spec.properties)) {
      return failure(400, 'spec.properties are immutable', { pointer: '/spec/properties' });
    }
    // The spec marks `metadata` (labels included) read-only; whether the service ignores or
    // refuses a change is not documented, so a PUT that changes the labels is refused here.
    if (meta.labels !== undefined && !sameMap(meta.labels, s.labels)) {
      return failure(400, 'metadata.labels are read-only', { pointer: '/metadata/labels' });
    }
    const change = identityChange(s, spec, spec.stopped);
    if ('error' in change) return change.error;
    state.update(s, { stopped: spec.stopped, ...change });
    return { status: 202 };
  };

  const patch = async (s: EmulatedStatement, req: IncomingMessage, base: string): Promise<Reply> => {
    const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
    if (type !== 'application/json-patch+json' && type !== 'application/json') {
      return failure(415, `PATCH needs Content-Type application/json-patch+json, got '${type}'`);
    }
    const ops = await readJson(req);
    if (!Array.isArray(ops)) return failure(400, 'A JSON Patch body must be an array of operations');
    if (s.phase === 'DELETING')
      return failure(409, `Statement ${s.name} is being deleted`, { code: 'conflict', title: 'Conflict' });
    const spec: Record<string, unknown> = { ...s.spec };
    for (const [i, raw] of ops.entries()) {
      const op = raw as { op?: unknown; path?: unknown; value?: unknown };
      const kind = typeof op.op === 'string' ? op.op.toLowerCase() : '';
      const field =
        typeof op.path === 'string'
          ? /^\/spec\/(stopped|principal|compute_pool_id)$/.exec(op.path)?.[1]
          : undefined;
      if (!['add', 'replace', 'test'].includes(kind) || !field) {
        return failure(
          422,
          `Unsupported patch operation ${JSON.stringify(raw)}: only add/replace/test of /spec/stopped, /spec/principal and /spec/compute_pool_id are supported`,
          {
            pointer: `/${i}`,
          },
        );
      }
      const expected = field === 'stopped' ? 'boolean' : 'string';
      if (typeof op.value !== expected)
        return failure(422, `${op.path} must be a ${expected}`, { pointer: `/${i}/value` });
      if (kind === 'test') {
        if (spec[field] !== op.value)
          return failure(409, `Test of ${op.path} failed`, { code: 'conflict', title: 'Conflict' });
      } else {
        spec[field] = op.value;
      }
    }
    const stopped = spec.stopped as boolean;
    const change = identityChange(s, spec, stopped);
    if ('error' in change) return change.error;
    if (stopped !== s.spec.stopped || Object.keys(change).length > 0) state.update(s, { stopped, ...change });
    return { status: 200, body: render(s, base) };
  };

  /** principal / compute_pool_id may change only while stopped or together with a resume. */
  const identityChange = (
    s: EmulatedStatement,
    spec: Record<string, unknown>,
    stopped: boolean,
  ): { principal?: string; computePoolId?: string } | { error: Reply } => {
    const out: { principal?: string; computePoolId?: string } = {};
    const stoppedNow = s.spec.stopped && s.phase === 'STOPPED';
    for (const [field, key] of [
      ['principal', 'principal'],
      ['compute_pool_id', 'computePoolId'],
    ] as const) {
      const v = spec[field];
      if (v === undefined || v === s.spec[field]) continue;
      if (typeof v !== 'string' || v === '')
        return {
          error: failure(400, `spec.${field} must be a non-empty string`, { pointer: `/spec/${field}` }),
        };
      if (field === 'compute_pool_id' && !state.pools.has(v)) {
        return {
          error: failure(400, `Compute pool ${v} does not exist in environment ${environmentId}`, {
            pointer: '/spec/compute_pool_id',
          }),
        };
      }
      if (!stoppedNow || stopped) {
        return {
          error: failure(
            400,
            `spec.${field} can only be changed on a stopped statement or when resuming it`,
            {
              pointer: `/spec/${field}`,
            },
          ),
        };
      }
      out[key] = v;
    }
    return out;
  };

  /** `fcpm.v2.ComputePool`: `max_cfu` and `current_cfu`, the CFU its running statements hold. */
  const poolBody = (p: ComputePool, base: string): Record<string, unknown> => ({
    api_version: 'fcpm/v2',
    kind: 'ComputePool',
    id: p.id,
    metadata: {
      self: `${base}/fcpm/v2/compute-pools/${p.id}`,
      resource_name: `crn://confluent.cloud/organization=${organizationId}/environment=${environmentId}/flink-region=emulator/compute-pool=${p.id}`,
    },
    spec: {
      display_name: p.id,
      cloud: 'AWS',
      region: 'us-east-1',
      max_cfu: p.maxCfu,
      default_pool: p.id === defaultPool,
      environment: {
        id: environmentId,
        related: `${base}/org/v2/environments/${environmentId}`,
        resource_name: `crn://confluent.cloud/organization=${organizationId}/environment=${environmentId}`,
      },
    },
    status: { phase: p.phase, current_cfu: state.usedCfu(p.id) },
  });

  const poolEnvironment = (url: URL): Reply | undefined => {
    const env = url.searchParams.get('environment');
    if (!env)
      return failure(400, "Missing required query parameter 'environment'", { parameter: 'environment' });
    if (env !== environmentId) return failure(404, `Environment ${env} not found`);
    return undefined;
  };

  const computePool = (id: string, url: URL, base: string): Reply => {
    const bad = poolEnvironment(url);
    if (bad) return bad;
    const p = state.pools.get(id);
    if (!p) return failure(404, `Compute pool ${id} not found`);
    return { status: 200, body: poolBody(p, base) };
  };

  /** The pools of the environment, one page (the emulator has few). */
  const computePools = (url: URL, base: string): Reply => {
    const bad = poolEnvironment(url);
    if (bad) return bad;
    const region = url.searchParams.get('spec.region');
    const data = [...state.pools.values()]
      .filter(() => !region || region === 'us-east-1')
      .map((p) => poolBody(p, base));
    return {
      status: 200,
      body: {
        api_version: 'fcpm/v2',
        kind: 'ComputePoolList',
        metadata: { first: `${base}${url.pathname}${url.search}` },
        data,
      },
    };
  };

  const server = createServer((req, res) => {
    void serve(req, res);
  });

  const serve = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    state.stats.requests++;
    const requestId = randomUUID();
    const base = `http://${req.headers.host ?? 'localhost'}`;
    const url = new URL(req.url ?? '/', base);
    const method = req.method ?? 'GET';
    // Faults sit in front of everything, like a gateway would
    const roll = faultRandom.next();
    let cumulative = 0;
    let fault: keyof Faults | undefined;
    for (const kind of ['reset', '429', '500', '503'] as const) {
      cumulative += faults[kind];
      if (roll < cumulative) {
        fault = kind;
        break;
      }
    }
    if (fault) state.stats.faults[fault]++;
    if (faults.bump > 0 && faultRandom.next() < faults.bump && state.statements.size > 0) {
      const all = [...state.statements.values()];
      state.bump(all[Math.floor(faultRandom.next() * all.length)]!);
      state.stats.faults.bump++;
    }
    let resetAfter = false;
    if (fault === 'reset') {
      // Half the resets of a mutating call happen after the change was applied: the lost response
      // a client must reconcile (e.g. a create to check by name before retrying)
      resetAfter = MUTATING.has(method) && faultRandom.next() < 0.5;
      if (!resetAfter) {
        req.resume();
        req.socket.destroy();
        return;
      }
    }
    let reply: Reply;
    if (fault === '429') {
      reply = failure(429, 'Too many requests; retry later');
      reply.headers = {
        'Retry-After': String(retryAfter),
        'X-RateLimit-Limit': '50',
        'X-RateLimit-Remaining': '0',
        'X-RateLimit-Reset': String(retryAfter),
      };
    } else if (fault === '500') {
      reply = failure(500, 'Internal error (injected by the emulator)');
    } else if (fault === '503') {
      reply = failure(503, 'Service temporarily unavailable (injected by the emulator)');
    } else {
      try {
        reply = await handle(req, base, url);
      } catch (e) {
        if (e instanceof HttpError) reply = e.reply;
        else reply = failure(500, `Emulator error: ${(e as Error).message}`);
      }
    }
    if (resetAfter) {
      req.socket.destroy();
      return;
    }
    req.resume();
    const headers: Record<string, string> = { 'X-Request-Id': requestId, ...(reply.headers ?? {}) };
    if (reply.body === undefined) {
      res.writeHead(reply.status, headers).end();
      return;
    }
    const text = JSON.stringify(reply.body);
    headers['Content-Type'] = 'application/json';
    headers['Content-Length'] = String(Buffer.byteLength(text));
    res.writeHead(reply.status, headers).end(text);
  };

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, opts.host ?? '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  const shownHost = host === '0.0.0.0' ? '127.0.0.1' : host === '[::]' ? '[::1]' : host;
  return {
    url: `http://${shownHost}:${address.port}`,
    organizationId,
    environmentId,
    catalog: state.catalog.catalogName,
    database: state.catalog.database,
    apiKey,
    state,
    faults,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function methodNotAllowed(allowed: string[]): Reply {
  const r = failure(405, `Method not allowed; use ${allowed.join(', ')}`);
  r.headers = { Allow: allowed.join(', ') };
  return r;
}

function sameMap(a: unknown, b: Record<string, string>): boolean {
  if (!isStringMap(a)) return false;
  const ka = Object.keys(a);
  return ka.length === Object.keys(b).length && ka.every((k) => a[k] === b[k]);
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES)
      throw new HttpError(failure(413, `Request body larger than ${MAX_BODY_BYTES} bytes`));
    chunks.push(chunk as Buffer);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  if (text.trim() === '') throw new HttpError(failure(400, 'The request body is empty'));
  try {
    return JSON.parse(text);
  } catch {
    throw new HttpError(failure(400, 'The request body is not valid JSON'));
  }
}

/** `k=v`, `k==v`, `k!=v`, `k` (present), `!k` (absent), comma-separated, all must hold. */
export function parseLabelSelector(text: string): (labels: Record<string, string>) => boolean {
  const tests = text.split(',').map((part) => {
    const p = part.trim();
    const m = /^([^=!\s]+)\s*(==|=|!=)\s*([^=!,\s]*)$/.exec(p);
    if (m) {
      const [, key, op, value] = m;
      return op === '!='
        ? (l: Record<string, string>) => l[key!] !== value
        : (l: Record<string, string>) => l[key!] === value;
    }
    if (/^![^=!\s]+$/.test(p)) return (l: Record<string, string>) => !(p.slice(1) in l);
    if (/^[^=!\s]+$/.test(p)) return (l: Record<string, string>) => p in l;
    throw new Error(`Invalid label_selector '${text}': expected key=value[,key2=value2]`);
  });
  return (labels) => tests.every((t) => t(labels));
}

const FAULT_KINDS = ['429', '500', '503', 'reset', 'fail', 'bump', 'degraded'] as const;

function validateFaults(f: Faults): Required<Faults> {
  const out = { '429': 0, '500': 0, '503': 0, reset: 0, fail: 0, bump: 0, degraded: 0 };
  for (const [k, v] of Object.entries(f)) {
    if (!(FAULT_KINDS as readonly string[]).includes(k)) throw new Error(`Unknown fault kind '${k}'`);
    if (typeof v !== 'number' || !(v >= 0 && v <= 1))
      throw new Error(`Fault probability for ${k} must be in [0, 1]`);
    out[k as keyof Faults] = v;
  }
  if (out['429'] + out['500'] + out['503'] + out.reset > 1) {
    throw new Error('The probabilities of 429, 500, 503 and reset add up to more than 1');
  }
  return out;
}

/** Parse `429:0.1,500:0.05,reset:0.02` into Faults; throws with a clear message on bad input. */
export function parseFaults(spec: string): Faults {
  const out: Faults = {};
  for (const raw of spec.split(',')) {
    const part = raw.trim();
    if (part === '') continue;
    const m = /^([^:]+):(.+)$/.exec(part);
    if (!m) throw new Error(`Invalid fault '${part}': expected kind:probability, e.g. 429:0.1`);
    const kind = m[1]!.trim();
    if (!(FAULT_KINDS as readonly string[]).includes(kind)) {
      throw new Error(`Unknown fault kind '${kind}' in '${part}': use one of ${FAULT_KINDS.join(', ')}`);
    }
    const p = Number(m[2]!.trim());
    if (!/^\s*(\d+(\.\d*)?|\.\d+)\s*$/.test(m[2]!) || !(p >= 0 && p <= 1)) {
      throw new Error(`Invalid probability '${m[2]}' for fault ${kind}: use a number between 0 and 1`);
    }
    if (kind in out) throw new Error(`Fault kind '${kind}' given twice`);
    out[kind as keyof Faults] = p;
  }
  validateFaults(out);
  return out;
}
