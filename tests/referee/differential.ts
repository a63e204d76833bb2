/**
 * The differential run: the analyzer's verdicts beside Apache Flink's planner over projects
 * (pipelines folders) and loose SQL files. Targets default to the demo, the test projects,
 * the referee's own cases and, when present, the real-world corpus under tests/corpus/…;
 * FLINK_PIPELINE_REFEREE_TARGETS (paths separated by the platform's path delimiter) replaces
 * them, so the same run can be pointed at any folder of projects or SQL files.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { delimiter, join, relative } from 'node:path';
import { loadProject } from '../../src/project/load.js';
import { compareVerdicts, type Comparison } from '../../src/referee/compare.js';
import {
  DEFAULT_SESSION,
  fileItems,
  projectItems,
  type CheckItem,
  type Outcome,
  type Session,
} from '../../src/referee/request.js';
import { missingInProject, referee, type RefereeGroup } from '../../src/referee/run.js';
import { analyzeSql } from '../../src/sql/analyze.js';
import { ROOT } from '../helpers/repo.js';

export interface Target {
  /** Repository-relative path of a pipelines folder or a SQL file */
  path: string;
  kind: 'project' | 'file';
  /** The catalog and database the project's statements run in */
  session?: Session;
}

export interface Row {
  target: string;
  item: CheckItem;
  outcome: Outcome;
  comparison?: Comparison;
}

/** `file:line`, the key of the known-case lists. */
export const keyOf = (row: Row) => `${row.item.file}:${row.item.line}`;

function sqlFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) {
      if (existsSync(join(p, 'sql-scripts')) || name === 'pipelines') continue;
      out.push(...sqlFiles(p));
    } else if (name.endsWith('.sql')) out.push(p);
  }
  return out;
}

/** Pipelines folders (a folder named `pipelines`) under `dir`. */
function projects(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (!statSync(p).isDirectory()) continue;
    if (name === 'pipelines') out.push(p);
    else out.push(...projects(p));
  }
  return out;
}

function targetsUnder(path: string): Target[] {
  const abs = join(ROOT, path);
  if (!existsSync(abs)) return [];
  if (statSync(abs).isFile()) return [{ path, kind: 'file' }];
  if (abs.endsWith('pipelines')) return [{ path, kind: 'project' }];
  const rel = (p: string) => relative(ROOT, p).split('\\').join('/');
  return [
    ...projects(abs).map((p) => ({ path: rel(p), kind: 'project' as const })),
    ...sqlFiles(abs).map((p) => ({ path: rel(p), kind: 'file' as const })),
  ];
}

export function defaultTargets(env = process.env): Target[] {
  if (env.FLINK_PIPELINE_REFEREE_TARGETS) {
    return env.FLINK_PIPELINE_REFEREE_TARGETS.split(delimiter)
      .filter(Boolean)
      .flatMap((p) => targetsUnder(relative(ROOT, join(ROOT, p))));
  }
  return [
    { path: 'demo/pipelines', kind: 'project' },
    // The fixture reads its parent through `dev-env`.`cluster-0`: its environment's catalog and database.
    {
      path: 'tests/fixtures/project/pipelines',
      kind: 'project',
      session: { catalog: 'dev-env', database: 'cluster-0' },
    },
    ...targetsUnder('tests/referee/cases'),
    ...targetsUnder('tests/corpus'),
  ];
}

export async function runDifferential(
  targets: Target[],
): Promise<{ rows: Row[]; startupMillis: number; totalMillis: number }> {
  const groups: (RefereeGroup & { target: string })[] = [];
  for (const t of targets) {
    if (t.kind === 'project') {
      const { project } = loadProject(join(ROOT, t.path), {});
      groups.push({
        target: t.path,
        items: projectItems(project),
        session: t.session ?? DEFAULT_SESSION,
        describeMissing: missingInProject(project),
      });
    } else {
      const text = readFileSync(join(ROOT, t.path), 'utf8');
      groups.push({
        target: t.path,
        items: fileItems(t.path, text, analyzeSql(text)),
        session: t.session ?? DEFAULT_SESSION,
        describeMissing: () => 'no CREATE TABLE earlier in the file defines',
      });
    }
  }
  const result = await referee(groups);
  const rows: Row[] = [];
  groups.forEach((g, n) => {
    for (const item of g.items) {
      if (item.context) continue;
      const outcome = result.outcomes[n].get(item.id)!;
      const comparison =
        outcome.status === 'planned' && item.analyzer ? compareVerdicts(item.analyzer, outcome) : undefined;
      rows.push({ target: g.target, item, outcome, ...(comparison ? { comparison } : {}) });
    }
  });
  return { rows, startupMillis: result.startupMillis, totalMillis: result.totalMillis };
}

export function summary(rows: Row[]): string {
  const planned = rows.filter((r) => r.comparison);
  const count = (a: string) => planned.filter((r) => r.comparison!.agreement === a).length;
  const notChecked = rows.filter((r) => r.outcome.status === 'not-checked').length;
  const rejected = rows.filter((r) => r.outcome.status === 'rejected').length;
  const accepted = rows.filter((r) => r.outcome.status === 'accepted').length;
  return (
    `referee: ${planned.length} planned / ${count('agree')} agree / ${count('stricter')} stricter (allowed) / ` +
    `${notChecked} not checked; ${count('disagree')} disagree, ${rejected} rejected, ${accepted} DDL accepted`
  );
}
