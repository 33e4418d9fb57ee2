/**
 * Selection: which templates apply to a risk point, in what order, with placeholders filled.
 *
 * Rules (also in docs/readme/measures.md):
 * 1. A template applies when every trigger condition present holds; a template without conditions
 *    applies everywhere. Its relevance to a risk point is the weight of its conditions
 *    ({@link RELEVANCE_WEIGHTS}: the more specific, the more relevant), plus {@link DRIVER_BONUS}
 *    for each of the risk point's driving factors it lowers ({@link driversOf}), plus
 *    {@link RULE_BONUS} when it answers a scoring rule that fired (same flag, category or factor).
 * 2. Templates named in `controls` are listed with status `in-place`, whether or not they apply,
 *    and are never proposed again; templates the unit's own measures adopt are not proposed either
 *    (they are shown in the unit's words). Ids unknown to the library are ignored.
 * 3. Templates of scope `post` (education, talks, reports, rotation, audit) are never proposed on a
 *    risk point: {@link selectPostMeasures} lists them once on the post.
 * 3a. A template tied neither to the step nor to words of the risk point (no step condition, and
 *    no keyword found in the step or the description) fits the whole power alike: it is proposed
 *    once per power, on the first of its risk points where it is chosen (`listedOnPower`).
 * 4. At most `maxProposals[level]` proposals (default high 4, medium 3, low 2; never more than
 *    {@link MAX_PROPOSALS}): first the most relevant candidate of each phase not yet covered by a
 *    measure in place or an own measure (the most relevant of those when the cap is smaller), then
 *    the most relevant of the rest; ties by id.
 * 5. Coverage: a high risk point with a phase that has no candidate gets the library's fallback for
 *    that phase, within the cap; any risk point gets at least one measure (its own measures count).
 * 6. Order: phase (before, during, after), then relevance (highest first), then id (code-unit order).
 * 7. Owners resolve against the post ({@link resolveOwnerTier}) and texts name actors through
 *    placeholders ({@link actorValues}), so nobody organises, supervises, talks to or approves himself.
 */
import { compileModel, effectiveFactors, valuesOf } from '../scoring/engine.js';
import { evalCondition } from '../scoring/condition.js';
import { DEFAULT_MODEL } from '../scoring/defaults.js';
import type { Condition, ScoringModel } from '../scoring/model.js';
import { fillAll, type Locale, type LocalizedText, type MessageParams } from '../i18n/locale.js';
import type { Factors, Post, Power, RiskPoint } from '../model/document.js';
import { compareLevels, FACTOR_IDS, type FactorId, type Level, type Phase, PHASES, type PowerCategory, type Rank, RANKS } from '../model/enums.js';
import { actorValues, resolveOwnerTier, watchesHolder } from './actor.js';
import { contextValues, powerContext } from './context.js';
import { DEFAULT_LIBRARY, isGeneralTriggers, type TemplateLibrary } from './library.js';
import { type FiredRuleSigns, type MeasureTemplate, type MeasureTriggers, type SelectedMeasure, type SelectionContext, type TriggerFlag } from './types.js';

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
  steps: 4,
  /** A finding-code condition (a structural problem the measure remedies). */
  findingCodes: 4,
  /** Each flag. */
  flag: 2,
  /** A rank condition: per rank it leaves out (the narrower, the more relevant), at least this once. */
  ranksPerExcluded: 1,
  /**
   * A keyword condition on the step or the description (what could go wrong, in the unit's words);
   * a keyword found only in the power's name says less about the row and counts {@link NAME_ONLY_KEYWORDS}.
   */
  keywords: 4,
  /** An outside-party condition (the measure is about those parties). */
  parties: 3,
  /** A decided-matter condition (fees, amounts, penalties). */
  decides: 3,
} as const;

/** What a keyword condition weighs when its keyword is found only in the power's name. */
export const NAME_ONLY_KEYWORDS = 2;

/** Relevance added for lowering the risk point's first, second and third driving factor. */
export const DRIVER_BONUS = [2, 1, 1] as const;

/** A factor drives a risk point's score only when rated at least this (the middle of the scale). */
export const DRIVER_MIN_RATING = 3;

/** Relevance added once for answering a scoring rule that fired on the risk point. */
export const RULE_BONUS = 3;

/** The most proposals a risk point ever gets, whatever the options say. */
export const MAX_PROPOSALS = 5;

