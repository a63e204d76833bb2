import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startEmulator, type RunningEmulator } from '../../src/emulator/index.js';
import { startFakeGitHub, type FakeGitHub } from './fake-github.js';
import {
  basicAuth,
  commands,
  expectNoSecret,
  makeCheckout,
  REPOSITORY,
  runAction,
  TOKEN,
  type Checkout,
} from './harness.js';
import { shopProject, writeTable } from './shop.js';

/**
 * Deploys of the built action against the statements API emulator: push to the default
 * branch (drift check, report comment on the merged pull request), workflow_dispatch for two
 * tables, and a deploy whose statement fails.
 */

const API_SECRET = 'emu-Secret-9Qx3Lp0Tz';

const project = (emu: RunningEmulator) => shopProject({ ...emu, url: emu.url });

function pushPayload(before: string, after: string) {
  return {
    ref: 'refs/heads/main',
    before,
    after,
    repository: { full_name: REPOSITORY, default_branch: 'main' },
    head_commit: { id: after, message: 'Merge pull request #12' },
  };
}

/** A workflow_dispatch payload as GitHub sends it: the ref the run was started on. */
const dispatchPayload = (ref = 'refs/heads/main') => ({
  inputs: {},
  ref,
  repository: { full_name: REPOSITORY, default_branch: 'main' },
});

const secrets = (emu: RunningEmulator) => ({ 'flink-api-key': emu.apiKey, 'flink-api-secret': API_SECRET });

function dmlPhases(emu: RunningEmulator): Record<string, string> {
  emu.state.advance();
  const out: Record<string, string> = {};
  for (const s of emu.state.statements.values()) if (s.name.includes('-dml-')) out[s.name] = s.phase;
  return out;
}

const expectNoLeak = (emu: RunningEmulator, ...texts: string[]) =>
  expectNoSecret([API_SECRET, basicAuth(emu.apiKey, API_SECRET), TOKEN], texts);

/** An emulator, a fake GitHub and a checkout for one describe block's tests, closed after them. */
function deployWorld(): { emu: RunningEmulator; gh: FakeGitHub; c: Checkout } {
  const w = {} as { emu: RunningEmulator; gh: FakeGitHub; c: Checkout };
  beforeAll(async () => {
    w.emu = await startEmulator({ port: 0, latency: 'fast', apiSecret: API_SECRET, tables: ['raw_orders'] });
    w.gh = await startFakeGitHub({ repository: REPOSITORY, token: TOKEN });
    w.c = makeCheckout();
  });
  afterAll(async () => {
    await w.emu.close();
    await w.gh.close();
    w.c.cleanup();
  });
  return w;
}

