export const id = 978;
export const ids = [978];
export const modules = {

/***/ 978:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  reportCommand: () => (/* binding */ reportCommand)
});

// EXTERNAL MODULE: ./src/project/diagnostics.ts
var diagnostics = __webpack_require__(8585);
// EXTERNAL MODULE: ./src/project/load.ts
var load = __webpack_require__(4137);
// EXTERNAL MODULE: ./src/graph/graph.ts
var graph_graph = __webpack_require__(1924);
// EXTERNAL MODULE: ./src/project/metadata.ts + 1 modules
var metadata = __webpack_require__(2492);
;// CONCATENATED MODULE: ./src/project/report.ts


/** Lineage of one table: everything it reads from and everything that reads it. */
function tableReport(project, name) {
    const t = project.tables.get(name);
    const { graph } = project;
    const up = (0,graph_graph/* ancestors */.T1)(graph, [name]);
    const down = (0,graph_graph/* descendants */.DG)(graph, [name]);
    const sub = (0,graph_graph/* subgraph */.bg)(graph, [...up, name, ...down]);
    const levels = Object.fromEntries((0,graph_graph/* topoLevels */.Yq)(sub));
    const edges = [];
    sub.names.forEach((c, i) => sub.parents[i].forEach((p) => edges.push([sub.names[p], c])));
    const id = graph.index.get(name);
    return {
        table: name,
        type: t.type,
        product: t.product,
        folder: (0,metadata/* refPath */.NA)(project.pipelinesDir, t.folder),
        stateful: t.stateful,
        reasons: t.reasons.map((r) => ({ construct: r.construct, file: r.file, line: r.line })),
        parents: graph.parents[id].map((p) => graph.names[p]),
        children: graph.children[id].map((c) => graph.names[c]),
        ancestors: up,
        descendants: down,
        edges,
        levels,
    };
}

// EXTERNAL MODULE: ./src/render/markdown.ts
var markdown = __webpack_require__(2495);
// EXTERNAL MODULE: ./src/render/mermaid.ts
var mermaid = __webpack_require__(1359);
;// CONCATENATED MODULE: ./src/render/report.ts


function reportMermaid(project, r) {
    const ordered = Object.keys(r.levels).sort((a, b) => r.levels[a] - r.levels[b] || (a < b ? -1 : 1));
    const nodes = ordered.map((n) => {
        const t = project.tables.get(n);
        return { name: n, style: n === r.table ? 'focus' : t.external ? 'external' : 'context', note: t.type };
    });
    return (0,mermaid/* renderMermaid */.m)(nodes, r.edges);
}
function reportMarkdown(project, r) {
    const list = (names) => names.length ? names.map((n) => `\`${n.replace(/`/g, "'")}\``).join(', ') : '—';
    const lines = [
        `### Lineage of \`${r.table.replace(/`/g, "'")}\``,
        '',
        `| | |`,
        `|---|---|`,
        `| Type | ${(0,markdown/* markdownText */.p7)(r.type)} |`,
        `| Product | ${(0,markdown/* markdownText */.p7)(r.product || '—')} |`,
        `| Folder | ${(0,markdown/* markdownText */.p7)(r.folder || '— (external)')} |`,
        `| State | ${r.stateful ? `stateful (${r.reasons.map((x) => (0,markdown/* markdownText */.p7)(`${x.construct}, line ${x.line}`)).join('; ')})` : 'stateless'} |`,
        `| Parents | ${list(r.parents)} |`,
        `| Children | ${list(r.children)} |`,
        `| Ancestors (${r.ancestors.length}) | ${list(r.ancestors)} |`,
        `| Descendants (${r.descendants.length}) | ${list(r.descendants)} |`,
        '',
        '```mermaid',
        reportMermaid(project, r),
        '```',
        '',
    ];
    return lines.join('\n');
}
function reportText(r) {
    const list = (names) => (names.length ? names.join(', ') : '-');
    return [
        `${r.table} (${r.type}${r.product ? `, product ${r.product}` : ''}, ${r.stateful ? 'stateful' : 'stateless'})`,
        `  folder:      ${r.folder || '(external)'}`,
        ...r.reasons.map((x) => `  state:       ${x.construct} at ${x.file}:${x.line}`),
        `  parents:     ${list(r.parents)}`,
        `  children:    ${list(r.children)}`,
        `  ancestors:   ${list(r.ancestors)}`,
        `  descendants: ${list(r.descendants)}`,
        '',
    ].join('\n');
}

// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(17);
// EXTERNAL MODULE: ./src/util/text.ts
var util_text = __webpack_require__(9997);
// EXTERNAL MODULE: ./src/cli/context.ts
var context = __webpack_require__(5217);
;// CONCATENATED MODULE: ./src/cli/commands/report.ts







function reportCommand(ctx) {
    const format = (0,context/* formatOf */.be)(ctx, ['text', 'json', 'mermaid', 'markdown']);
    const [name, ...extra] = ctx.positionals;
    if (!name || extra.length)
        throw new errors/* UserError */.y('report: name exactly one table, e.g. flink-pipeline report fct_orders');
    const config = (0,context/* configOf */.W1)(ctx);
    const { project } = (0,load/* loadProject */.g)((0,context/* pipelinesOf */.n5)(ctx, config), config);
    const fatal = (0,diagnostics/* hasFatal */.vW)(project.diagnostics);
    (0,context/* printDiagnostics */.aE)(ctx, project.diagnostics.filter((d) => d.severity === 'fatal'));
    if (fatal)
        return 1;
    if (!project.tables.has(name)) {
        const hint = (0,util_text/* suggestName */.SX)(name, project.tables.keys());
        throw new errors/* UserError */.y(`report: no table named \`${name}\`${hint ? `; did you mean \`${hint}\`?` : ''}`);
    }
    const r = tableReport(project, name);
    if (format === 'json')
        ctx.io.out.write(JSON.stringify(r, null, 2) + '\n');
    else if (format === 'mermaid')
        ctx.io.out.write(reportMermaid(project, r) + '\n');
    else if (format === 'markdown')
        ctx.io.out.write(reportMarkdown(project, r));
    else
        ctx.io.out.write(reportText(r));
    return 0;
}


/***/ }),

/***/ 2495:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $Q: () => (/* binding */ clip),
/* harmony export */   LS: () => (/* binding */ plural),
/* harmony export */   PP: () => (/* binding */ tableHead),
/* harmony export */   RK: () => (/* binding */ visible),
/* harmony export */   SS: () => (/* binding */ codeSpan),
/* harmony export */   U9: () => (/* reexport safe */ _util_text_js__WEBPACK_IMPORTED_MODULE_0__.U9),
/* harmony export */   YD: () => (/* binding */ richText),
/* harmony export */   nM: () => (/* binding */ row),
/* harmony export */   p7: () => (/* binding */ markdownText),
/* harmony export */   q: () => (/* binding */ hiddenJsonComment)
/* harmony export */ });
/* unused harmony exports htmlText, readHiddenJsonComment */
/* harmony import */ var _util_text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9997);
/**
 * GitHub-flavoured Markdown helpers that no table name, reason or SQL fragment can break:
 * inline text cannot start markup, HTML, a mention or an issue reference; code spans cannot
 * break out of a table cell or their own backticks; hidden comments cannot be closed early.
 */


/** Bidi overrides and isolates, byte-order mark, zero-width space, lone surrogates. */
const INVISIBLE = /[\u061c\u200b\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u0084\u0086-\u009f]/g;
const LINE_BREAK = /\r\n|[\r\n\u0085\u2028\u2029]/g;
/**
 * Text a reader (or a terminal) can trust: line breaks become `newline`, control characters
 * (ANSI escapes included), bidi overrides and invisible characters become U+FFFD.
 */
function visible(text, newline = '⏎') {
    return text
        .replace(LINE_BREAK, newline)
        .replace(/\t/g, ' ')
        .replace(CONTROL, '\ufffd')
        .replace(INVISIBLE, '\ufffd');
}
/** At most `max` UTF-16 units, ending in `…` when cut, never splitting a surrogate pair. */
function clip(text, max) {
    if (text.length <= max)
        return text;
    let end = Math.max(0, max - 1);
    const last = text.charCodeAt(end - 1);
    if (last >= 0xd800 && last <= 0xdbff)
        end--;
    return text.slice(0, end) + '…';
}
/** Characters that start inline markup anywhere (emphasis, code, links, strikethrough, math, cells, HTML). */
const INLINE = /[\\`*_[\]|~$<>&]/g;
function escapeInline(text) {
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
function markdownText(text) {
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
function codeSpan(text, max = 200) {
    const t = clip(visible(text), max);
    if (t === '')
        return '`""`';
    return PLAIN_CODE.test(t) ? `\`${t}\`` : `<code>${escapeInline(t)}</code>`;
}
/**
 * Free text that quotes names in backticks (plan reasons, warnings): the quoted parts become
 * safe code spans, the rest safe inline text. Unbalanced backticks are shown literally.
 */
function richText(text, max = 300) {
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
function htmlText(text) {
    return visible(text, ' ').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
/**
 * A hidden HTML comment carrying JSON. `<`, `>` and `&` are written as JSON `\u` escapes and
 * no `--` can appear, so the comment cannot be closed early; `JSON.parse` recovers the values.
 */
function hiddenJsonComment(label, data) {
    const json = JSON.stringify(data)
        .replace(/[<>&]/g, (c) => `\\u00${c.charCodeAt(0).toString(16)}`)
        .replace(/-(?=-)/g, '\\u002d');
    return `<!-- ${label} ${json} -->`;
}
/** Reads back the JSON of a comment written by hiddenJsonComment, or null. */
function readHiddenJsonComment(body, label) {
    const start = body.indexOf(`<!-- ${label} `);
    if (start < 0)
        return null;
    const from = start + label.length + 6;
    const end = body.indexOf(' -->', from);
    if (end < 0)
        return null;
    try {
        return JSON.parse(body.slice(from, end));
    }
    catch {
        return null;
    }
}
/** `1 table`, `3 tables` (irregular plurals passed in). */
function plural(n, one, many = `${one}s`) {
    return `${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_0__/* .count */ .U9)(n)} ${n === 1 ? one : many}`;
}
/** One table row from already-escaped cells. */
function row(cells) {
    return `| ${cells.join(' | ')} |`;
}
/** Header and delimiter rows. */
function tableHead(headers) {
    return [row(headers), `|${headers.map(() => '---').join('|')}|`];
}


/***/ }),

/***/ 1359:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ renderMermaid)
/* harmony export */ });
/* unused harmony export mermaidText */
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2495);

