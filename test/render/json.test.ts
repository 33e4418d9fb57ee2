import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { LOCALES } from '../../src/i18n/locale.js';
import type { CatalogSource } from '../../src/catalog/types.js';
import { renderJson, renderJsonChunks } from '../../src/render/json.js';
import { buildCatalog } from '../../src/catalog/build.js';
import { sampleCatalog } from '../fixtures/sample-catalog.js';
import { catalogFromDocument } from '../support/catalog-from-document.js';
import { documentArb } from '../support/arbitraries.js';

/** The same value with every object's keys in reverse order. */
function reverseKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(reverseKeys);
  if (typeof v === 'object' && v !== null) return Object.fromEntries(Object.entries(v).reverse().map(([k, x]) => [k, reverseKeys(x)]));
  return v;
}

function deepFreeze<T>(v: T): T {
  if (typeof v === 'object' && v !== null) {
    for (const x of Object.values(v)) deepFreeze(x);
    Object.freeze(v);
  }
  return v;
}

describe('JSON output', () => {
  it('lean: without a locale and with detail, parsing the output gives the catalog back, each risk point\'s measures as their positions in its post\'s', () => {
    const expected = {
      ...sampleCatalog,
      posts: sampleCatalog.posts.map((post) => ({
        ...post,
        powers: post.powers.map((power) => ({
          ...power,
          riskPoints: power.riskPoints.map(({ measures, ...rp }) => ({
            ...rp,
            measureIndexes: measures.map((m) => post.measures.findIndex((x) => x.templateId === m.templateId)),
          })),
        })),
      })),
    };
    expect(JSON.parse(renderJson(sampleCatalog, { detail: true }))).toEqual(expected);
  });

  it('invariant "measures described once": every measureIndexes entry is the risk point\'s measure in its post\'s list, in its order', () => {
    fc.assert(
      fc.property(documentArb, fc.constantFrom(undefined, ...LOCALES), (doc, locale) => {
        const catalog = buildCatalog(doc);
        const parsed = JSON.parse(renderJson(catalog, locale ? { locale } : {})) as { posts: { measures: { templateId: string }[]; powers: { riskPoints: { measureIndexes: number[] }[] }[] }[] };
        catalog.posts.forEach((post, p) => {
          const written = parsed.posts[p]!;
          post.powers.forEach((power, w) =>
            power.riskPoints.forEach((rp, r) => {
              const ids = written.powers[w]!.riskPoints[r]!.measureIndexes.map((i) => written.measures[i]!.templateId);
              expect(ids).toEqual(rp.measures.map((m) => m.templateId));
              // What the README promises readers: the status a risk point's measure had is its controls'.
              for (const m of rp.measures) expect(m.status === 'in-place').toBe(rp.controls.includes(m.templateId));
            }),
          );
        });
        expect(JSON.stringify(parsed)).not.toContain('"detail":');
      }),
      { numRuns: 60 },
    );
  });

  it('detail: the explanations\' detail is written only with `detail`; the sentence always', () => {
    const [doc] = fc.sample(documentArb.filter((d) => d.posts.some((p) => p.powers.some((w) => w.riskPoints.length > 0))), { numRuns: 1, seed: 3 });
    const catalog = buildCatalog(doc!);
    const lean = JSON.parse(renderJson(catalog, { locale: 'en' }));
    const full = JSON.parse(renderJson(catalog, { locale: 'en', detail: true }));
    const rp = (c: typeof lean) => c.posts.flatMap((p: { powers: { riskPoints: unknown[] }[] }) => p.powers.flatMap((w) => w.riskPoints))[0];
    expect(rp(lean).explanation).toEqual({ text: catalog.posts.flatMap((p) => p.powers.flatMap((w) => w.riskPoints))[0]!.explanation.text.en });
    expect(rp(full).explanation.detail.kind).toBe('risk-point');
    expect(lean.posts[0].explanation.detail).toBeUndefined();
    expect(full.posts[0].explanation.detail.kind).toBe('post');
  });

  it('an inconsistent catalog (a risk point\'s measure missing from its post\'s list) is refused, naming the measure and the post', () => {
    const post = sampleCatalog.posts[0]!;
    const broken = { ...sampleCatalog, posts: [{ ...post, measures: post.measures.slice(1) }] };
    expect(() => renderJson(broken)).toThrow(/integrity-education.*post-001/);
  });

  it('format: what JSON.stringify(parsed, null, 2) writes, schemaVersion first, trailing newline', () => {
    for (const locale of [undefined, ...LOCALES]) {
      const json = renderJson(sampleCatalog, locale ? { locale } : {});
      expect(json).toBe(`${JSON.stringify(JSON.parse(json), null, 2)}\n`);
      expect(json.startsWith(`{\n  "schemaVersion": 2,\n${locale === undefined ? '' : `  "locale": "${locale}",\n`}  "organization"`)).toBe(true);
    }
  });

  it('format: each post stringified at once and cut to its place reads exactly as JSON.stringify(parsed, null, 2), for any catalog and locale', () => {
    fc.assert(
      fc.property(documentArb, fc.constantFrom(undefined, ...LOCALES), (doc, locale) => {
        const json = renderJson(catalogFromDocument(doc), locale ? { locale } : {});
        expect(json).toBe(`${JSON.stringify(JSON.parse(json), null, 2)}\n`);
      }),
      { numRuns: 100 },
    );
    const empty = { ...sampleCatalog, posts: [{ ...sampleCatalog.posts[0]!, powers: [], measures: [], findings: [] }] };
    const json = renderJson(empty);
    expect(json).toBe(`${JSON.stringify(JSON.parse(json), null, 2)}\n`);
    expect(json).toContain('"powers": [],');
  });

  it('stable key order: the order of the input object\'s keys never changes the bytes', () => {
    fc.assert(
      fc.property(documentArb, (doc) => {
        const c = catalogFromDocument(doc);
        expect(renderJson(reverseKeys(c) as typeof c)).toBe(renderJson(c));
      }),
      { numRuns: 100 },
    );
    expect(renderJson(reverseKeys(sampleCatalog) as typeof sampleCatalog, { locale: 'en' })).toBe(renderJson(sampleCatalog, { locale: 'en' }));
  });

  it('with a locale, every localized text is resolved to that locale\'s string', () => {
    const json = renderJson(sampleCatalog, { locale: 'zh-TW' });
    expect(json).not.toContain('"zh-CN"');
    expect(json).not.toContain('"en"');
    const parsed = JSON.parse(json);
    expect(parsed.model.name).toBe('預設加權模型');
    expect(parsed.posts[0].findings[0].message).toBe(sampleCatalog.posts[0]!.findings[0]!.message['zh-TW']);
    expect(parsed.posts[0].measures[0].indicator).toBe('複核率 100%');
    expect(parsed.locale).toBe('zh-TW');
  });

  it('determinism: the same input gives the same bytes, and a deep-frozen input is not mutated', () => {
    const frozen = deepFreeze(structuredClone(sampleCatalog));
    expect(renderJson(frozen)).toBe(renderJson(sampleCatalog));
    expect(frozen).toEqual(sampleCatalog);
  });

  it('message parameters are written in code-unit key order, and a `__proto__` key stays data', () => {
    const params = JSON.parse('{"b": 1, "__proto__": "x", "a": {"zh-CN": "甲", "zh-TW": "甲", "en": "A"}}') as Record<string, unknown>;
    const post = sampleCatalog.posts[0]!;
    const finding = { ...post.findings[0]!, params: params as never };
    const c = { ...sampleCatalog, posts: [{ ...post, findings: [finding] }], findings: [finding] };
    const parsed = JSON.parse(renderJson(c, { locale: 'en' }));
    expect(Object.keys(parsed.findings[0].params)).toEqual(['__proto__', 'a', 'b']);
    expect(parsed.findings[0].params.a).toBe('A');
    expect(({} as Record<string, unknown>)['x']).toBeUndefined();
  });

  it('streaming: the streamed chunks equal the whole-string output byte for byte', () => {
    for (const locale of [undefined, ...LOCALES]) {
      const options = locale ? { locale } : {};
      expect([...renderJsonChunks(sampleCatalog, options)].join('')).toBe(renderJson(sampleCatalog, options));
    }
  });

  it('streaming: a one-shot generator of posts works, and no posts gives an empty array', () => {
    function* once() {
      yield* sampleCatalog.posts;
    }
    const source: CatalogSource = { ...sampleCatalog, posts: once() };
    const chunks = [...renderJsonChunks(source)];
    expect(chunks).toHaveLength(2 + sampleCatalog.posts.length);
    expect(chunks.join('')).toBe(renderJson(sampleCatalog));
    const empty = renderJson({ ...sampleCatalog, posts: [] });
    expect(empty).toContain('"posts": [],\n');
    expect(JSON.parse(empty).posts).toEqual([]);
  });
});
