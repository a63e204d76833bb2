CREATE TABLE IF NOT EXISTS fct_customer_revenue (
  customer_id STRING NOT NULL,
  orders BIGINT,
  revenue DECIMAL(18, 2),
  last_order_ts TIMESTAMP(3),
  PRIMARY KEY (customer_id) NOT ENFORCED
) DISTRIBUTED BY HASH(customer_id) INTO 1 BUCKETS
WITH (
  'changelog.mode' = 'upsert',
  'key.format' = 'avro-registry',
  'value.format' = 'avro-registry'
);
