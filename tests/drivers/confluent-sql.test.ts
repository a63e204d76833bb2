/**
 * Confluent's official Python driver, confluent-sql (tests/drivers/python.ts installs it when
 * missing), against the emulator over loopback: a real client we did not write, so the
 * emulator is checked against another reading of Confluent Cloud than ours. A snapshot DDL,
 * dry runs accepted and rejected (answered in the create response, never stored), a streaming
 * INSERT, a snapshot INSERT that ends, a list by label, a delete, and queries read through
 * the cursor (SHOW TABLES, SELECT *, a SELECT 1 the emulator refuses, and SQL that does not parse).
 *
 * Needs python3 (and, when the driver is not installed, pip and PyPI); without them the suite
 * says so in one line and skips, unless FLINK_PIPELINE_DRIVER_REQUIRED=1 (set by .ci/run),
 * which turns the skip into a failure.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { execFile } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { startEmulator, type RunningEmulator } from '../../src/emulator/server.js';
import { confluentSqlDriver } from './python.js';

const SECRET = 'driver-Secret-5kW1';
const driver = confluentSqlDriver();
const required = process.env.FLINK_PIPELINE_DRIVER_REQUIRED === '1';
const python = 'python' in driver ? driver.python : undefined;
const missing = 'missing' in driver ? driver.missing : '';

if (!python && !required) process.stderr.write(`confluent-sql driver: skipped, ${missing}\n`);

interface Summary {
  name: string;
  statement_id: string;
  phase: string;
  is_bounded: boolean | null;
  is_dry_run: boolean;
  properties: Record<string, string>;
}
type Outcome<T> = { ok: T } | { error: string; message: string };

(python ? describe : describe.skip)('confluent-sql (the official Python driver) against the emulator', () => {
  let em: RunningEmulator;
  let out: Record<string, Outcome<unknown>> = {};
  const ok = <T>(step: string): T => {
    expect([step, out[step]]).toEqual([step, { ok: expect.anything() }]);
    return (out[step] as { ok: T }).ok;
  };
  const failure = (step: string) => out[step] as { error: string; message: string };

  beforeAll(async () => {
    em = await startEmulator({ latency: 'fast', apiSecret: SECRET, tables: ['raw_orders'] });
    const script = join(dirname(fileURLToPath(import.meta.url)), 'confluent_sql_session.py');
    const { stdout } = await promisify(execFile)(
      python!,
      [script, em.url, em.organizationId, em.environmentId, em.database, em.apiKey, SECRET],
      { timeout: 60_000 },
    );
    out = JSON.parse(stdout.trim().split('\n').pop()!) as typeof out;
  }, 90_000);
  afterAll(async () => em?.close());

  /** The phases a statement went through on the emulator (the driver deletes finished ones). */
  const phases = (name: string) => em.state.transitions.filter((t) => t.name === name).map((t) => t.phase);

  test('a snapshot CREATE TABLE completes (the driver sends sql.snapshot.mode = now), then the driver deletes it', () => {
    const s = ok<Summary>('create_table');
    expect([s.phase, s.is_bounded, s.properties['sql.snapshot.mode']]).toEqual(['DELETED', true, 'now']);
    expect(phases('driver-ddl')).toEqual(['PENDING', 'COMPLETED', 'DELETING']);
    expect(em.state.hasTable('orders_copy')).toBe(true);
  });

  test('dry runs: the verdict in the create response, never stored, the traits of the mode validated in', () => {
    const accepted = ok<Summary>('dry_run_accepted');
    expect(accepted).toMatchObject({
      statement_id: '',
      phase: 'COMPLETED',
      is_dry_run: true,
      is_bounded: true,
    });
    expect(failure('dry_run_fetched').error).toBe('StatementNotFoundError');
    expect(ok<Summary>('dry_run_streaming')).toMatchObject({ phase: 'COMPLETED', is_bounded: false });
    const rejected = failure('dry_run_rejected');
    expect(rejected.error).toBe('OperationalError');
    expect(rejected.message).toMatch(/^Dry-run failed: Table \(or view\) 'ghost_orders' does not exist/);
    expect(em.state.stats.dryRuns).toBe(3);
  });

  test('a streaming INSERT runs; the same INSERT in snapshot mode ends', () => {
    expect(ok<Summary>('streaming_insert')).toMatchObject({ phase: 'RUNNING', is_bounded: false });
    expect(phases('driver-insert')).toEqual(['PENDING', 'RUNNING', 'DELETING']);
    expect(ok<Summary>('snapshot_insert')).toMatchObject({ is_bounded: true });
    expect(phases('driver-snapshot-insert')).toEqual(['PENDING', 'COMPLETED', 'DELETING']);
  });

  test('queries: SHOW TABLES lists the tables, a snapshot SELECT * has the columns and no rows, SELECT 1 fails clearly', () => {
    expect(ok<{ rows: string[][] }>('show_tables')).toEqual({
      columns: ['Table Name'],
      types: ['VARCHAR'],
      rows: [['orders_copy'], ['raw_orders']],
    });
    expect(ok('select_all')).toEqual({ columns: ['id', 'amount'], types: ['INTEGER', 'INTEGER'], rows: [] });
    const one = failure('select_one');
    expect(one.error).toBe('OperationalError');
    expect(one.message).toContain('The emulator cannot derive the result of this query');
    // SQL that does not parse: the driver's create request itself fails with the 400's detail
    const syntax = failure('syntax_error');
    expect(syntax.error).toBe('OperationalError');
    expect(syntax.message).toMatch(/^error sending request '400' - SQL parse failed\. /);
    expect(em.state.stats.parseRejections).toBe(1);
  });

  test('statements listed by label, and deleted', () => {
    expect(ok<string[]>('listed_by_label')).toEqual(['driver-insert']);
    expect(out.delete).toEqual({ ok: null });
    em.state.advance(Date.now() + 60_000);
    // The snapshot statements were deleted by the driver's cursor once done; nothing is left
    expect([...em.state.statements.keys()]).toEqual([]);
  });
});

(!python && required ? test : test.skip)(
  'the driver suite runs on CI (FLINK_PIPELINE_DRIVER_REQUIRED=1)',
  () => {
    throw new Error(
      `the confluent-sql driver suite cannot run: ${missing}; install python3 with pip and venv`,
    );
  },
);
