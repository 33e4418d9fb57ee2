import { HAND_MODEL } from '../support/hand-model.js';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { LIMITS } from '../../src/validate/limits.js';
import { modelArb } from '../support/model-arbitraries.js';
import { DEFAULT_MODEL, MATRIX_5X5_MODEL, UNIVERSITY_COUNT_MODEL } from '../../src/scoring/defaults.js';
import { parseModel, validateModel } from '../../src/scoring/validate-model.js';
import { InvalidInputError, type Problem } from '../../src/validate/problem.js';

// A JSON copy, typed loosely so tests can break it.
const clone = (x: unknown): never => JSON.parse(JSON.stringify(x)) as never;

function errors(input: unknown): [string, string][] {
  const c = validateModel(input);
  return c.problems.filter((p) => p.severity === 'error').map((p) => [p.code, p.path]);
}

describe('model validation: shape', () => {
  it('rejects what is not a model, with paths', () => {
    expect(errors(null)).toEqual([['not-an-object', '']]);
    expect(errors(undefined)).toEqual([['not-an-object', '']]);
    expect(errors([])).toEqual([['not-an-object', '']]);
    expect(errors({})).toEqual([['missing-field', 'method']]);
    expect(errors({ method: 'magic' })).toEqual([['unknown-value', 'method']]);
    expect(errors({ method: 'weighted' })).toEqual([
      ['missing-field', 'weights'],
      ['missing-field', 'bands'],
    ]);
  });

  it('reports unknown factors, bad numbers and bad levels where they are', () => {
    const m = clone(DEFAULT_MODEL) as Record<string, unknown>;
    m.weights = { fundLinkage: 3, fundLinkge: 2, harm: -1 };
    m.bands = [{ level: 'low', from: 0, to: 40 }, { level: 'severe', from: 40, to: 100 }];
    expect(errors(m)).toEqual([
      ['unknown-factor', 'weights.fundLinkge'],
      ['out-of-range', 'weights.harm'],
      ['unknown-value', 'bands[1].level'],
    ]);
  });

  it('checks conditions: one kind per object, known ids, booleans', () => {
    const m = clone(DEFAULT_MODEL) as Record<string, unknown>;
    m.rules = [
      { id: 'a', when: { factor: 'charisma', atLeast: 3 }, effect: 'minimum', level: 'high' },
      { id: 'b', when: { flag: 'majorMatter', equals: 'yes' }, effect: 'minimum', level: 'high' },
      { id: 'c', when: { categoryIn: ['finance'], rankIn: ['principal'] }, effect: 'minimum', level: 'high' },
      { id: 'd', when: { all: [{ categoryIn: ['money'] }] }, effect: 'raise', level: 'high' },
    ];
    expect(errors(m)).toEqual([
      ['unknown-value', 'rules[0].when.factor'],
      ['wrong-type', 'rules[1].when.equals'],
      ['one-of-fields', 'rules[2].when'],
      ['unknown-value', 'rules[3].when.all[0].categoryIn[0]'],
      ['unknown-value', 'rules[3].effect'],
    ]);
  });

  it('warns about unknown keys but accepts the model', () => {
    const c = validateModel({ ...(clone(DEFAULT_MODEL) as object), wieghts: {} });
    expect(c.ok).toBe(true);
    expect(c.problems.map((p) => [p.severity, p.code, p.path])).toEqual([['warning', 'unknown-field', 'wieghts']]);
  });

  it('speaks like the document validator: the same codes, hints and expected/received', () => {
    const c = validateModel({ method: 'weigthed', weights: { harm: 1 } });
    expect(c.problems.map((p) => [p.code, p.path, p.message.en, p.expected, p.received])).toEqual([
      ['unknown-value', 'method', '"weigthed" is not a valid value, did you mean "weighted"; allowed: weighted, matrix, count', '"weighted" | "matrix" | "count"', '"weigthed"'],
    ]);
    const typo = validateModel({ ...(clone(DEFAULT_MODEL) as object), agregation: {} });
    expect(typo.problems.map((p) => p.message['zh-CN'])).toEqual(['未知字段 "agregation"，已忽略，是否应为 "aggregation"']);
  });

  it('nested conditions deeper than LIMITS.conditionDepth are refused at the depth limit, not by a stack overflow', () => {
    let when: unknown = { factor: 'harm', atLeast: 4 };
    for (let i = 0; i < 10_000; i++) when = { all: [when] };
    const c = validateModel({ ...(clone(DEFAULT_MODEL) as object), rules: [{ id: 'deep', when, effect: 'minimum', level: 'high' }] });
    expect(c.ok).toBe(false);
    expect(c.problems.map((p) => [p.code, p.params['max']])).toEqual([['too-deep', LIMITS.conditionDepth]]);
    expect(c.problems[0]?.path.startsWith('rules[0].when.all[0]')).toBe(true);
  });

  it('fills defaults: missing-rating policy, rules, aggregation', () => {
    const c = validateModel({ method: 'weighted', weights: { harm: 1 }, bands: DEFAULT_MODEL.bands });
    expect(c.ok && [c.value.missing, c.value.rules, c.value.aggregation]).toEqual([
      { policy: 'assume', rating: 3 },
      [],
      { method: 'highest', score: 'max' },
    ]);
    const rule = validateModel({ ...(clone(DEFAULT_MODEL) as object), rules: [{ id: 'r', when: { tenureAtLeast: 5 }, effect: 'minimum', level: 'medium' }] });
    expect(rule.ok && rule.value.rules[0]?.appliesTo).toBe('both');
  });

  it('parseModel throws InvalidInputError carrying every problem', () => {
    expect(() => parseModel({ method: 'weighted' })).toThrow(InvalidInputError);
    try {
      parseModel({ method: 'weighted' });
    } catch (e) {
      expect((e as InvalidInputError).problems).toHaveLength(2);
      expect((e as Error).message).toContain('first at weights');
    }
  });

  it('never throws and never accepts a corrupted model (property)', () => {
    const corruptions: ((m: Record<string, unknown>) => [string, string])[] = [
      (m) => {
        delete m.method;
        return ['missing-field', 'method'];
      },
      (m) => {
        m.missing = { policy: 'assume', rating: 9 };
        return ['out-of-range', 'missing.rating'];
      },
      (m) => {
        m.rules = [{ id: 'x', when: { factor: 'harm', atLeast: 7 }, effect: 'minimum', level: 'high' }];
        return ['rule-never-fires', 'rules[0].when'];
      },
      (m) => {
        m.aggregation = { method: 'count', rules: [{ level: 'high', atLeast: 0, of: 'high' }] };
        return ['out-of-range', 'aggregation.rules[0].atLeast'];
      },
    ];
    fc.assert(
      fc.property(modelArb, fc.integer({ min: 0, max: corruptions.length - 1 }), (model, k) => {
        const m = clone(model) as Record<string, unknown>;
        const [code, path] = (corruptions[k] as (x: Record<string, unknown>) => [string, string])(m);
        const c = validateModel(m);
        expect(c.ok).toBe(false);
        expect(c.problems.map((p) => [p.code, p.path])).toContainEqual([code, path]);
      }),
      { numRuns: 100 },
    );
  });
});

