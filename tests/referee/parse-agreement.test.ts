/**
 * What Apache Flink's parser refuses by its lexer or its grammar wherever it stands (a
 * character, `::`, `->`, a lone `|`, double quotes), the analyzer reports as an error at the
 * same line, and the emulator refuses (it refuses every statement the analyzer finds an error
 * in); what Flink parses in the same places (the same characters in strings, comments and
 * backticks, `||`, `<>`, `|` in MATCH_RECOGNIZE's PATTERN) the analyzer takes without an issue.
 * A column named by a word Flink reserves, unquoted, Flink refuses and the analyzer warns about
 * (Confluent Cloud reserves words too, by a list not shown to be the same); `!=` likewise.
 * The planner is the referee: each form runs through `validate --engine flink` in a real git
 * repository, one table per form. Needs java and mvn, like the rest of tests/referee.
 */
import { afterAll, beforeAll, describe, expect, jest, test } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { toolsPresent } from '../../src/referee/toolchain.js';
import { analyzeSql } from '../../src/sql/analyze.js';
import { BANG_EQUAL } from '../../src/sql/lexer.js';
import { makeRepo, runCli } from '../helpers/repo.js';

// The first run may download Apache Flink's jars; the planner's run takes seconds.
jest.setTimeout(300_000);

const tools = toolsPresent();
const available = tools.java && tools.mvn;

/**
 * Each form as the query of `INSERT INTO <table> SELECT … FROM src` (one line: line 1). The
 * tables' names start with `t_`: many plain words (`at`, `hash`) are reserved words to Flink.
 */
const REFUSED: Record<string, string> = {
  t_hash: 'SELECT a # 1 FROM src',
  t_at: 'SELECT @a FROM src',
  t_backslash: 'SELECT a \\ 1 FROM src',
  t_tilde: 'SELECT ~a FROM src',
  t_ampersand: 'SELECT a & 1 FROM src',
  t_bang: 'SELECT a FROM src WHERE ! (a > 0)',
  t_double_quote: 'SELECT "x" FROM src',
  t_double_colon: 'SELECT b::INT FROM src',
  t_arrow: 'SELECT a FROM src WHERE a -> 1',
  t_pipe: 'SELECT a | 1 FROM src',
};

const ACCEPTED: Record<string, string> = {
  t_in_strings: "SELECT CHAR_LENGTH('#@\\~&!\"::->|') FROM src",
  t_in_backticks: 'SELECT `a` AS `x#@~&!::->|` FROM src',
  t_in_comments: 'SELECT a /* # @ ~ & ! :: -> | */ FROM src -- \\ " |',
  t_concat_and_not_equal: "SELECT CHAR_LENGTH(b || 'x') FROM src WHERE a <> 1",
  t_pattern_alternatives:
    'SELECT v FROM src MATCH_RECOGNIZE (ORDER BY ts MEASURES A.a AS v ONE ROW PER MATCH ' +
    'PATTERN ((A | B) C) DEFINE A AS A.a > 0, B AS B.a < 0, C AS C.a = 0)',
};

/** Refused by Apache Flink; Confluent Cloud's documents do not show whether it refuses them too. */
const WARNED: Record<string, string> = {
  t_bang_equal: 'SELECT a FROM src WHERE a != 1',
  // src has a column `value`; unquoted after the dot, the word is the one Flink reserves.
  t_reserved_after_dot: 'SELECT s.value FROM src AS s',
};

/** Whole DDL files (line 1): a column named by a word Flink reserves, unquoted and quoted. */
const DDL: Record<string, { sql: string; flink: 'rejected' | 'accepted'; warned: boolean }> = {
  t_reserved_column: {
    sql: "CREATE TABLE t_reserved_column (v INT, value INT) WITH ('changelog.mode' = 'append');\n",
    flink: 'rejected',
    warned: true,
  },
  t_quoted_reserved_column: {
    sql: "CREATE TABLE t_quoted_reserved_column (`value` INT, `user` STRING, m MAP<STRING, INT>) WITH ('changelog.mode' = 'append');\n",
    flink: 'accepted',
    warned: false,
  },
};

