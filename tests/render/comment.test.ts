import { describe, expect, test } from '@jest/globals';
import { PLAN_MARKER, readPlanMeta, renderPlanMarkdown, renderPlanText } from '../../src/render/comment.js';
import type { Plan } from '../../src/plan/types.js';
import { node, smallPlan, smallProject, step } from './fixtures.js';

const SMALL_BODY = [
  '<!-- flink-pipeline:plan -->',
  `<!-- flink-pipeline:meta {"version":1,"hash":"${'a'.repeat(64)}","base":"0123456789abcdef0123456789abcdef01234567","head":"fedcba9876543210fedcba9876543210fedcba98","truncated":false} -->`,
  '### Flink pipeline plan',
  '',
  '**1 table changed, 2 statements impacted, 8 steps** (2 destructive) · 1 table only reformatted or moved (no deploy) · base `0123456` → head `fedcba9` · live status: none (ancestors assumed running)',
  '',
  '> [!WARNING]',
  '> **2 destructive steps** drop existing tables and their topics: `fct_orders`, `agg_daily`. The deploy refuses them unless `allow-destructive` is set or the tables are listed in `allowDestructive`.',
  '',
  '#### Changes (2)',
  '',
  '| table | kind | detail | files |',
  '|---|---|---|---|',
  '| `fct_orders` | dml | query changed | `pipelines/facts/p1/fct_orders/sql-scripts/dml.fct_orders.sql` |',
  '| `src_orders` | format-only (no deploy) | whitespace and comments only | `pipelines/sources/p1/src_orders/sql-scripts/dml.src_orders.sql` |',
  '',
  '#### Plan: 2 statements in dependency order',
  '',
  '| # | table | action | reason |',
  '|---|---|---|---|',
  '| 1 | `fct_orders` | rebuild ⚠️ | query changed; the statement is stateful (GROUP BY, line 3), so its state is rebuilt from the earliest offset |',
  '| 2 | `agg_daily` | rebuild ⚠️ | reads `fct_orders`, which is rebuilt with a new topic, so it is rebuilt too |',
  '',
  '**8 steps in 5 waves (2 destructive)**',
  '',
  '| # | wave | step | statement | after | destructive |',
  '|---|---|---|---|---|---|',
  '| 1 | 0 | stop-statement `agg_daily` | `dev-p2-dml-agg-daily-1111111` | — |  |',
  '| 2 | 0 | stop-statement `fct_orders` | `dev-p1-dml-fct-orders-2222222` | — |  |',
  '| 3 | 1 | drop-table `fct_orders` | `dev-p1-drop-fct-orders` | 1, 2 | ⚠️ |',
  '| 4 | 1 | drop-table `agg_daily` | `dev-p2-drop-agg-daily` | 1 | ⚠️ |',
  '| 5 | 2 | create-table `fct_orders` | `dev-p1-ddl-fct-orders` | 3 |  |',
  '| 6 | 2 | create-table `agg_daily` | `dev-p2-ddl-agg-daily` | 4 |  |',
  '| 7 | 3 | create-statement `fct_orders` | `dev-p1-dml-fct-orders-3333333` | 5 |  |',
  '| 8 | 4 | create-statement `agg_daily` | `dev-p2-dml-agg-daily-4444444` | 6, 7 |  |',
  '',
  '#### Warnings (3)',
  '',
  '- **status-assumed**: live status not checked (--status none): every ancestor of a changed table is assumed to be running',
  '- **destructive** `fct_orders`: drops table `fct_orders` and its topic; the deploy refuses this unless allow-destructive is set or `fct_orders` is listed in allowDestructive',
  '- **destructive** `agg_daily`: drops table `agg_daily` and its topic; the deploy refuses this unless allow-destructive is set or `agg_daily` is listed in allowDestructive',
  '',
  '#### Impacted sub-DAG',
  '',
  '🟥 changed (1) · 🟧 impacted (1) · ⬜ unchanged neighbour (2)',
  '',
  '```mermaid',
  'flowchart LR',
  '  n0["src_orders<br/><small>unchanged</small>"]',
  '  n1["fct_orders<br/><small>rebuild #9888;</small>"]',
  '  n2["agg_daily<br/><small>rebuild #9888;</small>"]',
  '  n3["rpt_daily<br/><small>unchanged</small>"]',
  '  n0 --> n1',
  '  n1 --> n2',
  '  n2 --> n3',
  '  classDef changed fill:#fecaca,stroke:#b91c1c,stroke-width:2px,color:#111',
  '  class n1 changed',
  '  classDef impacted fill:#fed7aa,stroke:#c2410c,color:#111',
  '  class n2 impacted',
  '  classDef context fill:#f3f4f6,stroke:#9ca3af,color:#374151',
  '  class n0,n3 context',
  '```',
  '',
  `<sub>Plan hash \`${'a'.repeat(64)}\` · flink-pipeline</sub>`,
  '',
].join('\n');

