/**
 * Import of a published 一览表 (issue 13): no ids, no ratings, headers as units write them, merged
 * post cells left blank, 一级/二级/三级 levels and numbered measures. Nothing the sheet says is lost.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCatalog, importCsv, importXlsx, writeXlsx } from '../../src/index.js';
import { inferCategory, inferRank, publishedFieldOf, PUBLISHED_HEADERS, splitMeasures } from '../../src/read/published-import.js';
import type { OrganizationDocument } from '../../src/index.js';

const SHEET = readFileSync(fileURLToPath(new URL('../../examples/sheets/published-catalog.csv', import.meta.url)), 'utf8');

function imported(text: string): OrganizationDocument {
  const r = importCsv(text);
  expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
  if (!r.ok) throw new Error('import failed');
  return r.value;
}
const riskPoints = (doc: OrganizationDocument) => doc.posts.flatMap((p) => p.powers.flatMap((w) => w.riskPoints.map((rp) => ({ post: p, power: w, rp }))));

/** The sheet's data rows as cells (the title row and header row skipped). */
function dataRows(text: string): string[][] {
  const rows: string[][] = [];
  for (const m of text.replace(/^\uFEFF/, '').matchAll(/((?:"(?:[^"]|"")*"|[^,\r\n]*)(?:,(?:"(?:[^"]|"")*"|[^,\r\n]*))*)\r\n/g)) {
    rows.push([...m[1]!.matchAll(/(?:^|,)("(?:[^"]|"")*"|[^,]*)/g)].map((c) => (c[1]!.startsWith('"') ? c[1]!.slice(1, -1).replace(/""/g, '"') : c[1]!)));
  }
  return rows.slice(2);
}

describe('a published 一览表', () => {
  const doc = imported(SHEET);

  it('imports to a valid document: posts by department and name, merged cells repeated, the unit from the title', () => {
    expect(doc.organization).toBe('某县卫生健康局');
    expect(doc.posts.map((p) => `${p.department}/${p.name}/${p.rank}`)).toEqual([
      '局领导/党组书记、局长/principal',
      '局领导/副局长（分管财务、基建）/deputy',
      '计划财务股/股长/middle',
      '计划财务股/出纳/staff',
      '医政医管股/股长/middle',
      '卫生监督所/执法人员/staff',
      '办公室/主任/middle',
    ]);
    // Row 4 left the post cells blank (merged): its risk point belongs to the 局长 of row 3.
    const principal = doc.posts[0]!;
    expect(principal.powers.map((w) => w.name)).toEqual(['干部选拔任用', '“三重一大”事项决策']);
    // Row 6 left the power blank too: its risk point is a second step of the same project power.
    const deputy = doc.posts[1]!;
    expect(deputy.powers).toHaveLength(1);
    expect(deputy.powers[0]!.steps).toEqual(['招标', '验收付款']);
  });

  it('loses nothing: every text, level, measure and 责任人 of every row is in the document', () => {
    const rows = dataRows(SHEET);
    const points = riskPoints(doc);
    expect(points).toHaveLength(rows.length);
    const level = { 一级: 'high', 二级: 'medium', 三级: 'low' } as Record<string, string>;
    rows.forEach((cells, i) => {
      const { rp } = points[i]!;
      expect(rp.description).toBe(cells[5]);
      expect(rp.publishedLevel).toBe(level[cells[7]!]);
      const measures = rp.ownMeasures ?? [];
      expect(measures.length).toBeGreaterThanOrEqual(2);
      // Each numbered item is one measure, its text kept word for word (markers and separators aside).
      // Only the numbering and the separators between items are gone: the words are all there, in order.
      const words = (t: string) => t.replace(/\d{1,2}[.、．)）]|[（(]\d{1,2}[)）]|[①-⑳]|[；;，,。\s]/g, '');
      expect(measures.map((m) => words(m.text)).join('')).toBe(words(cells[8]!));
      for (const m of measures) expect(m.responsible).toBe(cells[9]);
      expect(Object.keys(rp.factors)).toEqual([]);
    });
    expect(points[0]!.rp.riskCategory).toBe('duty');
    expect(points[6]!.rp.riskCategory).toBe('moral');
  });

  it('reports every inference and every column it does not understand', () => {
    const r = importCsv(SHEET);
    const codes = r.problems.map((p) => p.code);
    expect(codes.filter((c) => c === 'published-rank-inferred')).toHaveLength(7);
    expect(codes.filter((c) => c === 'published-category-inferred')).toHaveLength(9);
    expect(codes).toContain('published-tenure-unknown');
    expect(codes).toContain('published-organization-from-title');
    const unknown = r.problems.filter((p) => p.code === 'csv-unknown-column');
    expect(unknown.map((p) => p.path)).toEqual(['row 2, column 备注']);
    for (const p of r.problems) {
      expect(p.message['zh-CN']).not.toMatch(/\{\w+\}/);
      expect(p.message.en).not.toMatch(/\{\w+\}/);
    }
  });

  it('importing it twice gives the same ids; ids follow the names, not the row numbers', () => {
    const again = imported(SHEET);
    expect(again).toEqual(doc);
    // Another title row above moves every row down one: the same ids.
    const shifted = imported(SHEET.replace(/^\uFEFF/, '\uFEFF说明：本表经局党组会议审议通过\r\n'));
    expect(riskPoints(shifted).map((x) => x.rp.id)).toEqual(riskPoints(doc).map((x) => x.rp.id));
    const ids = riskPoints(doc).flatMap((x) => [x.post.id, x.power.id, x.rp.id]);
    for (const id of ids) expect(id).toMatch(/^(post|pw|rp)-[0-9a-z]{7}(-\d+)?$/);
    expect(new Set(riskPoints(doc).map((x) => x.rp.id)).size).toBe(riskPoints(doc).length);
  });

  it('reads the same sheet from a workbook, its title above the header', async () => {
    const lines = SHEET.replace(/^\uFEFF/, '').split('\r\n');
    const header = lines[1]!.split(',');
    const bytes = writeXlsx({
      title: '一览表',
      listSheetName: '选项',
      sheets: [
        {
          name: '一览表',
          title: lines[0]!.split(',')[0]!,
          columns: header.map(() => ({ width: 20, kind: 'text' as const })),
          header,
          rows: dataRows(SHEET).map((cells) => cells.map((c) => (c === '' ? null : { text: c }))),
        },
      ],
    });
    const r = await importXlsx(bytes);
    expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(r.ok && r.value).toEqual(doc);
  });

  it('grades every risk point with --suggest-ratings and keeps the published level beside the computed one', () => {
    const catalog = buildCatalog(doc, { suggestRatings: true });
    const points = catalog.posts.flatMap((p) => p.powers.flatMap((w) => w.riskPoints));
    expect(points).toHaveLength(11);
    for (const rp of points) {
      expect(['high', 'medium', 'low']).toContain(rp.level);
      expect(rp.suggestedFactors?.length).toBe(9);
      expect(rp.publishedLevel).toBeDefined();
    }
  });
});

