/**
 * The validator derived from a schema description: it walks the input alongside the description,
 * collects every problem in one pass, and builds a fresh normalized value (defaults filled,
 * vocabulary labels turned into ids). It never descends into data the description does not know,
 * so arbitrarily deep or large unknown fields cost nothing.
 */
import { isIsoDate } from '../model/dates.js';
import { fillAll, LOCALES, type MessageParams } from '../i18n/locale.js';
import { joinPath, problem, type Checked, type Mismatch, type Problem, type Severity } from './problem.js';
import { LIMITS } from './limits.js';
import { PROBLEM_MESSAGES, SUGGESTION_HINT, TOTAL_NAMES, VALUE_KINDS, type ProblemCode, type ValueKind } from './messages.js';
import { quote } from './quote.js';
import type {
  AnyNode,
  ArrayNode,
  LazyNode,
  Node,
  ObjectNode,
  RecordNode,
  StringNode,
  TermNode,
  TextNode,
  VariantNode,
} from './schema.js';
import { suggest } from './suggest.js';

/** Keys refused anywhere: writing them into an object could change its prototype. */
export const FORBIDDEN_KEYS = ['__proto__', 'constructor', 'prototype'] as const;

/** Options of `checkAgainst`. */
export interface CheckOptions {
  /** Stop listing problems after this many (default `LIMITS.problems`). */
  readonly maxProblems?: number;
  /** Most fields one object may have (default `LIMITS.fieldsPerObject`). */
  readonly maxFields?: number;
}

const hasOwn = (o: object, key: string): boolean => Object.prototype.hasOwnProperty.call(o, key);

function kindOf(value: unknown): ValueKind {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  switch (typeof value) {
    case 'object':
    case 'string':
    case 'number':
    case 'boolean':
    case 'undefined':
      return typeof value as ValueKind;
    default:
      return 'other';
  }
}

/** Counts code points without building an array; stops early once over `max`. */
function codePointsOver(value: string, max: number): boolean {
  if (value.length <= max) return false; // code points never exceed code units
  if (value.length > 2 * max) return true; // each code point is at most two code units
  let count = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < value.length) {
      const d = value.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    if (++count > max) return true;
  }
  return false;
}

function codePointLength(value: string): number {
  let count = 0;
  for (const _ of value) count++;
  return count;
}

// Shape first, then the calendar: a well-formed impossible date gets its own message.
const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** Spellings accepted by a term node, built once per node. */
const spellingsCache = new WeakMap<TermNode, Map<string, string>>();

function spellingsOf(node: TermNode): Map<string, string> {
  let map = spellingsCache.get(node);
  if (map === undefined) {
    map = new Map();
    for (const t of node.terms) {
      map.set(t.id, t.id);
      for (const label of Object.values(t.label)) if (!map.has(label)) map.set(label, t.id);
    }
    for (const [alias, id] of Object.entries(node.aliases)) if (!map.has(alias)) map.set(alias, id);
    spellingsCache.set(node, map);
  }
  return map;
}

/**
 * Every spelling a term node accepts (ids first, then labels and aliases), without repeats.
 * @param node - a term node
 * @returns the accepted strings
 */
export function termSpellings(node: TermNode): readonly string[] {
  return [...spellingsOf(node).keys()];
}

/**
 * An array whose items a {@link StreamCheck} checked one at a time: how many there were and what
 * was found in them, replayed in place of the items by the final walk.
 */
class StreamedItems {
  constructor(
    readonly length: number,
    readonly problems: readonly Problem[],
    /** Errors found beyond the problems kept. */
    readonly unlistedErrors: number,
    /** What the object's refinement reads of each item (see `StreamCheck`'s `keep`). */
    readonly kept: readonly unknown[],
  ) {}
}

class Walk {
  readonly problems: Problem[] = [];
  errors = 0;
  /** Errors not listed because the list was full (a stream walk keeps no cap problem of its own). */
  unlisted = 0;
  private capped = false;
  /** A stream walk lists one problem past the cap and adds no `too-many-problems` of its own. */
  silentCap = false;
  private readonly unique = new Map<string, Map<string, string>>();
  private readonly budgets = new Map<string, number>();
  private readonly ancestors = new Set<object>();
  /** How deeply each lazy node is nested in itself where the walk is now. */
  private readonly depths = new Map<LazyNode<unknown>, number>();
  private readonly maxProblems: number;
  private readonly maxFields: number;

