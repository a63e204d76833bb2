import { describe, expect, test } from '@jest/globals';
import { annotate, ANNOTATIONS_PER_KIND } from '../../src/action/annotations.js';
import { pullRequestCommentBody } from '../../src/action/comment-body.js';
import { allowDestructiveOf, deployMarker } from '../../src/action/deploy-job.js';
import { postedPlanHash } from '../../src/action/drift.js';
import type { GitHubApi, IssueComment } from '../../src/action/github-api.js';
import { parseInputs, readSecrets } from '../../src/action/inputs.js';
import { enginesFor } from '../../src/action/validation.js';
import type { ConfluentTarget } from '../../src/engine/confluent.js';
import type { MetadataState } from '../../src/action/metadata-commit.js';
import { fitBytes } from '../../src/action/outputs.js';
import { mergeGroupPr, routeEvent } from '../../src/action/route.js';
import { diagnosticsSection, metadataSection } from '../../src/action/sections.js';
import { findComment, upsertComment } from '../../src/action/sticky-comment.js';
import type { Diagnostic } from '../../src/project/diagnostics.js';
import { PLAN_MARKER, readPlanMeta } from '../../src/render/comment.js';
import {
  bigCase,
  makeProject,
  mermaidBlock,
  node,
  smallPlan,
  smallProject,
  step,
} from '../render/fixtures.js';

const inputs = (values: Record<string, string> = {}) => parseInputs((n) => values[n] ?? '');

describe('inputs', () => {
  test('defaults fill empty inputs; lists and booleans parse', () => {
    const v = inputs({ tables: ' a, b ,a', 'allow-destructive': 'x,y', 'dry-run': 'TRUE' });
    expect(v).toMatchObject({
      mode: 'auto',
      pipelines: 'pipelines',
      config: 'flink-pipeline.yaml',
      commitMetadata: true,
      comment: true,
      tables: ['a', 'b'],
      descendants: false,
      dryRun: true,
      allowDestructive: ['x', 'y'],
      maxParallel: 8,
    });
    expect(v.environment).toBeUndefined();
  });

  test.each([
    ['max-parallel', '65', 'input max-parallel: must be an integer 1..64 (got "65")'],
    ['max-parallel', '2.5', 'input max-parallel: must be an integer 1..64 (got "2.5")'],
    ['mode', 'Deploy', 'input mode: must be auto, plan or deploy (got "Deploy")'],
    ['comment', 'on', 'input comment: must be true or false (got "on")'],
    ['tables', 'a b', 'input tables: must be comma-separated table names (got "a b")'],
    ['environment', 'dev prod', 'input environment: must be an environment name from the config file'],
  ])('%s=%j is refused with a message naming the input', (name, value, message) => {
    expect(() => inputs({ [name]: value })).toThrow(message);
  });

  test('a bad value is shown on one line, clipped, never with control characters', () => {
    let message = '';
    try {
      inputs({ 'max-parallel': `1\n::error::x${'9'.repeat(100)}` });
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message.split('\n')).toHaveLength(1);
    expect(message.length).toBeLessThan(120);
  });

  test('secrets: both or neither, for the Flink key and for the Cloud API key', () => {
    expect(readSecrets(() => '')).toEqual({
      apiKey: undefined,
      apiSecret: undefined,
      cloudApiKey: undefined,
      cloudApiSecret: undefined,
    });
    expect(() => readSecrets((n) => (n === 'flink-api-key' ? 'k' : ''))).toThrow(
      'input flink-api-secret: missing; give both',
    );
    const all: Record<string, string> = {
      'flink-api-key': 'fk',
      'flink-api-secret': 'fs',
      'confluent-cloud-api-key': ' ck ',
      'confluent-cloud-api-secret': 'cs',
    };
    expect(readSecrets((n) => all[n] ?? '')).toEqual({
      apiKey: 'fk',
      apiSecret: 'fs',
      cloudApiKey: 'ck',
      cloudApiSecret: 'cs',
    });
    expect(() => readSecrets((n) => (n === 'confluent-cloud-api-secret' ? 's' : ''))).toThrow(
      'input confluent-cloud-api-key: missing; give both confluent-cloud-api-key and confluent-cloud-api-secret, or neither',
    );
  });

  test('validate: auto picks the dry runs only where this run may send them', () => {
    const target = {} as ConfluentTarget;
    expect(enginesFor('auto', { target })).toEqual(['confluent']);
    expect(enginesFor('auto', { unavailable: 'fork' })).toEqual([]);
    expect(enginesFor(['flink', 'confluent'], { unavailable: 'fork' })).toEqual(['flink', 'confluent']);
    expect(enginesFor([], { target })).toEqual([]);
  });
});

