/**
 * Confluent Cloud DDL as Apache Flink DDL, for planning only (docs/referee.md has the table).
 * Apache Flink has no default connector, no bucketing on Kafka and none of Confluent's
 * Schema Registry formats; a table keeps its columns, key, watermark and, above all, its
 * changelog mode: the connector chosen decides whether the planner adds ChangelogNormalize
 * or a sink upsert materializer, which is what the referee is asked about.
 *
 * Every rewrite keeps the text's line breaks, so a planner error points at the file's line.
 */
import { decidedMode } from '../sql/changelog.js';
import type { Token } from '../sql/lexer.js';
import type { TableDdl } from '../sql/types.js';
import { blank, closing, type FileStatement, padded, punct, word } from './statements.js';

export type ChangelogMode = 'append' | 'upsert' | 'retract';

/** Planner settings a query runs with (`plannerSettings`). */
interface Settings {
  config?: Record<string, string>;
}

/** What the referee does with one statement. */
export type Translation =
  /** DDL run into the planner's catalog */
  | { action: 'execute'; sql: string }
  /** One INSERT planned */
  | ({ action: 'plan'; sql: string } & Settings)
  /** A statement set's INSERTs planned together */
  | ({ action: 'plan-set'; inserts: string[] } & Settings)
  /** CREATE TABLE … AS / CREATE MATERIALIZED TABLE: the table from the query, then the INSERT */
  | ({
      action: 'ctas';
      table: string;
      query: string;
      insert: string;
      primaryKey: string[];
      mode: ChangelogMode | 'infer';
      options: Record<ChangelogMode, Record<string, string>>;
    } & Settings)
  | { action: 'not-checked'; reason: string };

/**
 * The statement properties (SET lines, `.properties` files) that can change a plan, in Apache
 * Flink's names. Flink's own `table.*` options (`table.exec.*`, `table.optimizer.*`, …) decide
 * operators: `table.exec.sink.upsert-materialize`, mini-batches, distinct-aggregate splitting.
 * Confluent Cloud's `sql.local-time-zone` is Flink's `table.local-time-zone`. The others are
 * left out: `sql.state-ttl` says how long state lives, not whether there is any;
 * `sql.tables.scan.*` and `sql.tables.initial-offset-from` where reading starts;
 * `sql.current-catalog`/`-database` are the session the referee sets; `client.*` belong to the
 * CLI; runtime options (`execution.*`, `parallelism.*`) do not reach the planner's operators.
 */
export function plannerSettings(properties: Readonly<Record<string, string>>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(properties)) {
    if (key === 'sql.local-time-zone') out['table.local-time-zone'] ??= value;
    else if (key.startsWith('table.')) out[key] = value;
  }
  return out;
}

/** The translation with the planner settings that apply to it (queries only). */
export function withSettings(t: Translation, properties: Readonly<Record<string, string>>): Translation {
  if (t.action !== 'plan' && t.action !== 'plan-set' && t.action !== 'ctas') return t;
  const config = plannerSettings(properties);
  return Object.keys(config).length ? { ...t, config } : t;
}

/** Any value works for planning: nothing connects. `.invalid` cannot resolve (RFC 2606). */
const BOOTSTRAP = 'referee.invalid:9092';

/** Connectors of Apache Flink's own distribution that the referee's classpath holds. */
const FLINK_CONNECTORS = new Set(['datagen', 'print', 'blackhole', 'kafka', 'upsert-kafka']);

/**
 * Connector options for a Confluent table of the given changelog mode. The formats are JSON
 * whatever Confluent's (avro-registry, json-registry, protobuf-registry need a Schema Registry):
 * a format decides how bytes are read, not which operators a plan has; `debezium-json` is the
 * changelog format that gives a retract table its updates and deletes.
 */
export function connectorOptions(mode: ChangelogMode, topic: string): Record<string, string> {
  if (mode === 'upsert') {
    return {
      connector: 'upsert-kafka',
      topic,
      'properties.bootstrap.servers': BOOTSTRAP,
      'key.format': 'json',
      'value.format': 'json',
    };
  }
  return {
    connector: 'kafka',
    topic,
    'properties.bootstrap.servers': BOOTSTRAP,
    // Confluent reads from the earliest offset by default; Flink's default needs a group id.
    'scan.startup.mode': 'earliest-offset',
    'value.format': mode === 'retract' ? 'debezium-json' : 'json',
  };
}

function sqlString(s: string): string {
  return `'${s.replace(/'/g, "''")}'`;
}

function withClause(options: Record<string, string>): string {
  return `WITH (${Object.entries(options)
    .map(([k, v]) => `${sqlString(k)} = ${sqlString(v)}`)
    .join(', ')})`;
}

