/**
 * The built CLI (`node dist/cli.js deploy`) as a child process against an in-process emulator,
 * through a recording proxy that can kill it at an observed point of its progress: right after
 * its N-th changing request to the pipeline's statements reached the service (the answer never
 * reaches the CLI), or when it starts a given step. Never by a clock.
 *
 * Also what the convergence tests check after a deploy: the statements that run against the
 * SQL of HEAD's files, and the emulator's history for two statements running for one table at
 * the same time.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer, request, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { startEmulator, type EmulatorOptions, type RunningEmulator } from '../../src/emulator/server.js';
import { analyzeSql } from '../../src/sql/analyze.js';
import { CLI } from '../helpers/repo.js';
import { isLease } from './helpers.js';

export const KEY = 'converge-key';
export const SECRET = 'C0nverge-SECRET-5e1d';
const LEASE_NAME = /-flink-pipeline-lease-\d+$/;

export interface Exchange {
  method: string;
  /** Path below the environment, e.g. `/statements/x` */
  path: string;
  name?: string;
  body?: { name?: string; spec?: { statement?: string } };
  status?: number;
  at: number;
}

export interface Proxy {
  url: string;
  exchanges: Exchange[];
  /** Changing requests to the pipeline's statements (not the lease's) since `from` */
  changes(from?: number): Exchange[];
  /**
   * The next CLI run is killed with SIGKILL right after its `n`-th changing request to the
   * pipeline's statements reached the emulator; the CLI never gets the answer.
   */
  killAfter(n: number, child: () => ChildProcess | undefined): void;
  close(): Promise<void>;
}

const bodyOf = async (req: IncomingMessage) => {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
};

export async function killProxy(target: string): Promise<Proxy> {
  const { port } = new URL(target);
  let plan: { left: number; child: () => ChildProcess | undefined } | undefined;
  const proxy: Proxy = {
    url: '',
    exchanges: [],
    changes: (from = 0) =>
      proxy.exchanges
        .slice(from)
        .filter((e) => e.method !== 'GET' && !LEASE_NAME.test(e.name ?? e.body?.name ?? '')),
    killAfter: (n, child) => void (plan = { left: n, child }),
    close: async () => undefined,
  };
  const server: Server = createServer((req, res) => {
    void (async () => {
      const raw = await bodyOf(req);
      const rel = (req.url ?? '').replace(/^\/sql\/v1\/organizations\/[^/]+\/environments\/[^/?]+/, '');
      const name = /^\/statements\/([^/?]+)/.exec(rel)?.[1];
      const exchange: Exchange = {
        method: req.method ?? 'GET',
        path: rel,
        at: Date.now(),
        ...(name ? { name: decodeURIComponent(name) } : {}),
      };
      const text = raw.toString('utf8');
      if (text && req.method === 'POST') exchange.body = JSON.parse(text) as Exchange['body'];
      proxy.exchanges.push(exchange);
      const counts =
        exchange.method !== 'GET' && !LEASE_NAME.test(exchange.name ?? exchange.body?.name ?? '') && plan;
      const up = request(
        { host: '127.0.0.1', port, method: req.method, path: req.url, headers: req.headers },
        (answer) => {
          exchange.status = answer.statusCode;
          if (counts && plan && --plan.left <= 0) {
            // The change reached the service; the process dies before it hears back.
            const child = plan.child();
            plan = undefined;
            answer.resume();
            child?.kill('SIGKILL');
            res.destroy();
            return;
          }
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
        },
      );
      up.on('error', () => res.destroy());
      up.end(raw);
    })();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  proxy.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  proxy.close = () =>
    new Promise<void>((r) => {
      server.close(() => r());
      server.closeAllConnections();
    });
  return proxy;
}

export interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export interface CliOptions {
  env?: Record<string, string>;
  /** Called with the child process, once it is spawned */
  spawned?: (child: ChildProcess) => void;
  /** Kill the CLI with SIGKILL when it prints the start of this step */
  killAtStep?: string;
}

/** Runs the built CLI without blocking the event loop (the emulator lives in this process). */
export function cli(cwd: string, args: string[], options: CliOptions = {}): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], {
      cwd,
      env: {
        ...process.env,
        FLINK_API_KEY: KEY,
        FLINK_API_SECRET: SECRET,
        FLINK_PIPELINE_POLL_MS: '20',
        // Long enough that a loaded machine never starves a renewal; a killed run's lease is
        // recognised as ended by its process id, not by waiting for it to expire.
        FLINK_PIPELINE_LEASE_TTL_MS: '20000',
        FLINK_PIPELINE_DEBUG: '',
        ...options.env,
      },
    });
    options.spawned?.(child);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
      if (
        options.killAtStep &&
        new RegExp(`^  start +${options.killAtStep.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} `, 'm').test(
          stderr,
        )
      )
        child.kill('SIGKILL');
    });
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}

export interface Stage {
  em: RunningEmulator;
  proxy: Proxy;
  close(): Promise<void>;
}

