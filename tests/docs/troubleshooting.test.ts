/**
 * Every user-facing message in src/ must have an entry in docs/troubleshooting.md.
 *
 * How it works (details in tests/docs/messages.ts): the .ts files under src/ are parsed and
 * the messages of errors, diagnostics, step results and stderr/action output are taken out.
 * Each becomes a skeleton: its fixed text with every `${…}` as a wildcard.
 *
 * An entry in docs/troubleshooting.md is a level-3 heading holding the message as code, with
 * a placeholder in angle brackets for each value: `### \`report: no table named <table>\``.
 * A message is documented when some heading has the same skeleton: the same fixed text, in
 * the same order, with a placeholder wherever the code has `${…}`. Backticks and runs of
 * whitespace are ignored; an optional part (`${hint ? `; did you mean …` : ''}`) is written
 * in full in the heading.
 *
 * When this test fails for your new message, add a heading in the right section of
 * docs/troubleshooting.md, then say what the message means and what to do.
 */
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { displayOf, extractMessages, skeletonOf, WILD, type PassThrough } from './messages.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const DOC = 'docs/troubleshooting.md';

/**
 * Messages whose text is made somewhere the extraction cannot follow (a variable, a helper
 * method). Each site is listed with the headings that document what it prints; `expr` is the
 * start of the argument's source text. A new site fails the test until it is listed here.
 */
const PASS_THROUGH: { file: string; expr: string; headings: string[]; why: string }[] = [
  {
    file: 'src/config/load.ts',
    expr: 'messages.join(',
    headings: [
      '<file>:<line>: <key>: unknown key; check the spelling against the config reference',
      '<file>:<line>: <key>: <problem>',
    ],
    why: 'one line per invalid key, built from the zod issues',
  },
  {
    file: 'src/change/revision.ts',
    expr: '`${label}:${decoded.line}: ${decoded.message}`',
    headings: ['<file> (at <commit>):<line>: the file is not valid UTF-8; save it as UTF-8'],
    why: 'the not-utf8 diagnostic of decodeSource, for the config file at a revision',
  },
  {
    file: 'src/confluent/client.ts',
    expr: "this.message('PUT',",
    headings: ['PUT statement <name>: HTTP 409: <detail> (gave up after <n> GET-modify-PUT rounds)'],
    why: 'FlinkApiClient.message formats "<method> <target>: HTTP <status>: <detail>"',
  },
  {
    file: 'src/confluent/client.ts',
    expr: 'this.message(method,',
    headings: ['<method> statement <name>: HTTP <status>: <detail> (request <id>)'],
    why: 'FlinkApiClient.message formats "<method> <target>: HTTP <status>: <detail>"',
  },
  {
    file: 'src/confluent/client.ts',
    expr: "this.message('POST',",
    headings: ['POST statement <name>: HTTP 409: <detail>'],
    why: 'FlinkApiClient.message formats "<method> <target>: HTTP <status>: <detail>"',
  },
  {
    file: 'src/emulator/server.ts',
    expr: 'w.message',
    headings: [],
    why: "the emulator's status.warnings of a statement, written where the warning is made (src/emulator/model.ts)",
  },
  {
    file: 'src/sql/lexer.ts',
    expr: 'BANG_EQUAL',
    headings: [
      "!= is not Flink SQL's not-equal (Apache Flink's parser refuses it under its SQL conformance level): write <>",
    ],
    why: 'one constant, which the emulator also reads to refuse the statement',
  },
  {
    file: 'src/project/build.ts',
    expr: 'issue.message',
    headings: [],
    why: 'SQL analysis issues, taken where they are made in src/sql',
  },
];

/** The smallest number of messages the extraction finds; it found 167 when this was written. */
const MIN_MESSAGES = 120;

interface Heading {
  text: string;
  skeleton: string;
  line: number;
}

function docHeadings(): Heading[] {
  const lines = readFileSync(join(root, DOC), 'utf8').split('\n');
  const out: Heading[] = [];
  lines.forEach((l, i) => {
    const m = /^### `(.+)`\s*$/.exec(l);
    if (m) out.push({ text: m[1], skeleton: skeletonOf(m[1]), line: i + 1 });
  });
  return out;
}

const listed = (p: PassThrough) => PASS_THROUGH.find((e) => e.file === p.file && p.expr.startsWith(e.expr));

