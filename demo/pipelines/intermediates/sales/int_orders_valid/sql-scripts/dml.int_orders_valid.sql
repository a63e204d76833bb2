-- Stateless filter: drop test and empty orders.
INSERT INTO int_orders_valid
SELECT order_id, customer_id, product_id, quantity, amount, currency, order_ts
FROM src_orders
WHERE status <> 'test'
  AND amount > 0;
