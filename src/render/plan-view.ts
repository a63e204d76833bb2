import type { ChangeKind } from '../change/types.js';
import { levelsByIdOrNull } from '../graph/graph.js';
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
  /** Step id → its number in `steps` (1-based; the first step with that id) */
  stepNumber: StepNumbers;
  /** Longest-path level of every head table; -1 for tables not in the head graph */
  level: (table: string) => number;
  /** The same by head-graph id */
  levelOfId: (id: number) => number;
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
  const g = project.graph;
  // By id, null on a cycle: the project reports it, and the plan renders in plan order.
  const levels = levelsByIdOrNull(g);
  const levelOfId = (id: number) => (levels ? levels[id] : -1);
  const level = (t: string) => {
    const id = g.index.get(t);
    return id === undefined ? -1 : levelOfId(id);
  };

  // Decorate-sort-undecorate: stable, and no map lookups inside the comparator.
  const nodes = plan.nodes
    .map((n, i) => ({ n, level: level(n.table), i }))
    .sort((a, b) => a.level - b.level || a.i - b.i)
    .map((x) => x.n);
  // The planner already orders steps by wave; the stable sort would return them as they are.
  const steps = byWave(plan.steps)
    ? plan.steps.slice()
    : plan.steps
        .map((s, i) => ({ s, i }))
        .sort((a, b) => a.s.wave - b.s.wave || a.i - b.i)
        .map((x) => x.s);
  const stepNumber = new StepNumbers(steps);

  const destructiveSet = new Set<string>();
  let destructiveSteps = 0;
  for (const s of plan.steps) {
    if (!s.destructive) continue;
    destructiveSteps++;
    destructiveSet.add(s.table);
  }
  // Node order first, then the tables of steps without a node.
  const destructiveTables = new Set<string>();
  for (const n of nodes) if (destructiveSet.has(n.table)) destructiveTables.add(n.table);
  for (const s of plan.steps) if (destructiveSet.has(s.table)) destructiveTables.add(s.table);

  const changedTables = new Set(plan.changes.filter((c) => !NO_DEPLOY.has(c.kind)).map((c) => c.table));
  const noDeploy = plan.changes.filter((c) => NO_DEPLOY.has(c.kind) && !changedTables.has(c.table));
  return {
    plan,
    nodes,
    steps,
    stepNumber,
    level,
    levelOfId,
    destructiveTables: [...destructiveTables],
    destructive: destructiveSet,
    counts: {
      changed: changedTables.size,
      noDeploy: new Set(noDeploy.map((c) => c.table)).size,
      nodes: plan.nodes.length,
      steps: plan.steps.length,
      destructive: destructiveSteps,
      waves: plan.steps.reduce((m, s) => Math.max(m, s.wave + 1), 0),
    },
  };
}

/**
 * Numbers of steps by id, found by reading the steps only as far as asked. A comment shows the
 * first few hundred steps of a large plan and their `after` ids point at earlier steps: a map
 * of all ten thousand ids cost more than the rows shown.
 */
export class StepNumbers {
  private readonly known = new Map<string, number>();
  private read = 0;

  constructor(private readonly steps: readonly PlanStep[]) {}

  get(id: string): number | undefined {
    const hit = this.known.get(id);
    if (hit !== undefined) return hit;
    while (this.read < this.steps.length) {
      const s = this.steps[this.read++];
      if (this.known.has(s.id)) continue;
      this.known.set(s.id, this.read);
      if (s.id === id) return this.read;
    }
    return undefined;
  }
}

function byWave(steps: readonly PlanStep[]): boolean {
  for (let i = 1; i < steps.length; i++) if (steps[i].wave < steps[i - 1].wave) return false;
  return true;
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
