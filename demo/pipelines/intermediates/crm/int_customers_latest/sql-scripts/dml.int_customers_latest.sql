-- Stateful: keep the latest version of each customer (ROW_NUMBER deduplication).
INSERT INTO int_customers_latest
WITH ranked AS (
  SELECT *,
    ROW_NUMBER() OVER (PARTITION BY customer_id ORDER BY updated_at DESC) AS row_num
  FROM src_customers
)
SELECT customer_id, customer_name, email, country_code, updated_at
FROM ranked
WHERE row_num = 1;
