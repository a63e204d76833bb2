#!/usr/bin/env node
// The measurements behind two choices the README's "Dependencies" paragraph explains:
// 1. general SQL parsers against the Flink SQL of this repository (demo + test fixtures), and
//    optionally a generated project's;
// 2. reading every file of a pipelines folder at one commit through simple-git (one git process
//    per file, as its API offers) against one `git cat-file --batch-command` process.
//
// The packages are not dependencies of this project: install them in a scratch folder outside
// the repository, then point this script at it:
//
//   mkdir /tmp/parsers && cd /tmp/parsers && npm init -y &&
//     npm install node-sql-parser@5.4.0 dt-sql-parser@4.5.1 simple-git@4.1.0
//   node bench/dependencies.mjs --scratch /tmp/parsers [--sql DIR] [--repo DIR] [--runs 3]
//
// --sql adds a folder of .sql files (a generated project's pipelines); --repo is a git repository
// with a `pipelines` folder (a generated project, committed) for the git comparison.
import { execFileSync, spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { register } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    scratch: { type: 'string' },
    sql: { type: 'string' },
    repo: { type: 'string' },
    runs: { type: 'string', default: '3' },
  },
});
if (!values.scratch) {
  console.error('usage: node bench/dependencies.mjs --scratch DIR [--sql DIR] [--repo DIR] [--runs 3]');
  process.exit(2);
}
const modules = join(resolve(values.scratch), 'node_modules');
const from = (path) => pathToFileURL(join(modules, path)).href;

// dt-sql-parser's ESM build imports folders and extension-less files, as bundlers allow.
register(
  'data:text/javascript,' +
    encodeURIComponent(`
import { existsSync, statSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
export async function resolve(specifier, context, next) {
  try { return await next(specifier, context); } catch (e) {
    if (!specifier.startsWith('.') || !context.parentURL?.startsWith('file:')) throw e;
    const path = fileURLToPath(new URL(specifier, context.parentURL));
    for (const f of [path + '.js', path + '/index.js'])
      if (existsSync(f) && statSync(f).isFile()) return next(pathToFileURL(f).href, context);
    throw e;
  }
}`),
);

function sqlFiles(dir, out = []) {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) sqlFiles(p, out);
    else if (e.name.endsWith('.sql')) out.push(p);
  }
  return out.sort();
}

async function parsers(label, files) {
  const { default: nsp } = await import(from('node-sql-parser/build/flinksql.js'));
  const { FlinkSQL } = await import(from('dt-sql-parser/dist/index.js'));
  const node = new nsp.Parser();
  const dt = new FlinkSQL();
  const tally = () => ({ ddl: 0, dml: 0, ms: 0, first: new Map() });
  const r = { 'node-sql-parser': tally(), 'dt-sql-parser': tally() };
  let ddl = 0;
  const note = (t, kind, ok, why) => {
    if (ok) t[kind]++;
    else t.first.set(why, (t.first.get(why) ?? 0) + 1);
  };
  for (const f of files) {
    const sql = readFileSync(f, 'utf8');
    const kind = /(^|[/\\])ddl\./.test(f) ? 'ddl' : 'dml';
    if (kind === 'ddl') ddl++;
    let t = performance.now();
    let why = null;
    try {
      node.astify(sql, { database: 'FlinkSQL' });
    } catch (e) {
      why = String(e.message).split('\n')[0].slice(0, 70);
    }
    r['node-sql-parser'].ms += performance.now() - t;
    note(r['node-sql-parser'], kind, !why, why);
    t = performance.now();
    const errors = dt.validate(sql);
    r['dt-sql-parser'].ms += performance.now() - t;
    note(r['dt-sql-parser'], kind, !errors.length, errors[0]?.message.split('\n')[0].slice(0, 70));
  }
  const dml = files.length - ddl;
  console.log(`\n${label}: ${files.length} files (${ddl} DDL, ${dml} DML)`);
  for (const [name, t] of Object.entries(r)) {
    const top = [...t.first].sort((a, b) => b[1] - a[1]).slice(0, 3);
    console.log(
      `  ${name}: parses ${t.ddl} of ${ddl} DDL and ${t.dml} of ${dml} DML files, ${(t.ms / files.length).toFixed(1)} ms a file; ` +
        `most frequent errors: ${top.map(([m, n]) => `${n}× ${m}`).join(' | ')}`,
    );
  }
}

function batchRead(repo, shas) {
  return new Promise((resolvePromise, reject) => {
    const git = spawn('git', ['-C', repo, 'cat-file', '--batch-command'], {
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    const chunks = [];
    git.stdout.on('data', (c) => chunks.push(c));
    git.on('error', reject);
    git.on('close', () => {
      const all = Buffer.concat(chunks);
      let at = 0;
      let bytes = 0;
      let n = 0;
      while (at < all.length) {
        const nl = all.indexOf(10, at);
        const size = Number(all.toString('latin1', at, nl).split(' ')[2]);
        bytes += size;
        n++;
        at = nl + 1 + size + 1;
      }
      if (n === shas.length) resolvePromise(bytes);
      else reject(new Error(`cat-file answered ${n} of ${shas.length} objects`));
    });
    git.stdin.end(shas.map((sha) => `contents ${sha}\n`).join(''));
  });
}

async function gitRead(repo, runs) {
  const { simpleGit } = await import(from('simple-git/dist/index.mjs'));
  const listing = execFileSync('git', ['-C', repo, 'ls-tree', '-r', 'HEAD', 'pipelines'], {
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  })
    .trim()
    .split('\n')
    .map((l) => l.split('\t')[0].split(' ')[2]);
  const viaSimpleGit = async () => {
    const git = simpleGit(repo);
    let bytes = 0;
    await Promise.all(
      listing.map(async (sha) => {
        const text = await git.catFile(['blob', sha]);
        bytes += Buffer.byteLength(text);
      }),
    );
    return bytes;
  };
  console.log(
    `\nreading the ${listing.length} files of ${relative(process.cwd(), repo) || repo}/pipelines at HEAD:`,
  );
  for (let i = 0; i < runs; i++) {
    for (const [name, read] of [
      ['git cat-file --batch-command', () => batchRead(repo, listing)],
      ['simple-git catFile per file', viaSimpleGit],
    ]) {
      const t = performance.now();
      const bytes = await read();
      console.log(`  ${name}: ${Math.round(performance.now() - t)} ms (${bytes} bytes)`);
    }
  }
}

await parsers('demo + test fixtures', [
  ...sqlFiles(join(ROOT, 'demo')),
  ...sqlFiles(join(ROOT, 'tests', 'fixtures')),
]);
if (values.sql) await parsers(values.sql, sqlFiles(resolve(values.sql)));
if (values.repo) await gitRead(resolve(values.repo), Number(values.runs));
