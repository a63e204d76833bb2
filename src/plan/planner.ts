import type { ChangeKind, TableChange } from '../change/types.js';
import type { Config, EnvironmentConfig } from '../config/schema.js';
import { ancestors, compareNames, descendants, topoOrder } from '../graph/graph.js';
import { projectOptions } from '../project/build.js';
import type { Project, SqlFile, Table } from '../project/model.js';
import { analyzeSql } from '../sql/analyze.js';
import type { StatementKind, TableRef } from '../sql/types.js';
import { planHash } from './hash.js';
import { inTableOrder, orderSteps } from './order.js';
import {
  alterStatementName,
  ddlStatementName,
  dmlStatementName,
  dropStatementName,
  nextVersion,
  sha256,
} from './names.js';
import {
  nameParts,
  renameTables,
  runnableStatements,
  statementText,
  unqualifiedRef,
  useProperties,
} from './sql.js';
import {
  classifyLive,
  deployedNames,
  headSide,
  liveSide,
  liveTable,
  sameDdl,
  type LiveTable,
} from './reconcile.js';
import { PHASES } from './types.js';
import type {
  LiveCommits,
  LiveStatement,
  NodeAction,
  Phase,
  Plan,
  PlanNode,
  PlanStep,
  PlanWarning,
  StatusSnapshot,
  StepAction,
  TableStatus,
} from './types.js';

export type Selection = { tables: string[]; descendants: boolean } | { all: true };

export interface PlanInput {
  head: Project;
  /** The project at the base revision; absent when planning a selection */
  base?: Project;
  changes: TableChange[];
  status: StatusSnapshot;
  config: Config;
  environment?: string;
  selection?: Selection;
  range?: { base: string | null; head: string | null };
  /**
   * Plan what runs against HEAD, table by table, whatever the range (docs/planning.md#reconciliation):
   * the live statements of a `confluent` status are the before side. The range's changes still
   * name the reviewed change (`plan.changes`).
   */
  reconcile?: boolean;
  /** Commits of live statements HEAD does not contain: a rollback, refused unless allowed */
  liveCommits?: LiveCommits;
}

/**
 * Phases in which a table's statement counts as running. DEGRADED is running but unhealthy
 * (the spec's phase enum; dbt-confluent MATERIALIZATIONS.md treats it as healthy): restarting it
 * would lose its state, so it is planned as running, with a warning.
 */
const LIVE: ReadonlySet<Phase> = new Set(['RUNNING', 'PENDING', 'COMPLETED', 'DEGRADED']);
/** A statement that runs (DEGRADED: running, unhealthy). */
const RUNS_PHASES: ReadonlySet<string> = new Set(['RUNNING', 'DEGRADED']);
/** A carry-over takes the offsets of a statement that runs now or was stopped with a savepoint. */
const CARRY_FROM: ReadonlySet<Phase | undefined> = new Set(['RUNNING', 'STOPPED']);
/** The statement kinds of a DDL file that create its table, and of a DML file that write it. */
export const DDL_KINDS: ReadonlySet<StatementKind> = new Set([
  'create-table',
  'ctas',
  'create-like',
  'create-view',
  'create-materialized-table',
]);
export const DML_KINDS: ReadonlySet<StatementKind> = new Set(['insert', 'statement-set']);
const BUILD_UP: ReadonlySet<StepAction> = new Set([
  'create-table',
  'create-statement',
  'resume-statement',
  'alter-table',
]);
const STRENGTH: Record<NodeAction, number> = {
  retire: 6,
  create: 5,
  rebuild: 4,
  redeploy: 3,
  'carry-over': 2,
  alter: 1,
  start: 0,
  'clean-up': -1,
};

interface Draft {
  table: string;
  action: NodeAction;
  reason: string;
  changes: ChangeKind[];
  /** DDL options also changed: an ALTER step joins the main action */
  alter: boolean;
}

const list = (names: string[]) => names.map((n) => `\`${n}\``).join(', ');
const quote = (part: string) => `\`${part.replace(/`/g, '``')}\``;

/** The first CREATE statement of a table's DDL file. */
const ddlStatement = (t: Table) => (t.ddl ? runnableStatements(t.ddl, DDL_KINDS)[0] : undefined);

/** A table filled by its own CREATE TABLE … AS SELECT: that statement is its writer. */
const ctasOnly = (t: Table | undefined) => !!t && !t.dml && ddlStatement(t)?.kind === 'ctas';

/**
 * The table's name as its DDL writes it (with catalog and database when qualified), each part
 * quoted: DROP and ALTER must name the same table the CREATE did.
 */
function nameInSql(t: Table): string {
  const ref = ddlStatement(t)?.sinkRefs[0];
  const written = ref ? t.ddl!.text.slice(ref.offset, ref.offset + ref.length) : undefined;
  const parts = written ? nameParts(written) : [t.name];
  return parts.map(quote).join('.');
}

/** DROP of what the DDL created: a materialized table or a view has its own DROP. */
function dropSql(t: Table): string {
  const kind = ddlStatement(t)?.kind;
  const what =
    kind === 'create-materialized-table' ? 'MATERIALIZED TABLE' : kind === 'create-view' ? 'VIEW' : 'TABLE';
  return `DROP ${what} IF EXISTS ${nameInSql(t)}`;
}

/**
 * `client.*` keys configure the client: the Confluent CLI never sends them
 * (confluentinc/cli `pkg/flink/internal/store/user_properties.go`, GetNonLocalProperties).
 */
function sendable(properties: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(properties)) if (!k.startsWith('client.')) out[k] = v;
  return out;
}

function firstReason(t: Table): string {
  const r = t.reasons[0];
  return r ? ` (${r.construct}, line ${r.line})` : '';
}

/**
 * The plan (docs/planning.md): which tables act, how and why, and the ordered steps. Pure: every
 * input is data, so the PR plan and the merge plan are reproducible and comparable by hash.
 */
