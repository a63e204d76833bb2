CREATE TABLE IF NOT EXISTS int_account_owners (
  id STRING,
  owner STRING
) WITH ('changelog.mode' = 'retract');
