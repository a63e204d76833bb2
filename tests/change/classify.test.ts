import { describe, expect, test } from '@jest/globals';
import { classifyChanges, type ClassifyOptions } from '../../src/change/classify.js';
import { classifyConfigChange } from '../../src/change/config-change.js';
import { joinCapped } from '../../src/change/text.js';
import type { FileChange } from '../../src/change/types.js';
import { buildProject } from '../../src/project/build.js';
import type { Project, TableFolder } from '../../src/project/model.js';
import { analyzeSql } from '../../src/sql/analyze.js';
import type { SqlAnalysis } from '../../src/sql/types.js';

interface Spec {
  /** `<layer>/<product>/<folder>` below `pipelines/` */
  at: string;
  name: string;
  ddl?: string;
  dml?: string;
  dmlProps?: string;
  ddlProps?: string;
}

/** Texts of every analysed file, as `loadRevision`'s cache keeps them for the classifier. */
const texts = new Map<SqlAnalysis, string>();
const ddlText = (a: SqlAnalysis) => texts.get(a);

function project(specs: Spec[]): Project {
  const folders: TableFolder[] = specs.map((s) => {
    const dir = `pipelines/${s.at}`;
    const file = (kind: string, ext: string, text: string | undefined) =>
      text === undefined ? undefined : { path: `${dir}/sql-scripts/${kind}.${s.name}.${ext}`, text };
    return {
      folder: dir,
      ddl: file('ddl', 'sql', s.ddl),
      dml: file('dml', 'sql', s.dml),
      dmlProperties: file('dml', 'properties', s.dmlProps),
      ddlProperties: file('ddl', 'properties', s.ddlProps),
    };
  });
  return buildProject({
    pipelinesDir: 'pipelines',
    folders,
    externalTables: ['raw_*'],
    analyze: (f) => {
      const a = analyzeSql(f.text);
      texts.set(a, f.text);
      return a;
    },
  });
}

const DDL = (
  t: string,
  body = 'id STRING NOT NULL,\n  amount INT,\n  PRIMARY KEY (id) NOT ENFORCED',
  opts = "'changelog.mode' = 'append'",
) =>
  `CREATE TABLE IF NOT EXISTS ${t} (\n  ${body}\n) DISTRIBUTED BY HASH(id) INTO 1 BUCKETS WITH (\n  ${opts}\n);\n`;
const orders = (over: Partial<Spec> = {}): Spec => ({
  at: 'facts/p1/orders',
  name: 'orders',
  ddl: DDL('orders', undefined, "'changelog.mode' = 'append',\n  'kafka.retention.time' = '7 d'"),
  dml: 'INSERT INTO orders SELECT id, amount FROM raw_orders;\n',
  ...over,
});
const totals = (over: Partial<Spec> = {}): Spec => ({
  at: 'facts/p1/totals',
  name: 'totals',
  ddl: DDL('totals'),
  dml: 'INSERT INTO totals SELECT id, SUM(amount) FROM orders GROUP BY id;\n',
  ...over,
});

const kinds = (base: Spec[], head: Spec[], opts: ClassifyOptions = { ddlText }) =>
  classifyChanges(project(base), project(head), opts).map((c) => `${c.table}:${c.kind}: ${c.detail}`);

const ORDERS_DDL = 'pipelines/facts/p1/orders/sql-scripts/ddl.orders.sql';
const ORDERS_DML = 'pipelines/facts/p1/orders/sql-scripts/dml.orders.sql';

