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

function complexity(t: Table) {
  const j = t.joins;
  const total = j.regular + j.left + j.right + j.inner + j.outer;
  return {
    number_of_regular_joins: j.regular,
    number_of_left_joins: j.left,
    number_of_right_joins: j.right,
    number_of_inner_joins: j.inner,
    number_of_outer_joins: j.outer,
    complexity_type: total <= 2 ? 'Simple' : total <= 4 ? 'Medium' : 'Complex',
    state_form: t.stateful ? 'Stateful' : 'Stateless',
  };
}

function refs(project: Project, t: Table) {
  const ref = (p: string | undefined) => (p ? refPath(project.pipelinesDir, p) : '');
  return {
    table_name: t.name,
    product_name: t.product,
    type: t.type,
    dml_ref: ref(t.dml?.path),
    ddl_ref: ref(t.ddl?.path),
  };
}

function entry(project: Project, t: Table) {
  return {
    ...refs(project, t),
    path: refPath(project.pipelinesDir, t.folder),
    kafka_topic: t.kafkaTopic,
    complexity: complexity(t),
    parents: [] as unknown[],
    children: [] as unknown[],
  };
}

const json = (value: unknown) => JSON.stringify(value, null, 3) + '\n';

export function renderInventory(project: Project): string {
  const out: Record<string, unknown> = {};
  for (const name of [...project.tables.keys()].sort()) {
    const t = project.tables.get(name)!;
    out[name] = {
      ...refs(project, t),
      table_folder_name: refPath(project.pipelinesDir, t.folder),
      kafka_topic: t.kafkaTopic,
    };
  }
  return json(out);
}

const definitionPath = (t: Table) => `${t.folder}/${DEFINITION_FILE}`;

/** Paths of every generated file, without rendering them (to find stale files). */
export function metadataPaths(project: Project): Set<string> {
  const paths = new Set([`${project.pipelinesDir}/${INVENTORY_FILE}`]);
  for (const t of project.tables.values()) if (!t.external) paths.add(definitionPath(t));
  return paths;
}

/**
 * One `pipeline_definition.json` per table folder, rendered lazily so a 10,000-table project
 * never holds every file at once. Each table's neighbour entry is serialised once and spliced
 * into every file that embeds it: the same bytes `JSON.stringify(def, null, 3)` would give.
 */
export function* renderDefinitions(project: Project): Generator<[string, string]> {
  const { graph } = project;
  const top = new Array<string | undefined>(graph.names.length);
  const nested = new Array<string | undefined>(graph.names.length);
  const entryText = (id: number) =>
    (top[id] ??= JSON.stringify(entry(project, project.tables.get(graph.names[id])!), null, 3));
  // Inside `"parents": [` an entry sits two levels (6 spaces) deeper.
  const nestedText = (id: number) => (nested[id] ??= entryText(id).replace(/\n/g, '\n      '));
  const list = (ids: readonly number[]) =>
    ids.length ? `[\n      ${ids.map(nestedText).join(',\n      ')}\n   ]` : '[]';
  for (const t of project.tables.values()) {
    if (t.external) continue;
    const id = graph.index.get(t.name)!;
    // entryText ends with `"parents": [],\n   "children": []\n}`; replace that tail.
    const text = entryText(id);
    const cut = text.lastIndexOf('"parents": []');
    yield [
      definitionPath(t),
      `${text.slice(0, cut)}"parents": ${list(graph.parents[id])},\n   "children": ${list(graph.children[id])}\n}\n`,
    ];
  }
}

/** Every generated file of the project, repository-relative path → content, rendered lazily. */
export function* renderMetadata(project: Project): Generator<[string, string]> {
  yield [`${project.pipelinesDir}/${INVENTORY_FILE}`, renderInventory(project)];
  yield* renderDefinitions(project);
}
