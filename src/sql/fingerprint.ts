/**
 * Fingerprints: sha256 over the normalised token stream, so that whitespace, comments,
 * keyword case and statement terminators do not count as change. Identifiers keep their case
 * (Flink names are case-sensitive); strings, quoted names and hints are kept exactly.
 */
import { createHash } from 'node:crypto';
import type { Token } from './lexer.js';
import { BUILTIN_FUNCTIONS } from './keywords.js';

/** Normalised text of `t[start, end)`, one token per unit, `;` left out. */
export function normalisedTokens(t: Token[], start: number, end: number): string {
  let out = '';
  for (let i = start; i < end; i++) {
    const tk = t[i];
    switch (tk.kind) {
      case 'keyword':
        out += tk.up;
        break;
      case 'identifier': {
        const next = t[i + 1];
        const call = next !== undefined && next.kind === 'punct' && next.text === '(';
        out += call && BUILTIN_FUNCTIONS.has(tk.up) ? tk.up : tk.text;
        break;
      }
      case 'hint':
        out += tk.text.replace(/\s+/g, ' ');
        break;
      case 'punct':
        if (tk.text === ';') continue;
        out += tk.text;
        break;
      default:
        out += tk.text;
    }
    // A separator no token text can end with unescaped keeps `ab c` apart from `a bc`.
    out += '\u0000';
  }
  return out;
}

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
