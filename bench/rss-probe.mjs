// Preloaded by bench/run.mjs into each measured child: `node --import <this file> dist/cli.js …`.
// At process exit it writes the child's peak resident set size in kB
// (`process.resourceUsage().maxRSS`) to the file named by BENCH_RSS_FILE. It stays out of the CLI:
// nothing here changes what the CLI does, and the variable is removed so that processes the CLI
// might start do not overwrite the figure.
import { writeFileSync } from 'node:fs';

const file = process.env.BENCH_RSS_FILE;
delete process.env.BENCH_RSS_FILE;
if (file) {
  process.on('exit', () => {
    try {
      writeFileSync(file, `${process.resourceUsage().maxRSS}\n`);
    } catch {
      // the parent reports a missing figure
    }
  });
}
