import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildCatalog } from '../../src/catalog/build.js';
import { factorLabel } from '../../src/model/factors.js';
import { describeSuggestions, SUGGESTION_KEY_AREAS, SUGGESTION_LEXICON, suggestDocumentRatings, suggestRatings } from '../../src/factors/suggest.js';
import type { OrganizationDocument, Post, Power, RiskPoint } from '../../src/model/document.js';
import { FACTOR_IDS } from '../../src/model/enums.js';
import { renderCsv } from '../../src/render/csv.js';
import { parseDocument } from '../../src/validate/document.js';
import { documentArb } from '../support/arbitraries.js';

const rp = (description: string, step = '办理', over: Partial<RiskPoint> = {}): RiskPoint => ({
  id: 'r',
  description,
  step,
  riskCategory: 'process',
  factors: {},
  priorIncident: false,
  controls: [],
  ...over,
});
const power = (name = '日常事务', over: Partial<Power> = {}): Power => ({
  id: 'w',
  name,
  category: 'other',
  majorMatter: false,
  collectiveDecision: false,
  steps: ['办理'],
  riskPoints: [],
  ...over,
});
const post = (rank: Post['rank'] = 'staff'): Post => ({ id: 'p', name: '科员', department: '办公室', rank, tenureYears: 1, factors: {}, powers: [] });
const rating = (r: RiskPoint, w: Power, p: Post, factor: (typeof FACTOR_IDS)[number]) => suggestRatings(r, w, p).find((s) => s.factor === factor)!;

describe('suggested ratings: each lexicon group, in simplified and traditional text', () => {
  const cases = [
    ['fundLinkage', '违规拨付专项资金', '違規撥付專項資金', 5],
    ['fundLinkage', '虚假报销差旅费', '虛假報銷差旅費', 4],
    ['discretion', '随意认定低保资格', '隨意認定低保資格', 4],
    ['discretion', '处罚幅度畸轻畸重', '處罰幅度畸輕畸重', 5],
    ['externalContact', '与供应商串通投标', '與供應商串通投標', 5],
    ['externalContact', '向服务对象吃拿卡要', '向服務對象吃拿卡要', 4],
    ['opacity', '暗箱操作', '暗箱操作', 5],
    ['opacity', '评审结果未公开', '評審結果未公開', 4],
    ['likelihood', '虚报冒领补贴', '虛報冒領補貼', 4],
    ['harm', '搞“带病提拔”', '搞「帶病提拔」', 5],
    ['monitoringDifficulty', '现场核查一人完成', '現場核查一人完成', 4],
    ['importance', '干部选拔任用', '幹部選拔任用', 5],
    ['influence', '以个人意见代替集体决定', '以個人意見代替集體決定', 5],
  ] as const;
  for (const [factor, simplified, traditional, expected] of cases) {
    it(`${factor}: “${simplified}” / “${traditional}” → ${expected}`, () => {
      for (const text of [simplified, traditional]) {
        const s = rating(rp(text), power(), post(), factor);
        expect(s.rating).toBe(expected);
        expect(s.reasons.some((r) => r.kind === 'word' && text.includes(r.word))).toBe(true);
      }
    });
  }

  it('the power category, its flags, a prior incident and the rank speak too; nothing else gives the no-evidence rating', () => {
    expect(rating(rp('x'), power('x', { category: 'finance' }), post(), 'fundLinkage')).toMatchObject({ rating: 4, reasons: [{ kind: 'category', category: 'finance' }] });
    expect(rating(rp('x'), power('x', { majorMatter: true }), post(), 'discretion')).toMatchObject({ rating: 5, reasons: [{ kind: 'not-collective' }] });
    expect(rating(rp('x', '办理', { priorIncident: true }), power(), post(), 'likelihood').rating).toBe(4);
    expect(rating(rp('x'), power(), post('principal'), 'importance')).toMatchObject({ rating: 5, reasons: [{ kind: 'rank', rank: 'principal' }] });
    expect(rating(rp('x'), power(), post(), 'opacity')).toEqual({ factor: 'opacity', rating: 2, reasons: [{ kind: 'no-evidence' }] });
  });

  it('in a key area (管钱、管物、管人、管项目, approval, enforcement) a factor nothing speaks to gets the scale midpoint, with its reason', () => {
    for (const category of SUGGESTION_KEY_AREAS) {
      const s = rating(rp('x'), power('x', { category }), post(), 'opacity');
      expect(s).toEqual({ factor: 'opacity', rating: 3, reasons: [{ kind: 'key-area', category }] });
    }
    // Words still decide where they speak, and outside the key areas nothing gives the no-evidence rating.
    expect(rating(rp('暗箱操作'), power('x', { category: 'finance' }), post(), 'opacity').rating).toBe(5);
    expect(rating(rp('x'), power('x', { category: 'inspection' }), post(), 'opacity')).toEqual({ factor: 'opacity', rating: 2, reasons: [{ kind: 'no-evidence' }] });
    const text = describeSuggestions([rating(rp('x'), power('x', { category: 'finance' }), post(), 'opacity')]);
    expect(text['zh-CN']).toContain('重点领域（财务资金）未见相关表述，按量表中点计');
    expect(text['zh-TW']).toContain('重點領域（財務資金）未見相關表述，按量表中點計');
    expect(text.en).toContain('key area (Finance), nothing in the text: the scale midpoint');
  });

  it('a post that manages money, goods, people or projects is important (importance 5, what the scale says), whatever its rank', () => {
    for (const category of ['finance', 'procurement', 'project', 'assets', 'allocation', 'personnel'] as const) {
      expect(rating(rp('x'), power('x', { category }), post('staff'), 'importance')).toMatchObject({ rating: 5, reasons: [{ kind: 'category', category }] });
    }
    expect(rating(rp('x'), power('x', { category: 'approval' }), post('staff'), 'importance')).toMatchObject({ rating: 2, reasons: [{ kind: 'rank', rank: 'staff' }] });
  });

  it('the words of the step and the power name count as well as the description', () => {
    expect(rating(rp('x', '资金拨付'), power(), post(), 'fundLinkage').reasons).toContainEqual({ kind: 'word', word: '拨付', where: 'step' });
    expect(rating(rp('x'), power('政府采购招标'), post(), 'externalContact').reasons).toContainEqual({ kind: 'word', word: '招标', where: 'power' });
  });

  it('no word appears twice in one lexicon entry, and every entry has words', () => {
    for (const e of SUGGESTION_LEXICON) {
      expect(e.words.length).toBeGreaterThan(0);
      expect(new Set(e.words).size).toBe(e.words.length);
    }
  });

  it('the README prints the lexicon as it is declared', () => {
    const readme = readFileSync(new URL('../../docs/readme/scoring.md', import.meta.url), 'utf8');
    for (const e of SUGGESTION_LEXICON) {
      expect(readme).toContain(`| ${factorLabel(e.factor, 'zh-CN')} (\`${e.factor}\`) | ${e.rating} | ${e.words.join('、')} |`);
    }
  });
});

