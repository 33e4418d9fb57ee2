import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { documentArb } from '../support/arbitraries.js';
import { controlEffectsArb, modelArb } from '../support/model-arbitraries.js';
import type { OrganizationDocument, Post, Rating, RiskPoint } from '../../src/model/document.js';
import { FACTOR_IDS, LEVEL_IDS, compareLevels, type Level } from '../../src/model/enums.js';
import { DEFAULT_MODEL } from '../../src/scoring/defaults.js';
import { factorLabel } from '../../src/model/factors.js';
import { assess, explainPost, explainRiskPoint, scorePost, scoreRiskPoint } from '../../src/scoring/engine.js';
import type { ScoringModel } from '../../src/scoring/model.js';
import type { Assessment, RiskPointScore } from '../../src/scoring/types.js';

const RUNS = { numRuns: 120 };

const modelOrDefaultArb: fc.Arbitrary<ScoringModel> = fc.oneof({ weight: 1, arbitrary: fc.constant(DEFAULT_MODEL) }, { weight: 4, arbitrary: modelArb });

function deepFreeze<T>(x: T): T {
  if (x !== null && typeof x === 'object') {
    for (const v of Object.values(x)) deepFreeze(v);
    Object.freeze(x);
  }
  return x;
}

function plain(a: Assessment): unknown {
  return { riskPoints: [...a.riskPoints.entries()], posts: [...a.posts.entries()] };
}

function allRiskPoints(doc: OrganizationDocument): RiskPoint[] {
  return doc.posts.flatMap((p) => p.powers.flatMap((w) => w.riskPoints));
}

