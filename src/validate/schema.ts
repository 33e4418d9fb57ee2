/**
 * A small language for describing JSON input, declared once: `checkAgainst` derives the
 * validator from a description and {@link toJsonSchema} derives a JSON Schema from the same one,
 * so the two cannot drift apart. Every node carries its limits (lengths, counts, ranges) because
 * untrusted input must be refused before costly work.
 *
 * Nodes are plain data. The phantom `T` is the type of the normalized value a node produces.
 */
import type { Locale, LocalizedText } from '../i18n/locale.js';
import type { Term } from '../model/enums.js';
import type { ProblemCode } from './messages.js';

/** A description of a node, in every locale (the JSON Schema gets the zh-CN and en texts). */
export type Description = LocalizedText;

interface NodeBase<T> {
  /** What the value means, for people and for the JSON Schema. */
  readonly description?: Description;
  /** Phantom: the normalized type. Never set at run time. */
  readonly __type?: T;
}

/** A document-wide uniqueness rule: the second use of a value is reported at its place. */
export interface UniqueScope {
  /** Values are compared within a scope of this name, across the whole input. */
  readonly scope: string;
}

/** A string with a length limit. */
export interface StringNode<T extends string = string> extends NodeBase<T> {
  readonly kind: 'string';
  /** Longest length in characters (code points). */
  readonly maxLength: number;
  /** Must hold something other than white space (so at least one character). */
  readonly nonBlank: boolean;
  /**
   * No white space at either end (what `String.prototype.trim` removes: spaces, full-width spaces,
   * tabs, line breaks): an id that a spreadsheet or a hand-filled sheet would give back changed.
   */
  readonly trimmed?: boolean;
  /** A calendar date `YYYY-MM-DD` that exists. */
  readonly format?: 'date';
  /** The value must be unique in the input within this scope (an id). */
  readonly unique?: UniqueScope;
  /** The whole string must match this pattern; `name` says in words what it must look like. */
  readonly pattern?: StringPattern;
}

/** A pattern a whole string must match, with what a person is told when it does not. */
export interface StringPattern {
  /** A regular expression source, anchored with `^…$`, valid both in JavaScript (`u`) and in JSON Schema. */
  readonly source: string;
  /** What the string must look like, for the `bad-format` message. */
  readonly name: LocalizedText;
}

/**
 * A text in several locales, `{ "zh-CN": …, "zh-TW": …, "en": … }`. `locales` are required; the
 * others may be left out. Each text has the node's length limit and must not be blank.
 */
export interface TextNode<T = LocalizedText> extends NodeBase<T> {
  readonly kind: 'text';
  readonly maxLength: number;
  /** The locales that must be present (zh-CN always is). */
  readonly locales: readonly Locale[];
}

/** A value that may also be `null` (e.g. `indicator: null` removes an indicator). */
export interface NullableNode<T = unknown> extends NodeBase<T | null> {
  readonly kind: 'nullable';
  readonly inner: Node<T>;
}

/**
 * One of several object shapes. `tag: { field }` picks the case by a field's value (e.g. a model's
 * `method`); `tag: 'key'` picks it by which one of the case names is a key of the object (e.g. a
 * condition `{ factor, atLeast }` or `{ all: [...] }`). Every case is an object node.
 */
export interface VariantNode<T = unknown> extends NodeBase<T> {
  readonly kind: 'variant';
  readonly tag: { readonly field: string } | 'key';
  readonly cases: Readonly<Record<string, ObjectNode<unknown>>>;
}

/**
 * A node defined later or by itself (a condition holds conditions). `name` names it in the JSON
 * Schema's `$defs`; `maxDepth` bounds how deeply it may nest inside itself.
 */
export interface LazyNode<T = unknown> extends NodeBase<T> {
  readonly kind: 'lazy';
  readonly name: string;
  readonly maxDepth: number;
  readonly get: () => Node<T>;
}

/** A whole number in a range. */
export interface IntegerNode<T extends number = number> extends NodeBase<T> {
  readonly kind: 'integer';
  readonly minimum: number;
  readonly maximum: number;
}

/** A finite number in a range. */
export interface NumberNode extends NodeBase<number> {
  readonly kind: 'number';
  readonly minimum: number;
  readonly maximum: number;
}

/** `true` or `false`. */
export interface BooleanNode extends NodeBase<boolean> {
  readonly kind: 'boolean';
}

/**
 * One term of a closed vocabulary. The input may write the id, the label in any locale, or an
 * alias; the normalized value is always the id.
 */
