/**
 * `SqlAnalysis.fingerprint` and `AnalyzedStatement.fingerprint`, computed only when asked for.
 * A plan compares fingerprints of the changed tables and hashes those of the impacted ones,
 * yet hashing every statement of every file took a third of the analysis of a large project.
 * An analysis keeps its text instead; the first read of any of its fingerprints lexes the
 * text again, hashes every statement as the analysis would have, and leaves all of them as
 * plain data properties.
 *
 * The values must not move: they name and label deployed statements. The lexer and the
 * splitter are functions of the text alone, so lexing it again gives the analysis's tokens
 * and statement spans, one span per statement, and `fingerprintTokens` over them gives the
 * same digests. Serialising (JSON.stringify, structuredClone), spreading and deep equality
 * read the properties through the getter and see the values an eager analysis held.
 */
import { fingerprintTokens, sha256 } from './fingerprint.js';
import { tokenizeRange } from './lexer.js';
import { assign, pendingOwner, settle } from './lazy-property.js';
import { splitStatements } from './split.js';
import { TokenList } from './tokenlist.js';
import type { AnalyzedStatement, SqlAnalysis, SqlIssue } from './types.js';

/** What one analysis's fingerprints are computed from, shared by the analysis and its statements. */
interface Pending {
  src: string;
  analysis: SqlAnalysis;
  /** As analysed: the analysis's own array may be replaced or reordered before the first read */
  statements: AnalyzedStatement[];
  /** Set by the first read; outlives it only for objects that could not take a data property (frozen) */
  values?: { analysis: string; statements: string[] };
}

/**
 * Pending state by analysis and by statement. Outside the objects, so that they hold no extra
 * property; one getter and setter for all, so that V8 keeps them in fast mode with shared
 * shapes (a closure per object would turn each into a dictionary).
 */
const pending = new WeakMap<object, Pending>();

const accessor: PropertyDescriptor = {
  get: getFingerprint,
  set: setFingerprint,
  enumerable: true,
  configurable: true,
};

/**
 * Gives `statement` a `fingerprint` property, at this point of its key order, answered by
 * `deferFingerprints` of its analysis. The property must be added, not redefined: turning a
 * data property into an accessor makes V8 give the object a dictionary.
 */
export function deferStatementFingerprint(statement: AnalyzedStatement): void {
  Object.defineProperty(statement, 'fingerprint', accessor);
}

/**
 * Gives `analysis` a `fingerprint` property, at this point of its key order, and makes its
 * statements' properties (`deferStatementFingerprint`) read `text`, the analysed text.
 */
export function deferFingerprints(analysis: SqlAnalysis, text: string): void {
  const state: Pending = { src: text, analysis, statements: analysis.statements.slice() };
  pending.set(analysis, state);
  for (const s of state.statements) pending.set(s, state);
  Object.defineProperty(analysis, 'fingerprint', accessor);
}

function getFingerprint(this: object): string | undefined {
  const owner = pendingOwner(pending, this);
  const state = owner && pending.get(owner);
  if (owner === undefined || state === undefined) return undefined;
  const values = (state.values ??= settleAll(state));
  return owner === state.analysis
    ? values.analysis
    : values.statements[state.statements.indexOf(owner as AnalyzedStatement)];
}

function setFingerprint(this: object, value: string): void {
  assign(pending, this, 'fingerprint', value);
}

/**
 * Computes all fingerprints of `state` and leaves each as a data property of its object,
 * unless that object no longer holds the accessor (its property was assigned or deleted) or
 * cannot take one (frozen: it keeps its entry and reads the returned values).
 */
function settleAll(state: Pending): { analysis: string; statements: string[] } {
  const values = computeFingerprints(state.src);
  const resolve = (o: object, value: string) => {
    if (pending.get(o) !== state) return;
    if (Object.getOwnPropertyDescriptor(o, 'fingerprint')?.get !== getFingerprint) pending.delete(o);
    else if (settle(o, 'fingerprint', value)) pending.delete(o);
  };
  state.statements.forEach((s, k) => resolve(s, values.statements[k]));
  resolve(state.analysis, values.analysis);
  return values;
}

/** List for lexing the text again; reused, as lexing allocates nothing per token then. */
const relexed = new TokenList(256);

/**
 * The fingerprints the analysis of `text` computed: each statement's over the whole text's
 * tokens (hints included) in its span, the analysis's over theirs joined by line breaks.
 */
function computeFingerprints(text: string): { analysis: string; statements: string[] } {
  const ignored: SqlIssue[] = [];
  const tokens = tokenizeRange(relexed, text, 0, text.length, 1, ignored);
  const statements = splitStatements(tokens).map((span) => fingerprintTokens(tokens, span.start, span.end));
  return { analysis: sha256(statements.join('\n')), statements };
}
