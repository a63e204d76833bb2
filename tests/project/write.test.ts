import { afterEach, beforeEach, describe, expect, test } from '@jest/globals';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { syncFiles } from '../../src/project/write.js';

const DEF = 'pipeline_definition.json';

describe('syncFiles', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'flink-pipeline-write-'));
    for (const t of ['a', 'b', 'c', 'd', 'e', 'f']) mkdirSync(join(root, 'p', t), { recursive: true });
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  const put = (path: string, text: string | Buffer) => writeFileSync(join(root, path), text);
  const big = (fill: string) => Buffer.alloc(200_000, fill); // larger than the comparison buffer starts

  /** Files on disk that differ from what is expected only by length, or only at the end, are out of date. */
  function setUp() {
    put(`p/a/${DEF}`, '{"x": 1}\n'); // same
    put(`p/b/${DEF}`, '{"x": 1}\n\n'); // one byte longer
    put(`p/c/${DEF}`, '{"x": 1}'); // a prefix of the expected bytes
    put(`p/d/${DEF}`, '{"x": 2}\n'); // same length, last bytes differ
    put(`p/e/${DEF}`, big('b')); // large, same
    put(`p/f/${DEF}`, 'old'); // no table owns it
    const expected: [string, Buffer][] = [
      [`p/a/${DEF}`, Buffer.from('{"x": 1}\n')],
      [`p/b/${DEF}`, Buffer.from('{"x": 1}\n')],
      [`p/c/${DEF}`, Buffer.from('{"x": 1}\n')],
      [`p/d/${DEF}`, Buffer.from('{"x": 1}\n')],
      [`p/e/${DEF}`, big('b')],
      [`p/new/${DEF}`, Buffer.from('{}\n')],
      ['p/inventory.json', big('i')],
    ];
    const existing = ['a', 'b', 'c', 'd', 'e', 'f'].map((t) => `p/${t}/${DEF}`);
    return { expected, paths: new Set(expected.map(([p]) => p)), existing };
  }

  test('check: only equal bytes are up to date; nothing on disk changes', () => {
    const { expected, paths, existing } = setUp();
    const before = statSync(join(root, `p/b/${DEF}`)).mtimeMs;
    const r = syncFiles(root, expected, paths, existing, true);
    expect(r).toEqual({
      created: ['p/inventory.json', `p/new/${DEF}`],
      updated: [`p/b/${DEF}`, `p/c/${DEF}`, `p/d/${DEF}`],
      deleted: [`p/f/${DEF}`],
      unchanged: 2,
    });
    expect(readFileSync(join(root, `p/b/${DEF}`), 'utf8')).toBe('{"x": 1}\n\n');
    expect(statSync(join(root, `p/b/${DEF}`)).mtimeMs).toBe(before);
    expect(readFileSync(join(root, `p/f/${DEF}`), 'utf8')).toBe('old');
  });

  test('a large file differing in its last byte is out of date', () => {
    const content = big('z');
    const onDisk = Buffer.from(content);
    onDisk[onDisk.length - 1] = 0x79;
    put(`p/a/${DEF}`, onDisk);
    const r = syncFiles(root, [[`p/a/${DEF}`, content]], new Set([`p/a/${DEF}`]), [`p/a/${DEF}`], true);
    expect(r.updated).toEqual([`p/a/${DEF}`]);
  });

  test('content in pieces: compared piece by piece in place, written joined', () => {
    put(`p/a/${DEF}`, '{"x": [1, 2]}\n'); // same
    put(`p/b/${DEF}`, '{"x": [1, 3]}\n'); // a later piece differs
    put(`p/c/${DEF}`, '{"x": [1, 2]}'); // shorter than the pieces
    const pieces = () => ['{"x": ', '[1, ', '2]', '}\n'].map((p) => Buffer.from(p));
    const expected: [string, Buffer[]][] = ['a', 'b', 'c', 'd'].map((t) => [`p/${t}/${DEF}`, pieces()]);
    const paths = new Set(expected.map(([p]) => p));
    const existing = ['a', 'b', 'c'].map((t) => `p/${t}/${DEF}`);
    expect(syncFiles(root, expected, paths, existing, true)).toEqual({
      created: [`p/d/${DEF}`],
      updated: [`p/b/${DEF}`, `p/c/${DEF}`],
      deleted: [],
      unchanged: 1,
    });
    syncFiles(root, expected, paths, existing, false);
    for (const t of ['a', 'b', 'c', 'd'])
      expect(readFileSync(join(root, `p/${t}/${DEF}`), 'utf8')).toBe('{"x": [1, 2]}\n');
  });

  test('write: the files become the expected bytes, and a second run finds them all up to date', () => {
    const { expected, paths, existing } = setUp();
    syncFiles(root, expected, paths, existing, false);
    for (const [p, content] of expected) expect(readFileSync(join(root, p)).equals(content)).toBe(true);
    const again = syncFiles(
      root,
      expected,
      paths,
      [...paths].filter((p) => p.endsWith(DEF)),
      true,
    );
    expect(again).toEqual({ created: [], updated: [], deleted: [], unchanged: expected.length });
  });
});
