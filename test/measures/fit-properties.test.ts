/**
 * Measures that fit the post, as properties over random documents written with the words units use
 * (powers, steps and risk descriptions of real catalogs, mixed at random), and over the shipped
 * examples: the right actor, the right context, few and strong.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../src/catalog/build.js';
import type { Catalog, CatalogPost } from '../../src/catalog/types.js';
import { LOCALES } from '../../src/i18n/locale.js';
import { OWN_TIER } from '../../src/measures/actor.js';
import { powerContext } from '../../src/measures/context.js';
import { DEFAULT_LIBRARY } from '../../src/measures/library.js';
import { MAX_PROPOSALS } from '../../src/measures/select.js';
import { BUILTIN_TEMPLATES } from '../../src/measures/templates.js';
import type { PostMeasure, SelectedMeasure } from '../../src/measures/types.js';
import type { OrganizationDocument, Post, Power, RiskPoint } from '../../src/model/document.js';
import { RANKS, RISK_CATEGORIES, type PowerCategory, type Rank } from '../../src/model/enums.js';
import { parseDocument } from '../../src/validate/document.js';
import { factorsArb, ownMeasureArb } from '../support/arbitraries.js';

/** Powers as units write them: name, category, steps. */
const POWERS: readonly { readonly name: string; readonly category: PowerCategory; readonly steps: readonly string[] }[] = [
  { name: '最低生活保障审核审批', category: 'approval', steps: ['受理', '入户调查', '民主评议', '审核', '公示'] },
  { name: '工程款支付审批', category: 'finance', steps: ['结算资料审核', '签批', '支付'] },
  { name: '行政处罚案件审核', category: 'enforcement', steps: ['立案', '调查取证', '拟定处罚意见', '处罚决定', '执行'] },
  { name: '干部选拔任用', category: 'personnel', steps: ['动议', '民主推荐', '考察', '讨论决定', '任前公示'] },
  { name: '事业单位公开招聘', category: 'personnel', steps: ['招聘计划', '资格审查', '笔试面试', '公示聘用'] },
  { name: '物资采购', category: 'procurement', steps: ['采购需求', '确定采购方式', '组织评审', '验收', '结算'] },
  { name: '惠农补贴发放', category: 'allocation', steps: ['申报', '面积核实', '公示', '发放'] },
  { name: '公务接待管理', category: 'other', steps: ['接待审批', '安排接待', '费用结算'] },
  { name: '安全生产检查', category: 'inspection', steps: ['制定检查计划', '现场检查', '隐患认定', '整改复查'] },
  { name: '建设工程规划许可核发', category: 'approval', steps: ['受理', '方案审查', '批前公示', '核发许可'] },
  { name: '固定资产报废处置', category: 'assets', steps: ['报废申请', '评估', '处置'] },
  { name: '学费收费管理', category: 'finance', steps: ['收费标准执行', '收费', '减免审批'] },
  { name: '党组议事决策', category: 'other', steps: ['议题确定', '会前沟通', '会议讨论', '末位表态'] },
  { name: '工作量分配和签认', category: 'project', steps: ['按中标比例排产', '工作量签认', '核定单上报'] },
];

/** What could go wrong, as units write it (some name contractors, some penalties, some fees). */
const DESCRIPTIONS = [
  '与施工单位串通虚增工程量，收受施工方好处',
  '对申请人吃拿卡要，故意拖延',
  '泄露底价或评标信息',
  '随意降低罚款数额，以罚代拆',
  '优亲厚友，违规认定',
  '授意经办人员优先办理关系人事项',
  '单人办理网银支付，截留挪用资金',
  '擅自提高收费标准',
  '虚报劳务费、吃空饷',
  '打招呼、递条子干预人选',
  '设置倾向性条件，为特定供应商量身定制',
  '现场检查走过场，对问题视而不见',
  '公车私用',
  '会前个人先定调子',
];

const DEPARTMENTS = ['财务科', '办公室', '民政办', '执法大队', '工程科', '组织人事股'];
const POST_NAMES: Readonly<Record<Rank, readonly string[]>> = {
  principal: ['局长', '党委书记', '中心主任'],
  deputy: ['副局长（分管财务、工程）', '副镇长', '总会计师'],
  middle: ['科长', '股长', '大队长'],
  staff: ['出纳', '执法队员', '办事员', '调度员'],
};
const CONTROL_IDS = BUILTIN_TEMPLATES.map((t) => t.id);

