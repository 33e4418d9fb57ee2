/**
 * Prevention-measure templates (防控措施模板) and what selection produces. A contract shared by the
 * template library, the catalog and the renderers; the measures module may add fields, never rename.
 */
import type { LocalizedText } from '../i18n/locale.js';
import type { FactorId, Level, OwnerTier, Phase, PowerCategory, Rank } from '../model/enums.js';
import type { FactorReductions } from '../scoring/model.js';

/** The kind of a measure. */
export type MeasureKind =
  | 'education'
  | 'institution'
  | 'separation'
  | 'collective'
  | 'openness'
  | 'technology'
  | 'allocation'
  | 'outside-supervision'
  | 'rotation-audit'
  | 'reporting';

/**
 * Where a measure is listed: `risk-point` on each risk point it fits (the default), `post` once on
 * the post (integrity education, 述职述廉, personal-matters reports, rotation, audit: measures about
 * the holder, not about one step).
 */
export type MeasureScope = 'risk-point' | 'post';

/** The scopes, in the order a catalog lists them. */
export const MEASURE_SCOPES: readonly MeasureScope[] = ['risk-point', 'post'];

/** Kinds of outside party a power deals with (外部往来对象). */
export const OUTSIDE_PARTIES = ['contractors', 'applicants', 'regulated', 'intermediaries'] as const;

/**
 * One of {@link OUTSIDE_PARTIES}: `contractors` 承包商和供应商, `applicants` 申请人和服务对象,
 * `regulated` 被检查、被执法单位, `intermediaries` 中介机构.
 */
export type OutsideParty = (typeof OUTSIDE_PARTIES)[number];

/** What a power may decide that some measures need: fees charged, amounts of money, penalties. */
export const DECIDED_MATTERS = ['fees', 'amounts', 'penalties'] as const;

/** One of {@link DECIDED_MATTERS}. */
export type DecidedMatter = (typeof DECIDED_MATTERS)[number];

/** A measure picked for one risk point, with its placeholders filled. */
export interface SelectedMeasure {
  /** The template's id. */
  readonly templateId: string;
  /** When it acts. */
  readonly phase: Phase;
  /** What kind of measure it is. */
  readonly kind: MeasureKind;
  /** Who is responsible. */
  readonly owner: OwnerTier;
  /** Short title, filled. */
  readonly title: LocalizedText;
  /** The measure as a sentence, filled. */
  readonly text: LocalizedText;
  /** A monitoring indicator (监测指标), where the practice has one. */
  readonly indicator?: LocalizedText;
  /** Review cadence in days. */
  readonly reviewDays: number;
  /** `in-place` when the risk point lists it in `controls`; otherwise `proposed`. */
  readonly status: 'in-place' | 'proposed';
}

/** A measure in a post's merged view: one entry per template, with the risk points it serves. */
export interface PostMeasure extends SelectedMeasure {
  /** Ids of the post's risk points this measure serves, in document order. */
  readonly riskPointIds: readonly string[];
}

/** What selection needs to know about one risk point. */
export interface SelectionContext {
  readonly post: { readonly id: string; readonly name: string; readonly department: string };
  readonly power: {
    readonly id: string;
    readonly name: string;
    readonly category: PowerCategory;
    /** The outside parties the power deals with (see `powerContext`); absent means none. */
    readonly parties?: readonly OutsideParty[];
    /** What the power decides among fees, amounts of money and penalties (see `powerContext`); absent means none. */
    readonly decides?: readonly DecidedMatter[];
  };
  readonly step: string;
  /** What could go wrong, as the unit writes it: `keywords` triggers read it (with the power's name). */
  readonly description?: string;
  /**
   * The factors that drive the risk point's score, most first (at most three, see `driversOf`):
   * a proposal that lowers them ranks higher.
   */
  readonly drivers?: readonly FactorId[];
  /**
   * What the scoring model's rules that held on the risk point look at (see `firedRuleSigns`): a
   * proposal triggered by the same flag, power category or factor ranks higher.
   */
  readonly firedRules?: FiredRuleSigns;
  /**
   * Templates already listed, in place or proposed, on earlier risk points of the same power (set by
   * `selectPostMeasures`): a template tied neither to the step nor to words of the risk point fits
   * the whole power alike, so it is proposed once per power, not on every row.
   */
  readonly listedOnPower?: readonly string[];
  /** The risk point's inherent level. */
  readonly level: Level;
  /** Ratings after inheritance. */
  readonly factors: { readonly [F in FactorId]?: number };
  /** Codes of findings on the post or power, e.g. `collective-decision-missing`. */
  readonly findingCodes: readonly string[];
  /** Template ids already in place. */
  readonly controls: readonly string[];
  /** The post's rank, for triggers on `ranks`; absent means rank triggers do not match. */
  readonly rank?: Rank;
  /** The power is a 三重一大 matter (trigger flag `majorMatter`). */
  readonly majorMatter?: boolean;
  /** The power is decided collectively; absent counts as not (trigger flag `notCollective`). */
  readonly collectiveDecision?: boolean;
  /** An integrity problem happened here before (trigger flag `priorIncident`). */
  readonly priorIncident?: boolean;
  /**
   * The unit's own measures on the risk point: the phases they cover need no fallback, and the
   * templates they adopt are not proposed.
   */
  readonly ownMeasures?: readonly { readonly phase?: Phase; readonly template?: string }[];
}

