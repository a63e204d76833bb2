/**
 * The repository stands alone: what its documents and code cite exists in it.
 *
 * - Every Markdown link in a `.md` file (`[text](path#anchor)`, relative to that file) names a
 *   file or folder of the repository, and its anchor a heading of the target page (GitHub's
 *   heading ids; `#anchor` alone is a heading of the same page).
 * - Every repository path written in prose or code (`docs/planning.md#status-sources` in a
 *   comment, `src/plan/planner.ts` in backticks) exists, with its anchor. A path is one that
 *   starts with a top-level folder or file of the repository (see ROOTS); paths with
 *   placeholders (`<name>`, `*`, `${…}`, `…`) are patterns, not references, and are skipped.
 *   In Markdown and YAML the whole text is read; in code, the comments, and in src/ the string
 *   literals too (what the product prints). Strings in tests and scripts are data (files of
 *   temporary repositories, message prefixes), so they are not read as references.
 * - Nothing cites a document that only exists outside the repository: the product spec
 *   ("DESIGN §n", DESIGN.md), research notes (`research/…`, their file names, "research §n") or
 *   the folder beside the repository that holds them (`../shared/…`). The one exception: bench/
 *   may use the shift_left installation at `../shared/anchor` for its optional comparison
 *   (it says so when the folder is absent), so `shared/anchor` is allowed in bench/ only.
 *
 * Checked: README.md and everything under src/, docs/, tests/ (but the data in
 * tests/fixtures/ and tests/corpus/), bench/, scripts/ and examples/; not this file, whose
 * examples of bad references are deliberate (its own tests below show the checker fails on them).
 */
import { describe, expect, it } from '@jest/globals';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

const SCANNED = ['README.md', 'src', 'docs', 'tests', 'bench', 'scripts', 'examples'];
/** Data, not prose: SQL and API specs from elsewhere, checked by their own tests. */
const NOT_SCANNED = ['tests/fixtures', 'tests/corpus', 'tests/docs/references.test.ts'];
const TEXT = /\.(md|ts|mts|mjs|js|cjs|json|ya?ml)$/;

/** What a repository path starts with when written in prose or code. */
const ROOTS = [
  'src/',
  'docs/',
  'tests/',
  'bench/',
  'scripts/',
  'examples/',
  'demo/',
  '.github/',
  '.ci/',
  'README.md',
  'action.yml',
  'package.json',
];

/** Mentions of documents outside the repository: [pattern, what to do instead]. */
const OUTSIDE: [RegExp, string][] = [
  [/\bDESIGN\b(\.md)?\s*§/, 'cite docs/ (architecture.md, planning.md, …) or state the fact'],
  [/\bDESIGN\.md\b/, 'cite docs/ or state the fact'],
  [/\bresearch\s*§/i, 'state the fact and its public source (a doc page or an official client file)'],
  [/\bresearch\/[\w.-]+/, 'state the fact and its public source'],
  [
    /\b(confluent_flink_api|confluent_fidelity_audit|apache_flink_local|anchor_shift_left|actions_engineering)\b/,
    'state the fact and its public source',
  ],
  [
    /(\.\.\/)+shared(\/(DESIGN|research|anchor)\b|(?![\w/.-]))|\/work\/shared\b/,
    'the repository must not read or cite ../shared',
  ],
];
/** bench/ may name the shift_left anchor beside the repository, and nothing else there. */
const BENCH_ANCHOR = /(\.\.\/)+shared\/anchor\b|\/work\/shared\/anchor\b/g;

function files(path: string): string[] {
  const abs = join(root, path);
  if (!existsSync(abs) || NOT_SCANNED.includes(path)) return [];
  if (!statSync(abs).isDirectory()) return TEXT.test(path) ? [path] : [];
  return readdirSync(abs)
    .filter((n) => n !== 'node_modules')
    .flatMap((n) => files(`${path}/${n}`));
}

/** GitHub's id for a heading: lower case, punctuation dropped, spaces to dashes. */
export function slug(heading: string): string {
  // Code spans are literal text; outside them, links keep their text and HTML tags vanish.
  return heading
    .split(/(`[^`]*`)/)
    .map((part, i) =>
      i % 2 ? part : part.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/<\/?[a-z][\w-]*(\s[^>]*)?>/gi, ''),
    )
    .join('')
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\p{M}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

/** Lines of a Markdown text outside fenced code blocks (fences hold code, not links). */
function proseLines(text: string): { line: string; n: number }[] {
  const out: { line: string; n: number }[] = [];
  let fence: string | null = null;
  text.split('\n').forEach((line, i) => {
    const m = /^\s*(`{3,}|~{3,})/.exec(line);
    if (m) {
      if (fence === null) fence = m[1][0];
      else if (m[1][0] === fence) fence = null;
      return;
    }
    if (fence === null) out.push({ line, n: i + 1 });
  });
  return out;
}