const shuffled = <T>(xs: readonly T[], seed: number): T[] => {
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    const j = (seed * (i + 7)) % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
};

describe('suggested ratings: properties', () => {
  it('property "a given rating is never changed by suggestion", and every unrated factor gets one', () => {
    fc.assert(
      fc.property(documentArb, (doc) => {
        const { document, suggested } = suggestDocumentRatings(doc);
        doc.posts.forEach((p, i) =>
          p.powers.forEach((w, j) =>
            w.riskPoints.forEach((r, k) => {
              const filled = document.posts[i]!.powers[j]!.riskPoints[k]!;
              for (const f of FACTOR_IDS) {
                if (r.factors[f] !== undefined) expect(filled.factors[f]).toBe(r.factors[f]);
                else if ((p.factors as Record<string, unknown>)[f] === undefined) expect(filled.factors[f]).toBeGreaterThanOrEqual(1);
              }
              for (const s of suggested.get(r.id) ?? []) expect(r.factors[s.factor]).toBeUndefined();
            }),
          ),
        );
      }),
      { numRuns: 60 },
    );
  });

  it('property "every suggested rating has at least one reason and lies in 1..5"', () => {
    fc.assert(
      fc.property(documentArb, (doc) => {
        for (const p of doc.posts) for (const w of p.powers) for (const r of w.riskPoints) {
          for (const s of suggestRatings(r, w, p)) {
            expect(s.reasons.length).toBeGreaterThan(0);
            expect(s.rating >= 1 && s.rating <= 5).toBe(true);
          }
        }
      }),
      { numRuns: 60 },
    );
  });

  it('property "suggestion is deterministic and independent of the order of posts, powers and risk points"', () => {
    fc.assert(
      fc.property(documentArb, fc.integer({ min: 1, max: 97 }), (doc, seed) => {
        const a = suggestDocumentRatings(doc);
        const reordered: OrganizationDocument = {
          ...doc,
          posts: shuffled(doc.posts, seed).map((p) => ({ ...p, powers: shuffled(p.powers, seed + 1).map((w) => ({ ...w, riskPoints: shuffled(w.riskPoints, seed + 2) })) })),
        };
        const b = suggestDocumentRatings(reordered);
        expect(new Map([...b.suggested].sort())).toEqual(new Map([...a.suggested].sort()));
        expect(b.counts).toEqual(a.counts);
        expect(suggestDocumentRatings(doc)).toEqual(a);
      }),
      { numRuns: 40 },
    );
  });
});

describe('the catalog with suggestRatings', () => {
  const doc = parseDocument(JSON.parse(readFileSync(new URL('../../examples/county-bureau.json', import.meta.url), 'utf8')));
  const unrated: OrganizationDocument = {
    ...doc,
    posts: doc.posts.map((p) => ({ ...p, factors: {}, powers: p.powers.map((w) => ({ ...w, riskPoints: w.riskPoints.map((r) => ({ ...r, factors: {} })) })) })),
  };

  it('grades every risk point, marks every suggested rating with its reason, counts given and suggested ratings', () => {
    const catalog = buildCatalog(unrated, { suggestRatings: true });
    const points = catalog.posts.flatMap((p) => p.powers.flatMap((w) => w.riskPoints));
    expect(catalog.summary.ratings).toEqual({ given: 0, suggested: points.length * 9 });
    for (const r of points) {
      expect(r.factors).toEqual({});
      expect(r.suggestedFactors?.length).toBe(9);
      expect(r.explanation.text['zh-CN']).toContain('建议评分（待评审）：');
      expect(r.explanation.text.en).toContain('Suggested ratings (to be reviewed):');
    }
    const csv = renderCsv(catalog);
    expect(csv).toContain('建议评分（待评审）');
    expect(csv).toContain('岗位重要程度 5');
  });

  it('leaves a fully rated document as it was, and is off by default', () => {
    const full = buildCatalog(doc, { suggestRatings: true });
    const plain = buildCatalog(doc);
    expect(full.summary.ratings?.suggested).toBeGreaterThanOrEqual(0);
    expect(plain.summary.ratings).toBeUndefined();
    expect(plain.posts.flatMap((p) => p.powers.flatMap((w) => w.riskPoints)).every((r) => r.suggestedFactors === undefined)).toBe(true);
  });
});
