export const id = 754;
export const ids = [754];
export const modules = {

/***/ 1754:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   planCommand: () => (/* binding */ planCommand),
/* harmony export */   targetOf: () => (/* binding */ targetOf)
/* harmony export */ });
/* harmony import */ var _config_load_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1036);
/* harmony import */ var _deploy_plan_file_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5636);
/* harmony import */ var _engine_plan_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6805);
/* harmony import */ var _project_diagnostics_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8585);
/* harmony import */ var _render_comment_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9947);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(17);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5217);
/* harmony import */ var _status_source_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(5942);








/** `--base/--head`, or `--tables [--descendants]`, or `--all`: shared by plan and deploy. */
function targetOf(ctx, command) {
    const { tables, all, descendants, base, head } = ctx.values;
    if (all && tables)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UserError */ .y(`${command}: use --tables or --all, not both`);
    if ((all || tables) && (base || head))
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UserError */ .y(`${command}: --base/--head plan a change; --tables/--all plan a selection; use one`);
    if (descendants && !tables)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UserError */ .y(`${command}: --descendants goes with --tables`);
    if (all)
        return { kind: 'all' };
    if (tables) {
        const names = tables
            .split(',')
            .map((t) => t.trim())
            .filter(Boolean);
        return { kind: 'tables', tables: names, descendants: !!descendants };
    }
    return { kind: 'range', base, head };
}
async function planCommand(ctx) {
    const format = (0,_context_js__WEBPACK_IMPORTED_MODULE_6__/* .formatOf */ .be)(ctx, ['text', 'json', 'markdown']);
    if (ctx.positionals.length)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UserError */ .y(`plan: unexpected argument "${ctx.positionals[0]}"`);
    const config = (0,_context_js__WEBPACK_IMPORTED_MODULE_6__/* .configOf */ .W1)(ctx);
    const environment = ctx.values.env ?? config.environment;
    const target = targetOf(ctx, 'plan');
    let computed;
    try {
        computed = await (0,_engine_plan_js__WEBPACK_IMPORTED_MODULE_2__/* .computePlan */ .Ru)({
            pipelines: (0,_context_js__WEBPACK_IMPORTED_MODULE_6__/* .pipelinesOf */ .n5)(ctx, config),
            config,
            configPath: ctx.values.config ?? _config_load_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_CONFIG_FILE */ .Cu,
            environment,
            target,
            status: (0,_status_source_js__WEBPACK_IMPORTED_MODULE_7__/* .statusSourceOf */ .vA)(ctx, config, environment),
        });
    }
    catch (e) {
        if (e instanceof _engine_plan_js__WEBPACK_IMPORTED_MODULE_2__/* .UnreadableProjectError */ .lx)
            (0,_context_js__WEBPACK_IMPORTED_MODULE_6__/* .printDiagnostics */ .aE)(ctx, e.diagnostics);
        throw e;
    }
    const { plan, head, commitRange } = computed;
    (0,_context_js__WEBPACK_IMPORTED_MODULE_6__/* .printDiagnostics */ .aE)(ctx, ctx.values.verbose ? head.diagnostics : head.diagnostics.filter((d) => d.severity !== 'notice'));
    if (ctx.values.out)
        (0,_deploy_plan_file_js__WEBPACK_IMPORTED_MODULE_1__/* .writePlanJson */ .T)(ctx.values.out, plan);
    if (format === 'json')
        ctx.io.out.write(JSON.stringify(plan, null, 2) + '\n');
    else if (format === 'markdown')
        ctx.io.out.write((0,_render_comment_js__WEBPACK_IMPORTED_MODULE_4__/* .renderPlanMarkdown */ .d$)(plan, head, { commitRange }));
    else
        ctx.io.out.write((0,_render_comment_js__WEBPACK_IMPORTED_MODULE_4__/* .renderPlanText */ .$D)(plan, head));
    if ((0,_project_diagnostics_js__WEBPACK_IMPORTED_MODULE_3__/* .hasFatal */ .vW)(head.diagnostics))
        return 1;
    return plan.errors.length ? 1 : 0;
}


/***/ }),

/***/ 5636:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  w: () => (/* binding */ readPlanFile),
  T: () => (/* binding */ writePlanJson)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(8816);
// EXTERNAL MODULE: ./src/plan/types.ts
var types = __webpack_require__(9898);
;// CONCATENATED MODULE: ./src/render/plan-json.ts
/** Elements of a list stringified together: few enough to keep pieces small, many enough to keep calls few. */
const BATCH = 64;
/**
 * `JSON.stringify(plan, null, 2)` in pieces, one per batch of elements of the plan's lists, so
 * a plan of ten thousand steps is written without building its megabytes as one string (and
 * again as one buffer). Joined, the pieces are exactly that JSON: a batch stringified as
 * `[[…batch]]` sits two levels deep, as the plan's list elements do, so JSON.stringify indents
 * it as the whole plan would, and only its two wrapping brackets are cut off.
 */
function* planJsonPieces(plan) {
    let first = true;
    for (const [key, value] of Object.entries(plan)) {
        const sep = `${first ? '{' : ','}\n  ${JSON.stringify(key)}: `;
        if (Array.isArray(value) && value.length) {
            first = false;
            yield `${sep}[`;
            for (let i = 0; i < value.length; i += BATCH) {
                // `[\n  [` + `\n    element` joined by `,` + `\n  ]\n]`
                const text = JSON.stringify([value.slice(i, i + BATCH)], null, 2);
                yield (i ? ',' : '') + text.slice(5, -6);
            }
            yield '\n  ]';
            continue;
        }
        // Raw newlines in JSON.stringify's output are only ever its indentation (newlines in
        // strings come out escaped), so a value one level deep is re-indented by prefixing them.
        const text = JSON.stringify(value, null, 2);
        if (text === undefined)
            continue; // as JSON.stringify leaves out undefined and functions
        first = false;
        yield sep + text.replaceAll('\n', '\n  ');
    }
    yield first ? '{}' : '\n}';
}

// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(17);
// EXTERNAL MODULE: ./src/util/files.ts
var files = __webpack_require__(5787);
;// CONCATENATED MODULE: ./src/deploy/plan-file.ts






