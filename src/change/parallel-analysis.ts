import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { analyzeSql } from '../sql/analyze.js';
import type { SqlAnalysis } from '../sql/types.js';
import { ANALYSIS_WORKER_ROLE, workerEntry } from '../util/worker-entry.js';

/*
 * SQL analysis is most of a plan's CPU time, and git streaming leaves the second core idle.
 * One helper thread takes batches of files while the calling thread analyses the rest itself;
 * whichever is free takes the next batch, so neither waits on the other. Results come back as
 * JSON text: for these plain objects JSON.parse is several times cheaper than structured clone.
 */

/** Files per message: large enough that messaging is cheap, small enough to balance the load. */
const BATCH_FILES = 24;
/** Batches the helper may hold at once; beyond that the calling thread analyses the batch itself. */
const MAX_IN_FLIGHT = 2;
/** Below this many files in the repository a second thread costs more to start than it saves. */
export const MIN_FILES_FOR_WORKER = 800;

/** The message channel to a helper thread; a Worker, or an in-process fake in tests. */
export interface AnalysisPort {
  postMessage(message: AnalysisRequest | null): void;
  on(event: 'message', listener: (reply: AnalysisReply) => void): unknown;
  on(event: 'error', listener: (error: Error) => void): unknown;
  on(event: 'exit', listener: (code: number) => void): unknown;
}

export interface AnalysisRequest {
  id: number;
  texts: string[];
}
/** `json` is a JSON array, one entry per text: the analysis, or null where the analyser threw. */
export interface AnalysisReply {
  id: number;
  json: string;
}

/** Analyses as texts arrive; `finish` resolves once every text has its result. */
export interface Analyser {
  add(key: string, text: string): void;
  /** The analysis per key; undefined where the analyser threw (the caller reports it). */
  finish(): Promise<Map<string, SqlAnalysis | undefined>>;
  /** Lets the helper thread end; safe to call more than once, and after `finish`. */
  close(): void;
}

/** Helper threads to use: `FLINK_PIPELINE_ANALYSIS_THREADS` (0 turns them off), else 1 on 2+ cores. */
function helperThreads(): number {
  const set = process.env.FLINK_PIPELINE_ANALYSIS_THREADS;
  if (set !== undefined && /^\d+$/.test(set.trim())) return Math.min(1, Number(set));
  return availableParallelism() > 1 ? 1 : 0;
}

function startWorker(entry: URL): AnalysisPort {
  const worker = new Worker(entry, {
    workerData: { role: ANALYSIS_WORKER_ROLE },
    argv: [],
    // The analyser's garbage is short-lived: a small young generation keeps RSS down.
    resourceLimits: { maxYoungGenerationSizeMb: 32 },
  });
  // A finished plan must not wait for the helper to wind down.
  worker.unref();
  return worker;
}

const analyseOrUndefined = (text: string): SqlAnalysis | undefined => {
  try {
    return analyzeSql(text);
  } catch {
    return undefined;
  }
};

/**
 * An analyser for a repository of `repositoryFiles` files: with a helper thread when that pays
 * off and an entry point is registered (or `port` is given), else on the calling thread alone.
 * The helper starts now, so that it boots while the caller is still asking git for the trees.
 */
export function createAnalyser(repositoryFiles: number, port?: () => AnalysisPort): Analyser {
  // Without a registered entry (tests run the TypeScript sources) no thread can start.
  const entry = workerEntry();
  const spawn =
    port ??
    (entry && repositoryFiles >= MIN_FILES_FOR_WORKER && helperThreads() > 0
      ? () => startWorker(entry)
      : undefined);
  return spawn ? new SharedAnalyser(spawn) : new LocalAnalyser();
}

function debugSummary(files: number, helped: number) {
  if (process.env.FLINK_PIPELINE_DEBUG)
    process.stderr.write(`flink-pipeline: analysed ${files} SQL files, ${helped} on a helper thread\n`);
}

class LocalAnalyser implements Analyser {
  private readonly results = new Map<string, SqlAnalysis | undefined>();
  add(key: string, text: string) {
    if (!this.results.has(key)) this.results.set(key, analyseOrUndefined(text));
  }
  finish() {
    debugSummary(this.results.size, 0);
    return Promise.resolve(this.results);
  }
  close() {}
}

interface Batch {
  keys: string[];
  texts: string[];
}

class SharedAnalyser implements Analyser {
  private readonly results = new Map<string, SqlAnalysis | undefined>();
  private readonly inFlight = new Map<number, Batch>();
  private batch: Batch = { keys: [], texts: [] };
  private nextId = 0;
  private port: AnalysisPort | undefined;
  private broken = false;
  private settle: (() => void) | undefined;
  /** Files the helper analysed, for FLINK_PIPELINE_DEBUG */
  private helped = 0;

  constructor(private readonly spawn: () => AnalysisPort) {
    this.connect();
  }

  add(key: string, text: string) {
    if (this.results.has(key)) return;
    this.results.set(key, undefined); // claimed; the real result replaces it
    this.batch.keys.push(key);
    this.batch.texts.push(text);
    if (this.batch.keys.length >= BATCH_FILES) this.dispatch();
  }

  async finish(): Promise<Map<string, SqlAnalysis | undefined>> {
    if (this.batch.keys.length) this.dispatch();
    if (this.inFlight.size) await new Promise<void>((resolve) => (this.settle = resolve));
    this.close();
    debugSummary(this.results.size, this.helped);
    return this.results;
  }

  close() {
    this.port?.postMessage(null); // the helper exits once its queue is empty
    this.port = undefined;
    this.broken = true;
  }

  /** Hands the current batch to the helper if it has room, else analyses it here. */
  private dispatch() {
    const batch = this.batch;
    this.batch = { keys: [], texts: [] };
    const port = this.broken ? undefined : this.connect();
    if (port && this.inFlight.size < MAX_IN_FLIGHT) {
      const id = this.nextId++;
      this.inFlight.set(id, batch);
      port.postMessage({ id, texts: batch.texts });
    } else {
      this.analyseHere(batch);
    }
  }

  private connect(): AnalysisPort | undefined {
    if (this.port) return this.port;
    try {
      const port = this.spawn();
      port.on('message', (reply) => this.receive(reply));
      port.on('error', () => this.fail());
      port.on('exit', () => this.fail());
      this.port = port;
    } catch {
      this.broken = true;
    }
    return this.port;
  }

  private receive(reply: AnalysisReply) {
    const batch = this.inFlight.get(reply.id);
    if (!batch) return;
    this.inFlight.delete(reply.id);
    const analyses = JSON.parse(reply.json) as (SqlAnalysis | null)[];
    batch.keys.forEach((key, i) => this.results.set(key, analyses[i] ?? undefined));
    this.helped += batch.keys.length;
    this.wake();
  }

  /** The helper died or could not start: what it held is analysed here, and nothing more is sent. */
  private fail() {
    if (this.broken) return;
    this.broken = true;
    this.port = undefined;
    for (const batch of this.inFlight.values()) this.analyseHere(batch);
    this.inFlight.clear();
    this.wake();
  }

  private analyseHere(batch: Batch) {
    batch.keys.forEach((key, i) => this.results.set(key, analyseOrUndefined(batch.texts[i])));
  }

  private wake() {
    if (this.inFlight.size === 0 && this.settle) {
      const settle = this.settle;
      this.settle = undefined;
      settle();
    }
  }
}
