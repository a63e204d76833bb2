/**
 * A table's changelog mode: whether its topic holds inserts only (append) or changes that a
 * reader must normalise (upsert, retract). It decides state twice: writing into an upsert or
 * retract table keeps state, and so does reading one (Flink's ChangelogNormalize). Both the
 * analysis and the referee's translation read it from here, so they cannot disagree.
 */
import type { ChangelogMode } from './types.js';

/** The options that decide the mode; the others never change it. */
export const MODE_OPTIONS = ['changelog.mode', 'connector', 'value.format', 'format'] as const;
export type ModeOption = (typeof MODE_OPTIONS)[number];

/**
 * Formats whose records are change events (before and after images): a table read through
 * one is a retract changelog. Confluent Cloud's `*-debezium-registry` value formats and
 * Apache Flink's `debezium-json`, `canal-json`, `maxwell-json`, `ogg-json` and their kin.
 */
const CHANGE_EVENT_FORMAT = /debezium|canal|maxwell|ogg/i;

export interface ModeInput {
  /** The values of MODE_OPTIONS the statement sets, unquoted */
  option: (key: ModeOption) => string | undefined;
  primaryKey: boolean;
}

/**
 * The mode a table's own clauses decide, or undefined when they decide nothing (no declared
 * mode, Confluent's connector, no change-event format, no key: the caller knows whether that
 * means append, the query's changes or the LIKE table's mode).
 *
 * Evidence for the default: https://docs.confluent.io/cloud/current/flink/reference/sql-examples.html
 * ("Table with a primary key" gets the upsert changelog mode; a table without one is append).
 */
export function decidedMode(input: ModeInput): DecidedMode | undefined {
  const declared = input.option('changelog.mode');
  if (declared !== undefined) {
    const mode = declared.toLowerCase();
    return {
      mode: isMode(mode) ? mode : 'unknown',
      by: `changelog.mode '${declared}'`,
      from: 'changelog.mode',
    };
  }
  const connector = input.option('connector');
  const named = connector?.toLowerCase();
  const foreign = named !== undefined && named !== 'confluent';
  if (named === 'upsert-kafka') return { mode: 'upsert', by: `connector '${connector}'`, from: 'connector' };
  // A CDC source: upsert or retract depending on the connector (mongodb-cdc is upsert).
  if (foreign && named.endsWith('-cdc'))
    return { mode: 'unknown', by: `connector '${connector}'`, from: 'connector' };
  const key: ModeOption = input.option('value.format') !== undefined ? 'value.format' : 'format';
  const format = input.option(key);
  if (format !== undefined && CHANGE_EVENT_FORMAT.test(format))
    return { mode: 'retract', by: `${key} '${format}'`, from: key };
  // Another engine's connector: Confluent's default does not apply.
  if (foreign) return { mode: 'append', by: `connector '${connector}'`, from: 'connector' };
  if (input.primaryKey)
    return { mode: 'upsert', by: 'a PRIMARY KEY and no changelog.mode', from: 'primary-key' };
  return undefined;
}

export interface DecidedMode {
  mode: ChangelogMode | 'unknown';
  by: string;
  /** What decided it: the option, or the primary key */
  from: ModeOption | 'primary-key';
}

/**
 * Why writing into a table of this mode keeps state (an upsert or retract sink), as a reason's
 * construct; undefined for the other modes. A declared mode reads as written before.
 */
export function sinkReason(d: DecidedMode): string | undefined {
  if (!keepsState(d.mode)) return undefined;
  if (d.from === 'changelog.mode') return `changelog.mode '${d.mode}'`;
  if (d.from === 'primary-key')
    return "changelog.mode 'upsert' by default (a PRIMARY KEY and no changelog.mode)";
  return `${d.by} (${d.mode === 'upsert' ? 'an upsert' : 'a retract'} table)`;
}

export function isMode(s: string): s is ChangelogMode {
  return s === 'append' || s === 'upsert' || s === 'retract';
}

/** Upsert and retract tables hold updates and deletes: writing them, and reading them, keeps state. */
export function keepsState(mode: string | undefined): boolean {
  return mode === 'upsert' || mode === 'retract';
}

/**
 * A table's mode as its readers see it: `updating` is a CREATE … AS whose query keeps state
 * (an aggregate, a join), so that its table may receive updates; `unknown` is a mode the
 * analyzer cannot tell, which a reader must take as a changelog.
 */
export interface ReadMode {
  mode: ChangelogMode | 'unknown' | 'updating';
  by: string;
}

/**
 * Why reading a table of this mode keeps state, as a reason's construct, or undefined for an
 * append table. Flink normalises an upsert source (ChangelogNormalize, a state per key);
 * Apache Flink reads a retract changelog without state, but Confluent Cloud lists reading
 * retract sources among what keeps state, and "unsure means stateful".
 */
export function readerReason(table: string, read: ReadMode): string | undefined {
  switch (read.mode) {
    case 'upsert':
      return `reads \`${table}\`, an upsert table: Flink keeps state to normalise its changelog`;
    case 'retract':
      return `reads \`${table}\`, a retract table: reading its updates and deletes counts as stateful`;
    case 'updating':
      return `reads \`${table}\`, whose changelog may hold updates: ${read.by}`;
    case 'unknown':
      return `reads \`${table}\`, whose changelog mode is not known (${read.by}): treated as stateful`;
    default:
      return undefined;
  }
}

/** Why writing a table of this (upsert or retract) mode keeps state, for a statement apart from the table's DDL. */
export function writerReason(table: string, written: ReadMode): string {
  return `writes \`${table}\`, ${written.mode === 'upsert' ? 'an upsert' : 'a retract'} table (${written.by})`;
}

/**
 * A reason as another reason quotes it: a reason taken from a parent ("reads `t`, an upsert
 * table: …", "reads view `v`, which keeps state (…)") shortened to what it reads, so that a
 * chain of tables or views gives reasons of bounded length, not ones that nest to its depth.
 */
export function quoted(construct: string): string {
  if (!construct.startsWith('reads ')) return construct;
  const end = construct.search(/, (which|whose)|: /);
  return end < 0 ? construct : construct.slice(0, end);
}

/**
 * The mode of a CREATE … AS that declares none, from its verdict: a query that keeps state
 * may write updates. `why` is the first reason it keeps state (`quoted`), with where it is.
 */
export function queryMode(why: string | undefined): ReadMode {
  return why
    ? { mode: 'updating', by: `its query keeps state (${why})` }
    : { mode: 'append', by: 'its query only inserts' };
}
