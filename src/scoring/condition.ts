/**
 * The condition language of rules and count criteria: evaluation, a description in every locale,
 * and the static analysis model lint needs (which factors a condition reads, whether it can ever hold).
 */
import { FACTORS } from '../model/factors.js';
import type { LocalizedText } from '../i18n/locale.js';
import type { Post, Power, RiskPoint } from '../model/document.js';
import {
  FACTOR_IDS,
  POWER_CATEGORIES,
  RANKS,
  RATING_MAX,
  RISK_CATEGORIES,
  termLabel,
  type FactorId,
  type Term,
} from '../model/enums.js';
import { formatCompact } from './format.js';
import type { Condition, ConditionFlag } from './model.js';

/** What a condition is evaluated against. */
export interface ConditionContext {
  readonly post: Post;
  readonly power: Power;
  readonly riskPoint: RiskPoint;
  /** The rating used for each factor, in the order of `FACTOR_IDS`; `NaN` when excluded as missing. */
  readonly values: readonly number[];
}

const FACTOR_INDEX: ReadonlyMap<string, number> = new Map(FACTOR_IDS.map((f, i) => [f, i]));

/**
 * The position of a factor in `FACTOR_IDS`.
 * @param id - a factor id
 * @returns its index
 */
export function factorIndex(id: FactorId): number {
  return FACTOR_INDEX.get(id) ?? -1;
}

/**
 * Evaluates a condition.
 * @param c - the condition
 * @param ctx - the risk point in context, with the ratings to use
 * @returns whether it holds
 */
export function evalCondition(c: Condition, ctx: ConditionContext): boolean {
  if ('factor' in c) {
    const v = ctx.values[factorIndex(c.factor)] ?? Number.NaN;
    return v >= c.atLeast; // NaN (excluded) is never at least anything
  }
  if ('flag' in c) return flagValue(c.flag, ctx) === c.equals;
  if ('categoryIn' in c) return c.categoryIn.includes(ctx.power.category);
  if ('rankIn' in c) return c.rankIn.includes(ctx.post.rank);
  if ('riskCategoryIn' in c) return c.riskCategoryIn.includes(ctx.riskPoint.riskCategory);
  if ('tenureAtLeast' in c) return ctx.post.tenureYears >= c.tenureAtLeast;
  if ('all' in c) return c.all.every((x) => evalCondition(x, ctx));
  return c.any.some((x) => evalCondition(x, ctx));
}

function flagValue(flag: ConditionFlag, ctx: ConditionContext): boolean {
  if (flag === 'priorIncident') return ctx.riskPoint.priorIncident;
  if (flag === 'majorMatter') return ctx.power.majorMatter;
  return ctx.power.collectiveDecision;
}

/** How each flag reads when true and when false. */
const FLAG_TEXT = {
  priorIncident: {
    true: { 'zh-CN': '曾发生廉政问题', 'zh-TW': '曾發生廉政問題', en: 'an integrity incident happened here before' },
    false: { 'zh-CN': '未曾发生廉政问题', 'zh-TW': '未曾發生廉政問題', en: 'no earlier integrity incident' },
  },
  majorMatter: {
    true: { 'zh-CN': '属于“三重一大”事项', 'zh-TW': '屬於「三重一大」事項', en: 'a major matter (three majors, one large)' },
    false: { 'zh-CN': '不属于“三重一大”事项', 'zh-TW': '不屬於「三重一大」事項', en: 'not a major matter (three majors, one large)' },
  },
  collectiveDecision: {
    true: { 'zh-CN': '经集体决策', 'zh-TW': '經集體決策', en: 'decided collectively' },
    false: { 'zh-CN': '未经集体决策', 'zh-TW': '未經集體決策', en: 'not decided collectively' },
  },
} as const satisfies Record<ConditionFlag, { true: LocalizedText; false: LocalizedText }>;

function listLabels(table: readonly Term[], ids: readonly string[]): LocalizedText {
  return {
    'zh-CN': ids.map((id) => termLabel(table, id, 'zh-CN')).join('、'),
    'zh-TW': ids.map((id) => termLabel(table, id, 'zh-TW')).join('、'),
    en: ids.map((id) => termLabel(table, id, 'en')).join(', '),
  };
}

function map3(f: (locale: 'zh-CN' | 'zh-TW' | 'en') => string): LocalizedText {
  return { 'zh-CN': f('zh-CN'), 'zh-TW': f('zh-TW'), en: f('en') };
}

/**
 * Describes a condition in every locale, e.g. `资金关联程度≥4` / `Fund linkage ≥ 4`.
 * @param c - the condition
 * @returns the description
 */
