/**
 * Errors users cause are not bugs: the built CLI's deploy against a wrong secret, a key without
 * permission, an endpoint that refuses connections, a host that does not exist, a quota that is
 * used up, and an `--out` path that cannot be written. Each ends with one line naming the
 * problem (a heading of docs/troubleshooting.md) and exit 1, or 2 for a bad option; never
 * "internal error" (70). `--out` is checked before anything is sent. SQL the service cannot
 * parse fails its step with the service's message, exit 1 as any failed deploy.
 */
import { afterAll, describe, expect, test } from '@jest/globals';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { startEmulator, type RunningEmulator } from '../../src/emulator/server.js';
import { ENV, ORG, startFakeServer, type FakeServer } from '../confluent/fake-server.js';
import { scenarioRepo, tableFiles, type ScenarioRepo } from '../helpers/git-scenarios.js';
import { cli, KEY, SECRET } from './cli-harness.js';

const FILES = tableFiles(
  'pipelines/sources/shop/orders',
  'orders',
  'CREATE TABLE orders (id STRING, amount INT);\n',
  'INSERT INTO orders\nSELECT id, amount FROM raw_orders;\n',
);

const cleanups: (() => unknown)[] = [];
afterAll(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

function repoAt(endpoint: string, org = ORG, env = ENV): ScenarioRepo {
  const repo = scenarioRepo(FILES);
  cleanups.push(() => repo.cleanup());
  repo.write(
    'flink-pipeline.yaml',
    `environments:\n  dev:\n    restEndpoint: ${endpoint}\n    organizationId: ${org}\n    environmentId: ${env}\n    database: db\n    statementPrefix: dev\n`,
  );
  repo.commit('config');
  return repo;
}

/** A server answering every request with one status and a Failure body. */
async function answering(
  status: number,
  detail: string,
  headers: Record<string, string> = {},
): Promise<FakeServer> {
  const server = await startFakeServer();
  cleanups.push(() => server.close());
  server.handle(() => ({
    status,
    headers,
    body: { errors: [{ status: String(status), code: 'x', title: 'x', detail }] },
  }));
  return server;
}

const oneLine = (stderr: string) => stderr.trim().split('\n').at(-1)!;

describe('deploy: errors users cause', () => {
  let em: RunningEmulator;
  afterAll(() => em?.close());

  test('a wrong secret: HTTP 401, exit 1', async () => {
    em = await startEmulator({ apiKey: KEY, apiSecret: 'the-real-secret', tables: ['raw_orders'] });
    const repo = repoAt(em.url, em.organizationId, em.environmentId);
    const run = await cli(repo.dir, ['deploy', '--all']);
    expect([run.code, oneLine(run.stderr)]).toEqual([
      1,
      expect.stringMatching(
        /^flink-pipeline: GET statements: HTTP 401: Valid authentication credentials must be provided \(request [\w-]+\)$/,
      ),
    ]);
    expect(run.stderr).not.toMatch(/internal error/);
    expect(`${run.stdout}${run.stderr}`).not.toContain(SECRET);
  });

  test('a key without permission (403) and a used-up quota (429 after every retry): exit 1', async () => {
    const denied = await answering(403, 'The principal lacks the FlinkDeveloper role');
    const run = await cli(repoAt(denied.url).dir, ['deploy', '--all']);
    expect([run.code, oneLine(run.stderr)]).toEqual([
      1,
      expect.stringMatching(
        /^flink-pipeline: GET statements: HTTP 403: The principal lacks the FlinkDeveloper role \(request [\w-]+\)$/,
      ),
    ]);
    const quota = await answering(429, 'Quota exceeded for requests per minute', { 'Retry-After': '0' });
    const limited = await cli(repoAt(quota.url).dir, ['deploy', '--all']);
    expect([limited.code, oneLine(limited.stderr)]).toEqual([
      1,
      expect.stringMatching(
        /^flink-pipeline: GET statements: HTTP 429: Quota exceeded for requests per minute \(request [\w-]+\)$/,
      ),
    ]);
    expect(quota.requests.length).toBe(5); // the client's retries, then the message
  });

  test('an endpoint that refuses connections, and a host that does not exist: exit 1, network error', async () => {
    const closed = await startFakeServer();
    const url = closed.url;
    await closed.close();
    const refused = await cli(repoAt(url).dir, ['deploy', '--all']);
    expect([refused.code, oneLine(refused.stderr)]).toEqual([
      1,
      expect.stringMatching(
        /^flink-pipeline: GET statements: network error: .*ECONNREFUSED.* \(after 5 attempts\)$/,
      ),
    ]);
    const nowhere = await cli(repoAt('https://flink.nowhere.invalid').dir, ['deploy', '--all']);
    expect([nowhere.code, oneLine(nowhere.stderr)]).toEqual([
      1,
      expect.stringMatching(
        /^flink-pipeline: GET statements: network error: .*(ENOTFOUND|EAI_AGAIN).* \(after 5 attempts\)$/,
      ),
    ]);
  });

  test('SQL Confluent Cloud cannot parse: the create is refused (400), the step fails naming its table, exit 1, not retried', async () => {
    const parser = await startEmulator({ apiKey: KEY, apiSecret: SECRET, tables: ['raw_orders'] });
    cleanups.push(() => parser.close());
    const repo = scenarioRepo(
      tableFiles(
        'pipelines/sources/shop/orders',
        'orders',
        'CREATE TABLE orders (id STRING, amount INT;\n',
        'INSERT INTO orders\nSELECT id, amount FROM raw_orders;\n',
      ),
    );
    cleanups.push(() => repo.cleanup());
    repo.write(
      'flink-pipeline.yaml',
      `environments:\n  dev:\n    restEndpoint: ${parser.url}\n    organizationId: ${parser.organizationId}\n    environmentId: ${parser.environmentId}\n    database: ${parser.database}\n    statementPrefix: dev\n`,
    );
    repo.commit('config');
    const run = await cli(repo.dir, ['deploy', '--all', '--format', 'json']);
    expect(run.code).toBe(1);
    expect(run.stderr).not.toMatch(/internal error/);
    const report = JSON.parse(run.stdout) as {
      status: string;
      steps: { table: string; outcome: string; detail?: string }[];
    };
    expect(report.status).toBe('failed');
    const ddl = report.steps.find((s) => s.outcome === 'failed')!;
    expect(ddl).toMatchObject({
      table: 'orders',
      detail: expect.stringMatching(/HTTP 400: SQL parse failed\./),
    });
    expect(report.steps.filter((s) => s.outcome === 'blocked').map((s) => s.table)).toEqual(['orders']);
    expect(parser.state.stats.parseRejections).toBe(1);
  });

  test('--out in a folder that does not exist, or a folder: exit 2 before anything is sent', async () => {
    const server = await answering(500, 'never asked');
    const repo = repoAt(server.url);
    const missing = await cli(repo.dir, ['deploy', '--all', '--out', 'no/such/folder/report.json']);
    expect([missing.code, oneLine(missing.stderr)]).toEqual([
      2,
      'flink-pipeline: deploy: --out no/such/folder/report.json: the folder no/such/folder does not exist; pass a file in an existing, writable folder',
    ]);
    mkdirSync(join(repo.dir, 'reports'));
    const folder = await cli(repo.dir, ['deploy', '--all', '--out', 'reports']);
    expect([folder.code, oneLine(folder.stderr)]).toEqual([
      2,
      'flink-pipeline: deploy: --out reports: is a folder, not a file; pass a file in an existing, writable folder',
    ]);
    const plan = await cli(repo.dir, ['plan', '--all', '--out', 'no/plan.json']);
    expect(plan.code).toBe(2);
    expect(server.requests).toEqual([]);
  });
});