const step = schemas/* looseObject */._H3({
    id: schemas/* string */.YjP().min(1),
    table: schemas/* string */.YjP().min(1),
    action: schemas/* enum */.k5n(types/* STEP_ACTIONS */.R),
    statement: schemas/* string */.YjP().min(1),
    sql: schemas/* string */.YjP().optional(),
    properties: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* string */.YjP()).optional(),
    computePool: schemas/* string */.YjP().optional(),
    after: schemas/* array */.YOg(schemas/* string */.YjP()),
    wave: schemas/* number */.aig(),
    destructive: schemas/* boolean */.zMY(),
});
const planSchema = schemas/* looseObject */._H3({
    version: schemas/* literal */.euz(1),
    base: schemas/* string */.YjP().nullable(),
    head: schemas/* string */.YjP().nullable(),
    steps: schemas/* array */.YOg(step),
    errors: schemas/* array */.YOg(schemas/* looseObject */._H3({ message: schemas/* string */.YjP() })),
    hash: schemas/* string */.YjP().min(1),
});
/** A plan written by `plan --out` or the action's `plan-json` output, checked before anything runs. */
function readPlanFile(path) {
    const text = (0,files/* readUserFile */.E)(path, 'plan file');
    let raw;
    try {
        raw = JSON.parse(text);
    }
    catch (e) {
        throw new errors/* UserError */.y(`${path}: not a plan file: invalid JSON (${e.message}); write one with plan --out FILE`);
    }
    const result = planSchema.safeParse(raw);
    if (!result.success) {
        const issue = result.error.issues[0];
        throw new errors/* UserError */.y(`${path}: not a plan file: ${issue.path.join('.') || '(top level)'}: ${issue.message}; write one with plan --out FILE`);
    }
    const plan = result.data;
    const ids = new Set(plan.steps.map((s) => s.id));
    for (const s of plan.steps) {
        const missing = s.after.find((a) => !ids.has(a));
        if (missing)
            throw new errors/* UserError */.y(`${path}: step ${s.id} comes after ${missing}, which is not in the plan`);
    }
    return plan;
}
/** Writes the plan JSON in batches of pieces: a large plan never exists as one string. */
function writePlanJson(path, plan) {
    const fd = (0,external_node_fs_.openSync)(path, 'w');
    try {
        let batch = '';
        for (const piece of planJsonPieces(plan)) {
            batch += piece;
            if (batch.length >= 1 << 16) {
                writeAll(fd, batch);
                batch = '';
            }
        }
        writeAll(fd, batch + '\n');
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
function writeAll(fd, text) {
    const written = (0,external_node_fs_.writeSync)(fd, text);
    // A short write is rare (a full disk, a signal); finish from the bytes where it stopped.
    const bytes = Buffer.byteLength(text);
    if (written < bytes) {
        const buffer = Buffer.from(text);
        for (let done = written; done < bytes;)
            done += (0,external_node_fs_.writeSync)(fd, buffer, done);
    }
}


/***/ }),

/***/ 9947:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  d$: () => (/* binding */ renderPlanMarkdown),
  $D: () => (/* reexport */ renderPlanText)
});

// UNUSED EXPORTS: DEFAULT_MAX_CHARS, GITHUB_COMMENT_LIMIT, META_LABEL, PLAN_MARKER, readPlanMeta

// EXTERNAL MODULE: ./src/render/markdown.ts
var markdown = __webpack_require__(2495);
// EXTERNAL MODULE: ./src/render/mermaid.ts
var render_mermaid = __webpack_require__(1359);
;// CONCATENATED MODULE: ./src/render/plan-graph.ts


