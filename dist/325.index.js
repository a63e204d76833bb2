export const id = 325;
export const ids = [325];
export const modules = {

/***/ 2325:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   analyzeCommand: () => (/* binding */ analyzeCommand)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _sql_analyze_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5917);
/* harmony import */ var _sql_scalar_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2838);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(17);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5217);





const utf8 = new TextDecoder('utf-8', { fatal: true });
/** The analysis as inventory and plan see it: reasons the config's `scalarFunctions` remove are gone. */
function fileResult(file, a, scalar) {
    const kept = (reasons) => reasons.filter((r) => !scalar.covers(r));
    const statements = a.statements.map((s) => {
        const reasons = kept(s.reasons);
        return { s, reasons, stateful: s.stateful === null ? null : reasons.length > 0 };
    });
    const verdicts = statements.filter((x) => x.stateful !== null);
    return {
        file,
        statements: statements.map(({ s, reasons, stateful }) => ({
            kind: s.kind,
            startLine: s.startLine,
            endLine: s.endLine,
            sinks: s.sinks,
            sources: s.sources,
            stateful,
            reasons,
            joins: s.joins,
            ...(s.ddl ? { ddl: s.ddl } : {}),
            ...(s.property ? { property: s.property } : {}),
            ...(s.use ? { use: s.use } : {}),
            fingerprint: s.fingerprint,
        })),
        sinks: a.sinks,
        sources: a.sources,
        stateful: verdicts.length ? verdicts.some((x) => x.stateful) : null,
        reasons: kept(a.reasons),
        properties: a.properties,
        fingerprint: a.fingerprint,
        issues: a.issues,
    };
}
function text(r) {
    const lines = [`${r.file}`];
    lines.push(`  sinks:    ${r.sinks.join(', ') || '-'}`);
    lines.push(`  sources:  ${r.sources.join(', ') || '-'}`);
    lines.push(`  stateful: ${r.stateful === null ? 'n/a (no query)' : r.stateful ? 'yes' : 'no'}`);
    for (const reason of r.reasons)
        lines.push(`    ${reason.construct} (line ${reason.line})`);
    for (const s of r.statements)
        lines.push(`  statement lines ${s.startLine}-${s.endLine}: ${s.kind}`);
    for (const i of r.issues)
        lines.push(`  ${r.file}:${i.line}: ${i.severity}: ${i.message}`);
    lines.push(`  fingerprint: ${r.fingerprint}`);
    return lines.join('\n') + '\n';
}
function analyzeCommand(ctx) {
    const format = (0,_context_js__WEBPACK_IMPORTED_MODULE_3__/* .formatOf */ .be)(ctx, ['text', 'json']);
    if (!ctx.positionals.length)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y('analyze: name at least one SQL file');
    const scalar = (0,_sql_scalar_js__WEBPACK_IMPORTED_MODULE_4__/* .scalarFunctions */ .W)((0,_context_js__WEBPACK_IMPORTED_MODULE_3__/* .configOf */ .W1)(ctx).scalarFunctions);
    const results = [];
    let failed = false;
    for (const file of ctx.positionals) {
        let sql;
        try {
            sql = utf8.decode((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file));
        }
        catch (e) {
            const code = e.code;
            ctx.io.err.write(`${file}: error: ${code ? `cannot read the file (${code})` : 'the file is not valid UTF-8; save it as UTF-8'}\n`);
            failed = true;
            continue;
        }
        const r = fileResult(file, (0,_sql_analyze_js__WEBPACK_IMPORTED_MODULE_1__/* .analyzeSql */ .T)(sql), scalar);
        if (r.issues.some((i) => i.severity === 'error'))
            failed = true;
        results.push(r);
        if (format === 'text') {
            ctx.io.out.write(text(r));
        }
    }
    if (format === 'json') {
        const value = ctx.positionals.length === 1 ? (results[0] ?? null) : results;
        ctx.io.out.write(JSON.stringify(value, null, 2) + '\n');
    }
    return failed ? 1 : 0;
}


/***/ })

};
