import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compiledTriggers, selectMeasures, triggersMatch, triggerWeight, DEFAULT_MAX_PROPOSED_PER_PHASE, instantiate, placeholderValues } from '../../src/measures/select.js';
import { createLibrary, DEFAULT_LIBRARY } from '../../src/measures/library.js';
import { BUILTIN_TEMPLATES } from '../../src/measures/templates.js';
import { PHASES, type SelectionContext, type SelectedMeasure } from '../../src/measures/types.js';
import { FACTOR_IDS, POWER_CATEGORIES, RANKS } from '../../src/model/enums.js';
import { FINDING_CODES } from '../../src/findings/types.js';
import { LOCALES } from '../../src/i18n/locale.js';
import { textArb, fullFactorsArb, factorsArb } from '../support/arbitraries.js';
import { deepFreeze, levelArb } from './helpers.js';

const ALL_IDS = BUILTIN_TEMPLATES.map((t) => t.id);
const STEPS = ['受理', '审查', '决定', '立项', '招标', '验收', '支付', '检查', '处罚', '扣款', '工作量分配', '考核认定', '驗收', 'sign-off'];

const contextArb: fc.Arbitrary<SelectionContext> = fc.record({
  post: fc.record({ id: fc.constant('post-1'), name: textArb, department: textArb }),
  power: fc.record({ id: fc.constant('pw-1'), name: textArb, category: fc.constantFrom(...POWER_CATEGORIES.map((c) => c.id)) }),
  step: fc.oneof(fc.constantFrom(...STEPS), textArb),
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
  it('fills placeholders with the post, power, department and step', () => {
    const ms = selectMeasures(base({ controls: ['integrity-education'] }));
    const edu = ms.find((m) => m.templateId === 'integrity-education');
    expect(edu?.status).toBe('in-place');
    expect(edu?.text['zh-CN']).toContain('物资科负责人每季度组织采购员开展廉洁从业教育');
    expect(edu?.text['zh-CN']).toContain('物资采购相关制度');
  });

  it('picks step-specific measures: acceptance gets objective records, penalties go to a collective meeting', () => {
    const acceptance = selectMeasures(base({ level: 'high', step: '验收签认' })).map((m) => m.templateId);
    expect(acceptance).toContain('objective-records');
    const penalty = selectMeasures(
      base({ power: { id: 'w', name: '安全督察', category: 'inspection' }, step: '扣款处罚', level: 'high', collectiveDecision: false }),
    ).map((m) => m.templateId);
    expect(penalty).toContain('penalty-collective-review');
    expect(penalty).toContain('penalty-rules');
    // Already decided collectively: not proposed again.
    const decided = selectMeasures(
      base({ power: { id: 'w', name: '安全督察', category: 'inspection' }, step: '扣款处罚', level: 'high', collectiveDecision: true }),
    ).map((m) => m.templateId);
    expect(decided).not.toContain('penalty-collective-review');
  });

  it('remedies findings: principal-direct-charge and rotation-due bring their measures', () => {
    const ids = selectMeasures(base({ level: 'high', rank: 'principal', findingCodes: ['principal-direct-charge', 'rotation-due'] })).map((m) => m.templateId);
    expect(ids).toContain('principal-not-direct-charge');
    expect(ids).toContain('regular-rotation');
    expect(ids).toContain('principal-speaks-last');
  });

  it('orders by phase, then relevance, then id', () => {
    const ms = selectMeasures(base({ level: 'high', factors: { fundLinkage: 5, discretion: 5, externalContact: 4 }, majorMatter: true }));
    expect(ms.map((m) => m.phase)).toEqual(ms.map((m) => m.phase).sort((a, b) => PHASE_ORDER[a] - PHASE_ORDER[b]));
    const before = ms.filter((m) => m.phase === 'before').map((m) => m.templateId);
    // expert-review (category + flag) outranks negative-list (one high factor) and supplier agreement (category)
    expect(before.indexOf('expert-review')).toBeLessThan(before.indexOf('negative-list'));
  });

  it('a template without triggers applies with relevance 0; conditions add weight', () => {
    expect(triggerWeight({})).toBe(0);
    expect(triggerWeight({ steps: ['验收'], findingCodes: ['audit-due'] })).toBe(7);
    expect(triggersMatch({}, base())).toBe(true);
    expect(triggersMatch({ minLevel: 'high' }, base({ level: 'medium' }))).toBe(false);
    expect(triggersMatch({ factors: { fundLinkage: 4 } }, base({ factors: {} }))).toBe(false);
    expect(triggersMatch({ factors: { fundLinkage: 4 } }, base({ factors: { fundLinkage: 4 } }))).toBe(true);
    expect(triggersMatch({ steps: ['验收'], categories: ['finance'] }, base())).toBe(false);
    expect(triggersMatch({ ranks: ['principal'] }, base())).toBe(false);
    expect(triggersMatch({ flags: ['notCollective'] }, base())).toBe(true);
  });

  it('falls back per phase when a library has nothing applicable', () => {
    const only = createLibrary(BUILTIN_TEMPLATES.filter((t) => ['reminder-talk', 'accountability', 'platform-trace'].includes(t.id)));
    const ms = selectMeasures(base({ level: 'high', factors: {} }), only);
    expect(new Set(ms.map((m) => m.phase))).toEqual(new Set(PHASES));
    const low = selectMeasures(base({ level: 'low', factors: {} }), createLibrary(BUILTIN_TEMPLATES.filter((t) => t.id === 'accountability')));
    expect(low.map((m) => m.templateId)).toEqual(['accountability']);
  });

  it('ignores control ids the library does not know, and duplicates', () => {
    const ms = selectMeasures(base({ controls: ['no-such-measure', 'power-list', 'power-list'] }));
    expect(ms.filter((m) => m.templateId === 'power-list')).toHaveLength(1);
    expect(ms.some((m) => m.templateId === 'no-such-measure')).toBe(false);
  });
});

