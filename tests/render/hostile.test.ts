import { describe, expect, test } from '@jest/globals';
import { readPlanMeta, renderPlanMarkdown, renderPlanText } from '../../src/render/comment.js';
import {
  codeSpan,
  hiddenJsonComment,
  markdownText,
  readHiddenJsonComment,
  richText,
  visible,
} from '../../src/render/markdown.js';
import { mermaidText } from '../../src/render/mermaid.js';
import type { Plan } from '../../src/plan/types.js';
import { makeProject, mermaidBlock, node, step } from './fixtures.js';

const PIPE = 'a|b`c<script>-->';
const NEWLINE = 'evil\n# heading\r\n<!-- x';
const UNICODE = 'café_日本_🚀';
const BIDI = 'report\u202Egpj.exe';
const ANSI = 'x\u001b[31mred';

/** Cells of a table row, honouring backslash escapes as GFM's row splitter does. */
function cellCount(line: string): number {
  let n = 0;
  for (let i = 0; i < line.length; i++) {
    if (line[i] === '\\') i++;
    else if (line[i] === '|') n++;
  }
  return n - 1;
}

/** Every table's rows have as many cells as its header. */
function tables(body: string): { header: string; rows: string[] }[] {
  const out: { header: string; rows: string[] }[] = [];
  let cur: { header: string; rows: string[] } | null = null;
  for (const line of body.split('\n')) {
    if (line.startsWith('|')) {
      if (!cur) out.push((cur = { header: line, rows: [] }));
      else cur.rows.push(line);
    } else cur = null;
  }
  return out;
}

function hostilePlan(): Plan {
  return {
    version: 1,
    base: 'x-->y<!--z--!>',
    head: 'main&"quoted"',
    status: 'file',
    strategy: 'rebuild',
    changes: [
      {
        table: PIPE,
        kind: 'dml',
        files: [`pipelines/facts/p|1/${PIPE}/sql-scripts/dml.x.sql`],
        detail: 'a | b\n| c |',
      },
      {
        table: NEWLINE,
        kind: 'ddl-schema',
        files: ['x.sql'],
        detail: 'column `a`: INT → BIGINT; <b>bold</b>',
      },
    ],
    nodes: [
      node(PIPE, 'rebuild', 'ping @octocat about #12 and $x$ **bold** [link](http://e.com) ~~s~~ _i_', [
        'dml',
      ]),
      node(NEWLINE, 'rebuild', 'reads `' + PIPE + '`\n# not a heading\n- not a list', ['ddl-schema']),
      node(UNICODE, 'rebuild', '1. not a list; <img src=x onerror=alert(1)>'),
      node(BIDI, 'carry-over', 'stateless'),
      node(ANSI, 'start', '\u001b]0;title\u0007 ok'),
    ],
    steps: [
      step(PIPE, 'drop-table', `drop-${PIPE}`, 0, [], { destructive: true, sql: `DROP TABLE \`${PIPE}\`` }),
      step(NEWLINE, 'create-statement', NEWLINE, 1, [`${PIPE}:drop-table`, 'missing|id']),
      step(UNICODE, 'create-statement', 'stmt-ü', 1, [], {
        properties: { 'sql.tables.initial-offset-from': PIPE },
      }),
    ],
    warnings: [{ code: 'odd`code|', table: NEWLINE, message: 'see <!-- here --> and `x|y`' }],
    errors: [{ code: 'e', table: BIDI, message: 'backtick ` alone' }],
    hash: 'h-->',
  };
}

function hostileProject() {
  return makeProject([
    { name: 'raw', external: true },
    { name: PIPE, product: 'p|1', parents: ['raw'] },
    { name: NEWLINE, product: 'p2', parents: [PIPE] },
    { name: UNICODE, product: 'p2', parents: [NEWLINE] },
    { name: BIDI, product: 'p2', parents: [UNICODE] },
    { name: ANSI, product: 'p2', parents: [BIDI] },
    { name: 'end', product: 'p2', parents: [ANSI] },
  ]);
}

