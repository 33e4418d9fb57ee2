import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkPostConfiguration, checkPowerConfiguration } from '../../src/findings/check.js';
import { DEFAULT_FINDING_SETTINGS, validateFindingSettings, withDefaults } from '../../src/findings/settings.js';
import { FINDING_CODES } from '../../src/findings/types.js';
import type { OrganizationDocument, Post, Power } from '../../src/model/document.js';
import type { Level, PowerCategory } from '../../src/model/enums.js';
import { LOCALES } from '../../src/i18n/locale.js';
import { assessedDocumentArb, deepFreeze } from '../measures/helpers.js';

let n = 0;
function power(category: PowerCategory, steps: string[], extra: Partial<Power> = {}): Power {
  n += 1;
  return { id: `w${n}`, name: `权力${n}`, category, majorMatter: false, collectiveDecision: false, steps, riskPoints: [], ...extra };
}
function post(rank: Post['rank'], powers: Power[], extra: Partial<Post> = {}): Post {
  n += 1;
  return { id: `p${n}`, name: `岗位${n}`, department: '综合科', rank, tenureYears: 1, factors: {}, powers, ...extra };
}
function check(posts: Post[], levels: Record<string, Level> = {}, settings = {}) {
  const doc: OrganizationDocument = deepFreeze({ posts });
  return checkPowerConfiguration(doc, new Map(Object.entries(levels)), settings);
}
const codes = (posts: Post[], levels: Record<string, Level> = {}, settings = {}) => check(posts, levels, settings).map((f) => f.code);

describe('principal-direct-charge', () => {
  it('a principal holding a key-area power is reported with those powers', () => {
    const hr = power('personnel', ['考察', '决定']);
    const p = post('principal', [hr, power('other', ['登记'])]);
    const [f] = check([p]);
    expect(f?.code).toBe('principal-direct-charge');
    expect(f?.postId).toBe(p.id);
    expect(f?.powerIds).toEqual([hr.id]);
    expect(f?.message['zh-CN']).toContain('人事管理');
    expect(f?.message['zh-TW']).toContain('人事管理');
    expect(f?.message.en).toContain('Personnel');
  });
  it('absent for a principal without key areas, and for a deputy with them', () => {
    expect(codes([post('principal', [power('other', ['登记']), power('inspection', ['巡查'])])])).toEqual([]);
    expect(codes([post('deputy', [power('finance', ['报销'])])])).toEqual([]);
  });
});

describe('deputy-all-five', () => {
  const five = () => [power('personnel', ['考察']), power('finance', ['报销']), power('approval', ['受理']), power('project', ['施工']), power('procurement', ['询价'])];
  it('a deputy holding all five key areas is reported', () => {
    const p = post('deputy', five());
    const f = check([p]).find((x) => x.code === 'deputy-all-five');
    expect(f?.powerIds).toHaveLength(5);
    expect(f?.params.count).toBe(5);
  });
  it('absent with four areas, and for a middle manager with five', () => {
    expect(codes([post('deputy', five().slice(0, 4))])).not.toContain('deputy-all-five');
    expect(codes([post('middle', five())])).not.toContain('deputy-all-five');
  });
  it('follows configured key areas', () => {
    expect(codes([post('deputy', [power('finance', ['报销']), power('assets', ['盘点'])])], {}, { keyAreas: ['finance', 'assets'] })).toContain('deputy-all-five');
  });
});

