/**
 * Calibration: fits a scoring model to the levels a committee or a published catalog gave
 * (`publishedLevel`), and says how well it agrees, in sample and cross-validated, with every row
 * it does not reproduce listed for discussion.
 *
 * The search is deterministic (no random source): a coordinate search in a fixed order over integer
 * weights, band thresholds (or a matrix grid, or count criteria), and a fixed list of candidate
 * rules that may only raise a level (`minimum`) on conditions that never get weaker as a rating
 * rises. Weights are non-negative, bands ascend and a grid never falls along a row or a column, so
 * every fitted model is monotone by construction. A change is kept only when it strictly improves
 * agreement (then the total distance between levels), so ties keep the starting model's values.
 */
import type { LocalizedText } from '../i18n/locale.js';
import type { OrganizationDocument, Post, Power, RiskPoint } from '../model/document.js';
import { FACTOR_IDS, LEVEL_IDS, type FactorId, type Level, type PowerCategory } from '../model/enums.js';
import { evalCondition, type ConditionContext } from './condition.js';
import { DEFAULT_MODEL, MATRIX_5X5_MODEL, UNIVERSITY_COUNT_MODEL } from './defaults.js';
import { aggregateLevel, compileModel, effectiveFactors, explainRiskPoint, matrixCell, scoreRiskPoint, valuesOf } from './engine.js';
import type { AggregationRule, Condition, CountModel, Criterion, FactorWeights, LevelBand, MatrixModel, PostAggregation, Rule, ScoringModel, WeightedModel } from './model.js';

/** The methods `calibrate` can fit. */
export const CALIBRATION_METHODS = ['weighted', 'matrix', 'count'] as const;

/** A method `calibrate` can fit. */
export type CalibrationMethod = (typeof CALIBRATION_METHODS)[number];

/** Options of {@link calibrate}. */
export interface CalibrationOptions {
  /** The method to fit; default `weighted`. */
  readonly method?: CalibrationMethod;
  /** Folds of the cross-validation (2 or more; more folds than rows is leave-one-out); default 5. */
  readonly folds?: number;
  /**
   * The model the search starts from; its method must be `method`. Default: the shipped model of
   * that method (`default`, `matrix-5x5`, `university-count`).
   */
  readonly base?: ScoringModel;
  /**
   * Whether weights (and matrix side weights, count thresholds) are searched; `false` keeps the base
   * model's and fits only bands, grid cells, criteria, rules and the post aggregation. Default `true`.
   */
  readonly fitWeights?: boolean;
}

/** How many rows agree. */
export interface Agreement {
  readonly agreed: number;
  readonly total: number;
  /** `agreed / total`, 0 when there are no rows. */
  readonly rate: number;
}

/** A graded row the fitted model does not reproduce. */
export interface Disagreement {
  readonly riskPointId: string;
  readonly postId: string;
  readonly description: string;
  readonly source?: string;
  readonly published: Level;
  readonly fitted: Level;
  readonly score: number;
  /** Why the fitted model gives its level, in every locale. */
  readonly explanation: LocalizedText;
}

/** What {@link calibrate} returns. */
export interface CalibrationResult {
  readonly method: CalibrationMethod;
  /** The fitted model: a valid model file (`catalog --model`), monotone. */
  readonly model: ScoringModel;
  /** Agreement of the starting model, for comparison. */
  readonly baseline: Agreement;
  /** In-sample agreement of the fitted model on every graded risk point. */
  readonly agreement: Agreement;
  /** Rows: published level, columns: fitted level; index 0 low, 1 medium, 2 high. */
  readonly confusion: readonly (readonly [number, number, number])[];
  /**
   * K-fold cross-validated agreement: each row graded by a model fitted without its fold (row i is
   * in fold i mod K, in document order). `null` with fewer than 2 rows.
   */
  readonly crossValidation: (Agreement & { readonly folds: number }) | null;
  /** Agreement on posts that carry a published level (their level aggregated from their risk points). */
  readonly posts: Agreement;
  /** Every graded risk point the fitted model grades otherwise, in document order. */
  readonly disagreements: readonly Disagreement[];
}

