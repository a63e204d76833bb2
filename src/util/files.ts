import { readFileSync } from 'node:fs';
import { UserError } from './errors.js';

/** Reads a file the user named; a failure is one line naming the file and what it is for. */
export function readUserFile(path: string, what: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (e) {
    throw new UserError(`${path}: cannot read the ${what} (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
}
