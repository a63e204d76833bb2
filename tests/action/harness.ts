import { expect } from '@jest/globals';
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { FIXTURE, ROOT } from '../helpers/repo.js';

/**
 * Runs the built `dist/index.js` the way the runner does: `process.execPath`,
 * cwd = GITHUB_WORKSPACE, an allow-listed environment (no GIT_*, no real tokens), every input
 * as `INPUT_<NAME>` with hyphens kept and action.yml defaults filled in, command files in a temp
 * folder, the event payload in a file.
 */

export const ACTION = join(ROOT, 'dist', 'index.js');
export const REPOSITORY = 'acme/pipelines';
export const TOKEN = 'ghs_test_token_0123456789';

export function git(cwd: string, ...args: string[]): string {
  const r = spawnSync('git', args, { cwd, encoding: 'utf8', env: gitEnv() });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
  return r.stdout.trim();
}

function gitEnv() {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined && !k.startsWith('GIT_')) env[k] = v;
  return {
    ...env,
    GIT_AUTHOR_NAME: 'dev',
    GIT_AUTHOR_EMAIL: 'dev@example.com',
    GIT_COMMITTER_NAME: 'dev',
    GIT_COMMITTER_EMAIL: 'dev@example.com',
  };
}

/** action.yml defaults, read from the file so the tests cannot drift from it. */
export function actionDefaults(): Record<string, string> {
  const doc = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as {
    inputs: Record<string, { default?: string }>;
  };
  const out: Record<string, string> = {};
  for (const [name, spec] of Object.entries(doc.inputs)) {
    if (spec.default !== undefined && !String(spec.default).includes('${{')) out[name] = String(spec.default);
  }
  return out;
}

export interface Checkout {
  /** Temp folder holding everything */
  tmp: string;
  /** The bare remote (`origin`) */
  origin: string;
  /** The runner's working clone (GITHUB_WORKSPACE) */
  work: string;
  git: (...args: string[]) => string;
  /** Runs git in the bare remote */
  originGit: (...args: string[]) => string;
  cleanup: () => void;
}

/** A bare remote with `main` holding `source`, and a clone of it (the runner's checkout). */
export function makeCheckout(source = FIXTURE, extra?: (dir: string) => void): Checkout {
  const tmp = mkdtempSync(join(tmpdir(), 'flink-action-'));
  const seed = join(tmp, 'seed');
  cpSync(source, seed, { recursive: true });
  extra?.(seed);
  git(tmp, 'init', '-q', '-b', 'main', seed);
  git(seed, 'add', '-A');
  git(seed, 'commit', '-q', '-m', 'initial');
  const origin = join(tmp, 'origin.git');
  git(tmp, 'clone', '-q', '--bare', seed, origin);
  const work = join(tmp, 'work');
  git(tmp, 'clone', '-q', origin, work);
  rmSync(seed, { recursive: true, force: true });
  return {
    tmp,
    origin,
    work,
    git: (...args) => git(work, ...args),
    originGit: (...args) => git(origin, ...args),
    cleanup: () => rmSync(tmp, { recursive: true, force: true }),
  };
}

export interface RunOptions {
  cwd: string;
  event: string;
  payload: unknown;
  inputs?: Record<string, string>;
  /** Extra environment (e.g. secrets a fork run must not read) */
  env?: Record<string, string>;
  apiUrl: string;
  sha?: string;
  ref?: string;
  /** Node binary; default the one running the tests */
  node?: string;
}

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  /** The plan-json output's file, read before the temp folder is removed */
  plan?: { version: number; base: string | null; head: string | null; hash: string; steps: unknown[] };
  /** ms from spawn to exit */
  elapsedMs: number;
  startedAt: number;
}

/** Parses GITHUB_OUTPUT: `name<<delimiter\nvalue\ndelimiter` blocks (and plain `name=value`). */
export function parseCommandFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name, delimiter] = heredoc;
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i]);
      out[name] = value.join('\n');
    } else if (line.includes('=')) {
      out[line.slice(0, line.indexOf('='))] = line.slice(line.indexOf('=') + 1);
    }
  }
  return out;
}