/**
 * Confluent Cloud functions with no Apache Flink counterpart the referee can run: model
 * inference and AI calls need Confluent's model providers and connections, the search
 * functions Confluent's external tables.
 */
export function confluentOnlyCall(tokens: readonly Token[]): string | undefined {
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i];
    if ((t.kind !== 'identifier' && t.kind !== 'keyword') || !punct(tokens, i + 1, '(')) continue;
    if (i > 0 && punct(tokens, i - 1, '.')) continue;
    const up = t.up;
    if (/^(ML|AI)_[A-Z0-9_]+$/.test(up) || /_SEARCH_AGG$/.test(up) || up === 'VECTOR_SEARCH') return t.text;
  }
  return undefined;
}

/** CREATE statements of Confluent objects that Apache Flink's catalog does not have. */
const CONFLUENT_OBJECTS = new Set(['MODEL', 'CONNECTION', 'AGENT', 'TOOL']);

/** The object a CREATE/ALTER/DROP names when it is a Confluent-only kind, else undefined. */
export function confluentOnlyObject(tokens: readonly Token[]): string | undefined {
  if (!word(tokens, 0, 'CREATE') && !word(tokens, 0, 'ALTER') && !word(tokens, 0, 'DROP')) return undefined;
  for (let i = 1; i < Math.min(tokens.length, 6); i++) {
    if (tokens[i].kind === 'keyword' || tokens[i].kind === 'identifier') {
      if (CONFLUENT_OBJECTS.has(tokens[i].up)) return tokens[i].up;
      if (['TABLE', 'VIEW', 'FUNCTION', 'MATERIALIZED'].includes(tokens[i].up)) return undefined;
    }
  }
  return undefined;
}

/**
 * The changelog mode the table's own clauses decide, by the analyzer's rule (sql/changelog.ts):
 * declared; else a change-event format is retract; else upsert with a key. Undefined when
 * they decide nothing, 'unknown' for a declared mode that is not append, upsert or retract.
 */
function decided(ddl: TableDdl): ChangelogMode | 'unknown' | undefined {
  // The connector is not asked: a connector Apache Flink has is kept as written.
  return decidedMode({
    option: (key) => (key === 'connector' ? undefined : ddl.options[key]),
    primaryKey: ddl.primaryKey.length > 0,
  })?.mode;
}

/** The table's changelog mode as Confluent decides it, append when nothing decides; undefined for a mode it does not know. */
export function changelogMode(ddl: TableDdl): ChangelogMode | undefined {
  const mode = decided(ddl) ?? 'append';
  return mode === 'unknown' ? undefined : mode;
}

interface Edit {
  from: number;
  to: number;
  text: string;
}

/**
 * A query's text for Apache Flink: padded to its place in the file, with Confluent's system
 * columns (`$rowtime`, written bare in Confluent's examples) quoted, which Flink's parser
 * needs after a qualifier (`o.$rowtime`). Quoting adds two columns on such a line.
 */
export function flinkQuery(text: string, tokens: readonly Token[], from: number, to: number): string {
  const edits: Edit[] = [];
  for (const t of tokens) {
    if (t.offset < from || t.end > to) continue;
    if (t.kind === 'identifier' && t.text.startsWith('$'))
      edits.push({ from: t.offset, to: t.end, text: `\`${t.text}\`` });
  }
  return applyEdits(padded(text, from, to), edits);
}

/** Applies edits (non-overlapping, any order); a replaced range keeps its line breaks. */
function applyEdits(text: string, edits: Edit[]): string {
  let out = '';
  let at = 0;
  for (const e of [...edits].sort((a, b) => a.from - b.from)) {
    out += text.slice(at, e.from) + e.text + blank(text.slice(e.from, e.to)).replace(/ /g, '');
    at = e.to;
  }
  return out + text.slice(at);
}

/** Tokens of `CREATE … TABLE [IF NOT EXISTS]` before the name; returns the name's first index. */
function nameIndex(tokens: readonly Token[]): number {
  let i = 1;
  while (i < tokens.length && !word(tokens, i, 'TABLE')) i++;
  i++;
  if (word(tokens, i, 'IF') && word(tokens, i + 1, 'NOT') && word(tokens, i + 2, 'EXISTS')) i += 3;
  return i;
}

function nameEnd(tokens: readonly Token[], i: number): number {
  while (punct(tokens, i + 1, '.') && i + 2 < tokens.length) i += 2;
  return i + 1;
}

