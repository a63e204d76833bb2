import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SQL_CASES } from '../sql/cases.js';
import { runCli } from '../helpers/repo.js';

interface FileResult {
  file: string;
  sinks: string[];
  sources: string[];
  stateful: boolean | null;
  reasons: { construct: string; line: number }[];
  statements: { kind: string }[];
  fingerprint: string;
}

// The oracle of tests/sql/cases.ts, through the shipped bundle: one file per case, one run.
describe('node dist/cli.js analyze on the oracle cases', () => {
  let dir: string;
  const results = new Map<string, FileResult>();
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'fp-analyze-'));
    const files = SQL_CASES.map((c, i) => {
      const file = join(dir, `case-${String(i).padStart(3, '0')}.sql`);
      writeFileSync(file, c.sql);
      return file;
    });
    const r = runCli(dir, 'analyze', ...files, '--format', 'json');
    expect(r.stderr).toBe('');
    for (const res of JSON.parse(r.stdout) as FileResult[]) results.set(res.file, res);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test(`returns one result per file for all ${SQL_CASES.length} cases`, () => {
    expect(results.size).toBe(SQL_CASES.length);
    expect(SQL_CASES.length).toBeGreaterThanOrEqual(60);
  });

  test.each(SQL_CASES.map((c, i) => [c.name, i] as const))('%s', (_name, i) => {
    const c = SQL_CASES[i];
    const r = results.get(join(dir, `case-${String(i).padStart(3, '0')}.sql`))!;
    expect({
      kinds: r.statements.map((s) => s.kind),
      sinks: r.sinks,
      sources: r.sources,
      stateful: r.stateful,
      reasons: r.reasons.map((x) => ({ construct: x.construct, line: x.line })),
    }).toEqual({
      kinds: c.kinds,
      sinks: c.sinks,
      sources: c.sources,
      stateful: c.stateful,
      reasons: c.reasons,
    });
    expect(r.fingerprint).toMatch(/^[0-9a-f]{64}$/);
  });
});

// The config's scalarFunctions apply to analyze as they do to inventory and plan.
describe('node dist/cli.js analyze with scalarFunctions in flink-pipeline.yaml', () => {
  let dir: string;
  const SQL = [
    'CREATE TEMPORARY VIEW masked AS SELECT mask_email(email) AS email FROM users;',
    'INSERT INTO out1 SELECT mask_email(email) FROM users;',
    'INSERT INTO out2 SELECT email FROM masked;',
    'INSERT INTO out3 SELECT id, COUNT(*) FROM users GROUP BY id;',
    '',
  ].join('\n');
  const analyse = () => {
    const r = runCli(dir, 'analyze', 'q.sql', '--format', 'json');
    expect(r.stderr).toBe('');
    const res = JSON.parse(r.stdout) as Omit<FileResult, 'statements'> & {
      statements: { stateful: boolean | null }[];
    };
    return {
      stateful: res.stateful,
      statements: res.statements.map((s) => s.stateful),
      reasons: res.reasons.length,
    };
  };
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'fp-analyze-scalar-'));
    writeFileSync(join(dir, 'q.sql'), SQL);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('without the config, calls of an unknown function in an aggregate position are stateful', () => {
    expect(analyse()).toEqual({ stateful: true, statements: [true, true, true, true], reasons: 4 });
  });

  test('declared scalar, they are not, through a view too; other state stays', () => {
    writeFileSync(join(dir, 'flink-pipeline.yaml'), 'scalarFunctions: [MASK_EMAIL]\n');
    expect(analyse()).toEqual({ stateful: true, statements: [false, false, false, true], reasons: 1 });
    rmSync(join(dir, 'flink-pipeline.yaml'));
  });
});
