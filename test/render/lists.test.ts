import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../src/i18n/locale.js';
import type { OrganizationDocument } from '../../src/model/document.js';
import { listsCsv, listsDocx, listsHtml, listsMarkdown, listsXlsx, powerAndResponsibilityLists, powerListCells, responsibilityListCells } from '../../src/render/lists.js';
import { parseDocument } from '../../src/validate/document.js';
import { checkPackage, contentTypeOf, docxParagraphs, workbookRows } from '../support/ooxml.js';
import { STATED_BASIS, townshipWithStated } from '../support/lists-fixture.js';

const raw = JSON.parse(readFileSync(new URL('../../examples/county-bureau.json', import.meta.url), 'utf8'));
const county: OrganizationDocument = parseDocument(raw);

/** The county example with a legal basis and stated responsibilities on its first power. */
function withStated(): OrganizationDocument {
  const copy = structuredClone(raw);
  const power = copy.posts[0].powers[0];
  power.legalBasis = '《党政领导干部选拔任用工作条例》';
  power.responsibilities = [
    { step: '动议', duty: '按干部选拔任用工作条例提出动议，不得个人提名定调', accountability: '个人提名定调、“带病提拔”的，追究党组书记责任' },
    { duty: '全程纪实，材料归档' },
  ];
  return parseDocument(copy);
}

describe('power list and responsibility list', () => {
  it('the power list has one row per power in the published columns', () => {
    const lists = powerAndResponsibilityLists(county, 'zh-CN');
    expect(lists.powerList.columns).toEqual(['序号', '权力事项', '权力类别', '行使岗位', '流程环节', '是否“三重一大”', '是否集体决策', '设定依据']);
    const powers = county.posts.flatMap((p) => p.powers.map((w) => ({ post: p.name, w })));
    expect(lists.powerList.rows.map((r) => [r.number, r.power, r.post])).toEqual(powers.map((x, i) => [i + 1, x.w.name, x.post]));
    expect(lists.powerList.rows[0]!.steps).toBe(powers[0]!.w.steps.join('→'));
    expect(lists.powerList.rows.every((r) => r.legalBasis === '未注明（请补充设定依据）')).toBe(true);
  });

  it('without stated responsibilities, one derived row per step naming the risks at it, marked ＊ and explained', () => {
    const lists = powerAndResponsibilityLists(county, 'zh-CN');
    expect(lists.responsibilityList.columns).toEqual(['岗位', '权力事项', '环节', '责任内容', '追责情形']);
    const steps = county.posts.reduce((a, p) => a + p.powers.reduce((b, w) => b + w.steps.length, 0), 0);
    expect(lists.responsibilityList.rows).toHaveLength(steps);
    const first = county.posts[0]!.powers[0]!;
    const rp = first.riskPoints[0]!;
    const row = lists.responsibilityList.rows.find((r) => r.power === first.name && r.step === rp.step)!;
    expect(row.derived).toBe(true);
    expect(row.duty).toContain(rp.description);
    expect(lists.responsibilityList.note).toContain('＊');
    expect(listsMarkdown(lists)).toContain('＊');
  });

  it('a stated legal basis and stated responsibilities are listed as written, not derived', () => {
    const doc = withStated();
    const lists = powerAndResponsibilityLists(doc, 'zh-CN');
    expect(lists.powerList.rows[0]!.legalBasis).toBe('《党政领导干部选拔任用工作条例》');
    const rows = lists.responsibilityList.rows.filter((r) => r.power === doc.posts[0]!.powers[0]!.name);
    expect(rows.map((r) => [r.step, r.duty, r.accountability, r.derived])).toEqual([
      ['动议', '按干部选拔任用工作条例提出动议，不得个人提名定调', '个人提名定调、“带病提拔”的，追究党组书记责任', false],
      ['全流程', '全程纪实，材料归档', '未注明', false],
    ]);
  });

  it('merge spans cover each post and power once; every format in every locale carries no id', () => {
    const ids = county.posts.flatMap((p) => [p.id, ...p.powers.flatMap((w) => [w.id, ...w.riskPoints.map((r) => r.id)])]);
    for (const locale of LOCALES) {
      const lists = powerAndResponsibilityLists(withStated(), locale);
      const rows = lists.responsibilityList.rows;
      expect(rows.reduce((a, r) => a + r.spans.post, 0)).toBe(rows.length);
      expect(rows.reduce((a, r) => a + r.spans.power, 0)).toBe(rows.length);
      for (const text of [listsMarkdown(lists), listsHtml(lists), listsCsv(lists)]) for (const id of ids) expect(text).not.toContain(id);
    }
  });

  it('CSV: BOM, CRLF, both lists with their titles, formula starters neutralised', () => {
    const copy = structuredClone(raw);
    copy.posts[0].powers[0].legalBasis = '=HYPERLINK("x")';
    const csv = listsCsv(powerAndResponsibilityLists(parseDocument(copy), 'en'));
    expect(csv.startsWith('\uFEFFPower list\r\n')).toBe(true);
    expect(csv).toContain('\r\nResponsibility list\r\n');
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/\n/);
  });

  it('the document fields are validated: a responsibility needs its duty', () => {
    const copy = structuredClone(raw);
    copy.posts[0].powers[0].responsibilities = [{ step: '动议' }];
    expect(() => parseDocument(copy)).toThrow(/duty/);
  });
});

