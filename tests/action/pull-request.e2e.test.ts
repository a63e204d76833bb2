import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CLI } from '../helpers/repo.js';
import { startFakeGitHub, type FakeGitHub } from './fake-github.js';
import {
  commands,
  expectNoSecret,
  git,
  makeCheckout,
  pullRequestPayload,
  REPOSITORY,
  runAction,
  TOKEN,
  type Checkout,
} from './harness.js';

/**
 * The pull request path of the built action, end to end: a real clone with a bare remote, the
 * fake GitHub API, the command files. One checkout is shared by the opened → synchronize
 * sequence, as on a real pull request.
 */

const P_DML = 'pipelines/facts/p2/p/sql-scripts/dml.p.sql';
const BOT = 'github-actions[bot]';
const SECRET_KEY = 'FLINKKEY7Q2W9E';
const SECRET = 'flink-secret-Zx81pQ0vB7';

function editFilter(c: Checkout, value: string) {
  const path = join(c.work, P_DML);
  writeFileSync(
    path,
    readFileSync(path, 'utf8').replace(/WHERE x_label <> '[^']*'/, `WHERE x_label <> '${value}'`),
  );
}

const expectNoLeak = (...texts: string[]) => expectNoSecret([SECRET, SECRET_KEY, TOKEN], texts);