/** A graded risk point in its context. */
interface Row {
  readonly post: Post;
  readonly power: Power;
  readonly riskPoint: RiskPoint;
  readonly published: number;
}

/** Collects the graded risk points of one or more documents, in document order. */
function gradedRows(docs: readonly OrganizationDocument[]): Row[] {
  const rows: Row[] = [];
  for (const doc of docs) {
    for (const post of doc.posts) {
      for (const power of post.powers) {
        for (const riskPoint of power.riskPoints) {
          if (riskPoint.publishedLevel !== undefined) rows.push({ post, power, riskPoint, published: LEVEL_IDS.indexOf(riskPoint.publishedLevel) });
        }
      }
    }
  }
  return rows;
}

const KEY_AREAS: readonly PowerCategory[] = ['finance', 'procurement', 'personnel', 'project'];

/**
 * The rules calibration may keep, in the order they are tried and written. Each only raises a
 * level, on facts of the power or the post (never an "at most" on a rating), so any subset is monotone.
 */
export const CANDIDATE_RULES: readonly Omit<Rule, 'level'>[] = [
  {
    id: 'key-area-floor',
    when: { categoryIn: KEY_AREAS },
    effect: 'minimum',
    appliesTo: 'both',
    label: {
      'zh-CN': '管钱、管物、管人、管项目的权力',
      'zh-TW': '管錢、管物、管人、管項目的權力',
      en: 'a power over money, goods, people or projects',
    },
  },
  {
    id: 'personnel-power',
    when: { categoryIn: ['personnel'] },
    effect: 'minimum',
    appliesTo: 'both',
    label: { 'zh-CN': '人事管理权力（选人用人）', 'zh-TW': '人事管理權力（選人用人）', en: 'a personnel power (selection and appointment)' },
  },
  {
    id: 'personnel-leadership',
    when: { all: [{ categoryIn: ['personnel'] }, { rankIn: ['principal', 'deputy'] }] },
    effect: 'minimum',
    appliesTo: 'both',
    label: {
      'zh-CN': '单位领导行使的人事权力（选人用人）',
      'zh-TW': '單位領導行使的人事權力（選人用人）',
      en: "a personnel power in a unit leader's hands (selection and appointment)",
    },
  },
  {
    id: 'major-matter',
    when: { flag: 'majorMatter', equals: true },
    effect: 'minimum',
    appliesTo: 'both',
    label: { 'zh-CN': '“三重一大”事项', 'zh-TW': '「三重一大」事項', en: 'a major matter (three majors, one large)' },
  },
  {
    id: 'major-matter-not-collective',
    when: { all: [{ flag: 'majorMatter', equals: true }, { flag: 'collectiveDecision', equals: false }] },
    effect: 'minimum',
    appliesTo: 'both',
    label: {
      'zh-CN': '“三重一大”事项未经集体决策',
      'zh-TW': '「三重一大」事項未經集體決策',
      en: 'a major matter (three majors, one large) not decided collectively',
    },
  },
  {
    id: 'prior-incident',
    when: { flag: 'priorIncident', equals: true },
    effect: 'minimum',
    appliesTo: 'both',
    label: { 'zh-CN': '曾发生廉政问题', 'zh-TW': '曾發生廉政問題', en: 'an integrity incident happened here before' },
  },
];

/** Rule levels tried: off (-1), medium, high. A `minimum` of low never changes anything. */
const RULE_LEVELS = [-1, 1, 2] as const;

/** Integer weights tried for each factor. */
const WEIGHTS = [0, 1, 2, 3, 4] as const;

/** How good a candidate is on some rows: more agreement first, then less total distance between levels. */
interface Fit {
  readonly agreed: number;
  readonly distance: number;
}

function better(a: Fit, b: Fit): boolean {
  return a.agreed > b.agreed || (a.agreed === b.agreed && a.distance < b.distance);
}

