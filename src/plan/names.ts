import { sha256 } from '../sql/fingerprint.js';

// The fingerprints' sha256: the same hex digest, by the one-shot API that is several times
// faster on short texts (a plan hashes a few of them per node).
export { sha256 };

/** docs, Flink statements concept page: "The maximum length of a statement name is 72 characters". */
export const MAX_STATEMENT_NAME = 72;
/** `-` and 7 hex: the content hash that ends DML and ALTER names */
const SUFFIX = 8;

/**
 * Lower-case, `_` → `-`, only `[a-z0-9-]`, no doubled or edge dashes. One pass over the
 * lower-cased text: what the four regular expressions it replaces did, a few times per plan
 * node.
 */
function slug(part: string): string {
  const text = part.toLowerCase();
  let out = '';
  let dash = false;
  for (let i = 0; i < text.length;) {
    const c = text.charCodeAt(i);
    if (isSlugChar(c)) {
      const start = i;
      while (i < text.length && isSlugChar(text.charCodeAt(i))) i++;
      out += (dash && out ? '-' : '') + text.slice(start, i);
      dash = false;
    } else {
      if (c === 45 || c === 95) dash = true; // `-` or `_`; other characters are dropped
      i++;
    }
  }
  return out;
}

/** `[a-z0-9]` */
function isSlugChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
}

/**
 * `<prefix>-<product>-<kind>-<table>` (docs/planning.md#statement-names) in at most `max`
 * characters. A longer name
 * keeps its start and ends in 7 hex of the whole name's hash, so two long names never collide
 * and the same table always gets the same name.
 */
export function statementBase(
  prefix: string | undefined,
  product: string,
  kind: string,
  table: string,
  max = MAX_STATEMENT_NAME,
): string {
  let name = '';
  for (const part of [prefix, product, kind, table]) {
    const s = slug(part ?? '');
    if (s) name = name ? `${name}-${s}` : s;
  }
  if (name.length <= max) return name;
  return `${name.slice(0, max - SUFFIX).replace(/-+$/, '')}-${sha256(name).slice(0, 7)}`;
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
  return `${statementBase(prefix, product, 'dml', table, MAX_STATEMENT_NAME - SUFFIX)}-${contentHash.slice(0, 7)}`;
}

export function alterStatementName(
  prefix: string | undefined,
  product: string,
  table: string,
  sql: string,
): string {
  return `${statementBase(prefix, product, 'alter', table, MAX_STATEMENT_NAME - SUFFIX)}-${sha256(sql).slice(0, 7)}`;
}

export function dropStatementName(prefix: string | undefined, product: string, table: string): string {
  return statementBase(prefix, product, 'drop', table);
}

/** `t` → `t_v2`, `t_v2` → `t_v3` (shift_left's versioning rule). */
export function nextVersion(table: string): string {
  const m = /^(.*)_v(\d+)$/.exec(table);
  return m ? `${m[1]}_v${Number(m[2]) + 1}` : `${table}_v2`;
}
