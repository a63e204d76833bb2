/**
 * Constructs of real-world Flink 2.x and Confluent Cloud SQL that once gave a wrong edge or a
 * wrong "stateless": each class of the analyzer issue has its examples here. Expected values
 * come from the Flink documentation (process table functions, window TVFs, time travel,
 * statement sets), Confluent Cloud's function reference (search, model inference) and what
 * Apache Flink 2.2's planner plans for these queries (a join, limit, sort or aggregate node).
 */
import { describe, expect, test } from '@jest/globals';
import { analyzeSql } from '../../src/sql/analyze.js';
import type { AnalyzedStatement, SqlAnalysis } from '../../src/sql/types.js';

function only(sql: string): AnalyzedStatement {
  const a = analyzeSql(sql);
  expect(a.statements.length).toBe(1);
  return a.statements[0];
}

/** Sources, sinks, statefulness, reasons and issues: one object, so a failure shows them all. */
function facts(sql: string) {
  const a: SqlAnalysis = analyzeSql(sql);
  return {
    sinks: a.sinks,
    sources: a.sources,
    stateful: a.stateful,
    reasons: a.reasons.map((r) => `${r.construct}@${r.line}`),
    issues: a.issues.map((i) => `${i.severity}@${i.line}: ${i.message}`),
  };
}

const UNKNOWN = (fn: string) =>
  `calls \`${fn}\` in an aggregate position; unknown functions are treated as stateful`;

describe('table functions: their table arguments are sources', () => {
  test('a process table function called without TABLE(…) keeps its input (Flink 2.1 PTF call form)', () => {
    expect(
      facts(
        "INSERT INTO counts\nSELECT * FROM EventCounter(input => TABLE clicks PARTITION BY user_id, uid => 'c1');",
      ),
    ).toEqual({
      sinks: ['counts'],
      sources: ['clicks'],
      stateful: true,
      reasons: ['set-semantic table function@2'],
      issues: [],
    });
  });

  test('row semantics (no PARTITION BY) keep no state; TABLE(…) and LATERAL TABLE(…) forms alike', () => {
    expect(facts('INSERT INTO o SELECT * FROM Enricher(input => TABLE clicks)')).toMatchObject({
      sources: ['clicks'],
      stateful: false,
    });
    expect(facts('INSERT INTO o SELECT * FROM TABLE(Enricher(TABLE `raw-clicks`))')).toMatchObject({
      sources: ['raw-clicks'],
      stateful: false,
    });
    expect(
      facts('INSERT INTO o SELECT * FROM TABLE(Sessionize(r => TABLE clicks PARTITION BY uid ORDER BY ts))'),
    ).toMatchObject({ sources: ['clicks'], stateful: true, reasons: ['set-semantic table function@1'] });
  });

  test("Confluent's changelog PTFs: FROM_CHANGELOG with PARTITION BY keeps state, TO_CHANGELOG reads its input", () => {
    expect(
      facts(
        "INSERT INTO t SELECT * FROM FROM_CHANGELOG(input => TABLE cdc_raw PARTITION BY id, op => DESCRIPTOR(op), op_mapping => MAP['c', 'INSERT'])",
      ),
    ).toMatchObject({ sources: ['cdc_raw'], stateful: true });
    expect(facts('INSERT INTO t SELECT * FROM TO_CHANGELOG(input => TABLE orders_agg)')).toMatchObject({
      sources: ['orders_agg'],
      stateful: false,
    });
  });

  test('a subquery as a table argument is read; DESCRIPTOR and MODEL arguments are not tables', () => {
    expect(
      facts('INSERT INTO t SELECT * FROM ML_PREDICT(TABLE reviews, MODEL sentiment, DESCRIPTOR(text))'),
    ).toMatchObject({ sources: ['reviews'], stateful: false });
    expect(
      facts('INSERT INTO t SELECT * FROM Dedup(input => (SELECT * FROM clicks WHERE ok) PARTITION BY id)'),
    ).toMatchObject({ sources: ['clicks'], stateful: true });
  });

  test("Confluent's search functions: the first argument is a table, with or without backticks", () => {
    expect(
      facts(
        'INSERT INTO enriched\nSELECT * FROM user_events,\n  LATERAL TABLE(KEY_SEARCH_AGG(users_pg, DESCRIPTOR(id), user_id));',
      ),
    ).toEqual({
      sinks: ['enriched'],
      sources: ['user_events', 'users_pg'],
      stateful: false,
      reasons: [],
      issues: [],
    });
    for (const fn of ['VECTOR_SEARCH_AGG', 'TEXT_SEARCH_AGG', 'vector_search_agg']) {
      expect(
        facts(
          `INSERT INTO o SELECT * FROM q, LATERAL TABLE(${fn}(\`docs-index\`, DESCRIPTOR(body), q.text, 5))`,
        ).sources,
      ).toEqual(['docs-index', 'q']);
    }
    // A column of the same shape in another function is not a table.
    expect(facts('INSERT INTO o SELECT * FROM q, LATERAL TABLE(SPLIT_WORDS(body, 5))').sources).toEqual([
      'q',
    ]);
  });

  test("Confluent's model inference calls name a model, never a table", () => {
    expect(
      facts(
        "INSERT INTO scored SELECT id, prediction FROM tx, LATERAL TABLE(ML_PREDICT('fraud_model', amount, merchant));",
      ),
    ).toMatchObject({ sources: ['tx'], stateful: false });
    expect(
      facts(
        "INSERT INTO answers SELECT * FROM questions, LATERAL TABLE(AI_COMPLETE(`gpt_model`, questions.prompt, MAP['debug', true]));",
      ),
    ).toMatchObject({ sources: ['questions'], stateful: false });
  });
});

