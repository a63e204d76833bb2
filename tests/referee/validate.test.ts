/**
 * `flink-pipeline validate --engine flink`, run the way a user runs it (the built CLI in a real
 * git repository holding the demo). The planner's runs need java and mvn; the usage and the
 * missing-Java cases run everywhere.
 */
import { afterAll, beforeAll, describe, expect, jest, test } from '@jest/globals';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { parseInputs } from '../../src/action/inputs.js';
import { validatePullRequest } from '../../src/action/validation.js';
import { computePlan } from '../../src/engine/plan.js';
import { toolsPresent } from '../../src/referee/toolchain.js';
import { noStatus } from '../../src/status/source.js';
import { CLI, makeRepo, ROOT, runCli } from '../helpers/repo.js';

// The first run may download Apache Flink's jars; each planner run takes seconds.
jest.setTimeout(300_000);

const tools = toolsPresent();
const available = tools.java && tools.mvn;

const VALID = 'pipelines/intermediates/sales/int_orders_valid/sql-scripts/dml.int_orders_valid.sql';

describe('validate: usage and missing tools (no JVM)', () => {
  let repo: ReturnType<typeof makeRepo>;
  beforeAll(() => {
    repo = makeRepo(join(ROOT, 'demo'));
  });
  afterAll(() => repo.cleanup());

  test('an unknown --engine is named, exit 2', () => {
    const r = runCli(repo.dir, 'validate', '--engine', 'spark', '--all');
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('flink-pipeline: validate: --engine spark is unknown; use flink or confluent\n');
  });

  test('without java: one line that says what to install, exit 1, no stack trace', () => {
    const r = spawnSync(process.execPath, [CLI, 'validate', '--engine', 'flink', '--all'], {
      cwd: repo.dir,
      encoding: 'utf8',
      env: { PATH: '/nonexistent', HOME: repo.dir },
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(
      'flink-pipeline: the Flink referee needs Java 17 or later: `java` was not found (install a JDK or set JAVA_HOME)\n',
    );
  });
});

test("the action's validate input: auto by default, none, flink, confluent, both; anything else refused by name", () => {
  const inputs = (v: Record<string, string>) => parseInputs((n) => v[n] ?? '');
  expect(inputs({}).validate).toBe('auto');
  expect(inputs({ validate: 'none' }).validate).toEqual([]);
  expect(inputs({ validate: 'flink' }).validate).toEqual(['flink']);
  expect(inputs({ validate: 'confluent' }).validate).toEqual(['confluent']);
  expect(inputs({ validate: 'confluent, flink' }).validate).toEqual(['flink', 'confluent']);
  expect(inputs({}).validateRejected).toBe('error');
  expect(inputs({ 'validate-rejected': 'warning' }).validateRejected).toBe('warning');
  expect(() => inputs({ validate: 'spark' })).toThrow(
    'input validate: must be auto, none, flink, confluent, or flink,confluent (got "spark")',
  );
  expect(() => inputs({ validate: 'auto,flink' })).toThrow('input validate: must be auto, none');
  expect(() => inputs({ 'validate-rejected': 'ignore' })).toThrow(
    'input validate-rejected: must be error or warning (got "ignore")',
  );
});

(available ? describe : describe.skip)('validate --engine flink on the demo', () => {
  let repo: ReturnType<typeof makeRepo>;
  beforeAll(() => {
    repo = makeRepo(join(ROOT, 'demo'));
  });
  afterAll(() => repo.cleanup());

  test("a DML naming a column that does not exist: the planner's message at the file and line, exit 1", () => {
    const path = join(repo.dir, VALID);
    writeFileSync(
      path,
      readFileSync(path, 'utf8').replace('customer_id, product_id', 'customer_idx, product_id'),
    );
    repo.git('commit', '-qam', 'a column that does not exist');
    const r = runCli(repo.dir, 'validate', '--engine', 'flink', '--base', 'HEAD~1', '--head', 'HEAD');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(1);
    expect(r.stdout).toContain(
      `rejected    ${VALID}:3:18 (int_orders_valid): Column 'customer_idx' not found in any table`,
    );
    expect(r.stdout).toMatch(
      /^validate: checked by Apache Flink 2\.2\.\d+'s planner \(offline\): 1 accepted, 1 rejected, 0 not checked\n/,
    );

    const json = runCli(
      repo.dir,
      'validate',
      '--engine',
      'flink',
      '--base',
      'HEAD~1',
      '--head',
      'HEAD',
      '--format',
      'json',
    );
    expect(json.status).toBe(1);
    const v = JSON.parse(json.stdout);
    expect(v).toMatchObject({
      engine: 'flink',
      ok: false,
      counts: { accepted: 1, rejected: 1, notChecked: 0 },
    });
    expect(v.statements).toContainEqual({
      table: 'int_orders_valid',
      file: VALID,
      line: 3,
      column: 18,
      kind: 'insert',
      status: 'rejected',
      message: "Column 'customer_idx' not found in any table",
    });
    repo.git('revert', '--no-edit', 'HEAD');
  });

  test('a statement calling ML_PREDICT: not checked, with the reason, exit 0', () => {
    const folder = join(repo.dir, 'pipelines/facts/sales/fct_order_scores/sql-scripts');
    mkdirSync(folder, { recursive: true });
    writeFileSync(
      join(folder, 'ddl.fct_order_scores.sql'),
      "CREATE TABLE IF NOT EXISTS fct_order_scores (\n  order_id STRING NOT NULL,\n  score STRING\n) WITH ('changelog.mode' = 'append');\n",
    );
    writeFileSync(
      join(folder, 'dml.fct_order_scores.sql'),
      'INSERT INTO fct_order_scores\nSELECT order_id, score\nFROM ML_PREDICT(TABLE int_orders_valid, MODEL order_scorer, DESCRIPTOR(amount));\n',
    );
    repo.git('add', '-A');
    repo.git('commit', '-qm', 'a model call');
    const r = runCli(repo.dir, 'validate', '--engine', 'flink', '--base', 'HEAD~1', '--head', 'HEAD');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(
      'not checked pipelines/facts/sales/fct_order_scores/sql-scripts/dml.fct_order_scores.sql:1 (fct_order_scores): calls ML_PREDICT, a Confluent Cloud function that Apache Flink does not have',
    );
    expect(r.stdout).toContain(
      'accepted    pipelines/facts/sales/fct_order_scores/sql-scripts/ddl.fct_order_scores.sql:1',
    );
  });

  test("the action's section names the engine; a rejected statement fails the step", async () => {
    const path = join(repo.dir, VALID);
    writeFileSync(
      path,
      readFileSync(path, 'utf8').replace('customer_id, product_id', 'customer_idx, product_id'),
    );
    const computed = await computePlan({
      pipelines: join(repo.dir, 'pipelines'),
      config: {},
      configPath: join(repo.dir, 'flink-pipeline.yaml'),
      target: { kind: 'tables', tables: ['int_orders_valid'], descendants: false },
      status: noStatus,
    });
    const outcome = await validatePullRequest(
      computed,
      { config: {}, configPath: '', pipelines: join(repo.dir, 'pipelines') },
      parseInputs((n) => (n === 'validate' ? 'flink' : '')),
      { unavailable: 'no credentials in this test' },
    );
    expect(outcome.sections).toHaveLength(1);
    expect(outcome.sections[0]).toMatch(
      /^### Validation: checked by Apache Flink 2\.2\.\d+'s planner \(offline\)\n\n\d+ accepted, 1 rejected, 0 not checked\./,
    );
    expect(outcome.sections[0]).toContain(
      `| ❌ rejected | \`${VALID}:3:18\` | \`int_orders_valid\` | Column 'customer\\_idx' not found in any table |`,
    );
    expect(outcome.failures).toHaveLength(1);
    expect(outcome.failures[0]).toMatch(
      new RegExp(
        `^${VALID}:3: Apache Flink .* rejects the statement: Column 'customer_idx' not found in any table$`,
      ),
    );
    expect(outcome.diagnostics).toContainEqual(
      expect.objectContaining({ severity: 'error', code: 'validation-rejected', file: VALID, line: 3 }),
    );
    repo.git('checkout', '--', VALID);
  }, 300_000);
});
