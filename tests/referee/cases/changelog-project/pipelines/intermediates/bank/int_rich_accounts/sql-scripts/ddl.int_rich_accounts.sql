-- No key and no changelog.mode: the table's mode follows its query, which reads an upsert
-- table, so only reading src_accounts makes this statement stateful.
CREATE TABLE IF NOT EXISTS int_rich_accounts AS
SELECT id, owner
FROM src_accounts
WHERE balance > 1000000;
