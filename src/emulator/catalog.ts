/**
 * Where the emulator's tables live, as on Confluent Cloud: a catalog per environment, a
 * database per Kafka cluster, a table per topic. Names resolve the way Flink resolves them:
 * `t` in the current catalog and database, `db.t` in the current catalog, `cat.db.t` as
 * written. The current ones come from the statement's `sql.current-catalog` and
 * `sql.current-database`; without them they are `default`, a catalog in which nothing exists.
 *
 * Evidence:
 * - docs, USE CATALOG (https://docs.confluent.io/cloud/current/flink/reference/statements/use-catalog.html):
 *   "The default current catalog is named `default`"; catalog = environment, database = Kafka
 *   cluster, either known by id or by display name.
 * - confluentinc/confluent-sql `confluent_sql/connection.py` (`_resolve_properties`) always
 *   sends `sql.current-catalog` = the environment id, and `sql.current-database` when set;
 *   confluentinc/cli `internal/flink/command_statement_create.go` sends the environment's display
 *   name as the catalog. Both are accepted here: the declared catalog has both names.
 */
import { nameParts } from '../plan/sql.js';
import type { TableDdl } from '../sql/types.js';

export const CATALOG_PROPERTY = 'sql.current-catalog';
export const DATABASE_PROPERTY = 'sql.current-database';
const DEFAULT = 'default';

export interface TableAddress {
  /** The catalog's canonical name: the environment id for the declared catalog */
  catalog: string;
  database: string;
  table: string;
  /** The name as the SQL wrote it, unquoted, for messages */
  written?: string;
}

export type EntryKind = 'table' | 'view' | 'materialized';

export interface CatalogEntry extends TableAddress {
  kind: EntryKind;
  /** Statement that created it, absent for seeded tables */
  createdBy?: string;
  /** The CREATE TABLE's columns and changelog mode: absent for seeded tables, CTAS, LIKE, views */
  ddl?: TableDdl;
  changelogMode?: string;
  /** Until then the entry cannot be read, but a CREATE of its name still finds it */
  hiddenUntil?: number;
  /** What happens when `hiddenUntil` passes: it comes back (phantom drop) or it goes for good */
  afterHidden?: 'resurface' | 'remove';
}

/** How a name stands at one moment. */
export type Lookup =
  | { state: 'present'; entry: CatalogEntry }
  | { state: 'hidden'; entry: CatalogEntry }
  /** Dropped moments ago: the catalog still knows the name, its topic is gone */
  | { state: 'dying' }
  | { state: 'missing' };

export interface NameContext {
  catalog: string;
  database: string;
  /** As the statement wrote them, for messages */
  shownCatalog: string;
  shownDatabase: string;
}

const key = (a: TableAddress) => `${a.catalog}\u0000${a.database}\u0000${a.table}`;
const quote = (s: string) => `\`${s.replace(/`/g, '``')}\``;

export class Catalog {
  private readonly entries = new Map<string, CatalogEntry>();
  /** Catalog → its databases */
  private readonly databases = new Map<string, Set<string>>([[DEFAULT, new Set([DEFAULT])]]);
  /** Names whose topic is being deleted, until when */
  private readonly dying = new Map<string, number>();

  constructor(
    /** The environment: the catalog's id */
    readonly environmentId: string,
    /** The catalog's display name (the environment id when none was given) */
    readonly catalogName: string,
    /** The database the emulator declares (its Kafka cluster) */
    readonly database: string,
    private readonly now: () => number,
    /** How long a dropped table's topic takes to go (the "try again later" window) */
    readonly dropWindowMs: number,
  ) {
    this.declare(environmentId, database);
  }

  /** The declared catalog is the same whether named by id or display name. */
  canonical(catalog: string): string {
    return catalog === this.catalogName ? this.environmentId : catalog;
  }

  declare(catalog: string, database: string): void {
    const c = this.canonical(catalog);
    const dbs = this.databases.get(c) ?? new Set<string>();
    dbs.add(database);
    this.databases.set(c, dbs);
  }

  /** The current catalog and database of a statement, or why they do not exist. */
  context(properties: Record<string, string>): NameContext | { error: string } {
    const rawCatalog = properties[CATALOG_PROPERTY];
    const rawDatabase = properties[DATABASE_PROPERTY];
    const catalog = rawCatalog === undefined ? DEFAULT : this.canonical(rawCatalog);
    const database = rawDatabase ?? DEFAULT;
    if (!this.databases.has(catalog)) {
      return { error: `Catalog '${rawCatalog}' does not exist or you do not have permission to access it.` };
    }
    if (rawDatabase !== undefined && !this.databases.get(catalog)!.has(database)) {
      return {
        error: `Database '${rawDatabase}' does not exist in catalog '${rawCatalog ?? DEFAULT}' or you do not have permission to access it.`,
      };
    }
    return { catalog, database, shownCatalog: rawCatalog ?? DEFAULT, shownDatabase: database };
  }

  /**
   * Why no table can be created at this address: its catalog or database does not exist. The
   * `default` catalog a statement without properties starts in holds no database.
   */
  cannotCreateIn(a: TableAddress): string | undefined {
    const catalog = a.catalog === this.environmentId ? this.catalogName : a.catalog;
    if (a.catalog === DEFAULT || !this.databases.has(a.catalog))
      return `Catalog '${catalog}' does not exist or you do not have permission to access it.`;
    if (!this.databases.get(a.catalog)!.has(a.database))
      return `Database '${a.database}' does not exist in catalog '${catalog}' or you do not have permission to access it.`;
    return undefined;
  }