function fitOf(levels: readonly number[], rows: readonly Row[], subset: readonly number[]): Fit {
  let agreed = 0;
  let distance = 0;
  for (const i of subset) {
    const d = Math.abs((levels[i] ?? 0) - (rows[i] as Row).published);
    if (d === 0) agreed++;
    distance += d;
  }
  return { agreed, distance };
}

/** The floor the enabled rules put on each row (the highest `minimum` that holds; 0 when none). */
function floorsOf(rows: readonly Row[], ruleLevels: readonly number[], values: readonly (readonly number[])[]): number[] {
  return rows.map((r, i) => {
    const ctx: ConditionContext = { post: r.post, power: r.power, riskPoint: r.riskPoint, values: values[i] as number[] };
    let floor = 0;
    CANDIDATE_RULES.forEach((rule, k) => {
      const level = ruleLevels[k] ?? -1;
      if (level > floor && evalCondition(rule.when, ctx)) floor = level;
    });
    return floor;
  });
}

/** The method-specific part of a search: its parameters, how to read levels, what to try. */
interface Search<P> {
  /** The method's level of each row (before rules) for parameters `p`. */
  levels(p: P): number[];
  /** Neighbouring parameter sets to try from `p`, in a fixed order; each may be re-tuned by `tune`. */
  moves(p: P): Iterable<P>;
  /** Best secondary parameters (bands) for `p` on the subset, given the floors; ties keep `p`'s. */
  tune(p: P, floors: readonly number[], subset: readonly number[]): P;
}

/** The rows' rule-free values under the base model's missing policy. */
function rowValues(base: ScoringModel, rows: readonly Row[]): number[][] {
  const cm = compileModel(base);
  return rows.map((r) => valuesOf(cm, effectiveFactors(r.post, r.riskPoint)));
}

// ---- weighted -------------------------------------------------------------------------------

interface WeightedParams {
  readonly weights: readonly number[];
  /** Scores at or above `t1` are at least medium, at or above `t2` high (integers, 0 < t1 < t2 ≤ 100). */
  readonly t1: number;
  readonly t2: number;
}

function weightedSearch(base: WeightedModel, rows: readonly Row[], fitWeights: boolean): Search<WeightedParams> {
  const scoreCache = new Map<string, number[]>();
  const scores = (weights: readonly number[]): number[] => {
    const key = weights.join(',');
    let s = scoreCache.get(key);
    if (s === undefined) {
      const model: WeightedModel = { ...base, weights: weightsObject(weights), rules: [] };
      s = rows.map((r) => scoreRiskPoint(r.post, r.power, r.riskPoint, { model }).score);
      scoreCache.set(key, s);
    }
    return s;
  };
  const bandLevel = (s: number, t1: number, t2: number) => (s >= t2 ? 2 : s >= t1 ? 1 : 0);
  return {
    levels: (p) => scores(p.weights).map((s) => bandLevel(s, p.t1, p.t2)),
    *moves(p) {
      if (!fitWeights) return;
      for (let i = 0; i < FACTOR_IDS.length; i++) {
        for (const w of WEIGHTS) {
          if (w === p.weights[i]) continue;
          const weights = p.weights.map((x, k) => (k === i ? w : x));
          if (weights.every((x) => x === 0)) continue;
          yield { ...p, weights };
        }
      }
    },
    tune(p, floors, subset) {
      const s = scores(p.weights);
      // Thresholds that split the rows differently: an integer just above each distinct score.
      const cuts = subset.flatMap((i) => [Math.ceil(s[i] as number), Math.floor(s[i] as number) + 1]);
      const candidates = [...new Set([p.t1, p.t2, ...cuts.filter((c) => c >= 1 && c <= 100)])].sort((a, b) => a - b);
      let best = p;
      let bestFit = fitAt(p.t1, p.t2);
      for (const t1 of candidates) {
        for (const t2 of candidates) {
          if (t2 <= t1) continue;
          const f = fitAt(t1, t2);
          const closer = Math.abs(t1 - p.t1) + Math.abs(t2 - p.t2) < Math.abs(best.t1 - p.t1) + Math.abs(best.t2 - p.t2);
          if (better(f, bestFit) || (!better(bestFit, f) && closer)) {
            best = { ...p, t1, t2 };
            bestFit = f;
          }
        }
      }
      return best;
      function fitAt(t1: number, t2: number): Fit {
        let agreed = 0;
        let distance = 0;
        for (const i of subset) {
          const level = Math.max(bandLevel(s[i] as number, t1, t2), floors[i] ?? 0);
          const d = Math.abs(level - (rows[i] as Row).published);
          if (d === 0) agreed++;
          distance += d;
        }
        return { agreed, distance };
      }
    },
  };
}

