import { describe, expect, it } from 'vitest';
import type { Factors, Post, Power, RiskPoint } from '../../src/model/document.js';
import { MATRIX_5X5_MODEL, UNIVERSITY_COUNT_MODEL } from '../../src/scoring/defaults.js';
import { assess, explainPost, explainRiskPoint, scoreRiskPoint } from '../../src/scoring/engine.js';
import type { ScoringModel } from '../../src/scoring/model.js';
import { HAND_MODEL } from '../support/hand-model.js';
import { parseModel } from '../../src/scoring/validate-model.js';
import type { RiskPointExplanationDetail, PostExplanationDetail } from '../../src/scoring/types.js';

function rp(id: string, factors: Factors, extra: Partial<RiskPoint> = {}): RiskPoint {
  return { id, description: '虚报工作量', step: '审查', riskCategory: 'process', factors, priorIncident: false, controls: [], ...extra };
}
function power(riskPoints: RiskPoint[], extra: Partial<Power> = {}): Power {
  return { id: 'pw', name: '工作量签认', category: 'approval', majorMatter: false, collectiveDecision: false, steps: ['审查'], riskPoints, ...extra };
}
function post(powers: Power[], extra: Partial<Post> = {}): Post {
  return { id: 'post', name: '生产运行科科长', department: '生产运行科', rank: 'middle', tenureYears: 3, factors: {}, powers, ...extra };
}
function rpDetail(x: { explanation: { detail?: unknown } }): RiskPointExplanationDetail {
  return x.explanation.detail as RiskPointExplanationDetail;
}

describe('weighted (the hand-worked model), worked by hand', () => {
  // Σ w(r−1) = 3·4 + 3·3 + 2·2 + 2·2 + 2·3 + 2·2 + 1·1 + 1·3 + 1·2 = 45; Σ w = 17;
  // score = 100 × 45 / (4 × 17) = 66.18 → 66.2, in the high band (65-100).
  const factors: Factors = { fundLinkage: 5, discretion: 4, externalContact: 3, likelihood: 3, harm: 4, monitoringDifficulty: 3, opacity: 2 };
  const point = rp('r1', factors);
  const pw = power([point]);
  const ps = post([pw], { factors: { importance: 4, influence: 3 } });

  it('scores 66.2, high, with importance and influence inherited from the post', () => {
    const a = explainRiskPoint(ps, pw, point, { model: HAND_MODEL });
    expect(a.score).toBe(66.2);
    expect(a.level).toBe('high');
    expect(a.effectiveFactors).toEqual({ ...factors, importance: 4, influence: 3 });
    const d = rpDetail(a);
    expect(d.method).toMatchObject({ method: 'weighted', totalWeight: 17, weightedMean: 3.647059, band: { level: 'high', from: 65, to: 100 } });
    expect(d.factors.find((f) => f.factor === 'importance')).toMatchObject({ rating: 4, source: 'post', weight: 1 });
    expect(d.factors.find((f) => f.factor === 'fundLinkage')).toMatchObject({ rating: 5, source: 'risk-point', weight: 3, contribution: 17.6471 });
    expect(d.missing.assumed).toEqual([]);
    expect(d.rules).toEqual([]);
    expect(a.explanation.text['zh-CN']).toContain('高风险（66.2分）');
    expect(a.explanation.text['zh-CN']).toContain('资金关联程度5分（权重3，贡献17.6分）');
    expect(a.explanation.text.en).toContain('in the high band (65–100)');
  });

  it('rules raise the level in order and say so: key area, then a major matter without collective decision', () => {
    const low = rp('r2', { fundLinkage: 1, discretion: 1, externalContact: 1, likelihood: 1, harm: 1, monitoringDifficulty: 1, opacity: 1, importance: 1, influence: 1 });
    const pw2 = power([low], { category: 'finance', majorMatter: true, collectiveDecision: false });
    const a = explainRiskPoint(post([pw2]), pw2, low, { model: HAND_MODEL });
    expect(a.score).toBe(0);
    expect(a.level).toBe('high');
    expect(rpDetail(a).rules.map((r) => [r.id, r.before, r.after])).toEqual([
      ['key-area-floor', 'low', 'medium'],
      ['major-matter-not-collective', 'medium', 'high'],
    ]);
    expect(a.explanation.text['zh-CN']).toContain('故等级由低风险提高为中风险');
    const collective = { ...pw2, collectiveDecision: true };
    expect(scoreRiskPoint(post([collective]), collective, low, { model: HAND_MODEL }).level).toBe('medium');
  });

  it('a prior incident forces high', () => {
    const p = rp('r3', { fundLinkage: 1 }, { priorIncident: true });
    const pw3 = power([p]);
    const a = explainRiskPoint(post([pw3]), pw3, p, { model: HAND_MODEL });
    expect(a.level).toBe('high');
    expect(rpDetail(a).rules.map((r) => r.id)).toEqual(['prior-incident']);
  });

  it('missing ratings are assumed 3 by default and named in the explanation', () => {
    // Only fundLinkage rated 5: Σ w(r−1) = 3·4 + 14·2 = 40 → 100 × 40 / 68 = 58.8, medium.
    const p = rp('r4', { fundLinkage: 5 });
    const pw4 = power([p]);
    const a = explainRiskPoint(post([pw4]), pw4, p, { model: HAND_MODEL });
    expect(a.score).toBe(58.8);
    expect(a.level).toBe('medium');
    expect(a.effectiveFactors).toEqual({ fundLinkage: 5 });
    expect(rpDetail(a).missing.assumed).toHaveLength(8);
    expect(a.explanation.text.en).toContain('not rated, counted as 3');
  });

  it('the exclude policy leaves missing ratings out, and falls back to the stated rating when nothing is rated', () => {
    const model = parseModel({ ...HAND_MODEL, missing: { policy: 'exclude', rating: 3 } });
    const p = rp('r5', { fundLinkage: 5 });
    const pw5 = power([p]);
    const a = explainRiskPoint(post([pw5]), pw5, p, { model });
    expect(a.score).toBe(100);
    expect(rpDetail(a).missing.excluded).toHaveLength(8);
    expect(rpDetail(a).factors.find((f) => f.factor === 'harm')).toMatchObject({ rating: null, source: 'missing' });
    const none = rp('r6', {});
    const pw6 = power([none]);
    const b = explainRiskPoint(post([pw6]), pw6, none, { model });
    expect(b.score).toBe(50);
    expect(rpDetail(b).method).toMatchObject({ fallback: true });
    expect(b.explanation.text.en).toContain('No weighted factor is rated, so each counts as 3');
  });
});

