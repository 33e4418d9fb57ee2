/**
 * What assessment produces for each risk point and post. This is the contract the measures,
 * findings, catalog and renderers read; the scoring engine may add fields but never renames these.
 *
 * Scale note: a province may send a million risk points. The catalog therefore scores everything
 * first (levels and scores only, cheap and small) and builds explanations post by post while it
 * streams; the scoring engine offers both the whole-document `assess` and per-item functions.
 */
import type { LocalizedText } from '../i18n/locale.js';
import type { Factors } from '../model/document.js';
import type { FactorId, Level } from '../model/enums.js';
import type { AggregationRule, LevelBand, MissingPolicy, RuleEffect } from './model.js';

/** Counts by level. */
export interface LevelCounts {
  readonly high: number;
  readonly medium: number;
  readonly low: number;
}

/** The structured reasons for a level, plus a sentence in every locale. */
export interface Explanation {
  /** One or more sentences a reader can follow, in every locale. */
  readonly text: LocalizedText;
  /** The structured reasons (the scoring engine always fills it). */
  readonly detail?: RiskPointExplanationDetail | PostExplanationDetail;
}

/**
 * Where the rating a factor was scored with came from: rated on the risk point, inherited from the
 * post, assumed by the missing-rating policy, or `missing` (left out under the `exclude` policy).
 */
export type FactorSource = 'risk-point' | 'post' | 'assumed' | 'missing';

/** One factor's part in a risk point's score. */
export interface FactorContribution {
  readonly factor: FactorId;
  /** The rating used; `null` when left out as missing. */
  readonly rating: number | null;
  readonly source: FactorSource;
  /**
   * weighted: its weight; matrix: its weight on its side; count: how many criteria read it.
   * 0 when the method does not use it.
   */
  readonly weight: number;
  /** matrix only: the side it feeds. */
  readonly side?: 'likelihood' | 'impact';
  /**
   * weighted: the score points it adds (the contributions add up to the unrounded score);
   * matrix: what it adds to its side's average; count: how many met criteria read it.
   */
  readonly contribution: number;
  /** The rating after the measures in place lowered it, when they did. */
  readonly residualRating?: number;
}

/** One side of a matrix in an explanation. */
export interface SideTrace {
  /** The side's weighted mean rating, 1-5. */
  readonly average: number;
  /** The band index, from 0. */
  readonly band: number;
  /** Number of bands on this side. */
  readonly bands: number;
  /** Every factor of the side was missing, so the assumed rating was used. */
  readonly fallback: boolean;
}

/** The method's intermediate values. */
export type MethodTrace =
  | {
      readonly method: 'weighted';
      readonly totalWeight: number;
      /** Weighted mean rating, 1-5. */
      readonly weightedMean: number;
      /** Every weighted factor was missing, so the assumed rating was used. */
      readonly fallback: boolean;
      readonly score: number;
      readonly band: LevelBand;
      readonly level: Level;
    }
  | {
      readonly method: 'matrix';
      readonly likelihood: SideTrace;
      readonly impact: SideTrace;
      /** `[likelihood band, impact band]`, from 0. */
      readonly cell: readonly [number, number];
      readonly score: number;
      readonly level: Level;
    }
  | {
      readonly method: 'count';
      readonly criteria: readonly { readonly id: string; readonly label: LocalizedText; readonly met: boolean }[];
      readonly met: number;
      readonly total: number;
      readonly score: number;
      readonly band: LevelBand;
      readonly level: Level;
    };

/** A rule whose condition held. */
export interface RuleTrace {
  readonly id: string;
  readonly label: LocalizedText;
  readonly effect: RuleEffect;
  readonly level: Level;
  /** The level before and after the rule. */
  readonly before: Level;
  readonly after: Level;
}

