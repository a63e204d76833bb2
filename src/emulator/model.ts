/**
 * The emulator's state machine: statements, the table catalog, compute pools and the
 * transitions between phases. Transitions are lazy: each statement holds at most one due
 * action, and `advance(now)` applies every action that is due, in time order, before a request
 * is served. With a seed and a `now()` hook the whole run is deterministic.
 *
 * The emulator models Confluent Cloud, not this tool's client: each behaviour below names its
 * evidence (a docs page or an official client's file). Where the evidence is unclear the model
 * is strict: it fails rather than accepts.
 */
import type { Phase } from '../plan/types.js';
import { reservedWordIn } from '../sql/reserved.js';
import { analyzeSql } from '../sql/analyze.js';
import { BANG_EQUAL } from '../sql/lexer.js';
import type { StatementKind, TableDdl } from '../sql/types.js';
import { Catalog, type NameContext, type TableAddress } from './catalog.js';
import { hash32, type Random } from './prng.js';
import {
  cannotDerive,
  likeMatcher,
  queryShape,
  selectResult,
  SHOW_CATALOGS_COLUMNS,
  SHOW_TABLES_COLUMNS,
  type QueryResult,
  type QueryShape,
} from './results.js';

export type LatencyProfile = 'fast' | 'realistic';

/** Per-request fault probabilities; `fail` and `degraded` are rolled once per created statement. */
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
  /**
   * A statement that starts running is DEGRADED: running, but unhealthy (frequent restarts), with a
   * CRITICAL `status.warnings` entry. The phase is in the spec's enum ("DEGRADED: SQL statement
   * is experiencing reduced performance or partial failure") and in confluent-sql
   * `confluent_sql/statement.py` (`Phase.DEGRADED`, `is_degraded`).
   */
  degraded?: number;
}

type Action = 'start' | 'stopping' | 'stopped' | 'resume' | 'failed' | 'gone' | 'carry-over-timeout';

/** What the statement does once it leaves PENDING, decided from its SQL at create time. */
type Category = 'ddl' | 'continuous' | 'bounded' | 'invalid';

/** Which object a DROP or ALTER names: `DROP TABLE`, `DROP VIEW`, `DROP MATERIALIZED TABLE`. */
type Target = 'table' | 'view' | 'materialized';

export interface StatementException {
  name: string;
  message: string;
  timestamp: number;
}

/** `sql.v1.StatementWarning` */
export interface StatementWarning {
  severity: 'LOW' | 'MODERATE' | 'CRITICAL';
  reason: string;
  message: string;
  createdAt: number;
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
  /** Names as the SQL writes them, and as resolved through the statement's catalog and database */
  sinks: string[];
  sources: string[];
  sinkAddresses: TableAddress[];
  sourceAddresses: TableAddress[];
  target: Target;
  ifNotExists: boolean;
  ifExists: boolean;
  /** `CREATE OR ALTER MATERIALIZED TABLE` */
  orAlter: boolean;
  /** The columns a CREATE TABLE declares, and its changelog mode when the DDL decides it */
  ddl?: TableDdl;
  changelogMode?: string;
  /** For a statement that returns rows (SELECT, SHOW): how it reads */
  shape?: QueryShape;
  /** Its schema and rows, decided when it starts (results.ts) */
  result?: QueryResult;
  /** `sql.dry-run = 'true'`: validated, never run, nothing created */
  dryRun: boolean;
  /** `sql.snapshot.mode = 'now'`: a snapshot query, bounded: it reads the tables as they are now and ends */
  snapshot: boolean;
  latestOffsets?: Record<string, string>;
  latestOffsetsTimestamp?: number;
  /** First time the statement reached RUNNING or COMPLETED */
  startTime?: number;
  endTime?: number;
  /** Set while RUNNING or DEGRADED, to compute fake offsets */
  runningSince?: number;
  runningMs: number;
  exceptions: StatementException[];
  warnings: StatementWarning[];
  injectedFailure: boolean;
  /** Runs DEGRADED instead of RUNNING (the `degraded` fault) */
  degrades: boolean;
  /** Waiting in PENDING for room in its compute pool: `scaling_status.scaling_state` = POOL_EXHAUSTED */
  poolExhausted: boolean;
  /** `sql.tables.initial-offset-from` */
  carryOverFrom?: string;
  /** Emulator-side record of a carry-over start: the reference and its offsets at that time */
  startedFrom?: { statement: string; offsets: Record<string, string> };
  due?: { at: number; action: Action };
}

export interface CreateInput {
  name: string;
  statement: string;
  properties: Record<string, string>;
  labels: Record<string, string>;
  computePoolId: string;
  principal: string;
  stopped: boolean;
  injectedFailure: boolean;
  degrades?: boolean;
}

/**
 * Whether the statement ends by itself (`status.traits.is_bounded`). A snapshot query always
 * does: docs, Snapshot queries (https://docs.confluent.io/cloud/current/flink/concepts/snapshot-queries.html):
 * "In contrast with a streaming query, which runs continuously and returns results
 * incrementally, a snapshot query runs, returns results, and then exits"; confluent-sql
 * `connection.py` (`execute_snapshot_ddl`: "CREATE TABLE foo AS SELECT ... (snapshot mode, where
 * the SELECT portion completes with snapshot behavior)") and its
 * (integration `test_connection.py`, `test_mode_determines_append_only`: an aggregation
 * validated in snapshot mode has `is_bounded` true, in streaming mode false). Otherwise an
 * INSERT, CTAS or statement set runs until stopped, and so does a query that reads a table.
 */
