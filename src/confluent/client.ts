import { isAllowedEndpoint } from '../config/endpoint.js';
import type { EnvironmentConfig } from '../config/schema.js';
import { UserError } from '../util/errors.js';
import {
  FlinkApiError,
  FlinkNetworkError,
  RedirectRefusedError,
  StatementConflictError,
  StatementExistsError,
  StatementWaitError,
} from './errors.js';
import { RateLimiter, type RateLimitOptions } from './rate-limit.js';
import type {
  ApiFailure,
  ComputePool,
  ComputePoolList,
  Statement,
  StatementException,
  StatementExceptionList,
  StatementList,
} from './types.js';

export interface FlinkCredentials {
  /** Flink API key (username of Basic auth) */
  apiKey: string;
  /** Its secret: kept in a private field, redacted from every message */
  apiSecret: string;
}

export interface RetryOptions {
  /** Attempts per request, the first included; default 5 */
  maxAttempts?: number;
  /** Backoff cap of the first retry; doubles per retry; default 250 ms */
  baseDelayMs?: number;
  /** Backoff cap; default 10 s */
  maxDelayMs?: number;
  /** Longest `Retry-After` honoured; default 60 s */
  maxRetryAfterMs?: number;
  /** GET-modify-PUT rounds on 409 (stale resource_version); default 5 */
  conflictAttempts?: number;
}

export interface PollOptions {
  /** First delay between polls of a wait; default 1 s */
  initialDelayMs?: number;
  /** Longest delay between polls; default 10 s */
  maxDelayMs?: number;
  /** Growth of the delay per poll; default 1.5 */
  factor?: number;
}

export type ClientEvent =
  | {
      type: 'retry';
      method: string;
      statement?: string;
      attempt: number;
      delayMs: number;
      reason: string;
    }
  | { type: 'patch-fallback'; statement: string; status: number }
  | { type: 'conflict'; statement: string; attempt: number };

export interface FlinkClientOptions {
  organizationId: string;
  environmentId: string;
  credentials: FlinkCredentials;
  /** Full base URL of the Flink endpoint; wins over cloud + region */
  restEndpoint?: string;
  cloud?: string;
  region?: string;
  retry?: RetryOptions;
  /** Per-request timeout (connect to last body byte); default 30 s */
  requestTimeoutMs?: number;
  /** Client-side token buckets; `false` turns the limiter off */
  rateLimit?: RateLimitOptions | false;
  poll?: PollOptions;
  /** Try PATCH `/spec/stopped` (Early Access) before GET-modify-PUT; default true */
  usePatch?: boolean;
  /** Injected for tests: delays of backoff, polling and the limiter */
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
  /** In [0, 1); the jitter source */
  random?: () => number;
  /** Retries, fallbacks and conflicts, for logs; events never hold credentials */
  onEvent?: (event: ClientEvent) => void;
  fetch?: typeof fetch;
  userAgent?: string;
}

export interface CreateStatementInput {
  name: string;
  statement: string;
  properties?: Record<string, string>;
  computePoolId?: string;
  principal?: string;
  labels?: Record<string, string>;
  stopped?: boolean;
}

export interface ListStatementsOptions {
  /** `k=v[,k2=v2]`, all must match */
  labelSelector?: string;
  /** 1..100; default 100 */
  pageSize?: number;
  computePoolId?: string;
}

