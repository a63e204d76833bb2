/**
 * docs/cli.md names every command and option the command line accepts: each command of
 * src/cli/run.ts (and `emulator`) has a `## \`<command>\`` section, every option of the main
 * parser and every flag of the emulator's usage text appears as `--<option>`, and no section
 * or option in the page is one the tool does not have.
 */
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { COMMANDS, OPTIONS } from '../../src/cli/run.js';
import { EMULATOR_USAGE } from '../../src/emulator/cli.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const doc = readFileSync(join(root, 'docs', 'cli.md'), 'utf8');

const commands = [...Object.keys(COMMANDS), 'emulator'];
const emulatorFlags = [...EMULATOR_USAGE.matchAll(/^\s+(--[a-z][a-z-]*)/gm)].map((m) => m[1]);
const flags = new Set([...Object.keys(OPTIONS).map((o) => `--${o}`), ...emulatorFlags]);
const sections = [...doc.matchAll(/^## `([a-z-]+)`$/gm)].map((m) => m[1]);

describe('docs/cli.md', () => {
  it('finds the commands and options to check', () => {
    expect(commands.length).toBeGreaterThanOrEqual(7);
    expect(emulatorFlags.length).toBeGreaterThanOrEqual(8);
    expect(flags.size).toBeGreaterThanOrEqual(20);
  });

  it('has a section for every command', () => {
    expect(commands.filter((c) => !sections.includes(c))).toEqual([]);
  });

  it('has no section for a command the tool does not have', () => {
    expect(sections.filter((s) => !commands.includes(s))).toEqual([]);
  });

  it('names every option as --option', () => {
    const missing = [...flags].filter((f) => !new RegExp(`\`${f}[\\s=\`|\\\\]`).test(doc));
    expect(missing).toEqual([]);
  });

  it('names no option the tool does not have', () => {
    const named = new Set([...doc.matchAll(/`(--[a-z][a-z-]*)/g)].map((m) => m[1]));
    expect([...named].filter((f) => !flags.has(f))).toEqual([]);
  });
});