export interface TermNode<Id extends string = string> extends NodeBase<Id> {
  readonly kind: 'term';
  readonly terms: readonly Term<Id>[];
  /** Other accepted spellings, e.g. 一把手 for `principal`. */
  readonly aliases: Readonly<Record<string, Id>>;
}

/**
 * An object whose keys come from a closed list (e.g. factor ratings). Keys outside `keys` are
 * errors; `known` lists names that exist elsewhere but are not allowed here.
 */
export interface RecordNode<K extends string = string, V = unknown> extends NodeBase<{ readonly [P in K]?: V }> {
  readonly kind: 'record';
  readonly keys: readonly K[];
  /** Every name of the vocabulary (a superset of `keys`), for suggestions and clearer messages. */
  readonly known: readonly string[];
  readonly values: Node<V>;
  /** The problem code of a key outside the vocabulary (default `unknown-factor`). */
  readonly unknownKey: ProblemCode;
}

/** A list with a length limit. */
export interface ArrayNode<T = unknown> extends NodeBase<readonly T[]> {
  readonly kind: 'array';
  readonly items: Node<T>;
  readonly minItems: number;
  readonly maxItems: number;
  /** No two items may be equal (strings, numbers, booleans). */
  readonly uniqueItems: boolean;
  /** Items counted against an input-wide total, checked before the array is read. */
  readonly budget?: { readonly scope: string; readonly max: number };
}

/**
 * How a field of an object is present. `ignored`: accepted and checked when present, never kept in
 * the normalized value (e.g. the `$schema` link an editor writes).
 */
export type Presence = 'required' | 'optional' | 'default' | 'ignored';

/** A field of an object node. */
export interface FieldSpec<T = unknown, P extends Presence = Presence> {
  readonly node: Node<T>;
  readonly presence: P;
  /** The value put into the normalized output when the input leaves the field out. */
  readonly default?: T;
}

/**
 * Reports an error found by a refinement: a code from the validation messages (or from the
 * caller's own table), the path, the message parameters and an optional "did you mean" value.
 */
export type Report = (
  code: ProblemCode,
  path: string,
  params?: Readonly<Record<string, string | number | LocalizedText>>,
  suggestion?: string,
  severity?: 'error' | 'warning',
) => void;

/**
 * A check that needs several fields at once (e.g. a risk point's step must be one of its power's
 * steps). It receives the normalized object, possibly partial when some fields were invalid, and
 * the names of the fields the input gave (valid or not).
 */
export type Refinement = (
  value: Readonly<Record<string, unknown>>,
  path: string,
  report: Report,
  given: ReadonlySet<string>,
) => void;

/** An object with known fields; other fields are reported as warnings and ignored. */
export interface ObjectNode<T = unknown> extends NodeBase<T> {
  readonly kind: 'object';
  readonly fields: Readonly<Record<string, FieldSpec>>;
  readonly refine?: Refinement;
  /**
   * Optional fields of which at least one must be present, for the JSON Schema (`anyOf` of
   * `required`); the validator's refinement says when and why (e.g. a value it can derive).
   */
  readonly requiredOneOf?: readonly string[];
}

/** Any node, whatever it produces. */
export type AnyNode =
  | StringNode
  | IntegerNode
  | NumberNode
  | BooleanNode
  | TermNode
  | RecordNode<string, unknown>
  | ArrayNode<unknown>
  | ObjectNode<unknown>
  | TextNode<unknown>
  | NullableNode<unknown>
  | VariantNode<unknown>
  | LazyNode<unknown>;

/** A node that produces a normalized value of type `T`. */
export type Node<T = unknown> = AnyNode & { readonly __type?: T };

/** The normalized type a node produces. */
export type Infer<N> = N extends { readonly __type?: infer T } ? T : never;

type OptionalKeys<F> = { [K in keyof F]: F[K] extends FieldSpec<unknown, 'optional'> ? K : never }[keyof F];
type IgnoredKeys<F> = { [K in keyof F]: F[K] extends FieldSpec<unknown, 'ignored'> ? K : never }[keyof F];
type PresentKeys<F> = Exclude<keyof F, OptionalKeys<F> | IgnoredKeys<F>>;
type FieldType<S> = S extends FieldSpec<infer T, Presence> ? T : never;
type Flatten<T> = { [K in keyof T]: T[K] } & {};

/** The normalized type of an object node's fields: defaulted fields are always present. */
export type ObjectOf<F> = Flatten<
  { readonly [K in PresentKeys<F>]: FieldType<F[K]> } & { readonly [K in OptionalKeys<F>]?: FieldType<F[K]> }
>;

interface Described {
  /** What the value means. */
  readonly description?: Description;
}

function described<N extends object>(node: N, options: Described | undefined): N {
  return options?.description === undefined ? node : { ...node, description: options.description };
}

