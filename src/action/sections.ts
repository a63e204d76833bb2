import { sortDiagnostics, type Diagnostic } from '../project/diagnostics.js';
import { clip, codeSpan, count, markdownText, plural, richText, visible } from '../render/markdown.js';
import type { CommitOutcome, MetadataState } from './metadata-commit.js';
import { changedFiles } from './metadata-commit.js';
import type { TargetChange } from './trusted-config.js';

/**
 * Markdown the action adds around the plan body (which `render/comment.ts` renders): the
 * metadata commit-back, the findings list of the job summary, drift, the Confluent target a
 * pull request changes. Every name and message is escaped with the render helpers, so file or
 * table names cannot break the comment.
 */

export interface MetadataReport {
  state: MetadataState;
  /** Why the files were only checked, when they were (fork, input, checkout) */
  checkedOnly?: string;
  commit?: CommitOutcome;
}

const MAX_LISTED_FILES = 30;

function fileList(files: readonly string[], max: number): string[] {
  const lines = files.slice(0, max).map((f) => `- ${codeSpan(f, 200)}`);
  if (files.length > max) lines.push(`- _… and ${count(files.length - max)} more_`);
  return lines;
}

/** One short section on the metadata files; `max` files listed at most. */
export function metadataSection(r: MetadataReport, max = MAX_LISTED_FILES): string {
  const { state } = r;
  if (state.unreadable) {
    return '**Metadata files:** not rebuilt; the project cannot be read (see the errors above).';
  }
  const files = changedFiles(state.sync);
  if (r.commit?.committed) {
    return [
      `**Metadata files:** 📝 committed ${plural(r.commit.files.length, 'updated file')} to ${codeSpan(r.commit.branch, 120)} in ${codeSpan(r.commit.sha.slice(0, 7))} (\`inventory.json\` and \`pipeline_definition.json\`, rebuilt as \`flink-pipeline inventory\` does).`,
      '',
      '<details><summary>Files</summary>',
      '',
      ...fileList(r.commit.files, max),
      '',
      '</details>',
    ].join('\n');
  }
  if (!files.length) return '**Metadata files:** ✅ up to date.';
  const why = r.checkedOnly ?? (r.commit && !r.commit.committed ? r.commit.reason : undefined);
  return [
    `**Metadata files:** ⚠️ ${plural(files.length, 'file')} out of date${why ? ` (not committed: ${richText(why, 400)})` : ''}. Run \`flink-pipeline inventory\` (or \`node dist/cli.js inventory\`) and commit the result:`,
    '',
    ...fileList(files, max),
  ].join('\n');
}

/** Every finding (the summary's full list behind the 10-per-kind annotations), within `maxChars`. */
export function diagnosticsSection(diagnostics: readonly Diagnostic[], maxChars = 200_000): string {
  if (!diagnostics.length) return '';
  const out = [`#### Findings (${count(diagnostics.length)})`, ''];
  let size = out.join('\n').length;
  const sorted = sortDiagnostics([...diagnostics]);
  for (let i = 0; i < sorted.length; i++) {
    const d = sorted[i];
    const where = d.file ? `${codeSpan(`${d.file}${d.line ? `:${d.line}` : ''}`, 200)} ` : '';
    const line = `- ${where}**${markdownText(d.severity)}** ${richText(d.message, 400)}`;
    if (size + line.length + 100 > maxChars) {
      out.push(`- _… ${plural(sorted.length - i, 'more finding')}_`);
      break;
    }
    out.push(line);
    size += line.length + 1;
  }
  return out.join('\n');
}

export interface Drift {
  /** Pull request the merged plan came from */
  pr: number;
  /** Hash in that PR's sticky comment; undefined when no plan comment was found */
  posted?: string;
  current: string;
}

export function driftSection(d: Drift | undefined): string {
  if (!d) return '';
  if (!d.posted) {
    return `**Drift check:** no plan comment found on #${d.pr}; nothing to compare with.`;
  }
  if (d.posted === d.current) {
    return `**Drift check:** ✅ the plan equals the one posted on #${d.pr} (${codeSpan(d.current.slice(0, 12))}).`;
  }
  return [
    '> [!WARNING]',
    `> **Drift:** this plan (${codeSpan(d.current.slice(0, 12))}) differs from the plan reviewed on pull request #${d.pr} (${codeSpan(clip(d.posted, 12))}): live status or other merged changes altered the steps. Review the steps below.`,
  ].join('\n');
}

/** A one-line log message naming drift, for `core.warning`. */
export function driftWarning(d: Drift): string | undefined {
  if (!d.posted || d.posted === d.current) return undefined;
  return `plan drift: the plan differs from the one posted on pull request #${d.pr} (${d.posted.slice(0, 12)} → ${d.current.slice(0, 12)})`;
}

/** What the pull request does to the Confluent target, and whether credentials were used. */
export interface TargetReport {
  /** Target keys the pull request changes (from `trustTarget`) */
  changes: TargetChange[];
  /** The config file's path, as the reader knows it */
  configPath: string;
  /** 'base': credentials used, with the base commit's target; 'none': no credentials on this run */
  credentials: 'base' | 'none';
  /** Why live status is off although credentials were given (no trusted target) */
  off?: string;
}

const MAX_LISTED_CHANGES = 20;

const shownValue = (v: string | undefined) => (v === undefined ? '_(not set)_' : codeSpan(v, 200));

/**
 * A note at the top of the comment and summary when the pull request moves the Confluent
 * target (endpoint, organization, environment), or when live status is off for want of a
 * trusted one. Empty when there is nothing to say.
 */
export function targetSection(r: TargetReport): string {
  const out: string[] = [];
  if (r.changes.length) {
    const used =
      r.credentials === 'base'
        ? 'The plan read live status with the base branch’s values; the Flink credentials were not sent to the new ones.'
        : 'No Flink credentials were used on this run.';
    out.push(
      '> [!WARNING]',
      `> **This pull request changes where the Flink credentials go.** ${codeSpan(r.configPath, 120)} sets ${plural(r.changes.length, 'Confluent target value')} differently from the base branch:`,
      '>',
      ...r.changes
        .slice(0, MAX_LISTED_CHANGES)
        .map(
          (c) =>
            `> - ${codeSpan(`environments.${c.environment}.${c.key}`, 200)}: ${shownValue(c.base)} → ${shownValue(c.head)}`,
        ),
      ...(r.changes.length > MAX_LISTED_CHANGES
        ? [`> - _… and ${count(r.changes.length - MAX_LISTED_CHANGES)} more_`]
        : []),
      '>',
      `> ${used} Deploys use the new values once this is merged: check that they are yours.`,
    );
  }
  if (r.off) {
    if (out.length) out.push('');
    out.push(
      '> [!NOTE]',
      `> **Live status: off.** ${richText(r.off, 400)}. On pull requests the credentials go only to the endpoint the base branch configures; the plan assumes ancestors are running.`,
    );
  }
  return out.join('\n');
}

/** The same, as one log line for `core.warning` (undefined when the target is unchanged). */
export function targetWarning(r: TargetReport): string | undefined {
  if (!r.changes.length) return undefined;
  const keys = r.changes.map((c) => `environments.${c.environment}.${c.key}`);
  const listed = keys.slice(0, 5).join(', ') + (keys.length > 5 ? `, and ${keys.length - 5} more` : '');
  return `this pull request changes the Confluent target in ${visible(r.configPath, ' ')} (${visible(listed, ' ')}); ${r.credentials === 'base' ? 'the credentials were used only with the base branch’s values' : 'no credentials were used'}`;
}
