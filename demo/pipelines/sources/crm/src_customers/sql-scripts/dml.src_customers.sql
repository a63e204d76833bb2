-- Source: customer change events, cleaned (stateless).
INSERT INTO src_customers
SELECT
  customer_id,
  TRIM(name) AS customer_name,
  LOWER(email) AS email,
  UPPER(country) AS country_code,
  TO_TIMESTAMP_LTZ(updated_at_ms, 3) AS updated_at
FROM raw_customers
WHERE customer_id IS NOT NULL;
