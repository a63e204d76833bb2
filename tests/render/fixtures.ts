import { buildGraph } from '../../src/graph/graph.js';
import { buildProject } from '../../src/project/build.js';
import type { Project, Table, TableFolder, TableType } from '../../src/project/model.js';
import type { Plan, PlanNode, PlanStep } from '../../src/plan/types.js';

/** A table folder in the shift_left layout, as tests/project/build.test.ts builds them. */
export function folder(path: string, name: string, ddl: string | null, dml: string | null): TableFolder {
  const base = `pipelines/${path}`;
  return {
    folder: base,
    ...(ddl !== null ? { ddl: { path: `${base}/sql-scripts/ddl.${name}.sql`, text: ddl } } : {}),
    ...(dml !== null ? { dml: { path: `${base}/sql-scripts/dml.${name}.sql`, text: dml } } : {}),
  };
}

export const ddl = (t: string) =>
  `CREATE TABLE IF NOT EXISTS ${t} (\n  id STRING,\n  amount INT,\n  PRIMARY KEY (id) NOT ENFORCED\n) WITH (\n  'changelog.mode' = 'append'\n);\n`;

/**
 * raw_orders (external) → src_orders → fct_orders → agg_daily → rpt_daily
 *                                    ↘ dim_status (untouched neighbour)
 */
export function smallProject(): Project {
  return buildProject({
    pipelinesDir: 'pipelines',
    externalTables: ['raw_*'],
    folders: [
      folder(
        'sources/p1/src_orders',
        'src_orders',
        ddl('src_orders'),
        'INSERT INTO src_orders SELECT * FROM raw_orders;',
      ),
      folder(
        'facts/p1/fct_orders',
        'fct_orders',
        ddl('fct_orders'),
        'INSERT INTO fct_orders\nSELECT id, SUM(amount) FROM src_orders\nGROUP BY id;',
      ),
      folder(
        'dimensions/p1/dim_status',
        'dim_status',
        ddl('dim_status'),
        'INSERT INTO dim_status SELECT * FROM src_orders;',
      ),
      folder(
        'facts/p2/agg_daily',
        'agg_daily',
        ddl('agg_daily'),
        'INSERT INTO agg_daily SELECT id, COUNT(*) FROM fct_orders GROUP BY id;',
      ),
      folder(
        'views/p2/rpt_daily',
        'rpt_daily',
        ddl('rpt_daily'),
        'INSERT INTO rpt_daily SELECT * FROM agg_daily;',
      ),
    ],
  });
}

export function step(
  table: string,
  action: PlanStep['action'],
  statement: string,
  wave: number,
  after: string[] = [],
  extra: Partial<PlanStep> = {},
): PlanStep {
  return { id: `${table}:${action}`, table, action, statement, after, wave, destructive: false, ...extra };
}

export function node(
  table: string,
  action: PlanNode['action'],
  reason: string,
  changes: PlanNode['changes'] = [],
): PlanNode {
  return { table, action, reason, stateful: true, strategy: 'rebuild', changes, deployedAs: table };
}

/** fct_orders' query changed (stateful): it and its descendants are rebuilt. */
export function smallPlan(): Plan {
  return {
    version: 1,
    base: '0123456789abcdef0123456789abcdef01234567',
    head: 'fedcba9876543210fedcba9876543210fedcba98',
    status: 'none',
    strategy: 'rebuild',
    changes: [
      {
        table: 'fct_orders',
        kind: 'dml',
        files: ['pipelines/facts/p1/fct_orders/sql-scripts/dml.fct_orders.sql'],
        detail: 'query changed',
      },
      {
        table: 'src_orders',
        kind: 'format-only',
        files: ['pipelines/sources/p1/src_orders/sql-scripts/dml.src_orders.sql'],
        detail: 'whitespace and comments only',
      },
    ],
    nodes: [
      node(
        'fct_orders',
        'rebuild',
        'query changed; the statement is stateful (GROUP BY, line 3), so its state is rebuilt from the earliest offset',
        ['dml'],
      ),
      node(
        'agg_daily',
        'rebuild',
        'reads `fct_orders`, which is rebuilt with a new topic, so it is rebuilt too',
      ),
    ],
    steps: [
      step('agg_daily', 'stop-statement', 'dev-p2-dml-agg-daily-1111111', 0),
      step('fct_orders', 'stop-statement', 'dev-p1-dml-fct-orders-2222222', 0),
      step(
        'fct_orders',
        'drop-table',
        'dev-p1-drop-fct-orders',
        1,
        ['fct_orders:stop-statement', 'agg_daily:stop-statement'],
        {
          destructive: true,
          sql: 'DROP TABLE IF EXISTS `fct_orders`',
        },
      ),
      step('agg_daily', 'drop-table', 'dev-p2-drop-agg-daily', 1, ['agg_daily:stop-statement'], {
        destructive: true,
        sql: 'DROP TABLE IF EXISTS `agg_daily`',
      }),
      step('fct_orders', 'create-table', 'dev-p1-ddl-fct-orders', 2, ['fct_orders:drop-table']),
      step('fct_orders', 'create-statement', 'dev-p1-dml-fct-orders-3333333', 3, ['fct_orders:create-table']),
      step('agg_daily', 'create-table', 'dev-p2-ddl-agg-daily', 2, ['agg_daily:drop-table']),
      step('agg_daily', 'create-statement', 'dev-p2-dml-agg-daily-4444444', 4, [
        'agg_daily:create-table',
        'fct_orders:create-statement',
      ]),
    ],
    warnings: [
      {
        code: 'status-assumed',
        message:
          'live status not checked (--status none): every ancestor of a changed table is assumed to be running',
      },
      {
        code: 'destructive',
        table: 'fct_orders',
        message:
          'drops table `fct_orders` and its topic; the deploy refuses this unless allow-destructive is set or `fct_orders` is listed in allowDestructive',
      },
      {
        code: 'destructive',
        table: 'agg_daily',
        message:
          'drops table `agg_daily` and its topic; the deploy refuses this unless allow-destructive is set or `agg_daily` is listed in allowDestructive',
      },
    ],
    errors: [],
    hash: 'a'.repeat(64),
  };
}

