/**
 * `AnalyzedStatement.ddl` is read from the text again when first asked for (src/sql/lazy-ddl.ts).
 * These tests hold it to what reading it during the analysis gives, over every SQL text the
 * suite knows and thousands of hostile edits of them, and check that the property behaves like
 * the plain data property it stands for.
 */
import { describe, expect, test } from '@jest/globals';
import { analyzeSql } from '../../src/sql/analyze.js';
import { optionValues, parseOptions } from '../../src/sql/ddl.js';
import { tokenize, tokenizeRange } from '../../src/sql/lexer.js';
import { splitStatements } from '../../src/sql/split.js';
import { readTableDdl } from '../../src/sql/table-clauses.js';
import { TokenList } from '../../src/sql/tokenlist.js';
import { isPunct, isWord, matchParens } from '../../src/sql/tokens.js';
import type { AnalyzedStatement, SqlAnalysis, TableDdl } from '../../src/sql/types.js';
import { hostileVariants, sqlCorpus } from './sql-corpus.js';

const corpus = sqlCorpus();
const hostile = hostileVariants(
  corpus.filter((t) => /create\s/i.test(t)),
  Number(process.env.SQL_HOSTILE_VARIANTS ?? 3000),
);
const texts = [...corpus, ...hostile];

/** The whole text's tokens, copied out of the lexer's shared list. */
function lexAll(text: string): TokenList {
  const all = new TokenList(16);
  const t = tokenize(text, []);
  all.copyWithoutHints(t, 0, 0);
  for (let i = 0; i < t.count; i++)
    all.push(t.kinds[i], t.starts[i], t.ends[i], t.lines[i], t.words[i], t.flags[i]);
  return all;
}

/** The statements' tokens as the analysis sees them: hints removed, parentheses paired. */
function statementViews(text: string): { view: TokenList; match: Int32Array }[] {
  const all = lexAll(text);
  return splitStatements(all).map((span) => {
    const view = new TokenList(16);
    view.copyWithoutHints(all, span.start, span.end);
    return { view, match: matchParens(view, []) };
  });
}

/** Each statement's TableDdl read from the analysis's own tokens, as the analysis once did. */
function eagerDdls(text: string, a: SqlAnalysis): (TableDdl | undefined)[] {
  const views = statementViews(text);
  return a.statements.map((s, k) => {
    if (!Object.prototype.hasOwnProperty.call(s, 'ddl')) return undefined;
    const { view, match } = views[k];
    const name = s.sinkRefs[0];
    let i = 0;
    while (i < view.count && view.starts[i] < name.offset + name.length) i++;
    return readTableDdl(view, i, view.count, match);
  });
}

function hasDdl(a: SqlAnalysis): boolean {
  return a.statements.some((s) => Object.prototype.hasOwnProperty.call(s, 'ddl'));
}

describe('tokenizeRange', () => {
  test('started at any token with its line, it finds the whole-text tokens up to any later token', () => {
    let seed = 3;
    const next = (n: number) => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed % n;
    };
    const part = new TokenList(16);
    let spans = 0;
    for (const text of texts) {
      const all = lexAll(text);
      if (all.count === 0) continue;
      for (let k = 0; k < 3; k++) {
        const a = next(all.count);
        const b = a + next(all.count - a);
        tokenizeRange(part, text, all.starts[a], all.ends[b], all.lines[a], []);
        const want = [];
        const got = [];
        for (let i = a; i <= b; i++) {
          want.push([all.kinds[i], all.flags[i], all.words[i], all.starts[i], all.ends[i], all.lines[i]]);
        }
        for (let i = 0; i < part.count; i++) {
          got.push([
            part.kinds[i],
            part.flags[i],
            part.words[i],
            part.starts[i],
            part.ends[i],
            part.lines[i],
          ]);
        }
        if (JSON.stringify(got) !== JSON.stringify(want))
          expect({ text, a, b, got }).toEqual({ text, a, b, got: want });
        spans++;
      }
    }
    expect(spans).toBeGreaterThan(5000);
  });
});

