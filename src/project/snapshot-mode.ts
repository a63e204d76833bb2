/**
 * A pipeline statement must run continuously: `sql.snapshot.mode = 'now'` makes a statement a
 * snapshot query, which reads its tables as they are at that moment and then ends (docs,
 * https://docs.confluent.io/cloud/current/flink/concepts/snapshot-queries.html: "a snapshot
 * query runs, returns results, and then exits"). A deployed `INSERT` or CTAS in that mode would
 * end COMPLETED after one pass and the table would stop following its sources, while the
 * deploy reports success. So the property is refused wherever a table's statements get their
 * properties (SET lines, `.properties` files); `'off'` is the default and allowed.
 */
import type { Diagnostic } from './diagnostics.js';
import type { SqlFile } from './model.js';

export const SNAPSHOT_MODE = 'sql.snapshot.mode';

const isKey = (key: string) => key.trim().toLowerCase() === SNAPSHOT_MODE;
const allowed = (value: string) => value.trim() === 'off';

function problem(file: string, line: number, value: string): Diagnostic {
  return {
    severity: 'error',
    code: 'snapshot-mode',
    file,
    line,
    message: `sql.snapshot.mode is '${value.trim()}' here: a pipeline statement must run continuously, and a snapshot query reads its tables once and ends; remove the setting (or set 'off')`,
  };
}

/** SET lines of a SQL file that turn snapshot mode on (or to a value other than 'off'). */
export function snapshotModeInSql(file: Pick<SqlFile, 'path' | 'analysis'> | undefined): Diagnostic[] {
  if (!file) return [];
  return file.analysis.statements
    .filter((s) => s.property && isKey(s.property.key) && !allowed(s.property.value))
    .map((s) => problem(file.path, s.startLine, s.property!.value));
}

/** The same for a `.properties` file, at the line of the key. */
export function snapshotModeInProperties(
  file: { path: string; text: string } | undefined,
  values: Record<string, string>,
): Diagnostic[] {
  if (!file) return [];
  const out: Diagnostic[] = [];
  const lines = file.text.split(/\r?\n/);
  for (const [key, value] of Object.entries(values)) {
    if (!isKey(key) || allowed(value)) continue;
    const at = lines.findIndex((l) => l.trim().split(/\s*[=:\s]/, 1)[0] === key);
    out.push(problem(file.path, at + 1 || 1, value));
  }
  return out;
}
