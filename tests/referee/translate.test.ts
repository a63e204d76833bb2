/**
 * Confluent DDL → Apache Flink DDL (docs/referee.md's table), the statements the referee does
 * not check, and what a plan's nodes mean. No JVM here: these run everywhere.
 */
import { describe, expect, test } from '@jest/globals';
import { analyzeSql } from '../../src/sql/analyze.js';
import { compareVerdicts } from '../../src/referee/compare.js';
import { fileItems, prepare, projectItems, translateStatement } from '../../src/referee/request.js';
import { buildProject } from '../../src/project/build.js';
import { fileStatements } from '../../src/referee/statements.js';
import { plannerSettings, type Translation } from '../../src/referee/translate.js';
import { statefulOperators, tableName } from '../../src/referee/verdict.js';

function translate(sql: string, index = 0): Translation {
  const s = fileStatements(sql, analyzeSql(sql))[index];
  const t = translateStatement(sql, s, s.analyzed.sinks[0]);
  if (!t) throw new Error('skipped');
  return t;
}

function executed(sql: string): string {
  const t = translate(sql);
  if (t.action !== 'execute') throw new Error(`not executed: ${JSON.stringify(t)}`);
  return t.sql;
}

const options = (flink: string) =>
  Object.fromEntries(
    [...(/WITH \((.*)\)\s*$/s.exec(flink)?.[1] ?? '').matchAll(/'((?:[^']|'')*)' = '((?:[^']|'')*)'/g)].map(
      (m) => [m[1], m[2]],
    ),
  );

const UPSERT = `CREATE TABLE IF NOT EXISTS orders (
  id STRING NOT NULL,
  amount DECIMAL(10, 2),
  PRIMARY KEY (id) NOT ENFORCED
) DISTRIBUTED BY HASH(id) INTO 4 BUCKETS
WITH (
  'changelog.mode' = 'upsert',
  'kafka.retention.time' = '7 d',
  'key.format' = 'avro-registry',
  'value.format' = 'avro-registry'
);`;