describe('ddl read when asked for', () => {
  test('equals the reading of the analysis tokens, for every CREATE in the corpus and hostile edits', () => {
    let compared = 0;
    for (const text of texts) {
      const a = analyzeSql(text);
      const want = eagerDdls(text, a);
      const got = a.statements.map((s) => s.ddl);
      if (JSON.stringify(got) !== JSON.stringify(want)) expect({ text, got }).toEqual({ text, got: want });
      compared += want.filter((d) => d !== undefined).length;
    }
    expect(compared).toBeGreaterThan(2000);
  });

  test('the analysis serialises to the same JSON as with the ddl read eagerly, issues included', () => {
    for (const text of texts) {
      const lazy = analyzeSql(text);
      if (!hasDdl(lazy)) continue;
      const issuesBefore = JSON.stringify(lazy.issues);
      const eager = analyzeSql(text);
      eagerDdls(text, eager).forEach((ddl, k) => {
        if (ddl !== undefined) {
          Object.defineProperty(eager.statements[k], 'ddl', {
            value: ddl,
            writable: true,
            enumerable: true,
            configurable: true,
          });
        }
      });
      const json = JSON.stringify(lazy);
      if (json !== JSON.stringify(eager))
        expect({ text, json }).toEqual({ text, json: JSON.stringify(eager) });
      expect(JSON.stringify(lazy.issues)).toBe(issuesBefore);
    }
  });

  test('optionValues gives what parseOptions gives for its keys, in every WITH list', () => {
    let lists = 0;
    for (const text of texts) {
      for (const { view, match } of statementViews(text)) {
        for (let i = 0; i < view.count; i++) {
          if (!(isWord(view, i, 'WITH') && isPunct(view, i + 1, '('))) continue;
          const { options, keys } = parseOptions(view, i + 1, match);
          for (const key of ['changelog.mode', ...keys.keys()]) {
            if (key === '__proto__') continue; // an object literal cannot hold it as a key
            const at = keys.get(key);
            const want = at && Object.hasOwn(options, key) ? { value: options[key], ...at } : undefined;
            expect(optionValues(view, i + 1, match, [key])[key]).toEqual(want);
          }
          lists++;
        }
      }
    }
    expect(lists).toBeGreaterThan(1000);
  });
});

const DDL = `CREATE TABLE orders (
  id STRING NOT NULL,
  /*+ a hint */ amount DECIMAL(10, 2),
  PRIMARY KEY (id) NOT ENFORCED
) DISTRIBUTED BY HASH(id) INTO 4 BUCKETS WITH ('changelog.mode' = 'upsert', 'value.format' = 'avro');
SET 'a' = 'b';`;

const ORDERS_DDL: TableDdl = {
  columns: [
    { name: 'id', type: 'STRING', nullable: false, kind: 'physical' },
    { name: 'amount', type: 'DECIMAL(10, 2)', nullable: true, kind: 'physical' },
  ],
  primaryKey: ['id'],
  distribution: { columns: ['id'], buckets: 4 },
  watermark: null,
  options: { 'changelog.mode': 'upsert', 'value.format': 'avro' },
};

function orders(): AnalyzedStatement {
  return analyzeSql(DDL).statements[0];
}

describe('the ddl property behaves as a plain data property', () => {
  test('keys keep their order; JSON, spreading, structuredClone and toEqual see the value', () => {
    const s = orders();
    expect(Object.keys(s)).toEqual([
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
      'ddl',
      'changelog',
    ]);
    expect(JSON.parse(JSON.stringify(s)).ddl).toEqual(ORDERS_DDL);
    expect(Object.getOwnPropertyDescriptor({ ...orders() }, 'ddl')?.value).toEqual(ORDERS_DDL);
    const cloned = structuredClone(orders());
    expect(Object.getOwnPropertyDescriptor(cloned, 'ddl')?.value).toEqual(ORDERS_DDL);
    expect(orders()).toEqual({ ...orders() });
    expect(orders()).toStrictEqual(JSON.parse(JSON.stringify(orders())));
    expect(s.reasons).toEqual([{ construct: "changelog.mode 'upsert'", line: 5 }]);
  });

  test('the first read leaves a data property, and later reads give the same object', () => {
    const s = orders();
    const first = s.ddl;
    expect(first).toEqual(ORDERS_DDL);
    expect(s.ddl).toBe(first);
    expect(Object.getOwnPropertyDescriptor(s, 'ddl')).toEqual({
      value: first,
      writable: true,
      enumerable: true,
      configurable: true,
    });
  });

  test('assignment, delete, inheritance and freezing work as on a data property', () => {
    const assigned = orders();
    const other = { ...ORDERS_DDL, primaryKey: [] };
    assigned.ddl = other;
    expect(assigned.ddl).toBe(other);
    expect(Object.keys(assigned)).toEqual(Object.keys(orders()));

    const deleted = orders();
    delete deleted.ddl;
    expect('ddl' in deleted).toBe(false);

    const parent = orders();
    const child = Object.create(parent) as AnalyzedStatement;
    expect(child.ddl).toEqual(ORDERS_DDL);
    expect(child.ddl).toBe(parent.ddl);
    expect(Object.prototype.hasOwnProperty.call(child, 'ddl')).toBe(false);

    const frozen = Object.freeze(orders());
    expect(frozen.ddl).toEqual(ORDERS_DDL);
    expect(frozen.ddl).toBe(frozen.ddl);
  });

  test('a ddl read after other texts were analysed is that of its own text', () => {
    const early = analyzeSql(DDL);
    for (const text of corpus.slice(0, 50)) analyzeSql(text);
    expect(early.statements[0].ddl).toEqual(ORDERS_DDL);
  });

  test('statements without a table have no ddl key, a table without clauses an empty ddl', () => {
    const a = analyzeSql('CREATE TABLE t;\nINSERT INTO t SELECT 1;\nCREATE TABLE u AS SELECT * FROM t;');
    expect(a.statements.map((s) => 'ddl' in s)).toEqual([true, false, true]);
    const empty = { columns: [], primaryKey: [], distribution: null, watermark: null, options: {} };
    expect(a.statements[0].ddl).toEqual(empty);
    expect(a.statements[2].ddl).toEqual(empty);
  });
});
