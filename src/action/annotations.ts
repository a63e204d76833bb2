import * as core from '@actions/core';
import { sortDiagnostics, type Diagnostic } from '../project/diagnostics.js';
import { visible } from '../render/markdown.js';

/**
 * GitHub shows at most 10 error, 10 warning and 10 notice annotations per step (50 per job):
 * https://github.com/actions/toolkit/blob/main/docs/problem-matchers.md. The rest go to the job
 * summary.
 */
export const ANNOTATIONS_PER_KIND = 10;

type Kind = 'error' | 'warning' | 'notice';
const KIND: Record<Diagnostic['severity'], Kind> = {
  fatal: 'error',
  error: 'error',
  warning: 'warning',
  notice: 'notice',
};

export interface Annotator {
  error: typeof core.error;
  warning: typeof core.warning;
  notice: typeof core.notice;
}

/**
 * SQL analysis findings as annotations on their files and lines (repository-relative paths,
 * so they show in the pull request diff). Past the per-kind limit, one notice says how many
 * were left out; the job summary lists them all.
 */
export function annotate(diagnostics: readonly Diagnostic[], out: Annotator = core): number {
  const shown: Record<Kind, number> = { error: 0, warning: 0, notice: 0 };
  const left: Record<Kind, number> = { error: 0, warning: 0, notice: 0 };
  for (const d of sortDiagnostics([...diagnostics])) {
    const kind = KIND[d.severity];
    if (shown[kind] >= ANNOTATIONS_PER_KIND) {
      left[kind]++;
      continue;
    }
    shown[kind]++;
    out[kind](visible(d.message, ' '), {
      title: `flink-pipeline: ${d.code}`,
      ...(d.file ? { file: d.file } : {}),
      ...(d.file && d.line ? { startLine: d.line } : {}),
    });
  }
  const omitted = left.error + left.warning + left.notice;
  if (omitted) {
    out.notice(
      `${omitted} more findings (${left.error} errors, ${left.warning} warnings, ${left.notice} notices) are not annotated; the job summary lists them all`,
    );
  }
  return omitted;
}
