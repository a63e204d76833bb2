import { createHash } from 'node:crypto';

/** Labels the tool puts on its statements (docs/planning.md#statement-names), under the `user.confluent.io/` prefix. */
export const LABEL_PIPELINE = 'user.confluent.io/flink-pipeline';
export const LABEL_TABLE = 'user.confluent.io/flink-pipeline-table';
export const LABEL_FINGERPRINT = 'user.confluent.io/flink-pipeline-fingerprint';
export const LABEL_KIND = 'user.confluent.io/flink-pipeline-kind';
/** The deploy that created the statement: how a re-run recognises its own work. */
export const LABEL_DEPLOY = 'user.confluent.io/flink-pipeline-deploy';
/** The commit the statement's SQL came from: a deploy whose HEAD is older refuses to roll it back. */
export const LABEL_COMMIT = 'user.confluent.io/flink-pipeline-commit';

export type StatementKind = 'ddl' | 'dml' | 'alter' | 'drop';

/**
 * Neither the spec (`additionalProperties: string`) nor the docs state rules for label values;
 * the selector syntax (`k=v,k2=v2`) and the platform's Kubernetes heritage make the
 * Kubernetes rule the safe one: at most 63 characters, `[A-Za-z0-9]` at both ends and only
 * `[-A-Za-z0-9_.]` inside. A value that breaks it is rewritten deterministically (invalid
 * characters → `-`, cut, plus 7 hex of its sha256), so the same table always gets the same label.
 */
export const LABEL_VALUE_MAX = 63;
const VALID = /^(?:[A-Za-z0-9](?:[-A-Za-z0-9_.]*[A-Za-z0-9])?)?$/;

export function labelValue(raw: string): string {
  if (raw.length <= LABEL_VALUE_MAX && VALID.test(raw)) return raw;
  const hash = createHash('sha256').update(raw).digest('hex').slice(0, 7);
  const body = raw
    .replace(/[^-A-Za-z0-9_.]+/g, '-')
    .slice(0, LABEL_VALUE_MAX - 8)
    .replace(/^[^A-Za-z0-9]+|[^A-Za-z0-9]+$/g, '');
  return body ? `${body}-${hash}` : hash;
}

export interface PipelineLabelInput {
  table: string;
  /** Fingerprint of the statement; its first 7 hex characters are stored */
  fingerprint?: string;
  kind?: StatementKind;
  /** Statement prefix of the environment; the pipeline marker label's value ("true" without one) */
  prefix?: string;
  /** Id of the deploy creating the statement */
  deploy?: string;
  /** The commit (HEAD of the deploy) the statement's SQL comes from */
  commit?: string;
}

/** The labels of one statement the tool creates. */
export function pipelineLabels(input: PipelineLabelInput): Record<string, string> {
  const labels: Record<string, string> = {
    [LABEL_PIPELINE]: pipelineMarker(input.prefix),
    [LABEL_TABLE]: labelValue(input.table),
  };
  if (input.fingerprint) labels[LABEL_FINGERPRINT] = input.fingerprint.toLowerCase().slice(0, 7);
  if (input.kind) labels[LABEL_KIND] = input.kind;
  if (input.deploy) labels[LABEL_DEPLOY] = labelValue(input.deploy);
  if (input.commit) labels[LABEL_COMMIT] = labelValue(input.commit);
  return labels;
}

export function pipelineMarker(prefix: string | undefined): string {
  return prefix ? labelValue(prefix) : 'true';
}

/** `label_selector` value: comma-separated `key=value` pairs, all must match. */
export function labelSelector(labels: Record<string, string>): string {
  return Object.entries(labels)
    .map(([k, v]) => `${k}=${v}`)
    .join(',');
}

/**
 * The validation run that sent a dry-run statement (engine/dry-run.ts). Dry runs carry no other
 * label of the tool, so nothing reads one as a deployed statement; the service never stores a
 * dry run, so this label names the run in the request only (audit logs, support).
 */
export const LABEL_VALIDATION = 'user.confluent.io/flink-pipeline-validation';
