/**
 * GitHub-flavoured Markdown helpers that no table name, reason or SQL fragment can break:
 * inline text cannot start markup, HTML, a mention or an issue reference; code spans cannot
 * break out of a table cell or their own backticks; hidden comments cannot be closed early.
 */
import { count } from '../util/text.js';

export { count };

/** Bidi overrides and isolates, byte-order mark, zero-width space, lone surrogates. */
const INVISIBLE =
  /[\u061c\u200b\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u0084\u0086-\u009f]/g;
const LINE_BREAK = /\r\n|[\r\n\u0085\u2028\u2029]/g;

/**
 * Text a reader (or a terminal) can trust: line breaks become `newline`, control characters
 * (ANSI escapes included), bidi overrides and invisible characters become U+FFFD.
 */
export function visible(text: string, newline = '⏎'): string {
  return text
    .replace(LINE_BREAK, newline)
    .replace(/\t/g, ' ')
    .replace(CONTROL, '\ufffd')
    .replace(INVISIBLE, '\ufffd');
}

/** At most `max` UTF-16 units, ending in `…` when cut, never splitting a surrogate pair. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = Math.max(0, max - 1);
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return text.slice(0, end) + '…';
}

/** Characters that start inline markup anywhere (emphasis, code, links, strikethrough, math, cells, HTML). */
const INLINE = /[\\`*_[\]|~$<>&]/g;

function escapeInline(text: string): string {
  return text
    .replace(INLINE, (c) => (c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '&' ? '&amp;' : `\\${c}`))
    .replace(/^[#+=-]/, '\\$&') // a heading, list item, setext underline or rule if it began a line
    .replace(/^(\d+)([.)])/, '$1\\$2'); // an ordered list item
}

/**
 * Markdown-safe inline text (also safe inside a table cell): one line, characters that could
 * start markup escaped, `<>&` as entities (so no HTML and no `<!--`/`-->`), and `@user` /
 * `#123` broken with a zero-width space so they neither notify nor cross-reference.
 */
export function markdownText(text: string): string {
  return escapeInline(visible(text, ' '))
    .replace(/#(?=\d)/g, '#&#8203;')
    .replace(/@(?=[A-Za-z0-9])/g, '@&#8203;');
}

/** Characters that are literal in a backtick code span and harmless in a table cell. */
const PLAIN_CODE = /^[^\s`|<>&\\]+(?: [^\s`|<>&\\]+)*$/;

/**
 * A code span for a name, path or SQL fragment (table-cell safe). Plain text uses backticks;
 * anything with backticks, pipes, HTML characters or odd spacing becomes `<code>` with escaped
 * content, so nothing inside can close the span, split a cell, or open HTML. Mentions and
 * issue references are not processed inside code, by GitHub's rules.
 */
export function codeSpan(text: string, max = 200): string {
  const t = clip(visible(text), max);
  if (t === '') return '`""`';
  return PLAIN_CODE.test(t) ? `\`${t}\`` : `<code>${escapeInline(t)}</code>`;
}

/**
 * Free text that quotes names in backticks (plan reasons, warnings): the quoted parts become
 * safe code spans, the rest safe inline text. Unbalanced backticks are shown literally.
 */
export function richText(text: string, max = 300): string {
  const t = clip(visible(text, ' '), max);
  let out = '';
  let last = 0;
  for (const m of t.matchAll(/`([^`]+)`/g)) {
    out += markdownText(t.slice(last, m.index)) + codeSpan(m[1]);
    last = m.index + m[0].length;
  }
  return out + markdownText(t.slice(last));
}

/** Escapes text for an HTML context (element content or attribute). */
export function htmlText(text: string): string {
  return visible(text, ' ').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * A hidden HTML comment carrying JSON. `<`, `>` and `&` are written as JSON `\u` escapes and
 * no `--` can appear, so the comment cannot be closed early; `JSON.parse` recovers the values.
 */
export function hiddenJsonComment(label: string, data: unknown): string {
  const json = JSON.stringify(data)
    .replace(/[<>&]/g, (c) => `\\u00${c.charCodeAt(0).toString(16)}`)
    .replace(/-(?=-)/g, '\\u002d');
  return `<!-- ${label} ${json} -->`;
}

/** Reads back the JSON of a comment written by hiddenJsonComment, or null. */
export function readHiddenJsonComment(body: string, label: string): unknown {
  const start = body.indexOf(`<!-- ${label} `);
  if (start < 0) return null;
  const from = start + label.length + 6;
  const end = body.indexOf(' -->', from);
  if (end < 0) return null;
  try {
    return JSON.parse(body.slice(from, end));
  } catch {
    return null;
  }
}

/** `1 table`, `3 tables` (irregular plurals passed in). */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${count(n)} ${n === 1 ? one : many}`;
}

/** One table row from already-escaped cells. */
export function row(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |`;
}

/** Header and delimiter rows. */
export function tableHead(headers: readonly string[]): string[] {
  return [row(headers), `|${headers.map(() => '---').join('|')}|`];
}
