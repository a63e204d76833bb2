/**
 * Changelog modes in a project: a table that reads an upsert or retract table keeps state
 * (Flink normalises the changelog), Confluent Cloud's default mode (a primary key and no
 * changelog.mode is upsert), CREATE TABLE … AS and LIKE tables, ALTER TABLE in the DDL file,
 * and what this does to the plan of a query change.
 */
import { describe, expect, test } from '@jest/globals';
import { buildProject, type FolderMemo } from '../../src/project/build.js';
import type { Project, TableFolder } from '../../src/project/model.js';
import { buildPlan } from '../../src/plan/planner.js';

function folder(path: string, name: string, ddl: string | null, dml: string | null): TableFolder {
  const base = `pipelines/${path}`;
  return {
    folder: base,
    ...(ddl !== null ? { ddl: { path: `${base}/sql-scripts/ddl.${name}.sql`, text: ddl } } : {}),
    ...(dml !== null ? { dml: { path: `${base}/sql-scripts/dml.${name}.sql`, text: dml } } : {}),
  };
}

/** A table with a key; `opts` is its WITH list (none: Confluent's default mode decides). */
const keyed = (name: string, opts?: string) =>
  `CREATE TABLE ${name} (id STRING, owner STRING, PRIMARY KEY (id) NOT ENFORCED)${opts ? ` WITH (${opts})` : ''};\n`;
const plain = (name: string, mode = 'append') =>
  `CREATE TABLE ${name} (id STRING, owner STRING) WITH ('changelog.mode' = '${mode}');\n`;
const source = (name: string, ddl: string) => folder(`sources/p/${name}`, name, ddl, null);
/** A reader: a projection with a filter, nothing that keeps state of its own. */
const reader = (name: string, parent: string, ddl = plain(name, 'retract')) =>
  folder(
    `facts/p/${name}`,
    name,
    ddl,
    `INSERT INTO ${name}\nSELECT id, UPPER(owner)\nFROM ${parent}\nWHERE id <> '';\n`,
  );
/** A CREATE TABLE … AS table: its DDL holds its query. */
const ctas = (name: string, query: string) =>
  folder(`intermediates/p/${name}`, name, `CREATE TABLE ${name} AS\n${query};\n`, null);

const build = (folders: TableFolder[], memo?: FolderMemo) =>
  buildProject({ pipelinesDir: 'pipelines', folders, ...(memo ? { memo } : {}) });
const verdict = (p: Project, name: string) => {
  const t = p.tables.get(name)!;
  return {
    stateful: t.stateful,
    reasons: t.reasons.map((r) => `${r.construct} @${r.file.split('/').pop()}:${r.line}`),
  };
};
const READS_UPSERT = (t: string) =>
  `reads \`${t}\`, an upsert table: Flink keeps state to normalise its changelog`;