describe('header variants', () => {
  it('every declared header names its field, in any case, with notes in brackets and a colon', () => {
    for (const [field, headers] of Object.entries(PUBLISHED_HEADERS)) {
      for (const h of headers) {
        expect(publishedFieldOf(h)).toBe(field);
        expect(publishedFieldOf(`${h.toUpperCase()}（说明）：`)).toBe(field);
      }
    }
    expect(publishedFieldOf('风险等级（高/中/低）')).toBe('level');
    expect(publishedFieldOf('备注')).toBeUndefined();
  });

  it('a sheet headed in traditional Chinese and one headed in English give the same document', () => {
    const body = SHEET.split('\r\n').slice(2).join('\r\n');
    const tw = `\uFEFF序號,部門,崗位名稱,權力事項,流程環節,風險點,風險類別,風險等級,防控措施,責任人\r\n${body.replace(/,[^,\r\n]*\r\n/g, '\r\n')}`;
    const en = `No.,Department,Post,Power,Step,Risk point,Risk category,Risk level,Measures,Responsible\r\n${body.replace(/,[^,\r\n]*\r\n/g, '\r\n')}`;
    const a = imported(tw);
    const b = imported(en);
    expect(b).toEqual(a);
    expect(a.posts.map((p) => p.name)).toEqual(imported(SHEET).posts.map((p) => p.name));
  });

  it('a sheet with only posts, risk points, levels and measures: one power a post, named after it', () => {
    const doc = imported('岗位,风险点,风险等级,防控措施\r\n出纳,挪用公款,★★★,1.钱账分管；2.每月盘点\r\n,公款私存,★★,定期对账\r\n');
    expect(doc.posts).toHaveLength(1);
    expect(doc.posts[0]!.powers.map((w) => [w.name, w.category, w.steps])).toEqual([['出纳', 'finance', ['履行职责']]]);
    expect(doc.posts[0]!.powers[0]!.riskPoints.map((r) => r.publishedLevel)).toEqual(['high', 'medium']);
    expect(doc.posts[0]!.powers[0]!.riskPoints[1]!.ownMeasures).toEqual([{ text: '定期对账' }]);
  });

  it('a risk point before any post is an error at its row, and no document is given', () => {
    const r = importCsv('岗位,风险点,风险等级\r\n,挪用公款,高\r\n');
    expect(r.ok).toBe(false);
    expect(r.problems.map((p) => [p.code, p.path])).toContainEqual(['published-post-missing', 'row 2']);
  });

  it('a bad level cell is reported at its own header', () => {
    const r = importCsv('岗位,风险点,风险等级\r\n出纳,挪用公款,很高\r\n');
    expect(r.ok).toBe(false);
    expect(r.problems.find((p) => p.severity === 'error')?.path).toBe('row 2, column 风险等级 (riskPoint.publishedLevel)');
  });
});