/** What the rules that held on a risk point look at: the flags, power categories and factors of their conditions. */
export interface FiredRuleSigns {
  /** Ids of the rules that held, in model order. */
  readonly ids: readonly string[];
  /** Trigger flags answering their flag conditions (`collectiveDecision` false reads as `notCollective`). */
  readonly flags: readonly TriggerFlag[];
  /** Power categories their conditions name. */
  readonly categories: readonly PowerCategory[];
  /** Factors their conditions read. */
  readonly factors: readonly FactorId[];
}

/**
 * Placeholders a template text may use; selection fills all of them. Besides the names of the post,
 * power, department and step: the actors above the post, resolved by its rank (`superior` who
 * organises and approves, `leader` a unit leader above it, `overseer` who talks to and supervises
 * its holder, `discipline` the discipline body that watches it, `personnel` the organization
 * department that rotates and verifies; see `ACTOR_ROLES`), and the power's context (`parties` its
 * outside parties, `prohibitions` negative-list examples and `results` what is published, chosen by
 * the kind of power; see `contextValues`). Templates name actors only through these, never in words.
 */
export const TEMPLATE_PLACEHOLDERS = [
  'post',
  'power',
  'department',
  'step',
  'superior',
  'leader',
  'overseer',
  'discipline',
  'personnel',
  'parties',
  'prohibitions',
  'results',
] as const;

/** One of {@link TEMPLATE_PLACEHOLDERS}. */
export type TemplatePlaceholder = (typeof TEMPLATE_PLACEHOLDERS)[number];

/** Yes/no conditions a trigger may require of the risk point or its power. */
export const TRIGGER_FLAGS = ['majorMatter', 'notCollective', 'priorIncident'] as const;

/** One of {@link TRIGGER_FLAGS}. */
export type TriggerFlag = (typeof TRIGGER_FLAGS)[number];

/**
 * When a template applies to a risk point. Every condition present must hold (AND); inside a list
 * condition one entry is enough (OR). A template with no condition applies everywhere, with the
 * lowest relevance. See `relevance` in `select.ts` for how matched conditions are weighed.
 */
export interface MeasureTriggers {
  /** The risk point's inherent level is at least this. */
  readonly minLevel?: Level;
  /** Each listed factor's effective rating is at least the given value (an unrated factor fails). */
  readonly factors?: { readonly [F in FactorId]?: number };
  /** The power's category is one of these. */
  readonly categories?: readonly PowerCategory[];
  /** The risk point's step name contains one of these keywords (write simplified and traditional forms). */
  readonly steps?: readonly string[];
  /** One of these finding codes is reported on the post or the power. */
  readonly findingCodes?: readonly string[];
  /** Every listed flag holds. */
  readonly flags?: readonly TriggerFlag[];
  /** The post's rank is one of these. */
  readonly ranks?: readonly Rank[];
  /**
   * The risk point's step or description, or the power's name, contains one of these keywords
   * (write simplified and traditional forms).
   */
  readonly keywords?: readonly string[];
  /** The power deals with outside parties of one of these kinds (see `powerContext`). */
  readonly parties?: readonly OutsideParty[];
  /** The power decides one of these: fees charged, amounts of money, penalties (see `powerContext`). */
  readonly decides?: readonly DecidedMatter[];
}

/** A prevention-measure template (防控措施模板). */
export interface MeasureTemplate {
  /** Stable kebab-case id, written in documents' `controls`. */
  readonly id: string;
  /** Short title; may use placeholders. */
  readonly title: LocalizedText;
  /** The measure as a sentence with `{post}`, `{power}`, `{department}`, `{step}` placeholders. */
  readonly text: LocalizedText;
  /** When it acts. */
  readonly phase: Phase;
  /** What kind of measure it is. */
  readonly kind: MeasureKind;
  /** Who is responsible. */
  readonly owner: OwnerTier;
  /** When it applies. */
  readonly triggers: MeasureTriggers;
  /** How much it lowers each factor when in place (integers 0-4). */
  readonly effect: FactorReductions;
  /** A monitoring indicator (监测指标), where the practice has one. */
  readonly indicator?: LocalizedText;
  /** Review cadence in days. */
  readonly reviewDays: number;
  /** Listed on each fitting risk point (`risk-point`, the default) or once on the post (`post`). */
  readonly scope?: MeasureScope;
}
