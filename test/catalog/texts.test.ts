/**
 * Building what is written: a catalog built with only the locale and texts a format writes
 * (`textsFor`) renders the same bytes as the catalog built with every text in every locale, and a
 * renderer refuses a catalog that lacks what it writes.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catalogSource } from '../../src/catalog/build.js';
import type { CatalogSource } from '../../src/catalog/types.js';
import { LOCALES, type Locale } from '../../src/i18n/locale.js';
import { renderCsv } from '../../src/render/csv.js';
import { renderHtml } from '../../src/render/html.js';
import { renderJson } from '../../src/render/json.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import { CatalogTextsError, FORMAT_TEXTS, textsFor, type TextFormat } from '../../src/render/texts.js';
import { documentArb } from '../support/arbitraries.js';
import { modelArb } from '../support/model-arbitraries.js';
import { DEFAULT_LIBRARY } from '../../src/measures/library.js';

const render: Readonly<Record<TextFormat, (c: CatalogSource, locale: Locale) => string>> = {
  json: (c, locale) => renderJson(c, { locale }),
  csv: (c, locale) => renderCsv(c, { locale }),
  md: (c, locale) => renderMarkdown(c, { locale }),
  html: (c, locale) => renderHtml(c, { locale }),
};
const FORMATS = Object.keys(render) as TextFormat[];

describe('one-locale build', () => {
  it('invariant "built for what is written, same bytes": every format and locale, any document and model', () => {
    fc.assert(
      fc.property(documentArb, fc.option(modelArb, { nil: undefined }), fc.constantFrom(...FORMATS), fc.constantFrom(...LOCALES), (doc, model, format, locale) => {
        const options = { asOf: '2026-04-01', ...(model === undefined ? {} : { model }) };
        const full = render[format](catalogSource(doc, options), locale);
        const lean = render[format](catalogSource(doc, { ...options, texts: textsFor(format, locale) }), locale);
        expect(lean).toBe(full);
      }),
      { numRuns: 80 },
    );
  });

  it('invariant "built for what is written, same bytes": JSON with every locale from textsFor(\'json\')', () => {
    fc.assert(
      fc.property(documentArb, (doc) => {
        expect(renderJson(catalogSource(doc, { texts: textsFor('json') }))).toBe(renderJson(catalogSource(doc)));
      }),
      { numRuns: 20 },
    );
  });

  it('invariant "built for what is written, same bytes": JSON with the detail from textsFor(\'json\', locale, { detail: true })', () => {
    fc.assert(
      fc.property(documentArb, fc.option(modelArb, { nil: undefined }), fc.constantFrom(undefined, ...LOCALES), (doc, model, locale) => {
        const options = model === undefined ? {} : { model };
        const json = { ...(locale === undefined ? {} : { locale }), detail: true };
        expect(renderJson(catalogSource(doc, { ...options, texts: textsFor('json', locale, { detail: true }) }), json)).toBe(renderJson(catalogSource(doc, options), json));
      }),
      { numRuns: 30 },
    );
  });

  it('the JSON catalog with detail refuses a catalog built without it, naming the call that builds it', () => {
    const [doc] = fc.sample(documentArb, { numRuns: 1, seed: 5 });
    const source = catalogSource(doc!, { texts: textsFor('json', 'en') });
    expect(() => renderJson(source, { locale: 'en', detail: true })).toThrow(/explanationDetails.*textsFor\('json', 'en', \{ detail: true \}\)/);
  });

  it('a renderer refuses a catalog built for another locale, naming the one it was built for', () => {
    fc.assert(
      fc.property(documentArb, fc.constantFrom(...FORMATS), (doc, format) => {
        const source = catalogSource(doc, { texts: textsFor(format, 'zh-CN') });
        let thrown: unknown;
        try {
          render[format](source, 'en');
        } catch (e) {
          thrown = e;
        }
        expect(thrown).toBeInstanceOf(CatalogTextsError);
        expect((thrown as CatalogTextsError).messages.en).toContain('built for zh-CN only');
        expect((thrown as CatalogTextsError).message).toContain('目录仅按 zh-CN 构建');
      }),
      { numRuns: 10 },
    );
  });

  it('a renderer refuses a catalog built without a text it writes (CSV texts written as HTML)', () => {
    fc.assert(
      fc.property(documentArb, (doc) => {
        const source = catalogSource(doc, { texts: textsFor('csv', 'zh-CN') });
        expect(() => renderHtml(source, { locale: 'zh-CN' })).toThrow(/riskPointExplanations/);
        const forJson = catalogSource(doc, { texts: textsFor('csv', 'zh-CN') });
        expect(() => renderJson(forJson, { locale: 'zh-CN' })).toThrow(CatalogTextsError);
      }),
      { numRuns: 10 },
    );
  });

  it('what is not built is left out: no format but JSON with detail builds the explanations\' detail, and the sentence is built whenever it is written', () => {
    const [doc] = fc.sample(documentArb.filter((d) => d.posts.some((p) => p.powers.some((w) => w.riskPoints.length > 0))), { numRuns: 1, seed: 7 });
    for (const format of FORMATS) {
      for (const post of catalogSource(doc!, { texts: textsFor(format, 'en') }).posts) {
        expect(post.explanation.detail).toBeUndefined();
        expect(post.explanation.text.en !== '').toBe(FORMAT_TEXTS[format].postExplanations);
        for (const rp of post.powers.flatMap((w) => w.riskPoints)) {
          expect(rp.explanation.detail).toBeUndefined();
          expect(rp.explanation.text.en !== '').toBe(FORMAT_TEXTS[format].riskPointExplanations);
        }
      }
    }
    for (const post of catalogSource(doc!, { texts: textsFor('json', 'en', { detail: true }) }).posts) {
      expect(post.explanation.detail?.kind).toBe('post');
      for (const rp of post.powers.flatMap((w) => w.riskPoints)) expect(rp.explanation.detail?.kind).toBe('risk-point');
    }
  });

  it('what is not built is empty: a CSV build fills no explanation and no measure text', () => {
    const [doc] = fc.sample(documentArb.filter((d) => d.posts.some((p) => p.powers.some((w) => w.riskPoints.length > 0))), { numRuns: 1, seed: 7 });
    const posts = [...catalogSource(doc!, { texts: textsFor('csv', 'zh-TW') }).posts];
    for (const post of posts) {
      expect(post.explanation.text).toEqual({ 'zh-CN': '', 'zh-TW': '', en: '' });
      for (const power of post.powers) {
        for (const rp of power.riskPoints) {
          expect(rp.explanation.text['zh-TW']).toBe('');
          for (const m of rp.measures) {
            expect(m.text['zh-TW']).toBe('');
            expect(m.title['zh-TW']).not.toBe('');
            expect(m.title.en).toBe('');
          }
        }
      }
    }
    expect(DEFAULT_LIBRARY.byId.size).toBeGreaterThan(0);
  });
});
