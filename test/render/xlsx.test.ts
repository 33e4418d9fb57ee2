import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { LOCALES } from '../../src/i18n/locale.js';
import { CSV_COLUMNS } from '../../src/render/csv-columns.js';
import { renderXlsx } from '../../src/render/xlsx.js';
import { writeXlsx } from '../../src/render/xlsx-package.js';
import { renderCsv } from '../../src/render/csv.js';
import { importCsv } from '../../src/read/csv-import.js';
import { importXlsx } from '../../src/read/xlsx-import.js';
import { openXlsx } from '../../src/read/xlsx.js';
import { xmlTokens } from '../../src/read/xml.js';
import { writeZip } from '../../src/render/zip.js';
import { sampleCatalog } from '../fixtures/sample-catalog.js';
import { catalogFromDocument } from '../support/catalog-from-document.js';
import { documentArb } from '../support/arbitraries.js';
import { checkPackage, contentTypeOf } from '../support/ooxml.js';

const localeArb = fc.constantFrom(...LOCALES);
const enc = (s: string) => new TextEncoder().encode(s);

describe('XLSX package', () => {
  it('structure: every part well-formed, typed and related; workbook, sheets and styles present', async () => {
    const parts = await checkPackage(renderXlsx(sampleCatalog, { locale: 'zh-CN' }));
    expect([...parts.keys()].sort()).toEqual(
      [
        '[Content_Types].xml',
        '_rels/.rels',
        'docProps/app.xml',
        'docProps/core.xml',
        'xl/_rels/workbook.xml.rels',
        'xl/styles.xml',
        'xl/workbook.xml',
        'xl/worksheets/sheet1.xml',
        'xl/worksheets/sheet2.xml',
        'xl/worksheets/sheet3.xml',
        'xl/worksheets/sheet4.xml',
      ].sort(),
    );
    expect(contentTypeOf(parts, 'xl/workbook.xml')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml');
    expect(contentTypeOf(parts, 'xl/worksheets/sheet1.xml')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml');
    expect(contentTypeOf(parts, 'xl/styles.xml')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml');
    const sheets = [...xmlTokens(parts.get('xl/workbook.xml')!)].flatMap((t) => (t.kind === 'open' && t.name === 'sheet' ? [t.attributes] : []));
    expect(sheets.map((s) => [s.get('name'), s.get('state')])).toEqual([
      ['岗位廉政风险防控一览表', undefined],
      ['数据', undefined],
      ['评分标准', undefined],
      ['选项', 'hidden'],
    ]);
  });

  it('data sheet: frozen header, autofilter over every column, widths, and dropdowns for ratings, ranks, categories, yes/no and published levels', async () => {
    const parts = await checkPackage(renderXlsx(sampleCatalog, { locale: 'zh-CN' }));
    const sheet = parts.get('xl/worksheets/sheet2.xml')!;
    expect(sheet).toContain('<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>');
    const lastLetter = `A${String.fromCharCode(65 + CSV_COLUMNS.length - 1 - 26)}`;
    expect(sheet).toMatch(new RegExp(`<autoFilter ref="A1:${lastLetter}\\d+"/>`));
    expect(sheet.match(/<col /g)).toHaveLength(CSV_COLUMNS.length);
    const validated = [...xmlTokens(sheet)].flatMap((t) => (t.kind === 'open' && t.name === 'dataValidation' ? [t.attributes.get('sqref')!.replace(/\d+:.*/, '')] : []));
    const letter = (key: string) => {
      const i = CSV_COLUMNS.findIndex((c) => c.key === key);
      return i < 26 ? String.fromCharCode(65 + i) : `A${String.fromCharCode(65 + i - 26)}`;
    };
    const expected = CSV_COLUMNS.filter((c) => ['rating', 'rank', 'powerCategory', 'riskCategory', 'boolean', 'level'].includes(c.type)).map((c) => letter(c.key));
    expect(validated).toEqual(expected);
    // The lists are on the hidden sheet: ratings 1-5 as numbers, labels in the chosen locale.
    const lists = parts.get('xl/worksheets/sheet4.xml')!;
    // Ratings 1-5 as numbers in one column of rows 1-5, whichever column the ratings list took.
    expect(lists).toMatch(/<c r="([A-Z]+)5" s="0"><v>5<\/v><\/c>/);
    const ratings = /<c r="([A-Z]+)5" s="0"><v>5<\/v><\/c>/.exec(lists)![1];
    expect(lists).toContain(`<c r="${ratings}1" s="0"><v>1</v></c>`);
    expect(lists).toContain('业务流程');
  });

  it('the 一览表 sheet: title, published columns, post and power cells merged over their rows, signature block, no ids', async () => {
    const parts = await checkPackage(renderXlsx(sampleCatalog, { locale: 'zh-CN' }));
    const sheet = parts.get('xl/worksheets/sheet1.xml')!;
    const texts = [...xmlTokens(sheet)].flatMap((t) => (t.kind === 'text' ? [t.text] : []));
    expect(texts.slice(2, 12)).toEqual(['序号', '科室（部门）', '岗位', '权力事项', '流程环节', '风险点（表现形式）', '风险类别', '风险等级', '防控措施', '责任人']);
    expect(sheet).toContain('<mergeCell ref="A1:J1"/>');
    expect(sheet).toMatch(/<mergeCell ref="C3:C\d+"\/>/);
    expect(texts.some((t) => t.startsWith('编制单位（盖章）'))).toBe(true);
    for (const post of sampleCatalog.posts) {
      expect(texts).not.toContain(post.id);
      for (const power of post.powers) for (const rp of power.riskPoints) expect(texts.join('\n')).not.toContain(rp.id);
    }
    expect(sheet).toContain('<pageSetup paperSize="9" orientation="landscape"');
  });

  it('determinism: the same catalog gives the same bytes', () => {
    expect(renderXlsx(sampleCatalog, { locale: 'en' })).toEqual(renderXlsx(sampleCatalog, { locale: 'en' }));
  });

  it('the data sheet holds exactly the CSV: importing the workbook gives what importing the CSV gives', async () => {
    for (const locale of LOCALES) {
      const fromXlsx = await importXlsx(renderXlsx(sampleCatalog, { locale }));
      const fromCsv = importCsv(renderCsv(sampleCatalog, { locale }));
      expect(fromXlsx.ok && fromXlsx.value).toEqual(fromCsv.ok && fromCsv.value);
    }
  });

  it('round trip: export → import → export is lossless for any document (every post, power, risk point, rating and text, and the same bytes)', async () => {
    await fc.assert(
      fc.asyncProperty(documentArb, localeArb, async (doc, locale) => {
        const bytes = renderXlsx(catalogFromDocument(doc), { locale });
        const result = await importXlsx(bytes);
        expect(result.problems).toEqual([]);
        expect(result.ok && result.value).toEqual(doc);
        if (result.ok) expect(renderXlsx(catalogFromDocument(result.value), { locale })).toEqual(bytes);
      }),
      { numRuns: 60 },
    );
  }, 180_000);

  it('texts XML cannot hold (control characters, a literal _x0041_) survive the round trip', async () => {
    const tricky = ['a\u0001b', 'x_x0041_y', '\u0000', 'tab\there', ' lead and trail ', 'cr\rlf\n'];
    const bytes = writeXlsx({
      title: 't',
      listSheetName: 'L',
      sheets: [{ name: 'S', columns: [{ width: 10, kind: 'text' }], header: ['h'], rows: tricky.map((t) => [{ text: t }]) }],
    });
    const book = await openXlsx(bytes);
    const rows = book.ok ? await book.value.rows(book.value.sheets[0]!) : undefined;
    expect(rows?.ok && rows.value.slice(1).map((r) => r.cells[0])).toEqual(tricky);
  });
});

describe('XLSX import', () => {
  /** A workbook as Excel saves it: shared strings, rich text runs, numbers, a title row above the header. */
  function excelLike(rowsXml: string, shared: string[]): Uint8Array {
    const sst = `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${shared.length}">${shared.join('')}</sst>`;
    return writeZip([
      { name: '[Content_Types].xml', data: enc('<Types/>') },
      { name: '_rels/.rels', data: enc('<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>') },
      { name: 'xl/workbook.xml', data: enc('<x:workbook xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><x:sheets><x:sheet name="填报" sheetId="1" r:id="rId1"/></x:sheets></x:workbook>') },
      {
        name: 'xl/_rels/workbook.xml.rels',
        data: enc(
          '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>',
        ),
      },
      { name: 'xl/sharedStrings.xml', data: enc(sst) },
      { name: 'xl/worksheets/sheet1.xml', data: enc(`<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData>${rowsXml}</x:sheetData></x:worksheet>`) },
    ]);
  }
  const s = (text: string) => `<si><t>${text}</t></si>`;
  const headers = ['岗位编号', '岗位名称', '部门', '职级', '任职年限', '权力事项编号', '权力事项', '权力类别', '办理流程（环节以 | 分隔）', '风险点编号', '风险点', '流程环节', '风险类别', '资金关联程度'];

  it('reads shared strings, rich text runs (phonetic runs left out), numbers and a title row above the header', async () => {
    const shared = [
      s('本单位填报表'),
      ...headers.map(s),
      s('p1'),
      '<si><r><t>财务</t></r><r><rPr><b/></rPr><t>科长</t></r><rPh><t>ざいむ</t></rPh></si>',
      s('财务科'),
      s('中层'),
      s('w1'),
      s('资金支付'),
      s('财务资金'),
      s('审核|支付'),
      s('r1'),
      s('虚报冒领'),
      s('支付'),
      s('业务流程'),
    ];
    const cell = (ref: string, i: number) => `<x:c r="${ref}" t="s"><x:v>${i}</x:v></x:c>`;
    const letters = 'ABCDEFGHIJKLMN';
    const headerRow = `<x:row r="3">${headers.map((_, i) => cell(`${letters[i]}3`, i + 1)).join('')}</x:row>`;
    const values = [15, 16, 17, 18, -1, 19, 20, 21, 22, 23, 24, 25, 26, -2];
    const dataRow = `<x:row r="4">${values
      .map((v, i) => (v === -1 ? `<x:c r="E4"><x:v>2.5</x:v></x:c>` : v === -2 ? `<x:c r="N4"><x:v>4</x:v></x:c>` : cell(`${letters[i]}4`, v)))
      .join('')}</x:row>`;
    const result = await importXlsx(excelLike(`<x:row r="1">${cell('A1', 0)}</x:row>${headerRow}${dataRow}`, shared));
    expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(result.ok && result.value.posts[0]!.name).toBe('财务科长');
    expect(result.ok && result.value.posts[0]!.tenureYears).toBe(2.5);
    expect(result.ok && result.value.posts[0]!.powers[0]!.riskPoints[0]!.factors).toEqual({ fundLinkage: 4 });
  });

  it('the same problems as the CSV import, located by sheet, row and column', async () => {
    const doc = await importXlsx(renderXlsx(sampleCatalog, { locale: 'zh-CN' }));
    expect(doc.ok).toBe(true);
    const shared = headers.map(s);
    const letters = 'ABCDEFGHIJKLMN';
    const row2 = ['p1', '出纳', '财务科', '科长级', '3', 'w1', '支付', '财务资金', '审核|支付', 'r1', '虚报', '支付', '业务流程', '6'];
    const rowXml = `<x:row r="2">${row2.map((v, i) => `<x:c r="${letters[i]}2" t="inlineStr"><x:is><x:t>${v}</x:t></x:is></x:c>`).join('')}</x:row>`;
    const result = await importXlsx(excelLike(`<x:row r="1">${headers.map((_, i) => `<x:c r="${letters[i]}1" t="s"><x:v>${i}</x:v></x:c>`).join('')}</x:row>${rowXml}`, shared));
    expect(result.ok).toBe(false);
    expect(result.problems.map((p) => [p.code, p.path])).toEqual([
      ['csv-invalid-value', 'sheet 填报, row 2, column 职级 (post.rank)'],
      ['csv-invalid-rating', 'sheet 填报, row 2, column 资金关联程度 (factors.fundLinkage)'],
    ]);
  });

  it('a workbook without a data sheet, a damaged workbook and bytes that are no workbook are problems, never throws', async () => {
    const noData = await importXlsx(excelLike('<x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>x</x:t></x:is></x:c></x:row>', []));
    expect(noData.problems.map((p) => p.code)).toEqual(['xlsx-no-data-sheet']);
    expect((await importXlsx(enc('岗位编号,岗位名称'))).problems.map((p) => p.code)).toEqual(['zip-not-zip']);
    const broken = excelLike('<x:row r="1"><x:c r="A1 t="s"><x:v>0</x:v></x:c></x:row>', headers.map(s));
    expect((await importXlsx(broken)).problems.map((p) => p.code)).toEqual(['xlsx-malformed-part']);
    const good = renderXlsx(sampleCatalog);
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 5 }), async (edits) => {
        const bytes = good.slice();
        for (const [at, v] of edits) bytes[at % bytes.length] = v;
        const r = await importXlsx(bytes);
        expect(typeof r.ok).toBe('boolean');
      }),
      { numRuns: 60 },
    );
  });
});
