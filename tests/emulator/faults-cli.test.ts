import { afterEach, describe, expect, test } from '@jest/globals';
import { emulatorCommand, parseEmulatorArgs } from '../../src/emulator/cli.js';
import { parseFaults } from '../../src/emulator/server.js';
import { checkContract, client, manualClock, phaseOf, type Client } from './helpers.js';

let c: Client;
afterEach(async () => c?.close());

describe('faults', () => {
  test('429 carries Retry-After and the Failure body', async () => {
    c = await client({ faults: { '429': 1 }, retryAfterSeconds: 2 });
    const r = await c.call('GET', c.base);
    expect(r.status).toBe(429);
    expect(r.headers.get('retry-after')).toBe('2');
    expect(c.em.state.stats.faults['429']).toBe(1);
  });

  test.each([500, 503] as const)('%d is injected before any change', async (code) => {
    c = await client({ faults: { [String(code)]: 1 } });
    const r = await c.create('x', 'CREATE TABLE x (id INT)');
    expect(r.status).toBe(code);
    expect(r.body.errors[0].status).toBe(String(code));
    expect(c.em.state.statements.size).toBe(0);
  });

  test('reset drops the connection without a response; some mutating calls are applied first', async () => {
    c = await client({ faults: { reset: 1 }, seed: 7 });
    let applied = 0;
    for (let i = 0; i < 10; i++) {
      await expect(c.create(`r-${i}`, 'CREATE TABLE r (id INT)')).rejects.toThrow();
      if (c.em.state.statements.has(`r-${i}`)) applied++;
    }
    expect(c.em.state.stats.faults.reset).toBe(10);
    expect(applied).toBeGreaterThan(0);
    expect(applied).toBeLessThan(10);
  });

  test('fail makes a new statement go FAILED with a detail and an exception', async () => {
    const clock = manualClock();
    c = await client({ now: clock.now, faults: { fail: 1 }, tables: ['a', 'b'] });
    await c.create('doomed', 'INSERT INTO b SELECT * FROM a');
    const phases = new Set<string>();
    for (let i = 0; i < 30; i++, clock.tick(5)) phases.add(phaseOf(await c.get('doomed')));
    expect([...phases]).toEqual(['PENDING', 'FAILING', 'FAILED']);
    const s = (await c.get('doomed')).body.status;
    expect(s.detail).toMatch(/TimeoutException/);
    const ex = await c.call('GET', `${c.base}/doomed/exceptions`);
    expect(ex.body.data[0]).toMatchObject({
      kind: 'StatementException',
      name: 'org.apache.flink.runtime.JobException',
    });
  });

  test('mixed faults with a seed are reproducible', async () => {
    const statuses = async () => {
      c = await client({ faults: { '429': 0.2, '500': 0.2, '503': 0.2 }, seed: 3 });
      const out: number[] = [];
      for (let i = 0; i < 20; i++) out.push((await c.call('GET', c.base)).status);
      await c.close();
      return out;
    };
    const a = await statuses();
    expect(await statuses()).toEqual(a);
    expect(new Set(a).size).toBeGreaterThan(2);
  });

  test('parseFaults reads kind:probability pairs and rejects bad input clearly', () => {
    expect(parseFaults('429:0.1,500:0.05,reset:0.02')).toEqual({ '429': 0.1, '500': 0.05, reset: 0.02 });
    expect(parseFaults('fail:1, 503:.5')).toEqual({ fail: 1, '503': 0.5 });
    expect(() => parseFaults('418:0.1')).toThrow(/Unknown fault kind '418'/);
    expect(() => parseFaults('429')).toThrow(/expected kind:probability/);
    expect(() => parseFaults('429:2')).toThrow(/between 0 and 1/);
    expect(() => parseFaults('429:abc')).toThrow(/between 0 and 1/);
    expect(() => parseFaults('429:0.1,429:0.2')).toThrow(/given twice/);
    expect(() => parseFaults('429:0.6,500:0.6')).toThrow(/more than 1/);
  });
});

describe('cli', () => {
  test('parses every option and reports bad values', () => {
    expect(
      parseEmulatorArgs([
        '--host',
        '0.0.0.0',
        '--port',
        '0',
        '--api-key',
        'k',
        '--api-secret',
        's',
        '--organization-id',
        '11111111-1111-4111-8111-111111111111',
        '--environment-id',
        'env-1',
        '--latency',
        'realistic',
        '--time-scale',
        '100',
        '--faults',
        '429:0.1',
        '--seed',
        '5',
        '--tables',
        'a, b',
      ]),
    ).toMatchObject({
      host: '0.0.0.0',
      port: 0,
      apiKey: 'k',
      apiSecret: 's',
      environmentId: 'env-1',
      latency: 'realistic',
      timeScale: 100,
      faults: { '429': 0.1 },
      seed: 5,
      tables: ['a', 'b'],
    });
    expect(() => parseEmulatorArgs(['--latency', 'slow'])).toThrow(/fast or realistic/);
    expect(() => parseEmulatorArgs(['--time-scale', '0'])).toThrow(/positive/);
    expect(() => parseEmulatorArgs(['--faults', 'x:1'])).toThrow(/--faults: Unknown fault kind 'x'/);
    expect(() => parseEmulatorArgs(['--organization-id', 'org'])).toThrow(/UUID/);
    expect(() => parseEmulatorArgs(['--port', '99999'])).toThrow(/--port/);
  });

  test('prints one JSON line without the secret, serves, and stops', async () => {
    let out = '';
    let err = '';
    let stop!: () => void;
    const until = new Promise<void>((resolve) => (stop = resolve));
    const done = emulatorCommand(['--port', '0', '--api-secret', 'top-secret'], {
      out: { write: (t: string) => (out += t) },
      err: { write: (t: string) => (err += t) },
      until,
    });
    while (!out.includes('\n')) await new Promise((r) => setTimeout(r, 5));
    expect(out.trim().split('\n')).toHaveLength(1);
    const info = JSON.parse(out);
    expect(Object.keys(info).sort()).toEqual([
      'apiKey',
      'catalog',
      'database',
      'environmentId',
      'organizationId',
      'url',
    ]);
    expect(out).not.toContain('top-secret');
    const path = `/sql/v1/organizations/${info.organizationId}/environments/${info.environmentId}/statements`;
    const res = await fetch(`${info.url}${path}`, {
      headers: { Authorization: `Basic ${Buffer.from(`${info.apiKey}:top-secret`).toString('base64')}` },
    });
    try {
      expect(res.status).toBe(200);
      checkContract('GET', path, res.status, await res.json(), res.headers);
    } finally {
      stop();
    }
    expect(await done).toBe(0);
    expect(err).toBe('');
  });

  test('bad arguments exit 2 with one line on stderr', async () => {
    let err = '';
    const code = await emulatorCommand(['--faults', '429:oops'], {
      out: { write: () => 0 },
      err: { write: (t: string) => (err += t) },
    });
    expect(code).toBe(2);
    expect(err).toMatch(/^flink-pipeline emulator: --faults: Invalid probability 'oops'/);
  });
});
