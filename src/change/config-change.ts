/**
 * Config edits that change what a statement is (its properties, name, catalog, principal or
 * compute pool): such a statement must be replaced like a query change.
 */
import { DEFAULT_CONFIG_FILE } from '../config/load.js';
import type { Config, EnvironmentConfig } from '../config/schema.js';

type PoolSettings = Pick<EnvironmentConfig, 'computePoolId' | 'computePools'>;

export interface EnvironmentChange {
  name: string;
  /** Keys below `environments.<name>` that differ for every statement, e.g. `properties.sql.state-ttl` */
  keys: string[];
  /** Pool settings on both sides: which statements a pool edit touches depends on their product */
  base: PoolSettings;
  head: PoolSettings;
}

export interface ConfigChange {
  /** Repository-relative config file */
  file: string;
  environments: EnvironmentChange[];
}

const SCALAR_KEYS = ['statementPrefix', 'catalog', 'database', 'principal'] as const;

/**
 * Compares the statement-affecting settings of one environment (the named one, else the
 * config's default, else every environment either side defines).
 */
export function classifyConfigChange(
  base: Config | undefined,
  head: Config | undefined,
  environment?: string,
  file: string = DEFAULT_CONFIG_FILE,
): ConfigChange {
  const chosen = environment ?? head?.environment ?? base?.environment;
  const names = chosen
    ? [chosen]
    : [
        ...new Set([...Object.keys(base?.environments ?? {}), ...Object.keys(head?.environments ?? {})]),
      ].sort();
  const environments = names.map((name) => {
    const b = base?.environments?.[name] ?? {};
    const h = head?.environments?.[name] ?? {};
    const keys: string[] = [];
    const bp = b.properties ?? {};
    const hp = h.properties ?? {};
    for (const k of [...new Set([...Object.keys(bp), ...Object.keys(hp)])].sort()) {
      if (bp[k] !== hp[k]) keys.push(`properties.${k}`);
    }
    for (const k of SCALAR_KEYS) if (b[k] !== h[k]) keys.push(k);
    return { name, keys, base: pools(b), head: pools(h) };
  });
  return { file, environments };
}

const pools = (e: EnvironmentConfig): PoolSettings => ({
  computePoolId: e.computePoolId,
  computePools: e.computePools,
});
const poolOf = (p: PoolSettings, product: string) =>
  (Object.hasOwn(p.computePools ?? {}, product) ? p.computePools![product] : undefined) ?? p.computePoolId;

/**
 * Config keys (as YAML paths) whose change replaces this table's statement. The products
 * differ when the table moved: a move to a product with another pool changes its pool too.
 */
export function configKeysFor(
  change: ConfigChange | undefined,
  baseProduct: string,
  headProduct: string,
): string[] {
  const keys: string[] = [];
  for (const env of change?.environments ?? []) {
    const at = `environments.${env.name}.`;
    keys.push(...env.keys.map((k) => at + k));
    if (poolOf(env.base, baseProduct) !== poolOf(env.head, headProduct)) {
      const perProduct =
        Object.hasOwn(env.head.computePools ?? {}, headProduct) ||
        Object.hasOwn(env.base.computePools ?? {}, baseProduct);
      keys.push(at + (perProduct ? `computePools.${headProduct}` : 'computePoolId'));
    }
  }
  return keys;
}
