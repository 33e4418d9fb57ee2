/**
 * JSON output of the catalog (schema version 2, the lean form) with a stable key order. The order
 * is declared once below, as a shape per type whose keys the compiler checks against the catalog
 * contract; it never depends on the order of the keys of the object passed in. The text is what
 * `JSON.stringify(value, null, 2)` would write for that order, plus a trailing newline, and is
 * streamed post by post.
 *
 * Lean: each measure is described once per post (the post's merged `measures`) and a risk point
 * lists the positions of its measures there (`measureIndexes`); the explanations' structured detail
 * is written only when asked (`detail`), their sentence always. The JSON Schema of this output is
 * {@link catalogJsonSchema}, shipped as schema/catalog.schema.json.
 */
import type { PostTerm, TermEvent } from '../findings/term.js';
import type { Catalog, CatalogPost, CatalogPower, CatalogRiskPoint, CatalogSource, CatalogSummary, EarlyWarning } from '../catalog/types.js';
import type { SuggestedRating } from '../factors/suggest.js';
import type { Finding } from '../findings/types.js';
import { LOCALES, type Locale, type LocalizedText } from '../i18n/locale.js';
import type { PostMeasure, SelectedMeasure } from '../measures/types.js';
import type { OwnMeasure, Responsibility } from '../model/document.js';
import { FACTOR_IDS } from '../model/enums.js';
import type { Explanation, LevelCounts } from '../scoring/types.js';
import { joinChunks } from './options.js';
import { requireTexts } from './texts.js';

/** Options of the JSON renderer. */
export interface JsonRenderOptions {
  /**
   * Resolve every localized text to this locale, named in the output's `locale`; without it, texts
   * keep all three locales.
   */
  readonly locale?: Locale;
  /**
   * Write each explanation's structured detail (`explanation.detail`: every factor's contribution,
   * the method's values, the rules, the residual computation) beside its sentence. Default false:
   * the detail is most of a risk point's size.
   */
  readonly detail?: boolean;
}

/** What the writer carries while it writes: the options, and the post being written. */
interface Context {
  readonly locale: Locale | undefined;
  readonly detail: boolean;
  /** The post being written: its id, and the position of each of its measures by template id. */
  post: { readonly id: string; readonly indexes: ReadonlyMap<string, number> } | undefined;
}

/** How one value is written. */
type Shape =
  | { readonly kind: 'value' }
  | { readonly kind: 'param' }
  | { readonly kind: 'text' }
  | ObjectShape
  | { readonly kind: 'array'; readonly of: Shape }
  | { readonly kind: 'ordered'; readonly keys: readonly string[] }
  | { readonly kind: 'sorted'; readonly of: Shape }
  | { readonly kind: 'tree' }
  | { readonly kind: 'indexes' }
  | { readonly kind: 'renamed'; readonly as: string; readonly shape: Shape }
  | { readonly kind: 'omit' };

/**
 * The shape of an object: its fields in output order, each with its key in the source (`key`), in
 * the output (`out`) and already written as JSON.
 */
interface ObjectShape {
  readonly kind: 'object';
  readonly fields: readonly { readonly key: string; readonly out: string; readonly json: string; readonly shape: Shape }[];
}

const value: Shape = { kind: 'value' };
const text: Shape = { kind: 'text' };
/** A message parameter: a plain string or number, or a localized text. */
const param: Shape = { kind: 'param' };
const array = (of: Shape): Shape => ({ kind: 'array', of });
/** A record of plain values with arbitrary keys, written in code-unit order of the keys. */
const sorted = (of: Shape): Shape => ({ kind: 'sorted', of });
/**
 * Structured data built by the library itself (the scoring engine's explanation detail), written
 * only with the `detail` option: its objects keep the key order they were built in, which is fixed
 * by the engine's code; localized texts inside are resolved like any other.
 */
