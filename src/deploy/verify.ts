/**
 * The last word of a deploy (docs/deploy.md#success-means-head-runs): after the steps, a final
 * read of live status. A deploy succeeds only when every table it acted on (or planned an action
 * for) runs what HEAD
 * describes: each statement it created or resumed runs (or completed, for DDL), each statement
 * it deleted is gone, and planning again finds nothing left to do for those tables.
 */
import type { FlinkClient } from '../confluent/client.js';
import { LABEL_PIPELINE, labelSelector, pipelineMarker } from '../confluent/labels.js';
import type { Plan } from '../plan/types.js';
import type { DeployReport } from './types.js';

const REACHED = new Set(['RUNNING', 'DEGRADED', 'COMPLETED']);

export interface VerifyOptions {
  prefix?: string;
  /** Plans again with live status; the tables the deploy acted on must need nothing more */
  replan?: () => Promise<{ plan: Plan }>;
}

export async function verifyDeploy(
  plan: Plan,
  report: DeployReport,
  client: Pick<FlinkClient, 'listStatements'>,
  options: VerifyOptions,
): Promise<DeployReport> {
  const acted = new Set([...plan.steps, ...plan.nodes].map((s) => s.table));
  if (!acted.size) return report;
  const differ: string[] = [];
  const live = new Map(
    (
      await client.listStatements({
        labelSelector: labelSelector({ [LABEL_PIPELINE]: pipelineMarker(options.prefix) }),
      })
    ).map((s) => [s.name, s]),
  );
  // The statement each table ends with: the last one its steps created or resumed.
  const last = new Map<string, { statement: string; action: string }>();
  const deleted = new Map<string, string>();
  for (const s of plan.steps) {
    if (s.action === 'delete-statement') deleted.set(s.statement, s.table);
    if (s.action === 'create-statement' || s.action === 'resume-statement' || s.action === 'create-table')
      last.set(s.table, { statement: s.statement, action: s.action });
  }
  for (const [table, { statement }] of last) {
    deleted.delete(statement);
    const phase = live.get(statement)?.status?.phase;
    if (!phase || !REACHED.has(phase)) differ.push(`\`${table}\`: ${statement} is ${phase ?? 'missing'}`);
  }
  for (const [statement, table] of deleted) {
    const phase = live.get(statement)?.status?.phase;
    if (phase && phase !== 'DELETING') differ.push(`\`${table}\`: ${statement} is still there (${phase})`);
  }
  if (!differ.length && options.replan) {
    const again = (await options.replan()).plan;
    for (const n of again.nodes) {
      if (acted.has(n.table)) differ.push(`\`${n.table}\`: still planned to ${n.action} (${n.reason})`);
    }
  }
  if (!differ.length) return report;
  const reason = differsError(differ);
  const summary = report.summary.replace(
    /^(deploy succeeded|nothing to deploy)/,
    `deploy failed (${reason})`,
  );
  return { ...report, status: 'failed', reason, summary };
}

/** Why a deploy whose steps ended did not bring HEAD live. */
function differsError(tables: string[]): string {
  return `what runs differs from HEAD after the deploy: ${tables.join('; ')}; run the deploy again`;
}
