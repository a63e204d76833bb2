import { createHash } from 'node:crypto';

const MAX_BASE = 72;

export const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** Lower-case, `_` → `-`, only `[a-z0-9-]`, no doubled or edge dashes. */
function slug(part: string): string {
  return part
    .toLowerCase()
    .replace(/_/g, '-')
    .replace(/[^a-z0-9-]/g, '')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '');
}

/**
 * `<prefix>-<product>-<kind>-<table>` (DESIGN §7). Names longer than 72 characters keep
 * their start and end in a hash so two long names never collide.
 */
export function statementBase(
  prefix: string | undefined,
  product: string,
  kind: string,
  table: string,
): string {
  const name = [prefix, product, kind, table]
    .map((p) => slug(p ?? ''))
    .filter(Boolean)
    .join('-');
  if (name.length <= MAX_BASE) return name;
  return `${name.slice(0, MAX_BASE - 8).replace(/-$/, '')}-${sha256(name).slice(0, 7)}`;
}

export function ddlStatementName(prefix: string | undefined, product: string, table: string): string {
  return statementBase(prefix, product, 'ddl', table);
}

/** DML names end in the content hash so a replacement gets a new name and a re-run finds its own. */
export function dmlStatementName(
  prefix: string | undefined,
  product: string,
  table: string,
  contentHash: string,
): string {
  return `${statementBase(prefix, product, 'dml', table)}-${contentHash.slice(0, 7)}`;
}

export function alterStatementName(
  prefix: string | undefined,
  product: string,
  table: string,
  sql: string,
): string {
  return `${statementBase(prefix, product, 'alter', table)}-${sha256(sql).slice(0, 7)}`;
}

export function dropStatementName(prefix: string | undefined, product: string, table: string): string {
  return statementBase(prefix, product, 'drop', table);
}

/** `t` → `t_v2`, `t_v2` → `t_v3` (shift_left's versioning rule). */
export function nextVersion(table: string): string {
  const m = /^(.*)_v(\d+)$/.exec(table);
  return m ? `${m[1]}_v${Number(m[2]) + 1}` : `${table}_v2`;
}