describe('troubleshooting covers every message', () => {
  const extraction = extractMessages(root);
  const headings = docHeadings();
  const documented = new Set(headings.map((h) => h.skeleton));

  it('finds the messages in src/ (the extraction is not silently empty)', () => {
    expect(extraction.files).toBeGreaterThan(50);
    expect(extraction.messages.length).toBeGreaterThanOrEqual(MIN_MESSAGES);
    for (const origin of ['error', 'diagnostic', 'output'] as const) {
      expect(extraction.messages.filter((m) => m.origin === origin).length).toBeGreaterThan(5);
    }
    // Known messages of each kind are found, so a change to the extraction cannot lose a kind.
    const all = new Set(extraction.messages.map((m) => m.skeleton));
    const lost = [
      '<file>: config file not found; pass an existing file to --config',
      'dependency cycle: <cycle>; a table cannot read, directly or through others, what it writes',
      "unbalanced parentheses: unexpected ')'",
      'statement <name>: not found while waiting for <phases>',
      "--port must be an integer between 0 and 65535, got '<value>'",
      'flink-pipeline: internal error: <message> (set FLINK_PIPELINE_DEBUG=1 for details)',
    ].filter((known) => !all.has(skeletonOf(known)));
    expect(lost).toEqual([]);
  });

  it('the doc has entries', () => {
    expect(headings.length).toBeGreaterThanOrEqual(MIN_MESSAGES / 2);
  });

  it('every message has an entry in docs/troubleshooting.md', () => {
    const missing = extraction.messages.filter((m) => !documented.has(m.skeleton));
    const seen = new Set<string>();
    const report = missing
      .filter((m) => !seen.has(m.skeleton) && seen.add(m.skeleton))
      .map((m) => `  ${m.file}:${m.line} (${m.origin}): ${m.display}`);
    if (report.length) {
      throw new Error(
        `${report.length} message(s) have no entry in ${DOC}:\n${report.join('\n')}\n\n` +
          'Add a heading per message, e.g. ### `report: no table named <table>` (the message as code, ' +
          'a <placeholder> wherever the source has ${…}), then say what it means and what to do.',
      );
    }
  });

  it('every message built elsewhere is listed with its entries', () => {
    const unlisted = extraction.passThroughs
      .filter((p) => !listed(p))
      .map((p) => `  ${p.file}:${p.line} (${p.origin}): ${p.expr}`);
    if (unlisted.length) {
      throw new Error(
        `${unlisted.length} message(s) are built where this test cannot read their text:\n${unlisted.join('\n')}\n\n` +
          'Write the message as a string or template literal at the error, or list the site in ' +
          'PASS_THROUGH in tests/docs/troubleshooting.test.ts with the headings that document it.',
      );
    }
    const stale = PASS_THROUGH.filter(
      (e) => !extraction.passThroughs.some((p) => p.file === e.file && p.expr.startsWith(e.expr)),
    ).map((e) => `  ${e.file}: ${e.expr}`);
    expect(stale).toEqual([]);
    const missing = PASS_THROUGH.flatMap((e) => e.headings).filter((h) => !documented.has(skeletonOf(h)));
    expect(missing).toEqual([]);
  });

  it('every entry belongs to a message that exists (no stale entries)', () => {
    const known = new Set([
      ...extraction.messages.map((m) => m.skeleton),
      ...PASS_THROUGH.flatMap((e) => e.headings.map(skeletonOf)),
    ]);
    const stale = headings.filter((h) => !known.has(h.skeleton)).map((h) => `  ${DOC}:${h.line}: ${h.text}`);
    if (stale.length) {
      throw new Error(
        `${stale.length} entr(ies) in ${DOC} match no message in src/ (changed or removed?):\n${stale.join('\n')}`,
      );
    }
  });

  it('the skeleton rule: fixed text in order, placeholders for values', () => {
    expect(skeletonOf('report: no table named `<table>`; did you mean `<name>`?')).toBe(
      `report: no table named ${WILD}; did you mean ${WILD}?`,
    );
    expect(skeletonOf(`${WILD}:${WILD}  invalid`)).toBe(`${WILD}:${WILD} invalid`);
    expect(skeletonOf(`<a> <b>: x`)).toBe(`${WILD}: x`);
    expect(displayOf(skeletonOf('a <b> c'))).toBe('a <…> c');
  });
});
