CREATE TABLE IF NOT EXISTS src_customers (
  customer_id STRING NOT NULL,
  customer_name STRING,
  email STRING,
  country_code STRING,
  updated_at TIMESTAMP_LTZ(3)
) DISTRIBUTED BY HASH(customer_id) INTO 1 BUCKETS
WITH (
  'changelog.mode' = 'append',
  'value.format' = 'avro-registry'
);
