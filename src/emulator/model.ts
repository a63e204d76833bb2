/**
 * The emulator's state machine: statements, the table catalog and the transitions between
 * phases. Transitions are lazy: each statement holds at most one due action, and `advance(now)`
 * applies every action that is due, in time order, before a request is served. With a seed and
 * a `now()` hook the whole run is deterministic.
 */
import type { Phase } from '../plan/types.js';
import { analyzeSql } from '../sql/analyze.js';
import type { StatementKind } from '../sql/types.js';
import { hash32, type Random } from './prng.js';

export type LatencyProfile = 'fast' | 'realistic';

/** Per-request fault probabilities; `fail` is rolled once per created statement. */
export interface Faults {
  '429'?: number;
  '500'?: number;
  '503'?: number;
  reset?: number;
  fail?: number;
  /**
   * Per request: another writer touches a random statement (its `resource_version` goes up),
   * so a client's GET-modify-PUT meets 409 as it would when someone edits the statement too.
   */
  bump?: number;
}

type Action = 'start' | 'stopping' | 'stopped' | 'resume' | 'failed' | 'gone' | 'carry-over-timeout';

/** What the statement does once it leaves PENDING, decided from its SQL at create time. */
type Category = 'ddl' | 'continuous' | 'bounded' | 'invalid';

export interface StatementException {
  name: string;
  message: string;
  timestamp: number;
}

export interface EmulatedStatement {
  /** Creation order; the list sort key and the page token */
  seq: number;
  name: string;
  uid: string;
  createdAt: number;
  updatedAt: number;
  resourceVersion: number;
  labels: Record<string, string>;
  spec: {
    statement: string;
    properties: Record<string, string>;
    compute_pool_id: string;
    principal: string;
    stopped: boolean;
  };
  phase: Phase;
  detail: string;
  kind: StatementKind | null;
  sqlKind: string;
  category: Category;
  invalidReason?: string;
  sinks: string[];
  sources: string[];
  ifNotExists: boolean;
  ifExists: boolean;
  latestOffsets?: Record<string, string>;
  latestOffsetsTimestamp?: number;
  /** First time the statement reached RUNNING or COMPLETED */
  startTime?: number;
  endTime?: number;
  /** Set while RUNNING, to compute fake offsets */
  runningSince?: number;
  runningMs: number;
  exceptions: StatementException[];
  injectedFailure: boolean;
  /** `sql.tables.initial-offset-from` */
  carryOverFrom?: string;
  /** Emulator-side record of a carry-over start: the reference and its offsets at that time */
  startedFrom?: { statement: string; offsets: Record<string, string> };
  due?: { at: number; action: Action };
}

export interface CatalogEntry {
  /** Name as first written */
  name: string;
  kind: 'table' | 'view';
  /** Statement that created it, absent for seeded tables */
  createdBy?: string;
}

export interface LatencyOptions {
  latency: LatencyProfile;
  timeScale: number;
}

export const CARRY_OVER_PROPERTY = 'sql.tables.initial-offset-from';
const ZERO_TIME = -62135596800000; // 0001-01-01T00:00:00Z
const DEFAULT_CARRY_OVER_TIMEOUT_MS = 6 * 3600 * 1000;

/** Catalog key of a table name: the last dotted part (catalog and database are ignored). */
export function tableKey(name: string): string {
  const parts = name.split('.');
  return parts[parts.length - 1] ?? name;
}

export class EmulatorState {
  readonly statements = new Map<string, EmulatedStatement>();
  readonly catalog = new Map<string, CatalogEntry>();
  /** Counters for tests and the benchmark */
  readonly stats = {
    requests: 0,
    faults: { '429': 0, '500': 0, '503': 0, reset: 0, fail: 0, bump: 0 } as Record<keyof Faults, number>,
  };
  /** Every accepted create, in order (statements are forgotten once deleted; this is not) */
  readonly history: { name: string; seq: number; at: number }[] = [];
  private seq = 0;

  constructor(
    private readonly random: Random,
    private readonly latencyOptions: LatencyOptions,
    readonly now: () => number,
    private readonly carryOverTimeoutMs = DEFAULT_CARRY_OVER_TIMEOUT_MS,
  ) {}

  /** Seed a table into the catalog, e.g. a raw source topic the pipeline reads. */
  addTable(name: string, kind: 'table' | 'view' = 'table'): void {
    this.catalog.set(tableKey(name), { name, kind });
  }

