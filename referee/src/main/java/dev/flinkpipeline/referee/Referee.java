package dev.flinkpipeline.referee;

import org.apache.flink.shaded.jackson2.com.fasterxml.jackson.databind.JsonNode;
import org.apache.flink.shaded.jackson2.com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.flink.shaded.jackson2.com.fasterxml.jackson.databind.node.ArrayNode;
import org.apache.flink.shaded.jackson2.com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.table.api.EnvironmentSettings;
import org.apache.flink.table.api.ExplainDetail;
import org.apache.flink.table.api.Schema;
import org.apache.flink.table.api.StatementSet;
import org.apache.flink.table.api.Table;
import org.apache.flink.table.api.TableDescriptor;
import org.apache.flink.table.api.TableEnvironment;
import org.apache.flink.table.catalog.Column;
import org.apache.flink.table.catalog.ResolvedSchema;
import org.apache.flink.table.types.DataType;
import org.apache.flink.table.types.utils.TypeConversions;
import org.apache.flink.table.types.logical.LogicalType;
import org.apache.flink.table.types.logical.utils.LogicalTypeUtils;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plans Flink SQL statements with Apache Flink's own planner, without a cluster, for
 * flink-pipeline's referee (docs/referee.md). One request on standard input (JSON), one JSON line
 * per statement on standard output, in order, then {"done":true}. The TypeScript side translates
 * Confluent DDL and decides what a plan means; this program only runs the planner and reports
 * what the compiled plan names: the tables scanned and written and every exec node with its
 * type and state.
 *
 * <p>Actions: "execute" (DDL into the in-memory catalog), "plan" (one INSERT: COMPILE PLAN),
 * "plan-set" (several INSERTs of one statement set), "ctas" (CREATE TABLE AS / materialized
 * table: the query's schema makes the table, then its INSERT is planned). Any statement may
 * carry "config", planner settings that hold for it alone.
 */
public final class Referee {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern POSITION =
            Pattern.compile("(?:at line|From line) (\\d+), column (\\d+)");
    private static final Pattern ROOT_CHANGELOG =
            Pattern.compile("== Optimized Physical Plan ==\\R[^\\n]*changelogMode=\\[([A-Z,]+)\\]");

    private Referee() {}

    public static void main(String[] args) throws Exception {
        // Standard output carries the protocol alone: the planner's own prints go to stderr.
        PrintStream protocol = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        System.setOut(System.err);
        JsonNode request = JSON.readTree(readAll(System.in));
        TableEnvironment env = TableEnvironment.create(EnvironmentSettings.inStreamingMode());
        protocol.println(JSON.writeValueAsString(JSON.createObjectNode().put("ready", true)));
        for (JsonNode statement : request.path("statements")) {
            ObjectNode out = JSON.createObjectNode();
            out.put("id", statement.path("id").asText());
            long started = System.nanoTime();
            try {
                run(env, statement, out);
                out.put("status", "ok");
            } catch (Throwable e) {
                out.put("status", "error");
                out.set("error", error(e));
            }
            out.put("millis", (System.nanoTime() - started) / 1_000_000);
            protocol.println(JSON.writeValueAsString(out));
        }
        protocol.println(JSON.writeValueAsString(JSON.createObjectNode().put("done", true)));
        protocol.flush();
        // The planner leaves non-daemon threads behind; the answer is complete.
        System.exit(0);
    }

    private static String readAll(InputStream in) throws Exception {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }

    /**
     * Runs one statement with its planner settings ("config": the file's SET lines that change
     * plans), then puts the session's settings back, so that they reach no other statement.
     */
    private static void run(TableEnvironment env, JsonNode statement, ObjectNode out)
            throws Exception {
        JsonNode config = statement.path("config");
        if (!config.isObject() || config.isEmpty()) {
            runAction(env, statement, out);
            return;
        }
        Configuration session = env.getConfig().getConfiguration();
        Map<String, String> before = session.toMap();
        try {
            for (Iterator<Map.Entry<String, JsonNode>> it = config.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> setting = it.next();
                env.getConfig().set(setting.getKey(), setting.getValue().asText());
            }
            runAction(env, statement, out);
        } finally {
            for (Iterator<String> it = config.fieldNames(); it.hasNext(); ) {
                String key = it.next();
                if (before.containsKey(key)) session.setString(key, before.get(key));
                else session.removeKey(key);
            }
        }
    }

    private static void runAction(TableEnvironment env, JsonNode statement, ObjectNode out)
            throws Exception {
        String action = statement.path("action").asText();
        switch (action) {
            case "execute":
                env.executeSql(statement.path("sql").asText());
                return;
            case "plan":
                describe(env.compilePlanSql(statement.path("sql").asText()).asJsonString(), out);
                return;
            case "plan-set":
                {
                    StatementSet set = env.createStatementSet();
                    for (JsonNode insert : statement.path("inserts")) set.addInsertSql(insert.asText());
                    describe(set.compilePlan().asJsonString(), out);
                    return;
                }
            case "ctas":
                ctas(env, statement, out);
                return;
            default:
                throw new IllegalArgumentException("unknown action " + action);
        }
    }

    /**
     * CREATE TABLE … AS: compilePlanSql takes INSERTs only, so the table is made from the
     * query's schema (the declared primary key made NOT NULL, as Flink's own CTAS does) and the
     * statement is planned as INSERT INTO that table.
     */
    private static void ctas(TableEnvironment env, JsonNode statement, ObjectNode out) throws Exception {
        String query = statement.path("query").asText();
        Table table = env.sqlQuery(query);
        List<String> primaryKey = new ArrayList<>();
        statement.path("primaryKey").forEach(k -> primaryKey.add(k.asText()));
        String mode = statement.path("mode").asText();
        if (mode.equals("infer")) {
            // Append when the query only inserts, else a changelog: what the planner derives.
            String explained = env.explainSql(query, ExplainDetail.CHANGELOG_MODE);
            Matcher m = ROOT_CHANGELOG.matcher(explained);
            mode = m.find() && m.group(1).equals("I") ? "append" : "retract";
        }
        out.put("mode", mode);
        ResolvedSchema resolved = table.getResolvedSchema();
        Schema.Builder schema = Schema.newBuilder();
        for (Column column : resolved.getColumns()) {
            LogicalType type = LogicalTypeUtils.removeTimeAttributes(column.getDataType().getLogicalType());
            if (primaryKey.contains(column.getName())) type = type.copy(false);
            DataType dataType = TypeConversions.fromLogicalToDataType(type);
            schema.column(column.getName(), dataType);
        }
        if (!primaryKey.isEmpty()) schema.primaryKey(primaryKey);
        JsonNode options = statement.path("options").path(mode);
        TableDescriptor.Builder descriptor =
                TableDescriptor.forConnector(options.path("connector").asText()).schema(schema.build());
        for (Iterator<Map.Entry<String, JsonNode>> it = options.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> option = it.next();
            if (!option.getKey().equals("connector")) descriptor.option(option.getKey(), option.getValue().asText());
        }
        env.createTable(statement.path("table").asText(), descriptor.build());
        describe(env.compilePlanSql(statement.path("insert").asText()).asJsonString(), out);
    }

    /** What the compiled plan names: scans, lookups and sinks by table, and every node. */
    private static void describe(String planJson, ObjectNode out) throws Exception {
        JsonNode plan = JSON.readTree(planJson);
        ArrayNode reads = out.putArray("reads");
        ArrayNode writes = out.putArray("writes");
        ArrayNode nodes = out.putArray("nodes");
        for (JsonNode node : plan.path("nodes")) {
            ObjectNode n = nodes.addObject();
            n.put("type", node.path("type").asText());
            n.put("description", node.path("description").asText());
            ArrayNode state = n.putArray("state");
            for (JsonNode s : node.path("state")) state.add(s.path("name").asText());
            String scanned = node.path("scanTableSource").path("table").path("identifier").asText("");
            if (!scanned.isEmpty()) reads.add(scanned);
            String looked = node.path("temporalTable").path("table").path("identifier").asText("");
            if (looked.isEmpty()) looked = node.path("lookupTableSource").path("table").path("identifier").asText("");
            if (!looked.isEmpty()) reads.add(looked);
            String written = node.path("dynamicTableSink").path("table").path("identifier").asText("");
            if (!written.isEmpty()) writes.add(written);
        }
    }

    /** The planner's message, short: the innermost cause that names a position, else the first. */
    private static ObjectNode error(Throwable e) {
        ObjectNode err = JSON.createObjectNode();
        Throwable chosen = e;
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && POSITION.matcher(t.getMessage()).find()) chosen = t;
            if (t.getCause() == t) break;
        }
        String message = chosen.getMessage() == null ? chosen.getClass().getName() : chosen.getMessage();
        if (chosen == e) {
            // No position anywhere: the first line says what failed, the innermost cause why.
            Throwable root = e;
            while (root.getCause() != null && root.getCause() != root) root = root.getCause();
            message = message.split("\\R", 2)[0];
            if (root != e && root.getMessage() != null && !message.contains(root.getMessage()))
                message += " " + root.getMessage();
        }
        int expecting = message.indexOf("\nWas expecting");
        if (expecting >= 0) message = message.substring(0, expecting);
        message = message.replaceFirst("^(SQL validation failed\\. )+", "").trim();
        err.put("message", message);
        err.put("class", chosen.getClass().getSimpleName());
        Matcher m = POSITION.matcher(message);
        if (m.find()) {
            err.put("line", Integer.parseInt(m.group(1)));
            err.put("column", Integer.parseInt(m.group(2)));
        }
        return err;
    }
}
