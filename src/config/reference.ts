/**
 * The config reference (docs/config.md), generated from the zod schema so it cannot drift
 * from what the parser accepts. Pure: `configReference()` returns the whole page.
 *
 * The text is written to be stable under Prettier (no tables, `-` bullets, blank lines
 * around blocks), because `npm run lint` checks the formatting of docs/ too.
 */
import type * as z from 'zod';
import { configSchema } from './schema.js';

/** An example `flink-pipeline.yaml` with a dev and a prod environment (the docs test parses it). */
export const EXAMPLE_CONFIG = `# flink-pipeline.yaml
pipelines: pipelines
environment: dev
environments:
  dev:
    cloud: aws
    region: us-east-1
    organizationId: 7c0d6b2e-4f1a-4c3b-9d2e-8a5f0e1b2c3d
    environmentId: env-dev123
    computePoolId: lfcp-dev001
    principal: sa-dev123
    catalog: dev-env
    database: dev-cluster
    statementPrefix: dev
    properties:
      sql.state-ttl: 1 d
  prod:
    restEndpoint: https://flink.us-east-1.aws.confluent.cloud
    cloudApiEndpoint: https://api.confluent.cloud
    organizationId: 7c0d6b2e-4f1a-4c3b-9d2e-8a5f0e1b2c3d
    environmentId: env-prod42
    computePoolId: lfcp-prod01
    computePools:
      finance: lfcp-fin001
    principal: sa-prod42
    catalog: prod-env
    database: prod-cluster
    statementPrefix: prod
    properties:
      sql.state-ttl: 7 d
strategy: rebuild
allowDestructive:
  - stg_orders
maxParallel: 8
timeouts:
  create: 6h
  stop: 20m
  resume: 20m
  delete: 20m
  recreate: 10m
  lease: 20m
externalTables:
  - raw_*
  - cdc.*
scalarFunctions:
  - mask_email
`;

/**
 * What the tool uses when a key is left out. The schema has no defaults (an absent key stays
 * absent), so these are the code's fallbacks; the docs test checks each names a schema key.
 */
export const CONFIG_DEFAULTS: Readonly<Record<string, string>> = {
  pipelines: '`pipelines` (the `--pipelines` option wins over the file)',
  environment: 'the only environment, when `environments` holds exactly one',
  'environments.<name>.restEndpoint': '`https://flink.<region>.<cloud>.confluent.cloud`',
  'environments.<name>.cloudApiEndpoint': '`https://api.confluent.cloud`',
  'environments.<name>.catalog': 'the environment id (`environmentId`)',
  'environments.<name>.database':
    'none: a deploy whose SQL names a table without its database stops before sending anything',
  'timeouts.create': '`6h` (the Terraform provider waits as long for a statement)',
  'timeouts.stop': '`20m` (as the Terraform provider)',
  'timeouts.resume': '`20m` (as the Terraform provider)',
  'timeouts.delete': '`20m` (as the Terraform provider)',
  'timeouts.recreate': '`10m`',
  'timeouts.lease': '`20m`',
  strategy: '`rebuild`',
  allowDestructive: '`false`',
  maxParallel: '`8`',
};

export interface ConfigKey {
  /** YAML path; map keys chosen by the user are written `<name>` */
  path: string;
  type: string;
  /** Allowed values, patterns and bounds, in words */
  rules: string[];
  description: string;
}

// zod 4 keeps every schema's definition in `def`; only the fields read below are typed here.
interface Def {
  type: string;
  innerType?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  keyType?: z.ZodType;
  valueType?: z.ZodType;
  element?: z.ZodType;
  options?: z.ZodType[];
  entries?: Record<string, string>;
  checks?: { _zod: { def: CheckDef } }[];
  format?: string;
  protocol?: RegExp;
  pattern?: RegExp;
}
interface CheckDef {
  check: string;
  format?: string;
  pattern?: RegExp;
  minimum?: number;
  maximum?: number;
  value?: number;
  inclusive?: boolean;
  error?: (issue?: unknown) => unknown;
}

const defOf = (s: z.ZodType) => (s as unknown as { def: Def }).def;

