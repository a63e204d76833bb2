CREATE TABLE IF NOT EXISTS src_orders (
  order_id STRING NOT NULL,
  customer_id STRING,
  product_id STRING,
  quantity INT,
  amount DECIMAL(12, 2),
  currency STRING,
  status STRING,
  order_ts TIMESTAMP(3),
  WATERMARK FOR order_ts AS order_ts - INTERVAL '5' SECOND
) DISTRIBUTED BY HASH(order_id) INTO 1 BUCKETS
WITH (
  'changelog.mode' = 'append',
  'value.format' = 'avro-registry'
);
