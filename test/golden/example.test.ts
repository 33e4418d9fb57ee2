/**
 * Golden files of a real catalog: the oilfield service centre (examples/oilfield-service-center.json)
 * in every format, zh-CN, plus Markdown and HTML in zh-TW and en. They pin the whole pipeline —
 * validation, scoring, measures, findings, warnings and rendering — byte for byte.
 * Regenerate after an intended change with `npm run golden` and review the diff.
 */
import { readFileSync } from 'node:fs';
import { describe, it } from 'vitest';
import { buildCatalog } from '../../src/catalog/build.js';
import type { Locale } from '../../src/i18n/locale.js';
import { renderCsv } from '../../src/render/csv.js';
import { renderHtml } from '../../src/render/html.js';
import { renderJson } from '../../src/render/json.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import { parseDocument } from '../../src/validate/document.js';
import { expectGolden } from '../support/golden.js';

const doc = parseDocument(JSON.parse(readFileSync(new URL('../../examples/oilfield-service-center.json', import.meta.url), 'utf8')));
const catalog = buildCatalog(doc, { asOf: '2026-04-01' });

const cases: readonly [string, Locale, (l: Locale) => string][] = [
  ['json', 'zh-CN', (locale) => renderJson(catalog, { locale })],
  ['csv', 'zh-CN', (locale) => renderCsv(catalog, { locale })],
  ['md', 'zh-CN', (locale) => renderMarkdown(catalog, { locale })],
  ['md', 'zh-TW', (locale) => renderMarkdown(catalog, { locale })],
  ['md', 'en', (locale) => renderMarkdown(catalog, { locale })],
  ['html', 'zh-CN', (locale) => renderHtml(catalog, { locale })],
  ['html', 'en', (locale) => renderHtml(catalog, { locale })],
];

describe('golden: the oilfield service centre catalog', () => {
  for (const [format, locale, render] of cases) {
    it(`${format} ${locale} matches its golden file`, () => {
      const path = new URL(`./oilfield.${locale}.${format}`, import.meta.url);
      const out = render(locale);
      expectGolden(path, out);
    });
  }
});