describe('hostile names render harmlessly', () => {
  const body = renderPlanMarkdown(hostilePlan(), hostileProject(), {
    title: '<img src=x onerror=alert(1)>',
    commitRange: 'range\n# injected',
  });
  const lines = body.split('\n');
  const mermaid = mermaidBlock(body)!;
  const outside = body.replace(/```mermaid\n[\s\S]*?\n```/, '');

  test('the hidden comments stay closed and read back exactly', () => {
    expect(lines[0]).toBe('<!-- flink-pipeline:plan -->');
    expect(lines[1].startsWith('<!-- flink-pipeline:meta {')).toBe(true);
    expect(lines[1].endsWith('} -->')).toBe(true);
    const inner = lines[1].slice(4, -3);
    expect(inner).not.toMatch(/--|>|</);
    expect(readPlanMeta(body)).toEqual({
      version: 1,
      hash: 'h-->',
      base: 'x-->y<!--z--!>',
      head: 'main&"quoted"',
      truncated: false,
    });
  });

  test('no raw HTML but the renderer’s own tags, and no comment openers or closers in the text', () => {
    const rest = outside.split('\n').slice(2).join('\n');
    expect(rest.replace(/<\/?(code|details|summary|sub|br)>/g, '').replace(/^> /gm, '')).not.toMatch(/[<>]/);
    expect(rest).not.toContain('-->');
    expect(rest).not.toContain('<!--');
    expect(body).not.toContain('<script');
    expect(body).not.toContain('<img');
    expect(lines[2]).toBe('### &lt;img src=x onerror=alert(1)&gt;');
  });

  test('every table row has as many cells as its header', () => {
    const found = tables(outside);
    expect(found.length).toBe(3);
    for (const t of found)
      for (const r of t.rows) expect([r, cellCount(r)]).toEqual([r, cellCount(t.header)]);
  });

  test('names with pipes, backticks and HTML become escaped <code>; newlines never start a line', () => {
    expect(body).toContain('| <code>a\\|b\\`c&lt;script&gt;--&gt;</code> | dml | a \\| b \\| c \\| |');
    expect(body).toContain('<code>evil⏎# heading⏎&lt;!-- x</code>');
    expect(lines.filter((l) => /^(#|-|1\.) not/.test(l) || l.startsWith('# heading'))).toEqual([]);
    expect(lines.some((l) => l.startsWith('# injected'))).toBe(false);
    expect(body).toContain('(range # injected)');
  });

  test('unicode survives, bidi overrides and control characters do not', () => {
    expect(body).toContain('`café_日本_🚀`');
    expect(body).not.toContain('\u202E');
    expect(body).not.toContain('\u001b');
    expect(body).not.toContain('\u0007');
    expect(body).toContain('`report\ufffdgpj.exe`');
    expect(body).toContain('`x\ufffd[31mred`');
  });

  test('free text cannot mention, reference, format or link', () => {
    expect(body).toContain(
      'ping @&#8203;octocat about #&#8203;12 and \\$x\\$ \\*\\*bold\\*\\* \\[link\\](http://e.com) \\~\\~s\\~\\~ \\_i\\_',
    );
    expect(body).toContain('| 1\\. not a list; &lt;img src=x onerror=alert(1)&gt; |');
    expect(body).toContain('reads <code>a\\|b</code>c&lt;script&gt;--&gt;\\` # not a heading - not a list');
    expect(body).toContain(
      '- **odd\\`code\\|** <code>evil⏎# heading⏎&lt;!-- x</code>: see &lt;!-- here --&gt; and <code>x\\|y</code>',
    );
    expect(body).toContain('> - **e** `report\ufffdgpj.exe`: backtick \\` alone');
  });

  test('step references to unknown ids are shown as code, not trusted', () => {
    expect(body).toContain('| 1, <code>missing\\|id</code> |  |');
  });

  test('Mermaid labels are entity-encoded and ids generated', () => {
    expect(mermaid).toContain(`["${mermaidText(PIPE)}<br/><small>rebuild #9888;</small>"]`);
    expect(mermaidText(PIPE)).toBe('a#124;b#96;c#60;script#62;--#62;');
    expect(mermaidText(NEWLINE)).toBe('evil#9166;#35; heading#9166;#60;#33;-- x');
    expect(mermaidText(BIDI)).toBe('report#65533;gpj.exe');
    for (const line of mermaid.split('\n').slice(1)) {
      expect(line).toMatch(
        /^ {2}(n\d+(\["[^"`<>]*(<br\/><small>[^"`<>]*<\/small>)?"\]|\[\("[^"`<>]*(<br\/><small>[^"`<>]*<\/small>)?"\)\])|n\d+ --> n\d+|classDef \w+ [^"`<>]+|class [n\d,]+ \w+)$/,
      );
    }
    expect(mermaid).toContain('  n6["end<br/><small>unchanged</small>"]');
    expect(mermaid).not.toMatch(/^ {2}end\b/m);
  });

  test('terminal text carries no escape sequences or line breaks from names', () => {
    const text = renderPlanText(hostilePlan(), hostileProject());
    // eslint-disable-next-line no-control-regex
    expect(text).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f\u202e]/);
    expect(text).toContain('x\ufffd[31mred');
    expect(text).toContain('evil⏎# heading⏎<!-- x');
    expect(text.split('\n').some((l) => l.startsWith('# heading'))).toBe(false);
  });
});

describe('escaping helpers', () => {
  test('codeSpan: plain names use backticks, anything else escaped <code>', () => {
    expect(codeSpan('pipelines/facts/p1/x.sql')).toBe('`pipelines/facts/p1/x.sql`');
    expect(codeSpan('a b')).toBe('`a b`');
    expect(codeSpan(' a')).toBe('<code> a</code>');
    expect(codeSpan('a`b')).toBe('<code>a\\`b</code>');
    expect(codeSpan('')).toBe('`""`');
    expect(codeSpan('x'.repeat(300), 10)).toBe('`xxxxxxxxx…`');
  });

  test('markdownText escapes what starts markup, only at the start where position matters', () => {
    expect(markdownText('- a-b')).toBe('\\- a-b');
    expect(markdownText('# h #1')).toBe('\\# h #&#8203;1');
    expect(markdownText('2) x 3. y')).toBe('2\\) x 3. y');
    expect(markdownText('a\nb\tc')).toBe('a b c');
    expect(markdownText('<&>')).toBe('&lt;&amp;&gt;');
  });

  test('richText keeps quoted names as code and escapes the rest', () => {
    expect(richText('reads `a|b` and *c*')).toBe('reads <code>a\\|b</code> and \\*c\\*');
    expect(richText('x'.repeat(20), 5)).toBe('xxxx…');
  });

  test('visible replaces controls, bidi and lone surrogates; clip never splits a pair', () => {
    expect(visible('a\u0000b\u202ec\ud800')).toBe('a\ufffdb\ufffdc\ufffd');
    expect(codeSpan('🚀🚀🚀', 4)).toBe('`🚀…`');
  });

  test('hidden JSON comments survive any content', () => {
    const value = { s: '--> <!-- --!> & <b> ---' };
    const c = hiddenJsonComment('k', value);
    expect(c.slice(4, -3)).not.toMatch(/--|[<>]/);
    expect(readHiddenJsonComment(`text\n${c}\nmore`, 'k')).toEqual(value);
  });
});