const tree: Shape = { kind: 'tree' };
/** A risk point's measures, written as their positions in the post's merged measures. */
const indexes: Shape = { kind: 'indexes' };
/** A field written under another key. */
const renamed = (as: string, shape: Shape): Shape => ({ kind: 'renamed', as, shape });
/** Bookkeeping never written out (what texts a catalog was built with). */
const omit: Shape = { kind: 'omit' };
/** Factor ratings, in the order of the nine factors. */
const factors: Shape = { kind: 'ordered', keys: FACTOR_IDS };

/**
 * An object shape: the literal's own key order is the output order, and the compiler requires
 * exactly the keys of `T` (optional ones included), so a field added to the contract must be
 * placed here before it compiles.
 */
function object<T>(fields: { readonly [K in keyof Required<T>]: Shape }): ObjectShape {
  return {
    kind: 'object',
    fields: Object.entries(fields as Record<string, Shape>).map(([key, shape]) =>
      shape.kind === 'renamed' ? { key, out: shape.as, json: JSON.stringify(shape.as), shape: shape.shape } : { key, out: key, json: JSON.stringify(key), shape },
    ),
  };
}

const levelCounts = object<LevelCounts>({ high: value, medium: value, low: value });
const explanation = object<Explanation>({ text, detail: tree });
const measureFields = {
  templateId: value,
  phase: value,
  kind: value,
  owner: value,
  title: text,
  text,
  indicator: text,
  reviewDays: value,
  status: value,
} as const satisfies { readonly [K in keyof Required<SelectedMeasure>]: Shape };
const ownMeasure = object<OwnMeasure>({
  text: value,
  phase: value,
  owner: value,
  responsible: value,
  deadline: value,
  indicator: value,
  lowers: array(value),
  template: value,
});
const postMeasure = object<PostMeasure>({ ...measureFields, riskPointIds: array(value) });
const finding = object<Finding>({ code: value, postId: value, powerIds: array(value), pairId: value, message: text, params: sorted(param) });
const warning = object<EarlyWarning>({ tier: value, owner: value, reviewCycleDays: value, signals: array(value), nextReviewOn: value });

const riskPoint = object<CatalogRiskPoint>({
  id: value,
  description: value,
  step: value,
  riskCategory: value,
  priorIncident: value,
  controls: array(value),
  factors,
  effectiveFactors: factors,
  level: value,
  score: value,
  residualLevel: value,
  residualScore: value,
  explanation,
  ownMeasures: array(ownMeasure),
  // Described once in the post's merged measures; here their positions there, in this risk point's order.
  measures: renamed('measureIndexes', indexes),
  // Reasons are plain data in every locale-free form (words, categories, ranks).
  suggestedFactors: array(object<SuggestedRating>({ factor: value, rating: value, reasons: value })),
  publishedLevel: value,
  source: value,
});

const power = object<CatalogPower>({
  id: value,
  name: value,
  category: value,
  majorMatter: value,
  collectiveDecision: value,
  steps: array(value),
  legalBasis: value,
  responsibilities: array(object<Responsibility>({ step: value, duty: value, accountability: value })),
  riskPoints: array(riskPoint),
});

const termEvent = object<TermEvent>({ kind: value, due: value, dueNow: value });
const term = object<PostTerm>({ holder: value, holderSince: value, tenureYears: value, events: array(termEvent) });

const post = object<CatalogPost>({
  id: value,
  name: value,
  department: value,
  rank: value,
  tenureYears: value,
  holder: value,
  holderSince: value,
  factors,
  level: value,
  score: value,
  residualLevel: value,
  residualScore: value,
  explanation,
  keyPost: value,
  warning,
  powers: array(power),
  postMeasures: array(postMeasure),
  measures: array(postMeasure),
  findings: array(finding),
  term,
  publishedLevel: value,
  source: value,
});

