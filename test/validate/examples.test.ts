import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { validateDocument } from '../../src/validate/document.js';
import { documentJsonSchema } from '../../src/validate/document.js';
import { deepFreeze } from '../support/hostile.js';
import { evaluateSchema } from '../support/json-schema.js';

const DIR = fileURLToPath(new URL('../../examples/', import.meta.url));
const EXAMPLES = readdirSync(DIR)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((name) => ({ name, value: JSON.parse(readFileSync(`${DIR}${name}`, 'utf8')) as unknown }));

describe('example documents', () => {
  it('there are examples to check', () => {
    expect(EXAMPLES.length).toBeGreaterThanOrEqual(3);
  });

  for (const { name, value } of EXAMPLES) {
    it(`${name} validates without a problem and passes the JSON Schema`, () => {
      const checked = validateDocument(deepFreeze(structuredClone(value)));
      expect(checked.problems).toEqual([]);
      expect(checked.ok).toBe(true);
      expect(evaluateSchema(documentJsonSchema(), value)).toEqual([]);
    });
  }

  it('robustness: random mutations of the examples never make validation throw', () => {
    const examples = EXAMPLES.map((e) => e.value);
    fc.assert(
      fc.property(fc.nat(), fc.array(fc.nat(), { maxLength: 8 }), fc.jsonValue({ maxDepth: 3 }), (pick, choices, junk) => {
        const input = structuredClone(examples[pick % examples.length]) as Record<string | number, unknown>;
        let container: Record<string | number, unknown> = input;
        let key: string | number | undefined;
        for (const c of choices) {
          const keys = Object.keys(container);
          if (keys.length === 0) break;
          key = keys[c % keys.length]!;
          const next: unknown = container[key];
          if (typeof next !== 'object' || next === null) break;
          container = next as Record<string | number, unknown>;
        }
        if (key !== undefined) container[key] = junk;
        const checked = validateDocument(deepFreeze(input));
        expect(Array.isArray(checked.problems)).toBe(true);
      }),
      { numRuns: 100 },
    );
  });
});
