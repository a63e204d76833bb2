/**
 * Which table a name in the SQL means. A name is resolved from its parts as written, never
 * from its text: `card-tx.public.customers` quoted as one identifier is one table name, and
 * only a qualified name (`catalog.database.table`) is compared with the catalog and database
 * the statements run in.
 */
import type { Config } from '../config/schema.js';

/** A catalog and database the project's statements run in (any part may be unknown). */
export interface Namespace {
  /** The catalog's name (on Confluent Cloud the environment's name) */
  catalog?: string;
  /** The catalog's id (the environment's id, `env-…`): Confluent Cloud accepts either */
  catalogId?: string;
  /** The database's name (the Kafka cluster's name) */
  database?: string;
}

/** How one reference resolved. */
export interface Resolved {
  /** The table: a project table's name, or an external table's full name */
  name: string;
  project: boolean;
  /**
   * Why a qualified name that ends in a project table's name is not that table: its catalog
   * or database is not the configured one. The reader is warned.
   */
  notProject?: string;
  /** The qualifiers could not be checked (no catalog or database is configured): assumed to be the project's */
  assumed?: boolean;
}

/**
 * Confluent Cloud's read-only sample data catalog (`examples`.`marketplace`.`orders`): it never
 * holds a table of the project, whatever the configuration says.
 */
const SAMPLE_CATALOG = 'examples';

/** The catalogs and databases of the configured environments. */
export function namespacesOf(config: Config): Namespace[] {
  const out: Namespace[] = [];
  for (const env of Object.values(config.environments ?? {})) {
    if (!env.catalog && !env.environmentId && !env.database) continue;
    out.push({ catalog: env.catalog, catalogId: env.environmentId, database: env.database });
  }
  return out;
}

type Verdict = 'match' | 'mismatch' | 'unknown';

/**
 * Whether `qualifiers` (`[database]` or `[catalog, database]`) name `ns`. A part written as
 * an id that the config does not hold (a cluster id `lkc-…`, or an environment's name when
 * only its id is configured) cannot be checked: unknown, not a mismatch.
 */
function compare(qualifiers: readonly string[], ns: Namespace): Verdict {
  const [catalog, database] = qualifiers.length === 2 ? qualifiers : [undefined, qualifiers[0]];
  const verdicts: Verdict[] = [];
  if (catalog !== undefined) {
    if (catalog === ns.catalog || catalog === ns.catalogId) verdicts.push('match');
    else if (ns.catalog !== undefined || /^env-/.test(catalog)) verdicts.push('mismatch');
    else verdicts.push('unknown');
  }
  if (ns.database === undefined || (database !== ns.database && /^lkc-/.test(database)))
    verdicts.push('unknown');
  else verdicts.push(database === ns.database ? 'match' : 'mismatch');
  if (verdicts.includes('mismatch')) return 'mismatch';
  return verdicts.includes('unknown') ? 'unknown' : 'match';
}

/**
 * Resolves a reference written as `parts`. One part is a table name as it stands. A qualified
 * name is the project's table when its catalog and database are the configured ones; any
 * other is an external table under its full name. When the qualifiers cannot be checked
 * (nothing configured, or only forms the config does not hold), the name is taken for the
 * project's table (`assumed`), since a missing edge would let a rebuild skip a reader, and the
 * reader is told.
 */
export function resolveName(
  parts: readonly string[],
  isProjectTable: (name: string) => boolean,
  namespaces: readonly Namespace[],
): Resolved {
  const full = parts.join('.');
  if (parts.length === 1) return { name: full, project: isProjectTable(full) };
  const base = parts[parts.length - 1];
  const qualifiers = parts.slice(0, -1);
  if (!isProjectTable(base)) return { name: full, project: false };
  if (qualifiers.length > 2) {
    return { name: full, project: false, notProject: 'it has more parts than catalog.database.table' };
  }
  if (qualifiers.length === 2 && qualifiers[0] === SAMPLE_CATALOG) {
    return {
      name: full,
      project: false,
      notProject: `\`${SAMPLE_CATALOG}\` is Confluent Cloud's sample catalog`,
    };
  }
  const verdicts = namespaces.map((ns) => compare(qualifiers, ns));
  if (verdicts.includes('match')) return { name: base, project: true };
  if (verdicts.length === 0 || verdicts.includes('unknown'))
    return { name: base, project: true, assumed: true };
  return {
    name: full,
    project: false,
    notProject: `\`${qualifiers.join('.')}\` is not a configured ${qualifiers.length === 2 ? 'catalog and database' : 'database'}`,
  };
}
