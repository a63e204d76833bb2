import type { Plan } from '../plan/types.js';
import type { Project } from '../project/model.js';
import { renderPlanMarkdown } from '../render/comment.js';

/** GitHub rejects longer comment bodies (65,536); the margin covers counting differences. */
export const COMMENT_CHARS = 65_000;

/**
 * The sticky pull request comment: the plan body (marker and hidden metadata first), then the
 * action's own section (metadata files). The plan gets whatever the section leaves, so the
 * whole body stays within `maxChars`; an oversized section is cut at a line.
 */
export function pullRequestCommentBody(
  plan: Plan,
  project: Project,
  opts: { commitRange?: string; section: string; maxChars?: number },
): string {
  const maxChars = opts.maxChars ?? COMMENT_CHARS;
  let extra = `\n---\n\n${opts.section}\n`;
  // The section never takes more than a quarter of the budget.
  const sectionBudget = Math.floor(maxChars / 4);
  if (extra.length > sectionBudget) {
    const cut = extra.lastIndexOf('\n', sectionBudget - 40);
    extra = `${extra.slice(0, Math.max(0, cut))}\n\n_… cut; see the job summary_\n`;
  }
  return (
    renderPlanMarkdown(plan, project, { commitRange: opts.commitRange, maxChars: maxChars - extra.length }) +
    extra
  );
}
