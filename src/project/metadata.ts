import { Utf8Arena } from '../util/arena.js';
import type { Project, Table } from './model.js';

/**
 * The shift_left-compatible files (docs/project.md#metadata-files), rendered purely from the project model.
 * Field order, nesting and the 3-space indentation follow shift_left so both tools read
 * each other's files; sorted lists and no timestamps make the bytes deterministic.
 */

export const INVENTORY_FILE = 'inventory.json';
export const DEFINITION_FILE = 'pipeline_definition.json';

/** shift_left paths start at the pipelines folder name, wherever it sits in the repository. */
export function refPath(pipelinesDir: string, repoPath: string): string {
  if (!repoPath) return '';
  const cut = pipelinesDir.lastIndexOf('/');
  return cut < 0 ? repoPath : repoPath.slice(cut + 1);
}

/**
 * The files are written by hand rather than with `JSON.stringify(value, null, 3)`: the same
 * bytes (tests compare both), several times faster on 10,000 tables. Strings go through
 * JSON.stringify, which escapes them exactly as it would inside an object.
 */
const str = JSON.stringify as (s: string) => string;
const nullable = (s: string | null) => (s === null ? 'null' : str(s));

function complexityType(t: Table): string {
  const j = t.joins;
  const total = j.regular + j.left + j.right + j.inner + j.outer;
  return total <= 2 ? 'Simple' : total <= 4 ? 'Medium' : 'Complex';
}

/** The fields shift_left's inventory and definitions share; each line starts with `nl`. */
function refFields(project: Project, t: Table, nl: string): string {
  const ref = (p: string | undefined) => str(p ? refPath(project.pipelinesDir, p) : '');
  return (
    `${nl}"table_name": ${str(t.name)},` +
    `${nl}"product_name": ${str(t.product)},` +
    `${nl}"type": ${str(t.type)},` +
    `${nl}"dml_ref": ${ref(t.dml?.path)},` +
    `${nl}"ddl_ref": ${ref(t.ddl?.path)},`
  );
}

/**
 * A table's definition entry with empty `parents` and `children`; `nl` starts each line after
 * the first (a newline and the entry's own indentation).
 */
function entryText(project: Project, t: Table, nl: string): string {
  const j = t.joins;
  const field = `${nl}   `;
  const inner = `${nl}      `;
  return (
    '{' +
    refFields(project, t, field) +
    `${field}"path": ${str(refPath(project.pipelinesDir, t.folder))},` +
    `${field}"kafka_topic": ${nullable(t.kafkaTopic)},` +
    `${field}"complexity": {` +
    `${inner}"number_of_regular_joins": ${j.regular},` +
    `${inner}"number_of_left_joins": ${j.left},` +
    `${inner}"number_of_right_joins": ${j.right},` +
    `${inner}"number_of_inner_joins": ${j.inner},` +
    `${inner}"number_of_outer_joins": ${j.outer},` +
    `${inner}"complexity_type": "${complexityType(t)}",` +
    `${inner}"state_form": "${t.stateful ? 'Stateful' : 'Stateless'}"` +
    `${field}},` +
    `${field}"parents": [],` +
    `${field}"children": []` +
    `${nl}}`
  );
}

/** Whether JSON.stringify would put `key` first, as an array index (`0`, `42`, not `01`). */
const isIndex = (key: string) => /^(?:0|[1-9]\d*)$/.test(key) && Number(key) < 4294967295;

export function renderInventory(project: Project): string {
  const names = [...project.tables.keys()].sort();
  // An object lists array-index keys first, in numeric order, then the others as inserted.
  const indexes = names.filter(isIndex).sort((a, b) => Number(a) - Number(b));
  const ordered = indexes.length ? [...indexes, ...names.filter((n) => !isIndex(n))] : names;
  if (!ordered.length) return '{}\n';
  const parts = ordered.map((name) => {
    const t = project.tables.get(name)!;
    return (
      `   ${str(name)}: {` +
      refFields(project, t, '\n      ') +
      `\n      "table_folder_name": ${str(refPath(project.pipelinesDir, t.folder))},` +
      `\n      "kafka_topic": ${nullable(t.kafkaTopic)}` +
      '\n   }'
    );
  });
  return `{\n${parts.join(',\n')}\n}\n`;
}

const definitionPath = (t: Table) => `${t.folder}/${DEFINITION_FILE}`;

/** Paths of every generated file, without rendering them (to find stale files). */
export function metadataPaths(project: Project): Set<string> {
  const paths = new Set([`${project.pipelinesDir}/${INVENTORY_FILE}`]);
  for (const t of project.tables.values()) if (!t.external) paths.add(definitionPath(t));
  return paths;
}

/**
 * One `pipeline_definition.json` per table folder, as UTF-8 bytes in pieces, rendered lazily
 * so a 10,000-table project never holds every file at once. Each table's neighbour entry is
 * encoded once and shared by every file that embeds it (42 MB of definitions at 10,000
 * tables are never built, as strings or joined): the pieces in order are the bytes
 * `JSON.stringify(def, null, 3)` gives.
 */
export function* renderDefinitions(project: Project): Generator<[string, readonly Buffer[]]> {
  const { graph } = project;
  const table = (id: number) => project.tables.get(graph.names[id])!;
  // Inside `"parents": [` an entry sits two levels (6 spaces) deeper.
  const arena = new Utf8Arena();
  const nested = new Array<Buffer | undefined>(graph.names.length);
  const nestedEntry = (id: number) => (nested[id] ??= arena.put(entryText(project, table(id), '\n      ')));
  const open = Buffer.from('[\n      ');
  const between = Buffer.from(',\n      ');
  const close = Buffer.from('\n   ]');
  const empty = Buffer.from('[]');
  const children = Buffer.from(',\n   "children": ');
  const end = Buffer.from('\n}\n');
  let pieces: Buffer[] = [];
  const list = (ids: readonly number[]) => {
    if (!ids.length) return void pieces.push(empty);
    pieces.push(open);
    ids.forEach((id, i) => {
      if (i) pieces.push(between);
      pieces.push(nestedEntry(id));
    });
    pieces.push(close);
  };
  for (const t of project.tables.values()) {
    if (t.external) continue;
    const id = graph.index.get(t.name)!;
    // The entry ends with `"parents": [],\n   "children": []\n}`; replace that tail.
    const text = entryText(project, t, '\n');
    pieces = [];
    pieces.push(arena.put(`${text.slice(0, text.lastIndexOf('"parents": []'))}"parents": `));
    list(graph.parents[id]);
    pieces.push(children);
    list(graph.children[id]);
    pieces.push(end);
    yield [definitionPath(t), pieces];
  }
}

/** Every generated file of the project, repository-relative path → UTF-8 bytes, rendered lazily. */
export function* renderMetadata(project: Project): Generator<[string, Buffer | readonly Buffer[]]> {
  yield [`${project.pipelinesDir}/${INVENTORY_FILE}`, Buffer.from(renderInventory(project))];
  yield* renderDefinitions(project);
}