/** Mermaid's defaults (`maxTextSize`, `maxEdges`), which a diagram cannot raise on GitHub. */
const MERMAID_HARD_LIMITS = { chars: 50_000, edges: 500 };
/** Margins under the hard limits: GitHub's Mermaid version is not ours to choose. */
const DEFAULT_DIAGRAM_LIMITS = { maxChars: 40_000, maxEdges: 300, maxNodes: 300 };
const LAST_DIAGRAM_LEVEL = 4;
const STYLE_LEGEND = [
    ['changed', '🟥 changed'],
    ['impacted', '🟧 impacted'],
    ['context', '⬜ unchanged neighbour'],
    ['external', '🟦 external'],
];
const FALLBACK_ROWS = 30;
/** Draws the impacted sub-DAG of a plan at any level of detail; levels are computed on demand. */
class PlanDiagram {
    view;
    project;
    limits;
    planIds = [];
    contextIds = [];
    nodeOf = new Map();
    destructive;
    cache = new Map();
    planEdgeCount;
    /** Tables in the plan that are not in the head graph (removed ones): drawn without edges */
    loose = [];
    constructor(view, project, limits) {
        this.view = view;
        this.project = project;
        this.limits = limits;
        const g = project.graph;
        for (const n of view.nodes)
            this.nodeOf.set(n.table, n);
        this.destructive = new Set(view.destructiveTables);
        const inPlan = new Uint8Array(g.names.length);
        for (const n of view.nodes) {
            const id = g.index.get(n.table);
            if (id === undefined)
                this.loose.push(n.table);
            else if (!inPlan[id]) {
                inPlan[id] = 1;
                this.planIds.push(id);
            }
        }
        const inContext = new Uint8Array(g.names.length);
        let planEdges = 0;
        for (const id of this.planIds) {
            for (const p of g.parents[id]) {
                if (inPlan[p])
                    planEdges++;
                else
                    inContext[p] = 1;
            }
            for (const c of g.children[id])
                if (!inPlan[c])
                    inContext[c] = 1;
        }
        for (let i = 0; i < inContext.length; i++)
            if (inContext[i])
                this.contextIds.push(i);
        this.planEdgeCount = planEdges;
        const byLevel = (a, b) => view.levelOfId(a) - view.levelOfId(b) || a - b;
        this.planIds.sort(byLevel);
        this.contextIds.sort(byLevel);
    }
    /**
     * The levels worth trying, most detailed first: the drawn ones within the diagram limits
     * (skipping levels that would draw the same as the one before), then the table and nothing.
     */
    candidates() {
        const distinct = [];
        if (this.contextIds.length)
            distinct.push(0);
        distinct.push(1);
        if (this.groups().collapsed)
            distinct.push(2);
        return [...distinct.filter((level) => this.section(level).fits), 3, 4];
    }
    section(level) {
        let s = this.cache.get(level);
        if (!s) {
            s = level === 3 ? this.fallbackTable() : level === 4 ? this.omitted() : this.drawn(level);
            this.cache.set(level, s);
        }
        return s;
    }
    planNode(table) {
        const n = this.nodeOf.get(table);
        const note = n.action +
            (this.destructive.has(table) ? ' ⚠' : '') +
            (n.deployedAs && n.deployedAs !== table ? ` → ${n.deployedAs}` : '');
        return { name: table, style: n.changes.length ? 'changed' : 'impacted', note };
    }
    groupCache;
    groups() {
        return (this.groupCache ??= this.computeGroups());
    }
    computeGroups() {
        const g = this.project.graph;
        const key = (id) => {
            const t = this.project.tables.get(g.names[id]);
            return `${this.view.levelOfId(id)}\u0000${t?.product ?? ''}`;
        };
        const members = new Map();
        for (const id of this.planIds) {
            if (this.nodeOf.get(g.names[id]).changes.length)
                continue;
            const k = key(id);
            const list = members.get(k);
            if (list)
                list.push(id);
            else
                members.set(k, [id]);
        }
        let collapsed = 0;
        let groupCount = 0;
        for (const ids of members.values()) {
            if (ids.length > 1) {
                collapsed += ids.length;
                groupCount++;
            }
        }
        return { key, members, collapsed, groupCount };
    }
    drawn(level) {
        const g = this.project.graph;
        // The node counts are known up front: skip building what cannot fit. Without collapsing the
        // edges are too; collapsing only merges edges, so the plan's edges bound them.
        const groups = level === 2 ? this.groups() : undefined;
        const nodeCount = this.loose.length +
            (groups
                ? this.planIds.length - groups.collapsed + groups.groupCount
                : this.planIds.length + (level === 0 ? this.contextIds.length : 0));
        if (nodeCount > this.limits.maxNodes || (!groups && this.planEdgeCount > this.limits.maxEdges)) {
            return {
                level,
                lines: [],
                cut: null,
                mermaidChars: Infinity,
                edges: this.planEdgeCount,
                nodes: nodeCount,
                fits: false,
            };
        }
        const ids = level === 0 ? [...this.planIds, ...this.contextIds] : [...this.planIds];
        if (level === 0)
            ids.sort((a, b) => this.view.levelOfId(a) - this.view.levelOfId(b) || a - b);
        // unit[id] = the key edges use: the table name, or its summary node's key
        const unit = new Map();
        const nodes = this.loose.map((t) => this.planNode(t));
        const taken = new Set(nodes.map((n) => n.name));
        const groupKey = new Map();
        for (const id of ids) {
            const name = g.names[id];
            const members = groups?.members.get(groups.key(id));
            if (groups && this.nodeOf.has(name) && !this.nodeOf.get(name).changes.length && members.length > 1) {
                const k = groups.key(id);
                let gk = groupKey.get(k);
                if (!gk) {
                    gk = `\u0000group ${groupKey.size}`;
                    while (taken.has(gk) || this.project.tables.has(gk))
                        gk += '\u0000';
                    groupKey.set(k, gk);
                    nodes.push(this.groupNode(gk, members));
                }
                unit.set(id, gk);
                continue;
            }
            unit.set(id, name);
            taken.add(name);
            if (this.nodeOf.has(name))
                nodes.push(this.planNode(name));
            else {
                const external = this.project.tables.get(name)?.external ?? false;
                nodes.push({
                    name,
                    style: external ? 'external' : 'context',
                    note: external ? 'external' : 'unchanged',
                });
            }
        }
        const edges = [];
        const seen = new Set();
        for (const id of ids) {
            const to = unit.get(id);
            for (const p of g.parents[id]) {
                const from = unit.get(p);
                if (from === undefined || from === to)
                    continue;
                const k = `${from}\u0001${to}`;
                if (seen.has(k))
                    continue;
                seen.add(k);
                edges.push([from, to]);
            }
        }
        // Counting is cheap; rendering thousands of nodes only to find them over the limit is not.
        const counted = nodes.length <= this.limits.maxNodes && edges.length <= this.limits.maxEdges;
        const mermaid = counted ? (0,render_mermaid/* renderMermaid */.m)(nodes, edges) : '';
        const fits = counted && mermaid.length <= this.limits.maxChars;
        const styles = new Map();
        for (const n of nodes)
            if (!n.group)
                styles.set(n.style, (styles.get(n.style) ?? 0) + 1);
        if (groups?.collapsed)
            styles.set('impacted', (styles.get('impacted') ?? 0) + groups.collapsed);
        const legend = STYLE_LEGEND.filter(([s]) => styles.has(s))
            .map(([s, label]) => `${label} (${(0,markdown/* count */.U9)(styles.get(s))})`)
            .join(' · ');
        const lines = ['#### Impacted sub-DAG', '', legend, ''];
        let cut = null;
        if (level >= 1 && this.contextIds.length) {
            cut = 'unchanged neighbours not drawn';
        }
        if (level === 1 && this.contextIds.length) {
            lines.push(`> ✂️ To fit GitHub's limits, ${(0,markdown/* plural */.LS)(this.contextIds.length, 'unchanged neighbour table')} (parents and children of the plan) ${this.contextIds.length === 1 ? 'is' : 'are'} not drawn.`, '');
        }
        if (level === 2) {
            const parts = [];
            if (this.contextIds.length)
                parts.push(`${(0,markdown/* plural */.LS)(this.contextIds.length, 'unchanged neighbour table')} not drawn`);
            parts.push(`${(0,markdown/* plural */.LS)(groups.collapsed, 'impacted table')} collapsed into ${(0,markdown/* plural */.LS)(groups.groupCount, 'summary node')} per product and level`);
            lines.push(`> ✂️ To fit GitHub's limits: ${parts.join('; ')}.`, '');
            cut = `${this.contextIds.length ? 'unchanged neighbours not drawn, ' : ''}impacted tables collapsed in the diagram`;
        }
        lines.push('```mermaid', mermaid, '```');
        return {
            level,
            lines,
            cut,
            mermaidChars: counted ? mermaid.length : Infinity,
            edges: edges.length,
            nodes: nodes.length,
            fits,
        };
    }
    groupNode(key, ids) {
        const g = this.project.graph;
        const first = g.names[ids[0]];
        const product = this.project.tables.get(first)?.product || '(no product)';
        const actions = new Map();
        for (const id of ids) {
            const a = this.nodeOf.get(g.names[id]).action;
            actions.set(a, (actions.get(a) ?? 0) + 1);
        }
        const summary = [...actions].map(([a, n]) => `${n} ${a}`).join(', ');
        return {
            name: `+${ids.length} impacted in ${product}`,
            key,
            style: 'impacted',
            group: true,
            note: `level ${this.view.levelOfId(ids[0])}: ${summary}`,
        };
    }
    fallbackTable() {
        const rows = new Map();
        for (const n of this.view.nodes) {
            const level = this.view.level(n.table);
            const product = this.project.tables.get(n.table)?.product ?? '';
            const k = `${level}\u0000${product}`;
            let r = rows.get(k);
            if (!r)
                rows.set(k, (r = { level, product, changed: [], impacted: [] }));
            (n.changes.length ? r.changed : r.impacted).push(n.table);
        }
        const sorted = [...rows.values()].sort((a, b) => a.level - b.level || (a.product < b.product ? -1 : a.product > b.product ? 1 : 0));
        const names = (list) => list.length
            ? list
                .slice(0, 3)
                .map((t) => (0,markdown/* codeSpan */.SS)(t, 80))
                .join(', ') + (list.length > 3 ? ` +${(0,markdown/* count */.U9)(list.length - 3)} more` : '')
            : '—';
        const lines = [
            '#### Impacted sub-DAG',
            '',
            `> ✂️ The impacted sub-DAG (${(0,markdown/* plural */.LS)(this.view.nodes.length, 'table')}, ${(0,markdown/* plural */.LS)(this.planEdgeCount, 'edge')}) is too large for a diagram within GitHub's limits; its tables per level and product:`,
            '',
            ...(0,markdown/* tableHead */.PP)(['level', 'product', 'changed', 'impacted', 'tables']),
            ...sorted
                .slice(0, FALLBACK_ROWS)
                .map((r) => (0,markdown/* row */.nM)([
                r.level < 0 ? '—' : String(r.level),
                r.product ? (0,markdown/* codeSpan */.SS)(r.product, 60) : '—',
                (0,markdown/* count */.U9)(r.changed.length),
                (0,markdown/* count */.U9)(r.impacted.length),
                names([...r.changed, ...r.impacted]),
            ])),
        ];
        if (sorted.length > FALLBACK_ROWS) {
            lines.push('', `_… ${(0,markdown/* plural */.LS)(sorted.length - FALLBACK_ROWS, 'more group')} in the plan JSON / job summary_`);
        }
        return {
            level: 3,
            lines,
            cut: 'graph shown as a table',
            mermaidChars: 0,
            edges: 0,
            nodes: 0,
            fits: true,
        };
    }
    omitted() {
        return {
            level: 4,
            lines: [
                '#### Impacted sub-DAG',
                '',
                `> ✂️ Omitted to fit GitHub's comment size limit: ${(0,markdown/* plural */.LS)(this.view.nodes.length, 'table')}, ${(0,markdown/* plural */.LS)(this.planEdgeCount, 'edge')}.`,
            ],
            cut: 'graph omitted',
            mermaidChars: 0,
            edges: 0,
            nodes: 0,
            fits: true,
        };
    }
}
/** Clamps caller limits to Mermaid's hard ones. */
function diagramLimits(partial = {}) {
    return {
        maxChars: Math.min(partial.maxChars ?? DEFAULT_DIAGRAM_LIMITS.maxChars, MERMAID_HARD_LIMITS.chars),
        maxEdges: Math.min(partial.maxEdges ?? DEFAULT_DIAGRAM_LIMITS.maxEdges, MERMAID_HARD_LIMITS.edges),
        maxNodes: partial.maxNodes ?? DEFAULT_DIAGRAM_LIMITS.maxNodes,
    };
}

