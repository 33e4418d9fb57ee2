/** Helpers of the measures and findings tests. */
import fc from 'fast-check';
import type { OrganizationDocument } from '../../src/model/document.js';
import { LEVEL_IDS, type Level } from '../../src/model/enums.js';
import type { Assessment, RiskPointAssessment } from '../../src/scoring/types.js';
import { documentArb } from '../support/arbitraries.js';

/** Freezes a value and everything it holds, so a test fails if the code under test mutates it. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value as object)) deepFreeze(v);
  }
  return value;
}

/** A level. */
export const levelArb: fc.Arbitrary<Level> = fc.constantFrom(...LEVEL_IDS);

/** A document with an arbitrary level for each risk point and post (the risk point's factors as effective factors). */
export const assessedDocumentArb: fc.Arbitrary<{ doc: OrganizationDocument; assessment: Assessment }> = documentArb.chain((doc) => {
  const rps = doc.posts.flatMap((p) => p.powers.flatMap((w) => w.riskPoints.map((r) => ({ post: p, rp: r }))));
  return fc
    .tuple(fc.array(levelArb, { minLength: rps.length, maxLength: rps.length }), fc.array(levelArb, { minLength: doc.posts.length, maxLength: doc.posts.length }))
    .map(([rpLevels, postLevels]) => {
      const riskPoints = new Map<string, RiskPointAssessment>();
      rps.forEach(({ post, rp }, i) => {
        const level = rpLevels[i] ?? 'low';
        riskPoints.set(rp.id, {
          id: rp.id,
          effectiveFactors: { ...post.factors, ...rp.factors },
          level,
          score: 0,
          residualLevel: level,
          residualScore: 0,
          explanation: { text: { 'zh-CN': '', 'zh-TW': '', en: '' } },
        });
      });
      const posts = new Map(
        doc.posts.map((p, i) => {
          const level = postLevels[i] ?? 'low';
          return [p.id, { id: p.id, level, score: 0, residualLevel: level, residualScore: 0, explanation: { text: { 'zh-CN': '', 'zh-TW': '', en: '' } } }] as const;
        }),
      );
      return { doc, assessment: { riskPoints, posts } };
    });
});
