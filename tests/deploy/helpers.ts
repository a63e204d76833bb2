/**
 * Shared set-up of the deploy tests: an in-process emulator seeded with the fixture's external
 * tables, the real FlinkClient over loopback (no rate limiter, fast polls) whose every request
 * and response is recorded and checked against the OpenAPI contract, and planning through the
 * same engine the CLI uses.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FlinkClient, type FlinkClientOptions } from '../../src/confluent/client.js';
import { confluentStatus } from '../../src/confluent/status.js';
import { loadConfig } from '../../src/config/load.js';
import { executePlan, type ExecuteOptions } from '../../src/deploy/executor.js';
import type { DeployReport } from '../../src/deploy/types.js';
import { startEmulator, type EmulatorOptions, type RunningEmulator } from '../../src/emulator/server.js';
import { computePlan, type PlanTarget } from '../../src/engine/plan.js';
import type { Plan } from '../../src/plan/types.js';
import { checkContract, specs } from '../emulator/helpers.js';

/** A secret no code path has a reason to print: any sighting of it is a leak. */
export const SECRET = 'Zq9-deploy-SECRET-7f3c1a';
export const API_KEY = 'deploy-test-key';
export const PREFIX = 'dev';
/** The emulator's catalog (display name) and database, as the fixture's qualified names write them */
export const CATALOG = 'dev-env';
export const DATABASE = 'cluster-0';
/** Tables the fixture reads but does not define (raw topics): present in the catalog. */
export const EXTERNALS = ['raw_clicks', 'src_common_tenant', 'src_table', 'src_tag', 'tenant_dimension'];

export interface Recorded {
  at: number;
  method: string;
  /** Path without the organization/environment prefix, e.g. `/statements/x` */
  path: string;
  status: number;
  /** Statement name from the path, when there is one */
  name?: string;
}

export interface Harness {
  em: RunningEmulator;
  client: FlinkClient;
  /** Every HTTP exchange of `client`, network errors excluded */
  calls: Recorded[];
  /** Contract violations seen so far (requests and responses) */
  violations: string[];
  mutating: () => Recorded[];
  /**
   * A second client on the same emulator that simulates a crash of the deploy process: once
   * `n` changing calls have reached the server, their answers and every later call of this
   * client hang forever, like a killed process's.
   */
  dyingClient: (n: number) => { client: FlinkClient; died: Promise<void> };
  close: () => Promise<void>;
}

type Schema = Record<string, unknown>;

/**
 * Where the spec and the live service part ways on requests, so a faithful client departs from
 * the spec (tests/fixtures/confluent/confluent-sql-v1.openapi.yaml): `StatementObjectMeta` requires `self`, a URL
 * the server assigns, so a create carrying labels cannot send it; JSON Patch `op` is upper-case
 * in the spec while the service and confluent-sql use RFC 6902's lower case.
 */
const KNOWN_REQUEST_DEFECTS = [/^\$\.metadata: missing required property 'self'$/];
const upperOps = (body: unknown) =>
  Array.isArray(body)
    ? body.map((op: { op?: unknown }) =>
        typeof op.op === 'string' ? { ...op, op: op.op.toUpperCase() } : op,
      )
    : body;

/** The request body schema of an operation, by the spec's path templates. */
function requestSchema(method: string, path: string, contentType: string): Schema | undefined {
  const { sql } = specs();
  const paths = sql.spec.paths as Record<string, Record<string, Schema>>;
  for (const [template, ops] of Object.entries(paths)) {
    if (!new RegExp(`^${template.replace(/\{[^}]+\}/g, '[^/]+')}$`).test(path)) continue;
    const body = ops[method.toLowerCase()]?.requestBody as
      { content: Record<string, { schema: Schema }> } | undefined;
    return body?.content[contentType]?.schema;
  }
  return undefined;
}