/** How the residual level came out. */
export interface ResidualTrace {
  /** Controls listed on the risk point; `known` when an effect on factors is stated for it. */
  readonly controls: readonly { readonly id: string; readonly known: boolean }[];
  /** Indexes of the risk point's own measures that count (they lower a factor or adopt a template with an effect). */
  readonly ownMeasures: readonly number[];
  /** Factors the controls lowered, with the rating before and after. */
  readonly reductions: readonly { readonly factor: FactorId; readonly from: number; readonly to: number }[];
  /** The method on the lowered ratings; absent when no control has a stated effect. */
  readonly method?: MethodTrace;
  /** Rules that held on the lowered ratings. */
  readonly rules: readonly RuleTrace[];
  /** Ids of rules with `appliesTo: 'inherent'` that were not applied. */
  readonly skippedRules: readonly string[];
  /** Whether the computed residual was above the inherent level or score and was lowered to it. */
  readonly clamped: boolean;
  readonly level: Level;
  readonly score: number;
}

/** The structured reasons for a risk point's levels. */
export interface RiskPointExplanationDetail {
  readonly kind: 'risk-point';
  /** The model's id, when it has one. */
  readonly model?: string;
  readonly factors: readonly FactorContribution[];
  readonly missing: MissingPolicy & {
    /** Factors the model uses that were not rated and were assumed. */
    readonly assumed: readonly FactorId[];
    /** Factors the model uses that were not rated and were left out. */
    readonly excluded: readonly FactorId[];
  };
  readonly method: MethodTrace;
  /** Every rule that held, in the order applied. */
  readonly rules: readonly RuleTrace[];
  readonly level: Level;
  readonly score: number;
  readonly residual: ResidualTrace;
}

/** The structured reasons for a post's levels. */
export interface PostExplanationDetail {
  readonly kind: 'post';
  readonly aggregation: 'highest' | 'count';
  readonly scoreFrom: 'max' | 'mean';
  readonly riskPoints: number;
  readonly counts: LevelCounts;
  readonly residualCounts: LevelCounts;
  /** Ids of the risk points at the post's level (for `highest`), in document order. */
  readonly decisive: readonly string[];
  /** The aggregation rules that held (for `count`). */
  readonly rulesHeld: readonly AggregationRule[];
  readonly level: Level;
  readonly score: number;
  readonly residualLevel: Level;
  readonly residualScore: number;
}

/** The cheap part of a risk point's assessment: levels and scores, no explanation. */
export interface RiskPointScore {
  readonly id: string;
  readonly effectiveFactors: Factors;
  readonly level: Level;
  readonly score: number;
  readonly residualLevel: Level;
  readonly residualScore: number;
}

/** The cheap part of a post's assessment. */
export interface PostScore {
  readonly id: string;
  readonly level: Level;
  readonly score: number;
  readonly residualLevel: Level;
  readonly residualScore: number;
}

/** The assessment of one risk point. */
export interface RiskPointAssessment {
  /** The risk point's id. */
  readonly id: string;
  /** The ratings used after inheritance from the post (what was rated, not what was assumed). */
  readonly effectiveFactors: Factors;
  /** Inherent level (before measures in place). */
  readonly level: Level;
  /** Inherent score 0-100. */
  readonly score: number;
  /** Level with the measures in `controls` in place; equals `level` when there are none. */
  readonly residualLevel: Level;
  /** Score with the measures in place; equals `score` when there are none. */
  readonly residualScore: number;
  /** Why the inherent level came out as it did. */
  readonly explanation: Explanation;
}

/** The assessment of one post. */
export interface PostAssessment {
  /** The post's id. */
  readonly id: string;
  /** Inherent level. */
  readonly level: Level;
  /** Inherent score 0-100. */
  readonly score: number;
  /** Residual level. */
  readonly residualLevel: Level;
  /** Residual score 0-100. */
  readonly residualScore: number;
  /** Why the post's level came out as it did. */
  readonly explanation: Explanation;
}

/** The assessment of a whole document, looked up by id. */
export interface Assessment {
  /** Every risk point by id. */
  readonly riskPoints: ReadonlyMap<string, RiskPointAssessment>;
  /** Every post by id. */
  readonly posts: ReadonlyMap<string, PostAssessment>;
}