  /** A name as written (quotes and dots included) resolved against the current catalog and database. */
  address(written: string, ctx: Pick<NameContext, 'catalog' | 'database'>): TableAddress | { error: string } {
    const parts = nameParts(written);
    if (parts.length > 3 || parts.some((p) => p === '')) {
      return { error: `Invalid table name '${written}': use [catalog.][database.]table.` };
    }
    const table = parts[parts.length - 1]!;
    const database = parts.length >= 2 ? parts[parts.length - 2]! : ctx.database;
    const catalog = parts.length === 3 ? this.canonical(parts[0]!) : ctx.catalog;
    return { catalog, database, table, written: parts.join('.') };
  }

  /** `` `catalog`.`database`.`table` `` as the service prints names. */
  show(a: TableAddress): string {
    const catalog = a.catalog === this.environmentId ? this.catalogName : a.catalog;
    return [catalog, a.database, a.table].map(quote).join('.');
  }

  lookup(a: TableAddress): Lookup {
    const k = key(a);
    const t = this.now();
    const entry = this.entries.get(k);
    if (entry?.hiddenUntil !== undefined && t >= entry.hiddenUntil) {
      if (entry.afterHidden === 'remove') {
        this.entries.delete(k);
        this.dying.set(k, entry.hiddenUntil + this.dropWindowMs);
      } else {
        entry.hiddenUntil = undefined;
        entry.afterHidden = undefined;
      }
    }
    const now = this.entries.get(k);
    if (now)
      return now.hiddenUntil === undefined
        ? { state: 'present', entry: now }
        : { state: 'hidden', entry: now };
    const until = this.dying.get(k);
    if (until !== undefined && t < until) return { state: 'dying' };
    if (until !== undefined) this.dying.delete(k);
    return { state: 'missing' };
  }

  add(
    a: TableAddress,
    kind: EntryKind,
    createdBy?: string,
    ddl?: { ddl?: TableDdl; changelogMode?: string },
  ): CatalogEntry {
    this.declare(a.catalog, a.database);
    const entry: CatalogEntry = {
      catalog: this.canonical(a.catalog),
      database: a.database,
      table: a.table,
      kind,
      createdBy,
      ...(ddl?.ddl ? { ddl: ddl.ddl, changelogMode: ddl.changelogMode } : {}),
    };
    this.entries.set(key(entry), entry);
    this.dying.delete(key(entry));
    return entry;
  }

  /**
   * DROP TABLE of a Kafka-backed table: the entry goes at once, its topic some time later. Until
   * then a CREATE of the name fails with "… topic does not exist; … try again later".
   */
  drop(a: TableAddress): void {
    this.entries.delete(key(a));
    if (this.dropWindowMs > 0) this.dying.set(key(a), this.now() + this.dropWindowMs);
  }

  /** A view has no topic: it goes at once. */
  dropView(a: TableAddress): void {
    this.entries.delete(key(a));
  }

  /** Hide an entry until `until`; then it comes back, or goes and its topic follows. */
  hide(entry: CatalogEntry, until: number, after: 'resurface' | 'remove'): void {
    entry.hiddenUntil = until;
    entry.afterHidden = after;
  }

  // Conveniences for tests and seeding: a name as written, in the declared catalog and database.

  private home(name: string): TableAddress {
    const a = this.address(name, { catalog: this.environmentId, database: this.database });
    if ('error' in a) throw new Error(a.error);
    return a;
  }

  /** Seeds a table (a raw topic the pipelines read); qualified names declare their database. */
  seed(name: string, kind: EntryKind = 'table'): void {
    this.add(this.home(name), kind);
  }

  has(name: string): boolean {
    return this.lookup(this.home(name)).state === 'present';
  }

  get(name: string): CatalogEntry | undefined {
    const l = this.lookup(this.home(name));
    return l.state === 'present' ? l.entry : undefined;
  }

  /** Removes a table behind the service's back (a test's "someone dropped it by hand"). */
  delete(name: string): boolean {
    return this.entries.delete(key(this.home(name)));
  }

  /** The names of the visible tables, views and materialized tables of one database, sorted. */
  tablesIn(catalog: string, database: string): string[] {
    const c = this.canonical(catalog);
    const out: string[] = [];
    for (const e of [...this.entries.values()])
      if (e.catalog === c && e.database === database && this.lookup(e).state === 'present') out.push(e.table);
    return out.sort();
  }

  /** Whether a database exists in a catalog. */
  hasDatabase(catalog: string, database: string): boolean {
    return this.databases.get(this.canonical(catalog))?.has(database) ?? false;
  }

  /** Visible tables: bare names in the declared database, `catalog.database.table` elsewhere. */
  names(): string[] {
    const out: string[] = [];
    for (const e of [...this.entries.values()]) {
      if (this.lookup(e).state !== 'present') continue;
      const home = e.catalog === this.environmentId && e.database === this.database;
      out.push(home ? e.table : `${e.catalog}.${e.database}.${e.table}`);
    }
    return out.sort();
  }
}
