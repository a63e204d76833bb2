#!/usr/bin/env node
// The floor of the command line benchmarks: a bare Node process that walks a pipelines folder
// and reads every SQL file, the least any tool that builds the metadata from the SQL must do.
//
//   node bench/floor.mjs PIPELINES_DIR
//
// Synchronous, like the CLI's own reads; prints the number of files and bytes read.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

let files = 0;
let bytes = 0;
const walk = (dir) => {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path);
    else if (entry.name.endsWith('.sql')) {
      bytes += readFileSync(path).length;
      files++;
    }
  }
};
walk(process.argv[2] ?? 'pipelines');
console.log(`${files} SQL files, ${bytes} bytes`);
