/**
 * Acceptance: every request the built CLI sends, recorded on the wire by a proxy in front of the
 * emulator, during a deploy from nothing and a change deploy (a stateful rebuild with drops, an
 * options change with one option changed and one removed, DDL files with their own SET line, a
 * table name of more than 60 characters). Every statement created carries the configured
 * catalog and database, a name of at most 72 characters, exactly one SQL statement and no
 * `client.*` key; each DDL's SET line reaches its CREATE. Then the proxy redirects the CLI to
 * another origin: that origin never receives the credentials.
 */
import { afterAll, expect, test } from '@jest/globals';
import { spawn } from 'node:child_process';
import { createServer, request, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startEmulator, type RunningEmulator } from '../../src/emulator/server.js';
import { statementCount } from '../../src/plan/sql.js';
import { scenarioRepo, tableFiles } from '../helpers/git-scenarios.js';
import { CLI } from '../helpers/repo.js';
import { specs } from '../emulator/helpers.js';
import { LONG, RAW, SHOP } from './shop.js';

const SECRET = 'Acc-3ptance-SECRET-91x';
const KEY = 'acceptance-key';
const CATALOG = 'dev-env';
const DATABASE = 'cluster-0';

/** A table the change alters in place: one option changed, one removed. */
const CUSTOMERS = tableFiles(
  'pipelines/sources/shop/customers',
  'customers',
  "CREATE TABLE IF NOT EXISTS customers (id STRING, name STRING)\nWITH ('kafka.retention.time' = '7 d', 'kafka.cleanup-policy' = 'delete');\n",
  'INSERT INTO customers\nSELECT id, name FROM raw_customers;\n',
);

interface Exchange {
  method: string;
  path: string;
  authorization: boolean;
  body: unknown;
  status?: number;
}

interface Proxy {
  url: string;
  exchanges: Exchange[];
  /** Answer every request with a 307 to this origin instead of forwarding it */
  redirectTo?: string;
  close(): Promise<void>;
}

