import { hasError, hasFatal } from '../../project/diagnostics.js';
import { loadProject, syncMetadata } from '../../project/load.js';
import { isInSync } from '../../project/write.js';
import { configOf, formatOf, pipelinesOf, printDiagnostics, type CommandContext } from '../context.js';

export function inventoryCommand(ctx: CommandContext): number {
  const format = formatOf(ctx, ['text', 'json'] as const);
  const config = configOf(ctx);
  const { scan, project } = loadProject(pipelinesOf(ctx, config), config);
  printDiagnostics(ctx, project.diagnostics);
  const check = !!ctx.values.check;
  const tables = [...project.tables.values()];
  const summary = {
    tables: tables.filter((t) => !t.external).length,
    externals: tables.filter((t) => t.external).length,
  };
  if (hasFatal(project.diagnostics)) {
    if (format === 'json') {
      ctx.io.out.write(
        JSON.stringify({ ok: false, ...summary, diagnostics: project.diagnostics }, null, 2) + '\n',
      );
    }
    ctx.io.err.write('inventory: nothing written; fix the fatal problems above\n');
    return 1;
  }
  const sync = syncMetadata(scan, project, check);
  const stale = !isInSync(sync);
  if (format === 'json') {
    ctx.io.out.write(
      JSON.stringify(
        { ok: !(check && stale), check, ...summary, ...sync, diagnostics: project.diagnostics },
        null,
        2,
      ) + '\n',
    );
  } else if (check) {
    // One write: in the CLI's worker thread every write is a message to the main thread.
    ctx.io.out.write(
      [
        ...sync.created.map((p) => `missing:  ${p}\n`),
        ...sync.updated.map((p) => `outdated: ${p}\n`),
        ...sync.deleted.map((p) => `stale:    ${p}\n`),
      ].join(''),
    );
    ctx.io.out.write(
      stale
        ? `inventory: ${sync.created.length + sync.updated.length + sync.deleted.length} metadata files out of date; run \`flink-pipeline inventory\` and commit the result\n`
        : `inventory: up to date (${summary.tables} tables, ${summary.externals} external)\n`,
    );
  } else {
    ctx.io.out.write(
      `inventory: ${summary.tables} tables, ${summary.externals} external; ` +
        `${sync.created.length} created, ${sync.updated.length} updated, ${sync.deleted.length} removed, ${sync.unchanged} unchanged\n`,
    );
  }
  return (check && stale) || hasError(project.diagnostics) ? 1 : 0;
}