function weightsObject(weights: readonly number[]): FactorWeights {
  const out: { [F in FactorId]?: number } = {};
  FACTOR_IDS.forEach((f, i) => {
    if ((weights[i] ?? 0) > 0) out[f] = weights[i] as number;
  });
  return out;
}

function weightedStart(base: WeightedModel): WeightedParams {
  const weights = FACTOR_IDS.map((f) => Math.min(4, Math.max(0, Math.round(base.weights[f] ?? 0))));
  const from = (level: Level, fallback: number) => Math.round(base.bands.find((b) => b.level === level)?.from ?? fallback);
  const t1 = Math.min(99, Math.max(1, from('medium', 40)));
  const t2 = Math.min(100, Math.max(t1 + 1, from('high', 65)));
  return { weights, t1, t2 };
}

// ---- matrix ---------------------------------------------------------------------------------

interface MatrixParams {
  readonly likelihood: readonly number[];
  readonly impact: readonly number[];
  readonly grid: readonly (readonly number[])[];
}

function monotoneGrid(grid: readonly (readonly number[])[]): boolean {
  return grid.every((row, i) => row.every((cell, j) => cell >= (row[j - 1] ?? 0) && cell >= (grid[i - 1]?.[j] ?? 0)));
}

function matrixSearch(base: MatrixModel, values: readonly (readonly number[])[], fitWeights: boolean): Search<MatrixParams> {
  const cellCache = new Map<string, (readonly [number, number])[]>();
  const cells = (p: MatrixParams) => {
    const key = `${p.likelihood.join(',')}|${p.impact.join(',')}`;
    let c = cellCache.get(key);
    if (c === undefined) {
      const cm = compileModel(matrixModel(base, p, []));
      c = values.map((v) => matrixCell(cm, v));
      cellCache.set(key, c);
    }
    return c;
  };
  return {
    levels: (p) => cells(p).map(([li, ii]) => p.grid[li]?.[ii] ?? 0),
    *moves(p) {
      for (const side of fitWeights ? (['likelihood', 'impact'] as const) : []) {
        for (let i = 0; i < FACTOR_IDS.length; i++) {
          // A factor stays on the side the base model puts it.
          if ((p[side][i] ?? 0) === 0 && (side === 'likelihood' ? (base.likelihood.weights[FACTOR_IDS[i] as FactorId] ?? 0) : (base.impact.weights[FACTOR_IDS[i] as FactorId] ?? 0)) === 0) continue;
          for (const w of WEIGHTS) {
            if (w === p[side][i]) continue;
            const next = p[side].map((x, k) => (k === i ? w : x));
            if (next.every((x) => x === 0)) continue;
            yield { ...p, [side]: next };
          }
        }
      }
      for (let i = 0; i < p.grid.length; i++) {
        for (let j = 0; j < (p.grid[i]?.length ?? 0); j++) {
          for (const level of [0, 1, 2]) {
            if (level === p.grid[i]?.[j]) continue;
            const grid = p.grid.map((row, a) => row.map((cell, b) => (a === i && b === j ? level : cell)));
            if (monotoneGrid(grid)) yield { ...p, grid };
          }
        }
      }
    },
    tune: (p) => p,
  };
}

function matrixModel(base: MatrixModel, p: MatrixParams, rules: readonly Rule[]): MatrixModel {
  return {
    ...base,
    likelihood: { ...base.likelihood, weights: weightsObject(p.likelihood) },
    impact: { ...base.impact, weights: weightsObject(p.impact) },
    grid: p.grid.map((row) => row.map((l) => LEVEL_IDS[l] as Level)),
    rules,
  };
}