describe('matrix (5×5), worked by hand', () => {
  // Likelihood side: (2·4 + 3 + 2 + 3 + 2) / 6 = 3 → band 3 of 5 (2.6-3.4);
  // impact side: (2·5 + 4 + 4 + 3) / 5 = 4.2 → band 5 of 5 (4.2-5); grid[2][4] = high;
  // score = 100 × (3 × 4.2 − 1) / 24 = 48.3.
  it('averages each side, bands them and looks up the grid', () => {
    const p = rp('m1', { likelihood: 4, discretion: 3, opacity: 2, monitoringDifficulty: 3, externalContact: 2, harm: 5, fundLinkage: 4, importance: 4, influence: 3 });
    const pw = power([p]);
    const a = explainRiskPoint(post([pw]), pw, p, { model: MATRIX_5X5_MODEL });
    expect(a.level).toBe('high');
    expect(a.score).toBe(48.3);
    expect(rpDetail(a).method).toMatchObject({
      method: 'matrix',
      likelihood: { average: 3, band: 2, bands: 5 },
      impact: { average: 4.2, band: 4, bands: 5 },
      cell: [2, 4],
    });
    expect(rpDetail(a).factors.find((f) => f.factor === 'harm')).toMatchObject({ side: 'impact', weight: 2, contribution: 2 });
    expect(a.explanation.text['zh-CN']).toContain('可能性一侧平均3（第3档，共5档）');
  });

  it('low on both sides is low', () => {
    const p = rp('m2', { likelihood: 1, discretion: 2, opacity: 1, monitoringDifficulty: 1, externalContact: 1, harm: 2, fundLinkage: 1, importance: 1, influence: 1 });
    const pw = power([p]);
    expect(scoreRiskPoint(post([pw]), pw, p, { model: MATRIX_5X5_MODEL })).toMatchObject({ level: 'low' });
  });
});

