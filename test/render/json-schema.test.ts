/**
 * The JSON catalog against its shipped JSON Schemas (schema/catalog.schema.json for every locale,
 * schema/catalog.one-locale.schema.json for one): each file is what its declaration generates, it
 * compiles under a strict draft 2020-12 validator (Ajv), and the library's own output, lean or with
 * detail, of the examples and of any document and model, passes the schema of its form and only it.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import { OUTPUT_SCHEMAS, schemaText, type OutputSchemaFile } from '../../scripts/generate-schema.js';
import { buildCatalog, catalogSource } from '../../src/catalog/build.js';
import { LOCALES, type Locale } from '../../src/i18n/locale.js';
import { renderJson } from '../../src/render/json.js';
import { textsFor } from '../../src/render/texts.js';
import { EXAMPLE_MODELS } from '../../src/scoring/defaults.js';
import { parseDocument } from '../../src/validate/document.js';
import { documentArb } from '../support/arbitraries.js';
import { modelArb } from '../support/model-arbitraries.js';

const FILES = Object.keys(OUTPUT_SCHEMAS) as OutputSchemaFile[];

function compile(file: OutputSchemaFile): ValidateFunction {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  ajv.addFormat('date', /^\d{4}-\d{2}-\d{2}$/);
  return ajv.compile(OUTPUT_SCHEMAS[file]());
}

const everyLocale = compile('catalog.schema.json');
const oneLocale = compile('catalog.one-locale.schema.json');

/** Validates a JSON catalog against the schema of its form, and checks the other form's rejects it. */
function expectValid(json: string, locale: Locale | undefined): void {
  const value = JSON.parse(json) as unknown;
  const [own, other] = locale === undefined ? [everyLocale, oneLocale] : [oneLocale, everyLocale];
  expect(own(value), JSON.stringify(own.errors?.slice(0, 3))).toBe(true);
  expect(other(value)).toBe(false);
}

const EXAMPLES = ['county-bureau', 'county-bureau-2025', 'oilfield-service-center', 'university'].map((name) =>
  parseDocument(JSON.parse(readFileSync(new URL(`../../examples/${name}.json`, import.meta.url), 'utf8'))),
);

describe('the JSON catalog\'s schemas', () => {
  it.each(FILES)('schema/%s is the one its declaration generates (run `npm run schema`)', (file) => {
    expect(readFileSync(new URL(`../../schema/${file}`, import.meta.url), 'utf8')).toBe(schemaText(file));
  });

  it.each(FILES)('%s compiles under strict draft 2020-12 and names version 2', (file) => {
    const schema = OUTPUT_SCHEMAS[file]();
    expect(schema['$schema']).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(() => compile(file)).not.toThrow();
    expect(JSON.stringify(schema)).toContain('"schemaVersion":{"const":2');
  });

  it('every example catalog, lean and with detail, in every locale and in one, passes the schema of its form', () => {
    for (const doc of EXAMPLES) {
      const catalog = buildCatalog(doc, { asOf: '2026-04-01' });
      for (const locale of [undefined, ...LOCALES]) {
        for (const detail of [false, true]) expectValid(renderJson(catalog, { ...(locale === undefined ? {} : { locale }), detail }), locale);
      }
    }
  });

  it('the examples under every shipped model and with suggested ratings pass too', () => {
    for (const model of Object.values(EXAMPLE_MODELS)) {
      for (const doc of EXAMPLES.slice(2)) {
        const catalog = buildCatalog(doc, { model, suggestRatings: true });
        expectValid(renderJson(catalog, { locale: 'en', detail: true }), 'en');
        expectValid(renderJson(catalog, { detail: true }), undefined);
      }
    }
  });

  it('no drift: the output for any document and model, built as the CLI builds it, passes its schema', () => {
    fc.assert(
      fc.property(
        documentArb,
        fc.option(modelArb, { nil: undefined }),
        fc.constantFrom(undefined, ...LOCALES),
        fc.boolean(),
        fc.boolean(),
        (doc, model, locale, detail, suggestRatings) => {
          const options = { ...(model === undefined ? {} : { model }), suggestRatings, texts: textsFor('json', locale, { detail }) };
          expectValid(renderJson(catalogSource(doc, options), { ...(locale === undefined ? {} : { locale }), detail }), locale);
        },
      ),
      { numRuns: 120 },
    );
  });

  it('a version 1 catalog, or a risk point with its measures written out, is refused', () => {
    const json = JSON.parse(renderJson(buildCatalog(EXAMPLES[0]!), { locale: 'zh-CN' })) as { schemaVersion: number; posts: { powers: { riskPoints: Record<string, unknown>[] }[] }[] };
    expect(oneLocale(json)).toBe(true);
    expect(oneLocale({ ...json, schemaVersion: 1 })).toBe(false);
    const rp = json.posts[0]!.powers[0]!.riskPoints[0]!;
    const { measureIndexes, ...rest } = rp;
    json.posts[0]!.powers[0]!.riskPoints[0] = { ...rest, measures: measureIndexes };
    expect(oneLocale(json)).toBe(false);
  });
});
