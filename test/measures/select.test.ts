import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compiledTriggers, lowerTexts, selectMeasures, triggersMatch, triggerWeight, DEFAULT_MAX_PROPOSALS, MAX_PROPOSALS, instantiate, placeholderValues, relevanceBonus } from '../../src/measures/select.js';
import { createLibrary, DEFAULT_LIBRARY } from '../../src/measures/library.js';
import { BUILTIN_TEMPLATES } from '../../src/measures/templates.js';
import { DECIDED_MATTERS, OUTSIDE_PARTIES, type SelectionContext, type SelectedMeasure } from '../../src/measures/types.js';
import { FACTOR_IDS, PHASES, POWER_CATEGORIES, RANKS } from '../../src/model/enums.js';
import { FINDING_CODES } from '../../src/findings/types.js';
import { LOCALES } from '../../src/i18n/locale.js';
import { textArb, fullFactorsArb, factorsArb } from '../support/arbitraries.js';
import { deepFreeze, levelArb } from './helpers.js';

const ALL_IDS = BUILTIN_TEMPLATES.map((t) => t.id);
const STEPS = ['受理', '审查', '决定', '立项', '招标', '验收', '支付', '检查', '处罚', '扣款', '工作量分配', '考核认定', '驗收', 'sign-off'];

const contextArb: fc.Arbitrary<SelectionContext> = fc.record({
  post: fc.record({ id: fc.constant('post-1'), name: textArb, department: textArb }),
  power: fc.record({
    id: fc.constant('pw-1'),
    name: fc.oneof(textArb, fc.constantFrom('工程款支付', '干部选拔任用', '公开招聘', '专项资金下达', '资产处置')),
    category: fc.constantFrom(...POWER_CATEGORIES.map((c) => c.id)),
    parties: fc.subarray([...OUTSIDE_PARTIES]),
    decides: fc.subarray([...DECIDED_MATTERS]),
  }),
  step: fc.oneof(fc.constantFrom(...STEPS), textArb),
  description: fc.oneof(textArb, fc.constantFrom('授意经办人员优先支付', '泄露底价', '与施工单位串通', '单人办理网银支付')),
  drivers: fc.subarray([...FACTOR_IDS], { maxLength: 3 }),
  level: levelArb,
  factors: fc.oneof(factorsArb, fullFactorsArb),
  findingCodes: fc.subarray([...FINDING_CODES]),
  controls: fc.subarray(ALL_IDS, { maxLength: 6 }),
  rank: fc.constantFrom(...RANKS.map((r) => r.id)),
  majorMatter: fc.boolean(),
  collectiveDecision: fc.boolean(),
  priorIncident: fc.boolean(),
});

const PHASE_ORDER = { before: 0, during: 1, after: 2 } as const;

function base(over: Partial<SelectionContext> = {}): SelectionContext {
  return {
    post: { id: 'p1', name: '采购员', department: '物资科' },
    power: { id: 'w1', name: '物资采购', category: 'procurement' },
    step: '验收',
    level: 'medium',
    factors: {},
    findingCodes: [],
    controls: [],
    ...over,
  };
}

