/**
 * A small project for the deploy fidelity tests: a stateless source with a `.properties` file
 * holding a `client.*` key, a CTAS with its own SET line, a materialized table, and a stateful
 * table whose name has more than 60 characters and whose DDL has its own SET line.
 */
import { tableFiles } from '../helpers/git-scenarios.js';

export const LONG = 'fct_customer_lifetime_value_by_region_and_marketing_channel_daily';
/** Raw topics the project reads: present in the emulator's catalog from the start */
export const RAW = ['raw_orders', 'raw_customers'];

export const ORDERS_DDL = `CREATE TABLE IF NOT EXISTS orders (
  id STRING,
  amount INT
) WITH (
  'kafka.retention.time' = '7 d',
  'kafka.cleanup-policy' = 'delete'
);
`;

export const SHOP: Record<string, string> = {
  ...tableFiles(
    'pipelines/sources/shop/orders',
    'orders',
    ORDERS_DDL,
    'INSERT INTO orders\nSELECT id, amount FROM raw_orders;\n',
    'sql.local-time-zone=UTC\nclient.statement-name=ignored-by-the-service\n',
  ),
  ...tableFiles(
    'pipelines/facts/shop/totals',
    'totals',
    "SET 'sql.state-ttl' = '3 d';\nCREATE TABLE totals AS\nSELECT id, COUNT(*) AS n FROM orders GROUP BY id;\n",
  ),
  ...tableFiles(
    'pipelines/views/shop/top_orders',
    'top_orders',
    'CREATE MATERIALIZED TABLE top_orders AS\nSELECT id, amount FROM orders WHERE amount > 100;\n',
  ),
  ...tableFiles(
    'pipelines/facts/marketing_analytics/long',
    LONG,
    `SET 'sql.state-ttl' = '2 d';\nCREATE TABLE IF NOT EXISTS ${LONG} (id STRING, n BIGINT, PRIMARY KEY (id) NOT ENFORCED)\nWITH ('changelog.mode' = 'upsert');\n`,
    `INSERT INTO ${LONG}\nSELECT id, COUNT(*) FROM orders GROUP BY id;\n`,
  ),
};
