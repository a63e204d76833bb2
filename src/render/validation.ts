/**
 * A validation (src/engine/validate.ts, src/engine/dry-run.ts) as terminal text and as a
 * pull-request section. Both say which engine checked.
 */
import type { Validation, ValidatedStatement } from '../plan/validation.js';
import { codeSpan, count, markdownText, richText, row, tableHead } from './markdown.js';

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
  for (const n of v.notes ?? []) lines.push(`  note: ${n}`);
  return lines.join('\n') + '\n';
}

const MARK: Record<ValidatedStatement['status'], string> = {
  accepted: '✅ accepted',
  rejected: '❌ rejected',
  'not-checked': '➖ not checked',
};

/** Rows of the pull-request section; the rest are counted. */
const MAX_ROWS = 200;

/**
 * The section under the plan in the pull-request comment and the job summary: which engine
 * checked, the counts, then every statement (rejected first, accepted last, so a cut body
 * loses the accepted ones).
 */
export function renderValidationMarkdown(v: Validation): string {
  const lines = [`### Validation: checked by ${markdownText(v.checkedBy)}`, '', countsLine(v) + '.'];
  for (const n of v.notes ?? []) lines.push('', `> [!WARNING]\n> ${richText(n, 2000)}`);
  const order: ValidatedStatement['status'][] = ['rejected', 'not-checked', 'accepted'];
  const sorted = order.flatMap((status) => v.statements.filter((s) => s.status === status));
  if (sorted.length) {
    lines.push('', ...tableHead(['Result', 'Statement', 'Table', 'Detail']));
    for (const s of sorted.slice(0, MAX_ROWS)) {
      lines.push(
        row([
          MARK[s.status],
          codeSpan(where(s)),
          s.table ? codeSpan(s.table) : '',
          richText(detail(s), s.status === 'rejected' ? 1000 : 300),
        ]),
      );
    }
    if (sorted.length > MAX_ROWS)
      lines.push('', `_… and ${count(sorted.length - MAX_ROWS)} more statements._`);
  } else lines.push('', 'No statement to check: the change creates none.');
  return lines.join('\n');
}
