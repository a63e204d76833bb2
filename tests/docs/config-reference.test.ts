/**
 * docs/config.md is generated from the zod schema (src/config/reference.ts). This test fails
 * when the committed page differs from what the schema generates.
 *
 * To regenerate the page after changing src/config/schema.ts or src/config/reference.ts:
 *
 *   UPDATE_DOCS=1 node --experimental-vm-modules node_modules/jest/bin/jest.js tests/docs/config-reference.test.ts
 *
 * With UPDATE_DOCS=1 the test writes docs/config.md instead of comparing it.
 */
import { describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseConfig } from '../../src/config/load.js';
import { CONFIG_DEFAULTS, EXAMPLE_CONFIG, configKeys, configReference } from '../../src/config/reference.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const page = join(root, 'docs', 'config.md');
const REGENERATE =
  'UPDATE_DOCS=1 node --experimental-vm-modules node_modules/jest/bin/jest.js tests/docs/config-reference.test.ts';

describe('config reference', () => {
  it('docs/config.md is the text generated from the schema', () => {
    const generated = configReference();
    if (process.env.UPDATE_DOCS === '1') writeFileSync(page, generated);
    const current = existsSync(page) ? readFileSync(page, 'utf8') : '';
    if (current !== generated) {
      throw new Error(
        `docs/config.md is out of date with src/config/schema.ts. Regenerate it with:\n  ${REGENERATE}\nthen commit docs/config.md.`,
      );
    }
  });

  it('the example config with a dev and a prod environment is valid', () => {
    const config = parseConfig('example.yaml', EXAMPLE_CONFIG);
    expect(Object.keys(config.environments ?? {})).toEqual(['dev', 'prod']);
    expect(config.environment).toBe('dev');
  });

  it('the example uses every key of the schema', () => {
    // Map members are named by the user; the example fills each of them.
    const used = new Set<string>();
    const walk = (value: unknown, path: string) => {
      if (path) used.add(path);
      if (value && typeof value === 'object' && !Array.isArray(value)) {
        for (const [k, v] of Object.entries(value)) {
          const key = /^environments$/.test(path)
            ? '<name>'
            : /\.computePools$/.test(path)
              ? '<product>'
              : /\.properties$/.test(path)
                ? '<property>'
                : k;
          walk(v, path ? `${path}.${key}` : key);
        }
      }
    };
    walk(parseConfig('example.yaml', EXAMPLE_CONFIG), '');
    const missing = configKeys()
      .map((k) => k.path)
      .filter((p) => !used.has(p));
    expect(missing).toEqual([]);
  });

  it('walks every key, with a type and a description', () => {
    const keys = configKeys();
    expect(keys.length).toBeGreaterThanOrEqual(15);
    for (const k of keys) {
      expect(k.type).not.toBe('');
      expect(k.description).not.toBe('');
    }
    const paths = keys.map((k) => k.path);
    expect(paths).toEqual(expect.arrayContaining(['environments.<name>.computePools.<product>', 'strategy']));
    expect(keys.find((k) => k.path === 'strategy')!.rules).toEqual(['one of `rebuild`, `blue-green`']);
    expect(keys.find((k) => k.path === 'environments.<name>.environmentId')!.rules).toEqual([
      'matches `^env-[a-z0-9]+$` (must look like env-abc123)',
    ]);
  });

  it('every documented default names a key of the schema', () => {
    const paths = new Set(configKeys().map((k) => k.path));
    expect(Object.keys(CONFIG_DEFAULTS).filter((p) => !paths.has(p))).toEqual([]);
  });
});
