import { describe, expect, test } from '@jest/globals';
import { BANG_EQUAL, lex, tokenizeRange, type Token } from '../../src/sql/lexer.js';
import { TokenList } from '../../src/sql/tokenlist.js';

/** Tokens as `[kind, text]` pairs, the shape most assertions need. */
function pairs(sql: string): Array<[string, string]> {
  return lex(sql).tokens.map((t) => [t.kind, t.text]);
}

function plain(t: Token): {
  kind: string;
  text: string;
  value: string;
  offset: number;
  end: number;
  line: number;
} {
  return { kind: t.kind, text: t.text, value: t.value, offset: t.offset, end: t.end, line: t.line };
}

describe('lex: token kinds', () => {
  test('keywords, identifiers, punctuation and numbers', () => {
    expect(pairs('SELECT a, b1 FROM t WHERE x = 10;')).toEqual([
      ['keyword', 'SELECT'],
      ['identifier', 'a'],
      ['punct', ','],
      ['identifier', 'b1'],
      ['keyword', 'FROM'],
      ['identifier', 't'],
      ['keyword', 'WHERE'],
      ['identifier', 'x'],
      ['operator', '='],
      ['number', '10'],
      ['punct', ';'],
    ]);
  });

  test('keywords are recognised in any case and carry the upper-case form', () => {
    const tokens = lex('select Select sElEcT selected').tokens;
    expect(tokens.map((t) => [t.kind, t.up])).toEqual([
      ['keyword', 'SELECT'],
      ['keyword', 'SELECT'],
      ['keyword', 'SELECT'],
      ['identifier', 'SELECTED'],
    ]);
  });

  test('identifiers keep their spelling in text and value, up is upper-cased', () => {
    const [t] = lex('myTable').tokens;
    expect([t.text, t.value, t.up]).toEqual(['myTable', 'myTable', 'MYTABLE']);
  });

  test('$rowtime, identifiers containing $ and non-ASCII letters are identifiers', () => {
    expect(pairs('o.$rowtime a$b straße')).toEqual([
      ['identifier', 'o'],
      ['punct', '.'],
      ['identifier', '$rowtime'],
      ['identifier', 'a$b'],
      ['identifier', 'straße'],
    ]);
  });

  test('a name starting with digits is an identifier, digits alone a number', () => {
    expect(pairs('75_identity 75 1e5 2.5E-3 .5 3.')).toEqual([
      ['identifier', '75_identity'],
      ['number', '75'],
      ['number', '1e5'],
      ['number', '2.5E-3'],
      ['number', '.5'],
      ['number', '3.'],
    ]);
  });

  test('multi-character operators are one token', () => {
    expect(pairs('a => b <> c != d <= e >= f || g :: h -> i < j > k')).toEqual([
      ['identifier', 'a'],
      ['operator', '=>'],
      ['identifier', 'b'],
      ['operator', '<>'],
      ['identifier', 'c'],
      ['operator', '!='],
      ['identifier', 'd'],
      ['operator', '<='],
      ['identifier', 'e'],
      ['operator', '>='],
      ['identifier', 'f'],
      ['operator', '||'],
      ['identifier', 'g'],
      ['operator', '::'],
      ['identifier', 'h'],
      ['operator', '->'],
      ['identifier', 'i'],
      ['operator', '<'],
      ['identifier', 'j'],
      ['operator', '>'],
      ['identifier', 'k'],
    ]);
  });

  test('template placeholders and ? are params', () => {
    expect(pairs("x = ? AND y = ${env} AND z = {{ ref('a') }}")).toEqual([
      ['identifier', 'x'],
      ['operator', '='],
      ['param', '?'],
      ['keyword', 'AND'],
      ['identifier', 'y'],
      ['operator', '='],
      ['param', '${env}'],
      ['keyword', 'AND'],
      ['identifier', 'z'],
      ['operator', '='],
      ['param', "{{ ref('a') }}"],
    ]);
  });
});

