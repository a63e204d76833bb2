import { describe, expect, test } from '@jest/globals';
import { classifyFolder, sqlScriptRole } from '../../src/project/layout.js';
import { parseProperties } from '../../src/project/properties.js';
import { globMatcher, suggestName } from '../../src/util/text.js';

describe('type and product from the folder path', () => {
  test.each([
    ['pipelines/facts/p1/fct_order', 'fact', 'p1'],
    ['pipelines/sources/common/src_tenant', 'source', 'common'],
    ['pipelines/intermediates/p2/z', 'intermediate', 'p2'],
    ['pipelines/dimensions/c360/dim_users', 'dimension', 'c360'],
    ['pipelines/views/c360/user_view', 'view', 'c360'],
    ['pipelines/seeds/orphan', 'seed', ''],
    ['pipelines/stage/p9/stg_x', 'stage', 'p9'],
    ['pipelines/data_product_1/facts/p1/x', 'fact', 'p1'],
    ['pipelines/orders_enriched', 'unknown-type', ''],
    ['pipelines/team_a/orders_enriched', 'unknown-type', 'team_a'],
  ])('%s → %s / %s', (folder, type, product) => {
    expect(classifyFolder('pipelines', folder)).toEqual({ type, product });
  });

  test('a pipelines folder at the repository root', () => {
    expect(classifyFolder('.', 'facts/p1/fct_order')).toEqual({ type: 'fact', product: 'p1' });
  });

  test('layer names are whole components, never substrings of the repository path', () => {
    expect(classifyFolder('my-sources-repo/pipelines', 'my-sources-repo/pipelines/facts/p1/x')).toEqual({
      type: 'fact',
      product: 'p1',
    });
    expect(classifyFolder('pipelines', 'pipelines/facts/mvaz/x')).toEqual({ type: 'fact', product: 'mvaz' });
  });
});

describe('sql-scripts file roles', () => {
  test.each([
    ['ddl.orders.sql', 'ddl'],
    ['dml.orders.sql', 'dml'],
    ['dml.orders.properties', 'dml-properties'],
    ['ddl.orders.properties', 'ddl-properties'],
    ['ddl.orders_dlq.sql', null],
    ['orders.sql', null],
    ['README.md', null],
    ['DDL.Orders.SQL', 'ddl'],
    ['Dml.orders.Properties', 'dml-properties'],
    ['ddl.orders_DLQ.sql', null],
    ['dml.straße.sql', 'dml'],
    ['DML.ÉTÉ.SQL', 'dml'],
    ['ddl.x.sql.bak', null],
  ])('%s → %s', (name, role) => expect(sqlScriptRole(name)).toBe(role));
});

describe('.properties files', () => {
  test('key=value, key: value, comments and continuations', () => {
    const { values, diagnostics } = parseProperties(
      'p',
      '# comment\n! also\nsql.state-ttl=7 d\nclient.statement-name: x\nlong=a\\\n  b\n\n',
    );
    expect(values).toEqual({ 'sql.state-ttl': '7 d', 'client.statement-name': 'x', long: 'ab' });
    expect(diagnostics).toEqual([]);
  });
  test('a line without a key is reported with its line', () => {
    const { diagnostics } = parseProperties('a/dml.x.properties', 'ok=1\n=broken\n');
    expect(diagnostics).toEqual([
      expect.objectContaining({ severity: 'error', file: 'a/dml.x.properties', line: 2 }),
    ]);
  });
});

describe('suggestions and globs', () => {
  test('a near miss gets a suggestion, a far one does not', () => {
    expect(suggestName('src_common_tenant', ['sl_cmn_src_tenants', 'src_common_tenants', 'x'])).toBe(
      'src_common_tenants',
    );
    expect(suggestName('orders', ['customers', 'payments'])).toBeNull();
  });
  test('globs match whole names', () => {
    const m = globMatcher(['raw_*', 'cdc.?.t']);
    expect(['raw_orders', 'xraw_orders', 'cdc.a.t', 'cdc.ab.t'].map(m)).toEqual([true, false, true, false]);
    expect(globMatcher([])('anything')).toBe(false);
  });
});
