import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { catalogSource } from '../../src/catalog/build.js';
import { LOCALES } from '../../src/i18n/locale.js';
import { CSV_COLUMNS } from '../../src/render/csv-columns.js';
import { renderSheetCsv, renderSheetXlsx, sheetExample } from '../../src/render/sheet.js';
import { importCsv } from '../../src/read/csv-import.js';
import { importXlsx } from '../../src/read/xlsx-import.js';
import { xmlTokens } from '../../src/read/xml.js';
import { validateDocument } from '../../src/validate/document.js';
import { catalogFromDocument } from '../support/catalog-from-document.js';
import { documentArb } from '../support/arbitraries.js';
import { checkPackage } from '../support/ooxml.js';

const INPUT_HEADERS = (locale: (typeof LOCALES)[number]) => CSV_COLUMNS.filter((c) => c.scope !== 'computed').map((c) => c.header[locale]);

describe('the blank fill-in sheet', () => {
  it('the example is a valid document in every locale', () => {
    for (const locale of LOCALES) expect(validateDocument(sheetExample(locale)).problems).toEqual([]);
  });

  it('workbook: the fill-in sheet (input columns only, dropdowns, frozen header), the instructions and the rating guide', async () => {
    const parts = await checkPackage(renderSheetXlsx(catalogSource(sheetExample('zh-CN')), 'zh-CN'));
    const names = [...xmlTokens(parts.get('xl/workbook.xml')!)].flatMap((t) => (t.kind === 'open' && t.name === 'sheet' ? [t.attributes.get('name')] : []));
    expect(names).toEqual(['填报', '填报说明', '评分标准', '选项']);
    const fill = parts.get('xl/worksheets/sheet1.xml')!;
    const texts = [...xmlTokens(fill)].flatMap((t) => (t.kind === 'text' && t.text !== '\n' ? [t.text] : []));
    expect(texts.slice(0, INPUT_HEADERS('zh-CN').length)).toEqual(INPUT_HEADERS('zh-CN'));
    expect(fill).toContain('state="frozen"');
    expect(fill.match(/<dataValidation /g)!.length).toBeGreaterThanOrEqual(10);
    expect(parts.get('xl/worksheets/sheet2.xml')).toContain('每行一个风险点');
  });

  it('filled in as it comes (the example row) and imported, it gives a valid document, in every locale and both formats', async () => {
    for (const locale of LOCALES) {
      const example = sheetExample(locale);
      const fromXlsx = await importXlsx(renderSheetXlsx(catalogSource(example), locale));
      expect(fromXlsx.problems).toEqual([]);
      const valid = validateDocument(example);
      expect(fromXlsx.ok && fromXlsx.value).toEqual(valid.ok && valid.value);
      const fromCsv = importCsv(renderSheetCsv(catalogSource(example), locale));
      expect(fromCsv.ok && fromCsv.value).toEqual(fromXlsx.ok && fromXlsx.value);
    }
  });

  it('filled in with any document, the sheet imports to exactly that document', async () => {
    await fc.assert(
      fc.asyncProperty(documentArb, fc.constantFrom(...LOCALES), async (doc, locale) => {
        const result = await importXlsx(renderSheetXlsx(catalogFromDocument(doc), locale));
        expect(result.ok && result.value).toEqual(doc);
      }),
      { numRuns: 25 },
    );
  }, 180_000);
});
