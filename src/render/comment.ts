import type { TableChange } from '../change/types.js';
import type { Plan, PlanNode, PlanStep, PlanWarning } from '../plan/types.js';
import type { Project } from '../project/model.js';
import {
  clip,
  codeSpan,
  count,
  hiddenJsonComment,
  markdownText,
  plural,
  readHiddenJsonComment,
  richText,
  row,
  tableHead,
  visible,
} from './markdown.js';
import { diagramLimits, PlanDiagram, type DiagramLevel, type DiagramLimits } from './plan-graph.js';
import {
  hasWork,
  NO_DEPLOY,
  offsetsFrom,
  planView,
  shortRef,
  statusText,
  type PlanView,
} from './plan-view.js';
import { Rows } from './rows.js';

export { renderPlanText } from './text.js';

/** First line of the sticky comment: the action finds its comment by it. */
export const PLAN_MARKER = '<!-- flink-pipeline:plan -->';
export const META_LABEL = 'flink-pipeline:meta';
/** GitHub rejects comment bodies longer than this (UTF-16 code units, as `.length` counts). */
export const GITHUB_COMMENT_LIMIT = 65_536;
export const DEFAULT_MAX_CHARS = 65_000;

export interface PlanMarkdownOptions {
  /** Upper bound of the body's `.length`; default 65,000 (GitHub's limit is 65,536) */
  maxChars?: number;
  /** Heading; default "Flink pipeline plan" */
  title?: string;
  /** How the commit range was chosen, e.g. "merge-base of main and feature" */
  commitRange?: string;
  /** Mermaid limits, clamped to 50,000 characters and 500 edges */
  diagram?: Partial<DiagramLimits>;
}

/** The hidden metadata of a plan comment. */
export interface PlanMeta {
  version: 1;
  hash: string;
  base: string | null;
  head: string | null;
  /** Some plan rows were left out of the comment (it cannot stand for the whole plan) */
  truncated: boolean;
}

/** Reads the hidden metadata back from a comment body (null when absent or unreadable). */
export function readPlanMeta(body: string): PlanMeta | null {
  const meta = readHiddenJsonComment(body, META_LABEL) as PlanMeta | null;
  return meta && typeof meta === 'object' && meta.version === 1 ? meta : null;
}

const MORE_WHERE = 'in the plan JSON / job summary';
/** Lists longer than this fold into `<details>`. */
const DETAILS_AFTER = 25;
const MAX_ERRORS = 20;
const MAX_DESTRUCTIVE_NAMES = 10;

type ListKey = 'changes' | 'nodes' | 'steps' | 'warnings';
const LISTS: ListKey[] = ['changes', 'nodes', 'steps', 'warnings'];
/** Rows every list keeps before any is filled further, and the fewest it keeps under pressure. */
const MIN_ROWS: Record<ListKey, number> = { changes: 10, nodes: 10, steps: 20, warnings: 5 };
const FLOOR_ROWS: Record<ListKey, number> = { changes: 0, nodes: 0, steps: 10, warnings: 0 };
/** Shares of the budget: what the author changed first, then the plan, then its steps. */
const WEIGHT: Record<ListKey, number> = { changes: 2, nodes: 1.5, steps: 1.5, warnings: 0.5 };
/** Most of the budget a diagram may keep once the lists have to be cut. */
const DIAGRAM_SHARE = 0.35;
/** Warnings of one code listed one by one before the rest are summarised on one line. */
const WARNINGS_PER_CODE = 5;
const NOUN: Record<ListKey, string> = {
  changes: 'change',
  nodes: 'statement',
  steps: 'step',
  warnings: 'warning',
};

interface Layout {
  diagram: DiagramLevel | null;
  keep: Record<ListKey, number>;
}

/**
 * The sticky PR comment for a plan (docs/architecture.md#the-path-of-a-pull-request): marker and hidden metadata, summary, errors,
 * changes, ordered plan and steps, warnings, and the impacted sub-DAG as Mermaid. Pure. The body
 * never exceeds `maxChars`: the diagram is reduced first (neighbours dropped, impacted tables
 * collapsed, a table instead), then the lists are cut, always with a visible note; the summary,
 * the errors and the first steps always remain.
 */