describe('routing', () => {
  const pr = (action: string, headRepo = 'o/r') => ({
    action,
    number: 4,
    pull_request: {
      number: 4,
      base: { ref: 'main', sha: 'b'.repeat(40), repo: { full_name: 'o/r' } },
      head: { ref: 'f', sha: 'h'.repeat(40), repo: { full_name: headRepo } },
    },
  });
  const push = (ref: string) => ({
    ref,
    before: '1'.repeat(40),
    after: '2'.repeat(40),
    repository: { default_branch: 'main' },
  });

  test('pull_request plans; forks are recognised; closed is skipped; deploy is refused', () => {
    expect(routeEvent('pull_request', pr('opened'), inputs(), 'o/r')).toMatchObject({
      job: 'plan-pr',
      pr: { number: 4, fork: false, headRef: 'f' },
    });
    expect(routeEvent('pull_request', pr('synchronize', 'fork/r'), inputs(), 'o/r')).toMatchObject({
      pr: { fork: true },
    });
    expect(routeEvent('pull_request', pr('closed'), inputs(), 'o/r').job).toBe('skip');
    expect(() => routeEvent('pull_request', pr('opened'), inputs({ mode: 'deploy' }), 'o/r')).toThrow(
      'input mode',
    );
    expect(() => routeEvent('pull_request_target', pr('opened'), inputs(), 'o/r')).toThrow('not supported');
  });

  test('push deploys the default branch only, unless mode says otherwise', () => {
    expect(routeEvent('push', push('refs/heads/main'), inputs(), 'o/r').job).toBe('deploy-push');
    expect(routeEvent('push', push('refs/heads/dev'), inputs(), 'o/r').job).toBe('skip');
    expect(routeEvent('push', push('refs/heads/dev'), inputs({ mode: 'deploy' }), 'o/r').job).toBe(
      'deploy-push',
    );
    expect(routeEvent('push', push('refs/heads/main'), inputs({ mode: 'plan' }), 'o/r').job).toBe(
      'plan-range-push',
    );
    expect(routeEvent('push', push('refs/tags/v1'), inputs(), 'o/r').job).toBe('skip');
  });

  test('workflow_dispatch needs tables; merge_group plans and finds its pull request', () => {
    expect(() => routeEvent('workflow_dispatch', {}, inputs(), 'o/r')).toThrow('input tables: required');
    expect(routeEvent('workflow_dispatch', {}, inputs({ tables: 'a' }), 'o/r').job).toBe('plan-tables');
    const dispatch = (ref?: string) => ({ ...(ref ? { ref } : {}), repository: { default_branch: 'main' } });
    const deploy = inputs({ tables: 'a', mode: 'deploy' });
    expect(routeEvent('workflow_dispatch', dispatch('refs/heads/main'), deploy, 'o/r').job).toBe(
      'deploy-tables',
    );
    // The ref from GITHUB_REF when the payload has none.
    expect(routeEvent('workflow_dispatch', dispatch(), deploy, 'o/r', 'refs/heads/main').job).toBe(
      'deploy-tables',
    );
    // A deploy dispatched from another branch or a tag is refused; a plan is not.
    for (const ref of ['refs/heads/feature', 'refs/tags/v1', 'refs/heads/main-old']) {
      expect(() => routeEvent('workflow_dispatch', dispatch(ref), deploy, 'o/r')).toThrow(
        `input mode: deploy from workflow_dispatch runs only on the default branch main, not on ${ref}`,
      );
      expect(routeEvent('workflow_dispatch', dispatch(ref), inputs({ tables: 'a' }), 'o/r').job).toBe(
        'plan-tables',
      );
    }
    // Without the default branch in the payload the deploy cannot be proven safe: refused.
    expect(() => routeEvent('workflow_dispatch', { ref: 'refs/heads/main' }, deploy, 'o/r')).toThrow(
      'runs only on the default branch',
    );
    const group = {
      merge_group: {
        base_sha: 'b',
        head_sha: 'h',
        head_ref: 'refs/heads/gh-readonly-queue/main/pr-42-abc123',
      },
    };
    expect(routeEvent('merge_group', group, inputs(), 'o/r')).toMatchObject({
      job: 'plan-range',
      mergeGroupPr: 42,
    });
    expect(mergeGroupPr('refs/heads/x')).toBeUndefined();
    expect(() => routeEvent('schedule', {}, inputs(), 'o/r')).toThrow('event schedule is not supported');
  });
});

