// The plan file is written in pieces (src/render/plan-json.ts); joined they must be exactly
// `JSON.stringify(plan, null, 2)`, which readers of plan.json and the drift check rely on.
import { describe, expect, test } from '@jest/globals';
import { planJsonPieces } from '../../src/render/plan-json.js';
import type { Plan } from '../../src/plan/types.js';
import { bigCase, smallPlan } from './fixtures.js';

const joined = (plan: Plan) => [...planJsonPieces(plan)].join('');

describe('planJsonPieces', () => {
  test('the small and the 10,000-table fixture plans', () => {
    for (const plan of [smallPlan(), bigCase().plan]) {
      expect(joined(plan)).toBe(JSON.stringify(plan, null, 2));
    }
  });

  test('empty lists, undefined fields, and strings holding newlines, quotes and indentation', () => {
    const plan = {
      ...smallPlan(),
      changes: [],
      warnings: ['line one\nline two', '  "quoted"\t\\'],
      errors: [],
      base: undefined,
    } as unknown as Plan;
    plan.steps[0] = { ...plan.steps[0], sql: 'SELECT 1\n  FROM t\r\n;\n    -- "x"' };
    expect(joined(plan)).toBe(JSON.stringify(plan, null, 2));
  });

  test('lists of every length around the batches they are stringified in', () => {
    const plan = smallPlan();
    const steps = bigCase().plan.steps;
    for (const n of [1, 2, 63, 64, 65, 127, 128, 129, 1000]) {
      const p = { ...plan, steps: steps.slice(0, n), warnings: plan.warnings.slice(0, n % 4) };
      expect([n, joined(p)]).toEqual([n, JSON.stringify(p, null, 2)]);
    }
  });

  test('elements JSON.stringify writes as null, nested lists and empty containers', () => {
    const plan = {
      ...smallPlan(),
      // eslint-disable-next-line no-sparse-arrays
      warnings: [undefined, () => 1, , null, [], {}, [[1, [2, { a: [] }]]], 'x'],
    } as unknown as Plan;
    expect(joined(plan)).toBe(JSON.stringify(plan, null, 2));
  });

  test('an object without fields', () => {
    expect(joined({} as Plan)).toBe(JSON.stringify({}, null, 2));
  });
});
