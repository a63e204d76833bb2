/**
 * Independent oracle for `analyzeSql`. Data only: this module is also fed to the
 * built CLI by another test, so it must not import runtime code.
 *
 * Every expectation here is derived by hand from Flink / Confluent Cloud semantics and the
 * contract below, never from the implementation.
 *
 * Contract encoded by these cases:
 * - `sinks` / `sources`: file-level sorted unique sets. Names as written, backticks removed,
 *   parts joined by `.`. Sinks are INSERT targets and CREATE / ALTER / DROP table or view
 *   targets (a CREATE FUNCTION name is not a table, so it is not a sink). Sources never hold
 *   UNNEST, LATERAL TABLE, function names, aliases, column lists or CTE names in scope; a
 *   statement's own sink stays in sources when it also reads it.
 * - `kinds`: statement kinds in text order (comments-only tails make no statement).
 * - `stateful`: null when no statement holds a query (plain DDL without an upsert/retract
 *   changelog mode, SET, USE, DROP, ALTER, CREATE FUNCTION, CREATE TABLE LIKE); INSERT … VALUES is
 *   false; otherwise true iff at least one reason exists.
 * - `reasons`: one per occurrence, in text order, `line` 1-based:
 *   'regular join' / 'interval join' / 'temporal join' → the JOIN keyword (comma join: the
 *   line of the table after the comma); 'IN subquery' → IN; 'EXISTS subquery' → EXISTS;
 *   'GROUP BY' and 'window aggregation' → GROUP; 'global aggregate' → the aggregate function
 *   name (one per query block); 'SELECT DISTINCT' → DISTINCT; 'OVER window' → OVER;
 *   'MATCH_RECOGNIZE'; 'UNION' (distinct only) / 'INTERSECT' / 'EXCEPT' → the operator;
 *   "changelog.mode 'upsert'" / "changelog.mode 'retract'" → the option key (also in ALTER
 *   TABLE … SET); "changelog.mode 'upsert' by default (…)" → PRIMARY of a key in a table with no
 *   changelog.mode and no connector but Confluent's (Confluent Cloud makes it upsert);
 *   "connector 'upsert-kafka' (an upsert table)", "value.format '<…debezium…>' (a retract
 *   table)" → the option key; "reads `t`, …" → the first reference to a table created earlier
 *   in the text whose changelog is upsert, retract, unknown or (a stateful CREATE … AS) may
 *   hold updates; "writes `t`, …" → the INSERT target, created earlier as upsert or retract.
 *   Secondary reasons, listed only when none of the above applies to the statement (then
 *   the statement is stateful for them alone): 'ORDER BY' / 'ORDER BY … LIMIT' → ORDER;
 *   'LIMIT' → LIMIT, OFFSET or FETCH; 'lateral join' → LATERAL of `LATERAL (subquery)`;
 *   'scalar subquery' → SELECT of a subquery in an expression (not IN / EXISTS);
 *   'set-semantic table function' → PARTITION of a table argument; 'SESSION window' → the
 *   SESSION TVF of a block without GROUP BY; "calls `f` in an aggregate position; unknown
 *   functions are treated as stateful" → the first call, in a GROUP BY-less SELECT list, of a
 *   function that is neither a known aggregate nor a known scalar (not under OVER);
 *   'SQL the analyzer could not follow' → where the fallback scan starts.
 * - `joins` (optional, summed over statements): plain JOIN and comma join → regular;
 *   LEFT / RIGHT / INNER / FULL → left / right / inner / outer; CROSS JOIN <table> → cross;
 *   UNNEST and LATERAL TABLE joins are not counted. Interval and temporal joins are counted by
 *   their syntax like any other join.
 *
 * Template literals start right after the backtick so that line 1 is the first SQL line;
 * backticks inside SQL are escaped as \`.
 */
import type { JoinCounts, StatementKind } from '../../src/sql/types.js';

export interface SqlCase {
  name: string;
  sql: string;
  kinds: StatementKind[];
  sinks: string[];
  sources: string[];
  stateful: boolean | null;
  reasons: { construct: string; line: number }[];
  joins?: Partial<JoinCounts>;
}

const NO_JOINS: JoinCounts = { regular: 0, left: 0, right: 0, inner: 0, outer: 0, cross: 0 };

