import { describe, expect, test } from '@jest/globals';
import { createRandom, type Random } from '../../src/emulator/prng.js';
import { buildProject } from '../../src/project/build.js';
import { refPath, renderInventory, renderMetadata } from '../../src/project/metadata.js';
import type { Project, Table, TableFolder } from '../../src/project/model.js';

/**
 * What the files must be: shift_left's layout as `JSON.stringify(value, null, 3)` writes it
 * (the renderer writes them by hand, for speed, and must give the same bytes).
 */
function reference(project: Project): Map<string, string> {
  const ref = (p: string | undefined) => (p ? refPath(project.pipelinesDir, p) : '');
  const refs = (t: Table) => ({
    table_name: t.name,
    product_name: t.product,
    type: t.type,
    dml_ref: ref(t.dml?.path),
    ddl_ref: ref(t.ddl?.path),
  });
  const entry = (t: Table) => {
    const j = t.joins;
    const total = j.regular + j.left + j.right + j.inner + j.outer;
    return {
      ...refs(t),
      path: refPath(project.pipelinesDir, t.folder),
      kafka_topic: t.kafkaTopic,
      complexity: {
        number_of_regular_joins: j.regular,
        number_of_left_joins: j.left,
        number_of_right_joins: j.right,
        number_of_inner_joins: j.inner,
        number_of_outer_joins: j.outer,
        complexity_type: total <= 2 ? 'Simple' : total <= 4 ? 'Medium' : 'Complex',
        state_form: t.stateful ? 'Stateful' : 'Stateless',
      },
      parents: [] as unknown[],
      children: [] as unknown[],
    };
  };
  const files = new Map<string, string>();
  const inventory: Record<string, unknown> = {};
  for (const name of [...project.tables.keys()].sort()) {
    const t = project.tables.get(name)!;
    inventory[name] = {
      ...refs(t),
      table_folder_name: refPath(project.pipelinesDir, t.folder),
      kafka_topic: t.kafkaTopic,
    };
  }
  files.set(`${project.pipelinesDir}/inventory.json`, JSON.stringify(inventory, null, 3) + '\n');
  const { graph } = project;
  for (const t of project.tables.values()) {
    if (t.external) continue;
    const id = graph.index.get(t.name)!;
    const def = entry(t);
    def.parents = graph.parents[id].map((p) => entry(project.tables.get(graph.names[p])!));
    def.children = graph.children[id].map((c) => entry(project.tables.get(graph.names[c])!));
    files.set(`${t.folder}/pipeline_definition.json`, JSON.stringify(def, null, 3) + '\n');
  }
  return files;
}

const NAME_CHARS = ['a', 'b', '_', '7', 'é', '"', '\\', '😀', '\u2028'];

function randomName(rnd: Random): string {
  if (rnd.next() < 0.15) return String(rnd.int(0, 40)); // array-index keys sort first in an object
  let s = 'abcdefgh'[rnd.int(0, 7)];
  for (let n = rnd.int(0, 8); n > 0; n--) s += NAME_CHARS[rnd.int(0, NAME_CHARS.length - 1)];
  return s;
}

const JOINS = ['LEFT JOIN', 'JOIN', 'RIGHT JOIN', 'FULL OUTER JOIN', 'INNER JOIN'];

