#!/usr/bin/env node
// Start-up of the built GitHub Action (issue 5: "the action starts in under 1 s on a 1,000-table
// repo before any network call"), measured the way the runner starts it.
//
//   node bench/action-startup.mjs [--tables 1000] [--runs 5] [--seed 42] [--node PATH] [--keep]
//
// Setup (untimed): bench/generate.mjs writes a project of `--tables` tables, `flink-pipeline
// inventory` writes its metadata files, and it is committed to `main` of a bare remote; a clone
// (the runner's checkout, GITHUB_WORKSPACE) gets a `feature` branch where mutateProject edits 1%
// of the tables, committed and pushed: a pull request of a 1% change.
//
// Each run spawns `<node 24> dist/index.js` with the runner's environment (tests/action/harness.ts
// does the same for the end-to-end tests): an allow-listed env, every action.yml input as
// `INPUT_<NAME>` with hyphens kept, GITHUB_EVENT_PATH holding a `pull_request` payload, fresh
// GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files, RUNNER_TEMP, and GITHUB_API_URL pointing at a fake
// GitHub REST server in this process. `commit-metadata` is false so nothing is pushed and every
// run starts from the same tree; `comment` is true, so the action lists the PR's comments
// (its first request) and creates the sticky comment.
//
// Two times per run, both taken in this process (its event loop is idle while it waits, so the
// stamps are prompt): spawn → the first HTTP request reaching the fake server ("start-up": module
// load, inputs, event routing, config; nothing else can have happened before a network call),
// and spawn → exit (the whole pull-request job: metadata check, plan, comment, summary).

import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { parse as parseYaml } from 'yaml';
import { generateProject, mutateProject, MANIFEST_FILE } from './generate.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '..');
export const ACTION = join(ROOT, 'dist', 'index.js');
/** action.yml says `using: node24`: the `node` devDependency is that runtime. */
export const ACTION_NODE = join(ROOT, 'node_modules', 'node', 'bin', 'node');
export const ACTION_TARGET_MS = 1000;
const REPOSITORY = 'acme/pipelines';
const TOKEN = 'ghs_bench_token_0123456789';

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

function git(cwd, ...args) {
  // No GIT_* from the caller's environment (a hook or a CI job may set GIT_DIR and friends).
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('GIT_')));
  const r = spawnSync('git', args, {
    cwd,
    encoding: 'utf8',
    maxBuffer: 1 << 26,
    env: {
      ...env,
      GIT_AUTHOR_NAME: 'bench',
      GIT_AUTHOR_EMAIL: 'bench@example.com',
      GIT_COMMITTER_NAME: 'bench',
      GIT_COMMITTER_EMAIL: 'bench@example.com',
    },
  });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
  return r.stdout.trim();
}

/** action.yml defaults, read from the file so the benchmark cannot drift from it. */
function actionDefaults() {
  const doc = parseYaml(readFileSync(join(ROOT, 'action.yml'), 'utf8'));
  const out = {};
  for (const [name, spec] of Object.entries(doc.inputs ?? {})) {
    // `${{ github.token }}` is filled in by the runner, not a literal default.
    if (spec?.default !== undefined && !String(spec.default).includes('${{'))
      out[name] = String(spec.default);
  }
  return out;
}

/**
 * The pull request: bare remote with `main` (project + metadata), a clone on `feature` with 1%
 * of the tables edited. `source`: a generated project to copy (run.mjs passes its cached one).
 */
