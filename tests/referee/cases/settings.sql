-- SET lines reach the planner when they can change its plan (docs/referee.md): with
-- 'table.exec.sink.upsert-materialize' = 'FORCE', Flink materializes every upsert sink.
SET 'sql.state-ttl' = '1 h';
SET 'table.exec.sink.upsert-materialize' = 'FORCE';

CREATE TABLE clicks (user_id STRING, url STRING) WITH ('changelog.mode' = 'append');

CREATE TABLE last_click (user_id STRING, url STRING, PRIMARY KEY (user_id) NOT ENFORCED)
WITH ('changelog.mode' = 'upsert');

INSERT INTO last_click
SELECT user_id, url
FROM clicks;
