import { afterEach, describe, expect, test } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { runCli, type CliResult } from '../helpers/repo.js';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A throw-away repository from a map of relative path → file content. */
function tree(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'fp-bad-'));
  dirs.push(dir);
  mkdirSync(join(dir, '.git'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

const T = (name: string, extra = '') => ({
  [`pipelines/facts/p/${name}/sql-scripts/ddl.${name}.sql`]: `CREATE TABLE ${name} (id INT) WITH ('changelog.mode' = 'append');\n`,
  [`pipelines/facts/p/${name}/sql-scripts/dml.${name}.sql`]: `INSERT INTO ${name}\nSELECT id FROM src${extra};\n`,
  'pipelines/sources/p/src/sql-scripts/ddl.src.sql': 'CREATE TABLE src (id INT);\n',
});

/** One clear line per problem: no stack trace, no internal error. */
function expectClean(r: CliResult) {
  expect(r.stderr).not.toMatch(/\n\s+at |internal error|Error:/);
}

describe('inventory on bad input', () => {
  test('non-UTF-8 file: fatal, names file and line, writes nothing', () => {
    const dir = tree({
      ...T('a'),
      'pipelines/facts/p/a/sql-scripts/dml.a.sql': Buffer.from(
        'INSERT INTO a\nSELECT \xff\xfe FROM src;\n',
        'latin1',
      ),
    });
    const r = runCli(dir, 'inventory');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(
      'pipelines/facts/p/a/sql-scripts/dml.a.sql:2: fatal: the file is not valid UTF-8; save it as UTF-8',
    );
    expect(r.stderr).toContain('inventory: nothing written');
    expectClean(r);
  });

  test('symbolic link leading outside the repository is refused', () => {
    const outside = mkdtempSync(join(tmpdir(), 'fp-outside-'));
    dirs.push(outside);
    mkdirSync(join(outside, 'sql-scripts'));
    writeFileSync(join(outside, 'sql-scripts', 'ddl.evil.sql'), 'CREATE TABLE evil (id INT);');
    const dir = tree(T('a'));
    symlinkSync(outside, join(dir, 'pipelines', 'facts', 'p', 'evil'));
    const r = runCli(dir, 'inventory');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(
      'pipelines/facts/p/evil: fatal: symbolic link leads outside the repository and is refused; copy the files into the repository instead',
    );
    expectClean(r);
  });

  test('two folders defining the same table: fatal, both paths named', () => {
    const dir = tree({
      ...T('a'),
      'pipelines/facts/q/a_copy/sql-scripts/ddl.a.sql': 'CREATE TABLE a (id INT);\n',
    });
    const r = runCli(dir, 'inventory');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(
      'table `a` is defined twice: in pipelines/facts/p/a and in pipelines/facts/q/a_copy',
    );
    expectClean(r);
  });

  test('a cycle is fatal and printed', () => {
    const dir = tree({
      ...T('a'),
      'pipelines/sources/p/src/sql-scripts/dml.src.sql': 'INSERT INTO src SELECT id FROM a;\n',
    });
    const r = runCli(dir, 'inventory');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('dependency cycle: a → src → a');
    expectClean(r);
  });

  test('unknown table: warning with suggestion, files still written, exit 0', () => {
    const dir = tree(T('a', 's'));
    const r = runCli(dir, 'inventory');
    expect(r.status).toBe(0);
    expect(r.stderr).toContain(
      'pipelines/facts/p/a/sql-scripts/dml.a.sql:2: warning: `srcs` is not defined under pipelines/ and is treated as an external table; did you mean `src`?',
    );
    expect(r.stdout).toContain('inventory: 2 tables, 1 external; 3 created');
  });

  test('SQL the analyzer cannot follow: reported, the rest written, exit 1', () => {
    const dir = tree({
      ...T('a'),
      'pipelines/facts/p/b/sql-scripts/dml.b.sql': 'INSERT INTO b\nSELECT (id FROM a;\n',
    });
    const r = runCli(dir, 'inventory');
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/pipelines\/facts\/p\/b\/sql-scripts\/dml\.b\.sql:\d+: error: /);
    expect(r.stdout).toContain('inventory: 3 tables');
    expectClean(r);
  });

  test('missing and empty pipelines folders', () => {
    const dir = tree({ 'README.md': 'x' });
    const missing = runCli(dir, 'inventory');
    expect(missing.status).toBe(2);
    expect(missing.stderr).toBe(
      'flink-pipeline: pipelines: pipelines folder not found; pass the folder that holds your table folders with --pipelines\n',
    );
    mkdirSync(join(dir, 'pipelines'));
    const empty = runCli(dir, 'inventory');
    expect(empty.status).toBe(1);
    expect(empty.stderr).toContain('pipelines: fatal: no table folders');
  });

  test('wrong command line: one line, exit 2', () => {
    const dir = tree(T('a'));
    const r = runCli(dir, 'inventory', '--bogus');
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain("Unknown option '--bogus'");
    const cfg = runCli(dir, 'inventory', '--config', 'nope.yaml');
    expect(cfg.stderr).toBe(
      'flink-pipeline: nope.yaml: config file not found; pass an existing file to --config\n',
    );
  });

  test('report on an unknown table suggests the nearest name', () => {
    const dir = tree(T('orders'));
    const r = runCli(dir, 'report', 'order');
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('flink-pipeline: report: no table named `order`; did you mean `orders`?\n');
  });
});