export function renderPlanMarkdown(plan: Plan, project: Project, opts: PlanMarkdownOptions = {}): string {
  const maxChars = opts.maxChars ?? DEFAULT_MAX_CHARS;
  const view = planView(plan, project);
  const warnings = warningRows(plan.warnings);
  // Rows are rendered as the layout asks for them: a cut comment never renders the rest.
  const rows: Record<ListKey, Rows> = {
    changes: new Rows(plan.changes.length, (i) => changeRow(plan.changes[i])),
    nodes: new Rows(view.nodes.length, (i) => nodeRow(view, view.nodes[i], i)),
    steps: new Rows(view.steps.length, (i) => stepRow(view, view.steps[i], i)),
    warnings: Rows.of(
      warnings.map((w) => w.line),
      warnings.map((w) => w.warnings.length),
    ),
  };
  const diagram = hasWork(plan) ? new PlanDiagram(view, project, diagramLimits(opts.diagram)) : undefined;
  const render = (layout: Layout) => assemble(view, opts, rows, warnings, diagram, layout);
  const all = Object.fromEntries(LISTS.map((k) => [k, rows[k].length])) as Record<ListKey, number>;
  const size = (k: ListKey, n: number) => rows[k].chars(n);

  // 1. Everything, with the diagram reduced step by step down to the table.
  const levels: (DiagramLevel | null)[] = diagram ? diagram.candidates().filter((l) => l <= 3) : [null];
  let listsAlone = 0;
  for (const k of LISTS) listsAlone += rows[k].charsReaching(maxChars - listsAlone);
  if (listsAlone < maxChars) {
    for (const level of levels) {
      const body = render({ diagram: level, keep: all });
      if (body.length <= maxChars) return body;
    }
  }

  // 2. The lists share what is left, each keeping its first rows. The diagram stays in its most
  // reduced drawn form when that is small; replacing it by the table would save little.
  const drawn = levels.filter((l): l is DiagramLevel => l !== null && l <= 2);
  const compact = drawn[drawn.length - 1];
  let level: DiagramLevel | null = diagram ? 3 : null;
  if (
    compact !== undefined &&
    diagram!.section(compact).lines.join('\n').length <= maxChars * DIAGRAM_SHARE
  ) {
    level = compact;
  }
  const floor = (k: ListKey, table: Record<ListKey, number>) => Math.min(table[k], all[k]);
  const mins = Object.fromEntries(LISTS.map((k) => [k, floor(k, MIN_ROWS)])) as Record<ListKey, number>;
  const overhead =
    render({ diagram: level, keep: mins }).length - LISTS.reduce((sum, k) => sum + size(k, mins[k]), 0);
  // The margin covers notes whose digits change with the final counts.
  const keep = allocate(rows, mins, maxChars - overhead - 200);
  let body = render({ diagram: level, keep });

  // 3. Still over (very long rows): shrink the largest list, then drop the diagram.
  while (body.length > maxChars) {
    const shrinkable = LISTS.filter((k) => keep[k] > floor(k, FLOOR_ROWS));
    if (!shrinkable.length) {
      if (level === null || level === 4) return hardCut(body, maxChars);
      level = 4;
    } else {
      const k = shrinkable.reduce((a, b) => (size(b, keep[b]) > size(a, keep[a]) ? b : a));
      keep[k] = Math.max(floor(k, FLOOR_ROWS), keep[k] - Math.max(1, Math.ceil(keep[k] / 10)));
    }
    body = render({ diagram: level, keep });
  }
  return body;
}

/**
 * Weighted water-filling: each open list gets its weighted share of what is left, lists that
 * need less give the rest back, and a last pass fills any remainder in list order.
 */
function allocate(
  rows: Record<ListKey, Rows>,
  mins: Record<ListKey, number>,
  budget: number,
): Record<ListKey, number> {
  const keep = { ...mins };
  const total = (k: ListKey) => rows[k].length;
  let remaining = budget - LISTS.reduce((sum, k) => sum + rows[k].chars(keep[k]), 0);
  const take = (k: ListKey, allowance: number) => {
    const start = rows[k].chars(keep[k]);
    while (keep[k] < total(k) && rows[k].chars(keep[k] + 1) - start <= allowance) keep[k]++;
    const spent = rows[k].chars(keep[k]) - start;
    remaining -= spent;
    return spent;
  };
  let open = LISTS.filter((k) => keep[k] < total(k));
  while (open.length && remaining > 0) {
    const weights = open.reduce((sum, k) => sum + WEIGHT[k], 0);
    const shares = open.map((k) => Math.floor((remaining * WEIGHT[k]) / weights));
    let progress = 0;
    open.forEach((k, i) => (progress += take(k, shares[i])));
    open = open.filter((k) => keep[k] < total(k));
    if (!progress) break;
  }
  for (const k of LISTS) if (remaining > 0) take(k, remaining);
  return keep;
}

