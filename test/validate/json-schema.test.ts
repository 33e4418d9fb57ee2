import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { documentJsonSchema, validateDocument } from '../../src/validate/document.js';
import { JSON_SCHEMA_DIALECT } from '../../src/validate/json-schema.js';
import { LIMITS } from '../../src/validate/limits.js';
import { schemaText } from '../../scripts/generate-schema.js';
import { documentArb } from '../support/arbitraries.js';
import { corruptedArb, SEMANTIC_KINDS, inputFormArb, type CorruptionKind } from '../support/corrupt.js';
import { evaluateSchema } from '../support/json-schema.js';

const schema = documentJsonSchema();
const STRUCTURAL: CorruptionKind[] = (
  [
    'drop-required',
    'wrong-type',
    'rating-out-of-range',
    'unknown-enum',
    'unknown-factor',
    'too-long',
    'forbidden-key',
    'empty-string',
  ] as const
).filter((k) => !SEMANTIC_KINDS.includes(k));

describe('JSON Schema', () => {
  it('the committed schema/organization.schema.json is the generated one (run `npm run schema`)', () => {
    const committed = readFileSync(new URL('../../schema/organization.schema.json', import.meta.url), 'utf8');
    expect(committed).toBe(schemaText());
  });

  it('is draft 2020-12 and says which checks only the validator makes', () => {
    expect(schema['$schema']).toBe(JSON_SCHEMA_DIALECT);
    expect(schema['description']).toContain('Validator-only');
    expect(schema['description']).toContain('仅由校验器检查');
    expect(schema['required']).toEqual(['posts']);
  });

  it('carries the documented limits', () => {
    const text = JSON.stringify(schema);
    for (const limit of [LIMITS.id, LIMITS.name, LIMITS.description, LIMITS.posts, LIMITS.steps, LIMITS.controls]) {
      expect(text).toContain(`:${limit}`);
    }
  });

  it('the tiny evaluator knows every keyword the schema uses (it throws on any other)', () => {
    expect(() => evaluateSchema(schema, { posts: [] })).not.toThrow();
    expect(() => evaluateSchema({ oneOf: [] }, 1)).toThrow(/unsupported keyword/);
  });

  it('no drift: every valid document, as normalized or as written by people, passes the schema', () => {
    fc.assert(
      fc.property(documentArb, (doc) => {
        expect(evaluateSchema(schema, doc)).toEqual([]);
      }),
      { numRuns: 150 },
    );
    fc.assert(
      fc.property(inputFormArb, ({ input }) => {
        expect(evaluateSchema(schema, input)).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it('no drift: structural corruptions the validator rejects, the schema rejects too, at the same place', () => {
    fc.assert(
      fc.property(corruptedArb(STRUCTURAL, 3), ({ input, planted }) => {
        expect(validateDocument(input).ok).toBe(false);
        const failed = new Set(evaluateSchema(schema, input).map((f) => f.slice(0, f.lastIndexOf(' ('))));
        for (const p of planted) {
          // The schema reports a repeated item at its list, the validator at the repeat.
          const parent = p.path.replace(/(\.[^.[]+|\[\d+\])$/, '');
          expect(failed.has(`$.${p.path}`) || failed.has(`$.${parent}`)).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('semantic checks are the validator\'s alone: a duplicate id passes the schema', () => {
    fc.assert(
      fc.property(corruptedArb(['duplicate-id'], 2), ({ input }) => {
        expect(validateDocument(input).ok).toBe(false);
        expect(evaluateSchema(schema, input)).toEqual([]);
      }),
      { numRuns: 50 },
    );
  });

  it('agreement on arbitrary JSON: whatever the schema rejects, the validator rejects', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), (value) => {
        if (evaluateSchema(schema, value).length > 0) expect(validateDocument(value).ok).toBe(false);
      }),
      { numRuns: 200 },
    );
  });
});
