import type { PlanNode } from '../plan/types.js';
import type { Project } from '../project/model.js';
import { codeSpan, count, plural, row, tableHead } from './markdown.js';
import { renderMermaid, type MermaidNode, type NodeStyle } from './mermaid.js';
import type { PlanView } from './plan-view.js';

/** Mermaid's defaults (`maxTextSize`, `maxEdges`), which a diagram cannot raise on GitHub. */
export const MERMAID_HARD_LIMITS = { chars: 50_000, edges: 500 } as const;

export interface DiagramLimits {
  /** Characters of Mermaid source (≤ 50,000) */
  maxChars: number;
  /** Edges (≤ 500) */
  maxEdges: number;
  /** Nodes: past a few hundred a diagram is unreadable even when it renders */
  maxNodes: number;
}

/** Margins under the hard limits: GitHub's Mermaid version is not ours to choose. */
export const DEFAULT_DIAGRAM_LIMITS: DiagramLimits = { maxChars: 40_000, maxEdges: 300, maxNodes: 300 };

/**
 * How much of the impacted sub-DAG is drawn, from most to least:
 * 0 plan nodes and their unchanged neighbours; 1 plan nodes only; 2 impacted nodes collapsed
 * per product and level; 3 a table instead of a diagram; 4 a one-line mention.
 */
export type DiagramLevel = 0 | 1 | 2 | 3 | 4;
export const LAST_DIAGRAM_LEVEL: DiagramLevel = 4;

export interface DiagramSection {
  level: DiagramLevel;
  /** Markdown lines of the section, heading included */
  lines: string[];
  /** What was cut, for the note at the top of the comment; null when nothing was */
  cut: string | null;
  /** Mermaid source size and edge count (0 when no diagram is drawn) */
  mermaidChars: number;
  edges: number;
  nodes: number;
  /** Within the diagram limits (a level over them is measured but not rendered) */
  fits: boolean;
}

const STYLE_LEGEND: [NodeStyle, string][] = [
  ['changed', '🟥 changed'],
  ['impacted', '🟧 impacted'],
  ['context', '⬜ unchanged neighbour'],
  ['external', '🟦 external'],
];

const FALLBACK_ROWS = 30;

/** Draws the impacted sub-DAG of a plan at any level of detail; levels are computed on demand. */
export class PlanDiagram {
  private readonly planIds: number[] = [];
  private readonly contextIds: number[] = [];
  private readonly nodeOf = new Map<string, PlanNode>();
  private readonly destructive: Set<string>;
  private readonly cache = new Map<DiagramLevel, DiagramSection>();
  private readonly planEdgeCount: number;
  /** Tables in the plan that are not in the head graph (removed ones): drawn without edges */
  private readonly loose: string[] = [];

  constructor(
    private readonly view: PlanView,
    private readonly project: Project,
    private readonly limits: DiagramLimits,
  ) {
    const g = project.graph;
    for (const n of view.nodes) this.nodeOf.set(n.table, n);
    this.destructive = new Set(view.destructiveTables);
    const inPlan = new Uint8Array(g.names.length);
    for (const n of view.nodes) {
      const id = g.index.get(n.table);
      if (id === undefined) this.loose.push(n.table);
      else if (!inPlan[id]) {
        inPlan[id] = 1;
        this.planIds.push(id);
      }
    }
    const inContext = new Uint8Array(g.names.length);
    let planEdges = 0;
    for (const id of this.planIds) {
      for (const p of g.parents[id]) {
        if (inPlan[p]) planEdges++;
        else inContext[p] = 1;
      }
      for (const c of g.children[id]) if (!inPlan[c]) inContext[c] = 1;
    }
    for (let i = 0; i < inContext.length; i++) if (inContext[i]) this.contextIds.push(i);
    this.planEdgeCount = planEdges;
    const byLevel = (a: number, b: number) => view.levelOfId(a) - view.levelOfId(b) || a - b;
    this.planIds.sort(byLevel);
    this.contextIds.sort(byLevel);
  }

  /**
   * The levels worth trying, most detailed first: the drawn ones within the diagram limits
   * (skipping levels that would draw the same as the one before), then the table and nothing.
   */
  candidates(): DiagramLevel[] {
    const distinct: DiagramLevel[] = [];
    if (this.contextIds.length) distinct.push(0);
    distinct.push(1);
    if (this.groups().collapsed) distinct.push(2);
    return [...distinct.filter((level) => this.section(level).fits), 3, 4];
  }

  section(level: DiagramLevel): DiagramSection {
    let s = this.cache.get(level);
    if (!s) {
      s = level === 3 ? this.fallbackTable() : level === 4 ? this.omitted() : this.drawn(level);
      this.cache.set(level, s);
    }
    return s;
  }

