/**
 * fast-check arbitraries shared by the property tests: valid organization documents in the
 * normalized shape the validator returns, and helpers to corrupt them.
 */
import fc from 'fast-check';
import type { Factors, OrganizationDocument, OwnMeasure, Post, PostFactors, Power, Rating, Responsibility, RiskPoint } from '../../src/model/document.js';
import { FACTOR_IDS, type Level, LEVEL_IDS, OWNER_TIERS, PHASES, POWER_CATEGORIES, RANKS, RISK_CATEGORIES } from '../../src/model/enums.js';

/** A rating 1-5. */
export const ratingArb: fc.Arbitrary<Rating> = fc.integer({ min: 1, max: 5 }) as fc.Arbitrary<Rating>;

/** Ratings of some of the nine factors (possibly none). */
export const factorsArb: fc.Arbitrary<Factors> = fc.record(
  Object.fromEntries(FACTOR_IDS.map((f) => [f, ratingArb])) as { [K in keyof Factors]-?: fc.Arbitrary<Rating> },
  { requiredKeys: [] },
);

/** Ratings of all nine factors. */
export const fullFactorsArb: fc.Arbitrary<Factors> = fc.record(
  Object.fromEntries(FACTOR_IDS.map((f) => [f, ratingArb])) as { [K in keyof Factors]-?: fc.Arbitrary<Rating> },
);

const postFactorsArb: fc.Arbitrary<PostFactors> = fc.record(
  { importance: ratingArb, influence: ratingArb },
  { requiredKeys: [] },
);

/** Short human text: CJK, ASCII, punctuation that CSV/HTML/Markdown care about, emoji. */
export const textArb: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      fc.constantFrom('岗', '位', '廉', '政', '风', '险', '審', '批', '资', '金', 'a', 'Z', '1', ' '),
      fc.constantFrom('"', ',', '|', '<', '>', '&', "'", '=', '+', '-', '@', '\n', '\r\n', '\t', '😀', '#', '*', '`'),
    ),
    { minLength: 1, maxLength: 12 },
  )
  .map((parts) => parts.join(''))
  .filter((s) => s.trim().length > 0);

/** The optional `publishedLevel` and `source` of a graded row (issue 12), each present or absent. */
const gradedArb: fc.Arbitrary<{ publishedLevel?: Level; source?: string }> = fc
  .record({
    publishedLevel: fc.option(fc.constantFrom(...LEVEL_IDS), { nil: undefined }),
    source: fc.option(textArb, { nil: undefined }),
  })
  .map(({ publishedLevel, source }) => ({
    ...(publishedLevel === undefined ? {} : { publishedLevel }),
    ...(source === undefined ? {} : { source }),
  }));

/** A measure of the unit's own, in normalized form (ids, not labels), with any subset of its details. */
export const ownMeasureArb: fc.Arbitrary<OwnMeasure> = fc
  .record(
    {
      text: textArb,
      phase: fc.constantFrom(...PHASES),
      owner: fc.constantFrom(...OWNER_TIERS),
      deadline: fc.constantFrom('2026-06-30', '长期坚持', 'Q3 2026'),
      indicator: textArb,
      lowers: fc.subarray([...FACTOR_IDS], { minLength: 1, maxLength: 3 }),
      template: fc.constantFrom('platform-trace', 'dual-signature', 'no-such-template'),
    },
    { requiredKeys: ['text'] },
  )
  .map((m) => m as OwnMeasure);

const STEP_NAMES = ['受理', '审查', '决定', '办结', '立项', '招标', '验收', '支付', '检查', '处罚'];

interface Counter {
  n: number;
}

function riskPointArb(ids: Counter, steps: readonly string[]): fc.Arbitrary<RiskPoint> {
  return fc
    .record({
      description: textArb,
      step: fc.constantFrom(...steps),
      riskCategory: fc.constantFrom(...RISK_CATEGORIES.map((c) => c.id)),
      factors: factorsArb,
      priorIncident: fc.boolean(),
      controls: fc.subarray(['integrity-education', 'platform-trace', 'regular-rotation'], { maxLength: 2 }),
      ownMeasures: fc.option(fc.array(ownMeasureArb, { minLength: 1, maxLength: 3 }), { nil: undefined, freq: 3 }),
      graded: gradedArb,
    })
    .map(({ ownMeasures, graded, ...r }) => ({ id: `rp-${ids.n++}`, ...r, ...(ownMeasures === undefined ? {} : { ownMeasures }), ...graded }));
}

