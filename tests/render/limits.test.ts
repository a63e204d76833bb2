import { describe, expect, test } from '@jest/globals';
import { GITHUB_COMMENT_LIMIT, readPlanMeta, renderPlanMarkdown } from '../../src/render/comment.js';
import type { Plan, PlanNode, PlanStep } from '../../src/plan/types.js';
import { bigCase, makeProject, mermaidBlock, node, step, type SpecTable } from './fixtures.js';

const edgesOf = (mermaid: string) => mermaid.split('\n').filter((l) => / --> /.test(l)).length;
const nodeLines = (mermaid: string) => mermaid.split('\n').filter((l) => /^ {2}n\d+[[(]/.test(l));

/**
 * c (p1, changed) reads two unchanged parents and feeds 12 impacted tables in p2, each of which
 * feeds one unchanged child: 13 plan nodes, 14 neighbours, 2 + 12 + 12 edges.
 */
function fanOut(): { plan: Plan; project: ReturnType<typeof makeProject> } {
  const specs: SpecTable[] = [
    { name: 'up1', product: 'p0' },
    { name: 'up2', product: 'p0' },
    { name: 'c', product: 'p1', parents: ['up1', 'up2'] },
  ];
  const nodes: PlanNode[] = [node('c', 'rebuild', 'query changed', ['dml'])];
  const steps: PlanStep[] = [step('c', 'create-statement', 's-c', 0)];
  for (let i = 0; i < 12; i++) {
    const name = `i${String(i).padStart(2, '0')}`;
    specs.push(
      { name, product: 'p2', parents: ['c'] },
      { name: `${name}_child`, product: 'p3', parents: [name] },
    );
    nodes.push(node(name, 'rebuild', 'reads `c`, which is rebuilt with a new topic, so it is rebuilt too'));
    steps.push(step(name, 'create-statement', `s-${name}`, 1, ['c:create-statement']));
  }
  const plan: Plan = {
    version: 1,
    base: null,
    head: null,
    status: 'confluent',
    strategy: 'rebuild',
    changes: [{ table: 'c', kind: 'dml', files: ['c.sql'], detail: 'query changed' }],
    nodes,
    steps,
    warnings: [],
    errors: [],
    hash: 'f'.repeat(64),
  };
  return { plan, project: makeProject(specs) };
}

describe('the diagram is reduced in priority order, always with a visible note', () => {
  const { plan, project } = fanOut();

  test('within the limits: plan nodes and their unchanged neighbours', () => {
    const body = renderPlanMarkdown(plan, project);
    const mermaid = mermaidBlock(body)!;
    expect(nodeLines(mermaid).length).toBe(27);
    expect(edgesOf(mermaid)).toBe(26);
    expect(body).toContain('🟥 changed (1) · 🟧 impacted (12) · ⬜ unchanged neighbour (14)\n');
    expect(body).not.toContain('✂️');
  });

  test('first the neighbours go', () => {
    const body = renderPlanMarkdown(plan, project, { diagram: { maxNodes: 20 } });
    const mermaid = mermaidBlock(body)!;
    expect(nodeLines(mermaid).length).toBe(13);
    expect(edgesOf(mermaid)).toBe(12);
    expect(body).toContain(
      "> ✂️ To fit GitHub's limits, 14 unchanged neighbour tables (parents and children of the plan) are not drawn.",
    );
    expect(body).toContain(
      "> ✂️ **Shortened to fit GitHub's limits:** unchanged neighbours not drawn. The full plan is in the plan JSON / job summary.",
    );
    expect(readPlanMeta(body)!.truncated).toBe(false);
  });

  test('then impacted tables collapse per product and level', () => {
    const body = renderPlanMarkdown(plan, project, { diagram: { maxEdges: 5 } });
    const mermaid = mermaidBlock(body)!;
    expect(mermaid).toBe(
      [
        'flowchart LR',
        '  n0["c<br/><small>rebuild</small>"]',
        '  n1[["#43;12 impacted in p2<br/><small>level 2: 12 rebuild</small>"]]',
        '  n0 --> n1',
        '  classDef changed fill:#fecaca,stroke:#b91c1c,stroke-width:2px,color:#111',
        '  class n0 changed',
        '  classDef impacted fill:#fed7aa,stroke:#c2410c,color:#111',
        '  class n1 impacted',
      ].join('\n'),
    );
    expect(body).toContain(
      "> ✂️ To fit GitHub's limits: 14 unchanged neighbour tables not drawn; 12 impacted tables collapsed into 1 summary node per product and level.",
    );
    expect(body).toContain('🟥 changed (1) · 🟧 impacted (12)\n');
  });

  test('then a table replaces the diagram', () => {
    const body = renderPlanMarkdown(plan, project, { diagram: { maxNodes: 1 } });
    expect(mermaidBlock(body)).toBeNull();
    expect(body).toContain(
      [
        "> ✂️ The impacted sub-DAG (13 tables, 12 edges) is too large for a diagram within GitHub's limits; its tables per level and product:",
        '',
        '| level | product | changed | impacted | tables |',
        '|---|---|---|---|---|',
        '| 1 | `p1` | 1 | 0 | `c` |',
        '| 2 | `p2` | 0 | 12 | `i00`, `i01`, `i02` +9 more |',
      ].join('\n'),
    );
    expect(body).toContain("**Shortened to fit GitHub's limits:** graph shown as a table.");
  });

  test('caller limits are clamped to Mermaid’s hard ones', () => {
    const { plan: p, project: pr } = bigCase();
    const body = renderPlanMarkdown(p, pr, {
      maxChars: 10_000_000,
      diagram: { maxEdges: 10_000, maxChars: 1e9, maxNodes: 1e9 },
    });
    const mermaid = mermaidBlock(body);
    if (mermaid !== null) {
      expect(mermaid.length).toBeLessThanOrEqual(50_000);
      expect(edgesOf(mermaid)).toBeLessThanOrEqual(500);
    } else {
      expect(body).toContain('is too large for a diagram');
    }
  });
});

describe('the body stays under its budget', () => {
  test('a small budget cuts lists after the diagram, keeping the summary and first steps', () => {
    const { plan, project } = fanOut();
    const more = Array.from({ length: 300 }, (_, i) =>
      step(`i${String(i % 12).padStart(2, '0')}`, 'resume-statement', `extra-${i}`, 2 + i),
    );
    plan.steps = [...plan.steps, ...more.map((s, i) => ({ ...s, id: `extra:${i}` }))];
    const body = renderPlanMarkdown(plan, project, { maxChars: 8_000 });
    expect(body.length).toBeLessThanOrEqual(8_000);
    expect(body.split('\n')[4]).toBe(
      '**1 table changed, 13 statements impacted, 313 steps** · live status: from Confluent Cloud',
    );
    expect(body).toContain('| 1 | 0 | create-statement `c` | `s-c` | — |  |');
    // The collapsed diagram is small, so it stays; the table would save little.
    expect(mermaidBlock(body)).toContain(
      '[["#43;12 impacted in p2<br/><small>level 2: 12 rebuild</small>"]]',
    );
    expect(body).toMatch(/\n_… [\d,]+ more steps in the plan JSON \/ job summary_\n/);
    expect(body).toMatch(
      /\n> ✂️ \*\*Shortened to fit GitHub's limits:\*\* unchanged neighbours not drawn, impacted tables collapsed in the diagram; \d+ of 313 steps listed\. The full plan is in the plan JSON \/ job summary\.\n/,
    );
    expect(readPlanMeta(body)!.truncated).toBe(true);
    // Opened <details> are closed.
    expect(body.split('<details>').length).toBe(body.split('</details>').length);
  });

  test('absurdly long reasons and names cannot push it over', () => {
    const { plan, project } = fanOut();
    plan.nodes = plan.nodes.map((n) => ({ ...n, reason: 'x'.repeat(100_000) }));
    plan.errors = Array.from({ length: 100 }, (_, i) => ({
      code: 'e'.repeat(1000),
      table: 'n'.repeat(1000),
      message: `${i} ${'m'.repeat(10_000)}`,
    }));
    for (const max of [65_000, 20_000]) {
      const body = renderPlanMarkdown(plan, project, { maxChars: max });
      expect(body.length).toBeLessThanOrEqual(max);
      expect(body).toContain('**1 table changed, 13 statements impacted, 13 steps**');
      expect(body).toContain('| 1 | 0 | create-statement `c` |');
    }
    // A budget smaller than the errors alone: cut at a line, closing what was open, and said so.
    const tiny = renderPlanMarkdown(plan, project, { maxChars: 3_000 });
    expect(tiny.length).toBeLessThanOrEqual(3_000);
    expect(tiny.split('\n')[4]).toBe(
      '❌ **1 table changed, 13 statements impacted, 13 steps** · live status: from Confluent Cloud',
    );
    expect(
      tiny.endsWith(
        '\n\n_✂️ Comment cut at 3,000 characters; the full plan is in the plan JSON / job summary._\n',
      ),
    ).toBe(true);
    expect(tiny.split('<details>').length).toBe(tiny.split('</details>').length);
    expect(tiny.split('```').length % 2).toBe(1);
  });
});

describe('a 10,000-table project with a 3,000-node, 12,000-step plan', () => {
  const { plan, project } = bigCase();
  const body = renderPlanMarkdown(plan, project);

  test('the generated case is what it claims', () => {
    expect([project.tables.size, plan.nodes.length, plan.steps.length]).toEqual([10_000, 3_000, 12_000]);
  });

  test('fits GitHub: body ≤ 65,536 (default budget 65,000), Mermaid within its limits', () => {
    expect(body.length).toBeLessThanOrEqual(65_000);
    expect(body.length).toBeLessThanOrEqual(GITHUB_COMMENT_LIMIT);
    const mermaid = mermaidBlock(body);
    if (mermaid !== null) {
      expect(mermaid.length).toBeLessThanOrEqual(50_000);
      expect(edgesOf(mermaid)).toBeLessThanOrEqual(500);
    }
  });

  test('the summary and the first steps survive; what was cut is said', () => {
    const lines = body.split('\n');
    expect(lines[0]).toBe('<!-- flink-pipeline:plan -->');
    expect(lines[4]).toBe(
      '**200 tables changed, 3,000 statements impacted, 12,000 steps** (3,000 destructive) · base `aaaaaaa` → head `bbbbbbb` · live status: none (ancestors assumed running)',
    );
    expect(body).toContain('| 1 | 0 | stop-statement `t3_0000` | `dev-p0-dml-t3-0000-1234567` | — |  |');
    expect(body).toContain('| 2 | 0 | stop-statement `t3_0001` | `dev-p1-dml-t3-0001-1234567` | — |  |');
    const stepRows = lines.filter((l) => /^\| \d[\d,]* \| \d+ \| /.test(l)).length;
    expect(stepRows).toBeGreaterThanOrEqual(20);
    expect(body).toContain(
      `\n_… ${(12_000 - stepRows).toLocaleString('en-US')} more steps in the plan JSON / job summary_\n`,
    );
    expect(body).toContain(`${stepRows} of 12,000 steps listed`);
    expect(lines[6].startsWith("> ✂️ **Shortened to fit GitHub's limits:** graph shown as a table; ")).toBe(
      true,
    );
    expect(body).toContain('> ✂️ The impacted sub-DAG (3,000 tables, ');
    expect(readPlanMeta(body)).toEqual({
      version: 1,
      hash: 'c'.repeat(64),
      base: 'a'.repeat(40),
      head: 'b'.repeat(40),
      truncated: true,
    });
  });

  test('repeated warnings are summarised per code, the changes listed in full', () => {
    expect(body).toContain(
      '- **destructive** ×2,995 more: on `t3_0005`, `t3_0006`, `t3_0007`, `t3_0008`, `t3_0009` and 2,990 more (each in the plan JSON / job summary)',
    );
    expect(body).toContain('| `t3_0199` | dml | query changed |');
  });
});

test('a wide plan over thousands of tables still gets a diagram, collapsed', () => {
  // One changed table feeds 2,000 tables in 20 products, each feeding one more: 4,001 nodes.
  const specs: SpecTable[] = [{ name: 'root', product: 'core' }];
  const nodes: PlanNode[] = [node('root', 'rebuild', 'query changed', ['dml'])];
  const steps: PlanStep[] = [step('root', 'create-statement', 's-root', 0)];
  for (let i = 0; i < 2000; i++) {
    const product = `p${i % 20}`;
    specs.push({ name: `a${i}`, product, parents: ['root'] }, { name: `b${i}`, product, parents: [`a${i}`] });
    nodes.push(node(`a${i}`, 'rebuild', 'reads root'), node(`b${i}`, 'carry-over', `reads a${i}`));
    steps.push(
      step(`a${i}`, 'create-statement', `s-a${i}`, 1),
      step(`b${i}`, 'create-statement', `s-b${i}`, 2),
    );
  }
  const plan: Plan = { ...fanOut().plan, changes: [], nodes, steps };
  const body = renderPlanMarkdown(plan, makeProject(specs));
  expect(body.length).toBeLessThanOrEqual(65_000);
  const mermaid = mermaidBlock(body)!;
  expect(mermaid.length).toBeLessThanOrEqual(50_000);
  expect(edgesOf(mermaid)).toBe(40);
  expect(nodeLines(mermaid).length).toBe(41);
  expect(mermaid).toContain('[["#43;100 impacted in p0<br/><small>level 1: 100 rebuild</small>"]]');
  expect(mermaid).toContain('[["#43;100 impacted in p19<br/><small>level 2: 100 carry-over</small>"]]');
  expect(body).toContain('4,000 impacted tables collapsed into 40 summary nodes per product and level');
  expect(body).toContain('| 1 | 0 | create-statement `root` | `s-root` | — |  |');
  expect(body).toMatch(/\n_… [\d,]+ more steps in the plan JSON \/ job summary_\n/);
});