  constructor(options: CheckOptions) {
    this.maxProblems = options.maxProblems ?? LIMITS.problems;
    this.maxFields = options.maxFields ?? LIMITS.fieldsPerObject;
  }

  report(
    severity: Severity,
    code: ProblemCode,
    path: string,
    params: MessageParams = {},
    suggestion?: string,
    mismatch: Mismatch = {},
  ): void {
    if (severity === 'error') this.errors++;
    if (this.capped) {
      if (severity === 'error') this.unlisted++;
      return;
    }
    if (this.silentCap && this.problems.length > this.maxProblems) {
      this.capped = true;
      if (severity === 'error') this.unlisted++;
      return;
    }
    if (this.problems.length >= this.maxProblems && !this.silentCap) {
      this.capped = true;
      this.errors++;
      this.problems.push(problem('error', 'too-many-problems', '', PROBLEM_MESSAGES['too-many-problems'], { max: this.maxProblems }));
      return;
    }
    const full: MessageParams = {
      ...params,
      ...(suggestion === undefined ? {} : { suggestion }),
      hint: suggestion === undefined ? { 'zh-CN': '', 'zh-TW': '', en: '' } : fillAll(SUGGESTION_HINT, { suggestion }),
    };
    this.problems.push(problem(severity, code, path, PROBLEM_MESSAGES[code], full, mismatch));
  }

  /** Lists a problem found by a stream walk, as if found here (the cap applies). */
  replay(p: Problem): void {
    if (p.severity === 'error') this.errors++;
    if (this.capped) return;
    if (this.problems.length >= this.maxProblems) {
      this.capped = true;
      this.errors++;
      this.problems.push(problem('error', 'too-many-problems', '', PROBLEM_MESSAGES['too-many-problems'], { max: this.maxProblems }));
      return;
    }
    this.problems.push(p);
  }

  /** Whether more problems can still be listed; costly suggestions are skipped once capped. */
  get listening(): boolean {
    return !this.capped;
  }

  check(node: AnyNode, value: unknown, path: string): unknown {
    switch (node.kind) {
      case 'string':
        return this.string(node, value, path);
      case 'integer':
      case 'number': {
        if (typeof value !== 'number') return this.wrongType(node.kind, value, path);
        if (!Number.isFinite(value) || (node.kind === 'integer' && !Number.isInteger(value))) {
          const integer = node.kind === 'integer';
          this.report(
            'error',
            integer ? 'not-an-integer' : 'out-of-range',
            path,
            { value: String(value), min: node.minimum, max: node.maximum },
            undefined,
            { expected: integer ? 'integer' : range(node.minimum, node.maximum), received: String(value) },
          );
          return undefined;
        }
        if (value < node.minimum || value > node.maximum) {
          this.report('error', 'out-of-range', path, { value, min: node.minimum, max: node.maximum }, undefined, {
            expected: range(node.minimum, node.maximum),
            received: String(value),
          });
          return undefined;
        }
        // JSON's -0 becomes 0: every output writes 0, and the CSV reads back 0.
        return value === 0 ? 0 : value;
      }
      case 'boolean':
        return typeof value === 'boolean' ? value : this.wrongType('boolean', value, path);
      case 'term':
        return this.term(node, value, path);
      case 'record':
        return this.record(node, value, path);
      case 'array':
        return this.array(node, value, path);
      case 'object':
        return this.object(node, value, path);
      case 'text':
        return this.text(node, value, path);
      case 'nullable':
        return value === null ? null : this.check(node.inner, value, path);
      case 'variant':
        return this.variant(node, value, path);
      case 'lazy':
        return this.lazy(node, value, path);
    }
  }

  private lazy(node: LazyNode<unknown>, value: unknown, path: string): unknown {
    const depth = this.depths.get(node) ?? 0;
    if (depth >= node.maxDepth) {
      this.report('error', 'too-deep', path, { max: node.maxDepth }, undefined, { expected: `<= ${node.maxDepth}` });
      return undefined;
    }
    this.depths.set(node, depth + 1);
    try {
      return this.check(node.get(), value, path);
    } finally {
      this.depths.set(node, depth);
    }
  }

