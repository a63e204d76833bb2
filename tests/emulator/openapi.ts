import { fileURLToPath } from 'node:url';
/**
 * A small validator for the subset of OpenAPI 3 / JSON Schema that the Confluent specs use:
 * $ref, allOf, oneOf, anyOf, type, properties, required, additionalProperties, enum, items,
 * nullable, maxLength, minLength, pattern, minimum, maximum, format (date-time, uuid, uri;
 * loosely). x-extensible-enum is deliberately open. readOnly is ignored (responses).
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parse } from 'yaml';

type Schema = Record<string, unknown>;

export interface OpenApi {
  spec: Schema;
  /** Errors of `value` against the schema; empty when valid */
  validate(schema: Schema, value: unknown, at?: string): string[];
  /** The JSON response schema of an operation, or null when the spec declares no body */
  responseSchema(method: string, path: string, status: number): { schema: Schema | null; declared: boolean };
}

// The specs live in the repository (tests/fixtures/confluent, see its NOTICE.md).
const SPEC_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'confluent');

export function loadOpenApi(file = 'confluent-sql-v1.openapi.yaml'): OpenApi {
  const spec = parse(readFileSync(join(SPEC_DIR, file), 'utf8')) as Schema;

  const resolve = (ref: string): Schema => {
    let node: unknown = spec;
    for (const part of ref.replace(/^#\//, '').split('/'))
      node = (node as Schema)[part.replace(/~1/g, '/').replace(/~0/g, '~')];
    if (!node) throw new Error(`Unresolved $ref ${ref}`);
    return node as Schema;
  };

  const typeOf = (v: unknown): string =>
    v === null ? 'null' : Array.isArray(v) ? 'array' : Number.isInteger(v) ? 'integer' : typeof v;

  const validate = (schema: Schema, value: unknown, at = '$'): string[] => {
    if (schema.$ref) return validate(resolve(schema.$ref as string), value, at);
    const errors: string[] = [];
    if (value === null && schema.nullable === true) return errors;
    for (const sub of (schema.allOf as Schema[] | undefined) ?? []) errors.push(...validate(sub, value, at));
    for (const key of ['oneOf', 'anyOf'] as const) {
      const subs = schema[key] as Schema[] | undefined;
      if (!subs) continue;
      const ok = subs.filter((sub) => validate(sub, value, at).length === 0).length;
      if (key === 'oneOf' ? ok !== 1 : ok === 0)
        errors.push(`${at}: matches ${ok} of the ${key} alternatives`);
    }
    const type = schema.type as string | undefined;
    const actual = typeOf(value);
    if (type) {
      const fits = type === actual || (type === 'number' && actual === 'integer');
      if (!fits) {
        errors.push(`${at}: expected ${type}, got ${actual}`);
        return errors;
      }
    }
    if (schema.enum && !(schema.enum as unknown[]).includes(value)) {
      errors.push(`${at}: ${JSON.stringify(value)} is not one of ${JSON.stringify(schema.enum)}`);
    }
    if (typeof value === 'string') {
      if (typeof schema.maxLength === 'number' && value.length > schema.maxLength)
        errors.push(`${at}: longer than ${schema.maxLength}`);
      if (typeof schema.minLength === 'number' && value.length < schema.minLength)
        errors.push(`${at}: shorter than ${schema.minLength}`);
      if (typeof schema.pattern === 'string' && !new RegExp(schema.pattern).test(value)) {
        errors.push(`${at}: does not match ${schema.pattern}`);
      }
      const format = schema.format as string | undefined;
      if (
        format === 'date-time' &&
        !/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/.test(value)
      ) {
        errors.push(`${at}: not an RFC 3339 date-time: ${value}`);
      }
      if (
        format === 'uuid' &&
        !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value)
      ) {
        errors.push(`${at}: not a uuid: ${value}`);
      }
      if (format === 'uri' && !/^[a-z][a-z0-9+.-]*:/i.test(value)) errors.push(`${at}: not a uri: ${value}`);
      if (
        format === 'duration' &&
        !/^P(?!$)(\d+Y)?(\d+M)?(\d+D)?(T(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?$/.test(value)
      ) {
        errors.push(`${at}: not an ISO 8601 duration: ${value}`);
      }
    }
    if (typeof value === 'number') {
      if (typeof schema.minimum === 'number' && value < schema.minimum)
        errors.push(`${at}: below ${schema.minimum}`);
      if (typeof schema.maximum === 'number' && value > schema.maximum)
        errors.push(`${at}: above ${schema.maximum}`);
    }
    if (actual === 'object') {
      const obj = value as Record<string, unknown>;
      for (const key of (schema.required as string[] | undefined) ?? []) {
        if (!(key in obj)) errors.push(`${at}: missing required property '${key}'`);
      }
      const props = (schema.properties as Record<string, Schema> | undefined) ?? {};
      for (const [key, v] of Object.entries(obj)) {
        if (props[key]) errors.push(...validate(props[key], v, `${at}.${key}`));
        else if (schema.additionalProperties === false && !hasPropertyInComposition(schema, key)) {
          errors.push(`${at}: unexpected property '${key}'`);
        } else if (typeof schema.additionalProperties === 'object') {
          errors.push(...validate(schema.additionalProperties as Schema, v, `${at}.${key}`));
        }
      }
    }
    if (actual === 'array' && schema.items) {
      (value as unknown[]).forEach((v, i) =>
        errors.push(...validate(schema.items as Schema, v, `${at}[${i}]`)),
      );
    }
    return errors;
  };

  const hasPropertyInComposition = (schema: Schema, key: string): boolean =>
    ((schema.allOf as Schema[] | undefined) ?? []).some((s) => {
      const r = s.$ref ? resolve(s.$ref as string) : s;
      return key in ((r.properties as Schema | undefined) ?? {});
    });

  const paths = spec.paths as Record<string, Record<string, Schema>>;
  const templates = Object.keys(paths).map((template) => ({
    template,
    regex: new RegExp(`^${template.replace(/\{[^}]+\}/g, '[^/]+')}$`),
  }));

  const responseSchema = (
    method: string,
    path: string,
    status: number,
  ): { schema: Schema | null; declared: boolean } => {
    const match = templates.find((t) => t.regex.test(path));
    const failure = { $ref: '#/components/schemas/Failure' };
    if (!match) return { schema: status >= 400 ? failure : null, declared: false };
    const op = paths[match.template]![method.toLowerCase()];
    let response = (op?.responses as Record<string, Schema> | undefined)?.[String(status)];
    if (response?.$ref) response = resolve(response.$ref as string);
    if (!response) return { schema: status >= 400 ? failure : null, declared: false };
    const content = response.content as Record<string, { schema: Schema }> | undefined;
    return { schema: content?.['application/json']?.schema ?? null, declared: true };
  };

  return { spec, validate, responseSchema };
}
