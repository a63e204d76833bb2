/**
 * A second fingerprint of DDL text with the `WITH ( … )` option lists left out. Two DDL files
 * with different fingerprints but equal shapes differ only in their options, which decides
 * between an in-place ALTER TABLE SET and a rebuild. The analyzer's structure (columns, keys,
 * watermark) does not cover everything a CREATE holds (computed column expressions, metadata
 * keys, comments, LIKE clauses), so the shape is what proves "options only".
 */
import { normalisedTokens, sha256 } from '../sql/fingerprint.js';
import { tokenize } from '../sql/lexer.js';
import { splitStatements } from '../sql/split.js';
import { isPunct, isWord, matchParens } from '../sql/tokens.js';
import type { SqlIssue } from '../sql/types.js';

/** Per statement (aligned with `SqlAnalysis.statements`), the fingerprint without option lists. */
export function optionFreeFingerprints(text: string): string[] {
  const issues: SqlIssue[] = [];
  const tokens = tokenize(text, issues);
  const match = matchParens(tokens, issues);
  return splitStatements(tokens).map(({ start, end }) => {
    if (!isWord(tokens, start, 'CREATE')) return sha256(normalisedTokens(tokens, start, end));
    let out = '';
    let from = start;
    for (let i = start; i < end; i++) {
      // A CTE reads `WITH name AS (`; only an option list puts `(` right after WITH.
      if (isWord(tokens, i, 'WITH') && isPunct(tokens, i + 1, '(')) {
        out += normalisedTokens(tokens, from, i) + '\u0001';
        i = Math.min(match[i + 1], end);
        from = i + 1;
      }
    }
    return sha256(out + normalisedTokens(tokens, from, end));
  });
}
