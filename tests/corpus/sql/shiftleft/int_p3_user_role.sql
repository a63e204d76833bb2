-- Excerpt of jbcodeforce/shift_left_utils src/shift_left/tests/data/flink-project/pipelines/intermediates/p3/user_role/sql-scripts/dml.int_p3_user_role.sql
-- at 8a1da0621846887eb5dd260a06cb586550a7083c, licence Apache-2.0; see tests/corpus/SOURCES.md.
INSERT INTO int_p3_user_role
WITH
    users as (
        select user_id,
               tenant_id,
               role_id,
               status
        from src_p3_users 
        left join src_p3_tenants on src_p3_users.tenant_id = src_p3_tenants.id
    ),
    roles as (
        select role_id
               role_name,
               u.tenant_id,
               u.user_id,
               u.status
        from src_p3_roles
        left join users u on src_p3_roles.role_id = u.role_id
    )
SELECT * FROM roles;
