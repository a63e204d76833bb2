// Bundles the entry points with ncc into dist/ (committed; CI checks it is current).
// Everything is staged first: a failed build leaves the previous dist/ untouched.
import { execFileSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdtempSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';

const entries = { index: 'src/index.ts', cli: 'src/cli/main.ts' };
const stage = mkdtempSync(join(tmpdir(), 'dist-'));
try {
  for (const [name, entry] of Object.entries(entries)) {
    const out = mkdtempSync(join(tmpdir(), 'ncc-'));
    execFileSync(
      process.execPath,
      [
        'node_modules/@vercel/ncc/dist/ncc/cli.js',
        'build',
        entry,
        '-o',
        out,
        '--license',
        'licenses.txt',
        '-q',
      ],
      { stdio: 'inherit' },
    );
    for (const file of readdirSync(out)) {
      const target =
        file === 'index.js' ? `${name}.js` : file === 'licenses.txt' ? `${name}.licenses.txt` : file;
      if (file === 'package.json') copyFileSync(join(out, file), join(stage, file));
      else if (existsSync(join(stage, target))) {
        // Chunks of dynamic imports keep ncc's names; two entries must not produce the same one.
        throw new Error(`build: ${name} produced ${file}, which another entry already wrote`);
      } else renameSync(join(out, file), join(stage, target));
    }
    rmSync(out, { recursive: true, force: true });
  }
  rmSync('dist', { recursive: true, force: true });
  cpSync(stage, 'dist', { recursive: true });
} finally {
  rmSync(stage, { recursive: true, force: true });
}