/**
 * A string node.
 * @param options - `maxLength` (required: every string has a limit), `nonBlank` (default true),
 *   `trimmed` (default false), `format: 'date'`, `unique` scope, `description`
 * @returns the node
 * @example
 * const name = string({ maxLength: 200, description: { 'zh-CN': '名称', 'zh-TW': '名稱', en: 'Name' } });
 */
export function string(
  options: Described & {
    readonly maxLength: number;
    readonly nonBlank?: boolean;
    readonly trimmed?: boolean;
    readonly format?: 'date';
    readonly unique?: UniqueScope;
    readonly pattern?: StringPattern;
  },
): StringNode {
  const node: StringNode = {
    kind: 'string',
    maxLength: options.maxLength,
    nonBlank: options.nonBlank ?? true,
    ...(options.trimmed === true ? { trimmed: true } : {}),
    ...(options.format === undefined ? {} : { format: options.format }),
    ...(options.unique === undefined ? {} : { unique: options.unique }),
    ...(options.pattern === undefined ? {} : { pattern: options.pattern }),
  };
  return described(node, options);
}

/**
 * An integer node.
 * @param options - `minimum`, `maximum` (inclusive), `description`
 * @returns the node; pass a literal union as `T` (e.g. `Rating`) when the range is one
 */
export function integer<T extends number = number>(
  options: Described & { readonly minimum: number; readonly maximum: number },
): IntegerNode<T> {
  return described({ kind: 'integer', minimum: options.minimum, maximum: options.maximum }, options);
}

/**
 * A finite number node.
 * @param options - `minimum`, `maximum` (inclusive), `description`
 * @returns the node
 */
export function number(options: Described & { readonly minimum: number; readonly maximum: number }): NumberNode {
  return described({ kind: 'number', minimum: options.minimum, maximum: options.maximum }, options);
}

/**
 * A boolean node.
 * @param options - `description`
 * @returns the node
 */
export function boolean(options?: Described): BooleanNode {
  return described({ kind: 'boolean' }, options);
}

/**
 * A node for one term of a vocabulary: accepts the id, its label in any locale, or an alias.
 * @param terms - the vocabulary table
 * @param options - `aliases` (extra spellings), `description`
 * @returns the node
 */
export function term<Id extends string>(
  terms: readonly Term<Id>[],
  options?: Described & { readonly aliases?: Readonly<Record<string, Id>> },
): TermNode<Id> {
  return described({ kind: 'term', terms, aliases: options?.aliases ?? {} }, options);
}

/**
 * A node for a string from a closed list of ids (no labels, no aliases), e.g. finding codes.
 * @param ids - the allowed strings
 * @param options - `description`
 * @returns a term node whose every label is the id itself
 * @example
 * const effect = literal(['minimum', 'maximum', 'set'] as const);
 */
export function literal<Id extends string>(ids: readonly Id[], options?: Described): TermNode<Id> {
  return term(
    ids.map((id) => ({ id, label: { 'zh-CN': id, 'zh-TW': id, en: id } })),
    options,
  );
}

/**
 * A node for an object keyed by a closed list of names (e.g. factor ratings).
 * @param keys - the names allowed here
 * @param values - the node every value must match
 * @param options - `known` (all names of the vocabulary, for clearer messages), `unknownKey`
 *   (the code of a key outside it, default `unknown-factor`), `description`
 * @returns the node
 */
export function record<K extends string, V>(
  keys: readonly K[],
  values: Node<V>,
  options?: Described & { readonly known?: readonly string[]; readonly unknownKey?: ProblemCode },
): RecordNode<K, V> {
  return described(
    { kind: 'record', keys, known: options?.known ?? keys, values: values as Node<V>, unknownKey: options?.unknownKey ?? 'unknown-factor' },
    options,
  );
}

/**
 * A text in several locales.
 * @param options - `maxLength` of each text (required), `locales` that must be present (default
 *   all three), `description`
 * @returns the node; its value is a {@link LocalizedText} when every locale is required
 * @example
 * const title = text({ maxLength: 200 });
 */
export function text(options: Described & { readonly maxLength: number }): TextNode<LocalizedText>;
export function text(
  options: Described & { readonly maxLength: number; readonly locales: readonly Locale[] },
): TextNode<{ readonly 'zh-CN': string; readonly 'zh-TW'?: string; readonly en?: string }>;
export function text(options: Described & { readonly maxLength: number; readonly locales?: readonly Locale[] }): TextNode<unknown> {
  const locales = options.locales ?? (['zh-CN', 'zh-TW', 'en'] as const);
  return described({ kind: 'text', maxLength: options.maxLength, locales: locales.includes('zh-CN') ? locales : ['zh-CN', ...locales] }, options);
}

