/**
 * The deploy lease (src/confluent/lease.ts) through the real client against the emulator: one
 * holder at a time however many contend at once, renewal, release, a stale lease taken over
 * after its expiry (or at once when its holder is known to have ended), a busy lease given up
 * after the wait, and a holder that could not renew stops before anyone else takes over.
 */
import { afterAll, describe, expect, test } from '@jest/globals';
import { FlinkClient } from '../../src/confluent/client.js';
import {
  acquireLease,
  LABEL_LEASE_PID,
  LeaseBusyError,
  LeaseLostError,
  listLease,
  type LeaseOptions,
} from '../../src/confluent/lease.js';
import { startEmulator, type RunningEmulator } from '../../src/emulator/server.js';

const open: RunningEmulator[] = [];
afterAll(async () => {
  for (const em of open.splice(0)) await em.close();
});

async function setup(faults = {}) {
  const em = await startEmulator({ latency: 'fast', faults, seed: 7 });
  open.push(em);
  const client = new FlinkClient({
    restEndpoint: em.url,
    organizationId: em.organizationId,
    environmentId: em.environmentId,
    credentials: { apiKey: 'emulator-key', apiSecret: 'emulator-secret' },
    rateLimit: false,
    poll: { initialDelayMs: 10, maxDelayMs: 20 },
    retry: { baseDelayMs: 2, maxDelayMs: 20, maxAttempts: 8 },
  });
  return { em, client };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const options = (owner: string, extra: Partial<LeaseOptions> = {}): LeaseOptions => ({
  prefix: 'dev',
  owner,
  ttlMs: 2000,
  waitMs: 20_000,
  pollMs: 5,
  properties: { 'sql.current-catalog': 'env-emulator', 'sql.current-database': 'lkc-emulator' },
  ...extra,
});

describe('deploy lease', () => {
  test('contenders started together hold it one at a time; each release lets the next in', async () => {
    const { em, client } = await setup({ '429': 0.05, '503': 0.03 });
    const held: { owner: string; from: number; to: number }[] = [];
    let inside = 0;
    let most = 0;
    await Promise.all(
      Array.from({ length: 8 }, async (_, i) => {
        const lease = await acquireLease(client, options(`deploy-${i}`));
        inside++;
        most = Math.max(most, inside);
        const from = Date.now();
        await sleep(5 + ((i * 7) % 20));
        lease.check();
        inside--;
        held.push({ owner: `deploy-${i}`, from, to: Date.now() });
        await lease.release();
      }),
    );
    expect(most).toBe(1);
    expect(held).toHaveLength(8);
    // Exactly one statement of the lease is left: the released top of the chain
    const left = await listLease(client, 'dev');
    expect(left.filter((r) => !r.deleting).map((r) => r.state)).toEqual(['released']);
    // Every generation was created once: a name is never taken twice while it exists
    const names = em.state.history
      .map((h) => h.name)
      .filter((n) => n.startsWith('dev-flink-pipeline-lease-'));
    expect(new Set(names).size).toBeGreaterThanOrEqual(16);
  });

  test('each generation is a stored, bounded statement, never a dry run (a dry run takes no name), hidden from default views', async () => {
    const { em, client } = await setup();
    const lease = await acquireLease(
      client,
      options('deploy-x', { properties: { ...options('x').properties, 'SQL.Dry-Run': 'true' } }),
    );
    const top = em.state.statements.get('dev-flink-pipeline-lease-1')!;
    expect(Object.keys(top.spec.properties).map((k) => k.toLowerCase())).not.toContain('sql.dry-run');
    expect(top.labels['user.confluent.io/hidden']).toBe('true');
    expect(top.spec.statement).toMatch(/^SELECT '/);
    // A second creator of the same generation is refused: the name is taken
    await expect(acquireLease(client, options('deploy-y', { waitMs: 50 }))).rejects.toThrow(LeaseBusyError);
    await lease.release();
  });

  test('a held lease is renewed while the deploy runs; a waiting deploy says who holds it and waits', async () => {
    const { client } = await setup();
    const first = await acquireLease(client, options('first', { ttlMs: 200 }));
    const messages: string[] = [];
    let second: Awaited<ReturnType<typeof acquireLease>> | undefined;
    const waiting = acquireLease(
      client,
      options('second', { ttlMs: 200, onEvent: (m) => messages.push(m) }),
    ).then((l) => (second = l));
    await sleep(700); // more than three times the time to live: renewed meanwhile
    expect(second).toBeUndefined();
    expect(() => first.check()).not.toThrow();
    expect(first.generation).toBeGreaterThan(2);
    expect(messages[0]).toMatch(
      /^another deploy \(first, started at \d{4}-\d\d-\d\dT[\d:]+Z\) holds the lease of this environment until .+; waiting \(giving up after 20 s\)$/,
    );
    await first.release();
    await waiting;
    expect(second!.owner).toBe('second');
    await second!.release();
  });

  test('a lease whose holder stopped renewing is taken over after its expiry, and the holder stops', async () => {
    const { client } = await setup();
    let clock = Date.now();
    const now = () => clock;
    // The holder's renewals fail (its network is gone): it must stop before the lease expires
    let cut = false;
    const flaky = Object.assign(Object.create(client) as FlinkClient, {
      createStatement: (input: Parameters<FlinkClient['createStatement']>[0]) =>
        cut ? Promise.reject(new LeaseLostError('unused')) : client.createStatement(input),
      deleteStatement: (name: string) => client.deleteStatement(name),
      listStatements: (o: Parameters<FlinkClient['listStatements']>[0]) => client.listStatements(o),
      getStatement: (name: string) => client.getStatement(name),
    });
    const holder = await acquireLease(flaky, options('stuck', { ttlMs: 60_000, now }));
    cut = true;
    clock += 46_000; // past three quarters of the time to live, without a renewal
    expect(() => holder.check()).toThrow(LeaseLostError);
    expect(() => holder.check()).toThrow(
      /^the deploy lost the lease of this environment: it was not renewed in time/,
    );
    // Not yet expired for others; then expired
    const messages: string[] = [];
    const busy = acquireLease(client, options('next', { now, waitMs: 0, onEvent: (m) => messages.push(m) }));
    await expect(busy).rejects.toThrow(LeaseBusyError);
    await expect(busy).rejects.toThrow(
      /^another deploy \(stuck, started at .+\) holds the lease of this environment; gave up after 0 s \(raise timeouts\.lease/,
    );
    clock += 15_000;
    const next = await acquireLease(client, options('next', { now, onEvent: (m) => messages.push(m) }));
    expect(messages.at(-1)).toMatch(/^the lease of stuck \(started at .+\) expired at .+: taken over$/);
    await next.release();
    clock += 1; // the stuck holder's release must not undo the new holder's work
    await holder.release().catch(() => undefined);
    expect((await listLease(client, 'dev')).filter((r) => !r.deleting)[0]?.owner).toBe('next');
  });

  test('a holder known to have ended (isStale) is taken over at once', async () => {
    const { client } = await setup();
    await acquireLease(client, options('ghost', { ownerLabels: { [LABEL_LEASE_PID]: '999999' } }));
    const messages: string[] = [];
    const started = Date.now();
    const lease = await acquireLease(
      client,
      options('heir', {
        isStale: (r) => r.labels[LABEL_LEASE_PID] === '999999',
        onEvent: (m) => messages.push(m),
      }),
    );
    expect(Date.now() - started).toBeLessThan(1000);
    expect(messages).toEqual([
      expect.stringMatching(/^the lease of ghost .* belongs to a process that has ended: taken over$/),
    ]);
    await lease.release();
  });
});