  private text(node: TextNode<unknown>, value: unknown, path: string): unknown {
    if (!isPlainObject(value)) return this.wrongType('text', value, path);
    if (!this.enter(value, path)) return undefined;
    try {
      const keys = this.keysOf(value, path);
      if (keys === undefined) return undefined;
      this.unknownKeys(keys, LOCALES, path);
      const out: Record<string, unknown> = {};
      let complete = true;
      for (const locale of LOCALES) {
        const at = joinPath(path, locale);
        const read = hasOwn(value, locale) ? this.read(value, locale, at) : { ok: true, value: undefined };
        if (!read.ok) {
          complete = false;
        } else if (read.value === undefined) {
          if (node.locales.includes(locale)) {
            this.report('error', 'missing-locale-text', at, { locale, locales: node.locales.join(', ') }, undefined, {
              expected: 'present',
              received: 'undefined',
            });
            complete = false;
          }
        } else {
          const checked = this.string({ kind: 'string', maxLength: node.maxLength, nonBlank: true }, read.value, at);
          if (checked === undefined) complete = false;
          else out[locale] = checked;
        }
      }
      return complete ? out : undefined;
    } finally {
      this.ancestors.delete(value);
    }
  }

  private variant(node: VariantNode<unknown>, value: unknown, path: string): unknown {
    if (!isPlainObject(value)) return this.wrongType('object', value, path);
    const names = Object.keys(node.cases);
    if (node.tag === 'key') {
      const found = names.filter((name) => hasOwn(value, name));
      if (found.length !== 1) {
        const listed = found.map((f) => quote(f)).join(', ');
        this.report(
          'error',
          'one-of-fields',
          path,
          {
            allowed: names.join(', '),
            found: found.length === 0 ? '' : { 'zh-CN': `（实际：${listed}）`, 'zh-TW': `（實際：${listed}）`, en: ` (found ${listed})` },
          },
          undefined,
          { expected: names.join(' | '), received: found.length === 0 ? 'none' : found.join(', ') },
        );
        return undefined;
      }
      return this.object(node.cases[found[0]!]!, value, path);
    }
    const field = node.tag.field;
    const at = joinPath(path, field);
    const read = hasOwn(value, field) ? this.read(value, field, at) : { ok: true, value: undefined };
    if (!read.ok) return undefined;
    if (read.value === undefined) {
      this.report('error', 'missing-field', at, { field }, undefined, { expected: 'present', received: 'undefined' });
      return undefined;
    }
    const tag = read.value;
    if (typeof tag !== 'string') return this.wrongType('string', tag, at);
    const chosen = hasOwn(node.cases, tag) ? node.cases[tag] : undefined;
    if (chosen === undefined) {
      const hint = this.listening ? suggest(tag, names) : undefined;
      this.report('error', 'unknown-value', at, { value: quote(tag), allowed: names.join(', ') }, hint, {
        expected: names.map((n) => JSON.stringify(n)).join(' | '),
        received: JSON.stringify(quote(tag)),
      });
      return undefined;
    }
    return this.object(chosen, value, path);
  }

  /** Reports the keys of an object that are not among `names`: forbidden ones as errors, others as warnings. */
  private unknownKeys(keys: readonly string[], names: readonly string[], path: string): void {
    for (const key of keys) {
      if (names.includes(key)) continue;
      const at = joinPath(path, quote(key));
      if ((FORBIDDEN_KEYS as readonly string[]).includes(key)) {
        this.report('error', 'forbidden-key', at, { key }, undefined, { received: key });
      } else {
        // Unknown data is never read, let alone descended into.
        this.report('warning', 'unknown-field', at, { field: quote(key) }, this.listening ? suggest(key, names) : undefined, {
          received: quote(key),
        });
      }
    }
  }

  private wrongType(expected: ValueKind, value: unknown, path: string): undefined {
    const actual = kindOf(value);
    const mismatch = { expected, received: actual };
    if (expected === 'object' && path === '') {
      this.report('error', 'not-an-object', path, { actual: VALUE_KINDS[actual] }, undefined, mismatch);
    } else {
      this.report('error', 'wrong-type', path, { expected: VALUE_KINDS[expected], actual: VALUE_KINDS[actual] }, undefined, mismatch);
    }
    return undefined;
  }