describe('quoted names and qualified names keep their parts', () => {
  test('a quoted identifier with dots is one part; a dotted name of quoted parts has three', () => {
    const one = only('INSERT INTO c SELECT * FROM `card-tx.public.customers`');
    expect(one.sourceRefs.map((r) => r.parts)).toEqual([['card-tx.public.customers']]);
    const three = only('INSERT INTO o SELECT * FROM `examples`.`marketplace`.`orders`');
    expect(three.sourceRefs.map((r) => r.parts)).toEqual([['examples', 'marketplace', 'orders']]);
    expect(three.sinkRefs.map((r) => r.parts)).toEqual([['o']]);
  });
});

describe('ALTER MATERIALIZED TABLE … AS and CREATE OR ALTER MATERIALIZED TABLE', () => {
  test('the new query is read: sources and state', () => {
    expect(
      facts(
        'ALTER MATERIALIZED TABLE daily_revenue\nAS SELECT day, SUM(amount) AS revenue FROM orders GROUP BY day;',
      ),
    ).toEqual({
      sinks: ['daily_revenue'],
      sources: ['orders'],
      stateful: true,
      reasons: ['GROUP BY@2'],
      issues: [],
    });
    expect(facts("ALTER MATERIALIZED TABLE m SET FRESHNESS = INTERVAL '1' HOUR")).toMatchObject({
      sinks: ['m'],
      sources: [],
      stateful: null,
    });
    expect(
      facts(
        "CREATE OR ALTER MATERIALIZED TABLE m FRESHNESS = INTERVAL '3' MINUTE AS SELECT id, name FROM users WHERE active",
      ),
    ).toMatchObject({ sinks: ['m'], sources: ['users'], stateful: false });
  });
});

