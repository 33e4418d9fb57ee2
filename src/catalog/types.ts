/**
 * The post risk catalog (岗位廉政风险防控一览表): the assessed document with levels, explanations,
 * measures, findings, early warnings and a summary. Every renderer reads only this.
 *
 * Texts are {@link LocalizedText} (all three locales); renderers pick one. JSON output keeps this
 * shape with each localized text resolved to the chosen locale.
 */
import type { SuggestedRating } from '../factors/suggest.js';
import type { Locale, LocalizedText } from '../i18n/locale.js';
import type { Factors, OwnMeasure, PostFactors, Responsibility } from '../model/document.js';
import type { Level, OwnerTier, Phase, PowerCategory, Rank, RiskCategory } from '../model/enums.js';
import type { PostTerm } from '../findings/term.js';
import type { Finding } from '../findings/types.js';
import type { PostMeasure, SelectedMeasure } from '../measures/types.js';
import type { Explanation, LevelCounts } from '../scoring/types.js';

/** The version of the catalog's JSON shape; raised on any incompatible change. */
export const CATALOG_SCHEMA_VERSION = 2 as const;

/**
 * Which texts a catalog is built with. A renderer writes one locale and not every text (CSV prints
 * no explanation and no measure text): building only those saves a third of the work or more. What
 * is not built is left as empty strings, and every renderer refuses a catalog lacking what it
 * writes, so a partial catalog is never rendered as if complete. Every field defaults to all.
 */
export interface CatalogTexts {
  /** Fill texts in this locale only, the others left empty; every locale when absent. */
  readonly locale?: Locale;
  /** Explain each risk point (sentence and detail). Default true. */
  readonly riskPointExplanations?: boolean;
  /** Explain each post (sentence and detail). Default true. */
  readonly postExplanations?: boolean;
  /** Fill the `text` and `indicator` of each risk point's measures (titles always). Default true. */
  readonly riskPointMeasureTexts?: boolean;
  /** Fill the `text` and `indicator` of each post's merged and post-wide measures (titles always). Default true. */
  readonly postMeasureTexts?: boolean;
  /**
   * Build the structured reasons of the explanations built (`Explanation.detail`), not only their
   * sentences. Default true; only the JSON catalog with `detail` writes them.
   */
  readonly explanationDetails?: boolean;
}

/** Early-warning tiers (预警): red for high, yellow for medium, blue for low. */
export type WarningTier = 'red' | 'yellow' | 'blue';

/** An aggravating signal that raises a post's warning tier. */
export type WarningSignal = 'prior-incident' | 'findings' | 'level-rose';

/** A post's early warning and review schedule. */
export interface EarlyWarning {
  /** The tier, from the post's level and the aggravating signals (`WARNING_TIER_TABLE`). */
  readonly tier: WarningTier;
  /** Who must act on it: the tier above the post, never the post itself. */
  readonly owner: OwnerTier;
  /** The aggravating signals present, in the order of `WARNING_SIGNALS`. */
  readonly signals: readonly WarningSignal[];
  /** Days between reviews. */
  readonly reviewCycleDays: number;
  /** The next review date (ISO), counted from `asOf` or `assessedOn`; absent when neither is known. */
  readonly nextReviewOn?: string;
}

/** A risk point in the catalog. */
export interface CatalogRiskPoint {
  readonly id: string;
  readonly description: string;
  readonly step: string;
  readonly riskCategory: RiskCategory;
  readonly priorIncident: boolean;
  readonly controls: readonly string[];
  /** Ratings as the document gave them on the risk point. */
  readonly factors: Factors;
  /** Ratings after inheritance from the post. */
  readonly effectiveFactors: Factors;
  readonly level: Level;
  readonly score: number;
  readonly residualLevel: Level;
  readonly residualScore: number;
  readonly explanation: Explanation;
  /** The unit's own measures, as the document gives them (shown first, in this order); `[]` when none. */
  readonly ownMeasures: readonly OwnMeasure[];
  /** Template measures for this risk point (in place, then proposals), ordered by phase then relevance. */
  readonly measures: readonly SelectedMeasure[];
  /**
   * Ratings suggested from the text (with `suggestRatings`), for the committee to review: the
   * factors the document left unrated, each with its reasons. `factors` holds only given ratings.
   */
  readonly suggestedFactors?: readonly SuggestedRating[];
  /** The level the document says a committee or a published catalog gave, when it says. */
  readonly publishedLevel?: Level;
  /** Where the risk point comes from, when the document says. */
  readonly source?: string;
}

/** A power in the catalog. */
export interface CatalogPower {
  readonly id: string;
  readonly name: string;
  readonly category: PowerCategory;
  readonly majorMatter: boolean;
  readonly collectiveDecision: boolean;
  readonly steps: readonly string[];
  /** The legal basis (设定依据) the document gives, for the power list. */
  readonly legalBasis?: string;
  /** The responsibilities (责任清单) the document states, as it states them. */
  readonly responsibilities?: readonly Responsibility[];
  readonly riskPoints: readonly CatalogRiskPoint[];
}