describe('pull_request, same repository', () => {
  let gh: FakeGitHub;
  let c: Checkout;
  let baseSha: string;

  beforeAll(async () => {
    gh = await startFakeGitHub({ repository: REPOSITORY, token: TOKEN });
    c = makeCheckout();
    baseSha = c.git('rev-parse', 'HEAD');
    c.git('checkout', '-q', '-b', 'feature');
    editFilter(c, 'none');
    c.git('commit', '-q', '-am', 'filter out none');
    c.git('push', '-q', 'origin', 'feature');
    // Earlier conversation: 150 comments, so the action must page to see everything.
    for (let i = 0; i < 150; i++) gh.seedComment(7, `comment ${i}`, { login: 'dev', type: 'User' });
    // Someone quoting the marker: never the sticky comment.
    gh.seedComment(7, '<!-- flink-pipeline:plan -->\nquoted by a person', { login: 'dev', type: 'User' });
  });
  afterAll(async () => {
    await gh.close();
    c.cleanup();
  });

  test('opened: comment created, metadata committed and pushed to the head branch', async () => {
    const headSha = c.git('rev-parse', 'HEAD');
    const r = await runAction({
      cwd: c.work,
      event: 'pull_request',
      payload: pullRequestPayload({ action: 'opened', number: 7, baseSha, headRef: 'feature', headSha }),
      apiUrl: gh.url,
      env: { 'INPUT_FLINK-API-KEY': '', 'INPUT_FLINK-API-SECRET': '' },
    });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);

    // The bot commit is on the remote's head branch, on top of the PR head, with the files.
    const remoteHead = c.originGit('rev-parse', 'refs/heads/feature');
    expect(remoteHead).not.toBe(headSha);
    expect(c.originGit('rev-parse', `${remoteHead}^`)).toBe(headSha);
    expect(c.originGit('log', '-1', '--format=%an <%ae>|%cn', remoteHead)).toBe(
      `${BOT} <41898282+${BOT}@users.noreply.github.com>|${BOT}`,
    );
    const files = c.originGit('diff-tree', '--no-commit-id', '--name-only', '-r', remoteHead).split('\n');
    expect(files).toContain('pipelines/inventory.json');
    expect(files).toContain('pipelines/facts/p2/p/pipeline_definition.json');
    expect(files.every((f) => f.endsWith('inventory.json') || f.endsWith('pipeline_definition.json'))).toBe(
      true,
    );

    // The pushed files are byte for byte what `flink-pipeline inventory` writes.
    const cliDir = join(c.tmp, 'cli-copy');
    git(c.tmp, 'clone', '-q', c.origin, cliDir);
    git(cliDir, 'checkout', '-q', headSha);
    const cli = spawnSync(process.execPath, [CLI, 'inventory'], { cwd: cliDir });
    expect(cli.status).toBe(0);
    for (const f of files) {
      expect(c.originGit('show', `${remoteHead}:${f}`) + '\n').toBe(readFileSync(join(cliDir, f), 'utf8'));
    }

    // One sticky comment, found after paging through all comments (per_page=100, page 2).
    const mine = gh.comments.filter((x) => x.issue === 7 && x.user.type === 'Bot');
    expect(mine).toHaveLength(1);
    expect(mine[0].body.startsWith('<!-- flink-pipeline:plan -->')).toBe(true);
    expect(mine[0].body).toContain('flink-pipeline:meta');
    expect(mine[0].body).toContain('`p`');
    // p reads z, an upsert table (a primary key and no changelog.mode): a query change rebuilds it.
    expect(mine[0].body).toContain('rebuild');
    expect(mine[0].body).toMatch(/committed \d+ updated files to `feature`/);
    expect(mine[0].body.length).toBeLessThanOrEqual(65_536);
    const listed = gh.requests.filter((q) => q.method === 'GET' && q.path.includes('/issues/7/comments'));
    expect(listed.map((q) => q.path)).toEqual([
      `/repos/${REPOSITORY}/issues/7/comments?per_page=100`,
      `/repos/${REPOSITORY}/issues/7/comments?per_page=100&page=2`,
    ]);
    expect(gh.requests.every((q) => q.authorization === `token ${TOKEN}`)).toBe(true);
    // The person's comment quoting the marker was not touched.
    expect(gh.comments.find((x) => x.body.includes('quoted by a person'))!.body).toContain('quoted');

    // Outputs, summary, annotations.
    expect(r.outputs['comment-url']).toBe(mine[0].html_url);
    expect(r.outputs['changed-tables']).toBe('p');
    expect(r.outputs['impacted-tables'].split(',')).toContain('p');
    expect(r.outputs['has-changes']).toBe('true');
    expect(r.outputs['plan-json']).toMatch(/runner-temp[\\/]flink-pipeline[\\/]plan-.+\.json$/);
    const plan = r.plan!;
    expect(plan.version).toBe(1);
    expect(plan.head).toBe(headSha);
    expect(plan.base).toBe(baseSha);
    expect(r.summary).toContain('Flink pipeline plan for pull request 7');
    expect(r.summary).toContain('Findings');
    const warnings = commands(r.stdout, 'warning');
    expect(warnings.some((w) => /file=pipelines\/.+\.sql,line=\d+/.test(w))).toBe(true);
    expectNoLeak(r.stdout, r.stderr, r.summary, JSON.stringify(r.outputs), ...gh.comments.map((x) => x.body));
  });

  test('synchronize: the same comment is updated, no duplicate, no empty commit', async () => {
    const before = gh.comments.filter((x) => x.user.type === 'Bot').map((x) => ({ ...x }));
    // The developer pulls the bot commit and pushes another change that leaves the metadata as it is.
    c.git('pull', '-q', '--ff-only', 'origin', 'feature');
    editFilter(c, 'n/a');
    c.git('commit', '-q', '-am', 'filter out n/a');
    c.git('push', '-q', 'origin', 'feature');
    const headSha = c.git('rev-parse', 'HEAD');
    const requestsBefore = gh.requests.length;
    const r = await runAction({
      cwd: c.work,
      event: 'pull_request',
      payload: pullRequestPayload({ action: 'synchronize', number: 7, baseSha, headRef: 'feature', headSha }),
      apiUrl: gh.url,
    });
    expect(r.code).toBe(0);
    expect(c.originGit('rev-parse', 'refs/heads/feature')).toBe(headSha);
    const after = gh.comments.filter((x) => x.user.type === 'Bot');
    expect(after).toHaveLength(1);
    expect(after[0].id).toBe(before[0].id);
    expect(after[0].body).not.toBe(before[0].body);
    expect(after[0].body).toContain('Metadata files:** ✅ up to date');
    const writes = gh.requests.slice(requestsBefore).filter((q) => q.method !== 'GET');
    expect(writes.map((q) => `${q.method} ${q.path}`)).toEqual([
      `PATCH /repos/${REPOSITORY}/issues/comments/${before[0].id}`,
    ]);
    expect(r.outputs['comment-url']).toBe(before[0].html_url);

    // A re-run of the same event changes nothing at all: no commit, no comment edit.
    const again = gh.requests.length;
    const r2 = await runAction({
      cwd: c.work,
      event: 'pull_request',
      payload: pullRequestPayload({ action: 'synchronize', number: 7, baseSha, headRef: 'feature', headSha }),
      apiUrl: gh.url,
    });
    expect(r2.code).toBe(0);
    expect(gh.requests.slice(again).filter((q) => q.method !== 'GET')).toEqual([]);
    expect(c.originGit('rev-parse', 'refs/heads/feature')).toBe(headSha);
  });
});

