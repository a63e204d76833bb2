import { describe, expect, test } from '@jest/globals';
import { analyzeSql } from '../../src/sql/analyze.js';
import { printExpression, printType } from '../../src/sql/ddl.js';
import { tokenize } from '../../src/sql/lexer.js';
import type { AnalyzedStatement } from '../../src/sql/types.js';

function only(sql: string): AnalyzedStatement {
  const a = analyzeSql(sql);
  expect(a.statements.length).toBe(1);
  return a.statements[0];
}

describe('printType / printExpression', () => {
  test.each([
    ['decimal( 10 ,2 )', 'DECIMAL(10, 2)'],
    ['array<string>', 'ARRAY<STRING>'],
    ['timestamp_ltz(3)', 'TIMESTAMP_LTZ(3)'],
    ['timestamp(3)  with local   time zone', 'TIMESTAMP(3) WITH LOCAL TIME ZONE'],
    ['MAP<STRING,ARRAY<BIGINT>>', 'MAP<STRING, ARRAY<BIGINT>>'],
    ['row<Street string, `Zip Code` int not null>', 'ROW<Street STRING, `Zip Code` INT NOT NULL>'],
    ['ROW(a INT, b ROW<C STRING>)', 'ROW(a INT, b ROW<C STRING>)'],
  ])('type %s', (input, want) => {
    const t = tokenize(input, []);
    expect(printType(t, 0, t.count)).toEqual(want);
  });

  test.each([
    ["ts - interval '5' second", "ts - INTERVAL '5' SECOND"],
    ['SOURCE_WATERMARK( )', 'SOURCE_WATERMARK()'],
    ['`$rowtime`', '`$rowtime`'],
    ['CAST( o.ts AS timestamp(3) )', 'CAST(o.ts AS TIMESTAMP(3))'],
    ['f(a,b)-1', 'f(a, b) - 1'],
  ])('expression %s', (input, want) => {
    const t = tokenize(input, []);
    expect(printExpression(t, 0, t.count)).toEqual(want);
  });
});

describe('CREATE TABLE details', () => {
  test('a full Confluent DDL', () => {
    const s = only(`CREATE TABLE IF NOT EXISTS \`env\`.\`kc\`.\`orders\` (
  \`order_id\` STRING NOT NULL COMMENT 'the id',
  amount decimal( 10 ,2 ),
  tags array<string>,
  addr ROW<Street STRING, \`Zip Code\` INT NOT NULL>,
  ts timestamp_ltz(3) METADATA FROM 'timestamp' VIRTUAL,
  part INT METADATA VIRTUAL,
  total AS amount * 2,
  WATERMARK FOR ts AS ts - interval '5' second,
  CONSTRAINT pk PRIMARY KEY (\`order_id\`) NOT ENFORCED
) COMMENT 'orders' DISTRIBUTED BY HASH(order_id) INTO 4 BUCKETS
WITH (
  'changelog.mode' = 'append',
  'kafka.retention.time' = '7 d',
  'value.format' = 'avro-registry'
);`);
    expect(s.kind).toBe('create-table');
    expect(s.sinks).toEqual(['env.kc.orders']);
    expect(s.stateful).toBeNull();
    expect(s.ddl).toEqual({
      columns: [
        { name: 'order_id', type: 'STRING', nullable: false, kind: 'physical' },
        { name: 'amount', type: 'DECIMAL(10, 2)', nullable: true, kind: 'physical' },
        { name: 'tags', type: 'ARRAY<STRING>', nullable: true, kind: 'physical' },
        {
          name: 'addr',
          type: 'ROW<Street STRING, `Zip Code` INT NOT NULL>',
          nullable: true,
          kind: 'physical',
        },
        { name: 'ts', type: 'TIMESTAMP_LTZ(3)', nullable: true, kind: 'metadata' },
        { name: 'part', type: 'INT', nullable: true, kind: 'metadata' },
        { name: 'total', type: '', nullable: true, kind: 'computed' },
      ],
      primaryKey: ['order_id'],
      distribution: { columns: ['order_id'], buckets: 4 },
      watermark: { column: 'ts', expression: "ts - INTERVAL '5' SECOND" },
      options: { 'changelog.mode': 'append', 'kafka.retention.time': '7 d', 'value.format': 'avro-registry' },
    });
  });

  test('inline primary key, composite key, DISTRIBUTED INTO n BUCKETS, unquoted option key', () => {
    expect(
      only("CREATE TABLE a (id BIGINT PRIMARY KEY NOT ENFORCED, v STRING) WITH (k.x = 'v')").ddl,
    ).toEqual({
      columns: [
        { name: 'id', type: 'BIGINT', nullable: true, kind: 'physical' },
        { name: 'v', type: 'STRING', nullable: true, kind: 'physical' },
      ],
      primaryKey: ['id'],
      distribution: null,
      watermark: null,
      options: { 'k.x': 'v' },
    });
    expect(
      only('CREATE TABLE b (a INT, b INT, PRIMARY KEY (a, b) NOT ENFORCED) DISTRIBUTED INTO 3 BUCKETS').ddl,
    ).toEqual({
      columns: [
        { name: 'a', type: 'INT', nullable: true, kind: 'physical' },
        { name: 'b', type: 'INT', nullable: true, kind: 'physical' },
      ],
      primaryKey: ['a', 'b'],
      distribution: { columns: [], buckets: 3 },
      watermark: null,
      options: {},
    });
  });

  test('DISTRIBUTED BY without HASH and without buckets', () => {
    expect(only('CREATE TABLE c (k INT) DISTRIBUTED BY (k)').ddl?.distribution).toEqual({
      columns: ['k'],
      buckets: null,
    });
  });

  test('option values with escaped quotes and non-string values', () => {
    expect(only("CREATE TABLE d (a INT) WITH ('a' = 'it''s', 'b' = 1, 'c' = true)").ddl?.options).toEqual({
      a: "it's",
      b: '1',
      c: 'true',
    });
  });

  test('changelog.mode upsert makes the DDL stateful with the line of the option key', () => {
    const s = only(`CREATE TABLE e (id INT, PRIMARY KEY (id) NOT ENFORCED)
WITH (
  'value.format' = 'json',
  'changelog.mode' = 'upsert'
)`);
    expect([s.stateful, s.reasons]).toEqual([true, [{ construct: "changelog.mode 'upsert'", line: 4 }]]);
  });

  test('the watermark on $rowtime', () => {
    expect(
      only('CREATE TABLE f (a INT, WATERMARK FOR `$rowtime` AS SOURCE_WATERMARK())').ddl?.watermark,
    ).toEqual({
      column: '$rowtime',
      expression: 'SOURCE_WATERMARK()',
    });
  });

  test('a table without a body still has DDL details', () => {
    expect(only("CREATE TABLE g WITH ('a' = 'b')").ddl).toEqual({
      columns: [],
      primaryKey: [],
      distribution: null,
      watermark: null,
      options: { a: 'b' },
    });
  });
});

