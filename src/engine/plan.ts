import { relative, resolve, sep } from 'node:path';
import { detectChanges } from '../change/detect.js';
import { analysesByText } from '../change/revision.js';
import { commitRelation, headCommit, resolveRange } from '../change/git.js';
import type { TableChange } from '../change/types.js';
import type { Config } from '../config/schema.js';
import { formatDiagnostic, type Diagnostic } from '../project/diagnostics.js';
import { loadProject } from '../project/load.js';
import type { Project } from '../project/model.js';
import { findRepoRoot } from '../project/scan.js';
import { buildPlan, type Selection } from '../plan/planner.js';
import { unqualifiedRef } from '../plan/sql.js';
import type { LiveCommits, Plan, StatusSnapshot } from '../plan/types.js';
import type { StatusSource } from '../status/source.js';
import { UserError } from '../util/errors.js';
import { suggestName } from '../util/text.js';

/** What to plan: a commit range (default merge-base..HEAD), or a selection of tables at the working tree. */
export type PlanTarget =
  | { kind: 'range'; base?: string; head?: string }
  | { kind: 'tables'; tables: string[]; descendants: boolean }
  | { kind: 'all' };

export interface ComputePlanInput {
  pipelines: string;
  config: Config;
  /** Path of the config file, so that config changes between revisions count */
  configPath: string;
  environment?: string;
  target: PlanTarget;
  status: StatusSource;
  /** Prefix of messages, e.g. `plan` or `deploy` */
  command?: string;
  /**
   * The working tree's project when the caller already loaded it (the action's metadata
   * rebuild): a revision's file with the same text is not analysed again.
   */
  loaded?: Project;
  /** Deploy even when live statements come from a commit newer than HEAD (a rollback on purpose) */
  allowRollback?: boolean;
}

export interface ComputedPlan {
  plan: Plan;
  head: Project;
  base?: Project;
  /** `abc1234..def5678`, for the comment header; absent for a selection */
  commitRange?: string;
  /** The commit the deploy brings live (the range's head, else the work tree's HEAD): statements record it */
  commit?: string;
}

/** The project cannot be planned; `diagnostics` are the fatal findings, for the caller to print. */
export class UnreadableProjectError extends UserError {
  constructor(
    message: string,
    readonly diagnostics: Diagnostic[],
  ) {
    super(message, 1);
  }
}

function stopOnFatal(command: string, project: Project, label: string) {
  const fatal = project.diagnostics.filter((d) => d.severity === 'fatal');
  if (fatal.length) {
    throw new UnreadableProjectError(
      `${command}: the project at ${label} cannot be read (${formatDiagnostic(fatal[0])}); fix it first`,
      fatal,
    );
  }
}

/** Every name is a table defined in the repository (not an external), else a did-you-mean error. */
export function checkTables(command: string, project: Project, names: string[]) {
  const deployable = [...project.tables.values()].filter((t) => !t.external).map((t) => t.name);
  for (const n of names) {
    if (!project.tables.has(n) || project.tables.get(n)!.external) {
      const hint = suggestName(n, deployable);
      throw new UserError(
        `${command}: no table named \`${n}\` in the repository${hint ? `; did you mean \`${hint}\`?` : ''}`,
      );
    }
  }
}

export function checkEnvironment(command: string, config: Config, environment: string | undefined) {
  if (environment && config.environments && !config.environments[environment]) {
    throw new UserError(
      `${command}: environment "${environment}" is not in the config; known: ${Object.keys(config.environments).join(', ')}`,
    );
  }
}

/**
 * A deploy sends every statement with `sql.current-database`; without one, a table named without
 * its database resolves in the `default` database, where nothing is. Checked before anything is
 * sent, live status included.
 */
function requireDatabase(
  command: string,
  config: Config,
  environment: string | undefined,
  head: Project,
  configPath: string,
) {
  const names = Object.keys(config.environments ?? {});
  const name = environment ?? config.environment ?? (names.length === 1 ? names[0] : undefined);
  const env = name === undefined ? undefined : config.environments?.[name];
  if (!env || env.database) return;
  for (const t of head.tables.values()) {
    if (t.external) continue;
    for (const f of [t.ddl, t.dml]) {
      const ref = f && unqualifiedRef(f.text, f.analysis);
      if (!ref) continue;
      throw new UserError(
        `${command}: environment "${name}" has no database, and \`${ref.name}\` (${f!.path}:${ref.line}) names no database; set environments.${name}.database in ${configPath} to the Kafka cluster the tables live in`,
      );
    }
  }
}

