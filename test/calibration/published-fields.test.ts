/**
 * The graded document (issue 12): `publishedLevel` and `source` on risk points and posts are known,
 * validated fields, kept through CSV export and import, and ignored by scoring.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildCatalog } from '../../src/catalog/build.js';
import { LEVEL_ALIASES } from '../../src/model/enums.js';
import type { OrganizationDocument } from '../../src/model/document.js';
import { importCsv } from '../../src/read/csv-import.js';
import { renderCsv } from '../../src/render/csv.js';
import { documentJsonSchema, validateDocument } from '../../src/validate/document.js';
import { documentArb } from '../support/arbitraries.js';

const doc = (rp: Record<string, unknown>, post: Record<string, unknown> = {}) => ({
  posts: [
    {
      id: 'p1',
      name: '党委书记',
      department: '党委',
      rank: 'principal',
      tenureYears: 2,
      ...post,
      powers: [
        {
          id: 'w1',
          name: '干部选拔任用',
          category: 'personnel',
          steps: ['动议', '决定'],
          riskPoints: [{ id: 'r1', description: '以个人意见代替集体决定', step: '决定', riskCategory: 'duty', factors: {}, ...rp }],
        },
      ],
    },
  ],
});

describe('publishedLevel and source', () => {
  it('are accepted on risk points and posts, with level labels and the catalogs’ own words turned into ids', () => {
    const checked = validateDocument(doc({ publishedLevel: '一级', source: 'https://example.org/a' }, { publishedLevel: '中', source: '某局一览表' }));
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    expect(checked.problems).toEqual([]);
    const post = checked.value.posts[0]!;
    expect(post.publishedLevel).toBe('medium');
    expect(post.source).toBe('某局一览表');
    expect(post.powers[0]!.riskPoints[0]!.publishedLevel).toBe('high');
    expect(post.powers[0]!.riskPoints[0]!.source).toBe('https://example.org/a');
  });

  it('reads every level word of LEVEL_ALIASES', () => {
    for (const [word, id] of Object.entries(LEVEL_ALIASES)) {
      const checked = validateDocument(doc({ publishedLevel: word }));
      expect(checked.ok && checked.value.posts[0]!.powers[0]!.riskPoints[0]!.publishedLevel).toBe(id);
    }
  });

  it('reports an unknown level with its path', () => {
    const checked = validateDocument(doc({ publishedLevel: '很高' }));
    expect(checked.ok).toBe(false);
    expect(checked.problems.map((p) => p.path)).toContain('posts[0].powers[0].riskPoints[0].publishedLevel');
  });

  it('are in the JSON Schema of the document', () => {
    const text = JSON.stringify(documentJsonSchema());
    expect(text).toContain('"publishedLevel"');
    expect(text).toContain('"source"');
  });

  it('are ignored by scoring (property: adding or removing them changes no level or score)', () => {
    fc.assert(
      fc.property(documentArb, (d) => {
        const stripped: OrganizationDocument = {
          ...d,
          posts: d.posts.map(({ publishedLevel: _l, source: _s, ...post }) => ({
            ...post,
            powers: post.powers.map((w) => ({ ...w, riskPoints: w.riskPoints.map(({ publishedLevel: _a, source: _b, ...rp }) => rp) })),
          })),
        };
        const levels = (x: OrganizationDocument) =>
          buildCatalog(x).posts.map((p) => [p.id, p.level, p.score, p.powers.map((w) => w.riskPoints.map((r) => [r.level, r.score, r.residualLevel]))]);
        expect(levels(d)).toEqual(levels(stripped));
      }),
      { numRuns: 30 },
    );
  });

  it('survive the CSV round trip in every locale (property: import of the export gives them back)', () => {
    fc.assert(
      fc.property(documentArb, fc.constantFrom('zh-CN' as const, 'zh-TW' as const, 'en' as const), (d, locale) => {
        const back = importCsv(renderCsv(buildCatalog(d), { locale }));
        expect(back.ok).toBe(true);
        if (!back.ok) return;
        // The catalog orders posts by department and level: compare in id order.
        const graded = (x: OrganizationDocument) =>
          [...x.posts].sort((a, b) => (a.id < b.id ? -1 : 1)).map((p) => [p.id, p.publishedLevel, p.source, p.powers.map((w) => w.riskPoints.map((r) => [r.id, r.publishedLevel, r.source]))]);
        expect(graded(back.value)).toEqual(graded(d));
      }),
      { numRuns: 30 },
    );
  });
});
