/**
 * The built CLI on input nobody wrote for it: SQL nested thousands deep, a table reading
 * itself, folder links that show tables twice, and paths that lead out of the repository.
 * Each ends in clear messages and the right exit code, and a bad file never costs the other
 * tables their metadata.
 */
import { afterEach, describe, expect, test } from '@jest/globals';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { runCli, type CliResult } from '../helpers/repo.js';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function tree(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'fp-hostile-'));
  dirs.push(dir);
  mkdirSync(join(dir, '.git'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

const table = (name: string, query: string) => ({
  [`pipelines/facts/p/${name}/sql-scripts/ddl.${name}.sql`]: `CREATE TABLE ${name} (id INT) WITH ('changelog.mode' = 'append');\n`,
  [`pipelines/facts/p/${name}/sql-scripts/dml.${name}.sql`]: `INSERT INTO ${name}\n${query};\n`,
});
const SRC = { 'pipelines/sources/p/src/sql-scripts/ddl.src.sql': 'CREATE TABLE src (id INT);\n' };

function expectClean(r: CliResult) {
  expect(r.stderr).not.toMatch(/\n\s+at |internal error|Error:/);
}

describe('SQL nested too deep', () => {
  let deep = 'SELECT id FROM src';
  for (let i = 0; i < 3000; i++) deep = `SELECT id FROM (${deep}) AS s${i}`;

  test('3,000 nested subqueries: a clear error at the file and line, exit 1, every other table written', () => {
    const dir = tree({
      ...SRC,
      ...table('a', 'SELECT id FROM src'),
      ...table('deep', `-- generated\n${deep}`),
    });
    const r = runCli(dir, 'inventory');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(
      'pipelines/facts/p/deep/sql-scripts/dml.deep.sql:3: error: nested too deep: more than 200 levels of parentheses or subqueries',
    );
    expectClean(r);
    const inventory = JSON.parse(readFileSync(join(dir, 'pipelines/inventory.json'), 'utf8'));
    expect(Object.keys(inventory).sort()).toEqual(['a', 'deep', 'src']);
    for (const t of ['facts/p/a', 'sources/p/src']) {
      expect(existsSync(join(dir, 'pipelines', t, 'pipeline_definition.json'))).toBe(true);
    }
    const a = JSON.parse(readFileSync(join(dir, 'pipelines/facts/p/a/pipeline_definition.json'), 'utf8'));
    expect(a.parents.map((p: { table_name: string }) => p.table_name)).toEqual(['src']);
    // The deep table still has its parent (found by the flat scan) and counts as stateful.
    const d = JSON.parse(readFileSync(join(dir, 'pipelines/facts/p/deep/pipeline_definition.json'), 'utf8'));
    expect([d.parents.map((p: { table_name: string }) => p.table_name), d.complexity.state_form]).toEqual([
      ['src'],
      'Stateful',
    ]);
  });

  test('analyze on that file: the same error, exit 1', () => {
    const dir = tree({ 'deep.sql': `INSERT INTO deep\n${deep};\n` });
    const r = runCli(dir, 'analyze', 'deep.sql');
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('deep.sql:2: error: nested too deep');
    expectClean(r);
  });
});

describe('a table reading itself', () => {
  test('a warning at its line, files written, exit 0', () => {
    const dir = tree({ ...SRC, ...table('loop', 'SELECT id FROM loop UNION ALL SELECT id FROM src') });
    const r = runCli(dir, 'inventory');
    expect(r.status).toBe(0);
    expect(r.stderr).toContain(
      'pipelines/facts/p/loop/sql-scripts/dml.loop.sql:2: warning: `loop` reads itself: its statement consumes its own output in a loop',
    );
  });
});

describe('symbolic links that show a table twice', () => {
  test('a folder link into the pipelines folder is fatal, names the link and its target, writes nothing', () => {
    const dir = tree({ ...SRC, ...table('a', 'SELECT id FROM src') });
    mkdirSync(join(dir, 'pipelines/facts/q'), { recursive: true });
    symlinkSync(join(dir, 'pipelines/facts/p/a'), join(dir, 'pipelines/facts/q/a_link'));
    const r = runCli(dir, 'inventory');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(
      'pipelines/facts/q/a_link: fatal: symbolic link to pipelines/facts/p/a, which is already in the pipelines folder: its tables would be defined twice; remove the link',
    );
    expect(existsSync(join(dir, 'pipelines/inventory.json'))).toBe(false);
    expectClean(r);
  });

  test('two links to one folder outside the pipelines folder are fatal too', () => {
    const dir = tree({ ...SRC, 'shared/t/sql-scripts/ddl.t.sql': 'CREATE TABLE t (id INT);\n' });
    symlinkSync(join(dir, 'shared/t'), join(dir, 'pipelines/sources/p/t'));
    mkdirSync(join(dir, 'pipelines/sources/q'), { recursive: true });
    symlinkSync(join(dir, 'shared/t'), join(dir, 'pipelines/sources/q/t'));
    const r = runCli(dir, 'inventory');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(
      'pipelines/sources/q/t: fatal: symbolic link to the folder already read as pipelines/sources/p/t: its tables would be defined twice; remove the link',
    );
  });

  test('one link to a folder elsewhere in the repository is still followed', () => {
    const dir = tree({ ...SRC, 'shared/t/sql-scripts/ddl.t.sql': 'CREATE TABLE t (id INT);\n' });
    symlinkSync(join(dir, 'shared/t'), join(dir, 'pipelines/sources/p/t'));
    const r = runCli(dir, 'inventory');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('inventory: 2 tables');
  });
});

describe('paths that lead outside the repository', () => {
  function outside(): string {
    const o = mkdtempSync(join(tmpdir(), 'fp-outside-'));
    dirs.push(o);
    mkdirSync(join(o, 'pipelines/sources/p/x/sql-scripts'), { recursive: true });
    writeFileSync(join(o, 'pipelines/sources/p/x/sql-scripts/ddl.x.sql'), 'CREATE TABLE x (id INT);\n');
    writeFileSync(join(o, 'cfg.yaml'), 'pipelines: pipelines\n');
    return o;
  }

  test('--pipelines, the config key and --config outside the repository: one line each, exit 1, nothing written', () => {
    const o = outside();
    const dir = tree({ ...SRC });
    const cases: [string[], string][] = [
      [
        ['inventory', '--pipelines', join(o, 'pipelines')],
        `--pipelines "${join(o, 'pipelines')}" leads outside`,
      ],
      [['inventory', '--pipelines', '../' + o.split('/').pop() + '/pipelines'], '--pipelines "../'],
      [['inventory', '--config', join(o, 'cfg.yaml')], `--config "${join(o, 'cfg.yaml')}" leads outside`],
      [['plan', '--all', '--pipelines', join(o, 'pipelines')], '--pipelines "'],
    ];
    for (const [args, want] of cases) {
      const r = runCli(dir, ...args);
      expect([args.join(' '), r.status]).toEqual([args.join(' '), 1]);
      expect(r.stderr).toContain(want);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expectClean(r);
    }
    writeFileSync(join(dir, 'flink-pipeline.yaml'), `pipelines: ${join(o, 'pipelines')}\n`);
    const r = runCli(dir, 'inventory');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(
      `pipelines in the config "${join(o, 'pipelines')}" leads outside the repository`,
    );
    expect(existsSync(join(o, 'pipelines/inventory.json'))).toBe(false);
  });

  test('a pipelines folder that is a link to outside the repository is refused', () => {
    const o = outside();
    const dir = tree({ 'README.md': 'x' });
    symlinkSync(join(o, 'pipelines'), join(dir, 'pipelines'));
    const r = runCli(dir, 'inventory');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('leads outside the repository');
    expect(existsSync(join(o, 'pipelines/inventory.json'))).toBe(false);
    expectClean(r);
  });
});