/** Warning lines: the first few of each code one by one, the rest of that code on one line. */
function warningRows(list: PlanWarning[]): { line: string; warnings: PlanWarning[] }[] {
  const seen = new Map<string, number>();
  const rest = new Map<string, PlanWarning[]>();
  const out: { line: string; warnings: PlanWarning[] }[] = [];
  for (const w of list) {
    const n = seen.get(w.code) ?? 0;
    seen.set(w.code, n + 1);
    if (n < WARNINGS_PER_CODE) out.push({ line: `- ${problem(w, 400)}`, warnings: [w] });
    else {
      const list = rest.get(w.code);
      if (list) list.push(w);
      else rest.set(w.code, [w]);
    }
  }
  for (const [code, ws] of rest) {
    const tables = ws.filter((w) => w.table !== undefined).map((w) => w.table!);
    const shown = tables.slice(0, 5).map((t) => codeSpan(t, 100));
    const on = tables.length
      ? `: on ${shown.join(', ')}${tables.length > shown.length ? ` and ${count(tables.length - shown.length)} more` : ''}`
      : '';
    out.push({
      line: `- **${markdownText(clip(code, 60))}** ×${count(ws.length)} more${on} (each ${MORE_WHERE})`,
      warnings: ws,
    });
  }
  return out;
}

function assemble(
  view: PlanView,
  opts: PlanMarkdownOptions,
  rows: Record<ListKey, Rows>,
  warnings: { line: string; warnings: PlanWarning[] }[],
  diagram: PlanDiagram | undefined,
  layout: Layout,
): string {
  const { plan, counts } = view;
  const cutLists = LISTS.filter((k) => layout.keep[k] < rows[k].length);
  const kept = (k: ListKey) => rows[k].first(layout.keep[k]);
  const left = (k: ListKey) => rows[k].items(rows[k].length) - rows[k].items(layout.keep[k]);
  const section = diagram && layout.diagram !== null ? diagram.section(layout.diagram) : undefined;
  const meta: PlanMeta = {
    version: 1,
    hash: plan.hash,
    base: plan.base,
    head: plan.head,
    truncated: cutLists.length > 0,
  };
  const out: string[] = [PLAN_MARKER, hiddenJsonComment(META_LABEL, meta)];
  out.push(`### ${markdownText(clip(opts.title ?? 'Flink pipeline plan', 200))}`, '');
  out.push(summaryLine(view, opts), '');

  const cuts: string[] = [];
  if (section?.cut) cuts.push(section.cut);
  for (const k of cutLists) {
    const total = rows[k].items(rows[k].length);
    cuts.push(`${count(total - left(k))} of ${plural(total, NOUN[k])} listed`);
  }
  if (cuts.length) {
    out.push(
      `> ✂️ **Shortened to fit GitHub's limits:** ${cuts.join('; ')}. The full plan is ${MORE_WHERE}.`,
      '',
    );
  }

  if (plan.errors.length) out.push(...errorCallout(plan.errors), '');
  if (counts.destructive) out.push(...destructiveCallout(view), '');

  if (plan.changes.length) {
    out.push(`#### Changes (${count(plan.changes.length)})`, '');
    out.push(...tableHead(['table', 'kind', 'detail', 'files']));
    out.push(...kept('changes'), ...more(left('changes'), 'change'), '');
  }

  if (hasWork(plan)) {
    out.push(`#### Plan: ${plural(counts.nodes, 'statement')} in dependency order`, '');
    const nodesFolded = rows.nodes.length > DETAILS_AFTER;
    if (nodesFolded) out.push(`<details><summary>${plural(counts.nodes, 'statement')}</summary>`, '');
    out.push(...tableHead(['#', 'table', 'action', 'reason']));
    out.push(...kept('nodes'), ...more(left('nodes'), 'statement'));
    if (nodesFolded) out.push('', '</details>');
    out.push('');
    if (rows.steps.length) {
      const title = `${plural(counts.steps, 'step')} in ${plural(counts.waves, 'wave')}${counts.destructive ? ` (${count(counts.destructive)} destructive)` : ''}`;
      const stepsFolded = rows.steps.length > DETAILS_AFTER;
      out.push(stepsFolded ? `<details><summary>${title}</summary>` : `**${title}**`, '');
      out.push(...tableHead(['#', 'wave', 'step', 'statement', 'after', 'destructive']));
      out.push(...kept('steps'), ...more(left('steps'), 'step'));
      if (stepsFolded) out.push('', '</details>');
      out.push('');
    }
  }

  if (plan.warnings.length) {
    out.push(`#### Warnings (${count(plan.warnings.length)})`, '');
    out.push(...kept('warnings'));
    const rest = warnings.slice(layout.keep.warnings).flatMap((w) => w.warnings);
    if (rest.length) out.push(`- _… ${plural(rest.length, 'more warning')} (${byCode(rest)}) ${MORE_WHERE}_`);
    out.push('');
  }

  if (section) out.push(...section.lines, '');
  out.push(`<sub>Plan hash ${codeSpan(plan.hash, 80)} · flink-pipeline</sub>`, '');
  return out.join('\n');
}

