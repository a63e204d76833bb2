-- Source: typed projection of the raw orders topic (stateless).
INSERT INTO src_orders
SELECT
  order_id,
  customer_id,
  product_id,
  CAST(quantity AS INT) AS quantity,
  CAST(amount AS DECIMAL(12, 2)) AS amount,
  UPPER(currency) AS currency,
  LOWER(status) AS status,
  TO_TIMESTAMP_LTZ(created_at_ms, 3) AS order_ts
FROM raw_orders;
