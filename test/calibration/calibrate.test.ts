import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { OrganizationDocument, Post, Rating, RiskPoint } from '../../src/model/document.js';
import { compareLevels, FACTOR_IDS, type Level } from '../../src/model/enums.js';
import { CANDIDATE_RULES, calibrate, measureAgreement, type CalibrationMethod } from '../../src/scoring/calibrate.js';
import { DEFAULT_MODEL, MATRIX_5X5_MODEL, UNIVERSITY_COUNT_MODEL } from '../../src/scoring/defaults.js';
import { scorePost, scoreRiskPoint } from '../../src/scoring/engine.js';
import type { Rule, ScoringModel, WeightedModel } from '../../src/scoring/model.js';
import { lintModel, validateModel } from '../../src/scoring/validate-model.js';
import { parseDocument } from '../../src/validate/document.js';
import { documentArb } from '../support/arbitraries.js';
import { CALIBRATION_SET } from './support.js';

const EXAMPLES = ['county-bureau.json', 'oilfield-service-center.json', 'university.json'].map((f) =>
  parseDocument(JSON.parse(readFileSync(fileURLToPath(new URL(`../../examples/${f}`, import.meta.url)), 'utf8'))),
);

/** The documents with every risk point's published level set to what `model` grades it. */
function gradedBy(model: ScoringModel, docs: readonly OrganizationDocument[]): OrganizationDocument[] {
  return docs.map((doc) => ({
    ...doc,
    posts: doc.posts.map((post) => ({
      ...post,
      powers: post.powers.map((power) => ({
        ...power,
        riskPoints: power.riskPoints.map((rp): RiskPoint => ({ ...rp, publishedLevel: scoreRiskPoint(post, power, rp, { model }).level })),
      })),
    })),
  }));
}

const rule = (id: string, level: Level): Rule => ({ ...(CANDIDATE_RULES.find((r) => r.id === id) as Omit<Rule, 'level'>), level });

/** Levels never fall when one rating rises, for risk points and posts (the scoring suite's monotonicity property). */
function assertMonotone(model: ScoringModel, doc: OrganizationDocument): void {
  const opts = { model };
  for (const post of doc.posts) {
    const before = scorePost(post, opts).level;
    for (const [wi, power] of post.powers.entries()) {
      for (const [ri, rp] of power.riskPoints.entries()) {
        const rpBefore = scoreRiskPoint(post, power, rp, opts).level;
        for (const f of FACTOR_IDS) {
          const r = rp.factors[f];
          // An unrated factor has no rating to raise.
          if (r === undefined || r >= 5) continue;
          const rp2: RiskPoint = { ...rp, factors: { ...rp.factors, [f]: (r + 1) as Rating } };
          const power2 = { ...power, riskPoints: power.riskPoints.map((x, k) => (k === ri ? rp2 : x)) };
          const post2: Post = { ...post, powers: post.powers.map((x, k) => (k === wi ? power2 : x)) };
          expect(compareLevels(scoreRiskPoint(post2, power2, rp2, opts).level, rpBefore)).toBeGreaterThanOrEqual(0);
          expect(compareLevels(scorePost(post2, opts).level, before)).toBeGreaterThanOrEqual(0);
        }
      }
    }
  }
}

