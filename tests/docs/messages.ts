/**
 * Finds the user-facing messages in src/ by reading the .ts files with the TypeScript parser
 * (syntax only, no type check), for tests/docs/troubleshooting.test.ts.
 *
 * A message is the text of:
 * - the first argument of `new C(…)`, where C is a class in src/ that extends Error
 *   (UserError, FlinkApiError, StatementWaitError, …; see EXCLUDED_CLASSES), or plain `Error`
 *   in the files of PLAIN_ERROR_FILES, whose errors are printed as they are;
 * - the `message` of an object literal that also has `severity` or `code` (project
 *   diagnostics, SQL analysis issues, plan warnings and errors);
 * - the `detail` of an object literal that also has `outcome` (deploy step results);
 * - the argument of a write to stderr (`err.write`, `stderr.write`) and of the action's
 *   `core.setFailed`, `core.error`, `core.warning` and `core.notice`.
 * - the returned text of a function named `…Warning` or `…Error` (`driftWarning`,
 *   `gitHubError`): helpers that build a message for one of the above.
 *
 * Each message becomes a skeleton: its fixed text, with every `${…}` (and every `<word>`
 * written in the text itself) replaced by one wildcard, backticks removed and whitespace
 * collapsed. `${x ? `text` : ''}` keeps `text` (an optional part is shown in full; the other
 * branch may be any literal without words, such as '.'); any other conditional inside a
 * message is a value; a top-level `a ? 'one' : 'two'` gives two messages. Wrappers such as `oneLine(…)` are looked
 * through. An argument with no fixed words at all (`e.message`, `messages.join('\n')`) is a
 * pass-through: its text is made elsewhere, and the test lists those sites explicitly.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import ts from 'typescript';

/** Stands for a value filled in at run time. */
export const WILD = '\u0000';

/** Error classes whose messages are not shown as such (emulator HTTP error bodies). */
export const EXCLUDED_CLASSES = new Set(['HttpError']);
/** Files whose plain `new Error(…)` messages reach the user unchanged (the emulator command). */
export const PLAIN_ERROR_FILES = new Set(['src/emulator/cli.ts', 'src/emulator/server.ts']);
/** Calls that only reformat their first argument. */
const TRANSPARENT_CALLS = new Set(['oneLine', '#redact', 'redact', 'String']);
const CORE_CALLS = new Set(['setFailed', 'error', 'warning', 'notice']);

export type Origin = 'error' | 'diagnostic' | 'step-result' | 'output';

export interface SourceMessage {
  /** Repository-relative path, `/`-separated */
  file: string;
  line: number;
  origin: Origin;
  /** The skeleton with wildcards shown as `<…>`, for reports */
  display: string;
  /** The skeleton: fixed text between wildcards, comparable with a doc heading's */
  skeleton: string;
}

export interface PassThrough {
  file: string;
  line: number;
  origin: Origin;
  /** The argument's source text, whitespace collapsed */
  expr: string;
}

export interface Extraction {
  messages: SourceMessage[];
  passThroughs: PassThrough[];
  files: number;
}

