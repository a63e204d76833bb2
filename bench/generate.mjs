#!/usr/bin/env node
// Synthetic shift_left-layout Flink SQL project for the benchmarks.
//
//   node bench/generate.mjs --tables 1000 --out DIR [--seed 42] [--change-fraction 0.01]
//
// Writes DIR/pipelines/<layer>/<product>/<table>/sql-scripts/ddl.<table>.sql and dml.<table>.sql
// (+ dml.<table>.properties on ~10% of tables), DIR/flink-pipeline.yaml (externalTables: raw_*) and
// DIR/bench-manifest.json (the generator's own model: tables, layers, parents; written last, so its
// presence means the tree is complete). Output is a pure function of (tables, seed, changeFraction):
// same arguments, same bytes. No clock, no Math.random, no directory-order dependence.
//
// Shape `base`: ~10% sources, each reading one or two external raw topics (raw_orders, ...); then
// intermediates (~40%), dimensions (~20%), facts (~20%) and views (~10%) over ~20 products. Every
// non-source table reads 1-4 tables created before it (so the graph is a DAG by construction), mostly
// of its own product, sometimes of another product (cross-product edges) and sometimes one of a few
// shared hub tables (fan-out). SQL covers the constructs the analyzer must follow: CTEs, LEFT / INNER /
// comma / interval / temporal joins, window TVFs (positional and named arguments), ROW_NUMBER dedup,
// GROUP BY, UNION ALL, IN / EXISTS subqueries, CROSS JOIN UNNEST, CASE, CAST, hints, backtick names,
// `--` and `/* */` comments and string literals that contain SQL words.
// Other shapes (SHAPES, `--shape`) change one thing each: raw sources not declared anywhere, names of
// 60+ characters, tables joining 20 parents, chains 200 tables deep.

import { mkdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

/** Bump when the output for given arguments changes (run.mjs also keys its cache on the file hash). */
export const GENERATOR_VERSION = 1;
export const MANIFEST_FILE = 'bench-manifest.json';
export const CONFIG_FILE = 'flink-pipeline.yaml';

export const LAYERS = ['sources', 'intermediates', 'dimensions', 'facts', 'views'];

/** Project shapes: `base` is the generator as first written; each other one changes one thing. */
export const SHAPES = {
  base: 'the base generator',
  undeclared: 'base + undeclared raw sources (2 per source table: 20% of the table count)',
  'long-names': 'base with every table name 60+ characters long',
  'fan-in': 'base + 10% of facts and views joining 20 parents each',
  deep: 'every non-source table continues a chain: 200 levels deep',
};
/** Depth of the chains of the `deep` shape. */
const CHAIN_DEPTH = 200;
/** Parents of a wide table in the `fan-in` shape. */
const FAN_IN = 20;

// prettier-ignore
const LAYER_SHARE = { sources: 0.1, dimensions: 0.2, facts: 0.2, views: 0.1 }; // intermediates: the rest

// prettier-ignore
const PRODUCTS = [
  'orders', 'payments', 'customers', 'inventory', 'shipping', 'catalog', 'marketing', 'billing',
  'loyalty', 'fraud', 'support', 'returns', 'pricing', 'supply', 'finance', 'web', 'mobile', 'ads',
  'risk', 'hr',
];

// prettier-ignore
const RAW_TOPICS = [
  'raw_orders', 'raw_order_items', 'raw_payments', 'raw_customers', 'raw_addresses', 'raw_products',
  'raw_inventory_levels', 'raw_shipments', 'raw_clicks', 'raw_page_views', 'raw_sessions',
  'raw_campaigns', 'raw_invoices', 'raw_refunds', 'raw_tickets', 'raw_prices', 'raw_suppliers',
  'raw_accounts', 'raw_transactions', 'raw_devices', 'raw_ad_impressions', 'raw_employees',
  'raw_ledger_entries', 'raw_loyalty_events',
];

// prettier-ignore
const ENTITIES = [
  'order', 'order_item', 'payment', 'customer', 'address', 'product', 'sku', 'stock_level', 'shipment',
  'parcel', 'carrier', 'click', 'page_view', 'session', 'campaign', 'invoice', 'refund', 'ticket',
  'price', 'supplier', 'account', 'transaction', 'device', 'impression', 'employee', 'ledger_entry',
  'loyalty_point', 'cart', 'coupon', 'promotion', 'review', 'warehouse', 'store', 'region', 'currency',
  'exchange_rate', 'subscription', 'plan', 'usage', 'alert', 'chargeback', 'dispute', 'fraud_score',
  'merchant', 'partner', 'vendor', 'contract', 'budget', 'cost_center', 'department', 'delivery',
  'return_request', 'wishlist', 'search', 'notification', 'membership', 'tier', 'reward', 'segment',
  'channel',
];

// prettier-ignore
const QUALIFIERS = [
  'enriched', 'latest', 'current', 'daily', 'hourly', 'by_region', 'by_channel', 'summary', 'snapshot',
  'history', 'status', 'metrics', 'kpis', 'active', 'agg', 'joined', 'scored', 'flagged', 'weekly',
  'rolling', 'deduped_v2', 'normalized', 'clean', 'open', 'closed',
];

/** [name, type] pool for non-key columns. */
// prettier-ignore
const COLUMNS = [
  ['status', 'STRING'], ['amount', 'DECIMAL(12, 2)'], ['quantity', 'INT'], ['currency_code', 'STRING'],
  ['unit_price', 'DECIMAL(10, 2)'], ['discount', 'DECIMAL(10, 2)'], ['channel', 'STRING'],
  ['country_code', 'STRING'], ['region', 'STRING'], ['email', 'STRING'], ['is_active', 'BOOLEAN'],
  ['score', 'DOUBLE'], ['created_at', 'TIMESTAMP(3)'], ['updated_at', 'TIMESTAMP_LTZ(3)'],
  ['valid_from', 'TIMESTAMP(3)'], ['valid_to', 'TIMESTAMP(3)'], ['tags', 'ARRAY<STRING>'],
  ['attributes', 'MAP<STRING, STRING>'], ['geo', 'ROW<lat DOUBLE, lon DOUBLE>'], ['event_count', 'BIGINT'],
  ['total_amount', 'DECIMAL(18, 2)'], ['source_system', 'STRING'], ['tenant_id', 'STRING'],
  ['record_version', 'BIGINT'], ['description', 'STRING'], ['priority', 'INT'], ['event_date', 'DATE'],
  ['from_account', 'STRING'], ['to_account', 'STRING'], ['select_reason', 'STRING'],
  ['risk_level', 'STRING'], ['weight_kg', 'DOUBLE'], ['postal_code', 'STRING'], ['city', 'STRING'],
  ['first_seen_at', 'TIMESTAMP(3)'], ['last_seen_at', 'TIMESTAMP(3)'], ['sku_code', 'STRING'],
  ['payment_method', 'STRING'], ['user_agent', 'STRING'], ['latency_ms', 'BIGINT'],
  ['is_deleted', 'BOOLEAN'], ['tax_amount', 'DECIMAL(12, 2)'], ['line_count', 'INT'],
  ['order_type', 'STRING'], ['join_date', 'DATE'], ['comment_text', 'STRING'],
];

// prettier-ignore
const STRING_TRAPS = [
  "'returned from customer'", "'select * from archive'", "'join pending'", "'it''s from the ''legacy'' feed'",
  "'unknown -- from web'", "'/* not a comment */'", "'insert into nowhere'", "'left join; right join'",
  "'FROM raw_orders'", "'n/a'",
];

// Prefixes of the raw sources the `undeclared` shape reads: no table or glob covers them.
const UNDECLARED_PREFIXES = ['cdc', 'ingest', 'legacy', 'ext'];

// Words that stretch names in the `long-names` shape.
// prettier-ignore
const LONG_WORDS = [
  'reconciled', 'across', 'regional', 'ledgers', 'partitioned', 'by', 'business', 'unit', 'and',
  'settlement', 'currency', 'with', 'late', 'arriving', 'corrections', 'applied', 'for', 'audit',
];

const COMMENT_TRAPS = [
  (t) => `-- previous version read: SELECT * FROM legacy_${t} JOIN old_${t}_dim ON 1 = 1`,
  () => '-- TODO: join with the FX table once it is available from finance',
  (t) => `/* INSERT INTO ${t}_backup SELECT * FROM ${t}; -- kept for reference */`,
  () => '-- note: do not read from raw topics directly here',
  () => "/* Window TVF: TUMBLE(TABLE x, DESCRIPTOR($rowtime), INTERVAL '1' HOUR) was too coarse */",
];

// prettier-ignore
const CHANGES = [
  'adjusted the select list and filters', 'moved the dedup into a CTE', 'added the late-data filter',
  'switched the lookup to a temporal join', 'renamed columns to snake_case', 'dropped the legacy feed',
  'widened DECIMAL precision', 'reviewed state TTL with the platform team',
];

// ---------------------------------------------------------------------------------------------------
// PRNG: mulberry32 seeded through a string hash, so string or number seeds both work.

export function createRng(seed) {
  let h = 1779033703 ^ String(seed).length;
  for (const ch of String(seed)) {
    h = Math.imul(h ^ ch.charCodeAt(0), 3432918353);
    h = (h << 13) | (h >>> 19);
  }
  let a = h >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const rng = {
    next,
    int: (n) => Math.floor(next() * n),
    range: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    chance: (p) => next() < p,
    pick: (arr) => arr[Math.floor(next() * arr.length)],
    weighted: (pairs) => {
      let total = 0;
      for (const [, w] of pairs) total += w;
      let r = next() * total;
      for (const [v, w] of pairs) {
        r -= w;
        if (r < 0) return v;
      }
      return pairs[pairs.length - 1][0];
    },
    sample: (arr, k) => {
      const copy = arr.slice();
      const out = [];
      for (let i = 0; i < k && copy.length; i++)
        out.push(copy.splice(Math.floor(next() * copy.length), 1)[0]);
      return out;
    },
  };
  return rng;
}

// ---------------------------------------------------------------------------------------------------
// Model: tables, layers, products, parents.

function layerCounts(n) {
  if (n <= 0) throw new Error('tables must be a positive integer');
  const sources = Math.max(1, Math.round(n * LAYER_SHARE.sources));
  let rest = n - sources;
  const counts = { sources, intermediates: 0, dimensions: 0, facts: 0, views: 0 };
  for (const layer of ['dimensions', 'facts', 'views']) {
    const c = Math.min(rest, Math.round(n * LAYER_SHARE[layer]));
    counts[layer] = c;
    rest -= c;
  }
  counts.intermediates = rest;
  return counts;
}

// prettier-ignore
const SINGULAR = {
  sources: 'source', intermediates: 'intermediate', dimensions: 'dimension', facts: 'fact', views: 'view',
};

/** Which earlier layers a table of `layer` reads from, with weights. */
// prettier-ignore
const PARENT_LAYERS = {
  intermediates: [['sources', 0.45], ['intermediates', 0.55]],
  dimensions: [['sources', 0.2], ['intermediates', 0.6], ['dimensions', 0.2]],
  facts: [['intermediates', 0.45], ['dimensions', 0.45], ['facts', 0.07], ['sources', 0.03]],
  views: [['facts', 0.55], ['dimensions', 0.3], ['intermediates', 0.1], ['views', 0.05]],
};

function tableName(layer, product, entity, qualifier) {
  const q = qualifier ? `_${qualifier}` : '';
  switch (layer) {
    case 'sources':
      return `src_${product}_${entity}${q}`;
    case 'intermediates':
      return `int_${product}_${entity}${q}`;
    case 'dimensions':
      return `${product}_dim_${entity}${q}`;
    case 'facts':
      return `${product}_fct_${entity}${q}`;
    default:
      return `${product}_mv_${entity}${q}`;
  }
}

function buildModel(n, seed, shape = 'base') {
  if (!SHAPES[shape]) throw new Error(`unknown shape ${shape}; one of ${Object.keys(SHAPES).join(', ')}`);
  const rng = createRng(`model:${seed}:${n}`);
  const counts = layerCounts(n);
  const productCount = Math.max(1, Math.min(PRODUCTS.length, Math.round(n / 10)));
  const products = PRODUCTS.slice(0, productCount);
  // Skewed product sizes: a few big products, a long tail.
  const productWeights = products.map((p, i) => [p, 1 / Math.pow(i + 1, 0.6)]);
  const externalCount = Math.max(1, Math.min(RAW_TOPICS.length, Math.ceil(counts.sources / 4)));
  const externals = RAW_TOPICS.slice(0, externalCount);

  const tables = [];
  const used = new Set();
  const byLayer = Object.fromEntries(LAYERS.map((l) => [l, []]));
  const byProductLayer = new Map(products.map((p) => [p, Object.fromEntries(LAYERS.map((l) => [l, []]))]));
  const hubs = Object.fromEntries(LAYERS.map((l) => [l, []]));

  // The `long-names` shape stretches each name with words of its own PRNG, so the base
  // shape's sequence (and project) stays the same.
  const longRng = createRng(`long:${seed}:${n}`);
  const stretch = (name) => {
    if (shape !== 'long-names') return name;
    while (name.length < 60) name += `_${longRng.pick(LONG_WORDS)}`;
    return name;
  };
  const uniqueName = (layer, product) => {
    for (let attempt = 0; attempt < 6; attempt++) {
      const entity = rng.pick(ENTITIES);
      const qualifier =
        layer === 'views' || (attempt > 0 && layer !== 'sources') || rng.chance(0.3)
          ? rng.pick(QUALIFIERS)
          : null;
      const name = stretch(tableName(layer, product, entity, qualifier));
      if (!used.has(name)) return { name, entity };
    }
    const entity = rng.pick(ENTITIES);
    const base = stretch(tableName(layer, product, entity, rng.pick(QUALIFIERS)));
    for (let k = 2; ; k++) {
      if (!used.has(`${base}_${k}`)) return { name: `${base}_${k}`, entity };
    }
  };

  const pickParent = (layer, product, taken) => {
    const layerWeights = PARENT_LAYERS[layer];
    for (let attempt = 0; attempt < 12; attempt++) {
      const roll = rng.next();
      let pool;
      const nonEmpty = (get) => layerWeights.filter(([l]) => get(l).length > 0);
      if (roll < 0.12) {
        const opts = nonEmpty((l) => hubs[l]); // shared hub (fan-out, usually cross-product)
        if (opts.length) pool = hubs[rng.weighted(opts)];
      } else if (roll < 0.22) {
        const opts = nonEmpty((l) => byLayer[l]); // any product: cross-product edge
        if (opts.length) pool = byLayer[rng.weighted(opts)];
      }
      if (!pool) {
        const mine = byProductLayer.get(product);
        let opts = nonEmpty((l) => mine[l]);
        if (opts.length) pool = mine[rng.weighted(opts)];
        else {
          opts = nonEmpty((l) => byLayer[l]);
          pool = opts.length ? byLayer[rng.weighted(opts)] : byLayer.sources;
        }
      }
      const idx = rng.pick(pool);
      if (!taken.includes(idx)) return idx;
    }
    return -1;
  };

  const wide = shape === 'fan-in' ? createRng(`fan-in:${seed}:${n}`) : null;
  for (const layer of LAYERS) {
    for (let i = 0; i < counts[layer]; i++) {
      const product = rng.weighted(productWeights);
      const { name, entity } = uniqueName(layer, product);
      used.add(name);
      const t = {
        index: tables.length,
        name,
        entity,
        layer,
        type: SINGULAR[layer],
        product,
        parents: [],
        externals: [],
      };
      if (layer === 'sources') {
        t.externals =
          rng.chance(0.15) && externals.length > 1 ? rng.sample(externals, 2) : [rng.pick(externals)];
      } else {
        let want = rng.weighted([
          [1, 0.4],
          [2, 0.35],
          [3, 0.17],
          [4, 0.08],
        ]);
        if (wide && (layer === 'facts' || layer === 'views') && wide.chance(0.1)) want = FAN_IN;
        const taken = [];
        for (let k = 0; k < want; k++) {
          const p = pickParent(layer, product, taken);
          if (p >= 0) taken.push(p);
        }
        t.parents = taken;
      }
      tables.push(t);
      byLayer[layer].push(t.index);
      byProductLayer.get(product)[layer].push(t.index);
      if (layer !== 'views' && rng.chance(0.02)) hubs[layer].push(t.index);
    }
  }
  const undeclared = [];
  if (shape === 'undeclared') {
    // Two raw sources per source table, each read once and declared nowhere.
    const own = createRng(`undeclared:${seed}:${n}`);
    for (const t of tables) {
      if (t.layer !== 'sources') continue;
      t.externals = [0, 1].map(() => {
        const name = `${own.pick(UNDECLARED_PREFIXES)}_${t.product}_${own.pick(ENTITIES)}_${undeclared.length + 1}`;
        undeclared.push(name);
        return name;
      });
    }
  }
  if (shape === 'deep') {
    // Non-source tables in CHAIN_DEPTH-long chains: each reads the previous table of its chain
    // (the chain's first reads a source), and half of them one more table made before it.
    const own = createRng(`deep:${seed}:${n}`);
    const rest = tables.filter((t) => t.layer !== 'sources');
    const chains = Math.max(1, Math.floor(rest.length / CHAIN_DEPTH));
    const sources = byLayer.sources;
    rest.forEach((t, k) => {
      const first = k < chains ? own.pick(sources) : rest[k - chains].index;
      const more = own.chance(0.5) ? own.int(t.index) : -1;
      t.parents = more >= 0 && more !== first ? [first, more] : [first];
    });
  }
  for (const t of tables) {
    t.columns = makeColumns(rng, t);
    t.properties = rng.chance(0.1);
  }
  return { products, externals, undeclared, tables, counts };
}

function makeColumns(rng, t) {
  const key = `${t.entity}_id`;
  const cols = [{ name: key, type: 'STRING', notNull: true }];
  const seen = new Set([key, 'event_ts']);
  const want = rng.range(8, 25) - 2;
  for (let guard = 0; cols.length - 1 < want && guard < 200; guard++) {
    const [name, type] = rng.pick(COLUMNS);
    if (seen.has(name)) continue;
    seen.add(name);
    cols.push({ name, type, notNull: false });
  }
  cols.push({ name: 'event_ts', type: 'TIMESTAMP_LTZ(3)', notNull: false });
  return cols;
}

// ---------------------------------------------------------------------------------------------------
// SQL text.

const q = (name) => `\`${name}\``;
const isNumeric = (type) => /^(INT|BIGINT|DOUBLE|DECIMAL)/.test(type);

function ddlSql(rng, t, model) {
  const key = t.columns[0].name;
  const mode =
    t.layer === 'sources'
      ? 'upsert'
      : t.layer === 'intermediates'
        ? rng.weighted([
            ['upsert', 0.6],
            ['append', 0.4],
          ])
        : t.layer === 'views'
          ? rng.weighted([
              ['retract', 0.5],
              ['upsert', 0.5],
            ])
          : rng.weighted([
              ['upsert', 0.5],
              ['retract', 0.3],
              ['append', 0.2],
            ]);
  const cleanup =
    mode === 'append' || t.layer === 'sources' || t.layer === 'intermediates' ? 'delete' : 'compact';
  const parents = t.parents.map((i) => model.tables[i].name).concat(t.externals);
  const L = [];
  L.push('-- -----------------------------------------------------------------------------');
  L.push(`-- Table       : ${t.name}`);
  L.push(`-- Layer       : ${t.type} (product ${t.product})`);
  L.push(`-- Owner       : team-${t.product}@example.com`);
  L.push(`-- Upstream    : ${parents.join(', ')}`);
  L.push('-- Generated by bench/generate.mjs: synthetic benchmark data, not a real pipeline.');
  L.push('-- -----------------------------------------------------------------------------');
  const head = L.length;
  L.push(`CREATE TABLE IF NOT EXISTS ${rng.chance(0.3) ? q(t.name) : t.name} (`);
  const hasPk = mode !== 'append';
  const watermark = rng.chance(0.7);
  t.columns.forEach((c, i) => {
    const last = i === t.columns.length - 1 && !hasPk && !watermark;
    const comment = rng.chance(0.15)
      ? ` COMMENT 'copied from ${rng.pick(parents)}, do not select directly'`
      : '';
    L.push(`  ${q(c.name)} ${c.type}${c.notNull ? ' NOT NULL' : ''}${comment}${last ? '' : ','}`);
  });
  if (hasPk) L.push(`  PRIMARY KEY (${q(key)}) NOT ENFORCED${watermark ? ',' : ''}`);
  if (watermark)
    L.push(
      `  WATERMARK FOR ${q('event_ts')} AS ${q('event_ts')} - INTERVAL '${rng.pick([1, 5, 10, 30])}' SECOND`,
    );
  L.push(`) DISTRIBUTED BY HASH(${q(key)}) INTO ${rng.pick([1, 2, 3, 4, 6, 8, 12, 16])} BUCKETS`);
  L.push('WITH (');
  const opts = [
    ['changelog.mode', mode],
    ['kafka.cleanup-policy', cleanup],
    ['key.avro-registry.schema-context', '.flink-dev'],
    ['value.avro-registry.schema-context', '.flink-dev'],
    ['key.format', 'avro-registry'],
    ['value.format', 'avro-registry'],
  ];
  if (cleanup === 'delete') opts.push(['kafka.retention.time', rng.pick(['1 d', '7 d', '30 d'])]);
  if (rng.chance(0.5)) opts.push(['scan.startup.mode', 'earliest-offset']);
  if (rng.chance(0.4)) opts.push(['value.fields-include', 'all']);
  if (rng.chance(0.3)) opts.push(['kafka.producer.compression.type', rng.pick(['snappy', 'lz4', 'zstd'])]);
  if (rng.chance(0.2)) opts.push(['scan.bounded.mode', 'unbounded']);
  opts.forEach(([k, v], i) => L.push(`  '${k}' = '${v}'${i === opts.length - 1 ? '' : ','}`));
  L.push(');');
  if (L.length < 30) {
    // Short DDL: document the columns in a block comment, as many teams do.
    const notes = ['/*', ` * ${t.name}: one row per ${t.entity.replace(/_/g, ' ')}.`, ' * Column notes:'];
    for (const c of t.columns) {
      const origin = c === t.columns[0] ? 'business key' : `from ${rng.pick(parents)}`;
      notes.push(` *   ${c.name.padEnd(16)} ${c.type.padEnd(28)} ${origin}`);
    }
    notes.push(' */');
    L.splice(head, 0, ...notes);
  }
  return L.join('\n') + '\n';
}

/** An expression of `type` built from a column of one of `sources` ({alias, table}). */
function projection(rng, col, sources, { aggregate, model }) {
  const src = rng.pick(sources);
  const srcCols = src.columns ?? model?.tables[src.table]?.columns ?? [];
  const same = srcCols.find((c) => c.name === col.name);
  const a = src.alias;
  let expr;
  if (same && rng.chance(0.7)) {
    expr = rng.chance(0.4) ? `${a}.${q(col.name)}` : `${a}.${col.name}`;
  } else if (col.type === 'STRING') {
    expr = rng.weighted([
      [`COALESCE(${a}.status, ${rng.pick(STRING_TRAPS)})`, 3],
      [
        `CASE\n    WHEN ${a}.status IN ('cancelled', 'returned from customer') THEN 'closed'\n    WHEN ${a}.status = 'join pending' THEN 'open'\n    ELSE ${rng.pick(STRING_TRAPS)}\n  END`,
        2,
      ],
      [`UPPER(TRIM(CAST(${a}.${q(srcCols[0]?.name ?? 'id')} AS STRING)))`, 2],
      [`CONCAT_WS('|', ${a}.region, ${a}.channel)`, 1],
    ]);
  } else if (isNumeric(col.type)) {
    expr = rng.weighted([
      [`CAST(COALESCE(${a}.amount, 0) AS ${col.type})`, 3],
      [
        `CASE WHEN ${a}.quantity > 0 THEN CAST(${a}.quantity AS ${col.type}) ELSE CAST(0 AS ${col.type}) END`,
        2,
      ],
      [`CAST(${a}.score * 100 AS ${col.type})`, 1],
    ]);
  } else if (col.type === 'BOOLEAN') {
    expr = `${a}.status NOT IN ('deleted', 'from archive')`;
  } else if (col.type.startsWith('TIMESTAMP')) {
    expr = rng.chance(0.5) ? `CAST(${a}.event_ts AS ${col.type})` : `TO_TIMESTAMP_LTZ(${a}.latency_ms, 3)`;
  } else if (col.type === 'DATE') {
    expr = `CAST(${a}.event_ts AS DATE)`;
  } else {
    expr = `CAST(NULL AS ${col.type})`;
  }
  if (aggregate && !col.key) {
    if (isNumeric(col.type)) expr = `SUM(${expr})`;
    else if (col.type.startsWith('ARRAY') || col.type.startsWith('MAP') || col.type.startsWith('ROW'))
      expr = `LAST_VALUE(${expr})`;
    else expr = `MAX(${expr})`;
  }
  return `${expr} AS ${q(col.name)}`;
}

function header(rng, t, readNames) {
  const L = [];
  L.push(`-- DML for ${t.name} (${t.type}, product ${t.product})`);
  L.push(`-- Reads: ${readNames.join(', ')}`);
  if (rng.chance(0.5)) L.push(rng.pick(COMMENT_TRAPS)(t.name));
  if (rng.chance(0.3)) {
    L.push('/*');
    L.push(` * Business rule: keep the most recent ${t.entity.replace(/_/g, ' ')} per key; rows coming`);
    L.push(" * from the 'archive' feed are ignored. SELECT ... FROM is documented in the wiki.");
    L.push(' */');
  }
  return L;
}

function sourceDml(rng, t) {
  const raw = t.externals;
  const L = header(rng, t, raw);
  L.push(`INSERT INTO ${t.name}`);
  L.push('WITH deduped AS (');
  L.push('  SELECT');
  L.push('    *,');
  L.push('    ROW_NUMBER() OVER (');
  L.push(`      PARTITION BY COALESCE(\`after\`.id, \`before\`.id)`);
  L.push('      ORDER BY $rowtime DESC');
  L.push('    ) AS row_num');
  L.push(`  FROM ${rng.chance(0.4) ? q(raw[0]) : raw[0]}`);
  L.push("  WHERE op IN ('c', 'u', 'r') -- skip deletes coming from the connector");
  L.push(')');
  L.push(rng.chance(0.3) ? "SELECT /*+ STATE_TTL('r' = '3d') */" : 'SELECT');
  t.columns.forEach((c, i) => {
    const sep = i === t.columns.length - 1 ? '' : ',';
    let expr;
    if (i === 0) expr = `CAST(r.\`after\`.id AS STRING)`;
    else if (c.name === 'event_ts') expr = 'r.$rowtime';
    else if (raw.length > 1 && i % 3 === 0) expr = `CAST(x.\`after\`.${c.name} AS ${c.type})`;
    else if (c.type === 'STRING' && rng.chance(0.3))
      expr = `COALESCE(r.\`after\`.${c.name}, ${rng.pick(STRING_TRAPS)})`;
    else expr = `CAST(r.\`after\`.${c.name} AS ${c.type})`;
    L.push(`  ${expr} AS ${q(c.name)}${sep}`);
  });
  L.push('FROM deduped AS r');
  if (raw.length > 1) {
    L.push(`INNER JOIN ${raw[1]} AS x`);
    L.push('  ON x.`after`.parent_id = r.`after`.id');
    L.push("  AND x.$rowtime BETWEEN r.$rowtime - INTERVAL '1' HOUR AND r.$rowtime + INTERVAL '1' HOUR");
  }
  L.push(`WHERE r.row_num = 1 AND r.\`after\`.id IS NOT NULL`);
  return L;
}

function nonSourceDml(rng, t, model) {
  const parents = t.parents.map((i) => model.tables[i]);
  const ref = (p) => (rng.chance(0.25) ? q(p.name) : p.name);
  const L = header(
    rng,
    t,
    parents.map((p) => p.name),
  );
  const ctes = [];
  const drv = parents[0];
  const rest = parents.slice(1);
  const key = t.columns[0].name;
  const drvKey = drv.columns[0].name;
  // Driving relation: a parent read directly, or a CTE built over it.
  const pre = rng.weighted([
    ['plain', 3],
    ['dedup', 2],
    ['window', 2],
    ['union', rest.length ? 2 : 0],
    ['filter', 1],
  ]);
  let from;
  const aliases = ['a', 'b', 'c', 'd', 'e'];
  // Wide tables (the `fan-in` shape) join more parents than there are letters.
  for (let i = aliases.length; i <= rest.length; i++) aliases.push(`j${i}`);
  const sources = [{ alias: 'a', columns: drv.columns }];
  if (pre === 'dedup') {
    const name = `deduped_${drv.entity}`;
    ctes.push([
      `${name} AS (`,
      '  SELECT',
      '    *,',
      '    ROW_NUMBER() OVER (',
      `      PARTITION BY ${q(drvKey)}`,
      `      ORDER BY ${rng.chance(0.5) ? '$rowtime' : 'event_ts'} DESC`,
      '    ) AS rn',
      `  FROM ${ref(drv)}`,
      ')',
    ]);
    from = `FROM ${name} AS a`;
  } else if (pre === 'window') {
    const name = 'windowed';
    const tvf = rng.weighted([
      [`TUMBLE(TABLE ${ref(drv)}, DESCRIPTOR($rowtime), INTERVAL '${rng.pick([1, 5, 15])}' MINUTES)`, 3],
      [
        `HOP(\n      DATA => TABLE ${ref(drv)},\n      TIMECOL => DESCRIPTOR(event_ts),\n      SLIDE => INTERVAL '1' MINUTES,\n      SIZE => INTERVAL '10' MINUTES)`,
        1,
      ],
      [`CUMULATE(TABLE ${ref(drv)}, DESCRIPTOR(event_ts), INTERVAL '1' HOURS, INTERVAL '1' DAYS)`, 1],
    ]);
    ctes.push([
      `${name} AS (`,
      '  SELECT',
      '    window_start,',
      '    window_end,',
      `    ${q(drvKey)},`,
      '    COUNT(*) AS event_count,',
      '    SUM(amount) AS amount,',
      '    MAX(status) AS status,',
      '    MAX(event_ts) AS event_ts',
      '  FROM TABLE(',
      `    ${tvf}`,
      '  )',
      `  GROUP BY window_start, window_end, ${q(drvKey)}`,
      ')',
    ]);
    from = `FROM ${name} AS a`;
    sources[0].columns = [
      { name: drvKey },
      { name: 'event_count' },
      { name: 'amount' },
      { name: 'status' },
      { name: 'event_ts' },
    ];
  } else if (pre === 'union') {
    const other = rest.shift();
    ctes.push([
      'unioned AS (',
      `  SELECT ${q(drvKey)}, status, amount, event_ts, 'primary' AS origin FROM ${ref(drv)}`,
      '  UNION ALL',
      `  SELECT ${q(other.columns[0].name)}, status, amount, event_ts, 'from secondary' AS origin`,
      `  FROM ${ref(other)}`,
      '  WHERE status IS NOT NULL',
      ')',
    ]);
    from = 'FROM unioned AS a';
    sources[0].columns = [{ name: drvKey }, { name: 'status' }, { name: 'amount' }, { name: 'event_ts' }];
  } else if (pre === 'filter' && rng.chance(0.5)) {
    from = [
      'FROM (',
      `  SELECT * FROM ${ref(drv)} /*+ OPTIONS('scan.startup.mode' = 'earliest-offset') */`,
      "  WHERE status <> 'deleted' -- drop tombstones from upstream",
      ') AS a',
    ].join('\n');
  } else {
    from = `FROM ${ref(drv)} AS a`;
  }
  const joins = [];
  const where = [pre === 'dedup' ? 'a.rn = 1' : `a.${q(drvKey)} IS NOT NULL`];
  const fromList = [];
  rest.forEach((p, i) => {
    const al = aliases[i + 1];
    const pk = p.columns[0].name;
    const kind = rng.weighted([
      ['left', 4],
      ['inner', 3],
      ['temporal', 2],
      ['interval', 1],
      ['comma', 2],
      ['in', 1],
      ['exists', 1],
    ]);
    if (kind === 'in') {
      where.push(`a.${q(drvKey)} IN (SELECT ${q(pk)} FROM ${ref(p)} WHERE status <> 'from archive')`);
      return;
    }
    if (kind === 'exists') {
      where.push(`EXISTS (SELECT 1 FROM ${ref(p)} AS x${i} WHERE x${i}.${q(pk)} = a.${q(drvKey)})`);
      return;
    }
    sources.push({ alias: al, columns: p.columns });
    if (kind === 'comma') {
      fromList.push(`, ${ref(p)} AS ${al}`);
      where.push(`${al}.${q(pk)} = a.${q(pk)}`);
    } else if (kind === 'temporal') {
      joins.push(
        `LEFT JOIN ${ref(p)} FOR SYSTEM_TIME AS OF a.${rng.chance(0.5) ? '$rowtime' : '`event_ts`'} AS ${al}`,
      );
      joins.push(`  ON ${al}.${q(pk)} = a.${q(pk)}`);
    } else if (kind === 'interval') {
      joins.push(`JOIN ${ref(p)} ${al}`);
      joins.push(`  ON ${al}.${q(pk)} = a.${q(pk)}`);
      joins.push(`  AND ${al}.event_ts BETWEEN a.event_ts - INTERVAL '1' HOUR AND a.event_ts`);
    } else {
      joins.push(
        `${kind === 'left' ? 'LEFT JOIN' : rng.chance(0.5) ? 'INNER JOIN' : 'JOIN'} ${ref(p)} AS ${al}`,
      );
      joins.push(`  ON ${al}.${q(pk)} = a.${q(pk)}`);
    }
  });
  if (drv.columns.some((c) => c.name === 'tags') && pre !== 'window' && pre !== 'union' && rng.chance(0.5)) {
    joins.push('CROSS JOIN UNNEST(a.tags) AS t (tag)');
  }
  const aggregate = pre !== 'window' && rng.chance(0.25);
  L.push(`INSERT INTO ${rng.chance(0.2) ? q(t.name) : t.name}`);
  ctes.forEach((c, i) => {
    c[0] = (i === 0 ? 'WITH ' : '') + c[0];
    if (i < ctes.length - 1) c[c.length - 1] += ',';
    L.push(...c);
  });
  L.push(rng.chance(0.2) ? "SELECT /*+ STATE_TTL('a' = '2d', 'b' = '12h') */" : 'SELECT');
  const cols = t.columns.map((c, i) => ({ ...c, key: i === 0 }));
  cols.forEach((c, i) => {
    const sep = i === cols.length - 1 ? '' : ',';
    let line;
    if (i === 0) line = `a.${q(drvKey)} AS ${q(key)}`;
    else if (c.name === 'event_ts')
      line = `${aggregate ? 'MAX(a.event_ts)' : 'a.event_ts'} AS ${q('event_ts')}`;
    else line = projection(rng, c, sources, { aggregate });
    if (sep && rng.chance(0.05)) line += ', -- kept for the dashboards';
    else line += sep;
    L.push(`  ${line}`);
  });
  L.push(from + fromList.join(''));
  L.push(...joins);
  L.push(`WHERE ${where.join(' AND ')}`);
  if (aggregate) L.push(`GROUP BY a.${q(drvKey)}`);
  return L;
}

function dmlSql(rng, t, model) {
  const L = t.layer === 'sources' ? sourceDml(rng, t) : nonSourceDml(rng, t, model);
  // Keep files in the 30-120 line band of real projects: pad short ones with a doc block.
  if (L.length < 30) {
    const pad = ['/*', ` * ${t.name}`, ' * Change log:'];
    for (let v = 1; v === 1 || L.length + pad.length + 1 < 30; v++)
      pad.push(` *   v${v}: ${rng.pick(CHANGES)}`);
    pad.push(' */');
    L.unshift(...pad);
  }
  return L.join('\n') + ';\n';
}

function propertiesText(rng, t) {
  return [
    `# Statement properties for ${t.name}`,
    `sql.state-ttl=${rng.pick(['12 h', '1 d', '3 d', '7 d'])}`,
    `sql.tables.scan.idle-timeout=${rng.pick(['30 s', '1 min', '5 min'])}`,
    '',
  ].join('\n');
}

// ---------------------------------------------------------------------------------------------------
// Public API.

export function tableFolder(t) {
  return join('pipelines', t.layer, t.product, t.name);
}

/**
 * Writes the project into `dir` (created; an existing `dir/pipelines` is replaced).
 * Returns the manifest (also written to dir/bench-manifest.json).
 */
export function generateProject(dir, { tables = 1000, seed = 42, changeFraction = 0, shape = 'base' } = {}) {
  if (!Number.isInteger(tables) || tables < 1)
    throw new Error(`tables must be a positive integer, got ${tables}`);
  const root = resolve(dir);
  rmSync(join(root, 'pipelines'), { recursive: true, force: true });
  rmSync(join(root, MANIFEST_FILE), { force: true });
  mkdirSync(root, { recursive: true });
  const model = buildModel(tables, seed, shape);
  let files = 0;
  let lines = 0;
  for (const t of model.tables) {
    // One PRNG per table: a table's text does not depend on the others' text.
    const rng = createRng(`sql:${seed}:${t.name}`);
    const folder = join(root, tableFolder(t), 'sql-scripts');
    mkdirSync(folder, { recursive: true });
    const ddl = ddlSql(rng, t, model);
    const dml = dmlSql(rng, t, model);
    writeFileSync(join(folder, `ddl.${t.name}.sql`), ddl);
    writeFileSync(join(folder, `dml.${t.name}.sql`), dml);
    files += 2;
    lines += countLines(ddl) + countLines(dml);
    if (t.properties) {
      writeFileSync(join(folder, `dml.${t.name}.properties`), propertiesText(rng, t));
      files += 1;
    }
  }
  writeFileSync(
    join(root, CONFIG_FILE),
    [
      '# Benchmark project (bench/generate.mjs)',
      'pipelines: pipelines',
      "externalTables: ['raw_*']",
      '',
    ].join('\n'),
  );
  const manifest = {
    generator: GENERATOR_VERSION,
    tables,
    seed,
    shape,
    changeFraction,
    files,
    lines,
    products: model.products,
    externals: model.externals,
    undeclared: model.undeclared,
    counts: model.counts,
    table: model.tables.map((t) => ({
      name: t.name,
      layer: t.layer,
      product: t.product,
      folder: tableFolder(t).split('\\').join('/'),
      parents: [...t.parents.map((i) => model.tables[i].name), ...t.externals].sort(),
      properties: t.properties,
    })),
    mutations: [],
  };
  if (changeFraction > 0) {
    writeManifest(root, manifest);
    manifest.mutations = mutateProject(root, { fraction: changeFraction, seed }).mutations;
  }
  writeManifest(root, manifest);
  return manifest;
}

function writeManifest(root, manifest) {
  writeFileSync(join(root, MANIFEST_FILE), JSON.stringify(manifest, null, 1) + '\n');
}

export function readManifest(dir) {
  const file = join(resolve(dir), MANIFEST_FILE);
  if (!existsSync(file)) return null;
  return JSON.parse(readFileSync(file, 'utf8'));
}

function countLines(text) {
  let n = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/**
 * Edits the DML of `fraction` of the tables (at least one) of a generated project, in place.
 * Kinds: `filter` (the final WHERE gets one more predicate: a `dml` change) and `column` (a column is
 * added to the DDL and to the DML's select list: a `ddl-schema` change). Deterministic in
 * (project, fraction, seed); calling it again applies new edits on top (new column names).
 * Returns {mutations: [{table, kind, files[]}]} and records them in the manifest.
 */
export function mutateProject(dir, { fraction = 0.01, seed = 1 } = {}) {
  const root = resolve(dir);
  const manifest = readManifest(root);
  if (!manifest) throw new Error(`${root} has no ${MANIFEST_FILE}: not a generated project`);
  const rng = createRng(`mutate:${manifest.seed}:${seed}:${manifest.mutations.length}`);
  const count = Math.max(1, Math.round(manifest.table.length * fraction));
  const chosen = rng.sample(manifest.table, count).sort((x, y) => (x.name < y.name ? -1 : 1));
  const mutations = [];
  for (const t of chosen) {
    const scripts = join(root, t.folder, 'sql-scripts');
    const dmlFile = join(scripts, `dml.${t.name}.sql`);
    const ddlFile = join(scripts, `ddl.${t.name}.sql`);
    const dml = readFileSync(dmlFile, 'utf8');
    const kind = rng.chance(0.5) ? 'filter' : 'column';
    const tag = `${manifest.mutations.length + mutations.length + 1}`;
    if (kind === 'filter') {
      const lines = dml.split('\n');
      const w = lastIndex(lines, (l) => l.startsWith('WHERE '));
      if (w < 0) throw new Error(`${dmlFile}: no top-level WHERE line`);
      const alias = /^WHERE (\w+)\./.exec(lines[w])?.[1] ?? 'a';
      // The WHERE line may end the statement: the added condition goes before its semicolon.
      const ends = lines[w].trimEnd().endsWith(';');
      if (ends) lines[w] = lines[w].trimEnd().slice(0, -1);
      lines.splice(
        w + 1,
        0,
        `  AND ${alias}.event_ts > TIMESTAMP '2024-01-01 00:00:00'${ends ? ';' : ''} -- bench change ${tag}`,
      );
      writeFileSync(dmlFile, lines.join('\n'));
      mutations.push({ table: t.name, kind, files: [rel(t, 'dml')] });
    } else {
      const col = `bench_added_${tag}`;
      const lines = dml.split('\n');
      const f = lastIndex(lines, (l) => l.startsWith('FROM '));
      if (f < 1) throw new Error(`${dmlFile}: no top-level FROM line`);
      lines[f - 1] += ',';
      lines.splice(f, 0, `  CAST(NULL AS STRING) AS ${q(col)}`);
      writeFileSync(dmlFile, lines.join('\n'));
      const ddl = readFileSync(ddlFile, 'utf8').split('\n');
      const end = ddl.findIndex(
        (l) => /^\s+(PRIMARY KEY|WATERMARK)\b/.test(l) || l.startsWith(') DISTRIBUTED'),
      );
      if (end < 1) throw new Error(`${ddlFile}: no end of column list`);
      const colLine = `  ${q(col)} STRING`;
      if (ddl[end].startsWith(')')) {
        ddl[end - 1] += ',';
        ddl.splice(end, 0, colLine);
      } else ddl.splice(end, 0, colLine + ',');
      writeFileSync(ddlFile, ddl.join('\n'));
      mutations.push({ table: t.name, kind, files: [rel(t, 'ddl'), rel(t, 'dml')] });
    }
  }
  manifest.mutations.push(...mutations);
  writeManifest(root, manifest);
  return { mutations };
}

function rel(t, kind) {
  return `${t.folder}/sql-scripts/${kind}.${t.name}.sql`;
}

function lastIndex(arr, pred) {
  for (let i = arr.length - 1; i >= 0; i--) if (pred(arr[i])) return i;
  return -1;
}

// ---------------------------------------------------------------------------------------------------
// CLI.

async function main() {
  const { values } = parseArgs({
    options: {
      tables: { type: 'string', default: '1000' },
      out: { type: 'string' },
      seed: { type: 'string', default: '42' },
      'change-fraction': { type: 'string', default: '0' },
      shape: { type: 'string', default: 'base' },
      mutate: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help || !values.out) {
    console.log(
      'usage: node bench/generate.mjs --tables N --out DIR [--seed S] [--change-fraction F] [--shape S]\n' +
        '       node bench/generate.mjs --out DIR --mutate FRACTION [--seed S]   (edit an existing project)',
    );
    process.exit(values.help ? 0 : 2);
  }
  const seed = /^\d+$/.test(values.seed) ? Number(values.seed) : values.seed;
  const started = process.hrtime.bigint();
  if (values.mutate) {
    const { mutations } = mutateProject(values.out, { fraction: Number(values.mutate), seed });
    for (const m of mutations) console.log(`${m.kind}\t${m.table}\t${m.files.join(' ')}`);
    return;
  }
  const m = generateProject(values.out, {
    tables: Number(values.tables),
    seed,
    changeFraction: Number(values['change-fraction']),
    shape: values.shape,
  });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  const edges = m.table.reduce((n, t) => n + t.parents.length, 0);
  console.log(
    `${m.tables} tables (${LAYERS.map((l) => `${m.counts[l]} ${l}`).join(', ')}), ` +
      `${m.products.length} products, ${m.externals.length} raw topics, ${m.undeclared.length} undeclared, ${edges} edges, ` +
      `${m.files} files, ${m.lines} lines -> ${resolve(values.out)} in ${ms.toFixed(0)} ms`,
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((err) => {
    console.error(`generate: ${err.message}`);
    process.exit(1);
  });
}