export function isBounded(s: EmulatedStatement): boolean {
  if (s.snapshot) return true;
  return s.category !== 'continuous' && !(s.category === 'bounded' && s.sources.length > 0);
}

export interface LatencyOptions {
  latency: LatencyProfile;
  timeScale: number;
}

/** A compute pool: statements that run hold at least 1 CFU each, up to `maxCfu`. */
export interface ComputePool {
  id: string;
  maxCfu: number;
  /** `fcpm.v2.ComputePool` status.phase */
  phase: 'PROVISIONING' | 'PROVISIONED' | 'FAILED' | 'DEPROVISIONING';
}

export interface CatalogOptions {
  environmentId: string;
  /** Display name of the environment's catalog (default: the environment id) */
  catalog?: string;
  /** The Kafka cluster's database (default `lkc-emulator`) */
  database?: string;
  /** After a DROP TABLE, how long a CREATE of the name fails with "… try again later" */
  dropWindowMs: number;
}

export interface StateOptions {
  carryOverTimeoutMs?: number;
  pools?: ComputePool[];
}

export const CARRY_OVER_PROPERTY = 'sql.tables.initial-offset-from';
export const DRY_RUN_PROPERTY = 'sql.dry-run';
export const SNAPSHOT_MODE_PROPERTY = 'sql.snapshot.mode';
/**
 * The values of `sql.snapshot.mode`: confluent-sql `confluent_sql/statement_properties.py`
 * (`SnapshotMode`: NOW = "now", OFF = "off"; the driver sends "now" for every snapshot cursor,
 * `connection.py` `_build_statement_properties`). The docs name no other value, and no other
 * spelling, so anything else fails the statement.
 */
const SNAPSHOT_MODES: Readonly<Record<string, boolean>> = { now: true, off: false };
export const DEFAULT_DATABASE = 'lkc-emulator';
const ZERO_TIME = -62135596800000; // 0001-01-01T00:00:00Z
const DEFAULT_CARRY_OVER_TIMEOUT_MS = 6 * 3600 * 1000;
/** Phases in which a running statement holds compute (CFU) in its pool. */
const HOLDS_CFU: ReadonlySet<Phase> = new Set(['RUNNING', 'DEGRADED', 'STOPPING']);

export class EmulatorState {
  readonly statements = new Map<string, EmulatedStatement>();
  readonly catalog: Catalog;
  readonly pools = new Map<string, ComputePool>();
  /** Counters for tests and the benchmark */
  readonly stats = {
    requests: 0,
    faults: { '429': 0, '500': 0, '503': 0, reset: 0, fail: 0, bump: 0, degraded: 0 } as Record<
      keyof Faults,
      number
    >,
    /** Dry runs answered (they are never stored, so neither `statements` nor `history` has them) */
    dryRuns: 0,
    /** Creates answered 400 because the SQL does not parse (never stored either) */
    parseRejections: 0,
  };
  /** Every accepted create, in order (statements are forgotten once deleted; this is not) */
  readonly history: { name: string; seq: number; at: number }[] = [];
  /** Every phase change, in order: tests read what happened to statements that are gone now */
  readonly transitions: { name: string; phase: Phase; at: number; detail: string }[] = [];
  private seq = 0;
  private readonly carryOverTimeoutMs: number;

  constructor(
    private readonly random: Random,
    private readonly latencyOptions: LatencyOptions,
    readonly now: () => number,
    catalog: CatalogOptions,
    options: StateOptions = {},
  ) {
    this.carryOverTimeoutMs = options.carryOverTimeoutMs ?? DEFAULT_CARRY_OVER_TIMEOUT_MS;
    this.catalog = new Catalog(
      catalog.environmentId,
      catalog.catalog ?? catalog.environmentId,
      catalog.database ?? DEFAULT_DATABASE,
      now,
      catalog.dropWindowMs,
    );
    for (const p of options.pools ?? []) this.pools.set(p.id, { ...p });
  }

  /** Seed a table into the catalog, e.g. a raw source topic the pipeline reads. */
  addTable(name: string, kind: 'table' | 'view' = 'table'): void {
    this.catalog.seed(name, kind);
  }

  /** Whether a table is visible, by its name in the declared catalog and database (or qualified). */
  hasTable(name: string): boolean {
    return this.catalog.has(name);
  }