/** Collapses whitespace, drops backticks, turns `<word>` into a wildcard and merges wildcards. */
export function skeletonOf(text: string): string {
  return text
    .replace(/`/g, '')
    .replace(/<[^<>\s][^<>]*>/g, WILD)
    .replace(/\s+/g, ' ')
    .replace(new RegExp(`${WILD}(\\s*${WILD})+`, 'g'), WILD)
    .trim();
}

export const displayOf = (skeleton: string) => skeleton.split(WILD).join('<…>');

/** Whether a skeleton has fixed words of its own, rather than only punctuation around values. */
const hasWords = (skeleton: string) => /[A-Za-z]{2,}/.test(skeleton.split(WILD).join(' '));

function listTs(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...listTs(p));
    else if (e.isFile() && e.name.endsWith('.ts') && !e.name.endsWith('.d.ts')) out.push(p);
  }
  return out.sort();
}

type Part = string | typeof WILD;
type Variant = Part[];

const unwrapExpr = (e: ts.Expression): ts.Expression => {
  let cur = e;
  while (
    ts.isParenthesizedExpression(cur) ||
    ts.isAsExpression(cur) ||
    ts.isNonNullExpression(cur) ||
    ts.isSatisfiesExpression(cur)
  )
    cur = cur.expression;
  return cur;
};

/** A literal without words ('' or '.'): the other branch of a conditional is an optional part. */
const isWordless = (e: ts.Expression) => {
  const u = unwrapExpr(e);
  return (ts.isStringLiteral(u) || ts.isNoSubstitutionTemplateLiteral(u)) && !/[A-Za-z]/.test(u.text);
};

function calleeName(call: ts.CallExpression): string | undefined {
  const c = call.expression;
  if (ts.isIdentifier(c)) return c.text;
  if (ts.isPropertyAccessExpression(c)) return c.name.getText();
  return undefined;
}

/** The texts an expression can produce, as fixed parts and wildcards. */
function variants(expr: ts.Expression, top: boolean): Variant[] {
  const e = unwrapExpr(expr);
  if (ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e)) return [[e.text]];
  if (ts.isTemplateExpression(e)) {
    let out: Variant[] = [[e.head.text]];
    for (const span of e.templateSpans) {
      const inner = spanVariants(span.expression);
      const next: Variant[] = [];
      for (const a of out) for (const b of inner) next.push([...a, ...b, span.literal.text]);
      out = next;
    }
    return out;
  }
  if (ts.isConditionalExpression(e)) {
    if (!top) return spanVariants(e);
    return [e.whenTrue, e.whenFalse].filter((b) => !isWordless(b)).flatMap((b) => variants(b, true));
  }
  if (ts.isBinaryExpression(e) && e.operatorToken.kind === ts.SyntaxKind.PlusToken) {
    const out: Variant[] = [];
    for (const a of variants(e.left, false)) for (const b of variants(e.right, false)) out.push([...a, ...b]);
    return out;
  }
  if (ts.isCallExpression(e) && TRANSPARENT_CALLS.has(calleeName(e) ?? '') && e.arguments[0]) {
    return variants(e.arguments[0], top);
  }
  return [[WILD]];
}

/** Inside `${…}`: an optional part (`c ? text : ''`) is kept, literals inline, anything else is a value. */
function spanVariants(expr: ts.Expression): Variant[] {
  const e = unwrapExpr(expr);
  if (ts.isConditionalExpression(e)) {
    if (isWordless(e.whenFalse)) return variants(e.whenTrue, false);
    if (isWordless(e.whenTrue)) return variants(e.whenFalse, false);
    return [[WILD]];
  }
  if (ts.isTemplateExpression(e) || ts.isNoSubstitutionTemplateLiteral(e)) return variants(e, false);
  if (ts.isCallExpression(e) && TRANSPARENT_CALLS.has(calleeName(e) ?? '') && e.arguments[0]) {
    return spanVariants(e.arguments[0]);
  }
  return [[WILD]];
}

/** Names of classes in src/ that extend Error, directly or through another such class. */
function errorClasses(sources: ts.SourceFile[]): Set<string> {
  const parent = new Map<string, string>();
  for (const sf of sources) {
    const visit = (n: ts.Node) => {
      if (ts.isClassDeclaration(n) && n.name) {
        const ext = n.heritageClauses?.find((h) => h.token === ts.SyntaxKind.ExtendsKeyword)?.types[0];
        if (ext) parent.set(n.name.text, ext.expression.getText(sf));
      }
      ts.forEachChild(n, visit);
    };
    visit(sf);
  }
  const out = new Set<string>();
  for (const name of parent.keys()) {
    let cur: string | undefined = name;
    const seen = new Set<string>();
    while (cur && !seen.has(cur)) {
      seen.add(cur);
      cur = parent.get(cur);
      if (cur === 'Error') {
        if (!EXCLUDED_CLASSES.has(name)) out.add(name);
        break;
      }
    }
  }
  return out;
}

/** Inside a function (not a class) named like `driftWarning` or `gitHubError`. */
function inMessageHelper(n: ts.Node): boolean {
  for (let p = n.parent; p; p = p.parent) {
    if (ts.isFunctionDeclaration(p) || ts.isMethodDeclaration(p) || ts.isArrowFunction(p)) {
      const name = ts.isArrowFunction(p)
        ? ts.isVariableDeclaration(p.parent) && ts.isIdentifier(p.parent.name)
          ? p.parent.name.text
          : ''
        : (p.name?.getText() ?? '');
      return /^[a-z#]\w*(Warning|Error)$/.test(name);
    }
  }
  return false;
}

const propName = (p: ts.ObjectLiteralElementLike) =>
  p.name && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name)) ? p.name.text : undefined;

export function extractMessages(root: string): Extraction {
  const files = listTs(join(root, 'src'));
  const sources = files.map((f) =>
    ts.createSourceFile(f, readFileSync(f, 'utf8'), ts.ScriptTarget.Latest, true, ts.ScriptKind.TS),
  );
  const classes = errorClasses(sources);
  const messages: SourceMessage[] = [];
  const passThroughs: PassThrough[] = [];

  for (const sf of sources) {
    const file = relative(root, sf.fileName).split(sep).join('/');
    const record = (expr: ts.Expression, origin: Origin, passThroughAllowed: boolean) => {
      const line = sf.getLineAndCharacterOfPosition(expr.getStart(sf)).line + 1;
      for (const v of variants(expr, true)) {
        const skeleton = skeletonOf(v.join(''));
        if (hasWords(skeleton)) {
          messages.push({ file, line, origin, skeleton, display: displayOf(skeleton) });
        } else if (!passThroughAllowed) {
          passThroughs.push({ file, line, origin, expr: expr.getText(sf).replace(/\s+/g, ' ') });
        }
      }
    };
    const visit = (n: ts.Node) => {
      if (ts.isNewExpression(n) && ts.isIdentifier(n.expression) && n.arguments?.[0]) {
        const name = n.expression.text;
        if (classes.has(name) || (name === 'Error' && PLAIN_ERROR_FILES.has(file))) {
          record(n.arguments[0], 'error', false);
        }
      } else if (ts.isObjectLiteralExpression(n)) {
        const props = new Map(n.properties.map((p) => [propName(p), p]));
        const message = props.get('message');
        const detail = props.get('detail');
        if (message && ts.isPropertyAssignment(message) && (props.has('severity') || props.has('code'))) {
          record(message.initializer, 'diagnostic', false);
        }
        if (detail && ts.isPropertyAssignment(detail) && props.has('outcome')) {
          record(detail.initializer, 'step-result', true);
        }
      } else if (ts.isReturnStatement(n) && n.expression && inMessageHelper(n)) {
        record(n.expression, 'output', true);
      } else if (ts.isCallExpression(n) && n.arguments[0]) {
        const callee = n.expression;
        if (ts.isPropertyAccessExpression(callee)) {
          const method = callee.name.getText(sf);
          const target = callee.expression.getText(sf);
          const toStderr = method === 'write' && /(^|\.)(err|stderr)$/.test(target);
          const toCore = CORE_CALLS.has(method) && /(^|\.)core$/.test(target);
          if (toStderr || toCore) record(n.arguments[0], 'output', true);
        }
      }
      ts.forEachChild(n, visit);
    };
    visit(sf);
  }
  return { messages, passThroughs, files: files.length };
}
