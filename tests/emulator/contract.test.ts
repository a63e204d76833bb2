/**
 * Contract: every response the emulator tests receive is validated in helpers.ts against
 * tests/fixtures/confluent/confluent-*.openapi.yaml. This file checks the validator itself, pins the spec's
 * known defect, and drives every emulated operation once more with explicit schema checks.
 */
import { afterEach, expect, test } from '@jest/globals';
import { client, manualClock, specs, type Client } from './helpers.js';

let c: Client;
afterEach(async () => c?.close());

const schema = (name: string) => ({ $ref: `#/components/schemas/${name}` });

test('the validator rejects what the spec forbids', () => {
  const { sql } = specs();
  expect(sql.validate(schema('Failure'), { errors: [{ status: '404' }] })).toEqual([]);
  expect(sql.validate(schema('Failure'), {})).toEqual(["$: missing required property 'errors'"]);
  expect(sql.validate(schema('Failure'), { errors: [{ status: 404 }] })).toEqual([
    '$.errors[0].status: expected string, got integer',
  ]);
  const bad = {
    api_version: 'sql/v2',
    kind: 'StatementList',
    metadata: { self: 'x' },
    data: [{ name: 'n' }],
  };
  const errors = sql.validate(schema('sql.v1.StatementList'), bad);
  expect(errors).toContain('$.api_version: "sql/v2" is not one of ["sql/v1"]');
  expect(errors).toContain("$.data[0]: missing required property 'status'");
  expect(sql.validate(schema('StatementObjectMeta'), { self: 'http://u', created_at: 'yesterday' })).toEqual([
    '$.created_at: not an RFC 3339 date-time: yesterday',
  ]);
  expect(
    sql.validate(schema('PatchRequest'), [{ op: 'REPLACE', path: '/spec/stopped', value: true }]),
  ).toEqual([]);
  expect(
    sql.validate(schema('PatchRequest'), [{ op: 'REPLACE', path: '/x', value: 1, extra: 1 }]),
  ).toHaveLength(1);
});

test('known spec defect: the create 201 schema requires spec.statement_name, which StatementSpec lacks', () => {
  const { sql } = specs();
  const r = sql.responseSchema('POST', '/sql/v1/organizations/o/environments/e/statements', 201).schema!;
  expect(JSON.stringify(r)).toContain('statement_name');
  const specSchema = (sql.spec.components as { schemas: Record<string, { properties: object }> }).schemas[
    'sql.v1.StatementSpec'
  ]!;
  expect(Object.keys(specSchema.properties)).not.toContain('statement_name');
});

test('every emulated operation answers within the contract', async () => {
  const { sql } = specs();
  const clock = manualClock();
  c = await client({ now: clock.now, tables: ['src', 'dst'], faults: {} });
  const created = await c.create('contract', 'INSERT INTO dst SELECT * FROM src', {
    metadata: { labels: { 'user.confluent.io/flink-pipeline-table': 'dst' } },
  });
  expect(created.status).toBe(201);
  clock.tick(100);
  const got = await c.get('contract');
  expect(sql.validate(schema('sql.v1.Statement'), got.body)).toEqual([]);
  const list = await c.call(
    'GET',
    `${c.base}?label_selector=user.confluent.io/flink-pipeline-table=dst&page_size=1`,
  );
  expect(sql.validate(schema('sql.v1.StatementList'), list.body)).toEqual([]);
  expect(list.body.data).toHaveLength(1);
  const patched = await c.patch('contract', [{ op: 'replace', path: '/spec/stopped', value: true }]);
  expect(patched.status).toBe(200);
  clock.tick(200);
  const stopped = await c.get('contract');
  expect(sql.validate(schema('sql.v1.Statement'), stopped.body)).toEqual([]);
  expect(
    (await c.put('contract', { ...stopped.body, spec: { ...stopped.body.spec, stopped: false } })).status,
  ).toBe(202);
  const ex = await c.call('GET', `${c.base}/contract/exceptions`);
  expect(sql.validate(schema('sql.v1.StatementExceptionList'), ex.body)).toEqual([]);
  expect((await c.del('contract')).status).toBe(202);
  const pool = await c.call('GET', '/fcpm/v2/compute-pools/lfcp-emulator?environment=env-emulator');
  expect(specs().fcpm.validate(schema('fcpm.v2.ComputePool'), pool.body)).toEqual([]);
});
