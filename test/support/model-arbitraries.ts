/**
 * fast-check arbitraries of valid scoring models of every method, and of control effects for the
 * control ids `documentArb` uses. Every model is passed through JSON and `validateModel`, so what
 * the properties see is exactly what a model file would give.
 */
import fc from 'fast-check';
import type { FactorReductions } from '../../src/scoring/model.js';
import { FACTOR_IDS, LEVEL_IDS, POWER_CATEGORIES, RANKS, RISK_CATEGORIES, type FactorId, type Level } from '../../src/model/enums.js';
import type { Condition, ControlEffects, PostAggregation, Rule, ScoringModel } from '../../src/scoring/model.js';
import { validateModel } from '../../src/scoring/validate-model.js';

const levelArb: fc.Arbitrary<Level> = fc.constantFrom(...LEVEL_IDS);
const factorArb: fc.Arbitrary<FactorId> = fc.constantFrom(...FACTOR_IDS);

/** Conditions that do not read ratings. */
const factFreeLeafArb: fc.Arbitrary<Condition> = fc.oneof(
  fc.record({ flag: fc.constantFrom('priorIncident', 'majorMatter', 'collectiveDecision' as const), equals: fc.boolean() }),
  fc.record({ categoryIn: fc.subarray(POWER_CATEGORIES.map((c) => c.id), { minLength: 1, maxLength: 4 }) }),
  fc.record({ rankIn: fc.subarray(RANKS.map((c) => c.id), { minLength: 1, maxLength: 2 }) }),
  fc.record({ riskCategoryIn: fc.subarray(RISK_CATEGORIES.map((c) => c.id), { minLength: 1, maxLength: 3 }) }),
  fc.record({ tenureAtLeast: fc.integer({ min: 0, max: 20 }) }),
);

/** Any leaf condition; rating thresholds stay within 1-5 so the condition can hold. */
const leafArb: fc.Arbitrary<Condition> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ factor: factorArb, atLeast: fc.integer({ min: 1, max: 5 }) }) },
  { weight: 2, arbitrary: factFreeLeafArb },
);

function withCombinators(leaf: fc.Arbitrary<Condition>): fc.Arbitrary<Condition> {
  return fc.oneof(
    { weight: 4, arbitrary: leaf },
    { weight: 1, arbitrary: fc.array(leaf, { minLength: 1, maxLength: 3 }).map((all) => ({ all })) },
    { weight: 1, arbitrary: fc.array(leaf, { minLength: 1, maxLength: 3 }).map((any) => ({ any })) },
  );
}

/** Conditions of criteria and of raising rules. */
export const conditionArb: fc.Arbitrary<Condition> = withCombinators(leafArb);
const factFreeConditionArb = withCombinators(factFreeLeafArb);

/** Rules: raising rules may read ratings; rules that can lower a level may not (the lint requires it). */
const rulesArb: fc.Arbitrary<Rule[]> = fc
  .array(
    fc.oneof(
      { weight: 3, arbitrary: fc.record({ when: conditionArb, effect: fc.constant('minimum' as const), level: fc.constantFrom('medium', 'high' as const) }) },
      { weight: 1, arbitrary: fc.record({ when: factFreeConditionArb, effect: fc.constantFrom('maximum', 'set' as const), level: fc.constantFrom('low', 'medium' as const) }) },
      { weight: 1, arbitrary: fc.record({ when: conditionArb, effect: fc.constant('set' as const), level: fc.constant('high' as const) }) },
    ),
    { maxLength: 3 },
  )
  .chain((rs) =>
    fc.tuple(...rs.map(() => fc.constantFrom('both', 'inherent' as const))).map((applies) =>
      rs.map((r, i) => ({ id: `rule-${i}`, ...r, appliesTo: applies[i] ?? 'both' }) as Rule),
    ),
  );

const missingArb = fc.record({ policy: fc.constantFrom('assume', 'exclude' as const), rating: fc.integer({ min: 1, max: 5 }) });

const aggregationArb: fc.Arbitrary<PostAggregation> = fc.oneof(
  fc.record({ method: fc.constant('highest' as const), score: fc.constantFrom('max', 'mean' as const) }),
  fc.record({
    method: fc.constant('count' as const),
    score: fc.constantFrom('max', 'mean' as const),
    rules: fc.array(fc.record({ level: levelArb, atLeast: fc.integer({ min: 1, max: 4 }), of: levelArb }), { minLength: 1, maxLength: 3 }),
  }),
);

const weightsArb = (factors: readonly FactorId[]): fc.Arbitrary<Record<string, number>> =>
  fc
    .tuple(...factors.map(() => fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 5 }), fc.constantFrom(0.5, 1.5, 2.25))))
    .map((ws) => Object.fromEntries(factors.map((f, i) => [f, ws[i] ?? 0])));

/** Two ascending cut points strictly inside (lo, hi), on a grid of `step`. */
function cutsArb(lo: number, hi: number, step: number, n: number): fc.Arbitrary<number[]> {
  const slots = Math.round((hi - lo) / step) - 1;
  return fc
    .uniqueArray(fc.integer({ min: 1, max: slots }), { minLength: n, maxLength: n })
    .map((xs) => [...xs].sort((a, b) => a - b).map((x) => Math.round((lo + x * step) * 1000) / 1000));
}

