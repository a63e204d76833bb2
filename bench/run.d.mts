// Types of the parts of bench/run.mjs that the TypeScript tests use (tests/bench/).

export interface Yardstick {
  commit: string;
  date: string;
  medianMs: Record<string, Record<number, number>>;
}

export interface BenchRow {
  id: string;
  label: string;
  size: number;
  medianMs: number | null;
  target?: { wallMs: number | null; rssMb: number | null };
  yardstick?: { samples: { wallMs: number }[] } | { error: string };
}

export declare const YARDSTICK: Yardstick;
export declare function yardstickCli(
  root?: string,
  cache?: string,
  commit?: string,
): { cli: string; error?: undefined } | { error: string; cli?: undefined };
export declare function yardstickSection(rows: BenchRow[], yardstick?: Yardstick): string | null;
