/**
 * `validate --engine confluent` and `plan --validate`, run the way a user runs them (the built
 * CLI in a real git repository), against the emulator over loopback behind a recording server:
 * the verdicts at file and line, exit codes, only dry runs on the wire, nothing left behind.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmulator, type RunningEmulator } from '../../src/emulator/server.js';
import { startRecordingServer, type RecordingServer } from '../action/recording-server.js';
import { CLI, makeRepo } from '../helpers/repo.js';
import { writeTable } from '../action/shop.js';

const SECRET = 'cli-dry-Run-Secret-51x';
const TOTALS = 'pipelines/intermediates/shop/order_totals/sql-scripts/dml.order_totals.sql';
const BIG = 'pipelines/facts/shop/fct_big_orders/sql-scripts/dml.fct_big_orders.sql';

describe('validate --engine confluent and plan --validate', () => {
  let em: RunningEmulator;
  let real: RecordingServer;
  let repo: ReturnType<typeof makeRepo>;

  /** The CLI as a child process; asynchronous, since the emulator answers from this process. */
  const cli = (args: string[], env: Record<string, string | undefined> = {}) =>
    new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve, reject) => {
      const child = spawn(process.execPath, [CLI, ...args], {
        cwd: repo.dir,
        env: {
          PATH: process.env.PATH,
          HOME: repo.dir,
          FLINK_API_KEY: em.apiKey,
          FLINK_API_SECRET: SECRET,
          FLINK_PIPELINE_POLL_MS: '20',
          ...env,
        },
      });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (c: Buffer) => (stdout += c.toString('utf8')));
      child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
      child.on('error', reject);
      child.on('close', (status) => resolve({ status, stdout, stderr }));
    });
  /** Statement creations on the wire from request `from` on, with their properties. */
  const posts = (from: number) =>
    real.requests
      .slice(from)
      .filter((q) => q.method === 'POST')
      .map((q) => JSON.parse(q.body!) as { name: string; spec: { properties: Record<string, string> } });

  beforeAll(async () => {
    em = await startEmulator({ latency: 'fast', apiSecret: SECRET, tables: ['raw_orders'] });
    real = await startRecordingServer(em.url);
    const seed = mkdtempSync(join(tmpdir(), 'cli-dry-run-'));
    writeFileSync(
      join(seed, 'flink-pipeline.yaml'),
      [
        'environment: dev',
        'environments:',
        '  dev:',
        `    restEndpoint: ${real.url}`,
        `    organizationId: ${em.organizationId}`,
        `    environmentId: ${em.environmentId}`,
        `    database: ${em.database}`,
        '    statementPrefix: dev',
        "externalTables: ['raw_*']",
        '',
      ].join('\n'),
    );
    writeTable(
      seed,
      'sources',
      'src_orders',
      'INSERT INTO src_orders\nSELECT order_id, amount FROM raw_orders;\n',
      'append',
    );
    writeTable(
      seed,
      'intermediates',
      'order_totals',
      'INSERT INTO order_totals\nSELECT order_id, SUM(amount) AS amount\nFROM src_orders\nGROUP BY order_id;\n',
      'upsert',
    );
    writeTable(
      seed,
      'facts',
      'fct_big_orders',
      'INSERT INTO fct_big_orders\nSELECT order_id, amount FROM order_totals WHERE amount > 100;\n',
      'upsert',
    );
    repo = makeRepo(seed);
    rmSync(seed, { recursive: true, force: true });
    const deployed = await cli(['deploy', '--all']);
    expect([deployed.status, deployed.stderr]).toEqual([0, expect.any(String)]);
    // The change: a stateful query edited (valid) and another reading a table that exists nowhere.
    repo.git('checkout', '-qb', 'change');
    writeFileSync(
      join(repo.dir, TOTALS),
      'INSERT INTO order_totals\nSELECT order_id, MAX(amount) AS amount\nFROM src_orders\nGROUP BY order_id;\n',
    );
    writeFileSync(
      join(repo.dir, BIG),
      'INSERT INTO fct_big_orders\nSELECT order_id, amount\nFROM nowhere_orders WHERE amount > 100;\n',
    );
    repo.git('commit', '-qam', 'change');
  });
  afterAll(async () => {
    await Promise.all([em.close(), real.close()]);
    repo.cleanup();
  });

  test('validate --engine confluent: the engine error at its file and line, exit 1; only dry runs sent, none polled or deleted', async () => {
    const before = real.requests.length;
    // The deploy's lease generation it deleted on release is gone by now.
    em.state.advance(Date.now() + 60_000);
    const statements = [...em.state.statements.keys()].sort();
    const r = await cli(['validate', '--engine', 'confluent', '--base', 'main', '--head', 'change']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(
      new RegExp(
        `^validate: checked by Confluent Cloud \\(dry runs in environment dev, ${em.environmentId}\\): 1 accepted, 1 rejected, 2 not checked\\n`,
      ),
    );
    expect(r.stdout).toContain(
      `  rejected    ${BIG}:3:6 (fct_big_orders): Table (or view) 'nowhere_orders' does not exist or you do not have permission to access it. Using current catalog '${em.environmentId}' and current database '${em.database}'.\n`,
    );
    expect(r.stdout).toContain(`  accepted    ${TOTALS}:1 (order_totals)\n`);
    expect(r.stdout).toContain(
      'not checked pipelines/intermediates/shop/order_totals/sql-scripts/ddl.order_totals.sql:1 (order_totals): creates `order_totals` again after dropping it: the engine still has the current table',
    );
    const sent = posts(before);
    expect(sent.length).toBe(2);
    expect(sent.every((p) => p.spec.properties['sql.dry-run'] === 'true')).toBe(true);
    // The verdicts come from the create responses: nothing polled, nothing deleted
    const names = new Set(sent.map((p) => p.name));
    expect(real.requests.slice(before).filter((q) => q.method === 'DELETE')).toEqual([]);
    expect(
      real.requests.slice(before).filter((q) => q.method === 'GET' && names.has(q.path.split('/').pop()!)),
    ).toEqual([]);
    em.state.advance(Date.now() + 60_000);
    expect([...em.state.statements.keys()].sort()).toEqual(statements);
    expect(r.stdout + r.stderr).not.toContain(SECRET);
  });

  test('validate --engine confluent --format json: the shape of --engine flink', async () => {
    const r = await cli([
      'validate',
      '--engine',
      'confluent',
      '--base',
      'main',
      '--head',
      'change',
      '--format',
      'json',
    ]);
    expect(r.status).toBe(1);
    const v = JSON.parse(r.stdout);
    expect(v).toMatchObject({
      engine: 'confluent',
      ok: false,
      counts: { accepted: 1, rejected: 1, notChecked: 2 },
    });
    expect(v.statements).toContainEqual({
      table: 'fct_big_orders',
      file: BIG,
      line: 3,
      column: 6,
      kind: 'insert',
      status: 'rejected',
      message: expect.stringContaining("'nowhere_orders' does not exist"),
    });
    expect(v.statements).toContainEqual({
      table: 'order_totals',
      file: TOTALS,
      line: 1,
      kind: 'insert',
      status: 'accepted',
    });
  });

  test('plan --validate: the plan, then the validation (confluent by default); JSON and Markdown carry it too', async () => {
    const before = real.requests.length;
    const text = await cli([
      'plan',
      '--validate',
      '--base',
      'main',
      '--head',
      'change',
      '--status',
      'confluent',
    ]);
    expect(text.status).toBe(1);
    expect(text.stdout).toMatch(/^Flink pipeline plan: /);
    expect(text.stdout).toContain('\nvalidate: checked by Confluent Cloud (dry runs in environment dev');
    expect(posts(before).every((p) => p.spec.properties['sql.dry-run'] === 'true')).toBe(true);
    const json = JSON.parse(
      (await cli(['plan', '--validate', '--base', 'main', '--head', 'change', '--format', 'json'])).stdout,
    );
    expect(json.steps.length).toBeGreaterThan(0);
    expect(json.validation).toMatchObject({ engine: 'confluent', counts: { rejected: 1 } });
    const md = (
      await cli(['plan', '--validate', '--base', 'main', '--head', 'change', '--format', 'markdown'])
    ).stdout;
    expect(md).toContain('### Validation: checked by Confluent Cloud (dry runs in environment dev');
    expect(md).toContain(`| ✅ accepted | \`${TOTALS}:1\` | \`order_totals\` |  |`);
  });

  test('a valid change: exit 0; usage and credential mistakes get one line', async () => {
    // With live status the plan is reconciled (HEAD against what runs): at main, what runs is HEAD.
    repo.git('checkout', '-q', 'main');
    const ok = await cli([
      'plan',
      '--validate',
      '--base',
      'HEAD',
      '--head',
      'HEAD',
      '--status',
      'confluent',
    ]).finally(() => repo.git('checkout', '-q', 'change'));
    expect(ok.status).toBe(0);
    expect(ok.stdout).toContain('no statement to check: the change creates none');
    const valid = await cli(['validate', '--engine', 'confluent', '--tables', 'src_orders']);
    expect(valid.stderr).toBe('');
    expect(valid.status).toBe(0);

    const engineAlone = await cli(['plan', '--engine', 'flink']);
    expect([engineAlone.status, engineAlone.stderr]).toEqual([
      2,
      'flink-pipeline: plan: --engine goes with --validate\n',
    ]);
    const noKey = await cli(['validate', '--engine', 'confluent', '--all'], {
      FLINK_API_KEY: undefined,
      FLINK_API_SECRET: undefined,
    });
    expect(noKey.stderr).toBe(
      'flink-pipeline: validate: Confluent Cloud credentials are missing; set FLINK_API_KEY and FLINK_API_SECRET in the environment\n',
    );
    const status = await cli(['validate', '--engine', 'confluent', '--status', 'none']);
    expect(status.status).toBe(2);
    const wrong = await cli(['validate', '--engine', 'confluent', '--all'], {
      FLINK_API_SECRET: 'not-the-secret',
    });
    expect(wrong.status).toBe(1);
    expect(wrong.stderr).toMatch(/^flink-pipeline: GET statements: HTTP 401: /);
    expect(wrong.stderr).not.toContain('not-the-secret');
  });
});
