-- Excerpt of jbcodeforce/flink-studies e2e-demos/cc-cdc-tx-demo/cccloud/cc-flink-sql/sources/txp/src_transaction/sql-scripts/dml.src_txp_transaction.sql
-- at 60e49beb862536c201e76dda662a638413b0f334, licence Apache-2.0; see tests/corpus/SOURCES.md.
-- demonstration a simple fan out pattern between pending and other transactions
-- the debezium envelop was removed via the to SET ('value.format' = 'avro-debezium-registry');
EXECUTE STATEMENT SET
BEGIN
INSERT INTO
  src_txp_transaction
SELECT
  COALESCE(txn_id, 'NULL') AS txn_id,
  COALESCE(account_number, 'NULL') AS account_number,
  -- CDC date has the format 2026-01-15T12:00:00.000000Z
  TO_TIMESTAMP(REGEXP_REPLACE(COALESCE(`timestamp`, '2000-01-01T00:00:00.000000Z'),'T|Z',' '), 'yyyy-MM-dd HH:mm:SSSSSS') AS `timestamp`,
  COALESCE(amount, 0) AS amount,
  COALESCE(currency, 'NULL') AS currency,
  COALESCE(merchant, 'NULL') AS merchant,
  COALESCE(location, 'NULL') AS location,
  COALESCE(status, 'NULL') AS status,
  COALESCE(transaction_type, 'NULL') AS transaction_type,
  `partition` AS src_partition,
  `offset` AS src_offset
FROM
  `card-tx.public.transactions`
WHERE
  status <> 'PENDING';

-- Second table/topic for pending transactions
INSERT INTO
  src_txp_pending_transaction
SELECT
  COALESCE(txn_id, 'NULL') AS txn_id,
  COALESCE(account_number, 'NULL') AS account_number,
  TO_TIMESTAMP(REGEXP_REPLACE(COALESCE(`timestamp`, '2000-01-01T00:00:00.000000Z'),'T|Z',' '), 'yyyy-MM-dd HH:mm:SSSSSS') AS `timestamp`,
  COALESCE(amount, 0) AS amount,
  COALESCE(currency, 'NULL') AS currency,
  COALESCE(merchant, 'NULL') AS merchant,
  COALESCE(location, 'NULL') AS location,
  COALESCE(status, 'NULL') AS status,
  COALESCE(transaction_type, 'NULL') AS transaction_type,
  `partition` AS src_partition,
  `offset` AS src_offset
FROM
  `card-tx.public.transactions`
WHERE
  status = 'PENDING';
END;
