import { afterEach, describe, expect, test } from '@jest/globals';
import { client, manualClock, phaseOf, type Client } from './helpers.js';

let c: Client;
afterEach(async () => c?.close());

describe('auth and routing', () => {
  test('missing or wrong credentials → 401 with WWW-Authenticate, never echoing the secret', async () => {
    c = await client({ apiSecret: 's3cr3t-value' });
    const wrong = `Basic ${Buffer.from('emulator-key:not-it').toString('base64')}`;
    for (const auth of [null, wrong, 'Bearer token']) {
      const r = await c.call('GET', c.base, { auth });
      expect(r.status).toBe(401);
      expect(r.headers.get('www-authenticate')).toMatch(/^Basic error="invalid_key"/);
      expect(r.body.errors[0]).toMatchObject({ status: '401', code: 'user_unauthenticated' });
      expect(r.text).not.toContain('s3cr3t-value');
    }
    expect((await c.call('GET', c.base)).status).toBe(200);
  });

  test('wrong organization or environment → 404; unknown route → 404; wrong method → 405', async () => {
    c = await client();
    const org = c.em.organizationId;
    expect(
      (await c.call('GET', `/sql/v1/organizations/${org}/environments/env-other/statements`)).status,
    ).toBe(404);
    const otherOrg = '11111111-1111-4111-8111-111111111111';
    expect(
      (await c.call('GET', `/sql/v1/organizations/${otherOrg}/environments/env-emulator/statements`)).status,
    ).toBe(404);
    expect((await c.call('GET', '/sql/v1/nothing')).status).toBe(404);
    const r = await c.call('DELETE', c.base);
    expect(r.status).toBe(405);
    expect(r.headers.get('allow')).toBe('GET, POST');
  });

  test('compute pool lookup (fcpm/v2)', async () => {
    c = await client();
    const r = await c.call('GET', '/fcpm/v2/compute-pools/lfcp-emulator?environment=env-emulator');
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({
      kind: 'ComputePool',
      id: 'lfcp-emulator',
      status: { phase: 'PROVISIONED' },
    });
    expect((await c.call('GET', '/fcpm/v2/compute-pools/lfcp-nope?environment=env-emulator')).status).toBe(
      404,
    );
    expect((await c.call('GET', '/fcpm/v2/compute-pools/lfcp-emulator')).status).toBe(400);
  });
});

describe('create', () => {
  test.each([
    ['Upper', 'upper case'],
    ['under_score', 'underscore'],
    ['dot.ted', 'dot'],
    ['-lead', 'leading dash'],
    ['trail-', 'trailing dash'],
    ['a'.repeat(73), 'longer than the documented 72'],
  ])('name %s is rejected with 400 (%s)', async (name) => {
    c = await client();
    const r = await c.create(name, 'CREATE TABLE t (id INT)');
    expect(r.status).toBe(400);
    expect(r.body.errors[0].source).toEqual({ pointer: '/name' });
  });

  test('names of 72 characters and starting with a digit are accepted', async () => {
    c = await client();
    expect((await c.create('a'.repeat(72), 'CREATE TABLE t (id INT)')).status).toBe(201);
    expect((await c.create('1st-statement', 'CREATE TABLE t2 (id INT)')).status).toBe(201);
  });

  test('missing statement, bad JSON and bad properties are rejected', async () => {
    c = await client();
    expect((await c.call('POST', c.base, { body: { name: 'x', spec: {} } })).status).toBe(400);
    expect((await c.call('POST', c.base, { body: '{nope' })).status).toBe(400);
    const r = await c.call('POST', c.base, {
      body: { name: 'x', spec: { statement: 'SELECT 1', properties: { a: 1 } } },
    });
    expect(r.status).toBe(422);
  });

  test('duplicate name → 409 resource_already_exists, also for a FAILED statement', async () => {
    const clock = manualClock();
    c = await client({ now: clock.now });
    expect((await c.create('dup', 'INSERT INTO a SELECT * FROM b')).status).toBe(201);
    clock.tick(100);
    expect(phaseOf(await c.get('dup'))).toBe('FAILED');
    const again = await c.create('dup', 'CREATE TABLE a (id INT)');
    expect(again.status).toBe(409);
    expect(again.body.errors[0].code).toBe('resource_already_exists');
  });

  test('properties, labels, principal and compute pool are kept', async () => {
    c = await client({ computePools: [{ id: 'lfcp-42', maxCfu: 10 }] });
    const r = await c.create('props', 'CREATE TABLE p (id INT)', {
      metadata: { labels: { 'user.confluent.io/flink-pipeline-table': 'p' } },
      spec: { properties: { 'sql.current-catalog': 'env' }, principal: 'sa-123', compute_pool_id: 'lfcp-42' },
    });
    expect(r.body.metadata.labels).toEqual({ 'user.confluent.io/flink-pipeline-table': 'p' });
    expect(r.body.spec).toMatchObject({
      properties: { 'sql.current-catalog': 'env' },
      principal: 'sa-123',
      compute_pool_id: 'lfcp-42',
    });
    expect((await c.call('GET', '/fcpm/v2/compute-pools/lfcp-42?environment=env-emulator')).status).toBe(200);
  });
});