function matrixStart(base: MatrixModel): MatrixParams {
  const vec = (w: FactorWeights) => FACTOR_IDS.map((f) => Math.min(4, Math.max(0, Math.round(w[f] ?? 0))));
  return { likelihood: vec(base.likelihood.weights), impact: vec(base.impact.weights), grid: base.grid.map((row) => row.map((l) => LEVEL_IDS.indexOf(l))) };
}

// ---- count ----------------------------------------------------------------------------------

interface CountParams {
  /** Per criterion: off (0) or on (1). */
  readonly on: readonly number[];
  /** Per criterion whose condition is one `{ factor, atLeast }`: the threshold (2-5); others 0. */
  readonly atLeast: readonly number[];
  /** Criteria met at or above `c1` make medium, at or above `c2` high. */
  readonly c1: number;
  readonly c2: number;
}

function countSearch(base: CountModel, rows: readonly Row[], values: readonly (readonly number[])[], fitWeights: boolean): Search<CountParams> {
  const met = (p: CountParams) =>
    rows.map((r, i) => {
      const ctx: ConditionContext = { post: r.post, power: r.power, riskPoint: r.riskPoint, values: values[i] as number[] };
      let n = 0;
      base.criteria.forEach((c, k) => {
        if (p.on[k] === 1 && evalCondition(criterionWhen(c, p.atLeast[k] ?? 0), ctx)) n++;
      });
      return n;
    });
  const k = base.criteria.length;
  const bandLevel = (n: number, c1: number, c2: number) => (n >= c2 ? 2 : n >= c1 ? 1 : 0);
  return {
    levels: (p) => met(p).map((n) => bandLevel(n, p.c1, p.c2)),
    *moves(p) {
      for (let i = 0; i < k; i++) {
        const on = p.on.map((x, j) => (j === i ? 1 - x : x));
        if (on.some((x) => x === 1)) yield { ...p, on };
        if (fitWeights && (p.atLeast[i] ?? 0) > 0) {
          for (const t of [2, 3, 4, 5]) if (t !== p.atLeast[i]) yield { ...p, atLeast: p.atLeast.map((x, j) => (j === i ? t : x)) };
        }
      }
    },
    tune(p, floors, subset) {
      const n = met(p);
      let best = p;
      let bestFit = fitAt(p.c1, p.c2);
      for (let c1 = 1; c1 <= k; c1++) {
        for (let c2 = c1 + 1; c2 <= k + 1; c2++) {
          const f = fitAt(c1, c2);
          if (better(f, bestFit)) {
            best = { ...p, c1, c2 };
            bestFit = f;
          }
        }
      }
      return best;
      function fitAt(c1: number, c2: number): Fit {
        let agreed = 0;
        let distance = 0;
        for (const i of subset) {
          const d = Math.abs(Math.max(bandLevel(n[i] as number, c1, c2), floors[i] ?? 0) - (rows[i] as Row).published);
          if (d === 0) agreed++;
          distance += d;
        }
        return { agreed, distance };
      }
    },
  };
}

function criterionWhen(c: Criterion, atLeast: number): Condition {
  return atLeast > 0 && 'factor' in c.when ? { factor: c.when.factor, atLeast } : c.when;
}

function countStart(base: CountModel): CountParams {
  const from = (level: Level, fallback: number) => Math.round(base.bands.find((b) => b.level === level)?.from ?? fallback);
  const c1 = Math.max(1, from('medium', 2));
  return {
    on: base.criteria.map(() => 1),
    atLeast: base.criteria.map((c) => ('factor' in c.when ? Math.min(5, Math.max(2, Math.round(c.when.atLeast))) : 0)),
    c1,
    c2: Math.max(c1 + 1, from('high', 3)),
  };
}

