import { hasFatal } from '../../project/diagnostics.js';
import { loadProject } from '../../project/load.js';
import { tableReport } from '../../project/report.js';
import { reportMarkdown, reportMermaid, reportText } from '../../render/report.js';
import { UserError } from '../../util/errors.js';
import { suggestName } from '../../util/text.js';
import { configOf, formatOf, pipelinesOf, printDiagnostics, type CommandContext } from '../context.js';

export function reportCommand(ctx: CommandContext): number {
  const format = formatOf(ctx, ['text', 'json', 'mermaid', 'markdown'] as const);
  const [name, ...extra] = ctx.positionals;
  if (!name || extra.length)
    throw new UserError('report: name exactly one table, e.g. flink-pipeline report fct_orders');
  const config = configOf(ctx);
  const { project } = loadProject(pipelinesOf(ctx, config), config);
  const fatal = hasFatal(project.diagnostics);
  printDiagnostics(
    ctx,
    project.diagnostics.filter((d) => d.severity === 'fatal'),
  );
  if (fatal) return 1;
  if (!project.tables.has(name)) {
    const hint = suggestName(name, project.tables.keys());
    throw new UserError(`report: no table named \`${name}\`${hint ? `; did you mean \`${hint}\`?` : ''}`);
  }
  const r = tableReport(project, name);
  if (format === 'json') ctx.io.out.write(JSON.stringify(r, null, 2) + '\n');
  else if (format === 'mermaid') ctx.io.out.write(reportMermaid(project, r) + '\n');
  else if (format === 'markdown') ctx.io.out.write(reportMarkdown(project, r));
  else ctx.io.out.write(reportText(r));
  return 0;
}