describe('PR comment for a small plan', () => {
  const project = smallProject();

  test('the project behind it builds cleanly', () => {
    expect(project.diagnostics).toEqual([]);
    expect(project.tables.get('raw_orders')!.external).toBe(true);
  });

  test('renders exactly the expected body', () => {
    expect(renderPlanMarkdown(smallPlan(), project)).toBe(SMALL_BODY);
  });

  test('nodes come out in dependency order whatever order the plan lists them in', () => {
    const plan = smallPlan();
    plan.nodes.reverse();
    const body = renderPlanMarkdown(plan, project);
    expect(body.indexOf('| 1 | `fct_orders` |')).toBeGreaterThan(0);
    expect(body.indexOf('| 2 | `agg_daily` |')).toBeGreaterThan(body.indexOf('| 1 | `fct_orders` |'));
  });

  test('title and commit range are shown, escaped', () => {
    const body = renderPlanMarkdown(smallPlan(), project, {
      title: 'Plan for *dev*',
      commitRange: 'merge-base of main and feature/x',
    });
    expect(body.split('\n')[2]).toBe('### Plan for \\*dev\\*');
    expect(body).toContain(
      ' · base `0123456` → head `fedcba9` (merge-base of main and feature/x) · live status: none (ancestors assumed running)',
    );
  });

  test('hidden metadata reads back', () => {
    expect(readPlanMeta(SMALL_BODY)).toEqual({
      version: 1,
      hash: 'a'.repeat(64),
      base: '0123456789abcdef0123456789abcdef01234567',
      head: 'fedcba9876543210fedcba9876543210fedcba98',
      truncated: false,
    });
    expect(readPlanMeta('no marker here')).toBeNull();
  });

  test('carry-over and alter steps say where offsets come from and what is altered', () => {
    const plan = smallPlan();
    plan.nodes = [node('fct_orders', 'carry-over', 'query changed; the statement is stateless', ['dml'])];
    plan.steps = [
      step('fct_orders', 'alter-table', 'dev-p1-alter-fct-orders-5555555', 0, [], {
        sql: "ALTER TABLE `fct_orders`\n  SET ('kafka.retention.time' = '7 d')",
      }),
      step('fct_orders', 'stop-statement', 'old-stmt', 1, ['fct_orders:alter-table']),
      step('fct_orders', 'create-statement', 'new-stmt', 2, ['fct_orders:stop-statement'], {
        properties: { 'sql.tables.initial-offset-from': 'old-stmt' },
      }),
    ];
    const body = renderPlanMarkdown(plan, project);
    expect(body).toContain(
      "| 1 | 0 | alter-table `fct_orders` · <code>ALTER TABLE \\`fct\\_orders\\` SET ('kafka.retention.time' = '7 d')</code> | `dev-p1-alter-fct-orders-5555555` | — |  |",
    );
    expect(body).toContain(
      '| 3 | 2 | create-statement `fct_orders` · from the offsets of `old-stmt` | `new-stmt` | 2 |  |',
    );
    expect(body).not.toContain('[!WARNING]');
  });

  test('blue-green nodes show the versioned table', () => {
    const plan = smallPlan();
    plan.strategy = 'blue-green';
    plan.nodes[0] = { ...plan.nodes[0], strategy: 'blue-green', deployedAs: 'fct_orders_v2' };
    const body = renderPlanMarkdown(plan, project);
    expect(body).toContain('| 1 | `fct_orders` → `fct_orders_v2` | rebuild ⚠️ |');
    expect(body).toContain(' · live status: none (ancestors assumed running) · strategy: blue-green');
    expect(body).toContain('  n1["fct_orders<br/><small>rebuild #9888; #8594; fct_orders_v2</small>"]');
  });
});

