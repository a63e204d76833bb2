import {
  PHASES,
  type LiveStatement,
  type Phase,
  type StatusSnapshot,
  type TableStatus,
} from '../plan/types.js';
import type { StatusSource } from '../status/source.js';
import type { FlinkClient } from './client.js';
import {
  LABEL_COMMIT,
  LABEL_KIND,
  LABEL_PIPELINE,
  LABEL_TABLE,
  labelSelector,
  labelValue,
  pipelineMarker,
  type StatementKind,
} from './labels.js';
import type { Statement } from './types.js';

const PHASE_SET: ReadonlySet<string> = new Set(PHASES);
/**
 * CREATE … AS SELECT / WITH: a DDL statement that runs its query. A materialized table's CREATE
 * completes instead, the service maintains the table (dbt-confluent MATERIALIZATIONS.md).
 */
const CONTINUOUS = /\bAS\s*\(?\s*(?:SELECT|WITH)\b/i;
const MATERIALIZED = /^\s*CREATE\s+(?:OR\s+ALTER\s+)?MATERIALIZED\b/i;
/** A DML statement in one of these phases has written to its table, so the table exists. */
const TABLE_PROVEN: ReadonlySet<string> = new Set(['RUNNING', 'DEGRADED', 'STOPPING', 'STOPPED']);

export interface ConfluentStatusOptions {
  /** The environment's statementPrefix: selects this pipeline's marker label and name prefix */
  prefix?: string;
  /** Overrides the default selector (`user.confluent.io/flink-pipeline=<prefix|true>`) */
  labels?: Record<string, string>;
}

type StatusClient = Pick<FlinkClient, 'listStatements'>;

/**
 * Live status from Confluent Cloud: one paged, label-selected list of the tool's statements;
 * each table maps to its newest non-deleted DML statement. `tableExists` is set only when the
 * statements prove it (a DML that ran, or the newer of a completed CREATE and DROP).
 */
export function confluentStatus(
  client: StatusClient,
  prefixOrOptions: string | ConfluentStatusOptions = {},
): StatusSource {
  const options = typeof prefixOrOptions === 'string' ? { prefix: prefixOrOptions } : prefixOrOptions;
  const selector = labelSelector(options.labels ?? { [LABEL_PIPELINE]: pipelineMarker(options.prefix) });
  return {
    kind: 'confluent',
    async snapshot(tables) {
      const statements = await client.listStatements({ labelSelector: selector });
      return statusFromStatements(statements, tables, options.prefix);
    },
  };
}

/**
 * Pure part of the status source, exported for tests. Tables are reported by name; a labelled
 * table that is not in `tables` (one HEAD no longer defines) is reported by its label.
 */
export function statusFromStatements(
  statements: readonly Statement[],
  tables: readonly string[],
  prefix?: string,
): StatusSnapshot {
  // Label value → table name (labels of long or unusual names are shortened with a hash).
  const wanted = new Map(tables.map((t) => [labelValue(t), t]));
  const byTable = new Map<
    string,
    { dml?: Statement; ddl?: Statement; drop?: Statement; query?: Statement }
  >();
  const liveOf = new Map<string, LiveStatement[]>();
  for (const s of statements) {
    const label = s.metadata?.labels?.[LABEL_TABLE];
    if (!label) continue;
    if (prefix && !s.name.startsWith(`${prefix}-`)) continue;
    const phase = s.status?.phase;
    if (phase === 'DELETING') continue;
    const table = wanted.get(label) ?? label;
    const kind = statementKind(s);
    liveOf.set(table, [...(liveOf.get(table) ?? []), liveStatement(s, kind)]);
    if (kind === 'alter' || (kind === 'drop' && phase !== 'COMPLETED')) continue;
    // A CTAS keeps running: it is the table's pipeline statement. A plain CREATE TABLE (or a
    // materialized table's) that has not completed proves nothing.
    const sql = (s.spec?.statement ?? '').replace(/^(\s|--[^\n]*\n|\/\*[\s\S]*?\*\/)+/, '');
    if (kind === 'ddl' && phase !== 'COMPLETED' && (!CONTINUOUS.test(sql) || MATERIALIZED.test(sql)))
      continue;
    const key: 'dml' | 'ddl' | 'drop' | 'query' =
      kind === 'ddl' ? (phase === 'COMPLETED' ? 'ddl' : 'query') : (kind as 'dml' | 'drop');
    const slot = byTable.get(table) ?? {};
    const current = slot[key];
    if (!current || newer(s, current)) slot[key] = s;
    byTable.set(table, slot);
  }
  const live = new Set(statements.filter((s) => s.status?.phase !== 'DELETING').map((s) => s.name));
  const result = new Map<string, TableStatus>();
  for (const [table, slot] of byTable) {
    const status: TableStatus = {};
    const main = slot.dml ?? slot.query;
    const phase = main?.status?.phase;
    if (main) {
      status.statement = main.name;
      if (phase && PHASE_SET.has(phase)) status.phase = phase as Phase;
    }
    const from = slot.dml?.spec?.properties?.['sql.tables.initial-offset-from'];
    if (from && from !== slot.dml!.name && live.has(from)) status.replaced = from;
    if (slot.ddl || slot.drop) {
      status.tableExists = !slot.drop || (!!slot.ddl && newer(slot.ddl, slot.drop));
    }
    if (phase && TABLE_PROVEN.has(phase) && !(slot.drop && newer(slot.drop, main!))) {
      status.tableExists = true;
    }
    result.set(table, status);
  }
  for (const [table, live] of liveOf) {
    const status = result.get(table) ?? {};
    // Newest first; of two created at the same time, the one listed later (the list is in creation order).
    status.live = live
      .reverse()
      .sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0));
    result.set(table, status);
  }
  return { kind: 'confluent', tables: result };
}

function liveStatement(s: Statement, kind: StatementKind): LiveStatement {
  const live: LiveStatement = {
    name: s.name,
    kind,
    sql: s.spec?.statement ?? '',
    properties: { ...(s.spec?.properties ?? {}) },
    createdAt: s.metadata?.created_at ?? '',
  };
  if (s.status?.phase) live.phase = s.status.phase;
  const commit = s.metadata?.labels?.[LABEL_COMMIT];
  if (commit) live.commit = commit;
  return live;
}

/** The kind label, else the name part the planner puts in (`-dml-`), else the SQL's verb. */
export function statementKind(s: Statement): StatementKind {
  const label = s.metadata?.labels?.[LABEL_KIND];
  if (label === 'ddl' || label === 'dml' || label === 'alter' || label === 'drop') return label;
  const part = /-(ddl|dml|alter|drop)-/.exec(s.name)?.[1] as StatementKind | undefined;
  if (part) return part;
  const sql = (s.spec?.statement ?? '').replace(/^(\s|--[^\n]*\n|\/\*[\s\S]*?\*\/)+/, '').toUpperCase();
  if (/^DROP\b/.test(sql)) return 'drop';
  if (/^ALTER\b/.test(sql)) return 'alter';
  if (/^CREATE\b/.test(sql) && !/\bAS\s+(SELECT|WITH)\b/.test(sql)) return 'ddl';
  return 'dml';
}

function newer(a: Statement, b: Statement): boolean {
  return (a.metadata?.created_at ?? '') > (b.metadata?.created_at ?? '');
}
