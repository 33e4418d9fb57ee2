/**
 * Documented size limits of every input: the organization document, scoring models, template
 * libraries and finding settings. Input over a limit is refused before any
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
  /** Characters of one locale's text in a scoring model's or template's longer texts (a template's `text`, a rule's `label`). */
  text: 2000,
  /** Rules (or post-aggregation rules) of a scoring model. */
  rules: 1000,
  /** Bands of a scoring model (or of one matrix side), criteria of a count model, rows and cells of a grid. */
  bands: 100,
  /** Entries of a condition's list (`all`, `any`, `categoryIn`, …) and of a template trigger's list. */
  conditionItems: 100,
  /** How deeply conditions may nest (`all` inside `any` inside …). */
  conditionDepth: 16,
  /** Templates added, overridden or disabled by one template library file. */
  templates: 10_000,
  /** Step keywords of one trigger or matcher. */
  keywords: 200,
  /** Incompatible pairs of the finding settings. */
  pairs: 1000,
  /** Largest magnitude of a number in a scoring model: weights, band edges, thresholds, counts. */
  magnitude: 1_000_000,
} as const satisfies Record<string, number>;

/** The name of one limit. */
export type LimitName = keyof typeof LIMITS;
