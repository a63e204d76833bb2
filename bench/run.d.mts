// Types of the parts of bench/run.mjs that the TypeScript tests use (tests/bench/).

export interface BenchRow {
  id: string;
  label: string;
  short: string;
  shape: string;
  size: number;
  runs: number;
  medianMs: number | null;
  minMs?: number | null;
  floorMs: number | null;
  ratio: number | null;
  cpuMs?: number | null;
  peakRssMb?: number | null;
  shiftLeft?: { wallMs: number; floorMs?: number } | { error: string } | { missing: string };
  speedup?: number;
  error?: string;
}

export declare const TARGETS: Record<
  string,
  { floor?: Record<number, number>; shiftLeft?: Record<number, number> }
>;
export declare function evaluate(
  row: BenchRow,
  targets?: typeof TARGETS,
): { text: string; result: string; pass?: boolean | null };
export declare function shiftLeftSpeedup(
  shiftLeft: { wallMs?: number; floorMs?: number; error?: string } | undefined,
  ourRatio: number | null,
): number | undefined;
export declare function ratioTable(rows: BenchRow[], options?: { full?: boolean }): string;
export declare function findAnchor(
  explicit?: string,
  root?: string,
): { runner: string } | { missing: string };
export declare function identifyBuild(entry: string): {
  entryBytes: number;
  files: number;
  bytes: number;
  hash: string;
};