  /** CFU held in a pool: each statement that runs holds at least 1 (fcpm/v2 `status.current_cfu`). */
  usedCfu(poolId: string): number {
    let used = 0;
    for (const s of this.statements.values())
      if (s.spec.compute_pool_id === poolId && s.category === 'continuous' && HOLDS_CFU.has(s.phase)) used++;
    return used;
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

  create(input: CreateInput): EmulatedStatement {
    if (EmulatorState.isDryRun(input.properties)) return this.dryRun(input);
    const t = this.now();
    const s = this.build(input, t, ++this.seq, this.random.uuid());
    if (s.category === 'continuous') {
      s.latestOffsets = {};
      s.latestOffsetsTimestamp = ZERO_TIME;
    }
    this.statements.set(s.name, s);
    this.history.push({ name: s.name, seq: s.seq, at: t });
    this.record(s, t);
    // A statement whose tables do not resolve is FAILED in the create response already: the
    // official VS Code extension (confluentinc/vscode, `flinkStatements.ts` of its commands,
    // submitFlinkStatementCommand) reads `status.phase === FAILED` in the 201 as "Immediate
    // failure of the statement. User gave us something bad, like perhaps a bad table / column
    // name", and expects a good one to be "probably … in 'Pending' state". The check runs again
    // when the statement starts, against the catalog as it is then.
    const problem = s.category === 'invalid' || s.injectedFailure ? undefined : this.catalogProblem(s);
    if (problem !== undefined) {
      this.fail(s, t, problem);
      return s;
    }
    this.schedule(s, t);
    return s;
  }

  /**
   * The detail of a create request the service refuses because its SQL does not parse (empty,
   * several statements, a syntax error, a client-side SET/USE/RESET, an unknown leading word).
   * Such a request is answered HTTP 400 with the `Failure` body (`errors[].detail` holds the
   * parser's message) and nothing is stored: no statement, no FAILED phase, the name stays free.
   *
   * Evidence: the official VS Code extension (confluentinc/vscode, `flinkStatements.ts` of its
   * commands, submitFlinkStatementCommand) catches a 400 from createSqlv1Statement: "Usually a
   * bad SQL statement. The error string should be JSON, have 'errors' as an array of objs with
   * 'details' human readable messages"; and
   * confluentinc/dbt-confluent's functional tests, run against Confluent Cloud
   * (`test_streaming_table.py`, TestDeadStatementRestart): "invalid SQL is rejected at
   * validation time, before it can be persisted as FAILED". Errors found after parsing (a missing
   * table or column, a table that exists, a division by zero) still make a stored FAILED
   * statement: vscode's same function reads `status.phase === FAILED` in the 201 ("bad table /
   * column name"), confluent-sql's integration test `test_connection.py` stops a FAILED
   * `SELECT 1/0` by name, and dbt-confluent deletes a FAILED statement ("its Kafka topic does not
   * exist") to free its name. Whether a dry run's syntax error is a 400 or a FAILED verdict is not
   * shown anywhere: both are a refusal, and the emulator answers the dry run like any create.
   */
  parseRejection(statement: string): string | undefined {
    const detail = parseFailure(analyzeSql(statement), stripComments(statement));
    if (detail !== undefined) this.stats.parseRejections++;
    return detail;
  }

  /** Whether a create request turns dry-run mode on: 'true' in any case. */
  static isDryRun(properties: Record<string, string>): boolean {
    // confluentinc/cli `pkg/flink/types/processed_statement.go` (IsDryRunStatement): 'true' in
    // any case turns it on. Another value is unclear evidence: create() fails the statement.
    return /^true$/i.test(properties[DRY_RUN_PROPERTY] ?? '');
  }

  /**
   * `sql.dry-run = 'true'`: the statement is parsed and checked against the catalog, never run,
   * and the verdict is the answer to the create request itself: COMPLETED when there are no
   * issues, FAILED with the issues in `status.detail`. Nothing is created, no compute is used,
   * and the statement is never stored: no uid, no resource version, not listed, its name not
   * held (a GET of it is 404, the same name can be sent again).
   *
   * Evidence: confluent-sql 0.7.0 `connection.py` (`dry_run_statement`: "Flink validates and
   * plans a dry-run statement, then answers synchronously in the submission response and never
   * stores it … Its `statement_id` is "", and it can't be fetched, stopped or deleted later";
   * a non-final phase raises "Dry-run came back in non-terminal phase"), its integration test
   * against Confluent Cloud (integration `test_connection.py`, `TestDryRunStatement`:
   * phase COMPLETED, `statement_id == ""`, `get_statement(name)` raises
   * StatementNotFoundError; invalid SQL raises "Dry-run failed" with the server's detail naming
   * the column), its unit tests' `conftest.py` (`as_dry_run`: "metadata.uid and resource_version
   * are empty because the statement is never stored"), CHANGELOG 0.7.0 ("Previously, valid SQL
   * raised `StatementNotFoundError` (the cursor polled for a statement the server never
   * stores)"). confluentinc/cli `pkg/flink/internal/controller/statement_controller.go`
   * (`ExecuteStatement`: a dry run's verdict is printed from the submission, without waiting)
   * and `pkg/flink/types/processed_statement.go` (PrintOutputDryRunStatement: "Dry run statement
   * was verified and there were issues found.\nError: <status.detail>").
   */
  dryRun(input: CreateInput): EmulatedStatement {
    const t = this.now();
    const s = this.build(input, t, 0, '');
    const problem = this.dryRunProblem(s);
    s.phase = problem === undefined ? 'COMPLETED' : 'FAILED';
    s.detail = problem ?? '';
    s.startTime = t;
    s.endTime = t;
    this.stats.dryRuns++;
    return s;
  }

  private dryRunProblem(s: EmulatedStatement): string | undefined {
    if (s.category === 'invalid') return s.invalidReason ?? 'SQL parse failed.';
    if (s.carryOverFrom && !this.statements.has(s.carryOverFrom)) {
      return `The statement ${s.carryOverFrom} referenced by '${CARRY_OVER_PROPERTY}' does not exist or is being deleted.`;
    }
    const problem = this.catalogProblem(s);
    if (problem || !s.shape) return problem;
    // A dry run plans the query, so its verdict carries the result schema a run would have
    const result = this.queryResult(s);
    if ('error' in result) return result.error;
    s.result = { ...result, rows: [] };
    return undefined;
  }

  /**
   * The schema and rows of a statement that returns rows, from the catalog as it is when the
   * statement starts (results.ts has the evidence for each shape).
   */
  private queryResult(s: EmulatedStatement): QueryResult | { error: string } {
    const shape = s.shape!;
    if (shape.kind === 'unsupported') return { error: cannotDerive(shape.why) };
    if (shape.kind === 'show-catalogs') {
      // Only the environment's catalog: the emulator knows no other environment by id.
      return {
        columns: SHOW_CATALOGS_COLUMNS,
        rows: [[this.catalog.catalogName, this.catalog.environmentId]],
        appendOnly: true,
      };
    }
    const ctx = this.catalog.context(s.spec.properties);
    if ('error' in ctx) return ctx;
    if (shape.kind === 'show-tables') {
      // docs SHOW (SHOW TABLES [ [catalog_name.]database_name ] [ [NOT] LIKE <sql_like_pattern> ]):
      // "Show all tables for the current database"; views and materialized tables are tables
      // of the catalog too, so they are listed (no source says otherwise).
      let catalog = ctx.catalog;
      let database = ctx.database;
      if (shape.from !== undefined) {
        const parts = this.catalog.address(`${shape.from}.x`, ctx);
        if ('error' in parts) return parts;
        ({ catalog, database } = parts);
      }
      if (!this.catalog.hasDatabase(catalog, database)) {
        return {
          error: `Database '${database}' does not exist in catalog '${catalog === this.catalog.environmentId ? this.catalog.catalogName : catalog}' or you do not have permission to access it.`,
        };
      }
      let names = this.catalog.tablesIn(catalog, database);
      if (shape.like) {
        const match = likeMatcher(shape.like.pattern);
        names = names.filter((n) => match(n) !== shape.like!.not);
      }
      return { columns: SHOW_TABLES_COLUMNS, rows: names.map((n) => [n]), appendOnly: true };
    }
    const source = s.sourceAddresses[0];
    if (!source || s.sourceAddresses.length !== 1)
      return { error: cannotDerive('it does not read exactly one table') };
    const l = this.catalog.lookup(source);
    const entry = l.state === 'present' ? l.entry : undefined;
    if (!entry?.ddl) {
      return {
        error: cannotDerive(
          `the columns of ${this.catalog.show(source)} are unknown to it (only a CREATE TABLE with a column list declares them)`,
        ),
      };
    }
    return selectResult(entry.ddl, entry.changelogMode, shape.columns, s.snapshot, this.catalog.show(source));
  }

  private build(input: CreateInput, t: number, seq: number, uid: string): EmulatedStatement {
    const sql = classify(input.statement, input.properties, this.catalog);
    const dryRunValue = input.properties[DRY_RUN_PROPERTY];
    const snapshotValue = input.properties[SNAPSHOT_MODE_PROPERTY];
    const s: EmulatedStatement = {
      seq,
      name: input.name,
      uid,
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
      dryRun: EmulatorState.isDryRun(input.properties),
      snapshot: SNAPSHOT_MODES[snapshotValue ?? 'off'] === true,
      runningMs: 0,
      exceptions: [],
      warnings: [],
      injectedFailure: input.injectedFailure,
      degrades: input.degrades ?? false,
      poolExhausted: false,
      carryOverFrom: input.properties[CARRY_OVER_PROPERTY] || undefined,
    };
    if (dryRunValue !== undefined && !/^(true|false)$/i.test(dryRunValue) && s.category !== 'invalid') {
      s.category = 'invalid';
      s.invalidReason = `Invalid value '${dryRunValue}' for '${DRY_RUN_PROPERTY}': use 'true' or 'false'.`;
    }
    if (snapshotValue !== undefined && !(snapshotValue in SNAPSHOT_MODES) && s.category !== 'invalid') {
      s.category = 'invalid';
      s.invalidReason = `Invalid value '${snapshotValue}' for '${SNAPSHOT_MODE_PROPERTY}': use 'now' or 'off'.`;
    }
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
    s.poolExhausted = false;
    s.due = undefined;
    this.touch(s, t);
    this.record(s, t);
    this.schedule(s, t);
    this.wakePools(t);
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
        if (s.poolExhausted) {
          s.due = undefined; // wakePools() starts it when a slot frees
          return;
        }
        if (this.waitingForCarryOver(s)) {
          s.detail = carryOverDetail(s.carryOverFrom!, s.createdAt + this.carryOverTimeoutMs);
          s.due = { at: s.createdAt + this.carryOverTimeoutMs, action: 'carry-over-timeout' };
          return;
        }
        const slow = s.category === 'continuous' && !s.injectedFailure;
        return want('start', this.delay(slow ? 'start' : 'ddl'));
      }
      case 'RUNNING':
      case 'DEGRADED':
        if (s.spec.stopped) return want('stopping', this.delay('ack'));
        s.due = undefined;
        return;
      case 'STOPPING':
        return want('stopped', this.delay('stop'));
      case 'STOPPED':
        if (!s.spec.stopped && s.category === 'continuous' && !s.snapshot)
          return want('resume', this.delay('ack'));
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
        if (s.phase === 'RUNNING' || s.phase === 'DEGRADED' || s.phase === 'PENDING') {
          this.settleRunning(s, t);
          s.phase = 'STOPPING';
          s.poolExhausted = false;
          this.touch(s, t);
          this.record(s, t);
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
        this.record(s, t);
        this.wakeCarryOvers(s.name, t);
        break;
      case 'resume':
        if (s.phase !== 'STOPPED' || s.spec.stopped) break;
        s.phase = 'PENDING';
        s.endTime = undefined;
        this.touch(s, t);
        this.record(s, t);
        break;
      case 'failed':
        if (s.phase !== 'FAILING') break;
        s.phase = 'FAILED';
        this.finish(s, t);
        this.touch(s, t);
        this.record(s, t);
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
        this.wakePools(t);
        return;
    }
    this.schedule(s, t);
    this.wakePools(t);
  }

