/**
 * The scoring engine: ratings → method → rules → level and score, inherent and residual, for one
 * risk point at a time; posts aggregate their own risk points. Every function is linear in what it
 * is given; a compiled form of each model is cached so a million risk points cost a million small
 * evaluations.
 */
import { FACTORS } from '../model/factors.js';
import { eachLocale, fillAll, type Locale, type LocalizedText } from '../i18n/locale.js';
import type { Factors, OrganizationDocument, OwnMeasure, Post, Power, RiskPoint } from '../model/document.js';
import { FACTOR_IDS, LEVEL_IDS, POST_FACTOR_IDS, type FactorId, type Level } from '../model/enums.js';
import { conditionFactors, describeCondition, evalCondition, type ConditionContext } from './condition.js';
import { DEFAULT_MODEL } from './defaults.js';
import { formatCompact, formatFixed, round1 } from './format.js';
import { CLAUSE_SEP, EXPLAIN_TEXT as T, LIST_SEP, SENTENCE_END } from './messages.js';
import type { ControlEffects, FactorReductions, FactorWeights, LevelBand, ScoringModel, SideBand } from './model.js';
import type {
  Assessment,
  FactorContribution,
  FactorSource,
  LevelCounts,
  MethodTrace,
  PostAssessment,
  PostExplanationDetail,
  PostScore,
  ResidualTrace,
  RiskPointAssessment,
  RiskPointExplanationDetail,
  RiskPointScore,
  RuleTrace,
} from './types.js';

/** What scoring needs besides the document. */
export interface ScoringOptions {
  /** The model; {@link DEFAULT_MODEL} when absent. Pass a model from `parseModel`/`validateModel`. */
  readonly model?: ScoringModel;
  /** Per control (measure template) id, how much it lowers each factor; used for residual risk. */
  readonly controlEffects?: ControlEffects;
  /**
   * Write explanation sentences in this locale only, the others left empty: a renderer writes one
   * locale, and filling all three costs a third of a catalog's build. Every locale when absent.
   */
  readonly locale?: Locale;
  /**
   * Build the structured reasons (`Explanation.detail`) along with the sentences. Default true; a
   * renderer that writes only the sentences passes false, and the detail is left out.
   */
  readonly detail?: boolean;
}

const NF = FACTOR_IDS.length;

/** A model with its tables turned into arrays indexed like `FACTOR_IDS`. */
export interface CompiledModel {
  readonly model: ScoringModel;
  /** Factors read by the method, the criteria or the rules. */
  readonly used: readonly boolean[];
  /** weighted: the weights; matrix: likelihood weights; count: criteria reading each factor. */
  readonly w1: readonly number[];
  /** matrix: impact weights. */
  readonly w2: readonly number[];
}

const compiled = new WeakMap<ScoringModel, CompiledModel>();

function weightVector(w: FactorWeights): number[] {
  return FACTOR_IDS.map((f) => {
    const x = w[f];
    return typeof x === 'number' && x > 0 ? x : 0;
  });
}

/**
 * The compiled form of a model, built once per model object.
 * @param model - a valid model
 * @returns its compiled form
 */
export function compileModel(model: ScoringModel): CompiledModel {
  const hit = compiled.get(model);
  if (hit !== undefined) return hit;
  const read = new Set<FactorId>();
  for (const r of model.rules) conditionFactors(r.when, read);
  let w1: number[];
  let w2: number[] = new Array<number>(NF).fill(0);
  if (model.method === 'weighted') w1 = weightVector(model.weights);
  else if (model.method === 'matrix') {
    w1 = weightVector(model.likelihood.weights);
    w2 = weightVector(model.impact.weights);
  } else {
    w1 = new Array<number>(NF).fill(0);
    for (const c of model.criteria) {
      const s = new Set<FactorId>();
      conditionFactors(c.when, s);
      for (const f of s) {
        read.add(f);
        const i = FACTOR_IDS.indexOf(f);
        w1[i] = (w1[i] ?? 0) + 1;
      }
    }
  }
  const used = FACTOR_IDS.map((f, i) => read.has(f) || (w1[i] ?? 0) > 0 || (w2[i] ?? 0) > 0);
  const out: CompiledModel = { model, used, w1, w2 };
  compiled.set(model, out);
  return out;
}

function levelAt(i: number): Level {
  return LEVEL_IDS[Math.max(0, Math.min(LEVEL_IDS.length - 1, i))] ?? 'low';
}

function levelIndex(l: Level): number {
  return l === 'low' ? 0 : l === 'medium' ? 1 : 2;
}

/** The index of the band `x` falls in: the last band whose `from` is at or below `x` (bands ascend). */
function bandIndex(bands: readonly (SideBand | LevelBand)[], x: number): number {
  let k = 0;
  for (let i = 1; i < bands.length; i++) if (x >= (bands[i]?.from ?? Number.POSITIVE_INFINITY)) k = i;
  return k;
}

