import type { TableType } from './model.js';

/** Layer folder → table type (docs/project.md#project-layout); matched as a whole path component. */
const LAYERS: Record<string, TableType> = {
  sources: 'source',
  intermediates: 'intermediate',
  dimensions: 'dimension',
  facts: 'fact',
  views: 'view',
  seeds: 'seed',
  stage: 'stage',
};

/**
 * Type and product of a table folder, from its path below the pipelines folder. The layer is
 * the nearest layer component above the table folder, so a repository that happens to sit
 * in `/home/me/sources/` is not mistaken for a source (shift_left's substring bug).
 */
export function classifyFolder(pipelinesDir: string, folder: string): { type: TableType; product: string } {
  const rel = (pipelinesDir === '.' || pipelinesDir === '' ? folder : folder.slice(pipelinesDir.length))
    .split('/')
    .filter(Boolean);
  // rel ends with the table folder itself; look at the components above it.
  for (let i = rel.length - 2; i >= 0; i--) {
    const type = LAYERS[rel[i]];
    if (type) {
      const between = rel.slice(i + 1, rel.length - 1);
      return { type, product: between.length ? between[between.length - 1] : '' };
    }
  }
  return { type: 'unknown-type', product: rel.length >= 2 ? rel[rel.length - 2] : '' };
}

/** Characters `toLowerCase` can change: ASCII capitals and anything beyond ASCII */
const HAS_UPPER = /[A-Z\u0080-\uffff]/;

/** shift_left's file-selection rule, made deterministic: `ddl.*`/`dml.*` SQL in `sql-scripts/`. */
export function sqlScriptRole(fileName: string): 'ddl' | 'dml' | 'ddl-properties' | 'dml-properties' | null {
  // Names are nearly always lower case already; a large tree asks for every file, several times.
  const lower = HAS_UPPER.test(fileName) ? fileName.toLowerCase() : fileName;
  if (lower.startsWith('ddl.')) {
    if (lower.endsWith('.properties')) return 'ddl-properties';
    if (lower.endsWith('.sql') && !lower.includes('dlq')) return 'ddl';
  } else if (lower.startsWith('dml.')) {
    if (lower.endsWith('.properties')) return 'dml-properties';
    if (lower.endsWith('.sql')) return 'dml';
  }
  return null;
}
