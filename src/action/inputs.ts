import * as z from 'zod';
import type { ValidationEngine } from '../plan/validation.js';
import { UserError } from '../util/errors.js';

/**
 * The action's inputs (action.yml), validated at the boundary with zod. Every message names
 * the input. The Confluent secrets are not part of this: they are read separately, and only
 * where they may be used (never on fork pull requests).
 */

/** Reads one input the way `core.getInput` does (`INPUT_<NAME>`, hyphens kept); '' when unset. */
export type InputReader = (name: string) => string;

/** action.yml defaults, repeated: a direct run (or an old runner) may leave an input empty. */
export const INPUT_DEFAULTS = {
  mode: 'auto',
  pipelines: 'pipelines',
  config: 'flink-pipeline.yaml',
  'commit-metadata': 'true',
  comment: 'true',
  descendants: 'false',
  'dry-run': 'false',
  'allow-destructive': 'false',
  'allow-rollback': 'false',
  'max-parallel': '8',
  validate: 'auto',
  'validate-rejected': 'error',
} as const;

const TRUE = ['true', 'True', 'TRUE'];
const FALSE = ['false', 'False', 'FALSE'];

const boolean = z.string().transform((v, ctx) => {
  if (TRUE.includes(v)) return true;
  if (FALSE.includes(v)) return false;
  ctx.addIssue({ code: 'custom', message: 'must be true or false' });
  return z.NEVER;
});

const TABLE_NAME = /^[^\s,]+$/;

/** `a, b,c` → ['a', 'b', 'c']; duplicates removed, order kept. */
export function splitList(value: string): string[] {
  return [
    ...new Set(
      value
        .split(/[,\n]/)
        .map((t) => t.trim())
        .filter(Boolean),
    ),
  ];
}

const tableList = z.string().transform((v, ctx) => {
  const names = splitList(v);
  const bad = names.find((n) => !TABLE_NAME.test(n) || n.length > 512);
  if (bad !== undefined) {
    ctx.addIssue({ code: 'custom', message: 'must be comma-separated table names' });
    return z.NEVER;
  }
  return names;
});

const schema = z.object({
  'github-token': z.string(),
  mode: z.enum(['auto', 'plan', 'deploy'], { error: 'must be auto, plan or deploy' }),
  pipelines: z.string().min(1, 'must not be empty'),
  config: z.string().min(1, 'must not be empty'),
  environment: z
    .string()
    .regex(/^[^\s]*$/, 'must be an environment name from the config file')
    .transform((v) => v || undefined),
  'commit-metadata': boolean,
  comment: boolean,
  tables: tableList,
  descendants: boolean,
  'dry-run': boolean,
  'allow-destructive': z.string().transform((v, ctx): boolean | string[] => {
    if (TRUE.includes(v)) return true;
    if (FALSE.includes(v)) return false;
    const names = splitList(v);
    if (!names.length || names.some((n) => !TABLE_NAME.test(n))) {
      ctx.addIssue({ code: 'custom', message: 'must be true, false or comma-separated table names' });
      return z.NEVER;
    }
    return names;
  }),
  'allow-rollback': boolean,
  'max-parallel': z.string().transform((v, ctx) => {
    const n = Number(v);
    if (!/^\d+$/.test(v) || !Number.isInteger(n) || n < 1 || n > 64) {
      ctx.addIssue({ code: 'custom', message: 'must be an integer 1..64' });
      return z.NEVER;
    }
    return n;
  }),
  validate: z.string().transform((v, ctx): ValidateInput => {
    const words = splitList(v.toLowerCase());
    if (words.length === 1 && (words[0] === 'auto' || words[0] === 'none')) {
      return words[0] === 'auto' ? 'auto' : [];
    }
    if (words.length && words.every((w): w is ValidationEngine => w === 'flink' || w === 'confluent')) {
      return ENGINE_ORDER.filter((e) => words.includes(e));
    }
    ctx.addIssue({ code: 'custom', message: 'must be auto, none, flink, confluent, or flink,confluent' });
    return z.NEVER;
  }),
  'validate-rejected': z.string().transform((v, ctx): 'error' | 'warning' => {
    if (v === 'error' || v === 'warning') return v;
    ctx.addIssue({ code: 'custom', message: 'must be error or warning' });
    return z.NEVER;
  }),
});

