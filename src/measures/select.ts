/**
 * Selection: which templates apply to a risk point, in what order, with placeholders filled.
 *
 * Rules (also in docs/readme/measures.md):
 * 1. A template applies when every trigger condition present holds; a template without conditions
 *    applies everywhere. Its relevance is the sum of the weights of its conditions
 *    ({@link RELEVANCE_WEIGHTS}): the more specific, the more relevant.
 * 2. Templates named in `controls` are listed with status `in-place`, whether or not they apply,
 *    and are never proposed again. Ids unknown to the library are ignored.
 * 3. Applicable templates not in place are proposed, per phase at most
 *    `maxProposedPerPhase[level]` (default high 3, medium 2, low 1), most relevant first, ties by id.
 * 4. Coverage: a high risk point has at least one measure in every phase, any other risk point at
 *    least one measure; a missing phase gets the library's fallback template for that phase.
 * 5. Order: phase (before, during, after), then relevance (highest first), then id (code-unit order).
 */
import { effectiveFactors } from '../scoring/engine.js';
import { fillAll, type Locale, type LocalizedText, type MessageParams } from '../i18n/locale.js';
import type { Factors, Post, Power, RiskPoint } from '../model/document.js';
import { compareLevels, RANKS, type FactorId, type Level } from '../model/enums.js';
import { DEFAULT_LIBRARY, type TemplateLibrary } from './library.js';
import { PHASES, type MeasureTemplate, type MeasureTriggers, type Phase, type SelectedMeasure, type SelectionContext } from './types.js';

/** How much each kind of matched trigger condition adds to a template's relevance. */
export const RELEVANCE_WEIGHTS = {
  /** `minLevel`, by the level required. */
  minLevel: { low: 0, medium: 1, high: 2 },
  /** Each factor threshold. */
  factor: 1,
  /** Extra for a factor threshold of 4 or more. */
  factorHighThreshold: 1,
  /** A power-category condition. */
  categories: 2,
  /** A step-keyword condition (the most concrete match on the procedure). */
  steps: 3,
  /** A finding-code condition (a structural problem the measure remedies). */
  findingCodes: 4,
  /** Each flag. */
  flag: 2,
  /** A rank condition: per rank it leaves out (the narrower, the more relevant), at least this once. */
  ranksPerExcluded: 1,
} as const;

/** Default cap on proposed measures per phase, by the risk point's level. */
export const DEFAULT_MAX_PROPOSED_PER_PHASE = { high: 3, medium: 2, low: 1 } as const satisfies Readonly<Record<Level, number>>;

/** Options of {@link selectMeasures}. */
export interface SelectionOptions {
  /** Cap on proposed measures per phase, by level; in-place measures are not counted. */
  readonly maxProposedPerPhase?: Readonly<Record<Level, number>>;
  /** Which texts of the selected measures are filled; all, in every locale, when absent. */
  readonly fill?: MeasureFill;
}

/** Which texts of a selected measure are filled: a catalog fills what its renderer writes. */
export interface MeasureFill {
  /** Fill this locale only, the others left empty; every locale when absent. */
  readonly locale?: Locale;
  /** Fill `text` and `indicator` (left empty when false); titles are always filled. Default true. */
  readonly texts?: boolean;
}

const EMPTY_TEXT: LocalizedText = { 'zh-CN': '', 'zh-TW': '', en: '' };

const PHASE_INDEX: Readonly<Record<Phase, number>> = { before: 0, during: 1, after: 2 };

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The relevance a template's triggers give when they match (the weight of its conditions).
 * @param triggers - the template's triggers
 * @returns the sum of {@link RELEVANCE_WEIGHTS} over the conditions present; 0 for a general template
 */
