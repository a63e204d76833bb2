import { afterEach, expect, test } from '@jest/globals';
import { client, manualClock, phaseOf, type Client } from './helpers.js';

let c: Client;
afterEach(async () => c?.close());

const stop = (name: string) => c.patch(name, [{ op: 'replace', path: '/spec/stopped', value: true }]);
const resume = (name: string) => c.patch(name, [{ op: 'replace', path: '/spec/stopped', value: false }]);

async function runningJob() {
  const clock = manualClock();
  c = await client({ now: clock.now, tables: ['orders', 'customers', 'enriched'] });
  await c.create('job-v1', 'INSERT INTO enriched SELECT * FROM orders o JOIN customers c ON o.cid = c.id');
  clock.tick(100);
  expect(phaseOf(await c.get('job-v1'))).toBe('RUNNING');
  return clock;
}

test('stop: RUNNING → STOPPING → STOPPED with latest_offsets per source table; resume → PENDING → RUNNING', async () => {
  const clock = await runningJob();
  clock.tick(60_000);
  await stop('job-v1');
  const phases = new Set<string>();
  for (let i = 0; i < 30; i++, clock.tick(5)) phases.add(phaseOf(await c.get('job-v1')));
  expect([...phases]).toEqual(['RUNNING', 'STOPPING', 'STOPPED']);
  const stopped = (await c.get('job-v1')).body.status;
  expect(Object.keys(stopped.latest_offsets).sort()).toEqual(['customers', 'orders']);
  expect(stopped.latest_offsets.orders).toMatch(/^partition:0,offset:\d+(;partition:\d,offset:\d+)*$/);
  expect(stopped.latest_offsets_timestamp).not.toBe('0001-01-01T00:00:00Z');
  expect(stopped.end_time).toBeDefined();
  expect(stopped.duration).toMatch(/^PT[\d.]+S$/);
  await resume('job-v1');
  const resumed = new Set<string>();
  for (let i = 0; i < 30; i++, clock.tick(5)) resumed.add(phaseOf(await c.get('job-v1')));
  expect([...resumed]).toEqual(['STOPPED', 'PENDING', 'RUNNING']);
});

test('carry-over: waits PENDING until the referenced statement is STOPPED, then RUNNING from its offsets', async () => {
  const clock = await runningJob();
  const v2 = await c.create(
    'job-v2',
    'INSERT INTO enriched SELECT * FROM orders o JOIN customers c ON o.cid = c.id',
    {
      spec: { properties: { 'sql.tables.initial-offset-from': 'job-v1' } },
    },
  );
  expect(v2.status).toBe(201);
  clock.tick(10_000);
  const waiting = (await c.get('job-v2')).body.status;
  expect(waiting.phase).toBe('PENDING');
  expect(waiting.detail).toMatch(
    /^Statement is currently pending until referenced statement job-v1 is stopped\. If job-v1 is not stopped before \d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ, this statement will fail\.$/,
  );
  await stop('job-v1');
  clock.tick(200);
  const v1 = (await c.get('job-v1')).body.status;
  expect(v1.phase).toBe('STOPPED');
  const running = (await c.get('job-v2')).body.status;
  expect(running.phase).toBe('RUNNING');
  expect(running.detail).toContain('job-v1');
  expect(c.em.state.statements.get('job-v2')!.startedFrom).toEqual({
    statement: 'job-v1',
    offsets: v1.latest_offsets,
  });
});

test('carry-over from a statement that does not exist → FAILED; a carry-over that times out → FAILED', async () => {
  const clock = manualClock();
  c = await client({ now: clock.now, tables: ['a', 'b'], carryOverTimeoutMs: 60_000 });
  await c.create('orphan', 'INSERT INTO b SELECT * FROM a', {
    spec: { properties: { 'sql.tables.initial-offset-from': 'nope' } },
  });
  await c.create('old', 'INSERT INTO b SELECT * FROM a');
  clock.tick(100);
  await c.create('waiter', 'INSERT INTO b SELECT * FROM a', {
    spec: { properties: { 'sql.tables.initial-offset-from': 'old' } },
  });
  const orphan = (await c.get('orphan')).body.status;
  expect(orphan.phase).toBe('FAILED');
  expect(orphan.detail).toContain('nope');
  clock.tick(30_000);
  expect(phaseOf(await c.get('waiter'))).toBe('PENDING');
  clock.tick(31_000);
  expect((await c.get('waiter')).body.status).toMatchObject({ phase: 'FAILED' });
});

test('delete is asynchronous: 202, DELETING (name still taken → 409), then 404; deleting the reference fails a waiter', async () => {
  const clock = await runningJob();
  await c.create('waiter', 'INSERT INTO enriched SELECT * FROM orders', {
    spec: { properties: { 'sql.tables.initial-offset-from': 'job-v1' } },
  });
  const d = await c.del('job-v1');
  expect(d.status).toBe(202);
  expect(d.text).toBe('');
  expect(phaseOf(await c.get('job-v1'))).toBe('DELETING');
  expect((await c.del('job-v1')).status).toBe(202);
  expect((await c.create('job-v1', 'CREATE TABLE x (id INT)')).status).toBe(409);
  const cur = (await c.get('job-v1')).body;
  expect((await c.put('job-v1', cur)).status).toBe(409);
  clock.tick(200);
  expect((await c.get('job-v1')).status).toBe(404);
  expect((await c.del('job-v1')).status).toBe(404);
  expect(phaseOf(await c.get('waiter'))).toBe('FAILED');
  expect((await c.create('job-v1', 'CREATE TABLE x (id INT)')).status).toBe(201);
  // the table a statement created stays after the statement is deleted
  expect(c.em.state.hasTable('enriched')).toBe(true);
});

test('deterministic: the same seed and the same requests give the same timings and uids', async () => {
  const run = async () => {
    const clock = manualClock();
    c = await client({ now: clock.now, seed: 42, tables: ['orders', 'enriched'] });
    const uid = (await c.create('j', 'INSERT INTO enriched SELECT * FROM orders')).body.metadata.uid;
    let t = 0;
    while (phaseOf(await c.get('j')) !== 'RUNNING') {
      clock.tick(1);
      t++;
    }
    await c.close();
    return { uid, t };
  };
  const a = await run();
  const b = await run();
  expect(a).toEqual(b);
  expect(a.t).toBeGreaterThanOrEqual(10);
  expect(a.t).toBeLessThanOrEqual(50);
});
