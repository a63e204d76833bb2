import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { diffTree } from '../../src/change/git.js';
import { listingBefore, listPipelineTree, type PipelineTree } from '../../src/change/tree.js';
import { createRandom } from '../../src/emulator/prng.js';
import { scenarioRepo, sourceTree, type ScenarioRepo } from '../helpers/git-scenarios.js';

/** The emulator's deterministic PRNG: the same histories on every run. */
function prng(seed: number) {
  const r = createRandom(seed);
  return { next: r.next, pick: <T>(xs: readonly T[]): T => xs[r.int(0, xs.length - 1)] };
}

const FOLDERS = [
  'pipelines/facts/p1/a/sql-scripts',
  'pipelines/facts/p1/b/sql-scripts',
  'pipelines/dimensions/p2/c/sql-scripts',
  'pipelines/.hidden/d/sql-scripts',
  'pipelines/node_modules/e/sql-scripts',
  'pipelines/facts/p1/a',
  'other',
];
const NAMES = ['ddl.t.sql', 'dml.t.sql', 'dml.t.properties', 'notes.md', 'external_tables.json'];

/** Paths and blobs only: what the loader reads from a listing. */
const shape = (t: PipelineTree) => t.entries.map((e) => `${e.mode} ${e.sha} ${e.path}`);
const paths = (t: PipelineTree) => t.entries.map((e) => e.path).join('\n');

