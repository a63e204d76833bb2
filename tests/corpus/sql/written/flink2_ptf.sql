-- Written for this corpus in the call forms that apache/flink documents for process table
-- functions (docs/content/docs/dev/table/functions/ptfs.md at
-- ddd65bd03749b740ea978570509f2286cda161db): named and positional table arguments, with
-- and without TABLE(…), row semantics (no PARTITION BY) and set semantics (PARTITION BY).
CREATE TABLE clicks (
  user_id STRING,
  url STRING,
  ts TIMESTAMP_LTZ(3),
  WATERMARK FOR ts AS ts - INTERVAL '1' SECOND
);

INSERT INTO click_counts
SELECT * FROM CountClicks(input => TABLE clicks PARTITION BY user_id, uid => 'count-clicks-v1');

INSERT INTO click_counts
SELECT * FROM TABLE(CountClicks(TABLE clicks PARTITION BY user_id));

INSERT INTO enriched_clicks
SELECT * FROM Enrich(input => TABLE clicks);

INSERT INTO click_sessions
SELECT * FROM Sessionize(
  input => TABLE clicks PARTITION BY user_id ORDER BY ts,
  on_time => DESCRIPTOR(ts),
  uid => 'sessionize-v2'
);