function countModel(base: CountModel, p: CountParams, rules: readonly Rule[]): CountModel {
  const criteria = base.criteria.filter((_, k) => p.on[k] === 1).map((c) => ({ ...c, when: criterionWhen(c, p.atLeast[base.criteria.indexOf(c)] ?? 0) }));
  const k = criteria.length;
  // Bands over 0…k; a band cut above k never holds and is dropped.
  const bands: LevelBand[] = [{ level: 'low', from: 0, to: Math.min(p.c1, k) }];
  if (p.c1 <= k) bands.push({ level: 'medium', from: p.c1, to: Math.min(p.c2, k) });
  if (p.c2 <= k) bands.push({ level: 'high', from: p.c2, to: k });
  return { ...base, criteria, bands: bands.filter((b, i) => i === bands.length - 1 || b.from < b.to), rules };
}

// ---- the search -----------------------------------------------------------------------------

/** The fitted parameters of one search: the method's and the rule levels. */
interface Fitted<P> {
  readonly params: P;
  readonly ruleLevels: readonly number[];
}

/** Rounds of the coordinate search; each tries every move once. It stops earlier at a fixed point. */
const MAX_ROUNDS = 8;

function coordinateSearch<P>(
  search: Search<P>,
  rows: readonly Row[],
  values: readonly (readonly number[])[],
  start: Fitted<P>,
  subset: readonly number[],
): Fitted<P> {
  let ruleLevels = start.ruleLevels;
  let floors = floorsOf(rows, ruleLevels, values);
  let params = search.tune(start.params, floors, subset);
  const score = (p: P, f: readonly number[]) =>
    fitOf(
      search.levels(p).map((l, i) => Math.max(l, f[i] ?? 0)),
      rows,
      subset,
    );
  let current = score(params, floors);
  for (let round = 0; round < MAX_ROUNDS; round++) {
    let changed = false;
    for (let k = 0; k < CANDIDATE_RULES.length; k++) {
      for (const level of RULE_LEVELS) {
        if (level === ruleLevels[k]) continue;
        const trial = ruleLevels.map((x, j) => (j === k ? level : x));
        const f = floorsOf(rows, trial, values);
        const p = search.tune(params, f, subset);
        const fit = score(p, f);
        if (better(fit, current)) {
          ruleLevels = trial;
          floors = f;
          params = p;
          current = fit;
          changed = true;
        }
      }
    }
    for (const move of search.moves(params)) {
      const p = search.tune(move, floors, subset);
      const fit = score(p, floors);
      if (better(fit, current)) {
        params = p;
        current = fit;
        changed = true;
      }
    }
    if (!changed) break;
  }
  return { params, ruleLevels };
}

function startRuleLevels(base: ScoringModel): number[] {
  return CANDIDATE_RULES.map((c) => {
    const r = base.rules.find((x) => x.id === c.id && x.effect === 'minimum');
    return r === undefined ? -1 : Math.max(1, LEVEL_IDS.indexOf(r.level));
  });
}

function rulesOf(ruleLevels: readonly number[]): Rule[] {
  const out: Rule[] = [];
  CANDIDATE_RULES.forEach((c, k) => {
    const l = ruleLevels[k] ?? -1;
    if (l >= 1) out.push({ ...c, level: LEVEL_IDS[l] as Level });
  });
  return out;
}

/** The method's whole fit: search on a subset of rows, then the model it stands for. */
function fitModel(
  method: CalibrationMethod,
  base: ScoringModel,
  rows: readonly Row[],
  values: readonly (readonly number[])[],
  subset: readonly number[],
  fitWeights: boolean,
): ScoringModel {
  const ruleLevels = startRuleLevels(base);
  if (method === 'weighted') {
    const b = base as WeightedModel;
    const f = coordinateSearch(weightedSearch(b, rows, fitWeights), rows, values, { params: weightedStart(b), ruleLevels }, subset);
    const { t1, t2 } = f.params;
    const bands: LevelBand[] = [
      { level: 'low', from: 0, to: t1 },
      { level: 'medium', from: t1, to: t2 },
      { level: 'high', from: t2, to: 100 },
    ];
    return { ...b, weights: weightsObject(f.params.weights), bands, rules: rulesOf(f.ruleLevels) };
  }
  if (method === 'matrix') {
    const b = base as MatrixModel;
    const f = coordinateSearch(matrixSearch(b, values, fitWeights), rows, values, { params: matrixStart(b), ruleLevels }, subset);
    return matrixModel(b, f.params, rulesOf(f.ruleLevels));
  }
  const b = base as CountModel;
  const f = coordinateSearch(countSearch(b, rows, values, fitWeights), rows, values, { params: countStart(b), ruleLevels }, subset);
  return countModel(b, f.params, rulesOf(f.ruleLevels));
}

