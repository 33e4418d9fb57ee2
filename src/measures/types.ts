/**
 * Prevention-measure templates (防控措施模板) and what selection produces. A contract shared by the
 * template library, the catalog and the renderers; the measures module may add fields, never rename.
 */
import type { LocalizedText } from '../i18n/locale.js';
import type { FactorId, Level, PowerCategory } from '../model/enums.js';

/** When a measure acts: before (前期预防), during (中期监控), after (后期处置). */
export type Phase = 'before' | 'during' | 'after';

/** Phases in the order a catalog lists them. */
export const PHASES: readonly Phase[] = ['before', 'during', 'after'];

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

/** Who owns a measure (责任层级): 直接责任人, 部门负责人, 分管领导, 主要领导, 纪检监察. */
export type OwnerTier = 'direct' | 'department-head' | 'leader-in-charge' | 'principal-leader' | 'discipline';

/** Owner tiers, closest to the work first. */
export const OWNER_TIERS: readonly OwnerTier[] = [
  'direct',
  'department-head',
  'leader-in-charge',
  'principal-leader',
  'discipline',
];

/** How much a measure lowers each factor's rating when it is in place (positive numbers). */
export type FactorReductions = { readonly [F in FactorId]?: number };

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

/** What selection needs to know about one risk point. */
export interface SelectionContext {
  readonly post: { readonly id: string; readonly name: string; readonly department: string };
  readonly power: { readonly id: string; readonly name: string; readonly category: PowerCategory };
  readonly step: string;
  /** The risk point's inherent level. */
  readonly level: Level;
  /** Ratings after inheritance. */
  readonly factors: { readonly [F in FactorId]?: number };
  /** Codes of findings on the post or power, e.g. `collective-decision-missing`. */
  readonly findingCodes: readonly string[];
  /** Template ids already in place. */
  readonly controls: readonly string[];
}