describe('selectMeasures: examples', () => {
  it('fills placeholders with the post, power, department, step and the actor above the post', () => {
    const ms = selectMeasures(base({ controls: ['asset-inventory'], power: { id: 'w1', name: '物资管理', category: 'assets' }, step: '报废处置' }));
    const inventory = ms.find((m) => m.templateId === 'asset-inventory');
    expect(inventory?.status).toBe('in-place');
    expect(inventory?.text['zh-CN']).toContain('物资科每半年对物资管理涉及的资产');
    expect(inventory?.text['zh-CN']).toContain('报废处置中的盘盈盘亏和报废处置报分管领导审批');
  });

  it('picks step-specific measures: acceptance gets objective records, penalties go to a collective meeting', () => {
    const acceptance = selectMeasures(base({ level: 'high', step: '验收签认' })).map((m) => m.templateId);
    expect(acceptance).toContain('objective-records');
    const inspection = { id: 'w', name: '安全督察', category: 'inspection', parties: ['regulated'], decides: ['penalties'] } as const;
    const penalty = selectMeasures(base({ power: inspection, step: '扣款处罚', level: 'high', collectiveDecision: false })).map((m) => m.templateId);
    expect(penalty).toContain('penalty-collective-review');
    // Already decided collectively: not proposed again.
    const decided = selectMeasures(base({ power: inspection, step: '扣款处罚', level: 'high', collectiveDecision: true })).map((m) => m.templateId);
    expect(decided).not.toContain('penalty-collective-review');
    // No penalty decided: no penalty measure.
    const noPenalty = selectMeasures(base({ power: { ...inspection, decides: [] }, step: '扣款处罚', level: 'high', collectiveDecision: false })).map((m) => m.templateId);
    expect(noPenalty).not.toContain('penalty-collective-review');
  });

  it('remedies findings: principal-direct-charge brings its measure; a principal speaks last on a major matter', () => {
    const ids = selectMeasures(base({ level: 'high', rank: 'principal', step: '党组讨论决定', majorMatter: true, findingCodes: ['principal-direct-charge', 'rotation-due'] })).map((m) => m.templateId);
    expect(ids).toContain('principal-not-direct-charge');
    expect(ids).toContain('principal-speaks-last');
    // Rotation is a measure of the whole post: listed once on the post, never on a risk point.
    expect(ids).not.toContain('regular-rotation');
  });

  it('orders by phase, then relevance, then id', () => {
    const ms = selectMeasures(base({ level: 'high', factors: { fundLinkage: 5, discretion: 5, externalContact: 4 }, majorMatter: true, step: '方案审定' }));
    expect(ms.map((m) => m.phase)).toEqual(ms.map((m) => m.phase).sort((a, b) => PHASE_ORDER[a] - PHASE_ORDER[b]));
    expect(ms.map((m) => m.templateId)).toContain('expert-review');
  });

  it('a template without triggers applies with relevance 0; conditions add weight', () => {
    expect(triggerWeight({})).toBe(0);
    expect(triggerWeight({ steps: ['验收'], findingCodes: ['audit-due'] })).toBe(8);
    expect(triggerWeight({ keywords: ['泄露'], parties: ['contractors'], decides: ['fees'] })).toBe(10);
    expect(triggersMatch({}, base())).toBe(true);
    expect(triggersMatch({ minLevel: 'high' }, base({ level: 'medium' }))).toBe(false);
    expect(triggersMatch({ factors: { fundLinkage: 4 } }, base({ factors: {} }))).toBe(false);
    expect(triggersMatch({ factors: { fundLinkage: 4 } }, base({ factors: { fundLinkage: 4 } }))).toBe(true);
    expect(triggersMatch({ steps: ['验收'], categories: ['finance'] }, base())).toBe(false);
    expect(triggersMatch({ ranks: ['principal'] }, base())).toBe(false);
    expect(triggersMatch({ flags: ['notCollective'] }, base())).toBe(true);
    expect(triggersMatch({ parties: ['contractors'] }, base())).toBe(false);
    expect(triggersMatch({ parties: ['contractors'] }, base({ power: { id: 'w1', name: '物资采购', category: 'procurement', parties: ['contractors'] } }))).toBe(true);
    expect(triggersMatch({ keywords: ['泄露'] }, base({ description: '泄露评标信息' }))).toBe(true);
    expect(triggersMatch({ keywords: ['验收'] }, base())).toBe(true);
    expect(triggersMatch({ decides: ['penalties'] }, base())).toBe(false);
  });

  it('ranks by what drives the risk: a measure lowering the first driver gains most, one answering a rule that fired gains too', () => {
    const t = BUILTIN_TEMPLATES.find((x) => x.id === 'platform-trace')!;
    expect(relevanceBonus(t, { drivers: ['monitoringDifficulty', 'opacity'] })).toBe(3);
    expect(relevanceBonus(t, { drivers: ['fundLinkage'] })).toBe(0);
    const three = BUILTIN_TEMPLATES.find((x) => x.id === 'three-majors-collective')!;
    expect(relevanceBonus(three, { firedRules: { ids: ['major-matter-not-collective'], flags: ['majorMatter', 'notCollective'], categories: [], factors: [] } })).toBe(3);
  });

  it('falls back per phase to a general template, where the library has one', () => {
    const only = createLibrary(BUILTIN_TEMPLATES.filter((t) => ['reminder-talk', 'accountability', 'platform-trace'].includes(t.id)));
    const ms = selectMeasures(base({ level: 'high', factors: {} }), only);
    // No general template before or during (reminder talks are listed on the post): only the after phase is covered.
    expect(ms.map((m) => m.templateId)).toEqual(['accountability']);
    const low = selectMeasures(base({ level: 'low', factors: {} }), createLibrary(BUILTIN_TEMPLATES.filter((t) => t.id === 'accountability')));
    expect(low.map((m) => m.templateId)).toEqual(['accountability']);
  });

  it('ignores control ids the library does not know, and duplicates', () => {
    const ms = selectMeasures(base({ controls: ['no-such-measure', 'power-list', 'power-list'] }));
    expect(ms.filter((m) => m.templateId === 'power-list')).toHaveLength(1);
    expect(ms.some((m) => m.templateId === 'no-such-measure')).toBe(false);
  });

  it('resolves the owner against the post: a department head\'s measures go to the leader in charge, a principal\'s to the leadership team or the body above', () => {
    const middle = selectMeasures(base({ rank: 'middle', level: 'high', step: '验收签认' }));
    expect(middle.find((m) => m.templateId === 'objective-records')?.owner).toBe('leader-in-charge');
    const principal = selectMeasures(base({ rank: 'principal', level: 'high', step: '验收签认' }));
    expect(principal.find((m) => m.templateId === 'objective-records')?.owner).toBe('leadership-team');
    expect(principal.every((m) => m.owner !== 'principal-leader' && m.owner !== 'discipline')).toBe(true);
  });
});