/**
 * The ratings a risk point is scored with: its own, and the post's `importance`/`influence` where it
 * rates none itself. The same object as `riskPoint.factors` when nothing is inherited.
 * @param post - the post
 * @param riskPoint - the risk point
 * @returns the effective ratings (what was rated, not what is assumed)
 */
export function effectiveFactors(post: Post, riskPoint: RiskPoint): Factors {
  let inherits = false;
  for (const f of POST_FACTOR_IDS) if (riskPoint.factors[f] === undefined && post.factors[f] !== undefined) inherits = true;
  if (!inherits) return riskPoint.factors;
  const out: { [F in FactorId]?: Factors[F] } = {};
  for (const f of FACTOR_IDS) {
    const own = riskPoint.factors[f];
    const v = own !== undefined ? own : f === 'importance' || f === 'influence' ? post.factors[f] : undefined;
    if (v !== undefined) out[f] = v;
  }
  return out;
}

/**
 * The values the method reads, by factor index: the effective rating, else the assumed rating
 * (policy `assume`), else `NaN` (policy `exclude`).
 * @param cm - the compiled model
 * @param eff - the effective ratings
 * @returns one value per factor, in the order of `FACTOR_IDS`
 */
export function valuesOf(cm: CompiledModel, eff: Factors): number[] {
  const m = cm.model.missing;
  const fill = m.policy === 'assume' ? m.rating : Number.NaN;
  const out = new Array<number>(NF);
  for (let i = 0; i < NF; i++) out[i] = eff[FACTOR_IDS[i] as FactorId] ?? fill;
  return out;
}

interface MethodResult {
  readonly level: number;
  readonly score: number;
  readonly trace?: MethodTrace;
  /** weighted: the denominator used (for contributions). */
  readonly den?: number;
}

function sideAverage(w: readonly number[], values: readonly number[], fallbackRating: number): { avg: number; fallback: boolean; den: number } {
  let num = 0;
  let den = 0;
  for (let i = 0; i < NF; i++) {
    const wi = w[i] ?? 0;
    const v = values[i] ?? Number.NaN;
    if (wi === 0 || Number.isNaN(v)) continue;
    num += wi * v;
    den += wi;
  }
  if (den === 0) return { avg: fallbackRating, fallback: true, den: 0 };
  // Six decimals keep band edges such as 1.8 exact whatever the summation rounding.
  return { avg: Math.round((num / den) * 1e6) / 1e6, fallback: false, den };
}

/**
 * The matrix cell a risk point's values fall in: the likelihood band and the impact band, as the
 * `matrix` method computes them (calibration searches grids over these cells).
 * @param cm - a compiled matrix model (for another method both are 0)
 * @param values - the values, by factor index (from {@link valuesOf})
 * @returns `[likelihood band, impact band]`, 0 the lowest
 */
export function matrixCell(cm: CompiledModel, values: readonly number[]): readonly [number, number] {
  const m = cm.model;
  if (m.method !== 'matrix') return [0, 0];
  const l = sideAverage(cm.w1, values, m.missing.rating);
  const im = sideAverage(cm.w2, values, m.missing.rating);
  return [bandIndex(m.likelihood.bands, l.avg), bandIndex(m.impact.bands, im.avg)];
}

function runMethod(cm: CompiledModel, ctx: ConditionContext, want: boolean): MethodResult {
  const m = cm.model;
  if (m.method === 'weighted') {
    const s = sideAverage(cm.w1, ctx.values, m.missing.rating);
    const score = round1(((s.avg - 1) / 4) * 100);
    const k = bandIndex(m.bands, score);
    const band = m.bands[k] ?? { level: 'low', from: 0, to: 100 };
    const level = levelIndex(band.level);
    if (!want) return { level, score };
    let total = 0;
    for (const x of cm.w1) total += x;
    return {
      level,
      score,
      den: s.den,
      trace: { method: 'weighted', totalWeight: total, weightedMean: s.avg, fallback: s.fallback, score, band, level: band.level },
    };
  }
  if (m.method === 'matrix') {
    const l = sideAverage(cm.w1, ctx.values, m.missing.rating);
    const im = sideAverage(cm.w2, ctx.values, m.missing.rating);
    const li = bandIndex(m.likelihood.bands, l.avg);
    const ii = bandIndex(m.impact.bands, im.avg);
    const cell = m.grid[li]?.[ii] ?? 'low';
    const score = round1(((l.avg * im.avg - 1) / 24) * 100);
    const level = levelIndex(cell);
    if (!want) return { level, score };
    return {
      level,
      score,
      trace: {
        method: 'matrix',
        likelihood: { average: l.avg, band: li, bands: m.likelihood.bands.length, fallback: l.fallback },
        impact: { average: im.avg, band: ii, bands: m.impact.bands.length, fallback: im.fallback },
        cell: [li, ii],
        score,
        level: cell,
      },
    };
  }
  let met = 0;
  const results: boolean[] = [];
  for (const c of m.criteria) {
    const ok = evalCondition(c.when, ctx);
    if (ok) met++;
    if (want) results.push(ok);
  }
  const total = m.criteria.length;
  const score = total === 0 ? 0 : round1((met / total) * 100);
  const k = bandIndex(m.bands, met);
  const band = m.bands[k] ?? { level: 'low', from: 0, to: total };
  const level = levelIndex(band.level);
  if (!want) return { level, score };
  return {
    level,
    score,
    trace: {
      method: 'count',
      criteria: m.criteria.map((c, i) => ({ id: c.id, label: c.label ?? describeCondition(c.when), met: results[i] ?? false })),
      met,
      total,
      score,
      band,
      level: band.level,
    },
  };
}

