import type { ChangeKind } from '../change/types.js';
import { topoLevels } from '../graph/graph.js';
import type { Plan, PlanNode, PlanStep, StatusKind } from '../plan/types.js';
import type { Project } from '../project/model.js';

/** Change kinds that need nothing deployed. */
export const NO_DEPLOY: ReadonlySet<ChangeKind> = new Set(['format-only', 'renamed']);

/**
 * What both renderers show, derived once from a Plan: nodes in dependency order, steps in
 * display order with their 1-based numbers, the counts of the summary line.
 */
export interface PlanView {
  plan: Plan;
  /** Plan nodes, parents before children (head-graph level, then plan order) */
  nodes: PlanNode[];
  /** Steps by wave, then plan order */
  steps: PlanStep[];
  /** Step id → its number in `steps` (1-based) */
  stepNumber: Map<string, number>;
  /** Longest-path level of every head table; -1 for tables not in the head graph */
  level: (table: string) => number;
  /** Tables with at least one destructive step, in node order */
  destructiveTables: string[];
  destructive: ReadonlySet<string>;
  counts: {
    /** Tables whose change needs a deploy */
    changed: number;
    /** Changes that need none (format-only, renamed) */
    noDeploy: number;
    nodes: number;
    steps: number;
    destructive: number;
    waves: number;
  };
}

export function planView(plan: Plan, project: Project): PlanView {
  let levels: Map<string, number>;
  try {
    levels = topoLevels(project.graph);
  } catch {
    levels = new Map(); // a cycle: the project reports it; render in plan order
  }
  const level = (t: string) => levels.get(t) ?? -1;

  // Decorate-sort-undecorate: stable, and no map lookups inside the comparator.
  const nodes = plan.nodes
    .map((n, i) => ({ n, level: level(n.table), i }))
    .sort((a, b) => a.level - b.level || a.i - b.i)
    .map((x) => x.n);
  const steps = plan.steps
    .map((s, i) => ({ s, i }))
    .sort((a, b) => a.s.wave - b.s.wave || a.i - b.i)
    .map((x) => x.s);
  const stepNumber = new Map<string, number>();
  steps.forEach((s, i) => {
    if (!stepNumber.has(s.id)) stepNumber.set(s.id, i + 1);
  });

  const destructiveSet = new Set(plan.steps.filter((s) => s.destructive).map((s) => s.table));
  const ordered = [...nodes.map((n) => n.table), ...plan.steps.map((s) => s.table)];
  const destructiveTables = [...new Set(ordered.filter((t) => destructiveSet.has(t)))];

  const changedTables = new Set(plan.changes.filter((c) => !NO_DEPLOY.has(c.kind)).map((c) => c.table));
  const noDeploy = plan.changes.filter((c) => NO_DEPLOY.has(c.kind) && !changedTables.has(c.table));
  return {
    plan,
    nodes,
    steps,
    stepNumber,
    level,
    destructiveTables,
    destructive: destructiveSet,
    counts: {
      changed: changedTables.size,
      noDeploy: new Set(noDeploy.map((c) => c.table)).size,
      nodes: plan.nodes.length,
      steps: plan.steps.length,
      destructive: plan.steps.filter((s) => s.destructive).length,
      waves: plan.steps.reduce((m, s) => Math.max(m, s.wave + 1), 0),
    },
  };
}

/** `abc1234` for a commit SHA, the ref itself otherwise. */
export function shortRef(ref: string): string {
  return /^[0-9a-f]{8,64}$/i.test(ref) ? ref.slice(0, 7) : ref;
}

export function statusText(kind: StatusKind): string {
  return kind === 'none'
    ? 'none (ancestors assumed running)'
    : kind === 'file'
      ? 'from a status file'
      : 'from Confluent Cloud';
}

/** Whether a plan has anything to deploy. */
export function hasWork(plan: Plan): boolean {
  return plan.nodes.length > 0 || plan.steps.length > 0;
}

/** The carry-over source of a create-statement step, when it continues from old offsets. */
export function offsetsFrom(step: PlanStep): string | undefined {
  return step.properties?.['sql.tables.initial-offset-from'];
}