describe('selectMeasures: properties', () => {
  it('every risk point gets at least one measure', () => {
    fc.assert(fc.property(contextArb, (ctx) => selectMeasures(ctx).length >= 1), { numRuns: 200 });
  });

  it('every high risk point gets at least one measure in each phase', () => {
    fc.assert(
      fc.property(contextArb, (ctx) => {
        const phases = new Set(selectMeasures({ ...ctx, level: 'high' }).map((m) => m.phase));
        return PHASES.every((p) => phases.has(p));
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

  it('each template appears at most once, ordered by phase; proposals stay within the per-phase cap (or one fallback)', () => {
    fc.assert(
      fc.property(contextArb, (ctx) => {
        const ms = selectMeasures(ctx);
        expect(new Set(ms.map((m) => m.templateId)).size).toBe(ms.length);
        for (let i = 1; i < ms.length; i++) expect(PHASE_ORDER[ms[i - 1]!.phase]).toBeLessThanOrEqual(PHASE_ORDER[ms[i]!.phase]);
        for (const p of PHASES) {
          const proposed = ms.filter((m) => m.phase === p && m.status === 'proposed').length;
          expect(proposed).toBeLessThanOrEqual(Math.max(1, DEFAULT_MAX_PROPOSED_PER_PHASE[ctx.level]));
        }
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
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(contextArb, fc.array(triggersArb, { maxLength: 5 }), (ctx, extra) => {
        for (const triggers of [...BUILTIN_TEMPLATES.map((t) => t.triggers), ...extra]) {
          const c = compiledTriggers(triggers);
          expect(c.test(ctx, ctx.step.toLowerCase())).toBe(triggersMatch(triggers, ctx));
          expect(c.weight).toBe(triggerWeight(triggers));
        }
      }),
      { numRuns: 200 },
    );
  });

  it('selection equals its definition: applicable templates by phase, most relevant then by id, capped, with fallbacks', () => {
    const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
    const reference = (ctx: SelectionContext) => {
      const lib = DEFAULT_LIBRARY;
      const picks: { id: string; phase: (typeof PHASES)[number]; relevance: number; status: string }[] = [];
      const inPlace = new Set<string>();
      for (const id of ctx.controls) {
        const t = lib.byId.get(id);
        if (t === undefined || inPlace.has(id)) continue;
        inPlace.add(id);
        picks.push({ id, phase: t.phase, relevance: triggersMatch(t.triggers, ctx) ? triggerWeight(t.triggers) : 0, status: 'in-place' });
      }
      const cap = DEFAULT_MAX_PROPOSED_PER_PHASE[ctx.level];
      for (const phase of PHASES) {
        lib.templates
          .filter((t) => t.phase === phase && !inPlace.has(t.id) && triggersMatch(t.triggers, ctx))
          .map((t) => ({ id: t.id, phase, relevance: triggerWeight(t.triggers), status: 'proposed' }))
          .sort((a, b) => b.relevance - a.relevance || cmp(a.id, b.id))
          .slice(0, cap)
          .forEach((p) => picks.push(p));
      }
      const covered = new Set(picks.map((p) => p.phase));
      const needed = ctx.level === 'high' ? PHASES : picks.length === 0 ? PHASES.slice(0, 1) : [];
      for (const phase of needed) {
        if (covered.has(phase)) continue;
        const f = lib.fallbacks[phase];
        if (f === undefined || picks.some((p) => p.id === f.id)) continue;
        picks.push({ id: f.id, phase: f.phase, relevance: 0, status: 'proposed' });
        covered.add(f.phase);
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
