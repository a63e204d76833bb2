CREATE TABLE IF NOT EXISTS fct_mirror_owners (
  id STRING,
  owner STRING
) WITH ('changelog.mode' = 'retract');