describe('scoring properties', () => {
  it('scores stay within 0-100, inherent and residual, for risk points and posts', () => {
    fc.assert(
      fc.property(documentArb, modelOrDefaultArb, controlEffectsArb, (doc, model, controlEffects) => {
        const a = assess(doc, { model, controlEffects });
        for (const x of [...a.riskPoints.values(), ...a.posts.values()]) {
          for (const s of [x.score, x.residualScore]) {
            expect(s).toBeGreaterThanOrEqual(0);
            expect(s).toBeLessThanOrEqual(100);
            expect(Number.isFinite(s)).toBe(true);
          }
        }
      }),
      RUNS,
    );
  });

  it('monotonicity: raising one rating never lowers any risk point or post level, inherent or residual', () => {
    // Each run tries every rated factor of every risk point and post: a raise only touches that risk
    // point and its post (post ratings reach the post's risk points), so those are what is compared.
    fc.assert(
      fc.property(documentArb, modelOrDefaultArb, controlEffectsArb, (doc, model, controlEffects) => {
        const opts = { model, controlEffects };
        const notLower = (a: { level: Level; residualLevel: Level }, b: { level: Level; residualLevel: Level }): void => {
          expect(compareLevels(b.level, a.level)).toBeGreaterThanOrEqual(0);
          expect(compareLevels(b.residualLevel, a.residualLevel)).toBeGreaterThanOrEqual(0);
        };
        for (const post of doc.posts) {
          const postBefore = scorePost(post, opts);
          const rpBefore = new Map(post.powers.flatMap((w) => w.riskPoints.map((rp) => [rp.id, scoreRiskPoint(post, w, rp, opts)] as const)));
          for (const [wi, power] of post.powers.entries()) {
            for (const [ri, rp] of power.riskPoints.entries()) {
              for (const f of FACTOR_IDS) {
                const r = rp.factors[f];
                if (r === undefined) continue;
                for (const raised of new Set([r + 1, 5].filter((x) => x > r && x <= 5))) {
                  const rp2: RiskPoint = { ...rp, factors: { ...rp.factors, [f]: raised as Rating } };
                  const power2 = { ...power, riskPoints: power.riskPoints.map((x, k) => (k === ri ? rp2 : x)) };
                  const post2: Post = { ...post, powers: post.powers.map((x, k) => (k === wi ? power2 : x)) };
                  notLower(rpBefore.get(rp.id) as RiskPointScore, scoreRiskPoint(post2, power2, rp2, opts));
                  notLower(postBefore, scorePost(post2, opts));
                }
              }
            }
          }
          for (const f of ['importance', 'influence'] as const) {
            const r = post.factors[f];
            if (r === undefined || r === 5) continue;
            const post2: Post = { ...post, factors: { ...post.factors, [f]: (r + 1) as Rating } };
            notLower(postBefore, scorePost(post2, opts));
            for (const power of post2.powers) {
              for (const rp of power.riskPoints) notLower(rpBefore.get(rp.id) as RiskPointScore, scoreRiskPoint(post2, power, rp, opts));
            }
          }
        }
      }),
      RUNS,
    );
  });

  it('determinism: the same input gives the same assessment, and frozen input is not mutated', () => {
    fc.assert(
      fc.property(documentArb, modelOrDefaultArb, controlEffectsArb, (doc, model, controlEffects) => {
        const before = JSON.stringify(doc);
        const frozen = deepFreeze(structuredClone(doc));
        const a = assess(frozen, { model: deepFreeze(structuredClone(model)), controlEffects: deepFreeze(structuredClone(controlEffects)) });
        const b = assess(doc, { model, controlEffects });
        expect(plain(a)).toEqual(plain(b));
        expect(JSON.stringify(doc)).toBe(before);
      }),
      RUNS,
    );
  });

  it('reordering posts, powers or risk points changes no level or score', () => {
    fc.assert(
      fc.property(
        documentArb,
        modelOrDefaultArb,
        controlEffectsArb,
        fc.infiniteStream(fc.double({ min: 0, max: 1, noNaN: true })),
        (doc, model, controlEffects, noise) => {
          const it = noise[Symbol.iterator]();
          const shuffle = <T>(xs: readonly T[]): T[] =>
            xs
              .map((x) => ({ x, k: it.next().value as number }))
              .sort((p, q) => p.k - q.k)
              .map((p) => p.x);
          const shuffled: OrganizationDocument = {
            ...doc,
            posts: shuffle(doc.posts).map((p) => ({
              ...p,
              powers: shuffle(p.powers).map((w) => ({ ...w, riskPoints: shuffle(w.riskPoints) })),
            })),
          };
          const a = assess(doc, { model, controlEffects });
          const b = assess(shuffled, { model, controlEffects });
          for (const [id, x] of a.riskPoints) {
            const y = b.riskPoints.get(id);
            expect([y?.level, y?.score, y?.residualLevel, y?.residualScore]).toEqual([x.level, x.score, x.residualLevel, x.residualScore]);
          }
          for (const [id, x] of a.posts) {
            const y = b.posts.get(id);
            expect([y?.level, y?.score, y?.residualLevel, y?.residualScore]).toEqual([x.level, x.score, x.residualLevel, x.residualScore]);
          }
        },
      ),
      RUNS,
    );
  });

  it('residual is never above inherent, for risk points and posts', () => {
    fc.assert(
      fc.property(documentArb, modelOrDefaultArb, controlEffectsArb, (doc, model, controlEffects) => {
        const a = assess(doc, { model, controlEffects });
        for (const x of [...a.riskPoints.values(), ...a.posts.values()]) {
          expect(compareLevels(x.residualLevel, x.level)).toBeLessThanOrEqual(0);
          expect(x.residualScore).toBeLessThanOrEqual(x.score);
        }
      }),
      RUNS,
    );
  });

  it('residual credit stays with the risk point listing the control or its own measure', () => {
    fc.assert(
      fc.property(documentArb, modelOrDefaultArb, controlEffectsArb, (doc, model, controlEffects) => {
        const a = assess(doc, { model, controlEffects });
        for (const rp of allRiskPoints(doc)) {
          const x = a.riskPoints.get(rp.id);
          if (rp.controls.length === 0 && (rp.ownMeasures ?? []).length === 0) expect([x?.residualLevel, x?.residualScore]).toEqual([x?.level, x?.score]);
        }
      }),
      RUNS,
    );
  });

  it('the per-item functions agree with assess', () => {
    fc.assert(
      fc.property(documentArb, modelOrDefaultArb, controlEffectsArb, (doc, model, controlEffects) => {
        const opts = { model, controlEffects };
        const a = assess(doc, opts);
        for (const post of doc.posts) {
          for (const power of post.powers) {
            for (const rp of power.riskPoints) {
              const { explanation, ...cheap } = a.riskPoints.get(rp.id) ?? ({} as never);
              expect(scoreRiskPoint(post, power, rp, opts)).toEqual(cheap);
              expect(explainRiskPoint(post, power, rp, opts).explanation).toEqual(explanation);
            }
          }
          const { explanation, ...cheap } = a.posts.get(post.id) ?? ({} as never);
          expect(scorePost(post, opts)).toEqual(cheap);
          expect(explainPost(post, opts).explanation).toEqual(explanation);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('explanations: the weighted sentence names the three largest contributions, largest first, ties in factor order', () => {
    fc.assert(
      fc.property(documentArb, (doc) => {
        const a = assess(doc, { model: DEFAULT_MODEL });
        for (const x of a.riskPoints.values()) {
          const d = x.explanation.detail;
          if (d?.kind !== 'risk-point' || d.method.method !== 'weighted' || d.method.fallback) continue;
          const expected = d.factors
            .map((f, i) => ({ f, i }))
            .filter(({ f }) => f.weight > 0 && f.rating !== null && f.contribution > 0)
            .sort((p, q) => q.f.contribution - p.f.contribution || p.i - q.i)
            .slice(0, 3)
            .map(({ f }) => factorLabel(f.factor, 'en'));
          const text = x.explanation.text.en;
          const at = expected.map((label) => text.indexOf(`${label} `));
          for (const k of at) expect(k).toBeGreaterThanOrEqual(0);
          for (let k = 1; k < at.length; k++) expect(at[k]).toBeGreaterThan(at[k - 1] as number);
        }
      }),
      RUNS,
    );
  });

  it('explanations: weighted contributions add up to the score and every locale has text', () => {
    fc.assert(
      fc.property(documentArb, modelOrDefaultArb, (doc, model) => {
        const a = assess(doc, { model });
        for (const x of [...a.riskPoints.values(), ...a.posts.values()]) {
          for (const t of Object.values(x.explanation.text)) expect(t.length).toBeGreaterThan(5);
          const d = x.explanation.detail;
          if (d?.kind === 'risk-point' && d.method.method === 'weighted') {
            const sum = d.factors.reduce((s, f) => s + f.contribution, 0);
            expect(Math.abs(sum - x.score)).toBeLessThan(0.1);
          }
          if (d?.kind === 'risk-point') expect(d.level).toBe(x.level);
        }
      }),
      RUNS,
    );
  });

  it('default model: all ratings 5 make every risk point high and a post high from three of them (medium from one); all ratings 1 with no rule firing give low', () => {
    fc.assert(
      fc.property(documentArb, fc.constantFrom(1, 5) as fc.Arbitrary<Rating>, (doc, r) => {
        const all = Object.fromEntries(FACTOR_IDS.map((f) => [f, r]));
        const changed: OrganizationDocument = {
          ...doc,
          posts: doc.posts.map((p) => ({
            ...p,
            factors: { importance: r, influence: r },
            powers: p.powers.map((w) => ({
              ...w,
              // With 1s, keep every rule quiet: no key-area category, no uncollective major matter, no incident.
              ...(r === 1 ? { category: 'approval' as const, majorMatter: false } : {}),
              riskPoints: w.riskPoints.map((rp) => ({ ...rp, factors: all, ...(r === 1 ? { priorIncident: false } : {}) })),
            })),
          })),
        };
        const a = assess(changed);
        const expected = r === 5 ? 'high' : 'low';
        for (const x of a.riskPoints.values()) {
          expect(x.level).toBe(expected);
          if (r === 1) {
            expect(x.explanation.detail?.kind === 'risk-point' && x.explanation.detail.rules).toEqual([]);
          }
        }
        for (const post of changed.posts) {
          // The default aggregation counts: three high risk points make a high post, one a medium post.
          const points = post.powers.reduce((n, w) => n + w.riskPoints.length, 0);
          const postLevel = r === 1 || points === 0 ? 'low' : points >= 3 ? 'high' : 'medium';
          expect(a.posts.get(post.id)?.level).toBe(postLevel);
        }
      }),
      RUNS,
    );
  });

  it('levels are always one of the three ids', () => {
    fc.assert(
      fc.property(documentArb, modelArb, (doc, model) => {
        const a = assess(doc, { model });
        for (const x of [...a.riskPoints.values(), ...a.posts.values()]) {
          expect(LEVEL_IDS).toContain(x.level);
          expect(LEVEL_IDS).toContain(x.residualLevel);
        }
      }),
      RUNS,
    );
  });
});