describe('pull_request from a fork', () => {
  let gh: FakeGitHub;
  let c: Checkout;
  const READ_ONLY = 'ghs_read_only_fork_token';

  beforeAll(async () => {
    gh = await startFakeGitHub({ repository: REPOSITORY, token: TOKEN, readOnlyTokens: [READ_ONLY] });
    c = makeCheckout();
  });
  afterAll(async () => {
    await gh.close();
    c.cleanup();
  });

  test('never pushes, never reads the secrets, lists the out-of-date files', async () => {
    const baseSha = c.git('rev-parse', 'HEAD');
    c.git('checkout', '-q', '-b', 'contrib');
    editFilter(c, 'fork');
    c.git('commit', '-q', '-am', 'fork change');
    const headSha = c.git('rev-parse', 'HEAD');
    const refsBefore = c.originGit('for-each-ref');
    const r = await runAction({
      cwd: c.work,
      event: 'pull_request',
      payload: pullRequestPayload({
        action: 'opened',
        number: 9,
        baseSha,
        headRef: 'contrib',
        headSha,
        headRepo: 'someone/pipelines',
      }),
      apiUrl: gh.url,
      inputs: { 'github-token': READ_ONLY },
      // A misconfigured workflow passes secrets anyway: they must not be read.
      env: { 'INPUT_FLINK-API-KEY': SECRET_KEY, 'INPUT_FLINK-API-SECRET': SECRET },
    });
    expect(r.code).toBe(0);
    // Nothing pushed: the remote is exactly as it was; nothing committed locally either.
    expect(c.originGit('for-each-ref')).toBe(refsBefore);
    expect(c.git('rev-parse', 'HEAD')).toBe(headSha);
    expect(c.git('status', '--porcelain')).toBe('');
    // Secrets never read: not even masked (masking needs reading them).
    expect(r.stdout).not.toContain('::add-mask::' + SECRET);
    expect(r.stdout).not.toContain('::add-mask::' + SECRET_KEY);
    expect(
      gh.requests.every(
        (q) => !q.authorization?.includes(Buffer.from(`${SECRET_KEY}:${SECRET}`).toString('base64')),
      ),
    ).toBe(true);
    expectNoLeak(r.stdout, r.stderr, r.summary, JSON.stringify(r.outputs), ...gh.comments.map((x) => x.body));
    // The read-only token cannot comment: a warning, and the summary carries the plan and the files.
    expect(gh.comments).toHaveLength(0);
    expect(
      commands(r.stdout, 'warning').some((w) => w.includes('posting the plan comment failed (HTTP 403)')),
    ).toBe(true);
    expect(r.summary).toContain('pull request from a fork');
    expect(r.summary).toMatch(/47 files out of date/);
    expect(r.summary).toContain('`pipelines/inventory.json`');
    expect(r.summary).toContain('live status: none');
    expect(r.outputs['changed-tables']).toBe('p');
  });
});

