/**
 * Validation as dry runs on Confluent Cloud (src/engine/dry-run.ts), with the real client against
 * the emulator over loopback, on a project deployed there first and a change planned from git:
 * verdicts placed on the files, only dry runs sent, each verdict read from its create response
 * (no polling, no delete: the service never stores a dry run), nothing created.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../src/config/load.js';
import { FlinkClient } from '../../src/confluent/client.js';
import type { Statement } from '../../src/confluent/types.js';
import { confluentStatus } from '../../src/confluent/status.js';
import { executePlan } from '../../src/deploy/executor.js';
import { startEmulator, type RunningEmulator } from '../../src/emulator/server.js';
import { dryRunProperties, validateOnConfluent } from '../../src/engine/dry-run.js';
import { computePlan, type ComputedPlan, type PlanTarget } from '../../src/engine/plan.js';
import { UserError } from '../../src/util/errors.js';
import { writeTable } from '../action/shop.js';
import { makeRepo } from '../helpers/repo.js';

const SECRET = 'dry-run-Secret-8Hq2';

interface Sent {
  method: string;
  path: string;
  body?: {
    name: string;
    metadata: { labels: Record<string, string> };
    spec: { statement: string; properties: Record<string, string> };
  };
}

describe('dry runs on the emulator', () => {
  let em: RunningEmulator;
  let repo: ReturnType<typeof makeRepo>;
  const sent: Sent[] = [];
  /** Replaces the emulator's answer to a request, for faults the emulator does not inject. */
  let intercept: ((method: string, path: string) => Response | undefined) | undefined;
  let inFlight = 0;
  let maxInFlight = 0;

  const client = () =>
    new FlinkClient({
      restEndpoint: em.url,
      organizationId: em.organizationId,
      environmentId: em.environmentId,
      credentials: { apiKey: em.apiKey, apiSecret: SECRET },
      poll: { initialDelayMs: 10, maxDelayMs: 40 },
      retry: { baseDelayMs: 5, maxDelayMs: 20, maxAttempts: 2 },
      fetch: async (input, init) => {
        const url = new URL(String(input));
        const method = init?.method ?? 'GET';
        const path = url.pathname.replace(/^.*\/environments\/[^/]+/, '');
        sent.push({ method, path, ...(init?.body ? { body: JSON.parse(String(init.body)) } : {}) });
        const faked = intercept?.(method, path);
        if (faked) return faked;
        maxInFlight = Math.max(maxInFlight, ++inFlight);
        try {
          return await fetch(input, init);
        } finally {
          inFlight--;
        }
      },
    });

  const configPath = () => join(repo.dir, 'flink-pipeline.yaml');
  const plan = (target: PlanTarget, c: FlinkClient): Promise<ComputedPlan> =>
    computePlan({
      pipelines: join(repo.dir, 'pipelines'),
      config: loadConfig(configPath()),
      configPath: configPath(),
      environment: 'dev',
      target,
      status: confluentStatus(c, 'dev'),
    });
  const environment = () => ({ name: 'dev', env: loadConfig(configPath()).environments!.dev });

  beforeAll(async () => {
    em = await startEmulator({ latency: 'fast', apiSecret: SECRET, tables: ['raw_orders'] });
    const seed = mkdtempSync(join(tmpdir(), 'dry-run-seed-'));
    writeFileSync(join(seed, 'README.md'), 'shop\n');
    repo = makeRepo(seed);
    rmSync(seed, { recursive: true, force: true });
    writeFileSync(
      configPath(),
      [
        'environment: dev',
        'environments:',
        '  dev:',
        `    restEndpoint: ${em.url}`,
        `    organizationId: ${em.organizationId}`,
        `    environmentId: ${em.environmentId}`,
        `    database: ${em.database}`,
        '    statementPrefix: dev',
        // A property that would turn dry runs off, were it sent as written
        "    properties: { 'SQL.Dry-Run': 'false' }",
        "externalTables: ['raw_*']",
        '',
      ].join('\n'),
    );
    writeTable(
      repo.dir,
      'sources',
      'src_orders',
      'INSERT INTO src_orders\nSELECT order_id, amount FROM raw_orders;\n',
      'append',
    );
    writeTable(
      repo.dir,
      'intermediates',
      'order_totals',
      'INSERT INTO order_totals\nSELECT order_id, SUM(amount) AS amount\nFROM src_orders\nGROUP BY order_id;\n',
      'upsert',
    );
    writeTable(
      repo.dir,
      'facts',
      'fct_big_orders',
      'INSERT INTO fct_big_orders\nSELECT order_id, amount FROM order_totals WHERE amount > 100;\n',
      'upsert',
    );
    repo.git('add', '-A');
    repo.git('commit', '-qm', 'shop');
    const c = client();
    const base = await plan({ kind: 'all' }, c);
    const report = await executePlan(base.plan, c, { statementPrefix: 'dev', environment: 'dev' });
    expect(report.status).toBe('succeeded');

    // The change: a stateful query edited (valid), another reading a table that exists nowhere,
    // a new table, and a SET line that would turn the dry run off.
    repo.git('checkout', '-qb', 'change');
    writeTable(
      repo.dir,
      'intermediates',
      'order_totals',
      "SET 'sql.dry-run' = 'false';\nINSERT INTO order_totals\nSELECT order_id, MAX(amount) AS amount\nFROM src_orders\nGROUP BY order_id;\n",
      'upsert',
    );
    writeTable(
      repo.dir,
      'facts',
      'fct_big_orders',
      'INSERT INTO fct_big_orders\nSELECT order_id, amount\nFROM nowhere_orders WHERE amount > 100;\n',
      'upsert',
    );
    writeTable(
      repo.dir,
      'facts',
      'fct_fresh',
      'INSERT INTO fct_fresh\nSELECT order_id, amount FROM src_orders;\n',
      'append',
    );
    repo.git('add', '-A');
    repo.git('commit', '-qm', 'change');
  });
  afterAll(async () => {
    await em.close();
    repo.cleanup();
  });

  test('verdicts on the files from the create responses; only dry runs sent, in parallel within the bound; nothing polled, deleted or created', async () => {
    const c = client();
    const computed = await plan({ kind: 'range', base: 'main', head: 'change' }, c);
    const deployed = Object.keys(Object.fromEntries(em.state.statements)).sort();
    const tablesBefore = em.state.catalog.names();
    const historyBefore = em.state.history.length;
    const dryRunsBefore = em.state.stats.dryRuns;
    sent.length = 0;
    inFlight = 0;
    maxInFlight = 0;

    const v = await validateOnConfluent(computed, {
      client: c,
      environment: environment(),
      maxParallel: 2,
      runId: 'run1',
    });
    expect(v.engine).toBe('confluent');
    expect(v.checkedBy).toBe(`Confluent Cloud (dry runs in environment dev, ${em.environmentId})`);
    const byFile = v.statements.map(
      (s) =>
        `${s.status} ${s.file.split('/').pop()}:${s.line}${s.column ? `:${s.column}` : ''} ${s.message ?? s.reason ?? ''}`,
    );
    expect(byFile).toEqual(
      expect.arrayContaining([
        'accepted dml.order_totals.sql:2 ',
        expect.stringMatching(
          /^rejected dml\.fct_big_orders\.sql:3:6 Table \(or view\) 'nowhere_orders' does not exist/,
        ),
        'not-checked ddl.order_totals.sql:1 creates `order_totals` again after dropping it: the engine still has the current table',
        'accepted ddl.fct_fresh.sql:1 ',
        'not-checked dml.fct_fresh.sql:1 writes `fct_fresh`, which this change creates',
      ]),
    );
    expect(v.counts.rejected).toBe(1);
    expect(v.ok).toBe(false);
    expect(v.notes).toBeUndefined();

    // Only dry runs reached the engine, whatever the project's properties said, and nothing else:
    // no GET (the verdict is in the create response), no DELETE (a dry run is never stored)
    const posts = sent.filter((r) => r.method === 'POST');
    expect(posts.length).toBe(v.counts.accepted + v.counts.rejected);
    expect(sent.filter((r) => r.method !== 'POST')).toEqual([]);
    for (const p of posts) {
      expect(p.body!.name).toMatch(/^dev-validate-run1-\d+$/);
      expect(p.body!.metadata.labels).toEqual({ 'user.confluent.io/flink-pipeline-validation': 'run1' });
      const dry = Object.entries(p.body!.spec.properties).filter(([k]) => k.toLowerCase() === 'sql.dry-run');
      expect(dry).toEqual([['sql.dry-run', 'true']]);
      expect(p.body!.spec.properties['sql.current-database']).toBe(em.database);
    }
    expect(em.state.stats.dryRuns - dryRunsBefore).toBe(posts.length);
    expect(maxInFlight).toBeLessThanOrEqual(2);
    expect(maxInFlight).toBeGreaterThan(0);
    // Nothing created: the catalog and the deployed statements as they were
    em.state.advance(Date.now() + 60_000);
    expect(Object.keys(Object.fromEntries(em.state.statements)).sort()).toEqual(deployed);
    expect(em.state.catalog.names()).toEqual(tablesBefore);
    expect(em.state.history.length).toBe(historyBefore);
  });

  test.each(['PENDING', 'RUNNING', 'FAILING', undefined])(
    'a create response in phase %s is no verdict: not checked (never accepted), and nothing is polled',
    async (phase) => {
      const c = client();
      const computed = await plan({ kind: 'range', base: 'main', head: 'change' }, c);
      const real = globalThis.fetch;
      const pending = new FlinkClient({
        restEndpoint: em.url,
        organizationId: em.organizationId,
        environmentId: em.environmentId,
        credentials: { apiKey: em.apiKey, apiSecret: SECRET },
        poll: { initialDelayMs: 10, maxDelayMs: 40 },
        fetch: async (input, init) => {
          const method = init?.method ?? 'GET';
          sent.push({ method, path: new URL(String(input)).pathname });
          const res = await real(input, init);
          if (method !== 'POST' || res.status !== 201) return res;
          const body = (await res.json()) as Statement;
          body.status = phase === undefined ? undefined : { phase, detail: '' };
          return new Response(JSON.stringify(body), {
            status: 201,
            headers: { 'content-type': 'application/json' },
          });
        },
      });
      sent.length = 0;
      const v = await validateOnConfluent(computed, { client: pending, environment: environment() });
      expect(v.counts).toEqual({ accepted: 0, rejected: 0, notChecked: 6 });
      expect(v.ok).toBe(true);
      const sentNow = v.statements.filter((s) => s.reason?.startsWith("the dry run's create response"));
      expect(sentNow).toHaveLength(3);
      expect(sentNow[0]!.reason).toBe(
        `the dry run's create response says ${phase ?? 'no phase'}, not the final COMPLETED or FAILED a dry run answers with; nothing was polled (a dry run is never stored)`,
      );
      expect(sent.filter((r) => r.method !== 'POST')).toEqual([]);
    },
  );

  test('SQL the service cannot parse is refused by the create (400): rejected on its file and line, nothing stored', async () => {
    repo.git('checkout', '-qb', 'typo', 'main');
    try {
      writeTable(
        repo.dir,
        'facts',
        'fct_big_orders',
        'INSERT INTO fct_big_orders\nSELECT order_id, amount\nFROM (order_totals WHERE amount > 100;\n',
        'upsert',
      );
      repo.git('add', '-A');
      repo.git('commit', '-qm', 'typo');
      const c = client();
      const computed = await plan({ kind: 'range', base: 'main', head: 'typo' }, c);
      const before = { ...em.state.stats, stored: em.state.history.length };
      const v = await validateOnConfluent(computed, {
        client: c,
        environment: environment(),
        runId: 'typo1',
      });
      const bad = v.statements.find((s) => s.file.endsWith('dml.fct_big_orders.sql'))!;
      expect(bad).toMatchObject({
        status: 'rejected',
        message: expect.stringMatching(
          /^Confluent Cloud refused the statement \(HTTP 400\): SQL parse failed\. /,
        ),
      });
      // The parser's "(line 3)" is the file's line 3, where the parenthesis opens
      expect(bad.line).toBe(3);
      expect(v.ok).toBe(false);
      expect(em.state.stats.parseRejections).toBe(before.parseRejections + 1);
      expect(em.state.history.length).toBe(before.stored);
    } finally {
      repo.git('checkout', '-q', 'change');
    }
  });

  test('the step properties, with the dry run forced on last', () => {
    expect(dryRunProperties({ a: '1', 'sql.dry-run': 'false', ' SQL.DRY-RUN ': 'false' })).toEqual({
      a: '1',
      'sql.dry-run': 'true',
    });
    // The deploy's check leaves a carry-over's reference to the running statement out.
    const carry = { a: '1', 'sql.tables.initial-offset-from': 'dev-dml-x-1' };
    expect(dryRunProperties(carry, ['sql.tables.initial-offset-from'])).toEqual({
      a: '1',
      'sql.dry-run': 'true',
    });
    expect(dryRunProperties(carry)).toEqual({ ...carry, 'sql.dry-run': 'true' });
  });

  test('a key that may not create statements: one line saying so, exit 1; nothing to clean up', async () => {
    const c = client();
    const computed = await plan({ kind: 'range', base: 'main', head: 'change' }, c);
    let posts = 0;
    intercept = (method) => {
      if (method !== 'POST' || ++posts < 2) return undefined;
      return new Response(JSON.stringify({ errors: [{ status: '403', detail: 'Forbidden' }] }), {
        status: 403,
        headers: { 'content-type': 'application/json' },
      });
    };
    sent.length = 0;
    try {
      const e = await validateOnConfluent(computed, {
        client: c,
        environment: environment(),
        maxParallel: 1,
      }).catch((x: unknown) => x);
      expect(e).toBeInstanceOf(UserError);
      expect((e as UserError).exitCode).toBe(1);
      expect((e as UserError).message).toBe(
        "validate: the Flink API key may not create statements in environment dev (HTTP 403); a dry run is a statement: give the key's principal a role that creates statements (FlinkDeveloper), or validate with Apache Flink's planner (engine flink), which needs no credentials",
      );
      expect(sent.filter((r) => r.method !== 'POST')).toEqual([]);
      expect(JSON.stringify(e)).not.toContain(SECRET);
    } finally {
      intercept = undefined;
    }
  });

  test('a dry-run name that a stored statement holds (409): that statement is not checked, the rest are', async () => {
    const c = client();
    const computed = await plan({ kind: 'range', base: 'main', head: 'change' }, c);
    await c.createStatement({
      name: 'dev-validate-held1-1',
      statement: 'CREATE TABLE IF NOT EXISTS held (id INT)',
      properties: { 'sql.current-catalog': em.environmentId, 'sql.current-database': em.database },
    });
    try {
      const v = await validateOnConfluent(computed, {
        client: c,
        environment: environment(),
        runId: 'held1',
      });
      const held = v.statements.filter((s) => s.reason?.includes('is taken'));
      expect(held.map((s) => s.reason)).toEqual([
        'the dry-run statement name dev-validate-held1-1 is taken by a statement in the environment',
      ]);
      expect(v.counts.accepted + v.counts.rejected).toBeGreaterThan(0);
    } finally {
      em.state.delete(em.state.statements.get('dev-validate-held1-1')!);
    }
  });
});