describe('lex: strings, quoted names, comments and hints', () => {
  test("a string with '' escapes: text as written, value unescaped", () => {
    const [t] = lex("'it''s; -- not a comment'").tokens;
    expect(plain(t)).toEqual({
      kind: 'string',
      text: "'it''s; -- not a comment'",
      value: "it's; -- not a comment",
      offset: 0,
      end: 25,
      line: 1,
    });
  });

  test('a backtick identifier with a doubled backtick and dots inside', () => {
    const [t] = lex('`a``b.c-d`').tokens;
    expect([t.kind, t.text, t.value, t.up]).toEqual(['quoted', '`a``b.c-d`', 'a`b.c-d', '']);
  });

  test('a quoted keyword is a name, never a keyword', () => {
    expect(lex('`select`').tokens.map((t) => [t.kind, t.up])).toEqual([['quoted', '']]);
  });

  test('comments are skipped, hints are tokens', () => {
    expect(pairs("a -- x FROM y\n/* b JOIN c */ d /*+ OPTIONS('k'='v') */ e")).toEqual([
      ['identifier', 'a'],
      ['identifier', 'd'],
      ['hint', "/*+ OPTIONS('k'='v') */"],
      ['identifier', 'e'],
    ]);
  });

  test('lines and offsets count through multi-line comments and strings', () => {
    const sql = "a\n/* one\ntwo */ b 'x\ny' c\r\n  d";
    expect(lex(sql).tokens.map((t) => [t.text, t.line, t.offset])).toEqual([
      ['a', 1, 0],
      ['b', 3, 16],
      ["'x\ny'", 3, 18],
      ['c', 4, 24],
      ['d', 5, 29],
    ]);
  });

  test('every token is on the line its offset is on, whatever strings, comments and placeholders span', () => {
    // Random texts mixing one-line and multi-line tokens, long one-line stretches and blank lines.
    const pieces = [
      'SELECT',
      'a',
      ',',
      "'x'",
      "'multi\nline\n'",
      '`q`',
      '`q\nq`',
      '/* c */',
      '/* c\n\nc */',
      '/*+ H */',
      '${p}',
      '${p\n}',
      '{{ t\n }}',
      '-- note\n',
      '\n',
      '\n\n',
      ' ',
      "'it''s\n'",
      '42',
      '<>',
    ];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) % pieces.length;
    for (let round = 0; round < 300; round++) {
      let text = '';
      for (let k = 0, n = 1 + (round % 60); k < n; k++) text += pieces[next()] + ' ';
      const tokens = lex(text).tokens;
      for (const t of tokens) {
        expect([t.text, t.line]).toEqual([t.text, 1 + text.slice(0, t.offset).split('\n').length - 1]);
      }
      // A range from one token to a later one (as a lazy DDL relexes one statement) finds the
      // same tokens on the same lines.
      if (tokens.length < 2) continue;
      const a = next() % tokens.length;
      const b = a + 1 + (next() % (tokens.length - a));
      const to = b < tokens.length ? tokens[b].offset : text.length;
      const range = tokenizeRange(new TokenList(), text, tokens[a].offset, to, tokens[a].line, []);
      const got = Array.from({ length: range.count }, (_, k) => [range.starts[k], range.lines[k]]);
      expect(got).toEqual(tokens.slice(a, b).map((t) => [t.offset, t.line]));
    }
  });

  test('a line comment at the end of the text without a newline', () => {
    expect(pairs('a -- trailing')).toEqual([['identifier', 'a']]);
    expect(lex('a -- trailing').issues).toEqual([]);
  });
});

