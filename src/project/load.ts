import type { Config } from '../config/schema.js';
import { buildProject } from './build.js';
import type { Project } from './model.js';
import { scanProject, type ScanResult } from './scan.js';

/** Reads the working tree once and builds the project model from it. */
export function loadProject(pipelinesPath: string, config: Config): { scan: ScanResult; project: Project } {
  const scan = scanProject(pipelinesPath);
  const project = buildProject({
    pipelinesDir: scan.pipelinesDir,
    folders: scan.folders,
    diagnostics: scan.diagnostics,
    externalTables: config.externalTables,
    declaredExternals: scan.declaredExternals,
  });
  return { scan, project };
}