/** Default cap on proposals per risk point, by its level (published catalogs list two to four measures a row). */
export const DEFAULT_MAX_PROPOSALS = { high: 4, medium: 3, low: 2 } as const satisfies Readonly<Record<Level, number>>;

/** Default cap on the measures listed once on a post (scope `post`), measures in place aside. */
export const DEFAULT_MAX_POST_MEASURES = 5;

/** Options of {@link selectMeasures}. */
export interface SelectionOptions {
  /**
   * Cap on proposals per risk point, by level (never above {@link MAX_PROPOSALS}); measures in place
   * and the unit's own are not counted. Default {@link DEFAULT_MAX_PROPOSALS}.
   */
  readonly maxProposals?: Readonly<Record<Level, number>>;
  /** Cap on the proposals listed once on a post (default {@link DEFAULT_MAX_POST_MEASURES}). */
  readonly maxPostMeasures?: number;
  /**
   * The scoring model the risk points were graded with: `selectPostMeasures` reads each risk
   * point's driving factors and fired rules under it. The default model when absent.
   */
  readonly model?: ScoringModel;
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
  if (triggers.keywords !== undefined) w += RELEVANCE_WEIGHTS.keywords;
  if (triggers.parties !== undefined) w += RELEVANCE_WEIGHTS.parties;
  if (triggers.decides !== undefined) w += RELEVANCE_WEIGHTS.decides;
  return w;
}

/**
 * The relevance a template gains on a risk point beyond its conditions' weight: {@link DRIVER_BONUS}
 * for each driving factor it lowers, and {@link RULE_BONUS} when its triggers look at what a rule
 * that fired looks at (a flag, a power category, a factor).
 * @param template - the template (its `effect` and `triggers`)
 * @param ctx - the risk point (its `drivers` and `firedRules`)
 * @returns the bonus, 0 when the context names no drivers and no fired rules
 */
export function relevanceBonus(template: MeasureTemplate, ctx: Pick<SelectionContext, 'drivers' | 'firedRules'>): number {
  let bonus = 0;
  const drivers = ctx.drivers;
  if (drivers !== undefined) {
    for (let i = 0; i < drivers.length && i < DRIVER_BONUS.length; i++) {
      const x = template.effect[drivers[i] as FactorId];
      if (typeof x === 'number' && x > 0) bonus += DRIVER_BONUS[i] ?? 0;
    }
  }
  const fired = ctx.firedRules;
  if (fired !== undefined && fired.ids.length > 0) {
    const t = template.triggers;
    const answers =
      (t.flags?.some((f) => fired.flags.includes(f)) ?? false) ||
      (t.categories?.some((c) => fired.categories.includes(c)) ?? false) ||
      Object.keys(t.factors ?? {}).some((f) => fired.factors.includes(f as FactorId));
    if (answers) bonus += RULE_BONUS;
  }
  return bonus;
}

/** How much each factor moves a model's score: its weight share (matrix: on each side; count: criteria reading it). */
const INFLUENCE = new WeakMap<ScoringModel, readonly number[]>();

function influenceOf(model: ScoringModel): readonly number[] {
  let x = INFLUENCE.get(model);
  if (x === undefined) {
    const cm = compileModel(model);
    const sum = (w: readonly number[]) => w.reduce((a, b) => a + b, 0) || 1;
    const s1 = sum(cm.w1);
    const s2 = sum(cm.w2);
    x = FACTOR_IDS.map((_, i) => (cm.w1[i] ?? 0) / s1 + (cm.w2[i] ?? 0) / s2);
    INFLUENCE.set(model, x);
  }
  return x;
}

/**
 * The factors that drive a risk point's score: those rated at least {@link DRIVER_MIN_RATING},
 * ordered by rating times the factor's share of the model's weight (matrix: on its side; count: the
 * criteria reading it), at most three, ties in factor order. Factors the model does not weigh never drive.
 * @param factors - the effective ratings
 * @param model - the scoring model (default: the default model)
 * @returns at most three factor ids, most first
 * @example
 * driversOf({ fundLinkage: 5, discretion: 4, opacity: 5 }) // ['fundLinkage', 'discretion', 'opacity']
 */
