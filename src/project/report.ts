import { ancestors, descendants, subgraph, topoLevels } from '../graph/graph.js';
import { refPath } from './metadata.js';
import type { Project } from './model.js';

/** Lineage of one table as data; src/render/report.ts draws it as text, Markdown or Mermaid. */
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
