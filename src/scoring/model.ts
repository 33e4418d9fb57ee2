/**
 * A scoring model is plain JSON data: a method that turns ratings into a score and a level, rules
 * applied after it in declared order, a policy for missing ratings, and how a post's level follows
 * from its risk points' levels. `validateModel` checks a model read from a file; these types
 * describe the model as it returns it (defaults filled).
 */
import type { LocalizedText } from '../i18n/locale.js';
import type { FactorId, Level, PowerCategory, Rank, RiskCategory } from '../model/enums.js';

/** A yes/no fact of a risk point (`priorIncident`) or of its power (`majorMatter`, `collectiveDecision`). */
export type ConditionFlag = 'priorIncident' | 'majorMatter' | 'collectiveDecision';

/** The flags a condition may test. */
export const CONDITION_FLAGS: readonly ConditionFlag[] = ['priorIncident', 'majorMatter', 'collectiveDecision'];

/**
 * A test on a risk point in its context. Exactly one key names the kind:
 * `{ factor: 'harm', atLeast: 4 }` (the rating used, after inheritance and the missing-rating policy),
 * `{ flag: 'majorMatter', equals: true }`, `{ categoryIn: ['finance'] }` (the power's category),
 * `{ rankIn: ['principal'] }` (the post's rank), `{ riskCategoryIn: ['process'] }`,
 * `{ tenureAtLeast: 5 }` (years in post), `{ all: [...] }`, `{ any: [...] }`.
 * There is deliberately no "at most" and no "not" on ratings: every condition can only become true
 * as a rating rises, which is what keeps levels monotone.
 */
export type Condition =
  | { readonly factor: FactorId; readonly atLeast: number }
  | { readonly flag: ConditionFlag; readonly equals: boolean }
  | { readonly categoryIn: readonly PowerCategory[] }
  | { readonly rankIn: readonly Rank[] }
  | { readonly riskCategoryIn: readonly RiskCategory[] }
  | { readonly tenureAtLeast: number }
  | { readonly all: readonly Condition[] }
  | { readonly any: readonly Condition[] };

/**
 * What a rule does to the level when its condition holds: `minimum` raises it to at least `level`,
 * `maximum` lowers it to at most `level`, `set` replaces it.
 */
export type RuleEffect = 'minimum' | 'maximum' | 'set';

/** A rule applied after the method; rules apply in the order they are listed (later ones win). */
export interface Rule {
  /** Unique among the model's rules; named in explanations. */
  readonly id: string;
  /** When the rule fires. */
  readonly when: Condition;
  /** What it does. */
  readonly effect: RuleEffect;
  /** The level it imposes. */
  readonly level: Level;
  /**
   * `both` (default): the rule also binds the residual level; `inherent`: measures in place may bring
   * the residual level below what this rule imposes.
   */
  readonly appliesTo: 'both' | 'inherent';
  /** How explanations name the rule; when absent the condition is described. */
  readonly label?: LocalizedText;
}

/** A band of values giving a level: `from` inclusive, `to` exclusive (the last band includes `to`). */
export interface LevelBand {
  readonly level: Level;
  readonly from: number;
  readonly to: number;
}

/** A band of a matrix side's average rating (1-5); bands are numbered from 0, lowest first. */
export interface SideBand {
  readonly from: number;
  readonly to: number;
}

/** Weights of factors; a factor left out or weighted 0 is not used. */
export type FactorWeights = { readonly [F in FactorId]?: number };

/** What to do when a factor the model uses is not rated. */
export interface MissingPolicy {
  /**
   * `assume`: use `rating` in its place. `exclude`: leave it out of means and treat conditions on it
   * as not met; when every factor of a mean is missing, `rating` is used for all of them.
   */
  readonly policy: 'assume' | 'exclude';
  /** The rating assumed (for `exclude`, only when nothing of a mean is rated). */
  readonly rating: number;
}