function applyRules(
  cm: CompiledModel,
  ctx: ConditionContext,
  start: number,
  residual: boolean,
  traces: RuleTrace[] | undefined,
  skipped: string[] | undefined,
): number {
  let level = start;
  for (const r of cm.model.rules) {
    if (residual && r.appliesTo === 'inherent') {
      if (skipped !== undefined && evalCondition(r.when, ctx)) skipped.push(r.id);
      continue;
    }
    if (!evalCondition(r.when, ctx)) continue;
    const before = level;
    const target = levelIndex(r.level);
    level = r.effect === 'minimum' ? Math.max(level, target) : r.effect === 'maximum' ? Math.min(level, target) : target;
    traces?.push({
      id: r.id,
      label: r.label ?? describeCondition(r.when),
      effect: r.effect,
      level: r.level,
      before: levelAt(before),
      after: levelAt(level),
    });
  }
  return level;
}

/** How far an own measure's `lowers` takes each factor it lists down (one rating step). */
export const OWN_MEASURE_STEP = 1;

/**
 * Sums the reductions of the controls listed on a risk point (each control once), and of the
 * unit's own measures: a measure naming a template adopts that template's effect (counted once
 * with the controls), and each factor in its `lowers` that the template does not lower goes down
 * by {@link OWN_MEASURE_STEP}.
 * @returns the reductions by factor index, or `null` when nothing lowers any factor
 */
function reductionsOf(riskPoint: RiskPoint, effects: ControlEffects | undefined): number[] | null {
  const own = riskPoint.ownMeasures;
  const controls = riskPoint.controls;
  if (controls.length === 0 && (own === undefined || own.length === 0)) return null;
  let red: number[] | null = null;
  const add = (i: number, x: number): void => {
    red ??= new Array<number>(NF).fill(0);
    red[i] = (red[i] ?? 0) + x;
  };
  const counted: string[] = [];
  const adopt = (id: string): FactorReductions | undefined => {
    if (counted.includes(id)) return undefined;
    counted.push(id);
    const e = effects === undefined ? undefined : effectOf(effects, id);
    if (e === undefined) return undefined;
    for (let i = 0; i < NF; i++) {
      const x = e[FACTOR_IDS[i] as FactorId];
      if (typeof x === 'number' && Number.isFinite(x) && x > 0) add(i, x);
    }
    return e;
  };
  for (const id of controls) adopt(id);
  if (own !== undefined) {
    for (const m of own) {
      const e = m.template === undefined ? undefined : (adopt(m.template) ?? (effects === undefined ? undefined : effectOf(effects, m.template)));
      for (const f of m.lowers ?? []) {
        const x = e?.[f];
        if (typeof x === 'number' && Number.isFinite(x) && x > 0) continue;
        add(FACTOR_IDS.indexOf(f), OWN_MEASURE_STEP);
      }
    }
  }
  return red;
}

/** Whether an own measure counts for residual risk: it lowers a factor or adopts a template with an effect. */
function ownMeasureCounts(m: OwnMeasure, effects: ControlEffects | undefined): boolean {
  return (m.lowers !== undefined && m.lowers.length > 0) || (m.template !== undefined && hasEffect(effects, m.template));
}

/** The stated effect of a control, from a map or a plain object (own keys only). */
function effectOf(effects: ControlEffects, id: string): FactorReductions | undefined {
  const e = effects instanceof Map ? effects.get(id) : Object.prototype.hasOwnProperty.call(effects, id) ? (effects as Record<string, unknown>)[id] : undefined;
  return typeof e === 'object' && e !== null ? (e as FactorReductions) : undefined;
}

/** Whether a control has a stated, positive effect on some factor. */
function hasEffect(effects: ControlEffects | undefined, id: string): boolean {
  const e = effects === undefined ? undefined : effectOf(effects, id);
  if (e === undefined) return false;
  return FACTOR_IDS.some((f) => {
    const x = e[f];
    return typeof x === 'number' && Number.isFinite(x) && x > 0;
  });
}

/** Ratings never go below 1, whatever the measures. */
function reduce(values: readonly number[], red: readonly number[]): number[] {
  return values.map((v, i) => (Number.isNaN(v) ? v : Math.max(1, v - (red[i] ?? 0))));
}

interface Core {
  readonly eff: Factors;
  readonly ctx: ConditionContext;
  readonly method: MethodResult;
  readonly rules: RuleTrace[] | undefined;
  readonly level: number;
  readonly score: number;
  readonly red: number[] | null;
  readonly resCtx: ConditionContext | undefined;
  readonly resMethod: MethodResult | undefined;
  readonly resRules: RuleTrace[] | undefined;
  readonly skipped: string[] | undefined;
  readonly resLevel: number;
  readonly resScore: number;
  readonly clamped: boolean;
}