const summary = object<CatalogSummary>({
  posts: value,
  powers: value,
  riskPoints: value,
  postsByLevel: levelCounts,
  postsByWarningTier: object<CatalogSummary['postsByWarningTier']>({ red: value, yellow: value, blue: value }),
  riskPointsByLevel: levelCounts,
  residualRiskPointsByLevel: levelCounts,
  byDepartment: array(object<CatalogSummary['byDepartment'][number]>({ department: value, posts: levelCounts, riskPoints: levelCounts })),
  byRiskCategory: array(object<CatalogSummary['byRiskCategory'][number]>({ riskCategory: value, riskPoints: levelCounts })),
  byPowerCategory: array(object<CatalogSummary['byPowerCategory'][number]>({ category: value, riskPoints: levelCounts })),
  keyPosts: array(value),
  findingsByCode: sorted(value),
  heatmap: array(array(value)),
  unratedForHeatmap: value,
  ratings: object<NonNullable<CatalogSummary['ratings']>>({ given: value, suggested: value }),
});

/** The catalog's top-level keys, in output order; `posts` is streamed. */
const catalog = object<Catalog>({
  schemaVersion: value,
  organization: value,
  assessedOn: value,
  suggestRatings: value,
  asOf: value,
  model: object<Catalog['model']>({ id: value, method: value, name: text }),
  summary,
  posts: array(post),
  findings: array(finding),
  texts: omit,
});

// A localized text is an object with the three locale keys (checked with `in`: no getter runs).
function isLocalizedText(v: unknown): v is LocalizedText {
  if (typeof v !== 'object' || v === null) return false;
  for (const l of LOCALES) if (!(l in v)) return false;
  return true;
}


/**
 * Sets a key on a fresh ordinary object. `__proto__` is defined as an own key instead of assigned,
 * which would change the prototype. (Ordinary objects, not null-prototype ones: V8 keeps those in
 * dictionary mode, which makes JSON.stringify several times slower on a million of them.)
 */
function put(out: Record<string, unknown>, key: string, v: unknown): void {
  if (key === '__proto__') Object.defineProperty(out, key, { value: v, enumerable: true, writable: true, configurable: true });
  else out[key] = v;
}

/**
 * Resolves the localized texts inside library-built data (the explanation detail). Parts without a
 * localized text are returned as they are, not copied: JSON.stringify already writes their keys in
 * insertion order and leaves out undefined members, and a million risk points' worth of detail is
 * the bulk of a catalog.
 */
function resolveTree(v: unknown, locale: Locale | undefined): unknown {
  if (typeof v !== 'object' || v === null) return v;
  if (Array.isArray(v)) {
    let out: unknown[] | undefined;
    for (let i = 0; i < v.length; i++) {
      const x: unknown = v[i];
      const r = resolveTree(x, locale);
      if (r !== x) (out ??= v.slice())[i] = r;
    }
    return out ?? v;
  }
  if (isLocalizedText(v)) return textOf(v, locale);
  const o = v as Record<string, unknown>;
  // Nothing is allocated until a member changes; then the members before it are copied over.
  let out: Record<string, unknown> | undefined;
  for (const key in o) {
    if (!Object.prototype.hasOwnProperty.call(o, key)) continue;
    const x = o[key];
    const r = resolveTree(x, locale);
    if (out === undefined && r !== x) {
      out = {};
      for (const k in o) {
        if (k === key) break;
        if (Object.prototype.hasOwnProperty.call(o, k) && o[k] !== undefined) put(out, k, o[k]);
      }
    }
    if (out !== undefined && r !== undefined) put(out, key, r);
  }
  return out ?? v;
}

/**
 * Whether an object's own keys are some of `keys`, in that order, none undefined: then it is written
 * as it is (the ratings of every risk point are, as the validator makes them).
 */
function inOrder(o: Record<string, unknown>, keys: readonly string[]): boolean {
  let k = 0;
  for (const key in o) {
    if (!Object.prototype.hasOwnProperty.call(o, key) || o[key] === undefined) return false;
    while (k < keys.length && keys[k] !== key) k++;
    if (k === keys.length) return false;
    k++;
  }
  return true;
}

