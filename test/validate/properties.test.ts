import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { validateDocument } from '../../src/validate/document.js';
import { documentArb } from '../support/arbitraries.js';
import { corruptedArb, inputFormArb } from '../support/corrupt.js';
import { deepFreeze } from '../support/hostile.js';

const errorsOf = (input: unknown): string[] =>
  validateDocument(input)
    .problems.filter((p) => p.severity === 'error')
    .map((p) => `${p.path} ${p.code}`);

describe('validation properties', () => {
  it('fixed point: every valid document validates, without problems, and normalizes to itself', () => {
    fc.assert(
      fc.property(documentArb, (doc) => {
        const checked = validateDocument(deepFreeze(structuredClone(doc)));
        expect(checked.problems).toEqual([]);
        expect(checked.ok).toBe(true);
        if (checked.ok) expect(checked.value).toEqual(doc);
      }),
      { numRuns: 150 },
    );
  });

  it('normalization: labels in any locale and left-out defaults give the normalized document', () => {
    fc.assert(
      fc.property(inputFormArb, ({ normalized, input }) => {
        const checked = validateDocument(deepFreeze(input));
        expect(checked.ok).toBe(true);
        if (checked.ok) expect(checked.value).toEqual(normalized);
      }),
      { numRuns: 150 },
    );
  });

  it('idempotence: validating a normalized output again gives the same output', () => {
    fc.assert(
      fc.property(inputFormArb, ({ input }) => {
        const once = validateDocument(input);
        if (!once.ok) return false;
        const twice = validateDocument(once.value);
        return twice.ok && JSON.stringify(twice.value) === JSON.stringify(once.value);
      }),
      { numRuns: 100 },
    );
  });

  it('locality: a single corruption is reported at its path, and it is the only error', () => {
    fc.assert(
      fc.property(corruptedArb(undefined, 1), ({ input, planted }) => {
        expect(errorsOf(deepFreeze(input))).toEqual(planted.map((p) => `${p.path} ${p.code}`));
      }),
      { numRuns: 200 },
    );
  });

  it('completeness: several corruptions in one document are all reported, and nothing else', () => {
    fc.assert(
      fc.property(corruptedArb(undefined, 5), ({ input, planted }) => {
        const found = errorsOf(deepFreeze(input));
        const expected = planted.map((p) => `${p.path} ${p.code}`);
        expect([...found].sort()).toEqual([...expected].sort());
      }),
      { numRuns: 200 },
    );
  });

  it('totality: validation never throws for any JSON value, and rejects all but documents', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const checked = validateDocument(value);
        expect(Array.isArray(checked.problems)).toBe(true);
        if (typeof value !== 'object' || value === null || Array.isArray(value)) expect(checked.ok).toBe(false);
      }),
      { numRuns: 200 },
    );
  });

  it('totality: validation never throws for any value at all', () => {
    fc.assert(
      fc.property(fc.anything({ withBoxedValues: true, withMap: true, withSet: true, withObjectString: true, withNullPrototype: true, withTypedArray: true, withSparseArray: true }), (value) => {
        const checked = validateDocument(value);
        expect(checked.ok).toBe(false);
      }),
      { numRuns: 200 },
    );
  });

  it('totality: any value planted anywhere in a valid document never makes validation throw', () => {
    fc.assert(
      fc.property(documentArb, fc.array(fc.nat()), fc.anything(), (doc, choices, junk) => {
        const input = structuredClone(doc) as unknown as Record<string, unknown>;
        // Walk down a random path of objects and arrays and replace what is there.
        let container: Record<string | number, unknown> = input;
        let key: string | number = 'posts';
        for (const c of choices) {
          const next: unknown = container[key];
          if (typeof next !== 'object' || next === null) break;
          const keys: string[] = Object.keys(next);
          if (keys.length === 0) break;
          container = next as Record<string | number, unknown>;
          key = keys[c % keys.length]!;
        }
        container[key] = junk;
        const checked = validateDocument(deepFreeze(input));
        expect(Array.isArray(checked.problems)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