  /** PENDING → RUNNING / COMPLETED / FAILING / FAILED, with the catalog effects of the SQL. */
  private start(s: EmulatedStatement, t: number): void {
    if (s.category === 'invalid') return this.fail(s, t, s.invalidReason ?? 'SQL parse failed.');
    if (s.injectedFailure) {
      s.phase = 'FAILING';
      s.detail = INJECTED_FAILURE_DETAIL;
      s.exceptions.unshift({
        name: 'org.apache.flink.runtime.JobException',
        message: INJECTED_FAILURE_EXCEPTION,
        timestamp: t,
      });
      this.touch(s, t);
      this.record(s, t);
      return;
    }
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
    if (s.shape) {
      const result = this.queryResult(s);
      if ('error' in result) return this.fail(s, t, result.error);
      s.result = result;
    }
    const continuous = !isBounded(s);
    if (s.category === 'continuous' && !s.spec.stopped && !this.roomInPool(s, t)) return;
    this.applyCatalog(s, t);
    if (!continuous) {
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
      s.poolExhausted = false;
      s.startTime ??= t;
      s.endTime = undefined;
      s.runningSince = t;
      if (s.carryOverFrom && !s.startedFrom) {
        const ref = this.statements.get(s.carryOverFrom)!;
        s.startedFrom = { statement: ref.name, offsets: { ...(ref.latestOffsets ?? {}) } };
        s.detail = `Statement started from the offsets of statement ${ref.name}.`;
      }
      if (s.degrades) this.degrade(s, t);
    }
    this.touch(s, t);
    this.record(s, t);
  }