/**
 * The level of a risk point from given values (no residual, no trace): what-if uses it.
 * @param cm - the compiled model
 * @param post - the post
 * @param power - the power
 * @param riskPoint - the risk point (for its flags and category)
 * @param values - the values to score, by factor index
 * @returns the level index (0 low, 1 medium, 2 high)
 */
export function levelFromValues(cm: CompiledModel, post: Post, power: Power, riskPoint: RiskPoint, values: readonly number[]): number {
  const ctx: ConditionContext = { post, power, riskPoint, values };
  return applyRules(cm, ctx, runMethod(cm, ctx, false).level, false, undefined, undefined);
}

function core(cm: CompiledModel, post: Post, power: Power, riskPoint: RiskPoint, effects: ControlEffects | undefined, want: boolean): Core {
  const eff = effectiveFactors(post, riskPoint);
  const ctx: ConditionContext = { post, power, riskPoint, values: valuesOf(cm, eff) };
  const method = runMethod(cm, ctx, want);
  const rules: RuleTrace[] | undefined = want ? [] : undefined;
  const level = applyRules(cm, ctx, method.level, false, rules, undefined);
  const score = method.score;
  const red = reductionsOf(riskPoint, effects);
  if (red === null) {
    return { eff, ctx, method, rules, level, score, red, resCtx: undefined, resMethod: undefined, resRules: undefined, skipped: undefined, resLevel: level, resScore: score, clamped: false };
  }
  const resCtx: ConditionContext = { post, power, riskPoint, values: reduce(ctx.values, red) };
  const resMethod = runMethod(cm, resCtx, want);
  const resRules: RuleTrace[] | undefined = want ? [] : undefined;
  const skipped: string[] | undefined = want ? [] : undefined;
  const rawLevel = applyRules(cm, resCtx, resMethod.level, true, resRules, skipped);
  // Residual is never above inherent; with monotone rules this only matters for `appliesTo` choices.
  const resLevel = Math.min(rawLevel, level);
  const resScore = Math.min(resMethod.score, score);
  const clamped = rawLevel > level || resMethod.score > score;
  return { eff, ctx, method, rules, level, score, red, resCtx, resMethod, resRules, skipped, resLevel, resScore, clamped };
}

function resolveOptions(options: ScoringOptions | undefined): { cm: CompiledModel; effects: ControlEffects | undefined; only: Locale | undefined; detail: boolean } {
  return { cm: compileModel(options?.model ?? DEFAULT_MODEL), effects: options?.controlEffects, only: options?.locale, detail: options?.detail !== false };
}

/**
 * Scores one risk point without building an explanation: the cheap path for large catalogs.
 * @param post - the post holding the power
 * @param power - the power holding the risk point
 * @param riskPoint - the risk point
 * @param options - model and control effects
 * @returns levels and scores, inherent and residual
 * @example
 * const s = scoreRiskPoint(post, power, riskPoint, { model: DEFAULT_MODEL });
 * s.level // 'high'
 */
export function scoreRiskPoint(post: Post, power: Power, riskPoint: RiskPoint, options?: ScoringOptions): RiskPointScore {
  const { cm, effects } = resolveOptions(options);
  return scoreWith(cm, post, power, riskPoint, effects);
}

function scoreWith(cm: CompiledModel, post: Post, power: Power, riskPoint: RiskPoint, effects: ControlEffects | undefined): RiskPointScore {
  const c = core(cm, post, power, riskPoint, effects, false);
  return {
    id: riskPoint.id,
    effectiveFactors: c.eff,
    level: levelAt(c.level),
    score: c.score,
    residualLevel: levelAt(c.resLevel),
    residualScore: c.resScore,
  };
}

function sourceOf(post: Post, riskPoint: RiskPoint, f: FactorId, cm: CompiledModel): FactorSource {
  if (riskPoint.factors[f] !== undefined) return 'risk-point';
  if ((POST_FACTOR_IDS as readonly string[]).includes(f) && post.factors[f as 'importance'] !== undefined) return 'post';
  return cm.model.missing.policy === 'assume' ? 'assumed' : 'missing';
}

// Four decimals: readable JSON, and sentences that round to one decimal rarely round twice.
const r4 = (x: number): number => Math.round(x * 10000) / 10000;