export function driversOf(factors: Factors, model: ScoringModel = DEFAULT_MODEL): FactorId[] {
  const influence = influenceOf(model);
  const scored: { f: FactorId; x: number; i: number }[] = [];
  FACTOR_IDS.forEach((f, i) => {
    const r = factors[f];
    const w = influence[i] ?? 0;
    if (r !== undefined && r >= DRIVER_MIN_RATING && w > 0) scored.push({ f, x: r * w, i });
  });
  scored.sort((a, b) => b.x - a.x || a.i - b.i);
  return scored.slice(0, DRIVER_BONUS.length).map((s) => s.f);
}

const NO_SIGNS: FiredRuleSigns = { ids: [], flags: [], categories: [], factors: [] };

function collectSigns(c: Condition, flags: Set<TriggerFlag>, categories: Set<PowerCategory>, factors: Set<FactorId>): void {
  if ('factor' in c) factors.add(c.factor);
  else if ('flag' in c) {
    if (c.flag === 'collectiveDecision') {
      if (!c.equals) flags.add('notCollective');
    } else if (c.equals) flags.add(c.flag);
  } else if ('categoryIn' in c) for (const x of c.categoryIn) categories.add(x);
  else if ('all' in c) for (const x of c.all) collectSigns(x, flags, categories, factors);
  else if ('any' in c) for (const x of c.any) collectSigns(x, flags, categories, factors);
}

/**
 * The rules of a model that hold on a risk point (inherent ratings), and what their conditions look at.
 * @param post - the post
 * @param power - the power
 * @param riskPoint - the risk point
 * @param model - the scoring model (default: the default model)
 * @returns the rules' ids and the flags, categories and factors they test
 */
export function firedRuleSigns(post: Post, power: Power, riskPoint: RiskPoint, model: ScoringModel = DEFAULT_MODEL): FiredRuleSigns {
  if (model.rules.length === 0) return NO_SIGNS;
  const cm = compileModel(model);
  const cond = { post, power, riskPoint, values: valuesOf(cm, effectiveFactors(post, riskPoint)) };
  const ids: string[] = [];
  const flags = new Set<TriggerFlag>();
  const categories = new Set<PowerCategory>();
  const factors = new Set<FactorId>();
  for (const r of model.rules) {
    if (!evalCondition(r.when, cond)) continue;
    ids.push(r.id);
    collectSigns(r.when, flags, categories, factors);
  }
  if (ids.length === 0) return NO_SIGNS;
  return { ids, flags: [...flags], categories: [...categories], factors: FACTOR_IDS.filter((f) => factors.has(f)) };
}

/**
 * Tells whether a template's triggers hold for a risk point (every condition present must hold;
 * inside a list one entry is enough).
 * @param triggers - the template's triggers
 * @param ctx - the risk point
 * @returns true when the template applies
 */
export function triggersMatch(triggers: MeasureTriggers, ctx: SelectionContext): boolean {
  return compileTriggers(triggers).test(ctx, lowerTexts(ctx));
}

/** A risk point's words lower-cased, for the keyword and step tests of every template. */
export interface LowerTexts {
  /** The step. */
  readonly step: string;
  /** The step and the description: the risk point's own words. */
  readonly row: string;
  /** The step, the description and the power's name. */
  readonly all: string;
}

/**
 * The words of a risk point lower-cased once, so that testing the whole library against it does not
 * lower-case them once per template (internal; exported for the tests of {@link compiledTriggers}).
 * @param ctx - the risk point
 * @returns its step, its row and all its words, lower-cased
 */
export function lowerTexts(ctx: Pick<SelectionContext, 'step' | 'description' | 'power'>): LowerTexts {
  const step = ctx.step.toLowerCase();
  const row = `${step}\n${(ctx.description ?? '').toLowerCase()}`;
  return { step, row, all: `${row}\n${ctx.power.name.toLowerCase()}` };
}

/**
 * A post's name as a measure's text names it: without a closing remark in brackets, which lists
 * what the post is in charge of (`党组成员、副局长（分管执法监察、国土空间规划）` → `党组成员、副局长`);
 * the name as written when nothing would be left.
 * @param name - the post's name
 * @returns the name for texts
 * @example
 * shortPostName('后勤保障股股长（政府采购经办）') // '后勤保障股股长'
 */
export function shortPostName(name: string): string {
  const m = /^(.*?\S)\s*(?:（[^（）]*）|\([^()]*\))$/u.exec(name);
  return m === null ? name : (m[1] as string);
}

