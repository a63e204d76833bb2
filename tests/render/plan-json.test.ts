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

  test('an object without fields', () => {
    expect(joined({} as Plan)).toBe(JSON.stringify({}, null, 2));
  });
});
