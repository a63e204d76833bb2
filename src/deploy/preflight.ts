/**
 * The compute pool check before a deploy sends anything: every pool the plan's statements run
 * in exists, is PROVISIONED, and has room for the statements the deploy starts. The numbers
 * come from the Confluent Cloud API (`GET /fcpm/v2/compute-pools/{id}`: `spec.max_cfu`,
 * `status.current_cfu`, `status.phase`; tests/fixtures/confluent/confluent-fcpm-v2.openapi.yaml).
 * A statement that runs holds at least 1 CFU, so a statement started counts 1: the check is a
 * lower bound, and a pool can still fill up later, which the waits then report
 * (`scaling_status.scaling_state` POOL_EXHAUSTED).
 */
import type { FlinkClient } from '../confluent/client.js';
import type { ComputePool } from '../confluent/types.js';
import type { PlanStep } from '../plan/types.js';
import type { DeployEvent } from './types.js';

export type PoolClient = Pick<FlinkClient, 'getComputePool' | 'listComputePools'>;

/** CREATE TABLE … AS SELECT runs like an INSERT: it holds compute while the table fills. */
const RUNS_QUERY = /\bAS\s*\(?\s*(?:SELECT|WITH)\b/i;

/** Statements a step leaves running (+1) or stops (-1), by its action and SQL. */
function runningDelta(s: PlanStep): number {
  switch (s.action) {
    case 'create-statement':
    case 'resume-statement':
      return 1;
    case 'create-table':
      return !/^\s*CREATE\s+(?:OR\s+ALTER\s+)?MATERIALIZED\b/i.test(s.sql ?? '') &&
        RUNS_QUERY.test(s.sql ?? '')
        ? 1
        : 0;
    case 'stop-statement':
      return -1;
    default:
      return 0;
  }
}

/**
 * Refuses (returns why) when a pool is missing, not PROVISIONED, or too small for the plan.
 * Statements a table stops make room for the ones it starts; a table that only stops frees
 * nothing the check counts on, since another table may start first.
 */
export async function preflightError(
  steps: readonly PlanStep[],
  pools: PoolClient,
  emit: (event: DeployEvent) => void,
): Promise<string | undefined> {
  const perTable = new Map<string, { pool: string | undefined; delta: number }>();
  const used = new Set<string | undefined>();
  for (const s of steps) {
    const entry = perTable.get(s.table) ?? { pool: undefined, delta: 0 };
    entry.pool ??= s.computePool;
    entry.delta += runningDelta(s);
    perTable.set(s.table, entry);
    if (s.sql) used.add(s.computePool);
  }
  const need = new Map<string | undefined, number>();
  for (const { pool, delta } of perTable.values()) need.set(pool, (need.get(pool) ?? 0) + Math.max(0, delta));

  let fallback: ComputePool | undefined | null = null;
  for (const id of used) {
    let pool: ComputePool | null | undefined;
    if (id === undefined) {
      // No pool named: the statements run in the environment's default pool (spec.default_pool).
      fallback ??= (await pools.listComputePools()).find((p) => p.spec?.default_pool);
      if (!fallback) {
        return 'the statements name no compute pool and the environment has no default pool; set computePoolId (or computePools) in flink-pipeline.yaml';
      }
      pool = fallback;
    } else {
      pool = await pools.getComputePool(id);
      if (!pool)
        return `compute pool ${id} does not exist in this environment; check computePoolId and computePools in flink-pipeline.yaml`;
    }
    const phase = pool.status?.phase ?? 'unknown';
    if (phase !== 'PROVISIONED') {
      return `compute pool ${pool.id} is ${phase}, not PROVISIONED: statements cannot start in it; wait until it is ready, or use another pool`;
    }
    const max = pool.spec?.max_cfu;
    const current = pool.status?.current_cfu ?? 0;
    const starts = need.get(id) ?? 0;
    if (typeof max === 'number' && starts > max - current) {
      return `compute pool ${pool.id} has room for ${Math.max(0, max - current)} CFU (max_cfu ${max}, current_cfu ${current}) but the deploy starts ${starts} statements, each needing at least 1 CFU; raise the pool's max_cfu, stop statements you no longer need, or deploy fewer tables at once`;
    }
    emit({
      type: 'log',
      message: `compute pool ${pool.id}: ${phase}, ${current} of ${max ?? '?'} CFU in use, the deploy starts ${starts} statements`,
    });
  }
  return undefined;
}
