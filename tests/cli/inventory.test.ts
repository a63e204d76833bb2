import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { existsSync, readFileSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ROOT, makeRepo, runCli } from '../helpers/repo.js';

const EXPECTED = join(ROOT, 'tests', 'fixtures', 'expected');
const SHAPE = join(ROOT, 'tests', 'fixtures', 'shift-left-shape');

function generatedFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.name === '.git') continue;
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name === 'inventory.json' || e.name === 'pipeline_definition.json')
        out.push(relative(dir, p));
    }
  };
  walk(dir);
  return out.sort();
}

type Def = { table_name: string; parents: { table_name: string }[]; children: { table_name: string }[] };
const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8'));
const names = (list: { table_name: string }[]) => list.map((e) => e.table_name);

describe('inventory on the fixture project', () => {
  let repo: ReturnType<typeof makeRepo>;
  beforeAll(() => {
    repo = makeRepo();
  });
  afterAll(() => repo.cleanup());

  test('writes exactly the checked-in expected files', () => {
    const r = runCli(repo.dir, 'inventory');
    expect(r.status).toBe(0);
    const written = generatedFiles(repo.dir);
    expect(written).toEqual(generatedFiles(EXPECTED));
    for (const f of written) {
      expect([f, readFileSync(join(repo.dir, f), 'utf8')]).toEqual([
        f,
        readFileSync(join(EXPECTED, f), 'utf8'),
      ]);
    }
  });

  test('the graph matches the hand-derived oracle', () => {
    const oracle = readJson(join(ROOT, 'tests', 'fixtures', 'project', 'expected-graph.json'))
      .tables as Record<
      string,
      { type: string; product: string; parents: string[]; stateful: boolean; external: boolean }
    >;
    const inventory = readJson(join(repo.dir, 'pipelines', 'inventory.json'));
    expect(Object.keys(inventory).sort()).toEqual(Object.keys(oracle).sort());
    for (const [name, want] of Object.entries(oracle)) {
      const inv = inventory[name];
      const got: Record<string, unknown> = {
        type: inv.type,
        product: inv.product_name,
        external: inv.type === 'external_kafka',
      };
      if (!want.external) {
        const def = readJson(join(repo.dir, inv.table_folder_name, 'pipeline_definition.json'));
        got.parents = names(def.parents).sort();
        got.stateful = def.complexity.state_form === 'Stateful';
      } else {
        got.parents = [];
        got.stateful = false;
      }
      expect([name, got]).toEqual([
        name,
        {
          type: want.type,
          product: want.product,
          external: want.external,
          parents: [...want.parents].sort(),
          stateful: want.stateful,
        },
      ]);
    }
  });

  test('field names, nesting and paths match shift_left', () => {
    const def = readFileSync(join(repo.dir, 'pipelines/facts/p2/e/pipeline_definition.json'), 'utf8');
    expect(def).toBe(readFileSync(join(SHAPE, 'pipeline_definition.e.json'), 'utf8'));
    const inventory = readJson(join(repo.dir, 'pipelines', 'inventory.json'));
    const subset = readJson(join(SHAPE, 'inventory.subset.json')) as Record<string, unknown>;
    for (const [name, entry] of Object.entries(subset)) expect(inventory[name]).toEqual(entry);
    // Key order is part of the format shift_left users diff against.
    expect(Object.keys(inventory)).toEqual(Object.keys(inventory).sort());
  });

  test('a second run rewrites nothing', () => {
    const files = generatedFiles(repo.dir);
    const old = new Date('2001-01-01T00:00:00Z');
    for (const f of files) utimesSync(join(repo.dir, f), old, old);
    const r = runCli(repo.dir, 'inventory');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/0 created, 0 updated, 0 removed/);
    for (const f of files) expect([f, statSync(join(repo.dir, f)).mtimeMs]).toEqual([f, old.getTime()]);
  });

  test('--check is 0 on a fresh tree', () => {
    const r = runCli(repo.dir, 'inventory', '--check');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('inventory: up to date');
  });

  test('deleting a join removes the edge from both tables and --check sees it first', () => {
    const dml = join(repo.dir, 'pipelines/intermediates/p2/z/sql-scripts/dml.z.sql');
    const before = readJson(join(repo.dir, 'pipelines/intermediates/p2/z/pipeline_definition.json')) as Def;
    expect(names(before.parents).sort()).toEqual(['x', 'y']);
    writeFileSync(dml, 'INSERT INTO z\nSELECT x.id, x.amount FROM x;\n');

    const check = runCli(repo.dir, 'inventory', '--check');
    expect(check.status).toBe(1);
    expect(check.stdout).toContain('outdated: pipelines/intermediates/p2/z/pipeline_definition.json');
    expect(check.stdout).toContain('outdated: pipelines/intermediates/p2/y/pipeline_definition.json');

    expect(runCli(repo.dir, 'inventory').status).toBe(0);
    const z = readJson(join(repo.dir, 'pipelines/intermediates/p2/z/pipeline_definition.json')) as Def;
    const y = readJson(join(repo.dir, 'pipelines/intermediates/p2/y/pipeline_definition.json')) as Def;
    expect(names(z.parents)).toEqual(['x']);
    expect(names(y.children)).not.toContain('z');
    expect(names(y.children).sort()).toEqual(['d']);
    expect(runCli(repo.dir, 'inventory', '--check').status).toBe(0);
  });

  test('a deleted table folder loses its file and its edges', () => {
    rmSync(join(repo.dir, 'pipelines/facts/p2/p/sql-scripts'), { recursive: true });
    const r = runCli(repo.dir, 'inventory');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/1 removed/);
    expect(existsSync(join(repo.dir, 'pipelines/facts/p2/p/pipeline_definition.json'))).toBe(false);
    const z = readJson(join(repo.dir, 'pipelines/intermediates/p2/z/pipeline_definition.json')) as Def;
    expect(names(z.children)).not.toContain('p');
    expect(readJson(join(repo.dir, 'pipelines/inventory.json')).p).toBeUndefined();
  });

  test('report gives ancestors and descendants in every format', () => {
    const json = runCli(repo.dir, 'report', 'd', '--format', 'json');
    expect(json.status).toBe(0);
    const r = JSON.parse(json.stdout);
    expect(r.parents).toEqual(['y', 'z']);
    expect(r.children).toEqual(['f']);
    expect(r.descendants).toEqual(['f']);
    expect(r.ancestors).toEqual(['src_x', 'src_y', 'x', 'y', 'z']);
    const mermaid = runCli(repo.dir, 'report', 'd', '--format', 'mermaid');
    expect(mermaid.stdout.startsWith('flowchart LR\n')).toBe(true);
    expect(mermaid.stdout).toContain('["d<br/><small>intermediate</small>"]');
    const md = runCli(repo.dir, 'report', 'd', '--format', 'markdown');
    expect(md.stdout).toContain('```mermaid\nflowchart LR');
    expect(md.stdout).toContain('| Descendants (1) | `f` |');
  });
});
