/**
 * Shared by the robustness properties: the example documents, random mutations of JSON data
 * (described as plain data so fast-check can shrink and replay them), hostile values, and the
 * whole pipeline from untrusted input to every output format.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { expect } from 'vitest';
import { catalogSource, type CatalogOptions } from '../../src/catalog/build.js';
import { LOCALES, type Locale } from '../../src/i18n/locale.js';
import type { OrganizationDocument } from '../../src/model/document.js';
import { importCsv } from '../../src/read/csv-import.js';
import { renderCsv } from '../../src/render/csv.js';
import { renderHtml } from '../../src/render/html.js';
import { renderJson } from '../../src/render/json.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import { validateDocument } from '../../src/validate/document.js';
import type { Checked, Problem } from '../../src/validate/problem.js';

/** The example documents shipped in `examples/`. */
export const EXAMPLES = ['oilfield-service-center', 'county-bureau', 'county-bureau-2025', 'university'] as const;

/** The name of one example. */
export type ExampleName = (typeof EXAMPLES)[number];

const texts = new Map<ExampleName, string>();

/** The text of an example file, read once. */
export function exampleText(name: ExampleName): string {
  let text = texts.get(name);
  if (text === undefined) {
    text = readFileSync(new URL(`../../examples/${name}.json`, import.meta.url), 'utf8');
    texts.set(name, text);
  }
  return text;
}

/** A fresh parse of an example, free to change. */
export function example(name: ExampleName): Record<string, unknown> {
  return JSON.parse(exampleText(name)) as Record<string, unknown>;
}

// ---------------------------------------------------------------------------------------------
// Hostile values

/** Numbers at the edges: huge, tiny, negative zero, past 2^53, exponent forms, near-integers. */
export const oddNumberArb: fc.Arbitrary<number> = fc.constantFrom(
  1e308,
  -1e308,
  Number.MAX_VALUE,
  Number.MIN_VALUE,
  Number.MAX_SAFE_INTEGER + 2,
  -0,
  1e21,
  0.1 + 0.2,
  2.5,
  4.999999999999999,
  5.000000000000001,
  -1,
  0,
  6,
  60.5,
);

/** Strings a careless or hostile author writes where a number belongs. */
export const numberLikeArb: fc.Arbitrary<string> = fc.constantFrom('NaN', 'Infinity', '-Infinity', '1e999', '0x1F', ' 3 ', '３', '5.0', '', ' ', 'null', 'true');

/** Text that breaks naive code: lone surrogates, bidi overrides, NUL, BOM, line separators, markup, formulas, placeholders. */
export const oddTextArb: fc.Arbitrary<string> = fc.constantFrom(
  '\uD800',
  '\uDFFF',
  'a\uD83Db',
  '\u202Eevil\u202C',
  'zero\u200Bwidth',
  'e\u0301',
  'nul\u0000byte',
  '\uFEFFbom',
  '\u2028line\u2029',
  '𠮷野家',
  'İıß',
  '😀👨‍👩‍👧',
  '<script>alert(1)</script>',
  '=HYPERLINK("http://x")',
  '| pipe | table |',
  '"quoted", comma',
  "'apostrophe",
  'a\r\nb',
  'a\rb',
  '\t',
  ' padded ',
  '{post}',
  '{level}{score}',
  '$&$1$`',
  '${x}',
  '\\u0000',
  '#'.repeat(7),
  'x'.repeat(3000),
);

/** Names that mean something to `Object.prototype`. */
export const PROTO_WORDS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf', '__defineGetter__'] as const;

/** Any of {@link PROTO_WORDS}. */
export const protoWordArb: fc.Arbitrary<string> = fc.constantFrom(...PROTO_WORDS);

/** An object with an own `__proto__` key, as `JSON.parse` makes it. */
export function withOwnKey(key: string, value: unknown, into: Record<string, unknown> = {}): Record<string, unknown> {
  Object.defineProperty(into, key, { value, enumerable: true, writable: true, configurable: true });
  return into;
}