/** Top-level comma-separated items of the `( … )` at `open`: [first, end) token ranges. */
function items(tokens: readonly Token[], open: number, close: number): [number, number][] {
  const out: [number, number][] = [];
  let depth = 0;
  let angle = 0;
  let s = open + 1;
  for (let i = open + 1; i < close; i++) {
    const t = tokens[i];
    if (t.kind === 'punct' && t.text === '(') depth++;
    else if (t.kind === 'punct' && t.text === ')') depth--;
    else if (t.kind === 'operator' && t.text === '<') angle++;
    else if (t.kind === 'operator' && t.text === '>') angle--;
    else if (t.kind === 'punct' && t.text === ',' && depth === 0 && angle <= 0) {
      out.push([s, i]);
      s = i + 1;
    }
  }
  if (s < close) out.push([s, close]);
  return out;
}

export interface TableDdlInput {
  /** The whole file's text */
  text: string;
  statement: FileStatement;
  ddl: TableDdl;
  /** The table's name as the project knows it: the topic name */
  table: string;
}

/** Confluent-only options of the DDL that have a meaning the referee drops (documented). */
function unsupportedConnector(ddl: TableDdl): string | undefined {
  const connector = ddl.options.connector?.toLowerCase();
  if (connector === undefined || connector === 'confluent') return undefined;
  return FLINK_CONNECTORS.has(connector) ? undefined : connector;
}

/**
 * CREATE TABLE (plain, LIKE, AS, MATERIALIZED) in Apache Flink's terms, or why it cannot be.
 */
export function translateCreateTable(input: TableDdlInput): Translation {
  const { text, statement, ddl, table } = input;
  const tokens = statement.tokens;
  const kind = statement.analyzed.kind;
  const connector = unsupportedConnector(ddl);
  if (connector)
    return {
      action: 'not-checked',
      reason: `uses the connector '${connector}', which the referee does not have`,
    };
  const ownConnector =
    ddl.options.connector !== undefined && ddl.options.connector.toLowerCase() !== 'confluent';
  const declared = ddl.options['changelog.mode'];
  const mode = changelogMode(ddl);
  if (!mode && !ownConnector)
    return { action: 'not-checked', reason: `changelog.mode '${declared}' is not append, upsert or retract` };

  const name = nameIndex(tokens);
  const afterName = nameEnd(tokens, name);
  const nameText = text.slice(
    tokens[name]?.offset ?? statement.from,
    tokens[afterName - 1]?.end ?? statement.from,
  );

  if (kind === 'ctas' || kind === 'create-materialized-table') {
    return translateCtas(input, {
      name,
      afterName,
      nameText,
      mode: decided(ddl) === undefined ? undefined : mode,
    });
  }
  if (mode === 'upsert' && !ddl.primaryKey.length && !ownConnector) {
    return {
      action: 'not-checked',
      reason: "changelog.mode 'upsert' without a PRIMARY KEY: Apache Flink's upsert-kafka needs one",
    };
  }

  const edits: Edit[] = [];
  let i = afterName;
  let body: [number, number] | undefined;
  if (punct(tokens, i, '(')) {
    const close = closing(tokens, i);
    if (close < 0) return { action: 'not-checked', reason: 'the column list is not closed' };
    body = [i, close];
    i = close + 1;
  }
  let withAt: [number, number] | undefined;
  let likeAt: number | undefined;
  while (i < tokens.length) {
    if (word(tokens, i, 'DISTRIBUTED') || (word(tokens, i, 'PARTITIONED') && word(tokens, i + 1, 'BY'))) {
      // The Kafka connector has no bucketing: the clause goes, up to the next clause.
      let j = i + 1;
      while (
        j < tokens.length &&
        !word(tokens, j, 'WITH') &&
        !word(tokens, j, 'LIKE') &&
        !word(tokens, j, 'COMMENT')
      )
        j++;
      edits.push({ from: tokens[i].offset, to: tokens[j - 1].end, text: '' });
      i = j;
    } else if (word(tokens, i, 'WITH') && punct(tokens, i + 1, '(')) {
      const close = closing(tokens, i + 1);
      withAt = [i, close < 0 ? tokens.length - 1 : close];
      i = withAt[1] + 1;
    } else if (word(tokens, i, 'LIKE')) {
      likeAt = i;
      break;
    } else i++;
  }

  const likeOnly = likeAt !== undefined;
  const options = ownConnector
    ? ddl.options
    : likeOnly && declared === undefined
      ? { topic: table }
      : connectorOptions(mode!, table);
  const withText = withClause(options);
  if (withAt) edits.push({ from: tokens[withAt[0]].offset, to: tokens[withAt[1]].end, text: withText });
  else if (likeAt !== undefined)
    edits.push({ from: tokens[likeAt].offset, to: tokens[likeAt].offset, text: `${withText} ` });
  else edits.push({ from: statement.to, to: statement.to, text: ` ${withText}` });

  if (body) bodyEdits(tokens, body, ddl, mode, ownConnector || likeOnly, edits);
  // Offsets in the padded text are the file's own.
  return { action: 'execute', sql: applyEdits(padded(text, statement.from, statement.to), edits) };
}

