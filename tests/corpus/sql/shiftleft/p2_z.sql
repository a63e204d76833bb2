-- Excerpt of jbcodeforce/shift_left_utils src/shift_left/tests/data/flink-project/pipelines/intermediates/p2/z/sql-scripts/dml.z.sql
-- at 8a1da0621846887eb5dd260a06cb586550a7083c, licence Apache-2.0; see tests/corpus/SOURCES.md.
INSERT INTO z
SELECT
y.default_key,
concat(y.y_value,'-', x.x_value) as z_value

FROM y
join x on y.x_key = x.default_key
