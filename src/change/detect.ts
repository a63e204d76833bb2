import { DEFAULT_CONFIG_FILE } from '../config/load.js';
import type { Config } from '../config/schema.js';
import type { Project } from '../project/model.js';
import type { SqlAnalysis } from '../sql/types.js';
import { UserError } from '../util/errors.js';
import { classifyChanges } from './classify.js';
import { classifyConfigChange, type ConfigChange } from './config-change.js';
import {
  closeCatFile,
  diffTree,
  fileChange,
  readBlobs,
  repoPath,
  repoRoot,
  resolveRange,
  type RangeOptions,
} from './git.js';
import { analyseOnArrival, loadRevision, newAnalysisCache, readConfigAt, wantedBlobs } from './revision.js';
import { listingBefore, listPipelineTree } from './tree.js';
import type { CommitRange, FileChange, TableChange } from './types.js';

export interface DetectedChanges {
  range: CommitRange;
  /** Changed files below the pipelines folder, plus the config file */
  files: FileChange[];
  /** Diagnostics of the base are informative: an empty or broken base must not block a fix */
  base: Project;
  head: Project;
  changes: TableChange[];
  config: ConfigChange;
  /** Problems that did not stop the comparison, one line each */
  warnings: string[];
}

/**
 * The change between two revisions, per table: the one entry point of `change/` for the CLI
 * and the action. `range` is a resolved CommitRange or the options to resolve one. Paths are
 * repository-relative (absolute ones are made so).
 */
export async function detectChanges(
  repoDir: string,
  range: CommitRange | RangeOptions,
  pipelinesDir: string,
  configPath: string = DEFAULT_CONFIG_FILE,
  environment?: string,
  /** Analyses already made in this process, by SQL text (`analysesByText`) */
  known?: ReadonlyMap<string, SqlAnalysis>,
): Promise<DetectedChanges> {
  const root = await repoRoot(repoDir);
  try {
    return await detect(root, range, pipelinesDir, configPath, environment, known);
  } finally {
    // Every git question of the comparison is answered: let the `cat-file` process end now.
    await closeCatFile(root);
  }
}

async function detect(
  root: string,
  range: CommitRange | RangeOptions,
  pipelinesDir: string,
  configPath: string,
  environment: string | undefined,
  known: ReadonlyMap<string, SqlAnalysis> | undefined,
): Promise<DetectedChanges> {
  const commits = 'description' in range ? range : await resolveRange(root, range);
  const pipelines = repoPath(root, pipelinesDir);
  const configFile = repoPath(root, configPath);
  const warnings: string[] = [];

  // Independent git calls overlap: `diff` is its own process, the rest share the `cat-file` session.
  const [diff, baseConfig, headConfig, headTree] = await Promise.all([
    diffTree(root, commits.base, commits.head, [pipelines, configFile]),
    readConfigAt(root, commits.base, configFile).catch((e: unknown) => {
      // A broken base config must not block the change that fixes it.
      if (!(e instanceof UserError)) throw e;
      warnings.push(`config at base not compared: ${e.message.split('\n')[0]}`);
      return null;
    }),
    readConfigAt(root, commits.head, configFile),
    listPipelineTree(root, commits.head, pipelines),
  ]);
  const files = diff.map(fileChange);
  // The base differs from the head by the diff: no second listing of a large tree.
  const baseTree =
    listingBefore(headTree, diff, pipelines) ?? (await listPipelineTree(root, commits.base, pipelines));

  const cache = newAnalysisCache();
  // Both revisions' files in one batch (unchanged files share a blob).
  const wanted = new Set([...wantedBlobs(headTree, cache), ...wantedBlobs(baseTree, cache)]);
  // SQL is analysed as it arrives, while git is still reading the rest.
  cache.blobs = await readBlobs(root, wanted, analyseOnArrival([headTree, baseTree], cache, known));
  await closeCatFile(root); // nothing more to ask git
  const head = await loadRevision(root, commits.head, pipelines, headConfig ?? {}, cache, headTree);
  const base = await loadRevision(
    root,
    commits.base,
    pipelines,
    (baseConfig ?? headConfig ?? {}) as Config,
    cache,
    baseTree,
  );
  cache.blobs.clear(); // decoded texts live on in the projects; the raw bytes are done
  cache.early = undefined;

  // Unreadable base config: compare head with itself, so no config-driven change is claimed.
  const config = classifyConfigChange(
    baseConfig === null ? headConfig : baseConfig,
    headConfig,
    environment,
    configFile,
  );
  const changes = classifyChanges(base, head, { files, config, ddlText: (a) => cache.ddlTexts.get(a) });
  return { range: commits, files, base, head, changes, config, warnings };
}