/**
 * Inside the column list: an append table loses its primary key (Apache Flink's kafka
 * connector refuses one on an insert-only format; the planner then sees what Confluent's
 * append mode gives: inserts only); `SOURCE_WATERMARK()` becomes the column itself; the
 * `$rowtime` system column and, when the table declares no watermark, Confluent's default
 * watermark on it are added.
 */
function bodyEdits(
  tokens: readonly Token[],
  [open, close]: [number, number],
  ddl: TableDdl,
  mode: ChangelogMode | undefined,
  keepAsIs: boolean,
  edits: Edit[],
): void {
  const dropKey = mode === 'append' && !keepAsIs;
  const list = items(tokens, open, close);
  list.forEach(([s, e], n) => {
    const first = tokens[s];
    if (dropKey && (word(tokens, s, 'PRIMARY') || word(tokens, s, 'CONSTRAINT'))) {
      // The item and the comma before it (or after it, for the first item).
      const from = n > 0 ? tokens[s - 1].offset : first.offset;
      const to = n > 0 ? tokens[e - 1].end : tokens[e]?.kind === 'punct' ? tokens[e].end : tokens[e - 1].end;
      edits.push({ from, to, text: '' });
      return;
    }
    if (word(tokens, s, 'WATERMARK')) {
      for (let k = s; k < e; k++) {
        if (word(tokens, k, 'SOURCE_WATERMARK') && punct(tokens, k + 1, '(') && punct(tokens, k + 2, ')')) {
          const column = tokens[s + 2];
          edits.push({
            from: tokens[k].offset,
            to: tokens[k + 2].end,
            text: column ? `\`${column.value.replace(/`/g, '``')}\`` : 'CURRENT_TIMESTAMP',
          });
        }
      }
      return;
    }
    if (dropKey) {
      for (let k = s + 1; k < e; k++) {
        if (word(tokens, k, 'PRIMARY') && word(tokens, k + 1, 'KEY')) {
          let to = k + 1;
          if (word(tokens, to + 1, 'NOT') && word(tokens, to + 2, 'ENFORCED')) to += 2;
          edits.push({ from: tokens[k].offset, to: tokens[to].end, text: '' });
        }
      }
    }
  });
  if (keepAsIs) return;
  const added: string[] = [];
  if (!ddl.columns.some((c) => c.name === '$rowtime'))
    added.push("`$rowtime` TIMESTAMP_LTZ(3) METADATA FROM 'timestamp' VIRTUAL");
  if (!ddl.watermark) added.push('WATERMARK FOR `$rowtime` AS `$rowtime`');
  if (added.length) {
    const at = tokens[close].offset;
    edits.push({ from: at, to: at, text: `${list.length ? ', ' : ''}${added.join(', ')}` });
  }
}

function translateCtas(
  { text, statement, ddl, table }: TableDdlInput,
  head: { name: number; afterName: number; nameText: string; mode: ChangelogMode | undefined },
): Translation {
  const tokens = statement.tokens;
  let as = -1;
  for (let i = head.afterName; i < tokens.length; i++) {
    if (punct(tokens, i, '(')) {
      i = closing(tokens, i);
      if (i < 0) break;
    } else if (word(tokens, i, 'AS')) {
      as = i;
      break;
    }
  }
  if (as < 0 || as + 1 >= tokens.length) return { action: 'not-checked', reason: 'no query after AS' };
  const queryFrom = tokens[as + 1].offset;
  const query = flinkQuery(text, tokens, queryFrom, statement.to);
  // "INSERT INTO name" where "CREATE … name" stood: shorter, so it fits on the same line.
  const header = `INSERT INTO ${head.nameText}`;
  const create = tokens[0].offset;
  const lineEnd = text.indexOf('\n', create);
  const room = (lineEnd < 0 ? queryFrom : Math.min(lineEnd, queryFrom)) - create;
  const insert =
    room > header.length
      ? query.slice(0, create) + header + query.slice(create + header.length)
      : `${header} ${query.slice(queryFrom)}`;
  // A key or a change-event format decided the mode already; otherwise the query's changes do.
  const mode: ChangelogMode | 'infer' = head.mode ?? 'infer';
  return {
    action: 'ctas',
    table: head.nameText,
    query,
    insert,
    primaryKey: ddl.primaryKey,
    mode,
    options: {
      append: connectorOptions('append', table),
      upsert: connectorOptions('upsert', table),
      retract: connectorOptions('retract', table),
    },
  };
}
