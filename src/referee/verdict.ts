/**
 * What a compiled plan says about a statement: the tables it reads and writes and the
 * operators that keep state. Operators with a `state` array in the plan (StateMetadata: group
 * aggregate, join, deduplicate, rank, limit, sort limit, changelog normalize, lookup join
 * with state, multi join, sink with upsert materialize) are stateful by the plan's own word;
 * the exec nodes below keep state without that array (their ExecNode classes in Apache Flink
 * 2.2 serialise none) and are recognised by their type.
 */

/** Exec node types (without the `_N` version) that keep state without a `state` array. */
const STATEFUL_TYPES = new Set([
  'stream-exec-window-aggregate',
  'stream-exec-global-window-aggregate',
  'stream-exec-group-window-aggregate',
  'stream-exec-window-rank',
  'stream-exec-window-deduplicate',
  'stream-exec-window-join',
  'stream-exec-interval-join',
  'stream-exec-temporal-join',
  'stream-exec-over-aggregate',
  'stream-exec-match',
  'stream-exec-sort',
  'stream-exec-temporal-sort',
  'stream-exec-python-group-aggregate',
  'stream-exec-python-group-window-aggregate',
  'stream-exec-python-over-aggregate',
  // A process table function may keep state and timers; the plan does not say whether it does.
  'stream-exec-process-table-function',
]);

/** One exec node as the referee program reports it. */
export interface PlanNode {
  type: string;
  description: string;
  /** Names of the node's `state` entries, empty when it has none */
  state: string[];
}

export interface StatefulOperator {
  /** Exec node type without its version, e.g. `stream-exec-group-aggregate` */
  kind: string;
  /** The operator as the plan describes it, e.g. `GroupAggregate` */
  name: string;
  /** The plan's state names, when it gives them */
  state: string[];
}

export function nodeKind(type: string): string {
  return type.replace(/_\d+$/, '');
}

/** Whether a window table function keeps state: session windows are not aligned, so they do. */
function statefulWindowFunction(node: PlanNode): boolean {
  return nodeKind(node.type) === 'stream-exec-window-table-function' && /\bSESSION\b/i.test(node.description);
}

export function statefulOperators(nodes: readonly PlanNode[]): StatefulOperator[] {
  const out: StatefulOperator[] = [];
  for (const node of nodes) {
    const kind = nodeKind(node.type);
    if (node.state.length || STATEFUL_TYPES.has(kind) || statefulWindowFunction(node)) {
      out.push({ kind, name: /^[A-Za-z]+/.exec(node.description)?.[0] ?? kind, state: node.state });
    }
  }
  return out;
}

/**
 * A planner identifier (`` `cat`.`db`.`t` ``) as the project names tables: the bare name in
 * the session's catalog and database, else every part joined by `.`.
 */
export function tableName(identifier: string, current: { catalog: string; database: string }): string {
  const parts: string[] = [];
  const re = /`((?:[^`]|``)*)`/g;
  for (let m = re.exec(identifier); m; m = re.exec(identifier)) parts.push(m[1].replace(/``/g, '`'));
  if (!parts.length) return identifier;
  if (parts.length === 3 && parts[0] === current.catalog && parts[1] === current.database) return parts[2];
  return parts.join('.');
}