/**
 * The placeholder values of a risk point: `{post}` (its name without a closing remark in brackets,
 * see {@link shortPostName}), `{power}`, `{department}`, `{step}`, the actors
 * above the post (`{superior}`, `{leader}`, `{overseer}`, `{discipline}`, `{personnel}`, by its
 * rank, staff when absent) and the power's context (`{parties}`, `{prohibitions}`, `{results}`).
 * @param ctx - the risk point
 * @returns the values for `fill`
 */
export function placeholderValues(ctx: SelectionContext): MessageParams {
  return {
    post: shortPostName(ctx.post.name),
    power: ctx.power.name,
    department: ctx.post.department,
    step: ctx.step,
    ...actorValues({ rank: ctx.rank ?? 'staff', department: ctx.post.department }),
    ...contextValues(ctx.power),
  };
}

/**
 * Fills a template's title, text and indicator.
 * @param template - the template
 * @param params - placeholder values (plain or localized)
 * @param status - in place or proposed
 * @param fill - which texts and locales to fill; all when absent
 * @param rank - the post's rank: the owner is resolved against it ({@link resolveOwnerTier}); as written when absent
 * @returns the selected measure
 */
export function instantiate(template: MeasureTemplate, params: MessageParams, status: SelectedMeasure['status'], fill?: MeasureFill, rank?: Rank): SelectedMeasure {
  const only = fill?.locale;
  const texts = fill?.texts !== false;
  const filled: { -readonly [K in keyof SelectedMeasure]: SelectedMeasure[K] } = {
    templateId: template.id,
    phase: template.phase,
    kind: template.kind,
    owner: rank === undefined ? template.owner : resolveOwnerTier(template.owner, rank, watchesHolder(template.text['zh-CN'])),
    title: fillText(template.title, params, only),
    text: texts ? fillText(template.text, params, only) : EMPTY_TEXT,
    reviewDays: template.reviewDays,
    status,
  };
  if (template.indicator !== undefined) filled.indicator = texts ? fillText(template.indicator as LocalizedText, params, only) : EMPTY_TEXT;
  return filled;
}

/**
 * A template text filled. A locale whose text is the zh-CN text (a user template written in zh-CN
 * only) is Chinese: its placeholders take the zh-CN words, so an actor is not named in English
 * inside a Chinese sentence.
 */
function fillText(text: LocalizedText, params: MessageParams, only: Locale | undefined): LocalizedText {
  const filled = fillAll(text, params, only);
  const zhTW = text['zh-TW'] === text['zh-CN'] && (only === undefined || only === 'zh-TW');
  const en = text.en === text['zh-CN'] && (only === undefined || only === 'en');
  if (!zhTW && !en) return filled;
  const zh = fillAll(text, params, 'zh-CN')['zh-CN'];
  return { 'zh-CN': filled['zh-CN'], 'zh-TW': zhTW ? zh : filled['zh-TW'], en: en ? zh : filled.en };
}

interface Choice {
  readonly template: MeasureTemplate;
  readonly relevance: number;
  readonly status: SelectedMeasure['status'];
}

