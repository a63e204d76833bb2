INSERT INTO fct_owner_balances
SELECT account, total
FROM int_owner_balances
WHERE total > 0;