// EXTERNAL MODULE: ./src/graph/graph.ts
var graph = __webpack_require__(1924);
;// CONCATENATED MODULE: ./src/render/plan-view.ts

/** Change kinds that need nothing deployed. */
const NO_DEPLOY = new Set(['format-only', 'renamed']);
function planView(plan, project) {
    const g = project.graph;
    // By id, null on a cycle: the project reports it, and the plan renders in plan order.
    const levels = (0,graph/* levelsByIdOrNull */.YW)(g);
    const levelOfId = (id) => (levels ? levels[id] : -1);
    const level = (t) => {
        const id = g.index.get(t);
        return id === undefined ? -1 : levelOfId(id);
    };
    // Decorate-sort-undecorate: stable, and no map lookups inside the comparator.
    const nodes = plan.nodes
        .map((n, i) => ({ n, level: level(n.table), i }))
        .sort((a, b) => a.level - b.level || a.i - b.i)
        .map((x) => x.n);
    // The planner already orders steps by wave; the stable sort would return them as they are.
    const steps = byWave(plan.steps)
        ? plan.steps.slice()
        : plan.steps
            .map((s, i) => ({ s, i }))
            .sort((a, b) => a.s.wave - b.s.wave || a.i - b.i)
            .map((x) => x.s);
    const stepNumber = new StepNumbers(steps);
    const destructiveSet = new Set();
    let destructiveSteps = 0;
    for (const s of plan.steps) {
        if (!s.destructive)
            continue;
        destructiveSteps++;
        destructiveSet.add(s.table);
    }
    // Node order first, then the tables of steps without a node.
    const destructiveTables = new Set();
    for (const n of nodes)
        if (destructiveSet.has(n.table))
            destructiveTables.add(n.table);
    for (const s of plan.steps)
        if (destructiveSet.has(s.table))
            destructiveTables.add(s.table);
    const changedTables = new Set(plan.changes.filter((c) => !NO_DEPLOY.has(c.kind)).map((c) => c.table));
    const noDeploy = plan.changes.filter((c) => NO_DEPLOY.has(c.kind) && !changedTables.has(c.table));
    return {
        plan,
        nodes,
        steps,
        stepNumber,
        level,
        levelOfId,
        destructiveTables: [...destructiveTables],
        destructive: destructiveSet,
        counts: {
            changed: changedTables.size,
            noDeploy: new Set(noDeploy.map((c) => c.table)).size,
            nodes: plan.nodes.length,
            steps: plan.steps.length,
            destructive: destructiveSteps,
            waves: plan.steps.reduce((m, s) => Math.max(m, s.wave + 1), 0),
        },
    };
}
/**
 * Numbers of steps by id, found by reading the steps only as far as asked. A comment shows the
 * first few hundred steps of a large plan and their `after` ids point at earlier steps: a map
 * of all ten thousand ids cost more than the rows shown.
 */
class StepNumbers {
    steps;
    known = new Map();
    read = 0;
    constructor(steps) {
        this.steps = steps;
    }
    get(id) {
        const hit = this.known.get(id);
        if (hit !== undefined)
            return hit;
        while (this.read < this.steps.length) {
            const s = this.steps[this.read++];
            if (this.known.has(s.id))
                continue;
            this.known.set(s.id, this.read);
            if (s.id === id)
                return this.read;
        }
        return undefined;
    }
}
function byWave(steps) {
    for (let i = 1; i < steps.length; i++)
        if (steps[i].wave < steps[i - 1].wave)
            return false;
    return true;
}
/** `abc1234` for a commit SHA, the ref itself otherwise. */
function shortRef(ref) {
    return /^[0-9a-f]{8,64}$/i.test(ref) ? ref.slice(0, 7) : ref;
}
function statusText(kind) {
    return kind === 'none'
        ? 'none (ancestors assumed running)'
        : kind === 'file'
            ? 'from a status file'
            : 'from Confluent Cloud';
}
/** Whether a plan has anything to deploy. */
function hasWork(plan) {
    return plan.nodes.length > 0 || plan.steps.length > 0;
}
/** The carry-over source of a create-statement step, when it continues from old offsets. */
function offsetsFrom(step) {
    return step.properties?.['sql.tables.initial-offset-from'];
}

;// CONCATENATED MODULE: ./src/render/rows.ts
/**
 * The rows of one list of the PR comment, rendered on first use. A comment cut to GitHub's
 * limit shows a few hundred of a large plan's ten thousand steps: rendering every row only to
 * measure it and throw it away cost more than the rest of the comment. Every question the
 * layout asks (how long are the first n rows, how many plan items do they stand for) renders
 * exactly the rows it needs, so the answers are those of the fully rendered list.
 */
