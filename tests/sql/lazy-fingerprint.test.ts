/**
 * Fingerprints are computed from the text again when first asked for (src/sql/lazy-fingerprint.ts).
 * They name and label deployed statements, so these tests hold them to the values the
 * analysis computed while it walked the text: pinned digests, the eager computation over every
 * SQL text the suite knows and thousands of hostile edits, in any order of reading; and check
 * that the properties behave like the plain data properties they stand for.
 */
import { describe, expect, test } from '@jest/globals';
import { classifyChanges } from '../../src/change/classify.js';
import type { FileChange } from '../../src/change/types.js';
import { buildProject } from '../../src/project/build.js';
import type { Project } from '../../src/project/model.js';
import { analyzeSql } from '../../src/sql/analyze.js';
import { fingerprintTokens, sha256 } from '../../src/sql/fingerprint.js';
import { tokenize } from '../../src/sql/lexer.js';
import { splitStatements } from '../../src/sql/split.js';
import type { SqlAnalysis } from '../../src/sql/types.js';
import { hostileVariants, sqlCorpus } from './sql-corpus.js';

const corpus = sqlCorpus();
const edge = [
  '',
  ';',
  ';;\n;',
  'a\ud800',
  '\udc00;',
  'SELECT 1; \ud83d',
  "SELECT '\ud83d\ude00' AS x; -- \ud800",
  'EXECUTE STATEMENT SET BEGIN INSERT INTO a SELECT 1; END; SELECT 2',
  'BEGIN STATEMENT SET; INSERT INTO a SELECT 1; END',
  "INSERT INTO t /*+ OPTIONS('a'   =\n'b') */ SELECT count(*) FROM s /* unterminated",
];
const texts = [
  ...corpus,
  ...edge,
  ...hostileVariants(corpus, Number(process.env.SQL_HOSTILE_VARIANTS ?? 3000), 5),
];

interface Fingerprints {
  analysis: string;
  statements: string[];
}

/** The fingerprints as the analysis computed them while it walked the whole text's tokens. */
function eager(text: string): Fingerprints {
  const all = tokenize(text, []);
  const statements = splitStatements(all).map((s) => fingerprintTokens(all, s.start, s.end));
  return { analysis: sha256(statements.join('\n')), statements };
}

function read(a: SqlAnalysis): Fingerprints {
  return { analysis: a.fingerprint, statements: a.statements.map((s) => s.fingerprint) };
}

function isData(o: object): boolean {
  const d = Object.getOwnPropertyDescriptor(o, 'fingerprint');
  return d !== undefined && 'value' in d && d.writable === true && d.enumerable === true;
}

/** Deterministic pseudo-random integers below `n`. */
function dice(seed: number): (n: number) => number {
  let s = seed;
  return (n) => {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    return s % n;
  };
}

