import { visible } from './markdown.js';

/**
 * Mermaid flowcharts that no table name can break: node ids are generated, labels are
 * quoted and every character outside a safe set is written as a Mermaid entity code.
 */
export type NodeStyle = 'focus' | 'changed' | 'impacted' | 'context' | 'external';

export interface MermaidNode {
  name: string;
  style: NodeStyle;
  /** Optional second label line, e.g. the action */
  note?: string;
  /** What edges refer to, when not `name` (summary nodes that are not tables) */
  key?: string;
  /** Drawn as a stacked box: a summary of several tables */
  group?: boolean;
}

const SAFE = /^[A-Za-z0-9 _.,:()/-]$/;

/** Label text: line breaks and invisible or control characters made visible, then entity-encoded. */
export function mermaidText(text: string): string {
  let out = '';
  for (const ch of visible(text)) out += SAFE.test(ch) ? ch : `#${ch.codePointAt(0)};`;
  return out;
}

const CLASS_DEFS: Record<NodeStyle, string> = {
  focus: 'fill:#fde68a,stroke:#b45309,stroke-width:2px,color:#111',
  changed: 'fill:#fecaca,stroke:#b91c1c,stroke-width:2px,color:#111',
  impacted: 'fill:#fed7aa,stroke:#c2410c,color:#111',
  context: 'fill:#f3f4f6,stroke:#9ca3af,color:#374151',
  external: 'fill:#e0f2fe,stroke:#0369a1,stroke-dasharray:4 3,color:#111',
};

/** `nodes` in display order; `edges` as [parent, child] names, both present in `nodes`. */
export function renderMermaid(
  nodes: MermaidNode[],
  edges: [string, string][],
  direction: 'LR' | 'TD' = 'LR',
): string {
  const ids = new Map<string, string>();
  const lines = [`flowchart ${direction}`];
  nodes.forEach((n, i) => {
    const id = `n${i}`;
    ids.set(n.key ?? n.name, id);
    const label = mermaidText(n.name) + (n.note ? `<br/><small>${mermaidText(n.note)}</small>` : '');
    const shape = n.group ? ['[[', ']]'] : n.style === 'external' ? ['[(', ')]'] : ['[', ']'];
    lines.push(`  ${id}${shape[0]}"${label}"${shape[1]}`);
  });
  for (const [p, c] of edges) {
    const from = ids.get(p);
    const to = ids.get(c);
    if (from && to) lines.push(`  ${from} --> ${to}`);
  }
  const used = new Set(nodes.map((n) => n.style));
  for (const style of Object.keys(CLASS_DEFS) as NodeStyle[]) {
    if (!used.has(style)) continue;
    lines.push(`  classDef ${style} ${CLASS_DEFS[style]}`);
    const members = nodes.flatMap((n, i) => (n.style === style ? [`n${i}`] : []));
    lines.push(`  class ${members.join(',')} ${style}`);
  }
  return lines.join('\n');
}