  private string(node: StringNode, value: unknown, path: string): unknown {
    if (typeof value !== 'string') return this.wrongType('string', value, path);
    // Length first: nothing else may touch a string that is over its limit.
    if (codePointsOver(value, node.maxLength)) {
      const length = value.length > 2 * node.maxLength ? value.length : codePointLength(value);
      this.report('error', 'too-long', path, { length, max: node.maxLength }, undefined, {
        expected: `<= ${node.maxLength}`,
        received: String(length),
      });
      return undefined;
    }
    if (node.nonBlank && !/\S/.test(value)) {
      this.report('error', 'empty-string', path, {}, undefined, { expected: 'non-blank', received: JSON.stringify(value) });
      return undefined;
    }
    if (node.trimmed === true && value.trim() !== value) {
      this.report('error', 'surrounding-space', path, { value: JSON.stringify(quote(value)) }, value.trim());
      return undefined;
    }
    if (node.format === 'date') {
      if (!DATE_PATTERN.test(value)) {
        this.report('error', 'bad-format', path, { value: quote(value), format: 'YYYY-MM-DD' }, undefined, {
          expected: 'YYYY-MM-DD',
          received: JSON.stringify(quote(value)),
        });
        return undefined;
      }
      if (!isIsoDate(value)) {
        this.report('error', 'invalid-date', path, { value }, undefined, { expected: 'date', received: JSON.stringify(value) });
        return undefined;
      }
    }
    if (node.pattern !== undefined && !patternOf(node.pattern.source).test(value)) {
      this.report('error', 'bad-format', path, { value: quote(value), format: node.pattern.name }, undefined, {
        expected: node.pattern.source,
        received: JSON.stringify(quote(value)),
      });
      return undefined;
    }
    if (node.unique !== undefined) {
      let seen = this.unique.get(node.unique.scope);
      if (seen === undefined) this.unique.set(node.unique.scope, (seen = new Map()));
      const first = seen.get(value);
      if (first !== undefined) {
        this.report('error', 'duplicate-id', path, { id: quote(value), first: first === '' ? '$' : first }, undefined, {
          expected: 'unique',
          received: JSON.stringify(quote(value)),
        });
      } else {
        // The path is kept for the whole read (a later duplicate names it). Built by joining, it is a
        // chain of string pieces, several times its length in memory: reading a character makes the
        // engine flatten it, which more than halves what a million ids keep alive.
        path.charCodeAt(0);
        seen.set(value, path);
      }
    }
    return value;
  }

  private term(node: TermNode, value: unknown, path: string): unknown {
    if (typeof value !== 'string') return this.wrongType('string', value, path);
    const id = value.length > LIMITS.name ? undefined : spellingsOf(node).get(value);
    if (id !== undefined) return id;
    const hint = this.listening ? suggest(value, termSpellings(node)) : undefined;
    const ids = node.terms.map((t) => t.id);
    this.report('error', 'unknown-value', path, { value: quote(value), allowed: ids.join(', ') }, hint, {
      expected: ids.map((id) => JSON.stringify(id)).join(' | '),
      received: JSON.stringify(quote(value)),
    });
    return undefined;
  }

  /** Enters a container: refuses cycles. Returns false when the value is one of its own parents. */
  private enter(value: object, path: string): boolean {
    if (this.ancestors.has(value)) {
      this.report('error', 'cyclic-reference', path);
      return false;
    }
    this.ancestors.add(value);
    return true;
  }

  /** Reads an own property; a getter that throws becomes a problem. */
  private read(container: object, key: string | number, path: string): { ok: boolean; value: unknown } {
    try {
      return { ok: true, value: (container as Record<string | number, unknown>)[key] };
    } catch (e) {
      this.report('error', 'unreadable-value', path, { reason: reasonOf(e) });
      return { ok: false, value: undefined };
    }
  }

  /** Keys of an object, or undefined (with a problem) when there are too many to look at. */
  private keysOf(value: object, path: string): string[] | undefined {
    const keys = Object.keys(value);
    if (keys.length > this.maxFields) {
      this.report('error', 'too-many-fields', path, { count: keys.length, max: this.maxFields }, undefined, {
        expected: `<= ${this.maxFields}`,
        received: String(keys.length),
      });
      return undefined;
    }
    return keys;
  }

