/**
 * Validation on the engine, end to end: the built action on a same-repository pull request with
 * the Flink credentials, against the emulator (behind a recording server standing for the real
 * endpoint) and the fake GitHub, the project deployed there first by the built CLI. Also the
 * deploy's compute pool check with the Cloud API key inputs.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startEmulator, type RunningEmulator } from '../../src/emulator/index.js';
import { startFakeGitHub, type FakeGitHub } from './fake-github.js';
import {
  basicAuth,
  commands,
  expectNoSecret,
  makeCheckout,
  pullRequestPayload,
  REPOSITORY,
  runAction,
  runTexts,
  TOKEN,
  type Checkout,
  type RunResult,
} from './harness.js';
import { CLI } from '../helpers/repo.js';
import { startRecordingServer, type RecordingServer } from './recording-server.js';
import { configText, writeTable } from './shop.js';

const API_SECRET = 'validate-Secret-7Yu3Kd';
const TOTALS = 'pipelines/intermediates/shop/order_totals/sql-scripts/dml.order_totals.sql';
const BIG = 'pipelines/facts/shop/fct_big_orders/sql-scripts/dml.fct_big_orders.sql';

interface Posted {
  name: string;
  spec: { statement: string; properties: Record<string, string> };
}

describe('validation on Confluent Cloud on a pull request', () => {
  let emu: RunningEmulator;
  let real: RecordingServer;
  let attacker: RecordingServer;
  let gh: FakeGitHub;
  let c: Checkout;
  let baseSha: string;
  let basic: string;

  const secrets = () => ({ 'flink-api-key': emu.apiKey, 'flink-api-secret': API_SECRET });
  const expectNoLeak = (r: RunResult) =>
    expectNoSecret([API_SECRET, basicAuth(emu.apiKey, API_SECRET), TOKEN], runTexts(r, gh.comments));
  const posted = (from: number): Posted[] =>
    real.requests
      .slice(from)
      .filter((q) => q.method === 'POST')
      .map((q) => JSON.parse(q.body!) as Posted);

  /** A branch off the base with the given files, pushed. */
  function branch(name: string, files: Record<string, string>): string {
    c.git('checkout', '-q', '-B', name, baseSha);
    for (const [path, text] of Object.entries(files)) writeFileSync(join(c.work, path), text);
    c.git('commit', '-q', '-am', `${name}: edit`);
    c.git('push', '-q', '-f', 'origin', name);
    return c.git('rev-parse', 'HEAD');
  }
  const pr = (number: number, headRef: string, headSha: string, headRepo?: string) =>
    pullRequestPayload({ action: 'opened', number, baseSha, headRef, headSha, headRepo });

  beforeAll(async () => {
    emu = await startEmulator({ port: 0, latency: 'fast', apiSecret: API_SECRET, tables: ['raw_orders'] });
    real = await startRecordingServer(emu.url);
    attacker = await startRecordingServer();
    gh = await startFakeGitHub({ repository: REPOSITORY, token: TOKEN });
    basic = `Basic ${basicAuth(emu.apiKey, API_SECRET)}`;
    c = makeCheckout();
    c.git('rm', '-q', '-r', 'pipelines');
    const target = { url: real.url, organizationId: emu.organizationId, environmentId: emu.environmentId };
    writeFileSync(
      join(c.work, 'flink-pipeline.yaml'),
      configText(target, ['    computePoolId: lfcp-emulator', `    cloudApiEndpoint: ${real.url}`]),
    );
    writeTable(
      c.work,
      'sources',
      'src_orders',
      'INSERT INTO src_orders\nSELECT order_id, amount FROM raw_orders;\n',
    );
    writeTable(
      c.work,
      'intermediates',
      'order_totals',
      'INSERT INTO order_totals\nSELECT order_id, SUM(amount) AS amount\nFROM src_orders\nGROUP BY order_id;\n',
    );
    writeTable(
      c.work,
      'facts',
      'fct_big_orders',
      'INSERT INTO fct_big_orders\nSELECT order_id, amount FROM order_totals WHERE amount > 100;\n',
    );
    c.git('add', '-A');
    c.git('commit', '-q', '-m', 'shop project');
    c.git('push', '-q', 'origin', 'main');
    baseSha = c.git('rev-parse', 'HEAD');
    // Deployed from nothing by the built CLI (asynchronously: the emulator answers from here).
    const deployed = await new Promise<number | null>((resolve) => {
      const child = spawn(process.execPath, [CLI, 'deploy', '--all'], {
        cwd: c.work,
        env: {
          PATH: process.env.PATH,
          HOME: c.tmp,
          FLINK_API_KEY: emu.apiKey,
          FLINK_API_SECRET: API_SECRET,
          FLINK_PIPELINE_POLL_MS: '20',
        },
        stdio: 'ignore',
      });
      child.on('close', resolve);
    });
    expect(deployed).toBe(0);
  });
  afterAll(async () => {
    await Promise.all([emu.close(), real.close(), attacker.close(), gh.close()]);
    c.cleanup();
  });

  test('the deploy runs the compute pool check with the Cloud API key inputs, masked', async () => {
    const dispatch = (inputs: Record<string, string>) =>
      runAction({
        cwd: c.work,
        event: 'workflow_dispatch',
        payload: {
          inputs: {},
          ref: 'refs/heads/main',
          repository: { full_name: REPOSITORY, default_branch: 'main' },
        },
        apiUrl: gh.url,
        ref: 'refs/heads/main',
        // A dry run: the check runs before anything would.
        inputs: { ...secrets(), mode: 'deploy', tables: 'src_orders', 'dry-run': 'true', ...inputs },
      });
    const without = await dispatch({});
    expect(without.code).toBe(0);
    expect(without.stdout).toContain(
      'compute pool check skipped: set the confluent-cloud-api-key and confluent-cloud-api-secret inputs',
    );

    const before = real.requests.length;
    const r = await dispatch({
      'confluent-cloud-api-key': emu.apiKey,
      'confluent-cloud-api-secret': API_SECRET,
    });
    expect(r.stderr).toBe('');
    expect(commands(r.stdout, 'error')).toEqual([]);
    expect(r.code).toBe(0);
    expect(r.outputs['deploy-status']).toBe('dry-run');
    expect(r.stdout).toMatch(
      /compute pool lfcp-emulator: PROVISIONED, 3 of 50 CFU in use, the deploy starts \d+ statements/,
    );
    expect(r.stdout).not.toContain('compute pool check skipped');
    expect(
      real.requests.slice(before).some((q) => q.path.startsWith('/fcpm/v2/compute-pools/lfcp-emulator')),
    ).toBe(true);
    expect(r.stdout).toContain(`::add-mask::${API_SECRET}`);
    expectNoLeak(r);

    const half = await dispatch({ 'confluent-cloud-api-key': emu.apiKey });
    expect(half.code).toBe(1);
    expect(commands(half.stdout, 'error').join('\n')).toContain(
      'input confluent-cloud-api-secret: missing; give both confluent-cloud-api-key and confluent-cloud-api-secret, or neither',
    );
  });

  test('acceptance: the stateful edit accepted, the unknown table rejected at its line, the check fails; only dry runs reach the engine, none the moved endpoint', async () => {
    const headSha = branch('validate', {
      [TOTALS]:
        'INSERT INTO order_totals\nSELECT order_id, MAX(amount) AS amount\nFROM src_orders\nGROUP BY order_id;\n',
      [BIG]: 'INSERT INTO fct_big_orders\nSELECT order_id, amount\nFROM nowhere_orders WHERE amount > 100;\n',
      'flink-pipeline.yaml': configText(
        { url: attacker.url, organizationId: emu.organizationId, environmentId: emu.environmentId },
        ['    computePoolId: lfcp-emulator', `    cloudApiEndpoint: ${attacker.url}`],
      ),
    });
    const statements = [...emu.state.statements.keys()].sort();
    const tables = emu.state.catalog.names();
    const before = real.requests.length;
    const r = await runAction({
      cwd: c.work,
      event: 'pull_request',
      payload: pr(41, 'validate', headSha),
      apiUrl: gh.url,
      inputs: { ...secrets(), 'commit-metadata': 'false' },
    });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);

    // The comment: which engine, the first accepted, the second with the engine's error at its line
    const comment = gh.comments.find((x) => x.issue === 41)!.body;
    const section = `### Validation: checked by Confluent Cloud (dry runs in environment dev, ${emu.environmentId})`;
    for (const text of [comment, r.summary]) {
      expect(text).toContain(section);
      expect(text).toContain('1 accepted, 1 rejected, 1 not checked.');
      expect(text).toContain(`| ✅ accepted | \`${TOTALS}:1\` | \`order_totals\` |  |`);
      expect(text).toContain(
        `| ❌ rejected | \`${BIG}:3:6\` | \`fct_big_orders\` | Table (or view) 'nowhere\\_orders' does not exist or you do not have permission to access it.`,
      );
      expect(text).toContain(
        'creates `order_totals` again after dropping it: the engine still has the current table',
      );
    }
    expect(comment.indexOf(section)).toBeGreaterThan(comment.indexOf('### '));
    // The annotation on the line, and the step failed with the same
    const errors = commands(r.stdout, 'error');
    expect(errors).toContainEqual(
      expect.stringMatching(
        new RegExp(
          `^::error title=flink-pipeline%3A validation-rejected,file=${BIG},line=3::Confluent Cloud \\(dry runs in environment dev, ${emu.environmentId}\\) rejects this statement: Table \\(or view\\) 'nowhere_orders' does not exist`,
        ),
      ),
    );
    expect(errors).toContainEqual(
      expect.stringContaining(
        `::error::${BIG}:3: Confluent Cloud (dry runs in environment dev, ${emu.environmentId}) rejects the statement:`,
      ),
    );
    expect(commands(r.stdout, 'notice').some((n) => n.includes('validation-not-checked'))).toBe(true);

    // Only dry runs reached the engine, their verdicts read from the create responses: no
    // statement GET, no DELETE (a dry run is never stored); nothing was created
    const sent = posted(before);
    expect(sent.length).toBe(2);
    for (const p of sent) {
      expect(p.name).toMatch(/^dev-validate-[0-9a-f]{7}-\d+$/);
      expect(p.spec.properties['sql.dry-run']).toBe('true');
    }
    const dryRunNames = new Set(sent.map((p) => p.name));
    const afterCreate = real.requests
      .slice(before)
      .filter((q) => q.method !== 'POST' && dryRunNames.has(decodeURIComponent(q.path.split('/').pop()!)));
    expect(afterCreate).toEqual([]);
    expect(
      real.requests
        .slice(before)
        .filter((q) => q.method !== 'GET')
        .map((q) => q.method),
    ).toEqual(['POST', 'POST']);
    emu.state.advance(Date.now() + 60_000);
    expect([...emu.state.statements.keys()].sort()).toEqual(statements);
    expect(emu.state.catalog.names()).toEqual(tables);

    // The pull request's endpoint received nothing; the real one everything, with credentials
    expect(attacker.requests).toEqual([]);
    expect(real.requests.slice(before).every((q) => q.authorization === basic)).toBe(true);
    expect(comment).toContain(`\`environments.dev.restEndpoint\`: \`${real.url}\` → \`${attacker.url}\``);
    expectNoLeak(r);
  });

  test('validate-rejected: warning: the same verdicts, a warning annotation, and the check passes', async () => {
    const headSha = branch('warn', {
      [BIG]: 'INSERT INTO fct_big_orders\nSELECT order_id, amount\nFROM nowhere_orders WHERE amount > 100;\n',
    });
    const r = await runAction({
      cwd: c.work,
      event: 'pull_request',
      payload: pr(42, 'warn', headSha),
      apiUrl: gh.url,
      inputs: { ...secrets(), 'commit-metadata': 'false', 'validate-rejected': 'warning' },
    });
    expect(commands(r.stdout, 'error')).toEqual([]);
    expect(r.code).toBe(0);
    expect(commands(r.stdout, 'warning')).toContainEqual(
      expect.stringMatching(
        new RegExp(`^::warning title=flink-pipeline%3A validation-rejected,file=${BIG},line=3::`),
      ),
    );
    expect(gh.comments.find((x) => x.issue === 42)!.body).toContain(`| ❌ rejected | \`${BIG}:3:6\``);
    expectNoLeak(r);
  });

  test('a fork with validate: confluent: nothing sent, the section says why, the check does not fail', async () => {
    const headSha = branch('forked', {
      [BIG]: 'INSERT INTO fct_big_orders\nSELECT order_id, amount\nFROM nowhere_orders WHERE amount > 100;\n',
    });
    const before = real.requests.length;
    const r = await runAction({
      cwd: c.work,
      event: 'pull_request',
      payload: pr(43, 'forked', headSha, 'someone/pipelines'),
      apiUrl: gh.url,
      inputs: { ...secrets(), validate: 'confluent' },
    });
    expect(commands(r.stdout, 'error')).toEqual([]);
    expect(r.code).toBe(0);
    expect(real.requests.length).toBe(before);
    expect(r.summary).toContain('### Validation with Confluent Cloud: not run');
    expect(r.summary).toContain(
      'The dry runs need the Flink credentials: pull requests from forks get no credentials.',
    );
    expect(commands(r.stdout, 'warning')).toContainEqual(
      '::warning::validate: the dry runs on Confluent Cloud did not run: pull requests from forks get no credentials',
    );
    expectNoLeak(r);
  });

  test('validate: none sends nothing but live status', async () => {
    const headSha = branch('quiet', {
      [BIG]: 'INSERT INTO fct_big_orders\nSELECT order_id, amount\nFROM nowhere_orders WHERE amount > 100;\n',
    });
    const before = real.requests.length;
    const r = await runAction({
      cwd: c.work,
      event: 'pull_request',
      payload: pr(44, 'quiet', headSha),
      apiUrl: gh.url,
      inputs: { ...secrets(), 'commit-metadata': 'false', validate: 'none' },
    });
    expect(r.code).toBe(0);
    expect(real.requests.slice(before).every((q) => q.method === 'GET')).toBe(true);
    expect(r.summary).not.toContain('Validation');
  });
});
