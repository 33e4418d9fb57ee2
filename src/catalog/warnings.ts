/**
 * Early warning and review (预警与复查): a post's warning tier follows its level (the practice's
 * red/yellow/blue), names the owner tier who must act, and sets when the post is reviewed next.
 * The core never reads the clock: dates count from `asOf` (given by the caller) or `assessedOn`.
 */
import type { Level } from '../model/enums.js';
import type { OwnerTier } from '../measures/types.js';
import type { EarlyWarning, WarningTier } from './types.js';
import { addDays } from '../model/dates.js';

/** Settings of the early warning, per level. */
export interface WarningSettings {
  /** Days between reviews for each level. */
  readonly reviewCycleDays: { readonly [L in Level]: number };
  /** Who must act for each level. */
  readonly owner: { readonly [L in Level]: OwnerTier };
}

/** The tier for each level (fixed by the practice: red for high, yellow for medium, blue for low). */
export const WARNING_TIERS = { high: 'red', medium: 'yellow', low: 'blue' } as const satisfies {
  readonly [L in Level]: WarningTier;
};

/**
 * The defaults: high risk reviewed every 90 days by the principal leader (主要领导), medium every 180
 * days by the leader in charge (分管领导), low every 360 days by the department head (部门负责人).
 */
export const DEFAULT_WARNING_SETTINGS: WarningSettings = {
  reviewCycleDays: { high: 90, medium: 180, low: 360 },
  owner: { high: 'principal-leader', medium: 'leader-in-charge', low: 'department-head' },
};

/**
 * The early warning of a post.
 * @param level - the post's level
 * @param from - the ISO date review dates count from, if known
 * @param settings - cycles and owners
 * @returns the warning; `nextReviewOn` only when `from` is known
 * @example
 * earlyWarning('high', '2026-03-31') // { tier: 'red', owner: 'principal-leader', reviewCycleDays: 90, nextReviewOn: '2026-06-29' }
 */
export function earlyWarning(
  level: Level,
  from: string | undefined,
  settings: WarningSettings = DEFAULT_WARNING_SETTINGS,
): EarlyWarning {
  const reviewCycleDays = settings.reviewCycleDays[level];
  const base = { tier: WARNING_TIERS[level], owner: settings.owner[level], reviewCycleDays };
  return from === undefined ? base : { ...base, nextReviewOn: addDays(from, reviewCycleDays) };
}