describe('selectMeasures: properties', () => {
  it('every risk point gets at least one measure', () => {
    fc.assert(fc.property(contextArb, (ctx) => selectMeasures(ctx).length >= 1), { numRuns: 200 });
  });

  it('every high risk point gets a measure in each phase where a template of that phase fits or the library has a general one', () => {
    fc.assert(
      fc.property(contextArb, (ctx) => {
        const high = { ...ctx, level: 'high' as const };
        const phases = new Set(selectMeasures(high).map((m) => m.phase));
        for (const p of PHASES) {
          const available = DEFAULT_LIBRARY.fallbacks[p] !== undefined || DEFAULT_LIBRARY.templates.some((t) => t.phase === p && t.scope !== 'post' && triggersMatch(t.triggers, high));
          if (available) expect(phases.has(p)).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('templates in place are listed as in place and never proposed again', () => {
    fc.assert(
      fc.property(contextArb, (ctx) => {
        const ms = selectMeasures(ctx);
        for (const id of ctx.controls) {
          const found = ms.filter((m) => m.templateId === id);
          expect(found).toHaveLength(1);
          expect(found[0]?.status).toBe('in-place');
        }
        for (const m of ms) if (m.status === 'proposed') expect(ctx.controls).not.toContain(m.templateId);
      }),
      { numRuns: 200 },
    );
  });

  it('each template appears at most once, ordered by phase; proposals stay within the level\'s cap (or one fallback), never above five, never of scope post', () => {
    fc.assert(
      fc.property(contextArb, fc.integer({ min: 0, max: 40 }), (ctx, wanted) => {
        for (const ms of [selectMeasures(ctx), selectMeasures(ctx, DEFAULT_LIBRARY, { maxProposals: { high: wanted, medium: wanted, low: wanted } })]) {
          expect(new Set(ms.map((m) => m.templateId)).size).toBe(ms.length);
          for (let i = 1; i < ms.length; i++) expect(PHASE_ORDER[ms[i - 1]!.phase]).toBeLessThanOrEqual(PHASE_ORDER[ms[i]!.phase]);
          const proposed = ms.filter((m) => m.status === 'proposed');
          expect(proposed.length).toBeLessThanOrEqual(MAX_PROPOSALS);
          for (const m of proposed) expect(DEFAULT_LIBRARY.byId.get(m.templateId)?.scope).not.toBe('post');
        }
        expect(selectMeasures(ctx).filter((m) => m.status === 'proposed').length).toBeLessThanOrEqual(Math.max(1, DEFAULT_MAX_PROPOSALS[ctx.level]));
      }),
      { numRuns: 200 },
    );
  });

  it('compiled triggers agree with triggersMatch and triggerWeight, for every template and random triggers', () => {
    const triggersArb = fc.record(
      {
        minLevel: levelArb,
        factors: fc.dictionary(fc.constantFrom(...FACTOR_IDS), fc.integer({ min: 1, max: 5 })),
        categories: fc.subarray(POWER_CATEGORIES.map((c) => c.id)),
        steps: fc.array(fc.oneof(fc.constantFrom(...STEPS, '', 'SIGN'), textArb), { maxLength: 3 }),
        findingCodes: fc.subarray([...FINDING_CODES]),
        flags: fc.subarray(['majorMatter', 'notCollective', 'priorIncident'] as const),
        ranks: fc.subarray(RANKS.map((r) => r.id)),
        keywords: fc.array(fc.oneof(fc.constantFrom('泄露', '施工', '', 'SIGN'), textArb), { maxLength: 3 }),
        parties: fc.subarray([...OUTSIDE_PARTIES]),
        decides: fc.subarray([...DECIDED_MATTERS]),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(contextArb, fc.array(triggersArb, { maxLength: 5 }), (ctx, extra) => {
        for (const triggers of [...BUILTIN_TEMPLATES.map((t) => t.triggers), ...extra]) {
          const c = compiledTriggers(triggers);
          expect(c.test(ctx, lowerTexts(ctx))).toBe(triggersMatch(triggers, ctx));
          expect(c.weight).toBe(triggerWeight(triggers));
        }
      }),
      { numRuns: 200 },
    );
  });

  it('selection equals its definition: candidates by relevance, the best of each uncovered phase first, capped, with fallbacks', () => {
    const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
    const isGeneral = (t: (typeof DEFAULT_LIBRARY.templates)[number]) => triggerWeight(t.triggers) === 0 && Object.keys(t.triggers).length === 0;
    // A keyword found only in the power's name, not in the step or the description, weighs 2 instead of 4.
    const weightOn = (t: (typeof DEFAULT_LIBRARY.templates)[number], ctx: SelectionContext) => {
      const words = t.triggers.keywords?.filter((k) => k !== '').map((k) => k.toLowerCase());
      const row = `${ctx.step}\n${ctx.description ?? ''}`.toLowerCase();
      return triggerWeight(t.triggers) - (words !== undefined && !words.some((k) => row.includes(k)) ? 2 : 0);
    };
    const reference = (ctx: SelectionContext) => {
      const lib = DEFAULT_LIBRARY;
      const picks: { id: string; phase: (typeof PHASES)[number]; relevance: number; status: string }[] = [];
      const inPlace = new Set<string>();
      for (const id of ctx.controls) {
        const t = lib.byId.get(id);
        if (t === undefined || inPlace.has(id)) continue;
        inPlace.add(id);
        picks.push({ id, phase: t.phase, relevance: triggersMatch(t.triggers, ctx) ? weightOn(t, ctx) + relevanceBonus(t, ctx) : 0, status: 'in-place' });
      }
      const onRow = (p: { id: string }) => lib.byId.get(p.id)?.scope !== 'post';
      const covered = new Set(picks.filter(onRow).map((p) => p.phase));
      const cap = Math.min(MAX_PROPOSALS, DEFAULT_MAX_PROPOSALS[ctx.level]);
      const candidates = lib.templates
        .filter((t) => t.scope !== 'post' && !isGeneral(t) && !inPlace.has(t.id) && triggersMatch(t.triggers, ctx))
        .map((t) => ({ id: t.id, phase: t.phase, relevance: weightOn(t, ctx) + relevanceBonus(t, ctx), status: 'proposed' }))
        .sort((a, b) => b.relevance - a.relevance || cmp(a.id, b.id));
      const firsts: typeof picks = [];
      for (const phase of PHASES) {
        if (covered.has(phase)) continue;
        const best = candidates.find((c) => c.phase === phase);
        const f = lib.fallbacks[phase];
        if (best !== undefined) firsts.push(best);
        else if (ctx.level === 'high' && f !== undefined && !inPlace.has(f.id)) firsts.push({ id: f.id, phase, relevance: 0, status: 'proposed' });
      }
      firsts.sort((a, b) => b.relevance - a.relevance || cmp(a.id, b.id));
      const chosen = firsts.slice(0, cap);
      for (const c of candidates) if (chosen.length < cap && !chosen.some((x) => x.id === c.id)) chosen.push(c);
      picks.push(...chosen);
      if (!picks.some(onRow)) {
        const f = PHASES.map((p) => lib.fallbacks[p]).find((x) => x !== undefined);
        if (f !== undefined) picks.push({ id: f.id, phase: f.phase, relevance: 0, status: 'proposed' });
      }
      return picks
        .sort((a, b) => PHASE_ORDER[a.phase] - PHASE_ORDER[b.phase] || b.relevance - a.relevance || cmp(a.id, b.id))
        .map((p) => [p.id, p.status]);
    };
    fc.assert(
      fc.property(contextArb, (ctx) => {
        expect(selectMeasures(ctx).map((m) => [m.templateId, m.status])).toEqual(reference(ctx));
      }),
      { numRuns: 300 },
    );
  });

  it('no placeholder is left unfilled in any locale, for every template and arbitrary names', () => {
    fc.assert(
      fc.property(contextArb, (ctx) => {
        const params = placeholderValues(ctx);
        for (const t of BUILTIN_TEMPLATES) {
          const m: SelectedMeasure = instantiate(t, params, 'proposed');
          for (const locale of LOCALES) {
            for (const text of [m.title[locale], m.text[locale], m.indicator?.[locale] ?? '']) expect(text).not.toMatch(/[{}]/);
          }
        }
        for (const m of selectMeasures(ctx)) for (const locale of LOCALES) expect(m.text[locale]).not.toMatch(/[{}]/);
      }),
      { numRuns: 100 },
    );
  });

  it('is deterministic and never mutates its input', () => {
    fc.assert(
      fc.property(contextArb, (ctx) => {
        const frozen = deepFreeze(structuredClone(ctx));
        expect(selectMeasures(frozen)).toEqual(selectMeasures(ctx));
        expect(frozen).toEqual(ctx);
      }),
      { numRuns: 100 },
    );
  });

  it('more risk (a higher level) never removes a measure in place and never shrinks the caps', () => {
    fc.assert(
      fc.property(contextArb, (ctx) => {
        const low = selectMeasures({ ...ctx, level: 'low' }).length;
        const high = selectMeasures({ ...ctx, level: 'high' }).length;
        expect(high).toBeGreaterThanOrEqual(low);
      }),
      { numRuns: 100 },
    );
  });
});

describe('default library', () => {
  it('has every factor id spelled right in triggers', () => {
    for (const t of DEFAULT_LIBRARY.templates) {
      for (const f of Object.keys(t.triggers.factors ?? {})) expect(FACTOR_IDS as readonly string[]).toContain(f);
    }
  });
});
