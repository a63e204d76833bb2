import { describe, expect, test } from '@jest/globals';
import { pullRequestCommentBody } from '../../src/action/comment-body.js';
import { targetSection, targetWarning } from '../../src/action/sections.js';
import { missingTarget, trustTarget } from '../../src/action/trusted-config.js';
import type { Config } from '../../src/config/schema.js';
import { PLAN_MARKER, readPlanMeta, renderPlanMarkdown } from '../../src/render/comment.js';
import { smallPlan, smallProject } from '../render/fixtures.js';

/** Which Confluent target a pull request's plan may send credentials to, and the note it gets. */

const ORG = '7c0d4f6e-1f2a-4b3c-9d8e-0a1b2c3d4e5f';
const OTHER_ORG = '11111111-2222-4333-8444-555555555555';

const base: Config = {
  environment: 'dev',
  environments: {
    dev: {
      restEndpoint: 'https://flink.us-east-1.aws.confluent.cloud',
      organizationId: ORG,
      environmentId: 'env-abc12',
      statementPrefix: 'dev',
      computePoolId: 'lfcp-base1',
    },
    prod: { cloud: 'aws', region: 'us-east-1', organizationId: ORG, environmentId: 'env-prod1' },
  },
};

describe('trustTarget', () => {
  test('the head keeps what it deploys; endpoint, organization and environment come from the base', () => {
    const head: Config = {
      environment: 'dev',
      environments: {
        dev: {
          restEndpoint: 'https://attacker.example',
          cloudApiEndpoint: 'https://attacker.example/cloud',
          organizationId: OTHER_ORG,
          environmentId: 'env-evil1',
          statementPrefix: 'pr',
          computePoolId: 'lfcp-head1',
        },
        // cloud/region in place of the base's restEndpoint: the base's restEndpoint still wins.
        prod: { cloud: 'gcp', region: 'europe-west1', organizationId: ORG, environmentId: 'env-prod1' },
        fresh: { restEndpoint: 'https://new.example', organizationId: ORG, environmentId: 'env-new01' },
      },
      maxParallel: 4,
    };
    const t = trustTarget(head, base);
    expect(t.config.environments!.dev).toEqual({
      restEndpoint: 'https://flink.us-east-1.aws.confluent.cloud',
      organizationId: ORG,
      environmentId: 'env-abc12',
      statementPrefix: 'pr',
      computePoolId: 'lfcp-head1',
    });
    expect(t.config.environments!.prod).toEqual({
      cloud: 'aws',
      region: 'us-east-1',
      organizationId: ORG,
      environmentId: 'env-prod1',
    });
    // An environment the base does not have gets no target at all.
    expect(t.config.environments!.fresh).toEqual({});
    expect(missingTarget(base, 'fresh')).toBe(`environment "fresh" is not in the base commit's config`);
    expect(missingTarget({ environments: { x: { cloud: 'aws' } } }, 'x')).toContain('no restEndpoint');
    expect(missingTarget(base, 'dev')).toBeUndefined();
    expect(missingTarget(base, 'prod')).toBeUndefined();
    expect(t.config.maxParallel).toBe(4);
    expect(t.changes.map((c) => `${c.environment}.${c.key}`)).toEqual([
      'dev.restEndpoint',
      'dev.organizationId',
      'dev.environmentId',
      'dev.cloudApiEndpoint',
      'fresh.restEndpoint',
      'fresh.organizationId',
      'fresh.environmentId',
      'prod.cloud',
      'prod.region',
    ]);
    expect(t.changes[0]).toEqual({
      environment: 'dev',
      key: 'restEndpoint',
      base: 'https://flink.us-east-1.aws.confluent.cloud',
      head: 'https://attacker.example',
    });
  });

  test('an unchanged target is no change; no base config means no target anywhere', () => {
    expect(trustTarget(base, base)).toEqual({ config: base, changes: [] });
    const t = trustTarget(base, {});
    expect(t.config.environments!.dev.restEndpoint).toBeUndefined();
    expect(t.config.environments!.dev.statementPrefix).toBe('dev');
    expect(t.changes.every((c) => c.base === undefined)).toBe(true);
    expect(trustTarget({}, base).config).toEqual({});
  });
});

describe('the note', () => {
  const hostile = 'https://x.example/`|<img src=x>@admin';
  const report = {
    changes: [{ environment: 'dev', key: 'restEndpoint' as const, base: 'https://a.example', head: hostile }],
    configPath: 'flink-pipeline.yaml',
    credentials: 'base' as const,
  };

  test('lists each moved key with both values, escaped, and says where the credentials went', () => {
    const md = targetSection(report);
    expect(md.startsWith('> [!WARNING]')).toBe(true);
    expect(md).toContain('`environments.dev.restEndpoint`: `https://a.example` →');
    expect(md).not.toContain('<img');
    expect(md).toContain('not sent to the new ones');
    expect(targetSection({ ...report, credentials: 'none' })).toContain('No Flink credentials were used');
    expect(targetSection({ ...report, changes: [] })).toBe('');
    const off = targetSection({ ...report, changes: [], off: 'environment "dev" is not in the base' });
    expect(off).toContain('Live status: off.');
    expect(targetWarning(report)).toContain('changes the Confluent target in flink-pipeline.yaml');
    expect(targetWarning({ ...report, changes: [] })).toBeUndefined();
  });

  test('goes on top of the comment, under the hidden marker and metadata', () => {
    const plan = smallPlan();
    const body = pullRequestCommentBody(plan, smallProject(), {
      notes: [targetSection(report)],
      sections: ['**Metadata files:** ✅ up to date.'],
    });
    expect(body.startsWith(`${PLAN_MARKER}\n<!-- flink-pipeline:meta`)).toBe(true);
    expect(readPlanMeta(body)?.hash).toBe(plan.hash);
    const note = body.indexOf('> [!WARNING]');
    const title = body.indexOf('### ');
    expect(note).toBeGreaterThan(0);
    expect(note).toBeLessThan(title);
    expect(body.trimEnd().endsWith('**Metadata files:** ✅ up to date.')).toBe(true);
    // Without notes or sections the body is the plan alone.
    expect(pullRequestCommentBody(plan, smallProject(), { notes: [''], sections: [] })).toBe(
      renderPlanMarkdown(plan, smallProject(), { maxChars: 65_000 }),
    );
  });
});
