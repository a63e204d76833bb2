import { ancestors, descendants, subgraph, topoLevels } from '../graph/graph.js';
import { markdownText, renderMermaid, type MermaidNode } from '../render/mermaid.js';
import { refPath } from './metadata.js';
import type { Project, Table } from './model.js';

export interface TableReport {
  table: string;
  type: string;
  product: string;
  folder: string;
  stateful: boolean;
  reasons: { construct: string; file: string; line: number }[];
  parents: string[];
  children: string[];
  ancestors: string[];
  descendants: string[];
  /** Edges of the ancestor + table + descendant subgraph, [parent, child] */
  edges: [string, string][];
  /** Longest-path level inside that subgraph, for ordering */
  levels: Record<string, number>;
}

/** Lineage of one table: everything it reads from and everything that reads it. */
export function tableReport(project: Project, name: string): TableReport {
  const t = project.tables.get(name)!;
  const { graph } = project;
  const up = ancestors(graph, [name]);
  const down = descendants(graph, [name]);
  const sub = subgraph(graph, [...up, name, ...down]);
  const levels = Object.fromEntries(topoLevels(sub));
  const edges: [string, string][] = [];
  sub.names.forEach((c, i) => sub.parents[i].forEach((p) => edges.push([sub.names[p], c])));
  const id = graph.index.get(name)!;
  return {
    table: name,
    type: t.type,
    product: t.product,
    folder: refPath(project.pipelinesDir, t.folder),
    stateful: t.stateful,
    reasons: t.reasons.map((r) => ({ construct: r.construct, file: r.file, line: r.line })),
    parents: graph.parents[id].map((p) => graph.names[p]),
    children: graph.children[id].map((c) => graph.names[c]),
    ancestors: up,
    descendants: down,
    edges,
    levels,
  };
}

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