const anchorCache = new Map<string, Set<string>>();
/** The ids a page's headings get (duplicates numbered as GitHub does) and explicit ids. */
export function anchorsOf(markdown: string): Set<string> {
  const ids = new Set<string>();
  const seen = new Map<string, number>();
  for (const { line } of proseLines(markdown)) {
    const h = /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    if (h) {
      const base = slug(h[1]);
      const n = seen.get(base) ?? 0;
      seen.set(base, n + 1);
      ids.add(n ? `${base}-${n}` : base);
    }
    for (const a of line.matchAll(/<a\s+(?:name|id)="([^"]+)"/g)) ids.add(a[1]);
  }
  return ids;
}

function anchorsOfFile(path: string): Set<string> {
  let ids = anchorCache.get(path);
  if (!ids) {
    ids = anchorsOf(readFileSync(join(root, path), 'utf8'));
    anchorCache.set(path, ids);
  }
  return ids;
}

/** Why `target` (repository-relative, maybe with #anchor) does not resolve, or null. */
function problemOf(target: string): string | null {
  const [path, anchor] = target.split('#', 2) as [string, string | undefined];
  const clean = path.replace(/\/$/, '');
  if (clean && !existsSync(join(root, clean))) return 'no such file';
  if (anchor === undefined) return null;
  if (!clean.endsWith('.md')) return null;
  return anchorsOfFile(clean).has(anchor.toLowerCase()) ? null : `no heading with id #${anchor}`;
}

interface Finding {
  at: string;
  cite: string;
  problem: string;
}

