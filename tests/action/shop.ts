import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The small shop project of the action's end-to-end tests: three tables in a chain reading the
 * external `raw_orders`, and a config whose one environment points at a Confluent endpoint.
 */

export interface ShopTarget {
  /** restEndpoint of the environment */
  url: string;
  organizationId: string;
  environmentId: string;
  /** sql.current-database of the statements (default: the emulator's, `lkc-emulator`) */
  database?: string;
}

/** One table folder: the DDL (append, or `mode`) and the DML given. */
export function writeTable(dir: string, layer: string, name: string, dml: string, mode = 'append') {
  const folder = join(dir, 'pipelines', layer, 'shop', name, 'sql-scripts');
  mkdirSync(folder, { recursive: true });
  writeFileSync(
    join(folder, `ddl.${name}.sql`),
    `CREATE TABLE IF NOT EXISTS ${name} (\n  order_id STRING NOT NULL,\n  amount DECIMAL(10, 2),\n  PRIMARY KEY (order_id) NOT ENFORCED\n) DISTRIBUTED BY HASH(order_id) INTO 1 BUCKETS\nWITH ('changelog.mode' = '${mode}');\n`,
  );
  writeFileSync(join(folder, `dml.${name}.sql`), dml);
}

/** The config file; its one environment is named `environment` (default `dev`). */
export function configText(target: ShopTarget, extra: string[] = [], environment = 'dev'): string {
  return [
    `environment: ${environment}`,
    'environments:',
    `  ${environment}:`,
    `    restEndpoint: ${target.url}`,
    `    organizationId: ${target.organizationId}`,
    `    environmentId: ${target.environmentId}`,
    `    database: ${target.database ?? 'lkc-emulator'}`,
    '    statementPrefix: dev',
    ...extra,
    "externalTables: ['raw_*']",
    '',
  ].join('\n');
}

/** Writes the config and the three tables into `dir`. */
export function shopProject(target: ShopTarget, environment = 'dev') {
  return (dir: string) => {
    writeFileSync(join(dir, 'flink-pipeline.yaml'), configText(target, [], environment));
    writeTable(
      dir,
      'sources',
      'src_orders',
      'INSERT INTO src_orders\nSELECT order_id, amount FROM raw_orders;\n',
    );
    writeTable(
      dir,
      'intermediates',
      'int_orders',
      'INSERT INTO int_orders\nSELECT order_id, amount FROM src_orders WHERE amount > 0;\n',
    );
    writeTable(
      dir,
      'facts',
      'fct_big_orders',
      'INSERT INTO fct_big_orders\nSELECT order_id, amount FROM int_orders WHERE amount > 100;\n',
    );
  };
}