  /** The `degraded` fault: the job runs, but restarts over and over. */
  private degrade(s: EmulatedStatement, t: number): void {
    s.phase = 'DEGRADED';
    s.detail = DEGRADED_DETAIL;
    s.warnings.push({
      severity: 'CRITICAL',
      reason: 'FREQUENT_RESTARTS',
      message: 'The statement restarted 12 times in the last 10 minutes (injected by the emulator).',
      createdAt: t,
    });
    s.exceptions.unshift({
      name: 'org.apache.flink.runtime.JobException',
      message: 'org.apache.flink.runtime.JobException: Recovery is in progress (injected by the emulator)',
      timestamp: t,
    });
    s.exceptions.length = Math.min(s.exceptions.length, 10);
  }

  /**
   * A statement that runs needs compute in its pool: when the pool is at `max_cfu` it waits in
   * PENDING with `scaling_status.scaling_state = POOL_EXHAUSTED` (spec `sql.v1.ScalingStatus`:
   * "POOL_EXHAUSTED: The statement requires more resources, but not enough resources are
   * available"; confluent-sql `confluent_sql/statement.py` `is_pool_exhausted` reads it on
   * a PENDING statement). Each running statement holds 1 CFU here: docs, Flink billing
   * (https://docs.confluent.io/cloud/current/billing/dimensions/flink.html): "Each Flink
   * statement consumes a minimum of 1 CFU-minute"; a pool holds at most its `max_cfu` (docs,
   * compute pools: "Statements within a compute pool can't use more than the configured maximum
   * number of CFUs"; 50 by default).
   */
  private roomInPool(s: EmulatedStatement, t: number): boolean {
    const pool = this.pools.get(s.spec.compute_pool_id);
    if (!pool) return true;
    const used = this.usedCfu(pool.id);
    if (used < pool.maxCfu) return true;
    if (!s.poolExhausted) {
      s.poolExhausted = true;
      s.detail = `Statement is waiting for resources: compute pool ${pool.id} is exhausted (${used} of max_cfu ${pool.maxCfu} CFU in use).`;
      this.touch(s, t);
    }
    return false;
  }

  /** Statements waiting for a pool get their turn, in creation order, as CFUs free up. */
  private wakePools(t: number): void {
    for (const pool of this.pools.values()) {
      let free = pool.maxCfu - this.usedCfu(pool.id);
      if (free <= 0) continue;
      const waiting = [...this.statements.values()]
        .filter(
          (s) => s.poolExhausted && s.phase === 'PENDING' && s.spec.compute_pool_id === pool.id && !s.due,
        )
        .sort((a, b) => a.seq - b.seq);
      for (const s of waiting) {
        if (free-- <= 0) break;
        s.poolExhausted = false;
        s.due = { at: t + this.delay('start'), action: 'start' };
      }
    }
  }