  private planNode(table: string): MermaidNode {
    const n = this.nodeOf.get(table)!;
    const note =
      n.action +
      (this.destructive.has(table) ? ' ⚠' : '') +
      (n.deployedAs && n.deployedAs !== table ? ` → ${n.deployedAs}` : '');
    return { name: table, style: n.changes.length ? 'changed' : 'impacted', note };
  }

  private groupCache?: ReturnType<PlanDiagram['computeGroups']>;

  private groups() {
    return (this.groupCache ??= this.computeGroups());
  }

  private computeGroups() {
    const g = this.project.graph;
    const key = (id: number) => {
      const t = this.project.tables.get(g.names[id]);
      return `${this.view.levelOfId(id)}\u0000${t?.product ?? ''}`;
    };
    const members = new Map<string, number[]>();
    for (const id of this.planIds) {
      if (this.nodeOf.get(g.names[id])!.changes.length) continue;
      const k = key(id);
      const list = members.get(k);
      if (list) list.push(id);
      else members.set(k, [id]);
    }
    let collapsed = 0;
    let groupCount = 0;
    for (const ids of members.values()) {
      if (ids.length > 1) {
        collapsed += ids.length;
        groupCount++;
      }
    }
    return { key, members, collapsed, groupCount };
  }

  private drawn(level: 0 | 1 | 2): DiagramSection {
    const g = this.project.graph;
    // The node counts are known up front: skip building what cannot fit. Without collapsing the
    // edges are too; collapsing only merges edges, so the plan's edges bound them.
    const groups = level === 2 ? this.groups() : undefined;
    const nodeCount =
      this.loose.length +
      (groups
        ? this.planIds.length - groups.collapsed + groups.groupCount
        : this.planIds.length + (level === 0 ? this.contextIds.length : 0));
    if (nodeCount > this.limits.maxNodes || (!groups && this.planEdgeCount > this.limits.maxEdges)) {
      return {
        level,
        lines: [],
        cut: null,
        mermaidChars: Infinity,
        edges: this.planEdgeCount,
        nodes: nodeCount,
        fits: false,
      };
    }
    const ids = level === 0 ? [...this.planIds, ...this.contextIds] : [...this.planIds];
    if (level === 0) ids.sort((a, b) => this.view.levelOfId(a) - this.view.levelOfId(b) || a - b);
    // unit[id] = the key edges use: the table name, or its summary node's key
    const unit = new Map<number, string>();
    const nodes: MermaidNode[] = this.loose.map((t) => this.planNode(t));
    const taken = new Set<string>(nodes.map((n) => n.name));
    const groupKey = new Map<string, string>();
    for (const id of ids) {
      const name = g.names[id];
      const members = groups?.members.get(groups.key(id));
      if (groups && this.nodeOf.has(name) && !this.nodeOf.get(name)!.changes.length && members!.length > 1) {
        const k = groups.key(id);
        let gk = groupKey.get(k);
        if (!gk) {
          gk = `\u0000group ${groupKey.size}`;
          while (taken.has(gk) || this.project.tables.has(gk)) gk += '\u0000';
          groupKey.set(k, gk);
          nodes.push(this.groupNode(gk, members!));
        }
        unit.set(id, gk);
        continue;
      }
      unit.set(id, name);
      taken.add(name);
      if (this.nodeOf.has(name)) nodes.push(this.planNode(name));
      else {
        const external = this.project.tables.get(name)?.external ?? false;
        nodes.push({
          name,
          style: external ? 'external' : 'context',
          note: external ? 'external' : 'unchanged',
        });
      }
    }
    const edges: [string, string][] = [];
    const seen = new Set<string>();
    for (const id of ids) {
      const to = unit.get(id)!;
      for (const p of g.parents[id]) {
        const from = unit.get(p);
        if (from === undefined || from === to) continue;
        const k = `${from}\u0001${to}`;
        if (seen.has(k)) continue;
        seen.add(k);
        edges.push([from, to]);
      }
    }
    // Counting is cheap; rendering thousands of nodes only to find them over the limit is not.
    const counted = nodes.length <= this.limits.maxNodes && edges.length <= this.limits.maxEdges;
    const mermaid = counted ? renderMermaid(nodes, edges) : '';
    const fits = counted && mermaid.length <= this.limits.maxChars;

    const styles = new Map<NodeStyle, number>();
    for (const n of nodes) if (!n.group) styles.set(n.style, (styles.get(n.style) ?? 0) + 1);
    if (groups?.collapsed) styles.set('impacted', (styles.get('impacted') ?? 0) + groups.collapsed);
    const legend = STYLE_LEGEND.filter(([s]) => styles.has(s))
      .map(([s, label]) => `${label} (${count(styles.get(s)!)})`)
      .join(' · ');
    const lines = ['#### Impacted sub-DAG', '', legend, ''];
    let cut: string | null = null;
    if (level >= 1 && this.contextIds.length) {
      cut = 'unchanged neighbours not drawn';
    }
    if (level === 1 && this.contextIds.length) {
      lines.push(
        `> ✂️ To fit GitHub's limits, ${plural(this.contextIds.length, 'unchanged neighbour table')} (parents and children of the plan) ${this.contextIds.length === 1 ? 'is' : 'are'} not drawn.`,
        '',
      );
    }
    if (level === 2) {
      const parts = [];
      if (this.contextIds.length)
        parts.push(`${plural(this.contextIds.length, 'unchanged neighbour table')} not drawn`);
      parts.push(
        `${plural(groups!.collapsed, 'impacted table')} collapsed into ${plural(groups!.groupCount, 'summary node')} per product and level`,
      );
      lines.push(`> ✂️ To fit GitHub's limits: ${parts.join('; ')}.`, '');
      cut = `${this.contextIds.length ? 'unchanged neighbours not drawn, ' : ''}impacted tables collapsed in the diagram`;
    }
    lines.push('```mermaid', mermaid, '```');
    return {
      level,
      lines,
      cut,
      mermaidChars: counted ? mermaid.length : Infinity,
      edges: edges.length,
      nodes: nodes.length,
      fits,
    };
  }

