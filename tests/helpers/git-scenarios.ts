import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { FIXTURE, makeRepo } from './repo.js';

export interface ScenarioRepo {
  dir: string;
  git: (...args: string[]) => string;
  /** Writes a repository-relative file, creating folders */
  write: (path: string, text: string) => void;
  read: (path: string) => string;
  /** Rewrites a file through `edit` */
  edit: (path: string, edit: (text: string) => string) => void;
  remove: (path: string) => void;
  move: (from: string, to: string) => void;
  /** Stages everything and commits; returns the new commit's SHA */
  commit: (message?: string) => string;
  /** Starts `name` at `from` (default main) and checks it out */
  branch: (name: string, from?: string) => void;
  sha: (ref: string) => string;
  cleanup: () => void;
}

/** Whether the shared fixture project (shift_left p2 DAG …) is present. */
export const hasFixture = () => existsSync(join(FIXTURE, 'pipelines', 'intermediates', 'p2', 'z'));

/**
 * A temp git repository holding `source` (default: the fixture project), one commit on main.
 * `source` is a folder to copy, or repository-relative files to write (no folder is left behind).
 */
export function scenarioRepo(source?: string | Record<string, string>): ScenarioRepo {
  let repo: ReturnType<typeof makeRepo>;
  if (typeof source === 'object') {
    const tree = sourceTree(source);
    try {
      repo = makeRepo(tree.dir);
    } finally {
      tree.cleanup();
    }
  } else repo = makeRepo(source);
  const abs = (p: string) => join(repo.dir, p);
  let n = 0;
  return {
    dir: repo.dir,
    git: repo.git,
    write: (path, text) => {
      mkdirSync(dirname(abs(path)), { recursive: true });
      writeFileSync(abs(path), text);
    },
    read: (path) => readFileSync(abs(path), 'utf8'),
    edit: (path, edit) => writeFileSync(abs(path), edit(readFileSync(abs(path), 'utf8'))),
    remove: (path) => rmSync(abs(path), { recursive: true, force: true }),
    move: (from, to) => {
      mkdirSync(dirname(abs(to)), { recursive: true });
      renameSync(abs(from), abs(to));
    },
    commit: (message = `change ${++n}`) => {
      repo.git('add', '-A');
      repo.git('commit', '-q', '--allow-empty', '-m', message);
      return repo.git('rev-parse', 'HEAD').trim();
    },
    branch: (name, from = 'main') => void repo.git('checkout', '-q', '-B', name, from),
    sha: (ref) => repo.git('rev-parse', ref).trim(),
    cleanup: repo.cleanup,
  };
}

/** A folder holding the given repository-relative files, for `scenarioRepo(source)`. */
export function sourceTree(files: Record<string, string>): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'flink-pipeline-src-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** `git clone` with extra arguments (e.g. `--depth 1`) into a new temp folder. */
export function cloneRepo(from: string, ...args: string[]): { dir: string; cleanup: () => void } {
  const parent = mkdtempSync(join(tmpdir(), 'flink-pipeline-clone-'));
  const dir = join(parent, 'clone');
  const r = spawnSync('git', ['clone', '-q', ...args, `file://${from}`, dir], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`git clone: ${r.stderr}`);
  return { dir, cleanup: () => rmSync(parent, { recursive: true, force: true }) };
}

/** A shift_left table folder's files: `ddl.<name>.sql` and optionally the DML and properties. */
export function tableFiles(
  folder: string,
  name: string,
  ddl: string,
  dml?: string,
  properties?: string,
): Record<string, string> {
  const at = `${folder}/sql-scripts`;
  return {
    [`${at}/ddl.${name}.sql`]: ddl,
    ...(dml !== undefined ? { [`${at}/dml.${name}.sql`]: dml } : {}),
    ...(properties !== undefined ? { [`${at}/dml.${name}.properties`]: properties } : {}),
  };
}
