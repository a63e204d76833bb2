// The shared analyser's bookkeeping (batches, load sharing, a helper that dies) with an
// in-process helper; the real worker thread is exercised through dist/cli.js in tests/cli.
import { describe, expect, test } from '@jest/globals';
import { EventEmitter } from 'node:events';
import {
  createAnalyser,
  type AnalysisPort,
  type AnalysisReply,
  type AnalysisRequest,
} from '../../src/change/parallel-analysis.js';
import { analyzeSql } from '../../src/sql/analyze.js';

const texts = Array.from(
  { length: 100 },
  (_, i) => `INSERT INTO t${i} SELECT a, COUNT(*) FROM src_${i % 7} ${i % 3 ? 'GROUP BY a' : 'WHERE a > 1'};`,
);

/** A helper that answers on a later turn, like a thread; `failAfter` batches it dies. */
class FakeHelper extends EventEmitter implements AnalysisPort {
  requests: AnalysisRequest[] = [];
  closed = false;
  constructor(private readonly failAfter = Infinity) {
    super();
  }
  postMessage(message: AnalysisRequest | null) {
    if (message === null) {
      this.closed = true;
      return;
    }
    this.requests.push(message);
    setImmediate(() => {
      if (this.requests.length > this.failAfter) {
        this.emit('error', new Error('helper crashed'));
        return;
      }
      const reply: AnalysisReply = { id: message.id, json: JSON.stringify(message.texts.map(analyzeSql)) };
      this.emit('message', reply);
    });
  }
}

/** Adds the texts in bursts, with turns in between, as git's stream delivers them. */
async function feed(analyser: ReturnType<typeof createAnalyser>) {
  for (let i = 0; i < texts.length; i++) {
    analyser.add(`k${i}`, texts[i]);
    if (i % 75 === 74) await new Promise((r) => setImmediate(r));
  }
  return analyser.finish();
}

const expected = new Map(texts.map((t, i) => [`k${i}`, analyzeSql(t)]));

describe('createAnalyser', () => {
  test('shares the work with the helper and returns what the analyser returns, for every text', async () => {
    const helper = new FakeHelper();
    const results = await feed(createAnalyser(10_000, () => helper));
    expect(results).toEqual(expected);
    const helped = helper.requests.reduce((n, r) => n + r.texts.length, 0);
    expect(helped).toBeGreaterThan(0);
    expect(helped).toBeLessThan(texts.length); // the calling thread took its share
    expect(helper.closed).toBe(true);
  });

  test('a helper that crashes mid-way loses nothing: its batches are analysed on the calling thread', async () => {
    const helper = new FakeHelper(1);
    const results = await feed(createAnalyser(10_000, () => helper));
    expect(results).toEqual(expected);
    expect(helper.requests.length).toBeGreaterThan(1);
  });

  test('a helper that cannot start leaves all the work to the calling thread', async () => {
    const results = await feed(
      createAnalyser(10_000, () => {
        throw new Error('no threads here');
      }),
    );
    expect(results).toEqual(expected);
  });

  test('the same key is analysed once', async () => {
    const helper = new FakeHelper();
    const analyser = createAnalyser(10_000, () => helper);
    for (let round = 0; round < 3; round++) for (let i = 0; i < 30; i++) analyser.add(`k${i}`, texts[i]);
    const results = await analyser.finish();
    expect(results.size).toBe(30);
    const sent = helper.requests.flatMap((r) => r.texts);
    expect(new Set(sent).size).toBe(sent.length);
  });

  test('without a registered entry point (the TypeScript sources) no thread is started', async () => {
    const results = await feed(createAnalyser(10_000));
    expect(results).toEqual(expected);
  });
});
