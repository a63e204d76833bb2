/**
 * A blue-green rebuild renames the project's table in the SQL of its readers, and only that
 * table: a quoted name holding dots (a Debezium topic) or a qualified name that resolves to
 * another catalog or database ends in the same word but is another table, and is kept.
 */
import { describe, expect, test } from '@jest/globals';
import type { TableChange } from '../../src/change/types.js';
import { buildProject } from '../../src/project/build.js';
import type { TableFolder } from '../../src/project/model.js';
import { buildPlan } from '../../src/plan/planner.js';
import type { StatusSnapshot } from '../../src/plan/types.js';

const FILES: Record<string, { ddl: string; dml: string }> = {
  'sources/customers': {
    ddl: 'CREATE TABLE customers (id STRING, name STRING);',
    dml: 'INSERT INTO customers SELECT id, MAX(name) FROM raw_customers GROUP BY id;',
  },
  'facts/enriched': {
    ddl: 'CREATE TABLE enriched (id STRING, a STRING, b STRING, c STRING);',
    dml: [
      'INSERT INTO enriched',
      'SELECT c.id, c.name, d.name, o.name',
      'FROM customers c',
      '  JOIN `card-tx.public.customers` d ON d.id = c.id',
      '  JOIN `other-env`.`other-db`.customers o ON o.id = c.id',
      "WHERE c.name <> 'customers';",
    ].join('\n'),
  },
};

function project() {
  const folders: TableFolder[] = Object.entries(FILES).map(([folder, f]) => {
    const name = folder.split('/').pop()!;
    const at = `pipelines/${folder}/sql-scripts`;
    return {
      folder: `pipelines/${folder}`,
      ddl: { path: `${at}/ddl.${name}.sql`, text: f.ddl },
      dml: { path: `${at}/dml.${name}.sql`, text: f.dml },
    };
  });
  return buildProject({
    pipelinesDir: 'pipelines',
    folders,
    namespaces: [{ catalog: 'dev-env', database: 'dev-db' }],
  });
}

describe('blue-green renames', () => {
  test("only references that resolve to the project's table are renamed", () => {
    const head = project();
    const enriched = head.tables.get('enriched')!;
    expect([...enriched.parents].sort()).toEqual([
      'card-tx.public.customers',
      'customers',
      'other-env.other-db.customers',
    ]);
    const status: StatusSnapshot = {
      kind: 'file',
      tables: new Map([
        ['customers', { phase: 'RUNNING', tableExists: true }],
        ['enriched', { phase: 'RUNNING', tableExists: true }],
      ]),
    };
    const change: TableChange = { table: 'customers', kind: 'dml', files: [], detail: '' };
    const plan = buildPlan({
      head,
      base: head,
      changes: [change],
      status,
      config: { strategy: 'blue-green' },
    });
    const sql = plan.steps.find((s) => s.id === 'enriched:create-dml')!.sql!;
    expect(sql).toContain('INSERT INTO enriched_v2');
    expect(sql).toContain('FROM customers_v2 c');
    expect(sql).toContain('JOIN `card-tx.public.customers` d');
    expect(sql).toContain('JOIN `other-env`.`other-db`.customers o');
    expect(sql).toContain("c.name <> 'customers'");
  });
});
