/**
 * The `report` command's views of a table's lineage (text, Markdown, Mermaid). The lineage
 * itself is computed by src/project/report.ts; rendering sits above the project model.
 */
import type { TableReport } from '../project/report.js';
import type { Project, Table } from '../project/model.js';
import { markdownText } from './markdown.js';
import { renderMermaid, type MermaidNode } from './mermaid.js';

export function reportMermaid(project: Project, r: TableReport): string {
  const ordered = Object.keys(r.levels).sort((a, b) => r.levels[a] - r.levels[b] || (a < b ? -1 : 1));
  const nodes: MermaidNode[] = ordered.map((n) => {
    const t: Table = project.tables.get(n)!;
    return { name: n, style: n === r.table ? 'focus' : t.external ? 'external' : 'context', note: t.type };
  });
  return renderMermaid(nodes, r.edges);
}

export function reportMarkdown(project: Project, r: TableReport): string {
  const list = (names: string[]) =>
    names.length ? names.map((n) => `\`${n.replace(/`/g, "'")}\``).join(', ') : '—';
  const lines = [
    `### Lineage of \`${r.table.replace(/`/g, "'")}\``,
    '',
    `| | |`,
    `|---|---|`,
    `| Type | ${markdownText(r.type)} |`,
    `| Product | ${markdownText(r.product || '—')} |`,
    `| Folder | ${markdownText(r.folder || '— (external)')} |`,
    `| State | ${r.stateful ? `stateful (${r.reasons.map((x) => markdownText(`${x.construct}, line ${x.line}`)).join('; ')})` : 'stateless'} |`,
    `| Parents | ${list(r.parents)} |`,
    `| Children | ${list(r.children)} |`,
    `| Ancestors (${r.ancestors.length}) | ${list(r.ancestors)} |`,
    `| Descendants (${r.descendants.length}) | ${list(r.descendants)} |`,
    '',
    '```mermaid',
    reportMermaid(project, r),
    '```',
    '',
  ];
  return lines.join('\n');
}

export function reportText(r: TableReport): string {
  const list = (names: string[]) => (names.length ? names.join(', ') : '-');
  return [
    `${r.table} (${r.type}${r.product ? `, product ${r.product}` : ''}, ${r.stateful ? 'stateful' : 'stateless'})`,
    `  folder:      ${r.folder || '(external)'}`,
    ...r.reasons.map((x) => `  state:       ${x.construct} at ${x.file}:${x.line}`),
    `  parents:     ${list(r.parents)}`,
    `  children:    ${list(r.children)}`,
    `  ancestors:   ${list(r.ancestors)}`,
    `  descendants: ${list(r.descendants)}`,
    '',
  ].join('\n');
}
