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
import type { Level } from '../model/enums.js';

/** The structured reasons for a level, plus a sentence in every locale. */
export interface Explanation {
  /** One or more sentences a reader can follow, in every locale. */
  readonly text: LocalizedText;
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