describe('model lint', () => {
  const weighted = (patch: Record<string, unknown>): unknown => ({ ...(clone(DEFAULT_MODEL) as object), ...patch });

  it('all-zero weights', () => {
    expect(errors(weighted({ weights: { harm: 0 } }))).toEqual([['all-zero-weights', 'weights']]);
  });

  it('gapped and overlapping bands, at the edges and between bands', () => {
    expect(errors(weighted({ bands: [{ level: 'low', from: 0, to: 40 }, { level: 'medium', from: 45, to: 65 }, { level: 'high', from: 65, to: 100 }] }))).toEqual([
      ['band-gap', 'bands[1].from'],
    ]);
    expect(errors(weighted({ bands: [{ level: 'low', from: 0, to: 40 }, { level: 'medium', from: 35, to: 65 }, { level: 'high', from: 65, to: 100 }] }))).toEqual([
      ['band-overlap', 'bands[1].from'],
    ]);
    expect(errors(weighted({ bands: [{ level: 'low', from: 5, to: 40 }, { level: 'medium', from: 40, to: 65 }, { level: 'high', from: 65, to: 90 }] }))).toEqual([
      ['band-gap', 'bands[0].from'],
      ['band-gap', 'bands[2].to'],
    ]);
  });

  it('empty bands, descending levels and unreachable levels', () => {
    expect(errors(weighted({ rules: [], bands: [{ level: 'low', from: 0, to: 40 }, { level: 'medium', from: 40, to: 40 }, { level: 'high', from: 40, to: 100 }] }))).toEqual([
      ['band-empty', 'bands[1]'],
      ['unreachable-level', 'bands'],
    ]);
    expect(errors(weighted({ bands: [{ level: 'low', from: 0, to: 40 }, { level: 'high', from: 40, to: 65 }, { level: 'medium', from: 65, to: 100 }] }))).toEqual([
      ['bands-not-ascending', 'bands[2].level'],
    ]);
    // Medium given by a rule (the hand-worked model's key-area floor) is reachable, so only an
    // all-two-level model without such a rule fails.
    expect(errors(weighted({ rules: HAND_MODEL.rules, bands: [{ level: 'low', from: 0, to: 50 }, { level: 'high', from: 50, to: 100 }] }))).toEqual([]);
    expect(errors(weighted({ rules: [], bands: [{ level: 'low', from: 0, to: 50 }, { level: 'high', from: 50, to: 100 }] }))).toEqual([
      ['unreachable-level', 'bands'],
    ]);
  });

  it('grids must cover every cell and not fall as likelihood or impact rises', () => {
    const m = clone(MATRIX_5X5_MODEL) as { grid: string[][] };
    m.grid[2]?.pop();
    m.grid.pop();
    expect(errors(m)).toEqual([
      ['grid-size', 'grid'],
      ['grid-size', 'grid[2]'],
    ]);
    const n = clone(MATRIX_5X5_MODEL) as { grid: string[][] };
    (n.grid[3] as string[])[3] = 'low';
    expect(errors(n)).toEqual([['grid-not-monotone', 'grid[3][3]']]);
  });

  it('a factor may feed only one side of a matrix', () => {
    const m = clone(MATRIX_5X5_MODEL) as { impact: { weights: Record<string, number> } };
    m.impact.weights.likelihood = 1;
    expect(errors(m)).toEqual([['factor-on-both-sides', 'impact.weights.likelihood']]);
  });

  it('rules and criteria that can never hold', () => {
    expect(
      errors(
        weighted({
          rules: [
            { id: 'a', when: { categoryIn: [] }, effect: 'minimum', level: 'medium' },
            { id: 'b', when: { all: [{ flag: 'majorMatter', equals: true }, { flag: 'majorMatter', equals: false }] }, effect: 'minimum', level: 'high' },
            { id: 'c', when: { all: [{ categoryIn: ['finance'] }, { all: [{ categoryIn: ['project'] }] }] }, effect: 'minimum', level: 'high' },
            { id: 'd', when: { any: [] }, effect: 'minimum', level: 'high' },
          ],
        }),
      ),
    ).toEqual([
      ['rule-never-fires', 'rules[0].when'],
      ['rule-never-fires', 'rules[1].when'],
      ['rule-never-fires', 'rules[2].when'],
      ['rule-never-fires', 'rules[3].when'],
    ]);
    const u = clone(UNIVERSITY_COUNT_MODEL) as { criteria: { id: string; when: unknown }[] };
    (u.criteria[0] as { when: unknown }).when = { factor: 'fundLinkage', atLeast: 6 };
    expect(errors(u)).toEqual([['criterion-never-met', 'criteria[0].when']]);
  });

  it('rules that lower a level must not read ratings; no-op rules are warned about; ids are unique', () => {
    const c = validateModel(
      weighted({
        rules: [
          { id: 'cap', when: { factor: 'harm', atLeast: 2 }, effect: 'maximum', level: 'medium' },
          { id: 'noop', when: { rankIn: ['staff'] }, effect: 'minimum', level: 'low' },
          { id: 'noop', when: { tenureAtLeast: 5 }, effect: 'set', level: 'high' },
        ],
      }),
    );
    expect(c.ok).toBe(false);
    expect(c.problems.map((p: Problem) => [p.severity, p.code, p.path])).toEqual([
      ['error', 'rule-not-monotone', 'rules[0].when'],
      ['warning', 'rule-no-effect', 'rules[1]'],
      ['error', 'duplicate-id', 'rules[2].id'],
    ]);
  });

  it('count bands must span 0 to the number of criteria', () => {
    const u = clone(UNIVERSITY_COUNT_MODEL) as { criteria: unknown[] };
    u.criteria.pop();
    expect(errors(u)).toEqual([['out-of-range', 'bands[2].to']]);
  });

  it('every message is filled: no placeholder is left in what a person reads', () => {
    const c = validateModel({ method: 'weighted', weights: { foo: 1 }, bands: [] });
    for (const p of c.problems) for (const t of Object.values(p.message)) expect(t).not.toMatch(/\{\w+\}/);
  });
});

describe('model validation: robustness', () => {
  it('never throws on any JSON value, and every problem has a path and a stable code', () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), fc.record({ method: fc.constantFrom('weighted', 'matrix', 'count'), weights: fc.jsonValue(), bands: fc.jsonValue(), rules: fc.jsonValue(), criteria: fc.jsonValue(), grid: fc.jsonValue(), likelihood: fc.jsonValue() }, { requiredKeys: ['method'] })), (input) => {
        const c = validateModel(input);
        for (const p of c.problems) {
          expect(typeof p.path).toBe('string');
          expect(p.code).toMatch(/^[a-z]+(-[a-z]+)*$/);
        }
        if (c.ok) expect(c.problems.every((p) => p.severity === 'warning')).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});

describe('the README model example', () => {
  it('is a valid model', async () => {
    const { readFileSync } = await import('node:fs');
    const text = readFileSync(new URL('../../docs/readme/scoring.md', import.meta.url), 'utf8');
    const block = /```json\n([\s\S]*?)```/.exec(text)?.[1] ?? '';
    const checked = validateModel(JSON.parse(block));
    expect(checked.problems).toEqual([]);
    expect(checked.ok).toBe(true);
  });
});