export interface WaitOptions {
  timeoutMs: number;
  /** Phases that end the wait with an error; default FAILED and FAILING */
  failOn?: readonly string[];
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

interface HttpResult {
  status: number;
  body: unknown;
  headers: Headers;
  requestId?: string;
}

interface RequestSpec {
  method: Method;
  /** Relative to `…/environments/{env}` (or to the endpoint with `root`), query included */
  path: string;
  /** `path` starts at the endpoint's root (the `fcpm/v2` compute pool API) */
  root?: boolean;
  statement?: string;
  body?: unknown;
  contentType?: string;
  /**
   * For calls that are not idempotent (POST): run after a failure that may have taken effect
   * (network error, 5xx) and before any retry; a result ends the call with it.
   */
  recover?: () => Promise<HttpResult | undefined>;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const MAX_REDIRECTS = 5;

/** `restEndpoint`, or the public regional endpoint `https://flink.<region>.<cloud>.confluent.cloud`. */
export function flinkBaseUrl(opts: { restEndpoint?: string; cloud?: string; region?: string }): string {
  if (opts.restEndpoint) return checkedEndpoint(opts.restEndpoint.replace(/\/+$/, ''));
  if (opts.cloud && opts.region) {
    return `https://flink.${opts.region.toLowerCase()}.${opts.cloud.toLowerCase()}.confluent.cloud`;
  }
  throw new UserError('Confluent environment needs restEndpoint, or cloud and region');
}

/** Credentials travel over https only, except to a loopback address (the emulator). */
export function checkedEndpoint(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new UserError(`endpoint ${url} is not a URL; use https://host`);
  }
  if (isAllowedEndpoint(url)) return url;
  throw new UserError(
    `endpoint ${parsed.origin}: use https:// (credentials are sent over plain http:// only to loopback addresses such as the emulator)`,
  );
}

/** A client for one environment of the config; the credentials come from inputs or env only. */
export function flinkClientFromConfig(
  env: EnvironmentConfig,
  credentials: FlinkCredentials,
  extra: Omit<FlinkClientOptions, 'organizationId' | 'environmentId' | 'credentials'> = {},
): FlinkClient {
  if (!env.organizationId || !env.environmentId) {
    throw new UserError('Confluent environment needs organizationId and environmentId');
  }
  return new FlinkClient({
    restEndpoint: env.restEndpoint,
    cloud: env.cloud,
    region: env.region,
    ...extra,
    organizationId: env.organizationId,
    environmentId: env.environmentId,
    credentials,
  });
}

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Client of the Confluent Cloud Flink statements API (`sql/v1`): the I/O edge of deploys and
 * of live status. Every request goes through one rate limiter and a retry loop; the policy
 * is in docs/deploy.md#safe-with-the-api.
 */
export class FlinkClient {
  readonly baseUrl: string;
  /** Scheme, host and port of `baseUrl`: the only origin that ever receives the credentials */
  readonly origin: string;
  readonly organizationId: string;
  readonly environmentId: string;
  readonly #authorization: string;
  readonly #redact: (text: string) => string;
  private readonly envPath: string;
  private readonly retry: Required<RetryOptions>;
  private readonly poll: Required<PollOptions>;
  private readonly requestTimeoutMs: number;
  private readonly limiter: RateLimiter | undefined;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly now: () => number;
  private readonly random: () => number;
  private readonly onEvent: (event: ClientEvent) => void;
  private readonly fetchImpl: typeof fetch;
  private readonly userAgent: string;
  private patchSupported: boolean;

  constructor(options: FlinkClientOptions) {
    this.baseUrl = flinkBaseUrl(options);
    this.origin = new URL(this.baseUrl).origin;
    this.organizationId = options.organizationId;
    this.environmentId = options.environmentId;
    const { apiKey, apiSecret } = options.credentials;
    const token = Buffer.from(`${apiKey}:${apiSecret}`).toString('base64');
    this.#authorization = `Basic ${token}`;
    const secrets = [apiSecret, token].filter((s) => s.length >= 4);
    this.#redact = (text) => secrets.reduce((t, s) => t.split(s).join('***'), text);
    this.envPath = `/sql/v1/organizations/${encodeURIComponent(options.organizationId)}/environments/${encodeURIComponent(options.environmentId)}`;
    this.retry = {
      maxAttempts: Math.max(1, options.retry?.maxAttempts ?? 5),
      baseDelayMs: options.retry?.baseDelayMs ?? 250,
      maxDelayMs: options.retry?.maxDelayMs ?? 10_000,
      maxRetryAfterMs: options.retry?.maxRetryAfterMs ?? 60_000,
      conflictAttempts: Math.max(1, options.retry?.conflictAttempts ?? 5),
    };
    this.poll = {
      initialDelayMs: options.poll?.initialDelayMs ?? 1000,
      maxDelayMs: options.poll?.maxDelayMs ?? 10_000,
      factor: options.poll?.factor ?? 1.5,
    };
    this.requestTimeoutMs = options.requestTimeoutMs ?? 30_000;
    this.sleep = options.sleep ?? realSleep;
    this.now = options.now ?? Date.now;
    this.random = options.random ?? Math.random;
    this.onEvent = options.onEvent ?? (() => undefined);
    this.fetchImpl = options.fetch ?? fetch;
    this.userAgent = options.userAgent ?? 'flink-pipeline';
    this.patchSupported = options.usePatch ?? true;
    this.limiter =
      options.rateLimit === false
        ? undefined
        : RateLimiter.from(options.rateLimit, { now: this.now, sleep: this.sleep });
  }