function more(n: number, noun: string): string[] {
  return n > 0 ? ['', `_… ${plural(n, `more ${noun}`)} ${MORE_WHERE}_`] : [];
}

function byCode(warnings: PlanWarning[]): string {
  const codes = new Map<string, number>();
  for (const w of warnings) codes.set(w.code, (codes.get(w.code) ?? 0) + 1);
  const list = [...codes].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const shown = list.slice(0, 5).map(([c, n]) => `${markdownText(clip(c, 40))} ×${count(n)}`);
  return shown.join(', ') + (list.length > 5 ? ', …' : '');
}

function summaryLine(view: PlanView, opts: PlanMarkdownOptions): string {
  const { plan, counts } = view;
  const parts: string[] = [];
  if (hasWork(plan)) {
    const head = [
      ...(counts.changed || counts.noDeploy ? [`${plural(counts.changed, 'table')} changed`] : []),
      `${plural(counts.nodes, 'statement')} impacted`,
      plural(counts.steps, 'step'),
    ];
    parts.push(
      `**${head.join(', ')}**${counts.destructive ? ` (${count(counts.destructive)} destructive)` : ''}`,
    );
  } else {
    parts.push('**No deployable changes**');
  }
  if (counts.noDeploy)
    parts.push(`${plural(counts.noDeploy, 'table')} only reformatted or moved (no deploy)`);
  const range = [
    ...(plan.base !== null ? [`base ${codeSpan(shortRef(plan.base), 60)}`] : []),
    ...(plan.head !== null ? [`head ${codeSpan(shortRef(plan.head), 60)}`] : []),
  ].join(' → ');
  // The range description ends in the same short SHAs the line already shows.
  const described = range
    ? opts.commitRange?.replace(/\s*\([0-9a-f]{7,}\.\.[0-9a-f]{7,}\)$/, '')
    : opts.commitRange;
  const how = described ? markdownText(clip(described, 200)) : '';
  if (range || how) parts.push(range && how ? `${range} (${how})` : range || how);
  parts.push(`live status: ${statusText(plan.status)}`);
  if (plan.strategy === 'blue-green') parts.push('strategy: blue-green');
  let line = parts.join(' · ');
  if (plan.errors.length) line = `❌ ${line}`;
  if (!hasWork(plan)) {
    line +=
      '\n\n' +
      (counts.noDeploy
        ? 'The changes below only reformat or move SQL files: no statement is stopped, dropped or created.'
        : 'No table under the pipelines folder changes: no statement is stopped, dropped or created.');
  }
  return line;
}

function errorCallout(errors: PlanWarning[]): string[] {
  const lines = [
    '> [!CAUTION]',
    `> **This plan has ${plural(errors.length, 'error')} and cannot be deployed:**`,
    ...errors.slice(0, MAX_ERRORS).map((e) => `> - ${problem(e, 500)}`),
  ];
  if (errors.length > MAX_ERRORS)
    lines.push(`> - _… ${plural(errors.length - MAX_ERRORS, 'more error')} ${MORE_WHERE}_`);
  return lines;
}

