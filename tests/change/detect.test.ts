/**
 * Change detection end to end on real git repositories holding the fixture project
 * (shift_left's p2 DAG: src_a, src_b, src_x, src_y → a, b, x, y → z → c, d → e, f, p …).
 * Every scenario branches from main, edits, commits and compares main..branch.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { join } from 'node:path';
import { detectChanges } from '../../src/change/detect.js';
import { analysesByText } from '../../src/change/revision.js';
import { loadProject } from '../../src/project/load.js';
import { EMPTY_TREE_SHA1 } from '../../src/change/git.js';
import type { TableChange } from '../../src/change/types.js';
import { UserError } from '../../src/util/errors.js';
import { hasFixture, scenarioRepo, type ScenarioRepo } from '../helpers/git-scenarios.js';

const P = 'pipelines';
const p2 = (layer: string, t: string) => `${P}/${layer}/p2/${t}/sql-scripts`;
const A_DDL = `${p2('intermediates', 'a')}/ddl.a.sql`;
const A_DML = `${p2('intermediates', 'a')}/dml.a.sql`;
const E_DML = `${p2('facts', 'e')}/dml.e.sql`;
const Z_DML = `${p2('intermediates', 'z')}/dml.z.sql`;
const GROUPS = `${P}/dimensions/c360/dim_groups/sql-scripts`;

const describeFixture = hasFixture() ? describe : describe.skip;

describeFixture('detectChanges on the fixture project', () => {
  let repo: ScenarioRepo;
  const onBranch = async (name: string, edit: () => void) => {
    repo.branch(name);
    edit();
    repo.commit(name);
    return detectChanges(repo.dir, { base: 'main', head: name }, P);
  };
  const changesOf = async (name: string, edit: () => void): Promise<TableChange[]> =>
    (await onBranch(name, edit)).changes;

  beforeAll(() => {
    repo = scenarioRepo();
  });
  afterAll(() => repo.cleanup());

  test('no change: nothing to report, both sides read the same project', async () => {
    const r = await detectChanges(repo.dir, { base: 'main', head: 'main' }, P);
    expect(r.changes).toEqual([]);
    expect(r.files).toEqual([]);
    expect(r.head.tables.size).toBe(r.base.tables.size);
    expect(r.head.diagnostics.filter((d) => d.severity === 'fatal')).toEqual([]);
  });

  test('formatting only: whitespace, comments and keyword case', async () => {
    const r = await onBranch('format', () =>
      repo.write(
        A_DML,
        '-- joins the x labels in\ninsert into a\n  select sa.a_id,\n         sx.x_label,\n         sa.a_value\n  from src_a as sa\n  /* inner join */ join src_x as sx on sa.x_id = sx.x_id;\n',
      ),
    );
    expect(r.files).toEqual([{ status: 'modified', path: A_DML }]);
    expect(r.changes).toEqual([
      {
        table: 'a',
        kind: 'format-only',
        files: [A_DML],
        detail: 'formatting or comments only; nothing to deploy',
      },
    ]);
  });

  test('stateless DML edit', async () => {
    expect(
      await changesOf('stateless', () =>
        repo.edit(E_DML, (t) => t.replace('UPPER(origin)', 'LOWER(origin)')),
      ),
    ).toEqual([{ table: 'e', kind: 'dml', files: [E_DML], detail: 'query changed; stateless' }]);
  });

  test('stateful DML edit', async () => {
    expect(
      await changesOf('stateful', () =>
        repo.edit(Z_DML, (t) =>
          t.replace('ON x.y_id = y.y_id;', 'ON x.y_id = y.y_id\nWHERE x.x_label IS NOT NULL;'),
        ),
      ),
    ).toEqual([
      {
        table: 'z',
        kind: 'dml',
        files: [Z_DML],
        detail:
          "query changed; stateful (regular join, reads `x`, an upsert table: Flink keeps state to normalise its changelog, changelog.mode 'upsert' by default (a PRIMARY KEY and no changelog.mode))",
      },
    ]);
  });

  test('a DML that becomes stateful and reads another table says so', async () => {
    expect(
      await changesOf('to-stateful', () =>
        repo.write(E_DML, 'INSERT INTO e\nSELECT id, MAX(origin) AS origin\nFROM d\nGROUP BY id;\n'),
      ),
    ).toEqual([
      {
        table: 'e',
        kind: 'dml',
        files: [E_DML],
        detail:
          'query changed; sources +d −c; statefulness: stateless → stateful (GROUP BY, reads `d`, an upsert table: Flink keeps state to normalise its changelog)',
      },
    ]);
  });

  test('DDL column type change', async () => {
    expect(
      await changesOf('column-type', () =>
        repo.edit(A_DDL, (t) => t.replace('a_value INT', 'a_value BIGINT')),
      ),
    ).toEqual([{ table: 'a', kind: 'ddl-schema', files: [A_DDL], detail: 'column a_value: INT → BIGINT' }]);
  });

  test('DDL options only: kafka.retention.time', async () => {
    expect(
      await changesOf('retention', () =>
        repo.edit(A_DDL, (t) =>
          t.replace(
            "'changelog.mode' = 'append',",
            "'changelog.mode' = 'append',\n  'kafka.retention.time' = '14 d',",
          ),
        ),
      ),
    ).toEqual([
      {
        table: 'a',
        kind: 'ddl-options',
        files: [A_DDL],
        detail: 'option kafka.retention.time: unset → 14 d',
      },
    ]);
  });

  test('changelog.mode change is a schema change', async () => {
    expect(
      await changesOf('changelog', () => repo.edit(A_DDL, (t) => t.replace("'append'", "'upsert'"))),
    ).toEqual([
      { table: 'a', kind: 'ddl-schema', files: [A_DDL], detail: 'option changelog.mode: append → upsert' },
    ]);
  });

  test('.properties change', async () => {
    const file = `${GROUPS}/dml.sl_c360_dim_groups.properties`;
    expect(await changesOf('properties', () => repo.write(file, 'sql.state-ttl=14d\n'))).toEqual([
      { table: 'sl_c360_dim_groups', kind: 'properties', files: [file], detail: 'sql.state-ttl: 7d → 14d' },
    ]);
  });

  test('a SET line edit in the DML is a properties change, not a query change', async () => {
    expect(await changesOf('set-line', () => repo.edit(Z_DML, (t) => t.replace("'2d'", "'3d'")))).toEqual([
      { table: 'z', kind: 'properties', files: [Z_DML], detail: 'sql.state-ttl: 2d → 3d' },
    ]);
  });

  test('new table folder', async () => {
    const at = p2('facts', 'w');
    expect(
      await changesOf('added', () => {
        repo.write(
          `${at}/ddl.w.sql`,
          'CREATE TABLE IF NOT EXISTS w (\n  a_id STRING NOT NULL,\n  PRIMARY KEY (a_id) NOT ENFORCED\n);\n',
        );
        repo.write(`${at}/dml.w.sql`, 'INSERT INTO w SELECT a_id FROM a;\n');
        repo.write(`${at}/dml.w.properties`, 'sql.state-ttl=1d\n');
      }),
    ).toEqual([
      {
        table: 'w',
        kind: 'added',
        files: [`${at}/ddl.w.sql`, `${at}/dml.w.properties`, `${at}/dml.w.sql`],
        detail: `new table in ${P}/facts/p2/w`,
      },
    ]);
  });

  test('removed folder', async () => {
    const at = p2('facts', 'f');
    expect(await changesOf('removed', () => repo.remove(`${P}/facts/p2/f`))).toEqual([
      {
        table: 'f',
        kind: 'removed',
        files: [`${at}/ddl.f.sql`, `${at}/dml.f.sql`],
        detail: `no longer defined (was in ${P}/facts/p2/f)`,
      },
    ]);
  });

  test('renamed folder: moved to another product, unchanged', async () => {
    const r = await onBranch('moved', () => repo.move(`${P}/facts/p2/p`, `${P}/facts/p3/p`));
    expect(r.files).toEqual([
      {
        status: 'renamed',
        path: `${P}/facts/p3/p/sql-scripts/ddl.p.sql`,
        oldPath: `${p2('facts', 'p')}/ddl.p.sql`,
      },
      {
        status: 'renamed',
        path: `${P}/facts/p3/p/sql-scripts/dml.p.sql`,
        oldPath: `${p2('facts', 'p')}/dml.p.sql`,
      },
    ]);
    expect(r.changes).toEqual([
      {
        table: 'p',
        kind: 'renamed',
        files: [`${P}/facts/p3/p/sql-scripts/ddl.p.sql`, `${P}/facts/p3/p/sql-scripts/dml.p.sql`],
        detail: `moved ${P}/facts/p2/p → ${P}/facts/p3/p; product p2 → p3`,
      },
    ]);
  });

  test('moved and changed: renamed plus the content kind', async () => {
    const to = `${P}/facts/p3/p/sql-scripts`;
    expect(
      await changesOf('moved-changed', () => {
        repo.move(`${P}/facts/p2/p`, `${P}/facts/p3/p`);
        repo.edit(`${to}/dml.p.sql`, (t) => t.replace("x_label <> ''", 'x_label IS NOT NULL'));
      }),
    ).toEqual([
      {
        table: 'p',
        kind: 'renamed',
        files: [`${to}/ddl.p.sql`, `${to}/dml.p.sql`],
        detail: `moved ${P}/facts/p2/p → ${P}/facts/p3/p; product p2 → p3`,
      },
      {
        table: 'p',
        kind: 'dml',
        files: [`${to}/dml.p.sql`],
        // p reads z, an upsert table (a primary key and no changelog.mode).
        detail:
          'query changed; stateful (reads `z`, an upsert table: Flink keeps state to normalise its changelog)',
      },
    ]);
  });

  test('two tables changed in one commit', async () => {
    expect(
      await changesOf('two', () => {
        repo.edit(A_DDL, (t) => t.replace('a_value INT', 'a_value BIGINT'));
        repo.edit(E_DML, (t) => t.replace('UPPER(origin)', 'LOWER(origin)'));
      }),
    ).toEqual([
      { table: 'a', kind: 'ddl-schema', files: [A_DDL], detail: 'column a_value: INT → BIGINT' },
      { table: 'e', kind: 'dml', files: [E_DML], detail: 'query changed; stateless' },
    ]);
  });

  test('one table with a query change and an options change gets both kinds', async () => {
    expect(
      await changesOf('dml-and-options', () => {
        repo.edit(A_DDL, (t) =>
          t.replace(
            "'changelog.mode' = 'append',",
            "'changelog.mode' = 'append',\n  'kafka.retention.time' = '7 d',",
          ),
        );
        repo.edit(A_DML, (t) => t.replace('sa.a_value', 'sa.a_value * 2'));
      }),
    ).toEqual([
      { table: 'a', kind: 'dml', files: [A_DML], detail: 'query changed; stateful (regular join)' },
      { table: 'a', kind: 'ddl-options', files: [A_DDL], detail: 'option kafka.retention.time: unset → 7 d' },
    ]);
  });

  test('files outside the pipelines folder and the config are not part of the change', async () => {
    const r = await onBranch('docs', () => repo.write('docs/notes.md', 'hello\n'));
    expect([r.files, r.changes]).toEqual([[], []]);
  });
});