describe('count (university model), worked by hand', () => {
  const base: Factors = { fundLinkage: 1, discretion: 1, externalContact: 1, monitoringDifficulty: 1, opacity: 1 };
  const cases: [string, Factors, Partial<Power>, boolean, string, number][] = [
    ['none met', base, {}, false, 'low', 0],
    ['one met: low', { ...base, fundLinkage: 4 }, {}, false, 'low', 20],
    ['two met: medium', { ...base, fundLinkage: 4, externalContact: 5 }, {}, false, 'medium', 40],
    ['three met: high', { ...base, fundLinkage: 4, externalContact: 5 }, { majorMatter: true }, false, 'high', 60],
    ['opacity alone meets the "opaque or hard to monitor" criterion', { ...base, fundLinkage: 5, opacity: 4 }, {}, false, 'medium', 40],
    ['a prior incident forces high', { ...base, fundLinkage: 4 }, {}, true, 'high', 20],
  ];
  for (const [name, factors, pw, prior, level, score] of cases) {
    it(name, () => {
      const p = rp('c', factors, { priorIncident: prior });
      const w = power([p], pw);
      const a = explainRiskPoint(post([w]), w, p, { model: UNIVERSITY_COUNT_MODEL });
      expect([a.level, a.score]).toEqual([level, score]);
      const d = rpDetail(a);
      expect(d.method.method === 'count' && d.method.met).toBe(score / 20);
    });
  }

  it('names the criteria met', () => {
    const p = rp('c', { ...base, fundLinkage: 4, externalContact: 5 });
    const w = power([p]);
    const a = explainRiskPoint(post([w]), w, p, { model: UNIVERSITY_COUNT_MODEL });
    expect(a.explanation.text['zh-CN']).toContain('满足2项判定条件（共5项）：直接经手资金或物资、对外业务往来频繁');
    expect(a.explanation.text['zh-TW']).toContain('滿足2項判定條件');
  });
});

describe('posts', () => {
  const medium = rp('a', { fundLinkage: 3, discretion: 3 });
  const low = rp('b', { fundLinkage: 1, discretion: 1, externalContact: 1, likelihood: 1, harm: 1, monitoringDifficulty: 1, opacity: 1, importance: 1, influence: 1 });

  it('default: the highest risk-point level and score', () => {
    const p = post([power([medium, low])]);
    const a = explainPost(p, { model: HAND_MODEL });
    expect([a.level, a.score]).toEqual(['medium', 50]);
    expect((a.explanation.detail as PostExplanationDetail).decisive).toEqual(['a']);
    expect(a.explanation.text.en).toContain('The post takes the highest level of its risk points');
  });

  it('a post without risk points is low with score 0', () => {
    const a = explainPost(post([]), { model: HAND_MODEL });
    expect([a.level, a.score, a.residualLevel, a.residualScore]).toEqual(['low', 0, 'low', 0]);
    expect(a.explanation.text['zh-CN']).toBe('该岗位没有风险点，定为低风险（0分）。');
  });

  it('count aggregation: three medium risk points make the post high; mean score', () => {
    const model: ScoringModel = parseModel({
      ...HAND_MODEL,
      aggregation: {
        method: 'count',
        score: 'mean',
        rules: [
          { level: 'high', atLeast: 1, of: 'high' },
          { level: 'high', atLeast: 3, of: 'medium' },
          { level: 'medium', atLeast: 1, of: 'medium' },
        ],
      },
    });
    const three = post([power([medium, { ...medium, id: 'a2' }, { ...medium, id: 'a3' }, low])]);
    const a = explainPost(three, { model });
    expect(a.level).toBe('high');
    expect(a.score).toBe(37.5); // (50 + 50 + 50 + 0) / 4
    expect((a.explanation.detail as PostExplanationDetail).rulesHeld).toHaveLength(2);
    const two = post([power([medium, { ...medium, id: 'a2' }, low])]);
    expect(explainPost(two, { model }).level).toBe('medium');
  });
});

