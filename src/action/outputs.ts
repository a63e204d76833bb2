import * as core from '@actions/core';
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writePlanJson } from '../deploy/plan-file.js';
import type { Plan } from '../plan/types.js';

/** Deploy results as the `deploy-status` output names them (action.yml). */
export type DeployStatusOutput = 'succeeded' | 'failed' | 'refused' | 'dry-run' | 'nothing-to-do' | 'skipped';

/** Writes the plan JSON under RUNNER_TEMP (the workspace stays clean) and returns its path. */
export function writePlanFile(plan: Plan, runnerTemp = process.env.RUNNER_TEMP || tmpdir()): string {
  const dir = join(runnerTemp, 'flink-pipeline');
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `plan-${process.env.GITHUB_RUN_ID ?? 'local'}-${plan.hash.slice(0, 12)}.json`);
  writePlanJson(path, plan);
  return path;
}

/** Tables named in the plan's changes (including reformat-only ones), in plan order. */
export const changedTables = (plan: Plan) => [...new Set(plan.changes.map((c) => c.table))];
/** Tables with a statement to touch. */
export const impactedTables = (plan: Plan) => [...new Set(plan.nodes.map((n) => n.table))];

export function setPlanOutputs(plan: Plan, planPath: string) {
  core.setOutput('plan-json', planPath);
  core.setOutput('changed-tables', changedTables(plan).join(','));
  core.setOutput('impacted-tables', impactedTables(plan).join(','));
  core.setOutput('has-changes', plan.steps.length > 0 ? 'true' : 'false');
}

/** GitHub refuses a step summary over 1 MiB; stay under it with room for the truncation note. */
export const SUMMARY_LIMIT_BYTES = 1024 * 1024 - 4096;

/** Cuts markdown to a byte budget at a line boundary, closing an open code fence. */
export function fitBytes(markdown: string, limit = SUMMARY_LIMIT_BYTES): string {
  if (Buffer.byteLength(markdown) <= limit) return markdown;
  const lines = markdown.split('\n');
  const kept: string[] = [];
  let size = 0;
  let fence = false;
  for (const line of lines) {
    const n = Buffer.byteLength(line) + 1;
    if (size + n > limit - 200) break;
    kept.push(line);
    size += n;
    if (line.startsWith('```')) fence = !fence;
  }
  if (fence) kept.push('```');
  kept.push('', '_✂️ Summary cut at 1 MiB (GitHub’s limit); the full plan is in the plan-json file._', '');
  return kept.join('\n');
}

/** Appends to the job summary; a run without GITHUB_STEP_SUMMARY (local) just skips it. */
export async function writeSummary(markdown: string) {
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  await core.summary.addRaw(fitBytes(markdown), true).write();
}
