/**
 * The one rule of who acts on a post (superiorTier, resolveOwnerTier, actorValues) and the reading
 * of a power's context (powerContext): nobody organises, supervises, talks to or approves himself,
 * and contractor words only where a power deals with contractors.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { actorValues, OWN_TIER, resolveOwnerTier, superiorTier, watchesHolder } from '../../src/measures/actor.js';
import { contextValues, powerContext } from '../../src/measures/context.js';
import { OWNER_TIERS, RANKS } from '../../src/model/enums.js';
import type { Power } from '../../src/model/document.js';

const rankArb = fc.constantFrom(...RANKS.map((r) => r.id));

describe('who is above a post', () => {
  it('staff → 部门负责人, department head → 分管领导, deputy → 主要负责人, principal → 领导班子 and the discipline body above', () => {
    expect(superiorTier('staff')).toBe('department-head');
    expect(superiorTier('middle')).toBe('leader-in-charge');
    expect(superiorTier('deputy')).toBe('principal-leader');
    expect(superiorTier('principal')).toBe('leadership-team');
    expect(watchesHolder('{overseer}每半年与{post}开展一次廉政提醒谈话')).toBe(true);
    expect(watchesHolder('{power}签订合同时同步签订廉洁协议')).toBe(false);
    const principal = actorValues({ rank: 'principal', department: '局领导' });
    expect(principal.superior['zh-CN']).toBe('领导班子');
    expect(principal.overseer['zh-CN']).toBe('上级纪委、派驻纪检监察组');
    expect(actorValues({ rank: 'staff', department: '财务股' }).superior['zh-CN']).toBe('财务股负责人');
    expect(actorValues({ rank: 'deputy', department: '局领导' }).overseer['zh-CN']).toBe('主要负责人');
  });

  it('property: a resolved owner never has the post act on itself (above its own tier, its own duty, the leadership team or the discipline body above)', () => {
    fc.assert(
      fc.property(rankArb, fc.constantFrom(...OWNER_TIERS), fc.boolean(), (rank, tier, watches) => {
        const owner = resolveOwnerTier(tier, rank, watches);
        // The holder's own duty, the leadership team collectively and the body above stay as written.
        if (tier === 'direct' || tier === 'leadership-team' || tier === 'higher-discipline') expect(owner).toBe(tier);
        else if (rank !== 'principal') expect(OWNER_TIERS.indexOf(owner)).toBeGreaterThan(OWNER_TIERS.indexOf(OWN_TIER[rank]));
        // A principal answers to the leadership team for decisions, to the discipline body above for oversight.
        else expect(owner).toBe(tier === 'discipline' || watches ? 'higher-discipline' : 'leadership-team');
      }),
    );
  });

  it('property: the actor words of a post never name the post\'s own role', () => {
    fc.assert(
      fc.property(rankArb, fc.constantFrom('办公室', '财务股', '执法大队'), (rank, department) => {
        const words = Object.values(actorValues({ rank, department })).map((t) => t['zh-CN']);
        if (rank === 'middle' || rank === 'deputy' || rank === 'principal') expect(words).not.toContain(`${department}负责人`);
        if (rank === 'deputy' || rank === 'principal') expect(words).not.toContain('分管领导');
        if (rank === 'principal') expect(words).not.toContain('主要负责人');
      }),
    );
  });
});

describe('the context of a power', () => {
  const power = (name: string, category: Power['category'], steps: string[], descriptions: string[] = []): Power => ({
    id: 'w',
    name,
    category,
    majorMatter: false,
    collectiveDecision: false,
    steps,
    riskPoints: descriptions.map((description, i) => ({ id: `r${i}`, description, step: steps[0]!, riskCategory: 'process', factors: {}, priorIncident: false, controls: [] })),
  });

  it('低保 has applicants and no contractors; a works payment has contractors; a penalty review decides penalties', () => {
    expect(powerContext(power('最低生活保障审核审批', 'approval', ['受理', '入户调查', '审核'])).parties).toEqual(['applicants']);
    expect(powerContext(power('最低生活保障审核审批', 'approval', ['受理', '入户调查', '审核'])).decides).not.toContain('fees');
    expect(powerContext(power('工程款支付审批', 'finance', ['审核', '支付'])).parties).toContain('contractors');
    expect(powerContext(power('行政处罚案件审核', 'enforcement', ['立案', '调查', '处罚决定'])).decides).toContain('penalties');
    expect(powerContext(power('干部选拔任用', 'personnel', ['动议', '民主推荐', '考察', '讨论决定'])).parties).toEqual([]);
  });

  it('negative-list examples are chosen by the kind of power: cadre selection gets cadre-selection examples', () => {
    const cadre = contextValues({ category: 'personnel' }).prohibitions['zh-CN'];
    expect(cadre).toContain('干预人选');
    expect(cadre).not.toContain('供应商');
    expect(contextValues({ category: 'personnel' }).parties['zh-CN']).toBe('服务对象');
  });
});