/** The level the engine gives each row under a model. */
function engineLevels(model: ScoringModel, rows: readonly Row[]): number[] {
  return rows.map((r) => LEVEL_IDS.indexOf(scoreRiskPoint(r.post, r.power, r.riskPoint, { model }).level));
}

function agreementOf(levels: readonly number[], rows: readonly Row[]): Agreement {
  const agreed = rows.filter((r, i) => levels[i] === r.published).length;
  return { agreed, total: rows.length, rate: rows.length === 0 ? 0 : agreed / rows.length };
}

/** Post aggregations tried: a post is high when at least k of its risk points are (k = 1 is "highest"). */
function aggregationFor(k: number): PostAggregation {
  if (k <= 1) return { method: 'highest', score: 'max' };
  const rules: AggregationRule[] = [
    { level: 'medium', atLeast: 1, of: 'medium' },
    { level: 'high', atLeast: k, of: 'high' },
  ];
  return { method: 'count', score: 'max', rules };
}

/** The posts with a published level, each with its risk points' levels under the model. */
function postAgreement(model: ScoringModel, docs: readonly OrganizationDocument[]): Agreement {
  let agreed = 0;
  let total = 0;
  for (const doc of docs) {
    for (const post of doc.posts) {
      if (post.publishedLevel === undefined) continue;
      total++;
      const counts = [0, 0, 0];
      for (const power of post.powers) {
        for (const rp of power.riskPoints) {
          const l = LEVEL_IDS.indexOf(scoreRiskPoint(post, power, rp, { model }).level);
          counts[l] = (counts[l] ?? 0) + 1;
        }
      }
      if (LEVEL_IDS[aggregateLevel(model, counts)] === post.publishedLevel) agreed++;
    }
  }
  return { agreed, total, rate: total === 0 ? 0 : agreed / total };
}

const BASES: Readonly<Record<CalibrationMethod, ScoringModel>> = { weighted: DEFAULT_MODEL, matrix: MATRIX_5X5_MODEL, count: UNIVERSITY_COUNT_MODEL };

const NAMES: Readonly<Record<CalibrationMethod, LocalizedText>> = {
  weighted: { 'zh-CN': '校准加权模型', 'zh-TW': '校準加權模型', en: 'Calibrated weighted model' },
  matrix: { 'zh-CN': '校准矩阵模型', 'zh-TW': '校準矩陣模型', en: 'Calibrated matrix model' },
  count: { 'zh-CN': '校准计数模型', 'zh-TW': '校準計數模型', en: 'Calibrated count model' },
};

/**
 * Fits a model of the chosen method to the published levels of graded documents and reports how
 * well it agrees. Pure and deterministic: the same documents and options give the same result.
 *
 * What is fitted: integer weights 0-4 and two integer band cuts (`weighted`); side weights and the
 * grid, bands kept (`matrix`); which criteria count, their rating thresholds and the count bands
 * (`count`); for every method, which of {@link CANDIDATE_RULES} to keep and at which level, and, when
 * posts carry a published level, how many high risk points make a post high.
 * @param graded - one validated document or several, whose risk points carry `publishedLevel`
 * @param options - method, folds, starting model
 * @returns the fitted model, agreement, confusion matrix, cross-validation and the rows to discuss
 * @throws RangeError when no risk point carries a published level, or the base model's method is not `method`
 * @example
 * const result = calibrate(parseDocument(json), { method: 'weighted', folds: 5 });
 * result.agreement.rate // 0.85
 * JSON.stringify(result.model) // a model file for `catalog --model`
 */