describe('unsure means stateful', () => {
  test('a correlated LATERAL (SELECT …) join and a correlated scalar subquery', () => {
    expect(
      facts(
        'INSERT INTO o\nSELECT c.id, x.url\nFROM clicks c,\n  LATERAL (SELECT url FROM pages p WHERE p.owner = c.id) x;',
      ),
    ).toEqual({
      sinks: ['o'],
      sources: ['clicks', 'pages'],
      stateful: true,
      reasons: ['lateral join@4'],
      issues: [],
    });
    expect(
      facts(
        'INSERT INTO o\nSELECT c.id,\n  (SELECT p.url FROM pages p WHERE p.owner = c.id) AS url\nFROM clicks c;',
      ),
    ).toMatchObject({ sources: ['clicks', 'pages'], stateful: true, reasons: ['scalar subquery@3'] });
  });

  test('ORDER BY … LIMIT, plain LIMIT, FETCH FIRST and a streaming ORDER BY', () => {
    expect(facts('INSERT INTO top5\nSELECT * FROM scores\nORDER BY score DESC\nLIMIT 5;').reasons).toEqual([
      'ORDER BY … LIMIT@3',
    ]);
    expect(facts('INSERT INTO some SELECT * FROM scores LIMIT 10').reasons).toEqual(['LIMIT@1']);
    expect(facts('INSERT INTO some SELECT * FROM scores FETCH FIRST 3 ROWS ONLY').reasons).toEqual([
      'LIMIT@1',
    ]);
    expect(facts('INSERT INTO sorted SELECT * FROM logs ORDER BY log_time').stateful).toBe(true);
    // ORDER BY inside OVER or WITHIN GROUP is not a sort of the query.
    expect(
      facts('INSERT INTO o SELECT id, LAG(v) OVER (PARTITION BY id ORDER BY ts) FROM t').reasons,
    ).toEqual(['OVER window@1']);
  });

  test('global aggregates whose function is on no list: unknown functions are stateful by position', () => {
    for (const fn of ['MAX_BY', 'ARG_MAX', 'my_udaf']) {
      expect(facts(`INSERT INTO o\nSELECT ${fn}(a, b) FROM t;`)).toMatchObject({
        stateful: true,
        reasons: [`${UNKNOWN(fn)}@2`],
      });
    }
    for (const fn of ['PERCENTILE(v, 0.5)', 'APPROX_COUNT_DISTINCT(v)', 'VARIANCE(v)', 'STDDEV(v)']) {
      expect(facts(`INSERT INTO o SELECT ${fn} FROM t`).reasons).toEqual(['global aggregate@1']);
    }
    // FILTER or WITHIN GROUP after an unknown function make it an aggregate for certain.
    expect(facts('INSERT INTO o SELECT my_agg(v) FILTER (WHERE v > 0) FROM t').reasons).toEqual([
      'global aggregate@1',
    ]);
  });

  test('known scalar functions, types in CAST, calls under OVER and in WHERE stay stateless', () => {
    expect(
      facts(
        "INSERT INTO o SELECT UPPER(a), CAST(b AS NUMERIC(10, 2)), TRY_CAST(c AS RAW('x')), JSON_VALUE(d, '$.x'), ARRAY_CONTAINS(e, 1), ML_NORMALIZER(f, 0, 1) FROM t WHERE my_filter(a)",
      ).stateful,
    ).toBe(false);
    expect(facts('INSERT INTO o SELECT my_fn(v) OVER (PARTITION BY k ORDER BY ts) FROM t').reasons).toEqual([
      'OVER window@1',
    ]);
  });

  test('each unknown function is named once, all of them in one reason; the reason lists them', () => {
    const s = only('INSERT INTO o SELECT f1(a), UPPER(f2(b)), f1(c) FROM t');
    expect(s.reasons).toEqual([
      {
        construct: 'calls `f1`, `f2` in an aggregate position; unknown functions are treated as stateful',
        line: 1,
        functions: ['f1', 'f2'],
      },
    ]);
  });

  test('set-semantic PTFs (PARTITION BY) and a SESSION window without aggregation', () => {
    expect(
      facts(
        "INSERT INTO o SELECT * FROM TABLE(SESSION(TABLE clicks PARTITION BY uid, DESCRIPTOR(ts), INTERVAL '5' MINUTES))",
      ).reasons,
    ).toEqual(['SESSION window@1']);
    expect(
      facts("INSERT INTO o SELECT * FROM TABLE(TUMBLE(TABLE clicks, DESCRIPTOR(ts), INTERVAL '5' MINUTES))")
        .stateful,
    ).toBe(false);
  });

  test('secondary reasons are listed only when nothing else makes the statement stateful', () => {
    expect(
      facts('INSERT INTO o\nSELECT k, COUNT(*) FROM t GROUP BY k\nORDER BY k\nLIMIT 3;').reasons,
    ).toEqual(['GROUP BY@2']);
    expect(
      facts('INSERT INTO o\nSELECT o.id\nFROM o\nWHERE o.amount > (SELECT AVG(amount) FROM history);')
        .reasons,
    ).toEqual(['global aggregate@4']);
  });

  test('SQL the analyzer cannot follow counts as stateful', () => {
    expect(facts('INSERT INTO o SELECT a FROM t ??? JOIN u ON t.k = u.k')).toMatchObject({
      sources: ['t', 'u'],
      stateful: true,
      reasons: ['SQL the analyzer could not follow@1'],
    });
  });
});

