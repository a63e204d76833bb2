// The one test command (README, .ci/run): type check, lint and format, Jest on Node 20 and Node 24,
// and a check that the committed dist/ matches the source.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, cpSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';

const node24 = join('node_modules', 'node', 'bin', 'node');
// Under `npm test`, PATH starts with node_modules/.bin, whose `node` is the Node 24 dev
// dependency; the Node that runs npm itself is the machine's own.
const hostNode = process.env.npm_node_execpath || process.execPath;
const skip = new Set((process.env.SKIP_CHECKS ?? '').split(',').filter(Boolean));
let passed = 0;
let failed = 0;

function run(label, cmd, args, env = {}) {
  console.log(`\n=== ${label} ===`);
  const res = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return res.status === 0;
}

function versionOf(nodeBin) {
  return spawnSync(nodeBin, ['--version'], { encoding: 'utf8' }).stdout.trim();
}

function jest(label, nodeBin) {
  const outDir = mkdtempSync(join(tmpdir(), 'jest-'));
  const out = join(outDir, 'result.json');
  const ok = run(
    label,
    nodeBin,
    [
      '--experimental-vm-modules',
      'node_modules/jest/bin/jest.js',
      '--json',
      `--outputFile=${out}`,
      ...process.argv.slice(2),
    ],
    { NODE_NO_WARNINGS: '1' },
  );
  if (existsSync(out)) {
    const r = JSON.parse(readFileSync(out, 'utf8'));
    passed += r.numPassedTests;
    failed += r.numFailedTests;
  } else if (!ok) failed += 1;
  rmSync(outDir, { recursive: true, force: true });
  return ok;
}

function checkDist() {
  const before = mkdtempSync(join(tmpdir(), 'dist-'));
  cpSync('dist', before, { recursive: true });
  const ok = run('build dist', process.execPath, ['scripts/build.mjs']);
  if (!ok) return false;
  const files = new Set([...readdirSync(before), ...readdirSync('dist')]);
  const stale = [...files].filter(
    (f) =>
      !existsSync(join(before, f)) ||
      !existsSync(join('dist', f)) ||
      !readFileSync(join(before, f)).equals(readFileSync(join('dist', f))),
  );
  rmSync(before, { recursive: true, force: true });
  if (stale.length) {
    console.error(
      `dist/ is out of date with the source (${stale.join(', ')}): run \`npm run build\` and commit dist/.`,
    );
    return false;
  }
  console.log('dist/ is up to date');
  return true;
}

const results = [];
if (!skip.has('typecheck'))
  results.push(
    run('typecheck', process.execPath, [
      'node_modules/typescript/bin/tsc',
      '--noEmit',
      '-p',
      'tsconfig.all.json',
    ]),
  );
if (!skip.has('lint')) {
  results.push(run('lint', process.execPath, ['node_modules/eslint/bin/eslint.js', '.']));
  results.push(run('format', process.execPath, ['node_modules/prettier/bin/prettier.cjs', '--check', '.']));
}
if (!skip.has('dist')) results.push(checkDist());
if (!skip.has('host')) results.push(jest(`jest on Node ${versionOf(hostNode)} (this machine's)`, hostNode));
if (!skip.has('node24')) {
  if (existsSync(node24))
    results.push(jest(`jest on Node ${versionOf(node24)} (the action's runtime)`, node24));
  else {
    console.error('Node 24 not installed (devDependency "node"): run npm ci');
    results.push(false);
  }
}
const ok = results.every(Boolean);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(ok && failed === 0 ? 0 : 1);
