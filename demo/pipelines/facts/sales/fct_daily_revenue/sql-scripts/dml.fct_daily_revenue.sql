-- Stateful: daily tumbling window per currency.
INSERT INTO fct_daily_revenue
SELECT window_start, window_end, currency, COUNT(*) AS orders, SUM(amount) AS revenue
FROM TABLE(
  TUMBLE(TABLE int_orders_valid, DESCRIPTOR(order_ts), INTERVAL '1' DAY))
GROUP BY window_start, window_end, currency;
