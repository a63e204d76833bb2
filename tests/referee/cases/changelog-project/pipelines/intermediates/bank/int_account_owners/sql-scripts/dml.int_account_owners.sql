INSERT INTO int_account_owners
SELECT id, UPPER(owner) AS owner
FROM src_accounts
WHERE balance >= 0;