/**
 * The one planning path of the CLI and the action: load or diff the project, read live status,
 * build the plan. Throws UserError for input that cannot be planned; diagnostics that are not
 * fatal stay on `head.diagnostics` for the caller to print or annotate.
 */
export async function computePlan(input: ComputePlanInput): Promise<ComputedPlan> {
  const command = input.command ?? 'plan';
  const { config, environment, target } = input;
  checkEnvironment(command, config, environment);
  let head: Project;
  let base: Project | undefined;
  let changes: TableChange[] = [];
  let range: { base: string | null; head: string | null } | undefined;
  let commitRange: string | undefined;
  let selection: Selection | undefined;

  if (target.kind === 'range') {
    const repoDir = findRepoRoot(input.pipelines);
    const pipelinesDir = relative(repoDir, resolve(input.pipelines)).split(sep).join('/');
    const commits = await resolveRange(repoDir, { base: target.base, head: target.head });
    const detected = await detectChanges(
      repoDir,
      commits,
      pipelinesDir,
      resolve(input.configPath),
      environment,
      input.loaded && analysesByText(input.loaded),
    );
    head = detected.head;
    base = detected.base;
    stopOnFatal(command, head, `head ${commits.head.slice(0, 7)}`);
    changes = detected.changes;
    range = { base: commits.base, head: commits.head };
    commitRange = commits.description;
  } else {
    ({ project: head } = loadProject(input.pipelines, config));
    stopOnFatal(command, head, 'the working tree');
    if (target.kind === 'all') selection = { all: true };
    else {
      checkTables(command, head, target.tables);
      selection = { tables: target.tables, descendants: target.descendants };
    }
  }
  if (command === 'deploy') requireDatabase(command, config, environment, head, input.configPath);
  const repoDir = findRepoRoot(input.pipelines);
  // A selection deploys the work tree: its HEAD commit, when it is in a repository that has one.
  const commit = range?.head ?? (await headCommit(repoDir).catch(() => undefined));
  // Tables of both revisions: a labelled table is reported by name (its label may be shortened).
  const names = new Set<string>();
  for (const p of [head, base]) for (const t of p?.tables.values() ?? []) if (!t.external) names.add(t.name);
  const status = await input.status.snapshot([...names]);
  const reconcile = status.kind === 'confluent' && target.kind !== 'tables';
  const liveCommits =
    status.kind === 'confluent' && commit ? await commitsLive(repoDir, commit, status) : undefined;
  const plan = buildPlan({
    head,
    base,
    changes,
    status,
    config,
    environment,
    selection,
    range,
    reconcile,
    ...(liveCommits ? { liveCommits: { ...liveCommits, allowRollback: !!input.allowRollback } } : {}),
  });
  return { plan, head, base, commitRange, ...(commit ? { commit } : {}) };
}

/**
 * The commits live statements record, placed relative to HEAD: those HEAD is an ancestor of
 * (newer than what is deployed) and those this clone does not have. Never backwards
 * (docs/planning.md#rollback-refusal).
 */
async function commitsLive(
  repoDir: string,
  head: string,
  status: StatusSnapshot,
): Promise<Omit<LiveCommits, 'allowRollback'>> {
  const tablesOf = new Map<string, Set<string>>();
  for (const [table, st] of status.tables) {
    for (const s of st.live ?? []) {
      if (!s.commit || s.commit === head) continue;
      tablesOf.set(s.commit, (tablesOf.get(s.commit) ?? new Set()).add(table));
    }
  }
  const out: Omit<LiveCommits, 'allowRollback'> = { head, newer: [], unknown: [] };
  for (const [commit, tables] of [...tablesOf].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const relation = await commitRelation(repoDir, head, commit);
    if (relation !== 'newer' && relation !== 'unknown') continue;
    out[relation].push({ commit, tables: [...tables].sort() });
  }
  return out;
}
