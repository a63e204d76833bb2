/**
 * The phase watcher's status rounds (src/deploy/watcher.ts): a round that fails on an error
 * that may pass (network, 429, 5xx, after the client's own retries) leaves every wait going;
 * a step fails only on its own statement's outcome, or on an error that will not pass.
 */
import { describe, expect, test } from '@jest/globals';
import { FlinkApiError, FlinkNetworkError } from '../../src/confluent/errors.js';
import type { Statement } from '../../src/confluent/types.js';
import { PhaseWatcher, type WatchClient } from '../../src/deploy/watcher.js';

const st = (name: string, phase: string): Statement => ({ name, spec: {}, status: { phase } });

/** A client whose list answers from a script: an error, or the statements of that round. */
function scripted(rounds: (Error | Statement[])[]): WatchClient & { lists: number } {
  const c = {
    lists: 0,
    async *iterateStatements() {
      const next = rounds[Math.min(c.lists++, rounds.length - 1)]!;
      if (next instanceof Error) throw next;
      yield* next;
    },
    getStatement: async () => null,
    failureDetail: async () => undefined,
  };
  return c as unknown as WatchClient & { lists: number };
}

const busy = () => new FlinkApiError('GET statements: HTTP 429', 'GET', undefined, 429, '');
const down = () =>
  new FlinkNetworkError(
    'GET statements: network error: ECONNRESET (after 5 attempts)',
    'GET',
    undefined,
    0,
    'ECONNRESET',
  );
const fivexx = () => new FlinkApiError('GET statements: HTTP 503', 'GET', undefined, 503, '');

describe('status rounds', () => {
  test('429, 5xx and network errors of a round are waited out; every step still ends on its own statement', async () => {
    const client = scripted([busy(), down(), fivexx(), [st('a', 'RUNNING'), st('b', 'FAILED')]]);
    const notes: string[] = [];
    const w = new PhaseWatcher(client, {
      labelSelector: 'x=y',
      intervalMs: 1,
      onRoundError: (e, ms) => notes.push(`${e.message} / ${ms}`),
    });
    const a = w.waitForPhase('a', ['RUNNING'], { timeoutMs: 60_000 });
    const b = w.waitForPhase('b', ['RUNNING'], { timeoutMs: 60_000 });
    await expect(a).resolves.toMatchObject({ name: 'a' });
    await expect(b).rejects.toThrow(/^statement b: FAILED$/);
    expect(client.lists).toBe(4);
    expect(notes).toEqual([
      'GET statements: HTTP 429 / 2',
      'GET statements: network error: ECONNRESET (after 5 attempts) / 4',
      'GET statements: HTTP 503 / 8',
    ]);
  });

  test('an error that will not pass (401) ends the waits with it', async () => {
    const denied = new FlinkApiError(
      'GET statements: HTTP 401: invalid key',
      'GET',
      undefined,
      401,
      'invalid key',
    );
    const w = new PhaseWatcher(scripted([denied]), { labelSelector: 'x=y', intervalMs: 1 });
    await expect(w.waitForPhase('a', ['RUNNING'], { timeoutMs: 60_000 })).rejects.toThrow(/HTTP 401/);
  });

  test('while the API does not answer, a wait ends at its deadline with the API error', async () => {
    let t = 0;
    const w = new PhaseWatcher(scripted([down()]), {
      labelSelector: 'x=y',
      intervalMs: 1,
      now: () => t,
      sleep: async () => void (t += 1000),
    });
    await expect(w.waitForPhase('a', ['RUNNING'], { timeoutMs: 5000 })).rejects.toThrow(
      /^statement a: not RUNNING after 5 s \(the API did not answer: GET statements: network error: ECONNRESET/,
    );
  });
});
