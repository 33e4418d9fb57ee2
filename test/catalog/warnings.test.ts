/**
 * Early warning as the practice describes it (issue 12): every row of WARNING_TIER_TABLE, the
 * signals that raise a tier, and the owner: the tier above the post, never the post warned.
 */
import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../src/catalog/build.js';
import type { WarningSignal } from '../../src/catalog/types.js';
import { DEFAULT_WARNING_SETTINGS, earlyWarning, WARNING_SIGNALS, WARNING_TIER_TABLE, warningTier } from '../../src/catalog/warnings.js';
import { LEVEL_IDS, RANKS } from '../../src/model/enums.js';
import { isSelfOversight } from '../../src/measures/oversight.js';
import { parseDocument } from '../../src/validate/document.js';

describe('warning tiers', () => {
  const rows: [string, 0 | 1 | 2, string][] = [
    ['high', 0, 'red'],
    ['high', 1, 'red'],
    ['high', 2, 'red'],
    ['medium', 0, 'yellow'],
    ['medium', 1, 'red'],
    ['medium', 2, 'red'],
    ['low', 0, 'blue'],
    ['low', 1, 'yellow'],
    ['low', 2, 'red'],
  ];
  for (const [level, n, tier] of rows) {
    it(`${level} with ${n === 2 ? 'two or more' : n} aggravating signal(s) is ${tier}`, () => {
      expect(WARNING_TIER_TABLE[level as 'high'][n]).toBe(tier);
      const signals = WARNING_SIGNALS.slice(0, n === 2 ? 3 : n);
      expect(warningTier(level as 'high', signals)).toBe(tier);
      expect(earlyWarning(level as 'high', undefined, DEFAULT_WARNING_SETTINGS, 'staff', signals).tier).toBe(tier);
    });
  }

  it('a signal repeated counts once; signals are reported in table order', () => {
    expect(warningTier('low', ['findings', 'findings'])).toBe('yellow');
    expect(earlyWarning('low', undefined, DEFAULT_WARNING_SETTINGS, 'staff', ['level-rose', 'prior-incident']).signals).toEqual(['prior-incident', 'level-rose']);
  });

  it('the review cycle follows the tier: a medium post raised to red is reviewed every 90 days', () => {
    expect(earlyWarning('medium', '2026-01-01', DEFAULT_WARNING_SETTINGS, 'middle', ['findings']).reviewCycleDays).toBe(90);
  });
});

describe('who owns a warning', () => {
  it('principal → 上级纪委/派驻纪检监察组; deputy → 主要领导; middle → 分管领导; staff → 部门负责人', () => {
    const owner = (rank: (typeof RANKS)[number]['id']) => earlyWarning('high', undefined, DEFAULT_WARNING_SETTINGS, rank).owner;
    expect(owner('principal')).toBe('higher-discipline');
    expect(owner('deputy')).toBe('principal-leader');
    expect(owner('middle')).toBe('leader-in-charge');
    expect(owner('staff')).toBe('department-head');
  });

  it('never the post warned, even when settings assign the level to that tier (invariant, every rank and level)', () => {
    const settings = { ...DEFAULT_WARNING_SETTINGS, owner: { high: 'principal-leader', medium: 'leader-in-charge', low: 'department-head' } } as const;
    for (const { id: rank } of RANKS) {
      for (const level of LEVEL_IDS) {
        const w = earlyWarning(level, undefined, settings, rank);
        expect(isSelfOversight(rank, w.owner)).toBe(false);
      }
    }
    // A tier above the post that a unit chooses is kept.
    expect(earlyWarning('high', undefined, settings, 'staff').owner).toBe('principal-leader');
  });
});

describe('signals in a catalog', () => {
  const doc = parseDocument({
    posts: [
      {
        id: 'p',
        name: '出纳',
        department: '财务股',
        rank: 'staff',
        tenureYears: 2,
        powers: [
          {
            id: 'w',
            name: '现金收付',
            category: 'finance',
            steps: ['收付'],
            riskPoints: [{ id: 'r', description: '挪用现金', step: '收付', riskCategory: 'duty', factors: { fundLinkage: 2, discretion: 1, externalContact: 1, opacity: 2, likelihood: 1, harm: 2, monitoringDifficulty: 1, importance: 2, influence: 1 }, priorIncident: false }],
          },
        ],
      },
    ],
  });

  it('a low post is blue; a level that rose since the last cycle makes it yellow; a prior incident adds one more', () => {
    const plain = buildCatalog(doc).posts[0]!;
    expect(plain.level).toBe('low');
    expect(plain.warning.tier).toBe('blue');
    const rose = buildCatalog(doc, { lastCycleLevels: { p: 'low' } }).posts[0]!;
    expect(rose.warning.signals).toEqual([]);
    const withIncident = parseDocument({
      ...doc,
      posts: [{ ...doc.posts[0]!, powers: [{ ...doc.posts[0]!.powers[0]!, riskPoints: [{ ...doc.posts[0]!.powers[0]!.riskPoints[0]!, priorIncident: true }] }] }],
    });
    const c = buildCatalog(withIncident, { lastCycleLevels: { p: 'low' } });
    const post = c.posts[0]!;
    // The incident makes the risk point high, so the post medium (one high point), up from low:
    // two signals on a medium post give red, owned by the staff post's head of department.
    expect(post.level).toBe('medium');
    expect(post.warning.signals).toEqual(['prior-incident', 'level-rose'] satisfies WarningSignal[]);
    expect(post.warning.tier).toBe('red');
    expect(post.warning.owner).toBe('department-head');
    expect(c.summary.postsByWarningTier).toEqual({ red: 1, yellow: 0, blue: 0 });
  });
});