/** A localized text as written: one locale's string, or the three locales in order. */
function textOf(t: LocalizedText, locale: Locale | undefined): unknown {
  return locale !== undefined ? t[locale] : { 'zh-CN': t['zh-CN'], 'zh-TW': t['zh-TW'], en: t.en };
}

/** The positions of a risk point's measures in its post's merged measures. */
function indexesOf(measures: readonly SelectedMeasure[], ctx: Context): number[] {
  const at = ctx.post;
  const out: number[] = new Array(measures.length);
  for (let i = 0; i < measures.length; i++) {
    const id = (measures[i] as SelectedMeasure).templateId;
    const k = at?.indexes.get(id);
    if (k === undefined) {
      throw new Error(`目录不一致：措施 ${id} 不在岗位 ${at?.id ?? '?'} 的措施中 / inconsistent catalog: measure ${id} of a risk point is not among the measures of post ${at?.id ?? '?'}`);
    }
    out[i] = k;
  }
  return out;
}

/**
 * Rebuilds `v` as a plain value whose objects have their keys in the shape's order, localized
 * texts resolved when a locale is given and `undefined` members left out. `JSON.stringify` keeps
 * the insertion order of such fresh objects, so the order is fixed by construction.
 */
function build(v: unknown, shape: Shape, ctx: Context): unknown {
  switch (shape.kind) {
    case 'value':
      return v;
    case 'param':
      return isLocalizedText(v) ? textOf(v, ctx.locale) : v;
    case 'text':
      return textOf(v as LocalizedText, ctx.locale);
    case 'array': {
      const items = v as readonly unknown[];
      const out: unknown[] = new Array(items.length);
      for (let i = 0; i < items.length; i++) out[i] = build(items[i], shape.of, ctx);
      return out;
    }
    case 'object': {
      const o = v as Record<string, unknown>;
      const out: Record<string, unknown> = {};
      for (const field of shape.fields) {
        const x = o[field.key];
        if (x === undefined) continue;
        const r = build(x, field.shape, ctx);
        if (r !== undefined) out[field.out] = r;
      }
      return out;
    }
    case 'ordered': {
      const o = v as Record<string, unknown>;
      if (inOrder(o, shape.keys)) return o;
      const out: Record<string, unknown> = {};
      for (const key of shape.keys) if (o[key] !== undefined) out[key] = o[key];
      return out;
    }
    case 'tree':
      return ctx.detail ? resolveTree(v, ctx.locale) : undefined;
    case 'indexes':
      return indexesOf(v as readonly SelectedMeasure[], ctx);
    case 'renamed':
      return build(v, shape.shape, ctx);
    case 'omit':
      return undefined;
    case 'sorted': {
      const o = v as Record<string, unknown>;
      // Code-unit order: the same on every machine, unlike localeCompare.
      const keys = Object.keys(o)
        .filter((k) => o[k] !== undefined)
        .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
      const out: Record<string, unknown> = {};
      for (const k of keys) put(out, k, build(o[k], shape.of, ctx));
      return out;
    }
  }
}

// What JSON.stringify(…, null, 2) writes around a value nested in `depth` one-element arrays: the
// value's own lines then come indented for that depth, with no second pass over the text.
const WRAP_HEAD: number[] = [];
const WRAP_TAIL: number[] = [];
for (let d = 0, head = 0, tail = 0; d <= 8; d++) {
  WRAP_HEAD[d] = head;
  WRAP_TAIL[d] = tail;
  head += 4 + 2 * d; // "[\n" and the next level's indent
  tail += 2 + 2 * d; // "\n", this level's indent and "]"
}

/**
 * What `JSON.stringify(value, null, 2)` writes for a value nested `depth` levels deep in a larger
 * document (at most 8): its lines after the first indented for that depth. JSON.stringify has no
 * base indent, so the value is wrapped in `depth` one-element arrays and the wrapping cut off.
 * @param value - a JSON value
 * @param depth - its nesting depth in the document
 * @returns its text, to follow `"key": ` or an array's indent
 */
