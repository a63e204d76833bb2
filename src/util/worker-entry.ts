/*
 * Worker threads start from a bundle entry point (`dist/cli.js`, `dist/index.js`): only the
 * entry knows its own URL. It registers it here, and a thread it starts with
 * `workerData.role` set to one of these roles serves that role instead of running a command.
 * This module stays tiny because the entries load it before anything else.
 */

/** A thread that analyses SQL for `change/parallel-analysis.ts` */
export const ANALYSIS_WORKER_ROLE = 'flink-pipeline:analyse-sql';

let entry: URL | undefined;

export function registerWorkerEntry(url: URL) {
  entry = url;
}

/** The registered entry; undefined when running from sources (tests), where no worker can start. */
export function workerEntry(): URL | undefined {
  return entry;
}

export function isAnalysisWorker(workerData: unknown): boolean {
  return (workerData as { role?: unknown } | null)?.role === ANALYSIS_WORKER_ROLE;
}