/**
 * A node that also accepts `null` (kept as `null` in the normalized value).
 * @param inner - the node for any other value
 * @param options - `description`
 * @returns the node
 */
export function nullable<T>(inner: Node<T>, options?: Described): NullableNode<T> {
  return described({ kind: 'nullable', inner }, options);
}

type CaseType<C> = { [K in keyof C]: C[K] extends { readonly __type?: infer T } ? T : never }[keyof C];

/**
 * A node for one of several object shapes, picked by a field's value or by which key is present.
 * @param tag - `{ field: 'method' }`, or `'key'` when the case's name is itself a key of the object
 * @param cases - the object node of each case; with `{ field }`, each case declares that field
 * @param options - `description`
 * @returns the node; its value is the union of the cases' values
 * @example
 * const shape = variant({ field: 'kind' }, { circle: object({ kind: required(literal(['circle'])), r: required(number({ minimum: 0, maximum: 9 })) }) });
 */
export function variant<C extends Readonly<Record<string, ObjectNode<unknown>>>>(
  tag: { readonly field: string } | 'key',
  cases: C,
  options?: Described,
): VariantNode<CaseType<C>> {
  return described({ kind: 'variant', tag, cases }, options);
}

/**
 * A node resolved when it is first checked, for recursive shapes.
 * @param name - its name in the JSON Schema's `$defs`
 * @param get - returns the node (called lazily, so it may refer to itself)
 * @param options - `maxDepth` (how deeply it may nest inside itself), `description`
 * @returns the node
 */
export function lazy<T>(name: string, get: () => Node<T>, options: Described & { readonly maxDepth: number }): LazyNode<T> {
  return described({ kind: 'lazy', name, maxDepth: options.maxDepth, get }, options);
}

/**
 * A list node.
 * @param items - the node every item must match
 * @param options - `maxItems` (required), `minItems`, `uniqueItems`, `budget` (an input-wide total), `description`
 * @returns the node
 */
export function array<T>(
  items: Node<T>,
  options: Described & {
    readonly maxItems: number;
    readonly minItems?: number;
    readonly uniqueItems?: boolean;
    readonly budget?: { readonly scope: string; readonly max: number };
  },
): ArrayNode<T> {
  const node: ArrayNode<T> = {
    kind: 'array',
    items,
    minItems: options.minItems ?? 0,
    maxItems: options.maxItems,
    uniqueItems: options.uniqueItems ?? false,
    ...(options.budget === undefined ? {} : { budget: options.budget }),
  };
  return described(node, options);
}

/**
 * An object node.
 * @param fields - the fields, each made with {@link required}, {@link optional} or {@link withDefault}
 * @param options - `refine` (a check across fields), `requiredOneOf`, `description`
 * @returns the node
 * @example
 * const point = object({ x: required(integer({ minimum: 0, maximum: 9 })), label: optional(string({ maxLength: 20 })) });
 */
export function object<F extends Readonly<Record<string, FieldSpec<unknown, Presence>>>>(
  fields: F,
  options?: Described & { readonly refine?: Refinement; readonly requiredOneOf?: readonly (keyof F & string)[] },
): ObjectNode<ObjectOf<F>> {
  const node: ObjectNode<ObjectOf<F>> = {
    kind: 'object',
    fields,
    ...(options?.refine === undefined ? {} : { refine: options.refine }),
    ...(options?.requiredOneOf === undefined ? {} : { requiredOneOf: options.requiredOneOf }),
  };
  return described(node, options);
}

/**
 * A field that must be present.
 * @param node - the field's node
 * @returns the field
 */
export function required<T>(node: Node<T>): FieldSpec<T, 'required'> {
  return { node, presence: 'required' };
}

/**
 * A field that may be present and is checked, but is never part of the normalized value: the
 * annotations editors and tools write, such as `$schema`.
 * @param node - the field's node
 * @returns the field
 */
export function ignored<T>(node: Node<T>): FieldSpec<T, 'ignored'> {
  return { node, presence: 'ignored' };
}

/**
 * A field that may be left out, and stays out of the normalized value when it is.
 * @param node - the field's node
 * @returns the field
 */
export function optional<T>(node: Node<T>): FieldSpec<T, 'optional'> {
  return { node, presence: 'optional' };
}

/**
 * A field that may be left out; the normalized value then holds `value`.
 * @param node - the field's node
 * @param value - the default (JSON data; copied into each output)
 * @returns the field
 */
export function withDefault<T>(node: Node<T>, value: T): FieldSpec<T, 'default'> {
  return { node, presence: 'default', default: value };
}
