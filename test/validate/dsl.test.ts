import { describe, expect, expectTypeOf, it } from 'vitest';
import { checkAgainst } from '../../src/validate/check.js';
import { toJsonSchema } from '../../src/validate/json-schema.js';
import { array, boolean, integer, number, object, optional, record, required, string, term, withDefault, type Infer } from '../../src/validate/schema.js';
import { editDistance, suggest } from '../../src/validate/suggest.js';
import { evaluateSchema } from '../support/json-schema.js';

const LEVEL_TERMS = [
  { id: 'low', label: { 'zh-CN': '低', 'zh-TW': '低', en: 'Low' } },
  { id: 'high', label: { 'zh-CN': '高', 'zh-TW': '高', en: 'High' } },
] as const;

const threshold = object(
  {
    level: required(term(LEVEL_TERMS)),
    from: required(number({ minimum: 0, maximum: 1 })),
    to: required(number({ minimum: 0, maximum: 1 })),
    weights: withDefault(record(['a', 'b'] as const, integer({ minimum: 0, maximum: 10 })), {}),
    tags: withDefault(array(string({ maxLength: 8 }), { maxItems: 3, uniqueItems: true }), [] as readonly string[]),
    note: optional(string({ maxLength: 20, nonBlank: false })),
    enabled: withDefault(boolean(), true),
  },
  {
    refine: (value, path, report) => {
      const { from, to } = value;
      if (typeof from === 'number' && typeof to === 'number' && from > to) report('band-empty', `${path}.from`.replace(/^\./, ''), { from, to });
    },
  },
);

describe('schema description language', () => {
  it('infers the normalized type from the description', () => {
    type T = Infer<typeof threshold>;
    expectTypeOf<T>().toEqualTypeOf<{
      readonly level: 'low' | 'high';
      readonly from: number;
      readonly to: number;
      readonly weights: { readonly a?: number; readonly b?: number };
      readonly tags: readonly string[];
      readonly enabled: boolean;
      readonly note?: string;
    }>();
  });

  it('checkAgainst normalizes: labels to ids, defaults filled, optional fields left out', () => {
    const checked = checkAgainst(threshold, { level: '高', from: 0.2, to: 0.5 });
    expect(checked).toEqual({ ok: true, value: { level: 'high', from: 0.2, to: 0.5, weights: {}, tags: [], enabled: true }, problems: [] });
  });

  it('checkAgainst runs refinements with messages from the one problem list, and prefixes paths', () => {
    const checked = checkAgainst(threshold, { level: 'low', from: 0.9, to: 0.1, note: '' }, 'model.thresholds[0]');
    expect(checked.ok).toBe(false);
    expect(checked.problems.map((p) => [p.path, p.code, p.message.en])).toEqual([
      ['model.thresholds[0].from', 'band-empty', 'empty band (from 0.9 is not below to 0.1)'],
    ]);
  });

  it('checkAgainst honours maxProblems and maxFields', () => {
    const many = checkAgainst(array(integer({ minimum: 0, maximum: 0 }), { maxItems: 100 }), Array(50).fill(1), '', { maxProblems: 3 });
    expect(many.problems.map((p) => p.code)).toEqual(['out-of-range', 'out-of-range', 'out-of-range', 'too-many-problems']);
    const wide = checkAgainst(threshold, { level: 'low', from: 0, to: 1, a: 1, b: 2, c: 3 }, '', { maxFields: 4 });
    expect(wide.problems.map((p) => p.code)).toEqual(['too-many-fields']);
  });

  it('toJsonSchema emits the matching schema, and it agrees with the validator on samples', () => {
    const schema = toJsonSchema(threshold, { title: 't' });
    expect(schema['title']).toBe('t');
    expect(schema['required']).toEqual(['level', 'from', 'to']);
    expect((schema['properties'] as any).level.enum).toEqual(['low', '低', 'Low', 'high', '高', 'High']);
    expect((schema['properties'] as any).tags).toMatchObject({ type: 'array', maxItems: 3, uniqueItems: true, default: [] });
    expect((schema['properties'] as any).note).toEqual({ type: 'string', maxLength: 20 });
    expect((schema['properties'] as any).weights.additionalProperties).toBe(false);
    const samples: unknown[] = [
      { level: 'low', from: 0, to: 1 },
      { level: 'Low', from: 0, to: 1, tags: ['a', 'a'] },
      { level: 'mid', from: 0, to: 1 },
      { level: 'low', from: 2, to: 1 },
      { level: 'low', from: 0, to: 1, weights: { c: 1 } },
      { level: 'low', from: 0, to: 1, weights: { a: 1.5 } },
      { level: 'low', from: 0, to: 1, tags: ['123456789'] },
      { from: 0, to: 1 },
      { level: 'low', from: 0, to: 1, extra: true },
    ];
    for (const sample of samples) {
      expect(evaluateSchema(schema, sample).length === 0).toBe(checkAgainst(threshold, sample).ok);
    }
  });
});

describe('suggestions', () => {
  it('edit distance', () => {
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('审查', '审批')).toBe(1);
  });

  it('suggests only near names, ignoring case', () => {
    expect(suggest('FundLinkage', ['fundLinkage', 'harm'])).toBe('fundLinkage');
    expect(suggest('hram', ['harm', 'opacity'])).toBe('harm');
    expect(suggest('受理', ['决定', '办结'])).toBeUndefined();
    expect(suggest('zzzzzz', ['harm'])).toBeUndefined();
    expect(suggest('x'.repeat(1000), ['x'])).toBeUndefined();
  });
});