describe('inferences', () => {
  it('rank from the post name: the leadership\'s titles, 副 for deputies, section heads, staff', () => {
    const cases: [string, string, string][] = [
      ['党组书记、局长', '局领导', 'principal'],
      ['院长', '', 'principal'],
      ['镇党委书记', '镇领导班子', 'principal'],
      ['副局长', '局领导', 'deputy'],
      ['纪检组长', '局领导', 'deputy'],
      ['主任', '办公室', 'middle'],
      ['主任', '局领导', 'principal'],
      ['财务股股长', '计划财务股', 'middle'],
      ['副科长', '财务科', 'middle'],
      ['所长', '卫生监督所', 'middle'],
      ['出纳', '财务股', 'staff'],
      ['执法人员', '执法大队', 'staff'],
    ];
    for (const [name, department, rank] of cases) expect([name, department, inferRank(name, department).rank]).toEqual([name, department, rank]);
  });

  it('category from the power name first, then its risk points', () => {
    expect(inferCategory('干部选拔任用', [])).toEqual({ category: 'personnel', word: '干部' });
    expect(inferCategory('政府采购', [])).toEqual({ category: 'procurement', word: '采购' });
    expect(inferCategory('日常工作', ['挪用专项资金'])).toEqual({ category: 'finance', word: '资金' });
    expect(inferCategory('日常工作', ['工作拖拉'])).toEqual({ category: 'other' });
    expect(inferCategory('醫療機構執業許可', []).category).toBe('approval');
  });

  it('measures split at 1. / （1） / ① markers or lines; a single measure stays whole', () => {
    expect(splitMeasures('1.钱账分管；2.每月盘点')).toEqual(['钱账分管', '每月盘点']);
    expect(splitMeasures('（1）集体审核；（2）全程录像')).toEqual(['集体审核', '全程录像']);
    expect(splitMeasures('①审计结算；②共同验收')).toEqual(['审计结算', '共同验收']);
    expect(splitMeasures('执行制度\n每季度抽查')).toEqual(['执行制度', '每季度抽查']);
    expect(splitMeasures('落实2.0版操作规程')).toEqual(['落实2.0版操作规程']);
    expect(splitMeasures('  ')).toEqual([]);
  });

  it('property: splitting never invents text (every piece is in the cell) and never returns an empty piece', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('1.', '2、', '（3）', '①', '审核', '资金', '；', '\n', ' ', '2.0', '台账'), { maxLength: 20 }), (parts) => {
        const cell = parts.join('');
        const flat = cell.replace(/\s/g, '');
        for (const piece of splitMeasures(cell)) {
          expect(piece).not.toBe('');
          expect(flat).toContain(piece.replace(/\s/g, ''));
        }
      }),
    );
  });
});