function randomProject(rnd: Random): Project {
  const names = [...new Set(Array.from({ length: rnd.int(1, 14) }, () => randomName(rnd)))];
  const layers = ['sources', 'facts', 'views', 'odd'];
  const folders: TableFolder[] = names.map((name, i) => {
    const base = `pipes/${layers[rnd.int(0, 3)]}/p${rnd.int(0, 2)}/t${i}`;
    const q = (n: string) => `\`${n.replace(/`/g, '``')}\``;
    // Reads up to three tables made before it (or undefined ones, which become externals).
    const reads = Array.from({ length: rnd.int(0, 3) }, () =>
      rnd.next() < 0.8 && i > 0 ? names[rnd.int(0, i - 1)] : `raw_${rnd.int(0, 3)}`,
    );
    const from = reads.length
      ? `FROM ${q(reads[0])} a ${reads
          .slice(1)
          .map((r, k) => `${JOINS[rnd.int(0, JOINS.length - 1)]} ${q(r)} x${k} ON a.id = x${k}.id`)
          .join(' ')}`
      : '';
    const agg = rnd.next() < 0.5 ? ' GROUP BY a.id' : '';
    return {
      folder: base,
      ...(rnd.next() < 0.9
        ? { ddl: { path: `${base}/sql-scripts/ddl.t${i}.sql`, text: `CREATE TABLE ${q(name)} (id INT);` } }
        : {}),
      dml: {
        path: `${base}/sql-scripts/dml.t${i}.sql`,
        text: `INSERT INTO ${q(name)} SELECT ${reads.length ? 'a.id' : '1'} ${from}${reads.length ? agg : ''};`,
      },
    };
  });
  return buildProject({ pipelinesDir: 'pipes', folders });
}

describe('metadata files', () => {
  test('the same bytes as JSON.stringify with 3 spaces (random projects)', () => {
    const rnd = createRandom(11);
    for (let round = 0; round < 150; round++) {
      const project = randomProject(rnd);
      const files = new Map(
        [...renderMetadata(project)].map(([path, bytes]) => [
          path,
          (bytes instanceof Uint8Array ? Buffer.from(bytes) : Buffer.concat(bytes)).toString('utf8'),
        ]),
      );
      expect(files).toEqual(reference(project));
    }
  });

  test('the same bytes when the rendered pieces fill several of the encoder buffers (1 MB each)', () => {
    // A chain of 1,500 tables with long multi-byte names: about 2 MB of entries, so pieces are
    // encoded across buffer boundaries, and every piece stays valid after the next is made.
    const long = 'é😀\u2028'.repeat(40);
    const folders: TableFolder[] = Array.from({ length: 1500 }, (_, i) => {
      const base = `pipes/facts/p/t${i}`;
      const name = `t${i}_${long}`;
      const read = i ? ` FROM \`t${i - 1}_${long}\` GROUP BY id` : '';
      return {
        folder: base,
        ddl: { path: `${base}/sql-scripts/ddl.t${i}.sql`, text: `CREATE TABLE \`${name}\` (id INT);` },
        dml: {
          path: `${base}/sql-scripts/dml.t${i}.sql`,
          text: `INSERT INTO \`${name}\` SELECT ${i ? 'id' : '1'}${read};`,
        },
      };
    });
    const project = buildProject({ pipelinesDir: 'pipes', folders });
    const rendered = [...renderMetadata(project)];
    const bytes = rendered.reduce(
      (n, [, b]) => n + (b instanceof Uint8Array ? b.length : Buffer.concat(b).length),
      0,
    );
    expect(bytes).toBeGreaterThan(3 << 20);
    const files = new Map(
      rendered.map(([path, b]) => [
        path,
        (b instanceof Uint8Array ? Buffer.from(b) : Buffer.concat(b)).toString('utf8'),
      ]),
    );
    expect(files).toEqual(reference(project));
  });

  test('an empty project has an empty inventory', () => {
    const project = buildProject({ pipelinesDir: 'pipelines', folders: [] });
    expect(renderInventory(project)).toBe('{}\n');
  });

  test('a table named __proto__ is listed like any other', () => {
    const folder: TableFolder = {
      folder: 'pipelines/facts/p/x',
      ddl: { path: 'pipelines/facts/p/x/sql-scripts/ddl.x.sql', text: 'CREATE TABLE `__proto__` (id INT);' },
    };
    const inventory = JSON.parse(
      renderInventory(buildProject({ pipelinesDir: 'pipelines', folders: [folder] })),
    );
    expect(Object.keys(inventory)).toEqual(['__proto__']);
  });
});