/** An in-memory GitHubApi: pages of 100, like the REST API with per_page=100. */
function memoryApi(comments: IssueComment[]) {
  const calls: string[] = [];
  let id = 10_000;
  const api: GitHubApi = {
    async *listComments() {
      for (let i = 0; i < comments.length; i += 100) {
        calls.push(`list ${i / 100 + 1}`);
        yield comments.slice(i, i + 100);
      }
    },
    async createComment(_issue, body) {
      calls.push('create');
      const c = { id: id++, body, html_url: `u${id}`, user: { login: 'github-actions[bot]', type: 'Bot' } };
      comments.push(c);
      return c;
    },
    async updateComment(cid, body) {
      calls.push(`update ${cid}`);
      const c = comments.find((x) => x.id === cid)!;
      c.body = body;
      return c;
    },
    async pullsForCommit() {
      return [];
    },
  };
  return { api, calls };
}

const human = (i: number, body = `hi ${i}`): IssueComment => ({
  id: i,
  body,
  html_url: `h${i}`,
  user: { login: 'dev', type: 'User' },
});

describe('sticky comment', () => {
  test('found on the third page; a person quoting the marker is ignored; updated in place', async () => {
    const list = Array.from({ length: 250 }, (_, i) => human(i));
    list[5] = human(5, `${PLAN_MARKER}\nquoted`);
    list.push({
      id: 999,
      body: `${PLAN_MARKER}\nold`,
      html_url: 'bot',
      user: { login: 'github-actions[bot]', type: 'Bot' },
    });
    const { api, calls } = memoryApi(list);
    expect((await findComment(api, 1, PLAN_MARKER))?.id).toBe(999);
    const r = await upsertComment(api, 1, PLAN_MARKER, `${PLAN_MARKER}\nnew`);
    expect(r).toEqual({ action: 'updated', url: 'bot', id: 999 });
    expect(calls.filter((c) => !c.startsWith('list'))).toEqual(['update 999']);
    expect(list[5].body).toContain('quoted');
    const again = await upsertComment(api, 1, PLAN_MARKER, `${PLAN_MARKER}\nnew`);
    expect(again.action).toBe('unchanged');
  });

  test('created when absent; a body without its marker is a bug', async () => {
    const { api } = memoryApi([human(1)]);
    expect((await upsertComment(api, 1, PLAN_MARKER, `${PLAN_MARKER}\nx`)).action).toBe('created');
    await expect(upsertComment(api, 1, PLAN_MARKER, 'x')).rejects.toThrow('marker');
  });

  test('the posted plan hash is read back from the hidden metadata (and checked)', async () => {
    const plan = smallPlan();
    const body = pullRequestCommentBody(plan, smallProject(), { sections: ['x'] });
    const { api } = memoryApi([{ id: 1, body, html_url: 'u', user: { login: 'b', type: 'Bot' } }]);
    expect(await postedPlanHash(api, 1)).toBe(plan.hash);
    const forged = memoryApi([
      {
        id: 1,
        body: `${PLAN_MARKER}\n<!-- flink-pipeline:meta {"version":1,"hash":"<b>"} -->`,
        html_url: 'u',
        user: { login: 'b', type: 'Bot' },
      },
    ]);
    expect(await postedPlanHash(forged.api, 1)).toBeUndefined();
  });
});

const HOSTILE = 'x|y`z<img src=x onerror=alert(1)>-->@admin #1\n# h';

function state(files: string[]): MetadataState {
  return {
    root: '/r',
    sync: { created: files, updated: [], deleted: [], unchanged: 0 },
    diagnostics: [],
    unreadable: false,
  };
}

