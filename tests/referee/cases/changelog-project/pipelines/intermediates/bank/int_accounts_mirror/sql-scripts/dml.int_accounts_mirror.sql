INSERT INTO int_accounts_mirror
SELECT id, owner, balance
FROM src_accounts;