class Rows {
    length;
    render;
    lines = [];
    /** sums[i] = length of lines[0..i) with their newlines */
    sums = [0];
    /** itemSums[i] = plan items behind rows [0..i); absent when every row is one item */
    itemSums;
    /**
     * @param length how many rows the list has
     * @param render row i (pure: the same row whenever it is asked for)
     * @param items plan items behind each row, when a row can stand for several
     */
    constructor(length, render, items) {
        this.length = length;
        this.render = render;
        if (items) {
            const sums = [0];
            for (let i = 0; i < length; i++)
                sums.push(sums[i] + items[i]);
            this.itemSums = sums;
        }
    }
    static of(lines, items) {
        return new Rows(lines.length, (i) => lines[i], items);
    }
    /** Characters of the first n rows, a newline after each. */
    chars(n) {
        this.fill(n);
        return this.sums[n];
    }
    /**
     * Characters of the first rows up to the first prefix reaching `limit`, or of all rows when
     * they stay below it: whether the whole list is shorter than the limit, learnt without
     * rendering past it.
     */
    charsReaching(limit) {
        let n = 0;
        while (n < this.length && this.chars(n) < limit)
            n++;
        return this.chars(n);
    }
    /** Plan items behind the first n rows. */
    items(n) {
        return this.itemSums ? this.itemSums[n] : n;
    }
    first(n) {
        this.fill(n);
        return this.lines.slice(0, n);
    }
    fill(n) {
        for (let i = this.lines.length; i < n; i++) {
            const line = this.render(i);
            this.lines.push(line);
            this.sums.push(this.sums[i] + line.length + 1);
        }
    }
}

;// CONCATENATED MODULE: ./src/render/text.ts


/** Columns are padded to the widest cell, up to this; longer cells just push the line. */
const MAX_COLUMN = 40;
/** Aligned columns; every cell is made terminal-safe (no control characters or escapes). */
function columns(rows, indent = '  ') {
    const safe = rows.map((r) => r.map((c) => (0,markdown/* visible */.RK)(c)));
    const widths = [];
    for (const r of safe)
        r.forEach((c, i) => (widths[i] = Math.min(MAX_COLUMN, Math.max(widths[i] ?? 0, c.length))));
    return safe.map((r) => (indent + r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]))).join('  ')).trimEnd());
}
function problems(list) {
    return list.map((w) => `  ${(0,markdown/* visible */.RK)(w.code)}${w.table !== undefined ? ` ${(0,markdown/* visible */.RK)(w.table)}` : ''}: ${(0,markdown/* visible */.RK)(w.message, ' ')}`);
}
/** The plan for a terminal: the same content as the PR comment, complete and unstyled. */
function renderPlanText(plan, project) {
    const view = planView(plan, project);
    const { counts } = view;
    const out = [];
    const head = hasWork(plan)
        ? [
            ...(counts.changed || counts.noDeploy ? [`${(0,markdown/* plural */.LS)(counts.changed, 'table')} changed`] : []),
            `${(0,markdown/* plural */.LS)(counts.nodes, 'statement')} impacted`,
            (0,markdown/* plural */.LS)(counts.steps, 'step'),
        ].join(', ') + (counts.destructive ? ` (${(0,markdown/* count */.U9)(counts.destructive)} destructive)` : '')
        : 'No deployable changes';
    out.push(`Flink pipeline plan: ${head}`);
    const context = [
        ...(counts.noDeploy ? [`${(0,markdown/* plural */.LS)(counts.noDeploy, 'table')} only reformatted or moved (no deploy)`] : []),
        ...(plan.base !== null || plan.head !== null
            ? [
                [
                    ...(plan.base !== null ? [`base ${(0,markdown/* visible */.RK)(shortRef(plan.base))}`] : []),
                    ...(plan.head !== null ? [`head ${(0,markdown/* visible */.RK)(shortRef(plan.head))}`] : []),
                ].join(' -> '),
            ]
            : []),
        `live status: ${statusText(plan.status)}`,
        ...(plan.strategy === 'blue-green' ? ['strategy: blue-green'] : []),
    ];
    out.push(context.join(' | '), '');
    if (plan.errors.length) {
        out.push(`ERRORS (${(0,markdown/* count */.U9)(plan.errors.length)}): this plan cannot be deployed`, ...problems(plan.errors), '');
    }
    if (plan.changes.length) {
        out.push(`Changes (${(0,markdown/* count */.U9)(plan.changes.length)}):`);
        out.push(...columns(plan.changes.map((c) => [
            c.table,
            c.kind + (NO_DEPLOY.has(c.kind) ? ' (no deploy)' : ''),
            c.detail ? (0,markdown/* visible */.RK)(c.detail, ' ') : '-',
            c.files.join(', '),
        ])), '');
    }
    if (hasWork(plan)) {
        out.push(`Plan (${(0,markdown/* plural */.LS)(counts.nodes, 'statement')}, in dependency order):`);
        out.push(...columns(view.nodes.map((n, i) => [
            String(i + 1),
            n.table + (n.deployedAs && n.deployedAs !== n.table ? ` -> ${n.deployedAs}` : ''),
            n.action + (view.destructive.has(n.table) ? ' (destructive)' : ''),
            (0,markdown/* visible */.RK)(n.reason, ' '),
        ])), '');
        if (view.steps.length) {
            out.push(`Steps (${(0,markdown/* plural */.LS)(counts.steps, 'step')} in ${(0,markdown/* plural */.LS)(counts.waves, 'wave')}):`);
            out.push(...columns([
                ['#', 'wave', 'step', 'statement', 'after', ''],
                ...view.steps.map((s, i) => {
                    const from = offsetsFrom(s);
                    return [
                        String(i + 1),
                        String(s.wave),
                        `${s.action} ${s.table}${from !== undefined ? ` (from the offsets of ${from})` : ''}`,
                        s.statement,
                        s.after
                            .map((id) => view.stepNumber.get(id) ?? id)
                            .sort((a, b) => typeof a === 'number' && typeof b === 'number' ? a - b : typeof a === 'number' ? -1 : 1)
                            .join(',') || '-',
                        s.destructive ? 'DESTRUCTIVE' : '',
                    ];
                }),
            ]), '');
        }
    }
    else {
        out.push(counts.noDeploy
            ? 'Nothing to deploy: the changes only reformat or move SQL files.'
            : 'Nothing to deploy: no table changes.', '');
    }
    if (plan.warnings.length)
        out.push(`Warnings (${(0,markdown/* count */.U9)(plan.warnings.length)}):`, ...problems(plan.warnings), '');
    out.push(`plan hash ${(0,markdown/* visible */.RK)(plan.hash)}`, '');
    return out.join('\n');
}

;// CONCATENATED MODULE: ./src/render/comment.ts