describe('comment body', () => {
  test('a huge plan with a huge metadata list stays under GitHub and Mermaid limits', () => {
    const { project, plan } = bigCase();
    const files = Array.from(
      { length: 10_000 },
      (_, i) => `pipelines/facts/p/t${i}/pipeline_definition.json`,
    );
    const section = metadataSection({ state: state(files), checkedOnly: 'fork' });
    const body = pullRequestCommentBody(plan, project, {
      sections: [section],
      commitRange: 'merge-base of main and f',
    });
    expect(body.length).toBeLessThanOrEqual(65_000);
    expect(body.startsWith(PLAN_MARKER)).toBe(true);
    expect(readPlanMeta(body)?.hash).toBe(plan.hash);
    expect(body).toContain('and 9,970 more');
    const mermaid = mermaidBlock(body);
    if (mermaid) {
      expect(mermaid.length).toBeLessThanOrEqual(50_000);
      expect((mermaid.match(/-->|-.->|==>/g) ?? []).length).toBeLessThanOrEqual(500);
    }
  });

  test('a table and a file named to break markdown render harmlessly', () => {
    const project = makeProject([
      { name: HOSTILE, product: 'p' },
      { name: 'child', product: 'p', parents: [HOSTILE] },
    ]);
    const base = smallPlan();
    const plan = {
      ...base,
      changes: [
        { table: HOSTILE, kind: 'dml' as const, files: [`pipelines/${HOSTILE}.sql`], detail: HOSTILE },
      ],
      nodes: [
        node(HOSTILE, 'carry-over', `changed: \`${HOSTILE}\``),
        node('child', 'rebuild', 'parent rebuilt'),
      ],
      steps: [
        step(HOSTILE, 'create-statement', 'stmt', 0),
        step('child', 'create-statement', 'c', 1, [`${HOSTILE}:create-statement`]),
      ],
      warnings: [],
      errors: [],
    };
    const section = metadataSection({
      state: state([`pipelines/${HOSTILE}/pipeline_definition.json`]),
      checkedOnly: HOSTILE,
    });
    const body = pullRequestCommentBody(plan, project, { sections: [section] });
    // No raw HTML, no closed comment, no mention, no heading injected by the name.
    expect(body).not.toContain('<img');
    expect(body).not.toMatch(/^# h/m);
    // Mentions are inert inside code (GitHub's rule) and broken with a zero-width space elsewhere.
    const outsideCode = body.replace(/<code>[^]*?<\/code>/g, '').replace(/(?<!\\)`[^`\n]*(?<!\\)`/g, '');
    expect(outsideCode).not.toContain('@admin');
    expect(outsideCode).toContain('@&#8203;admin');
    expect(body.indexOf('-->')).toBe(body.indexOf(PLAN_MARKER) + PLAN_MARKER.length - 3);
    const comments = body.match(/<!--[\s\S]*?-->/g) ?? [];
    expect(comments.every((c) => c.startsWith('<!-- flink-pipeline'))).toBe(true);
    const mermaid = mermaidBlock(body);
    if (mermaid) expect(mermaid).not.toMatch(/<img|`/);
  });

  test('findings list and summaries fit their budgets', () => {
    const many: Diagnostic[] = Array.from({ length: 5000 }, (_, i) => ({
      severity: 'warning',
      code: 'unknown-table',
      message: `${HOSTILE} ${i}`,
      file: `pipelines/a${i}.sql`,
      line: i + 1,
    }));
    const md = diagnosticsSection(many, 20_000);
    expect(md.length).toBeLessThanOrEqual(20_000);
    expect(md).toMatch(/more findings_$/);
    expect(md).not.toContain('<img');
    const big = 'x'.repeat(100) + '\n```\n' + 'é'.repeat(700_000) + '\n```\n';
    const fitted = fitBytes(big.repeat(2), 1_000_000);
    expect(Buffer.byteLength(fitted)).toBeLessThanOrEqual(1_000_000);
    expect((fitted.match(/```/g) ?? []).length % 2).toBe(0);
  });
});

describe('annotations and deploy options', () => {
  test('at most 10 per kind, then one notice with the count', () => {
    const seen: string[] = [];
    const out = {
      error: (m: string | Error) => seen.push(`e ${m}`),
      warning: (m: string | Error, p?: { file?: string; startLine?: number }) =>
        seen.push(`w ${p?.file}:${p?.startLine} ${m}`),
      notice: (m: string | Error) => seen.push(`n ${m}`),
    };
    const list: Diagnostic[] = Array.from({ length: 25 }, (_, i) => ({
      severity: 'warning',
      code: 'c',
      message: `m${i}\nsecond line`,
      file: 'pipelines/x.sql',
      line: i + 1,
    }));
    expect(annotate([...list, { severity: 'fatal', code: 'f', message: 'bad' }], out)).toBe(15);
    expect(seen.filter((s) => s.startsWith('w'))).toHaveLength(ANNOTATIONS_PER_KIND);
    expect(seen.filter((s) => s.startsWith('e'))).toEqual(['e bad']);
    expect(seen[1]).toBe('w pipelines/x.sql:1 m0 second line');
    expect(seen[seen.length - 1]).toContain('15 more findings');
  });

  test('allow-destructive merges the input with the config', () => {
    expect(allowDestructiveOf(false, undefined)).toBe(false);
    expect(allowDestructiveOf(true, ['a'])).toBe(true);
    expect(allowDestructiveOf(['a'], true)).toBe(true);
    expect(allowDestructiveOf(['a'], ['b', 'a'])).toEqual(['a', 'b']);
    expect(deployMarker('abc123')).toBe('<!-- flink-pipeline:deploy:abc123 -->');
    expect(deployMarker('x-->y')).toBe('<!-- flink-pipeline:deploy: -->');
  });
});
