import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import {
  diffTree,
  fileChange,
  EMPTY_TREE_SHA1,
  listTree,
  readBlobs,
  repoPath,
  resolveRange,
} from '../../src/change/git.js';
import { listPipelineTree } from '../../src/change/tree.js';
import { UserError } from '../../src/util/errors.js';
import { cloneRepo, scenarioRepo, sourceTree, type ScenarioRepo } from '../helpers/git-scenarios.js';

const ZERO = '0'.repeat(40);

describe('resolveRange', () => {
  let repo: ScenarioRepo;
  let src: { dir: string; cleanup: () => void };
  let root: string;
  let branchPoint: string;
  let featureTip: string;
  let mainTip: string;

  beforeAll(() => {
    src = sourceTree({ 'pipelines/readme.txt': 'v1\n' });
    repo = scenarioRepo(src.dir);
    root = repo.sha('HEAD');
    repo.write('pipelines/readme.txt', 'v2\n');
    branchPoint = repo.commit('on main before the branch');
    repo.branch('feature');
    repo.write('pipelines/feature.txt', 'f\n');
    featureTip = repo.commit('feature work');
    repo.branch('main', 'main');
    repo.write('pipelines/main-only.txt', 'm\n');
    mainTip = repo.commit('main moved on');
    repo.git('checkout', '-q', 'feature');
  });
  afterAll(() => {
    repo.cleanup();
    src.cleanup();
  });

  test('explicit refs resolve to SHAs, exactly as given', async () => {
    const r = await resolveRange(repo.dir, { base: 'main', head: 'feature' });
    expect([r.base, r.head]).toEqual([mainTip, featureTip]);
    expect(r.description).toBe(`main..feature (${mainTip.slice(0, 7)}..${featureTip.slice(0, 7)})`);
  });

  test('pull request mode compares with the merge-base, not the moving base tip', async () => {
    const r = await resolveRange(repo.dir, { baseRef: 'main', headRef: featureTip });
    expect([r.base, r.head]).toEqual([branchPoint, featureTip]);
    expect(r.description).toContain('merge-base of main and');
  });

  test('push mode is before..after; an all-zero before is the empty tree', async () => {
    expect(await resolveRange(repo.dir, { before: root, after: branchPoint })).toEqual({
      base: root,
      head: branchPoint,
      description: `push ${root.slice(0, 7)}..${branchPoint.slice(0, 7)}`,
    });
    const first = await resolveRange(repo.dir, { before: ZERO, after: 'main' });
    expect([first.base, first.head]).toEqual([EMPTY_TREE_SHA1, mainTip]);
    expect(first.description).toBe(`first push of ${mainTip.slice(0, 7)}: every table is new`);
  });

  test('nothing given: HEAD against the merge-base with the default branch', async () => {
    const r = await resolveRange(repo.dir, {});
    expect([r.base, r.head]).toEqual([branchPoint, featureTip]);
    expect(r.description).toBe(
      `merge-base of main and HEAD (${branchPoint.slice(0, 7)}..${featureTip.slice(0, 7)})`,
    );
    // From a subfolder too.
    expect((await resolveRange(join(repo.dir, 'pipelines'))).head).toBe(featureTip);
  });

  test('origin/HEAD wins over a local main in a clone', async () => {
    const clone = cloneRepo(repo.dir);
    try {
      // The source has feature checked out, so the clone's origin/HEAD would be feature.
      spawnSync('git', ['remote', 'set-head', 'origin', 'main'], { cwd: clone.dir });
      const r = await resolveRange(clone.dir, { head: 'origin/feature' });
      expect(r.base).toBe(branchPoint);
      expect(r.description).toMatch(/^merge-base of origin\/HEAD and origin\/feature/);
    } finally {
      clone.cleanup();
    }
  });

  test('a missing ref is a UserError naming it', async () => {
    await expect(resolveRange(repo.dir, { base: 'nope', head: 'feature' })).rejects.toThrow(
      new UserError(
        'base ref "nope" not found in the repository: check the branch, tag or commit name (remote branches need their remote, e.g. origin/main)',
      ),
    );
    await expect(resolveRange(repo.dir, { baseRef: 'main', headRef: 'no-such-branch' })).rejects.toThrow(
      /^pull request head ref "no-such-branch" not found/,
    );
    await expect(resolveRange(repo.dir, { before: 'deadbeef'.repeat(5), after: 'main' })).rejects.toThrow(
      /^push "before" ref "deadbeef.*" not found .*force push/,
    );
    await expect(resolveRange(repo.dir, { before: 'main', after: ZERO })).rejects.toThrow(
      /deleted the branch/,
    );
    await expect(resolveRange(repo.dir, { base: '--output=x' })).rejects.toThrow(
      /is not a branch, tag or commit name/,
    );
  });

  test('a shallow clone says to fetch with fetch-depth: 0', async () => {
    const clone = cloneRepo(repo.dir, '--depth', '1', '--no-single-branch');
    try {
      await expect(resolveRange(clone.dir, { base: root, head: 'HEAD' })).rejects.toThrow(
        /^base ref "[0-9a-f]{40}" not found in the repository: the clone is shallow.*fetch-depth: 0/,
      );
      await expect(
        resolveRange(clone.dir, { baseRef: 'origin/main', headRef: 'origin/feature' }),
      ).rejects.toThrow(
        'no common ancestor of origin/main and origin/feature in the fetched history (the clone is shallow); fetch the history with `fetch-depth: 0` in actions/checkout (or `git fetch --unshallow`)',
      );
    } finally {
      clone.cleanup();
    }
  });

  test('outside a repository', async () => {
    const plain = sourceTree({ 'a.txt': 'x' });
    try {
      await expect(resolveRange(plain.dir)).rejects.toThrow(/not inside a git work tree/);
      await expect(resolveRange(join(plain.dir, 'missing'))).rejects.toThrow(
        /missing: not inside a git work tree/,
      );
    } finally {
      plain.cleanup();
    }
  });
});

