/**
 * The layer rules of docs/architecture.md, enforced: the table under "What each folder holds
 * and may import" is read from the page, and every module under src/ is checked against it.
 * Imports are read with the TypeScript parser (static, type-only, re-exports and dynamic
 * `import()`), so no form of import slips through.
 *
 * When this test fails, either the import is in the wrong place (move the code to the layer
 * it belongs to) or the rule changed on purpose: then change the table in the same commit.
 */
import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const SRC = join(root, 'src');
const DOC = 'docs/architecture.md';
const SECTION = '## What each folder holds and may import';

/** What a module marked pure may not import: the file system, processes, the network, GitHub. */
const IO_MODULES = new Set([
  'fs',
  'fs/promises',
  'child_process',
  'http',
  'https',
  'http2',
  'net',
  'worker_threads',
]);
const isIo = (spec: string) =>
  spec.startsWith('@actions/') ||
  IO_MODULES.has(spec.replace(/^node:/, '')) ||
  (spec.startsWith('node:') && IO_MODULES.has(spec.slice(5).split('/')[0]));

interface LayerRule {
  unit: string;
  pure: boolean;
  mayImport: string[];
}

/** The rule table of the section, one rule per row: `| \`sql/\` | … | yes | \`util\` |`. */
function parseRules(markdown: string): LayerRule[] {
  const start = markdown.indexOf(`\n${SECTION}\n`);
  if (start < 0) throw new Error(`${DOC} has no "${SECTION}" section`);
  const rest = markdown.slice(start + SECTION.length + 2);
  const end = rest.search(/^## /m);
  const rows = (end < 0 ? rest : rest.slice(0, end)).split('\n').filter((l) => l.startsWith('| `'));
  return rows.map((row) => {
    const cells = row
      .split('|')
      .slice(1, -1)
      .map((c) => c.trim());
    if (cells.length !== 4) throw new Error(`${DOC}: a rule row needs 4 cells: ${row}`);
    const unit = cells[0].replace(/`/g, '').replace(/\/$/, '');
    const names = [...cells[3].matchAll(/`([^`]+)`/g)].map((m) => m[1].replace(/\/$/, ''));
    return { unit, pure: cells[2] === 'yes', mayImport: names };
  });
}

/** The layer of a path under src/: its top folder, or the file itself at the top. */
function unitOf(path: string): string {
  return relative(SRC, path).split(sep)[0];
}

function tsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return tsFiles(p);
    return p.endsWith('.ts') ? [p] : [];
  });
}

/** Every module specifier a file names: imports, `import type`, re-exports, `import()`. */
function importsOf(text: string): string[] {
  return ts.preProcessFile(text, true, true).importedFiles.map((f) => f.fileName);
}

interface Edge {
  file: string;
  spec: string;
  from: string;
  to: string | null;
}

function edges(): Edge[] {
  return tsFiles(SRC).flatMap((file) =>
    importsOf(readFileSync(file, 'utf8')).map((spec) => {
      const from = unitOf(file);
      if (!spec.startsWith('.')) return { file, spec, from, to: null };
      const target = resolve(dirname(file), spec);
      const inside = !relative(SRC, target).startsWith('..');
      return { file, spec, from, to: inside ? unitOf(target).replace(/\.js$/, '.ts') : '<outside src/>' };
    }),
  );
}

const rules = parseRules(readFileSync(join(root, DOC), 'utf8'));
const byUnit = new Map(rules.map((r) => [r.unit, r]));
const units = readdirSync(SRC).filter((n) => n.endsWith('.ts') || statSync(join(SRC, n)).isDirectory());
const rel = (f: string) => relative(root, f).split(sep).join('/');

describe(`layers: the rule table of ${DOC}`, () => {
  const all = edges();

  it('reads a rule for each folder, with imports to check', () => {
    expect(rules.length).toBeGreaterThanOrEqual(15);
    expect(all.filter((e) => e.to && e.to !== e.from).length).toBeGreaterThan(100);
  });

  it('has a row for every folder and top-level file of src/, and none for anything else', () => {
    expect(units.filter((u) => !byUnit.has(u)).map((u) => `src/${u} has no row in ${DOC}`)).toEqual([]);
    expect(rules.filter((r) => !units.includes(r.unit)).map((r) => `${r.unit} is not in src/`)).toEqual([]);
  });

  it('names only folders that have a row, and its rules have no cycle', () => {
    const unknown = rules.flatMap((r) =>
      r.mayImport.filter((m) => !byUnit.has(m)).map((m) => `${r.unit} → ${m}`),
    );
    expect(unknown).toEqual([]);
    const state = new Map<string, 'open' | 'done'>();
    const cycle: string[] = [];
    const visit = (u: string, path: string[]): boolean => {
      if (state.get(u) === 'done') return false;
      if (state.get(u) === 'open') {
        cycle.push(...path.slice(path.indexOf(u)), u);
        return true;
      }
      state.set(u, 'open');
      for (const m of byUnit.get(u)?.mayImport ?? []) if (visit(m, [...path, u])) return true;
      state.set(u, 'done');
      return false;
    };
    for (const r of rules) if (visit(r.unit, [])) break;
    expect(cycle).toEqual([]);
  });

  it('every import across folders is one the importing folder may make', () => {
    const bad = all
      .filter((e) => e.to && e.to !== e.from)
      .filter((e) => e.to === '<outside src/>' || !byUnit.get(e.from)?.mayImport.includes(e.to!))
      .map((e) => `${rel(e.file)} imports ${e.spec} (${e.to}), not allowed for ${e.from}/ in ${DOC}`);
    expect(bad).toEqual([]);
  });

  it('folders marked pure import no file system, process, network or GitHub module', () => {
    const bad = all
      .filter((e) => e.to === null && byUnit.get(e.from)?.pure && isIo(e.spec))
      .map((e) => `${rel(e.file)} imports ${e.spec}, but ${e.from}/ is pure in ${DOC}`);
    expect(bad).toEqual([]);
  });

  it('sees every form of import', () => {
    const text = [
      "import a from './a.js';",
      "import type { B } from '../b/b.js';",
      "export { c } from '../c/c.js';",
      "export * from '../d/d.js';",
      "const e = await import('../e/e.js');",
      "import 'node:fs';",
    ].join('\n');
    expect(importsOf(text)).toEqual([
      './a.js',
      '../b/b.js',
      '../c/c.js',
      '../d/d.js',
      '../e/e.js',
      'node:fs',
    ]);
    expect(isIo('node:fs')).toBe(true);
    expect(isIo('fs/promises')).toBe(true);
    expect(isIo('@actions/core')).toBe(true);
    expect(isIo('node:crypto')).toBe(false);
  });
});