describe('a view created earlier in the same text is inlined into the statements reading it', () => {
  test('the reader gains the view’s sources and, when the view keeps state, a reason naming it', () => {
    const a = analyzeSql(
      'CREATE VIEW clicks_per_user AS\nSELECT user_id, COUNT(*) AS n FROM clicks GROUP BY user_id;\n\nINSERT INTO user_counts\nSELECT user_id, n FROM clicks_per_user;',
    );
    expect(a.statements.map((s) => [s.kind, s.sources, s.stateful, s.reasons])).toEqual([
      ['create-view', ['clicks'], true, [{ construct: 'GROUP BY', line: 2 }]],
      [
        'insert',
        ['clicks', 'clicks_per_user'],
        true,
        [{ construct: 'reads view `clicks_per_user`, which keeps state (GROUP BY, line 2)', line: 5 }],
      ],
    ]);
    expect(a.sources).toEqual(['clicks', 'clicks_per_user']);
  });

  test('through a chain of temporary views; a stateless view adds sources only', () => {
    const a = analyzeSql(
      'CREATE TEMPORARY VIEW v AS SELECT * FROM a WHERE x > 1;\nCREATE TEMPORARY VIEW w AS SELECT * FROM v;\nINSERT INTO t SELECT * FROM w;',
    );
    expect(a.statements.map((s) => [s.sources, s.stateful])).toEqual([
      [['a'], false],
      [['a', 'v'], false],
      [['a', 'v', 'w'], false],
    ]);
  });
});

describe('time travel, statement sets and join labels', () => {
  test('FOR SYSTEM_TIME AS OF a timestamp literal reads a snapshot: no warning, no temporal join', () => {
    expect(
      facts("INSERT INTO snap\nSELECT * FROM orders FOR SYSTEM_TIME AS OF TIMESTAMP '2024-06-01 00:00:00';"),
    ).toEqual({ sinks: ['snap'], sources: ['orders'], stateful: false, reasons: [], issues: [] });
    expect(
      facts(
        "INSERT INTO o SELECT * FROM a JOIN b FOR SYSTEM_TIME AS OF TIMESTAMP '2024-06-01 00:00:00' ON a.k = b.k",
      ).reasons,
    ).toEqual(['regular join@1']);
    expect(
      facts('INSERT INTO o SELECT * FROM a JOIN rates FOR SYSTEM_TIME AS OF a.ts AS r ON a.cur = r.cur')
        .reasons,
    ).toEqual(['temporal join@1']);
  });

  test('CREATE TABLE … AS inside a statement set is no warning; its table is a sink', () => {
    expect(
      facts(
        'EXECUTE STATEMENT SET\nBEGIN\n  CREATE TABLE copy AS SELECT * FROM a;\n  INSERT INTO o SELECT * FROM b;\nEND;',
      ),
    ).toEqual({ sinks: ['copy', 'o'], sources: ['a', 'b'], stateful: false, reasons: [], issues: [] });
  });

  test('an INTERVAL that bounds no join (a filter on now, or inside a subquery) is no interval join', () => {
    expect(
      facts("INSERT INTO o SELECT * FROM a, b WHERE a.k = b.k AND a.ts > NOW() - INTERVAL '1' DAY").reasons,
    ).toEqual(['regular join@1']);
    expect(
      facts(
        "INSERT INTO o SELECT * FROM a JOIN b ON a.k = b.k AND b.ts > CURRENT_TIMESTAMP - INTERVAL '1' HOUR",
      ).reasons,
    ).toEqual(['regular join@1']);
    expect(
      facts(
        "INSERT INTO o SELECT * FROM a, b WHERE a.k = b.k AND a.x IN (SELECT x FROM c WHERE c.ts > c.t0 - INTERVAL '1' HOUR)",
      ).reasons,
    ).toEqual(['regular join@1', 'IN subquery@1']);
    expect(
      facts(
        "INSERT INTO o SELECT * FROM a JOIN b ON a.k = b.k AND a.ts BETWEEN b.ts - INTERVAL '1' HOUR AND b.ts",
      ).reasons,
    ).toEqual(['interval join@1']);
  });
});