/** A responsibility the unit states (责任清单): a duty, at one of the power's steps or for the whole power, with or without its accountability. */
function responsibilityArb(steps: readonly string[]): fc.Arbitrary<Responsibility> {
  return fc
    .record({ step: fc.constantFrom(...steps), duty: textArb, accountability: textArb }, { requiredKeys: ['duty'] })
    .map(({ step, duty, accountability }) => ({ ...(step === undefined ? {} : { step }), duty, ...(accountability === undefined ? {} : { accountability }) }));
}

function powerArb(ids: Counter): fc.Arbitrary<Power> {
  return fc
    .tuple(
      fc.record({
        name: textArb,
        category: fc.constantFrom(...POWER_CATEGORIES.map((c) => c.id)),
        majorMatter: fc.boolean(),
        collectiveDecision: fc.boolean(),
      }),
      fc.subarray(STEP_NAMES, { minLength: 1, maxLength: 4 }),
      fc.option(textArb, { nil: undefined, freq: 3 }),
    )
    .chain(([p, steps, legalBasis]) =>
      fc
        .tuple(
          fc.array(riskPointArb(ids, steps), { minLength: 0, maxLength: 3 }),
          fc.option(fc.array(responsibilityArb(steps), { minLength: 1, maxLength: 3 }), { nil: undefined, freq: 3 }),
        )
        .map(([riskPoints, responsibilities]) => ({
          id: `pw-${ids.n++}`,
          ...p,
          steps,
          ...(legalBasis === undefined ? {} : { legalBasis }),
          ...(responsibilities === undefined ? {} : { responsibilities }),
          riskPoints,
        })),
    );
}

function postArb(ids: Counter): fc.Arbitrary<Post> {
  return fc
    .record({
      name: textArb,
      department: fc.constantFrom('财务科', '办公室', '人事科', '工程科', '執法大隊'),
      rank: fc.constantFrom(...RANKS.map((r) => r.id)),
      tenureYears: fc.integer({ min: 0, max: 30 }),
      holder: fc.option(textArb, { nil: undefined }),
      factors: postFactorsArb,
      graded: gradedArb,
    })
    .chain(({ holder, graded, ...p }) =>
      fc
        .array(powerArb(ids), { minLength: 0, maxLength: 3 })
        .map((powers) => ({ id: `post-${ids.n++}`, ...p, ...(holder === undefined ? {} : { holder }), powers, ...graded })),
    );
}

/**
 * Valid organization documents in normalized form. Ids are unique because each draw numbers them
 * from a fresh counter (fast-check may re-run `map`, so the counter is per document).
 */
export const documentArb: fc.Arbitrary<OrganizationDocument> = fc
  .record({
    organization: fc.option(textArb, { nil: undefined }),
    assessedOn: fc.option(fc.constantFrom('2025-12-31', '2026-06-30', '2024-02-29'), { nil: undefined }),
    // Mostly absent, as in most documents; sometimes the mark import --suggest-ratings writes.
    suggestRatings: fc.option(fc.boolean(), { nil: undefined, freq: 4 }),
    seed: fc.constant(0),
  })
  .chain(({ organization, assessedOn, suggestRatings }) => {
    const ids: Counter = { n: 0 };
    return fc.array(postArb(ids), { minLength: 1, maxLength: 5 }).map((posts) => {
      const doc: { -readonly [K in keyof OrganizationDocument]: OrganizationDocument[K] } = { posts };
      if (organization !== undefined) doc.organization = organization;
      if (assessedOn !== undefined) doc.assessedOn = assessedOn;
      if (suggestRatings !== undefined) doc.suggestRatings = suggestRatings;
      return doc as OrganizationDocument;
    });
  });
