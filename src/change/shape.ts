/**
 * A second fingerprint of DDL text with the `WITH ( … )` option lists left out. Two DDL files
 * with different fingerprints but equal shapes differ only in their options, which decides
 * between an in-place ALTER TABLE SET and a rebuild. The analyzer's structure (columns, keys,
 * watermark) does not cover everything a CREATE holds (computed column expressions, metadata
 * keys, comments, LIKE clauses), so the shape is what proves "options only".
 *
 * The shape also reads the non-reserved words of a CREATE TABLE in any case, as Flink does:
 * the lexer keeps `key` in `primary key` an identifier (it is a common column name), so the
 * fingerprint keeps its case, and a formatter upper-casing it must not look like a new table.
 */
import { normalisedTokens, sha256, type FoldWord } from '../sql/fingerprint.js';
import { tokenize } from '../sql/lexer.js';
import { splitStatements } from '../sql/split.js';
import { STRING, type TokenList } from '../sql/tokenlist.js';
import { isPunct, isWord, matchParens } from '../sql/tokens.js';
import type { SqlIssue } from '../sql/types.js';

/** Words of a LIKE clause's options: `LIKE src (EXCLUDING OPTIONS OVERWRITING WATERMARKS)`. */
const LIKE_MERGE = new Set(['INCLUDING', 'EXCLUDING', 'OVERWRITING']);
const LIKE_FEATURE = new Set([
  'ALL',
  'CONSTRAINTS',
  'PARTITIONS',
  'WATERMARKS',
  'OPTIONS',
  'GENERATED',
  'METADATA',
]);

/** Identifiers that are DDL syntax where they stand, not names: only there is their case folded. */
const ddlWord: FoldWord = (t: TokenList, i: number) => {
  const up = t.up(i);
  if (up === 'KEY') return isWord(t, i - 1, 'PRIMARY');
  if (up === 'HASH') return isWord(t, i - 1, 'BY') && isWord(t, i - 2, 'DISTRIBUTED');
  if (up === 'COMMENT') return i + 1 < t.count && t.kinds[i + 1] === STRING;
  if (up === 'OVERWRITING') return i + 1 < t.count && LIKE_FEATURE.has(t.up(i + 1));
  if (LIKE_FEATURE.has(up)) return i > 0 && LIKE_MERGE.has(t.up(i - 1));
  return false;
};

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
        out += normalisedTokens(tokens, from, i, ddlWord) + '\u0001';
        i = Math.min(match[i + 1], end);
        from = i + 1;
      }
    }
    return sha256(out + normalisedTokens(tokens, from, end, ddlWord));
  });
}