function destructiveCallout(view: PlanView): string[] {
  const tables = view.destructiveTables;
  const names = tables
    .slice(0, MAX_DESTRUCTIVE_NAMES)
    .map((t) => codeSpan(t, 100))
    .join(', ');
  const rest =
    tables.length > MAX_DESTRUCTIVE_NAMES ? ` and ${count(tables.length - MAX_DESTRUCTIVE_NAMES)} more` : '';
  const n = view.counts.destructive;
  return [
    '> [!WARNING]',
    `> **${plural(n, 'destructive step')}** ${n === 1 ? 'drops' : 'drop'} existing ${tables.length === 1 ? 'table' : 'tables'} and ${tables.length === 1 ? 'its topic' : 'their topics'}: ${names}${rest}. The deploy refuses ${n === 1 ? 'it' : 'them'} unless \`allow-destructive\` is set or the ${tables.length === 1 ? 'table is' : 'tables are'} listed in \`allowDestructive\`.`,
  ];
}

function problem(w: PlanWarning, max: number): string {
  return `**${markdownText(clip(w.code, 60))}**${w.table !== undefined ? ` ${codeSpan(w.table, 100)}` : ''}: ${richText(w.message, max)}`;
}

function changeRow(c: TableChange): string {
  const files =
    c.files
      .slice(0, 3)
      .map((f) => codeSpan(f, 150))
      .join('<br>') + (c.files.length > 3 ? `<br>+${count(c.files.length - 3)} more` : '');
  return row([
    codeSpan(c.table, 150),
    markdownText(clip(c.kind, 40)) + (NO_DEPLOY.has(c.kind) ? ' (no deploy)' : ''),
    c.detail ? richText(c.detail, 200) : '—',
    files || '—',
  ]);
}

function nodeRow(view: PlanView, n: PlanNode, i: number): string {
  const renamed = n.deployedAs && n.deployedAs !== n.table ? ` → ${codeSpan(n.deployedAs, 150)}` : '';
  const destructive = view.destructive.has(n.table) ? ' ⚠️' : '';
  return row([
    count(i + 1),
    codeSpan(n.table, 150) + renamed,
    markdownText(clip(n.action, 40)) + destructive,
    richText(n.reason, 300),
  ]);
}

function stepRow(view: PlanView, s: PlanStep, i: number): string {
  const from = offsetsFrom(s);
  let step = `${markdownText(clip(s.action, 40))} ${codeSpan(s.table, 100)}`;
  if (from !== undefined) step += ` · from the offsets of ${codeSpan(from, 100)}`;
  if (s.action === 'alter-table' && s.sql)
    step += ` · ${codeSpan(visible(s.sql, ' ').replace(/\s+/g, ' '), 120)}`;
  const after = s.after
    .map((id) => view.stepNumber.get(id) ?? id)
    .sort((a, b) => (typeof a === 'number' && typeof b === 'number' ? a - b : typeof a === 'number' ? -1 : 1))
    .slice(0, 4)
    .map((n) => (typeof n === 'number' ? count(n) : codeSpan(n, 60)))
    .join(', ');
  return row([
    count(i + 1),
    count(s.wave),
    step,
    codeSpan(s.statement, 100),
    (after || '—') + (s.after.length > 4 ? ` +${count(s.after.length - 4)} more` : ''),
    s.destructive ? '⚠️' : '',
  ]);
}

/** Last resort when even the shortest layout is too long: cut at a line, close what is open. */
function hardCut(body: string, maxChars: number): string {
  const note = `\n\n_✂️ Comment cut at ${count(maxChars)} characters; the full plan is ${MORE_WHERE}._\n`;
  const lines = body.split('\n');
  const kept: string[] = [];
  let size = 0;
  let fence = false;
  let details = 0;
  const closing = () => (fence ? 4 : 0) + details * 12;
  for (const line of lines) {
    if (size + line.length + 1 + note.length + closing() + 20 > maxChars) break;
    kept.push(line);
    size += line.length + 1;
    if (line.startsWith('```')) fence = !fence;
    if (line.startsWith('<details>')) details++;
    if (line === '</details>') details--;
  }
  if (fence) kept.push('```');
  for (let i = 0; i < details; i++) kept.push('', '</details>');
  return (kept.join('\n') + note).slice(0, maxChars);
}
