import * as core from '@actions/core';
import { existsSync } from 'node:fs';
import { loadConfig } from '../config/load.js';
import type { Config } from '../config/schema.js';
import { confluentTarget, type ConfluentTarget } from '../engine/confluent.js';
import { requireInsideRepository } from '../project/scan.js';
import { UserError } from '../util/errors.js';
import { INPUT_DEFAULTS, type ActionInputs, type ConfluentSecrets } from './inputs.js';

/** The config, pipelines folder and environment the inputs name, resolved like the CLI does. */
export interface ProjectSetup {
  config: Config;
  configPath: string;
  pipelines: string;
  environment?: string;
}

export function projectSetup(inputs: ActionInputs): ProjectSetup {
  const explicit = inputs.config !== INPUT_DEFAULTS.config;
  if (explicit && !existsSync(inputs.config)) {
    throw new UserError(`input config: file "${inputs.config}" not found in the checkout`);
  }
  // The default name is optional, as for the CLI: a project without a config file plans fine.
  if (explicit) requireInsideRepository(inputs.config, 'input config');
  const config = loadConfig(existsSync(inputs.config) ? inputs.config : undefined);
  const pipelines =
    inputs.pipelines !== INPUT_DEFAULTS.pipelines ? inputs.pipelines : (config.pipelines ?? inputs.pipelines);
  // The config is the pull request's: its `pipelines` must not lead out of the checkout.
  requireInsideRepository(
    pipelines,
    inputs.pipelines !== INPUT_DEFAULTS.pipelines ? 'input pipelines' : `pipelines in ${inputs.config}`,
  );
  if (!existsSync(pipelines)) {
    throw new UserError(
      `input pipelines: folder "${pipelines}" not found in the checkout; is the repository checked out (actions/checkout) and the path right?`,
    );
  }
  return {
    config,
    configPath: inputs.config,
    pipelines,
    environment: inputs.environment ?? config.environment,
  };
}

export const SECRETS_HINT =
  'the flink-api-key and flink-api-secret inputs (from repository or environment secrets)';

/** Registers the secrets with the runner's log masking: each key, each secret and their Basic-auth strings. */
export function maskSecrets(secrets: ConfluentSecrets) {
  for (const [key, secret] of [
    [secrets.apiKey, secrets.apiSecret],
    [secrets.cloudApiKey, secrets.cloudApiSecret],
  ]) {
    if (key) core.setSecret(key);
    if (secret) core.setSecret(secret);
    if (key && secret) core.setSecret(Buffer.from(`${key}:${secret}`).toString('base64'));
  }
}

export const CLOUD_SECRETS_HINT =
  'the confluent-cloud-api-key and confluent-cloud-api-secret inputs (a Cloud API key, from secrets)';

export const hasSecrets = (s: ConfluentSecrets) => !!(s.apiKey && s.apiSecret);

/** The Confluent client and live status of the environment; the caller checked the secrets exist. */
export function confluentOf(
  setup: ProjectSetup,
  secrets: ConfluentSecrets,
  command: string,
): ConfluentTarget {
  return confluentTarget(
    setup.config,
    setup.environment,
    { apiKey: secrets.apiKey, apiSecret: secrets.apiSecret, hint: SECRETS_HINT },
    command,
    { userAgent: 'flink-pipeline-action' },
  );
}
