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
