import type { Plan, PlanWarning } from '../plan/types.js';
import type { Project } from '../project/model.js';
import { count, plural, visible } from './markdown.js';
import { hasWork, NO_DEPLOY, offsetsFrom, planView, shortRef, statusText } from './plan-view.js';

/** Columns are padded to the widest cell, up to this; longer cells just push the line. */
const MAX_COLUMN = 40;

/** Aligned columns; every cell is made terminal-safe (no control characters or escapes). */
function columns(rows: string[][], indent = '  '): string[] {
  const safe = rows.map((r) => r.map((c) => visible(c)));
  const widths: number[] = [];
  for (const r of safe)
    r.forEach((c, i) => (widths[i] = Math.min(MAX_COLUMN, Math.max(widths[i] ?? 0, c.length))));
  return safe.map((r) =>
    (indent + r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]))).join('  ')).trimEnd(),
  );
}

function problems(list: PlanWarning[]): string[] {
  return list.map(
    (w) =>
      `  ${visible(w.code)}${w.table !== undefined ? ` ${visible(w.table)}` : ''}: ${visible(w.message, ' ')}`,
  );
}

/** The plan for a terminal: the same content as the PR comment, complete and unstyled. */
export function renderPlanText(plan: Plan, project: Project): string {
  const view = planView(plan, project);
  const { counts } = view;
  const out: string[] = [];
  const head = hasWork(plan)
    ? [
        ...(counts.changed || counts.noDeploy ? [`${plural(counts.changed, 'table')} changed`] : []),
        `${plural(counts.nodes, 'statement')} impacted`,
        plural(counts.steps, 'step'),
      ].join(', ') + (counts.destructive ? ` (${count(counts.destructive)} destructive)` : '')
    : 'No deployable changes';
  out.push(`Flink pipeline plan: ${head}`);
  const context = [
    ...(counts.noDeploy ? [`${plural(counts.noDeploy, 'table')} only reformatted or moved (no deploy)`] : []),
    ...(plan.base !== null || plan.head !== null
      ? [
          [
            ...(plan.base !== null ? [`base ${visible(shortRef(plan.base))}`] : []),
            ...(plan.head !== null ? [`head ${visible(shortRef(plan.head))}`] : []),
          ].join(' -> '),
        ]
      : []),
    `live status: ${statusText(plan.status)}`,
    ...(plan.strategy === 'blue-green' ? ['strategy: blue-green'] : []),
  ];
  out.push(context.join(' | '), '');

  if (plan.errors.length) {
    out.push(
      `ERRORS (${count(plan.errors.length)}): this plan cannot be deployed`,
      ...problems(plan.errors),
      '',
    );
  }

  if (plan.changes.length) {
    out.push(`Changes (${count(plan.changes.length)}):`);
    out.push(
      ...columns(
        plan.changes.map((c) => [
          c.table,
          c.kind + (NO_DEPLOY.has(c.kind) ? ' (no deploy)' : ''),
          c.detail ? visible(c.detail, ' ') : '-',
          c.files.join(', '),
        ]),
      ),
      '',
    );
  }

  if (hasWork(plan)) {
    out.push(`Plan (${plural(counts.nodes, 'statement')}, in dependency order):`);
    out.push(
      ...columns(
        view.nodes.map((n, i) => [
          String(i + 1),
          n.table + (n.deployedAs && n.deployedAs !== n.table ? ` -> ${n.deployedAs}` : ''),
          n.action + (view.destructive.has(n.table) ? ' (destructive)' : ''),
          visible(n.reason, ' '),
        ]),
      ),
      '',
    );
    if (view.steps.length) {
      out.push(`Steps (${plural(counts.steps, 'step')} in ${plural(counts.waves, 'wave')}):`);
      out.push(
        ...columns([
          ['#', 'wave', 'step', 'statement', 'after', ''],
          ...view.steps.map((s, i) => {
            const from = offsetsFrom(s);
            return [
              String(i + 1),
              String(s.wave),
              `${s.action} ${s.table}${from !== undefined ? ` (from the offsets of ${from})` : ''}`,
              s.statement,
              s.after
                .map((id) => view.stepNumber.get(id) ?? id)
                .sort((a, b) =>
                  typeof a === 'number' && typeof b === 'number' ? a - b : typeof a === 'number' ? -1 : 1,
                )
                .join(',') || '-',
              s.destructive ? 'DESTRUCTIVE' : '',
            ];
          }),
        ]),
        '',
      );
    }
  } else {
    out.push(
      counts.noDeploy
        ? 'Nothing to deploy: the changes only reformat or move SQL files.'
        : 'Nothing to deploy: no table changes.',
      '',
    );
  }

  if (plan.warnings.length)
    out.push(`Warnings (${count(plan.warnings.length)}):`, ...problems(plan.warnings), '');
  out.push(`plan hash ${visible(plan.hash)}`, '');
  return out.join('\n');
}