describe('deploy on push to the default branch, then dispatch', () => {
  const w = deployWorld();

  test('push: plans before..after with live status, deploys, converges, reports on the merged PR', async () => {
    // The repository holds the small shop project (instead of the fixture).
    w.c.git('rm', '-q', '-r', 'pipelines');
    project(w.emu)(w.c.work);
    w.c.git('add', '-A');
    w.c.git('commit', '-q', '-m', 'shop project');
    const before = w.c.git('rev-parse', 'HEAD');
    const def = join(w.c.work, 'pipelines/facts/shop/fct_big_orders/sql-scripts/dml.fct_big_orders.sql');
    writeFileSync(
      def,
      'INSERT INTO fct_big_orders\nSELECT order_id, amount FROM int_orders WHERE amount > 500;\n',
    );
    w.c.git('commit', '-q', '-am', 'Merge pull request #12');
    const after = w.c.git('rev-parse', 'HEAD');
    w.c.git('push', '-q', 'origin', 'main');

    w.gh.pulls.set(after, [
      { number: 12, state: 'closed', merged_at: '2026-12-01T10:00:00Z', html_url: 'u' },
    ]);
    w.gh.seedComment(
      12,
      '<!-- flink-pipeline:plan -->\n<!-- flink-pipeline:meta {"version":1,"hash":"' +
        'a'.repeat(64) +
        '","base":null,"head":null,"truncated":false} -->\nreviewed plan',
    );

    const r = await runAction({
      cwd: w.c.work,
      event: 'push',
      payload: pushPayload(before, after),
      apiUrl: w.gh.url,
      sha: after,
      ref: 'refs/heads/main',
      inputs: secrets(w.emu),
    });
    expect(r.stderr).toBe('');
    expect(commands(r.stdout, 'error')).toEqual([]);
    expect(r.code).toBe(0);
    expect(r.outputs['deploy-status']).toBe('succeeded');
    expect(r.outputs['has-changes']).toBe('true');
    expect(r.outputs['changed-tables']).toBe('fct_big_orders');
    // Nothing was running: the changed table and its ancestors are deployed, all DML RUNNING.
    const phases = dmlPhases(w.emu);
    expect(
      Object.keys(phases)
        .sort()
        .map((n) => n.replace(/-[0-9a-f]{7}$/, '')),
    ).toEqual(['dev-shop-dml-fct-big-orders', 'dev-shop-dml-int-orders', 'dev-shop-dml-src-orders']);
    expect(Object.values(phases).every((p) => p === 'RUNNING')).toBe(true);

    // Drift against the plan reviewed on #12, as a warning and in the report.
    expect(commands(r.stdout, 'warning').some((w) => w.includes('plan drift') && w.includes('#12'))).toBe(
      true,
    );
    const report = w.gh.comments.find(
      (x) => x.issue === 12 && x.body.startsWith('<!-- flink-pipeline:deploy:'),
    );
    expect(report).toBeDefined();
    expect(report!.body).toContain('deploy succeeded');
    expect(report!.body).toContain('Drift');
    expect(report!.body).toContain('dev-shop-dml-fct-big-orders');
    expect(r.outputs['comment-url']).toBe(report!.html_url);
    expect(r.summary).toContain('deploy succeeded');
    expect(r.summary).toContain('The plan that was deployed');
    expect(w.gh.requests.some((q) => q.path.startsWith(`/repos/${REPOSITORY}/commits/${after}/pulls`))).toBe(
      true,
    );
    expectNoLeak(
      w.emu,
      r.stdout,
      r.stderr,
      r.summary,
      JSON.stringify(r.outputs),
      ...w.gh.comments.map((x) => x.body),
    );
    // The secrets were masked before any use.
    expect(r.stdout).toContain(`::add-mask::${API_SECRET}`);

    // A re-run of the same push converges to the same state: the report comment is updated, not duplicated.
    const r2 = await runAction({
      cwd: w.c.work,
      event: 'push',
      payload: pushPayload(before, after),
      apiUrl: w.gh.url,
      sha: after,
      ref: 'refs/heads/main',
      inputs: secrets(w.emu),
    });
    expect(r2.code).toBe(0);
    expect(
      w.gh.comments.filter((x) => x.issue === 12 && x.body.startsWith('<!-- flink-pipeline:deploy:')),
    ).toHaveLength(1);
    expect(Object.values(dmlPhases(w.emu)).every((p) => p === 'RUNNING')).toBe(true);
  });

  test('an old job re-run after a newer deploy: refused (deploy-status refused), nothing changed; allow-rollback rolls back', async () => {
    // The job of the push before the one deployed above: its head is older than what runs
    const after = w.c.git('rev-parse', 'HEAD');
    const older = w.c.git('rev-parse', 'HEAD~1');
    const root = w.c.git('rev-parse', 'HEAD~2');
    const before = dmlPhases(w.emu);
    const created = w.emu.state.history.length;
    const r = await runAction({
      cwd: w.c.work,
      event: 'push',
      payload: pushPayload(root, older),
      apiUrl: w.gh.url,
      sha: older,
      ref: 'refs/heads/main',
      inputs: secrets(w.emu),
    });
    expect(r.code).toBe(1);
    expect(r.outputs['deploy-status']).toBe('refused');
    const errors = commands(r.stdout, 'error');
    expect(errors).toEqual([
      expect.stringMatching(
        /^::error::deploy refused: HEAD [0-9a-f]{7} is older than what runs: `fct_big_orders`, `int_orders`, `src_orders` run statements of commit [0-9a-f]{7}, which comes after it;/,
      ),
    ]);
    expect(dmlPhases(w.emu)).toEqual(before);
    // Only the lease's statements were created
    expect(w.emu.state.history.slice(created).every((h) => /-flink-pipeline-lease-\d+$/.test(h.name))).toBe(
      true,
    );

    const back = await runAction({
      cwd: w.c.work,
      event: 'push',
      payload: pushPayload(root, older),
      apiUrl: w.gh.url,
      sha: older,
      ref: 'refs/heads/main',
      inputs: { ...secrets(w.emu), 'allow-rollback': 'true' },
    });
    expect(commands(back.stdout, 'error')).toEqual([]);
    expect(back.outputs['deploy-status']).toBe('succeeded');
    // And forward again, so that the tests below start from the newest commit
    const forward = await runAction({
      cwd: w.c.work,
      event: 'push',
      payload: pushPayload(older, after),
      apiUrl: w.gh.url,
      sha: after,
      ref: 'refs/heads/main',
      inputs: secrets(w.emu),
    });
    expect(forward.outputs['deploy-status']).toBe('succeeded');
  });

  test('a deploy that stops on an error users cause (a wrong secret): deploy-status failed, one line', async () => {
    const r = await runAction({
      cwd: w.c.work,
      event: 'workflow_dispatch',
      payload: dispatchPayload(),
      apiUrl: w.gh.url,
      inputs: {
        'flink-api-key': w.emu.apiKey,
        'flink-api-secret': 'not-the-secret',
        mode: 'deploy',
        tables: 'src_orders',
      },
    });
    expect(r.code).toBe(1);
    expect(r.outputs['deploy-status']).toBe('failed');
    expect(commands(r.stdout, 'error')).toEqual([
      expect.stringMatching(
        /^::error::GET statements: HTTP 401: Valid authentication credentials must be provided/,
      ),
    ]);
    expect(r.stdout).not.toMatch(/internal error/);
  });

  test('workflow_dispatch plan for two tables: the selection only, no comment', async () => {
    const r = await runAction({
      cwd: w.c.work,
      event: 'workflow_dispatch',
      payload: dispatchPayload(),
      apiUrl: w.gh.url,
      inputs: { ...secrets(w.emu), mode: 'plan', tables: 'int_orders, fct_big_orders' },
    });
    expect(r.code).toBe(0);
    expect(r.outputs['impacted-tables'].split(',').sort()).toEqual(['fct_big_orders', 'int_orders']);
    expect(r.outputs['deploy-status']).toBeUndefined();
    expect(r.summary).toContain('Flink pipeline plan for 2 tables');
  });

  test('workflow_dispatch deploy for two tables: deploys them and only them', async () => {
    const commentsBefore = w.gh.comments.length;
    const r = await runAction({
      cwd: w.c.work,
      event: 'workflow_dispatch',
      payload: dispatchPayload(),
      apiUrl: w.gh.url,
      inputs: {
        ...secrets(w.emu),
        mode: 'deploy',
        tables: 'int_orders,fct_big_orders',
        'allow-destructive': 'true',
      },
    });
    expect(commands(r.stdout, 'error')).toEqual([]);
    expect(r.code).toBe(0);
    expect(r.outputs['deploy-status']).toMatch(/^(succeeded|nothing-to-do)$/);
    expect(
      r.plan!.steps.every((s) => ['int_orders', 'fct_big_orders'].includes((s as { table: string }).table)),
    ).toBe(true);
    expect(Object.values(dmlPhases(w.emu)).every((p) => p === 'RUNNING')).toBe(true);
    expect(w.gh.comments.length).toBe(commentsBefore);
    expectNoLeak(w.emu, r.stdout, r.stderr, r.summary);
  });

  test('workflow_dispatch dry run: nothing is sent to the statements API', async () => {
    const before = w.emu.state.history.length;
    const r = await runAction({
      cwd: w.c.work,
      event: 'workflow_dispatch',
      payload: dispatchPayload(),
      apiUrl: w.gh.url,
      inputs: {
        ...secrets(w.emu),
        mode: 'deploy',
        tables: 'fct_big_orders',
        'dry-run': 'true',
        'allow-destructive': 'fct_big_orders',
      },
    });
    expect(r.code).toBe(0);
    expect(r.outputs['deploy-status']).toMatch(/^(dry-run|nothing-to-do)$/);
    expect(w.emu.state.history.length).toBe(before);
  });

  test('deploy without the Confluent secrets fails with one line', async () => {
    const r = await runAction({
      cwd: w.c.work,
      event: 'workflow_dispatch',
      payload: dispatchPayload(),
      apiUrl: w.gh.url,
      inputs: { mode: 'deploy', tables: 'src_orders' },
    });
    expect(r.code).toBe(1);
    const errors = commands(r.stdout, 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('flink-api-key and flink-api-secret: required to deploy');
  });

  test('a push to another branch deploys nothing', async () => {
    const sha = w.c.git('rev-parse', 'HEAD');
    const before = w.emu.state.history.length;
    const r = await runAction({
      cwd: w.c.work,
      event: 'push',
      payload: { ...pushPayload(sha, sha), ref: 'refs/heads/topic' },
      apiUrl: w.gh.url,
      inputs: secrets(w.emu),
    });
    expect(r.code).toBe(0);
    expect(r.outputs['deploy-status']).toBe('skipped');
    expect(w.emu.state.history.length).toBe(before);
  });
});

describe('deploy with a failing statement', () => {
  const w = deployWorld();

  test('the step fails, the step and its report name the statement', async () => {
    w.c.git('rm', '-q', '-r', 'pipelines');
    project(w.emu)(w.c.work);
    w.c.git('add', '-A');
    w.c.git('commit', '-q', '-m', 'shop project');
    const before = w.c.git('rev-parse', 'HEAD');
    // raw_lost is not in the emulator's catalog: the statement reading it goes FAILED.
    writeTable(
      w.c.work,
      'facts',
      'fct_lost',
      'INSERT INTO fct_lost\nSELECT order_id, amount FROM raw_lost;\n',
    );
    w.c.git('add', '-A');
    w.c.git('commit', '-q', '-m', 'Merge pull request #13');
    const after = w.c.git('rev-parse', 'HEAD');
    w.gh.pulls.set(after, [
      { number: 13, state: 'closed', merged_at: '2026-12-01T11:00:00Z', html_url: 'u' },
    ]);

    const r = await runAction({
      cwd: w.c.work,
      event: 'push',
      payload: pushPayload(before, after),
      apiUrl: w.gh.url,
      inputs: secrets(w.emu),
    });
    expect(r.code).toBe(1);
    expect(r.outputs['deploy-status']).toBe('failed');
    const errors = commands(r.stdout, 'error');
    expect(errors).toHaveLength(1);
    // The status once, then the counts and the failed step
    expect(errors[0]).toMatch(/^::error::deploy failed: \d+ done, 1 failed\b/);
    expect(errors[0]).toContain('fct_lost');
    const report = w.gh.comments.find(
      (x) => x.issue === 13 && x.body.startsWith('<!-- flink-pipeline:deploy:'),
    );
    expect(report!.body).toContain('deploy failed');
    expect(report!.body).toMatch(/❌ `fct_lost:create-dml`/);
    expect(r.summary).toContain('fct_lost');
    // No plan comment on #13: the drift check says there was nothing to compare.
    expect(report!.body).toContain('no plan comment found on #13');
    // The steps before the failure ran: the table exists.
    expect(report!.body).toMatch(/✅ \| `fct_lost:create-table`/);
    // Nothing of the shop project ran: reconciled, it is created with fct_lost, and only fct_lost fails
    expect(Object.entries(dmlPhases(w.emu)).sort()).toEqual([
      [expect.stringMatching(/^dev-shop-dml-fct-big-orders-/), 'RUNNING'],
      [expect.stringMatching(/^dev-shop-dml-fct-lost-/), 'FAILED'],
      [expect.stringMatching(/^dev-shop-dml-int-orders-/), 'RUNNING'],
      [expect.stringMatching(/^dev-shop-dml-src-orders-/), 'RUNNING'],
    ]);
    expectNoLeak(
      w.emu,
      r.stdout,
      r.stderr,
      r.summary,
      JSON.stringify(r.outputs),
      ...w.gh.comments.map((x) => x.body),
    );
  });
});

describe('deploy of a query the service refuses', () => {
  const w = deployWorld();

  test('checked as a dry run before its running statement is stopped: deploy-status refused, nothing changed', async () => {
    w.c.git('rm', '-q', '-r', 'pipelines');
    project(w.emu)(w.c.work);
    w.c.git('add', '-A');
    w.c.git('commit', '-q', '-m', 'shop project');
    const first = w.c.git('rev-parse', 'HEAD');
    const deployed = await runAction({
      cwd: w.c.work,
      event: 'push',
      payload: pushPayload(first, first),
      apiUrl: w.gh.url,
      inputs: { ...secrets(w.emu), 'allow-destructive': 'true' },
    });
    expect(deployed.outputs['deploy-status']).toBe('succeeded');
    const running = dmlPhases(w.emu);
    expect(Object.values(running).every((p) => p === 'RUNNING')).toBe(true);
    const created = w.emu.state.history.length;

    // raw_gone is not in the emulator's catalog: the new query of fct_big_orders cannot run.
    writeTable(
      w.c.work,
      'facts',
      'fct_big_orders',
      'INSERT INTO fct_big_orders\nSELECT order_id, amount FROM raw_gone;\n',
    );
    w.c.git('add', '-A');
    w.c.git('commit', '-q', '-m', 'Merge pull request #14');
    const after = w.c.git('rev-parse', 'HEAD');
    const r = await runAction({
      cwd: w.c.work,
      event: 'push',
      payload: pushPayload(first, after),
      apiUrl: w.gh.url,
      inputs: { ...secrets(w.emu), 'allow-destructive': 'true' },
    });
    expect(r.code).toBe(1);
    expect(r.outputs['deploy-status']).toBe('refused');
    const errors = commands(r.stdout, 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('checked as dry runs before anything was stopped');
    expect(errors[0]).toMatch(/dml\.fct_big_orders\.sql:\d+ \(fct_big_orders\): .*'raw_gone' does not exist/);
    // Nothing was stopped, dropped or created: the lease's statements aside.
    expect(dmlPhases(w.emu)).toEqual(running);
    expect(w.emu.state.history.slice(created).every((h) => /-flink-pipeline-lease-\d+$/.test(h.name))).toBe(
      true,
    );
    expectNoLeak(w.emu, r.stdout, r.stderr, r.summary, JSON.stringify(r.outputs));
  });
});
