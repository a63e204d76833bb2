CREATE TABLE IF NOT EXISTS src_products (
  product_id STRING NOT NULL,
  product_name STRING,
  category STRING,
  unit_price DECIMAL(10, 2),
  PRIMARY KEY (product_id) NOT ENFORCED
) DISTRIBUTED BY HASH(product_id) INTO 1 BUCKETS
WITH (
  'changelog.mode' = 'upsert',
  'key.format' = 'avro-registry',
  'value.format' = 'avro-registry'
);
