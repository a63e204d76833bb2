/**
 * A validation (src/engine/validate.ts) as terminal text and as a pull-request section. Both
 * say which engine checked.
 */
import type { Validation, ValidatedStatement } from '../plan/validation.js';
import { codeSpan, markdownText, richText } from './markdown.js';

const LABEL: Record<ValidatedStatement['status'], string> = {
  accepted: 'accepted',
  rejected: 'rejected',
  'not-checked': 'not checked',
};

function where(s: ValidatedStatement): string {
  return `${s.file}:${s.line}${s.column !== undefined ? `:${s.column}` : ''}`;
}

function detail(s: ValidatedStatement): string {
  if (s.status === 'rejected') return s.message ?? '';
  if (s.status === 'not-checked') return s.reason ?? '';
  return s.stateful === undefined ? '' : s.stateful ? 'keeps state' : 'no state';
}

export function countsLine(v: Validation): string {
  return `${v.counts.accepted} accepted, ${v.counts.rejected} rejected, ${v.counts.notChecked} not checked`;
}

export function renderValidationText(v: Validation): string {
  const lines = [`validate: checked by ${v.checkedBy}: ${countsLine(v)}`];
  const order: ValidatedStatement['status'][] = ['rejected', 'not-checked', 'accepted'];
  for (const status of order) {
    for (const s of v.statements.filter((x) => x.status === status)) {
      const d = detail(s);
      lines.push(
        `  ${LABEL[status].padEnd(11)} ${where(s)}${s.table ? ` (${s.table})` : ''}${d ? `: ${d}` : ''}`,
      );
    }
  }
  if (!v.statements.length) lines.push('  no statement to check: the change creates none');
  return lines.join('\n') + '\n';
}

/** The section under the plan in the pull-request comment. */
export function renderValidationMarkdown(v: Validation): string {
  const lines = [`### Validation: checked by ${markdownText(v.checkedBy)}`, '', countsLine(v) + '.'];
  const shown = v.statements.filter((s) => s.status !== 'accepted');
  if (shown.length) {
    lines.push('', '| Result | Statement | Detail |', '|---|---|---|');
    for (const s of shown) {
      lines.push(`| ${LABEL[s.status]} | ${codeSpan(where(s))} | ${richText(detail(s))} |`);
    }
  }
  return lines.join('\n');
}
