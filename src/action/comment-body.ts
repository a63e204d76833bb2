import type { Plan } from '../plan/types.js';
import type { Project } from '../project/model.js';
import { renderPlanMarkdown } from '../render/comment.js';

/** GitHub rejects longer comment bodies (65,536); the margin covers counting differences. */
export const COMMENT_CHARS = 65_000;

/**
 * Parts the action adds to the rendered plan. `notes` go first, right under the hidden marker
 * and metadata, for what a reviewer must not miss (a moved Confluent target); `sections` go
 * after the plan, in order (the metadata files, and further reports such as validation).
 * Empty strings are skipped.
 */
export interface CommentParts {
  notes?: readonly string[];
  sections: readonly string[];
}

/** Leading hidden lines (`<!-- … -->`) of a rendered body, and the rest. */
function splitHidden(body: string): [string, string] {
  const lines = body.split('\n');
  let i = 0;
  while (i < lines.length && /^<!--.*-->$/.test(lines[i])) i++;
  return [lines.slice(0, i).join('\n'), lines.slice(i).join('\n')];
}

/** Cuts `text` to `budget` characters at a line, with a note pointing to the job summary. */
function fit(text: string, budget: number): string {
  if (text.length <= budget) return text;
  const cut = text.lastIndexOf('\n', budget - 40);
  return `${text.slice(0, Math.max(0, cut))}\n\n_… cut; see the job summary_\n`;
}

/**
 * The sticky pull request comment: the plan body (marker and hidden metadata first) with the
 * action's notes and sections. The plan gets whatever they leave, so the whole body stays
 * within `maxChars`; notes and sections together never take more than a quarter of it.
 */
export function pullRequestCommentBody(
  plan: Plan,
  project: Project,
  opts: CommentParts & { commitRange?: string; maxChars?: number },
): string {
  const maxChars = opts.maxChars ?? COMMENT_CHARS;
  const budget = Math.floor(maxChars / 4);
  const notes = (opts.notes ?? []).filter(Boolean).join('\n\n');
  const top = notes ? fit(`${notes}\n\n`, Math.floor(budget / 2)) : '';
  const sections = opts.sections.filter(Boolean).join('\n\n');
  const bottom = sections ? fit(`\n---\n\n${sections}\n`, budget - top.length) : '';
  const body = renderPlanMarkdown(plan, project, {
    commitRange: opts.commitRange,
    maxChars: maxChars - top.length - bottom.length,
  });
  if (!top) return body + bottom;
  const [hidden, visiblePart] = splitHidden(body);
  return `${hidden ? `${hidden}\n` : ''}${top}${visiblePart}${bottom}`;
}
