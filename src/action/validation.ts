/**
 * The action's `validate` input: the statements of a pull request checked by Apache Flink's
 * planner, offline, so it works without credentials (fork pull requests). The result is a
 * section of the plan comment that names the engine; a rejection fails the step.
 */
import * as core from '@actions/core';
import type { ComputedPlan } from '../engine/plan.js';
import { tablesToValidate, validateWithFlink } from '../engine/validate.js';
import { markdownText } from '../render/markdown.js';
import { countsLine, renderValidationMarkdown } from '../render/validation.js';
import { UserError } from '../util/errors.js';
import type { ProjectSetup } from './project-setup.js';

export interface ValidationOutcome {
  section: string;
  /** Set when the step must fail */
  failure?: string;
}

export async function validatePlan(computed: ComputedPlan, setup: ProjectSetup): Promise<ValidationOutcome> {
  const env = setup.environment ? setup.config.environments?.[setup.environment] : undefined;
  core.startGroup("Validation with Apache Flink's planner");
  try {
    const v = await validateWithFlink(computed.head, tablesToValidate(computed.plan), {
      catalog: env?.catalog,
      database: env?.database,
    });
    core.info(`checked by ${v.checkedBy}: ${countsLine(v)}`);
    const first = v.statements.find((s) => s.status === 'rejected');
    return {
      section: renderValidationMarkdown(v),
      ...(first
        ? {
            failure: `${first.file}:${first.line}: ${v.checkedBy} rejects the statement: ${first.message ?? ''}`,
          }
        : {}),
    };
  } catch (e) {
    if (!(e instanceof UserError)) throw e;
    return {
      section: `### Validation: not run\n\n${markdownText(e.message)}`,
      failure: `validate: ${e.message}`,
    };
  } finally {
    core.endGroup();
  }
}
