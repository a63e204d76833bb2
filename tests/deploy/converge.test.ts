/**
 * Deploys that converge (docs/planning.md#reconciliation, docs/deploy.md): the built CLI on
 * real git repositories against the emulator at realistic latency (scaled down), through a
 * proxy that kills it at observed points of its progress.
 *
 * - a push whose predecessor was never deployed deploys both;
 * - an old job re-run after a newer deploy is refused and changes nothing (and rolls back
 *   with --allow-rollback);
 * - killed at every changing request of a carry-over, and at points of a rebuild, a blue-green
 *   rebuild and an alter, a re-run converges;
 * - two deploys of one push started together, then one more;
 * - a lease held by another deploy: waited for, given up after timeouts.lease, taken over once
 *   it expires.
 * After every deploy that exits 0, each table runs exactly one DML statement, the one HEAD
 * describes (checked against the files, not through the planner), and the emulator's history
 * never shows two statements running for one table at the same time.
 */
import { afterAll, describe, expect, test } from '@jest/globals';
import type { ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FlinkClient } from '../../src/confluent/client.js';
import {
  LABEL_LEASE,
  LABEL_LEASE_EXPIRES,
  LABEL_LEASE_GENERATION,
  LABEL_LEASE_OWNER,
  LABEL_LEASE_STARTED,
  LABEL_LEASE_STATE,
} from '../../src/confluent/lease.js';
import { scenarioRepo, tableFiles, type ScenarioRepo } from '../helpers/git-scenarios.js';
import {
  cli,
  configYaml,
  headRuns,
  KEY,
  overlaps,
  SECRET,
  stage,
  type Run,
  type Stage,
} from './cli-harness.js';
import { phases } from './helpers.js';

const RAW = ['raw_orders'];
const SHOP = 'pipelines/sources/shop';
const FILES: Record<string, string> = {
  ...tableFiles(
    `${SHOP}/orders`,
    'orders',
    "CREATE TABLE orders (id STRING, amount INT) WITH ('kafka.retention.time' = '7 d');\n",
    'INSERT INTO orders\nSELECT id, amount FROM raw_orders;\n',
  ),
  ...tableFiles(
    'pipelines/intermediates/shop/big_orders',
    'big_orders',
    "CREATE TABLE big_orders (id STRING, amount INT) WITH ('kafka.retention.time' = '7 d');\n",
    'INSERT INTO big_orders\nSELECT id, amount FROM orders WHERE amount > 100;\n',
  ),
  ...tableFiles(
    'pipelines/facts/shop/totals',
    'totals',
    "CREATE TABLE totals (id STRING, n BIGINT, PRIMARY KEY (id) NOT ENFORCED) WITH ('changelog.mode' = 'upsert');\n",
    'INSERT INTO totals\nSELECT id, COUNT(*) FROM orders GROUP BY id;\n',
  ),
  ...tableFiles(
    'pipelines/facts/shop/top_totals',
    'top_totals',
    "CREATE TABLE top_totals (id STRING, n BIGINT, PRIMARY KEY (id) NOT ENFORCED) WITH ('changelog.mode' = 'upsert');\n",
    'INSERT INTO top_totals\nSELECT id, n FROM totals WHERE n > 10;\n',
  ),
};
const DML_FILES = Object.keys(FILES).filter((f) => f.includes('/dml.'));

