import { writeFileSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { detectChanges } from '../../change/detect.js';
import { resolveRange } from '../../change/git.js';
import type { TableChange } from '../../change/types.js';
import { DEFAULT_CONFIG_FILE } from '../../config/load.js';
import { formatDiagnostic, hasFatal } from '../../project/diagnostics.js';
import { loadProject } from '../../project/load.js';
import type { Project } from '../../project/model.js';
import { findRepoRoot } from '../../project/scan.js';
import { buildPlan, type Selection } from '../../plan/planner.js';
import { renderPlanMarkdown, renderPlanText } from '../../render/comment.js';
import { statusSourceFor } from '../../status/source.js';
import { UserError } from '../../util/errors.js';
import { suggestName } from '../../util/text.js';
import { configOf, formatOf, pipelinesOf, printDiagnostics, type CommandContext } from '../context.js';

function stopOnFatal(ctx: CommandContext, project: Project, label: string) {
  const fatal = project.diagnostics.filter((d) => d.severity === 'fatal');
  if (!fatal.length) return;
  printDiagnostics(ctx, fatal);
  throw new UserError(
    `plan: the project at ${label} cannot be read (${formatDiagnostic(fatal[0])}); fix it first`,
    1,
  );
}

function selectionOf(ctx: CommandContext, project: Project): Selection | undefined {
  const { tables, all, descendants, base, head } = ctx.values;
  if (all && tables) throw new UserError('plan: use --tables or --all, not both');
  if ((all || tables) && (base || head))
    throw new UserError('plan: --base/--head plan a change; --tables/--all plan a selection; use one');
  if (descendants && !tables) throw new UserError('plan: --descendants goes with --tables');
  if (all) return { all: true };
  if (!tables) return undefined;
  const names = tables
    .split(',')
    .map((t) => t.trim())
    .filter(Boolean);
  for (const n of names) {
    if (!project.tables.has(n) || project.tables.get(n)!.external) {
      const hint = suggestName(
        n,
        [...project.tables.values()].filter((t) => !t.external).map((t) => t.name),
      );
      throw new UserError(
        `plan: no table named \`${n}\` in the repository${hint ? `; did you mean \`${hint}\`?` : ''}`,
      );
    }
  }
  return { tables: names, descendants: !!descendants };
}

export async function planCommand(ctx: CommandContext): Promise<number> {
  const format = formatOf(ctx, ['text', 'json', 'markdown'] as const);
  if (ctx.positionals.length) throw new UserError(`plan: unexpected argument "${ctx.positionals[0]}"`);
  const config = configOf(ctx);
  const pipelines = pipelinesOf(ctx, config);
  const environment = ctx.values.env ?? config.environment;
  if (environment && config.environments && !config.environments[environment]) {
    throw new UserError(
      `plan: environment "${environment}" is not in the config; known: ${Object.keys(config.environments).join(', ')}`,
    );
  }
  let head: Project;
  let base: Project | undefined;
  let changes: TableChange[] = [];
  let range: { base: string | null; head: string | null } | undefined;
  let commitRange: string | undefined;
  let selection: Selection | undefined;

  if (ctx.values.tables || ctx.values.all) {
    ({ project: head } = loadProject(pipelines, config));
    stopOnFatal(ctx, head, 'the working tree');
    selection = selectionOf(ctx, head);
  } else {
    const repoDir = findRepoRoot(pipelines);
    const pipelinesDir = relative(repoDir, resolve(pipelines)).split(sep).join('/');
    const commits = await resolveRange(repoDir, { base: ctx.values.base, head: ctx.values.head });
    // detectChanges reads relative paths from the repository root; the user meant the cwd.
    const configPath = resolve(ctx.values.config ?? DEFAULT_CONFIG_FILE);
    const detected = await detectChanges(repoDir, commits, pipelinesDir, configPath, environment);
    head = detected.head;
    base = detected.base;
    stopOnFatal(ctx, head, `head ${commits.head.slice(0, 7)}`);
    changes = detected.changes;
    range = { base: commits.base, head: commits.head };
    commitRange = commits.description;
  }
  printDiagnostics(
    ctx,
    head.diagnostics.filter((d) => d.severity !== 'notice'),
  );
  const names = [...head.tables.values()].filter((t) => !t.external).map((t) => t.name);
  const status = await statusSourceFor(ctx.values.status).snapshot(names);
  const plan = buildPlan({ head, base, changes, status, config, environment, selection, range });

  if (ctx.values.out) writeFileSync(ctx.values.out, JSON.stringify(plan, null, 2) + '\n');
  if (format === 'json') ctx.io.out.write(JSON.stringify(plan, null, 2) + '\n');
  else if (format === 'markdown') ctx.io.out.write(renderPlanMarkdown(plan, head, { commitRange }));
  else ctx.io.out.write(renderPlanText(plan, head));
  if (hasFatal(head.diagnostics)) return 1;
  return plan.errors.length ? 1 : 0;
}
