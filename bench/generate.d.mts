// Types of bench/generate.mjs, for the TypeScript tests (tests/bench/).

export declare const GENERATOR_VERSION: number;
export declare const MANIFEST_FILE: string;
export declare const CONFIG_FILE: string;
export declare const LAYERS: readonly ['sources', 'intermediates', 'dimensions', 'facts', 'views'];

export type Layer = (typeof LAYERS)[number];
export type Shape = 'base' | 'undeclared' | 'long-names' | 'fan-in' | 'deep';
/** Shape → what it changes, for reports */
export declare const SHAPES: Record<Shape, string>;

export interface ManifestTable {
  name: string;
  layer: Layer;
  product: string;
  /** `pipelines/<layer>/<product>/<name>` */
  folder: string;
  /** Names read by the DML, sorted: project tables, or raw externals for sources */
  parents: string[];
  properties: boolean;
}

export interface Mutation {
  table: string;
  kind: 'filter' | 'column';
  /** Project-relative paths of the edited files */
  files: string[];
}

export interface Manifest {
  generator: number;
  tables: number;
  seed: number | string;
  shape: Shape;
  changeFraction: number;
  files: number;
  lines: number;
  products: string[];
  externals: string[];
  /** Raw sources read but neither defined nor declared (the `undeclared` shape) */
  undeclared: string[];
  counts: Record<Layer, number>;
  /** In creation order: every table's parents come before it */
  table: ManifestTable[];
  mutations: Mutation[];
}

export interface Rng {
  next(): number;
  int(n: number): number;
  range(lo: number, hi: number): number;
  chance(p: number): boolean;
  pick<T>(arr: readonly T[]): T;
  weighted<T>(pairs: readonly (readonly [T, number])[]): T;
  sample<T>(arr: readonly T[], k: number): T[];
}

export declare function createRng(seed: number | string): Rng;
export declare function tableFolder(t: { layer: string; product: string; name: string }): string;
export declare function generateProject(
  dir: string,
  options?: { tables?: number; seed?: number | string; changeFraction?: number; shape?: Shape },
): Manifest;
export declare function readManifest(dir: string): Manifest | null;
export declare function mutateProject(
  dir: string,
  options?: { fraction?: number; seed?: number | string },
): { mutations: Mutation[] };
