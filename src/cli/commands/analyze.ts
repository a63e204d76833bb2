import { readFileSync } from 'node:fs';
import { analyzeSql } from '../../sql/analyze.js';
import { scalarFunctions, type ScalarFunctions } from '../../sql/scalar.js';
import type { SqlAnalysis } from '../../sql/types.js';
import { UserError } from '../../util/errors.js';
import { configOf, formatOf, type CommandContext } from '../context.js';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The analysis as inventory and plan see it: reasons the config's `scalarFunctions` remove are gone. */
function fileResult(file: string, a: SqlAnalysis, scalar: ScalarFunctions) {
  const kept = (reasons: SqlAnalysis['reasons']) => reasons.filter((r) => !scalar.covers(r));
  const statements = a.statements.map((s) => {
    const reasons = kept(s.reasons);
    return { s, reasons, stateful: s.stateful === null ? null : reasons.length > 0 };
  });
  const verdicts = statements.filter((x) => x.stateful !== null);
  return {
    file,
    statements: statements.map(({ s, reasons, stateful }) => ({
      kind: s.kind,
      startLine: s.startLine,
      endLine: s.endLine,
      sinks: s.sinks,
      sources: s.sources,
      stateful,
      reasons,
      joins: s.joins,
      ...(s.ddl ? { ddl: s.ddl } : {}),
      ...(s.property ? { property: s.property } : {}),
      ...(s.use ? { use: s.use } : {}),
      fingerprint: s.fingerprint,
    })),
    sinks: a.sinks,
    sources: a.sources,
    stateful: verdicts.length ? verdicts.some((x) => x.stateful) : null,
    reasons: kept(a.reasons),
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
  const scalar = scalarFunctions(configOf(ctx).scalarFunctions);
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
    const r = fileResult(file, analyzeSql(sql), scalar);
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
