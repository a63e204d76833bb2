/**
 * SQL texts for the analyser's self-comparisons: the oracle cases, generated files, the
 * fixture and demo files, and hostile edits of them (unbalanced brackets, cut strings and
 * comments, hints in odd places, clauses out of order). Deterministic.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../helpers/repo.js';
import { generateFiles } from './big-input.js';
import { SQL_CASES } from './cases.js';

function sqlFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) sqlFiles(path, out);
    else if (name.endsWith('.sql')) out.push(path);
  }
  return out;
}

/** Pieces that DDL parsing and the lexer treat specially. */
const FRAGMENTS = [
  '(', ')', ',', ';', '.', '<', '>', ' <> ', ' = ', "'", '`', '"', '--', '\n', '\r\n', ' /*', '*/',
  "/*+ OPTIONS('a'='b') */", '/*+ x', ' ${x} ', ' {{ y }} ', ' ? ', ' 1e5 ', ' .5 ', ' 12abc ', ' é ', ' $rowtime ',
  ' `x``y` ', " 'a''b' ", ' CONSTRAINT ', ' PRIMARY KEY ', ' PRIMARY KEY (a) NOT ENFORCED ', ' NOT NULL ',
  ' WATERMARK FOR ', ' AS ', ' FOR ', ' PERIOD ', ' METADATA ', ' VIRTUAL ', ' COMMENT ', ' ROW<', ' ARRAY<',
  ' MAP<', ' WITH (', " 'changelog.mode' = 'upsert' ", " 'changelog.mode' = 'Retract', ", ' changelog.mode = append ',
  ' LIKE src ', ' LIKE `a`.`b` (EXCLUDING ALL) ', ' AS SELECT a FROM t ', ' DISTRIBUTED BY ', ' DISTRIBUTED BY HASH(a) ',
  ' INTO 4 BUCKETS ', ' DISTRIBUTED INTO 3 BUCKETS ', ' PARTITIONED BY (a) ', ' EXECUTE STATEMENT SET BEGIN ', ' END ',
  ' CREATE TABLE ', ' CREATE TABLE t (', ' CREATE MATERIALIZED TABLE m ', ' IF NOT EXISTS ',
]; // prettier-ignore

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

/** `count` hostile variants of `bases`: each takes one to four random insertions, deletions, cuts or copies. */
export function hostileVariants(bases: readonly string[], count: number, seed = 1): string[] {
  const r = rng(seed);
  const pick = (n: number) => Math.floor(r() * n);
  const out: string[] = [];
  for (let k = 0; k < count; k++) {
    let t = bases[pick(bases.length)].slice(0, 4000);
    for (let m = 1 + pick(4); m > 0; m--) {
      const at = pick(t.length + 1);
      const op = r();
      if (op < 0.45) t = t.slice(0, at) + FRAGMENTS[pick(FRAGMENTS.length)] + t.slice(at);
      else if (op < 0.75) t = t.slice(0, at) + t.slice(at + 1 + pick(12));
      else if (op < 0.85) t = t.slice(0, at);
      else if (op < 0.95) t = t.slice(at);
      else {
        const from = pick(t.length);
        t = t.slice(0, at) + t.slice(from, from + 40) + t.slice(at);
      }
    }
    out.push(t);
  }
  return out;
}

/** The cases, generated files, and every `.sql` file in the test fixtures, the real-world corpus and the demo. */
export function sqlCorpus(): string[] {
  const files = [join(ROOT, 'tests', 'fixtures'), join(ROOT, 'tests', 'corpus'), join(ROOT, 'demo')].flatMap(
    (d) => sqlFiles(d),
  );
  return [
    ...SQL_CASES.map((c) => c.sql),
    ...generateFiles(60, 5).map((f) => f.sql),
    ...files.map((f) => readFileSync(f, 'utf8')),
  ];
}
