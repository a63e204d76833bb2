-- Stateful: revenue and distinct customers per country.
INSERT INTO fct_country_revenue
SELECT COALESCE(country_code, '??') AS country_code, COUNT(DISTINCT customer_id) AS customers, SUM(amount) AS revenue
FROM int_orders_enriched
GROUP BY COALESCE(country_code, '??');