  /** The first delay between polls: the cadence a deploy's phase watcher also keeps. */
  get pollIntervalMs(): number {
    return this.poll.initialDelayMs;
  }

  /** POST; 409 → StatementExistsError. A create that may have succeeded is looked up by name before any retry. */
  async createStatement(input: CreateStatementInput): Promise<Statement> {
    const { name } = input;
    const body = {
      name,
      organization_id: this.organizationId,
      environment_id: this.environmentId,
      ...(input.labels && Object.keys(input.labels).length ? { metadata: { labels: input.labels } } : {}),
      spec: dropUndefined({
        statement: input.statement,
        properties: input.properties,
        compute_pool_id: input.computePoolId,
        principal: input.principal,
        stopped: input.stopped ?? false,
      }),
    };
    let ambiguous = false;
    const ours = async (): Promise<Statement | undefined> => {
      const existing = await this.getStatement(name);
      if (!existing) return undefined;
      if (sameSql(existing.spec?.statement, input.statement)) return existing;
      throw this.existsError(name, 'a statement with this name but other SQL exists');
    };
    const res = await this.send({
      method: 'POST',
      path: '/statements',
      statement: name,
      body,
      recover: async () => {
        ambiguous = true;
        const found = await ours();
        return found && { status: 201, body: found, headers: new Headers() };
      },
    });
    if (isOk(res.status)) return isStatement(res.body) ? res.body : ((await this.getStatement(name)) ?? body);
    if (res.status === 409) {
      // After an attempt that may have succeeded, 409 can be our own first POST.
      const found = ambiguous ? await ours() : undefined;
      if (found) return found;
      throw this.existsError(name, apiDetail(res.body) || 'statement already exists', res.requestId);
    }
    throw this.apiError('POST', name, res);
  }

  /** GET; null when the statement does not exist (404). */
  async getStatement(name: string): Promise<Statement | null> {
    const res = await this.send({ method: 'GET', path: statementPath(name), statement: name });
    if (res.status === 404) return null;
    if (!isOk(res.status)) throw this.apiError('GET', name, res);
    return res.body as Statement;
  }

  /** Every statement matching the filters, following `metadata.next` page by page. */
  async *iterateStatements(options: ListStatementsOptions = {}): AsyncGenerator<Statement> {
    const seen = new Set<string>();
    let token: string | undefined;
    for (;;) {
      const query = new URLSearchParams();
      query.set('page_size', String(Math.min(100, Math.max(1, options.pageSize ?? 100))));
      if (options.labelSelector) query.set('label_selector', options.labelSelector);
      if (options.computePoolId) query.set('spec.compute_pool_id', options.computePoolId);
      if (token) query.set('page_token', token);
      const res = await this.send({ method: 'GET', path: `/statements?${query}` });
      if (!isOk(res.status)) throw this.apiError('GET', undefined, res);
      const page = res.body as StatementList;
      yield* page?.data ?? [];
      token = nextPageToken(page?.metadata?.next, this.baseUrl);
      if (!token || seen.has(token)) return;
      seen.add(token);
    }
  }

  async listStatements(options: ListStatementsOptions = {}): Promise<Statement[]> {
    const all: Statement[] = [];
    for await (const s of this.iterateStatements(options)) all.push(s);
    return all;
  }

  /** Sets `spec.stopped`; the phase moves to STOPPED later (see waitForPhase). */
  stopStatement(name: string): Promise<Statement> {
    return this.setStopped(name, true);
  }

