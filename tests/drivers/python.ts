/**
 * Confluent's official Python driver, `confluent-sql`, for the tests that drive it against the
 * emulator. The machine's python3 is used when it already imports the pinned version; otherwise
 * the driver is installed with pip, once, into a virtual environment in the cache folder
 * (`$XDG_CACHE_HOME/flink-pipeline/confluent-sql-<version>`, else under `~/.cache`), which
 * later runs reuse. Without python3 (or pip, or the network) the answer says why in one line.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

/** 0.7.0 brought `Connection.dry_run_statement`. */
export const CONFLUENT_SQL_VERSION = '0.7.0';

export type Driver = { python: string } | { missing: string };

const run = (cmd: string, args: string[], timeoutMs = 30_000) =>
  spawnSync(cmd, args, {
    encoding: 'utf8',
    timeout: timeoutMs,
    env: { ...process.env, PIP_DISABLE_PIP_VERSION_CHECK: '1' },
  });

const importsDriver = (python: string): boolean => {
  const r = run(python, ['-c', 'import confluent_sql; print(confluent_sql.__version__)']);
  return r.status === 0 && r.stdout.trim() === CONFLUENT_SQL_VERSION;
};

const lastLine = (text: string) => text.trim().split('\n').pop() ?? '';

export function confluentSqlDriver(env: NodeJS.ProcessEnv = process.env): Driver {
  const version = run('python3', ['--version']);
  if (version.error || version.status !== 0) return { missing: 'python3 not found' };
  if (importsDriver('python3')) return { python: 'python3' };

  const base = env.XDG_CACHE_HOME ? resolve(env.XDG_CACHE_HOME) : join(homedir(), '.cache');
  const venv = join(base, 'flink-pipeline', `confluent-sql-${CONFLUENT_SQL_VERSION}`);
  const python = join(venv, 'bin', 'python');
  if (existsSync(python) && importsDriver(python)) return { python };
  mkdirSync(join(base, 'flink-pipeline'), { recursive: true });
  if (!existsSync(python)) {
    const made = run('python3', ['-m', 'venv', venv], 120_000);
    if (made.status !== 0) {
      // A half-made environment (no pip in it) would be taken as made on the next run.
      rmSync(venv, { recursive: true, force: true });
      return { missing: `python3 -m venv failed (install python3-venv): ${lastLine(made.stderr)}` };
    }
  }
  const pip = run(
    python,
    ['-m', 'pip', 'install', '--quiet', `confluent-sql==${CONFLUENT_SQL_VERSION}`],
    300_000,
  );
  if (pip.status !== 0 || !importsDriver(python)) {
    return {
      missing: `pip install confluent-sql==${CONFLUENT_SQL_VERSION} failed: ${lastLine(pip.stderr) || 'no error output'}`,
    };
  }
  return { python };
}
