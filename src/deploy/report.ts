import { codeSpan, markdownText, row, tableHead } from '../render/markdown.js';
import type { DeployReport, StepOutcome, StepResult } from './types.js';

export const DEPLOY_MARKER = '<!-- flink-pipeline:deploy -->';

const ICON: Record<StepOutcome, string> = {
  done: '✅',
  skipped: '⏭️',
  failed: '❌',
  'rolled-back': '↩️',
  blocked: '⛔',
  refused: '🛑',
  planned: '📝',
};

const seconds = (ms: number) => (ms ? `${(ms / 1000).toFixed(1)} s` : '');

function problems(report: DeployReport): StepResult[] {
  return report.steps.filter(
    (s) => s.outcome === 'failed' || s.outcome === 'rolled-back' || s.outcome === 'refused',
  );
}

/** The per-step report: one line per step for logs, or the markdown comment and job summary. */
export function renderDeployReport(
  report: DeployReport,
  format: 'text' | 'markdown',
  maxChars = 60_000,
): string {
  if (format === 'text') {
    const lines = [report.summary];
    for (const s of report.steps) {
      const extra = [s.phase, seconds(s.durationMs), s.detail].filter(Boolean).join(' · ');
      lines.push(`  ${s.outcome.padEnd(11)} ${s.id}  ${s.statement}${extra ? `  (${extra})` : ''}`);
    }
    return lines.join('\n') + '\n';
  }
  const out: string[] = [DEPLOY_MARKER, `### Flink deploy: ${markdownText(report.summary)}`, ''];
  if (report.environment)
    out.push(`Environment ${codeSpan(report.environment)} · plan \`${report.planHash.slice(0, 12)}\``, '');
  const bad = problems(report);
  if (bad.length) {
    out.push('**Problems**', '');
    for (const s of bad)
      out.push(`- ${ICON[s.outcome]} ${codeSpan(s.id)}: ${markdownText(s.detail ?? s.outcome)}`);
    out.push('');
  }
  out.push(...tableHead(['', 'step', 'statement', 'result', 'phase', 'time', 'detail']));
  const footer = (n: number) => `\n_${n} more steps not shown; the full report is in the job log._\n`;
  let size = out.join('\n').length;
  for (let i = 0; i < report.steps.length; i++) {
    const s = report.steps[i];
    const line = row([
      ICON[s.outcome],
      codeSpan(s.id, 120),
      codeSpan(s.statement, 100),
      s.outcome,
      s.phase ?? '',
      seconds(s.durationMs),
      markdownText((s.detail ?? '').slice(0, 300)),
    ]);
    if (size + line.length + 200 > maxChars) {
      out.push(footer(report.steps.length - i));
      return out.join('\n');
    }
    out.push(line);
    size += line.length + 1;
  }
  return out.join('\n') + '\n';
}
