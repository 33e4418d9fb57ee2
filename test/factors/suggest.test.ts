import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildCatalog } from '../../src/catalog/build.js';
import { factorLabel } from '../../src/model/factors.js';
import { describeSuggestions, SUGGESTION_KEY_AREAS, SUGGESTION_LEXICON, SUGGESTION_LOWERING_WORDS, suggestDocumentRatings, suggestRatings, type SuggestedRating } from '../../src/factors/suggest.js';
import type { OrganizationDocument, Post, Power, RiskPoint } from '../../src/model/document.js';
import { FACTOR_IDS, POWER_CATEGORIES, RANKS } from '../../src/model/enums.js';
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

describe('suggested ratings: lowering words cap what is presumed, in simplified and traditional text', () => {
  // Each group: a key-area power whose category or midpoint gives more than the cap, lowered to the cap.
  const cases = [
    ['discretion', '失业登记：违规登记', '失業登記：違規登記', '登记', '登記', 'approval'],
    ['discretion', '文书送达、归档', '文書送達、歸檔', '送达', '送達', 'enforcement'],
    ['discretion', '按程序性工作办结', '按程序性工作辦結', '程序性', '程序性', 'approval'],
    ['harm', '人员疏忽导致资料不齐', '人員疏忽導致資料不齊', '疏忽', '疏忽', 'project'],
    ['harm', '不及时办理，作风不实', '不及時辦理，作風不實', '不及时', '不及時', 'project'],
    ['harm', '涉及一定范围的经济活动', '涉及一定範圍的經濟活動', '一定范围', '一定範圍', 'project'],
    ['harm', '从事基础性安全监察', '從事基礎性安全監察', '基础性', '基礎性', 'finance'],
    ['opacity', '评选结果公示', '評選結果公示', '公示', '公示', 'allocation'],
    ['opacity', '办事流程公开', '辦事流程公開', '公开', '公開', 'finance'],
  ] as const;
  for (const [factor, simplified, traditional, word, traditionalWord, category] of cases) {
    it(`${factor}: “${simplified}” / “${traditional}” (${category}) → 2, reason “${word}”`, () => {
      for (const [text, w] of [[simplified, word], [traditional, traditionalWord]] as const) {
        const before = rating(rp('x'), power('x', { category }), post(), factor);
        expect(before.rating).toBeGreaterThan(2);
        expect(rating(rp(text), power('x', { category }), post(), factor)).toEqual({ factor, rating: 2, reasons: [{ kind: 'lowering-word', word: w, where: 'description' }] });
      }
    });
  }

  it('the step and the power name count too; the first matching word in table order is the reason', () => {
    expect(rating(rp('x', '录入系统'), power('x', { category: 'approval' }), post(), 'discretion').reasons).toEqual([{ kind: 'lowering-word', word: '录入', where: 'step' }]);
    expect(rating(rp('x'), power('失业登记', { category: 'approval' }), post(), 'discretion').reasons).toEqual([{ kind: 'lowering-word', word: '登记', where: 'power' }]);
    // 疏忽 (first group) before 日常 (second group), whatever their order in the text.
    expect(rating(rp('日常工作中疏忽'), power('x', { category: 'project' }), post(), 'harm').reasons).toEqual([{ kind: 'lowering-word', word: '疏忽', where: 'description' }]);
  });

  it('a lexicon word in the text is never lowered: the word gives the rating', () => {
    // 审批 (discretion 4) with 登记; 重大 (harm 5) with 日常; 暗箱 (opacity 5) with 公示.
    expect(rating(rp('登记后审批'), power('x', { category: 'approval' }), post(), 'discretion')).toEqual({ factor: 'discretion', rating: 4, reasons: [{ kind: 'word', word: '审批', where: 'description' }] });
    expect(rating(rp('日常工作中的重大事项'), power(), post(), 'harm')).toMatchObject({ rating: 5, reasons: [{ kind: 'word', word: '重大' }] });
    expect(rating(rp('公示前暗箱操作'), power('x', { category: 'finance' }), post(), 'opacity')).toMatchObject({ rating: 5, reasons: [{ kind: 'word', word: '暗箱' }] });
    // A flag is not lowered either: an uncollective major matter keeps discretion 5 and harm 4.
    const major = power('x', { category: 'approval', majorMatter: true });
    expect(rating(rp('受理登记，日常工作'), major, post(), 'discretion')).toMatchObject({ rating: 5, reasons: [{ kind: 'not-collective' }] });
    expect(rating(rp('受理登记，日常工作'), major, post(), 'harm')).toMatchObject({ rating: 4, reasons: [{ kind: 'major-matter' }] });
    // A presumption at or below the cap is left as it was, with its own reason: a lowering word never raises.
    expect(rating(rp('办事流程公开'), power(), post(), 'opacity')).toEqual({ factor: 'opacity', rating: 2, reasons: [{ kind: 'no-evidence' }] });
  });

  it('“未公开”, “不公开”, “未公示” still raise opacity: a lowering word inside a raising word does not count', () => {
    for (const text of ['评审结果未公开', '评审结果不公开', '评审结果未公示', '評審結果未公開', '評審結果不公開']) {
      for (const category of ['other', 'finance'] as const) {
        const s = rating(rp(text), power('x', { category }), post(), 'opacity');
        expect(s.rating).toBe(4);
        expect(s.reasons.every((r) => r.kind === 'word')).toBe(true);
      }
    }
    // Beside a raising word, a lowering word elsewhere in the text still caps only what is presumed.
    expect(rating(rp('未公开'), power('x', { category: 'finance' }), post(), 'opacity').rating).toBe(4);
    expect(rating(rp('结果公示'), power('x', { category: 'finance' }), post(), 'opacity').rating).toBe(2);
  });

  it('explains a lowered rating in every locale', () => {
    const text = describeSuggestions([rating(rp('失业登记'), power('x', { category: 'approval' }), post(), 'discretion')]);
    expect(text['zh-CN']).toBe('建议评分（待评审）：自由裁量空间 2（“登记”，按较低风险计）。');
    expect(text['zh-TW']).toContain('「登记」，按較低風險計');
    expect(text.en).toContain('"登记", read as lower risk');
  });

  it('every group has words, a cap in 1..5 and no word twice; no lowering word is itself a lexicon word', () => {
    const lexicon = new Set(SUGGESTION_LEXICON.flatMap((e) => e.words as readonly string[]));
    for (const e of SUGGESTION_LOWERING_WORDS) {
      expect(e.words.length).toBeGreaterThan(0);
      expect(new Set(e.words).size).toBe(e.words.length);
      expect(e.cap >= 1 && e.cap <= 5).toBe(true);
      expect(e.words.filter((w) => lexicon.has(w))).toEqual([]);
    }
  });

  it('the README prints the lowering words as they are declared', () => {
    const readme = readFileSync(new URL('../../docs/readme/scoring.md', import.meta.url), 'utf8');
    for (const e of SUGGESTION_LOWERING_WORDS) {
      expect(readme).toContain(`| ${factorLabel(e.factor, 'zh-CN')} (\`${e.factor}\`) | ${e.cap} | ${e.words.join('、')} |`);
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

  it('property "a lowering word never raises a suggestion and never lowers a text-word/flag/rank rating"', () => {
    const lowering = SUGGESTION_LOWERING_WORDS.flatMap((e) => e.words as readonly string[]);
    const lexicon = SUGGESTION_LEXICON.flatMap((e) => e.words as readonly string[]);
    const filler = ['办理', '工作', '管理', '未', '不', '，', '公'];
    const piece = fc.constantFrom(...lowering, ...lexicon, ...filler);
    const text = fc.array(piece, { maxLength: 6 }).map((xs) => xs.join(''));
    // Takes every lowering word out of a text, except inside the lexicon words that contain one ('未公开').
    const shadowing = lexicon.filter((w) => lowering.some((l) => w.includes(l)));
    const strip = (s: string): string => {
      let t = shadowing.reduce((x, w, i) => x.replaceAll(w, `\u0001${i}\u0002`), s);
      t = lowering.reduce((x, w) => x.replaceAll(w, '·'), t);
      return shadowing.reduce((x, w, i) => x.replaceAll(`\u0001${i}\u0002`, w), t);
    };
    const lexiconIn = (s: string): string => lexicon.filter((w) => s.includes(w)).join();
    const evidence = (s: SuggestedRating): boolean => s.reasons.some((r) => r.kind === 'word' || r.kind === 'major-matter' || r.kind === 'not-collective' || r.kind === 'prior-incident' || r.kind === 'rank');
    fc.assert(
      fc.property(
        text,
        text,
        text,
        fc.constantFrom(...POWER_CATEGORIES.map((c) => c.id)),
        fc.constantFrom(...RANKS.map((r) => r.id)),
        fc.boolean(),
        fc.boolean(),
        fc.boolean(),
        (description, step, name, category, rank, majorMatter, collectiveDecision, priorIncident) => {
          // The same risk point with every lowering word taken out of its texts, and the same lexicon words in them.
          fc.pre([description, step, name].every((t) => lexiconIn(t) === lexiconIn(strip(t))));
          const p = post(rank);
          const withWords = suggestRatings(rp(description, step, { priorIncident }), power(name, { category, majorMatter, collectiveDecision }), p);
          const without = suggestRatings(rp(strip(description), strip(step), { priorIncident }), power(strip(name), { category, majorMatter, collectiveDecision }), p);
          fc.pre(without.every((s) => s.reasons.every((r) => r.kind !== 'lowering-word')));
          FACTOR_IDS.forEach((f, i) => {
            const a = withWords[i]!;
            const b = without[i]!;
            expect(a.factor).toBe(f);
            expect(a.rating).toBeLessThanOrEqual(b.rating);
            if (evidence(b)) expect(a.rating).toBe(b.rating);
            // Lowered: to the cap (the lowering word is the reason), or to what a word in the text gave.
            if (a.rating < b.rating) expect(a.reasons.some((r) => r.kind === 'lowering-word') || evidence(a)).toBe(true);
            for (const r of a.reasons) {
              if (r.kind !== 'lowering-word') continue;
              expect(a.rating).toBe(SUGGESTION_LOWERING_WORDS.find((e) => e.factor === f && (e.words as readonly string[]).includes(r.word))?.cap);
              expect(a.rating).toBeLessThan(b.rating);
            }
            expect(a.reasons.length).toBeGreaterThan(0);
          });
        },
      ),
      { numRuns: 300 },
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
