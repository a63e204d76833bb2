CREATE TABLE IF NOT EXISTS int_owner_balances AS
SELECT account, SUM(amount) AS total
FROM src_payments
GROUP BY account;
