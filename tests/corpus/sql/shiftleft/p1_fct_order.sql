-- Excerpt of jbcodeforce/shift_left_utils src/shift_left/tests/data/flink-project/pipelines/facts/p1/fct_order/sql-scripts/dml.p1_fct_order.sql
-- at 8a1da0621846887eb5dd260a06cb586550a7083c, licence Apache-2.0; see tests/corpus/SOURCES.md.
INSERT INTO p1_fct_order
with cte_table as (
    SELECT
      order_id,
      product_id ,
      customer_id ,
      amount
    FROM int_p1_table_2
)
SELECT  
    coalesce(c.id,'N/A') as id,
    c.user_name,
    c.account_name,
    c.balance - ct.amount as balance
from cte_table ct
left join int_p1_table_1 c on ct.customer_id = c.id;
