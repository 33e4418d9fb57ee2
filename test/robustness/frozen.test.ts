/**
 * Issue 7, point 4: a deep-frozen input works and is never mutated. The document, the scoring
 * model, the template library and every setting are frozen at every step of the pipeline (the
 * raw JSON, the validated values, the built catalogs); a write anywhere would throw in strict
 * mode, and the bytes must equal those of the same run on unfrozen copies.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildCatalog, catalogSource, type CatalogOptions } from '../../src/catalog/build.js';
import { diffCatalogs } from '../../src/catalog/diff.js';
import type { Catalog } from '../../src/catalog/types.js';
import { LOCALES } from '../../src/i18n/locale.js';
import type { OrganizationDocument } from '../../src/model/document.js';
import { resolveTemplates } from '../../src/measures/user.js';
import { DEFAULT_FINDING_SETTINGS, validateFindingSettings } from '../../src/findings/settings.js';
import { renderCsv } from '../../src/render/csv.js';
import { renderDiffMarkdown } from '../../src/render/diff-markdown.js';
import { renderHtml } from '../../src/render/html.js';
import { renderJson, renderJsonChunks } from '../../src/render/json.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import { DEFAULT_MODEL, MATRIX_5X5_MODEL, UNIVERSITY_COUNT_MODEL } from '../../src/scoring/defaults.js';
import { assess } from '../../src/scoring/engine.js';
import { controlEffects, DEFAULT_LIBRARY } from '../../src/measures/library.js';
import { BUILTIN_TEMPLATES } from '../../src/measures/templates.js';
import { DEFAULT_WARNING_SETTINGS } from '../../src/catalog/warnings.js';
import { lintModel, validateModel } from '../../src/scoring/validate-model.js';
import { whatIfPost } from '../../src/scoring/whatif.js';
import { validateDocument } from '../../src/validate/document.js';
import { documentArb } from '../support/arbitraries.js';
import { deepFreeze } from '../support/hostile.js';
import { checkedValue, example, EXAMPLES, USER_FINDING_SETTINGS, USER_TEMPLATE_LIBRARY } from './support.js';

const MODELS = [DEFAULT_MODEL, MATRIX_5X5_MODEL, UNIVERSITY_COUNT_MODEL] as const;

/** The raw inputs of one run, as JSON would give them. */
interface Inputs {
  readonly document: unknown;
  readonly previous: unknown;
  readonly model: unknown;
  readonly templates: unknown;
  readonly settings: unknown;
}

/**
 * Every step from raw inputs to every output, each value frozen as soon as it exists when
 * `freeze` is set. Returns each output by name.
 */
function everything(inputs: Inputs, freeze: boolean): Map<string, string> {
  const f = <T>(v: T): T => (freeze ? deepFreeze(v) : v);
  const model = f(checkedValue(validateModel(inputs.model)));
  const options: CatalogOptions = f({
    model,
    templates: f(checkedValue(resolveTemplates(inputs.templates))),
    findingSettings: f(checkedValue(validateFindingSettings(inputs.settings))),
    warningSettings: f({ reviewCycleDays: { high: 30, medium: 90, low: 365 }, owner: { high: 'principal-leader', medium: 'leader-in-charge', low: 'department-head' } }),
    selection: f({ maxProposals: { high: 4, medium: 3, low: 2 }, maxPostMeasures: 4 }),
    asOf: '2026-11-22',
  });
  const doc: OrganizationDocument = f(checkedValue(validateDocument(inputs.document)));
  const previous: OrganizationDocument = f(checkedValue(validateDocument(inputs.previous)));
  const out = new Map<string, string>();

  out.set('lint', JSON.stringify(lintModel(model)));
  const scoring = { model, controlEffects: controlEffects(options.templates) };
  out.set('assess', JSON.stringify(assess(doc, scoring)));
  out.set('what-if', JSON.stringify(whatIfPost(doc.posts[0]!, scoring)));

  const source = f(catalogSource(doc, options));
  for (const locale of LOCALES) {
    out.set(`md.${locale}`, renderMarkdown(source, { locale }));
    out.set(`csv.${locale}`, renderCsv(source, { locale }));
    out.set(`json.${locale}`, renderJson(source, { locale }));
    out.set(`html.${locale}`, renderHtml(source, { locale, title: 'frozen' }));
  }
  // The streamed form reads the same frozen source (the whole-string forms join these chunks).
  out.set('json', [...renderJsonChunks(source)].join(''));

  const catalog: Catalog = f(buildCatalog(doc, options));
  const before: Catalog = f(buildCatalog(previous, options));
  out.set('catalog.html', renderHtml(catalog, { locale: 'zh-TW' }));
  const diff = f(diffCatalogs(before, catalog));
  out.set('diff', JSON.stringify(diff));
  for (const locale of LOCALES) out.set(`diff.${locale}`, renderDiffMarkdown(diff, { locale }));
  return out;
}

/** The inputs of a run; the previous cycle is the document without its first post, or the 2025 county bureau for the 2026 one. */
function inputsFor(document: Record<string, unknown>, model: unknown, previous?: unknown): Inputs {
  const posts = document['posts'] as unknown[];
  return {
    document,
    previous: previous ?? { ...structuredClone(document), posts: structuredClone(posts.length > 1 ? posts.slice(1) : posts) },
    model: structuredClone(model),
    templates: structuredClone(USER_TEMPLATE_LIBRARY),
    settings: structuredClone(USER_FINDING_SETTINGS),
  };
}

describe('hostile input: deep-frozen inputs', () => {
  it('immutability: each example with frozen model, templates and settings goes through validation, catalog, diff and every renderer, unchanged, with the same bytes as unfrozen copies', () => {
    EXAMPLES.forEach((name, i) => {
      const inputs = inputsFor(example(name), MODELS[i % MODELS.length], name === 'county-bureau' ? example('county-bureau-2025') : undefined);
      const pristine = structuredClone(inputs);
      const copy = structuredClone(inputs);
      const plain = everything(copy, false);
      const frozen = everything(deepFreeze(inputs), true);
      expect(copy, name).toEqual(pristine);
      expect([...frozen.keys()]).toEqual([...plain.keys()]);
      for (const [key, text] of plain) expect(frozen.get(key), `${name} ${key}`).toBe(text);
    });
  });

  it('immutability: for any valid document and any shipped model, frozen and unfrozen runs give the same bytes', () => {
    fc.assert(
      fc.property(documentArb, fc.constantFrom(...MODELS), (doc, model) => {
        const inputs = inputsFor(structuredClone(doc) as unknown as Record<string, unknown>, model);
        const pristine = structuredClone(inputs);
        const copy = structuredClone(inputs);
        const plain = everything(copy, false);
        const frozen = everything(deepFreeze(inputs), true);
        expect(copy).toEqual(pristine);
        expect(frozen).toEqual(plain);
      }),
      { numRuns: 20 },
    );
  });

  it('the shipped models, the built-in library and the default settings are left as they were after use', () => {
    const shipped = () => structuredClone({ MODELS, DEFAULT_LIBRARY, BUILTIN_TEMPLATES, DEFAULT_FINDING_SETTINGS, DEFAULT_WARNING_SETTINGS });
    const before = shipped();
    const doc = checkedValue(validateDocument(example('university')));
    for (const model of MODELS) {
      const source = catalogSource(doc, { model });
      renderJson(source);
      renderHtml(buildCatalog(doc, { model }), { locale: 'en' });
    }
    expect(shipped()).toEqual(before);
  });
});