  private record(node: RecordNode<string, unknown>, value: unknown, path: string): unknown {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return this.wrongType('object', value, path);
    if (!this.enter(value, path)) return undefined;
    try {
      const keys = this.keysOf(value, path);
      if (keys === undefined) return undefined;
      const allowed = new Set<string>(node.keys);
      for (const key of keys) {
        if (allowed.has(key)) continue;
        const at = joinPath(path, quote(key));
        if ((FORBIDDEN_KEYS as readonly string[]).includes(key)) {
          this.report('error', 'forbidden-key', at, { key }, undefined, { received: key });
        } else if (node.known.includes(key)) {
          this.report('error', 'factor-not-allowed', at, { name: key, allowed: node.keys.join(', ') }, undefined, {
            expected: node.keys.join(' | '),
            received: key,
          });
        } else {
          this.report('error', node.unknownKey, at, { name: quote(key) }, this.listening ? suggest(key, node.keys) : undefined, {
            expected: node.keys.join(' | '),
            received: quote(key),
          });
        }
      }
      // Output keys in the vocabulary's order, whatever order the input used.
      const out: Record<string, unknown> = {};
      for (const key of node.keys) {
        if (!hasOwn(value, key)) continue;
        const at = joinPath(path, key);
        const read = this.read(value, key, at);
        if (!read.ok) continue;
        const checked = this.check(node.values, read.value, at);
        if (checked !== undefined) out[key] = checked;
      }
      return out;
    } finally {
      this.ancestors.delete(value);
    }
  }

  private array(node: ArrayNode<unknown>, value: unknown, path: string): unknown {
    if (value instanceof StreamedItems) return this.streamed(node, value, path);
    if (!Array.isArray(value)) return this.wrongType('array', value, path);
    // The length is checked before a single item is read.
    const length = value.length;
    if (length > node.maxItems) {
      this.report('error', 'too-many-items', path, { length, max: node.maxItems }, undefined, {
        expected: `<= ${node.maxItems}`,
        received: String(length),
      });
      return undefined;
    }
    if (node.budget !== undefined) {
      const { scope, max } = node.budget;
      const used = this.budgets.get(scope) ?? 0;
      if (used > max) return undefined; // already reported once
      this.budgets.set(scope, used + length);
      if (used + length > max) {
        const what = hasOwn(TOTAL_NAMES, scope) ? TOTAL_NAMES[scope as keyof typeof TOTAL_NAMES] : scope;
        this.report('error', 'total-limit', path, { what, max }, undefined, { expected: `<= ${max}`, received: String(used + length) });
        return undefined;
      }
    }
    if (length < node.minItems) {
      this.report('error', 'too-few-items', path, { length, min: node.minItems }, undefined, {
        expected: `>= ${node.minItems}`,
        received: String(length),
      });
    }
    if (!this.enter(value, path)) return undefined;
    try {
      const out: unknown[] = new Array(length);
      const firstIndex = node.uniqueItems ? new Map<unknown, string>() : undefined;
      for (let i = 0; i < length; i++) {
        const at = joinPath(path, i);
        const read = this.read(value, i, at);
        const checked = read.ok ? this.check(node.items, read.value, at) : undefined;
        out[i] = checked;
        if (firstIndex !== undefined && checked !== undefined && typeof checked !== 'object') {
          const first = firstIndex.get(checked);
          if (first !== undefined) {
            this.report('error', 'duplicate-item', at, { value: quote(String(checked)), first }, undefined, {
              expected: 'unique',
              received: JSON.stringify(typeof checked === 'string' ? quote(checked) : checked),
            });
          } else {
            firstIndex.set(checked, at);
          }
        }
      }
      return out;
    } finally {
      this.ancestors.delete(value);
    }
  }

