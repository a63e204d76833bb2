import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ROOT } from '../helpers/repo.js';

/**
 * The example workflows as the runner reads them: the YAML parsed, `${{ }}` expressions
 * evaluated against an event's contexts, job and step `if:` conditions decided. Only the
 * expression language the examples use is supported (literals, context paths, `!`, `==`,
 * `!=`, `&&`, `||`, parentheses, `format`, `startsWith`, `contains`, `success`, `always`);
 * anything else throws, so an example cannot silently use what the tests do not evaluate.
 * Semantics follow GitHub's expression docs: `&&`/`||` return an operand, strings compare
 * case-insensitively, a missing property is null.
 */

export type Value = string | number | boolean | null | Value[] | { [k: string]: Value };
export type Contexts = Record<string, Value>;

export interface Step {
  id?: string;
  name?: string;
  if?: string | boolean;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, unknown>;
}

export interface Job {
  if?: string | boolean;
  'runs-on': string;
  permissions?: Record<string, string>;
  environment?: string | { name: string };
  concurrency?: { group: string; 'cancel-in-progress'?: boolean | string };
  env?: Record<string, unknown>;
  steps: Step[];
}

export interface Workflow {
  name: string;
  on: Record<string, unknown>;
  permissions?: Record<string, string>;
  env?: Record<string, unknown>;
  concurrency?: { group: string; 'cancel-in-progress'?: boolean | string };
  jobs: Record<string, Job>;
}

export function readWorkflow(file: string): Workflow {
  return parse(readFileSync(join(ROOT, file), 'utf8')) as Workflow;
}

// ---- expressions ----

type Token = { t: 'op' | 'str' | 'num' | 'id'; v: string };

function tokenize(src: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i];
    if (/\s/.test(c)) i++;
    else if (c === "'") {
      let s = '';
      for (i++; ; i++) {
        if (i >= src.length) throw new Error(`unterminated string in ${src}`);
        if (src[i] === "'" && src[i + 1] === "'") {
          s += "'";
          i++;
        } else if (src[i] === "'") break;
        else s += src[i];
      }
      i++;
      out.push({ t: 'str', v: s });
    } else if (/[0-9]/.test(c)) {
      const m = /^[0-9.]+/.exec(src.slice(i))![0];
      out.push({ t: 'num', v: m });
      i += m.length;
    } else if (/[A-Za-z_]/.test(c)) {
      const m = /^[A-Za-z_][A-Za-z0-9_-]*/.exec(src.slice(i))![0];
      out.push({ t: 'id', v: m });
      i += m.length;
    } else {
      const two = src.slice(i, i + 2);
      if (['==', '!=', '&&', '||'].includes(two)) {
        out.push({ t: 'op', v: two });
        i += 2;
      } else if ('!().,[]'.includes(c)) {
        out.push({ t: 'op', v: c });
        i++;
      } else throw new Error(`unsupported character ${c} in expression ${src}`);
    }
  }
  return out;
}

const truthy = (v: Value) => !(v === null || v === false || v === 0 || v === '' || Number.isNaN(v));

export function asString(v: Value): string {
  if (v === null) return '';
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}

/** GitHub's coercion when the operand types differ: null 0, booleans 1/0, strings as numbers ('' is 0). */
const toNumber = (v: Value): number =>
  v === null ? 0 : typeof v === 'boolean' ? Number(v) : typeof v === 'string' ? Number(v.trim() || 0) : NaN;

function equal(a: Value, b: Value): boolean {
  if (typeof a === 'string' && typeof b === 'string') return a.toLowerCase() === b.toLowerCase();
  if (typeof a === 'object' && a !== null) return a === b;
  if (typeof b === 'object' && b !== null) return false;
  if (typeof a === typeof b) return a === b;
  return toNumber(a) === toNumber(b);
}

const FUNCTIONS: Record<string, (args: Value[]) => Value> = {
  format: ([f, ...rest]) => asString(f).replace(/\{(\d+)\}/g, (_, n: string) => asString(rest[Number(n)])),
  startsWith: ([a, b]) => asString(a).toLowerCase().startsWith(asString(b).toLowerCase()),
  contains: ([a, b]) =>
    Array.isArray(a)
      ? a.some((x) => equal(x, b))
      : asString(a).toLowerCase().includes(asString(b).toLowerCase()),
  success: () => true,
  always: () => true,
};

