CREATE TABLE IF NOT EXISTS int_accounts_mirror LIKE src_accounts;