function powerArb(ids: { n: number }): fc.Arbitrary<Power> {
  return fc
    .record({
      kind: fc.constantFrom(...POWERS),
      majorMatter: fc.boolean(),
      collectiveDecision: fc.boolean(),
      riskPoints: fc.array(
        fc.record({
          step: fc.nat(),
          description: fc.constantFrom(...DESCRIPTIONS),
          riskCategory: fc.constantFrom(...RISK_CATEGORIES.map((c) => c.id)),
          factors: factorsArb,
          priorIncident: fc.boolean(),
          controls: fc.subarray(CONTROL_IDS, { maxLength: 2 }),
          ownMeasures: fc.option(fc.array(ownMeasureArb, { minLength: 1, maxLength: 2 }), { nil: undefined, freq: 4 }),
        }),
        { minLength: 1, maxLength: 3 },
      ),
    })
    .map(({ kind, majorMatter, collectiveDecision, riskPoints }) => ({
      id: `pw-${ids.n++}`,
      name: kind.name,
      category: kind.category,
      majorMatter,
      collectiveDecision,
      steps: kind.steps,
      riskPoints: riskPoints.map(({ step, ownMeasures, ...r }): RiskPoint => ({
        id: `rp-${ids.n++}`,
        ...r,
        step: kind.steps[step % kind.steps.length] as string,
        ...(ownMeasures === undefined ? {} : { ownMeasures }),
      })),
    }));
}

/** Documents written with the words of real catalogs. */
const documentArb: fc.Arbitrary<OrganizationDocument> = fc.constant(null).chain(() => {
  const ids = { n: 0 };
  return fc
    .array(
      fc
        .record({
          rank: fc.constantFrom(...RANKS.map((r) => r.id)),
          pick: fc.nat(),
          department: fc.constantFrom(...DEPARTMENTS),
          tenureYears: fc.integer({ min: 0, max: 12 }),
          powers: fc.array(powerArb(ids), { minLength: 1, maxLength: 3 }),
        })
        .map(({ rank, pick, ...p }): Post => {
          const names = POST_NAMES[rank];
          return { id: `post-${ids.n++}`, name: names[pick % names.length] as string, rank, factors: {}, ...p };
        }),
      { minLength: 1, maxLength: 4 },
    )
    .map((posts) => ({ posts }));
});

/** The words that would name a post of this rank as the one acting on itself. */
function selfWords(post: { readonly rank: Rank; readonly department: string }): string[] {
  switch (post.rank) {
    case 'middle':
      return [`${post.department}负责人`, `${post.department}主管`, `the head of ${post.department}`];
    case 'deputy':
      return ['分管领导', '分管領導', 'the leader in charge'];
    case 'principal':
      return ['主要负责人', '主要負責人', 'the principal', `${post.department}负责人`];
    default:
      return [];
  }
}

/** A measure's filled texts with the data left out (names of the post, its powers, steps and department are the unit's words). */
function actorText(m: SelectedMeasure, post: CatalogPost): string[] {
  const data = [post.name, post.department, ...post.powers.flatMap((w) => [w.name, ...w.steps, ...w.riskPoints.map((r) => r.step)])]
    .filter((x) => x !== '')
    .sort((a, b) => b.length - a.length);
  return LOCALES.flatMap((l) => [m.text[l], m.indicator?.[l] ?? '']).map((t) => data.reduce((s, d) => s.split(d).join('〇'), t));
}

function everyMeasure(post: CatalogPost): { m: SelectedMeasure | PostMeasure; powers: readonly Power[] }[] {
  const out: { m: SelectedMeasure | PostMeasure; powers: readonly Power[] }[] = [];
  const powerOf = new Map<string, CatalogPost['powers'][number]>();
  for (const w of post.powers) for (const rp of w.riskPoints) powerOf.set(rp.id, w);
  for (const w of post.powers) for (const rp of w.riskPoints) for (const m of rp.measures) out.push({ m, powers: [w as unknown as Power] });
  for (const m of [...post.postMeasures, ...post.measures]) {
    const powers = [...new Set(m.riskPointIds.map((id) => powerOf.get(id)).filter((w) => w !== undefined))];
    out.push({ m, powers: powers as unknown as Power[] });
  }
  return out;
}

const CONTRACTOR_WORDS = ['承包商', '供应商', '供應商', 'contractor', 'supplier'];
const CONTRACTOR_TEMPLATES = new Set<string>(DEFAULT_LIBRARY.templates.filter((t) => t.triggers.parties?.every((p) => p === 'contractors') === true).map((t) => t.id));