describe('a table that reads an upsert table is stateful', () => {
  test('declared upsert, or a primary key and no changelog.mode (Confluent Cloud makes it upsert)', () => {
    const p = build([
      source('accounts', keyed('accounts', "'changelog.mode' = 'upsert'")),
      source('customers', keyed('customers')),
      reader('owners', 'accounts', plain('owners', 'append')),
      reader('names', 'customers', plain('names', 'append')),
    ]);
    expect(verdict(p, 'owners')).toEqual({
      stateful: true,
      reasons: [`${READS_UPSERT('accounts')} @dml.owners.sql:3`],
    });
    expect(verdict(p, 'names')).toEqual({
      stateful: true,
      reasons: [`${READS_UPSERT('customers')} @dml.names.sql:3`],
    });
    // Writing the keyed table is stateful too (an upsert sink), with the default named.
    expect(verdict(p, 'customers')).toEqual({
      stateful: true,
      reasons: [
        "changelog.mode 'upsert' by default (a PRIMARY KEY and no changelog.mode) @ddl.customers.sql:1",
      ],
    });
  });

  test('an append table, declared or keyless, adds nothing; nor does a table with a key declared append', () => {
    const p = build([
      source('events', plain('events')),
      source('clicks', 'CREATE TABLE clicks (id STRING, owner STRING);\n'),
      source('keyed_log', keyed('keyed_log', "'changelog.mode' = 'append'")),
      reader('a', 'events', plain('a')),
      reader('b', 'clicks', plain('b')),
      reader('c', 'keyed_log', plain('c')),
    ]);
    for (const t of ['a', 'b', 'c', 'clicks', 'keyed_log'])
      expect([t, verdict(p, t)]).toEqual([t, { stateful: false, reasons: [] }]);
  });

  test('a retract table, a change-event format and a CDC connector count; another engine’s keyed table does not', () => {
    const p = build([
      source('payments', plain('payments', 'retract')),
      source(
        'cdc',
        "CREATE TABLE cdc (id STRING, owner STRING) WITH ('value.format' = 'avro-debezium-registry');\n",
      ),
      source(
        'mysql',
        "CREATE TABLE mysql (id STRING, owner STRING, PRIMARY KEY (id) NOT ENFORCED) WITH ('connector' = 'mysql-cdc');\n",
      ),
      source(
        'jdbc',
        "CREATE TABLE jdbc (id STRING, owner STRING, PRIMARY KEY (id) NOT ENFORCED) WITH ('connector' = 'jdbc');\n",
      ),
      reader('a', 'payments', plain('a')),
      reader('b', 'cdc', plain('b')),
      reader('c', 'mysql', plain('c')),
      reader('d', 'jdbc', plain('d')),
    ]);
    expect(verdict(p, 'a').reasons).toEqual([
      'reads `payments`, a retract table: reading its updates and deletes counts as stateful @dml.a.sql:3',
    ]);
    expect(verdict(p, 'b').reasons).toEqual([
      'reads `cdc`, a retract table: reading its updates and deletes counts as stateful @dml.b.sql:3',
    ]);
    expect(verdict(p, 'c').reasons).toEqual([
      "reads `mysql`, whose changelog mode is not known (connector 'mysql-cdc'): treated as stateful @dml.c.sql:3",
    ]);
    expect(verdict(p, 'd')).toEqual({ stateful: false, reasons: [] });
  });

  test('through views, and through a CREATE TABLE … AS whose query keeps state', () => {
    const p = build([
      source('accounts', keyed('accounts')),
      source('events', plain('events')),
      folder(
        'views/p/v_accounts',
        'v_accounts',
        'CREATE VIEW v_accounts AS SELECT id, owner FROM accounts;',
        null,
      ),
      reader('via_view', 'v_accounts', plain('via_view', 'retract')),
      ctas('per_owner', 'SELECT owner, COUNT(*) AS n FROM events GROUP BY owner'),
      ctas('copied', 'SELECT id, owner FROM events'),
      ctas('filtered', "SELECT id, owner FROM accounts WHERE id <> ''"),
      reader('a', 'per_owner', plain('a', 'retract')),
      reader('b', 'copied', plain('b')),
      reader('c', 'filtered', plain('c', 'retract')),
    ]);
    expect(verdict(p, 'via_view').reasons).toContain(
      'reads view `v_accounts`, which keeps state (reads `accounts`, an upsert table, line 1) @dml.via_view.sql:3',
    );
    // A CREATE TABLE … AS over an upsert table is stateful for reading it alone.
    expect(verdict(p, 'filtered')).toEqual({
      stateful: true,
      reasons: [`${READS_UPSERT('accounts')} @ddl.filtered.sql:2`],
    });
    expect(verdict(p, 'a').reasons).toContain(
      'reads `per_owner`, whose changelog may hold updates: its query keeps state (GROUP BY, pipelines/intermediates/p/per_owner/sql-scripts/ddl.per_owner.sql:2) @dml.a.sql:3',
    );
    expect(verdict(p, 'b')).toEqual({ stateful: false, reasons: [] });
    // `filtered` may take updates from its upsert source: its readers normalise in turn.
    expect(verdict(p, 'c').reasons).toContain(
      'reads `filtered`, whose changelog may hold updates: its query keeps state (reads `accounts`, an upsert table, pipelines/intermediates/p/filtered/sql-scripts/ddl.filtered.sql:2) @dml.c.sql:3',
    );
  });

  test('CREATE TABLE … LIKE takes the mode of its LIKE table, which it does not read', () => {
    const p = build([
      source('accounts', keyed('accounts')),
      source('events', plain('events')),
      folder('intermediates/p/mirror', 'mirror', 'CREATE TABLE mirror LIKE accounts;\n', null),
      folder(
        'intermediates/p/log',
        'log',
        'CREATE TABLE log LIKE events;\n',
        'INSERT INTO log SELECT * FROM events;\n',
      ),
      folder('intermediates/p/raw', 'raw', 'CREATE TABLE raw LIKE raw_topic;\n', null),
      reader('a', 'mirror', plain('a', 'retract')),
      reader('b', 'log', plain('b')),
      reader('c', 'raw', plain('c')),
    ]);
    expect(verdict(p, 'mirror')).toEqual({
      stateful: true,
      reasons: ['created LIKE `accounts`, an upsert table, whose changelog mode it takes @ddl.mirror.sql:1'],
    });
    expect(verdict(p, 'a').reasons).toContain(`${READS_UPSERT('mirror')} @dml.a.sql:3`);
    expect(verdict(p, 'log')).toEqual({ stateful: false, reasons: [] });
    expect(verdict(p, 'b')).toEqual({ stateful: false, reasons: [] });
    // LIKE an external table: its mode cannot be known.
    expect(verdict(p, 'raw').reasons).toEqual([
      'created LIKE `raw_topic`, whose changelog mode is not known (an external table): treated as stateful @ddl.raw.sql:1',
    ]);
    expect(verdict(p, 'c').reasons).toEqual([
      'reads `raw`, whose changelog mode is not known (an external table): treated as stateful @dml.c.sql:3',
    ]);
  });

  test('an ALTER TABLE in the DDL file changes the mode readers see', () => {
    const p = build([
      source('events', `${plain('events')}ALTER TABLE events SET ('changelog.mode' = 'upsert');\n`),
      source('logs', `${keyed('logs')}ALTER TABLE logs SET ('changelog.mode' = 'append');\n`),
      reader('a', 'events', plain('a', 'retract')),
      reader('b', 'logs', plain('b')),
    ]);
    expect(verdict(p, 'a').reasons).toContain(`${READS_UPSERT('events')} @dml.a.sql:3`);
    expect(verdict(p, 'b')).toEqual({ stateful: false, reasons: [] });
  });

  test('an external table and a table without DDL have no known mode: taken as append', () => {
    const p = build([
      folder('sources/p/no_ddl', 'no_ddl', null, 'INSERT INTO no_ddl SELECT * FROM raw_topic;\n'),
      reader('a', 'no_ddl', plain('a')),
      reader('b', 'raw_other', plain('b')),
    ]);
    expect(verdict(p, 'a')).toEqual({ stateful: false, reasons: [] });
    expect(verdict(p, 'b')).toEqual({ stateful: false, reasons: [] });
  });

  test('two builds sharing a memo: a parent that stops being upsert leaves its reader stateless', () => {
    const memo: FolderMemo = new Map();
    const owners = reader('owners', 'accounts', plain('owners'));
    const before = build([source('accounts', keyed('accounts')), owners], memo);
    const after = build([source('accounts', keyed('accounts', "'changelog.mode' = 'append'")), owners], memo);
    expect(verdict(before, 'owners').stateful).toBe(true);
    expect(verdict(after, 'owners')).toEqual({ stateful: false, reasons: [] });
    expect(
      verdict(build([source('accounts', keyed('accounts')), owners], memo), 'owners').reasons,
    ).toHaveLength(1);
  });

  test('a long chain settles in one pass, parents first, with reasons of bounded length', () => {
    const n = 3000;
    const folders = [source('t0', keyed('t0'))];
    for (let i = 1; i <= n; i++) folders.push(ctas(`t${i}`, `SELECT id, owner FROM t${i - 1}`));
    const p = build(folders);
    expect(verdict(p, `t${n}`)).toEqual({
      stateful: true,
      reasons: [
        `reads \`t${n - 1}\`, whose changelog may hold updates: its query keeps state (reads \`t${n - 2}\`, pipelines/intermediates/p/t${n - 1}/sql-scripts/ddl.t${n - 1}.sql:2) @ddl.t${n}.sql:2`,
      ],
    });
  });
});

