/**
 * Runs the referee over prepared items: one JVM for all of them.
 */
import type { Project } from '../project/model.js';
import { runJvm } from './jvm.js';
import {
  assemble,
  prepare,
  sessionStatements,
  type CheckItem,
  type Outcome,
  type Session,
} from './request.js';
import { prepareReferee, type PrepareOptions, type RefereeRuntime } from './toolchain.js';

export interface RefereeResult {
  items: CheckItem[];
  outcomes: Map<string, Outcome>;
  /** JVM start to the planner's environment being up; 0 when nothing was sent */
  startupMillis: number;
  totalMillis: number;
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

export async function referee(
  items: CheckItem[],
  options: {
    describeMissing: (table: string) => string;
    session: Session;
    runtime?: RefereeRuntime;
    prepare?: PrepareOptions;
  },
): Promise<RefereeResult> {
  const { statements, outcomes } = prepare(items, options.describeMissing);
  if (!statements.length) return { items, outcomes, startupMillis: 0, totalMillis: 0 };
  const runtime = options.runtime ?? prepareReferee(options.prepare);
  const run = await runJvm(runtime, [...sessionStatements(options.session), ...statements]);
  for (const s of sessionStatements(options.session)) {
    const a = run.answers.get(s.id);
    if (a?.status === 'error')
      throw new Error(`the referee could not set up the session: ${a.error?.message}`);
  }
  return {
    items,
    outcomes: assemble(items, outcomes, run.answers, options.session),
    startupMillis: run.startupMillis,
    totalMillis: run.totalMillis,
  };
}
