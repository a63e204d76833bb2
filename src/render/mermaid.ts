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
}

const SAFE = /^[A-Za-z0-9 _.,:()/-]$/;

export function mermaidText(text: string): string {
  let out = '';
  for (const ch of text) out += SAFE.test(ch) ? ch : `#${ch.codePointAt(0)};`;
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
    ids.set(n.name, id);
    const label = mermaidText(n.name) + (n.note ? `<br/><small>${mermaidText(n.note)}</small>` : '');
    lines.push(n.style === 'external' ? `  ${id}[("${label}")]` : `  ${id}["${label}"]`);
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
    const members = nodes.filter((n) => n.style === style).map((n) => ids.get(n.name));
    lines.push(`  class ${members.join(',')} ${style}`);
  }
  return lines.join('\n');
}

/** Markdown-safe inline text: escapes characters that would start markup or HTML. */
export function markdownText(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>&~]/g, (c) =>
    c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '&' ? '&amp;' : `\\${c}`,
  );
}
