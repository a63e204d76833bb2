export const id = 418;
export const ids = [418];
export const modules = {

/***/ 8418:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  inventoryCommand: () => (/* binding */ inventoryCommand)
});

// EXTERNAL MODULE: ./src/project/diagnostics.ts
var diagnostics = __webpack_require__(8585);
// EXTERNAL MODULE: ./src/project/load.ts
var load = __webpack_require__(4137);
// EXTERNAL MODULE: ./src/project/metadata.ts
var metadata = __webpack_require__(2120);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./src/project/write.ts



const isInSync = (r) => !r.created.length && !r.updated.length && !r.deleted.length;
/**
 * Makes the generated files on disk equal `expected`: writes only files whose bytes differ
 * (so mtimes and git stay quiet on a no-op) and removes generated files no table owns.
 * With `check`, reports the same lists and touches nothing.
 */
function syncFiles(root, expected, expectedPaths, existingGenerated, check) {
    const result = { created: [], updated: [], deleted: [], unchanged: 0 };
    const existing = new Set(existingGenerated);
    // Compared one at a time, so neither all expected nor all current files sit in memory.
    for (const [path, content] of expected) {
        const abs = (0,external_node_path_.join)(root, path);
        // The scan listed every existing definition file: don't probe the disk for the others.
        let current;
        if (existing.has(path) || !path.endsWith(metadata/* DEFINITION_FILE */.bq)) {
            try {
                current = (0,external_node_fs_.readFileSync)(abs, 'utf8');
            }
            catch {
                current = undefined;
            }
        }
        if (current === content) {
            result.unchanged++;
            continue;
        }
        (current === undefined ? result.created : result.updated).push(path);
        if (!check)
            writeCreatingFolder(abs, content);
    }
    for (const path of existingGenerated) {
        if (expectedPaths.has(path))
            continue;
        result.deleted.push(path);
        if (!check)
            (0,external_node_fs_.rmSync)((0,external_node_path_.join)(root, path), { force: true });
    }
    for (const list of [result.created, result.updated, result.deleted])
        list.sort();
    return result;
}
/** Table folders exist already; create the folder only when the write says it is missing. */
function writeCreatingFolder(abs, content) {
    try {
        (0,external_node_fs_.writeFileSync)(abs, content);
    }
    catch (e) {
        if (e.code !== 'ENOENT')
            throw e;
        (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(abs), { recursive: true });
        (0,external_node_fs_.writeFileSync)(abs, content);
    }
}

// EXTERNAL MODULE: ./src/cli/context.ts
var context = __webpack_require__(5217);
;// CONCATENATED MODULE: ./src/cli/commands/inventory.ts





function inventoryCommand(ctx) {
    const format = (0,context/* formatOf */.be)(ctx, ['text', 'json']);
    const config = (0,context/* configOf */.W1)(ctx);
    const { scan, project } = (0,load/* loadProject */.g)((0,context/* pipelinesOf */.n5)(ctx, config), config);
    (0,context/* printDiagnostics */.aE)(ctx, project.diagnostics);
    const check = !!ctx.values.check;
    const tables = [...project.tables.values()];
    const summary = {
        tables: tables.filter((t) => !t.external).length,
        externals: tables.filter((t) => t.external).length,
    };
    if ((0,diagnostics/* hasFatal */.vW)(project.diagnostics)) {
        if (format === 'json') {
            ctx.io.out.write(JSON.stringify({ ok: false, ...summary, diagnostics: project.diagnostics }, null, 2) + '\n');
        }
        ctx.io.err.write('inventory: nothing written; fix the fatal problems above\n');
        return 1;
    }
    const sync = syncFiles(scan.root, (0,metadata/* renderMetadata */.Sc)(project), (0,metadata/* metadataPaths */.w1)(project), scan.definitionFiles, check);
    const stale = !isInSync(sync);
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
    return (check && stale) || (0,diagnostics/* hasError */.JD)(project.diagnostics) ? 1 : 0;
}


/***/ })

};