function preparePullRequest(dir, { tables, seed, node, source }) {
  const seedDir = join(dir, 'seed');
  if (source && existsSync(join(source, MANIFEST_FILE))) cpSync(source, seedDir, { recursive: true });
  else generateProject(seedDir, { tables, seed });
  // A real repository has its metadata files committed; the action then only checks them.
  const inv = spawnSync(node, [join(ROOT, 'dist', 'cli.js'), 'inventory'], {
    cwd: seedDir,
    encoding: 'utf8',
  });
  if (inv.status !== 0) throw new Error(`inventory of the generated project failed: ${inv.stderr}`);
  const manifest = readFileSync(join(seedDir, MANIFEST_FILE));
  rmSync(join(seedDir, MANIFEST_FILE)); // the generator's model is not part of the repository
  git(dir, 'init', '-q', '-b', 'main', seedDir);
  git(seedDir, 'config', 'gc.auto', '0');
  git(seedDir, 'add', '-A');
  git(seedDir, 'commit', '-q', '-m', 'base');
  const base = git(seedDir, 'rev-parse', 'HEAD');
  const origin = join(dir, 'origin.git');
  git(dir, 'clone', '-q', '--bare', seedDir, origin);
  rmSync(seedDir, { recursive: true, force: true });
  const work = join(dir, 'work');
  git(dir, 'clone', '-q', origin, work);
  git(work, 'config', 'gc.auto', '0');
  git(work, 'checkout', '-q', '-b', 'feature');
  writeFileSync(join(work, MANIFEST_FILE), manifest);
  const { mutations } = mutateProject(work, { fraction: 0.01, seed: 7 });
  rmSync(join(work, MANIFEST_FILE));
  git(work, 'add', '-A', 'pipelines');
  git(work, 'commit', '-q', '-m', 'change 1%');
  git(work, 'push', '-q', 'origin', 'feature');
  // Packed like a fresh clone; and no background gc may land in a timed run.
  git(work, 'gc', '-q');
  const head = git(work, 'rev-parse', 'HEAD');
  return { work, base, head, changed: mutations.length };
}