  /** Clears `spec.stopped`; the phase moves STOPPED → PENDING → RUNNING later. */
  resumeStatement(name: string): Promise<Statement> {
    return this.setStopped(name, false);
  }

  /** DELETE; true when this call asked for the deletion, false when it was already gone (404). */
  async deleteStatement(name: string): Promise<boolean> {
    const res = await this.send({ method: 'DELETE', path: statementPath(name), statement: name });
    if (res.status === 404) return false;
    if (!isOk(res.status)) throw this.apiError('DELETE', name, res);
    return true;
  }

  /** Polls GET until 404 (deletion is asynchronous and the name stays taken until then). */
  async waitForDeletion(name: string, timeoutMs: number): Promise<void> {
    const deadline = this.now() + timeoutMs;
    let delay = this.poll.initialDelayMs;
    for (;;) {
      const s = await this.getStatement(name);
      if (!s) return;
      const remaining = deadline - this.now();
      if (remaining <= 0) {
        const phase = s.status?.phase;
        throw new StatementWaitError(
          `statement ${name}: still present after ${formatMs(timeoutMs)} (phase ${phase ?? 'unknown'}, scaling status ${scalingStateOf(s) ?? 'unknown'})`,
          name,
          'timeout',
          phase,
          s.status?.detail ? oneLine(this.#redact(s.status.detail)) : undefined,
        );
      }
      await this.sleep(Math.min(delay, remaining));
      delay = Math.min(this.poll.maxDelayMs, delay * this.poll.factor);
    }
  }

  /** The newest exceptions first (at most 10); [] when the statement does not exist. */
  async getExceptions(name: string): Promise<StatementException[]> {
    const res = await this.send({
      method: 'GET',
      path: `${statementPath(name)}/exceptions`,
      statement: name,
    });
    if (res.status === 404) return [];
    if (!isOk(res.status)) throw this.apiError('GET', name, res);
    return (res.body as StatementExceptionList)?.data ?? [];
  }

  /**
   * Polls with growing delays until the phase is one of `targets`. Throws StatementWaitError on
   * a `failOn` phase (with `status.detail` or the newest exception), on 404 and on timeout.
   */
  async waitForPhase(name: string, targets: readonly string[], options: WaitOptions): Promise<Statement> {
    const failOn = options.failOn ?? ['FAILED', 'FAILING'];
    const deadline = this.now() + options.timeoutMs;
    let delay = this.poll.initialDelayMs;
    for (;;) {
      const s = await this.getStatement(name);
      if (!s) {
        throw new StatementWaitError(
          `statement ${name}: not found while waiting for ${targets.join('|')}`,
          name,
          'not-found',
          undefined,
          undefined,
        );
      }
      const phase = s.status?.phase;
      if (phase && targets.includes(phase)) return s;
      if (phase && failOn.includes(phase)) {
        const detail = await this.failureDetail(s);
        throw new StatementWaitError(
          oneLine(`statement ${name}: ${phase}${detail ? `: ${detail}` : ''}`),
          name,
          'failed',
          phase,
          detail,
        );
      }
      const remaining = deadline - this.now();
      if (remaining <= 0) {
        const detail = s.status?.detail ? oneLine(this.#redact(s.status.detail)) : undefined;
        throw new StatementWaitError(
          oneLine(
            `statement ${name}: not ${targets.join('|')} after ${formatMs(options.timeoutMs)} (phase ${phase ?? 'unknown'}, scaling status ${scalingStateOf(s) ?? 'unknown'}${detail ? `: ${detail}` : ''})`,
          ),
          name,
          'timeout',
          phase,
          detail,
        );
      }
      await this.sleep(Math.min(delay, remaining));
      delay = Math.min(this.poll.maxDelayMs, delay * this.poll.factor);
    }
  }

  /**
   * `GET /fcpm/v2/compute-pools/{id}?environment=` (fcpm/v2, on the Confluent Cloud API
   * endpoint with a Cloud API key); null when the pool does not exist.
   */
  async getComputePool(id: string): Promise<ComputePool | null> {
    const query = new URLSearchParams({ environment: this.environmentId });
    const res = await this.send({
      method: 'GET',
      path: `/fcpm/v2/compute-pools/${encodeURIComponent(id)}?${query}`,
      root: true,
    });
    if (res.status === 404) return null;
    if (!isOk(res.status)) throw this.apiError('GET', undefined, res, `compute pool ${id}`);
    return res.body as ComputePool;
  }

  /** The environment's compute pools (`GET /fcpm/v2/compute-pools?environment=`), every page. */
  async listComputePools(): Promise<ComputePool[]> {
    const pools: ComputePool[] = [];
    const seen = new Set<string>();
    let token: string | undefined;
    for (;;) {
      const query = new URLSearchParams({ environment: this.environmentId, page_size: '100' });
      if (token) query.set('page_token', token);
      const res = await this.send({ method: 'GET', path: `/fcpm/v2/compute-pools?${query}`, root: true });
      if (!isOk(res.status)) throw this.apiError('GET', undefined, res, 'compute pools');
      const page = res.body as ComputePoolList;
      pools.push(...(page?.data ?? []));
      token = nextPageToken(page?.metadata?.next, this.baseUrl);
      if (!token || seen.has(token)) return pools;
      seen.add(token);
    }
  }

  /** `status.detail`, else the newest exception's message (the CLI's order). */
  async failureDetail(s: Statement): Promise<string | undefined> {
    if (s.status?.detail) return this.#redact(s.status.detail);
    try {
      const message = (await this.getExceptions(s.name))[0]?.message;
      return message ? this.#redact(message) : undefined;
    } catch {
      return undefined;
    }
  }

  private async setStopped(name: string, stopped: boolean): Promise<Statement> {
    let patchStatus: number | undefined;
    if (this.patchSupported) {
      const res = await this.send({
        method: 'PATCH',
        path: statementPath(name),
        statement: name,
        body: [{ op: 'replace', path: '/spec/stopped', value: stopped }],
        contentType: 'application/json-patch+json',
      });
      if (isOk(res.status)) {
        return isStatement(res.body) ? res.body : ((await this.getStatement(name)) ?? notFound());
      }
      // PATCH is Early Access: any 4xx but 401 may mean "not here"; PUT gives the real answer.
      if (res.status === 401 || res.status < 400 || (res.status >= 500 && res.status !== 501)) {
        throw this.apiError('PATCH', name, res);
      }
      if (res.status === 405 || res.status === 415 || res.status === 501) this.patchSupported = false;
      patchStatus = res.status;
      this.onEvent({ type: 'patch-fallback', statement: name, status: res.status });
    }
    for (let attempt = 1; ; attempt++) {
      const current = await this.getStatement(name);
      if (!current) return notFound();
      // PATCH said 404 on a statement that exists: the route is missing, not the statement.
      if (patchStatus === 404) this.patchSupported = false;
      if (current.spec?.stopped === stopped) return current;
      const body: Statement = { ...current, spec: { ...current.spec, stopped } };
      const res = await this.send({ method: 'PUT', path: statementPath(name), statement: name, body });
      if (isOk(res.status)) return body;
      if (res.status !== 409) throw this.apiError('PUT', name, res);
      if (attempt >= this.retry.conflictAttempts) {
        const detail = apiDetail(res.body) || 'resource_version kept changing';
        throw new StatementConflictError(
          this.message('PUT', name, 409, `${detail} (gave up after ${attempt} GET-modify-PUT rounds)`),
          'PUT',
          name,
          409,
          detail,
          res.requestId,
        );
      }
      this.onEvent({ type: 'conflict', statement: name, attempt });
      await this.sleep(this.backoff(attempt));
    }

    function notFound(): never {
      throw new FlinkApiError(
        `${stopped ? 'stop' : 'resume'} statement ${name}: HTTP 404: statement does not exist`,
        'GET',
        name,
        404,
        'statement does not exist',
      );
    }
  }

  /** One logical call: limiter, attempts, backoff; returns the final HTTP answer or throws on network failure. */
  private async send(spec: RequestSpec): Promise<HttpResult> {
    const idempotent = spec.method !== 'POST';
    for (let attempt = 1; ; attempt++) {
      await this.limiter?.acquire();
      let res: HttpResult | undefined;
      let failure: string;
      try {
        res = await this.fetchOnce(spec);
      } catch (e) {
        if (e instanceof RedirectRefusedError) throw e;
        res = undefined;
        failure = this.#redact(describeNetworkError(e, this.requestTimeoutMs));
      }
      let delay: number;
      if (res && res.status === 429) {
        failure = 'HTTP 429';
        delay = retryAfterMs(res.headers.get('retry-after'), this.now()) ?? this.backoff(attempt);
        delay = Math.min(delay, this.retry.maxRetryAfterMs);
      } else if (!res || (res.status >= 500 && res.status !== 501)) {
        if (res) failure = `HTTP ${res.status}`;
        if (!idempotent) {
          if (!spec.recover) return res ?? this.networkError(spec, failure!, attempt);
          const recovered = await spec.recover();
          if (recovered) return recovered;
        }
        delay = this.backoff(attempt);
      } else {
        return res;
      }
      if (attempt >= this.retry.maxAttempts) return res ?? this.networkError(spec, failure!, attempt);
      this.onEvent({
        type: 'retry',
        method: spec.method,
        statement: spec.statement,
        attempt,
        delayMs: delay,
        reason: failure!,
      });
      await this.sleep(delay);
    }
  }

  private async fetchOnce(spec: RequestSpec): Promise<HttpResult> {
    const headers: Record<string, string> = {
      authorization: this.#authorization,
      accept: 'application/json',
      'user-agent': this.userAgent,
    };
    let body: string | undefined;
    if (spec.body !== undefined) {
      body = JSON.stringify(spec.body);
      headers['content-type'] = spec.contentType ?? 'application/json';
    }
    const signal = AbortSignal.timeout(this.requestTimeoutMs);
    let url = `${this.baseUrl}${spec.root ? '' : this.envPath}${spec.path}`;
    for (let hop = 0; ; hop++) {
      // Redirects by hand, so that the credentials reach only the configured origin. The
      // Confluent CLI re-sends Authorization to any host a redirect names
      // (confluentinc/cli `pkg/ccloudv2/flink_gateway.go`, checkRedirect); this client does not:
      // a redirect to another origin (another host, port or scheme) is refused, not followed.
      const res = await this.fetchImpl(url, {
        method: spec.method,
        headers,
        body,
        redirect: 'manual',
        signal,
      });
      const location = res.headers.get('location');
      if (REDIRECTS.has(res.status) && location && hop < MAX_REDIRECTS) {
        const next = new URL(location, url);
        await res.body?.cancel();
        if (next.origin !== this.origin) {
          const target = spec.statement ? `statement ${spec.statement}` : 'statements';
          throw new RedirectRefusedError(
            `${spec.method} ${target}: HTTP ${res.status}: redirected to ${next.origin}, but credentials go only to the configured endpoint ${this.origin}; if ${next.origin} is the right endpoint, set restEndpoint to it`,
            spec.method,
            spec.statement,
            res.status,
            `redirected to ${next.origin}`,
          );
        }
        // 303 turns the request into a GET without a body (RFC 9110 §15.4.4).
        if (res.status === 303) {
          spec = { ...spec, method: 'GET' };
          body = undefined;
          delete headers['content-type'];
        }
        url = next.href;
        continue;
      }
      const text = await res.text();
      let parsed: unknown = undefined;
      if (text) {
        try {
          parsed = JSON.parse(text);
        } catch {
          parsed = text;
        }
      }
      return {
        status: res.status,
        body: parsed,
        headers: res.headers,
        requestId: res.headers.get('x-request-id') ?? undefined,
      };
    }
  }

  /** Full jitter: uniform in [0, min(max, base·2^(attempt-1))). */
  private backoff(attempt: number): number {
    const cap = Math.min(this.retry.maxDelayMs, this.retry.baseDelayMs * 2 ** (attempt - 1));
    return Math.floor(this.random() * cap);
  }

  private message(
    method: string,
    statement: string | undefined,
    status: number,
    detail: string,
    what?: string,
  ): string {
    const target = what ?? (statement ? `statement ${statement}` : 'statements');
    return oneLine(this.#redact(`${method} ${target}: HTTP ${status}${detail ? `: ${detail}` : ''}`));
  }

  private apiError(
    method: string,
    statement: string | undefined,
    res: HttpResult,
    what?: string,
  ): FlinkApiError {
    const detail = oneLine(this.#redact(apiDetail(res.body)));
    const suffix = res.requestId ? ` (request ${res.requestId})` : '';
    return new FlinkApiError(
      this.message(method, statement, res.status, detail, what) + suffix,
      method,
      statement,
      res.status,
      detail,
      res.requestId,
    );
  }

  private existsError(name: string, detail: string, requestId?: string): StatementExistsError {
    const clean = oneLine(this.#redact(detail));
    return new StatementExistsError(
      this.message('POST', name, 409, clean),
      'POST',
      name,
      409,
      clean,
      requestId,
    );
  }

  private networkError(spec: RequestSpec, failure: string, attempts: number): never {
    const target = spec.statement ? `statement ${spec.statement}` : 'statements';
    const detail = oneLine(failure);
    throw new FlinkNetworkError(
      oneLine(`${spec.method} ${target}: ${detail} (after ${attempts} attempt${attempts === 1 ? '' : 's'})`),
      spec.method,
      spec.statement,
      0,
      detail,
    );
  }
}

/** `status.scaling_status.scaling_state` (OK, POOL_EXHAUSTED, …), when the service reports one. */
export function scalingStateOf(s: Statement | null | undefined): string | undefined {
  const state = s?.status?.scaling_status?.scaling_state;
  return typeof state === 'string' ? state : undefined;
}

function statementPath(name: string): string {
  return `/statements/${encodeURIComponent(name)}`;
}

const isOk = (status: number) => status >= 200 && status < 300;

function isStatement(body: unknown): body is Statement {
  return typeof body === 'object' && body !== null && typeof (body as Statement).name === 'string';
}

function sameSql(a: string | undefined, b: string): boolean {
  return (a ?? '').trim() === b.trim();
}

function dropUndefined<T extends Record<string, unknown>>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

function formatMs(ms: number): string {
  return ms >= 1000 ? `${Math.round(ms / 100) / 10} s` : `${ms} ms`;
}

/** `errors[].detail` joined (title or code when detail is missing); a text body, cut. */
export function apiDetail(body: unknown): string {
  if (typeof body === 'string') return oneLine(body).slice(0, 300);
  const errors = (body as ApiFailure | undefined)?.errors;
  if (!Array.isArray(errors)) return '';
  return errors
    .map((e) => e?.detail || e?.title || e?.code || '')
    .filter(Boolean)
    .join('; ');
}

/** `Retry-After` as delta-seconds or an HTTP date; undefined when absent or unreadable. */
export function retryAfterMs(header: string | null, now: number): number | undefined {
  if (!header) return undefined;
  const value = header.trim();
  if (/^\d+(\.\d+)?$/.test(value)) return Math.round(Number(value) * 1000);
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/** `page_token` from `metadata.next` (a full URL); undefined when there is no next page. */
export function nextPageToken(next: string | undefined, base: string): string | undefined {
  if (!next) return undefined;
  try {
    return new URL(next, base).searchParams.get('page_token') || undefined;
  } catch {
    return undefined;
  }
}

function describeNetworkError(e: unknown, timeoutMs: number): string {
  const err = e as {
    name?: string;
    message?: string;
    code?: string;
    cause?: { code?: string; message?: string };
  };
  if (err?.name === 'TimeoutError' || err?.name === 'AbortError')
    return `timed out after ${formatMs(timeoutMs)}`;
  const cause = err?.cause;
  const parts = [err?.message, cause?.code ?? err?.code, cause?.message].filter(
    (p, i, all): p is string => !!p && all.indexOf(p) === i,
  );
  return `network error: ${parts.join(': ') || 'unknown'}`;
}
