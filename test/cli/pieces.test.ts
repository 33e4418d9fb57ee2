/**
 * Inputs and outputs of the CLI that may be larger than one string: read and written in pieces,
 * always the same text as whole.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeUtf8, decodeUtf8Chunks, TextInputError } from '../../src/read/text.js';
import { documentJsonChunks } from '../../src/cli/commands/import.js';
import { documentArb } from '../support/arbitraries.js';

const encoder = new TextEncoder();

describe('reading in pieces', () => {
  it('pieces of any size join to what the whole decoder gives, characters cut at a piece end included', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), fc.boolean(), fc.integer({ min: 1, max: 7 }), (text, bom, size) => {
        const bytes = encoder.encode(`${bom ? '\uFEFF' : ''}${text}`);
        expect([...decodeUtf8Chunks(bytes, 'f', size)].join('')).toBe(decodeUtf8(bytes, 'f'));
      }),
      { numRuns: 500 },
    );
  });

  it('invalid UTF-8 is refused before any piece, at the same byte as the whole decoder names', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 40 }), (bytes) => {
        let whole: unknown;
        try {
          decodeUtf8(bytes, 'f');
        } catch (e) {
          whole = e;
        }
        if (whole === undefined) return;
        expect(() => decodeUtf8Chunks(bytes, 'f', 3)).toThrow(TextInputError);
        try {
          decodeUtf8Chunks(bytes, 'f', 3);
        } catch (e) {
          expect((e as TextInputError).params).toEqual((whole as TextInputError).params);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('writing a document in pieces', () => {
  it('the pieces join to JSON.stringify(document, null, 2) and a newline', () => {
    fc.assert(
      fc.property(documentArb, (doc) => {
        expect([...documentJsonChunks(doc)].join('')).toBe(`${JSON.stringify(doc, null, 2)}\n`);
        const tricky = { ...doc, organization: '\n  "posts": []', posts: doc.posts };
        expect([...documentJsonChunks(tricky)].join('')).toBe(`${JSON.stringify(tricky, null, 2)}\n`);
      }),
      { numRuns: 100 },
    );
  });
});
