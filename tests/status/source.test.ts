import { describe, expect, test } from '@jest/globals';
import { parseStatusFile, statusSourceFor } from '../../src/status/source.js';

describe('status file', () => {
  test('the short shape: {table: phase}', () => {
    const s = parseStatusFile('s.json', '{"a": "RUNNING", "b": "STOPPED"}');
    expect(s.kind).toBe('file');
    expect([...s.tables]).toEqual([
      ['a', { phase: 'RUNNING', tableExists: true }],
      ['b', { phase: 'STOPPED', tableExists: true }],
    ]);
  });
  test('the detailed shape keeps statement names and deployed versions', () => {
    const s = parseStatusFile(
      's.json',
      '{"z": {"phase": "STOPPED", "statement": "p2-dml-z-1234567", "table": "z_v2"}}',
    );
    expect(s.tables.get('z')).toEqual({
      tableExists: true,
      phase: 'STOPPED',
      statement: 'p2-dml-z-1234567',
      table: 'z_v2',
    });
  });
  test('a wrong phase names the file and the table', () => {
    expect(() => parseStatusFile('s.json', '{"a": "RUNING"}')).toThrow(
      /^s\.json: a: must be one of PENDING, RUNNING/,
    );
  });
  test('broken JSON names the file', () => {
    expect(() => parseStatusFile('s.json', '{')).toThrow(/^s\.json: not valid JSON/);
  });
  test('--status specs', () => {
    expect(statusSourceFor(undefined).kind).toBe('none');
    expect(statusSourceFor('file:x.json').kind).toBe('file');
    expect(() => statusSourceFor('bogus')).toThrow('--status bogus: use none, file:PATH or confluent');
    expect(() => statusSourceFor('confluent')).toThrow(/not available here/);
  });
});
