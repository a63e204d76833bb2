/**
 * Validation of the statements a change would create, by an engine that can say "accepted"
 * or "rejected, here, because": Apache Flink's planner offline (`flink`, here), and Confluent
 * Cloud's dry runs (`confluent`, dry-run.ts). Both fill one shape (plan/validation.ts).
 */
import { VALIDATED_STEPS } from '../plan/dry-run.js';
import type { Plan } from '../plan/types.js';
import { validationOf, type ValidatedStatement, type Validation } from '../plan/validation.js';
import type { Project } from '../project/model.js';
import { projectItems, type Outcome } from '../referee/request.js';
import { missingInProject, referee } from '../referee/run.js';
import { refereeFlinkVersion } from '../referee/toolchain.js';

/** Tables whose statements the plan creates (or alters), in plan order. */
export function tablesToValidate(plan: Plan): string[] {
  return [...new Set(plan.steps.filter((s) => VALIDATED_STEPS.has(s.action)).map((s) => s.table))];
}

/** The planner's "From line 3, column 8 to line 3, column 12: " prefix: the position is reported apart. */
function withoutPosition(message: string): string {
  return message.replace(/^From line \d+, column \d+ to line \d+, column \d+: /, '');
}

function statementOf(outcome: Outcome): Pick<
  ValidatedStatement,
  'status' | 'message' | 'reason' | 'stateful' | 'reads' | 'writes' | 'column'
> & {
  errorLine?: number;
} {
  switch (outcome.status) {
    case 'accepted':
      return { status: 'accepted' };
    case 'planned':
      return {
        status: 'accepted',
        stateful: outcome.operators.length > 0,
        reads: outcome.reads,
        writes: outcome.writes,
      };
    case 'rejected':
      return {
        status: 'rejected',
        message: withoutPosition(outcome.message),
        ...(outcome.line !== undefined ? { errorLine: outcome.line, column: outcome.column } : {}),
      };
    case 'not-checked':
      return { status: 'not-checked', reason: outcome.reason };
  }
}

/**
 * Plans the given tables' DDL and DML with Apache Flink's planner; their ancestors' DDL is
 * loaded first so that the queries can be planned, and reported only when it is rejected.
 */
export async function validateWithFlink(
  project: Project,
  tables: readonly string[],
  environment: { catalog?: string; database?: string },
): Promise<Validation> {
  const items = projectItems(project, { targets: new Set(tables) });
  const result = await referee([
    {
      items,
      session: {
        catalog: environment.catalog ?? 'default_catalog',
        database: environment.database ?? 'default_database',
      },
      describeMissing: missingInProject(project),
    },
  ]);
  const statements: ValidatedStatement[] = [];
  for (const item of items) {
    const outcome = result.outcomes[0].get(item.id)!;
    if (item.context && outcome.status !== 'rejected') continue;
    const { errorLine, ...rest } = statementOf(outcome);
    statements.push({
      ...(item.table ? { table: item.table } : {}),
      file: item.file,
      line: errorLine ?? item.line,
      kind: item.kind,
      ...rest,
    });
  }
  return validationOf('flink', `Apache Flink ${refereeFlinkVersion()}'s planner (offline)`, statements);
}
