#!/usr/bin/env node
import { isMainThread, Worker } from 'node:worker_threads';

/*
 * The command runs in a worker thread. On Node 22 and later V8 lets the young generation grow
 * to 64 MB semi-spaces once a large project's model survives collection, which costs ~100 MB
 * of RSS at 10,000 tables. A worker's resourceLimits cap it from code: users run
 * `node dist/cli.js` and cannot be asked for Node flags. The entry stays tiny so the engine is
 * loaded once, in the worker.
 */
// The emulator is a long-running server: it stays on the main thread, where signals arrive.
if (isMainThread && process.argv[2] !== 'emulator') {
  const worker = new Worker(new URL(import.meta.url), {
    argv: process.argv.slice(2),
    resourceLimits: { maxYoungGenerationSizeMb: 48 },
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