function contributions(cm: CompiledModel, post: Post, riskPoint: RiskPoint, c: Core): FactorContribution[] {
  const m = cm.model;
  const out: FactorContribution[] = [];
  const trace = c.method.trace;
  for (let i = 0; i < NF; i++) {
    const f = FACTOR_IDS[i] as FactorId;
    const source = sourceOf(post, riskPoint, f, cm);
    const v = c.ctx.values[i] ?? Number.NaN;
    const rating = Number.isNaN(v) ? null : v;
    let weight = 0;
    let contribution = 0;
    let side: 'likelihood' | 'impact' | undefined;
    if (m.method === 'weighted' && trace?.method === 'weighted') {
      weight = cm.w1[i] ?? 0;
      if (weight > 0) {
        if (trace.fallback) contribution = (weight * (m.missing.rating - 1) * 25) / trace.totalWeight;
        else if (rating !== null) contribution = (weight * (rating - 1) * 25) / (c.method.den ?? 1);
      }
    } else if (m.method === 'matrix') {
      const wl = cm.w1[i] ?? 0;
      const wi = cm.w2[i] ?? 0;
      if (wl > 0 || wi > 0) {
        side = wl > 0 ? 'likelihood' : 'impact';
        weight = wl > 0 ? wl : wi;
        const w = wl > 0 ? cm.w1 : cm.w2;
        let den = 0;
        for (let j = 0; j < NF; j++) if ((w[j] ?? 0) > 0 && !Number.isNaN(c.ctx.values[j] ?? Number.NaN)) den += w[j] ?? 0;
        if (rating !== null && den > 0) contribution = (weight * rating) / den;
      }
    } else if (trace?.method === 'count' && m.method === 'count') {
      weight = cm.w1[i] ?? 0;
      m.criteria.forEach((cr, k) => {
        if (!trace.criteria[k]?.met) return;
        const s = new Set<FactorId>();
        conditionFactors(cr.when, s);
        if (s.has(f)) contribution++;
      });
    }
    const base: { -readonly [K in keyof FactorContribution]: FactorContribution[K] } = {
      factor: f,
      rating,
      source,
      weight,
      contribution: r4(contribution),
    };
    if (side !== undefined) base.side = side;
    const rv = c.resCtx?.values[i];
    if (rv !== undefined && rating !== null && rv !== rating) base.residualRating = rv;
    out.push(base);
  }
  return out;
}

function levelName(l: Level): LocalizedText {
  return T.levelName[l];
}

// `o` below: the one locale to write, or undefined for all three (ScoringOptions.locale).

function joinTexts(parts: readonly LocalizedText[], sep: LocalizedText, o: Locale | undefined): LocalizedText {
  return each((l) => parts.map((p) => p[l]).join(sep[l]), o);
}

/** A localized text made by one function for every locale (or for `o` only). */
const each = eachLocale;

function sentence(clauses: readonly LocalizedText[], o: Locale | undefined): LocalizedText {
  const j = joinTexts(clauses, CLAUSE_SEP, o);
  return each((l) => {
    const t = j[l];
    return (l === 'en' && t.length > 0 ? t.charAt(0).toUpperCase() + t.slice(1) : t) + SENTENCE_END[l];
  }, o);
}

function factorLabels(ids: readonly FactorId[], o: Locale | undefined): LocalizedText {
  return joinTexts(
    ids.map((f) => FACTORS[FACTOR_IDS.indexOf(f)]?.label ?? { 'zh-CN': f, 'zh-TW': f, en: f }),
    LIST_SEP,
    o,
  );
}

function methodClause(trace: MethodTrace, factors: readonly FactorContribution[], rating: number, o: Locale | undefined): LocalizedText[] {
  if (trace.method === 'weighted') {
    const common = { score: formatFixed(trace.score), band: levelName(trace.band.level), from: formatCompact(trace.band.from), to: formatCompact(trace.band.to) };
    if (trace.fallback) return [fillAll(T.weightedFallback, { ...common, rating: formatCompact(rating) }, o)];
    let counted = 0;
    // The three largest contributions, ties in factor order: `factors` is in factor order, so a
    // stable insertion that only moves past strictly smaller contributions keeps ties in order.
    const top: FactorContribution[] = [];
    for (const f of factors) {
      if (f.weight <= 0 || f.rating === null) continue;
      counted++;
      if (f.contribution <= 0) continue;
      let i = top.length;
      while (i > 0 && (top[i - 1] as FactorContribution).contribution < f.contribution) i--;
      if (i < 3) {
        top.splice(i, 0, f);
        if (top.length > 3) top.pop();
      }
    }
    const first = fillAll(T.weighted, { ...common, n: counted, mean: formatCompact(trace.weightedMean) }, o);
    if (top.length === 0) return [first];
    const list = joinTexts(
      top.map((f) =>
        fillAll(T.factorContribution, {
          factor: FACTORS[FACTOR_IDS.indexOf(f.factor)]?.label ?? f.factor,
          rating: formatCompact(f.rating ?? 0),
          weight: formatCompact(f.weight),
          points: formatFixed(f.contribution),
        }, o),
      ),
      LIST_SEP,
      o,
    );
    const tail = fillAll(T.topFactors, { list }, o);
    return [{ 'zh-CN': first['zh-CN'] + tail['zh-CN'], 'zh-TW': first['zh-TW'] + tail['zh-TW'], en: first.en + tail.en }];
  }
  if (trace.method === 'matrix') {
    return [
      fillAll(T.matrix, {
        l: formatCompact(trace.likelihood.average),
        lb: trace.likelihood.band + 1,
        ln: trace.likelihood.bands,
        i: formatCompact(trace.impact.average),
        ib: trace.impact.band + 1,
        in: trace.impact.bands,
        band: levelName(trace.level),
        score: formatFixed(trace.score),
      }, o),
    ];
  }
  const met = trace.criteria.filter((c) => c.met).map((c) => c.label);
  const list = met.length === 0 ? '' : fillAll(T.countList, { items: joinTexts(met, LIST_SEP, o) }, o);
  return [fillAll(T.count, { met: trace.met, total: trace.total, list, band: levelName(trace.band.level), score: formatFixed(trace.score) }, o)];
}

