/**
 * The docs name everything a user can set: every input and output of action.yml appears in
 * docs/action.md, and every config key path in docs/config.md.
 */
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { configKeys } from '../../src/config/reference.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');

interface ActionYml {
  inputs?: Record<string, { description?: string; default?: unknown }>;
  outputs?: Record<string, { description?: string }>;
}

describe('docs coverage', () => {
  const action = parse(read('action.yml')) as ActionYml;
  const actionDoc = read('docs/action.md');

  it('action.yml has inputs and outputs to check', () => {
    expect(Object.keys(action.inputs ?? {}).length).toBeGreaterThanOrEqual(10);
    expect(Object.keys(action.outputs ?? {}).length).toBeGreaterThanOrEqual(5);
  });

  it('every input of action.yml is documented in docs/action.md, with its default', () => {
    const missing = Object.entries(action.inputs ?? {})
      .filter(([name, spec]) => {
        // The table row of the input: `name` | default | description.
        const row = actionDoc.split('\n').find((l) => l.startsWith(`| \`${name}\``));
        if (!row) return true;
        return spec.default !== undefined && !row.includes(`\`${String(spec.default)}\``);
      })
      .map(([name, spec]) => `${name} (default ${JSON.stringify(spec.default ?? null)})`);
    expect(missing).toEqual([]);
  });

  it('every output of action.yml is documented in docs/action.md', () => {
    const missing = Object.keys(action.outputs ?? {}).filter(
      (name) => !actionDoc.split('\n').some((l) => l.startsWith(`| \`${name}\``)),
    );
    expect(missing).toEqual([]);
  });

  it('every input and output named in docs/action.md exists in action.yml', () => {
    const known = new Set([...Object.keys(action.inputs ?? {}), ...Object.keys(action.outputs ?? {})]);
    const rows = actionDoc
      .split('\n')
      .map((l) => /^\| `([a-z][a-z-]*)`/.exec(l)?.[1])
      .filter((n): n is string => !!n);
    expect(rows.filter((n) => !known.has(n))).toEqual([]);
  });

  it('every config key path appears in docs/config.md', () => {
    const doc = read('docs/config.md');
    const keys = configKeys().map((k) => k.path);
    expect(keys.length).toBeGreaterThanOrEqual(15);
    expect(keys.filter((k) => !doc.includes(`### \`${k}\``))).toEqual([]);
  });
});