describe('fingerprints read when asked for', () => {
  test('keep the values they had when computed during the analysis', () => {
    const pinned: [string, Fingerprints][] = [
      ['', { analysis: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855', statements: [] }],
      [
        "CREATE TABLE orders (\n  id STRING NOT NULL,\n  /*+ a hint */ amount DECIMAL(10, 2),\n  PRIMARY KEY (id) NOT ENFORCED\n) DISTRIBUTED BY HASH(id) INTO 4 BUCKETS WITH ('changelog.mode' = 'upsert', 'value.format' = 'avro');\nSET 'a' = 'b';",
        {
          analysis: '2fdda1dbb8f99424f652d0d4dbed0688c0948ec61025755cde61612f0dc3512d',
          statements: [
            '176be96874cada87388a0e44a6b9e71fd77ff23937e03c9ea749b1a582bf1484',
            '4089d09812026281dd1f5076880098b57d65b5a39649448954ab9faad9a4402e',
          ],
        },
      ],
      [
        "-- orders\ninsert into `sink` select /*+ STATE_TTL('o' = '1d') */ o.id, count(*) as n\nfrom orders o group by o.id;",
        {
          analysis: 'f5804605699a594d885006f1255b852a8df816d69874e4004904a72a8aa81bb0',
          statements: ['e0163fe1c0c9d89303e395878e3df92c74a75550cb2da851f1859e3be58d8fb3'],
        },
      ],
      [
        "EXECUTE STATEMENT SET BEGIN INSERT INTO a SELECT 1; INSERT INTO b SELECT 'é\ud83d\ude00'; END;\nSELECT 1.5e3 FROM t",
        {
          analysis: '62c25504e1b3e087ee17e62e73ee5af4cee014baed79ed6399bdad74b0ea0d65',
          statements: [
            'e7dbd837081f293b47dc73c7446d4a8e28221bcd9b6c32017100d16e93cc2a85',
            '1dfe2546c8201dd7c1ea3588ed5eb20b0d23af0689c176806acffcf24c2969c5',
          ],
        },
      ],
    ];
    for (const [text, want] of pinned) {
      expect(read(analyzeSql(text))).toEqual(want);
      // First read through a statement, after other texts were analysed.
      const a = analyzeSql(text);
      for (const other of corpus.slice(0, 20)) analyzeSql(other);
      void a.statements.at(-1)?.fingerprint;
      expect(read(a)).toEqual(want);
    }
  });

  test('equal the eager computation over the corpus and hostile edits, whatever is read first', () => {
    const roll = dice(11);
    let statements = 0;
    for (let b = 0; b < texts.length; b += 200) {
      const batch = texts.slice(b, b + 200);
      const analyses = batch.map((t) => analyzeSql(t));
      for (let k = batch.length - 1; k >= 0; k--) {
        const a = analyses[k];
        const n = a.statements.length;
        const how = roll(4);
        if (how === 0 && n > 0) void a.statements[roll(n)].fingerprint;
        else if (how === 1) void a.fingerprint;
        else if (how === 2 && n > 0) void a.statements[roll(n)].ddl;
        const want = eager(batch[k]);
        const got = read(a);
        if (JSON.stringify(got) !== JSON.stringify(want))
          expect({ text: batch[k], got }).toEqual({ text: batch[k], got: want });
        if (!isData(a) || !a.statements.every(isData))
          throw new Error(`not settled: ${JSON.stringify(batch[k])}`);
        statements += n;
      }
    }
    expect(statements).toBeGreaterThan(3000);
  });

  test('the analysis serialises to the same JSON as one holding the values as data', () => {
    for (const text of texts.slice(0, 2000)) {
      const want = eager(text);
      const plain = analyzeSql(text);
      const data = (o: object, value: string) =>
        Object.defineProperty(o, 'fingerprint', {
          value,
          writable: true,
          enumerable: true,
          configurable: true,
        });
      plain.statements.forEach((s, k) => data(s, want.statements[k]));
      data(plain, want.analysis);
      const json = JSON.stringify(analyzeSql(text));
      if (json !== JSON.stringify(plain))
        expect({ text, json }).toEqual({ text, json: JSON.stringify(plain) });
    }
  });
});

const DML = "SET 'sql.state-ttl' = '1d';\nINSERT INTO totals SELECT id, COUNT(*) FROM orders GROUP BY id;";
const WANT = eager(DML);

describe('the fingerprint properties behave as plain data properties', () => {
  test('keys keep their order; JSON, spreading, structuredClone and toEqual see the values', () => {
    const a = analyzeSql(DML);
    expect(Object.keys(a)).toEqual([
      'statements',
      'sinks',
      'sources',
      'stateful',
      'reasons',
      'properties',
      'fingerprint',
      'issues',
    ]);
    expect(Object.keys(a.statements[0])).toEqual([
      'kind',
      'startLine',
      'endLine',
      'sinks',
      'sources',
      'sinkRefs',
      'sourceRefs',
      'stateful',
      'reasons',
      'joins',
      'fingerprint',
      'property',
    ]);
    expect(JSON.parse(JSON.stringify(analyzeSql(DML))).fingerprint).toBe(WANT.analysis);
    expect(Object.getOwnPropertyDescriptor({ ...analyzeSql(DML) }, 'fingerprint')?.value).toBe(WANT.analysis);
    const statement = { ...analyzeSql(DML).statements[1] };
    expect(Object.getOwnPropertyDescriptor(statement, 'fingerprint')?.value).toBe(WANT.statements[1]);
    const cloned = structuredClone(analyzeSql(DML));
    expect(read(cloned)).toEqual(WANT);
    expect(isData(cloned) && cloned.statements.every(isData)).toBe(true);
    expect(analyzeSql(DML)).toEqual(JSON.parse(JSON.stringify(analyzeSql(DML))));
    expect(analyzeSql(DML)).toStrictEqual(JSON.parse(JSON.stringify(analyzeSql(DML))));
  });

  test('the first read leaves data properties on the analysis and all its statements', () => {
    const a = analyzeSql(DML);
    expect(a.statements[1].fingerprint).toBe(WANT.statements[1]);
    expect(isData(a) && a.statements.every(isData)).toBe(true);
    expect(Object.getOwnPropertyDescriptor(a, 'fingerprint')?.value).toBe(WANT.analysis);
    expect(Object.keys(a).indexOf('fingerprint')).toBe(6);
  });

  test('assignment and delete work as on a data property, and leave the other values alone', () => {
    const assigned = analyzeSql(DML);
    assigned.statements[0].fingerprint = 'mine';
    expect(assigned.statements[0].fingerprint).toBe('mine');
    expect(read(assigned)).toEqual({ ...WANT, statements: ['mine', WANT.statements[1]] });
    expect(Object.keys(assigned.statements[0]).indexOf('fingerprint')).toBe(10);

    const ownAnalysis = analyzeSql(DML);
    ownAnalysis.fingerprint = 'x';
    expect(read(ownAnalysis)).toEqual({ ...WANT, analysis: 'x' });

    const deleted = analyzeSql(DML);
    delete (deleted.statements[1] as { fingerprint?: string }).fingerprint;
    expect(deleted.fingerprint).toBe(WANT.analysis);
    expect('fingerprint' in deleted.statements[1]).toBe(false);
    expect(deleted.statements[0].fingerprint).toBe(WANT.statements[0]);
  });

  test('a reordered or replaced statement list does not move the values', () => {
    const a = analyzeSql(DML);
    const [set, insert] = a.statements;
    a.statements = [insert];
    expect(insert.fingerprint).toBe(WANT.statements[1]);
    expect(a.fingerprint).toBe(WANT.analysis);
    expect(set.fingerprint).toBe(WANT.statements[0]);

    const b = analyzeSql(DML);
    b.statements.reverse();
    expect(read(b)).toEqual({ ...WANT, statements: [...WANT.statements].reverse() });
  });

  test('inherited and frozen objects read the values', () => {
    const parent = analyzeSql(DML);
    const child = Object.create(parent) as SqlAnalysis;
    expect(child.fingerprint).toBe(WANT.analysis);
    expect(Object.prototype.hasOwnProperty.call(child, 'fingerprint')).toBe(false);
    expect(isData(parent)).toBe(true);

    const frozen = Object.freeze(analyzeSql(DML));
    Object.freeze(frozen.statements[0]);
    expect(frozen.statements[0].fingerprint).toBe(WANT.statements[0]);
    expect(read(frozen)).toEqual(WANT);
    expect(read(frozen)).toEqual(WANT);
    expect(isData(frozen.statements[1])).toBe(true);
    expect(() => {
      (frozen as { fingerprint: string }).fingerprint = 'x';
    }).toThrow(TypeError);
  });
});

describe('consumers compare the same values', () => {
  const ddl =
    "CREATE TABLE orders (\n  id STRING,\n  PRIMARY KEY (id) NOT ENFORCED\n) WITH ('changelog.mode' = 'append');\n";
  const dml = 'INSERT INTO orders SELECT id FROM raw_orders;\n';
  const texts = new Map<SqlAnalysis, string>();
  const project = (ddlText: string, dmlText: string): Project =>
    buildProject({
      pipelinesDir: 'pipelines',
      folders: [
        {
          folder: 'pipelines/facts/p1/orders',
          ddl: { path: 'pipelines/facts/p1/orders/sql-scripts/ddl.orders.sql', text: ddlText },
          dml: { path: 'pipelines/facts/p1/orders/sql-scripts/dml.orders.sql', text: dmlText },
        },
      ],
      externalTables: ['raw_*'],
      analyze: (f) => {
        const a = analyzeSql(f.text);
        texts.set(a, f.text);
        return a;
      },
    });
  const files: FileChange[] = [
    { status: 'modified', path: 'pipelines/facts/p1/orders/sql-scripts/ddl.orders.sql' },
    { status: 'modified', path: 'pipelines/facts/p1/orders/sql-scripts/dml.orders.sql' },
  ];
  const classify = (base: Project, head: Project) =>
    classifyChanges(base, head, { files, ddlText: (a) => texts.get(a) }).map((c) => `${c.kind}: ${c.detail}`);

  test('a reformatted table is format-only, an edited one is not', () => {
    const base = project(ddl, dml);
    // Other analyses in between: the fingerprints are computed from each file's own text.
    for (const text of corpus.slice(0, 20)) analyzeSql(text);
    const reformatted = project(
      "create table orders (id STRING, -- key\n  primary KEY (id) not enforced) with (\n  'changelog.mode' = 'append'\n)",
      '/* same */ insert  into orders\nselect id from raw_orders',
    );
    expect(classify(base, reformatted)).toEqual([
      'format-only: formatting or comments only; nothing to deploy',
    ]);
    const edited = project(
      ddl.replace("'append'", "'append', 'kafka.retention.time' = '7 d'"),
      'INSERT INTO orders SELECT id FROM raw_orders WHERE id IS NOT NULL;',
    );
    expect(classify(project(ddl, dml), edited)).toEqual([
      'dml: query changed; stateless',
      'ddl-options: option kafka.retention.time: unset → 7 d',
    ]);
  });
});
