import { afterEach, describe, expect, test } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parse } from 'yaml';
import { createRandom } from '../../src/emulator/prng.js';
import { buildProject } from '../../src/project/build.js';
import type { TableFolder } from '../../src/project/model.js';
import { externalPatterns } from '../../src/project/undeclared.js';
import { globMatcher } from '../../src/util/text.js';
import { runCli } from '../helpers/repo.js';

function table(name: string, reads: string[]): TableFolder {
  const base = `pipelines/facts/p/${name}`;
  return {
    folder: base,
    ddl: { path: `${base}/sql-scripts/ddl.${name}.sql`, text: `CREATE TABLE ${name} (id INT);\n` },
    dml: {
      path: `${base}/sql-scripts/dml.${name}.sql`,
      text: `INSERT INTO ${name}\nSELECT id FROM ${reads.join('\nUNION ALL SELECT id FROM ')};\n`,
    },
  };
}

describe('undeclared external tables', () => {
  const MSG =
    'is not defined under pipelines/ nor declared external; it is treated as an external table. If it is a raw topic, list it in externalTables in flink-pipeline.yaml.';
  const few = [
    table('src_orders', ['topic_orders', 'topic_payments']),
    table('src_payments', ['topic_payments', 'legacy.audit_log']),
    table('fct_orders', ['src_order', 'src_payments']),
  ];
  const folders = [
    table('src_orders', ['topic_orders', 'topic_payments', 'topic_refunds', 'topic_returns']),
    table('src_payments', ['topic_payments', 'legacy.audit_log', 'legacy.audit_trail']),
    table('fct_orders', ['src_order', 'src_payments']),
  ];
  const shown = (p: ReturnType<typeof buildProject>, code: string) =>
    p.diagnostics
      .filter((d) => d.code === code)
      .map((d) => `${d.severity} ${d.file ?? ''}:${d.line ?? ''} ${d.message}`);

  test('a few: one warning each at the first read, typos with their suggestion, no summary', () => {
    const p = buildProject({ pipelinesDir: 'pipelines', folders: few });
    expect(shown(p, 'undeclared-external')).toEqual([
      `warning pipelines/facts/p/src_orders/sql-scripts/dml.src_orders.sql:2 \`topic_orders\` ${MSG}`,
      `warning pipelines/facts/p/src_orders/sql-scripts/dml.src_orders.sql:3 \`topic_payments\` ${MSG}`,
      `warning pipelines/facts/p/src_payments/sql-scripts/dml.src_payments.sql:3 \`legacy.audit_log\` ${MSG}`,
    ]);
    expect(shown(p, 'undeclared-externals')).toEqual([]);
    expect(p.diagnostics.filter((d) => d.code === 'unknown-table').map((d) => d.message)).toEqual([
      '`src_order` is not defined under pipelines/ and is treated as an external table; did you mean `src_orders`? If it is a raw topic, list it in externalTables in flink-pipeline.yaml.',
    ]);
  });

  test('more than five: one summary warning, one notice per table; typos still named one by one', () => {
    const p = buildProject({ pipelinesDir: 'pipelines', folders });
    expect(shown(p, 'undeclared-externals')).toEqual([
      'warning : 6 tables are read but neither defined under pipelines/ nor declared external: `legacy.audit_log`, ' +
        '`legacy.audit_trail`, `topic_orders`, `topic_payments`, `topic_refunds` and 1 more; they are treated as external ' +
        "tables. To declare them, add to flink-pipeline.yaml: externalTables: ['topic_*', 'audit_*'] " +
        '(--verbose lists each with its file and line)',
    ]);
    expect(shown(p, 'undeclared-external')).toHaveLength(6);
    expect(
      p.diagnostics.filter((d) => d.code === 'undeclared-external').every((d) => d.severity === 'notice'),
    ).toBe(true);
    expect(shown(p, 'unknown-table')).toHaveLength(1);
  });

  test('the suggested config line declares every such table and hides no typo (random projects)', () => {
    const rnd = createRandom(3);
    const words = ['raw', 'cdc', 'src', 'int', 'orders', 'audit', 'x', 'log', 'v2'];
    const seps = ['_', '.', '-', '_'];
    const name = () => {
      let s = words[rnd.int(0, words.length - 1)];
      for (let k = rnd.int(0, 3); k > 0; k--) s += seps[rnd.int(0, 3)] + words[rnd.int(0, words.length - 1)];
      return s.replace(/\./g, '_');
    };
    for (let round = 0; round < 60; round++) {
      const defined = [...new Set(Array.from({ length: rnd.int(1, 12) }, name))];
      const read = [...new Set(Array.from({ length: rnd.int(1, 30) }, name))].filter(
        (n) => !defined.includes(n),
      );
      const patterns = externalPatterns(read, defined);
      const matches = globMatcher(patterns);
      for (const n of read) expect([n, matches(n)]).toEqual([n, true]);
      for (const d of defined) expect([d, matches(d)]).toEqual([d, false]);
      // The line parses as YAML to exactly these patterns.
      expect(parse(`externalTables: [${patterns.map((p) => `'${p}'`).join(', ')}]`)).toEqual({
        externalTables: patterns,
      });
    }
  });

  test('with the suggested line in the config, the warning is gone', () => {
    const before = buildProject({ pipelinesDir: 'pipelines', folders });
    const line = before.diagnostics.find((d) => d.code === 'undeclared-externals')!.message;
    const config = parse(/(externalTables: \[.*\])/.exec(line)![1]) as { externalTables: string[] };
    const after = buildProject({ pipelinesDir: 'pipelines', folders, ...config });
    expect(after.diagnostics.map((d) => d.code)).toEqual(['unknown-table']);
  });

  test('many names: the count, the first five and a short line', () => {
    const many = Array.from({ length: 2000 }, (_, i) => `cdc_topic_${String(i).padStart(4, '0')}`);
    const p = buildProject({ pipelinesDir: 'pipelines', folders: [table('t', many)] });
    const summary = p.diagnostics.find((d) => d.code === 'undeclared-externals')!;
    expect(summary.message).toBe(
      '2,000 tables are read but neither defined under pipelines/ nor declared external: `cdc_topic_0000`, ' +
        '`cdc_topic_0001`, `cdc_topic_0002`, `cdc_topic_0003`, `cdc_topic_0004` and 1,995 more; they are treated ' +
        "as external tables. To declare them, add to flink-pipeline.yaml: externalTables: ['cdc_*'] " +
        '(--verbose lists each with its file and line)',
    );
    expect(p.diagnostics.filter((d) => d.code === 'undeclared-external')).toHaveLength(2000);
  });
});