export function stringifyAt(value: unknown, depth: number): string {
  let wrapped = value;
  for (let d = 0; d < depth; d++) wrapped = [wrapped];
  const json = JSON.stringify(wrapped, null, 2);
  return depth === 0 ? json : json.slice(WRAP_HEAD[depth], json.length - (WRAP_TAIL[depth] as number));
}

/**
 * Writes `v` in the shape's key order as `JSON.stringify(v, null, 2)` does, indented for nesting
 * depth `depth` (at most 8).
 */
function write(v: unknown, shape: Shape, depth: number, ctx: Context): string {
  return stringifyAt(build(v, shape, ctx), depth);
}

/** Where each of a post's measures is in its merged list, by template id. */
function measureIndexes(p: CatalogPost): ReadonlyMap<string, number> {
  const out = new Map<string, number>();
  p.measures.forEach((m, i) => {
    if (!out.has(m.templateId)) out.set(m.templateId, i);
  });
  return out;
}

/**
 * Streams the catalog as JSON: the head (everything before the posts) as one chunk, then one chunk
 * per post, then the tail. Keys come in a fixed, declared order with `schemaVersion` first, then
 * `locale` when one locale is written; 2-space indent; a trailing newline. The source's posts are
 * iterated once.
 * @param source - a catalog or a streamed catalog source
 * @param options - `locale` to resolve every localized text to one string (omit to keep all
 *   three); `detail` to write the explanations' detail
 * @returns the chunks, in order
 * @example
 * for (const chunk of renderJsonChunks(catalog, { locale: 'en' })) out.write(chunk);
 */
export function* renderJsonChunks(source: CatalogSource, options?: JsonRenderOptions): Generator<string, void, undefined> {
  const locale = options?.locale;
  const detail = options?.detail === true;
  requireTexts(source, 'json', locale, { detail });
  const ctx: Context = { locale, detail, post: undefined };
  // Everything but the posts is known up front: the keys before `posts` form the head, the rest the tail.
  const head: string[] = [];
  const tail: string[] = [];
  let part = head;
  const fields = source as unknown as Record<string, unknown>;
  for (const { key, json, shape } of catalog.fields) {
    if (key === 'posts') {
      part = tail;
      continue;
    }
    if (fields[key] === undefined || shape === omit) continue;
    part.push(`  ${json}: ${write(fields[key], shape, 1, ctx)}`);
    if (key === 'schemaVersion' && locale !== undefined) part.push(`  "locale": ${JSON.stringify(locale)}`);
  }
  yield `{\n${head.map((h) => `${h},\n`).join('')}  "posts": [`;
  let count = 0;
  for (const p of source.posts) {
    ctx.post = { id: p.id, indexes: measureIndexes(p) };
    // One JSON.stringify call per post, wrapped to its depth: a flat string, the cheapest to
    // encode (writing posts piece by piece, joined as a rope, cost about a fifth more).
    yield `${count === 0 ? '\n' : ',\n'}    ${write(p, post, 2, ctx)}`;
    count++;
  }
  ctx.post = undefined;
  yield `${count === 0 ? ']' : '\n  ]'}${tail.map((t) => `,\n${t}`).join('')}\n}\n`;
}

/**
 * The catalog as one JSON string: the chunks of {@link renderJsonChunks} joined.
 * @param source - a catalog (or a source whose posts have not been iterated yet)
 * @param options - `locale` to resolve localized texts (omit to keep all three); `detail` to
 *   write the explanations' detail
 * @returns the JSON text: stable key order, `schemaVersion` first, 2-space indent, trailing newline
 * @example
 * const json = renderJson(catalog, { locale: 'zh-CN' });
 */
export function renderJson(source: CatalogSource, options?: JsonRenderOptions): string {
  return joinChunks(renderJsonChunks(source, options), 'renderJsonChunks');
}
