/**
 * The analyzer's verdict beside the planner's. Sources and sink must be equal; on state the
 * analyzer may be stricter (stateful where the plan keeps none: "unsure means stateful"),
 * never the other way.
 */
import type { AnalyzerVerdict, Outcome } from './request.js';

export type Agreement = 'agree' | 'stricter' | 'disagree';

export interface Comparison {
  agreement: Agreement;
  /** What differs, one sentence each (empty when the two agree) */
  differences: string[];
}

const list = (names: readonly string[]) => (names.length ? names.join(', ') : '(none)');

export function compareVerdicts(
  analyzer: AnalyzerVerdict,
  planned: Extract<Outcome, { status: 'planned' }>,
): Comparison {
  const differences: string[] = [];
  const same = (a: readonly string[], b: readonly string[]) =>
    a.length === b.length && [...a].sort().every((x, i) => x === [...b].sort()[i]);
  if (!same(analyzer.sources, planned.reads))
    differences.push(`sources: analyzer ${list(analyzer.sources)}; planner ${list(planned.reads)}`);
  if (!same(analyzer.sinks, planned.writes))
    differences.push(`sink: analyzer ${list(analyzer.sinks)}; planner ${list(planned.writes)}`);
  const plannerStateful = planned.operators.length > 0;
  if (!analyzer.stateful && plannerStateful) {
    differences.push(
      `state: analyzer stateless; planner keeps state in ${planned.operators.map((o) => o.name).join(', ')}`,
    );
  }
  if (differences.length) return { agreement: 'disagree', differences };
  if (analyzer.stateful && !plannerStateful) return { agreement: 'stricter', differences: [] };
  return { agreement: 'agree', differences: [] };
}