  hasTable(name: string): boolean {
    return this.catalog.has(tableKey(name));
  }

  /** Apply every transition due at or before `now` (default: the clock), in time order. */
  advance(now = this.now()): void {
    for (;;) {
      let next: EmulatedStatement | undefined;
      for (const s of this.statements.values()) {
        if (!s.due || s.due.at > now) continue;
        if (!next || s.due.at < next.due!.at || (s.due.at === next.due!.at && s.seq < next.seq)) next = s;
      }
      if (!next) return;
      const { at, action } = next.due!;
      next.due = undefined;
      this.apply(next, action, at);
    }
  }

  create(input: {
    name: string;
    statement: string;
    properties: Record<string, string>;
    labels: Record<string, string>;
    computePoolId: string;
    principal: string;
    stopped: boolean;
    injectedFailure: boolean;
  }): EmulatedStatement {
    const t = this.now();
    const sql = classify(input.statement);
    const s: EmulatedStatement = {
      seq: ++this.seq,
      name: input.name,
      uid: this.random.uuid(),
      createdAt: t,
      updatedAt: t,
      resourceVersion: 1,
      labels: input.labels,
      spec: {
        statement: input.statement,
        properties: input.properties,
        compute_pool_id: input.computePoolId,
        principal: input.principal,
        stopped: input.stopped,
      },
      phase: 'PENDING',
      detail: '',
      ...sql,
      runningMs: 0,
      exceptions: [],
      injectedFailure: input.injectedFailure,
      carryOverFrom: input.properties[CARRY_OVER_PROPERTY] || undefined,
    };
    if (s.category === 'continuous' || s.category === 'bounded') {
      s.latestOffsets = {};
      s.latestOffsetsTimestamp = ZERO_TIME;
    }
    this.statements.set(s.name, s);
    this.history.push({ name: s.name, seq: s.seq, at: t });
    this.schedule(s, t);
    return s;
  }

  /** Desired-state change from PUT or PATCH; the phase follows asynchronously. */
  update(
    s: EmulatedStatement,
    change: { stopped?: boolean; principal?: string; computePoolId?: string },
  ): void {
    const t = this.now();
    if (change.principal !== undefined) s.spec.principal = change.principal;
    if (change.computePoolId !== undefined) s.spec.compute_pool_id = change.computePoolId;
    if (change.stopped !== undefined) s.spec.stopped = change.stopped;
    this.touch(s, t);
    this.schedule(s, t);
  }

  /** A change by another writer: only `resource_version` (and updated_at) move. */
  bump(s: EmulatedStatement): void {
    this.touch(s, this.now());
  }

  delete(s: EmulatedStatement): void {
    if (s.phase === 'DELETING') return;
    const t = this.now();
    this.settleRunning(s, t);
    s.phase = 'DELETING';
    s.due = undefined;
    this.touch(s, t);
    this.schedule(s, t);
  }

  /** Decide the statement's next due action from its phase and desired state. */
  private schedule(s: EmulatedStatement, t: number): void {
    const want = (action: Action, delay: number): void => {
      if (s.due?.action === action) return;
      s.due = { at: t + delay, action };
    };
    switch (s.phase) {
      case 'PENDING': {
        if (s.spec.stopped) return want('stopping', this.delay('ack'));
        if (this.waitingForCarryOver(s)) {
          s.detail = carryOverDetail(s.carryOverFrom!, s.createdAt + this.carryOverTimeoutMs);
          s.due = { at: s.createdAt + this.carryOverTimeoutMs, action: 'carry-over-timeout' };
          return;
        }
        return want('start', this.delay(s.category === 'continuous' && !s.injectedFailure ? 'start' : 'ddl'));
      }
      case 'RUNNING':
        if (s.spec.stopped) return want('stopping', this.delay('ack'));
        s.due = undefined;
        return;
      case 'STOPPING':
        return want('stopped', this.delay('stop'));
      case 'STOPPED':
        if (!s.spec.stopped && s.category === 'continuous') return want('resume', this.delay('ack'));
        s.due = undefined;
        return;
      case 'FAILING':
        return want('failed', this.delay('ack'));
      case 'DELETING':
        return want('gone', this.delay('delete'));
      default:
        s.due = undefined;
    }
  }