/** A fake GitHub REST API: every request is stamped; comment listing is empty, creation succeeds. */
async function startFakeGitHub() {
  const requests = [];
  let nextId = 1;
  const server = createServer((req, res) => {
    requests.push({ t: performance.now(), method: req.method, path: req.url });
    req.resume();
    req.on('end', () => {
      const json = (status, body) => {
        res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
        res.end(JSON.stringify(body));
      };
      if (req.method === 'GET') return json(200, []);
      const id = nextId++;
      json(req.method === 'POST' ? 201 : 200, {
        id,
        body: '',
        html_url: `https://github.example/${REPOSITORY}/pull/1#issuecomment-${id}`,
        user: { login: 'github-actions[bot]', type: 'Bot' },
      });
    });
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  return {
    url: `http://127.0.0.1:${server.address().port}`,
    requests,
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}

function runOnce({ node, files, pr, api, i }) {
  const dir = join(files, `run-${i}`);
  mkdirSync(join(dir, 'runner-temp'), { recursive: true });
  const paths = Object.fromEntries(
    ['GITHUB_OUTPUT', 'GITHUB_STEP_SUMMARY', 'GITHUB_STATE', 'GITHUB_ENV', 'GITHUB_PATH'].map((k) => [
      k,
      join(dir, k.toLowerCase()),
    ]),
  );
  for (const p of Object.values(paths)) writeFileSync(p, '');
  const inputs = {
    ...actionDefaults(),
    'github-token': TOKEN,
    'commit-metadata': 'false', // nothing pushed: every run starts from the same branch
    comment: 'true',
  };
  const env = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? os.tmpdir(),
    TMPDIR: os.tmpdir(),
    LANG: 'C.UTF-8',
    RUNNER_TEMP: join(dir, 'runner-temp'),
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: pr.work,
    GITHUB_REPOSITORY: REPOSITORY,
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: pr.eventPath,
    GITHUB_SHA: pr.head,
    GITHUB_REF: 'refs/pull/1/merge',
    GITHUB_API_URL: api.url,
    GITHUB_SERVER_URL: 'https://github.example',
    GITHUB_RUN_ID: '4242',
    GITHUB_ACTOR: 'dev',
    ...paths,
    // The runner's rule: `INPUT_` + name upper-cased, spaces to `_`, hyphens kept.
    ...Object.fromEntries(
      Object.entries(inputs).map(([k, v]) => [`INPUT_${k.replace(/ /g, '_').toUpperCase()}`, v]),
    ),
  };
  const seen = api.requests.length;
  return new Promise((resolvePromise, reject) => {
    let out = '';
    const keep = (c) => (out.length < 1 << 20 ? (out += c) : out);
    const t0 = performance.now();
    const child = spawn(node, [ACTION], { cwd: pr.work, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let exitAt = null;
    child.stdout.setEncoding('utf8').on('data', keep);
    child.stderr.setEncoding('utf8').on('data', keep);
    child.on('error', reject);
    child.on('exit', () => (exitAt = performance.now()));
    child.on('close', (code) => {
      const mine = api.requests.slice(seen);
      const outputs = readFileSync(paths.GITHUB_OUTPUT, 'utf8');
      resolvePromise({
        code,
        firstRequestMs: mine.length ? mine[0].t - t0 : null,
        exitMs: (exitAt ?? performance.now()) - t0,
        requests: mine.map((r) => `${r.method} ${r.path.split('?')[0]}`),
        commentCreated: /comment-url/.test(outputs),
        hasChanges: /has-changes<<[^\n]*\ntrue\n/.test(outputs) || /has-changes=true/.test(outputs),
        log: out,
      });
    });
  });
}

/**
 * Measures the action on a generated pull request. Returns {node, tables, changed, runs,
 * firstRequest: {medianMs, minMs}, exit: {medianMs, minMs}, requests, samples, notes}.
 * Options: tables, runs, seed, node (default Node 24 from node_modules), source (a generated
 * project to copy instead of generating), workRoot, keep, log.
 */
export async function measureActionStartup({
  tables = 1000,
  runs = 5,
  seed = 42,
  node = existsSync(ACTION_NODE) ? ACTION_NODE : process.execPath,
  source,
  workRoot = os.tmpdir(),
  keep = false,
  log = (m) => process.stderr.write(`${m}\n`),
} = {}) {
  if (!existsSync(ACTION)) throw new Error('dist/index.js is missing: run `npm run build` first');
  const nodeVersion = spawnSync(node, ['--version'], { encoding: 'utf8' }).stdout.trim();
  const dir = mkdtempSync(join(workRoot, 'action-startup-'));
  const api = await startFakeGitHub();
  try {
    const pr = preparePullRequest(dir, { tables, seed, node, source });
    pr.eventPath = join(dir, 'event.json');
    const repo = { full_name: REPOSITORY, default_branch: 'main' };
    writeFileSync(
      pr.eventPath,
      JSON.stringify({
        action: 'synchronize',
        number: 1,
        pull_request: {
          number: 1,
          state: 'open',
          base: { ref: 'main', sha: pr.base, repo },
          head: { ref: 'feature', sha: pr.head, repo: { full_name: REPOSITORY } },
        },
        repository: repo,
      }),
    );
    if (process.platform !== 'win32') spawnSync('sync', { stdio: 'ignore' });
    // One untimed run first: the file cache then holds dist/ and the repository, as it does for
    // every other scenario of the benchmark (a runner's first start reads them from disk).
    const warm = await runOnce({ node, files: dir, pr, api, i: 0 });
    if (warm.code !== 0) {
      const why = warm.log.trim().split('\n').slice(-5).join('\n');
      throw new Error(`the action exited ${warm.code}:\n${why}`);
    }
    const samples = [];
    for (let i = 1; i <= runs; i++) {
      const r = await runOnce({ node, files: dir, pr, api, i });
      if (r.code !== 0) throw new Error(`run ${i}: the action exited ${r.code}`);
      if (r.firstRequestMs === null) throw new Error(`run ${i}: the action made no request`);
      samples.push(r);
      log(
        `  action-startup run ${i}/${runs}: first request ${r.firstRequestMs.toFixed(0)} ms, exit ${r.exitMs.toFixed(0)} ms`,
      );
    }
    const first = samples.map((s) => s.firstRequestMs);
    const exit = samples.map((s) => s.exitMs);
    const notes = [];
    if (!samples.every((s) => s.commentCreated)) notes.push('a run set no comment-url output');
    if (!samples.every((s) => s.hasChanges)) notes.push('a run reported no changes');
    return {
      node: nodeVersion,
      tables,
      changed: pr.changed,
      runs: samples.length,
      firstRequest: { medianMs: median(first), minMs: Math.min(...first) },
      exit: { medianMs: median(exit), minMs: Math.min(...exit) },
      requests: samples[0].requests,
      targetMs: ACTION_TARGET_MS,
      pass: median(first) < ACTION_TARGET_MS,
      notes,
    };
  } finally {
    await api.close();
    if (!keep) rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({
    options: {
      tables: { type: 'string', default: '1000' },
      runs: { type: 'string', default: '5' },
      seed: { type: 'string', default: '42' },
      node: { type: 'string' },
      keep: { type: 'boolean', default: false },
    },
  });
  measureActionStartup({
    tables: Number(values.tables),
    runs: Number(values.runs),
    seed: Number(values.seed),
    ...(values.node ? { node: values.node } : {}),
    keep: values.keep,
  }).then(
    (r) => console.log(JSON.stringify(r, null, 1)),
    (e) => {
      console.error(`bench/action-startup: ${e.message}`);
      process.exit(1);
    },
  );
}
