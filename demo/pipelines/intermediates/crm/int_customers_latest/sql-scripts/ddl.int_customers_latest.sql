CREATE TABLE IF NOT EXISTS int_customers_latest (
  customer_id STRING NOT NULL,
  customer_name STRING,
  email STRING,
  country_code STRING,
  updated_at TIMESTAMP_LTZ(3),
  PRIMARY KEY (customer_id) NOT ENFORCED
) DISTRIBUTED BY HASH(customer_id) INTO 1 BUCKETS
WITH (
  'changelog.mode' = 'upsert',
  'key.format' = 'avro-registry',
  'value.format' = 'avro-registry'
);