/**
 * The emulator at realistic latency, scaled down (`timeScale`), behind the kill proxy. The
 * realistic profile keeps the ratios of the service (a streaming statement takes ten times a
 * DDL to start; stops take seconds), so the kill points fall where they would in production.
 */
export async function stage(tables: string[], options: EmulatorOptions = {}): Promise<Stage> {
  const em = await startEmulator({
    latency: 'realistic',
    timeScale: 400,
    apiKey: KEY,
    apiSecret: SECRET,
    tables,
    seed: 11,
    ...options,
  });
  const proxy = await killProxy(em.url);
  return {
    em,
    proxy,
    close: async () => {
      await proxy.close();
      await em.close();
    },
  };
}

export function configYaml(s: Stage, extra = ''): string {
  return (
    `environments:\n  dev:\n    restEndpoint: ${s.proxy.url}\n` +
    `    organizationId: ${s.em.organizationId}\n    environmentId: ${s.em.environmentId}\n` +
    `    database: ${s.em.database}\n    statementPrefix: dev\n${extra}`
  );
}

const norm = (sql: string) =>
  sql
    .replace(/\s+/g, ' ')
    .replace(/\s*;\s*$/, '')
    .trim();
const RUNS = new Set(['RUNNING', 'DEGRADED']);

/**
 * What runs against HEAD's files, without the planner: for every table folder under
 * `pipelines/`, exactly one DML statement runs that writes the table's deployed version, and its
 * SQL is the DML file's with every table name replaced by its deployed version (`t_v2` under
 * blue-green). Problems, one line each; [] when HEAD runs.
 */
export function headRuns(em: RunningEmulator, dir: string, files: string[]): string[] {
  em.state.advance();
  const problems: string[] = [];
  const running = [...em.state.statements.values()].filter(
    (s) => !isLease(s) && RUNS.has(s.phase) && s.labels['user.confluent.io/flink-pipeline-kind'] === 'dml',
  );
  // The deployed version of each table: the newest version in the catalog
  const version = (t: string) => {
    let v = t;
    for (let n = 2; em.state.hasTable(`${t}_v${n}`); n++) v = `${t}_v${n}`;
    return v;
  };
  for (const file of files.filter((f) => /\/dml\.[^/]+\.sql$/.test(f))) {
    const table = /\/dml\.([^/]+)\.sql$/.exec(file)![1]!;
    const text = readFileSync(join(dir, file), 'utf8');
    const names = analyzeSql(text);
    let expected = norm(text.replace(/^SET [^\n]*\n/gm, ''));
    for (const n of new Set([...names.sinks, ...names.sources]))
      expected = expected.replace(new RegExp(`\\b${n}\\b`, 'g'), version(n));
    const writers = running.filter((s) => s.sinks[0] === version(table));
    if (writers.length !== 1) {
      problems.push(`${table}: ${writers.length} statements run (${writers.map((s) => s.name).join(', ')})`);
      continue;
    }
    if (norm(writers[0]!.spec.statement) !== expected)
      problems.push(`${table}: runs ${norm(writers[0]!.spec.statement)}, HEAD says ${expected}`);
  }
  return problems;
}

/**
 * Two statements writing one table that ran at the same time, from the emulator's history of
 * phase changes (statements deleted since included): the SQL of each name comes from the creates
 * the proxy saw.
 */
export function overlaps(em: RunningEmulator, proxy: Proxy): string[] {
  const sinkOf = new Map<string, string>();
  for (const e of proxy.exchanges) {
    const sql = e.body?.spec?.statement;
    if (e.method !== 'POST' || !e.body?.name || !sql) continue;
    const a = analyzeSql(sql);
    if (a.statements[0]?.kind === 'insert' || a.statements[0]?.kind === 'ctas')
      sinkOf.set(e.body.name, a.sinks[0]!);
  }
  const open = new Map<string, number>();
  const spans = new Map<string, { name: string; from: number; to: number }[]>();
  const close = (name: string, at: number) => {
    const from = open.get(name);
    if (from === undefined) return;
    open.delete(name);
    const sink = sinkOf.get(name)!;
    spans.set(sink, [...(spans.get(sink) ?? []), { name, from, to: at }]);
  };
  for (const t of em.state.transitions) {
    if (!sinkOf.has(t.name)) continue;
    if (RUNS.has(t.phase)) {
      if (!open.has(t.name)) open.set(t.name, t.at);
    } else close(t.name, t.at);
  }
  for (const name of [...open.keys()]) close(name, Infinity);
  const out: string[] = [];
  for (const [sink, list] of spans) {
    list.sort((a, b) => a.from - b.from);
    for (let i = 1; i < list.length; i++) {
      const prev = list.slice(0, i).find((p) => p.to > list[i]!.from);
      if (prev) out.push(`${sink}: ${prev.name} and ${list[i]!.name} ran at the same time`);
    }
  }
  return out;
}