describe('calibrate', () => {
  const known: Record<CalibrationMethod, ScoringModel> = {
    weighted: {
      ...DEFAULT_MODEL,
      bands: [
        { level: 'low', from: 0, to: 45 },
        { level: 'medium', from: 45, to: 62 },
        { level: 'high', from: 62, to: 100 },
      ],
      rules: [rule('major-matter-not-collective', 'high'), rule('prior-incident', 'high')],
    } as WeightedModel,
    matrix: {
      ...MATRIX_5X5_MODEL,
      grid: MATRIX_5X5_MODEL.grid.map((row, i) => row.map((cell, j) => (i + j >= 6 ? 'high' : cell))),
      rules: [rule('prior-incident', 'high')],
    },
    count: {
      ...UNIVERSITY_COUNT_MODEL,
      bands: [
        { level: 'low', from: 0, to: 1 },
        { level: 'medium', from: 1, to: 3 },
        { level: 'high', from: 3, to: 5 },
      ],
      rules: [rule('prior-incident', 'high')],
    },
  };

  for (const method of ['weighted', 'matrix', 'count'] as const) {
    it(`recovers a known ${method} model: documents graded by it are fitted back to 100% agreement`, () => {
      const graded = gradedBy(known[method], [...EXAMPLES, ...CALIBRATION_SET]);
      const result = calibrate(graded, { method, folds: 3 });
      expect(result.agreement.rate).toBe(1);
      expect(result.disagreements).toEqual([]);
      // The fitted model grades every row as the known model did.
      expect(measureAgreement(graded, result.model).rate).toBe(1);
    });
  }

  it('recovers band cuts and rules of weighted models drawn at random (fixed seed)', () => {
    const ids = CANDIDATE_RULES.map((r) => r.id);
    fc.assert(
      fc.property(fc.integer({ min: 20, max: 50 }), fc.integer({ min: 5, max: 30 }), fc.subarray(ids), (t1, gap, on) => {
        const model: WeightedModel = {
          ...DEFAULT_MODEL,
          bands: [
            { level: 'low', from: 0, to: t1 },
            { level: 'medium', from: t1, to: t1 + gap },
            { level: 'high', from: t1 + gap, to: 100 },
          ],
          rules: on.map((id) => rule(id, 'high')),
        } as WeightedModel;
        const graded = gradedBy(model, EXAMPLES);
        expect(calibrate(graded, { folds: 2 }).agreement.rate).toBe(1);
      }),
      { numRuns: 8, seed: 12 },
    );
  });

  for (const method of ['weighted', 'matrix', 'count'] as const) {
    it(`the fitted ${method} model is a valid model file that passes model lint and keeps levels monotone`, () => {
      const { model } = calibrate(CALIBRATION_SET, { method, folds: 3 });
      const checked = validateModel(JSON.parse(JSON.stringify(model)));
      expect(checked.ok).toBe(true);
      expect(checked.problems.filter((p) => p.severity === 'error')).toEqual([]);
      expect(lintModel(model).filter((p) => p.severity === 'error')).toEqual([]);
      for (const doc of [...CALIBRATION_SET, ...EXAMPLES]) assertMonotone(model, doc);
      fc.assert(
        fc.property(documentArb, (doc) => assertMonotone(model, doc)),
        { numRuns: 40 },
      );
    });
  }

  it('determinism: the same input gives the same result byte for byte, and the input is not changed', () => {
    const before = JSON.stringify(CALIBRATION_SET);
    const a = JSON.stringify(calibrate(CALIBRATION_SET, { folds: 4 }));
    const b = JSON.stringify(calibrate(JSON.parse(before) as OrganizationDocument[], { folds: 4 }));
    expect(a).toBe(b);
    expect(JSON.stringify(CALIBRATION_SET)).toBe(before);
  });

  it('reports a confusion matrix that adds up to the rows, and every disagreement with its explanation', () => {
    const r = calibrate(CALIBRATION_SET);
    const total = r.confusion.flat().reduce((s, x) => s + x, 0);
    expect(total).toBe(r.agreement.total);
    expect(r.confusion[0]![0]! + r.confusion[1]![1]! + r.confusion[2]![2]!).toBe(r.agreement.agreed);
    expect(r.disagreements).toHaveLength(r.agreement.total - r.agreement.agreed);
    for (const d of r.disagreements) {
      expect(d.published).not.toBe(d.fitted);
      for (const text of Object.values(d.explanation)) expect(text.length).toBeGreaterThan(0);
    }
    expect(r.crossValidation?.folds).toBe(5);
    expect(r.crossValidation?.total).toBe(r.agreement.total);
  });

  it('fits the post aggregation when posts carry a published level', () => {
    const model: ScoringModel = { ...DEFAULT_MODEL, aggregation: { method: 'highest', score: 'max' } };
    const docs = EXAMPLES.map((doc) => ({
      ...doc,
      posts: doc.posts.map((post) => ({ ...post, publishedLevel: scorePost(post, { model }).level })),
    }));
    const graded = gradedBy(DEFAULT_MODEL, docs);
    expect(calibrate(graded, { folds: 2 }).posts.rate).toBe(1);
  });

  it('refuses documents without a published level, and a base model of another method', () => {
    expect(() => calibrate(EXAMPLES)).toThrow(RangeError);
    expect(() => calibrate(CALIBRATION_SET, { method: 'matrix', base: DEFAULT_MODEL })).toThrow(RangeError);
  });
});
