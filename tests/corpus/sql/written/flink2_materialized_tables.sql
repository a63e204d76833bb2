-- Written for this corpus in the statement forms that apache/flink documents for
-- materialized tables (docs/content/docs/dev/table/materialized-table/statements.md at
-- 8244941ed18c9c063449759927b58b629110d89e):
-- CREATE OR ALTER with a new query, ALTER … AS with a new query, SUSPEND and RESUME.
CREATE OR ALTER MATERIALIZED TABLE daily_orders
FRESHNESS = INTERVAL '1' HOUR
AS SELECT DATE_FORMAT(order_time, 'yyyy-MM-dd') AS ds, COUNT(*) AS cnt
FROM orders
GROUP BY DATE_FORMAT(order_time, 'yyyy-MM-dd');

ALTER MATERIALIZED TABLE daily_orders
AS SELECT DATE_FORMAT(order_time, 'yyyy-MM-dd') AS ds, COUNT(*) AS cnt, SUM(amount) AS total
FROM orders
GROUP BY DATE_FORMAT(order_time, 'yyyy-MM-dd');

ALTER MATERIALIZED TABLE daily_orders SUSPEND;

ALTER MATERIALIZED TABLE daily_orders RESUME;

CREATE OR ALTER MATERIALIZED TABLE active_users
AS SELECT user_id, name FROM users WHERE active;
