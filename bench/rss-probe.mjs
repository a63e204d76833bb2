// Preloaded by bench/run.mjs into each measured child: `node --import <this file> dist/cli.js …`.
// At process exit it writes the child's peak resident set size in kB
// (`process.resourceUsage().maxRSS`) and its CPU time in microseconds (user + system, its own
// children excluded) to the file named by BENCH_RSS_FILE. It stays out of the CLI:
// nothing here changes what the CLI does, and the variable is removed so that processes the CLI
// might start do not overwrite the figure.
import { writeFileSync } from 'node:fs';

const file = process.env.BENCH_RSS_FILE;
delete process.env.BENCH_RSS_FILE;
if (file) {
  process.on('exit', () => {
    try {
      const usage = process.resourceUsage();
      writeFileSync(file, `${usage.maxRSS} ${usage.userCPUTime + usage.systemCPUTime}\n`);
    } catch {
      // the parent reports a missing figure
    }
  });
}
