import * as core from '@actions/core';

/**
 * GitHub Action entry point. Planning, commenting and deploying arrive with the action
 * issue; until then the action fails clearly instead of doing something partial.
 */
export async function run(): Promise<void> {
  core.setFailed(
    'flink-pipeline action: not implemented yet. This release ships the command line tool (dist/cli.js: analyze, inventory, report); the GitHub Action follows.',
  );
}

await run();
