// The benchmark's project generator (bench/generate.mjs): determinism, layout and DAG validity on
// 200 tables, checked from the files on disk by bench/verify.mjs (its own small tokenizer, not the
// product's analyzer).
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';

type Generate = typeof import('../../bench/generate.mjs');
type Verify = typeof import('../../bench/verify.mjs');
type Manifest = import('../../bench/generate.mjs').Manifest;

const TABLES = 200;
const SEED = 7;
let gen: Generate;
let ver: Verify;
let root: string;
let first: string;
let manifest: Manifest;

/** Every file under `dir`: project-relative path (with /) -> content. */
function readTree(dir: string, base = dir, out = new Map<string, string>()): Map<string, string> {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) readTree(p, base, out);
    else out.set(relative(base, p).split(sep).join('/'), readFileSync(p, 'utf8'));
  }
  return out;
}

function differingPaths(a: Map<string, string>, b: Map<string, string>): string[] {
  const keys = new Set([...a.keys(), ...b.keys()]);
  return [...keys].filter((k) => a.get(k) !== b.get(k)).sort();
}

beforeAll(async () => {
  gen = await import('../../bench/generate.mjs');
  ver = await import('../../bench/verify.mjs');
  root = mkdtempSync(join(tmpdir(), 'bench-generate-'));
  first = join(root, 'first');
  manifest = gen.generateProject(first, { tables: TABLES, seed: SEED });
});

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

describe('determinism', () => {
  test('the same arguments give the same bytes', () => {
    const second = join(root, 'second');
    gen.generateProject(second, { tables: TABLES, seed: SEED });
    const a = readTree(first);
    const b = readTree(second);
    // SQL and properties files, plus flink-pipeline.yaml and bench-manifest.json
    expect(a.size).toBe(manifest.files + 2);
    expect(differingPaths(a, b)).toEqual([]);
  });

  test('another seed gives another project (the comparison above can fail)', () => {
    const other = join(root, 'other-seed');
    gen.generateProject(other, { tables: TABLES, seed: SEED + 1 });
    expect(differingPaths(readTree(first), readTree(other)).length).toBeGreaterThan(TABLES);
  });
});

describe('layout', () => {
  test('one folder per table with ddl and dml, properties on about 10%', () => {
    const files = [...readTree(join(first, 'pipelines')).keys()];
    const shape =
      /^(sources|intermediates|dimensions|facts|views)\/([a-z]+)\/([a-z0-9_]+)\/sql-scripts\/(ddl|dml)\.\3\.(sql|properties)$/;
    expect(files.filter((f) => !shape.test(f))).toEqual([]);
    expect(files.filter((f) => /\/ddl\.[^/]+\.sql$/.test(f))).toHaveLength(TABLES);
    expect(files.filter((f) => /\/dml\.[^/]+\.sql$/.test(f))).toHaveLength(TABLES);
    const props = files.filter((f) => f.endsWith('.properties')).length;
    expect(props).toBe(manifest.table.filter((t) => t.properties).length);
    expect(props).toBeGreaterThanOrEqual(TABLES * 0.04);
    expect(props).toBeLessThanOrEqual(TABLES * 0.2);
    expect(files.length).toBe(manifest.files);
  });

  test('layer sizes, products and raw externals', () => {
    expect(manifest.counts).toEqual({ sources: 20, intermediates: 80, dimensions: 40, facts: 40, views: 20 });
    expect(manifest.products).toHaveLength(20);
    expect(manifest.externals.length).toBeGreaterThanOrEqual(2);
    expect(manifest.externals.every((e) => e.startsWith('raw_'))).toBe(true);
    expect(readFileSync(join(first, 'flink-pipeline.yaml'), 'utf8')).toContain("externalTables: ['raw_*']");
  });

  test('every SQL file has 30 to 120 lines', () => {
    const counts = [...readTree(join(first, 'pipelines'))]
      .filter(([f]) => f.endsWith('.sql'))
      .map(([f, text]) => [f, text.split('\n').length - 1] as const);
    expect(counts.filter(([, n]) => n < 30 || n > 120)).toEqual([]);
  });
});

