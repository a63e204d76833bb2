export const id = 171;
export const ids = [171];
export const modules = {

/***/ 6171:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   statusCommand: () => (/* binding */ statusCommand)
/* harmony export */ });
/* harmony import */ var _engine_confluent_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6253);
/* harmony import */ var _engine_plan_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6462);
/* harmony import */ var _project_diagnostics_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8585);
/* harmony import */ var _project_load_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4137);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(17);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5217);
/* harmony import */ var _status_source_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5942);







/** `status [--tables a,b]`: the live phase of each table's statements in the environment. */
async function statusCommand(ctx) {
    const format = (0,_context_js__WEBPACK_IMPORTED_MODULE_5__/* .formatOf */ .be)(ctx, ['text', 'json']);
    if (ctx.positionals.length)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .y(`status: unexpected argument "${ctx.positionals[0]}"`);
    const config = (0,_context_js__WEBPACK_IMPORTED_MODULE_5__/* .configOf */ .W1)(ctx);
    const target = (0,_engine_confluent_js__WEBPACK_IMPORTED_MODULE_0__/* .confluentTarget */ .Ev)(config, ctx.values.env, (0,_status_source_js__WEBPACK_IMPORTED_MODULE_6__/* .cliCredentials */ .HP)(), 'status');
    const { project } = (0,_project_load_js__WEBPACK_IMPORTED_MODULE_3__/* .loadProject */ .g)((0,_context_js__WEBPACK_IMPORTED_MODULE_5__/* .pipelinesOf */ .n5)(ctx, config), config);
    if ((0,_project_diagnostics_js__WEBPACK_IMPORTED_MODULE_2__/* .hasFatal */ .vW)(project.diagnostics)) {
        (0,_context_js__WEBPACK_IMPORTED_MODULE_5__/* .printDiagnostics */ .aE)(ctx, project.diagnostics.filter((d) => d.severity === 'fatal'));
        return 1;
    }
    const all = [...project.tables.values()].filter((t) => !t.external).map((t) => t.name);
    let names = all;
    if (ctx.values.tables) {
        names = ctx.values.tables
            .split(',')
            .map((t) => t.trim())
            .filter(Boolean);
        (0,_engine_plan_js__WEBPACK_IMPORTED_MODULE_1__/* .checkTables */ .sK)('status', project, names);
    }
    const snapshot = await target.status.snapshot(names);
    const rows = names.map((table) => {
        const s = snapshot.tables.get(table);
        return {
            table,
            phase: s?.phase ?? null,
            statement: s?.statement ?? null,
            tableExists: s?.tableExists ?? null,
        };
    });
    if (format === 'json') {
        ctx.io.out.write(JSON.stringify({ environment: target.name, tables: rows }, null, 2) + '\n');
        return 0;
    }
    const width = Math.max(5, ...rows.map((r) => r.table.length));
    const lines = [`environment ${target.name}`, `${'table'.padEnd(width)}  ${'phase'.padEnd(12)}  statement`];
    for (const r of rows) {
        const phase = r.phase ?? (r.tableExists ? 'table only' : 'not deployed');
        lines.push(`${r.table.padEnd(width)}  ${phase.padEnd(12)}  ${r.statement ?? ''}`);
    }
    ctx.io.out.write(lines.join('\n') + '\n');
    return 0;
}


/***/ })

};
