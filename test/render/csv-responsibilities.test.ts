/**
 * A power's legal basis (设定依据) and stated responsibilities (责任清单) in the CSV and the data
 * sheet: two power columns repeated on each of the power's rows, the responsibilities one a line,
 * `duty【环节：…；追责情形：…】`, as exported or typed by hand.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { LOCALES } from '../../src/i18n/locale.js';
import { decodeResponsibilities, encodeResponsibilities } from '../../src/render/csv-columns.js';
import { importCsv } from '../../src/read/csv-import.js';
import type { Responsibility } from '../../src/model/document.js';
import { textArb } from '../support/arbitraries.js';

const responsibilityArb: fc.Arbitrary<Responsibility> = fc
  .record({ step: textArb, duty: textArb, accountability: textArb }, { requiredKeys: ['duty'] })
  .map(({ step, duty, accountability }) => ({ ...(step === undefined ? {} : { step }), duty, ...(accountability === undefined ? {} : { accountability }) }));

const HEADER = 'post.id,岗位名称,部门,职级,任职年限,power.id,权力事项,权力类别,办理流程（环节以 | 分隔）,设定依据,责任清单（每行一条）,风险点编号,风险点,流程环节,风险类别';
const row = (basis: string, resp: string, rp: string, step = '审批'): string => `p1,科长,财务科,中层,3,w1,支付审批,财务资金,受理|审批,${basis},${resp},${rp},违规${rp},${step},业务流程`;

describe('responsibilities in a cell', () => {
  it('any responsibilities survive encode then decode, in every locale (texts holding 【】；, line breaks and white space at the ends)', () => {
    fc.assert(
      fc.property(fc.array(responsibilityArb, { minLength: 1, maxLength: 4 }), fc.constantFrom(...LOCALES), (items, locale) => {
        const read = decodeResponsibilities(encodeResponsibilities(items, locale));
        expect(read).toEqual({ ok: true, value: items });
      }),
      { numRuns: 400 },
    );
    const tricky: Responsibility[] = [{ step: '审批；复核', duty: ' 按【规定】审批\n留痕 ', accountability: '违规的】追责\\' }];
    expect(decodeResponsibilities(encodeResponsibilities(tricky, 'zh-CN'))).toEqual({ ok: true, value: tricky });
  });

  it('the cell as written: the duty first, its details in the sheet\'s locale', () => {
    const items: Responsibility[] = [{ step: '受理', duty: '一次性告知', accountability: '刁难的，追责' }, { duty: '全程留痕' }, { duty: '按月对账', accountability: '漏账的，追责' }];
    expect(encodeResponsibilities(items, 'zh-CN')).toBe('一次性告知【环节：受理；追责情形：刁难的，追责】\n全程留痕\n按月对账【追责情形：漏账的，追责】');
    expect(encodeResponsibilities(items, 'zh-TW')).toBe('一次性告知【環節：受理；追責情形：刁难的，追责】\n全程留痕\n按月对账【追責情形：漏账的，追责】');
    expect(encodeResponsibilities(items, 'en')).toBe('一次性告知【step：受理；accountability：刁难的，追责】\n全程留痕\n按月对账【accountability：漏账的，追责】');
  });

  it('typed by hand: keys in any locale and either order, `;` or `；`, spaces around, blank lines skipped', () => {
    const cell = '  凭审批手续齐全的凭证支付【 追責情形 : 违规支付的，追究责任 ; step：审批 】\n\n全程纪实【】\r\n归档备查';
    expect(decodeResponsibilities(cell)).toEqual({
      ok: true,
      value: [{ step: '审批', duty: '凭审批手续齐全的凭证支付', accountability: '违规支付的，追究责任' }, { duty: '全程纪实' }, { duty: '归档备查' }],
    });
  });

  it('a line that cannot be read: an unknown or repeated key, an unclosed 【, text after the 】', () => {
    expect(decodeResponsibilities('a\nb【阶段：受理】')).toEqual({ ok: false, line: 2 });
    expect(decodeResponsibilities('a【环节：受理；step：审批】')).toEqual({ ok: false, line: 1 });
    expect(decodeResponsibilities('a【环节：受理')).toEqual({ ok: false, line: 1 });
    expect(decodeResponsibilities('a【环节：受理】b')).toEqual({ ok: false, line: 1 });
    expect(decodeResponsibilities('a【受理】')).toEqual({ ok: false, line: 1 });
  });
});

describe('legal basis and responsibilities in a sheet', () => {
  it('repeated on each of the power\'s rows, or left blank to continue the row above: read once onto the power', () => {
    const resp = '"按权限审批【环节：审批；追责情形：越权审批的，追究责任】\n全程留痕"';
    const sheet = [HEADER, row('《预算法》', resp, 'r1'), row('《预算法》', resp, 'r2', '受理'), row('', '', 'r3')].join('\r\n');
    const result = importCsv(sheet);
    expect(result.problems).toEqual([]);
    expect(result.ok && result.value.posts[0]!.powers[0]).toMatchObject({
      legalBasis: '《预算法》',
      responsibilities: [{ step: '审批', duty: '按权限审批', accountability: '越权审批的，追究责任' }, { duty: '全程留痕' }],
    });
    expect(result.ok && result.value.posts[0]!.powers[0]!.riskPoints.map((r) => r.id)).toEqual(['r1', 'r2', 'r3']);
  });

  it('blank on every row: no legal basis, no stated responsibilities', () => {
    const result = importCsv([HEADER, row('', '', 'r1')].join('\n'));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect('legalBasis' in result.value.posts[0]!.powers[0]!).toBe(false);
    expect('responsibilities' in result.value.posts[0]!.powers[0]!).toBe(false);
  });

  it('the same responsibilities written with other spacing or keys are the same; different ones on a later row are a conflict, located by row and column', () => {
    const same = importCsv([HEADER, row('', '全程留痕【环节：审批】', 'r1'), row('', '全程留痕【 step: 审批 】', 'r2')].join('\n'));
    expect(same.problems).toEqual([]);
    const conflict = importCsv([HEADER, row('依据甲', '全程留痕', 'r1'), row('依据乙', '全程留痕【环节：受理】', 'r2')].join('\n'));
    expect(conflict.ok).toBe(false);
    expect(conflict.problems.map((p) => [p.code, p.path])).toEqual([
      ['csv-conflicting-value', 'row 3, column 设定依据 (power.legalBasis)'],
      ['csv-conflicting-value', 'row 3, column 责任清单（每行一条） (power.responsibilities)'],
    ]);
  });

  it('an unreadable cell and a responsibility without its duty are problems at the cell, in every locale\'s words', () => {
    const bad = importCsv([HEADER, row('', '"留痕\n归档【时限：月底】"', 'r1')].join('\n'));
    expect(bad.problems.map((p) => [p.code, p.path, p.params['line']])).toEqual([['csv-invalid-responsibility', 'row 2, column 责任清单（每行一条） (power.responsibilities)', 2]]);
    expect(bad.problems[0]!.message['zh-CN']).toContain('【环节：…；追责情形：…】');
    expect(bad.problems[0]!.message['zh-TW']).toContain('【環節：…；追責情形：…】');
    expect(bad.problems[0]!.message.en).toContain('【step: …; accountability: …】');
    const noDuty = importCsv([HEADER, row('', '【环节：审批；追责情形：违规的，追责】', 'r1')].join('\n'));
    expect(noDuty.ok).toBe(false);
    expect(noDuty.problems.map((p) => [p.path, p.params['documentPath']])).toEqual([['row 2, column 责任清单（每行一条） (power.responsibilities)', 'posts[0].powers[0].responsibilities[0].duty']]);
  });
});