describe('residual risk', () => {
  const effects = { 'platform-trace': { opacity: 2, monitoringDifficulty: 2 }, 'separation-of-duties': { discretion: 2 } };
  const all4: Factors = { fundLinkage: 4, discretion: 4, externalContact: 4, likelihood: 4, harm: 4, monitoringDifficulty: 4, opacity: 4, importance: 4, influence: 4 };

  it('lowers the listed factors, sums several controls, never below 1, and credits only the listing risk point', () => {
    const withControls = rp('x', all4, { controls: ['platform-trace', 'separation-of-duties', 'platform-trace', 'unknown-measure'] });
    const without = rp('y', all4);
    const w = power([withControls, without]);
    const p = post([w]);
    const a = assess({ posts: [p] }, { model: HAND_MODEL, controlEffects: effects });
    const x = a.riskPoints.get('x');
    // Σ w(r−1) drops by 1·2 (opacity) + 2·2 (monitoring) + 3·2 (discretion) = 12: (51 − 12) × 100 / 68 = 57.4.
    expect([x?.level, x?.score, x?.residualLevel, x?.residualScore]).toEqual(['high', 75, 'medium', 57.4]);
    const d = rpDetail(x as never).residual;
    expect(d.controls).toEqual([
      { id: 'platform-trace', known: true },
      { id: 'separation-of-duties', known: true },
      { id: 'unknown-measure', known: false },
    ]);
    expect(d.reductions).toEqual([
      { factor: 'discretion', from: 4, to: 2 },
      { factor: 'opacity', from: 4, to: 2 },
      { factor: 'monitoringDifficulty', from: 4, to: 2 },
    ]);
    expect(x?.explanation.text.en).toContain('the residual risk is medium (57.4)');
    const y = a.riskPoints.get('y');
    expect([y?.residualLevel, y?.residualScore]).toEqual(['high', 75]);
    // The post keeps the high of the uncontrolled risk point.
    expect(a.posts.get('post')?.residualLevel).toBe('high');
    const big = rp('z', all4, { controls: ['platform-trace'] });
    const wz = power([big]);
    const z = scoreRiskPoint(post([wz]), wz, big, { model: HAND_MODEL, controlEffects: { 'platform-trace': { opacity: 10 } } });
    expect(z.residualScore).toBe(70.6); // opacity stops at 1: 75 − 1·3·100/68
  });

  it('rules bind the residual unless they apply to the inherent level only', () => {
    const incident = rp('i', all4, { priorIncident: true, controls: ['platform-trace', 'separation-of-duties'] });
    const w = power([incident]);
    expect(scoreRiskPoint(post([w]), w, incident, { model: HAND_MODEL, controlEffects: effects }).residualLevel).toBe('high');
    const model = parseModel({
      ...HAND_MODEL,
      rules: HAND_MODEL.rules.map((r) => (r.id === 'prior-incident' ? { ...r, appliesTo: 'inherent' } : r)),
    });
    const a = explainRiskPoint(post([w]), w, incident, { model, controlEffects: effects });
    expect([a.level, a.residualLevel]).toEqual(['high', 'medium']);
    expect(rpDetail(a).residual.skippedRules).toEqual(['prior-incident']);
  });

  it('accepts control effects as a map, as the template library gives them', () => {
    const p = rp('m', all4, { controls: ['platform-trace', 'separation-of-duties'] });
    const w = power([p]);
    const fromMap = scoreRiskPoint(post([w]), w, p, { model: HAND_MODEL, controlEffects: new Map(Object.entries(effects)) });
    expect(fromMap).toEqual(scoreRiskPoint(post([w]), w, p, { model: HAND_MODEL, controlEffects: effects }));
    expect(fromMap.residualScore).toBe(57.4);
  });

  it('controls without a stated effect leave the residual equal to the inherent risk and say so', () => {
    const p = rp('n', all4, { controls: ['reporting-mailbox'] });
    const w = power([p]);
    const a = explainRiskPoint(post([w]), w, p, { model: HAND_MODEL, controlEffects: effects });
    expect([a.residualLevel, a.residualScore]).toEqual([a.level, a.score]);
    expect(a.explanation.text['zh-CN']).toContain('所列措施未说明降低哪些因素');
  });

  it('a cap that applies to the inherent level only cannot push the residual above the inherent', () => {
    const model = parseModel({
      ...HAND_MODEL,
      rules: [{ id: 'cap', when: { categoryIn: ['approval'] }, effect: 'maximum', level: 'low', appliesTo: 'inherent' }],
    });
    const p = rp('c', all4, { controls: ['platform-trace'] });
    const w = power([p]);
    const a = explainRiskPoint(post([w]), w, p, { model, controlEffects: effects });
    expect([a.level, a.residualLevel]).toEqual(['low', 'low']);
    expect(rpDetail(a).residual.clamped).toBe(true);
  });
});
