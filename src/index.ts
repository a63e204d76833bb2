import { workerData } from 'node:worker_threads';
import { isAnalysisWorker, registerWorkerEntry } from './util/worker-entry.js';

/** GitHub Action entry point (action.yml `runs.main` = dist/index.js, built by ncc). */
if (isAnalysisWorker(workerData)) {
  // A helper thread of this same bundle: it analyses SQL and loads nothing else.
  const { serveAnalysis } = await import('./change/analysis-worker.js');
  serveAnalysis();
} else {
  registerWorkerEntry(new URL(import.meta.url));
  const { run } = await import('./action/run.js');
  await run();
}