export function triggerWeight(triggers: MeasureTriggers): number {
  let w = 0;
  if (triggers.minLevel !== undefined) w += RELEVANCE_WEIGHTS.minLevel[triggers.minLevel];
  if (triggers.factors !== undefined) {
    for (const min of Object.values(triggers.factors)) {
      if (min === undefined) continue;
      w += RELEVANCE_WEIGHTS.factor + (min >= 4 ? RELEVANCE_WEIGHTS.factorHighThreshold : 0);
    }
  }
  if (triggers.categories !== undefined) w += RELEVANCE_WEIGHTS.categories;
  if (triggers.steps !== undefined) w += RELEVANCE_WEIGHTS.steps;
  if (triggers.findingCodes !== undefined) w += RELEVANCE_WEIGHTS.findingCodes;
  if (triggers.flags !== undefined) w += RELEVANCE_WEIGHTS.flag * triggers.flags.length;
  if (triggers.ranks !== undefined) {
    w += RELEVANCE_WEIGHTS.ranksPerExcluded * Math.max(1, RANKS.length - new Set(triggers.ranks).size);
  }
  return w;
}

/**
 * Tells whether a template's triggers hold for a risk point (every condition present must hold;
 * inside a list one entry is enough).
 * @param triggers - the template's triggers
 * @param ctx - the risk point
 * @returns true when the template applies
 */
export function triggersMatch(triggers: MeasureTriggers, ctx: SelectionContext): boolean {
  return compileTriggers(triggers).test(ctx, ctx.step.toLowerCase());
}

/**
 * The placeholder values of a risk point: `{post}`, `{power}`, `{department}`, `{step}`.
 * @param ctx - the risk point
 * @returns the values for `fill`
 */
export function placeholderValues(ctx: SelectionContext): MessageParams {
  return { post: ctx.post.name, power: ctx.power.name, department: ctx.post.department, step: ctx.step };
}

/**
 * Fills a template's title, text and indicator.
 * @param template - the template
 * @param params - placeholder values (plain or localized)
 * @param status - in place or proposed
 * @param fill - which texts and locales to fill; all when absent
 * @returns the selected measure
 */
export function instantiate(template: MeasureTemplate, params: MessageParams, status: SelectedMeasure['status'], fill?: MeasureFill): SelectedMeasure {
  const only = fill?.locale;
  const texts = fill?.texts !== false;
  const filled: { -readonly [K in keyof SelectedMeasure]: SelectedMeasure[K] } = {
    templateId: template.id,
    phase: template.phase,
    kind: template.kind,
    owner: template.owner,
    title: fillAll(template.title, params, only),
    text: texts ? fillAll(template.text, params, only) : EMPTY_TEXT,
    reviewDays: template.reviewDays,
    status,
  };
  if (template.indicator !== undefined) filled.indicator = texts ? fillAll(template.indicator as LocalizedText, params, only) : EMPTY_TEXT;
  return filled;
}

interface Pick {
  readonly template: MeasureTemplate;
  readonly relevance: number;
  readonly status: SelectedMeasure['status'];
}

/** A template's triggers prepared once: the weight, and the test with keywords lower-cased. */
export interface CompiledTriggers {
  readonly weight: number;
  /** Same answer as {@link triggersMatch}, given the context's step already lower-cased. */
  readonly test: (ctx: SelectionContext, lowerStep: string) => boolean;
}

// Selection tests every template against every risk point: a million risk points times the library.
// Compiling each triggers object once (keyed by identity, so user libraries get it too) keeps that
// loop to a few comparisons.
const COMPILED = new WeakMap<MeasureTriggers, CompiledTriggers>();

/**
 * The triggers prepared for fast selection (internal; exported for the tests that hold it equal to
 * {@link triggersMatch} and {@link triggerWeight}).
 * @param triggers - a template's triggers
 * @returns the weight and the test, made once per triggers object
 */
export function compiledTriggers(triggers: MeasureTriggers): CompiledTriggers {
  let c = COMPILED.get(triggers);
  if (c === undefined) {
    c = compileTriggers(triggers);
    COMPILED.set(triggers, c);
  }
  return c;
}

