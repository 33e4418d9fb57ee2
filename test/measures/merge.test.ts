import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mergePostMeasures, selectPostMeasures } from '../../src/measures/merge.js';
import { selectMeasures, selectionContext } from '../../src/measures/select.js';
import { createLibrary, DEFAULT_LIBRARY } from '../../src/measures/library.js';
import { BUILTIN_TEMPLATES } from '../../src/measures/templates.js';
import type { RiskPointAssessment } from '../../src/scoring/types.js';
import { checkPowerConfiguration } from '../../src/findings/check.js';
import type { Post } from '../../src/model/document.js';
import { assessedDocumentArb, deepFreeze } from './helpers.js';
import { PHASES } from '../../src/model/enums.js';

const PHASE_ORDER = { before: 0, during: 1, after: 2 } as const;

const post: Post = {
  id: 'p1',
  name: '物资科科长',
  department: '物资科',
  rank: 'middle',
  tenureYears: 2,
  factors: {},
  powers: [
    {
      id: 'w1', name: '物资采购', category: 'procurement', majorMatter: false, collectiveDecision: false, steps: ['招标', '验收'],
      riskPoints: [
        { id: 'r1', description: '', step: '招标', riskCategory: 'process', factors: {}, priorIncident: false, controls: ['supervision-spot-check', 'integrity-education'] },
        { id: 'r2', description: '', step: '验收', riskCategory: 'process', factors: {}, priorIncident: false, controls: [] },
      ],
    },
    {
      id: 'w2', name: '工程款支付', category: 'finance', majorMatter: false, collectiveDecision: false, steps: ['支付'],
      riskPoints: [{ id: 'r3', description: '', step: '支付', riskCategory: 'process', factors: {}, priorIncident: false, controls: ['supervision-spot-check'] }],
    },
  ],
};

const general = createLibrary(
  BUILTIN_TEMPLATES.filter((t) => ['integrity-education', 'supervision-spot-check', 'accountability'].includes(t.id)),
);