  private groupNode(key: string, ids: number[]): MermaidNode {
    const g = this.project.graph;
    const first = g.names[ids[0]];
    const product = this.project.tables.get(first)?.product || '(no product)';
    const actions = new Map<string, number>();
    for (const id of ids) {
      const a = this.nodeOf.get(g.names[id])!.action;
      actions.set(a, (actions.get(a) ?? 0) + 1);
    }
    const summary = [...actions].map(([a, n]) => `${n} ${a}`).join(', ');
    return {
      name: `+${ids.length} impacted in ${product}`,
      key,
      style: 'impacted',
      group: true,
      note: `level ${this.view.levelOfId(ids[0])}: ${summary}`,
    };
  }

  private fallbackTable(): DiagramSection {
    const rows = new Map<string, { level: number; product: string; changed: string[]; impacted: string[] }>();
    for (const n of this.view.nodes) {
      const level = this.view.level(n.table);
      const product = this.project.tables.get(n.table)?.product ?? '';
      const k = `${level}\u0000${product}`;
      let r = rows.get(k);
      if (!r) rows.set(k, (r = { level, product, changed: [], impacted: [] }));
      (n.changes.length ? r.changed : r.impacted).push(n.table);
    }
    const sorted = [...rows.values()].sort(
      (a, b) => a.level - b.level || (a.product < b.product ? -1 : a.product > b.product ? 1 : 0),
    );
    const names = (list: string[]) =>
      list.length
        ? list
            .slice(0, 3)
            .map((t) => codeSpan(t, 80))
            .join(', ') + (list.length > 3 ? ` +${count(list.length - 3)} more` : '')
        : '—';
    const lines = [
      '#### Impacted sub-DAG',
      '',
      `> ✂️ The impacted sub-DAG (${plural(this.view.nodes.length, 'table')}, ${plural(this.planEdgeCount, 'edge')}) is too large for a diagram within GitHub's limits; its tables per level and product:`,
      '',
      ...tableHead(['level', 'product', 'changed', 'impacted', 'tables']),
      ...sorted
        .slice(0, FALLBACK_ROWS)
        .map((r) =>
          row([
            r.level < 0 ? '—' : String(r.level),
            r.product ? codeSpan(r.product, 60) : '—',
            count(r.changed.length),
            count(r.impacted.length),
            names([...r.changed, ...r.impacted]),
          ]),
        ),
    ];
    if (sorted.length > FALLBACK_ROWS) {
      lines.push(
        '',
        `_… ${plural(sorted.length - FALLBACK_ROWS, 'more group')} in the plan JSON / job summary_`,
      );
    }
    return {
      level: 3,
      lines,
      cut: 'graph shown as a table',
      mermaidChars: 0,
      edges: 0,
      nodes: 0,
      fits: true,
    };
  }

  private omitted(): DiagramSection {
    return {
      level: 4,
      lines: [
        '#### Impacted sub-DAG',
        '',
        `> ✂️ Omitted to fit GitHub's comment size limit: ${plural(this.view.nodes.length, 'table')}, ${plural(this.planEdgeCount, 'edge')}.`,
      ],
      cut: 'graph omitted',
      mermaidChars: 0,
      edges: 0,
      nodes: 0,
      fits: true,
    };
  }
}

/** Clamps caller limits to Mermaid's hard ones. */
export function diagramLimits(partial: Partial<DiagramLimits> = {}): DiagramLimits {
  return {
    maxChars: Math.min(partial.maxChars ?? DEFAULT_DIAGRAM_LIMITS.maxChars, MERMAID_HARD_LIMITS.chars),
    maxEdges: Math.min(partial.maxEdges ?? DEFAULT_DIAGRAM_LIMITS.maxEdges, MERMAID_HARD_LIMITS.edges),
    maxNodes: partial.maxNodes ?? DEFAULT_DIAGRAM_LIMITS.maxNodes,
  };
}