describe('incompatible-powers (default pairs)', () => {
  it('drafting or awarding together with accepting or paying, across two powers', () => {
    const a = power('procurement', ['需求提出', '招标']);
    const b = power('project', ['竣工验收']);
    const f = check([post('staff', [a, power('other', ['归档']), b])]).find((x) => x.code === 'incompatible-powers');
    expect(f?.pairId).toBe('award-and-acceptance');
    expect(f?.powerIds).toEqual([a.id, b.id]);
  });
  it('one power whose procedure has both steps (traditional characters too)', () => {
    const f = check([post('staff', [power('procurement', ['採購申請', '驗收'])])]);
    expect(f.map((x) => x.pairId)).toEqual(['award-and-acceptance']);
  });
  it('inspecting together with penalizing, unless the penalty is decided collectively', () => {
    const inspect = power('inspection', ['现场检查']);
    const penalize = power('enforcement', ['扣款处罚']);
    expect(check([post('staff', [inspect, penalize])]).map((x) => x.pairId)).toEqual(['inspection-and-penalty']);
    const collective = power('enforcement', ['扣款处罚'], { collectiveDecision: true });
    expect(check([post('staff', [inspect, collective])]).map((x) => x.pairId)).toEqual([]);
  });
  it('a finance power whose procedure reviews then pays is an ordinary procedure, not reported by default', () => {
    expect(check([post('staff', [power('finance', ['审核', '支付'])])])).toEqual([]);
  });
  it('absent when the post holds only one side', () => {
    expect(codes([post('staff', [power('procurement', ['招标', '评标'])])])).toEqual([]);
    expect(codes([post('staff', [power('inspection', ['检查'])])])).toEqual([]);
  });
  it('follows configured pairs', () => {
    const settings = { incompatiblePairs: [{ id: 'hire-and-pay', first: [{ categories: ['personnel'] }], second: [{ steps: ['发放'] }] }] };
    expect(check([post('staff', [power('personnel', ['考察']), power('other', ['工资发放'])])], {}, settings).map((x) => x.pairId)).toEqual(['hire-and-pay']);
  });
});

describe('collective-decision-missing', () => {
  it('major matters not decided collectively are reported in one finding per post', () => {
    const a = power('other', ['研究'], { majorMatter: true });
    const b = power('other', ['研究'], { majorMatter: true, collectiveDecision: true });
    const c = power('other', ['研究'], { majorMatter: true });
    const f = check([post('staff', [a, b, c])]);
    expect(f.map((x) => [x.code, x.powerIds])).toEqual([['collective-decision-missing', [a.id, c.id]]]);
  });
  it('absent when every major matter is decided collectively', () => {
    expect(codes([post('staff', [power('other', ['研究'], { majorMatter: true, collectiveDecision: true })])])).toEqual([]);
  });
});

describe('rotation-due', () => {
  it('tenure at the limit on a medium or high post', () => {
    const p = post('staff', [], { tenureYears: 5 });
    const f = check([p], { [p.id]: 'medium' });
    expect(f.map((x) => x.code)).toEqual(['rotation-due']);
    expect(f[0]?.message['zh-CN']).toContain('5年');
    expect(f[0]?.message['zh-CN']).toContain('中');
  });
  it('absent below the limit, on low posts, and when the level is unknown', () => {
    const p = post('staff', [], { tenureYears: 4 });
    expect(codes([p], { [p.id]: 'high' })).toEqual([]);
    const q = post('staff', [], { tenureYears: 9 });
    expect(codes([q], { [q.id]: 'low' })).toEqual([]);
    expect(codes([q])).toEqual([]);
  });
  it('follows the configured limit and accepts an assessment', () => {
    const p = post('staff', [], { tenureYears: 3 });
    const doc = { posts: [p] };
    const assessment = {
      posts: new Map([[p.id, { id: p.id, level: 'high' as const, score: 90, residualLevel: 'high' as const, residualScore: 90, explanation: { text: { 'zh-CN': '', 'zh-TW': '', en: '' } } }]]),
    };
    expect(checkPowerConfiguration(doc, assessment, { rotationYears: 3 }).map((f) => f.code)).toEqual(['rotation-due']);
  });
});

describe('audit-due', () => {
  it('five years on a post with a finance, procurement, project or assets power', () => {
    const fin = power('finance', ['记账']);
    const f = check([post('staff', [power('other', ['登记']), fin], { tenureYears: 5 })]);
    expect(f.map((x) => [x.code, x.powerIds])).toEqual([['audit-due', [fin.id]]]);
  });
  it('or with a risk point rated 4+ on fund linkage', () => {
    const w = power('allocation', ['分配'], {
      riskPoints: [{ id: 'rp', description: '', step: '分配', riskCategory: 'process', factors: { fundLinkage: 4 }, priorIncident: false, controls: [] }],
    });
    expect(codes([post('staff', [w], { tenureYears: 6 })])).toEqual(['audit-due']);
  });
  it('absent below five years or without fund linkage', () => {
    expect(codes([post('staff', [power('finance', ['记账'])], { tenureYears: 4 })])).toEqual([]);
    expect(codes([post('staff', [power('approval', ['受理'])], { tenureYears: 10 })])).toEqual([]);
  });
});