export function describeCondition(c: Condition): LocalizedText {
  if ('factor' in c) {
    const label = FACTORS[factorIndex(c.factor)]?.label ?? { 'zh-CN': c.factor, 'zh-TW': c.factor, en: c.factor };
    const n = formatCompact(c.atLeast);
    return { 'zh-CN': `${label['zh-CN']}≥${n}`, 'zh-TW': `${label['zh-TW']}≥${n}`, en: `${label.en} ≥ ${n}` };
  }
  if ('flag' in c) return FLAG_TEXT[c.flag][c.equals ? 'true' : 'false'];
  if ('categoryIn' in c) {
    const l = listLabels(POWER_CATEGORIES, c.categoryIn);
    return { 'zh-CN': `权力类别为${l['zh-CN']}`, 'zh-TW': `權力類別為${l['zh-TW']}`, en: `power category ${l.en}` };
  }
  if ('rankIn' in c) {
    const l = listLabels(RANKS, c.rankIn);
    return { 'zh-CN': `岗位层级为${l['zh-CN']}`, 'zh-TW': `崗位層級為${l['zh-TW']}`, en: `post rank ${l.en}` };
  }
  if ('riskCategoryIn' in c) {
    const l = listLabels(RISK_CATEGORIES, c.riskCategoryIn);
    return { 'zh-CN': `风险类别为${l['zh-CN']}`, 'zh-TW': `風險類別為${l['zh-TW']}`, en: `risk category ${l.en}` };
  }
  if ('tenureAtLeast' in c) {
    const n = formatCompact(c.tenureAtLeast);
    return { 'zh-CN': `任职满${n}年`, 'zh-TW': `任職滿${n}年`, en: `${n} or more years in post` };
  }
  const parts = ('all' in c ? c.all : c.any).map((x) => {
    const d = describeCondition(x);
    const nested = 'all' in x || 'any' in x;
    return nested ? map3((l) => `(${d[l]})`) : d;
  });
  const sep = 'all' in c ? { 'zh-CN': '且', 'zh-TW': '且', en: ' and ' } : { 'zh-CN': '或', 'zh-TW': '或', en: ' or ' };
  return map3((l) => parts.map((p) => p[l]).join(sep[l]));
}

/**
 * Adds the factors a condition reads to `out`.
 * @param c - the condition
 * @param out - the set to fill
 */
export function conditionFactors(c: Condition, out: Set<FactorId>): void {
  if ('factor' in c) out.add(c.factor);
  else if ('all' in c) for (const x of c.all) conditionFactors(x, out);
  else if ('any' in c) for (const x of c.any) conditionFactors(x, out);
}

/**
 * Whether a condition can never hold, whatever the document says: a rating above 5, an empty list,
 * an empty `any`, or an `all` whose parts contradict each other (a flag both true and false, lists
 * with nothing in common).
 * @param c - the condition
 * @returns true when it can never hold
 */
export function neverHolds(c: Condition): boolean {
  if ('factor' in c) return c.atLeast > RATING_MAX;
  if ('flag' in c) return false;
  if ('categoryIn' in c) return c.categoryIn.length === 0;
  if ('rankIn' in c) return c.rankIn.length === 0;
  if ('riskCategoryIn' in c) return c.riskCategoryIn.length === 0;
  if ('tenureAtLeast' in c) return !Number.isFinite(c.tenureAtLeast);
  if ('any' in c) return c.any.every(neverHolds);
  if (c.all.some(neverHolds)) return true;
  // Collect the constraints of the conjunction (nested `all` flattened) and look for contradictions.
  const flags = new Map<ConditionFlag, boolean>();
  const sets = new Map<string, Set<string>>();
  const stack: Condition[] = [...c.all];
  for (let x = stack.pop(); x !== undefined; x = stack.pop()) {
    if ('all' in x) stack.push(...x.all);
    else if ('flag' in x) {
      const prev = flags.get(x.flag);
      if (prev !== undefined && prev !== x.equals) return true;
      flags.set(x.flag, x.equals);
    } else {
      const entry: [string, readonly string[]] | undefined =
        'categoryIn' in x ? ['category', x.categoryIn] : 'rankIn' in x ? ['rank', x.rankIn] : 'riskCategoryIn' in x ? ['risk', x.riskCategoryIn] : undefined;
      if (entry === undefined) continue;
      const prev = sets.get(entry[0]);
      const next = new Set(prev === undefined ? entry[1] : entry[1].filter((v) => prev.has(v)));
      if (next.size === 0) return true;
      sets.set(entry[0], next);
    }
  }
  return false;
}
