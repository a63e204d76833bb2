/**
 * `flink-pipeline emulator [options]`: start the statements API emulator, print one line of
 * JSON `{"url","organizationId","environmentId","catalog","database","apiKey"}` (never the
 * secret) and serve until SIGINT or SIGTERM. Wire as `emulatorCommand(argv after "emulator", io)`.
 */
import { parseArgs } from 'node:util';
import { parseFaults, startEmulator, type EmulatorOptions } from './server.js';

export const EMULATOR_USAGE = `Usage: flink-pipeline emulator [options]

  --host HOST                 listen address (default 127.0.0.1)
  --port PORT                 port, 0 picks a free one (default 8080)
  --api-key KEY               Basic auth user (default emulator-key)
  --api-secret SECRET         Basic auth password (default emulator-secret)
  --organization-id UUID      organization (default 00000000-0000-4000-8000-000000000000)
  --environment-id ID         environment (default env-emulator)
  --catalog NAME              display name of the environment's catalog; the environment id
                              names it too (default: the environment id)
  --database NAME             the database (Kafka cluster) in that catalog (default lkc-emulator)
  --latency fast|realistic    transition delays (default fast)
  --time-scale X              divide realistic delays by X (default 1)
  --faults SPEC               e.g. 429:0.1,500:0.05,503:0.05,reset:0.02,fail:0.1,bump:0.05,degraded:0.1
  --seed N                    PRNG seed (default 1)
  --tables a,b                tables present from the start, in the catalog and database above;
                              db.t and catalog.db.t name (and declare) other ones
  --compute-pools ID[:CFU],…  compute pools and their max_cfu (default: lfcp-emulator, 50 CFU)
  --drop-window MS            after a DROP, a CREATE of the name fails with "… try again later"
                              for this long (default 100 with fast, 30000/time-scale with realistic)

Statements name tables through sql.current-catalog and sql.current-database; without them the
current catalog and database are \`default\`, where nothing exists.
`;

export interface EmulatorIo {
  out: { write(text: string): unknown };
  err: { write(text: string): unknown };
  /** Resolves when the emulator should stop; default: the first SIGINT or SIGTERM */
  until?: Promise<unknown>;
}

