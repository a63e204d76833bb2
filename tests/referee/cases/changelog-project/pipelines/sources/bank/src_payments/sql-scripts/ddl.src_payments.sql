CREATE TABLE IF NOT EXISTS src_payments (
  id STRING,
  account STRING,
  amount DOUBLE
) WITH ('changelog.mode' = 'append');