describe('classifyChanges', () => {
  test('identical projects: no changes', () => {
    expect(kinds([orders(), totals()], [orders(), totals()])).toEqual([]);
  });

  test('added, removed; externals never change', () => {
    const added: Spec = { at: 'facts/p1/raw_orders', name: 'raw_orders', ddl: DDL('raw_orders') };
    // raw_orders was external (read, not defined) and is now defined: it must be created.
    expect(classifyChanges(project([orders()]), project([orders(), added]), { ddlText })).toEqual([
      {
        table: 'raw_orders',
        kind: 'added',
        files: ['pipelines/facts/p1/raw_orders/sql-scripts/ddl.raw_orders.sql'],
        detail: 'new table in pipelines/facts/p1/raw_orders',
      },
    ]);
    // orders is still read by totals but no longer defined: removed, not an external "change".
    expect(classifyChanges(project([orders(), totals()]), project([totals()]), { ddlText })).toEqual([
      {
        table: 'orders',
        kind: 'removed',
        files: [ORDERS_DDL, ORDERS_DML],
        detail: 'no longer defined (was in pipelines/facts/p1/orders)',
      },
    ]);
    expect(
      kinds(
        [totals({ dml: 'INSERT INTO totals SELECT id, amount FROM raw_a;' })],
        [totals({ dml: 'INSERT INTO totals SELECT id, amount FROM raw_b;' })],
      ),
    ).toEqual(['totals:dml: query changed; sources +raw_b −raw_a; stateless']);
  });

  test('options only: ddl-options with old and new values', () => {
    const head = orders({
      ddl: DDL('orders', undefined, "'changelog.mode' = 'append',\n  'kafka.retention.time' = '14 d'"),
    });
    expect(classifyChanges(project([orders()]), project([head]), { ddlText })).toEqual([
      {
        table: 'orders',
        kind: 'ddl-options',
        files: [ORDERS_DDL],
        detail: 'option kafka.retention.time: 7 d → 14 d',
      },
    ]);
  });

  test('options only, but the DDL text is not available: classified as schema, to be safe', () => {
    const head = orders({
      ddl: DDL('orders', undefined, "'changelog.mode' = 'append',\n  'kafka.retention.time' = '14 d'"),
    });
    expect(kinds([orders()], [head], {})).toEqual([
      'orders:ddl-schema: table definition not compared beyond columns, keys and options; option kafka.retention.time: 7 d → 14 d',
    ]);
  });

  test('a schema change lists every DDL difference, options included', () => {
    const head = orders({
      ddl: DDL(
        'orders',
        'id STRING NOT NULL,\n  amount BIGINT,\n  PRIMARY KEY (id) NOT ENFORCED',
        "'changelog.mode' = 'append',\n  'kafka.retention.time' = '14 d'",
      ),
    });
    expect(kinds([orders()], [head])).toEqual([
      'orders:ddl-schema: column amount: INT → BIGINT; option kafka.retention.time: 7 d → 14 d',
    ]);
  });

  test('columns, keys, distribution and watermark', () => {
    const base = orders({
      ddl: 'CREATE TABLE orders (\n  id STRING NOT NULL,\n  amount INT,\n  note STRING,\n  ts TIMESTAMP(3),\n  PRIMARY KEY (id) NOT ENFORCED\n) DISTRIBUTED BY HASH(id) INTO 1 BUCKETS;',
    });
    const head = orders({
      ddl:
        'CREATE TABLE orders (\n  amount INT NOT NULL,\n  id STRING NOT NULL,\n  ts TIMESTAMP(3),\n  region STRING,\n' +
        "  WATERMARK FOR ts AS ts - INTERVAL '5' SECOND,\n  PRIMARY KEY (id, region) NOT ENFORCED\n) DISTRIBUTED BY HASH(id) INTO 4 BUCKETS;",
    });
    // Capped at about 200 characters, with a count of the items left out.
    expect(kinds([base], [head])).toEqual([
      'orders:ddl-schema: column amount: NULL → NOT NULL; column region added (STRING); column note removed; column order changed; ' +
        'primary key: (id) → (id, region); … (+2 more)',
    ]);
    const keyed = orders({
      ddl:
        "CREATE TABLE orders (\n  id STRING NOT NULL,\n  amount INT,\n  note STRING,\n  ts TIMESTAMP(3),\n  WATERMARK FOR ts AS ts - INTERVAL '5' SECOND,\n" +
        '  PRIMARY KEY (id) NOT ENFORCED\n) DISTRIBUTED BY HASH(id) INTO 4 BUCKETS;',
    });
    expect(kinds([base], [keyed])).toEqual([
      "orders:ddl-schema: distribution: (id) into 1 buckets → (id) into 4 buckets; watermark: none → ts AS ts - INTERVAL '5' SECOND",
    ]);
  });

  test('a primary key added or removed with no changelog.mode changes the mode: ddl-schema, said so', () => {
    const keyless = orders({ ddl: 'CREATE TABLE orders (\n  id STRING NOT NULL,\n  amount INT\n);' });
    const keyed = orders({
      ddl: 'CREATE TABLE orders (\n  id STRING NOT NULL,\n  amount INT,\n  PRIMARY KEY (id) NOT ENFORCED\n);',
    });
    // Confluent Cloud makes a keyed table upsert: its readers now normalise with state.
    expect(kinds([keyless], [keyed])).toEqual([
      'orders:ddl-schema: primary key: none → (id); changelog mode: append → upsert (a PRIMARY KEY and no changelog.mode)',
    ]);
    expect(kinds([keyed], [keyless])).toEqual([
      'orders:ddl-schema: primary key: (id) → none; changelog mode: upsert → append (no PRIMARY KEY and no changelog.mode)',
    ]);
    // A declared mode says it in its own item; a Debezium format makes the table retract.
    const debezium = orders({
      ddl: "CREATE TABLE orders (\n  id STRING NOT NULL,\n  amount INT\n) WITH ('value.format' = 'avro-debezium-registry');",
    });
    expect(kinds([keyless], [debezium])).toEqual([
      "orders:ddl-schema: option value.format: unset → avro-debezium-registry; changelog mode: append → retract (value.format 'avro-debezium-registry')",
    ]);
  });

  test('schema options: changelog.mode, formats, connector, key prefix, any *.format', () => {
    const withOpts = (o: string) => orders({ ddl: DDL('orders', undefined, o) });
    const base = withOpts(
      "'changelog.mode' = 'append', 'key.fields-prefix' = 'k_', 'connector' = 'confluent', 'x.format' = 'a', 'scan.startup.mode' = 'earliest-offset'",
    );
    const head = withOpts(
      "'changelog.mode' = 'upsert', 'key.fields-prefix' = 'key_', 'connector' = 'kafka', 'x.format' = 'b', 'scan.startup.mode' = 'latest-offset'",
    );
    expect(kinds([base], [head])).toEqual([
      'orders:ddl-schema: option changelog.mode: append → upsert; option connector: confluent → kafka; option key.fields-prefix: k_ → key_; ' +
        'option x.format: a → b; option scan.startup.mode: earliest-offset → latest-offset',
    ]);
  });

  test('a computed column expression is outside the analysed structure: a schema change all the same', () => {
    const at = (expr: string) =>
      orders({
        ddl: DDL(
          'orders',
          `id STRING NOT NULL,\n  amount INT,\n  doubled AS ${expr},\n  PRIMARY KEY (id) NOT ENFORCED`,
        ),
      });
    expect(kinds([at('amount * 2')], [at('amount * 3')])).toEqual([
      'orders:ddl-schema: table definition changed (beyond columns, keys, watermark and options)',
    ]);
  });

  test('CREATE kind and CTAS query changes are schema changes', () => {
    const ctas = (src: string) =>
      totals({
        ddl: `CREATE TABLE totals WITH ('changelog.mode' = 'upsert') AS SELECT id, SUM(amount) AS s FROM ${src} GROUP BY id;`,
        dml: undefined,
      });
    expect(kinds([totals()], [ctas('orders')])).toEqual([
      'totals:dml: DML file removed',
      'totals:ddl-schema: CREATE TABLE → CREATE TABLE AS',
    ]);
    expect(kinds([orders(), ctas('orders')], [orders(), ctas('raw_orders')])).toEqual([
      'totals:ddl-schema: query changed; sources +raw_orders −orders',
    ]);
  });

  test('several kinds on one table, sorted by table then kind', () => {
    const base = [orders(), totals()];
    const head = [
      orders({
        dml: 'INSERT INTO orders SELECT id, amount FROM raw_orders WHERE amount > 0;\n',
        dmlProps: 'sql.state-ttl=1d\n',
      }),
      totals({
        ddl: DDL('totals', undefined, "'changelog.mode' = 'append', 'kafka.retention.time' = '1 d'"),
        dml: 'INSERT INTO totals SELECT id, MAX(amount) FROM orders GROUP BY id;\n',
      }),
    ];
    expect(kinds(base, head)).toEqual([
      'orders:dml: query changed; stateless',
      'orders:properties: sql.state-ttl: unset → 1d',
      'totals:dml: query changed; stateful (GROUP BY)',
      'totals:ddl-options: option kafka.retention.time: unset → 1 d',
    ]);
  });

  test('format-only needs the changed files, and only when nothing else changed', () => {
    const reformatted = orders({ dml: '-- same\ninsert   into orders\nselect id, amount from raw_orders' });
    const files: FileChange[] = [{ status: 'modified', path: ORDERS_DML }];
    expect(classifyChanges(project([orders()]), project([reformatted]), { ddlText, files })).toEqual([
      {
        table: 'orders',
        kind: 'format-only',
        files: [ORDERS_DML],
        detail: 'formatting or comments only; nothing to deploy',
      },
    ]);
    expect(classifyChanges(project([orders()]), project([reformatted]), { ddlText })).toEqual([]);
    // Moved and reformatted: renamed only (format-only never joins another kind).
    const moved = { ...reformatted, at: 'facts/p2/orders' };
    expect(
      kinds([orders()], [moved], {
        ddlText,
        files: [
          {
            status: 'renamed',
            path: 'pipelines/facts/p2/orders/sql-scripts/dml.orders.sql',
            oldPath: ORDERS_DML,
          },
        ],
      }),
    ).toEqual([
      'orders:renamed: moved pipelines/facts/p1/orders → pipelines/facts/p2/orders; product p1 → p2',
    ]);
  });

  test('DDL words the lexer keeps as names (key, hash, comment, LIKE options) may change case: format-only', () => {
    const files: FileChange[] = [{ status: 'modified', path: ORDERS_DDL }];
    const lower = (body: string, tail: string) =>
      orders({
        ddl: `CREATE TABLE IF NOT EXISTS orders (\n  ${body}\n) ${tail} WITH (\n  'changelog.mode' = 'append'\n);\n`,
      });
    const body = (key: string, comment: string) =>
      `id STRING NOT NULL ${comment} 'the id',\n  amount INT,\n  ${key} (id) NOT ENFORCED`;
    const base = lower(body('PRIMARY KEY', 'COMMENT'), 'DISTRIBUTED BY HASH(id) INTO 1 BUCKETS');
    const head = lower(body('primary key', 'comment'), 'distributed by hash(id) into 1 buckets');
    expect(kinds([base], [head], { ddlText, files })).toEqual([
      'orders:format-only: formatting or comments only; nothing to deploy',
    ]);
    // Without the fold each of these was a rebuild; with it, real changes still are.
    const renamedKeyColumn = lower(
      "id STRING NOT NULL COMMENT 'the id',\n  amount INT,\n  `key` INT,\n  PRIMARY KEY (id) NOT ENFORCED",
      'DISTRIBUTED BY HASH(id) INTO 1 BUCKETS',
    );
    const renamedKeyColumnCase = lower(
      "id STRING NOT NULL COMMENT 'the id',\n  amount INT,\n  `KEY` INT,\n  PRIMARY KEY (id) NOT ENFORCED",
      'DISTRIBUTED BY HASH(id) INTO 1 BUCKETS',
    );
    expect(kinds([renamedKeyColumn], [renamedKeyColumnCase], { ddlText, files })).toEqual([
      'orders:ddl-schema: column KEY added (INT); column key removed',
    ]);
    const commentText = lower(body('PRIMARY KEY', 'COMMENT'), 'DISTRIBUTED BY HASH(id) INTO 1 BUCKETS').ddl!;
    const otherComment = orders({ ddl: commentText.replace("'the id'", "'The id'") });
    expect(kinds([orders({ ddl: commentText })], [otherComment], { ddlText, files })).toEqual([
      'orders:ddl-schema: table definition changed (beyond columns, keys, watermark and options)',
    ]);
    const likeBase = orders({ ddl: 'CREATE TABLE orders LIKE raw_orders (EXCLUDING OPTIONS);\n' });
    const likeHead = orders({ ddl: 'CREATE TABLE orders LIKE raw_orders (excluding options);\n' });
    expect(kinds([likeBase], [likeHead], { ddlText, files })).toEqual([
      'orders:format-only: formatting or comments only; nothing to deploy',
    ]);
    const likeOther = orders({ ddl: 'CREATE TABLE orders LIKE raw_orders (INCLUDING OPTIONS);\n' });
    expect(kinds([likeBase], [likeOther], { ddlText, files })[0]).toMatch(/^orders:ddl-schema: /);
  });

  test('properties: .properties files, SET lines, DDL properties; secrets are masked', () => {
    const base = orders({
      dml: "SET 'sql.state-ttl' = '1 d';\nINSERT INTO orders SELECT id, amount FROM raw_orders;",
      ddlProps: 'a=1\n',
    });
    const head = orders({
      dml: "SET 'sql.state-ttl' = '2 d';\nSET 'sql.secrets.api-key' = 'hunter2';\nINSERT INTO orders SELECT id, amount FROM raw_orders;",
      ddlProps: 'a=2\n',
    });
    const [change] = classifyChanges(project([base]), project([head]), {
      ddlText,
      files: [
        { status: 'modified', path: ORDERS_DML },
        { status: 'modified', path: 'pipelines/facts/p1/orders/sql-scripts/ddl.orders.properties' },
      ],
    });
    expect(change).toEqual({
      table: 'orders',
      kind: 'properties',
      files: ['pipelines/facts/p1/orders/sql-scripts/ddl.orders.properties', ORDERS_DML],
      detail: 'sql.secrets.api-key: unset → ***; sql.state-ttl: 1 d → 2 d; DDL a: 1 → 2',
    });
  });

  test('a SET line moved but the effective properties equal is formatting only', () => {
    const base = orders({
      dml: "SET 'a' = '1';\nSET 'b' = '2';\nINSERT INTO orders SELECT id, amount FROM raw_orders;",
    });
    const head = orders({
      dml: "SET 'b' = '2';\nSET 'a' = '1';\nINSERT INTO orders SELECT id, amount FROM raw_orders;",
    });
    expect(kinds([base], [head], { ddlText, files: [{ status: 'modified', path: ORDERS_DML }] })).toEqual([
      'orders:format-only: formatting or comments only; nothing to deploy',
    ]);
  });

  test('DDL and DML files appearing or disappearing, and other DDL statements', () => {
    expect(kinds([orders({ dml: undefined })], [orders()])).toEqual(['orders:dml: DML file added']);
    expect(kinds([orders()], [orders({ ddl: undefined })])).toEqual(['orders:ddl-schema: DDL file removed']);
    const withAlter = orders({
      ddl: orders().ddl + "ALTER TABLE orders SET ('kafka.retention.time' = '1 d');\n",
    });
    expect(kinds([orders()], [withAlter])).toEqual(['orders:ddl-schema: other DDL statements changed']);
  });

  test('config changes reach every defined table; a move can change the compute pool', () => {
    const cfg = (ttl: string) => ({
      environment: 'dev',
      environments: {
        dev: {
          computePoolId: 'lfcp-a',
          computePools: { p2: 'lfcp-b' },
          properties: { 'sql.state-ttl': ttl },
        },
      },
    });
    const config = classifyConfigChange(cfg('1 d'), cfg('2 d'), undefined, 'flink-pipeline.yaml');
    const moved = orders({ at: 'facts/p2/orders' });
    expect(
      classifyChanges(project([orders(), totals()]), project([moved, totals()]), { ddlText, config }),
    ).toEqual([
      {
        table: 'orders',
        kind: 'renamed',
        files: [
          'pipelines/facts/p2/orders/sql-scripts/ddl.orders.sql',
          'pipelines/facts/p2/orders/sql-scripts/dml.orders.sql',
        ],
        detail: 'moved pipelines/facts/p1/orders → pipelines/facts/p2/orders; product p1 → p2',
      },
      {
        table: 'orders',
        kind: 'properties',
        files: ['flink-pipeline.yaml'],
        detail:
          'flink-pipeline.yaml: environments.dev.properties.sql.state-ttl, environments.dev.computePools.p2',
      },
      {
        table: 'totals',
        kind: 'properties',
        files: ['flink-pipeline.yaml'],
        detail: 'flink-pipeline.yaml: environments.dev.properties.sql.state-ttl',
      },
    ]);
  });

  test('details stay about 200 characters long', () => {
    const cols = (type: string) =>
      Array.from({ length: 30 }, (_, i) => `c${i} ${type}`).join(',\n  ') +
      ',\n  id STRING NOT NULL,\n  PRIMARY KEY (id) NOT ENFORCED';
    const [change] = classifyChanges(
      project([orders({ ddl: DDL('orders', cols('INT')) })]),
      project([orders({ ddl: DDL('orders', cols('BIGINT')) })]),
      { ddlText },
    );
    expect(change.detail.length).toBeLessThanOrEqual(200);
    expect(change.detail).toMatch(/^column c0: INT → BIGINT; column c1: INT → BIGINT; .*; … \(\+\d+ more\)$/);
  });
});

describe('joinCapped', () => {
  test('keeps whole items and counts the rest', () => {
    expect(joinCapped(['a', 'b'], 10)).toBe('a; b');
    expect(joinCapped(['a'.repeat(10), 'b'.repeat(10), 'c'.repeat(10)], 30)).toBe('aaaaaaaaaa; … (+2 more)');
    expect(joinCapped(['x'.repeat(50)], 20)).toBe('x'.repeat(19) + '…');
  });
});
