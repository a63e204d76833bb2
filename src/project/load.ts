import type { Config } from '../config/schema.js';
import { buildProject, projectOptions } from './build.js';
import { metadataPaths, renderMetadata } from './metadata.js';
import type { Project } from './model.js';
import { scanProject, type ScanResult } from './scan.js';
import { syncFiles, type SyncResult } from './write.js';

/** Reads the working tree once and builds the project model from it. */
export function loadProject(pipelinesPath: string, config: Config): { scan: ScanResult; project: Project } {
  const scan = scanProject(pipelinesPath);
  const project = buildProject({
    pipelinesDir: scan.pipelinesDir,
    folders: scan.folders,
    diagnostics: scan.diagnostics,
    ...projectOptions(config),
    declaredExternals: scan.declaredExternals,
  });
  return { scan, project };
}

/**
 * Brings the metadata files (docs/project.md#metadata-files) in line with the project: what `inventory` writes and
 * the action commits; with `check`, only says what differs.
 */
export function syncMetadata(scan: ScanResult, project: Project, check: boolean): SyncResult {
  return syncFiles(scan.root, renderMetadata(project), metadataPaths(project), scan.definitionFiles, check);
}
