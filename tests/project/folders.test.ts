import { describe, expect, test } from '@jest/globals';
import { planTableFolders } from '../../src/project/folders.js';
import { sqlScriptRole } from '../../src/project/layout.js';

/** The rule, stated plainly: group by folder in a map, folders and roles in the order met. */
function reference(paths: readonly string[]) {
  const byFolder = new Map<string, Map<string, string[]>>();
  const definitionFiles: string[] = [];
  const externalFiles: string[] = [];
  for (const path of [...paths].sort()) {
    const parts = path.split('/');
    const name = parts.pop()!;
    if (name === 'pipeline_definition.json') definitionFiles.push(path);
    else if (name === 'external_tables.json') externalFiles.push(path);
    else if (parts[parts.length - 1] === 'sql-scripts' && sqlScriptRole(name)) {
      const folder = parts.slice(0, -1).join('/');
      const roles = byFolder.get(folder) ?? byFolder.set(folder, new Map()).get(folder)!;
      const role = sqlScriptRole(name)!;
      roles.set(role, [...(roles.get(role) ?? []), path]);
    }
  }
  const folders = [...byFolder].map(([folder, roles]) => ({
    folder,
    files: [...roles].filter(([, p]) => p.length === 1).map(([role, p]) => [role, p[0]]),
  }));
  const ambiguous = [...byFolder].flatMap(([folder, roles]) =>
    [...roles].filter(([, p]) => p.length > 1).map(([role]) => `${folder}/sql-scripts ${role}`),
  );
  return { folders, definitionFiles, externalFiles, ambiguous };
}

const plain = (paths: readonly string[]) => {
  const p = planTableFolders(paths);
  return {
    folders: p.folders,
    definitionFiles: p.definitionFiles,
    externalFiles: p.externalFiles,
    ambiguous: p.diagnostics.map((d) => `${d.file} ${/more than one (\S+) file/.exec(d.message)![1]}`),
  };
};

describe('planTableFolders', () => {
  test('folders, roles, ambiguous roles, look-alike folders, definition and external files', () => {
    const paths = [
      'p/facts/a/sql-scripts/dml.a.sql',
      'p/facts/a/sql-scripts/ddl.a.sql',
      'p/facts/a/sql-scripts-old/ddl.a.sql',
      'p/facts/a/sql-scripts/dml.a.properties',
      'p/facts/a/pipeline_definition.json',
      'p/facts/b/sql-scripts/ddl.b.sql',
      'p/facts/b/sql-scripts/DDL.b2.SQL',
      'p/facts/b/sql-scripts/dml.b.sql',
      'p/facts/a/sub/sql-scripts/ddl.sub.sql',
      'p/external_tables.json',
      'p/facts/c/mysql-scripts/ddl.c.sql',
      'p/facts/c/sql-scripts/notes.md',
    ];
    const plan = planTableFolders(paths);
    expect(plan.folders).toEqual([
      {
        folder: 'p/facts/a',
        files: [
          ['ddl', 'p/facts/a/sql-scripts/ddl.a.sql'],
          ['dml-properties', 'p/facts/a/sql-scripts/dml.a.properties'],
          ['dml', 'p/facts/a/sql-scripts/dml.a.sql'],
        ],
      },
      { folder: 'p/facts/a/sub', files: [['ddl', 'p/facts/a/sub/sql-scripts/ddl.sub.sql']] },
      { folder: 'p/facts/b', files: [['dml', 'p/facts/b/sql-scripts/dml.b.sql']] },
    ]);
    expect(plan.diagnostics).toEqual([
      {
        severity: 'fatal',
        code: 'ambiguous-scripts',
        file: 'p/facts/b/sql-scripts',
        message: 'more than one ddl file: DDL.b2.SQL, ddl.b.sql; keep one per table folder',
      },
    ]);
    expect(plan.definitionFiles).toEqual(['p/facts/a/pipeline_definition.json']);
    expect(plan.externalFiles).toEqual(['p/external_tables.json']);
    expect(planTableFolders([...paths].sort())).toEqual(plan);
  });

  test('random trees, sorted or not: the same plan as the plain rule', () => {
    let seed = 11;
    const rand = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const dirs = ['p', 'p/f', 'p/f/x', 'p/f/x-y', 'p/f/x/y', 'p/g', 'q', ''];
    const mids = ['sql-scripts', 'sql-scripts-old', 'tests', 'sql-scripts/nested'];
    const names = [
      'ddl.t.sql',
      'dml.t.sql',
      'DML.u.sql',
      'ddl.t_dlq.sql',
      'ddl.p.properties',
      'dml.q.properties',
      'pipeline_definition.json',
      'external_tables.json',
      'x.sql',
    ];
    for (let round = 0; round < 300; round++) {
      const paths = new Set<string>();
      for (let k = rand(25); k > 0; k--) {
        const dir = dirs[rand(dirs.length)];
        const path = `${dir ? dir + '/' : ''}${mids[rand(mids.length)]}/${names[rand(names.length)]}`;
        paths.add(rand(4) ? path : path.replace('sql-scripts/', ''));
      }
      const list = [...paths];
      expect(plain(list)).toEqual(reference(list));
      expect(plain(list.sort())).toEqual(reference(list));
    }
  });
});