/** Any value a hostile document may hold. */
export const hostileValueArb: fc.Arbitrary<unknown> = fc.oneof(
  oddNumberArb,
  numberLikeArb,
  oddTextArb,
  protoWordArb,
  fc.constantFrom<unknown>([], {}, null, true, false, [null], ['x', 'x'], [[[]]]),
  fc.constant(null).map(() => withOwnKey('__proto__', { polluted: true })),
  fc.jsonValue({ maxDepth: 2 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
);

/** Keys worth inserting: known field names in the wrong place, prototype words, anything. */
export const keyArb: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom('id', 'name', 'posts', 'powers', 'riskPoints', 'steps', 'factors', 'controls', 'harm', 'fundLinkage', 'importance', 'tenureYears', 'organization', 'assessedOn'),
  protoWordArb,
  fc.string({ maxLength: 8 }),
);

// ---------------------------------------------------------------------------------------------
// Mutations

/**
 * One change to a JSON tree. `at` (and `from`) pick a location among those the kind applies to,
 * modulo their count, so any number is valid for any tree.
 */
export type Mutation =
  | { readonly kind: 'replace'; readonly at: number; readonly value: unknown }
  | { readonly kind: 'delete'; readonly at: number }
  | { readonly kind: 'insert'; readonly at: number; readonly key: string; readonly value: unknown }
  | { readonly kind: 'retype'; readonly at: number }
  | { readonly kind: 'duplicate-id'; readonly at: number; readonly from: number }
  | { readonly kind: 'repeat-item'; readonly at: number; readonly item: number }
  | { readonly kind: 'text'; readonly at: number; readonly value: string }
  | { readonly kind: 'number'; readonly at: number; readonly value: number };

/** A mutation of any kind; text and number changes often keep the document valid. */
export const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), value: hostileValueArb }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), key: keyArb, value: hostileValueArb }),
  fc.record({ kind: fc.constant('retype' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('duplicate-id' as const), at: fc.nat(), from: fc.nat() }),
  fc.record({ kind: fc.constant('repeat-item' as const), at: fc.nat(), item: fc.nat() }),
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('text' as const), at: fc.nat(), value: fc.oneof(oddTextArb, protoWordArb) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('number' as const), at: fc.nat(), value: oddNumberArb }) },
);

type Container = Record<string, unknown> | unknown[];

/** A place in a tree: the container and the key (or index) of the value there. */
interface Location {
  readonly parent: Container;
  readonly key: string | number;
  readonly value: unknown;
}

const isContainer = (v: unknown): v is Container => typeof v === 'object' && v !== null;

/** Every location below the root, in document order (depth first). */
function locations(root: Container): Location[] {
  const out: Location[] = [];
  const stack: Container[] = [root];
  while (stack.length > 0) {
    const parent = stack.pop()!;
    const keys: (string | number)[] = Array.isArray(parent) ? parent.map((_, i) => i) : Object.keys(parent);
    for (const key of keys) {
      const value = (parent as Record<string | number, unknown>)[key];
      out.push({ parent, key, value });
      if (isContainer(value)) stack.push(value);
    }
  }
  return out;
}

/** A deep copy keeping own `__proto__` keys, so values shared by fast-check runs are never changed. */
function copy(value: unknown): unknown {
  if (!isContainer(value)) return value;
  if (Array.isArray(value)) return value.map(copy);
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) withOwnKey(key, copy(value[key]), out);
  return out;
}

function set(parent: Container, key: string | number, value: unknown): void {
  // An own data property even for `__proto__`, as JSON.parse would make it.
  if (Array.isArray(parent)) parent[key as number] = copy(value);
  else withOwnKey(String(key), copy(value), parent);
}

function pick<T>(items: readonly T[], n: number): T | undefined {
  return items.length === 0 ? undefined : items[n % items.length];
}

function retyped(value: unknown): unknown {
  if (Array.isArray(value)) return value.map((v) => (typeof v === 'string' ? v : JSON.stringify(v))).join('|');
  if (typeof value === 'string') return [value];
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? '是' : 'false';
  if (value === null) return 'null';
  return Object.values(value as object);
}

