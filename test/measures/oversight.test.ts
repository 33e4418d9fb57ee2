import { describe, expect, it } from 'vitest';
import { OWNER_TIER_LABELS, RANKS, termLabel } from '../../src/model/enums.js';
import { isSelfOversight, responsibleAbove } from '../../src/measures/oversight.js';

describe('who is above a post', () => {
  it('follows the practice: staff → 部门负责人, middle → 分管领导, deputy → 主要领导, principal → 上级纪委/派驻纪检监察组', () => {
    const zh = (r: (typeof RANKS)[number]['id']) => termLabel(OWNER_TIER_LABELS, responsibleAbove(r), 'zh-CN');
    expect(zh('staff')).toBe('部门负责人');
    expect(zh('middle')).toBe('分管领导');
    expect(zh('deputy')).toBe('主要领导');
    expect(zh('principal')).toBe('上级纪委/派驻纪检监察组');
  });

  it('never names the post itself (invariant: nobody supervises himself)', () => {
    for (const { id } of RANKS) {
      expect(isSelfOversight(id, responsibleAbove(id))).toBe(false);
      expect(isSelfOversight(id, 'direct')).toBe(true);
    }
    expect(isSelfOversight('principal', 'principal-leader')).toBe(true);
    expect(isSelfOversight('deputy', 'leader-in-charge')).toBe(true);
  });
});
