export const id = 797;
export const ids = [797];
export const modules = {

/***/ 1797:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   inventoryCommand: () => (/* binding */ inventoryCommand)
/* harmony export */ });
/* harmony import */ var _project_diagnostics_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8585);
/* harmony import */ var _project_load_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4137);
/* harmony import */ var _project_write_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4282);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5217);




function inventoryCommand(ctx) {
    const format = (0,_context_js__WEBPACK_IMPORTED_MODULE_3__/* .formatOf */ .be)(ctx, ['text', 'json']);
    const config = (0,_context_js__WEBPACK_IMPORTED_MODULE_3__/* .configOf */ .W1)(ctx);
    const { scan, project } = (0,_project_load_js__WEBPACK_IMPORTED_MODULE_1__/* .loadProject */ .g)((0,_context_js__WEBPACK_IMPORTED_MODULE_3__/* .pipelinesOf */ .n5)(ctx, config), config);
    (0,_context_js__WEBPACK_IMPORTED_MODULE_3__/* .printDiagnostics */ .aE)(ctx, project.diagnostics);
    const check = !!ctx.values.check;
    const tables = [...project.tables.values()];
    const summary = {
        tables: tables.filter((t) => !t.external).length,
        externals: tables.filter((t) => t.external).length,
    };
    if ((0,_project_diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .hasFatal */ .vW)(project.diagnostics)) {
        if (format === 'json') {
            ctx.io.out.write(JSON.stringify({ ok: false, ...summary, diagnostics: project.diagnostics }, null, 2) + '\n');
        }
        ctx.io.err.write('inventory: nothing written; fix the fatal problems above\n');
        return 1;
    }
    const sync = (0,_project_load_js__WEBPACK_IMPORTED_MODULE_1__/* .syncMetadata */ .r)(scan, project, check);
    const stale = !(0,_project_write_js__WEBPACK_IMPORTED_MODULE_2__/* .isInSync */ .t)(sync);
    if (format === 'json') {
        ctx.io.out.write(JSON.stringify({ ok: !(check && stale), check, ...summary, ...sync, diagnostics: project.diagnostics }, null, 2) + '\n');
    }
    else if (check) {
        // One write: in the CLI's worker thread every write is a message to the main thread.
        ctx.io.out.write([
            ...sync.created.map((p) => `missing:  ${p}\n`),
            ...sync.updated.map((p) => `outdated: ${p}\n`),
            ...sync.deleted.map((p) => `stale:    ${p}\n`),
        ].join(''));
        ctx.io.out.write(stale
            ? `inventory: ${sync.created.length + sync.updated.length + sync.deleted.length} metadata files out of date; run \`flink-pipeline inventory\` and commit the result\n`
            : `inventory: up to date (${summary.tables} tables, ${summary.externals} external)\n`);
    }
    else {
        ctx.io.out.write(`inventory: ${summary.tables} tables, ${summary.externals} external; ` +
            `${sync.created.length} created, ${sync.updated.length} updated, ${sync.deleted.length} removed, ${sync.unchanged} unchanged\n`);
    }
    return (check && stale) || (0,_project_diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .hasError */ .JD)(project.diagnostics) ? 1 : 0;
}


/***/ })

};