/** The one implementation of trigger matching: {@link triggersMatch} compiles afresh, selection once per triggers object. */
function compileTriggers(triggers: MeasureTriggers): CompiledTriggers {
  const { minLevel, categories, findingCodes, flags, ranks } = triggers;
  const factors = Object.entries(triggers.factors ?? {}).filter((e): e is [FactorId, number] => e[1] !== undefined);
  const steps = triggers.steps?.filter((k) => k !== '').map((k) => k.toLowerCase());
  return {
    weight: triggerWeight(triggers),
    test(ctx, lowerStep) {
      if (minLevel !== undefined && compareLevels(ctx.level, minLevel) < 0) return false;
      for (const [factor, min] of factors) {
        const rating = ctx.factors[factor];
        if (rating === undefined || rating < min) return false;
      }
      if (categories !== undefined && !categories.includes(ctx.power.category)) return false;
      if (steps !== undefined && !steps.some((k) => lowerStep.includes(k))) return false;
      if (findingCodes !== undefined && !findingCodes.some((code) => ctx.findingCodes.includes(code))) return false;
      if (flags !== undefined) {
        for (const flag of flags) {
          if (flag === 'majorMatter' && ctx.majorMatter !== true) return false;
          if (flag === 'priorIncident' && ctx.priorIncident !== true) return false;
          if (flag === 'notCollective' && ctx.collectiveDecision === true) return false;
        }
      }
      return ranks === undefined || (ctx.rank !== undefined && ranks.includes(ctx.rank));
    },
  };
}

type ProposalOrder = Readonly<Record<Phase, readonly { readonly template: MeasureTemplate; readonly triggers: CompiledTriggers }[]>>;

const ORDERS = new WeakMap<TemplateLibrary, ProposalOrder>();

/** A library's templates by phase, most relevant first, then by id: computed once per library. */
function proposalOrder(library: TemplateLibrary): ProposalOrder {
  let order = ORDERS.get(library);
  if (order === undefined) {
    const byPhase: Record<Phase, { template: MeasureTemplate; triggers: CompiledTriggers }[]> = { before: [], during: [], after: [] };
    for (const template of library.templates) byPhase[template.phase].push({ template, triggers: compiledTriggers(template.triggers) });
    for (const phase of PHASES) {
      byPhase[phase].sort((a, b) => b.triggers.weight - a.triggers.weight || compareIds(a.template.id, b.template.id));
    }
    order = byPhase;
    ORDERS.set(library, order);
  }
  return order;
}

/**
 * Selects the prevention measures of one risk point. Never throws; does not change its inputs.
 * @param ctx - what selection needs to know about the risk point
 * @param library - the template library (default: the built-in one)
 * @param options - caps on proposals
 * @returns the measures, ordered by phase, relevance, id
 * @example
 * const measures = selectMeasures({
 *   post: { id: 'p1', name: '采购员', department: '物资科' },
 *   power: { id: 'w1', name: '物资采购', category: 'procurement' },
 *   step: '验收', level: 'high', factors: { fundLinkage: 5, discretion: 4 },
 *   findingCodes: [], controls: ['integrity-education'],
 * });
 * measures[0].text['zh-CN']; // 物资科负责人每季度组织采购员开展廉洁从业教育……
 */
export function selectMeasures(
  ctx: SelectionContext,
  library: TemplateLibrary = DEFAULT_LIBRARY,
  options: SelectionOptions = {},
): SelectedMeasure[] {
  return selectMeasuresWith(ctx, library, options, undefined);
}

/**
 * {@link selectMeasures}, sharing filled measures through `memo` across the risk points of one post
 * (the memo must not outlive the post: its keys assume one post's name and department).
 * @param ctx - what selection needs to know about the risk point
 * @param library - the template library
 * @param options - caps on proposals
 * @param memo - filled measures by power, step, status and template; one per post
 * @returns the measures, ordered by phase, relevance, id
 */