  /** The checks of {@link array} before its items, then the items' problems as a stream walk found them. */
  private streamed(node: ArrayNode<unknown>, value: StreamedItems, path: string): unknown {
    const length = value.length;
    if (length > node.maxItems) {
      this.report('error', 'too-many-items', path, { length, max: node.maxItems }, undefined, { expected: `<= ${node.maxItems}`, received: String(length) });
      return undefined;
    }
    // A streamed array is never under a budget (only the document's posts are streamed).
    if (length < node.minItems) {
      this.report('error', 'too-few-items', path, { length, min: node.minItems }, undefined, { expected: `>= ${node.minItems}`, received: String(length) });
    }
    for (const p of value.problems) this.replay(p);
    this.errors += value.unlistedErrors;
    // The object's refinement sees what was kept of each item, in place of the items.
    return value.kept;
  }

  private object(node: ObjectNode<unknown>, value: unknown, path: string): unknown {
    if (!isPlainObject(value)) return this.wrongType('object', value, path);
    if (!this.enter(value, path)) return undefined;
    try {
      const keys = this.keysOf(value, path);
      if (keys === undefined) return undefined;
      const names = Object.keys(node.fields);
      this.unknownKeys(keys, names, path);
      // Only declared field names are written, so the output cannot gain a prototype key.
      const out: Record<string, unknown> = {};
      const given = new Set<string>();
      for (const name of names) {
        const field = node.fields[name]!;
        const at = joinPath(path, name);
        let present = false;
        let raw: unknown;
        if (hasOwn(value, name)) {
          const read = this.read(value, name, at);
          if (!read.ok) continue;
          raw = read.value;
          present = raw !== undefined; // an explicit `undefined` from a JS caller means "left out"
        }
        if (present) given.add(name);
        if (present) {
          const checked = this.check(field.node, raw, at);
          if (checked !== undefined && field.presence !== 'ignored') out[name] = checked;
        } else if (field.presence === 'required') {
          this.report('error', 'missing-field', at, { field: name }, undefined, { expected: 'present', received: 'undefined' });
        } else if (field.presence === 'default') {
          out[name] = copyDefault(field.default);
        }
      }
      if (node.refine !== undefined) {
        node.refine(
          out,
          path,
          (code, at, params, suggestion, severity) => {
            // A value already wrong at that path is reported once: a check across fields sees it as absent.
            if (this.problems.some((p) => p.severity === 'error' && p.path === at)) return;
            this.report(severity ?? 'error', code, at, params, suggestion);
          },
          given,
        );
      }
      return out;
    } finally {
      this.ancestors.delete(value);
    }
  }
}