describe('the plan of a query change', () => {
  const plan = (base: Project, head: Project, table: string) =>
    buildPlan({
      head,
      base,
      changes: [{ table, kind: 'dml', files: [], detail: '' }],
      status: { kind: 'none', tables: new Map() },
      config: {},
    }).nodes.find((n) => n.table === table)!;

  test('a stateless edit of a table reading an upsert parent rebuilds it; over an append parent it carries over', () => {
    const edit = (name: string, parent: string, filter: string) =>
      folder(
        `facts/p/${name}`,
        name,
        plain(name),
        `INSERT INTO ${name}\nSELECT id, owner\nFROM ${parent}\nWHERE ${filter};\n`,
      );
    const parents = [source('accounts', keyed('accounts')), source('events', plain('events'))];
    const base = build([
      ...parents,
      edit('from_upsert', 'accounts', "id <> ''"),
      edit('from_append', 'events', "id <> ''"),
    ]);
    const head = build([
      ...parents,
      edit('from_upsert', 'accounts', 'id IS NOT NULL'),
      edit('from_append', 'events', 'id IS NOT NULL'),
    ]);
    const upsert = plan(base, head, 'from_upsert');
    expect(upsert.action).toBe('rebuild');
    expect(upsert.reason).toContain('reads `accounts`, an upsert table');
    expect(plan(base, head, 'from_append').action).toBe('carry-over');
  });

  test('a parent that becomes upsert (a key added) makes the reader stateful at head: rebuilt', () => {
    const r = reader('owners', 'accounts', plain('owners'));
    const base = build([
      source('accounts', plain('accounts').replace(" WITH ('changelog.mode' = 'append')", '')),
      r,
    ]);
    const head = build([source('accounts', keyed('accounts')), r]);
    expect(base.tables.get('owners')!.stateful).toBe(false);
    expect(plan(base, head, 'owners').action).toBe('rebuild');
  });
});
