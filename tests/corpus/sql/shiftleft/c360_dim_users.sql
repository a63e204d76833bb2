-- Excerpt of jbcodeforce/shift_left_utils src/shift_left/tests/data/flink-project/pipelines/dimensions/c360/dim_users/sql-scripts/dml.c360_dim_users.sql
-- at 8a1da0621846887eb5dd260a06cb586550a7083c, licence Apache-2.0; see tests/corpus/SOURCES.md.

INSERT INTO sl_c360_dim_users
with valid_users as (
  SELECT * FROM sl_c360_src_users
  WHERE user_id IS NOT NULL and group_id IS NOT NULL and tenant_id IS NOT NULL
)
  SELECT
    u.user_id,
    u.user_name,
    u.user_email,
    u.group_id,
    g.tenant_id,
    g.tenant_name,
    g.group_name,
    g.group_type,
    u.created_date,
    u.is_active
  FROM valid_users u
  LEFT JOIN sl_c360_dim_groups g
  ON  u.tenant_id = g.tenant_id and u.group_id = g.group_id
  WHERE g.tenant_id is not null and u.group_id is not null;
