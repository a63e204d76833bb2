/**
 * What changed between two revisions, per table (docs/planning.md#change-kinds). Produced by `change/`,
 * consumed by `plan/` and `render/`.
 */
export type ChangeKind =
  'added' | 'removed' | 'renamed' | 'format-only' | 'dml' | 'ddl-options' | 'ddl-schema' | 'properties';

export interface TableChange {
  table: string;
  kind: ChangeKind;
  /** Repository-relative files behind this change (head path; base path for removals) */
  files: string[];
  /** One line a reviewer can read, e.g. "column amount: INT → BIGINT" */
  detail: string;
}

/** A file touched between base and head, as git reports it. */
export interface FileChange {
  status: 'added' | 'modified' | 'deleted' | 'renamed';
  path: string;
  /** For renames */
  oldPath?: string;
}

export interface CommitRange {
  /** Resolved commit SHAs */
  base: string;
  head: string;
  /** How the range was chosen, for the comment: "merge-base of main and feature" … */
  description: string;
}
