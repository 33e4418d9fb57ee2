/**
 * A holder's term (任前研判、任中评估、任后评价): whether a post's holder is new, what falls due during
 * the term and when, and what a change of holder between two cycles requires. Dates count from the
 * document's `assessedOn`; the clock is never read.
 */
import { fill, fillAll, type Locale, type LocalizedText } from '../i18n/locale.js';
import { addDays, addYears, toDayNumber } from '../model/dates.js';
import { RANKS, type Level, type PowerCategory, type Rank } from '../model/enums.js';
import type { Factors } from '../model/document.js';
import { TERM_LABELS, TERM_MESSAGE_PARTS } from './messages.js';
import type { FindingSettings } from './settings.js';

/** What falls due in a holder's term, in the order a term runs. */
export const TERM_EVENT_KINDS = ['pre-appointment-review', 'annual-report', 'in-term-audit', 'rotation'] as const;

/** One of {@link TERM_EVENT_KINDS}. */
export type TermEventKind = (typeof TERM_EVENT_KINDS)[number];

/** Something due in the holder's term. */
export interface TermEvent {
  readonly kind: TermEventKind;
  /** When it is due (ISO date); absent when neither `holderSince` nor `assessedOn` allows a date. */
  readonly due?: string;
  /** Due on or before `assessedOn`: to be done now. */
  readonly dueNow: boolean;
}

/** A post's holder and the term's timeline. */
export interface PostTerm {
  readonly holder?: string;
  readonly holderSince?: string;
  readonly tenureYears: number;
  /** By due date (undated last), then in {@link TERM_EVENT_KINDS} order. */
  readonly events: readonly TermEvent[];
}

/** What the term checks read of a post: a document post and a catalog post both have it. */
export interface TermPost {
  readonly name: string;
  readonly rank: Rank;
  readonly tenureYears: number;
  readonly holder?: string;
  readonly holderSince?: string;
  readonly powers: readonly {
    readonly id: string;
    readonly name: string;
    readonly category: PowerCategory;
    readonly riskPoints: readonly { readonly factors: Factors }[];
  }[];
}

/** Settings the term checks read. */
export type TermSettings = Pick<
  FindingSettings,
  | 'auditYears'
  | 'rotationYears'
  | 'rotationLevels'
  | 'fundCategories'
  | 'fundLinkageAtLeast'
  | 'preAppointmentDays'
  | 'leadershipRanks'
  | 'annualReportRanks'
>;

/** Why an economic-responsibility audit applies to a post, or `undefined` when it does not. */
export interface AuditBasis {
  /** The fund-linked powers (empty when the basis is the rank alone). */
  readonly powers: readonly TermPost['powers'][number][];
  /** The reason, ready for a message's `{basis}`. */
  readonly basis: LocalizedText;
}

function rankLabel(rank: Rank): LocalizedText {
  return RANKS.find((r) => r.id === rank)?.label ?? { 'zh-CN': rank, 'zh-TW': rank, en: rank };
}

function joinNames(names: readonly string[]): LocalizedText {
  return { 'zh-CN': names.join('、'), 'zh-TW': names.join('、'), en: names.join(', ') };
}

/**
 * The powers that give a post fund linkage: a power in `fundCategories`, or one with a risk point
 * rated at least `fundLinkageAtLeast` on `fundLinkage` (rated on risk points only, so the given
 * rating is the effective one).
 * @param post - the post
 * @param s - the settings
 * @returns those powers, in document order
 */
export function fundLinked<P extends TermPost['powers'][number]>(
  post: { readonly powers: readonly P[] },
  s: Pick<TermSettings, 'fundCategories' | 'fundLinkageAtLeast'>,
): P[] {
  return post.powers.filter(
    (p) => s.fundCategories.includes(p.category) || p.riskPoints.some((rp) => (rp.factors.fundLinkage ?? 0) >= s.fundLinkageAtLeast),
  );
}

/**
 * Why an economic-responsibility audit (in term or on departure) applies to a post: fund linkage
 * (a power in `fundCategories`, or a risk point rated at least `fundLinkageAtLeast` on fund
 * linkage), else a leadership rank.
 * @param post - the post
 * @param s - the settings
 * @returns the basis, or `undefined` when no audit applies
 */
export function auditBasis(post: TermPost, s: TermSettings): AuditBasis | undefined {
  const powers = fundLinked(post, s);
  if (powers.length > 0) return { powers, basis: fillAll(TERM_MESSAGE_PARTS.fundBasis, { powers: joinNames(powers.map((p) => p.name)) }) };
  if (s.leadershipRanks.includes(post.rank)) return { powers: [], basis: fillAll(TERM_MESSAGE_PARTS.leadershipBasis, { rank: rankLabel(post.rank) }) };
  return undefined;
}

/**
 * Tells whether a post's holder is new: took the post at most `preAppointmentDays` before `assessedOn`.
 * @param post - the post
 * @param assessedOn - the assessment date, if known
 * @param s - the settings
 * @returns true for a new holder
 */
export function isNewHolder(post: Pick<TermPost, 'holderSince'>, assessedOn: string | undefined, s: Pick<TermSettings, 'preAppointmentDays'>): boolean {
  if (post.holderSince === undefined || assessedOn === undefined) return false;
  const days = toDayNumber(assessedOn) - toDayNumber(post.holderSince);
  return days >= 0 && days <= s.preAppointmentDays;
}

/** Levels that need the pre-appointment review, with its urgency and the days allowed after taking the post. */
const PRE_APPOINTMENT = {
  high: { urgency: TERM_MESSAGE_PARTS.urgencyHigh, days: 0 },
  medium: { urgency: TERM_MESSAGE_PARTS.urgencyMedium, days: 30 },
} as const;