describe('lex: unterminated constructs report an issue and never throw', () => {
  test('unterminated string runs to the end', () => {
    const r = lex("SELECT 'abc;\nFROM t");
    expect(r.tokens.map((t) => [t.kind, t.value])).toEqual([
      ['keyword', 'SELECT'],
      ['string', 'abc;\nFROM t'],
    ]);
    expect(r.issues).toEqual([{ severity: 'error', line: 1, message: 'unterminated string literal' }]);
  });

  test('unterminated block comment', () => {
    const r = lex('a\n/* never closed\nb');
    expect(pairs('a\n/* never closed\nb')).toEqual([['identifier', 'a']]);
    expect(r.issues).toEqual([{ severity: 'error', line: 2, message: 'unterminated block comment' }]);
  });

  test('unterminated backtick identifier', () => {
    const r = lex('x\n`abc');
    expect(r.tokens.map((t) => [t.kind, t.value, t.line])).toEqual([
      ['identifier', 'x', 1],
      ['quoted', 'abc', 2],
    ]);
    expect(r.issues).toEqual([{ severity: 'error', line: 2, message: 'unterminated quoted identifier' }]);
  });

  test('unterminated hint', () => {
    const r = lex('a /*+ OPTIONS(');
    expect(pairs('a /*+ OPTIONS(')).toEqual([
      ['identifier', 'a'],
      ['hint', '/*+ OPTIONS('],
    ]);
    expect(r.issues).toEqual([{ severity: 'error', line: 1, message: 'unterminated hint' }]);
  });

  test('a string ending in a doubled quote at end of text is unterminated', () => {
    expect(lex("'abc''").issues).toEqual([
      { severity: 'error', line: 1, message: 'unterminated string literal' },
    ]);
  });

  test('double-quoted text is an error (Flink has no such token), lexed as a string so the rest is read', () => {
    const r = lex(`CREATE TABLE t (a INT) WITH (\n  "changelog.mode" = 'append'\n)`);
    expect(r.tokens.filter((t) => t.kind === 'string').map((t) => [t.text, t.line])).toEqual([
      ['"changelog.mode"', 2],
      ["'append'", 2],
    ]);
    expect(r.issues).toEqual([
      {
        severity: 'error',
        line: 2,
        message:
          'double-quoted "changelog.mode" is not Flink SQL: write a string in single quotes (\'…\') and a name in backticks (`…`)',
      },
    ]);
    // Long or multi-line text is shown on one line, shortened.
    const long = lex(`SELECT "${'x'.repeat(30)}\n${'y'.repeat(30)}" FROM t`).issues[0]!.message;
    expect(long).toBe(
      `double-quoted "${'x'.repeat(30)} ${'y'.repeat(8)}… is not Flink SQL: write a string in single quotes ('…') and a name in backticks (\`…\`)`,
    );
    // Inside a string, a comment or backticks a double quote is just a character.
    expect(lex(`SELECT '"a"', \`b"c\` -- "d"\n/* "e" */ FROM t`).issues).toEqual([]);
  });

  test('stray characters become operator tokens', () => {
    expect(pairs('a # @ \\ b')).toEqual([
      ['identifier', 'a'],
      ['operator', '#'],
      ['operator', '@'],
      ['operator', '\\'],
      ['identifier', 'b'],
    ]);
  });

  test("characters Flink's lexer stops at are errors, each at its line; != and the same characters in strings are not", () => {
    const r = lex('SELECT a # b,\n  c @ d, e \\ f, ~g, h & i, j ! k, l != m, n % o');
    expect(r.issues.map((i) => [i.line, i.message])).toEqual([
      ...['#', '@', '\\', '~', '&', '!'].map((c, k) => [
        k === 0 ? 1 : 2,
        `character ${c} is not Flink SQL outside a string, a comment or a name in backticks`,
      ]),
      // != is a warning: Apache Flink refuses it; whether Confluent Cloud does is not shown.
      [2, BANG_EQUAL],
    ]);
    expect(r.issues.at(-1)!.severity).toBe('warning');
    expect(lex("SELECT '#@\\~&!', `a#b` -- #@~\n/* & */ FROM t").issues).toEqual([]);
  });

  test("forms Flink's grammar stops at (::, ->, a lone | outside PATTERN) are errors at their line", () => {
    const r = lex('SELECT b::INT,\n  a -> 1,\n  a | 1,\n  a || b\nFROM s');
    expect(r.issues.map((i) => [i.severity, i.line, i.message])).toEqual([
      ['error', 1, ':: is not Flink SQL (Apache Flink has no :: cast): write CAST(value AS type)'],
      [
        'error',
        2,
        "-> is not Flink SQL (Apache Flink has no arrow operator): read a JSON field with JSON_VALUE(text, '$.field')",
      ],
      [
        'error',
        3,
        'character | is not Flink SQL outside the PATTERN of MATCH_RECOGNIZE: write || to join strings',
      ],
    ]);
    // In strings, comments, backticks and templates they are characters; `-->` starts a comment.
    expect(lex("SELECT 'a::b|c->d', `x|y` -- a::b -> c | d\n/* | */ FROM t --> x").issues).toEqual([]);
    expect(lex('SELECT a FROM {{ src | ref }}').issues).toEqual([]);
  });

  test('a | separating alternatives in the PATTERN of MATCH_RECOGNIZE is not an issue, one after it is', () => {
    const sql = `SELECT * FROM t MATCH_RECOGNIZE (
  PARTITION BY k ORDER BY ts
  MEASURES A.v AS v
  PATTERN ((A | B) C+ | (D | E)?)
  DEFINE A AS A.v > 0, B AS (B.v | 1) > 0
)`;
    expect(lex(sql).issues.map((i) => [i.line, i.message])).toEqual([
      [5, 'character | is not Flink SQL outside the PATTERN of MATCH_RECOGNIZE: write || to join strings'],
    ]);
    expect(
      lex('SELECT * FROM t MATCH_RECOGNIZE (ORDER BY ts MEASURES A.v AS v pattern (A|B) DEFINE A AS true)')
        .issues,
    ).toEqual([]);
  });

  test('empty and whitespace-only text', () => {
    expect(lex('').tokens).toEqual([]);
    expect(lex(' \n\t\r\n').tokens).toEqual([]);
  });
});