describe('mergePostMeasures', () => {
  it('merges a measure shared by risk points into one entry naming every power and step it serves', () => {
    const items = post.powers.flatMap((w) =>
      w.riskPoints.map((rp) => {
        const context = selectionContext(post, w, rp, { level: 'high' });
        return { riskPointId: rp.id, context, measures: selectMeasures(context, general) };
      }),
    );
    const merged = mergePostMeasures(items, general);
    const check = merged.find((m) => m.templateId === 'supervision-spot-check');
    expect(check?.riskPointIds).toEqual(['r1', 'r2', 'r3']);
    // In place at r1 and r3 only: still to be done at r2.
    expect(check?.status).toBe('proposed');
    expect(check?.text['zh-CN']).toContain('物资采购、工程款支付办理档案');
    expect(check?.text['zh-CN']).toContain('招标、验收、支付环节');
    expect(check?.text.en).toContain('招标, 验收, 支付');
    // A measure of the whole post is listed once on the post, not merged from the risk points.
    expect(merged.some((m) => m.templateId === 'integrity-education')).toBe(false);
  });

  it('merged status is in place when the measure is in place at every risk point it serves', () => {
    const rp = post.powers[0]!.riskPoints[0]!;
    const context = selectionContext(post, post.powers[0]!, rp, { level: 'low' });
    const merged = mergePostMeasures([{ riskPointId: rp.id, context, measures: selectMeasures(context) }]);
    expect(merged.find((m) => m.templateId === 'supervision-spot-check')?.status).toBe('in-place');
  });

  it('lists the measures of the whole post once, with every risk point they serve, in place where one risk point has them', () => {
    const assessed = new Map(
      post.powers.flatMap((w) => w.riskPoints).map((rp): [string, RiskPointAssessment] => [
        rp.id,
        { id: rp.id, effectiveFactors: {}, level: 'high', score: 80, residualLevel: 'high', residualScore: 80, explanation: { text: { 'zh-CN': '', 'zh-TW': '', en: '' } } },
      ]),
    );
    const { postWide, byRiskPoint } = selectPostMeasures(post, { riskPoints: assessed });
    const edu = postWide.find((m) => m.templateId === 'integrity-education');
    expect(edu?.riskPointIds).toEqual(['r1', 'r2', 'r3']);
    expect(edu?.status).toBe('in-place');
    // The head of 物资科 is not educated by himself: the leader in charge organises it.
    expect(edu?.text['zh-CN']).toMatch(/^分管领导每季度组织物资科科长开展廉洁从业教育/);
    expect(edu?.owner).toBe('leader-in-charge');
    const ids = postWide.map((m) => m.templateId);
    expect(ids).toContain('personal-matters-report');
    expect(ids).toContain('duty-integrity-report');
    expect(ids.length).toBeLessThanOrEqual(6);
    // Never on a risk point, even where the unit lists it in place: the post lists it, in place.
    for (const ms of byRiskPoint.values()) for (const m of ms) expect(m.templateId).not.toBe('integrity-education');
  });

  it('merged view contains each template once, with exactly the risk points that selected it, ordered by phase', () => {
    fc.assert(
      fc.property(assessedDocumentArb, ({ doc, assessment }) => {
        deepFreeze(doc);
        const findings = checkPowerConfiguration(doc, assessment);
        for (const p of doc.posts) {
          const { byRiskPoint, merged } = selectPostMeasures(p, assessment, findings);
          const ids = merged.map((m) => m.templateId);
          expect(new Set(ids).size).toBe(ids.length);
          const expected = new Map<string, string[]>();
          for (const [rpId, ms] of byRiskPoint) {
            for (const m of ms) if (DEFAULT_LIBRARY.byId.get(m.templateId)?.scope !== 'post') expected.set(m.templateId, [...(expected.get(m.templateId) ?? []), rpId]);
          }
          expect(new Map(merged.map((m) => [m.templateId, [...m.riskPointIds]]))).toEqual(expected);
          for (let i = 1; i < merged.length; i++) expect(PHASE_ORDER[merged[i - 1]!.phase]).toBeLessThanOrEqual(PHASE_ORDER[merged[i]!.phase]);
          for (const m of merged) expect(m.text['zh-CN']).not.toMatch(/\{(post|power|department|step)\}/);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('sharing filled measures within a post changes nothing: each risk point gets what selectMeasures gives it alone', () => {
    fc.assert(
      fc.property(assessedDocumentArb, ({ doc, assessment }) => {
        const findings = checkPowerConfiguration(doc, new Map());
        for (const p of doc.posts) {
          const mine = findings.filter((f) => f.postId === p.id);
          const { byRiskPoint } = selectPostMeasures(p, assessment, mine);
          for (const w of p.powers) {
            const codes = [...mine.filter((f) => f.powerIds.length === 0), ...mine.filter((f) => f.powerIds.includes(w.id))].map((f) => f.code);
            // Templates fitting the whole power are listed once per power: each risk point is selected
            // knowing what the power's earlier risk points list.
            const listed: string[] = [];
            for (const rp of w.riskPoints) {
              const a = assessment.riskPoints.get(rp.id);
              const ctx = selectionContext(p, w, rp, { level: a?.level ?? 'low', effectiveFactors: a?.effectiveFactors ?? {} }, codes);
              const alone = selectMeasures(listed.length === 0 ? ctx : { ...ctx, listedOnPower: [...listed] });
              // Measures of the whole post, in place on the row, are listed on the post instead.
              expect(byRiskPoint.get(rp.id)).toEqual(alone.filter((m) => DEFAULT_LIBRARY.byId.get(m.templateId)?.scope !== 'post'));
              for (const m of alone) if (!listed.includes(m.templateId)) listed.push(m.templateId);
            }
          }
        }
      }),
      { numRuns: 100 },
    );
  });

  it('every risk point of every post gets a measure, and every high one a measure during and after (the library has general ones there)', () => {
    fc.assert(
      fc.property(assessedDocumentArb, ({ doc, assessment }) => {
        for (const p of doc.posts) {
          const { byRiskPoint } = selectPostMeasures(p, assessment);
          for (const w of p.powers) {
            for (const rp of w.riskPoints) {
              // The unit's own measures count: a phase they cover needs no fallback.
              const ms = byRiskPoint.get(rp.id) ?? [];
              const own = rp.ownMeasures ?? [];
              expect(ms.length + own.length).toBeGreaterThan(0);
              const phases = [...ms.map((m) => m.phase), ...own.flatMap((m) => (m.phase === undefined ? [] : [m.phase]))];
              if (assessment.riskPoints.get(rp.id)?.level === 'high') for (const phase of PHASES.slice(1)) expect(phases).toContain(phase);
            }
          }
        }
      }),
      { numRuns: 100 },
    );
  });

  it('findings reach the risk points of the powers they name', () => {
    const principal: Post = { ...post, rank: 'principal', tenureYears: 8 };
    const levels = new Map([['p1', 'high' as const]]);
    const doc = { posts: [principal] };
    const findings = checkPowerConfiguration(doc, levels);
    const r3High: RiskPointAssessment = {
      id: 'r3', effectiveFactors: {}, level: 'high', score: 80, residualLevel: 'high', residualScore: 80,
      explanation: { text: { 'zh-CN': '', 'zh-TW': '', en: '' } },
    };
    const { byRiskPoint } = selectPostMeasures(principal, { riskPoints: new Map([['r3', r3High]]) }, findings);
    const r3 = (byRiskPoint.get('r3') ?? []).map((m) => m.templateId);
    expect(r3).toContain('principal-not-direct-charge');
  });
});