/** First line of the sticky comment: the action finds its comment by it. */
const PLAN_MARKER = '<!-- flink-pipeline:plan -->';
const META_LABEL = 'flink-pipeline:meta';
/** GitHub rejects comment bodies longer than this (UTF-16 code units, as `.length` counts). */
const GITHUB_COMMENT_LIMIT = 65_536;
const DEFAULT_MAX_CHARS = 65_000;
/** Reads the hidden metadata back from a comment body (null when absent or unreadable). */
function readPlanMeta(body) {
    const meta = readHiddenJsonComment(body, META_LABEL);
    return meta && typeof meta === 'object' && meta.version === 1 ? meta : null;
}
const MORE_WHERE = 'in the plan JSON / job summary';
/** Lists longer than this fold into `<details>`. */
const DETAILS_AFTER = 25;
const MAX_ERRORS = 20;
const MAX_DESTRUCTIVE_NAMES = 10;
const LISTS = ['changes', 'nodes', 'steps', 'warnings'];
/** Rows every list keeps before any is filled further, and the fewest it keeps under pressure. */
const MIN_ROWS = { changes: 10, nodes: 10, steps: 20, warnings: 5 };
const FLOOR_ROWS = { changes: 0, nodes: 0, steps: 10, warnings: 0 };
/** Shares of the budget: what the author changed first, then the plan, then its steps. */
const WEIGHT = { changes: 2, nodes: 1.5, steps: 1.5, warnings: 0.5 };
/** Most of the budget a diagram may keep once the lists have to be cut. */
const DIAGRAM_SHARE = 0.35;
/** Warnings of one code listed one by one before the rest are summarised on one line. */
const WARNINGS_PER_CODE = 5;
const NOUN = {
    changes: 'change',
    nodes: 'statement',
    steps: 'step',
    warnings: 'warning',
};
/**
 * The sticky PR comment for a plan (docs/architecture.md#the-path-of-a-pull-request): marker and hidden metadata, summary, errors,
 * changes, ordered plan and steps, warnings, and the impacted sub-DAG as Mermaid. Pure. The body
 * never exceeds `maxChars`: the diagram is reduced first (neighbours dropped, impacted tables
 * collapsed, a table instead), then the lists are cut, always with a visible note; the summary,
 * the errors and the first steps always remain.
 */
function renderPlanMarkdown(plan, project, opts = {}) {
    const maxChars = opts.maxChars ?? DEFAULT_MAX_CHARS;
    const view = planView(plan, project);
    const warnings = warningRows(plan.warnings);
    // Rows are rendered as the layout asks for them: a cut comment never renders the rest.
    const rows = {
        changes: new Rows(plan.changes.length, (i) => changeRow(plan.changes[i])),
        nodes: new Rows(view.nodes.length, (i) => nodeRow(view, view.nodes[i], i)),
        steps: new Rows(view.steps.length, (i) => stepRow(view, view.steps[i], i)),
        warnings: Rows.of(warnings.map((w) => w.line), warnings.map((w) => w.warnings.length)),
    };
    const diagram = hasWork(plan) ? new PlanDiagram(view, project, diagramLimits(opts.diagram)) : undefined;
    const render = (layout) => assemble(view, opts, rows, warnings, diagram, layout);
    const all = Object.fromEntries(LISTS.map((k) => [k, rows[k].length]));
    const size = (k, n) => rows[k].chars(n);
    // 1. Everything, with the diagram reduced step by step down to the table.
    const levels = diagram ? diagram.candidates().filter((l) => l <= 3) : [null];
    let listsAlone = 0;
    for (const k of LISTS)
        listsAlone += rows[k].charsReaching(maxChars - listsAlone);
    if (listsAlone < maxChars) {
        for (const level of levels) {
            const body = render({ diagram: level, keep: all });
            if (body.length <= maxChars)
                return body;
        }
    }
    // 2. The lists share what is left, each keeping its first rows. The diagram stays in its most
    // reduced drawn form when that is small; replacing it by the table would save little.
    const drawn = levels.filter((l) => l !== null && l <= 2);
    const compact = drawn[drawn.length - 1];
    let level = diagram ? 3 : null;
    if (compact !== undefined &&
        diagram.section(compact).lines.join('\n').length <= maxChars * DIAGRAM_SHARE) {
        level = compact;
    }
    const floor = (k, table) => Math.min(table[k], all[k]);
    const mins = Object.fromEntries(LISTS.map((k) => [k, floor(k, MIN_ROWS)]));
    const overhead = render({ diagram: level, keep: mins }).length - LISTS.reduce((sum, k) => sum + size(k, mins[k]), 0);
    // The margin covers notes whose digits change with the final counts.
    const keep = allocate(rows, mins, maxChars - overhead - 200);
    let body = render({ diagram: level, keep });
    // 3. Still over (very long rows): shrink the largest list, then drop the diagram.
    while (body.length > maxChars) {
        const shrinkable = LISTS.filter((k) => keep[k] > floor(k, FLOOR_ROWS));
        if (!shrinkable.length) {
            if (level === null || level === 4)
                return hardCut(body, maxChars);
            level = 4;
        }
        else {
            const k = shrinkable.reduce((a, b) => (size(b, keep[b]) > size(a, keep[a]) ? b : a));
            keep[k] = Math.max(floor(k, FLOOR_ROWS), keep[k] - Math.max(1, Math.ceil(keep[k] / 10)));
        }
        body = render({ diagram: level, keep });
    }
    return body;
}
/**
 * Weighted water-filling: each open list gets its weighted share of what is left, lists that
 * need less give the rest back, and a last pass fills any remainder in list order.
 */