export async function runAction(o: RunOptions): Promise<RunResult> {
  if (!existsSync(ACTION)) throw new Error('dist/index.js is missing: run `npm run build` first');
  const files = mkdtempSync(join(tmpdir(), 'flink-action-files-'));
  const paths = {
    GITHUB_OUTPUT: join(files, 'output'),
    GITHUB_STEP_SUMMARY: join(files, 'summary'),
    GITHUB_STATE: join(files, 'state'),
    GITHUB_ENV: join(files, 'env'),
    GITHUB_PATH: join(files, 'path'),
  };
  for (const p of Object.values(paths)) writeFileSync(p, '');
  const eventPath = join(files, 'event.json');
  writeFileSync(eventPath, JSON.stringify(o.payload));
  const runnerTemp = join(files, 'runner-temp');
  mkdirSync(runnerTemp);
  const inputs = { ...actionDefaults(), 'github-token': TOKEN, ...o.inputs };
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? tmpdir(),
    TMPDIR: tmpdir(),
    LANG: 'C.UTF-8',
    RUNNER_TEMP: runnerTemp,
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: o.cwd,
    GITHUB_REPOSITORY: REPOSITORY,
    GITHUB_EVENT_NAME: o.event,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_SHA: o.sha ?? '',
    GITHUB_REF: o.ref ?? '',
    GITHUB_API_URL: o.apiUrl,
    GITHUB_SERVER_URL: 'https://github.example',
    GITHUB_RUN_ID: '4242',
    GITHUB_ACTOR: 'dev',
    ...paths,
    ...Object.fromEntries(
      Object.entries(inputs).map(([k, v]) => [`INPUT_${k.replace(/ /g, '_').toUpperCase()}`, v]),
    ),
    ...o.env,
  };
  const startedAt = Date.now();
  const child = spawn(o.node ?? process.execPath, [ACTION], {
    cwd: o.cwd,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  child.stdout.on('data', (c: Buffer) => out.push(c));
  child.stderr.on('data', (c: Buffer) => err.push(c));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const result: RunResult = {
    code,
    stdout: Buffer.concat(out).toString('utf8'),
    stderr: Buffer.concat(err).toString('utf8'),
    outputs: parseCommandFile(readFileSync(paths.GITHUB_OUTPUT, 'utf8')),
    summary: readFileSync(paths.GITHUB_STEP_SUMMARY, 'utf8'),
    elapsedMs: Date.now() - startedAt,
    startedAt,
  };
  const planPath = result.outputs['plan-json'];
  if (planPath && existsSync(planPath)) result.plan = JSON.parse(readFileSync(planPath, 'utf8'));
  rmSync(files, { recursive: true, force: true });
  return result;
}

/** A `pull_request` payload shaped like GitHub's (the fields the action reads, and a few more). */
export function pullRequestPayload(p: {
  action: string;
  number: number;
  baseRef?: string;
  baseSha: string;
  headRef: string;
  headSha: string;
  headRepo?: string;
}) {
  const repo = { full_name: REPOSITORY, default_branch: 'main' };
  return {
    action: p.action,
    number: p.number,
    pull_request: {
      number: p.number,
      state: 'open',
      base: { ref: p.baseRef ?? 'main', sha: p.baseSha, repo },
      head: { ref: p.headRef, sha: p.headSha, repo: { full_name: p.headRepo ?? REPOSITORY } },
    },
    repository: repo,
  };
}

/** Lines of stdout that are workflow commands of one kind (`::error …::message`). */
export function commands(stdout: string, kind: string): string[] {
  return stdout.split('\n').filter((l) => l.startsWith(`::${kind}`));
}

/** Fails when any of `secrets` appears in a text; `::add-mask::` lines are consumed by the runner, never shown. */
export function expectNoSecret(secrets: readonly string[], texts: readonly string[]) {
  for (const text of texts) {
    const shown = text
      .split('\n')
      .filter((l) => !l.startsWith('::add-mask::'))
      .join('\n');
    for (const secret of secrets) expect(shown).not.toContain(secret);
  }
}

/** Every text of a run a person can read: log, errors, summary, outputs, and the given comments. */
export const runTexts = (r: RunResult, comments: readonly { body: string }[] = []) => [
  r.stdout,
  r.stderr,
  r.summary,
  JSON.stringify(r.outputs),
  ...comments.map((c) => c.body),
];

/** The Basic-auth value of a key and secret, as the client sends it (a derived secret). */
export const basicAuth = (key: string, secret: string) => Buffer.from(`${key}:${secret}`).toString('base64');