describe('list', () => {
  test('pages with page_size / page_token and an absolute metadata.next', async () => {
    c = await client();
    for (let i = 0; i < 25; i++)
      await c.create(`s-${String(i).padStart(2, '0')}`, `CREATE TABLE t${i} (id INT)`);
    const names: string[] = [];
    let url: string | undefined = `${c.base}?page_size=10`;
    let pages = 0;
    while (url) {
      const r = await c.call('GET', url);
      expect(r.status).toBe(200);
      expect(r.body.kind).toBe('StatementList');
      names.push(...r.body.data.map((s: { name: string }) => s.name));
      pages++;
      const next: string = r.body.metadata.next;
      if (next) {
        expect(next).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/sql\/v1\/.*page_token=/);
        const u = new URL(next);
        url = `${u.pathname}${u.search}`;
      } else url = undefined;
    }
    expect(pages).toBe(3);
    expect(names).toEqual(Array.from({ length: 25 }, (_, i) => `s-${String(i).padStart(2, '0')}`));
    const dflt = await c.call('GET', c.base);
    expect(dflt.body.data).toHaveLength(10);
  });

  test('label_selector (AND, !=, presence) and spec.compute_pool_id filter', async () => {
    c = await client({ computePools: [{ id: 'lfcp-2' }] });
    const label = (table: string, extra: Record<string, string> = {}) => ({
      metadata: { labels: { 'user.confluent.io/flink-pipeline-table': table, ...extra } },
    });
    await c.create('o1', 'CREATE TABLE orders (id INT)', label('orders', { 'user.confluent.io/env': 'dev' }));
    await c.create('o2', 'CREATE TABLE orders2 (id INT)', {
      ...label('orders'),
      spec: { compute_pool_id: 'lfcp-2' },
    });
    await c.create('c1', 'CREATE TABLE customers (id INT)', label('customers'));
    await c.create('n1', 'CREATE TABLE n (id INT)');
    const names = async (q: string) =>
      (await c.call('GET', `${c.base}?${q}`)).body.data.map((s: { name: string }) => s.name);
    expect(await names('label_selector=user.confluent.io/flink-pipeline-table=orders')).toEqual(['o1', 'o2']);
    expect(
      await names(
        `label_selector=${encodeURIComponent('user.confluent.io/flink-pipeline-table=orders,user.confluent.io/env=dev')}`,
      ),
    ).toEqual(['o1']);
    expect(await names('label_selector=user.confluent.io/flink-pipeline-table!=orders')).toEqual([
      'c1',
      'n1',
    ]);
    expect(await names('label_selector=user.confluent.io/flink-pipeline-table')).toEqual(['o1', 'o2', 'c1']);
    expect(await names('spec.compute_pool_id=lfcp-2')).toEqual(['o2']);
  });

  test('bad page_size, page_token or label_selector → 400', async () => {
    c = await client();
    for (const q of [
      'page_size=0',
      'page_size=101',
      'page_size=x',
      'page_token=garbage',
      'label_selector=a=b=c',
    ]) {
      const r = await c.call('GET', `${c.base}?${q}`);
      expect(r.status).toBe(400);
      expect(r.body.errors[0].source.parameter).toBeDefined();
    }
  });
});

