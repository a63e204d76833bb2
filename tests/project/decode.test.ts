import { describe, expect, test } from '@jest/globals';
import { decodeSource } from '../../src/project/scan.js';

const bytes = (...parts: (string | number[])[]) =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))));

describe('decodeSource', () => {
  test('ASCII, UTF-8 and a BOM decode to the same text as the validating decoder', () => {
    const cases = [
      bytes('SELECT 1;\n'),
      bytes(''),
      bytes("INSERT INTO t SELECT 'café', '東京', '🚀' FROM s;\n"),
      bytes([0xef, 0xbb, 0xbf], 'CREATE TABLE t (id INT);\n'),
      bytes([0xef, 0xbb, 0xbf], "SELECT 'ü';"),
      bytes('\u007f\u0000\t'),
    ];
    for (const b of cases) {
      const expected = new TextDecoder('utf-8', { fatal: true }).decode(b).replace(/^\ufeff/, '');
      expect(decodeSource('f.sql', b)).toEqual({ path: 'f.sql', text: expected });
    }
  });

  test('a view into a larger buffer decodes only its own bytes', () => {
    const whole = bytes('aaaSELECT 2;bbb');
    expect(decodeSource('f.sql', whole.subarray(3, 12))).toEqual({ path: 'f.sql', text: 'SELECT 2;' });
    const plain = new Uint8Array(whole.buffer, whole.byteOffset + 3, 9);
    expect(decodeSource('f.sql', plain)).toEqual({ path: 'f.sql', text: 'SELECT 2;' });
  });

  test('bytes that are not UTF-8 (Latin-1 é on line 2) are a fatal diagnostic at their line', () => {
    expect(decodeSource('f.sql', bytes('SELECT 1;\nSELECT ', [0xe9], ';\n'))).toEqual({
      severity: 'fatal',
      code: 'not-utf8',
      file: 'f.sql',
      line: 2,
      message: 'the file is not valid UTF-8; save it as UTF-8',
    });
  });
});
