import { run } from './action/run.js';

/** GitHub Action entry point (action.yml `runs.main` = dist/index.js, built by ncc). */
await run();
