/**
 * The executor on hand-made plans against the emulator, through the real client over loopback:
 * ordering, max-parallel, failure isolation, refusal and dry run without calls, the report,
 * rollback of a failed carry-over, and idempotent re-runs after a crash at every call.
 */
import { afterEach, describe, expect, test } from '@jest/globals';
import { executePlan, type ExecuteOptions } from '../../src/deploy/executor.js';
import { renderDeployReport } from '../../src/deploy/report.js';
import type { DeployEvent, DeployReport } from '../../src/deploy/types.js';
import type { Plan, PlanStep } from '../../src/plan/types.js';
import { CATALOG, DATABASE, harness, type Harness } from './helpers.js';

let open: Harness[] = [];
afterEach(async () => {
  for (const h of open.splice(0)) await h.close();
});
async function emulator(...args: Parameters<typeof harness>): Promise<Harness> {
  const h = await harness(...args);
  open.push(h);
  return h;
}

const CARRY = 'sql.tables.initial-offset-from';
/** Where the tables live: every step that sends SQL names them, as the planner's steps do. */
const HOME = { 'sql.current-catalog': CATALOG, 'sql.current-database': DATABASE };

function plan(steps: (Partial<PlanStep> & Pick<PlanStep, 'id' | 'action' | 'statement'>)[]): Plan {
  return {
    version: 1,
    base: null,
    head: null,
    status: 'confluent',
    strategy: 'rebuild',
    changes: [],
    nodes: [],
    steps: steps.map((s) => ({
      table: s.id.split(':')[0]!,
      after: [],
      wave: 0,
      destructive: false,
      ...s,
      ...(s.sql ? { properties: { ...HOME, ...s.properties } } : {}),
    })),
    warnings: [],
    errors: [],
    hash: `test-${steps.map((s) => s.id).join(',')}`,
  };
}

/** `t:create-table` and `t:create-dml` (reading `from`, after `after`). */
function table(t: string, from: string, after: string[] = []): Parameters<typeof plan>[0] {
  return [
    {
      id: `${t}:create-table`,
      action: 'create-table',
      statement: `ddl-${t}`,
      sql: `CREATE TABLE ${t} (id STRING)`,
      after,
    },
    {
      id: `${t}:create-dml`,
      action: 'create-statement',
      statement: `dml-${t}`,
      sql: `INSERT INTO ${t} SELECT id FROM ${from}`,
      after: [`${t}:create-table`],
    },
  ];
}

async function run(p: Plan, h: Harness, options: ExecuteOptions = {}) {
  const events: DeployEvent[] = [];
  const report = await executePlan(p, h.client, { onEvent: (e) => events.push(e), ...options });
  return { report, events };
}

const outcomes = (r: DeployReport) => Object.fromEntries(r.steps.map((s) => [s.id, s.outcome]));