/** Evaluates one expression (without `${{ }}`). */
export function evaluate(src: string, ctx: Contexts): Value {
  const toks = tokenize(src);
  let p = 0;
  const peek = () => toks[p];
  const eat = (v?: string) => {
    const t = toks[p++];
    if (!t || (v !== undefined && t.v !== v)) throw new Error(`expected ${v ?? 'a token'} in ${src}`);
    return t;
  };
  const or = (): Value => {
    let v = and();
    while (peek()?.v === '||') {
      eat();
      const r = and();
      v = truthy(v) ? v : r;
    }
    return v;
  };
  const and = (): Value => {
    let v = cmp();
    while (peek()?.v === '&&') {
      eat();
      const r = cmp();
      v = truthy(v) ? r : v;
    }
    return v;
  };
  const cmp = (): Value => {
    const v = unary();
    if (peek()?.v === '==' || peek()?.v === '!=') {
      const op = eat().v;
      const r = unary();
      return op === '==' ? equal(v, r) : !equal(v, r);
    }
    return v;
  };
  const unary = (): Value => {
    if (peek()?.v === '!') {
      eat();
      return !truthy(unary());
    }
    return primary();
  };
  const primary = (): Value => {
    const t = eat();
    if (t.t === 'op' && t.v === '(') {
      const v = or();
      eat(')');
      return v;
    }
    if (t.t === 'str') return t.v;
    if (t.t === 'num') return Number(t.v);
    if (t.t !== 'id') throw new Error(`unexpected ${t.v} in ${src}`);
    if (t.v === 'true' || t.v === 'false') return t.v === 'true';
    if (t.v === 'null') return null;
    if (peek()?.v === '(') {
      const fn = FUNCTIONS[t.v];
      if (!fn) throw new Error(`function ${t.v} is not evaluated by the test harness (in ${src})`);
      eat('(');
      const args: Value[] = [];
      while (peek()?.v !== ')') {
        args.push(or());
        if (peek()?.v === ',') eat(',');
      }
      eat(')');
      return fn(args);
    }
    if (!(t.v in ctx)) throw new Error(`context ${t.v} is not provided by the test harness (in ${src})`);
    let v: Value = ctx[t.v];
    for (;;) {
      if (peek()?.v === '.') {
        eat();
        const key = eat().v;
        v = v && typeof v === 'object' && !Array.isArray(v) ? (v[key] ?? null) : null;
      } else if (peek()?.v === '[') {
        eat();
        const key = asString(or());
        eat(']');
        v = v && typeof v === 'object' && !Array.isArray(v) ? (v[key] ?? null) : null;
      } else return v;
    }
  };
  const v = or();
  if (p !== toks.length) throw new Error(`trailing tokens in ${src}`);
  return v;
}

/** A YAML value with `${{ }}` inside, as the runner passes it to an action input or env. */
export function interpolate(value: unknown, ctx: Contexts): string {
  const text = typeof value === 'string' ? value : asString(value as Value);
  const whole = /^\s*\$\{\{(.*)\}\}\s*$/s.exec(text);
  if (whole && !whole[1].includes('}}')) return asString(evaluate(whole[1], ctx));
  return text.replace(/\$\{\{(.*?)\}\}/gs, (_, e: string) => asString(evaluate(e, ctx)));
}

/** A job or step `if:` (an expression with or without `${{ }}`; absent = success()). */
export function condition(cond: string | boolean | undefined, ctx: Contexts): boolean {
  if (cond === undefined) return true;
  if (typeof cond === 'boolean') return cond;
  const m = /^\s*\$\{\{(.*)\}\}\s*$/s.exec(cond);
  return truthy(evaluate(m ? m[1] : cond, ctx));
}

/** Every value of a `with:` or `env:` map, evaluated. */
export function evaluateMap(map: Record<string, unknown> | undefined, ctx: Contexts): Record<string, string> {
  return Object.fromEntries(Object.entries(map ?? {}).map(([k, v]) => [k, interpolate(v, ctx)]));
}

export const environmentName = (job: Job) =>
  typeof job.environment === 'string' ? job.environment : job.environment?.name;