const cleanups: (() => unknown)[] = [];
afterAll(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

interface World {
  s: Stage;
  repo: ScenarioRepo;
  /** Runs the CLI in the repository */
  run: (args: string[], options?: Parameters<typeof cli>[2]) => Promise<Run>;
  /** Asserts what must hold after a deploy that exited 0 */
  converged: (label: string) => void;
}

/** The project on main, deployed from nothing; every deploy allows drops (rebuilds are the point). */
async function world(configExtra = ''): Promise<World> {
  const s = await stage(RAW);
  const repo = scenarioRepo(FILES);
  cleanups.push(
    () => s.close(),
    () => repo.cleanup(),
  );
  repo.write('flink-pipeline.yaml', configYaml(s, `allowDestructive: true\n${configExtra}`));
  repo.commit('config');
  const w: World = {
    s,
    repo,
    run: (args, options) => cli(repo.dir, args, options),
    converged: (label) => {
      expect([label, headRuns(s.em, repo.dir, DML_FILES)]).toEqual([label, []]);
      expect([label, overlaps(s.em, s.proxy)]).toEqual([label, []]);
    },
  };
  const first = await w.run(['deploy', '--all']);
  expect([first.code, first.stderr.slice(-1500)]).toEqual([0, expect.any(String)]);
  w.converged('from nothing');
  return w;
}

const exitZero = (r: Run, label: string) =>
  expect([label, r.code, r.code === 0 ? '' : `${r.stderr.slice(-2500)}\n${r.stdout.slice(-1500)}`]).toEqual([
    label,
    0,
    '',
  ]);

/**
 * One edit per kill point: commit it, deploy the push and kill the CLI right after its n-th
 * changing request, then run the same deploy again (as "Re-run jobs" does): it must exit 0 and
 * leave HEAD running.
 */
async function killAndRerun(w: World, name: string, points: number[], edit: (i: number) => void) {
  const totals: number[] = [];
  for (const [i, n] of points.entries()) {
    const before = w.repo.sha('HEAD');
    edit(i);
    const head = w.repo.commit(`${name} ${i}`);
    const args = ['deploy', '--base', before, '--head', head];
    const from = w.s.proxy.exchanges.length;
    let child: ChildProcess | undefined;
    w.s.proxy.killAfter(n, () => child);
    const killed = await w.run(args, { spawned: (c) => (child = c) });
    const label = `${name}, killed after change ${n}`;
    expect([label, killed.signal]).toEqual([label, 'SIGKILL']);
    const rerun = await w.run(args);
    exitZero(rerun, label);
    w.converged(label);
    totals.push(w.s.proxy.changes(from).length);
  }
  return totals;
}

describe('deploys converge (the CLI, the emulator at realistic latency, real git)', () => {
  test('a push whose predecessor was never deployed deploys both changes; plan --status confluent shows the same', async () => {
    const w = await world();
    const a = w.repo.sha('HEAD');
    w.repo.edit(`${SHOP}/orders/sql-scripts/dml.orders.sql`, (t) =>
      t.replace(/;\s*$/, '\nWHERE amount > 0;\n'),
    );
    const b = w.repo.commit('B: orders');
    w.repo.edit('pipelines/intermediates/shop/big_orders/sql-scripts/dml.big_orders.sql', (t) =>
      t.replace('> 100', '> 200'),
    );
    const c = w.repo.commit('C: big_orders');
    // Only B..C is pushed to the deploy (B's run was cancelled): the plan still carries orders over
    const plan = await w.run(['plan', '--status', 'confluent', '--base', b, '--head', c, '--format', 'json']);
    exitZero(plan, 'plan');
    const planned = JSON.parse(plan.stdout) as {
      changes: { table: string }[];
      nodes: { table: string; action: string }[];
      warnings: { code: string; message: string }[];
    };
    expect(planned.changes.map((x) => x.table)).toEqual(['big_orders']);
    expect(planned.nodes.map((n) => `${n.table}:${n.action}`).sort()).toEqual([
      'big_orders:carry-over',
      'orders:carry-over',
    ]);
    expect(planned.warnings.map((x) => x.message)).toContainEqual(
      expect.stringMatching(
        /^`orders` runs other SQL than HEAD \(deployed from [0-9a-f]{7}\) although this change does not touch it: planned from what runs \(dml\)$/,
      ),
    );
    expect(a).not.toBe(b);
    const deploy = await w.run(['deploy', '--base', b, '--head', c]);
    exitZero(deploy, 'B..C');
    w.converged('B..C');
    // Nothing is left to do, whatever range is asked
    const again = await w.run([
      'plan',
      '--status',
      'confluent',
      '--base',
      a,
      '--head',
      c,
      '--format',
      'json',
    ]);
    expect((JSON.parse(again.stdout) as { nodes: unknown[] }).nodes).toEqual([]);
  });

  test('an old job re-run after a newer deploy is refused and changes nothing; --allow-rollback rolls back', async () => {
    const w = await world();
    const a = w.repo.sha('HEAD');
    w.repo.edit(`${SHOP}/orders/sql-scripts/dml.orders.sql`, (t) =>
      t.replace(/;\s*$/, '\nWHERE amount > 0;\n'),
    );
    const b = w.repo.commit('B');
    exitZero(await w.run(['deploy', '--base', a, '--head', b]), 'A..B');
    w.repo.edit(`${SHOP}/orders/sql-scripts/dml.orders.sql`, (t) => t.replace('> 0', '> 5'));
    const c = w.repo.commit('C');
    exitZero(await w.run(['deploy', '--base', b, '--head', c]), 'B..C');
    w.converged('B..C');

    // "Re-run jobs" on B's run: B checked out, A..B deployed again
    w.repo.git('checkout', '-q', '--detach', b);
    const before = phases(w.s.em);
    const from = w.s.proxy.exchanges.length;
    const old = await w.run(['deploy', '--base', a, '--head', b, '--out', 'report.json']);
    expect(old.code).toBe(1);
    expect(old.stdout).toMatch(
      /^deploy refused \(HEAD [0-9a-f]{7} is older than what runs: `orders` run statements of commit [0-9a-f]{7}, which comes after it; deploying HEAD would roll them back\. Deploy a newer commit, or pass --allow-rollback/m,
    );
    const report = JSON.parse(readFileSync(join(w.repo.dir, 'report.json'), 'utf8')) as { status: string };
    expect(report.status).toBe('refused');
    expect(w.s.proxy.changes(from)).toEqual([]);
    expect(phases(w.s.em)).toEqual(before);

    const back = await w.run(['deploy', '--base', a, '--head', b, '--allow-rollback']);
    exitZero(back, 'rollback');
    expect(back.stderr).toMatch(
      /rollback allowed: `orders` go back from commit [0-9a-f]{7} to HEAD [0-9a-f]{7}/,
    );
    w.converged('rolled back to B');
  });

  test('carry-over killed after each of its changing requests: the re-run converges', async () => {
    const w = await world();
    const totals = await killAndRerun(w, 'carry-over', [1, 2, 3], (i) =>
      w.repo.edit(`${SHOP}/orders/sql-scripts/dml.orders.sql`, (t) =>
        t.replace(/;\s*$/, `\n  AND id <> 'x${i}';\n`).replace(/(FROM raw_orders)\n\s*AND/, '$1\nWHERE'),
      ),
    );
    // Stop, create, delete: each kill point was inside the carry-over
    expect(totals.every((t) => t >= 3)).toBe(true);
  });

  test('rebuild of a stateful table and its reader killed at points of its teardown and build-up: the re-run converges', async () => {
    const w = await world();
    await killAndRerun(w, 'rebuild', [2, 6, 10], (i) =>
      w.repo.edit('pipelines/facts/shop/totals/sql-scripts/dml.totals.sql', (t) =>
        t.replace(/COUNT\(\*\)( \+ \d+)?/, `COUNT(*) + ${i + 1}`),
      ),
    );
  });

  test('blue-green rebuild killed part-way, at a step start and after changes: the re-run converges', async () => {
    const w = await world('strategy: blue-green\n');
    const edit = (i: number) =>
      w.repo.edit('pipelines/facts/shop/totals/sql-scripts/dml.totals.sql', (t) =>
        t.replace(/COUNT\(\*\)( \+ \d+)?/, `COUNT(*) + ${i + 1}`),
      );
    await killAndRerun(w, 'blue-green', [1, 3, 5], edit);
    // Killed as the new version's statement starts
    const before = w.repo.sha('HEAD');
    edit(7);
    const head = w.repo.commit('blue-green at a step');
    const killed = await w.run(['deploy', '--base', before, '--head', head], {
      killAtStep: 'top_totals:create-table',
    });
    expect(killed.signal).toBe('SIGKILL');
    exitZero(await w.run(['deploy', '--base', before, '--head', head]), 'blue-green at a step');
    w.converged('blue-green at a step');
    expect(w.s.em.state.hasTable('totals_v5')).toBe(true);
  });

  test('alter killed after its ALTER reached the service, and at its start: the re-run converges', async () => {
    const w = await world();
    const ddl = 'pipelines/intermediates/shop/big_orders/sql-scripts/ddl.big_orders.sql';
    await killAndRerun(w, 'alter', [1], () => w.repo.edit(ddl, (t) => t.replace('7 d', '14 d')));
    const before = w.repo.sha('HEAD');
    w.repo.edit(ddl, (t) => t.replace('14 d', '21 d'));
    const head = w.repo.commit('alter at its start');
    expect(
      (await w.run(['deploy', '--base', before, '--head', head], { killAtStep: 'big_orders:alter-table' }))
        .signal,
    ).toBe('SIGKILL');
    exitZero(await w.run(['deploy', '--base', before, '--head', head]), 'alter at its start');
    w.converged('alter at its start');
    const alters = [...w.s.em.state.statements.values()].filter(
      (s) => s.sqlKind === 'ALTER_TABLE' && s.phase === 'COMPLETED',
    );
    expect(alters.map((s) => s.spec.statement)).toContain(
      "ALTER TABLE `big_orders` SET ('kafka.retention.time' = '21 d')",
    );
    // Converged: nothing more to alter
    const again = await w.run([
      'plan',
      '--status',
      'confluent',
      '--base',
      before,
      '--head',
      head,
      '--format',
      'json',
    ]);
    expect((JSON.parse(again.stdout) as { nodes: unknown[] }).nodes).toEqual([]);
  });

  test('two deploys of the same push started together take turns; one more finds nothing to do', async () => {
    const w = await world();
    const a = w.repo.sha('HEAD');
    w.repo.edit(`${SHOP}/orders/sql-scripts/dml.orders.sql`, (t) =>
      t.replace(/;\s*$/, '\nWHERE amount > 0;\n'),
    );
    w.repo.edit('pipelines/facts/shop/totals/sql-scripts/dml.totals.sql', (t) =>
      t.replace('COUNT(*)', 'COUNT(*) + 1'),
    );
    const b = w.repo.commit('B');
    const args = ['deploy', '--base', a, '--head', b];
    const [one, two] = await Promise.all([w.run(args), w.run(args)]);
    exitZero(one, 'first');
    exitZero(two, 'second');
    // One of them waited for the other's lease
    expect(`${one.stderr}${two.stderr}`).toMatch(
      /another deploy \(cli\.[^,]+, started at \d{4}-\d\d-\d\dT[\d:]+Z\) holds the lease of this environment until .+; waiting \(giving up after 1200 s\)/,
    );
    w.converged('two at once');
    const from = w.s.proxy.exchanges.length;
    const third = await w.run([...args, '--format', 'json']);
    exitZero(third, 'third');
    expect((JSON.parse(third.stdout) as { status: string }).status).toBe('nothing-to-do');
    expect(w.s.proxy.changes(from)).toEqual([]);
    w.converged('one more');
  });

  test('a lease another deploy holds: given up after timeouts.lease; taken over once it expires', async () => {
    const w = await world('timeouts:\n  lease: 1s\n');
    const client = new FlinkClient({
      restEndpoint: w.s.em.url,
      organizationId: w.s.em.organizationId,
      environmentId: w.s.em.environmentId,
      credentials: { apiKey: KEY, apiSecret: SECRET },
      rateLimit: false,
    });
    // A deploy on another machine holds the lease: a generation of the chain, as it writes one
    let top = Math.max(
      0,
      ...[...w.s.em.state.statements.values()].map((s) => Number(s.labels[LABEL_LEASE_GENERATION] ?? 0)),
    );
    const started = Date.now() - 60_000;
    const hold = (expires: number) =>
      client.createStatement({
        name: `dev-flink-pipeline-lease-${++top}`,
        statement: `SELECT 'held elsewhere ${top}' AS lease`,
        properties: {
          'sql.current-catalog': w.s.em.environmentId,
          'sql.current-database': w.s.em.database,
        },
        labels: {
          [LABEL_LEASE]: 'dev',
          [LABEL_LEASE_GENERATION]: String(top),
          [LABEL_LEASE_OWNER]: 'github.acme.shop.run-77.attempt-1',
          [LABEL_LEASE_STARTED]: String(started),
          [LABEL_LEASE_EXPIRES]: String(expires),
          [LABEL_LEASE_STATE]: 'held',
        },
      });
    await hold(Date.now() + 120_000);
    const a = w.repo.sha('HEAD');
    w.repo.edit(`${SHOP}/orders/sql-scripts/dml.orders.sql`, (t) =>
      t.replace(/;\s*$/, '\nWHERE amount > 0;\n'),
    );
    const b = w.repo.commit('B');
    const from = w.s.proxy.exchanges.length;
    const busy = await w.run(['deploy', '--base', a, '--head', b]);
    expect(busy.code).toBe(1);
    expect(busy.stderr).toMatch(
      /^flink-pipeline: another deploy \(github\.acme\.shop\.run-77\.attempt-1, started at [\dT:-]+Z\) holds the lease of this environment; gave up after 1 s \(raise timeouts\.lease/m,
    );
    expect(w.s.proxy.changes(from)).toEqual([]);
    // Its holder renews once more, for a short while, and then never comes back: once that
    // generation expires, the next deploy takes the lease over
    const last = Date.now() + 300;
    await hold(last);
    await new Promise((r) => setTimeout(r, Math.max(0, last - Date.now())));
    const next = await w.run(['deploy', '--base', a, '--head', b]);
    exitZero(next, 'after expiry');
    expect(next.stderr).toMatch(
      /the lease of github\.acme\.shop\.run-77\.attempt-1 \(started at .+\) expired at .+: taken over/,
    );
    w.converged('after expiry');
  });
});