  private waitingForCarryOver(s: EmulatedStatement): boolean {
    if (!s.carryOverFrom || s.startedFrom) return false;
    const ref = this.statements.get(s.carryOverFrom);
    return ref !== undefined && ref.phase !== 'STOPPED';
  }

  private apply(s: EmulatedStatement, action: Action, t: number): void {
    switch (action) {
      case 'start':
        if (s.phase === 'PENDING') this.start(s, t);
        break;
      case 'stopping':
        if (!s.spec.stopped) break; // resumed before the stop began: schedule() picks up again
        if (s.phase === 'RUNNING' || s.phase === 'PENDING') {
          this.settleRunning(s, t);
          s.phase = 'STOPPING';
          this.touch(s, t);
        }
        break;
      case 'stopped':
        if (s.phase !== 'STOPPING') break;
        s.phase = 'STOPPED';
        s.detail = '';
        s.latestOffsets = this.offsets(s);
        s.latestOffsetsTimestamp = t;
        this.finish(s, t);
        this.touch(s, t);
        this.wakeCarryOvers(s.name, t);
        break;
      case 'resume':
        if (s.phase !== 'STOPPED' || s.spec.stopped) break;
        s.phase = 'PENDING';
        s.endTime = undefined;
        this.touch(s, t);
        break;
      case 'failed':
        if (s.phase !== 'FAILING') break;
        s.phase = 'FAILED';
        this.finish(s, t);
        this.touch(s, t);
        break;
      case 'carry-over-timeout':
        if (s.phase !== 'PENDING') break;
        this.fail(
          s,
          t,
          `Statement failed because the referenced statement ${s.carryOverFrom} was not stopped in time.`,
        );
        break;
      case 'gone':
        this.statements.delete(s.name);
        this.wakeCarryOvers(s.name, t);
        return;
    }
    this.schedule(s, t);
  }

  /** PENDING → RUNNING / COMPLETED / FAILING / FAILED, with the catalog effects of the SQL. */
  private start(s: EmulatedStatement, t: number): void {
    if (s.injectedFailure) {
      s.phase = 'FAILING';
      s.detail = INJECTED_FAILURE_DETAIL;
      s.exceptions.unshift({
        name: 'org.apache.flink.runtime.JobException',
        message: INJECTED_FAILURE_EXCEPTION,
        timestamp: t,
      });
      this.touch(s, t);
      return;
    }
    if (s.category === 'invalid') return this.fail(s, t, s.invalidReason ?? 'SQL parse failed.');
    if (s.carryOverFrom && !s.startedFrom) {
      const ref = this.statements.get(s.carryOverFrom);
      if (!ref) {
        return this.fail(
          s,
          t,
          `The statement ${s.carryOverFrom} referenced by '${CARRY_OVER_PROPERTY}' does not exist or is being deleted.`,
        );
      }
      if (ref.phase !== 'STOPPED') return; // schedule() puts it back to waiting
    }
    const problem = this.catalogProblem(s);
    if (problem) return this.fail(s, t, problem);
    this.applyCatalog(s);
    if (s.category === 'ddl' || (s.category === 'bounded' && s.sources.length === 0)) {
      s.phase = 'COMPLETED';
      s.detail = '';
      s.startTime ??= t;
      this.finish(s, t);
    } else if (s.spec.stopped) {
      s.phase = 'STOPPED';
      s.latestOffsets = {};
      s.latestOffsetsTimestamp = t;
      this.finish(s, t);
    } else {
      s.phase = 'RUNNING';
      s.detail = '';
      s.startTime ??= t;
      s.endTime = undefined;
      s.runningSince = t;
      if (s.carryOverFrom && !s.startedFrom) {
        const ref = this.statements.get(s.carryOverFrom)!;
        s.startedFrom = { statement: ref.name, offsets: { ...(ref.latestOffsets ?? {}) } };
        s.detail = `Statement started from the offsets of statement ${ref.name}.`;
      }
    }
    this.touch(s, t);
  }