describe('Confluent DDL as Apache Flink DDL', () => {
  test("changelog.mode 'upsert': upsert-kafka with the primary key and JSON key and value", () => {
    const sql = executed(UPSERT);
    expect(options(sql)).toEqual({
      connector: 'upsert-kafka',
      topic: 'orders',
      'properties.bootstrap.servers': 'referee.invalid:9092',
      'key.format': 'json',
      'value.format': 'json',
    });
    expect(sql).toContain('PRIMARY KEY (id) NOT ENFORCED');
    expect(sql).not.toMatch(/DISTRIBUTED|BUCKETS|changelog|kafka\.retention|avro/);
  });

  test('every line keeps its number, so a planner error points into the file', () => {
    const sql = executed(UPSERT);
    const lines = sql.split('\n');
    expect(lines.length).toBe(UPSERT.replace(/;$/, '').split('\n').length);
    expect(lines[1]).toBe('  id STRING NOT NULL,');
    expect(lines[2]).toBe('  amount DECIMAL(10, 2),');
  });

  test('a table with a primary key and no changelog.mode is upsert, as in Confluent Cloud', () => {
    expect(options(executed('CREATE TABLE t (k INT, v INT, PRIMARY KEY (k) NOT ENFORCED)')).connector).toBe(
      'upsert-kafka',
    );
  });

  test("'append' (and no key, no mode): kafka with JSON, no primary key, from the earliest offset", () => {
    const sql = executed(`CREATE TABLE t (
  k STRING PRIMARY KEY NOT ENFORCED,
  v INT,
  CONSTRAINT pk PRIMARY KEY (k) NOT ENFORCED
) WITH ('changelog.mode' = 'append', 'value.format' = 'json-registry')`);
    expect(options(sql)).toEqual({
      connector: 'kafka',
      topic: 't',
      'properties.bootstrap.servers': 'referee.invalid:9092',
      'scan.startup.mode': 'earliest-offset',
      'value.format': 'json',
    });
    expect(sql).not.toMatch(/PRIMARY|CONSTRAINT/);
    expect(options(executed('CREATE TABLE t (v INT)')).connector).toBe('kafka');
  });

  test("'retract': kafka with the debezium-json changelog format, keeping the key", () => {
    const sql = executed(
      "CREATE TABLE t (k INT, v INT, PRIMARY KEY (k) NOT ENFORCED) WITH ('changelog.mode' = 'retract')",
    );
    expect(options(sql)['value.format']).toBe('debezium-json');
    expect(options(sql).connector).toBe('kafka');
    expect(sql).toContain('PRIMARY KEY (k)');
  });

  test("a change-event value format (Confluent's *-debezium-registry) is retract: debezium-json, key kept", () => {
    const sql = executed(
      "CREATE TABLE t (k INT, v INT, PRIMARY KEY (k) NOT ENFORCED) WITH ('value.format' = 'avro-debezium-registry')",
    );
    expect(options(sql)['value.format']).toBe('debezium-json');
    expect(sql).toContain('PRIMARY KEY (k)');
  });

  test('CREATE TABLE … AS: a key or a change-event format decides the mode; else the query does', () => {
    const mode = (sql: string) => {
      const t = translate(sql);
      return t.action === 'ctas' ? t.mode : t.action;
    };
    expect(mode('CREATE TABLE t (PRIMARY KEY (k) NOT ENFORCED) AS SELECT k, v FROM s')).toBe('upsert');
    expect(mode("CREATE TABLE t WITH ('value.format' = 'json-debezium-registry') AS SELECT k FROM s")).toBe(
      'retract',
    );
    expect(mode('CREATE TABLE t AS SELECT k, COUNT(*) AS n FROM s GROUP BY k')).toBe('infer');
  });

  test('$rowtime becomes the record timestamp, with the default watermark when none is declared', () => {
    const sql = executed('CREATE TABLE t (v INT)');
    expect(sql).toContain("`$rowtime` TIMESTAMP_LTZ(3) METADATA FROM 'timestamp' VIRTUAL");
    expect(sql).toContain('WATERMARK FOR `$rowtime` AS `$rowtime`');
    const own = executed(
      "CREATE TABLE t (v INT, ts TIMESTAMP(3), WATERMARK FOR ts AS ts - INTERVAL '5' SECOND)",
    );
    expect(own).toContain('`$rowtime` TIMESTAMP_LTZ(3) METADATA');
    expect(own.match(/WATERMARK/g)).toHaveLength(1);
  });

  test('SOURCE_WATERMARK() (not available on Kafka in Apache Flink) becomes the column itself', () => {
    const sql = executed('CREATE TABLE t (v INT, WATERMARK FOR `$rowtime` AS SOURCE_WATERMARK())');
    expect(sql).toContain('WATERMARK FOR `$rowtime` AS `$rowtime`');
  });

  test('a table without WITH gets a connector; DISTRIBUTED INTO n BUCKETS goes', () => {
    const sql = executed('CREATE TABLE t (v INT) DISTRIBUTED INTO 3 BUCKETS');
    expect(sql).not.toMatch(/DISTRIBUTED|BUCKETS/);
    expect(options(sql).connector).toBe('kafka');
  });

  test('CREATE TABLE … AS: the query, the INSERT at the same place, the options for each mode', () => {
    const sql = `CREATE TABLE IF NOT EXISTS snap (
  PRIMARY KEY (c) NOT ENFORCED
) WITH ('changelog.mode' = 'upsert')
AS SELECT c, COUNT(*) AS n
FROM src GROUP BY c`;
    const t = translate(sql);
    expect(t.action).toBe('ctas');
    if (t.action !== 'ctas') return;
    expect(t.mode).toBe('upsert');
    expect(t.primaryKey).toEqual(['c']);
    expect(t.insert.split('\n')[0].trim()).toBe('INSERT INTO snap');
    expect(t.insert.split('\n')[3]).toBe('   SELECT c, COUNT(*) AS n');
    expect(t.query.split('\n')).toHaveLength(5);
    expect(t.options.upsert.connector).toBe('upsert-kafka');
    const inferred = translate('CREATE TABLE s AS SELECT * FROM src');
    expect(inferred.action === 'ctas' && inferred.mode).toBe('infer');
  });

  test('a connector Apache Flink has is kept as written; one it lacks is not checked', () => {
    expect(options(executed("CREATE TABLE t (v INT) WITH ('connector' = 'datagen')"))).toEqual({
      connector: 'datagen',
    });
    expect(translate("CREATE TABLE t (v INT) WITH ('connector' = 'faker')")).toEqual({
      action: 'not-checked',
      reason: "uses the connector 'faker', which the referee does not have",
    });
  });

  test("'upsert' without a primary key is not checked (upsert-kafka needs one)", () => {
    expect(translate("CREATE TABLE t (v INT) WITH ('changelog.mode' = 'upsert')").action).toBe('not-checked');
  });
});