const dml = (table: string, query: string) => `INSERT INTO ${table} ${query};\n`;

(available ? describe : describe.skip)("Flink's parser and the analyzer refuse the same forms", () => {
  let source: string;
  let repo: ReturnType<typeof makeRepo>;
  let verdicts: Map<string, { status: string; message?: string }>;
  let ddlVerdicts: Map<string, { status: string; message?: string }>;

  beforeAll(() => {
    source = mkdtempSync(join(tmpdir(), 'flink-pipeline-parse-'));
    const folder = (table: string, ddl: string, query?: string) => {
      const dir = join(source, 'pipelines', 'facts', 'forms', table, 'sql-scripts');
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, `ddl.${table}.sql`), ddl);
      if (query !== undefined) writeFileSync(join(dir, `dml.${table}.sql`), dml(table, query));
    };
    folder(
      'src',
      "CREATE TABLE src (a INT, b STRING, `value` INT, ts TIMESTAMP(3), WATERMARK FOR ts AS ts - INTERVAL '1' SECOND) " +
        "WITH ('changelog.mode' = 'append');\n",
    );
    for (const [table, query] of Object.entries({ ...REFUSED, ...ACCEPTED, ...WARNED })) {
      folder(table, `CREATE TABLE ${table} (v INT) WITH ('changelog.mode' = 'append');\n`, query);
    }
    for (const [table, { sql }] of Object.entries(DDL)) folder(table, sql);
    writeFileSync(join(source, 'flink-pipeline.yaml'), 'pipelines: pipelines\n');
    repo = makeRepo(source);
    const r = runCli(repo.dir, 'validate', '--engine', 'flink', '--all', '--format', 'json');
    expect(r.stderr).toBe('');
    const out = JSON.parse(r.stdout) as {
      statements: { table: string; kind: string; status: string; message?: string }[];
    };
    verdicts = new Map(out.statements.filter((s) => s.kind === 'insert').map((s) => [s.table, s]));
    ddlVerdicts = new Map(out.statements.filter((s) => s.kind === 'create-table').map((s) => [s.table, s]));
  });
  afterAll(() => {
    repo?.cleanup();
    if (source) rmSync(source, { recursive: true, force: true });
  });

  test.each(Object.keys(REFUSED))(
    '%s: Flink refuses it, the analyzer reports an error at line 1',
    (table) => {
      const text = dml(table, REFUSED[table]);
      expect(verdicts.get(table)).toMatchObject({ status: 'rejected' });
      expect(verdicts.get(table)!.message).toMatch(/Encountered|Lexical error/);
      const errors = analyzeSql(text).issues.filter((i) => i.severity === 'error');
      expect(errors.map((i) => i.line)).toEqual([1]);
    },
  );

  test.each(Object.keys(ACCEPTED))('%s: Flink plans it, the analyzer finds no issue', (table) => {
    expect(verdicts.get(table)).toMatchObject({ status: 'accepted' });
    expect(analyzeSql(dml(table, ACCEPTED[table])).issues).toEqual([]);
  });

  test.each(Object.keys(DDL))(
    '%s: a column named by a reserved word, as Flink and the analyzer see it',
    (table) => {
      const { sql, flink, warned } = DDL[table];
      expect(ddlVerdicts.get(table)).toMatchObject({ status: flink });
      const issues = analyzeSql(sql).issues;
      expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
      expect(
        issues.some((i) => i.severity === 'warning' && i.line === 1 && /reserved word/.test(i.message)),
      ).toBe(warned);
    },
  );

  test.each(Object.keys(WARNED))('%s: Flink refuses it, the analyzer warns and finds no error', (table) => {
    expect(verdicts.get(table)).toMatchObject({ status: 'rejected' });
    const issues = analyzeSql(dml(table, WARNED[table])).issues;
    expect(issues.map((i) => [i.severity, i.line])).toEqual([['warning', 1]]);
    if (table === 't_bang_equal') expect(issues[0].message).toBe(BANG_EQUAL);
    else expect(issues[0].message).toMatch(/^value is a reserved word in Flink SQL/);
  });
});
