/**
 * A tiny JSON Schema evaluator for exactly the keywords the schema generator emits. It throws on
 * any other keyword, so the generator cannot start emitting something this evaluator (and the
 * drift test built on it) silently ignores.
 */

type Schema = { readonly [key: string]: unknown };

const ANNOTATIONS = new Set(['$schema', 'title', 'description', 'default', 'format']);
const ASSERTIONS = new Set([
  'anyOf',
  'type',
  'properties',
  'required',
  'additionalProperties',
  'propertyNames',
  'not',
  'enum',
  'items',
  'minItems',
  'maxItems',
  'uniqueItems',
  'minLength',
  'maxLength',
  'pattern',
  'minimum',
  'maximum',
]);

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function typeMatches(type: unknown, value: unknown): boolean {
  switch (type) {
    case 'object':
      return isObject(value);
    case 'array':
      return Array.isArray(value);
    case 'string':
      return typeof value === 'string';
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'integer':
      return typeof value === 'number' && Number.isInteger(value);
    case 'boolean':
      return typeof value === 'boolean';
    default:
      throw new Error(`unsupported type ${String(type)}`);
  }
}

function jsonEqual(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Code points, as JSON Schema counts string length. */
const lengthOf = (s: string): number => [...s].length;

/**
 * Evaluates `value` against `schema`.
 * @returns the JSON paths (`$`-rooted) of every failed assertion; empty when the value is valid
 */
export function evaluateSchema(schema: Schema, value: unknown, path = '$'): string[] {
  const failures: string[] = [];
  const fail = (keyword: string, at = path): void => {
    failures.push(`${at} (${keyword})`);
  };
  for (const key of Object.keys(schema)) {
    if (!ANNOTATIONS.has(key) && !ASSERTIONS.has(key)) throw new Error(`unsupported keyword ${key}`);
  }
  if ('type' in schema && !typeMatches(schema['type'], value)) {
    fail('type');
    return failures; // the other keywords of these schemas assume the type
  }
  if ('enum' in schema && !(schema['enum'] as unknown[]).some((e) => jsonEqual(e, value))) fail('enum');
  if ('not' in schema && evaluateSchema(schema['not'] as Schema, value, path).length === 0) fail('not');
  if ('anyOf' in schema && !(schema['anyOf'] as Schema[]).some((s) => evaluateSchema(s, value, path).length === 0)) fail('anyOf');
  if (typeof value === 'string') {
    if ('minLength' in schema && lengthOf(value) < (schema['minLength'] as number)) fail('minLength');
    if ('maxLength' in schema && lengthOf(value) > (schema['maxLength'] as number)) fail('maxLength');
    if ('pattern' in schema && !new RegExp(schema['pattern'] as string, 'u').test(value)) fail('pattern');
  }
  if (typeof value === 'number') {
    if ('minimum' in schema && value < (schema['minimum'] as number)) fail('minimum');
    if ('maximum' in schema && value > (schema['maximum'] as number)) fail('maximum');
  }
  if (Array.isArray(value)) {
    if ('minItems' in schema && value.length < (schema['minItems'] as number)) fail('minItems');
    if ('maxItems' in schema && value.length > (schema['maxItems'] as number)) fail('maxItems');
    if (schema['uniqueItems'] === true) {
      const seen = new Set(value.map((v) => JSON.stringify(v)));
      if (seen.size !== value.length) fail('uniqueItems');
    }
    if ('items' in schema) {
      value.forEach((item, i) => failures.push(...evaluateSchema(schema['items'] as Schema, item, `${path}[${i}]`)));
    }
  }
  if (isObject(value)) {
    const properties = (schema['properties'] ?? {}) as Record<string, Schema>;
    for (const name of (schema['required'] ?? []) as string[]) {
      if (!Object.prototype.hasOwnProperty.call(value, name)) fail('required', `${path}.${name}`);
    }
    for (const key of Object.keys(value)) {
      const at = `${path}.${key}`;
      if ('propertyNames' in schema && evaluateSchema(schema['propertyNames'] as Schema, key, at).length > 0) {
        fail('propertyNames', at);
      }
      if (Object.prototype.hasOwnProperty.call(properties, key)) {
        failures.push(...evaluateSchema(properties[key]!, value[key], at));
      } else if (schema['additionalProperties'] === false) {
        fail('additionalProperties', at);
      }
    }
  }
  return failures;
}
