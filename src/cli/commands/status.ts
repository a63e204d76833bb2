import { confluentTarget } from '../../engine/confluent.js';
import { checkTables } from '../../engine/plan.js';
import { hasFatal } from '../../project/diagnostics.js';
import { loadProject } from '../../project/load.js';
import { UserError } from '../../util/errors.js';
import { configOf, formatOf, pipelinesOf, printDiagnostics, type CommandContext } from '../context.js';
import { cliCredentials } from '../status-source.js';

/** `status [--tables a,b]`: the live phase of each table's statements in the environment. */
export async function statusCommand(ctx: CommandContext): Promise<number> {
  const format = formatOf(ctx, ['text', 'json'] as const);
  if (ctx.positionals.length) throw new UserError(`status: unexpected argument "${ctx.positionals[0]}"`);
  const config = configOf(ctx);
  const target = confluentTarget(config, ctx.values.env, cliCredentials(), 'status');
  const { project } = loadProject(pipelinesOf(ctx, config), config);
  if (hasFatal(project.diagnostics)) {
    printDiagnostics(
      ctx,
      project.diagnostics.filter((d) => d.severity === 'fatal'),
    );
    return 1;
  }
  const all = [...project.tables.values()].filter((t) => !t.external).map((t) => t.name);
  let names = all;
  if (ctx.values.tables) {
    names = ctx.values.tables
      .split(',')
      .map((t) => t.trim())
      .filter(Boolean);
    checkTables('status', project, names);
  }
  const snapshot = await target.status.snapshot(names);
  const rows = names.map((table) => {
    const s = snapshot.tables.get(table);
    return {
      table,
      phase: s?.phase ?? null,
      statement: s?.statement ?? null,
      tableExists: s?.tableExists ?? null,
    };
  });
  if (format === 'json') {
    ctx.io.out.write(JSON.stringify({ environment: target.name, tables: rows }, null, 2) + '\n');
    return 0;
  }
  const width = Math.max(5, ...rows.map((r) => r.table.length));
  const lines = [`environment ${target.name}`, `${'table'.padEnd(width)}  ${'phase'.padEnd(12)}  statement`];
  for (const r of rows) {
    const phase = r.phase ?? (r.tableExists ? 'table only' : 'not deployed');
    lines.push(`${r.table.padEnd(width)}  ${phase.padEnd(12)}  ${r.statement ?? ''}`);
  }
  ctx.io.out.write(lines.join('\n') + '\n');
  return 0;
}