  private catalogProblem(s: EmulatedStatement): string | undefined {
    const missing = (name: string): string =>
      `Table (or view) '${name}' does not exist or you do not have permission to access it.\n` +
      `Using current catalog '${s.spec.properties['sql.current-catalog'] ?? 'default'}' and current database '${s.spec.properties['sql.current-database'] ?? 'default'}'.`;
    const sink = s.sinks[0];
    switch (s.kind) {
      case 'create-table':
        if (sink && this.hasTable(sink) && !s.ifNotExists) return `Table '${sink}' already exists.`;
        return undefined;
      case 'create-view':
      case 'create-like':
      case 'ctas':
      case 'create-materialized-table':
        for (const src of s.sources)
          if (!this.hasTable(src) && tableKey(src) !== tableKey(sink ?? '')) return missing(src);
        // A resumed CTAS finds the table it created itself
        if (sink && this.hasTable(sink) && !s.ifNotExists && s.startTime === undefined) {
          return `Table '${sink}' already exists.`;
        }
        return undefined;
      case 'alter-table':
        return sink && !this.hasTable(sink) ? missing(sink) : undefined;
      case 'drop':
        return sink && !this.hasTable(sink) && !s.ifExists ? missing(sink) : undefined;
      default:
        for (const src of s.sources) if (!this.hasTable(src)) return missing(src);
        for (const out of s.sinks) if (!this.hasTable(out)) return missing(out);
        return undefined;
    }
  }

  private applyCatalog(s: EmulatedStatement): void {
    const sink = s.sinks[0];
    if (!sink) return;
    switch (s.kind) {
      case 'create-table':
      case 'create-like':
      case 'ctas':
      case 'create-materialized-table':
        if (!this.hasTable(sink))
          this.catalog.set(tableKey(sink), { name: sink, kind: 'table', createdBy: s.name });
        break;
      case 'create-view':
        if (!this.hasTable(sink))
          this.catalog.set(tableKey(sink), { name: sink, kind: 'view', createdBy: s.name });
        break;
      case 'drop':
        this.catalog.delete(tableKey(sink));
        break;
    }
  }

  private fail(s: EmulatedStatement, t: number, detail: string): void {
    this.settleRunning(s, t);
    s.phase = 'FAILED';
    s.detail = detail;
    s.exceptions.unshift({
      name: 'org.apache.flink.table.api.ValidationException',
      message: detail,
      timestamp: t,
    });
    s.exceptions.length = Math.min(s.exceptions.length, 10);
    this.finish(s, t);
    this.touch(s, t);
  }

  private finish(s: EmulatedStatement, t: number): void {
    s.endTime = t;
  }

  private settleRunning(s: EmulatedStatement, t: number): void {
    if (s.runningSince !== undefined) s.runningMs += t - s.runningSince;
    s.runningSince = undefined;
  }

  private wakeCarryOvers(name: string, t: number): void {
    for (const w of this.statements.values()) {
      if (w.phase === 'PENDING' && w.carryOverFrom === name) {
        w.due = undefined;
        this.schedule(w, t);
      }
    }
  }

  /** Fake but deterministic offsets per source topic, growing with the time spent RUNNING. */
  private offsets(s: EmulatedStatement): Record<string, string> {
    const out: Record<string, string> = {};
    for (const src of s.sources) {
      const topic = tableKey(src);
      const partitions = 1 + (hash32(topic) % 3);
      const base = s.startedFrom?.offsets[topic];
      const parts: string[] = [];
      for (let p = 0; p < partitions; p++) {
        const carried = base ? Number(/offset:(\d+)/.exec(base.split(';')[p] ?? '')?.[1] ?? 0) : 0;
        const offset = carried + (hash32(`${topic}:${p}`) % 1000) + Math.floor(s.runningMs / 100);
        parts.push(`partition:${p},offset:${offset}`);
      }
      out[topic] = parts.join(';');
    }
    return out;
  }

  private touch(s: EmulatedStatement, t: number): void {
    s.resourceVersion += 1;
    s.updatedAt = Math.max(s.updatedAt, t);
  }

  private delay(kind: 'start' | 'ddl' | 'stop' | 'delete' | 'ack'): number {
    if (this.latencyOptions.latency === 'fast') return this.random.int(10, 50);
    const [lo, hi] = REALISTIC_MS[kind];
    return Math.round(this.random.int(lo, hi) / this.latencyOptions.timeScale);
  }
}

const REALISTIC_MS: Record<'start' | 'ddl' | 'stop' | 'delete' | 'ack', [number, number]> = {
  start: [20_000, 60_000],
  ddl: [2_000, 5_000],
  stop: [5_000, 15_000],
  delete: [2_000, 5_000],
  ack: [500, 1_500],
};

const INJECTED_FAILURE_DETAIL =
  'The statement failed: org.apache.kafka.common.errors.TimeoutException: Timeout expired while fetching topic metadata (injected by the emulator).';
