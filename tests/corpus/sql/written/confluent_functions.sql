-- Written for this corpus in the syntax of Confluent Cloud's function reference
-- (docs.confluent.io/cloud/current/flink/reference/functions/: search-functions,
-- model-inference-functions, changelog-conversion, ml-preprocessing-functions) and of its
-- time travel and CTAS-in-statement-set forms. Table and model names are invented.
INSERT INTO enriched_events
SELECT * FROM user_events,
  LATERAL TABLE(KEY_SEARCH_AGG(users_pg, DESCRIPTOR(id), user_id));

INSERT INTO rag_context
SELECT * FROM questions,
  LATERAL TABLE(VECTOR_SEARCH_AGG(`docs-vectors`, DESCRIPTOR(embedding), questions.embedding, 3));

INSERT INTO search_hits
SELECT * FROM queries,
  LATERAL TABLE(TEXT_SEARCH_AGG(product_index, DESCRIPTOR(description), queries.text, 5,
    MAP['client_timeout', 10]));

INSERT INTO scored_transactions
SELECT t.txn_id, p.prediction
FROM transactions t,
  LATERAL TABLE(ML_PREDICT(`fraud_model`, t.amount, t.merchant)) AS p(prediction);

INSERT INTO answers
SELECT q.id, r.response
FROM questions q,
  LATERAL TABLE(AI_COMPLETE('support_llm', q.prompt)) AS r(response);

INSERT INTO model_metrics
SELECT ML_EVALUATE(`fraud_model`, label, amount, merchant) FROM labelled_transactions;

INSERT INTO scaled_features
SELECT id, ML_MIN_MAX_SCALER(amount, 0.0, 1000.0), ML_BUCKETIZE(amount, ARRAY[10, 100, 1000])
FROM transactions;

INSERT INTO orders_current
SELECT * FROM FROM_CHANGELOG(
  input => TABLE orders_cdc PARTITION BY order_id,
  op => DESCRIPTOR(op),
  op_mapping => MAP['c', 'INSERT', 'u', 'UPDATE_AFTER', 'd', 'DELETE']
);

INSERT INTO orders_events
SELECT * FROM TO_CHANGELOG(input => TABLE orders_current);

INSERT INTO orders_snapshot
SELECT * FROM orders FOR SYSTEM_TIME AS OF TIMESTAMP '2025-01-01 00:00:00';

EXECUTE STATEMENT SET
BEGIN
  CREATE TABLE big_orders AS SELECT * FROM orders WHERE amount > 1000;
  INSERT INTO small_orders SELECT * FROM orders WHERE amount <= 1000;
END;

INSERT INTO customer_names
SELECT customer_id, name FROM `examples`.`marketplace`.`customers`;

INSERT INTO debezium_customers
SELECT after.id, after.name FROM `card-tx.public.customers` WHERE op <> 'd';
