import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmulator, type RunningEmulator } from '../../src/emulator/index.js';
import { startFakeGitHub, type FakeGitHub } from './fake-github.js';
import { checkout, startGitServer, type GitServer } from './git-server.js';
import {
  basicAuth,
  commands,
  expectNoSecret,
  git,
  pullRequestPayload,
  REPOSITORY,
  runAction,
  runTexts,
  TOKEN,
  type RunResult,
} from './harness.js';
import { startRecordingServer, type RecordingServer } from './recording-server.js';
import { shopProject } from './shop.js';
import {
  condition,
  environmentName,
  evaluateMap,
  interpolate,
  readWorkflow,
  type Contexts,
  type Job,
  type Value,
  type Workflow,
} from './workflow.js';

/**
 * Each example workflow, run the way GitHub would run it, for the events it is written for:
 * the YAML is parsed, the jobs whose `if:` holds are run step by step: actions/checkout is
 * copied against a local git server (head repository and ref as the example evaluates them),
 * the flink-pipeline step is the built dist/index.js with the `with:` inputs the example
 * evaluates to, `run:` steps run in bash. So the examples cannot drift from what is tested.
 */

const FORK = 'someone/pipelines';
const READ_ONLY = 'ghs_read_only_fork_token_00';
const API_SECRET = 'examples-Secret-7Hq2Zm5Kp';
const DML = 'pipelines/facts/shop/fct_big_orders/sql-scripts/dml.fct_big_orders.sql';
const INT_DML = 'pipelines/intermediates/shop/int_orders/sql-scripts/dml.int_orders.sql';
const OUR_ACTION = /^flink-pipeline\/flink-pipeline@[0-9a-f]{40}$/;

interface StepRun {
  kind: 'checkout' | 'action' | 'run' | 'upload' | 'skipped' | 'app-token';
  id?: string;
  result?: RunResult;
  /** The action step's evaluated inputs */
  inputs?: Record<string, string>;
  /** Checked-out repository */
  repository?: string;
  exitCode?: number;
  output?: string;
}

interface JobRun {
  name: string;
  job: Job;
  steps: StepRun[];
}