describe('statements the referee does not check, with the reason', () => {
  test.each([
    [
      'SELECT ML_PREDICT',
      'INSERT INTO t SELECT * FROM ML_PREDICT(TABLE s, MODEL m, DESCRIPTOR(x))',
      'ML_PREDICT',
    ],
    ['AI_COMPLETE', "INSERT INTO t SELECT AI_COMPLETE('m', x) FROM s", 'AI_COMPLETE'],
    [
      'KEY_SEARCH_AGG',
      'INSERT INTO t SELECT * FROM s, LATERAL TABLE(KEY_SEARCH_AGG(u, DESCRIPTOR(id), s.id))',
      'KEY_SEARCH_AGG',
    ],
    [
      'VECTOR_SEARCH_AGG',
      'INSERT INTO t SELECT * FROM s, LATERAL TABLE(VECTOR_SEARCH_AGG(v, DESCRIPTOR(e), s.e, 3))',
      'VECTOR_SEARCH_AGG',
    ],
  ])('%s', (_label, sql, fn) => {
    const t = translate(sql);
    expect(t).toEqual({
      action: 'not-checked',
      reason: `calls ${fn}, a Confluent Cloud function that Apache Flink does not have`,
    });
  });

  test.each([
    ["CREATE MODEL m INPUT (x STRING) OUTPUT (y STRING) WITH ('provider' = 'openai')", 'MODEL'],
    ["CREATE CONNECTION c WITH ('type' = 'openai')", 'CONNECTION'],
  ])('%s', (sql, object) => {
    expect(translate(sql)).toEqual({
      action: 'not-checked',
      reason: `a Confluent Cloud ${object}: Apache Flink has no counterpart`,
    });
  });

  test('a column named like a function is not a call', () => {
    expect(translate('INSERT INTO t SELECT ml_score FROM s').action).toBe('plan');
  });

  test('SET and USE are client-side: nothing to check', () => {
    const sql = "SET 'sql.state-ttl' = '1 d';";
    expect(translateStatement(sql, fileStatements(sql, analyzeSql(sql))[0], undefined)).toBeNull();
  });

  test('a query over a table the file does not create is not checked, naming the table', () => {
    const sql = 'CREATE TABLE t (v INT);\nINSERT INTO t SELECT v FROM raw;';
    const items = fileItems('x.sql', sql, analyzeSql(sql));
    const { statements, outcomes } = prepare(items, () => 'is not created in this file');
    expect(statements.map((s) => s.id)).toEqual(['x.sql#1']);
    expect(outcomes.get('x.sql#2')).toEqual({
      status: 'not-checked',
      reason: 'reads `raw`, which is not created in this file',
    });
  });

  test('SET lines that can change a plan reach the queries after them, in Flink terms; others do not', () => {
    const sql = [
      "SET 'sql.state-ttl' = '1 h';",
      'CREATE TABLE t (v INT);',
      'INSERT INTO t SELECT v FROM t;',
      "SET 'table.exec.sink.upsert-materialize' = 'FORCE';",
      "SET 'sql.local-time-zone' = 'Europe/Paris';",
      "SET 'client.statement-name' = 'x';",
      'INSERT INTO t SELECT v FROM t;',
    ].join('\n');
    const config = fileItems('x.sql', sql, analyzeSql(sql)).map((i) =>
      'config' in i.translation ? i.translation.config : undefined,
    );
    expect(config).toEqual([
      undefined,
      undefined,
      { 'table.exec.sink.upsert-materialize': 'FORCE', 'table.local-time-zone': 'Europe/Paris' },
    ]);
    expect(plannerSettings({ 'sql.local-time-zone': 'UTC', 'table.local-time-zone': 'Asia/Tokyo' })).toEqual({
      'table.local-time-zone': 'Asia/Tokyo',
    });
    expect(plannerSettings({ 'sql.state-ttl': '1 d', 'execution.checkpointing.interval': '3s' })).toEqual({});
  });

  test("in a project, a table's DML runs with its statement properties (SET lines and .properties)", () => {
    const project = buildProject({
      pipelinesDir: 'pipelines',
      folders: [
        {
          folder: 'pipelines/facts/p/t',
          ddl: { path: 'pipelines/facts/p/t/sql-scripts/ddl.t.sql', text: 'CREATE TABLE t (v INT);' },
          dml: {
            path: 'pipelines/facts/p/t/sql-scripts/dml.t.sql',
            text: "SET 'table.optimizer.distinct-agg.split.enabled' = 'true';\nINSERT INTO t SELECT v FROM t;",
          },
          dmlProperties: {
            path: 'pipelines/facts/p/t/sql-scripts/dml.t.properties',
            text: 'table.exec.mini-batch.enabled=true\nsql.state-ttl=1 d\n',
          },
        },
      ],
    });
    const plan = projectItems(project).find((i) => i.role === 'dml')!;
    expect('config' in plan.translation && plan.translation.config).toEqual({
      'table.optimizer.distinct-agg.split.enabled': 'true',
      'table.exec.mini-batch.enabled': 'true',
    });
  });

  test('statement sets: each INSERT planned together, at its own line', () => {
    const sql =
      'EXECUTE STATEMENT SET BEGIN\nINSERT INTO a SELECT * FROM s;\nINSERT INTO b SELECT * FROM s;\nEND;';
    const t = translate(sql);
    expect(t.action).toBe('plan-set');
    if (t.action !== 'plan-set') return;
    expect(t.inserts.map((i) => i.split('\n').length)).toEqual([2, 3]);
  });

  test('$rowtime after a qualifier is quoted for Flink', () => {
    const t = translate('INSERT INTO t SELECT o.$rowtime FROM o');
    expect(t.action === 'plan' && t.sql).toBe('INSERT INTO t SELECT o.`$rowtime` FROM o');
  });
});

