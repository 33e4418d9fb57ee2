/**
 * The organization document: the one input other systems send. An organization holds posts,
 * a post holds powers, a power holds risk points. Every `id` is unique in the whole document.
 * All types are readonly: the library never changes what a caller hands it.
 *
 * These types describe the document as the validator returns it: optional input fields
 * (`majorMatter`, `collectiveDecision`, `priorIncident`, `controls`, a post's `factors`) are filled
 * with their defaults (`false`, `[]`, `{}`), and vocabulary labels are turned into ids.
 */
import type { FactorId, Level, OwnerTier, Phase, PostFactorId, PowerCategory, Rank, RiskCategory } from './enums.js';

/** A rating from 1 (lowest risk) to 5 (highest). */
export type Rating = 1 | 2 | 3 | 4 | 5;

/** Ratings of some or all of the nine factors. A factor left out is "not rated". */
export type Factors = { readonly [F in FactorId]?: Rating };

/** Ratings a post may carry for its risk points to inherit. */
export type PostFactors = { readonly [F in PostFactorId]?: Rating };

/**
 * A prevention measure the unit wrote itself for a risk point (本单位防控措施), in its own words.
 * It is shown before any proposed template, and counts for residual risk when it says which
 * factors it lowers (`lowers`) or which template's effect it adopts (`template`).
 */
export interface OwnMeasure {
  /** The measure as the unit writes it, e.g. 实行“双人现场核查”，核查记录当日上传平台. */
  readonly text: string;
  /** When it acts: before (事前), during (事中), after (事后). */
  readonly phase?: Phase;
  /** Who is responsible (责任层级). */
  readonly owner?: OwnerTier;
  /** Who is responsible, in the unit's words (责任人/责任领导, e.g. 分管副局长、财务股股长). */
  readonly responsible?: string;
  /** When it is to be in place, as the unit writes it (e.g. 2026-06-30, 长期坚持). */
  readonly deadline?: string;
  /** How the unit checks it works (监测指标). */
  readonly indicator?: string;
  /** Factors it lowers: each listed factor's rating goes down by one step for residual risk. */
  readonly lowers?: readonly FactorId[];
  /** The id of a template whose effect it adopts; that template is then not proposed again. */
  readonly template?: string;
}

/** A place where a power could be abused (廉政风险点), at one step of its procedure. */
export interface RiskPoint {
  /** Unique in the document. */
  readonly id: string;
  /** What could go wrong, as the unit writes it. */
  readonly description: string;
  /** The step of the power's procedure where the risk sits; one of `Power.steps`. */
  readonly step: string;
  /** One of the five risk categories. */
  readonly riskCategory: RiskCategory;
  /** Ratings of the factors for this risk point. */
  readonly factors: Factors;
  /** An integrity problem has happened here before. Input default `false`. */
  readonly priorIncident: boolean;
  /** Ids of prevention measures (templates) already in place. Input default `[]`. */
  readonly controls: readonly string[];
  /** The unit's own measures, in its own words and its own order; shown first. */
  readonly ownMeasures?: readonly OwnMeasure[];
  /** The level the unit's committee or a published catalog gave this risk point; ignored by scoring, read by calibration. */
  readonly publishedLevel?: Level;
  /** Where the risk point comes from: a URL or a document's title. Ignored by scoring. */
  readonly source?: string;
}

/** A power a post holds (权力事项), with the steps of its procedure in order. */
export interface Power {
  /** Unique in the document. */
  readonly id: string;
  /** The power's name, e.g. 工程款支付审批. */
  readonly name: string;
  /** The kind of power. */
  readonly category: PowerCategory;
  /** A "three majors, one large" matter (三重一大). Input default `false`. */
  readonly majorMatter: boolean;
  /** Decided collectively by the leadership team (集体决策). Input default `false`. */
  readonly collectiveDecision: boolean;
  /** The procedure's steps in order, e.g. 受理, 审查, 决定, 办结. */
  readonly steps: readonly string[];
  /** The legal basis that sets up the power (设定依据), for the power list; absent when the unit gives none. */
  readonly legalBasis?: string;
  /** The responsibilities the unit states for the responsibility list (责任清单); absent means derived from the power and its risk points. */
  readonly responsibilities?: readonly Responsibility[];
  /** The risk points of this power. */
  readonly riskPoints: readonly RiskPoint[];
}

