/**
 * integrity-risk: post integrity-risk prevention and control (岗位廉政风险防控).
 * The public API, listed explicitly. Data flows one way:
 * document → validation → assessment → measures and findings → catalog → renderers.
 * @packageDocumentation
 */
export * from './i18n/locale.js';
export * from './model/enums.js';
export type * from './model/document.js';
export * from './validate/problem.js';
export type * from './scoring/types.js';
export * from './measures/types.js';
export * from './findings/types.js';
export * from './catalog/types.js';
export {
  array,
  boolean,
  integer,
  number,
  object,
  optional,
  record,
  required,
  string,
  term,
  withDefault,
} from './validate/schema.js';
export type {
  AnyNode,
  ArrayNode,
  BooleanNode,
  Description,
  FieldSpec,
  Infer,
  IntegerNode,
  Node,
  NumberNode,
  ObjectNode,
  ObjectOf,
  Presence,
  RecordNode,
  Refinement,
  Report,
  StringNode,
  TermNode,
  UniqueScope,
} from './validate/schema.js';
export { checkAgainst, FORBIDDEN_KEYS, isCalendarDate, termSpellings } from './validate/check.js';
export type { CheckOptions } from './validate/check.js';
export { JSON_SCHEMA_DIALECT, toJsonSchema } from './validate/json-schema.js';
export type { JsonSchema, JsonSchemaOptions, JsonValue } from './validate/json-schema.js';
export { LIMITS } from './validate/limits.js';
export type { LimitName } from './validate/limits.js';
export { SUGGESTION_HINT, TOTAL_NAMES, VALIDATION_CODES, VALIDATION_MESSAGES, VALUE_KINDS } from './validate/messages.js';
export type { ValidationCode, ValueKind } from './validate/messages.js';
export { editDistance, suggest } from './validate/suggest.js';
export { documentJsonSchema, documentNode, parseDocument, validateDocument } from './validate/document.js';
