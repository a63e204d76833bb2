import { parseConfig } from '../config/load.js';
import type { Config } from '../config/schema.js';
import { buildProject, projectOptions, type FolderMemo } from '../project/build.js';
import type { Diagnostic } from '../project/diagnostics.js';
import { planTableFolders, readTableFolders, type FolderPlan } from '../project/folders.js';
import { sqlScriptRole } from '../project/layout.js';
import type { Project, SourceFile } from '../project/model.js';
import { decodeSource } from '../project/scan.js';
import { analyzeSql } from '../sql/analyze.js';
import type { SqlAnalysis } from '../sql/types.js';
import { UserError } from '../util/errors.js';
import { readBlobs, repoPath, repoRoot } from './git.js';
import { listPipelineTree, type PipelineTree } from './tree.js';

/**
 * SQL analyses keyed by blob SHA, shared between the base and head revisions so a file that
 * did not change is read and analysed once, whatever its path (moves included).
 */
export interface AnalysisCache {
  analyses: Map<string, SqlAnalysis>;
  /** SQL text by blob SHA: deploy steps submit it, so a cached file still carries its text */
  texts: Map<string, string>;
  /** Blobs already read, e.g. both revisions' files fetched by one `cat-file` */
  blobs: Map<string, Buffer>;
  /** DDL text per analysis: the classifier re-reads it only for tables whose DDL changed */
  ddlTexts: Map<SqlAnalysis, string>;
  /**
   * SQL decoded and analysed while the blobs were still arriving (`analyseOnArrival`), by blob
   * SHA; the loader takes these instead of doing the work again, in its own order, so the
   * result is the same.
   */
  early?: Map<string, { text: string; analysis?: SqlAnalysis }>;
  /**
   * Files by path, with their blob SHA: a file both revisions hold is one object, so the
   * builder recognises an unchanged table folder (`memo`) and builds it once.
   */
  files: Map<string, { sha: string; file: SourceFile }>;
  memo: FolderMemo;
}

export const newAnalysisCache = (): AnalysisCache => ({
  analyses: new Map(),
  texts: new Map(),
  blobs: new Map(),
  ddlTexts: new Map(),
  files: new Map(),
  memo: new Map(),
});

const roleOf = (path: string) => sqlScriptRole(path.slice(path.lastIndexOf('/') + 1));
const isSql = (path: string) => {
  const role = roleOf(path);
  return role === 'ddl' || role === 'dml';
};

/**
 * A `readBlobs` callback that analyses the SQL files of `trees` as their blobs arrive, so the
 * analysis (the bulk of the work) overlaps git reading the rest. Files that do not decode, or
 * that the analyser rejects, are left to the loader, which reports them as it always does.
 */
export function analyseOnArrival(
  trees: readonly PipelineTree[],
  cache: AnalysisCache,
  /** Analyses already made in this process, by SQL text (e.g. of the working tree) */
  known?: ReadonlyMap<string, SqlAnalysis>,
): (sha: string, bytes: Buffer) => void {
  const sql = new Set<string>();
  for (const tree of trees) for (const e of tree.entries) if (isSql(e.path)) sql.add(e.sha);
  const early = (cache.early ??= new Map());
  return (sha, bytes) => {
    if (!sql.has(sha) || cache.analyses.has(sha) || early.has(sha)) return;
    const decoded = decodeSource(sha, bytes);
    if (!('text' in decoded)) return; // the loader reports it, with the file's path
    const entry: { text: string; analysis?: SqlAnalysis } = { text: decoded.text };
    early.set(sha, entry);
    try {
      entry.analysis = known?.get(decoded.text) ?? analyzeSql(decoded.text);
    } catch {
      // the loader analyses it again and reports the failure where it always did
    }
  };
}

/**
 * The analyses of a loaded project by SQL text: the analysis is a function of the text alone,
 * so a revision whose files match the working tree (a pull request's head) reuses them.
 */
export function analysesByText(project: Project): Map<string, SqlAnalysis> {
  const byText = new Map<string, SqlAnalysis>();
  for (const t of project.tables.values()) {
    for (const file of [t.ddl, t.dml]) if (file) byText.set(file.text, file.analysis);
  }
  return byText;
}

/** A listing's table folders (the scanner's rules, from the paths alone), worked out once. */
const plans = new WeakMap<PipelineTree, { plan: FolderPlan; shaOf: Map<string, string> }>();

function folderPlan(tree: PipelineTree): { plan: FolderPlan; shaOf: Map<string, string> } {
  let known = plans.get(tree);
  if (!known) {
    const shaOf = new Map(tree.entries.map((e) => [e.path, e.sha]));
    // The folders are a function of the paths alone.
    const plan = tree.samePathsAs ? folderPlan(tree.samePathsAs).plan : planTableFolders([...shaOf.keys()]);
    plans.set(tree, (known = { plan, shaOf }));
  }
  return known;
}