describeFixture('ranges on the fixture project', () => {
  let repo: ScenarioRepo;
  beforeAll(() => {
    repo = scenarioRepo();
  });
  afterAll(() => repo.cleanup());

  test('a PR range uses the merge-base: a later commit on main is not in the diff', async () => {
    const branchPoint = repo.sha('main');
    repo.branch('feature');
    repo.edit(E_DML, (t) => t.replace('UPPER(origin)', 'LOWER(origin)'));
    const head = repo.commit('feature: e');
    repo.branch('main', 'main');
    repo.edit(A_DDL, (t) => t.replace('a_value INT', 'a_value BIGINT'));
    repo.commit('main: a');

    const r = await detectChanges(repo.dir, { baseRef: 'main', headRef: 'feature' }, P);
    expect([r.range.base, r.range.head]).toEqual([branchPoint, head]);
    expect(r.files).toEqual([{ status: 'modified', path: E_DML }]);
    expect(r.changes).toEqual([
      { table: 'e', kind: 'dml', files: [E_DML], detail: 'query changed; stateless' },
    ]);
    // The two-dot comparison would wrongly show main's own change, reversed.
    const twoDot = await detectChanges(repo.dir, { base: 'main', head: 'feature' }, P);
    expect(twoDot.changes.map((c) => `${c.table}:${c.kind}`)).toEqual(['a:ddl-schema', 'e:dml']);
  });

  test('push range before..after', async () => {
    repo.branch('main', 'main');
    const before = repo.sha('HEAD');
    repo.edit(Z_DML, (t) => t.replace("'2d'", "'5d'"));
    const after = repo.commit('push: z');
    const r = await detectChanges(repo.dir, { before, after }, P);
    expect(r.range).toEqual({
      base: before,
      head: after,
      description: `push ${before.slice(0, 7)}..${after.slice(0, 7)}`,
    });
    expect(r.changes).toEqual([
      { table: 'z', kind: 'properties', files: [Z_DML], detail: 'sql.state-ttl: 2d → 5d' },
    ]);
  });

  test('first push (all-zero before): every defined table is added, externals are not', async () => {
    const r = await detectChanges(repo.dir, { before: '0'.repeat(40), after: 'main' }, P);
    expect(r.range.base).toBe(EMPTY_TREE_SHA1);
    expect(r.base.tables.size).toBe(0);
    const defined = [...r.head.tables.values()].filter((t) => !t.external);
    expect(r.changes).toHaveLength(defined.length);
    expect(r.changes.every((c) => c.kind === 'added')).toBe(true);
    expect(r.changes.map((c) => c.table)).toEqual(defined.map((t) => t.name).sort());
    expect(r.changes.find((c) => c.table === 'e')).toEqual({
      table: 'e',
      kind: 'added',
      files: [`${p2('facts', 'e')}/ddl.e.sql`, E_DML],
      detail: `new table in ${P}/facts/p2/e`,
    });
    expect(r.files.every((f) => f.status === 'added')).toBe(true);
  });

  test('a bad ref is a clear UserError', async () => {
    const run = detectChanges(repo.dir, { base: 'release/does-not-exist', head: 'main' }, P);
    await expect(run).rejects.toBeInstanceOf(UserError);
    await expect(run).rejects.toThrow(
      'base ref "release/does-not-exist" not found in the repository: check the branch, tag or commit name (remote branches need their remote, e.g. origin/main)',
    );
  });

  test('analyses of the working tree are reused for files with the same text, and only for those', async () => {
    const edited =
      'INSERT INTO a SELECT sa.a_id, sx.x_label, sa.a_value + 1 FROM src_a sa JOIN src_x sx ON sa.x_id = sx.x_id;\n';
    repo.branch('reuse');
    repo.write(A_DML, edited);
    repo.commit('reuse');
    const { project: tree } = loadProject(join(repo.dir, P), {});
    const known = analysesByText(tree);
    // The working tree holds the edited text, the base the original: the base must not take it.
    const plain = await detectChanges(repo.dir, { base: 'main', head: 'reuse' }, P);
    const reused = await detectChanges(
      repo.dir,
      { base: 'main', head: 'reuse' },
      P,
      undefined,
      undefined,
      known,
    );
    expect(reused.changes).toEqual(plain.changes);
    expect(reused.changes.map((c) => c.table)).toEqual(['a']);
    for (const t of reused.head.tables.values()) {
      if (t.dml) expect(t.dml.analysis).toBe(tree.tables.get(t.name)!.dml!.analysis);
    }
    expect(reused.base.tables.get('a')!.dml!.analysis).not.toBe(tree.tables.get('a')!.dml!.analysis);
    expect(reused.base.tables.get('a')!.dml!.analysis).toEqual(plain.base.tables.get('a')!.dml!.analysis);
  });
});
