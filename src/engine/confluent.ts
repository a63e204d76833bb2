import type { Config, EnvironmentConfig } from '../config/schema.js';
import { flinkClientFromConfig, type FlinkClient, type FlinkClientOptions } from '../confluent/client.js';
import { confluentStatus } from '../confluent/status.js';
import type { StatusSource } from '../status/source.js';
import { UserError } from '../util/errors.js';

export interface ConfluentTarget {
  /** The environment's name in the config */
  name: string;
  env: EnvironmentConfig;
  client: FlinkClient;
  status: StatusSource;
}

/** Where credentials came from, for messages: `FLINK_API_KEY and FLINK_API_SECRET` or the action inputs. */
export interface CredentialSource {
  apiKey?: string;
  apiSecret?: string;
  /** How the user provides them, named in the error when they are missing */
  hint: string;
}

/** The config's environment that plan, deploy and status talk to; errors say how to fix the config. */
export function environmentOf(config: Config, environment: string | undefined, command: string) {
  const names = Object.keys(config.environments ?? {});
  const name = environment ?? config.environment ?? (names.length === 1 ? names[0] : undefined);
  if (!name) {
    throw new UserError(
      names.length
        ? `${command}: choose an environment with --env (known: ${names.join(', ')}) or set "environment:" in the config`
        : `${command}: the config has no environments; add environments.<name> with organizationId, environmentId and restEndpoint (or cloud and region)`,
    );
  }
  const env = config.environments?.[name];
  if (!env) {
    throw new UserError(
      `${command}: environment "${name}" is not in the config${names.length ? `; known: ${names.join(', ')}` : ''}`,
    );
  }
  return { name, env };
}

/** The client and live status source of one environment. Secrets never leave the client. */
export function confluentTarget(
  config: Config,
  environment: string | undefined,
  credentials: CredentialSource,
  command: string,
  extra: Omit<FlinkClientOptions, 'organizationId' | 'environmentId' | 'credentials'> = {},
): ConfluentTarget {
  const { name, env } = environmentOf(config, environment, command);
  if (!credentials.apiKey || !credentials.apiSecret) {
    throw new UserError(`${command}: Confluent Cloud credentials are missing; set ${credentials.hint}`);
  }
  let client: FlinkClient;
  try {
    client = flinkClientFromConfig(
      env,
      { apiKey: credentials.apiKey, apiSecret: credentials.apiSecret },
      { poll: pollFromEnv(), ...extra },
    );
  } catch (e) {
    if (e instanceof UserError) throw new UserError(`${command}: environment "${name}": ${e.message}`);
    throw e;
  }
  return { name, env, client, status: confluentStatus(client, env.statementPrefix) };
}

/** The Confluent Cloud API (control plane) of the compute pool API, when the config names none. */
export const CLOUD_API_ENDPOINT = 'https://api.confluent.cloud';

/**
 * A client of the compute pool API (fcpm/v2) for the check before a deploy. It lives on the
 * Confluent Cloud API endpoint and takes a Cloud API key, not the Flink key (docs, Flink REST
 * API: "The compute pool endpoints take a Cloud API key"). Without one the check is skipped:
 * `missing` says how to turn it on.
 */
export function computePoolClient(
  target: ConfluentTarget,
  cloud: { apiKey?: string; apiSecret?: string; hint: string },
  extra: Omit<FlinkClientOptions, 'organizationId' | 'environmentId' | 'credentials'> = {},
): { pools?: FlinkClient; missing?: string } {
  if (!cloud.apiKey || !cloud.apiSecret)
    return { missing: `set ${cloud.hint} to check the compute pool first` };
  try {
    const pools = flinkClientFromConfig(
      { ...target.env, restEndpoint: target.env.cloudApiEndpoint ?? CLOUD_API_ENDPOINT },
      { apiKey: cloud.apiKey, apiSecret: cloud.apiSecret },
      { poll: pollFromEnv(), ...extra },
    );
    return { pools };
  } catch (e) {
    if (e instanceof UserError)
      throw new UserError(`environment "${target.name}": cloudApiEndpoint: ${e.message}`);
    throw e;
  }
}

/**
 * `FLINK_PIPELINE_POLL_MS`: the first delay between status polls (default 1 s, growing to
 * 10 s). The emulator answers in milliseconds, so demos and tests poll faster.
 */
export function pollFromEnv(env: NodeJS.ProcessEnv = process.env): FlinkClientOptions['poll'] {
  const raw = env.FLINK_PIPELINE_POLL_MS;
  if (raw === undefined || raw === '') return undefined;
  const ms = Number(raw);
  if (!Number.isFinite(ms) || ms < 10 || ms > 60_000) {
    throw new UserError(`FLINK_PIPELINE_POLL_MS=${raw}: use a number of milliseconds from 10 to 60000`);
  }
  return { initialDelayMs: ms, maxDelayMs: Math.max(ms, 10_000) };
}