function ruleClauses(rules: readonly RuleTrace[], o: Locale | undefined): LocalizedText[] {
  const out: LocalizedText[] = [];
  for (const r of rules) {
    if (r.before === r.after) continue;
    const up = levelIndex(r.after) > levelIndex(r.before);
    out.push(fillAll(up ? T.ruleRaised : T.ruleLowered, { rule: r.label, before: levelName(r.before), after: levelName(r.after) }, o));
  }
  return out;
}

function explainCore(cm: CompiledModel, post: Post, riskPoint: RiskPoint, c: Core, effects: ControlEffects | undefined, o: Locale | undefined, withDetail: boolean): RiskPointAssessment {
  const m = cm.model;
  const factors = contributions(cm, post, riskPoint, c);
  const assumed: FactorId[] = [];
  const excluded: FactorId[] = [];
  factors.forEach((f, i) => {
    if (!cm.used[i]) return;
    if (f.source === 'assumed') assumed.push(f.factor);
    if (f.source === 'missing') excluded.push(f.factor);
  });
  const methodTrace = c.method.trace as MethodTrace;
  const rules = c.rules ?? [];
  const level = levelAt(c.level);
  const residualLevel = levelAt(c.resLevel);
  const reductions: { factor: FactorId; from: number; to: number }[] = [];
  if (c.resCtx !== undefined) {
    for (let i = 0; i < NF; i++) {
      const from = c.ctx.values[i] ?? Number.NaN;
      const to = c.resCtx.values[i] ?? Number.NaN;
      if (!Number.isNaN(from) && to !== from) reductions.push({ factor: FACTOR_IDS[i] as FactorId, from, to });
    }
  }
  const known = (id: string): boolean => hasEffect(effects, id);
  const ownCounting: number[] = [];
  riskPoint.ownMeasures?.forEach((m, k) => {
    if (ownMeasureCounts(m, effects)) ownCounting.push(k);
  });
  const knownControls = riskPoint.controls.filter((id, k) => riskPoint.controls.indexOf(id) === k).map((id) => ({ id, known: known(id) }));
  let detail: RiskPointExplanationDetail | undefined;
  if (withDetail) {
    const residual: { -readonly [K in keyof ResidualTrace]: ResidualTrace[K] } = {
      controls: knownControls,
      ownMeasures: ownCounting,
      reductions,
      rules: c.resRules ?? [],
      skippedRules: c.skipped ?? [],
      clamped: c.clamped,
      level: residualLevel,
      score: c.resScore,
    };
    if (c.resMethod?.trace !== undefined) residual.method = c.resMethod.trace;
    const d: { -readonly [K in keyof RiskPointExplanationDetail]: RiskPointExplanationDetail[K] } = {
      kind: 'risk-point',
      factors,
      missing: { policy: m.missing.policy, rating: m.missing.rating, assumed, excluded },
      method: methodTrace,
      rules,
      level,
      score: c.score,
      residual,
    };
    if (m.id !== undefined) d.model = m.id;
    detail = d;
  }

  const clauses = [...methodClause(methodTrace, factors, m.missing.rating, o), ...ruleClauses(rules, o)];
  if (assumed.length > 0) clauses.push(fillAll(T.missingAssumed, { list: factorLabels(assumed, o), rating: formatCompact(m.missing.rating) }, o));
  if (excluded.length > 0) clauses.push(fillAll(T.missingExcluded, { list: factorLabels(excluded, o) }, o));
  const head = fillAll(T.head, { level: levelName(level), score: formatFixed(c.score) }, o);
  const body = sentence(clauses, o);
  let tail: LocalizedText | undefined;
  if (riskPoint.controls.length > 0 || (riskPoint.ownMeasures?.length ?? 0) > 0) {
    if (c.red === null) tail = sentence([T.residualNoEffect], o);
    else {
      const r = fillAll(T.residual, {
        n: knownControls.filter((x) => x.known).length + ownCounting.length,
        list: factorLabels(reductions.map((x) => x.factor), o),
        level: levelName(residualLevel),
        score: formatFixed(c.resScore),
      }, o);
      const clampNote: LocalizedText = c.clamped ? T.residualClamped : { 'zh-CN': '', 'zh-TW': '', en: '' };
      tail = sentence([each((l) => r[l] + clampNote[l], o)], o);
    }
  }
  const text = each((l) => head[l] + body[l] + (tail === undefined ? '' : (l === 'en' ? ' ' : '') + tail[l]), o);
  return {
    id: riskPoint.id,
    effectiveFactors: c.eff,
    level,
    score: c.score,
    residualLevel,
    residualScore: c.resScore,
    explanation: detail === undefined ? { text } : { text, detail },
  };
}

