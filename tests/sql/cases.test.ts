/**
 * Runs the independent oracle (`cases.ts`) against `analyzeSql`. One test per case; the
 * primary assertion compares one object so a failure shows every differing field at once.
 */
import { describe, expect, test } from '@jest/globals';
import { analyzeSql } from '../../src/sql/analyze.js';
import type { JoinCounts, SqlAnalysis } from '../../src/sql/types.js';
import { SQL_CASES, type SqlCase } from './cases.js';

const JOIN_KEYS: (keyof JoinCounts)[] = ['regular', 'left', 'right', 'inner', 'outer', 'cross'];

function summarise(a: SqlAnalysis) {
  return {
    kinds: a.statements.map((s) => s.kind),
    sinks: a.sinks,
    sources: a.sources,
    stateful: a.stateful,
    reasons: a.reasons.map((r) => ({ construct: r.construct, line: r.line })),
  };
}

function expected(c: SqlCase) {
  return { kinds: c.kinds, sinks: c.sinks, sources: c.sources, stateful: c.stateful, reasons: c.reasons };
}

/** Join counts summed over statements, restricted to the keys the case names. */
function joinTotals(a: SqlAnalysis, want: Partial<JoinCounts>): Partial<JoinCounts> {
  const out: Partial<JoinCounts> = {};
  for (const k of JOIN_KEYS) {
    if (want[k] === undefined) continue;
    out[k] = a.statements.reduce((n, s) => n + s.joins[k], 0);
  }
  return out;
}

describe('analyzeSql oracle', () => {
  test('the oracle has at least 70 uniquely named cases', () => {
    expect(SQL_CASES.length).toBeGreaterThanOrEqual(70);
    expect(new Set(SQL_CASES.map((c) => c.name)).size).toBe(SQL_CASES.length);
  });

  test.each(SQL_CASES.map((c) => [c.name, c] as [string, SqlCase]))('%s', (_name, c) => {
    const a: SqlAnalysis = analyzeSql(c.sql);
    expect(summarise(a)).toEqual(expected(c));

    if (c.joins) expect(joinTotals(a, c.joins)).toEqual(c.joins);

    // Internal consistency between the file level and the statements.
    expect(
      a.statements.flatMap((s) => s.reasons.map((r) => ({ construct: r.construct, line: r.line }))),
    ).toEqual(c.reasons);
    const stmtSinks = new Set(a.statements.flatMap((s) => s.sinks));
    const stmtSources = new Set(a.statements.flatMap((s) => s.sources));
    expect([...stmtSinks].sort()).toEqual(c.sinks);
    expect([...stmtSources].sort()).toEqual(c.sources);
    let previousEnd = 0;
    for (const s of a.statements) {
      expect(s.startLine).toBeGreaterThanOrEqual(previousEnd);
      expect(s.endLine).toBeGreaterThanOrEqual(s.startLine);
      for (const r of s.reasons) {
        expect(r.line).toBeGreaterThanOrEqual(s.startLine);
        expect(r.line).toBeLessThanOrEqual(s.endLine);
      }
      previousEnd = s.endLine;
    }
  });
});
