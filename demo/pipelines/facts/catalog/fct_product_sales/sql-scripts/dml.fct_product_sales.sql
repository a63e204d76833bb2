-- Stateful: units and revenue per product, joined with the catalog.
INSERT INTO fct_product_sales
SELECT o.product_id, MAX(p.product_name) AS product_name, MAX(p.category) AS category,
  SUM(o.quantity) AS units, SUM(o.amount) AS revenue
FROM int_orders_valid AS o
JOIN src_products AS p
  ON o.product_id = p.product_id
GROUP BY o.product_id;
