// Two planner helpers were rewritten for speed: both must give what their plain versions gave.
// The plan hash is compared across the pull request and the merge, so it must never move.
import { describe, expect, test } from '@jest/globals';
import { createHash } from 'node:crypto';
import { planHash } from '../../src/plan/hash.js';
import { statementText } from '../../src/plan/sql.js';
import type { Plan } from '../../src/plan/types.js';
import type { AnalyzedStatement } from '../../src/sql/types.js';
import { bigCase, smallPlan } from '../render/fixtures.js';

/** The hash as first defined: sha256 of this canonical JSON, built whole. */
function referenceHash(plan: Plan): string {
  const canonical = {
    version: plan.version,
    strategy: plan.strategy,
    changes: plan.changes.map((c) => [c.table, c.kind]),
    steps: plan.steps.map((s) => [
      s.id,
      s.action,
      s.statement,
      s.after,
      s.sql ?? null,
      s.properties ? Object.entries(s.properties).sort() : null,
      s.destructive,
      ...(s.computePool ? [s.computePool] : []),
    ]),
    errors: plan.errors.map((e) => [e.code, e.table ?? null]),
  };
  return createHash('sha256').update(JSON.stringify(canonical)).digest('hex');
}

describe('planHash', () => {
  test('equals the hash of the canonical JSON, for small, large, empty and unusual plans', () => {
    const small = smallPlan();
    const odd: Plan = {
      ...small,
      steps: small.steps.map((s, i) => ({
        ...s,
        sql: `SELECT '${'é\u2028"\\'.repeat(i + 1)}'`,
        properties: { 'z.key': 'v', 'a.key': `${i}` },
        ...(i % 2 ? { computePool: 'lfcp-1' } : {}),
      })),
      errors: [
        { code: 'removed-still-read', table: 'x', message: 'm' },
        { code: 'other', message: 'n' },
      ],
    } as Plan;
    const empty: Plan = { ...small, changes: [], steps: [], errors: [] };
    for (const plan of [small, bigCase().plan, odd, empty]) expect(planHash(plan)).toBe(referenceHash(plan));
  });
});

describe('statementText', () => {
  const plain = (text: string, s: AnalyzedStatement) =>
    text
      .split('\n')
      .slice(s.startLine - 1, s.endLine)
      .join('\n')
      .trim()
      .replace(/;\s*$/, '')
      .trim();

  test('cuts the same lines as splitting the whole file, for random texts and line ranges', () => {
    let seed = 7;
    const random = () => (seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32;
    const pieces = ['SELECT 1', ';', '\n', '\r\n', '  ', 'x', '-- c;', '\n\n'];
    for (let round = 0; round < 3000; round++) {
      let text = '';
      for (let i = Math.floor(random() * 30); i > 0; i--)
        text += pieces[Math.floor(random() * pieces.length)];
      const startLine = Math.floor(random() * 12) - 1;
      const endLine = startLine + Math.floor(random() * 8) - 2;
      const s = { startLine, endLine } as AnalyzedStatement;
      expect(statementText(text, s)).toBe(plain(text, s));
    }
  });
});