  private catalogProblem(s: EmulatedStatement): string | undefined {
    if (s.category === 'invalid') return s.invalidReason;
    const ctx = this.catalog.context(s.spec.properties);
    if ('error' in ctx) return ctx.error;
    const missing = (a: TableAddress): string =>
      `Table (or view) '${a.written ?? a.table}' does not exist or you do not have permission to access it.\n` +
      `Using current catalog '${ctx.shownCatalog}' and current database '${ctx.shownDatabase}'.`;
    // dbt-confluent MATERIALIZATIONS.md (Materialized Table) and
    // `dbt/adapters/confluent/connections.py` (`_execute_query_with_retry`): "Recreating any
    // relation shortly after a drop … can be rejected with 'The table … was found, but its Kafka
    // topic does not exist; … try again later'", clearing in tens of seconds.
    const dying = (a: TableAddress): string =>
      `The table ${this.catalog.show(a)} was found, but its Kafka topic does not exist; it may still be being deleted after a DROP TABLE. Please try again later.`;
    /** Why a table cannot be read or written, if it cannot. */
    const unusable = (a: TableAddress): string | undefined => {
      const l = this.catalog.lookup(a);
      if (l.state === 'dying') return dying(a);
      if (l.state !== 'present') return missing(a);
      return undefined;
    };
    const sink = s.sinkAddresses[0];
    switch (s.kind) {
      case 'create-table':
      case 'create-view':
      case 'create-like':
      case 'ctas':
      case 'create-materialized-table': {
        for (const src of s.sourceAddresses) {
          if (sink && sameAddress(src, sink)) continue; // a resumed CTAS reads nothing of its own
          const problem = unusable(src);
          if (problem) return problem;
        }
        if (!sink) return undefined;
        const l = this.catalog.lookup(sink);
        if (l.state === 'dying') return dying(sink);
        if (l.state === 'missing') {
          const where = this.catalog.cannotCreateIn(sink);
          return (
            where &&
            `${where}\nUsing current catalog '${ctx.shownCatalog}' and current database '${ctx.shownDatabase}'.`
          );
        }
        const exists = `Table ${this.catalog.show(sink)} already exists.`;
        if (s.kind === 'create-materialized-table') {
          // dbt-confluent MATERIALIZATIONS.md: an existing regular table or view "cannot be
          // converted to a materialized table"; a phantom-dropped one makes creates fail with
          // "table already exists" until it resurfaces.
          if (l.state === 'hidden') return exists;
          if (l.entry.kind !== 'materialized')
            return `${exists} It is not a materialized table and cannot be converted to one.`;
          return s.orAlter || s.ifNotExists ? undefined : exists;
        }
        // A resumed CTAS finds the table it created itself
        if (s.startTime !== undefined) return undefined;
        return s.ifNotExists && l.state === 'present' && l.entry.kind !== 'materialized' ? undefined : exists;
      }
      case 'alter-table': {
        if (!sink) return undefined;
        const problem = unusable(sink);
        if (problem) return problem;
        // docs ALTER MATERIALIZED TABLE
        // (https://docs.confluent.io/cloud/current/flink/reference/statements/alter-materialized-table.html):
        // a materialized table has its own ALTER. Which one the service accepts on which object
        // is not documented: the other one fails here.
        const isMt = lookupEntry(this.catalog, sink)?.kind === 'materialized';
        if (isMt && s.target !== 'materialized')
          return `${this.catalog.show(sink)} is a materialized table: use ALTER MATERIALIZED TABLE.`;
        if (!isMt && s.target === 'materialized')
          return `${this.catalog.show(sink)} is not a materialized table: use ALTER TABLE.`;
        return undefined;
      }
      case 'drop': {
        if (!sink) return undefined;
        const l = this.catalog.lookup(sink);
        if (l.state !== 'present')
          return s.ifExists ? undefined : l.state === 'dying' ? dying(sink) : missing(sink);
        // DROP MATERIALIZED TABLE on a regular table: undocumented, so it fails here.
        if (s.target === 'materialized' && l.entry.kind !== 'materialized')
          return `${this.catalog.show(sink)} is not a materialized table: use DROP TABLE.`;
        if (s.target === 'view' && l.entry.kind !== 'view')
          return `${this.catalog.show(sink)} is not a view: use DROP TABLE.`;
        if (s.target === 'table' && l.entry.kind === 'view')
          return `${this.catalog.show(sink)} is a view: use DROP VIEW.`;
        return undefined;
      }
      default: {
        for (const src of s.sourceAddresses) {
          const problem = unusable(src);
          if (problem) return problem;
        }
        for (const out of s.sinkAddresses) {
          const problem = unusable(out);
          if (problem) return problem;
          // A materialized table is written by its own query only (docs: materialized tables
          // concept page); an INSERT into one is not documented, so it fails here.
          if (lookupEntry(this.catalog, out)?.kind === 'materialized')
            return `${this.catalog.show(out)} is a materialized table: only its own query writes to it.`;
        }
        return undefined;
      }
    }
  }

  private applyCatalog(s: EmulatedStatement, t: number): void {
    const sink = s.sinkAddresses[0];
    if (!sink) return;
    switch (s.kind) {
      case 'create-table':
      case 'create-like':
      case 'ctas':
        if (this.catalog.lookup(sink).state === 'missing')
          this.catalog.add(sink, 'table', s.name, { ddl: s.ddl, changelogMode: s.changelogMode });
        break;
      case 'create-view':
        if (this.catalog.lookup(sink).state === 'missing') this.catalog.add(sink, 'view', s.name);
        break;
      case 'create-materialized-table':
        // CREATE OR ALTER evolves it in place (docs CREATE OR ALTER MATERIALIZED TABLE): same
        // entry, same topic.
        if (this.catalog.lookup(sink).state === 'missing') this.catalog.add(sink, 'materialized', s.name);
        break;
      case 'drop': {
        const l = this.catalog.lookup(sink);
        if (l.state !== 'present') break;
        const window = this.catalog.dropWindowMs;
        if (l.entry.kind === 'materialized' && s.target !== 'materialized') {
          // dbt-confluent MATERIALIZATIONS.md: the server "silently accepts a regular DROP TABLE
          // against an MT but phantom-drops it — the catalog entry transiently disappears,
          // same-name creates fail with 'table already exists', and the MT later resurfaces intact".
          this.catalog.hide(l.entry, t + window, 'resurface');
          break;
        }
        if (l.entry.kind === 'materialized') {
          // dbt-confluent MATERIALIZATIONS.md: the MT drop "removes it asynchronously and an
          // immediate recreate fails with 'table already exists'"; its topic goes after that.
          this.catalog.hide(l.entry, t + window, 'remove');
        } else if (l.entry.kind === 'view') this.catalog.dropView(sink);
        else this.catalog.drop(sink);
        // docs, schema and statement evolution: "If a topic a statement needs is deleted, the
        // statement goes to FAILED"; docs DROP TABLE: stop the statements that use it first.
        if (l.entry.kind !== 'view') this.failUsers(sink, s, t);
        break;
      }
    }
  }

