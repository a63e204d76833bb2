import { readFileSync } from 'node:fs';
import { analyzeSql } from '../../sql/analyze.js';
import type { SqlAnalysis } from '../../sql/types.js';
import { UserError } from '../../util/errors.js';
import { formatOf, type CommandContext } from '../context.js';

const utf8 = new TextDecoder('utf-8', { fatal: true });

function fileResult(file: string, a: SqlAnalysis) {
  return {
    file,
    statements: a.statements.map((s) => ({
      kind: s.kind,
      startLine: s.startLine,
      endLine: s.endLine,
      sinks: s.sinks,
      sources: s.sources,
      stateful: s.stateful,
      reasons: s.reasons,
      joins: s.joins,
      ...(s.ddl ? { ddl: s.ddl } : {}),
      ...(s.property ? { property: s.property } : {}),
      ...(s.use ? { use: s.use } : {}),
      fingerprint: s.fingerprint,
    })),
    sinks: a.sinks,
    sources: a.sources,
    stateful: a.stateful,
    reasons: a.reasons,
    properties: a.properties,
    fingerprint: a.fingerprint,
    issues: a.issues,
  };
}

function text(r: ReturnType<typeof fileResult>): string {
  const lines = [`${r.file}`];
  lines.push(`  sinks:    ${r.sinks.join(', ') || '-'}`);
  lines.push(`  sources:  ${r.sources.join(', ') || '-'}`);
  lines.push(`  stateful: ${r.stateful === null ? 'n/a (no query)' : r.stateful ? 'yes' : 'no'}`);
  for (const reason of r.reasons) lines.push(`    ${reason.construct} (line ${reason.line})`);
  for (const s of r.statements) lines.push(`  statement lines ${s.startLine}-${s.endLine}: ${s.kind}`);
  for (const i of r.issues) lines.push(`  ${r.file}:${i.line}: ${i.severity}: ${i.message}`);
  lines.push(`  fingerprint: ${r.fingerprint}`);
  return lines.join('\n') + '\n';
}

export function analyzeCommand(ctx: CommandContext): number {
  const format = formatOf(ctx, ['text', 'json'] as const);
  if (!ctx.positionals.length) throw new UserError('analyze: name at least one SQL file');
  const results: ReturnType<typeof fileResult>[] = [];
  let failed = false;
  for (const file of ctx.positionals) {
    let sql: string;
    try {
      sql = utf8.decode(readFileSync(file));
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      ctx.io.err.write(
        `${file}: error: ${code ? `cannot read the file (${code})` : 'the file is not valid UTF-8; save it as UTF-8'}\n`,
      );
      failed = true;
      continue;
    }
    const r = fileResult(file, analyzeSql(sql));
    if (r.issues.some((i) => i.severity === 'error')) failed = true;
    results.push(r);
    if (format === 'text') {
      ctx.io.out.write(text(r));
    }
  }
  if (format === 'json') {
    const value = ctx.positionals.length === 1 ? (results[0] ?? null) : results;
    ctx.io.out.write(JSON.stringify(value, null, 2) + '\n');
  }
  return failed ? 1 : 0;
}