describe('CTAS, LIKE and materialized tables', () => {
  test('CTAS with a column list, key, distribution and options', () => {
    const s = only(`CREATE TABLE totals (
  PRIMARY KEY (customer_id) NOT ENFORCED
) DISTRIBUTED BY HASH(customer_id) INTO 2 BUCKETS
WITH ('changelog.mode' = 'retract')
AS SELECT customer_id, SUM(amount) AS total FROM orders GROUP BY customer_id;`);
    expect(s.kind).toBe('ctas');
    expect([s.sinks, s.sources, s.stateful]).toEqual([['totals'], ['orders'], true]);
    expect(s.reasons).toEqual([
      { construct: "changelog.mode 'retract'", line: 4 },
      { construct: 'GROUP BY', line: 5 },
    ]);
    expect(s.ddl).toEqual({
      columns: [],
      primaryKey: ['customer_id'],
      distribution: { columns: ['customer_id'], buckets: 2 },
      watermark: null,
      options: { 'changelog.mode': 'retract' },
    });
  });

  test('CREATE TABLE … LIKE keeps its own columns and options, reads the LIKE table', () => {
    const s = only(
      "CREATE TABLE copy (extra STRING METADATA FROM 'topic') WITH ('value.format' = 'json') LIKE `cat`.`db`.base (EXCLUDING OPTIONS)",
    );
    expect([s.kind, s.sinks, s.sources, s.stateful]).toEqual([
      'create-like',
      ['copy'],
      ['cat.db.base'],
      null,
    ]);
    expect(s.ddl).toEqual({
      columns: [{ name: 'extra', type: 'STRING', nullable: true, kind: 'metadata' }],
      primaryKey: [],
      distribution: null,
      watermark: null,
      options: { 'value.format': 'json' },
    });
  });

  test('CREATE OR ALTER MATERIALIZED TABLE skips FRESHNESS and REFRESH_MODE', () => {
    const s = only(`CREATE OR ALTER MATERIALIZED TABLE mt (PRIMARY KEY (id) NOT ENFORCED)
COMMENT 'm' PARTITIONED BY (ds) WITH ('format' = 'json')
FRESHNESS = INTERVAL '3' MINUTE REFRESH_MODE = CONTINUOUS
AS SELECT id, ds FROM src`);
    // A primary key and no changelog.mode: an upsert table on Confluent Cloud.
    expect([s.kind, s.sinks, s.sources, s.stateful, s.reasons]).toEqual([
      'create-materialized-table',
      ['mt'],
      ['src'],
      true,
      [{ construct: "changelog.mode 'upsert' by default (a PRIMARY KEY and no changelog.mode)", line: 1 }],
    ]);
    expect(s.ddl).toEqual({
      columns: [],
      primaryKey: ['id'],
      distribution: null,
      watermark: null,
      options: { format: 'json' },
    });
  });

  test('CREATE VIEW has no DDL details', () => {
    expect(only('CREATE VIEW v AS SELECT 1').ddl).toBeUndefined();
  });
});
