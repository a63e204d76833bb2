-- Changelog modes and state: what reading an upsert or retract table costs. Sinks are retract
-- tables (an append table cannot take the updates these queries produce: Apache Flink and
-- Confluent Cloud reject that statement).
CREATE TABLE accounts (id STRING, owner STRING, balance DOUBLE, PRIMARY KEY (id) NOT ENFORCED)
WITH ('changelog.mode' = 'upsert');

-- A primary key and no changelog.mode: Confluent Cloud makes the table upsert.
CREATE TABLE customers (id STRING, name STRING, PRIMARY KEY (id) NOT ENFORCED);

CREATE TABLE payments (id STRING, account STRING, amount DOUBLE) WITH ('changelog.mode' = 'retract');

CREATE TABLE account_owners (id STRING, owner STRING) WITH ('changelog.mode' = 'retract');

CREATE TABLE customer_names (id STRING, name STRING) WITH ('changelog.mode' = 'retract');

CREATE TABLE large_payments (id STRING, amount DOUBLE) WITH ('changelog.mode' = 'retract');

CREATE TABLE accounts_copy (id STRING, owner STRING, balance DOUBLE, PRIMARY KEY (id) NOT ENFORCED)
WITH ('changelog.mode' = 'upsert');

-- A projection with a filter over an upsert table: ChangelogNormalize keeps a state per key.
INSERT INTO account_owners
SELECT id, UPPER(owner) AS owner
FROM accounts
WHERE balance > 0;

-- The same over a table whose primary key alone makes it upsert.
INSERT INTO customer_names
SELECT id, TRIM(name) AS name
FROM customers;

-- A retract source: Apache Flink reads its updates and deletes without state; the analyzer
-- is stricter (Confluent Cloud lists reading retract sources as stateful).
INSERT INTO large_payments
SELECT id, amount
FROM payments
WHERE amount > 1000;

-- An upsert table piped unchanged into an upsert table of the same key: Flink 2.x drops
-- ChangelogNormalize here (FLINK-37475); the analyzer cannot prove it, so it is stricter.
INSERT INTO accounts_copy
SELECT id, owner, balance
FROM accounts;

-- CREATE TABLE … AS over an upsert table: the query normalises, the new table takes updates.
CREATE TABLE rich_accounts AS
SELECT id, owner
FROM accounts
WHERE balance > 1000000;

-- A view over an upsert table: Flink inlines it, the reader normalises.
CREATE VIEW named_customers AS
SELECT id, name
FROM customers
WHERE name IS NOT NULL;

INSERT INTO customer_names
SELECT id, name
FROM named_customers;
