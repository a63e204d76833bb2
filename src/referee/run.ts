/**
 * Runs the referee: one JVM for every group of statements (a project, or a SQL file), each
 * group in a catalog of its own so that groups cannot see each other's tables.
 */
import type { Project } from '../project/model.js';
import { runJvm, type RefereeAnswer, type RefereeStatement } from './jvm.js';
import { assemble, DEFAULT_SESSION, prepare, type CheckItem, type Outcome, type Session } from './request.js';
import { prepareReferee, type PrepareOptions, type RefereeRuntime } from './toolchain.js';

export interface RefereeGroup {
  items: CheckItem[];
  /** The catalog and database statements run in (the environment's, when configured) */
  session: Session;
  /** Why a table the items need is not in the catalog */
  describeMissing: (table: string) => string;
}

export interface RefereeResult {
  /** Per group, in order: each item's outcome */
  outcomes: Map<string, Outcome>[];
  /** JVM start to the planner's environment being up; 0 when nothing was sent */
  startupMillis: number;
  totalMillis: number;
  /** Statements sent to the planner */
  sent: number;
}

/** Why a project table is not in the planner's catalog. */
export function missingInProject(project: Project): (table: string) => string {
  return (name) => {
    const t = project.tables.get(name);
    if (!t || t.external)
      return 'is not defined in the project (an external table: the referee does not know its columns)';
    return 'has no CREATE TABLE in the project';
  };
}

const quote = (name: string) => `\`${name.replace(/`/g, '``')}\``;

/** A fresh catalog and database for a group, and the session its answers are read in. */
function groupSession(n: number, session: Session): { statements: RefereeStatement[]; session: Session } {
  const catalog = session.catalog === DEFAULT_SESSION.catalog ? `referee_${n}` : session.catalog;
  const sql = [
    `USE CATALOG ${quote(DEFAULT_SESSION.catalog)}`,
    `DROP CATALOG IF EXISTS ${quote(catalog)}`,
    `CREATE CATALOG ${quote(catalog)} WITH ('type' = 'generic_in_memory')`,
    `USE CATALOG ${quote(catalog)}`,
    `CREATE DATABASE IF NOT EXISTS ${quote(session.database)}`,
    `USE ${quote(session.database)}`,
  ];
  return {
    statements: sql.map((s, i) => ({ id: `${n}/session-${i}`, action: 'execute', sql: s })),
    session: { catalog, database: session.database },
  };
}

export async function referee(
  groups: RefereeGroup[],
  options: { runtime?: RefereeRuntime; prepare?: PrepareOptions } = {},
): Promise<RefereeResult> {
  const prepared = groups.map((g) => prepare(g.items, g.describeMissing));
  const statements: RefereeStatement[] = [];
  const sessions: Session[] = [];
  prepared.forEach((p, n) => {
    const s = groupSession(n, groups[n].session);
    sessions.push(s.session);
    if (!p.statements.length) return;
    statements.push(...s.statements, ...p.statements.map((st) => ({ ...st, id: `${n}/${st.id}` })));
  });
  if (!statements.length) {
    return { outcomes: prepared.map((p) => p.outcomes), startupMillis: 0, totalMillis: 0, sent: 0 };
  }
  const runtime = options.runtime ?? prepareReferee(options.prepare);
  const run = await runJvm(runtime, statements);
  const perGroup = groups.map(() => new Map<string, RefereeAnswer>());
  for (const [id, answer] of run.answers) {
    const slash = id.indexOf('/');
    const n = Number(id.slice(0, slash));
    const own = id.slice(slash + 1);
    if (own.startsWith('session-') && answer.status === 'error') {
      throw new Error(`the referee could not set up its catalog: ${answer.error?.message}`);
    }
    perGroup[n].set(own, { ...answer, id: own });
  }
  return {
    outcomes: groups.map((g, n) => assemble(g.items, prepared[n].outcomes, perGroup[n], sessions[n])),
    startupMillis: run.startupMillis,
    totalMillis: run.totalMillis,
    sent: statements.length,
  };
}