/** A responsibility the unit states for a power (责任清单). */
export interface Responsibility {
  /** The step it belongs to; absent for the whole power. */
  readonly step?: string;
  /** The duty (责任内容). */
  readonly duty: string;
  /** When someone is held to account (追责情形). */
  readonly accountability?: string;
}

/** A post (岗位) and the powers its holder exercises. */
export interface Post {
  /** Unique in the document. */
  readonly id: string;
  /** The post's name, e.g. 财务科科长. */
  readonly name: string;
  /** The department the post belongs to. */
  readonly department: string;
  /** The post's rank. */
  readonly rank: Rank;
  /**
   * Years the current holder has been in the post. In the input it may be left out when
   * `holderSince` and the document's `assessedOn` are given: it is then derived as the holder's
   * completed years in the post.
   */
  readonly tenureYears: number;
  /** Who holds the post: a name or a code, as the unit prefers. */
  readonly holder?: string;
  /** The date (ISO `YYYY-MM-DD`) the current holder took the post. */
  readonly holderSince?: string;
  /** Post-level ratings of `importance` and `influence`, inherited by the post's risk points. Input default `{}`. */
  readonly factors: PostFactors;
  /** The powers of the post. */
  readonly powers: readonly Power[];
  /** The level the unit's committee or a published catalog gave the post; ignored by scoring, read by calibration. */
  readonly publishedLevel?: Level;
  /** Where the post comes from: a URL or a document's title. Ignored by scoring. */
  readonly source?: string;
}

/** The organization document. */
export interface OrganizationDocument {
  /** The organization's name. */
  readonly organization?: string;
  /** The date of the assessment, ISO `YYYY-MM-DD`. */
  readonly assessedOn?: string;
  /**
   * Every factor the document does not rate takes the rating suggested from the text (建议评分，
   * 待评审), as `catalog --suggest-ratings` does, until the committee rates it; given ratings always
   * count. Written by `integrity-risk import --suggest-ratings`; absent means the model's
   * missing-rating policy.
   */
  readonly suggestRatings?: boolean;
  /** Every post of the organization. */
  readonly posts: readonly Post[];
}

/**
 * A type as a caller writes it: the fields the validator defaults may be left out, and the listed
 * fields take other spellings (vocabulary labels). Derived from the validated type, so a field
 * added there appears here too.
 */
type Written<T, Defaulted extends keyof T, Loose extends { readonly [K in keyof T]?: unknown }> = Pick<T, Exclude<keyof T, Defaulted | keyof Loose>> & {
  readonly [K in Defaulted]?: T[K];
} & Loose;

/** An id of a vocabulary, or any other spelling the validator also reads (its label in a locale, an alias). */
type IdOrLabel<Id extends string> = Id | (string & {});

/** A risk point as written: `priorIncident` and `controls` may be left out; `riskCategory` may be its label (业务流程). */
export type RiskPointInput = Written<RiskPoint, 'priorIncident' | 'controls', { readonly riskCategory: IdOrLabel<RiskCategory> }>;

/** A power as written: `majorMatter` and `collectiveDecision` may be left out; `category` may be its label (财务资金). */
export type PowerInput = Written<
  Power,
  'majorMatter' | 'collectiveDecision',
  { readonly category: IdOrLabel<PowerCategory>; readonly riskPoints: readonly RiskPointInput[] }
>;

/**
 * A post as written: `factors` may be left out, and `tenureYears` when `holderSince` and the
 * document's `assessedOn` are given; `rank` may be its label or an alias (一把手).
 */
export type PostInput = Written<Post, 'factors' | 'tenureYears', { readonly rank: IdOrLabel<Rank>; readonly powers: readonly PowerInput[] }>;

/**
 * An organization document as a caller writes it, before `validateDocument`/`parseDocument` fill
 * defaults and turn labels into ids ({@link OrganizationDocument} is what they return).
 */
export type OrganizationDocumentInput = Written<OrganizationDocument, never, { readonly posts: readonly PostInput[] }>;
