/**
 * Golden files of the 一览表 view and the cards view of a real catalog: the oilfield service centre
 * (examples/oilfield-service-center.json). The table in HTML and Markdown in every locale, the
 * cards in HTML in zh-CN. Regenerate after an intended change with `npm run golden` and read the
 * diff as the office that signs the table would.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../src/catalog/build.js';
import { LOCALES, type Locale } from '../../src/i18n/locale.js';
import { renderCardsHtml, renderTableHtml, renderTableMarkdown } from '../../src/render/table-view.js';
import { parseDocument } from '../../src/validate/document.js';

const update = process.env['UPDATE_GOLDEN'] === '1';
const doc = parseDocument(JSON.parse(readFileSync(new URL('../../examples/oilfield-service-center.json', import.meta.url), 'utf8')));
const catalog = buildCatalog(doc, { asOf: '2026-04-01' });

const cases: [string, Locale, () => string][] = [];
for (const locale of LOCALES) {
  cases.push([`oilfield-table.${locale}.html`, locale, () => renderTableHtml(catalog, { locale })]);
  cases.push([`oilfield-table.${locale}.md`, locale, () => renderTableMarkdown(catalog, { locale })]);
}
cases.push(['oilfield-cards.zh-CN.html', 'zh-CN', () => renderCardsHtml(catalog, { locale: 'zh-CN' })]);

describe('golden: the 一览表 and cards views of the oilfield service centre', () => {
  for (const [name, , render] of cases) {
    it(`${name} matches its golden file`, () => {
      const path = new URL(`./${name}`, import.meta.url);
      const out = render();
      if (update) writeFileSync(path, out);
      // A missing golden file fails: it is written only on purpose, with UPDATE_GOLDEN=1.
      expect(existsSync(path)).toBe(true);
      expect(out).toBe(readFileSync(path, 'utf8'));
    });
  }
});
