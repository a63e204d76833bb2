// Bundles the two entry points with ncc into dist/ (committed; CI checks it is current).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, renameSync, rmSync, mkdirSync, copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';

const entries = { index: 'src/index.ts', cli: 'src/cli/main.ts' };
rmSync('dist', { recursive: true, force: true });
mkdirSync('dist');
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
    if (file === 'package.json') copyFileSync(join(out, file), join('dist', file));
    else renameSync(join(out, file), join('dist', target));
  }
  rmSync(out, { recursive: true, force: true });
}
