import { closeSync, openSync, writeSync } from 'node:fs';
import * as z from 'zod';
import type { Plan } from '../plan/types.js';
import { STEP_ACTIONS } from '../plan/types.js';
import { planJsonPieces } from '../render/plan-json.js';
import { UserError } from '../util/errors.js';
import { readUserFile } from '../util/files.js';

const step = z.looseObject({
  id: z.string().min(1),
  table: z.string().min(1),
  action: z.enum(STEP_ACTIONS),
  statement: z.string().min(1),
  sql: z.string().optional(),
  properties: z.record(z.string(), z.string()).optional(),
  computePool: z.string().optional(),
  after: z.array(z.string()),
  wave: z.number(),
  destructive: z.boolean(),
});
const planSchema = z.looseObject({
  version: z.literal(1),
  base: z.string().nullable(),
  head: z.string().nullable(),
  steps: z.array(step),
  errors: z.array(z.looseObject({ message: z.string() })),
  hash: z.string().min(1),
});

/** A plan written by `plan --out` or the action's `plan-json` output, checked before anything runs. */
export function readPlanFile(path: string): Plan {
  const text = readUserFile(path, 'plan file');
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new UserError(
      `${path}: not a plan file: invalid JSON (${(e as Error).message}); write one with plan --out FILE`,
    );
  }
  const result = planSchema.safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new UserError(
      `${path}: not a plan file: ${issue.path.join('.') || '(top level)'}: ${issue.message}; write one with plan --out FILE`,
    );
  }
  const plan = result.data as unknown as Plan;
  const ids = new Set(plan.steps.map((s) => s.id));
  for (const s of plan.steps) {
    const missing = s.after.find((a) => !ids.has(a));
    if (missing)
      throw new UserError(`${path}: step ${s.id} comes after ${missing}, which is not in the plan`);
  }
  return plan;
}

/** Writes the plan JSON in batches of pieces: a large plan never exists as one string. */
export function writePlanJson(path: string, plan: Plan) {
  const fd = openSync(path, 'w');
  try {
    let batch = '';
    for (const piece of planJsonPieces(plan)) {
      batch += piece;
      if (batch.length >= 1 << 16) {
        writeAll(fd, batch);
        batch = '';
      }
    }
    writeAll(fd, batch + '\n');
  } finally {
    closeSync(fd);
  }
}

function writeAll(fd: number, text: string) {
  const written = writeSync(fd, text);
  // A short write is rare (a full disk, a signal); finish from the bytes where it stopped.
  const bytes = Buffer.byteLength(text);
  if (written < bytes) {
    const buffer = Buffer.from(text);
    for (let done = written; done < bytes;) done += writeSync(fd, buffer, done);
  }
}