/**
 * Applies mutations in order to a tree, in place. A mutation with nowhere to apply does nothing.
 * @param root - a JSON object or array
 * @param mutations - the changes
 * @returns the same root
 */
export function mutate<T extends Container>(root: T, mutations: readonly Mutation[]): T {
  for (const m of mutations) {
    const all = locations(root);
    switch (m.kind) {
      case 'replace':
      case 'retype': {
        const at = pick(all, m.at);
        if (at) set(at.parent, at.key, m.kind === 'replace' ? m.value : retyped(at.value));
        break;
      }
      case 'delete': {
        const at = pick(all, m.at);
        if (at === undefined) break;
        if (Array.isArray(at.parent)) at.parent.splice(at.key as number, 1);
        else delete at.parent[at.key as string];
        break;
      }
      case 'insert': {
        const containers: Container[] = [root, ...all.map((l) => l.value).filter(isContainer)];
        const into = pick(containers, m.at)!;
        if (Array.isArray(into)) into.splice(m.at % (into.length + 1), 0, copy(m.value));
        else set(into, m.key, m.value);
        break;
      }
      case 'duplicate-id': {
        const ids = all.filter((l) => l.key === 'id' && !Array.isArray(l.parent));
        const target = pick(ids, m.at);
        const source = pick(ids, m.from);
        if (target && source) set(target.parent, 'id', source.value);
        break;
      }
      case 'repeat-item': {
        const arrays = [root, ...all.map((l) => l.value)].filter((v): v is unknown[] => Array.isArray(v) && v.length > 0);
        const array = pick(arrays, m.at);
        if (array) array.push(copy(array[m.item % array.length]));
        break;
      }
      case 'text': {
        const at = pick(all.filter((l) => typeof l.value === 'string'), m.at);
        if (at) set(at.parent, at.key, m.value);
        break;
      }
      case 'number': {
        const at = pick(all.filter((l) => typeof l.value === 'number'), m.at);
        if (at) set(at.parent, at.key, m.value);
        break;
      }
    }
  }
  return root;
}

/**
 * An example cut down to a few of its posts (in their order), to keep each run quick; every
 * kind of content of the examples still shows up across runs.
 */
export const exampleSliceArb: fc.Arbitrary<{ name: ExampleName; doc: Record<string, unknown> }> = fc
  .record({ name: fc.constantFrom(...EXAMPLES), keep: fc.uniqueArray(fc.nat({ max: 99 }), { minLength: 1, maxLength: 3 }) })
  .map(({ name, keep }) => {
    const doc = example(name);
    const posts = doc['posts'] as unknown[];
    const indexes = [...new Set(keep.map((k) => k % posts.length))].sort((a, b) => a - b);
    doc['posts'] = indexes.map((i) => posts[i]);
    return { name, doc };
  });

/** A mutated slice of an example, and the mutations that made it (shown when a run fails). */
export const mutantArb: fc.Arbitrary<{ name: ExampleName; mutations: readonly Mutation[]; input: Record<string, unknown> }> = fc
  .tuple(exampleSliceArb, fc.array(mutationArb, { minLength: 1, maxLength: 4 }))
  .map(([{ name, doc }, mutations]) => ({ name, mutations, input: mutate(doc, mutations) }));

// ---------------------------------------------------------------------------------------------
// The pipeline

/** The value of a check that must pass; throws with every problem otherwise. */
export function checkedValue<T>(checked: Checked<T>): T {
  if (!checked.ok) throw new Error(checked.problems.map((p) => `${p.path}: ${p.message.en}`).join('\n'));
  return checked.value;
}

