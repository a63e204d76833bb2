import { count } from '../util/text.js';
import type { Diagnostic } from './diagnostics.js';

/**
 * Tables read but neither defined nor declared external. Real projects read hundreds of raw
 * topics this way, so beyond a few they are reported as one warning (how many, the first
 * names, and the `externalTables` line that would declare them) plus one notice per table,
 * which the command line prints only with --verbose and the JSON output always carries. A
 * few are simply one warning each, at the file and line that reads them.
 */

/** Code of the per-table finding (the full list). */
export const UNDECLARED_EXTERNAL = 'undeclared-external';

/** Up to this many undeclared tables are warned about one by one; more get a summary. */
const SHOWN_NAMES = 5;
/** Patterns shown in the suggested config line. */
const SHOWN_PATTERNS = 8;

const SEPARATORS = new Set(['_', '.', '-']);

/** Every prefix of `name` that ends at a separator: `raw_orders_v2` → `raw_`, `raw_orders_`. */
function separatorPrefixes(name: string): string[] {
  const out: string[] = [];
  for (let i = 1; i < name.length - 1; i++) if (SEPARATORS.has(name[i])) out.push(name.slice(0, i + 1));
  return out;
}

const yamlQuoted = (s: string) => `'${s.replaceAll("'", "''")}'`;

/**
 * `externalTables` patterns that match every one of `names` and no `defined` name: a glob
 * `prefix*` for names sharing a prefix (up to a separator) that no defined table starts with,
 * since a glob over defined names would also hide typos of them; the name itself otherwise.
 */
export function externalPatterns(names: readonly string[], defined: Iterable<string>): string[] {
  const taken = new Set<string>();
  for (const d of defined) for (const p of separatorPrefixes(d)) taken.add(p);
  const groups = new Map<string, { names: string[]; glob: boolean }>();
  for (const name of names) {
    const prefix = separatorPrefixes(name).find((p) => !taken.has(p));
    const key = prefix ?? name;
    const group = groups.get(key);
    if (group) group.names.push(name);
    else groups.set(key, { names: [name], glob: prefix !== undefined });
  }
  return [...groups]
    .sort((a, b) => b[1].names.length - a[1].names.length || (a[0] < b[0] ? -1 : 1))
    .map(([key, g]) => (g.glob && g.names.length > 1 ? `${key}*` : g.names[0]));
}

/**
 * Reports the undeclared tables: `notes` (one warning per table) stay warnings when there are
 * at most SHOWN_NAMES names; otherwise they become notices behind the returned summary.
 */
export function summariseUndeclared(
  notes: Diagnostic[],
  names: readonly string[],
  defined: Iterable<string>,
  pipelinesDir: string,
  bare: (name: string) => string,
): Diagnostic | undefined {
  if (names.length <= SHOWN_NAMES) return undefined;
  for (const note of notes) note.severity = 'notice';
  return undeclaredSummary(names, defined, pipelinesDir, bare);
}

/**
 * The summary warning for the undeclared names (as read, sorted); `defined` are the table
 * names of the project, `bare` gives the name a pattern must match (the last dotted part).
 */
function undeclaredSummary(
  names: readonly string[],
  defined: Iterable<string>,
  pipelinesDir: string,
  bare: (name: string) => string,
): Diagnostic {
  const patterns = externalPatterns([...new Set(names.map(bare))], defined);
  const shown = names.slice(0, SHOWN_NAMES).map((n) => `\`${n}\``);
  const more = names.length - shown.length;
  const list = patterns.slice(0, SHOWN_PATTERNS).map(yamlQuoted);
  if (patterns.length > SHOWN_PATTERNS) list.push('…');
  const tables = names.length === 1 ? '1 table is' : `${count(names.length)} tables are`;
  return {
    severity: 'warning',
    code: 'undeclared-externals',
    message:
      `${tables} read but neither defined under ${pipelinesDir}/ nor declared external: ` +
      `${shown.join(', ')}${more ? ` and ${count(more)} more` : ''}; they are treated as external tables. ` +
      `To declare them, add to flink-pipeline.yaml: externalTables: [${list.join(', ')}] ` +
      `(--verbose lists each with its file and line)`,
  };
}