function contiguous(lo: number, hi: number, cuts: readonly number[]): { from: number; to: number }[] {
  const edges = [lo, ...cuts, hi];
  return edges.slice(0, -1).map((from, i) => ({ from, to: edges[i + 1] ?? hi }));
}

const base = fc.record({ missing: missingArb, rules: rulesArb, aggregation: aggregationArb });

const weightedArb = fc
  .record({ weights: weightsArb(FACTOR_IDS), cuts: cutsArb(0, 100, 5, 2), base })
  .map(({ weights, cuts, base: b }) => ({
    method: 'weighted',
    weights,
    bands: contiguous(0, 100, cuts).map((band, i) => ({ level: LEVEL_IDS[i], ...band })),
    ...b,
  }));

const matrixArb = fc
  .record({
    sides: fc.tuple(...FACTOR_IDS.map(() => fc.constantFrom('l', 'i', '-' as const))),
    lw: weightsArb(FACTOR_IDS),
    iw: weightsArb(FACTOR_IDS),
    ln: fc.integer({ min: 1, max: 4 }),
    inn: fc.integer({ min: 1, max: 4 }),
    base,
  })
  .chain(({ sides, lw, iw, ln, inn, base: b }) =>
    fc
      .record({
        lcuts: cutsArb(1, 5, 0.2, ln),
        icuts: cutsArb(1, 5, 0.2, inn),
        raw: fc.array(fc.array(levelArb, { minLength: inn + 1, maxLength: inn + 1 }), { minLength: ln + 1, maxLength: ln + 1 }),
      })
      .map(({ lcuts, icuts, raw }) => {
        const grid: Level[][] = [];
        raw.forEach((row, i) => {
          const out: Level[] = [];
          row.forEach((cell, j) => {
            // Prefix maxima make the grid monotone; the corners pin low and high.
            let v: Level = i === 0 && j === 0 ? 'low' : i === raw.length - 1 && j === row.length - 1 ? 'high' : cell;
            for (const n of [grid[i - 1]?.[j], out[j - 1]]) {
              if (n !== undefined && LEVEL_IDS.indexOf(n) > LEVEL_IDS.indexOf(v)) v = n;
            }
            out.push(v);
          });
          grid.push(out);
        });
        const pick = (w: Record<string, number>, side: 'l' | 'i'): Record<string, number> =>
          Object.fromEntries(FACTOR_IDS.filter((_, k) => sides[k] === side).map((f) => [f, w[f] ?? 0]));
        return {
          method: 'matrix',
          likelihood: { weights: pick(lw, 'l'), bands: contiguous(1, 5, lcuts) },
          impact: { weights: pick(iw, 'i'), bands: contiguous(1, 5, icuts) },
          grid,
          ...b,
        };
      }),
  );

const countArb = fc
  .array(conditionArb, { minLength: 2, maxLength: 5 })
  .chain((conds) =>
    fc
      .record({ a: fc.integer({ min: 1, max: conds.length - 1 }), base })
      .chain(({ a, base: b }) =>
        fc.integer({ min: a + 1, max: conds.length }).map((bb) => ({
          method: 'count',
          criteria: conds.map((when, i) => ({ id: `c${i}`, when })),
          bands: [
            { level: 'low', from: 0, to: a },
            { level: 'medium', from: a, to: bb },
            { level: 'high', from: bb, to: conds.length },
          ],
          ...b,
        })),
      ),
  );

function validated(raw: fc.Arbitrary<object>): fc.Arbitrary<ScoringModel> {
  return raw
    .map((m) => validateModel(JSON.parse(JSON.stringify(m))))
    .filter((c) => c.ok)
    .map((c) => (c.ok ? c.value : (undefined as never)));
}

/** Valid weighted models. */
export const weightedModelArb: fc.Arbitrary<ScoringModel> = validated(weightedArb);
/** Valid matrix models, 2×2 up to 5×5 and anything between. */
export const matrixModelArb: fc.Arbitrary<ScoringModel> = validated(matrixArb);
/** Valid count models. */
export const countModelArb: fc.Arbitrary<ScoringModel> = validated(countArb);
/** Valid models of every method. */
export const modelArb: fc.Arbitrary<ScoringModel> = fc.oneof(weightedModelArb, matrixModelArb, countModelArb);

/** The control ids `documentArb` puts in `controls`. */
export const DOCUMENT_CONTROL_IDS = ['integrity-education', 'platform-trace', 'regular-rotation'] as const;

const reductionsArb: fc.Arbitrary<FactorReductions> = fc
  .uniqueArray(factorArb, { maxLength: 4 })
  .chain((fs) =>
    fc.tuple(...fs.map(() => fc.oneof(fc.integer({ min: 0, max: 4 }), fc.constantFrom(0.5, 1.5, 10)))).map((rs) =>
      Object.fromEntries(fs.map((f, i) => [f, rs[i] ?? 0])),
    ),
  );

/** Control effects for some of the controls `documentArb` uses, as a plain object or as a map. */
export const controlEffectsArb: fc.Arbitrary<ControlEffects> = fc
  .tuple(fc.subarray([...DOCUMENT_CONTROL_IDS]), fc.boolean())
  .chain(([ids, asMap]) =>
    fc.tuple(...ids.map(() => reductionsArb)).map((rs): ControlEffects => {
      const entries = ids.map((id, i) => [id, rs[i] ?? {}] as const);
      return asMap ? new Map(entries) : Object.fromEntries(entries);
    }),
  );