/** A post in the catalog. */
export interface CatalogPost {
  readonly id: string;
  readonly name: string;
  readonly department: string;
  readonly rank: Rank;
  readonly tenureYears: number;
  /** Who holds the post, as the document names it. */
  readonly holder?: string;
  /** The date the holder took the post (ISO), as the document gives it. */
  readonly holderSince?: string;
  readonly factors: PostFactors;
  readonly level: Level;
  readonly score: number;
  readonly residualLevel: Level;
  readonly residualScore: number;
  readonly explanation: Explanation;
  /** A key post (重点岗位). */
  readonly keyPost: boolean;
  readonly warning: EarlyWarning;
  readonly powers: readonly CatalogPower[];
  /**
   * The measures listed once on the post (integrity education, talks, personal-matters reports,
   * 述职述廉, rotation, audit: templates of scope `post`), by phase; each names the risk points it
   * serves. Not repeated on the risk points.
   */
  readonly postMeasures: readonly PostMeasure[];
  /** The risk points' measures merged across the post, by phase. */
  readonly measures: readonly PostMeasure[];
  /** Findings about this post. */
  readonly findings: readonly Finding[];
  /** The holder's term: what falls due before, during and at the end of it, with dates. */
  readonly term: PostTerm;
  /** The level the document says a committee or a published catalog gave, when it says. */
  readonly publishedLevel?: Level;
  /** Where the post comes from, when the document says. */
  readonly source?: string;
}

/** The catalog's summary. */
export interface CatalogSummary {
  readonly posts: number;
  readonly powers: number;
  readonly riskPoints: number;
  readonly postsByLevel: LevelCounts;
  /** Posts per early-warning tier (the tier follows the level and the aggravating signals). */
  readonly postsByWarningTier: { readonly red: number; readonly yellow: number; readonly blue: number };
  readonly riskPointsByLevel: LevelCounts;
  readonly residualRiskPointsByLevel: LevelCounts;
  /** Per department, in catalog order. */
  readonly byDepartment: readonly {
    readonly department: string;
    readonly posts: LevelCounts;
    readonly riskPoints: LevelCounts;
  }[];
  /** Risk points per risk category, in table order. */
  readonly byRiskCategory: readonly { readonly riskCategory: RiskCategory; readonly riskPoints: LevelCounts }[];
  /** Risk points per power category, in table order. */
  readonly byPowerCategory: readonly { readonly category: PowerCategory; readonly riskPoints: LevelCounts }[];
  /** Ids of key posts (重点岗位), in catalog order. */
  readonly keyPosts: readonly string[];
  /** Findings per code. */
  readonly findingsByCode: Readonly<Record<string, number>>;
  /**
   * Risk points by effective `likelihood` (rows, rating 1-5 at index 0-4) and `harm` (columns,
   * rating 1-5 at index 0-4), for the likelihood-by-impact heatmap. Risk points missing either
   * rating are counted in `unratedForHeatmap`.
   */
  readonly heatmap: readonly (readonly number[])[];
  /** Risk points left out of the heatmap because likelihood or harm is not rated. */
  readonly unratedForHeatmap: number;
  /** With `suggestRatings`: how many factor ratings the document gave and how many were suggested. */
  readonly ratings?: { readonly given: number; readonly suggested: number };
}

/** The whole catalog. */
export interface Catalog {
  readonly schemaVersion: typeof CATALOG_SCHEMA_VERSION;
  readonly organization?: string;
  readonly assessedOn?: string;
  /** The document's own `suggestRatings`, as it wrote it (the caller's option is not recorded here; `summary.ratings` counts what was suggested). */
  readonly suggestRatings?: boolean;
  /** The date review dates are counted from, when the caller gave one. */
  readonly asOf?: string;
  /** Which scoring model graded it. */
  readonly model: { readonly id: string; readonly method: string; readonly name: LocalizedText };
  readonly summary: CatalogSummary;
  /** Posts ordered by department (first appearance in the document), then level (high first), then document order. */
  readonly posts: readonly CatalogPost[];
  /** Every finding, in post order. */
  readonly findings: readonly Finding[];
  /** The texts it was built with, when not all of them (see {@link CatalogTexts}); never written out. */
  readonly texts?: CatalogTexts;
}

/**
 * A catalog whose posts arrive one at a time, for organizations too large to hold every rendered
 * post in memory. Everything but `posts` is known before the first post; `posts` may be iterated
 * once only. A {@link Catalog} is also a `CatalogSource`, so every renderer takes either.
 */
export type CatalogSource = Omit<Catalog, 'posts'> & { readonly posts: Iterable<CatalogPost> };

/** Re-exported so renderers can import the phase order from one place. */
export type { Phase };