export interface SpecTable {
  name: string;
  product?: string;
  parents?: string[];
  external?: boolean;
}

/** A Project without SQL: tables, products and edges only (what the renderer reads). */
export function makeProject(specs: SpecTable[]): Project {
  const tables = new Map<string, Table>();
  for (const s of specs) {
    const type: TableType = s.external ? 'external_kafka' : 'fact';
    tables.set(s.name, {
      name: s.name,
      product: s.product ?? '',
      type,
      external: !!s.external,
      folder: s.external ? '' : `pipelines/facts/${s.product ?? 'x'}/${s.name}`,
      properties: {},
      ddlProperties: {},
      parents: [...(s.parents ?? [])].sort(),
      stateful: false,
      reasons: [],
      joins: { regular: 0, left: 0, right: 0, inner: 0, outer: 0, cross: 0 },
      kafkaTopic: s.external ? s.name : null,
    });
  }
  const edges: [string, string][] = specs.flatMap((s) =>
    (s.parents ?? []).map((p): [string, string] => [p, s.name]),
  );
  return { pipelinesDir: 'pipelines', tables, graph: buildGraph(tables.keys(), edges), diagnostics: [] };
}

/** Deterministic pseudo-random numbers (LCG), so generated projects are the same every run. */
export function rng(seed: number): () => number {
  let x = seed >>> 0;
  return () => {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    return x / 2 ** 32;
  };
}

/** Text between ```mermaid and the closing fence, or null. */
export function mermaidBlock(body: string): string | null {
  const m = /```mermaid\n([\s\S]*?)\n```/.exec(body);
  return m ? m[1] : null;
}

/**
 * 10 layers of 1,000 tables in 20 products; each table below the first reads one or two tables
 * of the layer above. The plan rebuilds layers 3–5 (3,000 nodes, the first 200 changed), with
 * four steps each (12,000), every drop destructive.
 */
export function bigCase(): { project: Project; plan: Plan } {
  const random = rng(42);
  const specs: SpecTable[] = [];
  const name = (layer: number, i: number) => `t${layer}_${String(i).padStart(4, '0')}`;
  for (let layer = 0; layer < 10; layer++) {
    for (let i = 0; i < 1000; i++) {
      const parents =
        layer === 0
          ? []
          : [
              ...new Set(
                Array.from({ length: 1 + Math.floor(random() * 2) }, () =>
                  name(layer - 1, Math.floor(random() * 1000)),
                ),
              ),
            ];
      specs.push({ name: name(layer, i), product: `p${i % 20}`, parents });
    }
  }
  const project = makeProject(specs);
  const nodes: PlanNode[] = [];
  const steps: PlanStep[] = [];
  const changes: Plan['changes'] = [];
  for (let layer = 3; layer <= 5; layer++) {
    for (let i = 0; i < 1000; i++) {
      const t = name(layer, i);
      const changed = layer === 3 && i < 200;
      if (changed) {
        changes.push({
          table: t,
          kind: 'dml',
          files: [`pipelines/facts/p${i % 20}/${t}/sql-scripts/dml.${t}.sql`],
          detail: 'query changed',
        });
      }
      nodes.push(
        node(
          t,
          'rebuild',
          changed
            ? 'query changed; the statement is stateful (GROUP BY, line 3), so its state is rebuilt from the earliest offset'
            : 'reads a table that is rebuilt with a new topic, so it is rebuilt too',
          changed ? ['dml'] : [],
        ),
      );
      const w = (layer - 3) * 4;
      steps.push(
        step(t, 'stop-statement', `dev-p${i % 20}-dml-${t.replace(/_/g, '-')}-1234567`, w),
        step(t, 'drop-table', `dev-p${i % 20}-drop-${t.replace(/_/g, '-')}`, w + 1, [`${t}:stop-statement`], {
          destructive: true,
        }),
        step(t, 'create-table', `dev-p${i % 20}-ddl-${t.replace(/_/g, '-')}`, w + 2, [`${t}:drop-table`]),
        step(t, 'create-statement', `dev-p${i % 20}-dml-${t.replace(/_/g, '-')}-7654321`, w + 3, [
          `${t}:create-table`,
        ]),
      );
    }
  }
  const plan: Plan = {
    version: 1,
    base: 'a'.repeat(40),
    head: 'b'.repeat(40),
    status: 'none',
    strategy: 'rebuild',
    changes,
    nodes,
    steps,
    warnings: [
      {
        code: 'status-assumed',
        message:
          'live status not checked (--status none): every ancestor of a changed table is assumed to be running',
      },
      ...nodes.map((n) => ({
        code: 'destructive',
        table: n.table,
        message: `drops table \`${n.table}\` and its topic`,
      })),
    ],
    errors: [],
    hash: 'c'.repeat(64),
  };
  return { project, plan };
}
