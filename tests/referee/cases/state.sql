-- The referee's acceptance cases: constructs whose state the planner decides, each written
-- the way Confluent Cloud users write it. Sinks are retract tables so that updating results fit.
CREATE TABLE clicks (
  user_id STRING,
  url STRING,
  amount DOUBLE,
  ts TIMESTAMP(3),
  WATERMARK FOR ts AS ts - INTERVAL '5' SECOND
) WITH ('changelog.mode' = 'append');

CREATE TABLE users (user_id STRING, name STRING) WITH ('changelog.mode' = 'append');

CREATE TABLE user_counts (user_id STRING, n BIGINT) WITH ('changelog.mode' = 'retract');

CREATE TABLE top_clicks (user_id STRING, url STRING, amount DOUBLE) WITH ('changelog.mode' = 'retract');

CREATE TABLE click_spread (spread DOUBLE) WITH ('changelog.mode' = 'retract');

CREATE TABLE clean_clicks (user_id STRING, url STRING) WITH ('changelog.mode' = 'append');

-- A correlated LATERAL subquery: a join and an aggregate per user.
INSERT INTO user_counts
SELECT u.user_id, c.n
FROM users AS u,
  LATERAL (SELECT COUNT(*) AS n FROM clicks AS k WHERE k.user_id = u.user_id) AS c;

-- ORDER BY … LIMIT n: a stateful Top-N over the whole stream.
INSERT INTO top_clicks
SELECT user_id, url, amount
FROM clicks
ORDER BY amount DESC
LIMIT 3;

-- A global aggregate with a function outside the usual COUNT/SUM/MIN/MAX/AVG.
INSERT INTO click_spread
SELECT STDDEV_POP(amount) AS spread
FROM clicks;

-- A DML reading a view whose query aggregates: Flink inlines the view into the job.
CREATE VIEW clicks_per_user AS
SELECT user_id, COUNT(*) AS n
FROM clicks
GROUP BY user_id;

INSERT INTO user_counts
SELECT user_id, n
FROM clicks_per_user;

-- A projection with a filter over an append-only table: no state.
INSERT INTO clean_clicks
SELECT user_id, LOWER(url) AS url
FROM clicks
WHERE amount > 0;