/** Optional wrappers are transparent: every key of the config is optional. */
function unwrap(s: z.ZodType): z.ZodType {
  let cur = s;
  while (defOf(cur).type === 'optional') cur = defOf(cur).innerType!;
  return cur;
}

/** The custom message a check was declared with, e.g. "must look like env-abc123". */
function customMessage(c: CheckDef): string | undefined {
  try {
    const m = c.error?.();
    return typeof m === 'string' ? m : undefined;
  } catch {
    return undefined;
  }
}

function typeName(s: z.ZodType): string {
  const d = defOf(unwrap(s));
  switch (d.type) {
    case 'string':
      return d.format === 'url' ? 'string (URL)' : d.format === 'uuid' ? 'string (UUID)' : 'string';
    case 'number':
      return d.checks?.some((c) => c._zod.def.format === 'safeint') ? 'integer' : 'number';
    case 'enum':
      return 'string';
    case 'array':
      return `list of ${typeName(d.element!)}`;
    case 'record':
      return `map of ${typeName(d.keyType!)} to ${typeName(d.valueType!)}`;
    case 'object':
      return 'map';
    case 'union':
      return d.options!.map(typeName).join(' or ');
    default:
      return d.type;
  }
}

function rulesOf(s: z.ZodType): string[] {
  const d = defOf(unwrap(s));
  const rules: string[] = [];
  if (d.type === 'enum')
    rules.push(
      `one of ${Object.values(d.entries!)
        .map((v) => `\`${v}\``)
        .join(', ')}`,
    );
  if (d.format === 'url') {
    rules.push(`an absolute URL${d.protocol ? ` whose scheme matches \`${d.protocol.source}\`` : ''}`);
  }
  if (d.format === 'uuid') rules.push('a UUID, e.g. `7c0d6b2e-4f1a-4c3b-9d2e-8a5f0e1b2c3d`');
  for (const { _zod } of d.checks ?? []) {
    const c = _zod.def;
    if (c.check === 'string_format' && c.format === 'regex' && c.pattern) {
      const says = customMessage(c);
      rules.push(`matches \`${c.pattern.source}\`${says ? ` (${says})` : ''}`);
    } else if (c.check === 'min_length' && c.minimum !== undefined) {
      rules.push(c.minimum === 1 ? 'not empty' : `at least ${c.minimum} characters`);
    } else if (c.check === 'max_length' && c.maximum !== undefined) {
      rules.push(`at most ${c.maximum} characters`);
    } else if (c.check === 'greater_than' && c.value !== undefined) {
      rules.push(`${c.inclusive ? 'at least' : 'more than'} ${c.value}`);
    } else if (c.check === 'less_than' && c.value !== undefined) {
      rules.push(`${c.inclusive ? 'at most' : 'less than'} ${c.value}`);
    }
  }
  if (d.type === 'union') {
    for (const o of d.options!) {
      const inner = rulesOf(o);
      if (inner.length) rules.push(`as ${typeName(o)}: ${inner.join('; ')}`);
    }
  }
  return rules;
}

/** Every key path of the schema, depth first in declaration order, map members included. */
export function configKeys(schema: z.ZodType = configSchema): ConfigKey[] {
  const out: ConfigKey[] = [];
  const visit = (s: z.ZodType, path: string, fallback: string) => {
    const inner = unwrap(s);
    const d = defOf(inner);
    if (path) {
      out.push({
        path,
        type: typeName(inner),
        rules: rulesOf(inner),
        description: describeOf(s) || fallback,
      });
    }
    if (d.type === 'object') {
      for (const [key, child] of Object.entries(d.shape!)) visit(child, path ? `${path}.${key}` : key, '');
    } else if (d.type === 'record') {
      const member = placeholderFor(path);
      visit(d.valueType!, `${path}.${member}`, `One entry of \`${path}\`, keyed by \`${member}\``);
    }
  };
  visit(schema, '', '');
  return out;
}

/** `<name>` for environments, `<product>` for compute pools, `<key>` otherwise. */
function placeholderFor(path: string): string {
  const last = path.slice(path.lastIndexOf('.') + 1);
  if (last === 'environments') return '<name>';
  if (last === 'computePools') return '<product>';
  if (last === 'properties') return '<property>';
  return '<key>';
}

