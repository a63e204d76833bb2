/**
 * One JVM per run: the whole request on standard input, one JSON line per statement back.
 */
import { spawn } from 'node:child_process';
import { MAIN_CLASS, RefereeUnavailable, type RefereeRuntime } from './toolchain.js';
import type { PlanNode } from './verdict.js';

/**
 * One statement for the referee program (referee/…/Referee.java reads these fields). `config`:
 * planner settings for this statement alone (translate.ts, `plannerSettings`).
 */
export type RefereeStatement = { config?: Record<string, string> } & (
  | { id: string; action: 'execute' | 'plan'; sql: string }
  | { id: string; action: 'plan-set'; inserts: string[] }
  | {
      id: string;
      action: 'ctas';
      table: string;
      query: string;
      insert: string;
      primaryKey: string[];
      mode: string;
      options: Record<string, Record<string, string>>;
    }
);

export interface RefereeAnswer {
  id: string;
  status: 'ok' | 'error';
  reads?: string[];
  writes?: string[];
  nodes?: PlanNode[];
  /** For a CTAS: the changelog mode the table was made with */
  mode?: string;
  error?: { message: string; class: string; line?: number; column?: number };
  millis: number;
}

export interface RefereeRun {
  answers: Map<string, RefereeAnswer>;
  /** From spawning the JVM to its first line (the planner's environment is up) */
  startupMillis: number;
  totalMillis: number;
}

/**
 * JVM flags: a small heap suits planning; the serial collector and the client compiler alone
 * start fastest (a run is seconds long: the optimising compiler would not pay off; measured by
 * bench/referee.mjs, about twice as fast on two cores).
 */
const JVM_FLAGS = [
  '-XX:+UseSerialGC',
  '-XX:TieredStopAtLevel=1',
  '-Xss8m',
  '-Xmx1g',
  '-Dfile.encoding=UTF-8',
];

export function runJvm(runtime: RefereeRuntime, statements: RefereeStatement[]): Promise<RefereeRun> {
  const started = Date.now();
  return new Promise((resolvePromise, reject) => {
    const child = spawn(runtime.java, [...JVM_FLAGS, '-cp', runtime.classpath, MAIN_CLASS], {
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const answers = new Map<string, RefereeAnswer>();
    let startupMillis = 0;
    let done = false;
    let pending = '';
    let stderr = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      pending += chunk;
      let nl: number;
      while ((nl = pending.indexOf('\n')) >= 0) {
        const line = pending.slice(0, nl).trim();
        pending = pending.slice(nl + 1);
        if (!line) continue;
        let value: Record<string, unknown>;
        try {
          value = JSON.parse(line) as Record<string, unknown>;
        } catch {
          continue;
        }
        if (value.ready) startupMillis = Date.now() - started;
        else if (value.done) done = true;
        else if (typeof value.id === 'string') answers.set(value.id, value as unknown as RefereeAnswer);
      }
    });
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      // Only the end matters, for a message when the JVM dies.
      stderr = (stderr + chunk).slice(-8000);
    });
    child.on('error', (e) =>
      reject(new RefereeUnavailable(`could not start \`${runtime.java}\`: ${e.message}`)),
    );
    child.on('close', (code) => {
      if (done) {
        resolvePromise({ answers, startupMillis, totalMillis: Date.now() - started });
        return;
      }
      const last = stderr
        .split('\n')
        .map((l) => l.trim())
        .filter((l) => l && !l.startsWith('SLF4J') && !l.startsWith('at '))
        .slice(-2)
        .join(' ');
      reject(
        new RefereeUnavailable(
          `the referee's JVM stopped (exit ${code}) after ${answers.size} of ${statements.length} statements${last ? `: ${last}` : ''}`,
        ),
      );
    });
    child.stdin.on('error', () => {
      // The JVM died before reading everything: 'close' reports it.
    });
    child.stdin.end(JSON.stringify({ statements }));
  });
}