describe('update (PUT) and PATCH', () => {
  const running = async () => {
    const clock = manualClock();
    c = await client({ now: clock.now, tables: ['src', 'dst'], computePools: [{ id: 'lfcp-9' }] });
    await c.create('job', 'INSERT INTO dst SELECT * FROM src');
    clock.tick(100);
    expect(phaseOf(await c.get('job'))).toBe('RUNNING');
    return clock;
  };

  test('PUT with the current resource_version → 202 and empty body; a stale one → 409', async () => {
    const clock = await running();
    const current = (await c.get('job')).body;
    const ok = await c.put('job', { ...current, spec: { ...current.spec, stopped: true } });
    expect(ok.status).toBe(202);
    expect(ok.text).toBe('');
    clock.tick(500);
    const stale = await c.put('job', { ...current, spec: { ...current.spec, stopped: false } });
    expect(stale.status).toBe(409);
    expect(stale.body.errors[0].detail).toContain('resource_version');
  });

  test('PUT validation: missing fields → 400, immutable fields → 400, principal only while stopped', async () => {
    await running();
    const cur = (await c.get('job')).body;
    const { metadata, ...noMeta } = cur;
    expect(
      (await c.put('job', { ...noMeta, metadata: { ...metadata, resource_version: undefined } })).status,
    ).toBe(400);
    expect((await c.put('job', { ...cur, spec: { ...cur.spec, stopped: undefined } })).status).toBe(400);
    expect((await c.put('job', { ...cur, name: 'other' })).status).toBe(400);
    expect(
      (await c.put('job', { ...cur, spec: { ...cur.spec, statement: 'INSERT INTO dst SELECT 1' } })).status,
    ).toBe(400);
    expect((await c.put('job', { ...cur, spec: { ...cur.spec, properties: { a: 'b' } } })).status).toBe(400);
    const principal = await c.put('job', { ...cur, spec: { ...cur.spec, principal: 'sa-new' } });
    expect(principal.status).toBe(400);
    expect(principal.body.errors[0].source.pointer).toBe('/spec/principal');
    // metadata is read-only in the spec: labels cannot be changed after the create
    const labels = await c.put('job', {
      ...cur,
      metadata: { ...metadata, labels: { owner: 'someone-else' } },
    });
    expect([labels.status, labels.body.errors[0].source.pointer]).toEqual([400, '/metadata/labels']);
  });

  test('of many creates of one name at once, exactly one gets 201, the others 409', async () => {
    c = await client();
    const answers = await Promise.all(
      Array.from({ length: 12 }, (_, i) => c.create('lease-1', `SELECT ${i} AS n`)),
    );
    expect(answers.map((a) => a.status).sort()).toEqual([201, ...Array(11).fill(409)]);
    // Dry runs are never stored, so they hold no name: each of them is answered
    const dryRuns = await Promise.all(
      Array.from({ length: 4 }, (_, i) =>
        c.create('dry-1', `SELECT ${i} AS n`, { spec: { properties: { 'sql.dry-run': 'true' } } }),
      ),
    );
    expect(dryRuns.map((a) => a.status)).toEqual([201, 201, 201, 201]);
  });

  test('PUT resume may change principal and compute pool of a stopped statement', async () => {
    const clock = await running();
    await c.patch('job', [{ op: 'replace', path: '/spec/stopped', value: true }]);
    clock.tick(200);
    const cur = (await c.get('job')).body;
    expect(cur.status.phase).toBe('STOPPED');
    const r = await c.put('job', {
      ...cur,
      spec: { ...cur.spec, stopped: false, principal: 'sa-new', compute_pool_id: 'lfcp-9' },
    });
    expect(r.status).toBe(202);
    clock.tick(200);
    const after = (await c.get('job')).body;
    expect(after.spec).toMatchObject({ principal: 'sa-new', compute_pool_id: 'lfcp-9', stopped: false });
    expect(after.status.phase).toBe('RUNNING');
  });

  test('PATCH /spec/stopped (either op case) → 200 with spec.stopped while phase may still be RUNNING', async () => {
    await running();
    const r = await c.patch('job', [{ op: 'REPLACE', path: '/spec/stopped', value: true }]);
    expect(r.status).toBe(200);
    expect(r.body.spec.stopped).toBe(true);
    expect(r.body.status.phase).toBe('RUNNING');
    const t = await c.patch('job', [{ op: 'test', path: '/spec/stopped', value: false }]);
    expect(t.status).toBe(409);
  });

  test('PATCH of other paths or ops → 422; wrong content type → 415; unknown statement → 404', async () => {
    await running();
    expect((await c.patch('job', [{ op: 'replace', path: '/spec/statement', value: 'x' }])).status).toBe(422);
    expect((await c.patch('job', [{ op: 'remove', path: '/spec/stopped' }])).status).toBe(422);
    expect((await c.patch('job', [{ op: 'replace', path: '/spec/stopped', value: 'yes' }])).status).toBe(422);
    expect((await c.patch('job', { op: 'replace' })).status).toBe(400);
    const wrongType = await c.call('PATCH', `${c.base}/job`, { body: [], contentType: 'text/plain' });
    expect(wrongType.status).toBe(415);
    expect((await c.patch('ghost', [{ op: 'replace', path: '/spec/stopped', value: true }])).status).toBe(
      404,
    );
    expect((await c.get('ghost')).body.errors[0].detail).toBe('Statement resource=ghost does not exist');
  });
});
