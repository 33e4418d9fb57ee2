/**
 * The oilfield golden files again, this time from catalogs built with only the locale and texts each
 * format writes (`textsFor`): the bytes must be the ones the three-locale catalog gave. This file
 * never writes a golden file; example.test.ts owns them.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../src/catalog/build.js';
import type { Locale } from '../../src/i18n/locale.js';
import { renderCsv } from '../../src/render/csv.js';
import { renderHtml } from '../../src/render/html.js';
import { renderJson } from '../../src/render/json.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import { textsFor, type TextFormat } from '../../src/render/texts.js';
import type { Catalog } from '../../src/catalog/types.js';
import { parseDocument } from '../../src/validate/document.js';

const doc = parseDocument(JSON.parse(readFileSync(new URL('../../examples/oilfield-service-center.json', import.meta.url), 'utf8')));

const render: Readonly<Record<TextFormat, (c: Catalog, locale: Locale) => string>> = {
  json: (c, locale) => renderJson(c, { locale }),
  csv: (c, locale) => renderCsv(c, { locale }),
  md: (c, locale) => renderMarkdown(c, { locale }),
  html: (c, locale) => renderHtml(c, { locale }),
};

const cases: readonly [TextFormat, Locale][] = [
  ['json', 'zh-CN'],
  ['csv', 'zh-CN'],
  ['md', 'zh-CN'],
  ['md', 'zh-TW'],
  ['md', 'en'],
  ['html', 'zh-CN'],
  ['html', 'en'],
];

describe('golden: a catalog built for one format and locale writes the three-locale bytes', () => {
  for (const [format, locale] of cases) {
    it(`${format} ${locale}`, () => {
      const catalog = buildCatalog(doc, { asOf: '2026-04-01', texts: textsFor(format, locale) });
      expect(render[format](catalog, locale)).toBe(readFileSync(new URL(`./oilfield.${locale}.${format}`, import.meta.url), 'utf8'));
    });
  }
});