describe('executor', () => {
  test('a step starts only after its `after` steps ended; never more than max-parallel in flight', async () => {
    const h = await emulator();
    const wide = plan([
      ...['t1', 't2', 't3', 't4', 't5'].flatMap((t) => table(t, 'src_table')),
      ...table('j', 't1', [
        't1:create-dml',
        't2:create-dml',
        't3:create-dml',
        't4:create-dml',
        't5:create-dml',
      ]),
    ]);
    const { report, events } = await run(wide, h, { maxParallel: 2 });
    expect(report.status).toBe('succeeded');
    const ended = new Set<string>();
    let inFlight = 0;
    let peak = 0;
    for (const e of events) {
      if (e.type === 'step-start') {
        const step = wide.steps.find((s) => s.id === e.step)!;
        expect([e.step, step.after.filter((a) => !ended.has(a))]).toEqual([e.step, []]);
        peak = Math.max(peak, ++inFlight);
      } else if (e.type === 'step-end') {
        ended.add(e.result.id);
        inFlight--;
      }
    }
    expect(peak).toBe(2);
    expect(ended.size).toBe(wide.steps.length);
    // With 1, strictly one at a time
    const h1 = await emulator();
    const one = await run(wide, h1, { maxParallel: 1 });
    const kinds = one.events.filter((e) => e.type !== 'log').map((e) => e.type);
    expect(kinds).toEqual(wide.steps.flatMap(() => ['step-start', 'step-end']));
    expect(h.violations).toEqual([]);
  });

  test('a failed statement blocks only its dependents; independent branches finish; the report names status.detail', async () => {
    const h = await emulator();
    const p = plan([
      ...table('bad', 'missing_table'),
      ...table('child', 'bad', ['bad:create-dml']),
      ...table('good', 'src_table'),
      ...table('good2', 'good', ['good:create-dml']),
    ]);
    const { report } = await run(p, h, { maxParallel: 1 });
    expect(report.status).toBe('failed');
    expect(outcomes(report)).toEqual({
      'bad:create-table': 'done',
      'bad:create-dml': 'failed',
      'child:create-table': 'blocked',
      'child:create-dml': 'blocked',
      'good:create-table': 'done',
      'good:create-dml': 'done',
      'good2:create-table': 'done',
      'good2:create-dml': 'done',
    });
    const failed = report.steps.find((s) => s.id === 'bad:create-dml')!;
    expect(failed).toMatchObject({
      statement: 'dml-bad',
      phase: 'FAILED',
      table: 'bad',
      action: 'create-statement',
    });
    const detail = h.em.state.statements.get('dml-bad')!.detail.replace(/\s+/g, ' ');
    expect(detail).toContain("Table (or view) 'missing_table' does not exist");
    expect(failed.detail).toContain(detail);
    expect(report.steps.find((s) => s.id === 'child:create-dml')).toMatchObject({
      blockedBy: 'bad:create-dml',
    });
    expect(report.steps.find((s) => s.id === 'child:create-table')).toMatchObject({
      blockedBy: 'bad:create-dml',
    });
    // Nothing was submitted for the blocked branch
    expect(h.em.state.history.map((c) => c.name)).not.toContain('ddl-child');
    for (const s of report.steps.filter((r) => r.outcome === 'done')) {
      expect(s.phase).toBe(s.action === 'create-table' ? 'COMPLETED' : 'RUNNING');
      expect(typeof s.durationMs).toBe('number');
    }
    expect(report.counts).toEqual({ done: 5, failed: 1, blocked: 2 });
    expect(report.summary).toMatch(/^deploy failed: 5 done, 1 failed, 2 blocked \(/);
    const text = renderDeployReport(report, 'text');
    expect(text).toContain("'missing_table' does not exist");
    expect(renderDeployReport(report, 'markdown')).toContain("'missing\\_table' does not exist");
  });

  test('a statement the emulator fails (`fail` fault): the error of status.detail, dependents blocked', async () => {
    const h = await emulator({ faults: { fail: 1 } });
    const { report } = await run(plan([...table('t1', 'src_table')]), h);
    expect(outcomes(report)).toEqual({ 't1:create-table': 'failed', 't1:create-dml': 'blocked' });
    expect(report.steps[0]!.detail).toContain(
      'TimeoutException: Timeout expired while fetching topic metadata',
    );
    expect(report.steps[0]!.phase).toMatch(/^FAIL(ED|ING)$/);
  });

  test('SQL the service cannot parse: the create is refused (400), the step fails at once with the parser message, dependents blocked', async () => {
    const h = await emulator();
    const p = plan([...table('bad', 'src_table'), ...table('good', 'src_table')]);
    p.steps[0]!.sql = 'CREATE TABLE bad (id STRING';
    const { report } = await run(p, h, { maxParallel: 1 });
    expect(report.status).toBe('failed');
    expect(outcomes(report)).toEqual({
      'bad:create-table': 'failed',
      'bad:create-dml': 'blocked',
      'good:create-table': 'done',
      'good:create-dml': 'done',
    });
    const failed = report.steps[0]!;
    expect(failed).toMatchObject({ table: 'bad', statement: 'ddl-bad', outcome: 'failed' });
    expect(failed.detail).toMatch(/HTTP 400: SQL parse failed\./);
    expect(failed.detail).toContain('ddl-bad');
    // Refused once, never sent again, nothing stored under the name
    expect(h.em.state.stats.parseRejections).toBe(1);
    expect(h.em.state.statements.has('ddl-bad')).toBe(false);
    expect(h.em.state.history.map((c) => c.name)).not.toContain('dml-bad');
    expect(renderDeployReport(report, 'text')).toContain('SQL parse failed');
  });

  test('a carry-over replacement the service refuses (400): the old statement is resumed, rolled back', async () => {
    const h = await emulator({ tables: ['src_table', 't1'] });
    await h.client.createStatement({
      name: 'dml-old',
      statement: 'INSERT INTO t1 SELECT id FROM src_table',
      properties: HOME,
    });
    await h.client.waitForPhase('dml-old', ['RUNNING'], { timeoutMs: 5000 });
    const p = plan([
      { id: 't1:stop-dml', action: 'stop-statement', statement: 'dml-old' },
      {
        id: 't1:create-dml',
        action: 'create-statement',
        statement: 'dml-new',
        sql: 'INSERT INTO t1 SELECT id FROM (src_table',
        properties: { [CARRY]: 'dml-old' },
        after: ['t1:stop-dml'],
      },
      { id: 't1:delete-old-dml', action: 'delete-statement', statement: 'dml-old', after: ['t1:create-dml'] },
    ]);
    const { report } = await run(p, h);
    expect(report.status).toBe('failed');
    expect(outcomes(report)).toEqual({
      't1:stop-dml': 'done',
      't1:create-dml': 'rolled-back',
      't1:delete-old-dml': 'blocked',
    });
    expect(report.steps[1]!.detail).toMatch(/HTTP 400: SQL parse failed.*; rolled back: dml-old resumed/);
    h.em.state.advance();
    expect(h.em.state.statements.get('dml-old')?.phase).toBe('RUNNING');
    expect(h.em.state.statements.has('dml-new')).toBe(false);
  });

  test('a destructive step not allowed: the whole deploy refused before any change; a dry run makes no call', async () => {
    const h = await emulator();
    const p = plan([
      ...table('t1', 'src_table'),
      {
        id: 'old:drop-table',
        action: 'drop-table',
        statement: 'drop-old',
        sql: 'DROP TABLE IF EXISTS `old`',
        destructive: true,
      },
    ]);
    const refused = await run(p, h, { allowDestructive: ['t1'] });
    expect(refused.report.status).toBe('refused');
    expect(h.mutating()).toEqual([]);
    expect(outcomes(refused.report)).toEqual({
      't1:create-table': 'blocked',
      't1:create-dml': 'blocked',
      'old:drop-table': 'refused',
    });
    const before = h.calls.length;
    const dry = await run(p, h, { dryRun: true, allowDestructive: true });
    expect(dry.report.status).toBe('dry-run');
    expect(new Set(dry.report.steps.map((s) => s.outcome))).toEqual(new Set(['planned']));
    expect(h.calls.length).toBe(before);
    // Allowed by table name: it runs
    const allowed = await run(p, h, { allowDestructive: ['old'] });
    expect(allowed.report.status).toBe('succeeded');
  });

  test('a plan file the service would refuse is refused before any call: two statements in a step, a client.* key, no database', async () => {
    const h = await emulator();
    const cases: [Plan, RegExp][] = [
      [
        plan([
          {
            id: 't1:alter-table',
            action: 'alter-table',
            statement: 'alter-t1',
            sql: "ALTER TABLE `t1` SET ('a' = 'b');\nALTER TABLE `t1` RESET ('c')",
          },
        ]),
        /^step t1:alter-table holds 2 SQL statements, but a request takes exactly one/,
      ],
      [
        plan([
          {
            id: 't1:create-table',
            action: 'create-table',
            statement: 'ddl-t1',
            sql: 'CREATE TABLE t1 (id STRING)',
            properties: { 'client.statement-name': 'x' },
          },
        ]),
        /^step t1:create-table sends the client-side property client\.statement-name/,
      ],
      [
        (() => {
          const p = plan(table('t1', 'src_table'));
          delete p.steps[1]!.properties!['sql.current-database'];
          return p;
        })(),
        /^step t1:create-dml names `t1` without its database and no sql\.current-database is set; set environments\.dev\.database/,
      ],
    ];
    for (const [p, reason] of cases) {
      const { report } = await run(p, h, { environment: 'dev' });
      expect([report.status, report.reason]).toEqual(['refused', expect.stringMatching(reason)]);
      expect(report.steps.every((s) => s.outcome === 'blocked')).toBe(true);
    }
    expect(h.calls).toEqual([]);
  });

  test('a carry-over whose replacement fails: replacement deleted, old statement resumed, rolled back', async () => {
    const h = await emulator({ tables: ['src_table', 't1'] });
    await h.client.createStatement({
      name: 'dml-old',
      statement: 'INSERT INTO t1 SELECT id FROM src_table',
      properties: HOME,
    });
    await h.client.waitForPhase('dml-old', ['RUNNING'], { timeoutMs: 5000 });
    const p = plan([
      { id: 't1:stop-dml', action: 'stop-statement', statement: 'dml-old' },
      {
        id: 't1:create-dml',
        action: 'create-statement',
        statement: 'dml-new',
        sql: 'INSERT INTO t1 SELECT id FROM missing_table',
        properties: { [CARRY]: 'dml-old' },
        after: ['t1:stop-dml'],
      },
      { id: 't1:delete-old-dml', action: 'delete-statement', statement: 'dml-old', after: ['t1:create-dml'] },
    ]);
    const { report } = await run(p, h);
    expect(report.status).toBe('failed');
    expect(outcomes(report)).toEqual({
      't1:stop-dml': 'done',
      't1:create-dml': 'rolled-back',
      't1:delete-old-dml': 'blocked',
    });
    const step = report.steps[1]!;
    expect(step.detail).toContain("'missing_table' does not exist");
    expect(step.detail).toContain('rolled back: dml-old resumed');
    h.em.state.advance();
    expect(h.em.state.statements.get('dml-old')?.phase).toBe('RUNNING');
    expect(h.em.state.statements.has('dml-new')).toBe(false);
  });

  test('a stop of a statement an earlier run already began to delete is skipped, not failed', async () => {
    // A frozen clock keeps the statement DELETING, as a slow deletion on Confluent Cloud does
    let t = Date.parse('2026-12-01T00:00:00Z');
    const h = await emulator({ tables: ['src_table', 't1'], now: () => t });
    await h.client.createStatement({
      name: 'dml-old',
      statement: 'INSERT INTO t1 SELECT id FROM src_table',
      properties: HOME,
    });
    t += 1000;
    await h.client.deleteStatement('dml-old');
    expect(h.em.state.statements.get('dml-old')?.phase).toBe('DELETING');
    const { report } = await run(
      plan([{ id: 't1:stop-dml', action: 'stop-statement', statement: 'dml-old' }]),
      h,
    );
    expect(report.steps.map((s) => [s.outcome, s.phase])).toEqual([['skipped', 'DELETING']]);
  });

  test('re-running a finished deploy skips every step; a crash after any call, then a re-run, converges', async () => {
    const setup = async () => {
      const h = await emulator({ tables: ['src_table', 't1'] });
      await h.client.createStatement({
        name: 'dml-old',
        statement: 'INSERT INTO t1 SELECT id FROM src_table',
        properties: HOME,
        labels: { 'user.confluent.io/flink-pipeline-deploy': 'an-earlier-deploy' },
      });
      await h.client.waitForPhase('dml-old', ['RUNNING'], { timeoutMs: 5000 });
      return h;
    };
    const p = plan([
      { id: 't1:stop-dml', action: 'stop-statement', statement: 'dml-old' },
      {
        id: 't1:create-dml',
        action: 'create-statement',
        statement: 'dml-new',
        sql: 'INSERT INTO t1 SELECT id, 1 FROM src_table',
        properties: { [CARRY]: 'dml-old' },
        after: ['t1:stop-dml'],
      },
      { id: 't1:delete-old-dml', action: 'delete-statement', statement: 'dml-old', after: ['t1:create-dml'] },
      ...table('t2', 't1', ['t1:create-dml']),
      { id: 't3:drop-table', action: 'drop-table', statement: 'drop-t3', sql: 'DROP TABLE IF EXISTS `t3`' },
      ...table('t3', 'src_table', ['t3:drop-table']),
    ]);
    const end = (h: Harness) => {
      h.em.state.advance();
      return Object.fromEntries([...h.em.state.statements.values()].map((s) => [s.name, s.phase]));
    };
    const h0 = await setup();
    const first = await run(p, h0);
    expect(first.report.status).toBe('succeeded');
    const expected = end(h0);
    expect(expected).toEqual({
      'dml-new': 'RUNNING',
      'ddl-t2': 'COMPLETED',
      'dml-t2': 'RUNNING',
      'drop-t3': 'COMPLETED',
      'ddl-t3': 'COMPLETED',
      'dml-t3': 'RUNNING',
    });
    const creates = h0.em.state.history.length;
    const again = await run(p, h0);
    expect(new Set(again.report.steps.map((s) => s.outcome))).toEqual(new Set(['skipped']));
    expect(h0.em.state.history.length).toBe(creates);
    expect(h0.mutating()).toHaveLength(creates + 2); // the creates, one stop, one delete

    // Every crash point: die after the k-th changing call, re-run the same plan
    const total = h0.mutating().length - 1; // the set-up's create excluded
    for (let k = 1; k <= total; k++) {
      const h = await setup();
      const dying = h.dyingClient(k);
      const crashed = executePlan(p, dying.client);
      expect(await Promise.race([dying.died.then(() => 'died'), crashed.then(() => 'finished')])).toBe(
        'died',
      );
      await new Promise((r) => setTimeout(r, 100));
      const rerun = await run(p, h);
      expect([k, rerun.report.status, rerun.report.steps.filter((s) => s.outcome === 'failed')]).toEqual([
        k,
        'succeeded',
        [],
      ]);
      expect([k, end(h)]).toEqual([k, expected]);
      const names = h.em.state.history.map((c) => c.name);
      expect([k, names.filter((n, i) => names.indexOf(n) !== i)]).toEqual([k, []]);
      await h.close();
      open = open.filter((o) => o !== h);
    }
  });
});
