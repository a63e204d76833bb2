import { describe, expect, test } from '@jest/globals';
import { buildProject } from '../../src/project/build.js';
import type { Diagnostic } from '../../src/project/diagnostics.js';
import type { TableFolder } from '../../src/project/model.js';

/** A table folder in the shift_left layout, from its layer path and SQL. */
function folder(
  path: string,
  name: string,
  ddl: string | null,
  dml: string | null,
  props?: string,
): TableFolder {
  const base = `pipelines/${path}`;
  return {
    folder: base,
    ...(ddl !== null ? { ddl: { path: `${base}/sql-scripts/ddl.${name}.sql`, text: ddl } } : {}),
    ...(dml !== null ? { dml: { path: `${base}/sql-scripts/dml.${name}.sql`, text: dml } } : {}),
    ...(props ? { dmlProperties: { path: `${base}/sql-scripts/dml.${name}.properties`, text: props } } : {}),
  };
}

const ddl = (t: string, opts = "'changelog.mode' = 'append'") =>
  `CREATE TABLE IF NOT EXISTS ${t} (\n  id STRING,\n  amount INT,\n  PRIMARY KEY (id) NOT ENFORCED\n) WITH (\n  ${opts}\n);\n`;

const codes = (d: Diagnostic[]) => d.map((x) => `${x.severity}:${x.code}`).sort();

