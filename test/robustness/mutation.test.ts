/**
 * Issue 7, point 4: random mutations of the example documents and arbitrary JSON values never
 * make the API throw. Invalid input comes back as problems; input still valid goes through the
 * catalog, every renderer in every locale and the CSV import of the CSV written.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { validateDocument } from '../../src/validate/document.js';
import { FACTOR_IDS, POWER_CATEGORIES, RANKS, RISK_CATEGORIES } from '../../src/model/enums.js';
import {
  example,
  EXAMPLES,
  exampleSliceArb,
  expectSoundOutcome,
  hostileValueArb,
  mutantArb,
  mutate,
  mutationArb,
  oddTextArb,
  protoWordArb,
  runPipeline,
} from './support.js';

/** The string ids of posts, powers and risk points, where the document's shape lets them be found. */
function documentIds(doc: unknown): string[] {
  const ids: string[] = [];
  const list = (v: unknown, key: string): unknown[] => {
    const a = typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>)[key] : undefined;
    return Array.isArray(a) ? a : [];
  };
  const idOf = (v: unknown): void => {
    if (typeof v === 'object' && v !== null && Object.hasOwn(v, 'id') && typeof (v as { id: unknown }).id === 'string') ids.push((v as { id: string }).id);
  };
  for (const post of list(doc, 'posts')) {
    idOf(post);
    for (const power of list(post, 'powers')) {
      idOf(power);
      for (const rp of list(power, 'riskPoints')) idOf(rp);
    }
  }
  return ids;
}

/** A value that is usually what the field wants and sometimes anything at all. */
const mostly = <T>(plausible: fc.Arbitrary<T>): fc.Arbitrary<unknown> =>
  fc.oneof({ weight: 30, arbitrary: plausible }, { weight: 1, arbitrary: hostileValueArb });

const textArb = fc.oneof(fc.constantFrom('出纳', '办公室', '审批', 'Cashier'), oddTextArb);
// Mostly distinct ids; now and then a prototype word or a clash.
const idArb = fc.oneof({ weight: 8, arbitrary: fc.nat().map((n) => `id-${n}`) }, { weight: 1, arbitrary: fc.constantFrom('a', '__proto__', 'constructor', 'toString') });

/** Document-shaped values with arbitrary leaves: often valid, often nearly so. */
const looseDocumentArb: fc.Arbitrary<unknown> = fc.record(
  {
    organization: mostly(textArb),
    assessedOn: mostly(fc.constantFrom('2026-03-31', '2024-02-29', '2023-02-29', '0000-01-01', '9999-12-31')),
    posts: mostly(
      fc.array(
        fc.record(
          {
            id: mostly(idArb),
            name: mostly(textArb),
            department: mostly(textArb),
            rank: mostly(fc.constantFrom(...RANKS.map((r) => r.id), '一把手')),
            tenureYears: mostly(fc.constantFrom(0, 3, 5.5, 60)),
            factors: mostly(fc.dictionary(fc.constantFrom('importance', 'influence'), fc.integer({ min: 1, max: 5 }))),
            powers: mostly(
              fc.array(
                fc.record({
                  id: mostly(idArb),
                  name: mostly(textArb),
                  category: mostly(fc.constantFrom(...POWER_CATEGORIES.map((c) => c.id))),
                  majorMatter: mostly(fc.boolean()),
                  steps: mostly(fc.constant(['受理', '审批', '支付'])),
                  riskPoints: mostly(
                    fc.array(
                      fc.record({
                        id: mostly(idArb),
                        description: mostly(textArb),
                        step: mostly(fc.constantFrom('受理', '审批', '支付')),
                        riskCategory: mostly(fc.constantFrom(...RISK_CATEGORIES.map((c) => c.id))),
                        factors: mostly(fc.dictionary(fc.constantFrom(...FACTOR_IDS), fc.integer({ min: 1, max: 5 }))),
                        controls: mostly(fc.constantFrom([], ['platform-trace'], ['no-such-template'])),
                      }),
                      { maxLength: 2 },
                    ),
                  ),
                }),
                { maxLength: 2 },
              ),
            ),
          },
          { requiredKeys: ['id', 'name', 'department', 'rank', 'tenureYears', 'powers'] },
        ),
        { minLength: 1, maxLength: 3 },
      ),
    ),
  },
  { requiredKeys: ['posts'] },
);

