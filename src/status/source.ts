import * as z from 'zod';
import { PHASES, type StatusSnapshot, type TableStatus } from '../plan/types.js';
import { UserError } from '../util/errors.js';
import { readUserFile } from '../util/files.js';

/**
 * Where live status comes from. The planner only sees the snapshot, so it stays pure; the
 * Confluent source (a client of the statements API) implements the same interface.
 */
export interface StatusSource {
  readonly kind: StatusSnapshot['kind'];
  snapshot(tables: readonly string[]): Promise<StatusSnapshot>;
}

const phase = z.enum(PHASES, { error: `must be one of ${PHASES.join(', ')}` });
const detailed = z.strictObject({
  phase: phase.optional(),
  statement: z.string().optional(),
  tableExists: z.boolean().optional(),
  table: z.string().optional(),
  replaced: z.string().optional(),
});
// Each entry is checked against the one shape it has, so the message is about that shape.
const statusFileSchema = z.record(
  z.string(),
  z.unknown().superRefine((value, ctx) => {
    const result = (typeof value === 'string' ? phase : detailed).safeParse(value);
    for (const issue of result.success ? [] : result.error.issues)
      ctx.addIssue({ ...issue, code: 'custom' } as never);
  }),
);

export const noStatus: StatusSource = {
  kind: 'none',
  snapshot: async () => ({ kind: 'none', tables: new Map() }),
};

/** `{table: phase}`, or `{table: {phase, statement, tableExists, table}}`. */
export function parseStatusFile(path: string, text: string): StatusSnapshot {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new UserError(
      `${path}: not valid JSON (${(e as Error).message}); expected {"table": "RUNNING", …}`,
    );
  }
  const parsed = statusFileSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new UserError(
      `${path}: ${issue.path.join('.') || '(top level)'}: ${issue.message}; expected {"table": "RUNNING", …}`,
    );
  }
  const tables = new Map<string, TableStatus>();
  for (const [table, value] of Object.entries(
    parsed.data as Record<string, z.infer<typeof phase> | z.infer<typeof detailed>>,
  )) {
    // A listed table is deployed, so its table exists unless the file says otherwise.
    tables.set(
      table,
      typeof value === 'string' ? { phase: value, tableExists: true } : { tableExists: true, ...value },
    );
  }
  return { kind: 'file', tables };
}

export function fileStatus(path: string): StatusSource {
  return {
    kind: 'file',
    snapshot: async () => parseStatusFile(path, readUserFile(path, 'status file')),
  };
}

/** Parses `--status none|file:PATH|confluent`. */
export function statusSourceFor(spec: string | undefined, confluent?: () => StatusSource): StatusSource {
  if (!spec || spec === 'none') return noStatus;
  if (spec.startsWith('file:') && spec.length > 5) return fileStatus(spec.slice(5));
  if (spec === 'confluent') {
    if (!confluent)
      throw new UserError('--status confluent is not available here; use --status file:PATH or none');
    return confluent();
  }
  throw new UserError(`--status ${spec}: use none, file:PATH or confluent`);
}