describe('plans without work, and plans with errors', () => {
  const project = smallProject();

  test('no deployable changes: a clear message, the non-deploying changes still listed', () => {
    const plan: Plan = {
      ...smallPlan(),
      changes: [
        {
          table: 'dim_status',
          kind: 'renamed',
          files: ['pipelines/dimensions/p1/dim_status/sql-scripts/ddl.dim_status.sql'],
          detail: 'moved from p0',
        },
        {
          table: 'src_orders',
          kind: 'format-only',
          files: ['pipelines/sources/p1/src_orders/sql-scripts/dml.src_orders.sql'],
          detail: '',
        },
      ],
      nodes: [],
      steps: [],
      warnings: [],
      hash: 'b'.repeat(64),
    };
    const body = renderPlanMarkdown(plan, project);
    expect(body).toBe(
      [
        '<!-- flink-pipeline:plan -->',
        `<!-- flink-pipeline:meta {"version":1,"hash":"${'b'.repeat(64)}","base":"0123456789abcdef0123456789abcdef01234567","head":"fedcba9876543210fedcba9876543210fedcba98","truncated":false} -->`,
        '### Flink pipeline plan',
        '',
        '**No deployable changes** · 2 tables only reformatted or moved (no deploy) · base `0123456` → head `fedcba9` · live status: none (ancestors assumed running)',
        '',
        'The changes below only reformat or move SQL files: no statement is stopped, dropped or created.',
        '',
        '#### Changes (2)',
        '',
        '| table | kind | detail | files |',
        '|---|---|---|---|',
        '| `dim_status` | renamed (no deploy) | moved from p0 | `pipelines/dimensions/p1/dim_status/sql-scripts/ddl.dim_status.sql` |',
        '| `src_orders` | format-only (no deploy) | — | `pipelines/sources/p1/src_orders/sql-scripts/dml.src_orders.sql` |',
        '',
        `<sub>Plan hash \`${'b'.repeat(64)}\` · flink-pipeline</sub>`,
        '',
      ].join('\n'),
    );
    expect(renderPlanText(plan, project)).toContain(
      'Nothing to deploy: the changes only reformat or move SQL files.',
    );
  });

  test('nothing changed at all', () => {
    const plan: Plan = { ...smallPlan(), changes: [], nodes: [], steps: [], warnings: [] };
    const body = renderPlanMarkdown(plan, project);
    expect(body).toContain(
      '**No deployable changes** · base `0123456` → head `fedcba9` · live status: none (ancestors assumed running)\n\nNo table under the pipelines folder changes: no statement is stopped, dropped or created.\n',
    );
    expect(body).not.toContain('####');
    expect(body).not.toContain('```mermaid');
  });

  test('a selection plan (no diff) counts statements and steps only', () => {
    const plan: Plan = {
      ...smallPlan(),
      base: null,
      head: null,
      status: 'confluent',
      changes: [],
      warnings: [],
    };
    const line = renderPlanMarkdown(plan, project).split('\n')[4];
    expect(line).toBe(
      '**2 statements impacted, 8 steps** (2 destructive) · live status: from Confluent Cloud',
    );
  });

  test('errors come first, prominently, before the changes', () => {
    const plan = smallPlan();
    plan.errors = [
      {
        code: 'removed-table-read',
        table: 'src_orders',
        message:
          '`src_orders` is removed by this change but `fct_orders`, `dim_status` still read it; remove those reads or keep the table',
      },
      { code: 'cycle', message: 'a feeds b feeds a' },
    ];
    const body = renderPlanMarkdown(plan, project);
    const lines = body.split('\n');
    expect(
      lines[4].startsWith('❌ **1 table changed, 2 statements impacted, 8 steps** (2 destructive)'),
    ).toBe(true);
    expect(lines.slice(6, 10)).toEqual([
      '> [!CAUTION]',
      '> **This plan has 2 errors and cannot be deployed:**',
      '> - **removed-table-read** `src_orders`: `src_orders` is removed by this change but `fct_orders`, `dim_status` still read it; remove those reads or keep the table',
      '> - **cycle**: a feeds b feeds a',
    ]);
    expect(body.indexOf('[!CAUTION]')).toBeLessThan(body.indexOf('#### Changes'));
    expect(renderPlanText(plan, project)).toContain(
      'ERRORS (2): this plan cannot be deployed\n  removed-table-read src_orders: `src_orders` is removed',
    );
  });

  test('many errors are capped with a count of the rest', () => {
    const plan = smallPlan();
    plan.errors = Array.from({ length: 45 }, (_, i) => ({ code: 'e', message: `problem ${i}` }));
    const body = renderPlanMarkdown(plan, project);
    expect(body).toContain('> - **e**: problem 19\n> - _… 25 more errors in the plan JSON / job summary_\n');
    expect(body).not.toContain('problem 20');
  });
});