describe('repoPath', () => {
  test('repository-relative, whatever the spelling; never outside the repository', () => {
    expect(repoPath('/r', './pipelines/')).toBe('pipelines');
    expect(repoPath('/r', '/r/a/b')).toBe('a/b');
    expect(repoPath('/r', '.')).toBe('');
    expect(() => repoPath('/r', '/elsewhere/pipelines')).toThrow(
      new UserError('/elsewhere/pipelines: outside the repository at /r'),
    );
  });
});

describe('trees, blobs and diffs', () => {
  let repo: ScenarioRepo;
  let src: { dir: string; cleanup: () => void };
  let base: string;
  let head: string;

  beforeAll(() => {
    src = sourceTree({
      'pipelines/with space/é ü/a.sql': 'SELECT 1;\n',
      'pipelines/tab\there.sql': 'tab\n',
      'pipelines/keep.sql': 'keep\n',
      'pipelines/old name.sql': 'moved unchanged content that is long enough to be a rename\n',
      'other/outside.sql': 'outside\n',
    });
    repo = scenarioRepo(src.dir);
    base = repo.sha('HEAD');
    repo.move('pipelines/old name.sql', 'pipelines/new name.sql');
    repo.write('pipelines/keep.sql', 'kept, edited\n');
    repo.write('pipelines/added.sql', 'added\n');
    repo.remove('pipelines/tab\there.sql');
    repo.write('other/outside.sql', 'outside, edited\n');
    head = repo.commit();
  });
  afterAll(() => {
    repo.cleanup();
    src.cleanup();
  });

  test('listTree handles spaces, tabs and unicode, and stays below the folder', async () => {
    const entries = await listTree(repo.dir, base, 'pipelines');
    expect(entries.map((e) => e.path).sort()).toEqual([
      'pipelines/keep.sql',
      'pipelines/old name.sql',
      'pipelines/tab\there.sql',
      'pipelines/with space/é ü/a.sql',
    ]);
    expect(entries.every((e) => /^[0-9a-f]{40}$/.test(e.sha) && e.mode === '100644')).toBe(true);
    expect(await listTree(repo.dir, EMPTY_TREE_SHA1, 'pipelines')).toEqual([]);
  });

  test('readBlobs reads many objects in one process; unknown names are left out', async () => {
    const entries = await listTree(repo.dir, base, 'pipelines');
    const blobs = await readBlobs(repo.dir, [
      ...entries.map((e) => e.sha),
      'f'.repeat(40),
      `${base}:pipelines/keep.sql`,
    ]);
    expect(blobs.size).toBe(entries.length + 1);
    const unicode = entries.find((e) => e.path.endsWith('a.sql'))!;
    expect(blobs.get(unicode.sha)!.toString()).toBe('SELECT 1;\n');
    expect(blobs.get(`${base}:pipelines/keep.sql`)!.toString()).toBe('keep\n');
    expect((await readBlobs(repo.dir, [])).size).toBe(0);
  });

  test('diffTree reports renames, additions, deletions and edits below the given paths', async () => {
    const diff = await diffTree(repo.dir, base, head, ['pipelines']);
    expect(diff.map(fileChange)).toEqual([
      { status: 'added', path: 'pipelines/added.sql' },
      { status: 'modified', path: 'pipelines/keep.sql' },
      { status: 'renamed', path: 'pipelines/new name.sql', oldPath: 'pipelines/old name.sql' },
      { status: 'deleted', path: 'pipelines/tab\there.sql' },
    ]);
    // Each side's blob, as the listings of base and head hold it; no file on the other side is null.
    const blob = (rev: string, path: string) => repo.git('rev-parse', `${rev}:${path}`).trim();
    const [added, kept, renamed, deleted] = diff;
    expect([added.old, added.new]).toEqual([
      null,
      { mode: '100644', sha: blob(head, 'pipelines/added.sql') },
    ]);
    expect([kept.old?.sha, kept.new?.sha]).toEqual([
      blob(base, 'pipelines/keep.sql'),
      blob(head, 'pipelines/keep.sql'),
    ]);
    expect(renamed.old?.sha).toBe(blob(base, 'pipelines/old name.sql'));
    expect([deleted.old?.sha, deleted.new]).toEqual([blob(base, 'pipelines/tab\there.sql'), null]);
    expect(
      (await diffTree(repo.dir, base, head, ['other/outside.sql', 'missing.yaml'])).map(fileChange),
    ).toEqual([{ status: 'modified', path: 'other/outside.sql' }]);
  });

  test('the pipeline tree skips hidden folders and follows links that stay inside the repository', async () => {
    const linked = sourceTree({
      'common/t/sql-scripts/ddl.t.sql': 'CREATE TABLE t (id INT);\n',
      'pipelines/facts/p/real/sql-scripts/ddl.real.sql': 'CREATE TABLE real (id INT);\n',
      'pipelines/.hidden/x/sql-scripts/ddl.x.sql': 'CREATE TABLE x (id INT);\n',
      'pipelines/node_modules/y/sql-scripts/ddl.y.sql': 'CREATE TABLE y (id INT);\n',
    });
    const r = scenarioRepo(linked.dir);
    try {
      symlinkSync('../../../common/t', join(r.dir, 'pipelines/facts/p/t'));
      symlinkSync('real/sql-scripts/ddl.real.sql', join(r.dir, 'pipelines/facts/p/file-link.sql'));
      symlinkSync('../../../../etc', join(r.dir, 'pipelines/facts/p/escape'));
      symlinkSync('missing', join(r.dir, 'pipelines/facts/p/broken'));
      const rev = r.commit('links');
      const tree = await listPipelineTree(r.dir, rev, 'pipelines');
      expect(tree.entries.map((e) => e.path).sort()).toEqual([
        'pipelines/facts/p/file-link.sql',
        'pipelines/facts/p/real/sql-scripts/ddl.real.sql',
        'pipelines/facts/p/t/sql-scripts/ddl.t.sql',
      ]);
      expect(tree.diagnostics.map((d) => `${d.severity}:${d.code}:${d.file}`).sort()).toEqual([
        'error:broken-link:pipelines/facts/p/broken',
        'fatal:link-outside-repo:pipelines/facts/p/escape',
      ]);
    } finally {
      r.cleanup();
      linked.cleanup();
    }
  });
});