const listen = (server: Server) =>
  new Promise<string>((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`),
    ),
  );
const close = (server: Server) =>
  new Promise<void>((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
const bodyOf = async (req: IncomingMessage) => {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
};

/** Records each request and forwards it to the emulator, unless told to redirect. */
async function recordingProxy(target: string): Promise<Proxy> {
  const { port } = new URL(target);
  const proxy: Proxy = { url: '', exchanges: [], close: async () => undefined };
  const server = createServer((req, res) => {
    void (async () => {
      const raw = await bodyOf(req);
      const text = raw.toString('utf8');
      const exchange: Exchange = {
        method: req.method ?? '',
        path: req.url ?? '',
        authorization: !!req.headers.authorization,
        body: text ? (JSON.parse(text) as unknown) : undefined,
      };
      proxy.exchanges.push(exchange);
      if (proxy.redirectTo) {
        exchange.status = 307;
        res.writeHead(307, { location: `${proxy.redirectTo}${req.url}` }).end();
        return;
      }
      const up = request(
        { host: '127.0.0.1', port, method: req.method, path: req.url, headers: req.headers },
        (answer) => {
          exchange.status = answer.statusCode;
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
        },
      );
      up.on('error', () => res.destroy());
      up.end(raw);
    })();
  });
  proxy.url = await listen(server);
  proxy.close = () => close(server);
  return proxy;
}

function cli(cwd: string, args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], {
      cwd,
      env: {
        ...process.env,
        FLINK_API_KEY: KEY,
        FLINK_API_SECRET: SECRET,
        CONFLUENT_CLOUD_API_KEY: KEY,
        CONFLUENT_CLOUD_API_SECRET: SECRET,
        FLINK_PIPELINE_POLL_MS: '20',
        FLINK_PIPELINE_DEBUG: '',
      },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

const cleanups: (() => unknown)[] = [];
afterAll(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

test('every statement the CLI sends: configured catalog and database, <= 72 characters, one SQL statement, no client.* key, its own SET lines; no credentials after a redirect to another origin', async () => {
  specs();
  const em: RunningEmulator = await startEmulator({
    latency: 'fast',
    apiKey: KEY,
    apiSecret: SECRET,
    catalog: CATALOG,
    database: DATABASE,
    tables: RAW,
  });
  cleanups.push(() => em.close());
  const proxy = await recordingProxy(em.url);
  cleanups.push(() => proxy.close());
  const repo = scenarioRepo({ ...SHOP, ...CUSTOMERS });
  cleanups.push(() => repo.cleanup());
  repo.write(
    'flink-pipeline.yaml',
    [
      'environments:',
      '  dev:',
      `    restEndpoint: ${proxy.url}`,
      `    cloudApiEndpoint: ${proxy.url}`,
      `    organizationId: ${em.organizationId}`,
      `    environmentId: ${em.environmentId}`,
      `    catalog: ${CATALOG}`,
      `    database: ${DATABASE}`,
      '    statementPrefix: dev',
      '',
    ].join('\n'),
  );
  repo.commit('config');

  // 1. From nothing
  const first = await cli(repo.dir, ['deploy', '--all']);
  expect([first.code, first.stderr.slice(-1500)]).toEqual([0, expect.any(String)]);
  expect(first.stdout).toMatch(/^deploy succeeded/);

  // 2. A change: orders' schema (a stateful rebuild of it and its readers, with drops), customers'
  // options (one changed, one removed)
  repo.branch('feature');
  repo.edit('pipelines/sources/shop/orders/sql-scripts/ddl.orders.sql', (s) =>
    s.replace('amount INT', 'amount BIGINT'),
  );
  repo.edit('pipelines/sources/shop/customers/sql-scripts/ddl.customers.sql', (s) =>
    s.replace("'7 d', 'kafka.cleanup-policy' = 'delete'", "'30 d'"),
  );
  repo.commit('change');
  const second = await cli(repo.dir, [
    'deploy',
    '--base',
    'main',
    '--head',
    'feature',
    '--allow-destructive',
  ]);
  expect([second.code, second.stderr.slice(-1500)]).toEqual([0, expect.any(String)]);
  expect(second.stdout).toMatch(/^deploy succeeded/);

  // Every request reached the configured origin with credentials; creates are checked one by one
  expect(proxy.exchanges.length).toBeGreaterThan(30);
  expect(proxy.exchanges.filter((x) => !x.authorization)).toEqual([]);
  expect(proxy.exchanges.filter((x) => (x.status ?? 0) >= 400 && x.status !== 404)).toEqual([]);
  const creates = proxy.exchanges
    .filter((x) => x.method === 'POST' && /\/statements$/.test(x.path))
    .map((x) => x.body as { name: string; spec: { statement: string; properties?: Record<string, string> } });
  const sql = creates.map((c) => c.spec.statement);
  expect(sql.some((s) => /^DROP TABLE IF EXISTS `orders`$/.test(s))).toBe(true);
  expect(sql.some((s) => /^DROP MATERIALIZED TABLE IF EXISTS `top_orders`$/.test(s))).toBe(true);
  expect(sql).toEqual(
    expect.arrayContaining([
      "ALTER TABLE `customers` SET ('kafka.retention.time' = '30 d')",
      "ALTER TABLE `customers` RESET ('kafka.cleanup-policy')",
    ]),
  );
  expect(creates.some((c) => c.name.includes('fct-customer-lifetime'))).toBe(true);
  for (const c of creates) {
    const props = c.spec.properties ?? {};
    expect([c.name, props['sql.current-catalog'], props['sql.current-database']]).toEqual([
      c.name,
      CATALOG,
      DATABASE,
    ]);
    expect([c.name, c.name.length <= 72]).toEqual([c.name, true]);
    expect([c.name, statementCount(c.spec.statement)]).toEqual([c.name, 1]);
    expect([c.name, Object.keys(props).filter((k) => k.startsWith('client.'))]).toEqual([c.name, []]);
  }
  // Each DDL's own SET line reaches its CREATE, in both deploys
  const ttlOf = (pattern: RegExp) =>
    creates.filter((c) => pattern.test(c.spec.statement)).map((c) => c.spec.properties?.['sql.state-ttl']);
  expect(ttlOf(/^CREATE TABLE totals AS/)).toEqual(['3 d', '3 d']);
  expect(ttlOf(new RegExp(`^CREATE TABLE IF NOT EXISTS ${LONG}`))).toEqual(['2 d', '2 d']);
  // The compute pool check went to the configured Cloud API endpoint too (no pool named: the
  // environment's default pool, from the list)
  expect(proxy.exchanges.filter((x) => x.path.startsWith('/fcpm/v2/compute-pools?environment=')).length).toBe(
    2,
  );

  // 3. A redirect to another origin: nothing arrives there, the CLI says why
  const elsewhere: IncomingMessage['headers'][] = [];
  const other = createServer((req, res) => {
    elsewhere.push(req.headers);
    res.writeHead(200, { 'content-type': 'application/json' }).end('{"data":[]}');
  });
  const otherUrl = await listen(other);
  cleanups.push(() => close(other));
  proxy.redirectTo = otherUrl.replace('127.0.0.1', 'localhost');
  const redirected = await cli(repo.dir, ['status']);
  expect(redirected.code).toBe(1);
  expect(redirected.stderr).toContain(`redirected to ${proxy.redirectTo}`);
  expect(redirected.stderr).not.toContain(SECRET);
  expect(elsewhere.filter((h) => h.authorization)).toEqual([]);
  expect(elsewhere).toEqual([]);
});
