-- Excerpt of jbcodeforce/flink-studies code/flink-sql/10-windowing/cc-flink/create_unique_oder.sql
-- at 60e49beb862536c201e76dda662a638413b0f334, licence Apache-2.0; see tests/corpus/SOURCES.md.
SET 'client.statement-name' = 'unique-orders-maintenance';
SET 'sql.state-ttl' = '1 hour';

CREATE TABLE unique_orders 
AS SELECT 
  order_id, 
  product_id, 
  customer_id, 
  price
FROM (
   SELECT * ,
          ROW_NUMBER() OVER (PARTITION BY order_id ORDER BY `$rowtime` ASC) AS rownum
   FROM `examples`.`marketplace`.`orders`
      )
WHERE rownum = 1;