/**
 * The blobs a revision's project needs: the files its table folders are read from. SQL whose
 * analysis is cached is skipped.
 */
export function wantedBlobs(tree: PipelineTree, cache: AnalysisCache): Set<string> {
  const { plan, shaOf } = folderPlan(tree);
  const wanted = new Set<string>();
  for (const path of plan.externalFiles) wanted.add(shaOf.get(path)!);
  for (const folder of plan.folders) {
    for (const [role, path] of folder.files) {
      const sha = shaOf.get(path)!;
      if (!((role === 'ddl' || role === 'dml') && cache.analyses.has(sha))) wanted.add(sha);
    }
  }
  return wanted;
}

/**
 * The project model at a commit (or tree), read from git objects, not the working tree.
 * Uses the working-tree scanner's grouping rules (`planTableFolders`) and the same builder.
 */
export async function loadRevision(
  repoDir: string,
  rev: string,
  pipelinesDir: string,
  config: Config,
  cache: AnalysisCache = newAnalysisCache(),
  /** The revision's listing when the caller already fetched it (in parallel with other git calls) */
  listed?: PipelineTree,
): Promise<Project> {
  const dir = repoPath(await repoRoot(repoDir), pipelinesDir);
  const tree = listed ?? (await listPipelineTree(repoDir, rev, dir));
  const { plan, shaOf } = folderPlan(tree);
  const wanted = wantedBlobs(tree, cache);
  const missingBlobs = [...wanted].filter((sha) => !cache.blobs.has(sha));
  const blobs = missingBlobs.length ? await readBlobs(repoDir, missingBlobs) : new Map<string, Buffer>();
  for (const [sha, bytes] of cache.blobs) if (wanted.has(sha)) blobs.set(sha, bytes);

  const diagnostics: Diagnostic[] = [...tree.diagnostics];
  const read = (path: string): SourceFile | undefined => {
    const sha = shaOf.get(path)!;
    const same = cache.files.get(path);
    if (same?.sha === sha) return same.file;
    const file = readFile(path, sha);
    if (file) cache.files.set(path, { sha, file });
    return file;
  };
  const readFile = (path: string, sha: string): SourceFile | undefined => {
    const bytes = blobs.get(sha);
    // Not fetched: a SQL file already read for the other revision.
    if (!bytes)
      return wanted.has(sha) ? missing(path, diagnostics) : { path, text: cache.texts.get(sha) ?? '' };
    const known = cache.early?.get(sha); // decoded as it arrived: the same text
    const decoded = known ? { path, text: known.text } : decodeSource(path, bytes);
    if ('text' in decoded) {
      if (isSql(path)) cache.texts.set(sha, decoded.text);
      return decoded;
    }
    diagnostics.push(decoded);
    return undefined;
  };
  const listing = readTableFolders(plan, read);

  const analyze = (file: SourceFile): SqlAnalysis => {
    const sha = shaOf.get(file.path)!;
    let analysis = cache.analyses.get(sha);
    if (!analysis) {
      analysis = cache.early?.get(sha)?.analysis ?? analyzeSql(file.text);
      cache.analyses.set(sha, analysis);
      if (roleOf(file.path) === 'ddl') cache.ddlTexts.set(analysis, file.text);
    }
    return analysis;
  };
  return buildProject({
    pipelinesDir: dir || '.',
    folders: listing.folders,
    diagnostics: [...diagnostics, ...listing.diagnostics],
    ...projectOptions(config),
    declaredExternals: listing.declaredExternals,
    analyze,
    memo: cache.memo,
  });
}

function missing(path: string, diagnostics: Diagnostic[]): undefined {
  diagnostics.push({
    severity: 'fatal',
    code: 'unreadable-file',
    file: path,
    message:
      'git could not read this file from the revision; the clone may be partial (fetch without --filter)',
  });
  return undefined;
}

/** The config file at `rev`, parsed; undefined when the revision has no such file. */
export async function readConfigAt(repoDir: string, rev: string, path: string): Promise<Config | undefined> {
  const file = repoPath(await repoRoot(repoDir), path);
  const name = `${rev}:${file}`;
  const bytes = (await readBlobs(repoDir, [name])).get(name);
  if (!bytes) return undefined;
  const decoded = decodeSource(file, bytes);
  const label = `${file} (at ${rev.slice(0, 7)})`;
  if (!('text' in decoded)) throw new UserError(`${label}:${decoded.line}: ${decoded.message}`);
  return parseConfig(label, decoded.text);
}