describe("the plan's nodes", () => {
  const node = (type: string, description: string, state: string[] = []) => ({ type, description, state });
  test('a state array, or a type that keeps state without one; others are stateless', () => {
    const ops = statefulOperators([
      node('stream-exec-table-source-scan_1', 'TableSourceScan(table=[[a]])'),
      node('stream-exec-calc_1', 'Calc(select=[a])'),
      node('stream-exec-group-aggregate_1', 'GroupAggregate(groupBy=[a])', ['groupAggregateState']),
      node('stream-exec-over-aggregate_1', 'OverAggregate(partitionBy=[a])'),
      node(
        'stream-exec-window-table-function_1',
        'WindowTableFunction(window=[TUMBLE(time_col=[ts], size=[1 min])])',
      ),
      node(
        'stream-exec-window-table-function_1',
        'WindowTableFunction(window=[SESSION(time_col=[ts], gap=[1 min])])',
      ),
      node('stream-exec-sink_1', 'Sink(table=[t])'),
      node('stream-exec-sink_2', 'Sink(table=[u])', ['sinkMaterializeState']),
    ]);
    expect(ops.map((o) => o.name)).toEqual([
      'GroupAggregate',
      'OverAggregate',
      'WindowTableFunction',
      'Sink',
    ]);
    expect(ops[0]).toEqual({
      kind: 'stream-exec-group-aggregate',
      name: 'GroupAggregate',
      state: ['groupAggregateState'],
    });
  });

  test('identifiers: the bare name in the session catalog and database, else the full name', () => {
    const session = { catalog: 'default_catalog', database: 'default_database' };
    expect(tableName('`default_catalog`.`default_database`.`orders`', session)).toBe('orders');
    expect(tableName('`other`.`db`.`my``t`', session)).toBe('other.db.my`t');
  });

  test('the analyzer may be stricter than the plan, never less strict, and must name the same tables', () => {
    const planned = { status: 'planned' as const, reads: ['a'], writes: ['t'], operators: [] };
    const stateful = { ...planned, operators: [{ kind: 'stream-exec-join', name: 'Join', state: [] }] };
    const v = (stateful: boolean, sources = ['a']) => ({ sources, sinks: ['t'], stateful, reasons: [] });
    expect(compareVerdicts(v(false), planned).agreement).toBe('agree');
    expect(compareVerdicts(v(true), planned).agreement).toBe('stricter');
    expect(compareVerdicts(v(true), stateful).agreement).toBe('agree');
    expect(compareVerdicts(v(false), stateful)).toEqual({
      agreement: 'disagree',
      differences: ['state: analyzer stateless; planner keeps state in Join'],
    });
    expect(compareVerdicts(v(true, ['a', 'b']), stateful).differences).toEqual([
      'sources: analyzer a, b; planner a',
    ]);
  });
});