/** A template's triggers prepared once: the weight, and the test with keywords lower-cased. */
export interface CompiledTriggers {
  readonly weight: number;
  /** No condition is present: the template applies everywhere (see `isGeneralTriggers`). */
  readonly general: boolean;
  /**
   * The template fits every risk point of the power alike: it has no step condition, and its
   * keywords (if any) are found only in the power's name, not in the step or the description.
   */
  readonly powerWide: (ctx: SelectionContext, lower: LowerTexts) => boolean;
  /** Same answer as {@link triggersMatch}, given the context's words already lower-cased ({@link lowerTexts}). */
  readonly test: (ctx: SelectionContext, lower: LowerTexts) => boolean;
  /** The weight on a risk point the triggers match: less when a keyword is found only in the power's name. */
  readonly weightOn: (ctx: SelectionContext, lower: LowerTexts) => number;
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
  const { minLevel, categories, findingCodes, flags, ranks, parties, decides } = triggers;
  const factors = Object.entries(triggers.factors ?? {}).filter((e): e is [FactorId, number] => e[1] !== undefined);
  const steps = triggers.steps?.filter((k) => k !== '').map((k) => k.toLowerCase());
  const keywords = triggers.keywords?.filter((k) => k !== '').map((k) => k.toLowerCase());
  const weight = triggerWeight(triggers);
  // Whether a keyword is found in the risk point's own words (its step or description), not only in the power's name.
  const inRow = (lower: LowerTexts): boolean => keywords !== undefined && keywords.some((k) => lower.row.includes(k));
  return {
    weight,
    general: isGeneralTriggers(triggers),
    powerWide(_ctx, lower) {
      if (steps !== undefined) return false;
      return keywords === undefined || !inRow(lower);
    },
    weightOn(_ctx, lower) {
      return keywords === undefined || inRow(lower) ? weight : weight - RELEVANCE_WEIGHTS.keywords + NAME_ONLY_KEYWORDS;
    },
    test(ctx, lower) {
      if (minLevel !== undefined && compareLevels(ctx.level, minLevel) < 0) return false;
      for (const [factor, min] of factors) {
        const rating = ctx.factors[factor];
        if (rating === undefined || rating < min) return false;
      }
      if (categories !== undefined && !categories.includes(ctx.power.category)) return false;
      if (steps !== undefined && !steps.some((k) => lower.step.includes(k))) return false;
      if (findingCodes !== undefined && !findingCodes.some((code) => ctx.findingCodes.includes(code))) return false;
      if (flags !== undefined) {
        for (const flag of flags) {
          if (flag === 'majorMatter' && ctx.majorMatter !== true) return false;
          if (flag === 'priorIncident' && ctx.priorIncident !== true) return false;
          if (flag === 'notCollective' && ctx.collectiveDecision === true) return false;
        }
      }
      if (ranks !== undefined && (ctx.rank === undefined || !ranks.includes(ctx.rank))) return false;
      if (parties !== undefined && !parties.some((p) => ctx.power.parties?.includes(p) === true)) return false;
      if (decides !== undefined && !decides.some((d) => ctx.power.decides?.includes(d) === true)) return false;
      if (keywords !== undefined && !keywords.some((k) => lower.all.includes(k))) return false;
      return true;
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
    for (const template of library.templates) {
      if (template.scope === 'post') continue;
      byPhase[template.phase].push({ template, triggers: compiledTriggers(template.triggers) });
    }
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
  // Controls are a handful of ids: an array is cheaper than a set for a million risk points.
  const inPlace: string[] = [];
  const picks: Choice[] = [];
  const lower = lowerTexts(ctx);
  for (const id of ctx.controls) {
    const template = library.byId.get(id);
    if (template === undefined || inPlace.includes(id)) continue;
    inPlace.push(id);
    const t = compiledTriggers(template.triggers);
    const relevance = t.test(ctx, lower) ? t.weightOn(ctx, lower) + relevanceBonus(template, ctx) : 0;
    picks.push({ template, relevance, status: 'in-place' });
  }

  // Templates the unit's own measures adopt count as in place but are shown in the unit's words.
  const own = ctx.ownMeasures ?? [];
  for (const m of own) if (m.template !== undefined && !inPlace.includes(m.template)) inPlace.push(m.template);
  const cap = Math.min(MAX_PROPOSALS, Math.max(0, Math.floor((options.maxProposals ?? DEFAULT_MAX_PROPOSALS)[ctx.level] ?? 0)));
  // A measure of the whole post in place covers nothing on the row: the post lists it.
  const onRow = (p: Choice): boolean => p.template.scope !== 'post';
  const covered = new Set<Phase>(picks.filter(onRow).map((p) => p.template.phase));
  for (const m of own) if (m.phase !== undefined) covered.add(m.phase);

  // Every applicable template not in place, with its relevance to this risk point, most relevant
  // first. A template without conditions fits anywhere and so says nothing about this risk point:
  // it is only the fallback below.
  const order = proposalOrder(library);
  const listed = ctx.listedOnPower;
  const candidates: Choice[] = [];
  for (const phase of PHASES) {
    for (const { template, triggers } of order[phase]) {
      if (triggers.general || (inPlace.length > 0 && inPlace.includes(template.id)) || !triggers.test(ctx, lower)) continue;
      if (listed !== undefined && listed.includes(template.id) && triggers.powerWide(ctx, lower)) continue;
      candidates.push({ template, relevance: triggers.weightOn(ctx, lower) + relevanceBonus(template, ctx), status: 'proposed' });
    }
  }
  candidates.sort((a, b) => b.relevance - a.relevance || compareIds(a.template.id, b.template.id));

  // Coverage first: the best candidate of each phase not yet covered (for a high risk point, the
  // library's fallback where no candidate fits), the most relevant of those when the cap is smaller.
  const chosen = new Set<MeasureTemplate>();
  const firsts: Choice[] = [];
  for (const phase of PHASES) {
    if (covered.has(phase)) continue;
    const best = candidates.find((p) => p.template.phase === phase);
    if (best !== undefined) firsts.push(best);
    else if (ctx.level === 'high') {
      const fallback = library.fallbacks[phase];
      if (fallback !== undefined && fallback.scope !== 'post' && !inPlace.includes(fallback.id)) firsts.push({ template: fallback, relevance: 0, status: 'proposed' });
    }
  }
  firsts.sort((a, b) => b.relevance - a.relevance || compareIds(a.template.id, b.template.id));
  for (const p of firsts.slice(0, cap)) {
    chosen.add(p.template);
    picks.push(p);
  }
  for (const p of candidates) {
    if (chosen.size >= cap) break;
    if (chosen.has(p.template)) continue;
    chosen.add(p.template);
    picks.push(p);
  }
  // Any risk point gets at least one measure (its own measures count).
  if (!picks.some(onRow) && own.length === 0) {
    const fallback = firstFallback(library);
    if (fallback !== undefined && !inPlace.includes(fallback.id)) picks.push({ template: fallback, relevance: 0, status: 'proposed' });
  }

  picks.sort(
    (a, b) =>
      PHASE_INDEX[a.template.phase] - PHASE_INDEX[b.template.phase] ||
      b.relevance - a.relevance ||
      compareIds(a.template.id, b.template.id),
  );
  const fill = options.fill;
  const rank = ctx.rank ?? 'staff';
  if (memo === undefined) {
    const params = placeholderValues(ctx);
    return picks.map((p) => instantiate(p.template, params, p.status, fill, rank));
  }
  // Risk points of one power at one step fill a template with the same values: fill it once, and
  // work out the values only when something is to be filled.
  const prefix = `${ctx.power.id}\u0000${ctx.step}\u0000`;
  let params: MessageParams | undefined;
  return picks.map((p) => {
    const key = `${prefix}${p.status}\u0000${p.template.id}`;
    let m = memo.get(key);
    if (m === undefined) memo.set(key, (m = instantiate(p.template, (params ??= placeholderValues(ctx)), p.status, fill, rank)));
    return m;
  });
}

function firstFallback(library: TemplateLibrary): MeasureTemplate | undefined {
  for (const phase of PHASES) {
    const t = library.fallbacks[phase];
    if (t !== undefined && t.scope !== 'post') return t;
  }
  return undefined;
}

/**
 * Builds the selection context of a risk point from the document: names, the power's outside
 * parties and decided matters ({@link powerContext}), the description, the driving factors (rated
 * 3 or more, by rating times the factor's share of the model's weight, at most three) and what the
 * scoring rules that fired look at, under the model.
 * @param post - the post holding the power
 * @param power - the power
 * @param riskPoint - the risk point
 * @param assessed - its inherent level and, when known, its effective factors (else inherited here)
 * @param findingCodes - codes of findings on the post or this power
 * @param model - the scoring model the risk point was graded with (default: the default model)
 * @returns the context for {@link selectMeasures}
 */
export function selectionContext(
  post: Post,
  power: Power,
  riskPoint: RiskPoint,
  assessed: { readonly level: Level; readonly effectiveFactors?: Factors },
  findingCodes: readonly string[] = [],
  model: ScoringModel = DEFAULT_MODEL,
): SelectionContext {
  const { parties, decides } = powerContext(power);
  const factors = assessed.effectiveFactors ?? effectiveFactors(post, riskPoint);
  const fired = firedRuleSigns(post, power, riskPoint, model);
  return {
    post: { id: post.id, name: post.name, department: post.department },
    power: { id: power.id, name: power.name, category: power.category, parties, decides },
    step: riskPoint.step,
    description: riskPoint.description,
    drivers: driversOf(factors, model),
    ...(fired.ids.length === 0 ? {} : { firedRules: fired }),
    level: assessed.level,
    factors,
    findingCodes,
    controls: riskPoint.controls,
    rank: post.rank,
    majorMatter: power.majorMatter,
    collectiveDecision: power.collectiveDecision,
    priorIncident: riskPoint.priorIncident,
    ...(riskPoint.ownMeasures === undefined ? {} : { ownMeasures: riskPoint.ownMeasures }),
  };
}