describe('example workflows, end to end', () => {
  let emu: RunningEmulator;
  let real: RecordingServer;
  let gh: FakeGitHub;
  let server: GitServer;
  let seed: string;
  let c1: string; // main: the shop project
  let c2: string; // main: a later change (the fork does not have it)
  const cleanups: (() => void)[] = [];
  let basic: string;

  /** A working clone of a server repository, for preparing history. */
  function clone(repository: string): string {
    const dir = mkdtempSync(join(tmpdir(), 'flink-examples-clone-'));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    git(tmpdir(), 'clone', '-q', `file://${server.path(repository)}`, dir);
    return dir;
  }

  function edit(dir: string, file: string, dml: string, message: string): string {
    writeFileSync(join(dir, file), dml);
    git(dir, 'commit', '-q', '-am', message);
    return git(dir, 'rev-parse', 'HEAD');
  }

  beforeAll(async () => {
    emu = await startEmulator({ port: 0, latency: 'fast', apiSecret: API_SECRET, tables: ['raw_orders'] });
    real = await startRecordingServer(emu.url);
    gh = await startFakeGitHub({ repository: REPOSITORY, token: TOKEN, readOnlyTokens: [READ_ONLY] });
    basic = `Basic ${basicAuth(emu.apiKey, API_SECRET)}`;
    server = startGitServer();
    // The upstream repository: main holds the shop project (c1); the fork is made from it;
    // then main moves on (c2), so the fork never sees c2.
    seed = mkdtempSync(join(tmpdir(), 'flink-examples-seed-'));
    cleanups.push(() => rmSync(seed, { recursive: true, force: true }));
    git(seed, 'init', '-q', '-b', 'main');
    // The examples name the config's environment `prod`.
    const target = { url: real.url, organizationId: emu.organizationId, environmentId: emu.environmentId };
    shopProject(target, 'prod')(seed);
    git(seed, 'add', '-A');
    git(seed, 'commit', '-q', '-m', 'shop project');
    c1 = git(seed, 'rev-parse', 'HEAD');
    server.create(REPOSITORY, seed);
    server.create(FORK, server.path(REPOSITORY));
    const up = clone(REPOSITORY);
    c2 = edit(
      up,
      INT_DML,
      'INSERT INTO int_orders\nSELECT order_id, amount FROM src_orders WHERE amount >= 1;\n',
      'int_orders: amount >= 1',
    );
    git(up, 'push', '-q', 'origin', 'main');
  });
  afterAll(async () => {
    await Promise.all([emu.close(), real.close(), gh.close()]);
    server.cleanup();
    for (const c of cleanups) c();
  });

  /** The contexts of a run: github (with the event), secrets, vars, inputs, steps. */
  function contexts(o: {
    event: string;
    payload: Record<string, Value>;
    ref: string;
    sha: string;
    token: string;
    secrets: Record<string, string>;
    inputs?: Record<string, Value>;
    pr?: { headRef: string; baseRef: string };
  }): Contexts {
    return {
      github: {
        event_name: o.event,
        event: o.payload,
        ref: o.ref,
        sha: o.sha,
        repository: REPOSITORY,
        repository_owner: REPOSITORY.split('/')[0],
        head_ref: o.pr?.headRef ?? '',
        base_ref: o.pr?.baseRef ?? '',
        token: o.token,
      },
      // GitHub gives a fork's run no secrets but the read-only GITHUB_TOKEN.
      secrets: { ...o.secrets, GITHUB_TOKEN: o.token },
      vars: {},
      inputs: o.inputs ?? {},
      steps: {},
      env: {},
    };
  }

  /** Runs the jobs of `wf` whose `if:` holds, step by step; `force` runs a job whatever its `if:`. */
  async function runWorkflow(
    wf: Workflow,
    ctx: Contexts,
    event: { name: string; payload: unknown; ref: string; sha: string },
    force?: string,
  ): Promise<JobRun[]> {
    const runs: JobRun[] = [];
    for (const [name, job] of Object.entries(wf.jobs)) {
      if (name !== force && !condition(job.if, ctx)) continue;
      const jobCtx: Contexts = { ...ctx, steps: {} };
      const steps: StepRun[] = [];
      let workspace: string | undefined;
      let failed = false;
      for (const step of job.steps) {
        const stepsCtx = jobCtx.steps as Record<string, Value>;
        const cond = step.if ?? 'success()';
        // failure() is not evaluated: after a failed step only always() steps run.
        if (failed && !String(cond).includes('always()')) {
          steps.push({ kind: 'skipped', id: step.id });
          continue;
        }
        if (!condition(cond, jobCtx)) {
          steps.push({ kind: 'skipped', id: step.id });
          if (step.id) stepsCtx[step.id] = { outputs: {}, outcome: 'skipped', conclusion: 'skipped' };
          continue;
        }
        const env = {
          ...evaluateMap(wf.env, jobCtx),
          ...evaluateMap(job.env, jobCtx),
          ...evaluateMap(step.env, jobCtx),
        };
        const inputs = evaluateMap(step.with, jobCtx);
        const uses = step.uses?.split('#')[0].trim();
        if (uses?.startsWith('actions/checkout@')) {
          const co = checkout(server, {
            with: inputs,
            github: { repository: REPOSITORY, ref: event.ref, sha: event.sha, event_name: event.name },
          });
          cleanups.push(co.cleanup);
          workspace = co.work;
          steps.push({ kind: 'checkout', repository: co.repository });
        } else if (uses && OUR_ACTION.test(uses)) {
          if (!workspace) throw new Error(`${name}: the action runs before any checkout`);
          const token = (ctx.github as Record<string, Value>).token as string;
          const result = await runAction({
            cwd: workspace,
            event: event.name,
            payload: event.payload,
            apiUrl: gh.url,
            sha: event.sha,
            ref: event.ref,
            // The runner fills action.yml's `${{ github.token }}` default the same way.
            inputs: { 'github-token': token, ...inputs },
            env: { ...env, GITHUB_SERVER_URL: server.url },
          });
          steps.push({ kind: 'action', id: step.id, result, inputs });
          if (step.id)
            stepsCtx[step.id] = {
              outputs: result.outputs,
              outcome: result.code === 0 ? 'success' : 'failure',
            };
          if (result.code !== 0) failed = true;
        } else if (uses?.startsWith('actions/upload-artifact@')) {
          steps.push({ kind: 'upload', output: inputs.path });
        } else if (uses?.startsWith('actions/create-github-app-token@')) {
          throw new Error(`${name}: the App token step ran; the tests give no App credentials`);
        } else if (step.run !== undefined) {
          const script = interpolate(step.run, jobCtx);
          const r = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', script], {
            cwd: workspace ?? tmpdir(),
            env: { PATH: process.env.PATH ?? '', ...env },
            encoding: 'utf8',
          });
          steps.push({ kind: 'run', exitCode: r.status ?? -1, output: r.stdout + r.stderr });
          if (r.status !== 0) failed = true;
        } else throw new Error(`${name}: step ${step.id ?? step.name ?? step.uses} is not emulated`);
      }
      runs.push({ name, job, steps });
    }
    return runs;
  }

  const actionOf = (run: JobRun) => run.steps.find((s) => s.kind === 'action')!;

  const expectNoLeak = (r: RunResult) =>
    expectNoSecret(
      [API_SECRET, basicAuth(emu.apiKey, API_SECRET), TOKEN, READ_ONLY],
      runTexts(r, gh.comments),
    );

  const planSecrets = () => ({ FLINK_PLAN_API_KEY: emu.apiKey, FLINK_PLAN_API_SECRET: API_SECRET });
  const deploySecrets = () => ({ FLINK_API_KEY: emu.apiKey, FLINK_API_SECRET: API_SECRET });

  test('plan-on-pr.yml, same-repository pull request: live status, comment, metadata commit on the head branch', async () => {
    const work = clone(REPOSITORY);
    git(work, 'checkout', '-q', '-b', 'feature');
    const headSha = edit(
      work,
      DML,
      'INSERT INTO fct_big_orders\nSELECT order_id, amount FROM int_orders WHERE amount > 250;\n',
      'fct_big_orders: over 250',
    );
    git(work, 'push', '-q', 'origin', 'feature', `${headSha}:refs/pull/7/head`);
    const payload = pullRequestPayload({
      action: 'opened',
      number: 7,
      baseSha: c2,
      headRef: 'feature',
      headSha,
    });
    const ctx = contexts({
      event: 'pull_request',
      payload: payload as unknown as Record<string, Value>,
      ref: 'refs/pull/7/merge',
      sha: headSha,
      token: TOKEN,
      secrets: planSecrets(),
      pr: { headRef: 'feature', baseRef: 'main' },
    });
    const before = real.requests.length;
    const runs = await runWorkflow(readWorkflow('examples/plan-on-pr.yml'), ctx, {
      name: 'pull_request',
      payload,
      ref: 'refs/pull/7/merge',
      sha: headSha,
    });
    expect(runs.map((j) => j.name)).toEqual(['plan']);
    const [plan] = runs;
    expect(environmentName(plan.job)).not.toBe('production');
    expect(plan.steps.map((s) => s.kind)).toEqual(['skipped', 'checkout', 'action', 'upload']);
    const { result: r, inputs } = actionOf(plan);
    expect(r!.stderr).toBe('');
    expect(commands(r!.stdout, 'error')).toEqual([]);
    expect(r!.code).toBe(0);
    expect(inputs!['flink-api-key']).toBe(emu.apiKey);

    // The head commit was planned, with live status read from the configured endpoint.
    expect(r!.plan!.head).toBe(headSha);
    expect(r!.plan!.base).toBe(c2);
    expect(r!.summary).toContain('live status: from Confluent Cloud');
    const used = real.requests.slice(before);
    expect(used.length).toBeGreaterThan(0);
    expect(used.every((q) => q.authorization === basic)).toBe(true);

    // The metadata commit went to the head branch on the server, on top of the head commit.
    const upstream = (...a: string[]) => git(server.path(REPOSITORY), ...a);
    const pushed = upstream('rev-parse', 'refs/heads/feature');
    expect(upstream('rev-parse', `${pushed}^`)).toBe(headSha);
    expect(upstream('log', '-1', '--format=%an', pushed)).toBe('github-actions[bot]');

    // One sticky comment; the upload step keeps the plan file the action wrote.
    const mine = gh.comments.filter((x) => x.issue === 7);
    expect(mine).toHaveLength(1);
    expect(mine[0].body).toContain('`fct_big_orders`');
    expect(r!.outputs['comment-url']).toBe(mine[0].html_url);
    expect(plan.steps[3].output).toBe(r!.outputs['plan-json']);
    expectNoLeak(r!);
  });

  test('plan-on-pr.yml, fork pull request: plans the fork head commit into the job summary, reads no secret', async () => {
    const fork = clone(FORK);
    git(fork, 'checkout', '-q', '-b', 'contrib');
    const headSha = edit(
      fork,
      DML,
      'INSERT INTO fct_big_orders\nSELECT order_id, amount FROM int_orders WHERE amount > 999;\n',
      'fct_big_orders: over 999',
    );
    git(fork, 'push', '-q', 'origin', 'contrib');
    // GitHub keeps the fork's head in the base repository too; the example does not rely on it.
    const refs = () => [server.path(REPOSITORY), server.path(FORK)].map((p) => git(p, 'for-each-ref'));
    const refsBefore = refs();
    expect(() => git(server.path(FORK), 'cat-file', '-e', `${c2}^{commit}`)).toThrow();

    const payload = pullRequestPayload({
      action: 'opened',
      number: 9,
      baseSha: c2,
      headRef: 'contrib',
      headSha,
      headRepo: FORK,
    });
    const ctx = contexts({
      event: 'pull_request',
      payload: payload as unknown as Record<string, Value>,
      ref: 'refs/pull/9/merge',
      sha: headSha,
      token: READ_ONLY,
      secrets: {}, // GitHub gives fork runs none
      pr: { headRef: 'contrib', baseRef: 'main' },
    });
    const before = real.requests.length;
    const commentsBefore = gh.comments.length;
    const runs = await runWorkflow(readWorkflow('examples/plan-on-pr.yml'), ctx, {
      name: 'pull_request',
      payload,
      ref: 'refs/pull/9/merge',
      sha: headSha,
    });
    const [plan] = runs;
    expect(plan.steps.map((s) => s.kind)).toEqual(['skipped', 'checkout', 'action', 'upload']);
    // The checkout is the fork's repository at the fork's head commit.
    expect(plan.steps[1].repository).toBe(FORK);
    const { result: r, inputs } = actionOf(plan);
    expect(commands(r!.stdout, 'error')).toEqual([]);
    expect(r!.code).toBe(0);
    expect(inputs!['flink-api-key']).toBe('');
    expect(inputs!['flink-api-secret']).toBe('');

    // The fork's head commit, diffed from its merge-base with the base commit, which the
    // action fetched from the base repository.
    expect(r!.stdout).toContain(`fetched the base commit ${c2.slice(0, 7)}`);
    expect(r!.plan!.head).toBe(headSha);
    expect(r!.plan!.base).toBe(c1);
    expect(r!.outputs['changed-tables']).toBe('fct_big_orders');
    expect(r!.summary).toContain('Flink pipeline plan for pull request 9');
    expect(r!.summary).toContain('`fct_big_orders`');
    expect(r!.summary).toContain('pull request from a fork');
    expect(r!.summary).toContain('live status: none');

    // No secret read, nothing sent to Confluent, nothing pushed anywhere, no comment.
    expect(r!.stdout).not.toContain(`::add-mask::${API_SECRET}`);
    expect(real.requests.length).toBe(before);
    expect(refs()).toEqual(refsBefore);
    expect(gh.comments.length).toBe(commentsBefore);
    expect(commands(r!.stdout, 'warning').some((w) => w.includes('the plan is in the job summary'))).toBe(
      true,
    );
    expectNoLeak(r!);
  });

  test('deploy-on-push.yml, push to main: deploys before..after in the production environment', async () => {
    const payload = {
      ref: 'refs/heads/main',
      before: c1,
      after: c2,
      repository: { full_name: REPOSITORY, default_branch: 'main' },
      head_commit: { id: c2, message: 'Merge pull request #12' },
    };
    gh.pulls.set(c2, [{ number: 12, state: 'closed', merged_at: '2026-12-01T10:00:00Z', html_url: 'u' }]);
    const wf = readWorkflow('examples/deploy-on-push.yml');
    const ctx = contexts({
      event: 'push',
      payload,
      ref: 'refs/heads/main',
      sha: c2,
      token: TOKEN,
      secrets: deploySecrets(),
    });
    const runs = await runWorkflow(wf, ctx, { name: 'push', payload, ref: 'refs/heads/main', sha: c2 });
    expect(runs.map((j) => j.name)).toEqual(['deploy']);
    const [deploy] = runs;
    expect(environmentName(deploy.job)).toBe('production');
    expect(deploy.job.concurrency).toEqual({ group: 'flink-deploy-production', 'cancel-in-progress': false });
    const { result: r } = actionOf(deploy);
    expect(commands(r!.stdout, 'error')).toEqual([]);
    expect(r!.code).toBe(0);
    expect(r!.outputs['deploy-status']).toBe('succeeded');
    expect(r!.plan!.base).toBe(c1);
    expect(r!.plan!.head).toBe(c2);
    emu.state.advance();
    // int_orders changed; nothing ran before, so the deploy (reconciling what runs with HEAD)
    // brings every table of the project live.
    const dml = [...emu.state.statements.values()].filter((s) => s.name.includes('-dml-'));
    expect(dml.map((s) => s.name.replace(/-[0-9a-f]{7}$/, '')).sort()).toEqual([
      'dev-shop-dml-fct-big-orders',
      'dev-shop-dml-int-orders',
      'dev-shop-dml-src-orders',
    ]);
    expect(dml.every((s) => s.phase === 'RUNNING')).toBe(true);
    expect(gh.comments.some((x) => x.issue === 12 && x.body.includes('deploy succeeded'))).toBe(true);
    // The last step reads the action's output.
    const last = deploy.steps[deploy.steps.length - 1];
    expect(last).toMatchObject({ kind: 'run', exitCode: 0 });
    expect(last.output).toContain('deploy-status=succeeded');
    expectNoLeak(r!);

    // A copy of the workflow pushed on another branch deploys nothing.
    const other = { ...payload, ref: 'refs/heads/release' };
    const ctxOther = contexts({
      event: 'push',
      payload: other,
      ref: 'refs/heads/release',
      sha: c2,
      token: TOKEN,
      secrets: deploySecrets(),
    });
    expect(condition(wf.jobs.deploy.if, ctxOther)).toBe(false);
  });

  const dispatchPayload = (inputs: Record<string, Value>, ref: string) => ({
    inputs,
    ref,
    repository: { full_name: REPOSITORY, default_branch: 'main' },
  });

  async function dispatch(inputs: Record<string, Value>, ref: string, force?: string) {
    // GitHub's `inputs` context keeps booleans; the payload carries strings.
    const payload = dispatchPayload(
      Object.fromEntries(Object.entries(inputs).map(([k, v]) => [k, String(v)])),
      ref,
    );
    const sha = git(server.path(REPOSITORY), 'rev-parse', ref);
    const ctx = contexts({
      event: 'workflow_dispatch',
      payload,
      ref,
      sha,
      token: TOKEN,
      secrets: { ...planSecrets(), ...deploySecrets() },
      inputs,
    });
    return runWorkflow(
      readWorkflow('examples/manual-dispatch.yml'),
      ctx,
      {
        name: 'workflow_dispatch',
        payload,
        ref,
        sha,
      },
      force,
    );
  }

  test('manual-dispatch.yml, mode plan: the plan job only, with the plan key and no production approval', async () => {
    const history = emu.state.history.length;
    const before = real.requests.length;
    const runs = await dispatch(
      { mode: 'plan', tables: 'int_orders', descendants: true, 'dry-run': true, 'allow-destructive': false },
      'refs/heads/main',
    );
    expect(runs.map((j) => j.name)).toEqual(['plan']);
    expect(environmentName(runs[0].job)).toBe('flink-plan');
    const { result: r, inputs } = actionOf(runs[0]);
    expect(inputs).toMatchObject({ mode: 'plan', tables: 'int_orders', descendants: 'true' });
    expect(inputs!['flink-api-key']).toBe(emu.apiKey);
    expect(r!.code).toBe(0);
    expect(r!.outputs['impacted-tables'].split(',').sort()).toEqual(['fct_big_orders', 'int_orders']);
    expect(r!.summary).toContain('Flink pipeline plan for one table');
    expect(r!.outputs['deploy-status']).toBeUndefined();
    // Live status was read; nothing was created.
    expect(real.requests.length).toBeGreaterThan(before);
    expect(real.requests.slice(before).every((q) => q.method === 'GET')).toBe(true);
    expect(emu.state.history.length).toBe(history);
    expectNoLeak(r!);
  });

  test('manual-dispatch.yml, mode deploy on main: the deploy job in production, in the deploy group', async () => {
    // main moved on since the deploy on push: what runs records c2, which the deploy must place
    // in the history (never backwards), so the job's clone cannot be shallow.
    const up = clone(REPOSITORY);
    edit(
      up,
      INT_DML,
      'INSERT INTO int_orders\nSELECT order_id, amount FROM src_orders WHERE amount >= 2;\n',
      'int_orders: amount >= 2',
    );
    git(up, 'push', '-q', 'origin', 'main');
    const runs = await dispatch(
      {
        mode: 'deploy',
        tables: 'int_orders',
        descendants: false,
        'dry-run': false,
        'allow-destructive': true,
      },
      'refs/heads/main',
    );
    expect(runs.map((j) => j.name)).toEqual(['deploy']);
    const [deploy] = runs;
    expect(environmentName(deploy.job)).toBe('production');
    // The same group as the deploy on push: the two never run at once.
    expect(deploy.job.concurrency).toEqual(
      readWorkflow('examples/deploy-on-push.yml').jobs.deploy.concurrency,
    );
    const { result: r, inputs } = actionOf(deploy);
    expect(inputs).toMatchObject({ mode: 'deploy', 'dry-run': 'false', 'allow-destructive': 'true' });
    expect(commands(r!.stdout, 'error')).toEqual([]);
    expect(r!.code).toBe(0);
    expect(r!.outputs['deploy-status']).toBe('succeeded');
    emu.state.advance();
    const running = [...emu.state.statements.values()].filter(
      (s) => s.name.includes('-dml-int-orders') && s.phase === 'RUNNING',
    );
    expect(running.map((s) => s.spec.statement)).toEqual([expect.stringContaining('amount >= 2')]);
    expectNoLeak(r!);
  });

  test('manual-dispatch.yml, mode deploy on another branch: refused before any approval, and by the action', async () => {
    const up = clone(REPOSITORY);
    git(up, 'push', '-q', 'origin', 'main:refs/heads/topic');
    const history = emu.state.history.length;
    const inputs = {
      mode: 'deploy',
      tables: 'fct_big_orders',
      descendants: false,
      'dry-run': false,
      'allow-destructive': true,
    };
    const runs = await dispatch(inputs, 'refs/heads/topic');
    expect(runs.map((j) => j.name)).toEqual(['refuse-other-refs']);
    expect(runs[0].job.environment).toBeUndefined();
    expect(runs[0].steps).toHaveLength(1);
    expect(runs[0].steps[0].exitCode).toBe(1);
    expect(runs[0].steps[0].output).toContain(
      '::error::deploys run only from the default branch main, not from refs/heads/topic',
    );
    // Were the job's condition removed, the action itself refuses.
    const forced = await dispatch(inputs, 'refs/heads/topic', 'deploy');
    const { result: r } = actionOf(forced.find((j) => j.name === 'deploy')!);
    expect(r!.code).toBe(1);
    const errors = commands(r!.stdout, 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('runs only on the default branch main, not on refs/heads/topic');
    expect(emu.state.history.length).toBe(history);
  });
});
