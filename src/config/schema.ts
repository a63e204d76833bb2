import * as z from 'zod';
import { isAllowedEndpoint } from './endpoint.js';

/** A timeout: seconds, or a number with a unit (`90s`, `20m`, `6h`, `500ms`). */
export const DURATION = /^(\d+(?:\.\d+)?)\s*(ms|s|m|min|h)$/;
const duration = z.union([
  z.number().positive(),
  z.string().regex(DURATION, 'a duration such as 90s, 20m or 6h'),
]);

/** One Confluent Cloud target. Every key is documented: docs/config.md is generated from these. */
export const environmentSchema = z.strictObject({
  restEndpoint: z
    .url({ protocol: /^https?$/ })
    .refine(isAllowedEndpoint, 'use https:// (http:// only for a loopback address such as the emulator)')
    .optional()
    .describe(
      'Flink REST endpoint, https:// (http:// only for a loopback address such as the emulator); default https://flink.<region>.<cloud>.confluent.cloud',
    ),
  cloudApiEndpoint: z
    .url({ protocol: /^https?$/ })
    .refine(isAllowedEndpoint, 'use https:// (http:// only for a loopback address such as the emulator)')
    .optional()
    .describe(
      'Confluent Cloud API endpoint that the compute pool check before a deploy reads (fcpm/v2, with the Cloud API key in CONFLUENT_CLOUD_API_KEY and CONFLUENT_CLOUD_API_SECRET)',
    ),
  cloud: z.string().min(1).optional().describe('Cloud provider of the Flink region (aws, gcp, azure)'),
  region: z.string().min(1).optional().describe('Cloud region of the Flink endpoint, e.g. us-east-1'),
  organizationId: z.uuid().optional().describe('Confluent organization id (UUID)'),
  environmentId: z
    .string()
    .regex(/^env-[a-z0-9]+$/, 'must look like env-abc123')
    .optional()
    .describe('Confluent environment id'),
  computePoolId: z
    .string()
    .regex(/^lfcp-[a-z0-9]+$/, 'must look like lfcp-abc123')
    .optional()
    .describe('Default compute pool for statements'),
  computePools: z
    .record(z.string(), z.string().regex(/^lfcp-[a-z0-9]+$/, 'must look like lfcp-abc123'))
    .optional()
    .describe('Compute pool per product, overriding computePoolId'),
  principal: z.string().min(1).optional().describe('Service account the statements run as, e.g. sa-123abc'),
  catalog: z
    .string()
    .min(1)
    .optional()
    .describe('sql.current-catalog of every statement: the environment, by id or display name'),
  database: z
    .string()
    .min(1)
    .optional()
    .describe(
      'sql.current-database of every statement: the Kafka cluster, by id or display name; a deploy needs it when the SQL names tables without their database',
    ),
  statementPrefix: z
    .string()
    .regex(/^[a-z0-9-]*$/, 'may hold only a-z, 0-9 and -')
    .optional()
    .describe('Prefix of every statement name'),
  properties: z
    .record(z.string(), z.string())
    // project/snapshot-mode.ts: a snapshot query reads its tables once and ends
    .refine(
      (p) =>
        Object.entries(p).every(
          ([k, v]) => k.trim().toLowerCase() !== 'sql.snapshot.mode' || v.trim() === 'off',
        ),
      "sql.snapshot.mode would make every statement a snapshot query that reads its tables once and ends; pipeline statements must run continuously: remove it (or set 'off')",
    )
    .optional()
    .describe('Statement properties added to every statement, e.g. sql.state-ttl'),
});

export const configSchema = z.strictObject({
  pipelines: z.string().min(1).optional().describe('The pipelines folder, relative to the repository root'),
  environment: z.string().min(1).optional().describe('Default environment for plan, deploy and status'),
  environments: z.record(z.string(), environmentSchema).optional().describe('Named Confluent Cloud targets'),
  strategy: z
    .enum(['rebuild', 'blue-green'])
    .optional()
    .describe('How a table whose data must be rebuilt is replaced: drop and recreate, or a versioned copy'),
  allowDestructive: z
    .union([z.boolean(), z.array(z.string())])
    .optional()
    .describe('Allow steps that drop tables: true, false, or a list of table names'),
  maxParallel: z.number().int().min(1).max(64).optional().describe('Statements deployed at once'),
  timeouts: z
    .strictObject({
      create: duration
        .optional()
        .describe('How long a created statement may take to run (or complete, for DDL)'),
      stop: duration.optional().describe('How long a statement may take to stop'),
      resume: duration.optional().describe('How long a resumed statement may take to run again'),
      delete: duration.optional().describe('How long a deleted statement may take to disappear'),
      recreate: duration
        .optional()
        .describe(
          'How long a CREATE right after a DROP of the same table is retried while the service says its topic is still being deleted',
        ),
      lease: duration
        .optional()
        .describe('How long a deploy waits while another deploy of the environment holds its lease'),
    })
    .optional()
    .describe('Deploy waits; a number is seconds, or write 90s, 20m, 6h'),
  externalTables: z
    .array(z.string())
    .optional()
    .describe('Glob patterns of tables read but not defined in the repository (raw topics, CDC streams)'),
  scalarFunctions: z
    .array(z.string().min(1))
    .optional()
    .describe(
      'User-defined functions known to be scalar (case is ignored); a query calling any other unknown function in its SELECT list without GROUP BY counts as stateful, since it may aggregate. Applies to analyze, inventory and plan',
    ),
});

export type Config = z.infer<typeof configSchema>;
export type EnvironmentConfig = z.infer<typeof environmentSchema>;