/** A post-aggregation rule: at least `atLeast` risk points at level `of` or above make the post at least `level`. */
export interface AggregationRule {
  readonly level: Level;
  readonly atLeast: number;
  readonly of: Level;
}

/** How a post's level and score follow from its risk points'. A post with no risk points is low, score 0. */
export type PostAggregation =
  | {
      /** The post's level is the highest of its risk points' levels. */
      readonly method: 'highest';
      /** `max`: the highest risk-point score; `mean`: their mean. */
      readonly score: 'max' | 'mean';
    }
  | {
      /** The post's level is the highest level of the rules that hold, `low` when none does. */
      readonly method: 'count';
      readonly score: 'max' | 'mean';
      readonly rules: readonly AggregationRule[];
    };

/** Fields every model has. */
export interface ModelBase {
  /** A short id, e.g. `default`. */
  readonly id?: string;
  /** A name a person reads. */
  readonly name?: LocalizedText;
  /** Missing-rating policy. Default `{ policy: 'assume', rating: 3 }`. */
  readonly missing: MissingPolicy;
  /** Rules applied after the method, in order. Default `[]`. */
  readonly rules: readonly Rule[];
  /** Post aggregation. Default `{ method: 'highest', score: 'max' }`. */
  readonly aggregation: PostAggregation;
}

/**
 * `weighted`: score = 100 × Σ wᵢ(rᵢ − 1)/4 ÷ Σ wᵢ (the weighted mean rating mapped from 1-5 onto
 * 0-100), rounded to one decimal; the level is the band the score falls in.
 */
export interface WeightedModel extends ModelBase {
  readonly method: 'weighted';
  readonly weights: FactorWeights;
  /** Bands over 0-100, contiguous, lowest first. */
  readonly bands: readonly LevelBand[];
}

/** One side of a matrix: the weighted mean rating of its factors, cut into bands. */
export interface MatrixSide {
  readonly weights: FactorWeights;
  /** Bands over 1-5, contiguous, lowest first. */
  readonly bands: readonly SideBand[];
}

/**
 * `matrix`: the likelihood and impact sides are each averaged (1-5) and banded; the level is
 * `grid[likelihoodBand][impactBand]`. Score = 100 × (L × I − 1) / 24 where L and I are the side
 * averages (the classic likelihood × impact product mapped from 1-25 onto 0-100), rounded to one decimal.
 */
export interface MatrixModel extends ModelBase {
  readonly method: 'matrix';
  readonly likelihood: MatrixSide;
  readonly impact: MatrixSide;
  /** Rows: likelihood bands, lowest first; columns: impact bands, lowest first. */
  readonly grid: readonly (readonly Level[])[];
}

/** A criterion of a count model. */
export interface Criterion {
  /** Unique among the criteria. */
  readonly id: string;
  /** When it is met. */
  readonly when: Condition;
  /** How explanations name it; when absent the condition is described. */
  readonly label?: LocalizedText;
}

/**
 * `count`: each criterion met counts one; the level is the band the count falls in.
 * Score = 100 × met ÷ number of criteria, rounded to one decimal.
 */
export interface CountModel extends ModelBase {
  readonly method: 'count';
  readonly criteria: readonly Criterion[];
  /** Bands over 0 … number of criteria, contiguous, lowest first. */
  readonly bands: readonly LevelBand[];
}

/** A scoring model. */
export type ScoringModel = WeightedModel | MatrixModel | CountModel;

/** The scoring methods. */
export const SCORING_METHODS = ['weighted', 'matrix', 'count'] as const;

/** How much a measure lowers each factor's rating when it is in place (positive numbers). */
export type FactorReductions = { readonly [F in FactorId]?: number };

/**
 * Per control (measure template) id, how much it lowers each factor when in place: a plain object
 * (as read from JSON) or a map (as the template library's `controlEffects()` returns).
 */
export type ControlEffects = { readonly [controlId: string]: FactorReductions } | ReadonlyMap<string, FactorReductions>;
