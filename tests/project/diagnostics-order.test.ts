/** Diagnostics come out in one order on every machine: never by the machine's locale. */
import { describe, expect, test } from '@jest/globals';
import { sortDiagnostics, type Diagnostic } from '../../src/project/diagnostics.js';

const d = (file: string, message: string, severity: Diagnostic['severity'] = 'warning'): Diagnostic => ({
  severity,
  code: 'x',
  file,
  message,
});

describe('sortDiagnostics', () => {
  test('severity first, then file and message in code-unit order (upper case before lower case)', () => {
    const sorted = sortDiagnostics([
      d('pipelines/b.sql', 'b'),
      d('pipelines/a.sql', 'later'),
      d('pipelines/B.sql', 'a'),
      d('pipelines/a.sql', 'Earlier'),
      d('pipelines/z.sql', 'z', 'fatal'),
      d('pipelines/ä.sql', 'umlaut'),
    ]);
    expect(sorted.map((x) => `${x.file} ${x.message}`)).toEqual([
      'pipelines/z.sql z',
      'pipelines/B.sql a',
      'pipelines/a.sql Earlier',
      'pipelines/a.sql later',
      'pipelines/b.sql b',
      'pipelines/ä.sql umlaut',
    ]);
  });
});
