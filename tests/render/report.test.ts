import { describe, expect, test } from '@jest/globals';
import { tableReport } from '../../src/project/report.js';
import { reportMarkdown, reportMermaid, reportText } from '../../src/render/report.js';
import { smallProject } from './fixtures.js';

describe('table report views (render/report.ts over project/report.ts)', () => {
  const project = smallProject();
  const r = tableReport(project, 'fct_orders');

  test('the lineage is data: parents, children, ancestors, descendants', () => {
    expect(r.parents).toEqual(['src_orders']);
    expect(r.children).toEqual(['agg_daily']);
    expect(r.ancestors).toEqual(['raw_orders', 'src_orders']);
    expect(r.descendants).toEqual(['agg_daily', 'rpt_daily']);
    expect(r.stateful).toBe(true);
  });

  test('Mermaid: the table is the focus, the external source keeps its own shape, upstream first', () => {
    const m = reportMermaid(project, r);
    const lines = m.split('\n');
    expect(lines[0]).toBe('flowchart LR');
    expect(lines[1]).toMatch(/^ {2}n0\[\("raw_orders/);
    expect(m).toContain('class n2 focus');
    expect(m).not.toContain('dim_status');
  });

  test('Markdown holds the table, the state reason and the graph', () => {
    const md = reportMarkdown(project, r);
    expect(md).toContain('### Lineage of `fct_orders`');
    expect(md).toMatch(/\| State \| stateful \(GROUP BY, line 3\) \|/);
    expect(md).toContain('| Descendants (2) | `agg_daily`, `rpt_daily` |');
    expect(md).toContain('```mermaid\nflowchart LR');
  });

  test('text names the folder and every list', () => {
    const text = reportText(r);
    expect(text.split('\n')[0]).toBe('fct_orders (fact, product p1, stateful)');
    expect(text).toContain('  descendants: agg_daily, rpt_daily');
  });
});