export function selectMeasuresWith(
  ctx: SelectionContext,
  library: TemplateLibrary,
  options: SelectionOptions,
  memo: Map<string, SelectedMeasure> | undefined,
): SelectedMeasure[] {
  const caps = options.maxProposedPerPhase ?? DEFAULT_MAX_PROPOSED_PER_PHASE;
  // Controls are a handful of ids: an array is cheaper than a set for a million risk points.
  const inPlace: string[] = [];
  const picks: Pick[] = [];
  const lowerStep = ctx.step.toLowerCase();
  for (const id of ctx.controls) {
    const template = library.byId.get(id);
    if (template === undefined || inPlace.includes(id)) continue;
    inPlace.push(id);
    const t = compiledTriggers(template.triggers);
    const relevance = t.test(ctx, lowerStep) ? t.weight : 0;
    picks.push({ template, relevance, status: 'in-place' });
  }

  // Templates the unit's own measures adopt count as in place but are shown in the unit's words.
  const own = ctx.ownMeasures ?? [];
  for (const m of own) if (m.template !== undefined && !inPlace.includes(m.template)) inPlace.push(m.template);
  const cap = Math.max(0, Math.floor(caps[ctx.level]));
  const covered = new Set<Phase>(picks.map((p) => p.template.phase));
  for (const m of own) if (m.phase !== undefined) covered.add(m.phase);
  // Templates come in proposal order (relevance, then id), so the first `cap` that apply are the picks.
  const order = proposalOrder(library);
  for (const phase of PHASES) {
    let taken = 0;
    for (const { template, triggers } of order[phase]) {
      if (taken >= cap) break;
      if ((inPlace.length > 0 && inPlace.includes(template.id)) || !triggers.test(ctx, lowerStep)) continue;
      picks.push({ template, relevance: triggers.weight, status: 'proposed' });
      covered.add(phase);
      taken++;
    }
  }

  // Coverage guarantees: every phase for high risk points, at least one measure for the rest.
  const needed: readonly Phase[] = ctx.level === 'high' ? PHASES : picks.length === 0 && own.length === 0 ? PHASES.slice(0, 1) : [];
  for (const phase of needed) {
    if (covered.has(phase)) continue;
    const fallback = library.fallbacks[phase] ?? (picks.length === 0 ? firstFallback(library) : undefined);
    if (fallback === undefined || inPlace.includes(fallback.id) || picks.some((p) => p.template.id === fallback.id)) continue;
    picks.push({ template: fallback, relevance: 0, status: 'proposed' });
    covered.add(fallback.phase);
  }

  picks.sort(
    (a, b) =>
      PHASE_INDEX[a.template.phase] - PHASE_INDEX[b.template.phase] ||
      b.relevance - a.relevance ||
      compareIds(a.template.id, b.template.id),
  );
  const params = placeholderValues(ctx);
  const fill = options.fill;
  if (memo === undefined) return picks.map((p) => instantiate(p.template, params, p.status, fill));
  // Risk points of one power at one step fill a template with the same values: fill it once.
  const prefix = `${ctx.power.id}\u0000${ctx.step}\u0000`;
  return picks.map((p) => {
    const key = `${prefix}${p.status}\u0000${p.template.id}`;
    let m = memo.get(key);
    if (m === undefined) memo.set(key, (m = instantiate(p.template, params, p.status, fill)));
    return m;
  });
}

function firstFallback(library: TemplateLibrary): MeasureTemplate | undefined {
  for (const phase of PHASES) {
    const t = library.fallbacks[phase];
    if (t !== undefined) return t;
  }
  return undefined;
}

/**
 * Builds the selection context of a risk point from the document.
 * @param post - the post holding the power
 * @param power - the power
 * @param riskPoint - the risk point
 * @param assessed - its inherent level and, when known, its effective factors (else inherited here)
 * @param findingCodes - codes of findings on the post or this power
 * @returns the context for {@link selectMeasures}
 */
export function selectionContext(
  post: Post,
  power: Power,
  riskPoint: RiskPoint,
  assessed: { readonly level: Level; readonly effectiveFactors?: Factors },
  findingCodes: readonly string[] = [],
): SelectionContext {
  return {
    post: { id: post.id, name: post.name, department: post.department },
    power: { id: power.id, name: power.name, category: power.category },
    step: riskPoint.step,
    level: assessed.level,
    factors: assessed.effectiveFactors ?? effectiveFactors(post, riskPoint),
    findingCodes,
    controls: riskPoint.controls,
    rank: post.rank,
    majorMatter: power.majorMatter,
    collectiveDecision: power.collectiveDecision,
    priorIncident: riskPoint.priorIncident,
    ...(riskPoint.ownMeasures === undefined ? {} : { ownMeasures: riskPoint.ownMeasures }),
  };
}
