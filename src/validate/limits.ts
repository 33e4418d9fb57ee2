/**
 * Documented size limits of the organization document. Input over a limit is refused before any
 * costly work: a list's length and a string's length are checked before they are read.
 * Lengths count characters (Unicode code points), as JSON Schema's `maxLength` does.
 */

/** The limits, as data: the validator, the JSON Schema and the README all read this table. */
export const LIMITS = {
  /** Characters in an `id` (posts, powers, risk points) and in a `controls` entry. */
  id: 128,
  /** Characters in a name: post, department, power, step, organization. */
  name: 200,
  /** Characters in a risk point's `description`. */
  description: 2000,
  /** Posts in a document. */
  posts: 200_000,
  /** Powers of one post. */
  powersPerPost: 500,
  /** Risk points of one power. */
  riskPointsPerPower: 500,
  /** Steps of one power's procedure. */
  steps: 50,
  /** Entries in one risk point's `controls`. */
  controls: 100,
  /** The unit's own measures on one risk point. */
  ownMeasures: 50,
  /** Characters in an own measure's text. */
  measureText: 1000,
  /** Risk points in the whole document. */
  totalRiskPoints: 2_000_000,
  /** Fields of any one object (known and unknown together). */
  fieldsPerObject: 1000,
  /** Problems listed before the validator stops reporting. */
  problems: 10_000,
} as const satisfies Record<string, number>;

/** The name of one limit. */
export type LimitName = keyof typeof LIMITS;