describe('terminal text', () => {
  test('the small plan, aligned and complete', () => {
    expect(renderPlanText(smallPlan(), smallProject())).toBe(
      [
        'Flink pipeline plan: 1 table changed, 2 statements impacted, 8 steps (2 destructive)',
        '1 table only reformatted or moved (no deploy) | base 0123456 -> head fedcba9 | live status: none (ancestors assumed running)',
        '',
        'Changes (2):',
        '  fct_orders  dml                      query changed                 pipelines/facts/p1/fct_orders/sql-scripts/dml.fct_orders.sql',
        '  src_orders  format-only (no deploy)  whitespace and comments only  pipelines/sources/p1/src_orders/sql-scripts/dml.src_orders.sql',
        '',
        'Plan (2 statements, in dependency order):',
        '  1  fct_orders  rebuild (destructive)  query changed; the statement is stateful (GROUP BY, line 3), so its state is rebuilt from the earliest offset',
        '  2  agg_daily   rebuild (destructive)  reads `fct_orders`, which is rebuilt with a new topic, so it is rebuilt too',
        '',
        'Steps (8 steps in 5 waves):',
        '  #  wave  step                         statement                      after',
        '  1  0     stop-statement agg_daily     dev-p2-dml-agg-daily-1111111   -',
        '  2  0     stop-statement fct_orders    dev-p1-dml-fct-orders-2222222  -',
        '  3  1     drop-table fct_orders        dev-p1-drop-fct-orders         1,2    DESTRUCTIVE',
        '  4  1     drop-table agg_daily         dev-p2-drop-agg-daily          1      DESTRUCTIVE',
        '  5  2     create-table fct_orders      dev-p1-ddl-fct-orders          3',
        '  6  2     create-table agg_daily       dev-p2-ddl-agg-daily           4',
        '  7  3     create-statement fct_orders  dev-p1-dml-fct-orders-3333333  5',
        '  8  4     create-statement agg_daily   dev-p2-dml-agg-daily-4444444   6,7',
        '',
        'Warnings (3):',
        '  status-assumed: live status not checked (--status none): every ancestor of a changed table is assumed to be running',
        '  destructive fct_orders: drops table `fct_orders` and its topic; the deploy refuses this unless allow-destructive is set or `fct_orders` is listed in allowDestructive',
        '  destructive agg_daily: drops table `agg_daily` and its topic; the deploy refuses this unless allow-destructive is set or `agg_daily` is listed in allowDestructive',
        '',
        `plan hash ${'a'.repeat(64)}`,
        '',
      ].join('\n'),
    );
  });

  test('the marker constant is the first line of every comment', () => {
    expect(SMALL_BODY.startsWith(`${PLAN_MARKER}\n`)).toBe(true);
  });
});