function isPlainObject(value: unknown): value is object {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `min..max` for `expected`. */
function range(min: number, max: number): string {
  return `${min}..${max}`;
}

/** Compiled string patterns, one per source. */
const patterns = new Map<string, RegExp>();

function patternOf(source: string): RegExp {
  let re = patterns.get(source);
  if (re === undefined) patterns.set(source, (re = new RegExp(source, 'u')));
  return re;
}

/** The text of something thrown, which may itself be hostile. */
function reasonOf(thrown: unknown): string {
  try {
    return quote(thrown instanceof Error ? String(thrown.message) : String(thrown));
  } catch {
    return '?';
  }
}

/** A fresh copy of a default, so outputs never share a mutable default. */
function copyDefault(value: unknown): unknown {
  if (Array.isArray(value)) return [...(value as unknown[])];
  if (typeof value === 'object' && value !== null) return { ...value };
  return value;
}

/**
 * Checks a value against a schema description and builds its normalized form. Every problem is
 * collected in one pass (up to `LIMITS.problems`); unknown fields are warnings. Never throws for
 * bad data, and never mutates or keeps a reference to the input.
 * @param node - the description
 * @param value - the untrusted input
 * @param path - the JSON path of `value` in its document (`''` for the root)
 * @param options - limits and extra messages
 * @returns `{ ok: true, value, problems }` (problems then holds only warnings) or `{ ok: false, problems }`
 * @example
 * const point = object({ x: required(integer({ minimum: 0, maximum: 9 })) });
 * checkAgainst(point, { x: 12 }).problems[0].path // 'x'
 */
export function checkAgainst<T>(node: Node<T>, value: unknown, path = '', options: CheckOptions = {}): Checked<T> {
  const walk = new Walk(options);
  let out: unknown;
  try {
    out = walk.check(node, value, path);
  } catch (e) {
    // Only exotic JS values reach here (a proxy whose traps throw, a revoked proxy).
    walk.report('error', 'unreadable-value', path, { reason: reasonOf(e) });
  }
  if (walk.errors > 0 || out === undefined) {
    return { ok: false, problems: walk.problems };
  }
  return { ok: true, value: out as T, problems: walk.problems };
}

/**
 * Checks an object whose one array field arrives item by item (a document read post by post): the
 * same problems, in the same order and with the same paths, as `checkAgainst` on the whole
 * value. Items are checked as they come with {@link StreamCheck.item}; {@link StreamCheck.finish}
 * then checks the rest of the object, putting the items' problems where the whole walk finds them.
 */
export class StreamCheck<T> {
  private readonly walk: Walk;
  private readonly itemNode: AnyNode;
  private readonly itemsPath: string;
  private count = 0;
  private readonly kept: unknown[] = [];

  /**
   * Made by `documentStreamCheck` (the description language itself is internal).
   * @internal
   * @param node - the object's description
   * @param field - the array field whose items are streamed
   * @param options - limits and extra messages, as for `checkAgainst`
   * @param keep - what the object's refinement reads of a normalized item (kept for every item)
   */
  constructor(
    private readonly node: ObjectNode<T>,
    private readonly field: string,
    private readonly options: CheckOptions = {},
    private readonly keep: (item: unknown) => unknown = () => undefined,
  ) {
    const spec = node.fields[field];
    if (spec === undefined || spec.node.kind !== 'array') throw new Error(`StreamCheck: ${field} is not an array field`);
    if (spec.node.budget !== undefined) throw new Error(`StreamCheck: ${field} is under a budget`);
    this.itemNode = spec.node.items;
    this.itemsPath = joinPath('', field);
    this.walk = new Walk(options);
    this.walk.silentCap = true;
  }

  /**
   * Checks the next item.
   * @param value - the item, parsed
   * @returns its normalized form, or undefined when it has an error
   */
  item(value: unknown): unknown {
    const at = joinPath(this.itemsPath, this.count++);
    let out: unknown;
    try {
      out = this.walk.check(this.itemNode, value, at);
    } catch (e) {
      this.walk.report('error', 'unreadable-value', at, { reason: reasonOf(e) });
    }
    this.kept.push(out === undefined ? undefined : this.keep(out));
    return out;
  }

  /** Whether every item so far is free of errors. */
  get itemsOk(): boolean {
    return this.walk.errors === 0;
  }

  /**
   * Checks one item again, on its own, for its normalized form (a second pass over the input):
   * the item's own problems are those {@link item} found.
   * @param value - the item, parsed again
   * @param index - its index in the array
   * @returns its normalized form, or undefined when it has an error
   */
  recheck(value: unknown, index: number): unknown {
    const checked = checkAgainst(this.itemNode as Node<unknown>, value, joinPath(this.itemsPath, index), this.options);
    return checked.ok ? checked.value : undefined;
  }

  /**
   * Checks the rest of the object. `root` holds the object's other fields in their input order,
   * and the streamed field at its place in that order (any value: it is replaced by the items).
   * When the streamed field held no array, pass `streamed: false` and its value in `root`.
   * @param root - the object without its streamed items
   * @param streamed - whether the field's items went through {@link item}
   * @returns what `checkAgainst` gives for the whole object; a valid value has the field removed
   */
  finish(root: Readonly<Record<string, unknown>>, streamed = true): Checked<Omit<T, never>> {
    const walk = new Walk(this.options);
    const input: Record<string, unknown> = {};
    for (const key of Object.keys(root)) {
      const v = key === this.field && streamed ? new StreamedItems(this.count, this.walk.problems, this.walk.unlisted, this.kept) : root[key];
      if (key === '__proto__') Object.defineProperty(input, key, { value: v, enumerable: true, writable: true, configurable: true });
      else input[key] = v;
    }
    let out: unknown;
    try {
      out = walk.check(this.node, input, '');
    } catch (e) {
      walk.report('error', 'unreadable-value', '', { reason: reasonOf(e) });
    }
    if (walk.errors > 0 || out === undefined) return { ok: false, problems: walk.problems };
    const value = { ...(out as Record<string, unknown>) };
    if (streamed) delete value[this.field];
    return { ok: true, value: value as T, problems: walk.problems };
  }
}
