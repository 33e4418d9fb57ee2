import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { documentArb } from '../support/arbitraries.js';
import { modelArb } from '../support/model-arbitraries.js';
import type { Factors, Post, Power, Rating, RiskPoint } from '../../src/model/document.js';
import { FACTOR_IDS, compareLevels } from '../../src/model/enums.js';
import { HAND_MODEL } from '../support/hand-model.js';
import { DEFAULT_MODEL, UNIVERSITY_COUNT_MODEL } from '../../src/scoring/defaults.js';
import { scorePost, scoreRiskPoint } from '../../src/scoring/engine.js';
import { whatIf, whatIfPost } from '../../src/scoring/whatif.js';

function rp(id: string, factors: Factors): RiskPoint {
  return { id, description: 'd', step: 's', riskCategory: 'duty', factors, priorIncident: false, controls: [] };
}
function power(riskPoints: RiskPoint[]): Power {
  return { id: 'w', name: 'n', category: 'other', majorMatter: false, collectiveDecision: false, steps: ['s'], riskPoints };
}
function post(powers: Power[], factors: Post['factors'] = {}): Post {
  return { id: 'p', name: 'n', department: 'd', rank: 'staff', tenureYears: 1, factors, powers };
}
const all = (r: Rating): Factors => Object.fromEntries(FACTOR_IDS.map((f) => [f, r]));

describe('what-if, worked by hand (the hand-worked model)', () => {
  it('all ratings 3 (score 50, medium): no single factor moves it either way', () => {
    // The heaviest factor (weight 3 of 17) moves the score by at most 2 × 3 × 25 / 17 = 8.8.
    const p = rp('r', all(3));
    const w = power([p]);
    const x = whatIf(post([w]), w, p, { model: HAND_MODEL });
    expect([x.level, x.up, x.down]).toEqual(['medium', null, null]);
    expect(x.text['zh-CN']).toBe('单项因素的调整无法使等级升高；单项因素的调整无法使等级降低。');
    expect(x.text.en).toBe('No change of a single factor raises the level; no change of a single factor lowers the level.');
  });

  it('just above the high threshold: one step down on fund linkage (first in table order) makes it medium', () => {
    // Σ w(r−1) = 3·4 + 3·4 + 11·2 = 46 → 67.6 high; fundLinkage 5→4 gives 43 → 63.2 medium.
    const p = rp('r', { ...all(3), fundLinkage: 5, discretion: 5 });
    const w = power([p]);
    const x = whatIf(post([w]), w, p, { model: HAND_MODEL });
    expect(x.level).toBe('high');
    expect(x.up).toBeNull();
    expect(x.down).toEqual({ factor: 'fundLinkage', from: 5, to: 4, level: 'medium' });
    expect(x.text['zh-CN']).toBe('单项因素的调整无法使等级升高；若资金关联程度由5分调为4分，等级将降为中风险。');
  });

  it('count model: one more criterion met raises the level', () => {
    const p = rp('r', { fundLinkage: 4, discretion: 2, externalContact: 2, monitoringDifficulty: 1, opacity: 1 });
    const w = power([p]);
    const x = whatIf(post([w]), w, p, { model: UNIVERSITY_COUNT_MODEL });
    expect(x.level).toBe('low');
    expect(x.up).toEqual({ factor: 'discretion', from: 2, to: 4, level: 'medium' });
    expect(x.down).toBeNull();
  });

  it('post: the change may sit on a risk point or on the post\'s own rating', () => {
    const a = rp('a', { ...all(3), fundLinkage: 5, discretion: 5 });
    const b = rp('b', all(1));
    const w = power([a, b]);
    const x = whatIfPost(post([w]), { model: HAND_MODEL });
    expect(x.level).toBe('high');
    expect(x.down).toEqual({ riskPointId: 'a', factor: 'fundLinkage', from: 5, to: 4, level: 'medium' });
    expect(x.text['zh-TW']).toContain('若風險點a的資金關聯程度由5分調為4分，等級將降為中風險');
    // `c` inherits importance 1 from the post; it is already high, so there is no way up.
    const c = rp('c', { fundLinkage: 5, discretion: 5, externalContact: 4, likelihood: 4, harm: 4, monitoringDifficulty: 4, opacity: 3, influence: 3 });
    const wc = power([c]);
    const y = whatIfPost(post([wc], { importance: 1 }), { model: HAND_MODEL });
    expect(y.level).toBe('high');
    expect(y.up).toBeNull();
    expect(y.down).toMatchObject({ riskPointId: 'c', factor: 'fundLinkage' });
    const z = whatIfPost(post([power([])]), { model: HAND_MODEL });
    expect([z.level, z.up, z.down]).toEqual(['low', null, null]);
  });
});

describe('what-if properties', () => {
  it('what-if gives the smallest single-factor change, and applying it moves the level as stated', () => {
    fc.assert(
      fc.property(documentArb, fc.oneof(fc.constant(DEFAULT_MODEL), modelArb), (doc, model) => {
        for (const ps of doc.posts) {
          for (const w of ps.powers) {
            for (const p of w.riskPoints) {
              const x = whatIf(ps, w, p, { model });
              const base = scoreRiskPoint(ps, w, p, { model }).level;
              expect(x.level).toBe(base);
              // Brute force over every factor with a rating in use and every other whole rating.
              let bestUp = Infinity;
              let bestDown = Infinity;
              const eff = scoreRiskPoint(ps, w, p, { model }).effectiveFactors;
              for (const f of FACTOR_IDS) {
                const from = eff[f] ?? (model.missing.policy === 'assume' ? model.missing.rating : undefined);
                if (from === undefined) continue;
                for (let t = 1; t <= 5; t++) {
                  const q = { ...p, factors: { ...p.factors, [f]: t as Rating } };
                  const l = scoreRiskPoint(ps, w, q, { model }).level;
                  if (compareLevels(l, base) > 0 && t > from) bestUp = Math.min(bestUp, t - from);
                  if (compareLevels(l, base) < 0 && t < from) bestDown = Math.min(bestDown, from - t);
                }
              }
              expect(x.up === null ? Infinity : x.up.to - x.up.from).toBe(bestUp);
              expect(x.down === null ? Infinity : x.down.from - x.down.to).toBe(bestDown);
              if (x.up !== null) {
                const q = { ...p, factors: { ...p.factors, [x.up.factor]: x.up.to } };
                expect(scoreRiskPoint(ps, w, q, { model }).level).toBe(x.up.level);
              }
            }
          }
          const px = whatIfPost(ps, { model });
          expect(px.level).toBe(scorePost(ps, { model }).level);
          for (const c of [px.up, px.down]) {
            if (c === null) continue;
            const changed: Post =
              c.riskPointId === null
                ? { ...ps, factors: { ...ps.factors, [c.factor]: c.to } }
                : {
                    ...ps,
                    powers: ps.powers.map((w) => ({
                      ...w,
                      riskPoints: w.riskPoints.map((r) => (r.id === c.riskPointId ? { ...r, factors: { ...r.factors, [c.factor]: c.to } } : r)),
                    })),
                  };
            expect(scorePost(changed, { model }).level).toBe(c.level);
          }
        }
      }),
      { numRuns: 60 },
    );
  });
});