/** Every problem has the shape callers rely on: a code, a path, and a short message in every locale. */
export function expectWellFormed(problems: readonly Problem[]): void {
  for (const p of problems) {
    expect(['error', 'warning']).toContain(p.severity);
    expect(p.code).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    expect(typeof p.path).toBe('string');
    expect(p.path.length).toBeLessThan(1000);
    for (const locale of LOCALES) {
      expect(typeof p.message[locale]).toBe('string');
      expect(p.message[locale].length).toBeGreaterThan(0);
      // Quoted input is cut short: a hostile value never floods a message.
      expect(p.message[locale].length).toBeLessThan(1000);
    }
  }
}

/** What {@link runPipeline} did. */
export type PipelineOutcome =
  | { readonly valid: false; readonly problems: readonly Problem[] }
  | {
      readonly valid: true;
      /** The validated document. */
      readonly document: OrganizationDocument;
      /** Every output, by `format.locale` (`json` alone: every locale). */
      readonly outputs: ReadonlyMap<string, string>;
      /** The CSV import of each CSV output, by locale. */
      readonly csvImports: ReadonlyMap<Locale, Checked<OrganizationDocument>>;
    };

/**
 * Untrusted input through everything a caller may do with it: validation (the non-throwing entry
 * point); when valid, the catalog source and every renderer in every locale, and the CSV import
 * of each CSV written. Throws only when the library does.
 * @param input - any value
 * @param options - catalog options
 * @returns the problems, or every output by `format.locale`
 */
export function runPipeline(input: unknown, options?: CatalogOptions): PipelineOutcome {
  const checked = validateDocument(input);
  if (!checked.ok) return { valid: false, problems: checked.problems };
  const source = catalogSource(checked.value, options);
  const outputs = new Map<string, string>();
  const csvImports = new Map<Locale, Checked<OrganizationDocument>>();
  for (const locale of LOCALES) {
    outputs.set(`md.${locale}`, renderMarkdown(source, { locale }));
    outputs.set(`json.${locale}`, renderJson(source, { locale }));
    outputs.set(`html.${locale}`, renderHtml(source, { locale }));
    const csv = renderCsv(source, { locale });
    outputs.set(`csv.${locale}`, csv);
    csvImports.set(locale, importCsv(csv));
  }
  outputs.set('json', renderJson(source));
  return { valid: true, document: checked.value, outputs, csvImports };
}

/** The document with its posts in id order. */
function byPostId(doc: OrganizationDocument): OrganizationDocument {
  return { ...doc, posts: [...doc.posts].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)) };
}

/**
 * Whether CSV import keeps every id, step and control as written: it drops spaces around them
 * (documented in the README's column table), as `String.prototype.trim` does.
 */
export function csvKeepsNames(doc: OrganizationDocument): boolean {
  const kept = (s: string): boolean => s === s.trim();
  return doc.posts.every(
    (post) =>
      kept(post.id) &&
      post.powers.every(
        (power) =>
          kept(power.id) &&
          power.steps.every(kept) &&
          power.riskPoints.every((rp) => kept(rp.id) && kept(rp.step) && rp.controls.every(kept)),
      ),
  );
}

/**
 * Checks what {@link runPipeline} gave: an invalid input has at least one error and well-formed
 * problems; a valid one gives complete outputs of every format, and its CSV in every locale
 * imports back to the same document (when {@link csvKeepsNames}; otherwise the import only
 * reports problems).
 */
export function expectSoundOutcome(outcome: PipelineOutcome): void {
  if (!outcome.valid) {
    expect(outcome.problems.some((p) => p.severity === 'error')).toBe(true);
    expectWellFormed(outcome.problems);
    return;
  }
  for (const [key, text] of outcome.outputs) {
    const format = key.split('.')[0];
    if (format === 'json') expect(() => JSON.parse(text) as unknown, key).not.toThrow();
    if (format === 'html') expect(text.trimEnd().endsWith('</html>'), key).toBe(true);
    if (format === 'md') expect(text.startsWith('# '), key).toBe(true);
    if (format === 'csv') expect(text.startsWith('\uFEFF') && text.endsWith('\r\n'), key).toBe(true);
  }
  for (const [locale, back] of outcome.csvImports) {
    if (!csvKeepsNames(outcome.document)) {
      if (!back.ok) expectWellFormed(back.problems);
      continue;
    }
    expect(back.problems.filter((p) => p.severity === 'error'), locale).toEqual([]);
    // The catalog lists posts by department, so the sheet has them in that order.
    expect(back.ok && byPostId(back.value), locale).toEqual(byPostId(outcome.document));
  }
}