/** Markdown links `[x](target)` outside code: relative to the page, or #anchor of the page. */
export function markdownLinks(text: string): { target: string; n: number }[] {
  const out: { target: string; n: number }[] = [];
  for (const { line, n } of proseLines(text)) {
    const code = line.replace(/`[^`]*`/g, (m) => ' '.repeat(m.length));
    for (const m of code.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g))
      out.push({ target: m[1], n });
  }
  return out;
}

const PATH = new RegExp(
  `(?<![\\w./@-])((?:${ROOTS.map((r) => r.replace(/[.]/g, '\\.')).join('|')})[\\w./-]*(?:#[\\w-]+)?)`,
  'g',
);
const PLACEHOLDER = /[<>*…{}$]|\.\.\./;

/** Repository paths named anywhere in a text (prose, backticks, comments, strings). */
export function pathsIn(text: string): { target: string; n: number }[] {
  const out: { target: string; n: number }[] = [];
  text.split('\n').forEach((line, i) => {
    for (const m of line.matchAll(PATH)) {
      const after = line.slice((m.index ?? 0) + m[1].length);
      if (PLACEHOLDER.test(after[0] ?? '') || /^[<*{$]/.test(after)) continue;
      // A sentence may end right after the path: "see docs/config.md."
      const target = m[1].replace(/[.,:;]+$/, '');
      if (target.endsWith('/') && target.split('/').length === 2 && !ROOTS.includes(target)) continue;
      out.push({ target, n: i + 1 });
    }
  });
  return out;
}

/** Comments of a code file, and with `strings` its string literals, with their first lines. */
export function codeTexts(path: string, text: string, strings: boolean): { text: string; line: number }[] {
  const kind = /\.(ts|mts)$/.test(path) ? ts.ScriptKind.TS : ts.ScriptKind.JS;
  const sf = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true, kind);
  const out: { text: string; line: number }[] = [];
  const seen = new Set<number>();
  const at = (pos: number) => sf.getLineAndCharacterOfPosition(pos).line + 1;
  const comments = (ranges: ts.CommentRange[] | undefined) => {
    for (const r of ranges ?? []) {
      if (seen.has(r.pos)) continue;
      seen.add(r.pos);
      out.push({ text: text.slice(r.pos, r.end), line: at(r.pos) });
    }
  };
  const visit = (node: ts.Node) => {
    comments(ts.getLeadingCommentRanges(text, node.pos));
    comments(ts.getTrailingCommentRanges(text, node.end));
    if (
      strings &&
      (ts.isStringLiteral(node) ||
        ts.isNoSubstitutionTemplateLiteral(node) ||
        ts.isTemplateHead(node) ||
        ts.isTemplateMiddle(node) ||
        ts.isTemplateTail(node))
    ) {
      out.push({ text: node.getText(sf), line: at(node.getStart(sf)) });
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  comments(ts.getLeadingCommentRanges(text, sf.endOfFileToken.pos));
  return out;
}

function check(path: string): Finding[] {
  const text = readFileSync(join(root, path), 'utf8');
  const found: Finding[] = [];
  const lines = text.split('\n');
  for (const [pattern, fix] of OUTSIDE) {
    lines.forEach((line, i) => {
      const scrubbed = path.startsWith('bench/') ? line.replace(BENCH_ANCHOR, '') : line;
      const m = pattern.exec(scrubbed);
      if (m)
        found.push({ at: `${path}:${i + 1}`, cite: m[0].trim(), problem: `outside the repository: ${fix}` });
    });
  }
  if (path.endsWith('.md')) {
    for (const { target, n } of markdownLinks(text)) {
      if (/^[a-z][a-z+.-]*:/i.test(target)) continue; // https:, mailto:
      const resolved = target.startsWith('#')
        ? `${path}${target}`
        : normalize(join(dirname(path), decodeURI(target)))
            .split(sep)
            .join('/');
      if (resolved.startsWith('..')) {
        found.push({ at: `${path}:${n}`, cite: target, problem: 'points outside the repository' });
        continue;
      }
      const problem = problemOf(resolved);
      if (problem) found.push({ at: `${path}:${n}`, cite: target, problem });
    }
  }
  const prose = /\.(md|ya?ml|json)$/.test(path)
    ? [{ text, line: 1 }]
    : codeTexts(path, text, path.startsWith('src/'));
  for (const part of prose) {
    for (const { target, n } of pathsIn(part.text)) {
      if (PLACEHOLDER.test(target)) continue;
      const problem = problemOf(target);
      if (problem) found.push({ at: `${path}:${part.line + n - 1}`, cite: target, problem });
    }
  }
  return found;
}

const show = (f: Finding) => `${f.at}: ${f.cite}: ${f.problem}`;

describe('references resolve inside the repository', () => {
  const scanned = SCANNED.flatMap(files);

  it('scans the docs, the code, the tests, the benchmarks and the scripts', () => {
    expect(scanned).toContain('README.md');
    expect(scanned).toContain('docs/architecture.md');
    expect(scanned.filter((f) => f.startsWith('src/')).length).toBeGreaterThan(50);
    expect(scanned.filter((f) => f.startsWith('tests/fixtures/')).length).toBe(0);
  });

  it('every link, path and section cited exists, and nothing cites a document outside', () => {
    expect([...new Set(scanned.flatMap(check).map(show))]).toEqual([]);
  });
});

describe('the reference checker', () => {
  it('computes GitHub heading ids', () => {
    expect(slug('Selections: `--tables` and `--all`')).toBe('selections---tables-and---all');
    expect(slug('`environments.<name>.restEndpoint`')).toBe('environmentsnamerestendpoint');
    expect(slug('The path of a pull request')).toBe('the-path-of-a-pull-request');
    expect(slug('`report: no table named <table>; did you mean <name>?`')).toBe(
      'report-no-table-named-table-did-you-mean-name',
    );
    expect(slug('Add a step kind to the planner')).toBe('add-a-step-kind-to-the-planner');
    expect(slug('Émulateur: café_1 ✓')).toBe('émulateur-café_1-');
    expect([...anchorsOf('# A\n## B\n## B\n```\n# not a heading\n```\n')]).toEqual(['a', 'b', 'b-1']);
  });

  it('finds links outside code, and paths with their anchors', () => {
    const md = 'See [x](docs/a.md#b) and `[y](no.md)`.\n```\n[z](c.md)\n```\n[w](#local)';
    expect(markdownLinks(md).map((l) => l.target)).toEqual(['docs/a.md#b', '#local']);
    const code = [
      '// see docs/planning.md#status-sources.',
      "import x from '../../src/a.js'; // not a repository path",
      '/** sql-scripts/ddl.x.sql is a table folder file */',
      '`src/project/<name>.ts` is a pattern',
      'README.md, then docs/',
    ].join('\n');
    expect(pathsIn(code).map((p) => p.target)).toEqual([
      'docs/planning.md#status-sources',
      'README.md',
      'docs/',
    ]);
  });

  it('fails on a missing file, a missing section and a citation of the spec or the research notes', () => {
    const problems = (text: string, path = 'docs/x.md') => {
      const found: string[] = [];
      for (const { target } of markdownLinks(text))
        found.push(`${target}: ${problemOf(join('docs', target)) ?? 'ok'}`);
      for (const { target } of pathsIn(text)) found.push(`${target}: ${problemOf(target) ?? 'ok'}`);
      for (const [pattern] of OUTSIDE) {
        const line = path.startsWith('bench/') ? text.replace(BENCH_ANCHOR, '') : text;
        if (pattern.test(line)) found.push(`outside: ${pattern.source}`);
      }
      return found;
    };
    expect(problems('[a](planning.md#no-such-section)')).toEqual([
      'planning.md#no-such-section: no heading with id #no-such-section',
    ]);
    expect(problems('[a](planning.md#status-sources)')).toEqual(['planning.md#status-sources: ok']);
    expect(problems('see docs/nope.md')).toEqual(['docs/nope.md: no such file']);
    expect(problems('as DESIGN §7 says')).toHaveLength(1);
    expect(problems('(research §3.3)')).toHaveLength(1);
    expect(problems('research/confluent_flink_api.md §1.9').length).toBeGreaterThanOrEqual(2);
    expect(problems("readFileSync('../shared/DESIGN.md')").length).toBeGreaterThanOrEqual(1);
    expect(problems("join(ROOT, '../shared/anchor/run.py')", 'bench/run.mjs')).toEqual([]);
    expect(problems("join(ROOT, '../shared/anchor/run.py')", 'src/x.ts')).toHaveLength(1);
    expect(problems("join(ROOT, '../shared/research/x.md')", 'bench/run.mjs').length).toBeGreaterThanOrEqual(
      1,
    );
  });
});
