import { accessSync, constants, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { loadConfig } from '../config/load.js';
import type { Config } from '../config/schema.js';
import { formatDiagnostic, sortDiagnostics, type Diagnostic } from '../project/diagnostics.js';
import { requireInsideRepository } from '../project/scan.js';
import { UNDECLARED_EXTERNAL } from '../project/undeclared.js';
import { UserError } from '../util/errors.js';

export interface Output {
  write(text: string): unknown;
}

export interface CommandContext {
  values: {
    pipelines?: string;
    config?: string;
    format?: string;
    check?: boolean;
    base?: string;
    head?: string;
    tables?: string;
    descendants?: boolean;
    all?: boolean;
    status?: string;
    env?: string;
    out?: string;
    plan?: string;
    'dry-run'?: boolean;
    'max-parallel'?: string;
    'allow-destructive'?: boolean;
    'allow-rollback'?: boolean;
    engine?: string;
    verbose?: boolean;
    validate?: boolean;
  };
  positionals: string[];
  io: { out: Output; err: Output };
}

export function configOf(ctx: CommandContext): Config {
  if (ctx.values.config !== undefined) requireInsideRepository(ctx.values.config, '--config');
  return loadConfig(ctx.values.config);
}

export function pipelinesOf(ctx: CommandContext, config: Config): string {
  const pipelines = ctx.values.pipelines ?? config.pipelines ?? 'pipelines';
  requireInsideRepository(
    pipelines,
    ctx.values.pipelines !== undefined ? '--pipelines' : 'pipelines in the config',
  );
  return pipelines;
}

export function formatOf<T extends string>(ctx: CommandContext, allowed: readonly T[]): T {
  const format = (ctx.values.format ?? 'text') as T;
  if (!allowed.includes(format)) {
    throw new UserError(`--format ${format} is not supported here; use one of ${allowed.join(', ')}`);
  }
  return format;
}

/** Prints findings to stderr; the per-table list behind a summary line only with --verbose. */
export function printDiagnostics(ctx: CommandContext, diagnostics: Diagnostic[]) {
  const shown = ctx.values.verbose
    ? diagnostics
    : diagnostics.filter((d) => d.code !== UNDECLARED_EXTERNAL || d.severity !== 'notice');
  if (!shown.length) return;
  ctx.io.err.write(
    sortDiagnostics(shown)
      .map((d) => formatDiagnostic(d) + '\n')
      .join(''),
  );
}

/**
 * `--out FILE` can be written: its folder exists and is writable, and the file, when it
 * exists, is a writable file. Checked before anything runs, so a deploy never runs for nothing.
 */
export function checkOutPath(command: string, path: string | undefined): void {
  if (path === undefined) return;
  const abs = resolve(path);
  const problem = (): string | undefined => {
    try {
      const st = statSync(abs);
      if (st.isDirectory()) return 'is a folder, not a file';
      accessSync(abs, constants.W_OK);
      return undefined;
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EACCES' || code === 'EPERM') return 'cannot be written (permission denied)';
      if (code !== 'ENOENT') return `cannot be used (${code})`;
    }
    try {
      if (!statSync(dirname(abs)).isDirectory()) return `${dirname(path)} is not a folder`;
      accessSync(dirname(abs), constants.W_OK);
      return undefined;
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') return `the folder ${dirname(path)} does not exist`;
      if (code === 'EACCES' || code === 'EPERM') return `the folder ${dirname(path)} cannot be written`;
      return `cannot be used (${code})`;
    }
  };
  const why = problem();
  if (why)
    throw new UserError(`${command}: --out ${path}: ${why}; pass a file in an existing, writable folder`);
}