function allocate(rows, mins, budget) {
    const keep = { ...mins };
    const total = (k) => rows[k].length;
    let remaining = budget - LISTS.reduce((sum, k) => sum + rows[k].chars(keep[k]), 0);
    const take = (k, allowance) => {
        const start = rows[k].chars(keep[k]);
        while (keep[k] < total(k) && rows[k].chars(keep[k] + 1) - start <= allowance)
            keep[k]++;
        const spent = rows[k].chars(keep[k]) - start;
        remaining -= spent;
        return spent;
    };
    let open = LISTS.filter((k) => keep[k] < total(k));
    while (open.length && remaining > 0) {
        const weights = open.reduce((sum, k) => sum + WEIGHT[k], 0);
        const shares = open.map((k) => Math.floor((remaining * WEIGHT[k]) / weights));
        let progress = 0;
        open.forEach((k, i) => (progress += take(k, shares[i])));
        open = open.filter((k) => keep[k] < total(k));
        if (!progress)
            break;
    }
    for (const k of LISTS)
        if (remaining > 0)
            take(k, remaining);
    return keep;
}
/** Warning lines: the first few of each code one by one, the rest of that code on one line. */
function warningRows(list) {
    const seen = new Map();
    const rest = new Map();
    const out = [];
    for (const w of list) {
        const n = seen.get(w.code) ?? 0;
        seen.set(w.code, n + 1);
        if (n < WARNINGS_PER_CODE)
            out.push({ line: `- ${problem(w, 400)}`, warnings: [w] });
        else {
            const list = rest.get(w.code);
            if (list)
                list.push(w);
            else
                rest.set(w.code, [w]);
        }
    }
    for (const [code, ws] of rest) {
        const tables = ws.filter((w) => w.table !== undefined).map((w) => w.table);
        const shown = tables.slice(0, 5).map((t) => (0,markdown/* codeSpan */.SS)(t, 100));
        const on = tables.length
            ? `: on ${shown.join(', ')}${tables.length > shown.length ? ` and ${(0,markdown/* count */.U9)(tables.length - shown.length)} more` : ''}`
            : '';
        out.push({
            line: `- **${(0,markdown/* markdownText */.p7)((0,markdown/* clip */.$Q)(code, 60))}** ×${(0,markdown/* count */.U9)(ws.length)} more${on} (each ${MORE_WHERE})`,
            warnings: ws,
        });
    }
    return out;
}
function assemble(view, opts, rows, warnings, diagram, layout) {
    const { plan, counts } = view;
    const cutLists = LISTS.filter((k) => layout.keep[k] < rows[k].length);
    const kept = (k) => rows[k].first(layout.keep[k]);
    const left = (k) => rows[k].items(rows[k].length) - rows[k].items(layout.keep[k]);
    const section = diagram && layout.diagram !== null ? diagram.section(layout.diagram) : undefined;
    const meta = {
        version: 1,
        hash: plan.hash,
        base: plan.base,
        head: plan.head,
        truncated: cutLists.length > 0,
    };
    const out = [PLAN_MARKER, (0,markdown/* hiddenJsonComment */.q)(META_LABEL, meta)];
    out.push(`### ${(0,markdown/* markdownText */.p7)((0,markdown/* clip */.$Q)(opts.title ?? 'Flink pipeline plan', 200))}`, '');
    out.push(summaryLine(view, opts), '');
    const cuts = [];
    if (section?.cut)
        cuts.push(section.cut);
    for (const k of cutLists) {
        const total = rows[k].items(rows[k].length);
        cuts.push(`${(0,markdown/* count */.U9)(total - left(k))} of ${(0,markdown/* plural */.LS)(total, NOUN[k])} listed`);
    }
    if (cuts.length) {
        out.push(`> ✂️ **Shortened to fit GitHub's limits:** ${cuts.join('; ')}. The full plan is ${MORE_WHERE}.`, '');
    }
    if (plan.errors.length)
        out.push(...errorCallout(plan.errors), '');
    if (counts.destructive)
        out.push(...destructiveCallout(view), '');
    if (plan.changes.length) {
        out.push(`#### Changes (${(0,markdown/* count */.U9)(plan.changes.length)})`, '');
        out.push(...(0,markdown/* tableHead */.PP)(['table', 'kind', 'detail', 'files']));
        out.push(...kept('changes'), ...more(left('changes'), 'change'), '');
    }
    if (hasWork(plan)) {
        out.push(`#### Plan: ${(0,markdown/* plural */.LS)(counts.nodes, 'statement')} in dependency order`, '');
        const nodesFolded = rows.nodes.length > DETAILS_AFTER;
        if (nodesFolded)
            out.push(`<details><summary>${(0,markdown/* plural */.LS)(counts.nodes, 'statement')}</summary>`, '');
        out.push(...(0,markdown/* tableHead */.PP)(['#', 'table', 'action', 'reason']));
        out.push(...kept('nodes'), ...more(left('nodes'), 'statement'));
        if (nodesFolded)
            out.push('', '</details>');
        out.push('');
        if (rows.steps.length) {
            const title = `${(0,markdown/* plural */.LS)(counts.steps, 'step')} in ${(0,markdown/* plural */.LS)(counts.waves, 'wave')}${counts.destructive ? ` (${(0,markdown/* count */.U9)(counts.destructive)} destructive)` : ''}`;
            const stepsFolded = rows.steps.length > DETAILS_AFTER;
            out.push(stepsFolded ? `<details><summary>${title}</summary>` : `**${title}**`, '');
            out.push(...(0,markdown/* tableHead */.PP)(['#', 'wave', 'step', 'statement', 'after', 'destructive']));
            out.push(...kept('steps'), ...more(left('steps'), 'step'));
            if (stepsFolded)
                out.push('', '</details>');
            out.push('');
        }
    }
    if (plan.warnings.length) {
        out.push(`#### Warnings (${(0,markdown/* count */.U9)(plan.warnings.length)})`, '');
        out.push(...kept('warnings'));
        const rest = warnings.slice(layout.keep.warnings).flatMap((w) => w.warnings);
        if (rest.length)
            out.push(`- _… ${(0,markdown/* plural */.LS)(rest.length, 'more warning')} (${byCode(rest)}) ${MORE_WHERE}_`);
        out.push('');
    }
    if (section)
        out.push(...section.lines, '');
    out.push(`<sub>Plan hash ${(0,markdown/* codeSpan */.SS)(plan.hash, 80)} · flink-pipeline</sub>`, '');
    return out.join('\n');
}
function more(n, noun) {
    return n > 0 ? ['', `_… ${(0,markdown/* plural */.LS)(n, `more ${noun}`)} ${MORE_WHERE}_`] : [];
}
function byCode(warnings) {
    const codes = new Map();
    for (const w of warnings)
        codes.set(w.code, (codes.get(w.code) ?? 0) + 1);
    const list = [...codes].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    const shown = list.slice(0, 5).map(([c, n]) => `${(0,markdown/* markdownText */.p7)((0,markdown/* clip */.$Q)(c, 40))} ×${(0,markdown/* count */.U9)(n)}`);
    return shown.join(', ') + (list.length > 5 ? ', …' : '');
}
function summaryLine(view, opts) {
    const { plan, counts } = view;
    const parts = [];
    if (hasWork(plan)) {
        const head = [
            ...(counts.changed || counts.noDeploy ? [`${(0,markdown/* plural */.LS)(counts.changed, 'table')} changed`] : []),
            `${(0,markdown/* plural */.LS)(counts.nodes, 'statement')} impacted`,
            (0,markdown/* plural */.LS)(counts.steps, 'step'),
        ];
        parts.push(`**${head.join(', ')}**${counts.destructive ? ` (${(0,markdown/* count */.U9)(counts.destructive)} destructive)` : ''}`);
    }
    else {
        parts.push('**No deployable changes**');
    }
    if (counts.noDeploy)
        parts.push(`${(0,markdown/* plural */.LS)(counts.noDeploy, 'table')} only reformatted or moved (no deploy)`);
    const range = [
        ...(plan.base !== null ? [`base ${(0,markdown/* codeSpan */.SS)(shortRef(plan.base), 60)}`] : []),
        ...(plan.head !== null ? [`head ${(0,markdown/* codeSpan */.SS)(shortRef(plan.head), 60)}`] : []),
    ].join(' → ');
    // The range description ends in the same short SHAs the line already shows.
    const described = range
        ? opts.commitRange?.replace(/\s*\([0-9a-f]{7,}\.\.[0-9a-f]{7,}\)$/, '')
        : opts.commitRange;
    const how = described ? (0,markdown/* markdownText */.p7)((0,markdown/* clip */.$Q)(described, 200)) : '';
    if (range || how)
        parts.push(range && how ? `${range} (${how})` : range || how);
    parts.push(`live status: ${statusText(plan.status)}`);
    if (plan.strategy === 'blue-green')
        parts.push('strategy: blue-green');
    let line = parts.join(' · ');
    if (plan.errors.length)
        line = `❌ ${line}`;
    if (!hasWork(plan)) {
        line +=
            '\n\n' +
                (counts.noDeploy
                    ? 'The changes below only reformat or move SQL files: no statement is stopped, dropped or created.'
                    : 'No table under the pipelines folder changes: no statement is stopped, dropped or created.');
    }
    return line;
}
function errorCallout(errors) {
    const lines = [
        '> [!CAUTION]',
        `> **This plan has ${(0,markdown/* plural */.LS)(errors.length, 'error')} and cannot be deployed:**`,
        ...errors.slice(0, MAX_ERRORS).map((e) => `> - ${problem(e, 500)}`),
    ];
    if (errors.length > MAX_ERRORS)
        lines.push(`> - _… ${(0,markdown/* plural */.LS)(errors.length - MAX_ERRORS, 'more error')} ${MORE_WHERE}_`);
    return lines;
}
function destructiveCallout(view) {
    const tables = view.destructiveTables;
    const names = tables
        .slice(0, MAX_DESTRUCTIVE_NAMES)
        .map((t) => (0,markdown/* codeSpan */.SS)(t, 100))
        .join(', ');
    const rest = tables.length > MAX_DESTRUCTIVE_NAMES ? ` and ${(0,markdown/* count */.U9)(tables.length - MAX_DESTRUCTIVE_NAMES)} more` : '';
    const n = view.counts.destructive;
    return [
        '> [!WARNING]',
        `> **${(0,markdown/* plural */.LS)(n, 'destructive step')}** ${n === 1 ? 'drops' : 'drop'} existing ${tables.length === 1 ? 'table' : 'tables'} and ${tables.length === 1 ? 'its topic' : 'their topics'}: ${names}${rest}. The deploy refuses ${n === 1 ? 'it' : 'them'} unless \`allow-destructive\` is set or the ${tables.length === 1 ? 'table is' : 'tables are'} listed in \`allowDestructive\`.`,
    ];
}
function problem(w, max) {
    return `**${(0,markdown/* markdownText */.p7)((0,markdown/* clip */.$Q)(w.code, 60))}**${w.table !== undefined ? ` ${(0,markdown/* codeSpan */.SS)(w.table, 100)}` : ''}: ${(0,markdown/* richText */.YD)(w.message, max)}`;
}
function changeRow(c) {
    const files = c.files
        .slice(0, 3)
        .map((f) => (0,markdown/* codeSpan */.SS)(f, 150))
        .join('<br>') + (c.files.length > 3 ? `<br>+${(0,markdown/* count */.U9)(c.files.length - 3)} more` : '');
    return (0,markdown/* row */.nM)([
        (0,markdown/* codeSpan */.SS)(c.table, 150),
        (0,markdown/* markdownText */.p7)((0,markdown/* clip */.$Q)(c.kind, 40)) + (NO_DEPLOY.has(c.kind) ? ' (no deploy)' : ''),
        c.detail ? (0,markdown/* richText */.YD)(c.detail, 200) : '—',
        files || '—',
    ]);
}
function nodeRow(view, n, i) {
    const renamed = n.deployedAs && n.deployedAs !== n.table ? ` → ${(0,markdown/* codeSpan */.SS)(n.deployedAs, 150)}` : '';
    const destructive = view.destructive.has(n.table) ? ' ⚠️' : '';
    return (0,markdown/* row */.nM)([
        (0,markdown/* count */.U9)(i + 1),
        (0,markdown/* codeSpan */.SS)(n.table, 150) + renamed,
        (0,markdown/* markdownText */.p7)((0,markdown/* clip */.$Q)(n.action, 40)) + destructive,
        (0,markdown/* richText */.YD)(n.reason, 300),
    ]);
}
function stepRow(view, s, i) {
    const from = offsetsFrom(s);
    let step = `${(0,markdown/* markdownText */.p7)((0,markdown/* clip */.$Q)(s.action, 40))} ${(0,markdown/* codeSpan */.SS)(s.table, 100)}`;
    if (from !== undefined)
        step += ` · from the offsets of ${(0,markdown/* codeSpan */.SS)(from, 100)}`;
    if (s.action === 'alter-table' && s.sql)
        step += ` · ${(0,markdown/* codeSpan */.SS)((0,markdown/* visible */.RK)(s.sql, ' ').replace(/\s+/g, ' '), 120)}`;
    const after = s.after
        .map((id) => view.stepNumber.get(id) ?? id)
        .sort((a, b) => (typeof a === 'number' && typeof b === 'number' ? a - b : typeof a === 'number' ? -1 : 1))
        .slice(0, 4)
        .map((n) => (typeof n === 'number' ? (0,markdown/* count */.U9)(n) : (0,markdown/* codeSpan */.SS)(n, 60)))
        .join(', ');
    return (0,markdown/* row */.nM)([
        (0,markdown/* count */.U9)(i + 1),
        (0,markdown/* count */.U9)(s.wave),
        step,
        (0,markdown/* codeSpan */.SS)(s.statement, 100),
        (after || '—') + (s.after.length > 4 ? ` +${(0,markdown/* count */.U9)(s.after.length - 4)} more` : ''),
        s.destructive ? '⚠️' : '',
    ]);
}
/** Last resort when even the shortest layout is too long: cut at a line, close what is open. */
function hardCut(body, maxChars) {
    const note = `\n\n_✂️ Comment cut at ${(0,markdown/* count */.U9)(maxChars)} characters; the full plan is ${MORE_WHERE}._\n`;
    const lines = body.split('\n');
    const kept = [];
    let size = 0;
    let fence = false;
    let details = 0;
    const closing = () => (fence ? 4 : 0) + details * 12;
    for (const line of lines) {
        if (size + line.length + 1 + note.length + closing() + 20 > maxChars)
            break;
        kept.push(line);
        size += line.length + 1;
        if (line.startsWith('```'))
            fence = !fence;
        if (line.startsWith('<details>'))
            details++;
        if (line === '</details>')
            details--;
    }
    if (fence)
        kept.push('```');
    for (let i = 0; i < details; i++)
        kept.push('', '</details>');
    return (kept.join('\n') + note).slice(0, maxChars);
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