describe('undeclared external tables on the command line', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });

  function repo(): string {
    const dir = mkdtempSync(join(tmpdir(), 'fp-undeclared-'));
    dirs.push(dir);
    mkdirSync(join(dir, '.git'));
    const reads = Array.from({ length: 40 }, (_, i) => `cdc_t${i}`);
    for (const f of [table('src_a', reads), table('src_b', ['src_aa'])]) {
      for (const file of [f.ddl!, f.dml!]) {
        mkdirSync(dirname(join(dir, file.path)), { recursive: true });
        writeFileSync(join(dir, file.path), file.text);
      }
    }
    return dir;
  }

  test('one line by default; every reference with --verbose; all of them in the JSON output', () => {
    const dir = repo();
    const plain = runCli(dir, 'inventory');
    expect(plain.status).toBe(0);
    expect(plain.stderr.trim().split('\n')).toEqual([
      'warning: 40 tables are read but neither defined under pipelines/ nor declared external: `cdc_t0`, `cdc_t1`, ' +
        "`cdc_t10`, `cdc_t11`, `cdc_t12` and 35 more; they are treated as external tables. To declare them, add to flink-pipeline.yaml: externalTables: ['cdc_*'] (--verbose lists each with its file and line)",
      'pipelines/facts/p/src_b/sql-scripts/dml.src_b.sql:2: warning: `src_aa` is not defined under pipelines/ and is treated as an external table; did you mean `src_a`? If it is a raw topic, list it in externalTables in flink-pipeline.yaml.',
    ]);
    const verbose = runCli(dir, 'inventory', '--check', '--verbose');
    const lines = verbose.stderr.trim().split('\n');
    expect(lines).toHaveLength(42);
    expect(lines).toContain(
      'pipelines/facts/p/src_a/sql-scripts/dml.src_a.sql:41: notice: `cdc_t39` is not defined under pipelines/ nor declared external; it is treated as an external table. If it is a raw topic, list it in externalTables in flink-pipeline.yaml.',
    );
    const json = runCli(dir, 'inventory', '--check', '--format', 'json');
    const out = JSON.parse(json.stdout) as { diagnostics: { code: string }[] };
    expect(out.diagnostics.filter((d) => d.code === 'undeclared-external')).toHaveLength(40);
    expect(out.diagnostics.filter((d) => d.code === 'undeclared-externals')).toHaveLength(1);
  });
});