function describeOf(s: z.ZodType): string {
  let cur: z.ZodType | undefined = s;
  while (cur) {
    if (cur.description) return cur.description;
    const d = defOf(cur);
    cur = d.type === 'optional' ? d.innerType : undefined;
  }
  return '';
}

const code = (s: string) => `\`${s}\``;

/** The whole of docs/config.md. */
export function configReference(): string {
  const keys = configKeys();
  const lines: string[] = [
    '<!--',
    '  Generated from src/config/schema.ts by src/config/reference.ts. Do not edit by hand.',
    '  Regenerate: UPDATE_DOCS=1 node --experimental-vm-modules node_modules/jest/bin/jest.js tests/docs/config-reference.test.ts',
    '-->',
    '',
    '# Config reference: `flink-pipeline.yaml`',
    '',
    'The config file sets where the pipelines live, which Confluent Cloud environments to',
    'deploy to, and how the planner treats tables that must be rebuilt. Every key is optional.',
    'A plan needs no config at all. A deploy or `--status confluent` needs one environment with',
    'its ids and endpoint.',
    '',
    'The CLI reads `flink-pipeline.yaml` from the current folder when it exists; `--config FILE`',
    'names another file, which must then exist. The GitHub Action reads the file named by its',
    '`config` input. Unknown keys are errors, so a typo is reported with its file and line',
    'instead of being ignored.',
    '',
    'Credentials never go in this file. The CLI reads `FLINK_API_KEY` and `FLINK_API_SECRET`',
    'from the environment; the action takes the `flink-api-key` and `flink-api-secret` inputs.',
    'The compute pool check before a deploy reads the Confluent Cloud API with a Cloud API key',
    'from `CONFLUENT_CLOUD_API_KEY` and `CONFLUENT_CLOUD_API_SECRET`; without them it is skipped.',
    '',
    '## Example: a dev and a prod environment',
    '',
    '```yaml',
    ...EXAMPLE_CONFIG.trimEnd().split('\n'),
    '```',
    '',
    'In this example `dev` is the default environment; pass `--env prod` (CLI) or',
    '`environment: prod` (action input) to target prod. Statements of product `finance` run',
    'in the compute pool `lfcp-fin001` in prod; every other statement runs in `lfcp-prod01`.',
    '',
    '## Keys',
    '',
    'A key path such as `environments.<name>.computePoolId` means: under `environments`, under',
    'an environment name you choose, the key `computePoolId`.',
    '',
  ];
  for (const k of keys) {
    lines.push(`### ${code(k.path)}`, '');
    if (k.description) lines.push(sentence(k.description), '');
    lines.push(`- Type: ${k.type}`);
    if (k.rules.length) lines.push(`- Allowed: ${k.rules.join('; ')}`);
    const def = CONFIG_DEFAULTS[k.path];
    lines.push(`- Default: ${def ?? 'none (optional)'}`);
    lines.push('');
  }
  return lines.join('\n').replace(/\n+$/, '\n');
}

/** A description as a sentence: capital first letter, final full stop, names shown as code. */
function sentence(text: string): string {
  const parts = text.trim().split(/(`[^`]*`)/);
  const words = parts.map((part, i) => (i % 2 ? part : part.replace(/[^\s`]+/g, codeWord)));
  const s = words.join('');
  const first = /^[a-z]/.test(s) ? s.charAt(0).toUpperCase() + s.slice(1) : s;
  return /[.!?]$/.test(first) ? first : `${first}.`;
}

/**
 * A word with `<placeholder>` (which Markdown would read as an HTML tag) or a dotted property
 * name such as sql.state-ttl, shown as code; trailing punctuation stays outside.
 */
function codeWord(word: string): string {
  const m = /^(.*?)([,;:.)]*)$/.exec(word)!;
  const [, core, tail] = m;
  const isCode = /<[^>]+>/.test(core) || /^[a-z][a-z0-9]+(\.[a-z0-9-]+)+$/.test(core);
  return isCode ? `${code(core)}${tail}` : word;
}