const SAFE = /^[A-Za-z0-9 _.,:()/-]$/;
/** Label text: line breaks and invisible or control characters made visible, then entity-encoded. */
function mermaidText(text) {
    let out = '';
    for (const ch of (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .visible */ .RK)(text))
        out += SAFE.test(ch) ? ch : `#${ch.codePointAt(0)};`;
    return out;
}
const CLASS_DEFS = {
    focus: 'fill:#fde68a,stroke:#b45309,stroke-width:2px,color:#111',
    changed: 'fill:#fecaca,stroke:#b91c1c,stroke-width:2px,color:#111',
    impacted: 'fill:#fed7aa,stroke:#c2410c,color:#111',
    context: 'fill:#f3f4f6,stroke:#9ca3af,color:#374151',
    external: 'fill:#e0f2fe,stroke:#0369a1,stroke-dasharray:4 3,color:#111',
};
/** `nodes` in display order; `edges` as [parent, child] names, both present in `nodes`. */
function renderMermaid(nodes, edges, direction = 'LR') {
    const ids = new Map();
    const lines = [`flowchart ${direction}`];
    nodes.forEach((n, i) => {
        const id = `n${i}`;
        ids.set(n.key ?? n.name, id);
        const label = mermaidText(n.name) + (n.note ? `<br/><small>${mermaidText(n.note)}</small>` : '');
        const shape = n.group ? ['[[', ']]'] : n.style === 'external' ? ['[(', ')]'] : ['[', ']'];
        lines.push(`  ${id}${shape[0]}"${label}"${shape[1]}`);
    });
    for (const [p, c] of edges) {
        const from = ids.get(p);
        const to = ids.get(c);
        if (from && to)
            lines.push(`  ${from} --> ${to}`);
    }
    const used = new Set(nodes.map((n) => n.style));
    for (const style of Object.keys(CLASS_DEFS)) {
        if (!used.has(style))
            continue;
        lines.push(`  classDef ${style} ${CLASS_DEFS[style]}`);
        const members = nodes.flatMap((n, i) => (n.style === style ? [`n${i}`] : []));
        lines.push(`  class ${members.join(',')} ${style}`);
    }
    return lines.join('\n');
}


/***/ })

};
