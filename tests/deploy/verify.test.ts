/**
 * A deploy that leaves any table differing from HEAD cannot succeed (src/deploy/verify.ts):
 * the whole run (lease, plan, steps, final check) through `runDeploy` on the emulator, with the
 * live state disturbed after the steps and before the final read of live status.
 */
import { afterEach, describe, expect, test } from '@jest/globals';
import { runDeploy } from '../../src/deploy/run.js';
import type { DeployEvent } from '../../src/deploy/types.js';
import { scenarioRepo, type ScenarioRepo } from '../helpers/git-scenarios.js';
import { deploy, harness, planLive, PREFIX, statementsOf, writeConfig, type Harness } from './helpers.js';
import { RAW, SHOP } from './shop.js';

const RANGE = { kind: 'range', base: 'main', head: 'feature' } as const;

const open: { h: Harness; repo: ScenarioRepo }[] = [];
afterEach(async () => {
  for (const o of open.splice(0)) {
    await o.h.close();
    o.repo.cleanup();
  }
});

/** The shop project deployed on main, then a stateless edit of `orders` on `feature`. */
async function ready() {
  const h = await harness({ tables: RAW });
  const repo = scenarioRepo(SHOP);
  open.push({ h, repo });
  writeConfig(repo.dir, h.em);
  repo.commit('config');
  expect((await deploy(repo.dir, h, { kind: 'all' })).report.status).toBe('succeeded');
  repo.branch('feature');
  repo.edit('pipelines/sources/shop/orders/sql-scripts/dml.orders.sql', (s) =>
    s.replace(/;\s*$/, '\nWHERE amount > 0;\n'),
  );
  repo.commit('change');
  return { h, repo };
}

const owner = { owner: 'verify-test' };

async function run(h: Harness, repo: ScenarioRepo, onEvent: (e: DeployEvent) => void) {
  const plan = async () => ({ plan: await planLive(repo.dir, h, RANGE) });
  return runDeploy(h.client, { statementPrefix: PREFIX, plan, replan: plan, owner, onEvent });
}

describe('the final check', () => {
  test('undisturbed: the deploy succeeds and HEAD runs', async () => {
    const { h, repo } = await ready();
    const { report } = await run(h, repo, () => undefined);
    expect(report.status).toBe('succeeded');
  });

  test('a statement the deploy created that no longer runs at the end: the deploy fails and names the table', async () => {
    const { h, repo } = await ready();
    const { report } = await run(h, repo, (e) => {
      // The new statement fails after its step ended (its topic went away, say)
      if (e.type === 'step-end' && e.result.id === 'orders:delete-old-dml') {
        const s = statementsOf(h.em, 'orders', 'dml')[0]!;
        s.phase = 'FAILED';
        s.detail = 'injected after the step';
      }
    });
    expect(report.status).toBe('failed');
    expect(report.reason).toMatch(
      /^what runs differs from HEAD after the deploy: `orders`: dev-shop-dml-orders-[0-9a-f]{7} is FAILED; run the deploy again$/,
    );
    expect(report.summary).toMatch(/^deploy failed \(what runs differs from HEAD after the deploy/);
  });

  test('a second statement writing a table the deploy acted on: planning again finds it, the deploy fails', async () => {
    const { h, repo } = await ready();
    const { report } = await run(h, repo, (e) => {
      if (e.type !== 'step-end' || e.result.id !== 'orders:delete-old-dml') return;
      const [current] = statementsOf(h.em, 'orders', 'dml');
      // Someone starts the same query again under another name, with the tool's labels
      h.em.state.create({
        name: 'dev-shop-dml-orders-0000000',
        statement: current!.spec.statement,
        properties: current!.spec.properties,
        labels: { ...current!.labels },
        computePoolId: current!.spec.compute_pool_id,
        principal: current!.spec.principal,
        stopped: false,
        injectedFailure: false,
      });
      h.em.state.statements.get('dev-shop-dml-orders-0000000')!.phase = 'RUNNING';
    });
    expect(report.status).toBe('failed');
    expect(report.reason).toMatch(
      /`orders`: still planned to clean-up \(statements an earlier deploy left behind \(dev-shop-dml-orders-/,
    );
  });

  test('a plan with an action but no step for a table (a planner gap): "nothing to deploy" is checked too, and fails', async () => {
    const { h, repo } = await ready();
    const plan = async () => {
      const p = await planLive(repo.dir, h, RANGE);
      return { plan: { ...p, steps: [] } };
    };
    const replan = async () => ({ plan: await planLive(repo.dir, h, RANGE) });
    const { report } = await runDeploy(h.client, { statementPrefix: PREFIX, plan, replan, owner });
    expect(report.status).toBe('failed');
    expect(report.reason).toMatch(/`orders`: still planned to carry-over/);
    expect(report.summary).toMatch(/^deploy failed \(what runs differs from HEAD after the deploy/);
  });
});
