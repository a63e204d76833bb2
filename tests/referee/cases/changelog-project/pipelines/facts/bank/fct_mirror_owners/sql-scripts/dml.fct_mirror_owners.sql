INSERT INTO fct_mirror_owners
SELECT id, owner
FROM int_accounts_mirror;