  /** Running statements that read or write a dropped table lose their topic. */
  private failUsers(a: TableAddress, by: EmulatedStatement, t: number): void {
    for (const s of this.statements.values()) {
      if (s === by || !(s.phase === 'RUNNING' || s.phase === 'DEGRADED')) continue;
      if (![...s.sinkAddresses, ...s.sourceAddresses].some((x) => sameAddress(x, a))) continue;
      this.fail(
        s,
        t,
        `The Kafka topic of table ${this.catalog.show(a)} was deleted (DROP TABLE by statement ${by.name}) while this statement was using it.`,
      );
      this.schedule(s, t);
    }
  }

  private fail(s: EmulatedStatement, t: number, detail: string): void {
    this.settleRunning(s, t);
    s.phase = 'FAILED';
    s.detail = detail;
    s.poolExhausted = false;
    s.exceptions.unshift({
      name: 'org.apache.flink.table.api.ValidationException',
      message: detail,
      timestamp: t,
    });
    s.exceptions.length = Math.min(s.exceptions.length, 10);
    this.finish(s, t);
    this.touch(s, t);
    this.record(s, t);
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
    for (const src of s.sourceAddresses) {
      const topic = src.table;
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

  private record(s: EmulatedStatement, t: number): void {
    this.transitions.push({ name: s.name, phase: s.phase, at: t, detail: s.detail });
  }

  private delay(kind: 'start' | 'ddl' | 'stop' | 'delete' | 'ack'): number {
    if (this.latencyOptions.latency === 'fast') return this.random.int(10, 50);
    const [lo, hi] = REALISTIC_MS[kind];
    return Math.round(this.random.int(lo, hi) / this.latencyOptions.timeScale);
  }
}

function sameAddress(a: TableAddress, b: TableAddress): boolean {
  return a.catalog === b.catalog && a.database === b.database && a.table === b.table;
}

function lookupEntry(catalog: Catalog, a: TableAddress) {
  const l = catalog.lookup(a);
  return l.state === 'present' || l.state === 'hidden' ? l.entry : undefined;
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
const DEGRADED_DETAIL =
  'The statement is running but unhealthy: it restarts frequently (injected by the emulator).';

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
  'create-function': 'CREATE_FUNCTION',
};

/** Strip comments so that keyword regexes see only SQL. */
function stripComments(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, ' ').replace(/--[^\n]*/g, ' ');
}

type Classified = Pick<
  EmulatedStatement,
  | 'kind'
  | 'sqlKind'
  | 'category'
  | 'invalidReason'
  | 'sinks'
  | 'sources'
  | 'sinkAddresses'
  | 'sourceAddresses'
  | 'target'
  | 'ifNotExists'
  | 'ifExists'
  | 'orAlter'
  | 'ddl'
  | 'changelogMode'
  | 'shape'
>;

/**
 * Why the SQL parser cannot read the text, if it cannot: the failures the service answers on
 * the create request itself (see `EmulatorState.parseRejection`), before any catalog lookup.
 */
function parseFailure(analysis: ReturnType<typeof analyzeSql>, bare: string): string | undefined {
  const all = analysis.statements;
  if (all.length === 0) return 'SQL parse failed. The statement is empty.';
  // One statement per request: docs, Flink SQL REST API ("spec.statement: the raw SQL text");
  // every official client sends exactly one (confluent-sql `connection.py`
  // `_execute_statement`). SET, RESET and USE are client-side commands: the CLI turns them into
  // properties and never sends them (confluentinc/cli `pkg/flink/internal/store/store.go`
  // ProcessLocalStatement, `store_utils.go` processSetStatement / processUseStatement).
  if (all.length > 1) {
    return `SQL parse failed. Only a single statement is supported per request, found ${all.length}; send each statement on its own (SET lines as spec.properties), or use EXECUTE STATEMENT SET.`;
  }
  const error = analysis.issues.find((i) => i.severity === 'error');
  if (error) return `SQL parse failed. ${error.message} (line ${error.line}).`;
  // Apache Flink 2.2.1's parser, run here on `SELECT a != b FROM s`; Confluent's comparison
  // functions (docs, Comparison Functions) list only `<>`. Unclear for the service: refused.
  if (analysis.issues.some((i) => i.message === BANG_EQUAL)) {
    return "SQL parse failed. Bang equal '!=' is not allowed under the current SQL conformance level";
  }
  // Apache Flink 2.2.1's parser (`CREATE TABLE t (value INT)`: `Encountered "value"`); Confluent's
  // docs (Flink SQL Reserved Keywords) say its reserved words need backticks, with a list not
  // shown to be Flink's: refused, as the strict reading.
  for (const issue of analysis.issues) {
    const reserved = reservedWordIn(issue.message);
    if (reserved !== undefined) {
      return `SQL parse failed. Encountered "${reserved}" at line ${issue.line}: ${reserved} is a reserved word; quote it in backticks.`;
    }
  }
  const stmt = all[0]!;
  const word = /^\s*(\S+)/.exec(bare)?.[1] ?? '';
  if (stmt.kind === 'set' || stmt.kind === 'use' || /^RESET$/i.test(word)) {
    return `SQL parse failed. ${word.toUpperCase()} is a client-side command: send its value as a statement property (sql.current-catalog, sql.current-database, …).`;
  }
  if (stmt.kind === 'other' && analysis.issues.some((i) => i.severity === 'warning')) {
    return `SQL parse failed. Encountered "${word}" at line 1, column 1.`;
  }
  return undefined;
}

function classify(text: string, properties: Record<string, string>, catalog: Catalog): Classified {
  const analysis = analyzeSql(text);
  const bare = stripComments(text);
  const base: Classified = {
    kind: null,
    sqlKind: 'UNKNOWN',
    category: 'ddl',
    sinks: analysis.sinks,
    sources: analysis.sources,
    sinkAddresses: [],
    sourceAddresses: [],
    target: 'table',
    ifNotExists: false,
    ifExists: false,
    orAlter: false,
  };
  const invalid = (reason: string): Classified => ({
    ...base,
    kind: analysis.statements[0]?.kind ?? null,
    category: 'invalid',
    invalidReason: reason,
  });
  const unparsable = parseFailure(analysis, bare);
  if (unparsable !== undefined) return invalid(unparsable);
  const stmt = analysis.statements[0]!;
  const ctx = catalog.context(properties);
  const resolve = (refs: { offset: number; length: number }[]): TableAddress[] | string => {
    const out: TableAddress[] = [];
    if ('error' in ctx) return out;
    for (const r of refs) {
      const a = catalog.address(text.slice(r.offset, r.offset + r.length), ctx as NameContext);
      if ('error' in a) return a.error;
      out.push(a);
    }
    return out;
  };
  const sinkAddresses = resolve(stmt.sinkRefs);
  const sourceAddresses = resolve(stmt.kind === 'alter-table' || stmt.kind === 'drop' ? [] : stmt.sourceRefs);
  if (typeof sinkAddresses === 'string') return invalid(sinkAddresses);
  if (typeof sourceAddresses === 'string') return invalid(sourceAddresses);
  const ifNotExists =
    /\bCREATE\s+(?:OR\s+(?:REPLACE|ALTER)\s+)?(?:TEMPORARY\s+)?(?:MATERIALIZED\s+)?(?:TABLE|VIEW)\s+IF\s+NOT\s+EXISTS\b/i.test(
      bare,
    );
  const ifExists = /\bDROP\s+(?:TEMPORARY\s+)?(?:MATERIALIZED\s+)?(?:TABLE|VIEW)\s+IF\s+EXISTS\b/i.test(bare);
  const orAlter = /^\s*CREATE\s+OR\s+ALTER\s+MATERIALIZED\b/i.test(bare);
  let target: Target = 'table';
  let sqlKind = SQL_KINDS[stmt.kind];
  if (stmt.kind === 'drop') {
    target = /^\s*DROP\s+MATERIALIZED\b/i.test(bare)
      ? 'materialized'
      : /^\s*DROP\s+(?:TEMPORARY\s+)?VIEW\b/i.test(bare)
        ? 'view'
        : 'table';
    sqlKind = { table: 'DROP_TABLE', view: 'DROP_VIEW', materialized: 'DROP_MATERIALIZED_TABLE' }[target];
  }
  if (stmt.kind === 'alter-table') {
    target = /^\s*ALTER\s+MATERIALIZED\b/i.test(bare) ? 'materialized' : 'table';
    sqlKind = target === 'materialized' ? 'ALTER_MATERIALIZED_TABLE' : 'ALTER_TABLE';
  }
  if (!sqlKind) {
    const words = /^\s*(\w+)(?:\s+(\w+))?/.exec(bare);
    const first = (words?.[1] ?? 'OTHER').toUpperCase();
    sqlKind =
      first === 'SELECT' || first === 'WITH'
        ? 'SELECT'
        : [first, words?.[2]?.toUpperCase()].filter(Boolean).join('_');
  }
  // dbt-confluent MATERIALIZATIONS.md (Deterministic Statement Names): the defining
  // `CREATE OR ALTER` statement of a materialized table "completes immediately — it is not a
  // long-running maintainer (Flink maintains the table server-side)".
  const category: Category =
    stmt.kind === 'insert' || stmt.kind === 'statement-set' || stmt.kind === 'ctas'
      ? 'continuous'
      : stmt.kind === 'other'
        ? 'bounded'
        : 'ddl';
  const mode = stmt.changelog?.mode;
  return {
    ...base,
    kind: stmt.kind,
    sqlKind,
    category,
    ddl: stmt.kind === 'create-table' ? stmt.ddl : undefined,
    changelogMode: mode === 'append' || mode === 'upsert' || mode === 'retract' ? mode : mode && 'unknown',
    shape: stmt.kind === 'other' ? queryShape(bare) : undefined,
    sinkAddresses,
    sourceAddresses,
    target,
    ifNotExists,
    ifExists,
    orAlter,
    invalidReason: 'error' in ctx ? ctx.error : undefined,
    ...('error' in ctx ? { category: 'invalid' as const } : {}),
  };
}