describe('the lists as a Word document and as a workbook', () => {
  const doc = townshipWithStated();
  const ids = doc.posts.flatMap((p) => [p.id, ...p.powers.flatMap((w) => [w.id, ...w.riskPoints.map((r) => r.id)])]);
  const lists = powerAndResponsibilityLists(doc, 'zh-CN');

  it('DOCX structure: every part well-formed, typed and related; document, styles, settings, fonts and footer', async () => {
    const parts = await checkPackage(listsDocx(lists));
    expect([...parts.keys()].sort()).toEqual(
      [
        '[Content_Types].xml',
        '_rels/.rels',
        'docProps/app.xml',
        'docProps/core.xml',
        'word/_rels/document.xml.rels',
        'word/document.xml',
        'word/fontTable.xml',
        'word/footer1.xml',
        'word/settings.xml',
        'word/styles.xml',
      ].sort(),
    );
    expect(contentTypeOf(parts, 'word/document.xml')).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml');
    expect(parts.get('docProps/core.xml')).toContain('<dc:title>某镇人民政府（测试用） 权力清单 · 责任清单</dc:title>');
  });

  it('DOCX: A4 landscape, two real tables with repeated header rows, rows kept on a page, the responsibility list merged by post and power, Chinese fonts, page numbers, a signature block under each', async () => {
    const parts = await checkPackage(listsDocx(lists));
    const xml = parts.get('word/document.xml')!;
    expect(xml).toContain('<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>');
    expect(xml.match(/<w:tbl>/g)).toHaveLength(2);
    expect(xml.match(/<w:tblHeader\/>/g)).toHaveLength(2);
    expect(xml.match(/<w:pageBreakBefore\/>/g)).toHaveLength(1);
    expect(xml.match(/<w:tr>/g)).toHaveLength(lists.powerList.rows.length + lists.responsibilityList.rows.length + 2);
    expect(xml.match(/<w:cantSplit\/>/g)).toHaveLength(lists.powerList.rows.length + lists.responsibilityList.rows.length + 2);
    const merges = lists.responsibilityList.rows.reduce((n, r) => n + (r.spans.post > 1 ? 1 : 0) + (r.spans.power > 1 ? 1 : 0), 0);
    expect(xml.match(/<w:vMerge w:val="restart"\/>/g)).toHaveLength(merges);
    expect(xml).toContain('w:eastAsia="仿宋"');
    expect(xml).toContain('w:eastAsia="宋体"');
    expect(parts.get('word/footer1.xml')).toContain(' NUMPAGES ');
    const texts = docxParagraphs(xml);
    expect(texts[0]).toBe('权力清单');
    expect(texts[1]).toBe('单位：某镇人民政府（测试用）');
    for (const c of [...lists.powerList.columns, ...lists.responsibilityList.columns]) expect(texts).toContain(c);
    for (const r of lists.powerList.rows) for (const c of powerListCells(r)) expect(texts).toContain(c);
    // A merged cell's text is written once, on the first row of its merge.
    for (const r of lists.responsibilityList.rows) {
      const cells = responsibilityListCells(r, 'zh-CN');
      for (const c of cells.slice(2)) expect(texts).toContain(c);
    }
    expect(texts).toContain(STATED_BASIS);
    expect(texts).toContain(lists.responsibilityList.note);
    const signature = '编制单位（盖章）：某镇人民政府（测试用）　　　　审核人：　　　　编制日期：';
    expect(texts.filter((t) => t === signature)).toHaveLength(2);
    expect(texts.at(-1)).toBe(signature);
  });

  it('XLSX structure and contents: one sheet per list, title row, header, every row complete, the note and the signature below; frozen header, filter, widths, wrap, A4 landscape', async () => {
    const bytes = listsXlsx(lists);
    const parts = await checkPackage(bytes);
    expect([...parts.keys()].filter((n) => n.startsWith('xl/worksheets/')).sort()).toEqual(['xl/worksheets/sheet1.xml', 'xl/worksheets/sheet2.xml']);
    for (const part of ['xl/worksheets/sheet1.xml', 'xl/worksheets/sheet2.xml']) {
      const xml = parts.get(part)!;
      expect(xml).toContain('state="frozen"');
      expect(xml).toContain('<autoFilter ref="A2:');
      expect(xml).toContain('customWidth="1"');
      expect(xml).toContain('orientation="landscape"');
      expect(xml).toContain('paperSize="9"');
    }
    expect(parts.get('xl/styles.xml')).toContain('wrapText="1"');
    expect(parts.get('xl/workbook.xml')).toContain('_xlnm.Print_Titles');
    const sheets = await workbookRows(bytes);
    expect([...sheets.keys()]).toEqual(['权力清单', '责任清单']);
    const power = sheets.get('权力清单')!;
    expect(power[0]).toEqual(['权力清单　单位：某镇人民政府（测试用）']);
    expect(power[1]).toEqual(lists.powerList.columns);
    expect(power.slice(2, 2 + lists.powerList.rows.length)).toEqual(lists.powerList.rows.map((r) => powerListCells(r)));
    const resp = sheets.get('责任清单')!;
    expect(resp[1]).toEqual(lists.responsibilityList.columns);
    expect(resp.slice(2, 2 + lists.responsibilityList.rows.length)).toEqual(lists.responsibilityList.rows.map((r) => responsibilityListCells(r, 'zh-CN')));
    expect(resp.at(-2)).toEqual([lists.responsibilityList.note]);
    expect(resp.at(-1)!.filter((c) => c !== '')).toEqual(['编制单位（盖章）：某镇人民政府（测试用）', '审核人：', '编制日期：']);
  });

  it('determinism, and no document id in either package, in any locale', async () => {
    expect(listsDocx(lists)).toEqual(listsDocx(powerAndResponsibilityLists(doc, 'zh-CN')));
    expect(listsXlsx(lists)).toEqual(listsXlsx(powerAndResponsibilityLists(doc, 'zh-CN')));
    for (const locale of LOCALES) {
      const l = powerAndResponsibilityLists(doc, locale);
      const texts = [...(await checkPackage(listsDocx(l))).values(), ...(await checkPackage(listsXlsx(l))).values()];
      for (const text of texts) for (const id of ids) expect(text).not.toContain(id);
    }
  });

  it('without an organization: no unit line, the signature block left to fill in', async () => {
    const { organization: _, ...rest } = doc;
    const l = powerAndResponsibilityLists(rest as OrganizationDocument, 'en');
    const texts = docxParagraphs((await checkPackage(listsDocx(l))).get('word/document.xml')!);
    expect(texts[0]).toBe('Power list');
    expect(texts[1]).toBe(l.powerList.columns[0]);
    expect(texts.at(-1)).toBe('Prepared by (seal)：　　　　Reviewed by：　　　　Date prepared：');
    const sheets = await workbookRows(listsXlsx(l));
    expect([...sheets.keys()]).toEqual(['Power list', 'Responsibility list']);
    expect(sheets.get('Power list')![0]).toEqual(['Power list']);
  });
});

