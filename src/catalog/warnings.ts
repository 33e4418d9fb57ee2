/**
 * Early warning and review (预警与复查). A post's warning tier (红/黄/蓝) follows from its level
 * together with aggravating signals — a prior incident on one of its risk points, findings about
 * the post, a level that rose since the last cycle — as {@link WARNING_TIER_TABLE} sets out. The
 * warning is owned by the tier above the post ({@link responsibleAbove}): never by the post warned.
 * The core never reads the clock: dates count from `asOf` (given by the caller) or `assessedOn`.
 */
import type { Level, OwnerTier, Rank, Term } from '../model/enums.js';
import { isSelfOversight, responsibleAbove } from '../measures/oversight.js';
import type { EarlyWarning, WarningSignal, WarningTier } from './types.js';
import { addDays } from '../model/dates.js';

/** Settings of the early warning. */
export interface WarningSettings {
  /** Days between reviews for each tier, by the level the tier stands for (red high, yellow medium, blue low). */
  readonly reviewCycleDays: { readonly [L in Level]: number };
  /**
   * Who must act, per level, when a unit assigns it otherwise than the practice. A tier that would
   * make the post oversee itself (a principal's warning to the 主要领导) is replaced by the tier above
   * the post. Absent: always the tier above the post.
   */
  readonly owner?: { readonly [L in Level]?: OwnerTier };
}

/** The tier for each level when no aggravating signal is present: red for high, yellow for medium, blue for low. */
export const WARNING_TIERS = { high: 'red', medium: 'yellow', low: 'blue' } as const satisfies {
  readonly [L in Level]: WarningTier;
};

/**
 * The tier by level (rows) and by the number of distinct aggravating signals (0, 1, 2 or more):
 * each signal raises the warning one tier, up to red.
 *
 * | level | no signal | one signal | two or more |
 * | --- | --- | --- | --- |
 * | high 高 | red 红 | red 红 | red 红 |
 * | medium 中 | yellow 黄 | red 红 | red 红 |
 * | low 低 | blue 蓝 | yellow 黄 | red 红 |
 */
export const WARNING_TIER_TABLE = {
  high: ['red', 'red', 'red'],
  medium: ['yellow', 'red', 'red'],
  low: ['blue', 'yellow', 'red'],
} as const satisfies { readonly [L in Level]: readonly [WarningTier, WarningTier, WarningTier] };

/** The aggravating signals, in the order they are reported. */
export const WARNING_SIGNALS: readonly WarningSignal[] = ['prior-incident', 'findings', 'level-rose'];

/** The signals' names in every locale. */
export const WARNING_SIGNAL_LABELS = [
  { id: 'prior-incident', label: { 'zh-CN': '曾发生廉政问题', 'zh-TW': '曾發生廉政問題', en: 'a prior integrity incident' } },
  { id: 'findings', label: { 'zh-CN': '存在权力配置问题', 'zh-TW': '存在權力配置問題', en: 'findings on the post' } },
  { id: 'level-rose', label: { 'zh-CN': '风险等级较上一周期升高', 'zh-TW': '風險等級較上一週期升高', en: 'a level that rose since the last cycle' } },
] as const satisfies readonly Term<WarningSignal>[];

/** The level a tier stands for, to read its review cycle. */
const TIER_LEVEL = { red: 'high', yellow: 'medium', blue: 'low' } as const satisfies { readonly [T in WarningTier]: Level };

/**
 * The defaults: red reviewed every 90 days, yellow every 180, blue every 360; owned by the tier above the post.
 */
export const DEFAULT_WARNING_SETTINGS: WarningSettings = {
  reviewCycleDays: { high: 90, medium: 180, low: 360 },
};

/**
 * The warning tier of a level with some aggravating signals ({@link WARNING_TIER_TABLE}).
 * @param level - the post's level
 * @param signals - the aggravating signals present (repeats count once)
 * @returns the tier
 */
export function warningTier(level: Level, signals: readonly WarningSignal[] = []): WarningTier {
  const n = Math.min(2, new Set(signals).size) as 0 | 1 | 2;
  return WARNING_TIER_TABLE[level][n];
}

/**
 * The early warning of a post.
 * @param level - the post's level
 * @param from - the ISO date review dates count from, if known
 * @param settings - review cycles and owners
 * @param rank - the post's rank, which decides who is above it (default `staff`)
 * @param signals - the aggravating signals present
 * @returns the warning; `nextReviewOn` only when `from` is known
 * @example
 * earlyWarning('medium', '2026-03-31', DEFAULT_WARNING_SETTINGS, 'principal', ['findings'])
 * // { tier: 'red', owner: 'higher-discipline', reviewCycleDays: 90, signals: ['findings'], nextReviewOn: '2026-06-29' }
 */
export function earlyWarning(
  level: Level,
  from: string | undefined,
  settings: WarningSettings = DEFAULT_WARNING_SETTINGS,
  rank: Rank = 'staff',
  signals: readonly WarningSignal[] = [],
): EarlyWarning {
  const present = WARNING_SIGNALS.filter((s) => signals.includes(s));
  const tier = warningTier(level, present);
  const reviewCycleDays = settings.reviewCycleDays[TIER_LEVEL[tier]];
  const configured = settings.owner?.[level];
  const owner = configured === undefined || isSelfOversight(rank, configured) ? responsibleAbove(rank) : configured;
  const base = { tier, owner, reviewCycleDays, signals: present };
  return from === undefined ? base : { ...base, nextReviewOn: addDays(from, reviewCycleDays) };
}