const INJECTED_FAILURE_EXCEPTION =
  'org.apache.flink.runtime.JobException: Recovery is suppressed by NoRestartBackoffTimeStrategy\n' +
  'Caused by: org.apache.kafka.common.errors.TimeoutException: Timeout expired while fetching topic metadata';

export function carryOverDetail(ref: string, deadline: number): string {
  const when = new Date(deadline).toISOString().replace(/\.\d{3}Z$/, 'Z');
  return (
    `Statement is currently pending until referenced statement ${ref} is stopped. ` +
    `If ${ref} is not stopped before ${when}, this statement will fail.`
  );
}

const SQL_KINDS: Partial<Record<StatementKind, string>> = {
  'create-table': 'CREATE_TABLE',
  ctas: 'CREATE_TABLE_AS',
  'create-like': 'CREATE_TABLE',
  'create-view': 'CREATE_VIEW',
  'create-materialized-table': 'CREATE_MATERIALIZED_TABLE',
  insert: 'INSERT_INTO',
  'statement-set': 'EXECUTE_STATEMENT_SET',
  'alter-table': 'ALTER_TABLE',
  'create-function': 'CREATE_FUNCTION',
};

/** Strip comments so that keyword regexes see only SQL. */
function stripComments(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, ' ').replace(/--[^\n]*/g, ' ');
}

function classify(
  text: string,
): Pick<
  EmulatedStatement,
  'kind' | 'sqlKind' | 'category' | 'invalidReason' | 'sinks' | 'sources' | 'ifNotExists' | 'ifExists'
> {
  const analysis = analyzeSql(text);
  const main = analysis.statements.filter((s) => s.kind !== 'set' && s.kind !== 'use');
  const bare = stripComments(text);
  const base = { sinks: analysis.sinks, sources: analysis.sources, ifNotExists: false, ifExists: false };
  const error = analysis.issues.find((i) => i.severity === 'error');
  const invalid = (reason: string): ReturnType<typeof classify> => ({
    ...base,
    kind: main[0]?.kind ?? null,
    sqlKind: 'UNKNOWN',
    category: 'invalid',
    invalidReason: reason,
  });
  if (main.length === 0) return invalid('SQL parse failed. The statement is empty.');
  if (main.length > 1) {
    return invalid(
      'SQL parse failed. Only a single statement is supported per request; use EXECUTE STATEMENT SET.',
    );
  }
  if (error) return invalid(`SQL parse failed. ${error.message} (line ${error.line}).`);
  const stmt = main[0]!;
  if (stmt.kind === 'other' && analysis.issues.some((i) => i.severity === 'warning')) {
    const word = /^\s*(\S+)/.exec(bare)?.[1] ?? '';
    return invalid(`SQL parse failed. Encountered "${word}" at line 1, column 1.`);
  }
  const ifNotExists =
    /\bCREATE\s+(?:OR\s+REPLACE\s+)?(?:TEMPORARY\s+)?(?:MATERIALIZED\s+)?(?:TABLE|VIEW)\s+IF\s+NOT\s+EXISTS\b/i.test(
      bare,
    );
  const ifExists = /\bDROP\s+(?:TEMPORARY\s+)?(?:TABLE|VIEW)\s+IF\s+EXISTS\b/i.test(bare);
  let sqlKind = SQL_KINDS[stmt.kind];
  if (stmt.kind === 'drop')
    sqlKind = /\bDROP\s+(?:TEMPORARY\s+)?VIEW\b/i.test(bare) ? 'DROP_VIEW' : 'DROP_TABLE';
  if (!sqlKind) {
    const words = /^\s*(\w+)(?:\s+(\w+))?/.exec(bare);
    const first = (words?.[1] ?? 'OTHER').toUpperCase();
    sqlKind =
      first === 'SELECT' || first === 'WITH'
        ? 'SELECT'
        : [first, words?.[2]?.toUpperCase()].filter(Boolean).join('_');
  }
  const category: Category =
    stmt.kind === 'insert' ||
    stmt.kind === 'statement-set' ||
    stmt.kind === 'ctas' ||
    stmt.kind === 'create-materialized-table'
      ? 'continuous'
      : stmt.kind === 'other'
        ? 'bounded'
        : 'ddl';
  return { ...base, kind: stmt.kind, sqlKind, category, ifNotExists, ifExists };
}
