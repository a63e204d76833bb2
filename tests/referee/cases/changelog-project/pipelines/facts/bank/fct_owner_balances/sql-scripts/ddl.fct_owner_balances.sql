CREATE TABLE IF NOT EXISTS fct_owner_balances (
  account STRING,
  total DOUBLE
) WITH ('changelog.mode' = 'retract');
