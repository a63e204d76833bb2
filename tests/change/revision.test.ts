import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadRevision, newAnalysisCache } from '../../src/change/revision.js';
import { loadProject } from '../../src/project/load.js';
import type { Project } from '../../src/project/model.js';
import {
  hasFixture,
  scenarioRepo,
  sourceTree,
  tableFiles,
  type ScenarioRepo,
} from '../helpers/git-scenarios.js';

/** What both readers must agree on, table by table. */
function summary(p: Project) {
  return {
    tables: [...p.tables.values()]
      .map((t) => ({
        name: t.name,
        folder: t.folder,
        type: t.type,
        product: t.product,
        parents: t.parents,
        stateful: t.stateful,
        properties: t.properties,
        ddlProperties: t.ddlProperties,
        ddl: t.ddl && { path: t.ddl.path, fingerprint: t.ddl.analysis.fingerprint },
        dml: t.dml && { path: t.dml.path, fingerprint: t.dml.analysis.fingerprint },
        kafkaTopic: t.kafkaTopic,
      }))
      .sort((a, b) => (a.name < b.name ? -1 : 1)),
    diagnostics: p.diagnostics.map((d) => `${d.severity}:${d.code}:${d.file}:${d.line ?? ''}`).sort(),
  };
}

(hasFixture() ? describe : describe.skip)('loadRevision on the fixture project', () => {
  let repo: ScenarioRepo;
  beforeAll(() => {
    repo = scenarioRepo();
  });
  afterAll(() => repo.cleanup());

  test('reads a commit exactly as the working-tree loader reads the checkout', async () => {
    const fromGit = await loadRevision(repo.dir, 'HEAD', 'pipelines', { externalTables: ['raw_*'] });
    const { project: fromDisk } = loadProject(join(repo.dir, 'pipelines'), { externalTables: ['raw_*'] });
    expect(fromGit.pipelinesDir).toBe('pipelines');
    expect(summary(fromGit)).toEqual(summary(fromDisk));
    expect(fromGit.tables.size).toBeGreaterThan(20);
  });

  test('the cache is shared: an unchanged file is analysed once across revisions', async () => {
    const cache = newAnalysisCache();
    const base = await loadRevision(repo.dir, 'main', 'pipelines', {}, cache);
    const analysed = cache.analyses.size;
    repo.branch('one-edit');
    repo.edit('pipelines/facts/p2/e/sql-scripts/dml.e.sql', (t) => t.replace('UPPER', 'LOWER'));
    repo.commit();
    const head = await loadRevision(repo.dir, 'one-edit', 'pipelines', {}, cache);
    expect(cache.analyses.size).toBe(analysed + 1);
    expect(head.tables.get('a')!.dml!.analysis).toBe(base.tables.get('a')!.dml!.analysis);
    expect(head.tables.get('e')!.dml!.analysis.fingerprint).not.toBe(
      base.tables.get('e')!.dml!.analysis.fingerprint,
    );
  });

  test('an unchanged table folder is built once for both revisions; each keeps its own parents', async () => {
    const cache = newAnalysisCache();
    const head = await loadRevision(repo.dir, 'one-edit', 'pipelines', {}, cache);
    const base = await loadRevision(repo.dir, 'main', 'pipelines', {}, cache);
    const a = [base.tables.get('a')!, head.tables.get('a')!];
    expect(a[0].dml).toBe(a[1].dml);
    expect(a[0].reasons).toBe(a[1].reasons);
    expect(a[0]).not.toBe(a[1]);
    expect(a[0].parents).not.toBe(a[1].parents);
    expect(a[0].parents).toEqual(a[1].parents);
    const e = [base.tables.get('e')!, head.tables.get('e')!];
    expect(e[0].dml).not.toBe(e[1].dml);
    expect(e[0].ddl!.analysis).toBe(e[1].ddl!.analysis);
    // Sharing must not change what a revision reads: the same as loading it alone.
    expect(summary(base)).toEqual(summary(await loadRevision(repo.dir, 'main', 'pipelines', {})));
    expect(summary(head)).toEqual(summary(await loadRevision(repo.dir, 'one-edit', 'pipelines', {})));
  });
});

describe('loadRevision problems', () => {
  let repo: ScenarioRepo;
  let src: { dir: string; cleanup: () => void };
  beforeAll(() => {
    src = sourceTree(
      tableFiles(
        'pipelines/facts/p/t',
        't',
        'CREATE TABLE t (id INT);\n',
        'INSERT INTO t SELECT id FROM raw_t;\n',
      ),
    );
    repo = scenarioRepo(src.dir);
  });
  afterAll(() => {
    repo.cleanup();
    src.cleanup();
  });

  test('a file that is not UTF-8 is a fatal diagnostic at its line, like on disk', async () => {
    repo.branch('latin1');
    writeFileSync(
      join(repo.dir, 'pipelines/facts/p/t/sql-scripts/dml.t.sql'),
      Buffer.from("INSERT INTO t\nSELECT 'caf\xe9' FROM raw_t;\n", 'latin1'),
    );
    repo.commit();
    const p = await loadRevision(repo.dir, 'latin1', 'pipelines', {});
    expect(p.diagnostics.filter((d) => d.code === 'not-utf8')).toEqual([
      {
        severity: 'fatal',
        code: 'not-utf8',
        file: 'pipelines/facts/p/t/sql-scripts/dml.t.sql',
        line: 2,
        message: 'the file is not valid UTF-8; save it as UTF-8',
      },
    ]);
  });

  test('a revision without the pipelines folder has no tables', async () => {
    const p = await loadRevision(repo.dir, 'main', 'no-such-folder', {});
    expect(p.tables.size).toBe(0);
    expect(p.diagnostics.map((d) => d.code)).toEqual(['no-tables']);
  });
});
