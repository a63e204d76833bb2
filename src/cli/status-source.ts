import type { Config } from '../config/schema.js';
import { confluentTarget, type CredentialSource } from '../engine/confluent.js';
import { statusSourceFor, type StatusSource } from '../status/source.js';
import type { CommandContext } from './context.js';

/** The CLI reads credentials from the environment only, never from flags or files (docs/cli.md#credentials). */
export function cliCredentials(): CredentialSource {
  return {
    apiKey: process.env.FLINK_API_KEY,
    apiSecret: process.env.FLINK_API_SECRET,
    hint: 'FLINK_API_KEY and FLINK_API_SECRET in the environment',
  };
}

/** The Cloud API key of the compute pool check (the Terraform provider's variable names). */
export function cliCloudCredentials(): { apiKey?: string; apiSecret?: string; hint: string } {
  return {
    apiKey: process.env.CONFLUENT_CLOUD_API_KEY,
    apiSecret: process.env.CONFLUENT_CLOUD_API_SECRET,
    hint: 'CONFLUENT_CLOUD_API_KEY and CONFLUENT_CLOUD_API_SECRET (a Cloud API key) in the environment',
  };
}

export function statusSourceOf(
  ctx: CommandContext,
  config: Config,
  environment: string | undefined,
): StatusSource {
  return statusSourceFor(
    ctx.values.status,
    () => confluentTarget(config, environment, cliCredentials(), `--status confluent`).status,
  );
}