/** Parse the command line into options; throws Error with a one-line message on bad input. */
export function parseEmulatorArgs(argv: string[]): EmulatorOptions & { help?: boolean } {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      host: { type: 'string' },
      port: { type: 'string' },
      'api-key': { type: 'string' },
      'api-secret': { type: 'string' },
      'organization-id': { type: 'string' },
      'environment-id': { type: 'string' },
      catalog: { type: 'string' },
      database: { type: 'string' },
      'compute-pools': { type: 'string' },
      'drop-window': { type: 'string' },
      latency: { type: 'string' },
      'time-scale': { type: 'string' },
      faults: { type: 'string' },
      seed: { type: 'string' },
      tables: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (positionals.length > 0) throw new Error(`Unexpected argument '${positionals[0]}'`);
  const opts: EmulatorOptions & { help?: boolean } = { help: values.help };
  opts.host = values.host ?? '127.0.0.1';
  opts.port = 8080;
  if (values.port !== undefined) {
    if (!/^\d+$/.test(values.port) || Number(values.port) > 65535) {
      throw new Error(`--port must be an integer between 0 and 65535, got '${values.port}'`);
    }
    opts.port = Number(values.port);
  }
  if (values['api-key'] !== undefined) opts.apiKey = values['api-key'];
  if (values['api-secret'] !== undefined) opts.apiSecret = values['api-secret'];
  if (values['organization-id'] !== undefined) {
    if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(values['organization-id'])) {
      throw new Error(`--organization-id must be a UUID, got '${values['organization-id']}'`);
    }
    opts.organizationId = values['organization-id'];
  }
  if (values['environment-id'] !== undefined) {
    if (!/^[A-Za-z0-9][-A-Za-z0-9_]*$/.test(values['environment-id'])) {
      throw new Error(
        `--environment-id must be letters, digits, '-' or '_', got '${values['environment-id']}'`,
      );
    }
    opts.environmentId = values['environment-id'];
  }
  if (values.latency !== undefined) {
    if (values.latency !== 'fast' && values.latency !== 'realistic') {
      throw new Error(`--latency must be fast or realistic, got '${values.latency}'`);
    }
    opts.latency = values.latency;
  }
  if (values['time-scale'] !== undefined) {
    const x = Number(values['time-scale']);
    if (!Number.isFinite(x) || x <= 0)
      throw new Error(`--time-scale must be a positive number, got '${values['time-scale']}'`);
    opts.timeScale = x;
  }
  if (values.faults !== undefined) {
    try {
      opts.faults = parseFaults(values.faults);
    } catch (e) {
      throw new Error(`--faults: ${(e as Error).message}`, { cause: e });
    }
  }
  if (values.seed !== undefined) {
    if (!/^\d+$/.test(values.seed))
      throw new Error(`--seed must be a non-negative integer, got '${values.seed}'`);
    opts.seed = Number(values.seed);
  }
  for (const key of ['catalog', 'database'] as const) {
    const v = values[key];
    if (v === undefined) continue;
    if (v.trim() === '' || v.includes('`')) throw new Error(`--${key} must be a name, got '${v}'`);
    opts[key] = v;
  }
  if (values['drop-window'] !== undefined) {
    if (!/^\d+$/.test(values['drop-window']))
      throw new Error(`--drop-window must be a whole number of milliseconds, got '${values['drop-window']}'`);
    opts.dropWindowMs = Number(values['drop-window']);
  }
  if (values['compute-pools'] !== undefined) {
    opts.computePools = values['compute-pools']
      .split(',')
      .map((p) => p.trim())
      .filter(Boolean)
      .map((p) => {
        const m = /^(lfcp-[a-z0-9]+)(?::(\d+))?$/.exec(p);
        if (!m) throw new Error(`--compute-pools: '${p}' is not ID[:MAX_CFU], e.g. lfcp-abc123:10`);
        return { id: m[1]!, ...(m[2] !== undefined ? { maxCfu: Number(m[2]) } : {}) };
      });
  }
  if (values.tables !== undefined) {
    opts.tables = values.tables
      .split(',')
      .map((t) => t.trim())
      .filter(Boolean);
  }
  return opts;
}

function signalled(): Promise<string> {
  return new Promise((resolve) => {
    const done = (sig: string): void => {
      process.off('SIGINT', onInt);
      process.off('SIGTERM', onTerm);
      resolve(sig);
    };
    const onInt = (): void => done('SIGINT');
    const onTerm = (): void => done('SIGTERM');
    process.on('SIGINT', onInt);
    process.on('SIGTERM', onTerm);
  });
}

/** Returns the exit code: 0 after a clean stop, 2 on bad arguments, 1 when it cannot listen. */
export async function emulatorCommand(
  argv: string[],
  io: EmulatorIo = { out: process.stdout, err: process.stderr },
): Promise<number> {
  let opts: ReturnType<typeof parseEmulatorArgs>;
  try {
    opts = parseEmulatorArgs(argv);
  } catch (e) {
    io.err.write(`flink-pipeline emulator: ${(e as Error).message}\n`);
    return 2;
  }
  if (opts.help) {
    io.out.write(EMULATOR_USAGE);
    return 0;
  }
  const stop = io.until ?? signalled();
  let emulator: Awaited<ReturnType<typeof startEmulator>>;
  try {
    emulator = await startEmulator(opts);
  } catch (e) {
    io.err.write(`flink-pipeline emulator: cannot start: ${(e as Error).message}\n`);
    return 1;
  }
  const { url, organizationId, environmentId, catalog, database, apiKey } = emulator;
  io.out.write(`${JSON.stringify({ url, organizationId, environmentId, catalog, database, apiKey })}\n`);
  await stop;
  await emulator.close();
  return 0;
}
