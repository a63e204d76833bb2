/**
 * The analyzer on the real-world corpus (README.md beside this file): every statement of
 * every excerpt must get the sinks, sources, kind and statefulness its expectation gives.
 * Expectations were derived from Apache Flink's planner or from the documentation, never
 * from the analyzer.
 */
import { describe, expect, test } from '@jest/globals';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeSql } from '../../src/sql/analyze.js';

const HERE = dirname(fileURLToPath(import.meta.url));
const SQL = join(HERE, 'sql');

interface Expected {
  line: number;
  kind: string;
  sinks: string[];
  sources: string[];
  views?: string[];
  stateful: boolean | null;
  stricter?: string;
  state?: string;
  derived: 'planner' | 'hand' | 'syntax';
}

const expectations = JSON.parse(readFileSync(join(HERE, 'expectations.json'), 'utf8')) as {
  version: number;
  files: Record<string, { statements: Expected[] }>;
};

function sqlFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) sqlFiles(path, out);
    else if (name.endsWith('.sql')) out.push(relative(SQL, path).split('\\').join('/'));
  }
  return out;
}

const files = sqlFiles(SQL);
const all = Object.values(expectations.files).flatMap((f) => f.statements);

describe('real-world corpus', () => {
  test('every file has expectations and every expectation a file; the corpus has its size', () => {
    expect(Object.keys(expectations.files).sort()).toEqual(files);
    expect(files.length).toBeGreaterThanOrEqual(50);
    expect(all.length).toBeGreaterThanOrEqual(140);
    // Flink 2.x and Confluent Cloud syntax are in it.
    const text = files.map((f) => readFileSync(join(SQL, f), 'utf8')).join('\n');
    for (const construct of [
      /FROM \w+\(\s*input => TABLE/i,
      /CREATE OR ALTER MATERIALIZED TABLE/i,
      /ALTER MATERIALIZED TABLE \w+\s+AS/i,
      /ML_PREDICT/,
      /VECTOR_SEARCH\(/,
      /KEY_SEARCH_AGG/,
      /FROM_CHANGELOG/,
    ]) {
      expect(text).toMatch(construct);
    }
  });

  test('every source file names its repository, path and commit, and SOURCES.md lists it', () => {
    const sources = readFileSync(join(HERE, 'SOURCES.md'), 'utf8');
    for (const f of files) {
      const head = readFileSync(join(SQL, f), 'utf8').split('\n').slice(0, 3).join('\n');
      if (f.startsWith('written/'))
        expect([f, head]).toEqual([f, expect.stringContaining('Written for this corpus')]);
      else
        expect([f, head]).toEqual([f, expect.stringMatching(/Excerpt of \S+\/\S+ \S+[\s\S]*[0-9a-f]{40}/)]);
      expect(sources).toContain(`sql/${f}`);
    }
  });

  test.each(files)('%s', (file) => {
    const a = analyzeSql(readFileSync(join(SQL, file), 'utf8'));
    const got = a.statements.map((s) => ({
      line: s.startLine,
      kind: s.kind,
      sinks: s.sinks,
      sources: s.sources,
      stateful: s.stateful,
    }));
    const want = expectations.files[file].statements.map((e) => ({
      line: e.line,
      kind: e.kind,
      sinks: e.sinks,
      sources: e.sources,
      stateful: e.stateful,
    }));
    expect(got).toEqual(want);
    // A stateful verdict always says why.
    for (const s of a.statements) if (s.stateful) expect(s.reasons.length).toBeGreaterThan(0);
  });

  test('expectations are consistent: stricter only on stateful verdicts, views among the sources', () => {
    for (const e of all) {
      if (e.stricter !== undefined) expect(e.stateful).toBe(true);
      for (const v of e.views ?? []) expect(e.sources).toContain(v);
      expect(['planner', 'hand', 'syntax']).toContain(e.derived);
      if (e.derived === 'syntax') expect(e.state).toBeUndefined();
      else expect(typeof e.state).toBe('string');
    }
  });
});
