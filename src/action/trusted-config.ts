import { readConfigAt } from '../change/revision.js';
import type { Config, EnvironmentConfig } from '../config/schema.js';
import { UserError } from '../util/errors.js';

/**
 * Credentials go only where the base branch points them. A pull request edits the config file
 * of its head: were the head's endpoint used, a pull request could send the Confluent key to a
 * server of its own. So the keys that say where requests go and on whose behalf (TARGET_KEYS)
 * come from the config file at the base commit; everything else (statement prefix, pools,
 * properties) is the change under review and comes from the head. Pure but for `readBaseConfig`.
 */

// cloudApiEndpoint receives the Cloud API key (the compute pool check): no pull request job
// sends it today, but a head that could move it would be one step from doing so.
export const TARGET_KEYS = [
  'restEndpoint',
  'cloud',
  'region',
  'organizationId',
  'environmentId',
  'cloudApiEndpoint',
] as const;
export type TargetKey = (typeof TARGET_KEYS)[number];

/** One target key the pull request changes (added, edited or removed). */
export interface TargetChange {
  environment: string;
  key: TargetKey;
  base?: string;
  head?: string;
}

export interface TrustedConfig {
  /** The head config, every environment's target keys replaced by the base's (none when the base lacks it) */
  config: Config;
  /** Target keys whose value differs between base and head, environment by environment */
  changes: TargetChange[];
}

function pick(env: EnvironmentConfig | undefined): Partial<Record<TargetKey, string>> {
  const out: Partial<Record<TargetKey, string>> = {};
  for (const k of TARGET_KEYS) if (env?.[k] !== undefined) out[k] = env[k];
  return out;
}

function omit(env: EnvironmentConfig): EnvironmentConfig {
  const out: Record<string, unknown> = { ...env };
  for (const k of TARGET_KEYS) delete out[k];
  return out as EnvironmentConfig;
}

/** The config to build a Confluent client from, and what the pull request changed of the target. */
export function trustTarget(head: Config, base: Config | undefined): TrustedConfig {
  const headEnvs = head.environments ?? {};
  const baseEnvs = base?.environments ?? {};
  const environments: Record<string, EnvironmentConfig> = {};
  for (const [name, env] of Object.entries(headEnvs)) {
    environments[name] = { ...omit(env), ...pick(baseEnvs[name]) };
  }
  const changes: TargetChange[] = [];
  const names = [...new Set([...Object.keys(baseEnvs), ...Object.keys(headEnvs)])].sort();
  for (const environment of names) {
    const b = pick(baseEnvs[environment]);
    const h = pick(headEnvs[environment]);
    for (const key of TARGET_KEYS) {
      if (b[key] !== h[key]) changes.push({ environment, key, base: b[key], head: h[key] });
    }
  }
  return { config: { ...head, ...(head.environments ? { environments } : {}) }, changes };
}

/** The base commit's config: `{}` when it has no such file, a one-line reason when it cannot be read. */
export async function readBaseConfig(
  root: string,
  baseSha: string,
  configPath: string,
): Promise<{ config: Config } | { unreadable: string }> {
  try {
    return { config: (await readConfigAt(root, baseSha, configPath)) ?? {} };
  } catch (e) {
    if (e instanceof UserError) return { unreadable: e.message.split('\n')[0] };
    throw e;
  }
}

/** Why the environment has no trusted endpoint (judged on the base commit's config), or undefined. */
export function missingTarget(base: Config, environment: string): string | undefined {
  const env = base.environments?.[environment];
  if (!env) return `environment "${environment}" is not in the base commit's config`;
  if (!env.restEndpoint && !(env.cloud && env.region)) {
    return `environment "${environment}" has no restEndpoint (or cloud and region) in the base commit's config`;
  }
  return undefined;
}
