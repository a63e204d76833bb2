import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startEmulator, type RunningEmulator } from '../../src/emulator/index.js';
import { startFakeGitHub, type FakeGitHub } from './fake-github.js';
import {
  commands,
  makeCheckout,
  pullRequestPayload,
  REPOSITORY,
  runAction,
  TOKEN,
  basicAuth,
  expectNoSecret,
  runTexts,
  type Checkout,
  type RunResult,
} from './harness.js';
import { startRecordingServer, type RecordingServer } from './recording-server.js';
import { configText, shopProject, type ShopTarget } from './shop.js';

/**
 * A pull request that points the config at its own server never gets the credentials there:
 * the built action, a same-repository pull request with the Flink secrets, the emulator behind
 * a recording server (the real endpoint), and a second recording server (the pull request's).
 */

const API_SECRET = 'trusted-Secret-4Kq9Vw2Zr';
const DML = 'pipelines/facts/shop/fct_big_orders/sql-scripts/dml.fct_big_orders.sql';

describe('pull requests that move the Confluent target', () => {
  let emu: RunningEmulator;
  let real: RecordingServer;
  let attacker: RecordingServer;
  let gh: FakeGitHub;
  let c: Checkout;
  let baseSha: string;
  let trusted: ShopTarget;
  let basic: string;

  beforeAll(async () => {
    emu = await startEmulator({ port: 0, latency: 'fast', apiSecret: API_SECRET, tables: ['raw_orders'] });
    real = await startRecordingServer(emu.url);
    attacker = await startRecordingServer();
    gh = await startFakeGitHub({ repository: REPOSITORY, token: TOKEN });
    trusted = { url: real.url, organizationId: emu.organizationId, environmentId: emu.environmentId };
    basic = `Basic ${basicAuth(emu.apiKey, API_SECRET)}`;
    c = makeCheckout();
    c.git('rm', '-q', '-r', 'pipelines');
    shopProject(trusted)(c.work);
    c.git('add', '-A');
    c.git('commit', '-q', '-m', 'shop project');
    c.git('push', '-q', 'origin', 'main');
    baseSha = c.git('rev-parse', 'HEAD');
  });
  afterAll(async () => {
    await Promise.all([emu.close(), real.close(), attacker.close(), gh.close()]);
    c.cleanup();
  });

  /** A branch off the base that edits a statement and rewrites the config. */
  function branch(name: string, config: string): string {
    c.git('checkout', '-q', '-B', name, baseSha);
    writeFileSync(
      join(c.work, DML),
      `INSERT INTO fct_big_orders\nSELECT order_id, amount FROM int_orders WHERE amount > ${name.length * 100};\n`,
    );
    writeFileSync(join(c.work, 'flink-pipeline.yaml'), config);
    c.git('commit', '-q', '-am', `${name}: edit`);
    c.git('push', '-q', '-f', 'origin', name);
    return c.git('rev-parse', 'HEAD');
  }

  const expectNoLeak = (r: RunResult) =>
    expectNoSecret([API_SECRET, basicAuth(emu.apiKey, API_SECRET), TOKEN], runTexts(r, gh.comments));

  const secrets = () => ({ 'flink-api-key': emu.apiKey, 'flink-api-secret': API_SECRET });

  test('a moved restEndpoint (and ids): the real endpoint gets the requests, the new one nothing; the comment says so', async () => {
    const headSha = branch(
      'moved',
      configText({ url: attacker.url, organizationId: emu.organizationId, environmentId: 'env-elsewhere1' }),
    );
    const before = real.requests.length;
    const r = await runAction({
      cwd: c.work,
      event: 'pull_request',
      payload: pullRequestPayload({ action: 'opened', number: 31, baseSha, headRef: 'moved', headSha }),
      apiUrl: gh.url,
      inputs: { ...secrets(), 'commit-metadata': 'false' },
    });
    expect(r.stderr).toBe('');
    expect(commands(r.stdout, 'error')).toEqual([]);
    expect(r.code).toBe(0);

    // Nothing reached the pull request's server; the configured endpoint was used, with credentials.
    expect(attacker.requests).toEqual([]);
    const used = real.requests.slice(before);
    expect(used.length).toBeGreaterThan(0);
    expect(used.every((q) => q.authorization === basic)).toBe(true);
    expect(used.every((q) => q.path.includes(`/environments/${emu.environmentId}/`))).toBe(true);
    expect(r.summary).toContain('live status: from Confluent Cloud');

    // The note: in the comment (above the plan), the summary, and a warning in the log.
    const comment = gh.comments.find((x) => x.issue === 31)!;
    for (const text of [comment.body, r.summary]) {
      expect(text).toContain('This pull request changes where the Flink credentials go.');
      expect(text).toContain(`\`environments.dev.restEndpoint\`: \`${real.url}\` → \`${attacker.url}\``);
      expect(text).toContain(
        `\`environments.dev.environmentId\`: \`${emu.environmentId}\` → \`env-elsewhere1\``,
      );
      expect(text).toContain('not sent to the new ones');
    }
    expect(comment.body.indexOf('[!WARNING]')).toBeLessThan(comment.body.indexOf('### '));
    expect(
      commands(r.stdout, 'warning').some((w) =>
        w.includes('changes the Confluent target in flink-pipeline.yaml (environments.dev.restEndpoint'),
      ),
    ).toBe(true);
    expectNoLeak(r);
  });

  test('an environment the base does not have: live status off, nothing sent anywhere', async () => {
    const headSha = branch(
      'newenv',
      [
        'environment: pr',
        'environments:',
        '  pr:',
        `    restEndpoint: ${attacker.url}`,
        `    organizationId: ${emu.organizationId}`,
        `    environmentId: ${emu.environmentId}`,
        "externalTables: ['raw_*']",
        '',
      ].join('\n'),
    );
    const before = real.requests.length;
    const r = await runAction({
      cwd: c.work,
      event: 'pull_request',
      payload: pullRequestPayload({ action: 'opened', number: 32, baseSha, headRef: 'newenv', headSha }),
      apiUrl: gh.url,
      inputs: { ...secrets(), 'commit-metadata': 'false' },
    });
    expect(commands(r.stdout, 'error')).toEqual([]);
    expect(r.code).toBe(0);
    expect(attacker.requests).toEqual([]);
    expect(real.requests.length).toBe(before);
    expect(r.summary).toContain('live status: none');
    expect(r.summary).toContain('Live status: off.');
    expect(r.summary).toContain('environment "pr" is not in the base commit');
    expect(gh.comments.find((x) => x.issue === 32)!.body).toContain('`environments.pr.restEndpoint`');
    expectNoLeak(r);
  });

  test('a fork moving the endpoint: secrets never read, nothing sent, the note still shown', async () => {
    const headSha = branch(
      'forked',
      configText({ url: attacker.url, organizationId: emu.organizationId, environmentId: emu.environmentId }),
    );
    const before = real.requests.length;
    const r = await runAction({
      cwd: c.work,
      event: 'pull_request',
      payload: pullRequestPayload({
        action: 'opened',
        number: 33,
        baseSha,
        headRef: 'forked',
        headSha,
        headRepo: 'someone/pipelines',
      }),
      apiUrl: gh.url,
      inputs: secrets(),
    });
    expect(r.code).toBe(0);
    expect(attacker.requests).toEqual([]);
    expect(real.requests.length).toBe(before);
    expect(r.stdout).not.toContain(`::add-mask::${API_SECRET}`);
    expect(r.summary).toContain('No Flink credentials were used on this run.');
    expectNoLeak(r);
  });

  test('merge queue: the group is planned with the base commit target too', async () => {
    const headSha = branch(
      'queued',
      configText({ url: attacker.url, organizationId: emu.organizationId, environmentId: emu.environmentId }),
    );
    const before = real.requests.length;
    const r = await runAction({
      cwd: c.work,
      event: 'merge_group',
      payload: {
        action: 'checks_requested',
        merge_group: {
          base_sha: baseSha,
          head_sha: headSha,
          head_ref: `refs/heads/gh-readonly-queue/main/pr-34-${baseSha}`,
        },
        repository: { full_name: REPOSITORY, default_branch: 'main' },
      },
      apiUrl: gh.url,
      inputs: secrets(),
    });
    expect(commands(r.stdout, 'error')).toEqual([]);
    expect(r.code).toBe(0);
    expect(attacker.requests).toEqual([]);
    expect(real.requests.slice(before).every((q) => q.authorization === basic)).toBe(true);
    expect(real.requests.length).toBeGreaterThan(before);
    expect(r.summary).toContain('This pull request changes where the Flink credentials go.');
    expectNoLeak(r);
  });
});
