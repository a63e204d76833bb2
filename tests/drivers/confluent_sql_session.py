"""One session of Confluent's Python driver (confluent-sql) against the emulator, as a user
writes it. Each step's outcome is printed as one JSON object; the Jest test judges them.

Usage: python confluent_sql_session.py URL ORGANIZATION_ID ENVIRONMENT_ID DATABASE API_KEY API_SECRET
"""

import json
import sys

import confluent_sql
from confluent_sql import ExecutionMode

url, organization_id, environment_id, database, api_key, api_secret = sys.argv[1:7]
LABEL = "flink-pipeline-driver-test"
out = {}


def step(name, action):
    try:
        out[name] = {"ok": action()}
    except Exception as e:  # the test reads the type and message of any failure
        out[name] = {"error": type(e).__name__, "message": str(e)}


def summary(statement):
    return {
        "name": statement.name,
        "statement_id": statement.statement_id,
        "phase": statement.phase.value,
        "is_bounded": statement.is_bounded,
        "is_dry_run": statement.is_dry_run,
        "properties": statement.spec.get("properties"),
    }


conn = confluent_sql.connect(
    flink_api_key=api_key,
    flink_api_secret=api_secret,
    environment_id=environment_id,
    organization_id=organization_id,
    compute_pool_id="lfcp-emulator",
    endpoint=url,
    database=database,
)
try:
    step(
        "create_table",
        lambda: summary(
            conn.execute_snapshot_ddl(
                "CREATE TABLE orders_copy (id INT, amount INT)", statement_name="driver-ddl", timeout=20
            )
        ),
    )
    dry = {}

    def accepted():
        dry["statement"] = conn.dry_run_statement("INSERT INTO orders_copy SELECT id, amount FROM raw_orders")
        return summary(dry["statement"])

    step("dry_run_accepted", accepted)
    step("dry_run_fetched", lambda: summary(conn.get_statement(dry["statement"].name)))
    step(
        "dry_run_streaming",
        lambda: summary(
            conn.dry_run_statement(
                "INSERT INTO orders_copy SELECT id, amount FROM raw_orders", mode=ExecutionMode.STREAMING_QUERY
            )
        ),
    )
    step(
        "dry_run_rejected",
        lambda: summary(conn.dry_run_statement("INSERT INTO orders_copy SELECT id, amount FROM ghost_orders")),
    )
    step(
        "streaming_insert",
        lambda: summary(
            conn.execute_streaming_ddl(
                "INSERT INTO orders_copy SELECT id, amount FROM raw_orders",
                statement_name="driver-insert",
                statement_labels=[LABEL],
                timeout=20,
            )
        ),
    )
    step(
        "snapshot_insert",
        lambda: summary(
            conn.execute_snapshot_ddl(
                "INSERT INTO orders_copy SELECT id, amount FROM raw_orders",
                statement_name="driver-snapshot-insert",
                timeout=20,
            )
        ),
    )
    step("listed_by_label", lambda: sorted(s.name for s in conn.list_statements(label=LABEL)))

    def query(sql, **kwargs):
        cursor = conn.cursor(**kwargs)
        try:
            cursor.execute(sql)
            rows = cursor.fetchall()
            return {
                "columns": [d[0] for d in cursor.description],
                "types": [d[1] for d in cursor.description],
                "rows": [list(r) for r in rows],
            }
        finally:
            cursor.close()

    step("show_tables", lambda: query("SHOW TABLES"))
    step("select_all", lambda: query("SELECT * FROM orders_copy"))
    step("select_one", lambda: query("SELECT 1"))
    step("syntax_error", lambda: query("SELECT id FROM (orders_copy", mode=ExecutionMode.SNAPSHOT))
    step("delete", lambda: conn.delete_statement("driver-insert"))
finally:
    conn.close()
print(json.dumps(out))
