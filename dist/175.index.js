export const id = 175;
export const ids = [175];
export const modules = {

/***/ 4175:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   main: () => (/* binding */ main)
/* harmony export */ });
/* unused harmony exports OPTIONS, COMMANDS */
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(17);


const USAGE = `Usage: flink-pipeline <command> [options]

Commands:
  analyze FILE...              analyse Flink SQL files: sinks, sources, statefulness, fingerprint
  inventory [--check]          rebuild inventory.json and every pipeline_definition.json
  report TABLE                 ancestors and descendants of a table (--format json|mermaid|markdown)
  plan                         what a change does to the running pipeline, in order:
       [--base REF] [--head REF]          plan the commit range (default: merge-base with the default branch..HEAD)
       [--tables a,b [--descendants] | --all]   or plan (re)deploying named tables, or every table
       [--status none|file:PATH|confluent]  live status (default none: ancestors assumed running)
       [--env NAME] [--out FILE]          environment from the config; also write the plan JSON to FILE
       [--allow-rollback]                 plan HEAD even when what runs comes from a newer commit
       [--format text|json|markdown]      markdown is exactly the PR comment body
       [--validate [--engine confluent|flink]]  also validate the statements the plan creates
                                          (default: dry runs on Confluent Cloud); exit 1 on a rejection
  deploy                       plan with live status, then run the steps on Confluent Cloud:
       [--plan FILE | selectors as for plan]   deploy a plan written by plan --out, or plan now
       [--env NAME] [--dry-run] [--max-parallel N] [--allow-destructive] [--allow-rollback]
       [--out REPORT.json]                one deploy per environment at a time (a lease on Confluent Cloud)
  status [--tables a,b]        live phase of each table's statement (--format text|json)
  validate --engine flink|confluent   check the statements a change creates: with Apache Flink's
       planner offline (flink: Java 17 and Maven), or as dry runs on Confluent Cloud
       (confluent: sql.dry-run, never stored, with live status): accepted, rejected at
       file:line, or not checked and why
       [selectors as for plan] [--env NAME] [--format text|json]; exit 1 when one is rejected

Credentials for deploy, status, --status confluent and the dry runs of validate come from
FLINK_API_KEY and FLINK_API_SECRET in the environment, never from flags or files.
  emulator                     a local Confluent Cloud statements API for demos and tests:
       [--host 127.0.0.1] [--port 8080] [--api-key K] [--api-secret S] [--organization-id UUID]
       [--environment-id env-x] [--latency fast|realistic] [--time-scale X] [--faults 429:0.1,reset:0.02]

Options for every command:
  --pipelines DIR              the pipelines folder (default: config "pipelines", else ./pipelines)
  --config FILE                config file (default: flink-pipeline.yaml when present)
  --format text|json|...       output format (default: text)
  --verbose                    every finding, e.g. each table read but neither defined nor declared external
  -h, --help                   this help
`;
const OPTIONS = {
    pipelines: { type: 'string' },
    config: { type: 'string' },
    format: { type: 'string' },
    check: { type: 'boolean' },
    base: { type: 'string' },
    head: { type: 'string' },
    tables: { type: 'string' },
    descendants: { type: 'boolean' },
    all: { type: 'boolean' },
    status: { type: 'string' },
    env: { type: 'string' },
    out: { type: 'string' },
    plan: { type: 'string' },
    'dry-run': { type: 'boolean' },
    'max-parallel': { type: 'string' },
    'allow-destructive': { type: 'boolean' },
    'allow-rollback': { type: 'boolean' },
    engine: { type: 'string' },
    verbose: { type: 'boolean' },
    validate: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
};
/** Loaded on demand: `inventory` should not pay for compiling the git layer or the emulator. */
const COMMANDS = {
    analyze: async () => (await Promise.all(/* import() */[__webpack_require__.e(366), __webpack_require__.e(917), __webpack_require__.e(454), __webpack_require__.e(325)]).then(__webpack_require__.bind(__webpack_require__, 2325))).analyzeCommand,
    inventory: async () => (await Promise.all(/* import() */[__webpack_require__.e(366), __webpack_require__.e(917), __webpack_require__.e(454), __webpack_require__.e(137), __webpack_require__.e(797)]).then(__webpack_require__.bind(__webpack_require__, 1797))).inventoryCommand,
    report: async () => (await Promise.all(/* import() */[__webpack_require__.e(366), __webpack_require__.e(917), __webpack_require__.e(454), __webpack_require__.e(137), __webpack_require__.e(978)]).then(__webpack_require__.bind(__webpack_require__, 978))).reportCommand,
    plan: async () => (await Promise.all(/* import() */[__webpack_require__.e(366), __webpack_require__.e(917), __webpack_require__.e(454), __webpack_require__.e(137), __webpack_require__.e(807), __webpack_require__.e(651)]).then(__webpack_require__.bind(__webpack_require__, 1754))).planCommand,
    deploy: async () => (await Promise.all(/* import() */[__webpack_require__.e(366), __webpack_require__.e(917), __webpack_require__.e(454), __webpack_require__.e(137), __webpack_require__.e(807), __webpack_require__.e(651), __webpack_require__.e(487)]).then(__webpack_require__.bind(__webpack_require__, 5487))).deployCommand,
    status: async () => (await Promise.all(/* import() */[__webpack_require__.e(366), __webpack_require__.e(917), __webpack_require__.e(454), __webpack_require__.e(137), __webpack_require__.e(807), __webpack_require__.e(171)]).then(__webpack_require__.bind(__webpack_require__, 6171))).statusCommand,
    validate: async () => (await Promise.all(/* import() */[__webpack_require__.e(366), __webpack_require__.e(917), __webpack_require__.e(454), __webpack_require__.e(137), __webpack_require__.e(807), __webpack_require__.e(651)]).then(__webpack_require__.bind(__webpack_require__, 4918))).validateCommand,
};
async function main(argv, io = { out: process.stdout, err: process.stderr }) {
    try {
        const [command, ...rest] = argv;
        if (!command || command === '-h' || command === '--help' || command === 'help') {
            io.out.write(USAGE);
            return command ? 0 : 2;
        }
        // The emulator parses its own options (they differ from the project commands').
        if (command === 'emulator')
            return await (await Promise.all(/* import() */[__webpack_require__.e(917), __webpack_require__.e(813)]).then(__webpack_require__.bind(__webpack_require__, 6813))).emulatorCommand(rest, io);
        const load = COMMANDS[command];
        if (!load)
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`unknown command "${command}"; run flink-pipeline --help for the list`);
        let parsed;
        try {
            parsed = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({ args: rest, options: OPTIONS, allowPositionals: true, strict: true });
        }
        catch (e) {
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`${command}: ${e.message}; run flink-pipeline --help`);
        }
        if (parsed.values.help) {
            io.out.write(USAGE);
            return 0;
        }
        const run = await load();
        return await run({
            values: parsed.values,
            positionals: parsed.positionals,
            io,
        });
    }
    catch (e) {
        if (e instanceof _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y) {
            io.err.write(`flink-pipeline: ${e.message}\n`);
            return e.exitCode;
        }
        // A bug, not bad input: still one line, with a pointer instead of a stack trace.
        io.err.write(`flink-pipeline: internal error: ${e.message} (set FLINK_PIPELINE_DEBUG=1 for details)\n`);
        if (process.env.FLINK_PIPELINE_DEBUG)
            io.err.write(`${e.stack}\n`);
        return 70;
    }
}


/***/ }),

/***/ 17:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   y: () => (/* binding */ UserError)
/* harmony export */ });
/** An error caused by the user's input: printed as one line, never with a stack trace. */
class UserError extends Error {
    exitCode;
    constructor(message, exitCode = 2) {
        super(message);
        this.exitCode = exitCode;
        this.name = 'UserError';
    }
}


/***/ })

};
