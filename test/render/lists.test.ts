import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../src/i18n/locale.js';
import type { OrganizationDocument } from '../../src/model/document.js';
import { listsCsv, listsHtml, listsMarkdown, powerAndResponsibilityLists } from '../../src/render/lists.js';
import { parseDocument } from '../../src/validate/document.js';

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
