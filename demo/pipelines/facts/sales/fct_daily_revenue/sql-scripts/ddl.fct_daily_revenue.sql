CREATE TABLE IF NOT EXISTS fct_daily_revenue (
  window_start TIMESTAMP(3) NOT NULL,
  window_end TIMESTAMP(3) NOT NULL,
  currency STRING NOT NULL,
  orders BIGINT,
  revenue DECIMAL(18, 2),
  PRIMARY KEY (window_start, window_end, currency) NOT ENFORCED
) DISTRIBUTED BY HASH(currency) INTO 1 BUCKETS
WITH (
  'changelog.mode' = 'append',
  'kafka.retention.time' = '30 d',
  'value.format' = 'avro-registry'
);