function explainWith(cm: CompiledModel, post: Post, power: Power, riskPoint: RiskPoint, effects: ControlEffects | undefined, o: Locale | undefined, withDetail: boolean): RiskPointAssessment {
  return explainCore(cm, post, riskPoint, core(cm, post, power, riskPoint, effects, true), effects, o, withDetail);
}

/**
 * Scores one risk point and explains it: every factor's rating, source, weight and contribution,
 * the method's intermediate values, each rule that held, the residual computation, and sentences in
 * every locale.
 * @param post - the post holding the power
 * @param power - the power holding the risk point
 * @param riskPoint - the risk point
 * @param options - model and control effects
 * @returns the full assessment of the risk point
 * @example
 * explainRiskPoint(post, power, riskPoint).explanation.text.en
 * // 'Level high, score 75.0. The weighted mean of 9 factor ratings is 4 of 5, …'
 */
export function explainRiskPoint(post: Post, power: Power, riskPoint: RiskPoint, options?: ScoringOptions): RiskPointAssessment {
  const { cm, effects, only, detail } = resolveOptions(options);
  return explainWith(cm, post, power, riskPoint, effects, only, detail);
}

// ---- posts ----------------------------------------------------------------------------------

/** Running totals of a post's risk points; scores are summed in tenths so the mean is exact. */
interface Tally {
  n: number;
  readonly counts: [number, number, number];
  max: number;
  tenths: number;
}

function newTally(): Tally {
  return { n: 0, counts: [0, 0, 0], max: 0, tenths: 0 };
}

function addTally(t: Tally, level: number, score: number): void {
  t.n++;
  t.counts[level as 0 | 1 | 2]++;
  if (score > t.max) t.max = score;
  t.tenths += Math.round(score * 10);
}

/**
 * The post level from the numbers of risk points at each level (index 0 low … 2 high).
 * @param model - the model, for its aggregation
 * @param counts - risk points per level index
 * @returns the level index
 */
export function aggregateLevel(model: ScoringModel, counts: readonly number[]): number {
  const agg = model.aggregation;
  const at = (from: number): number => {
    let s = 0;
    for (let i = from; i < counts.length; i++) s += counts[i] ?? 0;
    return s;
  };
  if (agg.method === 'highest') {
    for (let i = counts.length - 1; i >= 0; i--) if ((counts[i] ?? 0) > 0) return i;
    return 0;
  }
  let level = 0;
  for (const r of agg.rules) if (at(levelIndex(r.of)) >= r.atLeast) level = Math.max(level, levelIndex(r.level));
  return level;
}

function aggregateScore(model: ScoringModel, t: Tally): number {
  if (t.n === 0) return 0;
  return model.aggregation.score === 'max' ? t.max : Math.round(t.tenths / t.n) / 10;
}

function countsOf(c: readonly number[]): LevelCounts {
  return { low: c[0] ?? 0, medium: c[1] ?? 0, high: c[2] ?? 0 };
}

/** Where the given risk points of a post sit: each power once with its steps, in document order. */
function decisivePlaces(post: Post, ids: readonly string[], o: Locale | undefined): LocalizedText[] {
  const wanted = new Set(ids);
  const out: LocalizedText[] = [];
  for (const power of post.powers) {
    const steps: string[] = [];
    for (const rp of power.riskPoints) if (wanted.has(rp.id) && !steps.includes(rp.step)) steps.push(rp.step);
    if (steps.length === 0) continue;
    const quoted = joinTexts(steps.map((step) => fillAll(T.decisiveStep, { step }, o)), LIST_SEP, o);
    out.push(fillAll(T.decisiveRiskPoint, { power: power.name, steps: quoted }, o));
  }
  return out;
}