describe('hostile input: mutations of the examples', () => {
  it('the examples themselves go through the whole pipeline, and their CSV imports back', () => {
    for (const name of EXAMPLES) {
      const outcome = runPipeline(example(name));
      expect(outcome.valid, name).toBe(true);
      expectSoundOutcome(outcome);
    }
  });

  it('normalization: a negative zero ("tenureYears": -0 in the JSON) validates as 0, so every output and the CSV read back agree', () => {
    const doc = example('university');
    const text = JSON.stringify(doc).replace(/"tenureYears":\d+/, '"tenureYears":-0');
    const outcome = runPipeline(JSON.parse(text));
    expect(outcome.valid).toBe(true);
    if (outcome.valid) expect(Object.is(outcome.document.posts[0]!.tenureYears, 0)).toBe(true);
    expectSoundOutcome(outcome);
  });

  it('never throws: a mutated example gives problems, or every output in every format and locale and a CSV that imports back', () => {
    let valid = 0;
    fc.assert(
      fc.property(mutantArb, ({ input }) => {
        const outcome = runPipeline(input);
        expectSoundOutcome(outcome);
        if (outcome.valid) valid++;
      }),
      { numRuns: 150 },
    );
    // About one mutant in nine stays valid; the renderers must be reached (the bound is far below the mean).
    expect(valid).toBeGreaterThanOrEqual(2);
  });

  it('round trip: odd text anywhere in an example (lone surrogates, NUL, bidi, markup, formulas) that still validates goes through every renderer, and its CSV in each locale imports back to the same document', () => {
    const textMutantArb = fc
      .tuple(exampleSliceArb, fc.array(fc.record({ kind: fc.constant('text' as const), at: fc.nat(), value: fc.oneof(oddTextArb, protoWordArb) }), { minLength: 1, maxLength: 4 }))
      .map(([{ doc }, mutations]) => mutate(doc, mutations));
    let valid = 0;
    fc.assert(
      fc.property(textMutantArb, (input) => {
        const outcome = runPipeline(input);
        expectSoundOutcome(outcome);
        if (outcome.valid) valid++;
      }),
      { numRuns: 100 },
    );
    // About a third stay valid (a renamed step or an unknown rank does not).
    expect(valid).toBeGreaterThanOrEqual(5);
  });

  it('never throws: document-shaped values with arbitrary leaves', () => {
    let valid = 0;
    fc.assert(
      fc.property(looseDocumentArb, (input) => {
        const outcome = runPipeline(input);
        expectSoundOutcome(outcome);
        if (outcome.valid) valid++;
      }),
      { numRuns: 120 },
    );
    expect(valid).toBeGreaterThanOrEqual(3);
  });

  it('never throws: any JSON value through the non-throwing entry point is refused with problems', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const outcome = runPipeline(value);
        expectSoundOutcome(outcome);
        // Only an object with posts can be a document.
        if (typeof value !== 'object' || value === null || Array.isArray(value) || !('posts' in value)) expect(outcome.valid).toBe(false);
      }),
      { numRuns: 200 },
    );
  });

  it('no change to the input: validation and the pipeline leave a mutant exactly as it was', () => {
    fc.assert(
      fc.property(mutantArb, ({ input }) => {
        const before = JSON.stringify(input);
        runPipeline(input);
        expect(JSON.stringify(input)).toBe(before);
      }),
      { numRuns: 40 },
    );
  });

  it('a repeated id anywhere in the document is always reported as a duplicate', () => {
    const withDuplicate = fc
      .tuple(exampleSliceArb, fc.array(mutationArb, { maxLength: 2 }), fc.nat(), fc.nat())
      .map(([{ doc }, before, at, from]) => mutate(doc, [...before, { kind: 'duplicate-id', at, from }]));
    fc.assert(
      fc.property(withDuplicate, (input) => {
        const ids = documentIds(input);
        if (ids.length === new Set(ids).size) return;
        const checked = validateDocument(input);
        expect(checked.ok).toBe(false);
        expect(checked.problems.map((p) => p.code)).toContain('duplicate-id');
      }),
      { numRuns: 60 },
    );
  });
});