describe('pull_request: checkout and input problems', () => {
  let gh: FakeGitHub;
  beforeAll(async () => {
    gh = await startFakeGitHub({ repository: REPOSITORY, token: TOKEN });
  });
  afterAll(() => gh.close());

  test('a shallow clone says to use fetch-depth: 0', async () => {
    const c = makeCheckout();
    try {
      const baseSha = c.git('rev-parse', 'HEAD');
      c.git('checkout', '-q', '-b', 'f');
      editFilter(c, 'shallow');
      c.git('commit', '-q', '-am', 'x');
      c.git('push', '-q', 'origin', 'f');
      const headSha = c.git('rev-parse', 'HEAD');
      const shallow = join(c.tmp, 'shallow');
      git(c.tmp, 'clone', '-q', '--depth', '1', '--branch', 'f', `file://${c.origin}`, shallow);
      const r = await runAction({
        cwd: shallow,
        event: 'pull_request',
        payload: pullRequestPayload({ action: 'opened', number: 3, baseSha, headRef: 'f', headSha }),
        apiUrl: gh.url,
        inputs: { 'commit-metadata': 'false' },
      });
      expect(r.code).toBe(1);
      const errors = commands(r.stdout, 'error');
      expect(errors).toHaveLength(1);
      expect(errors[0]).toContain('fetch-depth: 0');
      expect(r.stdout).not.toMatch(/\n\s+at /);
    } finally {
      c.cleanup();
    }
  });

  test.each([
    [{ 'max-parallel': '0' }, 'input max-parallel: must be an integer 1..64 (got "0")'],
    [{ 'max-parallel': 'lots' }, 'input max-parallel: must be an integer 1..64 (got "lots")'],
    [{ mode: 'yolo' }, 'input mode: must be auto, plan or deploy (got "yolo")'],
    [{ 'dry-run': 'yes' }, 'input dry-run: must be true or false (got "yes")'],
    [{ mode: 'deploy' }, 'input mode: deploy does not run on pull_request'],
    [{ pipelines: 'nope' }, 'input pipelines: folder "nope" not found'],
    [{ config: 'missing.yaml' }, 'input config: file "missing.yaml" not found'],
  ])('bad input %j fails with one line', async (inputs, message) => {
    const dir = makeCheckout();
    try {
      const sha = dir.git('rev-parse', 'HEAD');
      const r = await runAction({
        cwd: dir.work,
        event: 'pull_request',
        payload: pullRequestPayload({
          action: 'opened',
          number: 1,
          baseSha: sha,
          headRef: 'main',
          headSha: sha,
        }),
        apiUrl: gh.url,
        inputs,
      });
      expect(r.code).toBe(1);
      const errors = commands(r.stdout, 'error');
      expect(errors).toHaveLength(1);
      expect(errors[0]).toContain(message);
      expect(errors[0]).not.toContain('%0A');
      expect(r.stderr).toBe('');
      expect(existsSync(join(dir.work, 'pipelines', 'inventory.json'))).toBe(false);
    } finally {
      dir.cleanup();
    }
  });
});

describe('merge_group', () => {
  test('plans the queued commit and finds no drift against the reviewed plan', async () => {
    const gh = await startFakeGitHub({ repository: REPOSITORY, token: TOKEN });
    const c = makeCheckout();
    try {
      const baseSha = c.git('rev-parse', 'HEAD');
      c.git('checkout', '-q', '-b', 'queued');
      editFilter(c, 'queued');
      c.git('commit', '-q', '-am', 'queued change');
      c.git('push', '-q', 'origin', 'queued');
      const headSha = c.git('rev-parse', 'HEAD');
      const pr = await runAction({
        cwd: c.work,
        event: 'pull_request',
        payload: pullRequestPayload({ action: 'opened', number: 21, baseSha, headRef: 'queued', headSha }),
        apiUrl: gh.url,
        inputs: { 'commit-metadata': 'false' },
      });
      expect(pr.code).toBe(0);
      const r = await runAction({
        cwd: c.work,
        event: 'merge_group',
        payload: {
          action: 'checks_requested',
          merge_group: {
            base_sha: baseSha,
            head_sha: headSha,
            head_ref: `refs/heads/gh-readonly-queue/main/pr-21-${baseSha}`,
          },
          repository: { full_name: REPOSITORY, default_branch: 'main' },
        },
        apiUrl: gh.url,
      });
      expect(r.code).toBe(0);
      expect(r.plan!.hash).toBe(pr.plan!.hash);
      expect(r.summary).toContain('Drift check:** ✅ the plan equals the one posted on #21');
      expect(commands(r.stdout, 'warning').some((w) => w.includes('drift'))).toBe(false);
      // The merge queue run writes nothing to GitHub.
      expect(gh.requests.filter((q) => q.method !== 'GET')).toHaveLength(1);
    } finally {
      await gh.close();
      c.cleanup();
    }
  });
});
