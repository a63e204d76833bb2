import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UserError } from '../util/errors.js';
import type { CommandContext } from './context.js';

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

export const OPTIONS = {
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
} satisfies ParseArgsConfig['options'];

type Command = (ctx: CommandContext) => number | Promise<number>;

/** Loaded on demand: `inventory` should not pay for compiling the git layer or the emulator. */
export const COMMANDS: Record<string, () => Promise<Command>> = {
  analyze: async () => (await import('./commands/analyze.js')).analyzeCommand,
  inventory: async () => (await import('./commands/inventory.js')).inventoryCommand,
  report: async () => (await import('./commands/report.js')).reportCommand,
  plan: async () => (await import('./commands/plan.js')).planCommand,
  deploy: async () => (await import('./commands/deploy.js')).deployCommand,
  status: async () => (await import('./commands/status.js')).statusCommand,
  validate: async () => (await import('./commands/validate.js')).validateCommand,
};

export async function main(
  argv: string[],
  io = { out: process.stdout, err: process.stderr },
): Promise<number> {
  try {
    const [command, ...rest] = argv;
    if (!command || command === '-h' || command === '--help' || command === 'help') {
      io.out.write(USAGE);
      return command ? 0 : 2;
    }
    // The emulator parses its own options (they differ from the project commands').
    if (command === 'emulator') return await (await import('../emulator/cli.js')).emulatorCommand(rest, io);
    const load = COMMANDS[command];
    if (!load) throw new UserError(`unknown command "${command}"; run flink-pipeline --help for the list`);
    let parsed;
    try {
      parsed = parseArgs({ args: rest, options: OPTIONS, allowPositionals: true, strict: true });
    } catch (e) {
      throw new UserError(`${command}: ${(e as Error).message}; run flink-pipeline --help`);
    }
    if (parsed.values.help) {
      io.out.write(USAGE);
      return 0;
    }
    const run = await load();
    return await run({
      values: parsed.values as CommandContext['values'],
      positionals: parsed.positionals,
      io,
    });
  } catch (e) {
    if (e instanceof UserError) {
      io.err.write(`flink-pipeline: ${e.message}\n`);
      return e.exitCode;
    }
    // A bug, not bad input: still one line, with a pointer instead of a stack trace.
    io.err.write(
      `flink-pipeline: internal error: ${(e as Error).message} (set FLINK_PIPELINE_DEBUG=1 for details)\n`,
    );
    if (process.env.FLINK_PIPELINE_DEBUG) io.err.write(`${(e as Error).stack}\n`);
    return 70;
  }
}