export function buildPlan(input: PlanInput): Plan {
  const { head, config, status } = input;
  /** The before side of every table: the base revision, or with reconciliation what runs. */
  let base = input.base;
  const reconciling = !!input.reconcile && status.kind === 'confluent';
  // The environment deployed to; with one environment and none named, that one (as deploy picks it).
  const envNames = Object.keys(config.environments ?? {});
  const envName = input.environment ?? config.environment ?? (envNames.length === 1 ? envNames[0] : '');
  const env: EnvironmentConfig = config.environments?.[envName] ?? {};
  const strategy = config.strategy ?? 'rebuild';
  const warnings: PlanWarning[] = [];
  const errors: PlanWarning[] = [];
  const drafts = new Map<string, Draft>();
  const headTable = (n: string) => head.tables.get(n);
  const isStateful = (n: string) => !!(headTable(n)?.stateful || base?.tables.get(n)?.stateful);
  /** Live status per table; with reconciliation, as the live statements are sorted (`derived`). */
  const derived = new Map<string, TableStatus>();
  const statusOf = (n: string) => derived.get(n) ?? status.tables.get(n);
  const known = status.kind !== 'none';

  const propose = (d: Draft) => {
    const cur = drafts.get(d.table);
    if (!cur || STRENGTH[d.action] > STRENGTH[cur.action]) {
      drafts.set(d.table, {
        ...d,
        changes: [...new Set([...(cur?.changes ?? []), ...d.changes])],
        alter: d.alter || !!cur?.alter,
      });
    } else {
      cur.changes = [...new Set([...cur.changes, ...d.changes])];
      cur.alter ||= d.alter;
    }
  };

  /** New versions of tables this plan rebuilds blue-green (`t` → `t_v2`), filled once the actions are known. */
  const blueGreen = new Map<string, string>();
  /** The version each table is deployed under now, when it is not the table's own name. */
  const currentAs = reconciling ? deployedNames(status) : statusVersions(status);
  /** Names in SQL as this plan deploys it: a new version, else the current one. */
  const renameFor = (table: string) => blueGreen.get(table) ?? currentAs.get(table);
  /** Names in SQL as deployed now. */
  const currentFor = (table: string) => currentAs.get(table);
  /** A qualified name the project resolved to a table of another catalog or database. */
  const externalIn = (t: Table) => (ref: TableRef) =>
    ref.parts.length > 1 && t.parents.includes(ref.parts.join('.'));

  // Every statement names its catalog and database (the official clients always send both:
  // confluent-sql `connection.py` `_resolve_properties`, confluentinc/cli
  // `internal/flink/command_statement_create.go`); the catalog defaults to the environment id.
  const catalog = env.catalog ?? env.environmentId;
  const envProps: Record<string, string> = {
    ...(env.properties ?? {}),
    ...(catalog ? { 'sql.current-catalog': catalog } : {}),
    ...(env.database ? { 'sql.current-database': env.database } : {}),
  };
  /** A DML statement: its file's USE lines, then its SET lines and `.properties`. */
  const baseProps = (t: Table, dml: SqlFile | undefined): Record<string, string> =>
    sendable({ ...envProps, ...useProperties(dml), ...t.properties });
  /** The CREATE statement: the DDL file's own USE and SET lines and `.properties`. */
  const ddlProps = (t: Table): Record<string, string> =>
    sendable({
      ...envProps,
      ...useProperties(t.ddl),
      ...(t.ddl?.analysis.properties ?? {}),
      ...t.ddlProperties,
    });
  /** DROP and ALTER: where the DDL file says the table lives. */
  const targetProps = (t: Table): Record<string, string> =>
    sendable({ ...envProps, ...useProperties(t.ddl) });

  interface Dml {
    sql?: string;
    name?: string;
    props: Record<string, string>;
  }
  /**
   * The base and head tables of a folder no change touched share their DML file and properties:
   * what the head deploys is then what runs, and is worked out once.
   */
  const sameDml = new Map<SqlFile, { t: Table; dml: Dml }>();
  /**
   * A table's DML statement and its name; `current` = under the versions deployed now, else
   * under this plan's (a blue-green rebuild's new versions).
   */
  const dmlOf = (t: Table, current: boolean): Dml => {
    const renamed = current ? currentAs.size > 0 : blueGreen.size > 0 || currentAs.size > 0;
    const dmlText =
      t.dml && (renamed ? renameTables(t.dml, current ? currentFor : renameFor, externalIn(t)) : t.dml.text);
    const dmlStmts = t.dml ? runnableStatements(t.dml, DML_KINDS) : [];
    if (dmlStmts.length > 1 && !current) {
      warnings.push({
        code: 'several-dml-statements',
        table: t.name,
        message: `${t.dml!.path} holds ${dmlStmts.length} statements; only the first is deployed. Wrap them in EXECUTE STATEMENT SET BEGIN … END`,
      });
    }
    const known = renamed ? undefined : t.dml && sameDml.get(t.dml);
    if (
      known &&
      known.t.name === t.name &&
      known.t.product === t.product &&
      known.t.properties === t.properties
    )
      return known.dml;
    const props = baseProps(t, t.dml);
    const sql = dmlStmts[0] && statementText(dmlText!, dmlStmts[0]);
    let dml: Dml = { sql, props };
    if (sql) {
      const fingerprint = dmlText === t.dml!.text ? t.dml!.analysis.fingerprint : analyzeSql(sql).fingerprint;
      const contentHash = sha256(fingerprint + JSON.stringify(Object.entries(props).sort()));
      dml = { sql, props, name: dmlStatementName(env.statementPrefix, t.product, t.name, contentHash) };
    }
    if (!renamed && t.dml) sameDml.set(t.dml, { t, dml });
    return dml;
  };
  interface Deployable {
    ddlSql?: string;
    dmlSql?: string;
    props: Record<string, string>;
    ddlProps: Record<string, string>;
    dmlName?: string;
    ddlName: string;
  }
  /** The table's CREATE statement as sent: under the current versions, or under this plan's. */
  const ddlSqlOf = (t: Table, current: boolean): string | undefined => {
    const ddlStmt = t.ddl && runnableStatements(t.ddl, DDL_KINDS)[0];
    if (!ddlStmt) return undefined;
    const renamed = current ? currentAs.size > 0 : blueGreen.size > 0 || currentAs.size > 0;
    const ddlText = renamed
      ? renameTables(t.ddl!, current ? currentFor : renameFor, externalIn(t))
      : t.ddl!.text;
    return statementText(ddlText, ddlStmt);
  };
  /** What a table deploys as. */
  const deployable = (t: Table): Deployable => {
    const dml = dmlOf(t, false);
    return {
      ddlSql: ddlSqlOf(t, false),
      dmlSql: dml.sql,
      props: dml.props,
      ddlProps: ddlProps(t),
      dmlName: dml.name,
      ddlName: ddlStatementName(env.statementPrefix, t.product, t.name),
    };
  };
  /**
   * The statement currently writing a table: what status reports, else what base SQL would be
   * named; for a table filled by its own CTAS, that CREATE statement.
   */
  const oldDmlName = (n: string): string | undefined => {
    const reported = statusOf(n)?.statement;
    if (reported) return reported;
    const was = base?.tables.get(n) ?? headTable(n);
    if (!was || was.external) return undefined;
    if (ctasOnly(was)) return ddlStatementName(env.statementPrefix, was.product, n);
    if (!was.dml) return undefined;
    return dmlOf(was, true).name;
  };

  // 0. Reconciliation: each table's live statements against what HEAD describes.
  let actionChanges: readonly TableChange[] = input.changes;
  const liveTables = new Map<string, LiveTable>();
  if (reconciling) actionChanges = reconcile();

  /**
   * The change of every table from what runs to HEAD (docs/planning.md#reconciliation), and the
   * repair of tables whose statement is missing, not running or left behind. The live project
   * becomes the before side of the planning rules below.
   */
  function reconcile(): TableChange[] {
    const defined = (n: string) => {
      const t = headTable(n);
      return t && !t.external ? t : undefined;
    };
    for (const [key, st] of status.tables) {
      if (!st.live?.length) continue;
      const t = defined(key);
      const headName = t && !ctasOnly(t) ? dmlOf(t, true).name : undefined;
      liveTables.set(key, liveTable(key, st.live, currentAs.get(key) ?? key, headName));
    }
    const logical = new Map([...currentAs].map(([t, v]) => [v, t]));
    const folderOf = (n: string) =>
      headTable(n)?.folder || input.base?.tables.get(n)?.folder || `${head.pipelinesDir}/${n}`;
    const live = liveSide(
      head.pipelinesDir,
      projectOptions(config),
      [...liveTables.values()],
      folderOf,
      logical,
      (n) => {
        const t = defined(n);
        const stmt = t?.ddl && runnableStatements(t.ddl, DDL_KINDS)[0];
        return stmt ? { sql: statementText(t.ddl!.text, stmt), props: ddlProps(t) } : undefined;
      },
    );
    base = live.project;

    const changes: TableChange[] = [];
    const differ: Table[] = [];
    const inSync: string[] = [];
    const touched = new Set(input.changes.map((c) => c.table));
    const filesOf = (t: Table) => [t.ddl?.path, t.dml?.path].filter((p): p is string => !!p);
    for (const t of head.tables.values()) {
      if (t.external) continue;
      const lt = liveTables.get(t.name);
      const st = status.tables.get(t.name);
      if (!lt || (!lt.writer && !lt.create && st?.tableExists !== true)) {
        changes.push({ table: t.name, kind: 'added', files: filesOf(t), detail: 'nothing of it runs' });
        continue;
      }
      derived.set(t.name, derivedStatus(lt, st));
      // A writer that is not HEAD's statement, or any writer of a table HEAD fills no longer.
      const dmlDiffers = !ctasOnly(t) && !!lt.writer && (!t.dml || !lt.isHead);
      const createSql = ddlSqlOf(t, true);
      const ddlDiffers =
        !!lt.create &&
        createSql !== undefined &&
        !sameDdl(lt.create, { ddlSql: createSql, ddlProps: ddlProps(t) });
      if (dmlDiffers || ddlDiffers) differ.push(t);
      else {
        repair(t, lt);
        if (touched.has(t.name)) inSync.push(t.name);
      }
    }
    // A table created before the table it reads was dropped (by a rebuild that stopped
    // part-way) holds rows of a topic that is gone: it is rebuilt, as the rebuild would have.
    for (const t of head.tables.values()) {
      const mine = liveTables.get(t.name)?.create;
      const id = head.graph.index.get(t.name);
      if (t.external || !mine || id === undefined) continue;
      for (const p of head.graph.parents[id]) {
        const parent = head.graph.names[p];
        const dropped = defined(parent) && liveTables.get(parent)?.drop;
        if (!dropped || dropped.createdAt <= mine.createdAt) continue;
        propose({
          table: t.name,
          action: 'rebuild',
          reason: `reads \`${parent}\`, whose table was dropped after \`${t.name}\`'s was created (a rebuild stopped part-way), so it is rebuilt from the new topic`,
          changes: [],
          alter: false,
        });
        break;
      }
    }
    for (const [key, lt] of liveTables) {
      if (defined(key) || (!lt.writer && !lt.create)) continue;
      derived.set(key, derivedStatus(lt, status.tables.get(key)));
      changes.push({ table: key, kind: 'removed', files: [], detail: 'no longer defined at HEAD' });
    }
    if (differ.length) {
      const plain = (t: Table, kinds: ReadonlySet<StatementKind>) => {
        const file = kinds === DML_KINDS ? t.dml : t.ddl;
        const stmt = file && runnableStatements(file, kinds)[0];
        return stmt && statementText(file!.text, stmt);
      };
      const headView = headSide(
        head.pipelinesDir,
        projectOptions(config),
        differ.map((t) => ({
          table: t,
          ddlSql: plain(t, DDL_KINDS),
          dmlSql: plain(t, DML_KINDS),
          ddlProps: ddlProps(t),
          dmlProps: baseProps(t, t.dml),
        })),
      );
      const wanted = new Set(differ.map((t) => t.name));
      const found = classifyLive(live, headView).filter((c) => wanted.has(c.table));
      for (const t of differ) {
        const lt = liveTables.get(t.name)!;
        let mine = found.filter((c) => c.table === t.name);
        if (mine.some((c) => c.kind === 'added' || c.kind === 'removed')) {
          // The live statements do not make one table (its CREATE and its writer name different
          // tables): nothing proves what runs can be kept, so it is rebuilt.
          mine = [
            {
              table: t.name,
              kind: 'ddl-schema',
              files: filesOf(t),
              detail: 'what runs could not be compared with HEAD',
            },
          ];
        }
        // Options the ALTER statements already running set: nothing left to alter.
        if (mine.every((c) => c.kind === 'ddl-options') && mine.length) {
          const needed = alterSql(base?.tables.get(t.name), t).map((sql) =>
            alterStatementName(env.statementPrefix, t.product, t.name, sql),
          );
          if (needed.every((name) => lt.alters.has(name))) mine = [];
        }
        if (!mine.length) {
          // The same SQL and properties by analysis under another name (a folder moved to
          // another product, a reformatted file): what runs is what HEAD describes.
          lt.isHead = !!lt.writer;
          repair(t, lt);
          if (touched.has(t.name)) inSync.push(t.name);
          continue;
        }
        changes.push(...mine);
        if (!touched.has(t.name)) {
          const from = lt.writer?.commit ?? lt.create?.commit;
          warnings.push({
            code: 'reconciled',
            table: t.name,
            message: `\`${t.name}\` runs other SQL than HEAD${from ? ` (deployed from ${from.slice(0, 7)})` : ''} although this change does not touch it: planned from what runs (${mine.map((c) => c.kind).join(', ')})`,
          });
        }
      }
    }
    for (const c of changes) {
      if (c.kind !== 'added' && c.kind !== 'removed') continue;
      if (touched.has(c.table)) continue;
      warnings.push({
        code: 'reconciled',
        table: c.table,
        message:
          c.kind === 'added'
            ? `\`${c.table}\` is defined at HEAD but nothing of it runs, although this change does not touch it: it is created`
            : `\`${c.table}\` runs but HEAD no longer defines it, although this change does not remove it: it is retired`,
      });
    }
    if (inSync.length) {
      warnings.push({
        code: 'in-sync',
        message: `already deployed: HEAD's statements run for ${list(inSync.sort(compareNames))}, nothing to do there`,
      });
    }
    return changes;
  }

  /** What the planner reads of a table's live statements: its writer (or a carry-over's source). */
  function derivedStatus(lt: LiveTable, st: TableStatus | undefined): TableStatus {
    const finishing =
      lt.carryFrom && !RUNS_PHASES.has(lt.writer?.phase ?? '') && lt.writer?.phase !== 'COMPLETED';
    const main = finishing ? lt.carryFrom : lt.writer;
    const out: TableStatus = {};
    if (main?.phase && (PHASES as readonly string[]).includes(main.phase)) out.phase = main.phase as Phase;
    if (main) out.statement = main.name;
    if (st?.tableExists !== undefined) out.tableExists = st.tableExists;
    if (lt.deployedAs !== lt.table) out.table = lt.deployedAs;
    return out;
  }

  /** A table whose live statement is HEAD's: planned from its phase, left-behind statements cleaned up. */
  function repair(t: Table, lt: LiveTable) {
    const w = lt.writer;
    const phase = w?.phase ?? '';
    const propose1 = (action: NodeAction, reason: string) =>
      propose({ table: t.name, action, reason, changes: [], alter: false });
    if (ctasOnly(t)) {
      if (w && (phase === 'FAILED' || phase === 'FAILING'))
        propose1('rebuild', `its CREATE TABLE … AS SELECT is ${phase}: the table is rebuilt`);
      else if (w && (phase === 'STOPPED' || phase === 'STOPPING'))
        propose1('start', `its CREATE TABLE … AS SELECT is ${phase}: resumed`);
    } else if (!w) {
      if (t.dml) propose1('start', 'its statement is missing: created');
    } else if (lt.isHead) {
      const from = lt.carryFrom;
      if (RUNS_PHASES.has(phase) || phase === 'COMPLETED') {
        // runs: only what an earlier deploy left behind is cleaned up (below)
      } else if (phase === 'PENDING') {
        if (from)
          propose1(
            'carry-over',
            `an earlier deploy left the carry-over from ${from.name} unfinished (${w.name} is PENDING): ${from.name} is stopped, and deleted once ${w.name} runs`,
          );
        else
          propose1('start', `its statement ${w.name} is PENDING, started by an earlier deploy: waited for`);
      } else if (phase === 'STOPPED' || phase === 'STOPPING') {
        propose1('start', `its statement is ${phase}: resumed`);
      } else if (from && (RUNS_PHASES.has(from.phase ?? '') || from.phase === 'STOPPED')) {
        propose1(
          'carry-over',
          `its statement ${w.name} is ${phase || 'in an unknown phase'}: created again from the offsets of ${from.name}, which is still there`,
        );
      } else {
        propose1('start', `its statement is ${phase || 'in an unknown phase'}: restarted`);
      }
    }
    if (leftoversOf(t.name).length)
      propose1(
        'clean-up',
        `statements an earlier deploy left behind (${leftoversOf(t.name)
          .map((s) => s.name)
          .join(', ')}) are stopped and deleted`,
      );
  }

  /** Statements writing a table that are neither its writer nor a carry-over still under way. */
  function leftoversOf(n: string): LiveStatement[] {
    const lt = liveTables.get(n);
    if (!lt) return [];
    const out = [...lt.leftovers];
    const w = lt.writer?.phase ?? '';
    if (lt.carryFrom && (RUNS_PHASES.has(w) || w === 'COMPLETED')) out.unshift(lt.carryFrom);
    return out;
  }

  /**
   * The statement still writing a table whose HEAD has no DML file (and is not filled by its own
   * CREATE … AS SELECT): HEAD describes no writer, so it is stopped and deleted, whatever else
   * the table's action is (a drop waits for it).
   */
  function writerGone(n: string): LiveStatement | undefined {
    const t = headTable(n);
    if (!t || t.external || t.dml || ctasOnly(t)) return undefined;
    if (reconciling) return liveTables.get(n)?.writer;
    const was = base?.tables.get(n);
    const name = was?.dml && !ctasOnly(was) ? oldDmlName(n) : undefined;
    const phase = statusOf(n)?.phase;
    if (!name || (known && phase === undefined)) return undefined;
    return { name, kind: 'dml', phase, sql: '', properties: {}, createdAt: '' };
  }

  // 1. Changed tables.
  const byTable = new Map<string, TableChange[]>();
  for (const c of actionChanges) byTable.set(c.table, [...(byTable.get(c.table) ?? []), c]);
  for (const [table, changes] of [...byTable].sort(([a], [b]) => compareNames(a, b))) {
    const kinds = changes.map((c) => c.kind);
    const has = (k: ChangeKind) => kinds.includes(k);
    const detail = (k: ChangeKind) => changes.find((c) => c.kind === k)?.detail ?? '';
    if (has('removed')) {
      propose({
        table,
        action: 'retire',
        reason: 'removed from the repository: its statement is stopped and deleted',
        changes: kinds,
        alter: false,
      });
    } else if (has('added')) {
      propose({
        table,
        action: 'create',
        reason: 'new table: created with its statement',
        changes: kinds,
        alter: false,
      });
    } else if (has('ddl-schema')) {
      propose({
        table,
        action: 'rebuild',
        reason: `table schema changed (${detail('ddl-schema')}): the table is recreated and refilled`,
        changes: kinds,
        alter: false,
      });
    } else if (has('dml') && writerGone(table)) {
      propose({
        table,
        action: has('ddl-options') ? 'alter' : 'clean-up',
        reason: 'DML file removed: its statement is stopped and deleted; the table and its rows are kept',
        changes: kinds,
        alter: has('ddl-options'),
      });
    } else if (has('dml') || has('properties')) {
      // The classifier's detail already says what changed ("query changed; …").
      const why = has('dml')
        ? detail('dml') || 'query changed'
        : `statement properties changed (${detail('properties') || 'see the change list'})`;
      const phase = known ? statusOf(table)?.phase : undefined;
      if (isStateful(table)) {
        propose({
          table,
          action: 'rebuild',
          reason: `${why}; the statement is stateful${firstReason(headTable(table) ?? base!.tables.get(table)!)}, so its state is rebuilt from the earliest offset`,
          changes: kinds,
          alter: has('ddl-options'),
        });
      } else if (ctasOnly(headTable(table) ?? base?.tables.get(table))) {
        propose({
          table,
          action: 'rebuild',
          reason: `${why}; the table is filled by its own CREATE TABLE … AS SELECT, which cannot be replaced in place, so it is rebuilt`,
          changes: kinds,
          alter: false,
        });
      } else if (phase !== undefined && !CARRY_FROM.has(phase)) {
        // Carry-over reads the old statement's offsets, which only a running or cleanly stopped
        // statement has (docs, carry-over offsets: "Referenced Statement Savepoint Failed").
        propose({
          table,
          action: 'rebuild',
          reason: `${why}; the statement is ${phase}, so there are no offsets to carry over: the table is rebuilt from the earliest offset`,
          changes: kinds,
          alter: false,
        });
        warnings.push({
          code: 'carry-over-unavailable',
          table,
          message: `\`${table}\`'s statement is ${phase}: a carry-over needs a RUNNING or STOPPED statement to take offsets from, so the table is rebuilt from the earliest offset instead (its table is dropped and its readers are rebuilt)`,
        });
      } else {
        propose({
          table,
          action: 'carry-over',
          reason: `${why}; the statement is stateless, so the new one continues from the old one's offsets`,
          changes: kinds,
          alter: has('ddl-options'),
        });
      }
    } else if (has('ddl-options')) {
      propose({
        table,
        action: 'alter',
        reason: `table options changed (${detail('ddl-options')}): ALTER TABLE … SET in place`,
        changes: kinds,
        alter: true,
      });
    }
    // renamed and format-only need no deploy; they stay listed in `changes`.
  }

  // 2. An explicit selection (manual dispatch, recovery).
  const sel = input.selection;
  if (sel && 'all' in sel) {
    for (const t of head.tables.values()) {
      if (t.external) continue;
      if (known && isLive(t, statusOf(t.name))) continue;
      propose({
        table: t.name,
        action: 'create',
        reason: known ? 'not deployed: created' : 'deploy of every table (existing statements are kept)',
        changes: [],
        alter: false,
      });
    }
  } else if (sel) {
    const picked = sel.descendants ? [...sel.tables, ...descendants(head.graph, sel.tables)] : sel.tables;
    for (const n of picked) {
      if (headTable(n)?.external) continue;
      const explicit = sel.tables.includes(n);
      propose({
        table: n,
        action: 'redeploy',
        reason: explicit
          ? 'requested: statement redeployed'
          : 'descendant of a requested table: statement redeployed',
        changes: [],
        alter: false,
      });
    }
  }

  // 3. A rebuilt table has a new topic: every reader downstream is rebuilt too.
  const order = topoOrder(head.graph);
  const rebuilds = (d: Draft | undefined) =>
    !!d && (d.action === 'rebuild' || (d.action === 'redeploy' && isStateful(d.table)));
  // By graph id: whether a table's draft rebuilds, and its position in `order`. A walk over every
  // table of the project looks its drafts up by name only below a rebuilt parent.
  const { names, parents, index } = head.graph;
  const rebuilding = new Uint8Array(names.length);
  const topoPosition = new Int32Array(names.length);
  for (const d of drafts.values()) {
    const id = index.get(d.table);
    if (id !== undefined && rebuilds(d)) rebuilding[id] = 1;
  }
  for (let i = 0; i < order.length; i++) {
    const n = order[i];
    const id = index.get(n)!;
    topoPosition[id] = i;
    let parent: string | undefined;
    for (const p of parents[id]) {
      if (rebuilding[p]) {
        parent = names[p];
        break;
      }
    }
    if (!parent) continue;
    if (headTable(n)!.external) continue;
    const cur = drafts.get(n);
    if (cur && (cur.action === 'rebuild' || cur.action === 'create')) continue;
    propose({
      table: n,
      action: 'rebuild',
      reason: `reads \`${parent}\`, which is rebuilt with a new topic, so it is rebuilt too`,
      changes: cur?.changes ?? [],
      alter: cur?.alter ?? false,
    });
    if (rebuilds(drafts.get(n))) rebuilding[id] = 1;
  }
  /** Position in `order`; -1 for tables not in the head graph (removed ones). */
  const topoOf = (table: string) => {
    const id = index.get(table);
    return id === undefined ? -1 : topoPosition[id];
  };

  // 4. Removed tables must have no readers left.
  for (const d of drafts.values()) {
    if (d.action !== 'retire') continue;
    const still = headTable(d.table);
    if (still?.external) {
      const readers = head.graph.children[head.graph.index.get(d.table)!].map((c) => head.graph.names[c]);
      errors.push({
        code: 'removed-table-read',
        table: d.table,
        message: `\`${d.table}\` is removed by this change but ${list(readers)} still read it; remove those reads or keep the table`,
      });
    }
  }

  // 5. Ancestors that are not running are started first (externals are never touched).
  const degraded = new Set<string>();
  const acting = [...drafts.values()]
    .filter((d) => d.action !== 'retire')
    .map((d) => d.table)
    .filter((n) => head.tables.has(n));
  if (acting.length) {
    if (!known) {
      warnings.push({
        code: 'status-assumed',
        message:
          'live status not checked (--status none): every ancestor of a changed table is assumed to be running',
      });
    } else {
      for (const a of ancestors(head.graph, acting)) {
        const t = headTable(a)!;
        if (t.external || drafts.has(a)) continue;
        const phase = statusOf(a)?.phase;
        if (isLive(t, statusOf(a))) {
          if (phase === 'DEGRADED') degraded.add(a);
          continue;
        }
        propose({
          table: a,
          action: 'start',
          reason: phase
            ? `ancestor is ${phase}: started before the tables that read it`
            : 'ancestor is not deployed: created before the tables that read it',
          changes: [],
          alter: false,
        });
      }
    }
  }

  // 6. Steps, in the order they are added; `stepAt` finds one by id.
  const steps: PlanStep[] = [];
  const stepAt = new Map<string, number>();
  const stepOf = (id: string) => steps[stepAt.get(id)!];
  const finalStep = new Map<string, string>();
  const firstBuild = new Map<string, string[]>();
  const stopStep = new Map<string, string>();
  const leftoverStops = new Map<string, string[]>();
  const leftoverDeletes = new Map<string, string[]>();
  const destructiveAllowed = (t: string) =>
    config.allowDestructive === true ||
    (Array.isArray(config.allowDestructive) && config.allowDestructive.includes(t));

  if (strategy === 'blue-green') {
    for (const d of drafts.values()) {
      if (d.action === 'rebuild') blueGreen.set(d.table, nextVersion(statusOf(d.table)?.table ?? d.table));
    }
  }
  const poolOf = (table: string) => {
    if (env.computePools == null) return env.computePoolId; // the product picks no pool: no lookup
    const product = (headTable(table) ?? base?.tables.get(table))?.product;
    return (product ? env.computePools?.[product] : undefined) ?? env.computePoolId;
  };

  const add = (
    table: string,
    slug: string,
    action: StepAction,
    statement: string,
    extra: Partial<PlanStep> = {},
  ) => {
    const id = `${table}:${slug}`;
    const pool = extra.sql ? poolOf(table) : undefined;
    // Key order is the plan JSON's: the fixed fields, the pool, then the extras.
    const step: PlanStep = { id, table, action, statement, after: [], wave: 0, destructive: false };
    if (pool) step.computePool = pool;
    Object.assign(step, extra);
    const at = stepAt.get(id);
    if (at === undefined) {
      stepAt.set(id, steps.length);
      steps.push(step);
    } else steps[at] = step;
    return id;
  };
  const chain = (ids: (string | undefined)[]) => {
    const real = ids.filter((x): x is string => !!x);
    for (let i = 1; i < real.length; i++) stepOf(real[i]).after.push(real[i - 1]);
    return real;
  };

  for (const d of inTableOrder([...drafts.values()], topoOf)) {
    const n = d.table;
    const t = headTable(n) ?? base?.tables.get(n);
    if (!t || t.external) continue;
    const st = statusOf(n);
    const deployed = known ? st?.phase !== undefined || st?.tableExists === true : true;
    const product = t.product;
    const build: string[] = [];
    // Statements an earlier deploy left writing the table: stopped (when they may run) and deleted.
    const stops: string[] = [];
    const deletes: string[] = [];
    for (const [i, s] of leftoversOf(n).entries()) {
      const idle = s.phase === 'STOPPED' || s.phase === 'FAILED' || s.phase === 'COMPLETED';
      const stop = idle ? undefined : add(n, `stop-leftover-${i + 1}`, 'stop-statement', s.name);
      const del = add(n, `delete-leftover-${i + 1}`, 'delete-statement', s.name);
      if (stop) {
        chain([stop, del]);
        stops.push(stop);
      }
      deletes.push(del);
    }
    const gone = writerGone(n);
    if (gone) {
      const idle = gone.phase === 'STOPPED' || gone.phase === 'FAILED' || gone.phase === 'COMPLETED';
      const stop = idle ? undefined : add(n, 'stop-dml', 'stop-statement', gone.name);
      const del = add(n, 'delete-dml', 'delete-statement', gone.name);
      if (stop) {
        chain([stop, del]);
        stops.push(stop);
        stopStep.set(n, stop);
      }
      deletes.push(del);
    }
    // Newest first: a statement carried over from an older one goes before the older one.
    chain(deletes);
    if (stops.length) leftoverStops.set(n, stops);
    if (deletes.length) leftoverDeletes.set(n, deletes);
    if (d.action === 'clean-up') continue;

    if (d.action === 'retire') {
      const old = oldDmlName(n);
      const stop = old && deployed ? add(n, 'stop-dml', 'stop-statement', old) : undefined;
      const del = old && deployed ? add(n, 'delete-dml', 'delete-statement', old) : undefined;
      const drop = add(n, 'drop-table', 'drop-table', dropStatementName(env.statementPrefix, product, n), {
        sql: dropSql(t),
        properties: targetProps(t),
        destructive: true,
      });
      // A CTAS table's writer is its CREATE statement: stopped and deleted above already.
      const ddlName = ddlStatementName(env.statementPrefix, product, n);
      const ddlDel = old === ddlName ? undefined : add(n, 'delete-ddl', 'delete-statement', ddlName);
      chain([stop, del, drop, ddlDel]);
      if (stop) stopStep.set(n, stop);
      continue;
    }

    const dep = deployable(t);
    let alterId: string | undefined;
    /**
     * ALTER TABLE … SET, then … RESET, of the changed options, for a table kept in place: two
     * steps (for the caller to chain, in this order), since a request holds one statement.
     */
    const alter = (): string[] => {
      if (!d.alter && d.action !== 'alter') return [];
      return alterSql(base?.tables.get(n), t).map((sql, i) =>
        add(
          n,
          i === 0 ? 'alter-table' : 'alter-table-reset',
          'alter-table',
          alterStatementName(env.statementPrefix, product, n, sql),
          { sql, properties: targetProps(t) },
        ),
      );
    };

    if (d.action === 'alter') {
      const alters = chain(alter());
      alterId = alters.at(-1);
      if (alters.length) build.push(alters[0]);
    } else if (d.action === 'carry-over' && deployed && dep.dmlSql) {
      const alters = alter();
      alterId = alters.at(-1);
      const old = oldDmlName(n);
      if (old && old === dep.dmlName && st?.replaced && LIVE.has(st.phase!)) {
        // The replacement runs; an interrupted deploy left the statement it replaced behind.
        const del = add(n, 'delete-old-dml', 'delete-statement', st.replaced);
        chain([...alters, del]);
        build.push(alters[0] ?? del);
        finalStep.set(n, del);
      } else if (old && old !== dep.dmlName) {
        const stop = add(n, 'stop-dml', 'stop-statement', old);
        const create = add(n, 'create-dml', 'create-statement', dep.dmlName!, {
          sql: dep.dmlSql,
          properties: { ...dep.props, 'sql.tables.initial-offset-from': old },
        });
        const del = add(n, 'delete-old-dml', 'delete-statement', old);
        chain([...alters, stop, create, del]);
        stopStep.set(n, stop);
        build.push(alters[0] ?? create);
        finalStep.set(n, create);
      }
    } else if (
      d.action === 'start' &&
      st?.phase === 'PENDING' &&
      dep.dmlName !== undefined &&
      oldDmlName(n) === dep.dmlName
    ) {
      // HEAD's statement, submitted by an earlier deploy, is still starting: the create waits for it.
      const create = add(n, 'create-dml', 'create-statement', dep.dmlName, {
        sql: dep.dmlSql,
        properties: dep.props,
      });
      build.push(create);
      finalStep.set(n, create);
    } else if (
      d.action === 'start' &&
      (st?.phase === 'STOPPED' || st?.phase === 'STOPPING') &&
      oldDmlName(n)
    ) {
      const resume = add(n, 'resume-dml', 'resume-statement', oldDmlName(n)!);
      build.push(resume);
      finalStep.set(n, resume);
    } else {
      // rebuild, redeploy, create, start of a missing or broken statement; carry-over with nothing to carry.
      const rebuilt = d.action === 'rebuild' || (d.action === 'redeploy' && isStateful(n));
      // A table the status knows is missing is created, whatever the action (a redeploy of a
      // table that was never deployed included); without status only a new table is.
      const recreateTable =
        rebuilt ||
        ((d.action === 'create' || d.action === 'start' || d.action === 'carry-over') &&
          !(known && st?.tableExists)) ||
        (d.action === 'redeploy' && known && !st?.tableExists);
      const greenOnly = blueGreen.has(n);
      // The table's writer: its DML statement, or for a CTAS table its CREATE statement, which
      // must stop before its table is dropped (docs DROP TABLE: stop the statements using it).
      const old = deployed && (t.dml || ctasOnly(t)) ? oldDmlName(n) : undefined;
      const ids: (string | undefined)[] = [];
      if (old && !greenOnly && d.action !== 'create') {
        const stop = add(n, 'stop-dml', 'stop-statement', old);
        stopStep.set(n, stop);
        ids.push(stop, add(n, 'delete-dml', 'delete-statement', old));
      }
      // A table dropped and created again (a new version under blue-green), or known to be
      // missing, is created from its head DDL: its new options need no ALTER. (An ALTER there
      // would also wait for the parents' rebuild while their drops wait for this table's stop.)
      // An ALTER kept builds up, so it follows the teardown, which waits for nothing upstream.
      if (!(recreateTable && dep.ddlSql && (rebuilt || known))) {
        const alters = alter();
        alterId = alters.at(-1);
        ids.push(...alters);
      }
      if (recreateTable && dep.ddlSql) {
        if (deployed && !greenOnly && rebuilt) {
          ids.push(
            add(n, 'drop-table', 'drop-table', dropStatementName(env.statementPrefix, product, n), {
              sql: dropSql(t),
              properties: targetProps(t),
              destructive: true,
            }),
          );
        }
        // No separate delete of the old CREATE TABLE statement: the deploy frees the name itself
        // when it creates the new one (a name stays taken until its statement is deleted).
        const createTable = add(n, 'create-table', 'create-table', dep.ddlName, {
          sql: dep.ddlSql,
          properties: dep.ddlProps,
        });
        ids.push(createTable);
        finalStep.set(n, createTable);
      }
      if (dep.dmlSql) {
        const create = add(n, 'create-dml', 'create-statement', dep.dmlName!, {
          sql: dep.dmlSql,
          properties: dep.props,
        });
        ids.push(create);
        finalStep.set(n, create);
      }
      // Teardown (stop, delete, drop) waits for nothing upstream; only building does.
      const firstUp = chain(ids).find((id) => BUILD_UP.has(stepOf(id).action));
      if (firstUp) build.push(firstUp);
    }
    if (alterId && !finalStep.has(n)) finalStep.set(n, alterId);
    if (build.length) firstBuild.set(n, build);
  }

  // Cross-table order: a table builds after its parents have built; a table is dropped only
  // after every statement reading it (at base or at head) has stopped.
  for (const [n, firsts] of firstBuild) {
    const id = head.graph.index.get(n);
    if (id === undefined) continue;
    for (const p of head.graph.parents[id]) {
      const parentFinal = finalStep.get(head.graph.names[p]);
      if (!parentFinal) continue;
      for (const f of firsts) stepOf(f).after.push(parentFinal);
    }
  }
  // A statement left behind may still wait to carry over from the table's current one: it goes
  // first, or deleting the current one would be refused.
  for (const step of steps) {
    const left = leftoverDeletes.get(step.table);
    if (!left || step.action !== 'delete-statement' || left.includes(step.id)) continue;
    step.after.push(left.at(-1)!);
  }
  for (const step of steps) {
    if (step.action !== 'drop-table') continue;
    step.after.push(...(leftoverStops.get(step.table) ?? []));
    const readers = new Set<string>();
    for (const g of [head.graph, base?.graph, input.base?.graph]) {
      const id = g?.index.get(step.table);
      if (g && id !== undefined) for (const c of g.children[id]) readers.add(g.names[c]);
    }
    for (const r of readers) {
      const stop = stopStep.get(r);
      if (stop) step.after.push(stop);
    }
  }

  // Destructive steps are shown with a warning, and refused at deploy unless allowed.
  for (const step of steps) {
    if (!step.destructive) continue;
    warnings.push({
      code: 'destructive',
      table: step.table,
      message: destructiveAllowed(step.table)
        ? `drops table \`${step.table}\` and its topic (allowed by allowDestructive)`
        : `drops table \`${step.table}\` and its topic; the deploy refuses this unless allow-destructive is set or \`${step.table}\` is listed in allowDestructive`,
    });
  }
  // A DEGRADED statement counts as running (LIVE): the plan says so.
  if (known)
    for (const dr of drafts.values()) if (statusOf(dr.table)?.phase === 'DEGRADED') degraded.add(dr.table);
  for (const name of [...degraded].sort(compareNames)) {
    warnings.push({
      code: 'degraded',
      table: name,
      message: `\`${name}\`'s statement is DEGRADED (running but unhealthy); the plan counts it as running. Look at its exceptions and status warnings in Confluent Cloud`,
    });
  }
  // Without a database, unqualified names resolve in the `default` database, where nothing is.
  if (Object.keys(env).length && !env.database) {
    const hit = [...drafts.keys()]
      .map((n) => headTable(n) ?? base?.tables.get(n))
      .flatMap((t) => (t && !t.external ? [t.ddl, t.dml] : []))
      .map((f) => f && { file: f.path, ref: unqualifiedRef(f.text, f.analysis) })
      .find((x) => x?.ref);
    if (hit) {
      warnings.push({
        code: 'no-database',
        message: `the environment has no database, and \`${hit.ref!.name}\` (${hit.file}:${hit.ref!.line}) names no database: set environments.${envName}.database (the Kafka cluster); a deploy refuses to run without it`,
      });
    }
  }
  // Two tables whose statement names come out equal would replace each other's statements.
  if (drafts.size) {
    const owners = new Map<string, string[]>();
    for (const t of head.tables.values()) {
      if (t.external) continue;
      const name = ddlStatementName(env.statementPrefix, t.product, t.name);
      owners.set(name, [...(owners.get(name) ?? []), t.name]);
    }
    for (const [name, tables] of owners) {
      if (tables.length < 2 || !tables.some((x) => drafts.has(x))) continue;
      errors.push({
        code: 'statement-name-collision',
        table: tables[0],
        message: `tables ${list(tables.sort(compareNames))} get the same statement name \`${name}\`; rename one of them (statement names keep only a-z, 0-9 and -, in lower case)`,
      });
    }
  }
  // A table that reads itself has no edge to itself in the graph: its node says so.
  for (const d of drafts.values()) {
    const loop = headTable(d.table)?.readsItself;
    if (loop) {
      warnings.push({
        code: 'self-read',
        table: d.table,
        message: `\`${d.table}\` reads itself (${loop.file}:${loop.line}): its statement consumes its own output in a loop`,
      });
    }
  }
  rollbackCheck(input.liveCommits, errors, warnings);
  if (blueGreen.size) {
    warnings.push({
      code: 'blue-green',
      message: `blue-green: ${[...blueGreen].map(([a, b]) => `\`${a}\` → \`${b}\``).join(', ')}; the old pipeline keeps running until you retire it`,
    });
  }

  const ordered = orderSteps(steps, stepAt, topoOf);
  const nodes: PlanNode[] = inTableOrder(
    [...drafts.values()].filter((d) => !(headTable(d.table)?.external && d.action !== 'retire')),
    topoOf,
  ).map((d) => ({
    table: d.table,
    action: d.action,
    reason: d.reason,
    stateful: isStateful(d.table),
    strategy: blueGreen.has(d.table) ? 'blue-green' : 'rebuild',
    changes: d.changes,
    deployedAs: blueGreen.get(d.table) ?? d.table,
  }));
  const changes = [...input.changes].sort(
    (a, b) => compareNames(a.table, b.table) || compareNames(a.kind, b.kind),
  );
  const plan: Omit<Plan, 'hash'> = {
    version: 1,
    base: input.range?.base ?? null,
    head: input.range?.head ?? null,
    status: status.kind,
    strategy,
    changes,
    nodes,
    steps: ordered,
    warnings,
    errors,
  };
  return { ...plan, hash: planHash(plan) };
}

/**
 * Never backwards (docs/planning.md#rollback-refusal): live statements that record a commit HEAD
 * is an ancestor of would be replaced by older SQL. That, and commits this clone cannot place,
 * is a plan error unless the rollback is allowed, then a warning.
 */
function rollbackCheck(live: LiveCommits | undefined, errors: PlanWarning[], warnings: PlanWarning[]) {
  if (!live) return;
  const head = live.head.slice(0, 7);
  for (const { commit, tables } of live.newer) {
    const c = commit.slice(0, 7);
    (live.allowRollback ? warnings : errors).push({
      code: 'rollback',
      table: tables[0],
      message: live.allowRollback
        ? `rollback allowed: ${list(tables)} go back from commit ${c} to HEAD ${head}, which is older`
        : `HEAD ${head} is older than what runs: ${list(tables)} run statements of commit ${c}, which comes after it; deploying HEAD would roll them back. Deploy a newer commit, or pass --allow-rollback (action input allow-rollback) to roll back on purpose`,
    });
  }
  for (const { commit, tables } of live.unknown) {
    const c = commit.slice(0, 7);
    (live.allowRollback ? warnings : errors).push({
      code: 'unknown-commit',
      table: tables[0],
      message: live.allowRollback
        ? `rollback allowed: ${list(tables)} run statements of commit ${c}, which this clone does not have; they are replaced by HEAD ${head}`
        : `${list(tables)} run statements of commit ${c}, which this clone does not have, so HEAD ${head} may be older than what runs; fetch the history (fetch-depth: 0 in actions/checkout, or git fetch), or pass --allow-rollback (action input allow-rollback) to deploy HEAD anyway`,
    });
  }
}

/** Versions a status file names (`"table": "t_v2"`), other than the table's own name. */
function statusVersions(status: StatusSnapshot): Map<string, string> {
  const out = new Map<string, string>();
  for (const [name, st] of status.tables) if (st.table && st.table !== name) out.set(name, st.table);
  return out;
}

/** A table with a statement is live when it runs; a DDL-only table when it exists. */
function isLive(t: Table, st: TableStatus | undefined): boolean {
  if (st?.phase && LIVE.has(st.phase)) return true;
  return !t.dml && st?.tableExists === true;
}

/**
 * ALTER TABLE … SET and ALTER TABLE … RESET for the options that differ between base and head
 * DDL, each its own statement; a materialized table has its own ALTER (docs ALTER MATERIALIZED
 * TABLE, https://docs.confluent.io/cloud/current/flink/reference/statements/alter-materialized-table.html).
 */
function alterSql(before: Table | undefined, after: Table): string[] {
  const ddlOf = (t: Table | undefined) => t?.ddl?.analysis.statements.find((s) => s.ddl)?.ddl;
  const a = ddlOf(before)?.options ?? {};
  const b = ddlOf(after)?.options ?? {};
  const set = Object.keys(b)
    .filter((k) => a[k] !== b[k])
    .sort();
  const reset = Object.keys(a)
    .filter((k) => !(k in b))
    .sort();
  const q = (s: string) => `'${s.replace(/'/g, "''")}'`;
  const what = ddlStatement(after)?.kind === 'create-materialized-table' ? 'MATERIALIZED TABLE' : 'TABLE';
  const target = `ALTER ${what} ${nameInSql(after)}`;
  const out: string[] = [];
  if (set.length) out.push(`${target} SET (${set.map((k) => `${q(k)} = ${q(b[k])}`).join(', ')})`);
  if (reset.length) out.push(`${target} RESET (${reset.map(q).join(', ')})`);
  return out;
}
