-- Source: the product catalog (stateless projection).
INSERT INTO src_products
SELECT product_id, product_name, LOWER(category) AS category, CAST(price AS DECIMAL(10, 2)) AS unit_price
FROM raw_products;
