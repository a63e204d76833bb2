import { describe, expect, test } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeSource, scanProject } from '../../src/project/scan.js';

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

describe('scanProject reads every file whole', () => {
  test('files larger and smaller than the shared read buffer keep exactly their own bytes', () => {
    const root = mkdtempSync(join(tmpdir(), 'flink-pipeline-scan-'));
    try {
      // 300 kB (several times the first buffer), then a short file, then one in between, then
      // a non-ASCII one: a file read after a longer one must not carry the longer one's tail.
      const columns = Array.from({ length: 12000 }, (_, i) => `  c${i} STRING`).join(',\n');
      const files: Record<string, string> = {
        big: `CREATE TABLE big (\n${columns}\n);\n`,
        small: 'CREATE TABLE small (id INT);\n',
        mid: `CREATE TABLE mid (\n${columns.slice(0, 90000)}\n);\n`,
        utf: "CREATE TABLE utf (id INT COMMENT 'café 東京');\n",
      };
      for (const [name, text] of Object.entries(files)) {
        const dir = join(root, 'pipelines', 'facts', 'p', name, 'sql-scripts');
        mkdirSync(dir, { recursive: true });
        writeFileSync(join(dir, `ddl.${name}.sql`), text);
      }
      const scan = scanProject(join(root, 'pipelines'));
      expect(scan.diagnostics).toEqual([]);
      const read = Object.fromEntries(scan.folders.map((f) => [f.folder.split('/').pop(), f.ddl?.text]));
      expect(read).toEqual(files);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
