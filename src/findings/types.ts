/**
 * Findings: structural problems in how powers are distributed among posts (权力配置).
 * A contract shared by the checks, the catalog, the diff and the renderers.
 */
import type { LocalizedText, MessageParams } from '../i18n/locale.js';

/** The stable codes of the power-configuration checks. */
export const FINDING_CODES = [
  'principal-direct-charge',
  'deputy-all-five',
  'incompatible-powers',
  'collective-decision-missing',
  'rotation-due',
  'audit-due',
  'pre-appointment-review',
  'departure-audit-due',
] as const;

/** One of {@link FINDING_CODES}. */
export type FindingCode = (typeof FINDING_CODES)[number];

/** One finding about one post. */
export interface Finding {
  /** Which check found it. */
  readonly code: FindingCode;
  /** The post concerned. */
  readonly postId: string;
  /** The powers concerned, in document order (empty when the finding is about the post as a whole). */
  readonly powerIds: readonly string[];
  /** What to tell a person, in every locale. */
  readonly message: LocalizedText;
  /** The values substituted into the message. */
  readonly params: MessageParams;
  /** For `incompatible-powers`: the id of the incompatible pair that matched. */
  readonly pairId?: string;
}
