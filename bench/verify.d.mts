// Types of bench/verify.mjs, for the TypeScript tests (tests/bench/).

export interface Token {
  t: 'id' | 'num' | 'op' | 'str';
  v: string;
  up?: string;
  quoted?: boolean;
}

export declare function tokenize(sql: string): Token[];
export declare function analyzeSql(sql: string): { reads: string[]; sinks: string[]; ctes: string[] };
export declare function findCycle(parentsOf: Map<string, string[]>): string[] | null;
export declare function verifyProject(dir: string): {
  ok: boolean;
  errors: string[];
  tables: number;
  files?: number;
  edges?: number;
  cycle?: string[] | null;
};
