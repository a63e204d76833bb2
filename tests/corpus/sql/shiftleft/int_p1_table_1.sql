-- Excerpt of jbcodeforce/shift_left_utils src/shift_left/tests/data/flink-project/pipelines/intermediates/p1/int_table_1/sql-scripts/dml.int_p1_table_1.sql
-- at 8a1da0621846887eb5dd260a06cb586550a7083c, licence Apache-2.0; see tests/corpus/SOURCES.md.
INSERT INTO int_p1_table_1
SELECT 
  u.user_id as id, 
  u.user_name, 
  b.account_id, 
  b.account_name, 
  b.balance,
  0 as new_att
FROM src_table_1 u
left join src_p1_table_3 b on u.user_id = b.user_id;
