/**
 * Problems found while reading a project. `fatal` stops before anything is written,
 * `error` lets the rest be written but fails the command, `warning` and `notice` inform.
 */
export type Severity = 'fatal' | 'error' | 'warning' | 'notice';

export interface Diagnostic {
  severity: Severity;
  /** Stable identifier, also the anchor of the troubleshooting entry */
  code: string;
  message: string;
  /** Repository-relative path */
  file?: string;
  line?: number;
}

const rank: Record<Severity, number> = { fatal: 0, error: 1, warning: 2, notice: 3 };

/** Code-unit order: the same on every machine, whatever its locale (localeCompare is not). */
const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function sortDiagnostics(list: Diagnostic[]): Diagnostic[] {
  return [...list].sort(
    (a, b) =>
      rank[a.severity] - rank[b.severity] ||
      byCodeUnits(a.file ?? '', b.file ?? '') ||
      (a.line ?? 0) - (b.line ?? 0) ||
      byCodeUnits(a.message, b.message),
  );
}

export function formatDiagnostic(d: Diagnostic): string {
  const where = d.file ? `${d.file}${d.line ? `:${d.line}` : ''}: ` : '';
  return `${where}${d.severity}: ${d.message}`;
}

export const hasFatal = (list: Diagnostic[]) => list.some((d) => d.severity === 'fatal');
export const hasError = (list: Diagnostic[]) =>
  list.some((d) => d.severity === 'fatal' || d.severity === 'error');
