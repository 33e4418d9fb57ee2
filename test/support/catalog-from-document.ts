/**
 * A minimal catalog built from a document with fixed levels, for renderer tests that need a catalog
 * for an arbitrary document (the CSV round trip). It grades nothing: every risk point is medium with
 * score 50, its controls become in-place measures (merged once per post), and the summary counts
 * are plain tallies.
 */
import type { Catalog, CatalogPost } from '../../src/catalog/types.js';
import type { LevelCounts } from '../../src/scoring/types.js';
import type { LocalizedText } from '../../src/i18n/locale.js';
import type { PostMeasure, SelectedMeasure } from '../../src/measures/types.js';
import type { OrganizationDocument } from '../../src/model/document.js';

const t = (s: string): LocalizedText => ({ 'zh-CN': s, 'zh-TW': s, en: s });
const zero: LevelCounts = { high: 0, medium: 0, low: 0 };

/**
 * Builds the catalog.
 * @param doc - a normalized document
 * @returns a catalog whose posts, powers and risk points mirror the document in order
 */
export function catalogFromDocument(doc: OrganizationDocument): Catalog {
  let powers = 0;
  let riskPoints = 0;
  const posts: CatalogPost[] = doc.posts.map((post) => {
    const catalogPowers = post.powers.map((power) => {
      powers++;
      return {
        ...power,
        riskPoints: power.riskPoints.map((rp) => {
          riskPoints++;
          const measures: SelectedMeasure[] = rp.controls.map((id) => ({
            templateId: id,
            phase: 'during',
            kind: 'institution',
            owner: 'department-head',
            title: t(id),
            text: t(id),
            reviewDays: 90,
            status: 'in-place',
          }));
          return {
            ...rp,
            ownMeasures: rp.ownMeasures ?? [],
            effectiveFactors: { ...post.factors, ...rp.factors },
            level: 'medium' as const,
            score: 50,
            residualLevel: 'medium' as const,
            residualScore: 50,
            explanation: { text: t('fixed') },
            measures,
          };
        }),
      };
    });
    // The post's merged view: each risk point's measure once, with the risk points it serves.
    const merged = new Map<string, PostMeasure & { riskPointIds: string[] }>();
    for (const power of catalogPowers) {
      for (const rp of power.riskPoints) {
        for (const m of rp.measures) {
          const entry = merged.get(m.templateId) ?? { ...m, riskPointIds: [] };
          if (entry.riskPointIds[entry.riskPointIds.length - 1] !== rp.id) entry.riskPointIds.push(rp.id);
          merged.set(m.templateId, entry);
        }
      }
    }
    return {
      ...post,
      powers: catalogPowers,
      level: 'medium',
      score: 50,
      residualLevel: 'medium',
      residualScore: 50,
      explanation: { text: t('fixed') },
      keyPost: false,
      warning: { tier: 'yellow', owner: 'leader-in-charge', reviewCycleDays: 180, signals: [] },
      postMeasures: [],
      measures: [...merged.values()],
      findings: [],
      term: { tenureYears: post.tenureYears, events: [] },
    };
  });
  const departments = [...new Set(doc.posts.map((p) => p.department))];
  const catalog: { -readonly [K in keyof Catalog]: Catalog[K] } = {
    schemaVersion: 2,
    model: { id: 'fixed', method: 'fixed', name: t('fixed') },
    summary: {
      posts: posts.length,
      powers,
      riskPoints,
      postsByLevel: { ...zero, medium: posts.length },
      postsByWarningTier: { red: 0, yellow: posts.length, blue: 0 },
      riskPointsByLevel: { ...zero, medium: riskPoints },
      residualRiskPointsByLevel: { ...zero, medium: riskPoints },
      byDepartment: departments.map((department) => ({ department, posts: zero, riskPoints: zero })),
      byRiskCategory: [],
      byPowerCategory: [],
      keyPosts: [],
      findingsByCode: {},
      heatmap: [0, 1, 2, 3, 4].map(() => [0, 0, 0, 0, 0]),
      unratedForHeatmap: riskPoints,
    },
    posts,
    findings: [],
  };
  if (doc.organization !== undefined) catalog.organization = doc.organization;
  if (doc.assessedOn !== undefined) catalog.assessedOn = doc.assessedOn;
  if (doc.suggestRatings !== undefined) catalog.suggestRatings = doc.suggestRatings;
  return catalog;
}
