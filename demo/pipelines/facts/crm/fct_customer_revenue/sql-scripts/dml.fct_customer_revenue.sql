-- Stateful: lifetime revenue per customer.
INSERT INTO fct_customer_revenue
SELECT customer_id, COUNT(*) AS orders, SUM(amount) AS revenue, MAX(order_ts) AS last_order_ts
FROM int_orders_enriched
GROUP BY customer_id;