/**
 * The engines of input `validate`: `auto` picks at run time (confluent when the run may use the
 * Flink credentials on a trusted target, else none); a list runs each engine; [] is none.
 */
export type ValidateInput = 'auto' | readonly ValidationEngine[];
/** The order engines run and their sections appear in: offline first. */
const ENGINE_ORDER: readonly ValidationEngine[] = ['flink', 'confluent'];

export type ActionInputs = {
  githubToken: string;
  mode: 'auto' | 'plan' | 'deploy';
  pipelines: string;
  config: string;
  environment?: string;
  commitMetadata: boolean;
  comment: boolean;
  tables: string[];
  descendants: boolean;
  dryRun: boolean;
  allowDestructive: boolean | string[];
  /** Deploy HEAD even when what runs comes from a newer commit */
  allowRollback: boolean;
  maxParallel: number;
  /** Check the pull request's statements: `auto`, or the engines to run ([] = none) */
  validate: ValidateInput;
  /** What a rejected statement does to the step: fail it (`error`) or only warn */
  validateRejected: 'error' | 'warning';
};

const NAMES = Object.keys(schema.shape) as (keyof typeof schema.shape)[];

/** Shown in messages: never more than a short, one-line, visible excerpt of what was given. */
function shown(value: string): string {
  const line = value.replace(/[\r\n\t]+/g, ' ').replace(/[^\x20-\x7e]/g, '?');
  return line.length > 40 ? `${line.slice(0, 39)}…` : line;
}

/** Reads and validates every input but the Confluent secrets; throws a one-line UserError. */
export function parseInputs(read: InputReader): ActionInputs {
  const raw: Record<string, string> = {};
  for (const name of NAMES) {
    const value = read(name).trim();
    raw[name] = value || (INPUT_DEFAULTS as Record<string, string>)[name] || '';
  }
  const result = schema.safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0];
    const name = String(issue.path[0]);
    // The token is never echoed, even when it is the bad input.
    const got = name === 'github-token' ? '' : ` (got "${shown(raw[name] ?? '')}")`;
    throw new UserError(`input ${name}: ${issue.message}${got}`);
  }
  const v = result.data;
  return {
    githubToken: v['github-token'],
    mode: v.mode,
    pipelines: v.pipelines,
    config: v.config,
    environment: v.environment,
    commitMetadata: v['commit-metadata'],
    comment: v.comment,
    tables: v.tables,
    descendants: v.descendants,
    dryRun: v['dry-run'],
    allowDestructive: v['allow-destructive'],
    allowRollback: v['allow-rollback'],
    maxParallel: v['max-parallel'],
    validate: v.validate,
    validateRejected: v['validate-rejected'],
  };
}

export interface ConfluentSecrets {
  apiKey?: string;
  apiSecret?: string;
  /** The Cloud API key of the compute pool check before a deploy (not the Flink key) */
  cloudApiKey?: string;
  cloudApiSecret?: string;
}

/** One key and secret pair of inputs: both given, or neither. */
function pair(read: InputReader, key: string, secret: string): [string | undefined, string | undefined] {
  const k = read(key).trim() || undefined;
  const s = read(secret).trim() || undefined;
  if (!!k !== !!s)
    throw new UserError(`input ${k ? secret : key}: missing; give both ${key} and ${secret}, or neither`);
  return [k, s];
}

/**
 * The Confluent credentials: the Flink key, and the Cloud API key of the compute pool check.
 * Call only where they may be used: on fork pull requests they are never read at all.
 */
export function readSecrets(read: InputReader): ConfluentSecrets {
  const [apiKey, apiSecret] = pair(read, 'flink-api-key', 'flink-api-secret');
  const [cloudApiKey, cloudApiSecret] = pair(read, 'confluent-cloud-api-key', 'confluent-cloud-api-secret');
  return { apiKey, apiSecret, cloudApiKey, cloudApiSecret };
}