/**
 * The urgency of the pre-appointment review on a post of a level: before the holder exercises the
 * powers on a 高 post, within 30 days on a 中 post; a 低 post needs none.
 * @param level - the post's level
 * @returns the urgency text and the days allowed, or `undefined` for a 低 post
 */
export function preAppointmentUrgency(level: Level): { readonly urgency: LocalizedText; readonly days: number } | undefined {
  return level === 'low' ? undefined : PRE_APPOINTMENT[level];
}

// A due date that a tenure in years reaches: from holderSince when known, else counted from assessedOn.
function dueAfterYears(post: TermPost, assessedOn: string | undefined, years: number): string | undefined {
  if (post.holderSince !== undefined) return addYears(post.holderSince, years);
  if (assessedOn === undefined) return undefined;
  return post.tenureYears >= years ? assessedOn : addDays(assessedOn, Math.ceil((years - post.tenureYears) * 365.25));
}

/**
 * A post's holder and what falls due in the term: the pre-appointment review for a new holder of a
 * 高 or 中 post, the annual duty and integrity report (述职述廉, by the end of the assessment year) for
 * the ranks in `annualReportRanks`, the in-term economic-responsibility audit at `auditYears` where
 * {@link auditBasis} applies, and rotation at `rotationYears` on a post whose level is in `rotationLevels`.
 * @param post - the post
 * @param level - the post's level
 * @param assessedOn - the assessment date, if known
 * @param s - the settings
 * @returns the term and its timeline
 * @example
 * postTerm(post, 'high', '2026-03-31', DEFAULT_FINDING_SETTINGS).events.map((e) => `${e.kind} ${e.due}`)
 */
export function postTerm(post: TermPost, level: Level, assessedOn: string | undefined, s: TermSettings): PostTerm {
  const events: { kind: TermEventKind; due: string | undefined }[] = [];
  const pre = preAppointmentUrgency(level);
  if (pre !== undefined && isNewHolder(post, assessedOn, s)) {
    events.push({ kind: 'pre-appointment-review', due: addDays(post.holderSince as string, pre.days) });
  }
  if (s.annualReportRanks.includes(post.rank)) {
    events.push({ kind: 'annual-report', due: assessedOn === undefined ? undefined : `${assessedOn.slice(0, 4)}-12-31` });
  }
  if (auditBasis(post, s) !== undefined) events.push({ kind: 'in-term-audit', due: dueAfterYears(post, assessedOn, s.auditYears) });
  if (s.rotationLevels.includes(level)) events.push({ kind: 'rotation', due: dueAfterYears(post, assessedOn, s.rotationYears) });

  const order = (k: TermEventKind) => TERM_EVENT_KINDS.indexOf(k);
  events.sort((a, b) => {
    if (a.due !== b.due) {
      if (a.due === undefined) return 1;
      if (b.due === undefined) return -1;
      return a.due < b.due ? -1 : 1;
    }
    return order(a.kind) - order(b.kind);
  });
  return {
    ...(post.holder === undefined ? {} : { holder: post.holder }),
    ...(post.holderSince === undefined ? {} : { holderSince: post.holderSince }),
    tenureYears: post.tenureYears,
    events: events.map((e) => ({
      kind: e.kind,
      ...(e.due === undefined ? {} : { due: e.due }),
      dueNow: e.due !== undefined && assessedOn !== undefined && e.due <= assessedOn,
    })),
  };
}

/**
 * Tells whether a post changed holder between two cycles: the holders differ where both are named;
 * else the dates they took the post differ where both are given; else the tenure went down (the same
 * holder's tenure cannot).
 * @param before - the post last cycle
 * @param after - the post this cycle
 * @returns true when the holder changed
 */
export function holderChanged(
  before: Pick<TermPost, 'holder' | 'holderSince' | 'tenureYears'>,
  after: Pick<TermPost, 'holder' | 'holderSince' | 'tenureYears'>,
): boolean {
  if (before.holder !== undefined && after.holder !== undefined) return before.holder !== after.holder;
  if (before.holderSince !== undefined && after.holderSince !== undefined) return before.holderSince !== after.holderSince;
  return after.tenureYears < before.tenureYears;
}

/**
 * The term's timeline in words, for a reader: who holds the post since when, then what is due and
 * by when (due now first, as the timeline is ordered by date). Plain text; renderers escape it.
 * @param term - the post's term
 * @param locale - the locale
 * @returns the holder line (holder, since, tenure) and the line of what is due
 * @example
 * describeTerm(catalogPost.term, 'zh-CN').due // '应办事项：任中经济责任审计（2025-04-01，已到期）、…'
 */
export function describeTerm(term: PostTerm, locale: Locale): { readonly holder: string; readonly due: string } {
  const sep = locale === 'en' ? ', ' : '，';
  const parts: string[] = [];
  if (term.holder !== undefined) parts.push(fill(TERM_LABELS.holder[locale], { holder: term.holder }));
  if (term.holderSince !== undefined) parts.push(fill(TERM_LABELS.since[locale], { date: term.holderSince }));
  parts.push(fill(TERM_LABELS.tenure[locale], { n: term.tenureYears }));
  const items = term.events.map((e) => {
    const event = TERM_LABELS[e.kind][locale];
    if (e.due === undefined) return fill(TERM_LABELS.undated[locale], { event });
    return fill((e.dueNow ? TERM_LABELS.dueNow : TERM_LABELS.due)[locale], { event, date: e.due });
  });
  const list = items.length === 0 ? TERM_LABELS.nothingDue[locale] : items.join(locale === 'en' ? '; ' : '；');
  return { holder: parts.join(sep), due: fill(TERM_LABELS.next[locale], { list }) };
}
