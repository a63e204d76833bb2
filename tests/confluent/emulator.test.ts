import { afterEach, describe, expect, test } from '@jest/globals';
import {
  FlinkClient,
  StatementExistsError,
  confluentStatus,
  pipelineLabels,
  type FlinkClientOptions,
} from '../../src/confluent/index.js';
import { startEmulator, type EmulatorOptions, type RunningEmulator } from '../../src/emulator/index.js';

const SECRET = 'emulator-secret-for-e2e';
let emulator: RunningEmulator | undefined;

async function setup(opts: EmulatorOptions = {}, extra: Partial<FlinkClientOptions> = {}) {
  emulator = await startEmulator({ latency: 'fast', apiSecret: SECRET, tables: ['src_orders'], ...opts });
  return new FlinkClient({
    restEndpoint: emulator.url,
    organizationId: emulator.organizationId,
    environmentId: emulator.environmentId,
    credentials: { apiKey: emulator.apiKey, apiSecret: SECRET },
    retry: { baseDelayMs: 5, maxDelayMs: 20, maxAttempts: 8 },
    poll: { initialDelayMs: 10, maxDelayMs: 40 },
    ...extra,
  });
}

/** The emulator's catalog and database, where the tables of these tests live. */
const home = () => ({
  'sql.current-catalog': emulator!.environmentId,
  'sql.current-database': emulator!.database,
});

afterEach(async () => {
  await emulator?.close();
  emulator = undefined;
});

async function lifecycle(client: FlinkClient) {
  await client.createStatement({
    name: 'p-a-ddl-orders',
    statement: 'CREATE TABLE orders (id INT, amount INT)',
    properties: home(),
    labels: pipelineLabels({ table: 'orders', kind: 'ddl', prefix: 'p' }),
  });
  await client.waitForPhase('p-a-ddl-orders', ['COMPLETED'], { timeoutMs: 5000 });

  const name = 'p-a-dml-orders-abc1234';
  const created = await client.createStatement({
    name,
    statement: 'INSERT INTO orders SELECT id, amount FROM src_orders',
    properties: home(),
    labels: pipelineLabels({ table: 'orders', fingerprint: 'abc1234ffff', kind: 'dml', prefix: 'p' }),
  });
  expect(created.metadata?.labels?.['user.confluent.io/flink-pipeline-fingerprint']).toBe('abc1234');
  await client.waitForPhase(name, ['RUNNING'], { timeoutMs: 5000 });

  const snapshot = await confluentStatus(client, 'p').snapshot(['orders']);
  expect(snapshot.tables.get('orders')).toEqual({
    phase: 'RUNNING',
    statement: name,
    tableExists: true,
    live: [expect.objectContaining({ name, kind: 'dml', phase: 'RUNNING' }), expect.anything()],
  });

  await client.stopStatement(name);
  const stopped = await client.waitForPhase(name, ['STOPPED'], { timeoutMs: 5000 });
  expect(stopped.spec.stopped).toBe(true);
  await client.resumeStatement(name);
  await client.waitForPhase(name, ['RUNNING'], { timeoutMs: 5000 });
  await client.stopStatement(name);
  await client.waitForPhase(name, ['STOPPED'], { timeoutMs: 5000 });

  expect(await client.deleteStatement(name)).toBe(true);
  await client.waitForDeletion(name, 5000);
  expect(await client.getStatement(name)).toBeNull();
  expect(await client.deleteStatement(name)).toBe(false);
}

describe('against the emulator', () => {
  test('create → RUNNING → stop → STOPPED → resume → delete (PATCH)', async () => {
    await lifecycle(await setup());
  });

  test('the same through GET-modify-PUT', async () => {
    await lifecycle(await setup({}, { usePatch: false }));
  });

  test('the same with injected 429, 5xx and dropped connections', async () => {
    const retries: string[] = [];
    const client = await setup(
      { faults: { '429': 0.1, '500': 0.05, '503': 0.05, reset: 0.05 }, seed: 7 },
      { onEvent: (e) => e.type === 'retry' && retries.push(e.reason) },
    );
    await lifecycle(client);
    expect(retries.length).toBeGreaterThan(0);
  });

  test('duplicate names are StatementExistsError; failing SQL reports its detail', async () => {
    const client = await setup();
    const input = { name: 'p-a-dml-x-1111111', statement: 'INSERT INTO nowhere SELECT * FROM missing_table' };
    await client.createStatement(input);
    await expect(
      client.createStatement({ ...input, statement: 'INSERT INTO y SELECT 1' }),
    ).rejects.toBeInstanceOf(StatementExistsError);
    const err = await client
      .waitForPhase(input.name, ['RUNNING'], { timeoutMs: 5000 })
      .catch((e: unknown) => e);
    expect(err).toMatchObject({ reason: 'failed', phase: 'FAILED' });
    expect((err as { detail?: string }).detail).toBeTruthy();
  });

  test('a wrong secret is a one-line 401 without the secret', async () => {
    await setup();
    const bad = new FlinkClient({
      restEndpoint: emulator!.url,
      organizationId: emulator!.organizationId,
      environmentId: emulator!.environmentId,
      credentials: { apiKey: emulator!.apiKey, apiSecret: 'wrong-secret-value' },
    });
    const err = await bad.getStatement('x').catch((e: unknown) => e);
    expect(String(err)).toMatch(/^FlinkApiError: GET statement x: HTTP 401: /);
    expect(JSON.stringify(err)).not.toContain('wrong-secret-value');
  });
});
