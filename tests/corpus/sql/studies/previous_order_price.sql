-- Excerpt of jbcodeforce/flink-studies code/flink-sql/06-groupby-over/cc/dml.previous_order_price.sql
-- at 60e49beb862536c201e76dda662a638413b0f334, licence Apache-2.0; see tests/corpus/SOURCES.md.
SELECT $rowtime AS row_time
      , customer_id
      , order_id
      , price
      , LAG(order_id, 1) OVER (PARTITION BY customer_id ORDER BY $rowtime) previous_order_id
      , LAG(price, 1) OVER (PARTITION BY customer_id ORDER BY $rowtime) previous_order_price
  FROM examples.marketplace.orders;