describe('order and invariants', () => {
  it('findings come by post in document order, then in code order', () => {
    const p1 = post('principal', [power('procurement', ['招标', '验收'], { majorMatter: true })], { tenureYears: 7 });
    const p2 = post('deputy', [power('procurement', ['招标', '验收'])], { tenureYears: 1 });
    const f = check([p1, p2], { [p1.id]: 'high', [p2.id]: 'high' });
    expect(f.map((x) => [x.postId, x.code])).toEqual([
      [p1.id, 'principal-direct-charge'],
      [p1.id, 'incompatible-powers'],
      [p1.id, 'collective-decision-missing'],
      [p1.id, 'rotation-due'],
      [p1.id, 'audit-due'],
      [p2.id, 'incompatible-powers'],
    ]);
  });

  it('one locale built is that locale of the full build: same findings, same params, the message in that locale only (the catalog built for one locale writes the same bytes)', () => {
    fc.assert(
      fc.property(assessedDocumentArb, fc.constantFrom(...LOCALES), ({ doc, assessment }, only) => {
        const settings = withDefaults({});
        for (const post of doc.posts) {
          const level = assessment.posts.get(post.id)?.level;
          const all = checkPostConfiguration(post, level, doc.assessedOn, settings);
          const one = checkPostConfiguration(post, level, doc.assessedOn, settings, only);
          expect(one.map(({ message: _message, ...rest }) => rest)).toEqual(all.map(({ message: _message, ...rest }) => rest));
          one.forEach((f, i) => {
            for (const l of LOCALES) expect(f.message[l]).toBe(l === only ? all[i]!.message[l] : '');
          });
        }
      }),
      { numRuns: 100 },
    );
  });

  it('on any document: codes are known, ordered by post then code, messages complete, input unchanged', () => {
    fc.assert(
      fc.property(assessedDocumentArb, ({ doc, assessment }) => {
        const before = structuredClone(doc);
        const findings = checkPowerConfiguration(deepFreeze(doc), assessment);
        expect(doc).toEqual(before);
        const postIndex = new Map(doc.posts.map((p, i) => [p.id, i]));
        for (let i = 1; i < findings.length; i++) {
          const a = findings[i - 1]!;
          const b = findings[i]!;
          const byPost = postIndex.get(a.postId)! - postIndex.get(b.postId)!;
          expect(byPost < 0 || (byPost === 0 && FINDING_CODES.indexOf(a.code) <= FINDING_CODES.indexOf(b.code))).toBe(true);
        }
        for (const f of findings) for (const l of LOCALES) expect(f.message[l]).not.toMatch(/\{[a-zA-Z]+\}/);
        expect(checkPowerConfiguration(doc, assessment)).toEqual(findings);
      }),
      { numRuns: 150 },
    );
  });
});

describe('validateFindingSettings', () => {
  it('fills defaults', () => {
    const r = validateFindingSettings({ rotationYears: 3 });
    expect(r.ok && r.value).toEqual({ ...DEFAULT_FINDING_SETTINGS, rotationYears: 3 });
  });
  it('reports problems with paths', () => {
    const r = validateFindingSettings({
      keyAreas: ['finance', 'money'],
      rotationYears: -1,
      rotationLevels: ['urgent'],
      fundLinkageAtLeast: 7,
      incompatiblePairs: [{ id: 'a', first: [{}], second: [] }, { id: 'a', first: [{ steps: [''] }], second: [{ categories: ['finance'], notCollective: 'yes' }] }],
      colour: 'red',
    });
    expect(r.ok).toBe(false);
    expect(r.problems.map((p) => [p.code, p.path])).toEqual([
      ['unknown-field', 'colour'],
      ['unknown-value', 'keyAreas[1]'],
      ['empty-matcher', 'incompatiblePairs[0].first[0]'],
      ['too-few-items', 'incompatiblePairs[0].second'],
      ['duplicate-id', 'incompatiblePairs[1].id'],
      ['empty-string', 'incompatiblePairs[1].first[0].steps[0]'],
      ['wrong-type', 'incompatiblePairs[1].second[0].notCollective'],
      ['out-of-range', 'rotationYears'],
      ['unknown-value', 'rotationLevels[0]'],
      ['out-of-range', 'fundLinkageAtLeast'],
    ]);
    for (const p of r.problems) for (const l of LOCALES) expect(p.message[l].length).toBeGreaterThan(0);
  });
  it('rejects a non-object', () => {
    expect(validateFindingSettings('x').ok).toBe(false);
  });
});
