#!/usr/bin/env node
import { closeSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import * as nodeModule from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { isMainThread, Worker } from 'node:worker_threads';

/*
 * Large projects run the command in a worker thread. On Node 22 and later V8 lets the young
 * generation grow to 64 MB semi-spaces once a large project's model survives collection, which
 * costs ~100 MB of RSS at 10,000 tables. A worker's resourceLimits cap it from code: users run
 * `node dist/cli.js` and cannot be asked for Node flags. Starting a worker costs a second Node
 * environment (tens of milliseconds), which small projects do not need to pay: they run here.
 * The entry stays tiny so the engine is loaded once, in the thread that runs it.
 */

/*
 * V8's code for the bundle's chunks, kept between runs (Node 22.1 and later; NODE_COMPILE_CACHE
 * or the system's temporary folder): compiling them is a third of the start-up of a command
 * that runs for a fraction of a second. A run that cannot use the cache compiles as before.
 */
try {
  (nodeModule as { enableCompileCache?: () => unknown }).enableCompileCache?.();
} catch {
  // Nothing lost but the time the cache would have saved.
}

/** Up to this many files tracked by git, the command runs on the main thread (~2,500 tables). */
const MAIN_THREAD_MAX_FILES = 5000;

/** The worker's young generation: V8 splits it into two semi-spaces and a large-object space of one semi-space each. */
const YOUNG_GENERATION_MB = 48;

/**
 * Files in the git index of the repository holding `dir`, read from the index header (12
 * bytes: no git process, no tree walk); undefined when there is no readable index.
 */
function trackedFiles(dir: string): number | undefined {
  try {
    for (let at = resolve(dir); ; at = dirname(at)) {
      const dotGit = join(at, '.git');
      let stat;
      try {
        stat = statSync(dotGit);
      } catch {
        if (dirname(at) === at) return undefined;
        continue;
      }
      // A worktree or submodule: `.git` is a file naming the git folder.
      const gitDir = stat.isDirectory()
        ? dotGit
        : resolve(at, /^gitdir: (.*)$/m.exec(readFileSync(dotGit, 'utf8'))?.[1]?.trim() ?? '');
      const header = Buffer.alloc(12);
      const fd = openSync(join(gitDir, 'index'), 'r');
      try {
        if (readSync(fd, header, 0, 12, 0) !== 12 || header.toString('latin1', 0, 4) !== 'DIRC')
          return undefined;
      } finally {
        closeSync(fd);
      }
      return header.readUInt32BE(8);
    }
  } catch {
    return undefined;
  }
}

/** Whether the command needs the worker's memory cap: yes unless the repository is known to be small. */
function needsWorker(argv: readonly string[], cwd = process.cwd()): boolean {
  // The emulator is a long-running server: it stays on the main thread, where signals arrive.
  if (argv[0] === 'emulator') return false;
  // Help reads no project, wherever it is asked for.
  if (argv.length === 0 || argv.some((a) => a === '--help' || a === '-h') || argv[0] === 'help') return false;
  const i = argv.findIndex((a) => a === '--pipelines' || a.startsWith('--pipelines='));
  const given = i < 0 ? undefined : argv[i].startsWith('--pipelines=') ? argv[i].slice(12) : argv[i + 1];
  const files = trackedFiles(resolve(cwd, given ?? '.'));
  return files === undefined || files > MAIN_THREAD_MAX_FILES;
}

if (isMainThread && needsWorker(process.argv.slice(2))) {
  // A new isolate sizes its heap from the process's V8 flags. By default the young generation
  // starts small and doubles as the heap grows, each size paying for its own run of scavenges;
  // a large project outgrows it at once, so the worker starts at full size (7-15% faster at
  // 10,000 tables). The main thread's heap is already set up and keeps its defaults.
  setFlagsFromString(`--min-semi-space-size=${YOUNG_GENERATION_MB / 3}`);
  const worker = new Worker(new URL(import.meta.url), {
    argv: process.argv.slice(2),
    resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
  });
  worker.on('error', (e) => {
    process.stderr.write(`flink-pipeline: internal error: ${e.message}\n`);
    process.exitCode = 70;
  });
  worker.on('exit', (code) => {
    process.exitCode ||= code;
  });
} else {
  const { main } = await import('./run.js');
  process.exitCode = await main(process.argv.slice(2));
}
