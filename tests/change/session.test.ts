import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { closeCatFile, listTree, readBlobs, readObjects } from '../../src/change/git.js';
import { scenarioRepo, sourceTree, type ScenarioRepo } from '../helpers/git-scenarios.js';

/** A file bigger than a pipe read, so its bytes arrive in several chunks. */
const BIG = 'x'.repeat(300_000) + '\n';

describe('the cat-file session', () => {
  let repo: ScenarioRepo;
  let src: { dir: string; cleanup: () => void };
  let rev: string;

  beforeAll(() => {
    src = sourceTree({
      'pipelines/a.b': 'dot\n',
      'pipelines/a/x.sql': 'x\n',
      'pipelines/a-b/y.sql': 'y\n',
      'pipelines/with space/é ü/t\tab.sql': 'unicode\n',
      'pipelines/deep/er/still/z.sql': 'z\n',
      'pipelines/big.sql': BIG,
      'pipelines/run.sh': '#!/bin/sh\n',
      'pipelines/.hidden/h.sql': 'hidden\n',
      'other/outside.sql': 'outside\n',
    });
    repo = scenarioRepo(src.dir);
    chmodSync(join(repo.dir, 'pipelines/run.sh'), 0o755);
    symlinkSync('a/x.sql', join(repo.dir, 'pipelines/link.sql'));
    repo.git('add', '-A');
    // A submodule entry: listed by git as a commit, never as a file.
    repo.git('update-index', '--add', '--cacheinfo', `160000,${repo.sha('HEAD')},pipelines/sub`);
    repo.git('commit', '-q', '-m', 'modes, links and a submodule');
    rev = repo.sha('HEAD');
    expect(repo.git('ls-tree', rev, 'pipelines/sub')).toMatch(/^160000 commit /);
  });
  afterAll(async () => {
    await closeCatFile(repo.dir);
    repo.cleanup();
    src.cleanup();
  });

  test('concurrent reads get their own answers; big blobs arrive whole', async () => {
    const entries = await listTree(repo.dir, rev, 'pipelines');
    const sha = (p: string) => entries.find((e) => e.path === p)!.sha;
    const seen: string[] = [];
    const [one, two, refs] = await Promise.all([
      readBlobs(repo.dir, [sha('pipelines/big.sql'), 'nope', sha('pipelines/a/x.sql')], (name) =>
        seen.push(name),
      ),
      readBlobs(repo.dir, [`${rev}:other/outside.sql`, sha('pipelines/a.b')]),
      readObjects(repo.dir, ['HEAD^{commit}', 'no-such-branch^{commit}', `${rev}:pipelines`]),
    ]);
    expect(one.get(sha('pipelines/big.sql'))!.toString()).toBe(BIG);
    expect(one.get(sha('pipelines/a/x.sql'))!.toString()).toBe('x\n');
    expect(one.has('nope')).toBe(false);
    expect(seen).toEqual([sha('pipelines/big.sql'), sha('pipelines/a/x.sql')]);
    expect([...two.values()].map((b) => b.toString())).toEqual(['outside\n', 'dot\n']);
    expect(refs.map((o) => o?.type ?? null)).toEqual(['commit', null, 'tree']);
    expect(refs[0]!.sha).toBe(rev);
  });

  test('names with spaces, tabs and unicode; tags peel to their commit', async () => {
    repo.git('tag', '-a', '-m', 'annotated', 'v1', rev);
    const found = await readObjects(repo.dir, [
      `${rev}:pipelines/with space/é ü/t\tab.sql`,
      'v1^{commit}',
      `${rev}:pipelines/missing file.sql`,
    ]);
    expect(found[0]!.data.toString()).toBe('unicode\n');
    expect(found[1]!.sha).toBe(rev);
    expect(found[2]).toBeNull();
  });

  test('a git without --batch-command is asked again with --batch', async () => {
    // A `git` first on PATH that refuses the option, as git before 2.36 does.
    const bin = mkdtempSync(join(tmpdir(), 'old-git-'));
    const real = spawnSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).stdout.trim();
    writeFileSync(
      join(bin, 'git'),
      `#!/bin/sh\nfor a in "$@"; do [ "$a" = --batch-command ] && { echo "usage: git cat-file" >&2; exit 129; }; done\nexec ${real} "$@"\n`,
      { mode: 0o755 },
    );
    const path = process.env.PATH;
    process.env.PATH = `${bin}:${path}`;
    try {
      await closeCatFile(repo.dir);
      const [a, b] = await Promise.all([
        readObjects(repo.dir, [`${rev}:pipelines/a.b`, 'nope']),
        readObjects(repo.dir, [`${rev}:pipelines/a/x.sql`]),
      ]);
      expect([a[0]!.data.toString(), a[1], b[0]!.data.toString()]).toEqual(['dot\n', null, 'x\n']);
      await closeCatFile(repo.dir);
      // Later sessions start with --batch directly.
      expect((await readObjects(repo.dir, ['HEAD^{commit}']))[0]!.sha).toBe(rev);
    } finally {
      process.env.PATH = path;
      await closeCatFile(repo.dir);
      rmSync(bin, { recursive: true, force: true });
    }
  });

  test('a closed session is replaced on the next question', async () => {
    await closeCatFile(repo.dir);
    const [o] = await readObjects(repo.dir, [`${rev}:pipelines/a.b`]);
    expect(o!.data.toString()).toBe('dot\n');
  });
});