export async function harness(
  opts: EmulatorOptions = {},
  clientOpts: Partial<FlinkClientOptions> = {},
): Promise<Harness> {
  // The contract is loaded before a server starts: a missing spec fails here, leaving no open handle.
  specs();
  const em = await startEmulator({
    latency: 'fast',
    apiKey: API_KEY,
    apiSecret: SECRET,
    tables: EXTERNALS,
    // The fixture names some tables `dev-env`.`cluster-0`.<table>: the catalog and database exist.
    catalog: CATALOG,
    database: DATABASE,
    ...opts,
  });
  const calls: Recorded[] = [];
  const violations: string[] = [];
  const hang = () => new Promise<never>(() => {});
  interface Life {
    left: number;
    dead: boolean;
    die?: () => void;
  }
  const recording =
    (life: Life): typeof fetch =>
    async (input, init) => {
      if (life.dead) return hang();
      const url = new URL(String(input));
      const method = init?.method ?? 'GET';
      const contentType = (init?.headers as Record<string, string> | undefined)?.['content-type'];
      if (init?.body !== undefined) {
        const schema = requestSchema(method, url.pathname, contentType ?? '');
        if (!schema) violations.push(`${method} ${url.pathname}: no request schema for ${contentType}`);
        else {
          const errors = specs()
            .sql.validate(schema, upperOps(JSON.parse(String(init.body))))
            .filter((e) => !KNOWN_REQUEST_DEFECTS.some((d) => d.test(e)));
          if (errors.length) violations.push(`request ${method} ${url.pathname}: ${errors.join('; ')}`);
        }
      }
      const res = await fetch(input, init);
      const text = await res.text();
      if (method !== 'GET' && --life.left <= 0 && !life.dead) {
        life.dead = true;
        life.die?.();
      }
      if (life.dead) return hang();
      const body = text === '' ? undefined : (JSON.parse(text) as unknown);
      try {
        checkContract(method, url.pathname + url.search, res.status, body, res.headers);
      } catch (e) {
        violations.push((e as Error).message);
      }
      const rel = url.pathname.replace(/^\/sql\/v1\/organizations\/[^/]+\/environments\/[^/]+/, '');
      const name = /^\/statements\/([^/]+)/.exec(rel)?.[1];
      calls.push({
        at: Date.now(),
        method,
        path: rel,
        status: res.status,
        ...(name ? { name: decodeURIComponent(name) } : {}),
      });
      return new Response(text === '' ? null : text, { status: res.status, headers: res.headers });
    };
  const makeClient = (life: Life) =>
    new FlinkClient({
      restEndpoint: em.url,
      organizationId: em.organizationId,
      environmentId: em.environmentId,
      credentials: { apiKey: API_KEY, apiSecret: SECRET },
      rateLimit: false,
      poll: { initialDelayMs: 10, maxDelayMs: 40 },
      retry: { baseDelayMs: 5, maxDelayMs: 40, maxAttempts: 8, conflictAttempts: 8 },
      fetch: recording(life),
      ...clientOpts,
    });
  const client = makeClient({ left: Infinity, dead: false });
  return {
    em,
    client,
    calls,
    violations,
    mutating: () => calls.filter((c) => c.method !== 'GET'),
    dyingClient: (n) => {
      const life: Life = { left: n, dead: false };
      const died = new Promise<void>((resolve) => (life.die = resolve));
      return { client: makeClient(life), died };
    },
    close: () => em.close(),
  };
}

/** flink-pipeline.yaml pointing at the emulator. */
export function configText(em: RunningEmulator, extra = ''): string {
  return (
    `environments:\n  dev:\n    restEndpoint: ${em.url}\n` +
    `    organizationId: ${em.organizationId}\n    environmentId: ${em.environmentId}\n` +
    `    database: ${em.database}\n    statementPrefix: ${PREFIX}\n${extra}`
  );
}

export function writeConfig(dir: string, em: RunningEmulator, extra = ''): void {
  writeFileSync(join(dir, 'flink-pipeline.yaml'), configText(em, extra));
}

/** Plans the way `deploy` does: the project in `dir`, live status from the emulator. */
export async function planLive(dir: string, h: Harness, target: PlanTarget): Promise<Plan> {
  const configPath = join(dir, 'flink-pipeline.yaml');
  const { plan } = await computePlan({
    pipelines: join(dir, 'pipelines'),
    config: loadConfig(configPath),
    configPath,
    environment: 'dev',
    target,
    status: confluentStatus(h.client, PREFIX),
    command: 'deploy',
  });
  return plan;
}

export async function deploy(
  dir: string,
  h: Harness,
  target: PlanTarget,
  options: ExecuteOptions = {},
): Promise<{ plan: Plan; report: DeployReport }> {
  const plan = await planLive(dir, h, target);
  const report = await executePlan(plan, h.client, {
    statementPrefix: PREFIX,
    environment: 'dev',
    ...options,
  });
  return { plan, report };
}

/** The deploy lease's statements (src/confluent/lease.ts) are not part of the pipeline. */
export const isLease = (s: { labels: Record<string, string> }) =>
  s.labels['user.confluent.io/flink-pipeline-lease'] !== undefined;

/** Statement name → phase of the pipeline's statements (the lease's left out), sorted by name. */
export function phases(em: RunningEmulator): Record<string, string> {
  em.state.advance();
  return Object.fromEntries(
    [...em.state.statements.values()]
      .filter((s) => !isLease(s))
      .map((s) => [s.name, s.phase] as const)
      .sort(([a], [b]) => (a < b ? -1 : 1)),
  );
}

export function tables(em: RunningEmulator): string[] {
  return em.state.catalog.names();
}

/**
 * Names created more than once in history entries from `from` on, other than the CREATE the
 * deploy submits again after the service refused it right after a DROP ("… try again later").
 */
export function duplicateCreates(em: RunningEmulator, from = 0): string[] {
  const seen = new Map<string, number>();
  const entries = em.state.history.slice(from).filter((c) => !/-flink-pipeline-lease-\d+$/.test(c.name));
  for (const c of entries) seen.set(c.name, (seen.get(c.name) ?? 0) + 1);
  const since = entries[0]?.at ?? Infinity;
  for (const t of em.state.transitions) {
    if (t.at >= since && t.phase === 'FAILED' && /Kafka topic does not exist/.test(t.detail))
      seen.set(t.name, (seen.get(t.name) ?? 0) - 1);
  }
  return [...seen].filter(([, n]) => n > 1).map(([name]) => name);
}

/** The statement of `table` of kind `kind` (by the tool's labels) that is not being deleted. */
export function statementsOf(em: RunningEmulator, table: string, kind: 'ddl' | 'dml' | 'alter' | 'drop') {
  em.state.advance();
  return [...em.state.statements.values()].filter(
    (s) =>
      s.labels['user.confluent.io/flink-pipeline-table'] === table &&
      s.labels['user.confluent.io/flink-pipeline-kind'] === kind &&
      s.phase !== 'DELETING',
  );
}
