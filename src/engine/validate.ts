/**
 * Validation of the statements a change would create, by an engine that can say "accepted"
 * or "rejected, here, because": Apache Flink's planner offline (`flink`, here), and Confluent
 * Cloud's dry runs (`confluent`, dry-run.ts). Both fill one shape (plan/validation.ts).
 */
import type { EnvironmentConfig } from '../config/schema.js';
import { VALIDATED_STEPS } from '../plan/dry-run.js';
import type { Plan } from '../plan/types.js';
import {
  validationOf,
  type ValidatedStatement,
  type Validation,
  type ValidationEngine,
} from '../plan/validation.js';
import type { Project } from '../project/model.js';
import { projectItems, type Outcome } from '../referee/request.js';
import { missingInProject, referee } from '../referee/run.js';
import { refereeFlinkVersion } from '../referee/toolchain.js';
import type { ConfluentTarget } from './confluent.js';
import { validateOnConfluent } from './dry-run.js';

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

export interface ValidateOptions {
  /** The environment's config: its catalog and database for `flink` */
  env?: EnvironmentConfig;
  /** The Confluent target of the dry runs, for `confluent` (the caller decides which one is trusted) */
  target?: ConfluentTarget;
  /** Dry runs in flight at once */
  maxParallel?: number;
}

/** The plan's statements validated by one engine; the CLI and the action both call this. */
export function validatePlan(
  engine: ValidationEngine,
  computed: { plan: Plan; head: Project; base?: Project },
  options: ValidateOptions,
): Promise<Validation> {
  if (engine === 'confluent') {
    const { target } = options;
    if (!target) throw new Error('validatePlan: the confluent engine needs a target');
    return validateOnConfluent(computed, {
      client: target.client,
      environment: { name: target.name, env: target.env },
      maxParallel: options.maxParallel,
    });
  }
  return validateWithFlink(computed.head, tablesToValidate(computed.plan), {
    catalog: options.env?.catalog,
    database: options.env?.database,
  });
}