describe('listingBefore: the base listing from the head listing and the diff', () => {
  let repo: ScenarioRepo;
  let src: { dir: string; cleanup: () => void };
  const commits: string[] = [];

  beforeAll(() => {
    src = sourceTree({ 'pipelines/facts/p1/a/sql-scripts/ddl.t.sql': 'CREATE TABLE a (id INT);\n' });
    repo = scenarioRepo(src.dir);
    commits.push(repo.sha('HEAD'));
    const r = prng(7);
    const files = new Set(['pipelines/facts/p1/a/sql-scripts/ddl.t.sql']);
    let serial = 0;
    // Body long enough for rename detection to pair a moved, slightly edited file.
    const body = (path: string) => `-- ${path}\n${'SELECT col_1, col_2, col_3 FROM src;\n'.repeat(8)}`;
    for (let c = 0; c < 9; c++) {
      for (let k = 1 + Math.floor(r.next() * 4); k > 0; k--) {
        const op = r.pick(['add', 'add', 'edit', 'delete', 'move', 'chmod']);
        const existing = [...files];
        if (op === 'add' || existing.length === 0) {
          const path = `${r.pick(FOLDERS)}/${serial++}-${r.pick(NAMES)}`;
          repo.write(path, body(path));
          files.add(path);
        } else {
          const path = r.pick(existing);
          if (op === 'edit') repo.edit(path, (t) => t + `-- edit ${serial++}\n`);
          else if (op === 'delete') {
            repo.remove(path);
            files.delete(path);
          } else if (op === 'chmod') repo.git('update-index', '--chmod=+x', path);
          else {
            const to = `${r.pick(FOLDERS)}/${serial++}-${r.pick(NAMES)}`;
            repo.move(path, to);
            files.delete(path);
            files.add(to);
          }
        }
      }
      commits.push(repo.commit());
    }
  });
  afterAll(() => {
    repo.cleanup();
    src.cleanup();
  });

  test('equals listing the base with ls-tree, for every pair of commits in both directions', async () => {
    let samePaths = 0;
    let checked = 0;
    for (const dir of ['pipelines', '']) {
      // The whole repository as the folder: fewer pairs, the rules are the same.
      for (const base of dir ? commits : commits.slice(0, 4)) {
        for (const head of commits) {
          const after = await listPipelineTree(repo.dir, head, dir);
          const diff = await diffTree(repo.dir, base, head, [dir, 'flink-pipeline.yaml']);
          const derived = listingBefore(after, diff, dir);
          const listed = await listPipelineTree(repo.dir, base, dir);
          expect(derived).toBeDefined();
          expect(shape(derived!)).toEqual(shape(listed));
          expect(derived!.diagnostics).toEqual([]);
          // Marked as having the head's paths exactly when it does (the folder plan is reused then).
          expect(derived!.samePathsAs === after).toBe(paths(listed) === paths(after));
          if (derived!.samePathsAs) samePaths++;
          checked++;
        }
      }
    }
    expect(checked).toBe((commits.length + 4) * commits.length);
    // The histories hold both kinds of pairs (not only base = head).
    expect(samePaths).toBeGreaterThan(commits.length + 4);
    expect(samePaths).toBeLessThan(checked);
  });

  test('a renamed file and a submodule: the base holds the old path, and no submodule', async () => {
    const r = scenarioRepo({
      'pipelines/x/sql-scripts/ddl.x.sql': 'CREATE TABLE x (a INT, b INT, c INT);\n',
    });
    try {
      const base = r.sha('HEAD');
      r.move('pipelines/x/sql-scripts/ddl.x.sql', 'pipelines/y/sql-scripts/ddl.x.sql');
      r.git('add', '-A');
      r.git('update-index', '--add', '--cacheinfo', `160000,${base},pipelines/sub`);
      r.git('commit', '-q', '-m', 'move and submodule');
      const head = r.sha('HEAD');
      const diff = await diffTree(r.dir, base, head, ['pipelines']);
      expect(diff.map((c) => `${c.status} ${c.oldPath ?? ''} ${c.path}`)).toEqual([
        'added  pipelines/sub',
        'renamed pipelines/x/sql-scripts/ddl.x.sql pipelines/y/sql-scripts/ddl.x.sql',
      ]);
      const derived = listingBefore(await listPipelineTree(r.dir, head, 'pipelines'), diff, 'pipelines');
      expect(shape(derived!)).toEqual(shape(await listPipelineTree(r.dir, base, 'pipelines')));
      expect(derived!.entries.map((e) => e.path)).toEqual(['pipelines/x/sql-scripts/ddl.x.sql']);
      // A file and a submodule trading places at one path: the listings' paths differ.
      r.git('rm', '-q', '--cached', 'pipelines/y/sql-scripts/ddl.x.sql');
      r.git('update-index', '--add', '--cacheinfo', `160000,${base},pipelines/y/sql-scripts/ddl.x.sql`);
      r.git('rm', '-q', '--cached', 'pipelines/sub');
      r.write('pipelines/sub', 'now a file\n');
      r.git('add', 'pipelines/sub');
      r.git('commit', '-q', '-m', 'swap');
      const swapped = r.sha('HEAD');
      for (const [from, to] of [
        [head, swapped],
        [swapped, head],
      ]) {
        const after = await listPipelineTree(r.dir, to, 'pipelines');
        const before = listingBefore(after, await diffTree(r.dir, from, to, ['pipelines']), 'pipelines')!;
        const listed = await listPipelineTree(r.dir, from, 'pipelines');
        expect(shape(before)).toEqual(shape(listed));
        expect(before.samePathsAs).toBeUndefined();
      }
    } finally {
      r.cleanup();
    }
  });

  test('symbolic links on either side: no derived listing (the caller lists the base)', async () => {
    const r = scenarioRepo({ 'common/t/sql-scripts/ddl.t.sql': 'CREATE TABLE t (id INT);\n' });
    try {
      r.write('pipelines/a/sql-scripts/ddl.a.sql', 'CREATE TABLE a (id INT);\n');
      const base = r.commit();
      symlinkSync('../common/t', join(r.dir, 'pipelines/t'));
      const head = r.commit();
      const afterHead = await listPipelineTree(r.dir, head, 'pipelines');
      expect(afterHead.linked).toBe(true);
      expect(
        listingBefore(afterHead, await diffTree(r.dir, base, head, ['pipelines']), 'pipelines'),
      ).toBeUndefined();
      // Base → head reversed: the head has no link, but the diff adds one on the other side.
      const afterBase = await listPipelineTree(r.dir, base, 'pipelines');
      expect(afterBase.linked).toBeUndefined();
      expect(
        listingBefore(afterBase, await diffTree(r.dir, head, base, ['pipelines']), 'pipelines'),
      ).toBeUndefined();
    } finally {
      r.cleanup();
    }
  });
});
