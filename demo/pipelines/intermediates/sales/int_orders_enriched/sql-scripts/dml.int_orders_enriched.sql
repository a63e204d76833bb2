-- Stateful: regular join of orders with the latest customer record.
INSERT INTO int_orders_enriched
SELECT o.order_id, o.customer_id, c.country_code, o.amount, o.currency, o.order_ts
FROM int_orders_valid AS o
LEFT JOIN int_customers_latest AS c
  ON o.customer_id = c.customer_id;
