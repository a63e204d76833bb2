/**
 * Which table a name in the SQL means. A name is resolved from its parts as written, never
 * from its text: `card-tx.public.customers` quoted as one identifier is one table name, and
 * only a qualified name (`catalog.database.table`) is compared with the catalog and database
 * the statements run in.
 */
import type { Config } from '../config/schema.js';

/** A catalog and database the project's statements run in (either may be unknown). */
export interface Namespace {
  /** Names of the catalog: the environment's name and its id both name it on Confluent Cloud */
  catalogs: string[];
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

/** The catalogs and databases of the configured environments (name, id and database). */
export function namespacesOf(config: Config): Namespace[] {
  const out: Namespace[] = [];
  for (const env of Object.values(config.environments ?? {})) {
    const catalogs = [env.catalog, env.environmentId].filter((c): c is string => !!c);
    if (catalogs.length || env.database) out.push({ catalogs, database: env.database });
  }
  return out;
}

/** Whether `qualifiers` (`[database]` or `[catalog, database]`) name one of `namespaces`. */
function inNamespace(qualifiers: readonly string[], namespaces: readonly Namespace[]): boolean {
  const [catalog, database] = qualifiers.length === 2 ? qualifiers : [undefined, qualifiers[0]];
  return namespaces.some(
    (ns) =>
      (ns.database === undefined || ns.database === database) &&
      (catalog === undefined || ns.catalogs.length === 0 || ns.catalogs.includes(catalog)),
  );
}

/**
 * Resolves a reference written as `parts`. One part is a table name as it stands. A qualified
 * name is the project's table when its catalog and database are the configured ones; any
 * other is an external table under its full name. With no catalog or database configured at
 * all, the qualifiers cannot be checked: the name is taken for the project's table (`assumed`),
 * since a missing edge would let a rebuild skip a reader, and the reader is warned.
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
  if (namespaces.length === 0) return { name: base, project: true, assumed: true };
  if (inNamespace(qualifiers, namespaces)) return { name: base, project: true };
  return {
    name: full,
    project: false,
    notProject: `\`${qualifiers.join('.')}\` is not a configured ${qualifiers.length === 2 ? 'catalog and database' : 'database'}`,
  };
}