function postFrom(model: ScoringModel, post: Post, items: readonly RiskPointScore[], explain: boolean, o?: Locale, withDetail = true): PostAssessment | PostScore {
  const inh = newTally();
  const res = newTally();
  for (const s of items) {
    addTally(inh, levelIndex(s.level), s.score);
    addTally(res, levelIndex(s.residualLevel), s.residualScore);
  }
  const level = levelAt(aggregateLevel(model, inh.counts));
  const score = aggregateScore(model, inh);
  const resLevel = levelAt(Math.min(aggregateLevel(model, res.counts), levelIndex(level)));
  const resScore = Math.min(aggregateScore(model, res), score);
  const base: PostScore = { id: post.id, level, score, residualLevel: resLevel, residualScore: resScore };
  if (!explain) return base;
  const agg = model.aggregation;
  const rulesHeld =
    agg.method === 'count'
      ? agg.rules.filter((r) => {
          let s = 0;
          for (let i = levelIndex(r.of); i < 3; i++) s += inh.counts[i] ?? 0;
          return s >= r.atLeast;
        })
      : [];
  const decisive = items.filter((s) => s.level === level).map((s) => s.id);
  const detail: PostExplanationDetail = {
    kind: 'post',
    aggregation: agg.method,
    scoreFrom: agg.score,
    riskPoints: items.length,
    counts: countsOf(inh.counts),
    residualCounts: countsOf(res.counts),
    decisive,
    rulesHeld,
    level,
    score,
    residualLevel: resLevel,
    residualScore: resScore,
  };
  let text: LocalizedText;
  if (items.length === 0) text = T.postEmpty;
  else {
    const head = fillAll(T.head, { level: levelName(level), score: formatFixed(score) }, o);
    const counts = { total: items.length, high: inh.counts[2], medium: inh.counts[1], low: inh.counts[0] };
    const clauses: LocalizedText[] = [];
    if (agg.method === 'highest') {
      // Readers see where the decisive risk points sit (power and step), never their ids.
      const places = decisivePlaces(post, decisive, o);
      const shown = joinTexts(places.slice(0, 5), CLAUSE_SEP, o);
      const more = places.length > 5 ? ' …' : '';
      clauses.push(fillAll(T.postHighest, { ...counts, riskPoints: each((l) => shown[l] + more, o) }, o));
    } else {
      const rules =
        rulesHeld.length === 0
          ? T.postCountNone
          : fillAll(T.postCountRulesHeld, {
              list: joinTexts(
                rulesHeld.map((r) => fillAll(T.postCountRule, { n: r.atLeast, of: levelName(r.of), level: levelName(r.level) }, o)),
                LIST_SEP,
                o,
              ),
            }, o);
      clauses.push(fillAll(T.postCount, { ...counts, rules }, o));
    }
    clauses.push(agg.score === 'max' ? T.postScoreMax : T.postScoreMean);
    if (res.counts.join() !== inh.counts.join() || resScore !== score) {
      clauses.push(fillAll(T.postResidual, { level: levelName(resLevel), score: formatFixed(resScore) }, o));
    }
    const body = sentence(clauses, o);
    text = each((l) => head[l] + body[l], o);
  }
  return { ...base, explanation: withDetail ? { text, detail } : { text } };
}

function riskPointsOf(post: Post): { power: Power; riskPoint: RiskPoint }[] {
  const out: { power: Power; riskPoint: RiskPoint }[] = [];
  for (const power of post.powers) for (const riskPoint of power.riskPoints) out.push({ power, riskPoint });
  return out;
}

/**
 * Scores a post without explanations: its level from its own risk points (residual from their
 * residuals only).
 * @param post - the post
 * @param options - model and control effects
 * @param riskPointScores - the post's risk points' scores when already computed, any order
 * @returns levels and scores of the post
 */
export function scorePost(post: Post, options?: ScoringOptions, riskPointScores?: readonly RiskPointScore[]): PostScore {
  const { cm, effects } = resolveOptions(options);
  const items = riskPointScores ?? riskPointsOf(post).map(({ power, riskPoint }) => scoreWith(cm, post, power, riskPoint, effects));
  return postFrom(cm.model, post, items, false);
}

/**
 * Scores and explains a post. Pass the scores of its risk points when already computed (e.g. by a
 * catalog that scored everything first) to avoid scoring them again.
 * @param post - the post
 * @param options - model and control effects
 * @param riskPointScores - the post's risk points' scores, any order
 * @returns the post's assessment with its explanation
 * @example
 * explainPost(post).explanation.text['zh-CN'] // '高风险（75.0分）。岗位取其风险点的最高等级：…'
 */
export function explainPost(post: Post, options?: ScoringOptions, riskPointScores?: readonly RiskPointScore[]): PostAssessment {
  const { cm, effects, only, detail } = resolveOptions(options);
  const items = riskPointScores ?? riskPointsOf(post).map(({ power, riskPoint }) => scoreWith(cm, post, power, riskPoint, effects));
  return postFrom(cm.model, post, items, true, only, detail) as PostAssessment;
}

/**
 * Assesses a whole document: every risk point and every post, inherent and residual, with
 * explanations. Linear in the size of the document.
 * @param doc - a validated document
 * @param options - `model` (default {@link DEFAULT_MODEL}) and `controlEffects` for residual risk
 * @returns every risk point and post by id
 * @example
 * const a = assess(doc, { controlEffects: { 'platform-trace': { opacity: 2, monitoringDifficulty: 1 } } });
 * a.posts.get('post-1')?.level // 'high'
 */
export function assess(doc: OrganizationDocument, options?: ScoringOptions): Assessment {
  const { cm, effects, only, detail } = resolveOptions(options);
  const riskPoints = new Map<string, RiskPointAssessment>();
  const posts = new Map<string, PostAssessment>();
  for (const post of doc.posts) {
    const items: RiskPointAssessment[] = [];
    for (const power of post.powers) {
      for (const riskPoint of power.riskPoints) {
        const a = explainWith(cm, post, power, riskPoint, effects, only, detail);
        riskPoints.set(riskPoint.id, a);
        items.push(a);
      }
    }
    posts.set(post.id, postFrom(cm.model, post, items, true, only, detail) as PostAssessment);
  }
  return { riskPoints, posts };
}
