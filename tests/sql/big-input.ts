/**
 * Deterministic generator of realistic Flink SQL files (30–80 lines: DDL with Confluent
 * clauses, DML with CTEs, joins, window TVFs, OVER and subqueries) for the analyzer's
 * self-check on a large input. Each file also says what the analyzer must find in it.
 */

export interface GeneratedFile {
  sql: string;
  sink: string;
  sources: string[];
}

/** Small LCG so that runs are reproducible without a dependency. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

function ddl(name: string, columns: number, rnd: () => number): string {
  const cols: string[] = [];
  for (let c = 0; c < columns; c++) {
    const type = ['STRING', 'BIGINT', 'DECIMAL(10, 2)', 'TIMESTAMP_LTZ(3)', 'ARRAY<STRING>'][c % 5];
    cols.push(`  \`col_${c}\` ${type}${c === 0 ? ' NOT NULL' : ''} COMMENT 'column ${c}, from the source'`);
  }
  const upsert = rnd() < 0.5;
  return `-- DDL for ${name}
CREATE TABLE IF NOT EXISTS \`${name}\` (
${cols.join(',\n')},
  \`event_ts\` TIMESTAMP_LTZ(3) METADATA FROM 'timestamp' VIRTUAL,
  \`amount_eur\` AS col_1 * 0.92,
  WATERMARK FOR \`event_ts\` AS \`event_ts\` - INTERVAL '5' SECOND,
  PRIMARY KEY (\`col_0\`) NOT ENFORCED
) DISTRIBUTED BY HASH(\`col_0\`) INTO 6 BUCKETS
WITH (
  'changelog.mode' = '${upsert ? 'upsert' : 'append'}',
  'kafka.retention.time' = '0',
  'key.format' = 'avro-registry',
  'value.format' = 'avro-registry',
  'value.fields-include' = 'all',
  'scan.bounded.mode' = 'unbounded'
);
`;
}

function dml(name: string, src: string[], rnd: () => number): string {
  const [a, b, c] = src;
  const variant = Math.floor(rnd() * 4);
  const extra: string[] = [];
  for (let k = 0, n = 12 + Math.floor(rnd() * 30); k < n; k++) {
    extra.push(`    CAST(x.col_${k % 9} AS STRING) AS extra_${k},`);
  }
  const head = `-- DML for ${name}: reads ${src.join(', ')}
SET 'sql.state-ttl' = '7 d';
INSERT INTO \`${name}\`
WITH enriched AS (
  SELECT /*+ STATE_TTL('x' = '1d') */
    x.col_0 AS id,
    TRIM(BOTH ' ' FROM x.col_2) AS label, -- no FROM table here
    CASE WHEN x.col_1 > 10 THEN 'big' ELSE 'small' END AS size_class,
    y.col_3 AS other_ts,
${extra.join('\n')}
    x.\`$rowtime\` AS rt
  FROM ${a} /*+ OPTIONS('scan.startup.mode' = 'earliest-offset') */ AS x
  LEFT JOIN ${b} y ON x.col_0 = y.col_0
  WHERE x.col_4 IS NOT DISTINCT FROM y.col_4
)`;
  switch (variant) {
    case 0:
      return `${head}
SELECT id, label, COUNT(*) AS n, SUM(col_1) AS total
FROM enriched e
JOIN \`${c}\` z ON e.id = z.col_0
WHERE label NOT IN (SELECT col_2 FROM ${c} WHERE col_1 < 0)
GROUP BY id, label
HAVING COUNT(*) > 1;
`;
    case 1:
      return `${head}
SELECT window_start, window_end, id, COUNT(*) AS n
FROM TABLE(
  TUMBLE(TABLE enriched, DESCRIPTOR(rt), INTERVAL '1' MINUTE)
)
WHERE id NOT IN (SELECT col_0 FROM \`${c}\`)
GROUP BY window_start, window_end, id;
`;
    case 2:
      return `${head}
SELECT id, label, size_class, other_ts
FROM (
  SELECT *, ROW_NUMBER() OVER (PARTITION BY id ORDER BY rt DESC) AS rn
  FROM enriched
) WHERE rn = 1
UNION ALL
SELECT col_0, col_2, 'none', col_3 FROM ${c} CROSS JOIN UNNEST(col_4) AS t(tag);
`;
    default:
      return `${head}
SELECT e.id, e.label, r.col_2 AS rate
FROM enriched e
JOIN ${c} FOR SYSTEM_TIME AS OF e.rt AS r ON e.id = r.col_0
WHERE EXISTS (SELECT 1 FROM ${a} q WHERE q.col_0 = e.id);
`;
  }
}

/** `count` files alternating DDL and DML of tables t_0 … t_{count-1}. */
export function generateFiles(count: number, seed = 42): GeneratedFile[] {
  const rnd = rng(seed);
  const files: GeneratedFile[] = [];
  for (let i = 0; i < count; i++) {
    const name = `t_${i}`;
    if (i % 2 === 0) {
      files.push({ sql: ddl(name, 15 + Math.floor(rnd() * 45), rnd), sink: name, sources: [] });
    } else {
      const src = [0, 1, 2].map(() => `src_${Math.floor(rnd() * 1000)}`);
      files.push({ sql: dml(name, src, rnd), sink: name, sources: [...new Set(src)].sort() });
    }
  }
  return files;
}