// ---------------------------------------------------------------------------------------------
// Options as a unit writes them

/** A user template library touching add, override and disable, as a unit would write it. */
export const USER_TEMPLATE_LIBRARY = {
  add: [
    {
      id: 'site-survey-recording',
      title: { 'zh-CN': '现场踏勘全程录像', 'zh-TW': '現場踏勘全程錄影', en: 'Site surveys recorded on video' },
      text: { 'zh-CN': '{department}开展{step}时全程录像。', 'zh-TW': '{department}辦理{step}時全程錄影。', en: '{department} records the {step} step on video.' },
      phase: 'during',
      kind: 'technology',
      owner: 'department-head',
      triggers: { steps: ['踏勘', '现场'], factors: { monitoringDifficulty: 3 } },
      effect: { monitoringDifficulty: 2, opacity: 1 },
      reviewDays: 90,
    },
  ],
  override: [{ id: 'reminder-talk', owner: 'principal-leader', reviewDays: 90 }],
  disable: ['contractor-return-visit'],
};

/** Finding settings as a unit writes them: some fields, one pair of its own. */
export const USER_FINDING_SETTINGS = {
  rotationYears: 3,
  auditYears: 4,
  keyAreas: ['finance', 'personnel'],
  incompatiblePairs: [
    {
      id: 'cash-and-books',
      label: { 'zh-CN': '出纳与记账', 'zh-TW': '出納與記帳', en: 'cash and books' },
      first: [{ steps: ['支付'] }],
      second: [{ categories: ['finance'], steps: ['记账'], notCollective: true }],
    },
  ],
};

// ---------------------------------------------------------------------------------------------
// CSV cells

/** One CSV record, RFC 4180, quoting only where needed; no line end. */
export function encodeRow(row: readonly string[]): string {
  return row.map((c) => (/[",\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(',');
}

/** Writes rows as RFC 4180 CSV with a BOM and CRLF line ends. */
export function encodeCsv(rows: readonly (readonly string[])[]): string {
  return `\uFEFF${rows.map(encodeRow).join('\r\n')}\r\n`;
}

// ---------------------------------------------------------------------------------------------
// Keys in JSON text

/** The offsets of every `{` that opens an object in a JSON text (not those inside strings). */
export function objectOpenings(text: string): number[] {
  const out: number[] = [];
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{') out.push(i);
  }
  return out;
}

/**
 * A JSON text with `"key": value` added as the first member of one of its objects, as an attacker
 * would send it (JSON.parse then makes an own property, even for `__proto__`).
 * @param text - a JSON text
 * @param key - the key to add
 * @param valueText - the member's value, as JSON
 * @param pick - which object, modulo their count
 * @returns the new text, or the same text when it has no object
 */
export function withKeyInJson(text: string, key: string, valueText: string, pick: number): string {
  const openings = objectOpenings(text);
  if (openings.length === 0) return text;
  const at = openings[pick % openings.length]!;
  const empty = /^\s*\}/.test(text.slice(at + 1));
  return `${text.slice(0, at + 1)}${JSON.stringify(key)}:${valueText}${empty ? '' : ','}${text.slice(at + 1)}`;
}

/** Every object and array reachable from a value, once each (Maps' keys and values included). */
export function reachable(root: unknown): object[] {
  const seen = new Set<object>();
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const v = stack.pop();
    if (typeof v !== 'object' || v === null || seen.has(v)) continue;
    seen.add(v);
    if (v instanceof Map) for (const [k, x] of v) stack.push(k, x);
    else for (const key of Object.keys(v)) stack.push((v as Record<string, unknown>)[key]);
  }
  return [...seen];
}
