CREATE TABLE IF NOT EXISTS int_orders_enriched (
  order_id STRING NOT NULL,
  customer_id STRING,
  country_code STRING,
  amount DECIMAL(12, 2),
  currency STRING,
  order_ts TIMESTAMP(3),
  PRIMARY KEY (order_id) NOT ENFORCED
) DISTRIBUTED BY HASH(order_id) INTO 1 BUCKETS
WITH (
  'changelog.mode' = 'upsert',
  'key.format' = 'avro-registry',
  'value.format' = 'avro-registry'
);