describe('measures that fit the post (random documents in the words of real catalogs)', () => {
  it('property: no filled text names the post as acting on itself, and no owner is the post\'s own tier', () => {
    fc.assert(
      fc.property(documentArb, (doc) => {
        const catalog = buildCatalog(doc);
        for (const post of catalog.posts) {
          const words = selfWords(post);
          for (const { m } of everyMeasure(post)) {
            for (const text of actorText(m, post)) for (const w of words) expect(text, `${m.templateId} for a ${post.rank}`).not.toContain(w);
            if (post.rank !== 'staff') expect(m.owner, `${m.templateId} for a ${post.rank}`).not.toBe(OWN_TIER[post.rank]);
            if (post.rank === 'principal') expect(m.owner).not.toBe('discipline');
          }
        }
      }),
      { numRuns: 60 },
    );
  });

  it('property: contractor and supplier templates never appear on a power without such outside parties, nor do their words', () => {
    fc.assert(
      fc.property(documentArb, (doc) => {
        const catalog = buildCatalog(doc);
        const byId = new Map(doc.posts.flatMap((p) => p.powers).map((w) => [w.id, w]));
        for (const post of catalog.posts) {
          for (const { m, powers } of everyMeasure(post)) {
            if (m.status !== 'proposed') continue;
            const withContractors = powers.some((w) => powerContext(byId.get(w.id) as Power).parties.includes('contractors'));
            if (CONTRACTOR_TEMPLATES.has(m.templateId)) expect(withContractors, m.templateId).toBe(true);
            if (!withContractors) for (const l of LOCALES) for (const w of CONTRACTOR_WORDS) expect(m.text[l], m.templateId).not.toContain(w);
          }
        }
      }),
      { numRuns: 60 },
    );
  });

  it('property: penalty and fee measures appear only where the power decides a penalty or charges a fee', () => {
    fc.assert(
      fc.property(documentArb, (doc) => {
        const catalog = buildCatalog(doc);
        const byId = new Map(doc.posts.flatMap((p) => p.powers).map((w) => [w.id, w]));
        for (const post of catalog.posts) {
          for (const { m, powers } of everyMeasure(post)) {
            if (m.status !== 'proposed') continue;
            const decides = (d: 'penalties' | 'fees') => powers.some((w) => powerContext(byId.get(w.id) as Power).decides.includes(d));
            const t = DEFAULT_LIBRARY.byId.get(m.templateId);
            if (t?.triggers.decides?.includes('penalties') === true) expect(decides('penalties'), m.templateId).toBe(true);
            if (t?.triggers.decides?.includes('fees') === true) expect(decides('fees'), m.templateId).toBe(true);
            if (!decides('fees')) expect(m.text['zh-CN'], m.templateId).not.toContain('收费标准');
          }
        }
      }),
      { numRuns: 60 },
    );
  });

  it('property: never more than 5 proposals per risk point, whatever the options ask', () => {
    fc.assert(
      fc.property(documentArb, fc.integer({ min: 0, max: 50 }), (doc, n) => {
        for (const catalog of [buildCatalog(doc), buildCatalog(doc, { selection: { maxProposals: { high: n, medium: n, low: n } } })]) {
          for (const post of catalog.posts) {
            for (const w of post.powers) for (const rp of w.riskPoints) expect(rp.measures.filter((m) => m.status === 'proposed').length).toBeLessThanOrEqual(MAX_PROPOSALS);
          }
        }
      }),
      { numRuns: 40 },
    );
  });

  it('property: a unit\'s own measure is never dropped or reordered after a proposal', () => {
    fc.assert(
      fc.property(documentArb, (doc) => {
        const catalog = buildCatalog(doc);
        const own = new Map(doc.posts.flatMap((p) => p.powers.flatMap((w) => w.riskPoints.map((r) => [r.id, r.ownMeasures ?? []] as const))));
        for (const post of catalog.posts) for (const w of post.powers) for (const rp of w.riskPoints) expect(rp.ownMeasures).toEqual(own.get(rp.id));
      }),
      { numRuns: 40 },
    );
  });
});

const EXAMPLES = ['county-bureau', 'county-bureau-2025', 'oilfield-service-center', 'university'] as const;
const examples = new Map<string, Catalog>(
  EXAMPLES.map((name) => [name, buildCatalog(parseDocument(JSON.parse(readFileSync(new URL(`../../examples/${name}.json`, import.meta.url), 'utf8'))))]),
);

describe('few and strong, on every example', () => {
  for (const name of EXAMPLES) {
    it(`${name}: no template is proposed on more than a third of the risk points; at most ${MAX_PROPOSALS} proposals a risk point`, () => {
      const catalog = examples.get(name) as Catalog;
      const counts = new Map<string, number>();
      let riskPoints = 0;
      for (const post of catalog.posts) {
        for (const w of post.powers) {
          for (const rp of w.riskPoints) {
            riskPoints++;
            const proposed = rp.measures.filter((m) => m.status === 'proposed');
            expect(proposed.length).toBeLessThanOrEqual(MAX_PROPOSALS);
            for (const m of proposed) counts.set(m.templateId, (counts.get(m.templateId) ?? 0) + 1);
          }
        }
      }
      for (const [id, n] of counts) expect(n * 3, `${id} on ${n} of ${riskPoints} risk points`).toBeLessThanOrEqual(riskPoints);
    });

    it(`${name}: the measures of the whole post are listed once on the post, never proposed on its risk points`, () => {
      const catalog = examples.get(name) as Catalog;
      for (const post of catalog.posts) {
        const ids = post.postMeasures.map((m) => m.templateId);
        expect(new Set(ids).size).toBe(ids.length);
        for (const m of post.postMeasures) expect(DEFAULT_LIBRARY.byId.get(m.templateId)?.scope).toBe('post');
        for (const w of post.powers) {
          for (const rp of w.riskPoints) for (const m of rp.measures) if (m.status === 'proposed') expect(DEFAULT_LIBRARY.byId.get(m.templateId)?.scope).not.toBe('post');
        }
      }
    });
  }
});