export const SQL_CASES: SqlCase[] = [
  // ───────────────────────────── names ─────────────────────────────
  {
    name: 'names/projection and filter is stateless',
    sql: `INSERT INTO orders_clean
SELECT
  order_id,
  customer_id,
  amount
FROM orders
WHERE amount > 0;
`,
    kinds: ['insert'],
    sinks: ['orders_clean'],
    sources: ['orders'],
    stateful: false,
    reasons: [],
    joins: NO_JOINS,
  },
  {
    name: 'names/insert column list and scalar functions are not tables',
    sql: `INSERT INTO customers_norm (customer_id, email, signup_day)
SELECT
  customer_id,
  LOWER(TRIM(email)),
  CAST(DATE_FORMAT(signup_ts, 'yyyy-MM-dd') AS STRING)
FROM customers
WHERE COALESCE(is_test, FALSE) = FALSE;
`,
    kinds: ['insert'],
    sinks: ['customers_norm'],
    sources: ['customers'],
    stateful: false,
    reasons: [],
  },
  {
    name: 'names/3-part backtick names with hyphens',
    sql: `INSERT INTO \`env-1\`.\`cluster-0\`.\`orders_enriched\`
SELECT o.order_id, o.amount, c.name
FROM \`env-1\`.\`cluster-0\`.\`orders\` AS o
JOIN \`env-1\`.\`cluster-0\`.\`customers\` AS c
  ON o.customer_id = c.customer_id;
`,
    kinds: ['insert'],
    sinks: ['env-1.cluster-0.orders_enriched'],
    sources: ['env-1.cluster-0.customers', 'env-1.cluster-0.orders'],
    stateful: true,
    reasons: [{ construct: 'regular join', line: 4 }],
    joins: { ...NO_JOINS, regular: 1 },
  },
  {
    name: 'names/2-part name with mixed quoting',
    sql: `INSERT INTO \`cluster-0\`.payments_eu
SELECT *
FROM \`cluster-0\`.payments
WHERE region = 'EU';
`,
    kinds: ['insert'],
    sinks: ['cluster-0.payments_eu'],
    sources: ['cluster-0.payments'],
    stateful: false,
    reasons: [],
  },
  {
    name: 'names/one backtick identifier containing dots (topic name)',
    sql: `INSERT INTO orders_from_topic
SELECT \`key\`, \`value\`
FROM \`clone.dev.ap-south-1.orders\`;
`,
    kinds: ['insert'],
    sinks: ['orders_from_topic'],
    sources: ['clone.dev.ap-south-1.orders'],
    stateful: false,
    reasons: [],
  },
  {
    name: 'names/table names starting with a digit',
    sql: `INSERT INTO \`75_identity\`
SELECT id, name
FROM \`75_identity_raw\`;
`,
    kinds: ['insert'],
    sinks: ['75_identity'],
    sources: ['75_identity_raw'],
    stateful: false,
    reasons: [],
  },
  {
    name: 'names/lower-case SQL with join and group by',
    sql: `insert into daily_totals
select p.account_id, sum(p.amount) as total
from payments p
join accounts a on a.account_id = p.account_id
where a.status = 'open'
group by p.account_id;
`,
    kinds: ['insert'],
    sinks: ['daily_totals'],
    sources: ['accounts', 'payments'],
    stateful: true,
    reasons: [
      { construct: 'regular join', line: 4 },
      { construct: 'GROUP BY', line: 6 },
    ],
    joins: { ...NO_JOINS, regular: 1 },
  },
  {
    name: 'names/table and column sharing a name',
    sql: `INSERT INTO order_status_latest
SELECT o.order_id, status.status, o.status AS raw_status
FROM orders o
JOIN status
  ON status.status_id = o.status_id;
`,
    kinds: ['insert'],
    sinks: ['order_status_latest'],
    sources: ['orders', 'status'],
    stateful: true,
    reasons: [{ construct: 'regular join', line: 4 }],
    joins: { ...NO_JOINS, regular: 1 },
  },
  {
    name: 'names/backticked keyword column names',
    sql: `INSERT INTO route_legs
SELECT
  \`from\` AS origin,
  \`to\` AS destination,
  \`table\` AS seat_table,
  \`join\` AS join_code
FROM routes;
`,
    kinds: ['insert'],
    sinks: ['route_legs'],
    sources: ['routes'],
    stateful: false,
    reasons: [],
    joins: NO_JOINS,
  },
  {
    name: 'names/alias spelled like another table is not a source',
    sql: `INSERT INTO big_orders
SELECT customers.order_id, customers.amount
FROM orders customers
WHERE customers.amount > 1000;
`,
    kinds: ['insert'],
    sinks: ['big_orders'],
    sources: ['orders'],
    stateful: false,
    reasons: [],
  },
  {
    name: 'names/statement reading its own sink keeps it in sources',
    sql: `INSERT INTO counters
SELECT id, val + 1
FROM counters
WHERE val < 10;
`,
    kinds: ['insert'],
    sinks: ['counters'],
    sources: ['counters'],
    stateful: false,
    reasons: [],
  },
  {
    name: 'names/self join lists the table once',
    sql: `INSERT INTO repeat_buyers
SELECT a.customer_id
FROM orders a
JOIN orders b
  ON a.customer_id = b.customer_id
  AND a.order_id <> b.order_id;
`,
    kinds: ['insert'],
    sinks: ['repeat_buyers'],
    sources: ['orders'],
    stateful: true,
    reasons: [{ construct: 'regular join', line: 4 }],
    joins: { ...NO_JOINS, regular: 1 },
  },

  // ─────────────────────── literals, comments, hints ───────────────────────
  {
    name: 'literals/string literal containing FROM x JOIN y',
    sql: `INSERT INTO shipment_notes
SELECT
  shipment_id,
  'moved FROM warehouse JOIN dock' AS note,
  CONCAT('GROUP BY ', carrier) AS label
FROM shipments;
`,
    kinds: ['insert'],
    sinks: ['shipment_notes'],
    sources: ['shipments'],
    stateful: false,
    reasons: [],
    joins: NO_JOINS,
  },
  {
    name: 'literals/doubled quote and semicolons inside strings',
    sql: `INSERT INTO messages_clean
SELECT
  msg_id,
  REPLACE(body, 'it''s FROM spam; JOIN now', '') AS body
FROM messages
WHERE body <> 'SELECT DISTINCT x FROM y; UNION';
`,
    kinds: ['insert'],
    sinks: ['messages_clean'],
    sources: ['messages'],
    stateful: false,
    reasons: [],
    joins: NO_JOINS,
  },
  {
    name: 'literals/comments holding table names and semicolons',
    sql: `-- legacy: INSERT INTO old_sink SELECT * FROM legacy_orders JOIN old_customers;
/* previously read FROM archive_orders
   GROUP BY region; */
INSERT INTO orders_copy
SELECT * -- FROM commented_table
FROM orders; /* trailing JOIN note */
`,
    kinds: ['insert'],
    sinks: ['orders_copy'],
    sources: ['orders'],
    stateful: false,
    reasons: [],
    joins: NO_JOINS,
  },
  {
    name: 'literals/comment mentioning a statement set before plain inserts',
    sql: `/* formerly: EXECUTE STATEMENT SET BEGIN ... END; */
INSERT INTO t1_copy SELECT * FROM t1;
INSERT INTO t2_copy SELECT * FROM t2;
`,
    kinds: ['insert', 'insert'],
    sinks: ['t1_copy', 't2_copy'],
    sources: ['t1', 't2'],
    stateful: false,
    reasons: [],
  },
  {
    name: 'hints/OPTIONS hint after the table name and $rowtime',
    sql: `INSERT INTO clicks_replay
SELECT user_id, url, $rowtime AS event_time
FROM clicks /*+ OPTIONS('scan.startup.mode'='earliest-offset') */
WHERE url IS NOT NULL;
`,
    kinds: ['insert'],
    sinks: ['clicks_replay'],
    sources: ['clicks'],
    stateful: false,
    reasons: [],
  },
  {
    name: 'hints/hints on both sides of a LEFT JOIN',
    sql: `INSERT INTO orders_with_users
SELECT o.order_id, u.user_name, o.$rowtime AS ts
FROM orders /*+ OPTIONS('scan.startup.mode'='earliest-offset') */ AS o
LEFT JOIN users /*+ OPTIONS('scan.startup.mode'='latest-offset', 'scan.bounded.mode'='unbounded') */ AS u
  ON o.user_id = u.user_id;
`,
    kinds: ['insert'],
    sinks: ['orders_with_users'],
    sources: ['orders', 'users'],
    stateful: true,
    reasons: [{ construct: 'regular join', line: 4 }],
    joins: { ...NO_JOINS, left: 1 },
  },
  {
    name: 'literals/FROM inside TRIM, EXTRACT, SUBSTRING, OVERLAY and IN inside POSITION',
    sql: `INSERT INTO orders_trimmed
SELECT
  TRIM(BOTH ' ' FROM customer_name) AS customer_name,
  EXTRACT(YEAR FROM order_ts) AS order_year,
  SUBSTRING(sku FROM 1 FOR 3) AS sku_prefix,
  OVERLAY(sku PLACING 'XX' FROM 1 FOR 2) AS sku_masked,
  POSITION('-' IN sku) AS dash_at
FROM orders;
`,
    kinds: ['insert'],
    sinks: ['orders_trimmed'],
    sources: ['orders'],
    stateful: false,
    reasons: [],
    joins: NO_JOINS,
  },
  {
    name: 'literals/IS [NOT] DISTINCT FROM is neither a table nor SELECT DISTINCT',
    sql: `INSERT INTO matched_accounts
SELECT a.account_id, b.region
FROM accounts a
JOIN branches b
  ON a.branch_code IS NOT DISTINCT FROM b.branch_code
WHERE a.closed_at IS DISTINCT FROM b.closed_at;
`,
    kinds: ['insert'],
    sinks: ['matched_accounts'],
    sources: ['accounts', 'branches'],
    stateful: true,
    reasons: [{ construct: 'regular join', line: 4 }],
    joins: { ...NO_JOINS, regular: 1 },
  },
  {
    name: 'literals/LIKE operator in a WHERE clause is not CREATE … LIKE',
    sql: `INSERT INTO checkout_clicks
SELECT c.url, c.user_id
FROM clicks AS c
WHERE c.url LIKE '%checkout%'
  OR c.referrer LIKE c.url;
`,
    kinds: ['insert'],
    sinks: ['checkout_clicks'],
    sources: ['clicks'],
    stateful: false,
    reasons: [],
  },

  // ──────────────────── SET / USE / multi-statement files ────────────────────
  {
    name: 'statements/SET lines before the DML',
    sql: `SET 'sql.state-ttl' = '7 d';
SET 'client.statement-name' = 'dml-orders-clean';

INSERT INTO orders_clean
SELECT * FROM orders WHERE amount > 0;
`,
    kinds: ['set', 'set', 'insert'],
    sinks: ['orders_clean'],
    sources: ['orders'],
    stateful: false,
    reasons: [],
  },
  {
    name: 'statements/USE CATALOG and USE before the DML (names are not resolved)',
    sql: `USE CATALOG \`env-prod\`;
USE \`cluster-eu-1\`;
INSERT INTO payments_daily
SELECT account_id, SUM(amount) AS total
FROM payments
GROUP BY account_id;
`,
    kinds: ['use', 'use', 'insert'],
    sinks: ['payments_daily'],
    sources: ['payments'],
    stateful: true,
    reasons: [{ construct: 'GROUP BY', line: 6 }],
  },
  {
    name: 'statements/only SET and USE: stateful null',
    sql: `SET 'sql.current-catalog' = 'env-1';
SET 'sql.current-database' = 'cluster-0';
USE CATALOG \`env-1\`;
`,
    kinds: ['set', 'set', 'use'],
    sinks: [],
    sources: [],
    stateful: null,
    reasons: [],
  },
  {
    name: 'statements/append DDL and a stateless INSERT in one file',
    sql: `CREATE TABLE IF NOT EXISTS orders_eu (
  order_id STRING,
  amount DOUBLE
) WITH (
  'changelog.mode' = 'append'
);

INSERT INTO orders_eu
SELECT order_id, amount FROM orders WHERE region = 'EU';
`,
    kinds: ['create-table', 'insert'],
    sinks: ['orders_eu'],
    sources: ['orders'],
    stateful: false,
    reasons: [],
  },
  {
    name: 'statements/upsert DDL makes a simple INSERT file stateful',
    sql: `CREATE TABLE customer_latest (
  customer_id STRING,
  email STRING,
  PRIMARY KEY (customer_id) NOT ENFORCED
) WITH (
  'changelog.mode' = 'upsert'
);
INSERT INTO customer_latest
SELECT customer_id, email FROM customers;
`,
    kinds: ['create-table', 'insert'],
    sinks: ['customer_latest'],
    sources: ['customers'],
    stateful: true,
    reasons: [
      { construct: "changelog.mode 'upsert'", line: 6 },
      // The INSERT writes the upsert table created above it.
      { construct: "writes `customer_latest`, an upsert table (changelog.mode 'upsert')", line: 8 },
    ],
  },
  {
    name: 'statements/last statement without a semicolon',
    sql: `INSERT INTO audit_log
VALUES ('boot', CURRENT_TIMESTAMP);
INSERT INTO orders_archive
SELECT * FROM orders
WHERE order_ts < TIMESTAMP '2020-01-01 00:00:00'`,
    kinds: ['insert', 'insert'],
    sinks: ['audit_log', 'orders_archive'],
    sources: ['orders'],
    stateful: false,
    reasons: [],
  },
  {
    name: 'statements/DROP then CTAS',
    sql: `DROP TABLE IF EXISTS revenue_snapshot;
CREATE TABLE revenue_snapshot AS
SELECT region, SUM(amount) AS revenue
FROM orders
GROUP BY region;
`,
    kinds: ['drop', 'ctas'],
    sinks: ['revenue_snapshot'],
    sources: ['orders'],
    stateful: true,
    reasons: [{ construct: 'GROUP BY', line: 5 }],
  },

  // ───────────────────────────── statement sets ─────────────────────────────
  {
    name: 'stmt-set/two stateless inserts',
    sql: `EXECUTE STATEMENT SET
BEGIN
  INSERT INTO orders_eu SELECT * FROM orders WHERE region = 'EU';
  INSERT INTO orders_us SELECT * FROM orders WHERE region = 'US';
END;
`,
    kinds: ['statement-set'],
    sinks: ['orders_eu', 'orders_us'],
    sources: ['orders'],
    stateful: false,
    reasons: [],
  },
  {
    name: 'stmt-set/SET then three inserts with GROUP BY and JOIN',
    sql: `SET 'sql.state-ttl' = '1 d';
EXECUTE STATEMENT SET
BEGIN
  INSERT INTO clicks_raw_copy
  SELECT * FROM clicks;

  INSERT INTO clicks_per_user
  SELECT user_id, COUNT(*) AS n
  FROM clicks
  GROUP BY user_id;

  INSERT INTO clicks_with_user
  SELECT c.url, u.user_name
  FROM clicks c
  JOIN users u ON c.user_id = u.user_id;
END;
`,
    kinds: ['set', 'statement-set'],
    sinks: ['clicks_per_user', 'clicks_raw_copy', 'clicks_with_user'],
    sources: ['clicks', 'users'],
    stateful: true,
    reasons: [
      { construct: 'GROUP BY', line: 10 },
      { construct: 'regular join', line: 15 },
    ],
    joins: { ...NO_JOINS, regular: 1 },
  },
  {
    name: 'stmt-set/an insert reading another sink of the set, then an insert after END',
    sql: `EXECUTE STATEMENT SET
BEGIN
INSERT INTO sink_a SELECT id, v FROM stage_t;
INSERT INTO sink_b SELECT id, v FROM sink_a;
END;
INSERT INTO sink_c
SELECT DISTINCT id FROM stage_t;
`,
    kinds: ['statement-set', 'insert'],
    sinks: ['sink_a', 'sink_b', 'sink_c'],
    sources: ['sink_a', 'stage_t'],
    stateful: true,
    reasons: [{ construct: 'SELECT DISTINCT', line: 7 }],
  },
  {
    name: 'stmt-set/CASE … END inside the set does not close it',
    sql: `EXECUTE STATEMENT SET
BEGIN
  INSERT INTO orders_tiered
  SELECT order_id,
    CASE WHEN amount > 100 THEN 'big' ELSE 'small' END AS tier
  FROM orders;
  INSERT INTO orders_flags
  SELECT order_id, CASE status WHEN 'X' THEN TRUE ELSE FALSE END AS cancelled
  FROM orders;
END;
INSERT INTO after_set SELECT * FROM orders_tiered;
`,
    kinds: ['statement-set', 'insert'],
    sinks: ['after_set', 'orders_flags', 'orders_tiered'],
    sources: ['orders', 'orders_tiered'],
    stateful: false,
    reasons: [],
  },
  {
    name: 'stmt-set/lower-case set with a CTE, IN subquery and a global aggregate',
    sql: `execute statement set
begin
  insert into vip_orders
  with vip as (
    select customer_id from customers where tier = 'gold'
  )
  select o.* from orders o
  where o.customer_id in (select customer_id from vip);
  insert into order_counts
  select count(*) as n from orders;
end;
`,
    kinds: ['statement-set'],
    sinks: ['order_counts', 'vip_orders'],
    sources: ['customers', 'orders'],
    stateful: true,
    reasons: [
      { construct: 'IN subquery', line: 8 },
      { construct: 'global aggregate', line: 10 },
    ],
  },

  // ───────────────────────────── DDL ─────────────────────────────
  {
    name: 'ddl/full Confluent DDL with metadata, computed, watermark, PK, DISTRIBUTED BY, upsert',
    sql: `CREATE TABLE IF NOT EXISTS \`orders_enriched\` (
  \`order_id\` STRING NOT NULL,
  \`customer_id\` STRING,
  \`amount\` DECIMAL(10, 2),
  \`order_ts\` TIMESTAMP_LTZ(3),
  \`src_topic\` STRING METADATA FROM 'topic' VIRTUAL,
  \`headers\` MAP<BYTES, BYTES> METADATA VIRTUAL,
  \`amount_cents\` AS CAST(\`amount\` * 100 AS BIGINT),
  WATERMARK FOR \`order_ts\` AS \`order_ts\` - INTERVAL '5' SECOND,
  PRIMARY KEY (\`order_id\`) NOT ENFORCED
) DISTRIBUTED BY HASH(\`order_id\`) INTO 6 BUCKETS
WITH (
  'changelog.mode' = 'upsert',
  'kafka.cleanup-policy' = 'delete',
  'key.format' = 'avro-registry',
  'value.format' = 'avro-registry',
  'value.fields-include' = 'all'
);
`,
    kinds: ['create-table'],
    sinks: ['orders_enriched'],
    sources: [],
    stateful: true,
    reasons: [{ construct: "changelog.mode 'upsert'", line: 13 }],
  },
  {
    name: 'ddl/append changelog and metadata columns: stateful null',
    sql: `CREATE TABLE page_views (
  view_id STRING,
  url STRING,
  user_id STRING,
  \`partition\` INT METADATA VIRTUAL,
  \`offset\` BIGINT METADATA VIRTUAL,
  WATERMARK FOR \`$rowtime\` AS \`$rowtime\` - INTERVAL '1' SECOND
) DISTRIBUTED INTO 4 BUCKETS
WITH (
  'changelog.mode' = 'append',
  'scan.startup.mode' = 'earliest-offset'
);
`,
    kinds: ['create-table'],
    sinks: ['page_views'],
    sources: [],
    stateful: null,
    reasons: [],
  },
  {
    name: 'ddl/retract changelog',
    sql: `CREATE TABLE IF NOT EXISTS p1_fct_revenue (
  product_id STRING,
  revenue DECIMAL(18, 2),
  PRIMARY KEY (product_id) NOT ENFORCED
) DISTRIBUTED BY (product_id) INTO 1 BUCKETS
WITH (
  'kafka.cleanup-policy' = 'compact',
  'changelog.mode' = 'retract'
);
`,
    kinds: ['create-table'],
    sinks: ['p1_fct_revenue'],
    sources: [],
    stateful: true,
    reasons: [{ construct: "changelog.mode 'retract'", line: 8 }],
  },
  {
    name: 'ddl/3-part name, no WITH, ROW and ARRAY types',
    sql: `CREATE TABLE \`env-1\`.\`cluster-0\`.\`raw-events\` (
  id STRING,
  payload ROW<kind STRING, \`from\` STRING, amount DOUBLE>,
  tags ARRAY<STRING>
);
`,
    kinds: ['create-table'],
    sinks: ['env-1.cluster-0.raw-events'],
    sources: [],
    stateful: null,
    reasons: [],
  },
  {
    name: 'ddl/COMMENT strings and METADATA FROM are not sources nor options',
    sql: `-- source table, filled FROM the legacy_orders topic
CREATE TABLE orders_raw (
  order_id STRING COMMENT 'copied FROM legacy_orders JOIN customers',
  \`topic\` STRING METADATA FROM 'topic' VIRTUAL,
  \`ts\` TIMESTAMP_LTZ(3) METADATA FROM 'timestamp'
)
COMMENT 'raw orders; changelog.mode upsert comes later'
WITH (
  'value.format' = 'json-registry'
);
`,
    kinds: ['create-table'],
    sinks: ['orders_raw'],
    sources: [],
    stateful: null,
    reasons: [],
  },

  // ───────────────────────────── CTAS / LIKE / views ─────────────────────────────
  {
    name: 'ctas/plain CTAS',
    sql: `CREATE TABLE orders_eu_copy AS
SELECT order_id, amount, $rowtime AS ts
FROM orders
WHERE region = 'EU';
`,
    kinds: ['ctas'],
    sinks: ['orders_eu_copy'],
    sources: ['orders'],
    stateful: false,
    reasons: [],
  },
  {
    name: 'ctas/PK column list, DISTRIBUTED BY, WITH upsert and GROUP BY',
    sql: `CREATE TABLE IF NOT EXISTS revenue_by_product (
  PRIMARY KEY (product_id) NOT ENFORCED
)
DISTRIBUTED BY HASH(product_id) INTO 4 BUCKETS
WITH (
  'changelog.mode' = 'upsert',
  'kafka.cleanup-policy' = 'delete'
)
AS SELECT
  product_id,
  SUM(price * quantity) AS revenue
FROM order_lines
GROUP BY product_id;
`,
    kinds: ['ctas'],
    sinks: ['revenue_by_product'],
    sources: ['order_lines'],
    stateful: true,
    reasons: [
      { construct: "changelog.mode 'upsert'", line: 6 },
      { construct: 'GROUP BY', line: 13 },
    ],
  },
  {
    name: 'ctas/WITH only and an INNER JOIN',
    sql: `CREATE TABLE shipments_enriched
WITH ('kafka.retention.time' = '7 d')
AS SELECT s.shipment_id, o.customer_id, s.$rowtime AS shipped_at
FROM shipments s
INNER JOIN orders o ON s.order_id = o.order_id;
`,
    kinds: ['ctas'],
    sinks: ['shipments_enriched'],
    sources: ['orders', 'shipments'],
    stateful: true,
    reasons: [{ construct: 'regular join', line: 5 }],
    joins: { ...NO_JOINS, inner: 1 },
  },
  {
    name: 'ctas/column list with a watermark',
    sql: `CREATE TABLE clicks_by_ts (
  event_ts TIMESTAMP_LTZ(3),
  WATERMARK FOR event_ts AS event_ts - INTERVAL '2' SECOND
) AS
SELECT url, user_id, $rowtime AS event_ts
FROM clicks;
`,
    kinds: ['ctas'],
    sinks: ['clicks_by_ts'],
    sources: ['clicks'],
    stateful: false,
    reasons: [],
  },
  {
    name: 'like/CREATE TABLE … WITH … LIKE src (EXCLUDING OPTIONS)',
    sql: `CREATE TABLE orders_archive
WITH (
  'kafka.retention.time' = '-1',
  'scan.startup.mode' = 'earliest-offset'
)
LIKE orders (EXCLUDING OPTIONS);
`,
    kinds: ['create-like'],
    sinks: ['orders_archive'],
    sources: ['orders'],
    stateful: null,
    reasons: [],
  },
  {
    name: 'like/LIKE a 3-part name with upsert option and like-options block',
    sql: `CREATE TABLE customers_upsert (
  PRIMARY KEY (customer_id) NOT ENFORCED
) WITH (
  'changelog.mode' = 'upsert'
) LIKE \`env-1\`.\`cluster-0\`.\`customers\` (
  INCLUDING ALL
  EXCLUDING CONSTRAINTS
);
`,
    kinds: ['create-like'],
    sinks: ['customers_upsert'],
    sources: ['env-1.cluster-0.customers'],
    stateful: true,
    reasons: [{ construct: "changelog.mode 'upsert'", line: 4 }],
  },
  {
    name: 'view/CREATE VIEW with a filter',
    sql: `CREATE VIEW active_customers AS
SELECT customer_id, email
FROM customers
WHERE status = 'active';
`,
    kinds: ['create-view'],
    sinks: ['active_customers'],
    sources: ['customers'],
    stateful: false,
    reasons: [],
  },
  {
    name: 'view/CREATE VIEW IF NOT EXISTS with column list and SELECT DISTINCT',
    sql: `CREATE VIEW IF NOT EXISTS customer_countries (customer_id, country) AS
SELECT DISTINCT
  customer_id,
  country
FROM addresses;
`,
    kinds: ['create-view'],
    sinks: ['customer_countries'],
    sources: ['addresses'],
    stateful: true,
    reasons: [{ construct: 'SELECT DISTINCT', line: 2 }],
  },
  {
    name: 'view/CREATE MATERIALIZED TABLE … AS SELECT with COUNT(DISTINCT)',
    sql: `CREATE MATERIALIZED TABLE revenue_per_region
AS SELECT
  region,
  SUM(amount) AS revenue,
  COUNT(DISTINCT customer_id) AS buyers
FROM orders
GROUP BY region;
`,
    kinds: ['create-materialized-table'],
    sinks: ['revenue_per_region'],
    sources: ['orders'],
    stateful: true,
    reasons: [{ construct: 'GROUP BY', line: 7 }],
  },
  {
    name: 'alter/ALTER TABLE SET, ADD and MODIFY WATERMARK',
    sql: `ALTER TABLE orders SET ('kafka.retention.time' = '30 d');
ALTER TABLE \`env-1\`.\`cluster-0\`.\`payments\` ADD (
  \`src_partition\` INT METADATA FROM 'partition' VIRTUAL
);
ALTER TABLE clicks MODIFY WATERMARK FOR $rowtime AS $rowtime - INTERVAL '3' SECOND;
`,
    kinds: ['alter-table', 'alter-table', 'alter-table'],
    sinks: ['clicks', 'env-1.cluster-0.payments', 'orders'],
    sources: [],
    stateful: null,
    reasons: [],
  },
  {
    name: 'drop/DROP TABLE IF EXISTS, DROP VIEW, 3-part DROP',
    sql: `DROP TABLE IF EXISTS orders_tmp;
DROP VIEW active_customers;
DROP TABLE \`env-1\`.\`cluster-0\`.\`old-events\`;
`,
    kinds: ['drop', 'drop', 'drop'],
    sinks: ['active_customers', 'env-1.cluster-0.old-events', 'orders_tmp'],
    sources: [],
    stateful: null,
    reasons: [],
  },
  {
    name: 'function/CREATE FUNCTION … USING JAR then an INSERT calling it',
    sql: `CREATE FUNCTION IF NOT EXISTS mask_email
  AS 'com.acme.udf.MaskEmail'
  USING JAR 'confluent-artifact://cfa-abc123/ver-1';

INSERT INTO customers_masked
SELECT customer_id, mask_email(email) AS email
FROM customers;
`,
    kinds: ['create-function', 'insert'],
    sinks: ['customers_masked'],
    sources: ['customers'],
    // CREATE FUNCTION does not say whether the class is scalar or an aggregate: unsure means
    // stateful (config `scalarFunctions` declares it scalar, in the project layer).
    stateful: true,
    reasons: [
      {
        construct: 'calls `mask_email` in an aggregate position; unknown functions are treated as stateful',
        line: 6,
      },
    ],
  },
  {
    name: 'values/INSERT … VALUES with tricky literals',
    sql: `INSERT INTO src_orders_seed
VALUES
  ('o-1', 'c-1', 10.5, 'note FROM a JOIN b'),
  ('o-2', 'c-2', 20.0, 'it''s fine; really'),
  ('o-3', 'c-1', 7.25, NULL);
`,
    kinds: ['insert'],
    sinks: ['src_orders_seed'],
    sources: [],
    stateful: false,
    reasons: [],
    joins: NO_JOINS,
  },
  {
    name: 'values/INSERT … (cols) VALUES into a digit-leading name',
    sql: `INSERT INTO \`75_identity_metadata\` (id, kind)
VALUES (1, 'user'), (2, 'group');
`,
    kinds: ['insert'],
    sinks: ['75_identity_metadata'],
    sources: [],
    stateful: false,
    reasons: [],
  },
  {
    name: 'values/VALUES as a derived table is not a source',
    sql: `INSERT INTO country_codes
SELECT code, name
FROM (VALUES ('FR', 'France'), ('DE', 'Germany')) AS t (code, name);
`,
    kinds: ['insert'],
    sinks: ['country_codes'],
    sources: [],
    stateful: false,
    reasons: [],
  },
  {
    name: 'overwrite/INSERT OVERWRITE with GROUP BY',
    sql: `INSERT OVERWRITE daily_snapshot
SELECT snapshot_day, COUNT(*) AS n
FROM events
GROUP BY snapshot_day;
`,
    kinds: ['insert'],
    sinks: ['daily_snapshot'],
    sources: ['events'],
    stateful: true,
    reasons: [{ construct: 'GROUP BY', line: 4 }],
  },

  // ───────────────────────────── joins ─────────────────────────────
  {
    name: 'joins/LEFT, RIGHT OUTER, FULL OUTER and INNER',
    sql: `INSERT INTO order_facts
SELECT o.order_id, c.name, p.title, s.status, r.rate
FROM orders o
LEFT JOIN customers c ON o.customer_id = c.customer_id
RIGHT OUTER JOIN products p ON o.product_id = p.product_id
FULL OUTER JOIN shipments s ON o.order_id = s.order_id
INNER JOIN regions r ON c.region_id = r.region_id;
`,
    kinds: ['insert'],
    sinks: ['order_facts'],
    sources: ['customers', 'orders', 'products', 'regions', 'shipments'],
    stateful: true,
    reasons: [
      { construct: 'regular join', line: 4 },
      { construct: 'regular join', line: 5 },
      { construct: 'regular join', line: 6 },
      { construct: 'regular join', line: 7 },
    ],
    joins: { regular: 0, left: 1, right: 1, inner: 1, outer: 1, cross: 0 },
  },
  {
    name: 'joins/five LEFT JOINs (Complex)',
    sql: `INSERT INTO customer_360
SELECT c.customer_id, a.city, p.phone, e.email, l.tier, s.score
FROM customers c
LEFT JOIN addresses a ON a.customer_id = c.customer_id
LEFT JOIN phones p ON p.customer_id = c.customer_id
LEFT JOIN emails e ON e.customer_id = c.customer_id
LEFT JOIN loyalty l ON l.customer_id = c.customer_id
LEFT OUTER JOIN scores s ON s.customer_id = c.customer_id;
`,
    kinds: ['insert'],
    sinks: ['customer_360'],
    sources: ['addresses', 'customers', 'emails', 'loyalty', 'phones', 'scores'],
    stateful: true,
    reasons: [
      { construct: 'regular join', line: 4 },
      { construct: 'regular join', line: 5 },
      { construct: 'regular join', line: 6 },
      { construct: 'regular join', line: 7 },
      { construct: 'regular join', line: 8 },
    ],
    joins: { regular: 0, left: 5, right: 0, inner: 0, outer: 0, cross: 0 },
  },
  {
    name: 'joins/comma join of two tables, second on its own line',
    sql: `INSERT INTO order_customer
SELECT o.order_id, c.name
FROM orders o,
     customers c
WHERE o.customer_id = c.customer_id;
`,
    kinds: ['insert'],
    sinks: ['order_customer'],
    sources: ['customers', 'orders'],
    stateful: true,
    reasons: [{ construct: 'regular join', line: 4 }],
    joins: { ...NO_JOINS, regular: 1 },
  },
  {
    name: 'joins/comma join of three tables on one line',
    sql: `INSERT INTO order_lines_full
SELECT o.order_id, l.sku, p.title
FROM orders o, order_lines l, products p
WHERE l.order_id = o.order_id AND p.sku = l.sku;
`,
    kinds: ['insert'],
    sinks: ['order_lines_full'],
    sources: ['order_lines', 'orders', 'products'],
    stateful: true,
    reasons: [
      { construct: 'regular join', line: 3 },
      { construct: 'regular join', line: 3 },
    ],
    joins: { ...NO_JOINS, regular: 2 },
  },
  {
    name: 'joins/CROSS JOIN of a table is a regular join counted as cross',
    sql: `INSERT INTO orders_with_config
SELECT o.order_id, cfg.fx_rate
FROM orders o
CROSS JOIN fx_config cfg;
`,
    kinds: ['insert'],
    sinks: ['orders_with_config'],
    sources: ['fx_config', 'orders'],
    stateful: true,
    reasons: [{ construct: 'regular join', line: 4 }],
    joins: { ...NO_JOINS, cross: 1 },
  },
  {
    name: 'joins/temporal join FOR SYSTEM_TIME AS OF o.$rowtime',
    sql: `INSERT INTO orders_in_usd
SELECT
  o.order_id,
  o.amount * r.rate AS amount_usd
FROM orders o
JOIN currency_rates FOR SYSTEM_TIME AS OF o.$rowtime AS r
  ON o.currency = r.currency;
`,
    kinds: ['insert'],
    sinks: ['orders_in_usd'],
    sources: ['currency_rates', 'orders'],
    stateful: true,
    reasons: [{ construct: 'temporal join', line: 6 }],
    joins: { ...NO_JOINS, regular: 1 },
  },
  {
    name: 'joins/LEFT temporal join on a backticked $rowtime',
    sql: `INSERT INTO enriched_clicks
SELECT c.url, u.segment
FROM clicks AS c
LEFT JOIN user_profiles FOR SYSTEM_TIME AS OF c.\`$rowtime\` AS u
  ON c.user_id = u.user_id
WHERE c.url LIKE u.url_pattern;
`,
    kinds: ['insert'],
    sinks: ['enriched_clicks'],
    sources: ['clicks', 'user_profiles'],
    stateful: true,
    reasons: [{ construct: 'temporal join', line: 4 }],
    joins: { ...NO_JOINS, left: 1 },
  },
  {
    name: 'joins/interval join with BETWEEN',
    sql: `INSERT INTO orders_shipped_fast
SELECT o.order_id, s.shipment_id
FROM orders o
JOIN shipments s
  ON o.order_id = s.order_id
  AND s.$rowtime BETWEEN o.$rowtime AND o.$rowtime + INTERVAL '4' HOUR;
`,
    kinds: ['insert'],
    sinks: ['orders_shipped_fast'],
    sources: ['orders', 'shipments'],
    stateful: true,
    reasons: [{ construct: 'interval join', line: 4 }],
    joins: { ...NO_JOINS, regular: 1 },
  },
  {
    name: 'joins/LEFT interval join with >= and <= bounds',
    sql: `INSERT INTO payment_matches
SELECT p.payment_id, i.invoice_id
FROM payments p
LEFT JOIN invoices i
  ON p.invoice_id = i.invoice_id
  AND p.paid_at >= i.issued_at - INTERVAL '1' DAY
  AND p.paid_at <= i.issued_at + INTERVAL '30' DAY;
`,
    kinds: ['insert'],
    sinks: ['payment_matches'],
    sources: ['invoices', 'payments'],
    stateful: true,
    reasons: [{ construct: 'interval join', line: 4 }],
    joins: { ...NO_JOINS, left: 1 },
  },
  {
    name: 'joins/interval join written as a comma join with the bound in WHERE (Flink docs form)',
    sql: `INSERT INTO orders_shipped
SELECT o.id, s.ship_id
FROM Orders o,
     Shipments s
WHERE o.id = s.order_id
  AND o.order_time BETWEEN s.ship_time - INTERVAL '4' HOUR AND s.ship_time;
`,
    kinds: ['insert'],
    sinks: ['orders_shipped'],
    sources: ['Orders', 'Shipments'],
    stateful: true,
    reasons: [{ construct: 'interval join', line: 4 }],
    joins: { ...NO_JOINS, regular: 1 },
  },
  {
    name: 'joins/join against an aggregating derived table',
    sql: `INSERT INTO customer_spend
SELECT c.customer_id, c.name, t.total
FROM customers c
JOIN (
  SELECT customer_id, SUM(amount) AS total
  FROM orders
  GROUP BY customer_id
) t ON t.customer_id = c.customer_id;
`,
    kinds: ['insert'],
    sinks: ['customer_spend'],
    sources: ['customers', 'orders'],
    stateful: true,
    reasons: [
      { construct: 'regular join', line: 4 },
      { construct: 'GROUP BY', line: 7 },
    ],
    joins: { ...NO_JOINS, regular: 1 },
  },

  // ───────────────────────────── UNNEST / LATERAL ─────────────────────────────
  {
    name: 'unnest/CROSS JOIN UNNEST is stateless and not a join',
    sql: `INSERT INTO order_items
SELECT o.order_id, item.sku, item.qty
FROM orders o
CROSS JOIN UNNEST(o.items) AS item (sku, qty);
`,
    kinds: ['insert'],
    sinks: ['order_items'],
    sources: ['orders'],
    stateful: false,
    reasons: [],
    joins: NO_JOINS,
  },
  {
    name: 'unnest/comma UNNEST',
    sql: `INSERT INTO article_tags
SELECT a.article_id, t.tag
FROM articles a, UNNEST(a.tags) AS t (tag);
`,
    kinds: ['insert'],
    sinks: ['article_tags'],
    sources: ['articles'],
    stateful: false,
    reasons: [],
    joins: NO_JOINS,
  },
  {
    name: 'unnest/LEFT JOIN UNNEST … ON TRUE',
    sql: `INSERT INTO cart_lines
SELECT c.cart_id, l.sku
FROM carts c
LEFT JOIN UNNEST(c.lines) AS l (sku) ON TRUE;
`,
    kinds: ['insert'],
    sinks: ['cart_lines'],
    sources: ['carts'],
    stateful: false,
    reasons: [],
    joins: NO_JOINS,
  },
  {
    name: 'lateral/comma LATERAL TABLE UDTF',
    sql: `INSERT INTO words
SELECT d.doc_id, w.word, w.len
FROM documents d,
  LATERAL TABLE(split_words(d.body)) AS w (word, len);
`,
    kinds: ['insert'],
    sinks: ['words'],
    sources: ['documents'],
    stateful: false,
    reasons: [],
    joins: NO_JOINS,
  },
  {
    name: 'lateral/LEFT JOIN LATERAL TABLE ON TRUE and CROSS JOIN LATERAL TABLE',
    sql: `INSERT INTO parsed_events
SELECT e.event_id, k.kv_key, k.kv_value, g.geo
FROM events AS e
LEFT JOIN LATERAL TABLE(parse_kv(e.payload)) AS k (kv_key, kv_value) ON TRUE
CROSS JOIN LATERAL TABLE(geo_lookup(e.ip)) AS g (geo);
`,
    kinds: ['insert'],
    sinks: ['parsed_events'],
    sources: ['events'],
    stateful: false,
    reasons: [],
    joins: NO_JOINS,
  },
  {
    name: 'unnest/a real JOIN on the same line as CROSS JOIN UNNEST still counts',
    sql: `INSERT INTO order_item_products
SELECT o.order_id, p.title
FROM orders o CROSS JOIN UNNEST(o.items) AS i (sku) JOIN products p ON p.sku = i.sku;
`,
    kinds: ['insert'],
    sinks: ['order_item_products'],
    sources: ['orders', 'products'],
    stateful: true,
    reasons: [{ construct: 'regular join', line: 3 }],
    joins: { ...NO_JOINS, regular: 1 },
  },

  // ───────────────────────────── subqueries ─────────────────────────────
  {
    name: 'subquery/IN (SELECT …)',
    sql: `INSERT INTO vip_orders
SELECT *
FROM orders
WHERE customer_id IN (
  SELECT customer_id FROM vip_customers
);
`,
    kinds: ['insert'],
    sinks: ['vip_orders'],
    sources: ['orders', 'vip_customers'],
    stateful: true,
    reasons: [{ construct: 'IN subquery', line: 4 }],
  },
  {
    name: 'subquery/NOT IN subquery next to an IN list',
    sql: `INSERT INTO open_orders
SELECT order_id, status
FROM orders
WHERE status IN ('NEW', 'PAID')
  AND order_id NOT IN (SELECT order_id FROM cancellations);
`,
    kinds: ['insert'],
    sinks: ['open_orders'],
    sources: ['cancellations', 'orders'],
    stateful: true,
    reasons: [{ construct: 'IN subquery', line: 5 }],
  },
  {
    name: 'subquery/correlated EXISTS',
    sql: `INSERT INTO customers_with_orders
SELECT c.customer_id
FROM customers c
WHERE EXISTS (
  SELECT 1
  FROM orders o
  WHERE o.customer_id = c.customer_id
);
`,
    kinds: ['insert'],
    sinks: ['customers_with_orders'],
    sources: ['customers', 'orders'],
    stateful: true,
    reasons: [{ construct: 'EXISTS subquery', line: 4 }],
  },
  {
    name: 'subquery/NOT EXISTS on one line',
    sql: `INSERT INTO unpaid_invoices
SELECT i.*
FROM invoices i
WHERE NOT EXISTS (SELECT 1 FROM payments p WHERE p.invoice_id = i.invoice_id);
`,
    kinds: ['insert'],
    sinks: ['unpaid_invoices'],
    sources: ['invoices', 'payments'],
    stateful: true,
    reasons: [{ construct: 'EXISTS subquery', line: 4 }],
  },
  {
    name: 'subquery/scalar subquery with a global aggregate',
    sql: `INSERT INTO above_average_orders
SELECT o.order_id, o.amount
FROM orders o
WHERE o.amount > (
  SELECT AVG(amount)
  FROM order_history
);
`,
    kinds: ['insert'],
    sinks: ['above_average_orders'],
    sources: ['order_history', 'orders'],
    stateful: true,
    reasons: [{ construct: 'global aggregate', line: 5 }],
  },
  {
    name: 'subquery/three nested derived tables',
    sql: `INSERT INTO deep_copy
SELECT id, v
FROM (
  SELECT id, v
  FROM (
    SELECT id, val AS v
    FROM (SELECT * FROM deep_source) AS d0
  ) AS d1
) AS d2;
`,
    kinds: ['insert'],
    sinks: ['deep_copy'],
    sources: ['deep_source'],
    stateful: false,
    reasons: [],
  },
  {
    name: 'subquery/IN subquery containing a JOIN',
    sql: `INSERT INTO flagged_payments
SELECT *
FROM payments
WHERE account_id IN (
  SELECT a.account_id
  FROM accounts a
  JOIN watchlist w ON w.owner_id = a.owner_id
);
`,
    kinds: ['insert'],
    sinks: ['flagged_payments'],
    sources: ['accounts', 'payments', 'watchlist'],
    stateful: true,
    reasons: [
      { construct: 'IN subquery', line: 4 },
      { construct: 'regular join', line: 7 },
    ],
    joins: { ...NO_JOINS, regular: 1 },
  },

  // ───────────────────────────── CTEs ─────────────────────────────
  {
    name: 'cte/WITH a AS (SELECT * FROM a) reads the real table a',
    sql: `INSERT INTO a_filtered
WITH a AS (
  SELECT * FROM a WHERE flag = TRUE
)
SELECT * FROM a;
`,
    kinds: ['insert'],
    sinks: ['a_filtered'],
    sources: ['a'],
    stateful: false,
    reasons: [],
  },
  {
    name: 'cte/CTE declared inside a subquery is invisible outside it',
    sql: `INSERT INTO customer_report
SELECT x.customer_id, c.name
FROM (
  WITH customers AS (
    SELECT customer_id FROM customers_raw WHERE active
  )
  SELECT customer_id FROM customers
) AS x
JOIN customers c ON c.customer_id = x.customer_id;
`,
    kinds: ['insert'],
    sinks: ['customer_report'],
    sources: ['customers', 'customers_raw'],
    stateful: true,
    reasons: [{ construct: 'regular join', line: 9 }],
    joins: { ...NO_JOINS, regular: 1 },
  },
  {
    name: 'cte/CTE named like a real table shadows it in nested subqueries too',
    sql: `INSERT INTO shipped_orders
WITH orders AS (
  SELECT * FROM orders_raw WHERE status <> 'DELETED'
)
SELECT o.order_id
FROM orders o
WHERE o.order_id IN (SELECT order_id FROM orders WHERE shipped);
`,
    kinds: ['insert'],
    sinks: ['shipped_orders'],
    sources: ['orders_raw'],
    stateful: true,
    reasons: [{ construct: 'IN subquery', line: 7 }],
  },
  {
    name: 'cte/chained CTEs in WITH … INSERT INTO form',
    sql: `WITH filtered AS (
  SELECT * FROM clicks WHERE url IS NOT NULL
),
with_user AS (
  SELECT f.*, u.segment
  FROM filtered f
  LEFT JOIN users u ON u.user_id = f.user_id
),
per_segment AS (
  SELECT segment, COUNT(*) AS n
  FROM with_user
  GROUP BY segment
)
INSERT INTO clicks_per_segment
SELECT * FROM per_segment;
`,
    kinds: ['insert'],
    sinks: ['clicks_per_segment'],
    sources: ['clicks', 'users'],
    stateful: true,
    reasons: [
      { construct: 'regular join', line: 7 },
      { construct: 'GROUP BY', line: 12 },
    ],
    joins: { ...NO_JOINS, left: 1 },
  },
  {
    name: 'cte/INSERT INTO t WITH c AS (…) SELECT',
    sql: `INSERT INTO order_totals
WITH lines AS (
  SELECT order_id, price * qty AS line_total
  FROM order_lines
)
SELECT order_id, SUM(line_total) AS total
FROM lines
GROUP BY order_id;
`,
    kinds: ['insert'],
    sinks: ['order_totals'],
    sources: ['order_lines'],
    stateful: true,
    reasons: [{ construct: 'GROUP BY', line: 8 }],
  },
  {
    name: 'cte/CTE with a column list',
    sql: `INSERT INTO region_names
WITH r (region_id, region_name) AS (
  SELECT id, name FROM regions
)
SELECT region_id, UPPER(region_name) FROM r;
`,
    kinds: ['insert'],
    sinks: ['region_names'],
    sources: ['regions'],
    stateful: false,
    reasons: [],
  },
  {
    name: 'cte/a CTE body sees only earlier CTEs (forward name is the real table)',
    sql: `INSERT INTO report_rows
WITH first_cte AS (
  SELECT * FROM second_cte
),
second_cte AS (
  SELECT * FROM base_rows
)
SELECT * FROM first_cte
UNION ALL
SELECT * FROM second_cte;
`,
    kinds: ['insert'],
    sinks: ['report_rows'],
    sources: ['base_rows', 'second_cte'],
    stateful: false,
    reasons: [],
  },
  {
    name: 'cte/CTE name as a window TVF TABLE argument',
    sql: `INSERT INTO valid_clicks_per_minute
WITH valid_clicks AS (
  SELECT * FROM clicks WHERE is_bot = FALSE
)
SELECT window_start, window_end, COUNT(*) AS n
FROM TABLE(
  TUMBLE(TABLE valid_clicks, DESCRIPTOR(event_ts), INTERVAL '1' MINUTE))
GROUP BY window_start, window_end;
`,
    kinds: ['insert'],
    sinks: ['valid_clicks_per_minute'],
    sources: ['clicks'],
    stateful: true,
    reasons: [{ construct: 'window aggregation', line: 8 }],
  },
  {
    name: 'cte/CTE named like the INSERT target: target stays a sink, CTE is not a source',
    sql: `INSERT INTO enriched_orders
WITH enriched_orders AS (
  SELECT o.*, c.tier
  FROM orders o
  JOIN customers c ON c.customer_id = o.customer_id
)
SELECT * FROM enriched_orders;
`,
    kinds: ['insert'],
    sinks: ['enriched_orders'],
    sources: ['customers', 'orders'],
    stateful: true,
    reasons: [{ construct: 'regular join', line: 5 }],
    joins: { ...NO_JOINS, regular: 1 },
  },
  {
    name: 'cte/two aggregating CTEs joined with FULL OUTER JOIN',
    sql: `INSERT INTO balance_check
WITH debits AS (
  SELECT account_id, SUM(amount) AS total FROM ledger WHERE kind = 'D' GROUP BY account_id
), credits AS (
  SELECT account_id, SUM(amount) AS total FROM ledger WHERE kind = 'C' GROUP BY account_id
)
SELECT d.account_id, d.total - c.total AS balance
FROM debits d
FULL OUTER JOIN credits c ON c.account_id = d.account_id;
`,
    kinds: ['insert'],
    sinks: ['balance_check'],
    sources: ['ledger'],
    stateful: true,
    reasons: [
      { construct: 'GROUP BY', line: 3 },
      { construct: 'GROUP BY', line: 5 },
      { construct: 'regular join', line: 9 },
    ],
    joins: { ...NO_JOINS, outer: 1 },
  },

  // ───────────────────────────── aggregation ─────────────────────────────
  {
    name: 'agg/GROUP BY with HAVING',
    sql: `INSERT INTO busy_customers
SELECT customer_id, COUNT(*) AS orders_cnt, MAX(amount) AS max_amount
FROM orders
GROUP BY customer_id
HAVING COUNT(*) > 10;
`,
    kinds: ['insert'],
    sinks: ['busy_customers'],
    sources: ['orders'],
    stateful: true,
    reasons: [{ construct: 'GROUP BY', line: 4 }],
  },
  {
    name: 'agg/global COUNT(*) without GROUP BY',
    sql: `INSERT INTO order_count
SELECT
  COUNT(*) AS n
FROM orders;
`,
    kinds: ['insert'],
    sinks: ['order_count'],
    sources: ['orders'],
    stateful: true,
    reasons: [{ construct: 'global aggregate', line: 3 }],
  },
  {
    name: 'agg/global LISTAGG around scalar functions',
    sql: `INSERT INTO all_skus
SELECT LISTAGG(UPPER(TRIM(sku)), ',') AS skus
FROM products
WHERE active = TRUE;
`,
    kinds: ['insert'],
    sinks: ['all_skus'],
    sources: ['products'],
    stateful: true,
    reasons: [{ construct: 'global aggregate', line: 2 }],
  },
  {
    name: 'agg/COUNT(DISTINCT) and FILTER with GROUP BY',
    sql: `INSERT INTO daily_buyers
SELECT
  order_day,
  COUNT(DISTINCT customer_id) AS buyers,
  COUNT(*) FILTER (WHERE amount > 100) AS big_orders
FROM orders
GROUP BY order_day;
`,
    kinds: ['insert'],
    sinks: ['daily_buyers'],
    sources: ['orders'],
    stateful: true,
    reasons: [{ construct: 'GROUP BY', line: 7 }],
  },
  {
    name: 'agg/SELECT DISTINCT',
    sql: `INSERT INTO distinct_pairs
SELECT DISTINCT
  user_id,
  product_id
FROM views;
`,
    kinds: ['insert'],
    sinks: ['distinct_pairs'],
    sources: ['views'],
    stateful: true,
    reasons: [{ construct: 'SELECT DISTINCT', line: 2 }],
  },
  {
    name: 'agg/columns named like aggregate functions are not aggregates',
    sql: `INSERT INTO stats_copy
SELECT \`count\`, \`max\`, amount
FROM stats
WHERE \`count\` > 0;
`,
    kinds: ['insert'],
    sinks: ['stats_copy'],
    sources: ['stats'],
    stateful: false,
    reasons: [],
  },
  {
    name: 'agg/SUM(…) OVER (RANGE …) is an OVER window, not a global aggregate',
    sql: `INSERT INTO running_totals
SELECT
  account_id,
  amount,
  SUM(amount) OVER (
    PARTITION BY account_id
    ORDER BY $rowtime
    RANGE BETWEEN INTERVAL '1' HOUR PRECEDING AND CURRENT ROW
  ) AS last_hour_total
FROM payments;
`,
    kinds: ['insert'],
    sinks: ['running_totals'],
    sources: ['payments'],
    stateful: true,
    reasons: [{ construct: 'OVER window', line: 5 }],
  },

  // ───────────────────────────── window TVFs ─────────────────────────────
  {
    name: 'window/TUMBLE positional aggregation',
    sql: `INSERT INTO clicks_per_minute
SELECT window_start, window_end, user_id, COUNT(*) AS clicks
FROM TABLE(
  TUMBLE(TABLE clicks, DESCRIPTOR($rowtime), INTERVAL '1' MINUTE)
)
GROUP BY window_start, window_end, user_id;
`,
    kinds: ['insert'],
    sinks: ['clicks_per_minute'],
    sources: ['clicks'],
    stateful: true,
    reasons: [{ construct: 'window aggregation', line: 6 }],
  },
  {
    name: 'window/HOP positional aggregation on one line',
    sql: `INSERT INTO bids_hopping
SELECT window_start, window_end, SUM(price) AS total
FROM TABLE(HOP(TABLE bids, DESCRIPTOR(bid_time), INTERVAL '5' MINUTES, INTERVAL '10' MINUTES))
GROUP BY window_start, window_end;
`,
    kinds: ['insert'],
    sinks: ['bids_hopping'],
    sources: ['bids'],
    stateful: true,
    reasons: [{ construct: 'window aggregation', line: 4 }],
  },
  {
    name: 'window/CUMULATE over a 3-part backtick name',
    sql: `INSERT INTO revenue_cumulative
SELECT window_start, window_end, SUM(amount) AS revenue
FROM TABLE(
  CUMULATE(
    TABLE \`env-1\`.\`cluster-0\`.\`orders\`,
    DESCRIPTOR($rowtime),
    INTERVAL '1' HOUR,
    INTERVAL '1' DAY))
GROUP BY window_start, window_end;
`,
    kinds: ['insert'],
    sinks: ['revenue_cumulative'],
    sources: ['env-1.cluster-0.orders'],
    stateful: true,
    reasons: [{ construct: 'window aggregation', line: 9 }],
  },
  {
    name: 'window/SESSION with PARTITION BY',
    sql: `INSERT INTO user_sessions
SELECT user_id, window_start, window_end, COUNT(*) AS events
FROM TABLE(
  SESSION(TABLE page_views PARTITION BY user_id, DESCRIPTOR($rowtime), INTERVAL '30' MINUTES)
)
GROUP BY user_id, window_start, window_end;
`,
    kinds: ['insert'],
    sinks: ['user_sessions'],
    sources: ['page_views'],
    stateful: true,
    reasons: [{ construct: 'window aggregation', line: 6 }],
  },
  {
    name: 'window/TUMBLE with named arguments DATA => TABLE x',
    sql: `INSERT INTO orders_per_minute
SELECT window_start, window_end, COUNT(*) AS n
FROM TABLE(
  TUMBLE(
    DATA => TABLE orders,
    TIMECOL => DESCRIPTOR($rowtime),
    SIZE => INTERVAL '1' MINUTES))
GROUP BY window_start, window_end;
`,
    kinds: ['insert'],
    sinks: ['orders_per_minute'],
    sources: ['orders'],
    stateful: true,
    reasons: [{ construct: 'window aggregation', line: 8 }],
  },
  {
    name: 'window/HOP TVF with named arguments and no aggregation is stateless',
    sql: `INSERT INTO clicks_windowed
SELECT url, window_start, window_end
FROM TABLE(
  HOP(
    DATA => TABLE clicks,
    TIMECOL => DESCRIPTOR($rowtime),
    SLIDE => INTERVAL '1' MINUTES,
    SIZE => INTERVAL '5' MINUTES));
`,
    kinds: ['insert'],
    sinks: ['clicks_windowed'],
    sources: ['clicks'],
    stateful: false,
    reasons: [],
  },
  {
    name: 'window/window Top-N: OVER before the inner window aggregation',
    sql: `INSERT INTO top_items_per_window
SELECT *
FROM (
  SELECT *,
    ROW_NUMBER() OVER (PARTITION BY window_start, window_end ORDER BY total DESC) AS rn
  FROM (
    SELECT window_start, window_end, item, SUM(price) AS total
    FROM TABLE(TUMBLE(TABLE bids, DESCRIPTOR(bid_time), INTERVAL '10' MINUTES))
    GROUP BY window_start, window_end, item
  )
)
WHERE rn <= 3;
`,
    kinds: ['insert'],
    sinks: ['top_items_per_window'],
    sources: ['bids'],
    stateful: true,
    reasons: [
      { construct: 'OVER window', line: 5 },
      { construct: 'window aggregation', line: 9 },
    ],
  },

  // ───────────────────────────── OVER ─────────────────────────────
  {
    name: 'over/ROW_NUMBER dedup',
    sql: `INSERT INTO customers_dedup
SELECT customer_id, email, updated_at
FROM (
  SELECT *,
    ROW_NUMBER() OVER (PARTITION BY customer_id ORDER BY $rowtime DESC) AS row_num
  FROM customers_cdc
)
WHERE row_num = 1;
`,
    kinds: ['insert'],
    sinks: ['customers_dedup'],
    sources: ['customers_cdc'],
    stateful: true,
    reasons: [{ construct: 'OVER window', line: 5 }],
  },
  {
    name: 'over/Top-N inside a CTE',
    sql: `INSERT INTO top_products
WITH ranked AS (
  SELECT
    category,
    product_id,
    sales,
    ROW_NUMBER() OVER (
      PARTITION BY category
      ORDER BY sales DESC
    ) AS rk
  FROM product_sales
)
SELECT category, product_id, sales
FROM ranked
WHERE rk <= 5;
`,
    kinds: ['insert'],
    sinks: ['top_products'],
    sources: ['product_sales'],
    stateful: true,
    reasons: [{ construct: 'OVER window', line: 7 }],
  },
  {
    name: 'over/two LAG calls: one reason per OVER',
    sql: `INSERT INTO price_changes
SELECT
  symbol,
  price,
  LAG(price, 1) OVER (PARTITION BY symbol ORDER BY $rowtime) AS prev_price,
  LAG(price, 2) OVER (PARTITION BY symbol ORDER BY $rowtime) AS prev_price_2
FROM quotes;
`,
    kinds: ['insert'],
    sinks: ['price_changes'],
    sources: ['quotes'],
    stateful: true,
    reasons: [
      { construct: 'OVER window', line: 5 },
      { construct: 'OVER window', line: 6 },
    ],
  },

  // ───────────────────────────── set operations ─────────────────────────────
  {
    name: 'setop/UNION ALL is stateless',
    sql: `INSERT INTO all_events
SELECT event_id, 'web' AS channel FROM web_events
UNION ALL
SELECT event_id, 'mobile' AS channel FROM mobile_events;
`,
    kinds: ['insert'],
    sinks: ['all_events'],
    sources: ['mobile_events', 'web_events'],
    stateful: false,
    reasons: [],
  },
  {
    name: 'setop/UNION (distinct) followed by UNION ALL',
    sql: `INSERT INTO known_emails
SELECT email FROM customers
UNION
SELECT email FROM leads
UNION ALL
SELECT email FROM partners;
`,
    kinds: ['insert'],
    sinks: ['known_emails'],
    sources: ['customers', 'leads', 'partners'],
    stateful: true,
    reasons: [{ construct: 'UNION', line: 3 }],
  },
  {
    name: 'setop/lower-case union distinct',
    sql: `insert into contact_ids
select id from crm_contacts
union distinct
select id from erp_contacts;
`,
    kinds: ['insert'],
    sinks: ['contact_ids'],
    sources: ['crm_contacts', 'erp_contacts'],
    stateful: true,
    reasons: [{ construct: 'UNION', line: 3 }],
  },
  {
    name: 'setop/INTERSECT',
    sql: `INSERT INTO active_and_paying
SELECT customer_id FROM active_customers
INTERSECT
SELECT customer_id FROM paying_customers;
`,
    kinds: ['insert'],
    sinks: ['active_and_paying'],
    sources: ['active_customers', 'paying_customers'],
    stateful: true,
    reasons: [{ construct: 'INTERSECT', line: 3 }],
  },
  {
    name: 'setop/EXCEPT',
    sql: `INSERT INTO churned
SELECT customer_id FROM last_month_customers
EXCEPT
SELECT customer_id FROM this_month_customers;
`,
    kinds: ['insert'],
    sinks: ['churned'],
    sources: ['last_month_customers', 'this_month_customers'],
    stateful: true,
    reasons: [{ construct: 'EXCEPT', line: 3 }],
  },

  // ───────────────────────────── MATCH_RECOGNIZE ─────────────────────────────
  {
    name: 'match/MATCH_RECOGNIZE pattern',
    sql: `INSERT INTO price_drops
SELECT *
FROM stock_ticks
  MATCH_RECOGNIZE (
    PARTITION BY symbol
    ORDER BY $rowtime
    MEASURES
      START_ROW.price AS start_price,
      LAST(PRICE_DOWN.price) AS bottom_price
    ONE ROW PER MATCH
    AFTER MATCH SKIP TO LAST PRICE_DOWN
    PATTERN (START_ROW PRICE_DOWN+)
    DEFINE
      PRICE_DOWN AS PRICE_DOWN.price < PREV(PRICE_DOWN.price)
  ) AS mr;
`,
    kinds: ['insert'],
    sinks: ['price_drops'],
    sources: ['stock_ticks'],
    stateful: true,
    reasons: [{ construct: 'MATCH_RECOGNIZE', line: 4 }],
  },
  {
    name: 'match/MATCH_RECOGNIZE over a CTE with WITHIN',
    sql: `INSERT INTO login_bursts
WITH logins AS (
  SELECT user_id, ip, event_ts FROM auth_events WHERE kind = 'login'
)
SELECT user_id, first_ts, last_ts
FROM logins
MATCH_RECOGNIZE (
  PARTITION BY user_id
  ORDER BY event_ts
  MEASURES FIRST(A.event_ts) AS first_ts, LAST(A.event_ts) AS last_ts
  PATTERN (A{5,})
  WITHIN INTERVAL '1' MINUTE
  DEFINE A AS TRUE
);
`,
    kinds: ['insert'],
    sinks: ['login_bursts'],
    sources: ['auth_events'],
    stateful: true,
    reasons: [{ construct: 'MATCH_RECOGNIZE', line: 7 }],
  },
  // ───────────────────────────── changelog modes ─────────────────────────────
  {
    name: 'changelog/a primary key and no changelog.mode is upsert (Confluent Cloud)',
    sql: `CREATE TABLE accounts (
  id STRING,
  owner STRING,
  PRIMARY KEY (id) NOT ENFORCED
) DISTRIBUTED BY HASH(id) INTO 3 BUCKETS;
`,
    kinds: ['create-table'],
    sinks: ['accounts'],
    sources: [],
    stateful: true,
    reasons: [
      { construct: "changelog.mode 'upsert' by default (a PRIMARY KEY and no changelog.mode)", line: 4 },
    ],
  },
  {
    name: 'changelog/a column-level PRIMARY KEY counts too; a declared append mode wins over the key',
    sql: `CREATE TABLE a (id STRING PRIMARY KEY NOT ENFORCED, v INT);
CREATE TABLE b (id STRING PRIMARY KEY NOT ENFORCED, v INT) WITH ('changelog.mode' = 'append');
`,
    kinds: ['create-table', 'create-table'],
    sinks: ['a', 'b'],
    sources: [],
    stateful: true,
    reasons: [
      { construct: "changelog.mode 'upsert' by default (a PRIMARY KEY and no changelog.mode)", line: 1 },
    ],
  },
  {
    name: "changelog/another engine's connector gets no Confluent default; upsert-kafka is upsert",
    sql: `CREATE TABLE dim (id INT, name STRING, PRIMARY KEY (id) NOT ENFORCED) WITH ('connector' = 'jdbc');
CREATE TABLE rates (
  code STRING,
  rate DOUBLE,
  PRIMARY KEY (code) NOT ENFORCED
) WITH (
  'connector' = 'upsert-kafka',
  'key.format' = 'raw'
);
`,
    kinds: ['create-table', 'create-table'],
    sinks: ['dim', 'rates'],
    sources: [],
    stateful: true,
    reasons: [{ construct: "connector 'upsert-kafka' (an upsert table)", line: 7 }],
  },
  {
    name: 'changelog/a Debezium value format is a retract changelog',
    sql: `CREATE TABLE customers_cdc (
  id STRING,
  name STRING
) WITH (
  'value.format' = 'avro-debezium-registry'
);
`,
    kinds: ['create-table'],
    sinks: ['customers_cdc'],
    sources: [],
    stateful: true,
    reasons: [{ construct: "value.format 'avro-debezium-registry' (a retract table)", line: 5 }],
  },
  {
    name: 'changelog/a projection over an upsert table created earlier in the text keeps state',
    sql: `CREATE TABLE accounts (id STRING, owner STRING, PRIMARY KEY (id) NOT ENFORCED);
CREATE TABLE owners (id STRING, owner STRING) WITH ('changelog.mode' = 'retract');
INSERT INTO owners
SELECT id, UPPER(owner)
FROM accounts;
`,
    kinds: ['create-table', 'create-table', 'insert'],
    sinks: ['accounts', 'owners'],
    sources: ['accounts'],
    stateful: true,
    reasons: [
      { construct: "changelog.mode 'upsert' by default (a PRIMARY KEY and no changelog.mode)", line: 1 },
      { construct: "changelog.mode 'retract'", line: 2 },
      { construct: "writes `owners`, a retract table (changelog.mode 'retract')", line: 3 },
      {
        construct: 'reads `accounts`, an upsert table: Flink keeps state to normalise its changelog',
        line: 5,
      },
    ],
  },
  {
    name: 'changelog/reading a retract table or a stateful CREATE TABLE … AS keeps state; an append one does not',
    sql: `CREATE TABLE payments (id STRING, amount DOUBLE) WITH ('changelog.mode' = 'retract');
CREATE TABLE clicks (id STRING, url STRING);
CREATE TABLE totals AS SELECT id, SUM(amount) AS total FROM payments GROUP BY id;
CREATE TABLE copy AS SELECT id, url FROM clicks;
INSERT INTO sink1 SELECT id FROM payments;
INSERT INTO sink2 SELECT id FROM totals;
INSERT INTO sink3 SELECT id FROM copy;
`,
    kinds: ['create-table', 'create-table', 'ctas', 'ctas', 'insert', 'insert', 'insert'],
    sinks: ['clicks', 'copy', 'payments', 'sink1', 'sink2', 'sink3', 'totals'],
    sources: ['clicks', 'copy', 'payments', 'totals'],
    stateful: true,
    reasons: [
      { construct: "changelog.mode 'retract'", line: 1 },
      { construct: 'GROUP BY', line: 3 },
      {
        construct: 'reads `payments`, a retract table: reading its updates and deletes counts as stateful',
        line: 3,
      },
      {
        construct: 'reads `payments`, a retract table: reading its updates and deletes counts as stateful',
        line: 5,
      },
      {
        construct:
          'reads `totals`, whose changelog may hold updates: its query keeps state (GROUP BY, line 3)',
        line: 6,
      },
    ],
  },
  {
    name: 'changelog/CREATE TABLE … LIKE takes the mode of its LIKE table; LIKE itself reads no rows',
    sql: `CREATE TABLE accounts (id STRING, owner STRING, PRIMARY KEY (id) NOT ENFORCED);
CREATE TABLE mirror LIKE accounts;
INSERT INTO out1 SELECT id FROM mirror;
`,
    kinds: ['create-table', 'create-like', 'insert'],
    sinks: ['accounts', 'mirror', 'out1'],
    sources: ['accounts', 'mirror'],
    stateful: true,
    reasons: [
      { construct: "changelog.mode 'upsert' by default (a PRIMARY KEY and no changelog.mode)", line: 1 },
      {
        construct: 'reads `mirror`, an upsert table: Flink keeps state to normalise its changelog',
        line: 3,
      },
    ],
  },
  {
    name: 'changelog/ALTER TABLE … SET of the mode, or of the key, changes it from there on',
    sql: `CREATE TABLE events (id STRING, kind STRING);
INSERT INTO out1 SELECT id FROM events;
ALTER TABLE events SET ('changelog.mode' = 'upsert', 'kafka.retention.time' = '1 d');
INSERT INTO out2 SELECT id FROM events;
ALTER TABLE other ADD PRIMARY KEY (id) NOT ENFORCED;
ALTER TABLE events SET ('kafka.retention.time' = '2 d');
`,
    kinds: ['create-table', 'insert', 'alter-table', 'insert', 'alter-table', 'alter-table'],
    sinks: ['events', 'other', 'out1', 'out2'],
    sources: ['events'],
    stateful: true,
    reasons: [
      { construct: "changelog.mode 'upsert'", line: 3 },
      {
        construct: 'reads `events`, an upsert table: Flink keeps state to normalise its changelog',
        line: 4,
      },
      {
        construct: 'ALTER TABLE changes the changelog mode (a changed PRIMARY KEY); treated as stateful',
        line: 5,
      },
    ],
  },
];