describe('project model', () => {
  const base = [
    folder(
      'sources/p/src_orders',
      'src_orders',
      ddl('src_orders'),
      'INSERT INTO src_orders SELECT * FROM raw_orders;',
    ),
    folder(
      'facts/p/fct_orders',
      'fct_orders',
      ddl('fct_orders'),
      'INSERT INTO fct_orders\nSELECT o.id, SUM(o.amount) FROM src_orders o\nGROUP BY o.id;',
    ),
  ];

  test('tables, types, products, parents, statefulness and externals', () => {
    const p = buildProject({ pipelinesDir: 'pipelines', folders: base, externalTables: ['raw_*'] });
    expect(codes(p.diagnostics)).toEqual([]);
    expect([...p.tables.keys()].sort()).toEqual(['fct_orders', 'raw_orders', 'src_orders']);
    const fct = p.tables.get('fct_orders')!;
    expect([fct.type, fct.product, fct.parents, fct.stateful]).toEqual(['fact', 'p', ['src_orders'], true]);
    expect(fct.reasons).toEqual([
      { construct: 'GROUP BY', line: 3, file: 'pipelines/facts/p/fct_orders/sql-scripts/dml.fct_orders.sql' },
    ]);
    const raw = p.tables.get('raw_orders')!;
    expect([raw.type, raw.external, raw.kafkaTopic, raw.folder]).toEqual([
      'external_kafka',
      true,
      'raw_orders',
      '',
    ]);
    expect(p.tables.get('src_orders')!.stateful).toBe(false);
  });

  test('an upsert changelog in the DDL makes the table stateful', () => {
    const p = buildProject({
      pipelinesDir: 'pipelines',
      folders: [
        folder('sources/p/s', 's', ddl('s', "'changelog.mode' = 'upsert'"), 'INSERT INTO s VALUES (1, 2);'),
      ],
    });
    expect(p.tables.get('s')!.stateful).toBe(true);
    expect(p.tables.get('s')!.reasons.map((r) => r.construct)).toEqual(["changelog.mode 'upsert'"]);
  });

  test('an unknown table warns at its line with a did-you-mean suggestion', () => {
    const p = buildProject({
      pipelinesDir: 'pipelines',
      folders: [...base, folder('facts/p/f2', 'f2', ddl('f2'), 'INSERT INTO f2\nSELECT * FROM src_order;')],
      externalTables: ['raw_*'],
    });
    const w = p.diagnostics.filter((d) => d.code === 'unknown-table');
    expect(w).toEqual([
      {
        severity: 'warning',
        code: 'unknown-table',
        file: 'pipelines/facts/p/f2/sql-scripts/dml.f2.sql',
        line: 2,
        message:
          '`src_order` is not defined under pipelines/ and is treated as an external table; did you mean `src_orders`? If it is a raw topic, list it in externalTables in flink-pipeline.yaml.',
      },
    ]);
    expect(p.tables.get('src_order')!.external).toBe(true);
  });

  test('a catalog-qualified name resolves to the table of that name', () => {
    const p = buildProject({
      pipelinesDir: 'pipelines',
      folders: [
        ...base,
        folder(
          'facts/p/f3',
          'f3',
          ddl('f3'),
          'INSERT INTO f3 SELECT * FROM `dev-env`.`cluster-0`.`src_orders`;',
        ),
      ],
      externalTables: ['raw_*'],
    });
    expect(p.tables.get('f3')!.parents).toEqual(['src_orders']);
    expect(p.tables.has('dev-env.cluster-0.src_orders')).toBe(false);
  });

  test('two folders defining one table is fatal and names both', () => {
    const p = buildProject({
      pipelinesDir: 'pipelines',
      folders: [...base, folder('facts/q/fct_orders_copy', 'fct_orders', ddl('fct_orders'), null)],
      externalTables: ['raw_*'],
    });
    const d = p.diagnostics.find((x) => x.code === 'duplicate-table')!;
    expect(d.severity).toBe('fatal');
    expect(d.message).toBe(
      'table `fct_orders` is defined twice: in pipelines/facts/p/fct_orders and in pipelines/facts/q/fct_orders_copy; rename or remove one',
    );
  });

  test('DML inserting into another table than the DDL creates is fatal at the INSERT line', () => {
    const p = buildProject({
      pipelinesDir: 'pipelines',
      folders: [folder('facts/p/a', 'a', ddl('a'), '-- writes b\nINSERT INTO b\nSELECT 1;')],
    });
    expect(p.diagnostics.find((x) => x.code === 'name-mismatch')).toEqual({
      severity: 'fatal',
      code: 'name-mismatch',
      file: 'pipelines/facts/p/a/sql-scripts/dml.a.sql',
      line: 2,
      message:
        'the DML inserts into `b` but the DDL (pipelines/facts/p/a/sql-scripts/ddl.a.sql:1) creates `a`; make both name the same table',
    });
  });

  test('DML without DDL and DDL without DML are allowed and reported', () => {
    const p = buildProject({
      pipelinesDir: 'pipelines',
      folders: [
        folder('seeds/s/only_ddl', 'only_ddl', ddl('only_ddl'), null),
        folder('facts/s/only_dml', 'only_dml', null, 'INSERT INTO only_dml SELECT * FROM only_ddl;'),
      ],
    });
    expect(codes(p.diagnostics)).toEqual(['notice:ddl-without-dml', 'notice:dml-without-ddl']);
    expect(p.tables.get('only_dml')!.parents).toEqual(['only_ddl']);
    expect(p.tables.get('only_ddl')!.type).toBe('seed');
  });

  test('a cycle is fatal and printed as a path', () => {
    const p = buildProject({
      pipelinesDir: 'pipelines',
      folders: [
        folder('facts/p/a', 'a', ddl('a'), 'INSERT INTO a SELECT * FROM c;'),
        folder('facts/p/b', 'b', ddl('b'), 'INSERT INTO b SELECT * FROM a;'),
        folder('facts/p/c', 'c', ddl('c'), 'INSERT INTO c SELECT * FROM b;'),
      ],
    });
    const d = p.diagnostics.find((x) => x.code === 'cycle')!;
    expect(d.severity).toBe('fatal');
    expect(d.message).toBe(
      'dependency cycle: a → b → c → a; a table cannot read, directly or through others, what it writes',
    );
  });

  test('SQL the analyzer cannot follow is reported and the other tables are kept', () => {
    const p = buildProject({
      pipelinesDir: 'pipelines',
      folders: [
        ...base,
        folder(
          'facts/p/broken',
          'broken',
          ddl('broken'),
          "INSERT INTO broken\nSELECT 'unterminated FROM src_orders;\n",
        ),
      ],
      externalTables: ['raw_*'],
    });
    const errors = p.diagnostics.filter((d) => d.severity === 'error');
    expect(errors.length).toBeGreaterThan(0);
    expect(errors[0].file).toBe('pipelines/facts/p/broken/sql-scripts/dml.broken.sql');
    expect(errors[0].line).toBe(2);
    expect(p.tables.get('fct_orders')!.parents).toEqual(['src_orders']);
    expect(p.tables.has('broken')).toBe(true);
  });

  test('statement properties come from SET lines and the .properties file', () => {
    const p = buildProject({
      pipelinesDir: 'pipelines',
      folders: [
        folder(
          'facts/p/a',
          'a',
          ddl('a'),
          "SET 'sql.state-ttl' = '1 d';\nINSERT INTO a SELECT 1;",
          'client.statement-name=a\n',
        ),
      ],
    });
    expect(p.tables.get('a')!.properties).toEqual({ 'sql.state-ttl': '1 d', 'client.statement-name': 'a' });
  });

  test("sql.snapshot.mode other than 'off' is an error at its SET line or .properties line", () => {
    const withDdlProps = (f: TableFolder, text: string): TableFolder => ({
      ...f,
      ddlProperties: { path: f.ddl!.path.replace(/\.sql$/, '.properties'), text },
    });
    const p = buildProject({
      pipelinesDir: 'pipelines',
      folders: [
        folder(
          'facts/p/a',
          'a',
          ddl('a'),
          "SET 'sql.state-ttl' = '1 d';\nSET 'sql.snapshot.mode' = 'now';\nINSERT INTO a SELECT 1;",
        ),
        folder('facts/p/b', 'b', ddl('b'), 'INSERT INTO b SELECT 1;', '# comment\nsql.snapshot.mode = now\n'),
        withDdlProps(
          folder('facts/p/c', 'c', ddl('c'), 'INSERT INTO c SELECT 1;'),
          'sql.snapshot.mode: NOW\n',
        ),
        folder(
          'facts/p/d',
          'd',
          ddl('d'),
          "SET 'sql.snapshot.mode' = 'off';\nINSERT INTO d SELECT 1;",
          'sql.snapshot.mode=off\n',
        ),
      ],
    });
    const found = p.diagnostics
      .filter((d) => d.code === 'snapshot-mode')
      .map((d) => `${d.severity} ${d.file}:${d.line} ${d.message}`);
    expect(found.sort()).toEqual([
      "error pipelines/facts/p/a/sql-scripts/dml.a.sql:2 sql.snapshot.mode is 'now' here: a pipeline statement must run continuously, and a snapshot query reads its tables once and ends; remove the setting (or set 'off')",
      expect.stringMatching(
        /^error pipelines\/facts\/p\/b\/sql-scripts\/dml\.b\.properties:2 sql\.snapshot\.mode is 'now' here/,
      ),
      expect.stringMatching(
        /^error pipelines\/facts\/p\/c\/sql-scripts\/ddl\.c\.properties:1 sql\.snapshot\.mode is 'NOW' here/,
      ),
    ]);
  });

  test('an empty pipelines folder is fatal', () => {
    const p = buildProject({ pipelinesDir: 'pipelines', folders: [] });
    expect(codes(p.diagnostics)).toEqual(['fatal:no-tables']);
  });
});
