/**
 * JSON Schema (draft 2020-12) derived from a schema description, so systems in other languages
 * can check the same structure, types, vocabularies and limits as the validator.
 * The keywords emitted are few on purpose: `type`, `properties`, `required`,
 * `additionalProperties`, `propertyNames`, `not`, `enum`, `items`, `minItems`, `maxItems`,
 * `uniqueItems`, `minLength`, `maxLength`, `pattern`, `minimum`, `maximum`, `anyOf`, `oneOf`,
 * `$ref` and `$defs`, plus the annotations `$schema`, `title`, `description`, `default`, `format`.
 */
import { LOCALES } from '../i18n/locale.js';
import { FORBIDDEN_KEYS, termSpellings } from './check.js';
import type { AnyNode, Description, LazyNode } from './schema.js';

/** A JSON value. */
export type JsonValue = null | boolean | number | string | readonly JsonValue[] | { readonly [key: string]: JsonValue };

/** A JSON Schema, as a JSON object. */
export type JsonSchema = { readonly [key: string]: JsonValue };

/** The JSON Schema dialect emitted. */
export const JSON_SCHEMA_DIALECT = 'https://json-schema.org/draft/2020-12/schema';

/** Options of {@link toJsonSchema}. */
export interface JsonSchemaOptions {
  /** The schema's `title`. */
  readonly title?: string;
  /** Text appended to the root description (e.g. which checks only the validator makes). */
  readonly note?: string;
}

function describe(description: Description | undefined): { description?: string } {
  if (description === undefined) return {};
  const { 'zh-CN': zh, en } = description;
  return { description: zh === en ? zh : `${zh} / ${en}` };
}

/** A whole string that is a `YYYY-MM-DD` date, as the validator's pattern. */
const DATE_PATTERN = '^[0-9]{4}-[0-9]{2}-[0-9]{2}$';

/** Not blank, and no white space at either end (`\s` is exactly what `String.prototype.trim` removes). */
const TRIMMED_PATTERN = '^\\S(?:[\\s\\S]*\\S)?$';

/** Keys that could reach a prototype: refused in every object. */
const NO_FORBIDDEN_KEYS: JsonSchema = { not: { enum: [...FORBIDDEN_KEYS] } };

/** The named definitions met while deriving a schema (recursive nodes), by name. */
type Defs = Map<string, { readonly node: LazyNode<unknown>; schema?: JsonSchema }>;

function schemaOf(node: AnyNode, defs: Defs): JsonSchema {
  const doc = describe(node.description);
  switch (node.kind) {
    case 'string':
      return {
        type: 'string',
        ...doc,
        ...(node.nonBlank ? { minLength: 1 } : {}),
        maxLength: node.maxLength,
        ...(node.format === 'date'
          ? { pattern: DATE_PATTERN, format: 'date' }
          : node.pattern !== undefined
            ? { pattern: node.pattern.source }
          : node.trimmed === true
            ? { pattern: TRIMMED_PATTERN }
            : node.nonBlank
              ? { pattern: '\\S' }
              : {}),
      };
    case 'integer':
    case 'number':
      return { type: node.kind, ...doc, minimum: node.minimum, maximum: node.maximum };
    case 'boolean':
      return { type: 'boolean', ...doc };
    case 'term':
      return { type: 'string', ...doc, enum: [...termSpellings(node)] };
    case 'record':
      return {
        type: 'object',
        ...doc,
        properties: Object.fromEntries(node.keys.map((k) => [k, schemaOf(node.values, defs)])),
        additionalProperties: false,
      };
    case 'array':
      return {
        type: 'array',
        ...doc,
        items: schemaOf(node.items, defs),
        ...(node.minItems > 0 ? { minItems: node.minItems } : {}),
        maxItems: node.maxItems,
        ...(node.uniqueItems ? { uniqueItems: true } : {}),
      };
    case 'object': {
      const properties: Record<string, JsonSchema> = {};
      const required: string[] = [];
      for (const [name, field] of Object.entries(node.fields)) {
        const schema = schemaOf(field.node, defs);
        properties[name] = field.presence === 'default' ? { ...schema, default: field.default as JsonValue } : schema;
        if (field.presence === 'required') required.push(name);
      }
      return {
        type: 'object',
        ...doc,
        properties,
        ...(required.length > 0 ? { required } : {}),
        ...(node.requiredOneOf === undefined ? {} : { anyOf: node.requiredOneOf.map((name) => ({ required: [name] })) }),
        // Other fields are allowed (the validator warns about them), except keys that could
        // reach a prototype.
        propertyNames: NO_FORBIDDEN_KEYS,
      };
    }
    case 'text': {
      const text = { type: 'string', minLength: 1, maxLength: node.maxLength, pattern: '\\S' } as const;
      return {
        type: 'object',
        ...doc,
        properties: Object.fromEntries(LOCALES.map((l) => [l, text])),
        required: [...node.locales],
        propertyNames: NO_FORBIDDEN_KEYS,
      };
    }
    case 'nullable':
      return { ...doc, anyOf: [schemaOf(node.inner, defs), { type: 'null' }] };
    case 'variant':
      // With a tag field each case fixes the field's value; with `key` each case requires its
      // own key. Either way at most one case can match.
      return { ...doc, oneOf: Object.values(node.cases).map((c) => schemaOf(c, defs)) };
    case 'lazy': {
      const known = defs.get(node.name);
      if (known === undefined) {
        const entry: { readonly node: LazyNode<unknown>; schema?: JsonSchema } = { node };
        defs.set(node.name, entry);
        entry.schema = schemaOf(node.get(), defs);
      } else if (known.node !== node) {
        throw new Error(`two recursive nodes are named ${node.name}`);
      }
      return { ...doc, $ref: `#/$defs/${node.name}` };
    }
  }
}

/**
 * Derives a JSON Schema (draft 2020-12) from a schema description.
 * @param node - the description
 * @param options - the root `title` and a note appended to the root description
 * @returns the schema as a JSON value, ready for `JSON.stringify`
 * @example
 * toJsonSchema(object({ x: required(integer({ minimum: 0, maximum: 9 })) }))
 * // { $schema: 'https://json-schema.org/draft/2020-12/schema', type: 'object', properties: { x: { type: 'integer', minimum: 0, maximum: 9 } }, ... }
 */
export function toJsonSchema(node: AnyNode, options: JsonSchemaOptions = {}): JsonSchema {
  const defs: Defs = new Map();
  const { description, ...rest } = schemaOf(node, defs);
  const text = [description, options.note].filter((t): t is string => typeof t === 'string').join('\n\n');
  const named = [...defs.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return {
    $schema: JSON_SCHEMA_DIALECT,
    ...(options.title === undefined ? {} : { title: options.title }),
    ...(text === '' ? {} : { description: text }),
    ...rest,
    ...(named.length === 0 ? {} : { $defs: Object.fromEntries(named.map(([name, d]) => [name, d.schema ?? {}])) }),
  };
}