describe('input robustness', () => {
  test('3,000 nested subqueries: a clear error at its line, table names still found, stateful', () => {
    let q = 'SELECT id FROM base';
    for (let i = 0; i < 3000; i++) q = `SELECT id FROM (${q}) AS s${i}`;
    const a = analyzeSql(`-- generated\nINSERT INTO deep\n${q};\nINSERT INTO other SELECT * FROM shallow;`);
    expect(a.sinks).toEqual(['deep', 'other']);
    expect(a.sources).toEqual(['base', 'shallow']);
    expect(a.statements.map((s) => s.stateful)).toEqual([true, false]);
    expect(a.issues).toEqual([
      {
        severity: 'error',
        line: 3,
        message:
          'nested too deep: more than 200 levels of parentheses or subqueries; table names below that level were found by a flat scan, and the statement counts as stateful',
      },
    ]);
  });

  test('deep parentheses, CAST chains and repeated WITH end the same way; 150 levels are still analysed', () => {
    for (const sql of [
      `INSERT INTO t SELECT ${'('.repeat(5000)}1${')'.repeat(5000)} FROM base`,
      `INSERT INTO t SELECT ${'CAST('.repeat(3000)}x${' AS INT)'.repeat(3000)} FROM base`,
      `INSERT INTO t ${'WITH a AS (SELECT 1) '.repeat(3000)}SELECT * FROM base`,
      `INSERT INTO t SELECT * FROM ${'('.repeat(3000)}base${')'.repeat(3000)}`,
    ]) {
      const a = analyzeSql(sql);
      expect([a.sources, a.stateful, a.issues.map((i) => i.message.slice(0, 17))]).toEqual([
        ['base'],
        true,
        ['nested too deep: '],
      ]);
    }
    let q = 'SELECT id FROM base';
    for (let i = 0; i < 150; i++) q = `SELECT id FROM (${q})`;
    expect(facts(`INSERT INTO t ${q}`)).toMatchObject({ sources: ['base'], stateful: false, issues: [] });
  });

  test('a 2 MB statement on one line analyses in about the time of the same text on many lines', () => {
    const items: string[] = [];
    for (let i = 0, length = 0; length < 2_000_000; i++) {
      items.push(`'code-${i}'`);
      length += items[i].length + 2;
    }
    const oneLine = `INSERT INTO t SELECT * FROM src WHERE code IN (${items.join(', ')});`;
    const manyLines = `INSERT INTO t SELECT * FROM src WHERE code IN (${items.join(',\n')});`;
    expect(oneLine.length).toBe(manyLines.length);
    // Best of several runs: the ratio is a complexity check (quadratic line counting made it
    // dozens of times slower), not a timing of this machine.
    const best = (text: string) => {
      let min = Infinity;
      for (let k = 0; k < 5; k++) {
        const t0 = performance.now();
        const a = analyzeSql(text);
        void a.fingerprint;
        min = Math.min(min, performance.now() - t0);
        expect(a.sources).toEqual(['src']);
      }
      return min;
    };
    best(manyLines); // warm-up
    const ratio = best(oneLine) / best(manyLines);
    expect(ratio).toBeLessThan(3);
  });
});