describe('graph', () => {
  test('every name a DML reads is a table of the project or a declared raw external; no cycle', () => {
    const r = ver.verifyProject(first);
    expect(r.errors).toEqual([]);
    expect(r.ok).toBe(true);
    expect(r.tables).toBe(TABLES);
    expect(r.cycle).toBeNull();
    expect(r.edges).toBe(manifest.table.reduce((n, t) => n + t.parents.length, 0));
  });

  test('sources read only raw topics; other tables read 1-4 tables created before them', () => {
    const position = new Map(manifest.table.map((t, i) => [t.name, i]));
    const externals = new Set(manifest.externals);
    const wrong: string[] = [];
    manifest.table.forEach((t, i) => {
      if (t.layer === 'sources') {
        if (!t.parents.length || !t.parents.every((p) => externals.has(p))) wrong.push(t.name);
      } else if (t.parents.length < 1 || t.parents.length > 4) wrong.push(t.name);
      else if (!t.parents.every((p) => (position.get(p) ?? Infinity) < i)) wrong.push(t.name);
    });
    expect(wrong).toEqual([]);
  });

  test('the shape has fan-out hubs and cross-product edges', () => {
    const product = new Map(manifest.table.map((t) => [t.name, t.product]));
    const children = new Map<string, number>();
    let cross = 0;
    for (const t of manifest.table) {
      for (const p of t.parents) {
        children.set(p, (children.get(p) ?? 0) + 1);
        if (product.has(p) && product.get(p) !== t.product) cross++;
      }
    }
    const tableFanOut = [...children].filter(([n]) => product.has(n)).map(([, c]) => c);
    expect(Math.max(...tableFanOut)).toBeGreaterThanOrEqual(5);
    expect(cross).toBeGreaterThan(0);
  });

  test('the verifier reports a dangling reference and a cycle', () => {
    const broken = join(root, 'broken');
    cpSync(first, broken, { recursive: true });
    const t = manifest.table.find((x) => x.layer === 'facts')!;
    const dml = join(broken, t.folder, 'sql-scripts', `dml.${t.name}.sql`);
    const text = readFileSync(dml, 'utf8');
    writeFileSync(dml, text.replace(/\nFROM (\S+)/, '\nFROM raw_ordrs'));
    const r = ver.verifyProject(broken);
    expect(r.ok).toBe(false);
    expect(r.errors).toContain(`${t.name}: reads unknown raw_ordrs`);
    expect(
      ver.findCycle(
        new Map([
          ['a', ['b']],
          ['b', ['c']],
          ['c', ['a']],
          ['d', ['a']],
        ]),
      ),
    ).toEqual(['a', 'b', 'c', 'a']);
    expect(
      ver.findCycle(
        new Map([
          ['a', ['b']],
          ['b', []],
          ['c', ['a', 'b']],
        ]),
      ),
    ).toBeNull();
  });

  test('comments, hints and string literals are not read as tables; CTE names are skipped', () => {
    const sql = [
      "INSERT INTO out_t /* FROM hidden */ SELECT 'from x', 'it''s from y' AS s -- JOIN z",
      "FROM `a` /*+ OPTIONS('k' = 'v') */ AS a1, b b1",
      'JOIN c FOR SYSTEM_TIME AS OF a1.$rowtime AS c1 ON 1 = 1',
      "CROSS JOIN UNNEST(a1.tags) AS t (tag) WHERE EXISTS (SELECT 1 FROM d WHERE s = 'join e')",
    ].join('\n');
    expect(ver.analyzeSql(sql)).toEqual({ reads: ['a', 'b', 'c', 'd'], sinks: ['out_t'], ctes: [] });
    const cte =
      "INSERT INTO o WITH w AS (SELECT * FROM TABLE(TUMBLE(TABLE src, DESCRIPTOR($rowtime), INTERVAL '5' MINUTES))) SELECT * FROM w";
    expect(ver.analyzeSql(cte)).toEqual({ reads: ['src'], sinks: ['o'], ctes: ['w'] });
  });
});

describe('shapes', () => {
  const SIZE = 500;
  const shaped = (shape: import('../../bench/generate.mjs').Shape) => {
    const dir = join(root, `shape-${shape}`);
    const m = gen.generateProject(dir, { tables: SIZE, seed: SEED, shape });
    expect(ver.verifyProject(dir).errors).toEqual([]);
    expect(m.shape).toBe(shape);
    return m;
  };
  /** Longest chain of tables, counted in tables. */
  const depth = (m: Manifest) => {
    const at = new Map<string, number>();
    for (const t of m.table) at.set(t.name, 1 + Math.max(0, ...t.parents.map((p) => at.get(p) ?? 0)));
    return Math.max(...at.values());
  };

  test('undeclared: sources read raw topics that no table defines and no glob declares', () => {
    const m = shaped('undeclared');
    expect(m.undeclared).toHaveLength(SIZE / 5);
    expect(new Set(m.undeclared).size).toBe(SIZE / 5);
    expect(m.undeclared.filter((n) => n.startsWith('raw_') || m.table.some((t) => t.name === n))).toEqual([]);
    const read = new Set(m.table.flatMap((t) => t.parents));
    expect(m.undeclared.filter((n) => !read.has(n))).toEqual([]);
  });

  test('long names: every table name has 60 characters or more', () => {
    const m = shaped('long-names');
    expect(m.table.filter((t) => t.name.length < 60)).toEqual([]);
  });

  test('fan-in: some tables join 20 parents', () => {
    const m = shaped('fan-in');
    const wide = m.table.filter((t) => t.parents.length === 20);
    expect(wide.length).toBeGreaterThanOrEqual(5);
    expect(wide.every((t) => t.layer === 'facts' || t.layer === 'views')).toBe(true);
  });

  test('deep: chains at least 200 tables long', () => {
    const m = shaped('deep');
    expect(depth(m)).toBeGreaterThanOrEqual(200);
    expect(depth(manifest)).toBeLessThan(30);
  });

  test('an unknown shape is refused', () => {
    expect(() => gen.generateProject(join(root, 'bad'), { tables: 10, shape: 'flat' as never })).toThrow(
      /unknown shape flat/,
    );
  });
});

describe('mutateProject', () => {
  test('edits 1% of the tables, deterministically, and keeps the project valid', () => {
    const a = join(root, 'mutated-a');
    const b = join(root, 'mutated-b');
    cpSync(first, a, { recursive: true });
    cpSync(first, b, { recursive: true });
    const { mutations } = gen.mutateProject(a, { fraction: 0.01, seed: 3 });
    gen.mutateProject(b, { fraction: 0.01, seed: 3 });
    expect(mutations).toHaveLength(2);
    expect(new Set(mutations.map((m) => m.table)).size).toBe(2);
    const changed = differingPaths(readTree(first), readTree(a)).filter((f) => f !== 'bench-manifest.json');
    expect(changed).toEqual(mutations.flatMap((m) => m.files).sort());
    for (const m of mutations) expect(m.files).toHaveLength(m.kind === 'column' ? 2 : 1);
    expect(differingPaths(readTree(a), readTree(b))).toEqual([]);
    expect(gen.readManifest(a)?.mutations).toEqual(mutations);
    expect(ver.verifyProject(a).errors).toEqual([]);
  });
});
