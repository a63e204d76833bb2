import { parentPort } from 'node:worker_threads';
import { analyzeSql } from '../sql/analyze.js';
import type { AnalysisReply, AnalysisRequest } from './parallel-analysis.js';

/** The helper thread's side of `parallel-analysis.ts`: analyse each batch, reply with JSON. */
export function serveAnalysis(port = parentPort) {
  if (!port) return;
  port.on('message', (request: AnalysisRequest | null) => {
    if (request === null) {
      port.close(); // no more work: the thread ends when this turn does
      return;
    }
    const analyses = request.texts.map((text) => {
      try {
        return analyzeSql(text);
      } catch {
        return null; // the calling thread reports it, with the file's path
      }
    });
    const reply: AnalysisReply = { id: request.id, json: JSON.stringify(analyses) };
    port.postMessage(reply);
  });
}
