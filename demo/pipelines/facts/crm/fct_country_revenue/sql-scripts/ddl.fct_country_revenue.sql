CREATE TABLE IF NOT EXISTS fct_country_revenue (
  country_code STRING NOT NULL,
  customers BIGINT,
  revenue DECIMAL(18, 2),
  PRIMARY KEY (country_code) NOT ENFORCED
) DISTRIBUTED BY HASH(country_code) INTO 1 BUCKETS
WITH (
  'changelog.mode' = 'upsert',
  'key.format' = 'avro-registry',
  'value.format' = 'avro-registry'
);
