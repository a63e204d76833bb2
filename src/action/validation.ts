/**
 * The action's `validate` input on pull requests (docs/action.md#validation): the statements
 * the plan creates, checked by Apache Flink's planner offline (`flink`, no credentials, so fork
 * pull requests too) and/or as dry runs on Confluent Cloud (`confluent`, with the Flink
 * credentials, only on the base commit's target, never on forks). Each engine gives a section
 * of the comment and the summary that names it, and annotations; a rejection fails the step
 * unless `validate-rejected` is `warning`.
 */
import * as core from '@actions/core';
import type { ConfluentTarget } from '../engine/confluent.js';
import type { ComputedPlan } from '../engine/plan.js';
import { validatePlan } from '../engine/validate.js';
import type { Validation, ValidationEngine } from '../plan/validation.js';
import type { Diagnostic } from '../project/diagnostics.js';
import { markdownText } from '../render/markdown.js';
import { countsLine, renderValidationMarkdown } from '../render/validation.js';
import { UserError } from '../util/errors.js';
import type { ActionInputs } from './inputs.js';
import type { ProjectSetup } from './project-setup.js';

export interface ValidationOutcome {
  /** One section per engine asked for, in order, for the comment and the summary */
  sections: string[];
  /** Annotations: rejected statements, and statements not checked (notices) */
  diagnostics: Diagnostic[];
  /** Why the step fails; empty when it does not */
  failures: string[];
}

/** Whether this run may send dry runs: the client on the trusted target, or why not. */
export type DryRunAccess = { target: ConfluentTarget } | { unavailable: string };

const ENGINE_NAME: Record<ValidationEngine, string> = {
  flink: "Apache Flink's planner",
  confluent: 'Confluent Cloud',
};

/** The engines to run: `auto` is confluent when dry runs are possible, else none. */
export function enginesFor(input: ActionInputs['validate'], access: DryRunAccess): ValidationEngine[] {
  if (input !== 'auto') return [...input];
  return 'target' in access ? ['confluent'] : [];
}

/** A validation's rejections and skipped statements as annotations on their files. */
export function validationDiagnostics(v: Validation, rejected: 'error' | 'warning'): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const s of v.statements) {
    if (s.status === 'rejected') {
      out.push({
        severity: rejected,
        code: 'validation-rejected',
        file: s.file,
        line: s.line,
        message: `${v.checkedBy} rejects this statement: ${s.message ?? ''}`,
      });
    } else if (s.status === 'not-checked') {
      out.push({
        severity: 'notice',
        code: 'validation-not-checked',
        file: s.file,
        line: s.line,
        message: `not checked by ${v.checkedBy}: ${s.reason ?? ''}`,
      });
    }
  }
  return out;
}

function notRunSection(engine: ValidationEngine, why: string): string {
  return `### Validation with ${ENGINE_NAME[engine]}: not run\n\n${markdownText(why)}`;
}

/**
 * Runs the engines `validate` asks for on the plan of a pull request. Dry runs use only the
 * client `access` holds, built from the base commit's config (trusted-status.ts).
 */
export async function validatePullRequest(
  computed: ComputedPlan,
  setup: ProjectSetup,
  inputs: ActionInputs,
  access: DryRunAccess,
): Promise<ValidationOutcome> {
  const outcome: ValidationOutcome = { sections: [], diagnostics: [], failures: [] };
  const engines = enginesFor(inputs.validate, access);
  if (inputs.validate === 'auto' && !engines.length && 'unavailable' in access) {
    core.info(
      `validate: auto: no validation on this run (${access.unavailable}); set validate: flink to check with Apache Flink's planner without credentials`,
    );
  }
  for (const engine of engines) {
    if (engine === 'confluent' && 'unavailable' in access) {
      // Not the author's doing (a fork, a Dependabot run, a new environment): shown, never failed.
      core.warning(`validate: the dry runs on Confluent Cloud did not run: ${access.unavailable}`);
      outcome.sections.push(
        notRunSection(engine, `The dry runs need the Flink credentials: ${access.unavailable}.`),
      );
      continue;
    }
    core.startGroup(`Validation with ${ENGINE_NAME[engine]}`);
    try {
      const v = await validatePlan(engine, computed, {
        env: setup.environment ? setup.config.environments?.[setup.environment] : undefined,
        target: 'target' in access ? access.target : undefined,
        maxParallel: inputs.maxParallel,
      });
      core.info(`checked by ${v.checkedBy}: ${countsLine(v)}`);
      for (const n of v.notes ?? []) core.warning(n);
      outcome.sections.push(renderValidationMarkdown(v));
      outcome.diagnostics.push(...validationDiagnostics(v, inputs.validateRejected));
      const rejected = v.statements.filter((s) => s.status === 'rejected');
      if (rejected.length) {
        const first = rejected[0];
        const more = rejected.length > 1 ? ` (and ${rejected.length - 1} more rejected)` : '';
        const line = `${first.file}:${first.line}: ${v.checkedBy} rejects the statement: ${first.message ?? ''}${more}`;
        if (inputs.validateRejected === 'error') outcome.failures.push(line);
        else core.warning(line);
      }
    } catch (e) {
      if (!(e instanceof UserError)) throw e;
      outcome.sections.push(notRunSection(engine, e.message));
      // Asked for by name, a validation that cannot run fails the step; chosen by `auto`, it warns.
      if (inputs.validate === 'auto') core.warning(e.message);
      else outcome.failures.push(e.message);
    } finally {
      core.endGroup();
    }
  }
  return outcome;
}