export function calibrate(graded: OrganizationDocument | readonly OrganizationDocument[], options: CalibrationOptions = {}): CalibrationResult {
  const docs: readonly OrganizationDocument[] = Array.isArray(graded) ? graded : [graded as OrganizationDocument];
  const method = options.method ?? 'weighted';
  const base = options.base ?? BASES[method];
  if (base.method !== method) throw new RangeError(`calibrate: the base model's method is ${base.method}, not ${method}`);
  const rows = gradedRows(docs);
  if (rows.length === 0) throw new RangeError('calibrate: no risk point carries a published level');
  const values = rowValues(base, rows);
  const all = rows.map((_, i) => i);

  const fitWeights = options.fitWeights ?? true;
  const fitted = fitModel(method, base, rows, values, all, fitWeights);
  // Post aggregation: fitted only when posts are graded; otherwise the base model's stays.
  let aggregation = base.aggregation;
  const gradedPosts = docs.some((d) => d.posts.some((p) => p.publishedLevel !== undefined));
  if (gradedPosts) {
    let best = postAgreement({ ...fitted, aggregation }, docs);
    for (const k of [1, 2, 3, 4]) {
      const a = postAgreement({ ...fitted, aggregation: aggregationFor(k) }, docs);
      if (a.agreed > best.agreed) {
        best = a;
        aggregation = aggregationFor(k);
      }
    }
  }
  const model: ScoringModel = { ...fitted, id: 'calibrated', name: NAMES[method], aggregation };

  const levels = engineLevels(model, rows);
  const confusion: [number, number, number][] = [
    [0, 0, 0],
    [0, 0, 0],
    [0, 0, 0],
  ];
  rows.forEach((r, i) => {
    (confusion[r.published] as [number, number, number])[levels[i] as 0 | 1 | 2]++;
  });

  let crossValidation: CalibrationResult['crossValidation'] = null;
  if (rows.length >= 2) {
    const folds = Math.max(2, Math.min(rows.length, Math.floor(options.folds ?? 5)));
    const cvLevels: number[] = new Array<number>(rows.length).fill(-1);
    for (let k = 0; k < folds; k++) {
      const train = all.filter((i) => i % folds !== k);
      const m = fitModel(method, base, rows, values, train, fitWeights);
      const held = all.filter((i) => i % folds === k);
      const heldRows = held.map((i) => rows[i] as Row);
      engineLevels(m, heldRows).forEach((l, j) => {
        cvLevels[held[j] as number] = l;
      });
    }
    crossValidation = { folds, ...agreementOf(cvLevels, rows) };
  }

  const disagreements: Disagreement[] = [];
  rows.forEach((r, i) => {
    if (levels[i] === r.published) return;
    const a = explainRiskPoint(r.post, r.power, r.riskPoint, { model });
    disagreements.push({
      riskPointId: r.riskPoint.id,
      postId: r.post.id,
      description: r.riskPoint.description,
      ...(r.riskPoint.source === undefined ? {} : { source: r.riskPoint.source }),
      published: LEVEL_IDS[r.published] as Level,
      fitted: a.level,
      score: a.score,
      explanation: a.explanation.text,
    });
  });

  return {
    method,
    model,
    baseline: agreementOf(engineLevels(base, rows), rows),
    agreement: agreementOf(levels, rows),
    confusion,
    crossValidation,
    posts: postAgreement(model, docs),
    disagreements,
  };
}

/**
 * The agreement of a given model with the published levels of graded documents (no fitting).
 * @param graded - one validated document or several
 * @param model - the model to measure
 * @returns agreed, total and rate over the risk points that carry a published level
 */
export function measureAgreement(graded: OrganizationDocument | readonly OrganizationDocument[], model: ScoringModel): Agreement {
  const docs: readonly OrganizationDocument[] = Array.isArray(graded) ? graded : [graded as OrganizationDocument];
  const rows = gradedRows(docs);
  return agreementOf(engineLevels(model, rows), rows);
}
