/**
 * The streamed document reader against the whole-document one: for any document, mutated or
 * corrupted, serialized any way and cut into chunks anywhere (inside strings, escapes and
 * multi-byte characters), `readDocument` gives what `JSON.parse` + `validateDocument` give — the
 * same problems, paths and order, the same normalized posts — and for bytes that are not UTF-8
 * JSON the same error at the same place as the CLI's whole-text reader.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Post } from '../../src/model/document.js';
import { JsonReadError, readDocument, type ByteSource, type JsonReadProblem } from '../../src/read/json-document.js';
import { findJsonSyntaxError, firstInvalidUtf8, locateInJson } from '../../src/read/text.js';
import { validateDocument } from '../../src/validate/document.js';
import type { Problem } from '../../src/validate/problem.js';
import { documentArb } from '../support/arbitraries.js';
import { nestedJson } from '../support/hostile.js';
import { example, mutantArb } from '../robustness/support.js';

type Outcome =
  | { readonly error: JsonReadProblem }
  | { readonly problems: readonly Problem[]; readonly value?: unknown };

const encoder = new TextEncoder();

/** What the CLI's whole-text reading and validateDocument give (src/cli/text.ts, step by step). */
function whole(bytes: Uint8Array): Outcome {
  const start = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const body = bytes.subarray(start);
  const bad = firstInvalidUtf8(body);
  if (bad >= 0) return { error: { kind: 'utf8', byte: start + bad + 1 } };
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(body);
  if (text.trim() === '') return { error: { kind: 'empty' } };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    const where = findJsonSyntaxError(text) ?? locateInJson(text, text.length);
    return { error: { kind: 'syntax', line: where.line, column: where.column, ...(where.char === undefined ? {} : { char: where.char }) } };
  }
  const checked = validateDocument(value);
  return checked.ok ? { problems: checked.problems, value: checked.value } : { problems: checked.problems };
}

/** The same through readDocument, fed in the given chunks; pass 1's posts and pass 2's agree. */
function streamed(bytes: Uint8Array, cuts: readonly number[], source: boolean): Outcome {
  let posts: Post[] = [];
  const chunks: Uint8Array[] = [];
  let at = 0;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    chunks.push(bytes.slice(at, cut));
    at = cut;
  }
  chunks.push(bytes.slice(at));
  try {
    const read = readDocument(source ? reusingSource(bytes) : chunks, {
      onPost: (post) => posts.push(post),
      onRestart: () => (posts = []),
      ...(source ? { chunkSize: Math.max(1, cuts[0] ?? 1) } : {}),
    });
    if (!read.ok) return { problems: read.problems };
    expect(posts.length).toBe(read.posts);
    if (source) for (let i = 0; i < read.posts; i++) expect(read.post(i)).toEqual(posts[i]);
    return { problems: read.problems, value: { ...read.header, posts } };
  } catch (e) {
    if (e instanceof JsonReadError) return { error: e.problem };
    throw e;
  }
}

/** A source that reuses one buffer for every read, as a file reader does (a Node Buffer's `slice` is a view of it). */
function reusingSource(bytes: Uint8Array): ByteSource {
  let buffer = Buffer.alloc(1);
  return {
    size: bytes.length,
    read(offset, length) {
      if (buffer.length < length) buffer = Buffer.alloc(length);
      buffer.fill(0x20);
      buffer.set(bytes.subarray(offset, offset + length));
      return buffer.subarray(0, Math.min(length, bytes.length - offset));
    },
  };
}

const cutsArb = (length: number): fc.Arbitrary<number[]> => fc.array(fc.integer({ min: 0, max: length }), { maxLength: 12 });

/** A document's JSON text as someone may write it: indented or not, maybe with a BOM. */
const textArb = (value: unknown): fc.Arbitrary<Uint8Array> =>
  fc.record({ indent: fc.constantFrom(0, 1, 2, '\t'), bom: fc.boolean() }).map(({ indent, bom }) => {
    const text = (bom ? '\uFEFF' : '') + JSON.stringify(value, null, indent);
    return encoder.encode(text);
  });

function same(bytes: Uint8Array, cuts: readonly number[]): void {
  const expected = whole(bytes);
  expect(streamed(bytes, cuts, false)).toEqual(expected);
  expect(streamed(bytes, cuts, true)).toEqual(expected);
}

describe('readDocument, the streamed reader', () => {
  it('invariant "same as the whole document": valid documents, any split', () => {
    fc.assert(
      fc.property(
        documentArb.chain((doc) => textArb(doc)).chain((bytes) => fc.tuple(fc.constant(bytes), cutsArb(bytes.length))),
        ([bytes, cuts]) => same(bytes, cuts),
      ),
      { numRuns: 60 },
    );
  });

  it('invariant "same as the whole document": mutated examples (problems, paths and order), any split', () => {
    fc.assert(
      fc.property(
        mutantArb.chain(({ input }) => textArb(input)).chain((bytes) => fc.tuple(fc.constant(bytes), cutsArb(bytes.length))),
        ([bytes, cuts]) => same(bytes, cuts),
      ),
      { numRuns: 60 },
    );
  });

  it('invariant "same error at the same place": corrupted bytes (truncation, stray characters, broken UTF-8), any split', () => {
    const strays = ['{', '}', '[', ']', ',', ':', '"', '\\', 'x', '\n', ' ', '1', '-', 'é', '中', '😀', '\u0001'].map((s) => encoder.encode(s));
    const broken = [new Uint8Array([0xff]), new Uint8Array([0xe4, 0xb8]), new Uint8Array([0xc0, 0x80]), new Uint8Array([0xed, 0xa0, 0x80])];
    const editArb = fc.oneof(
      fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
      fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), what: fc.constantFrom(...strays, ...broken) }),
      fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), what: fc.constantFrom(...strays, ...broken) }),
    );
    fc.assert(
      fc.property(
        fc
          .tuple(fc.constantFrom('university', 'county-bureau'), fc.constantFrom(0, 2), fc.array(editArb, { minLength: 1, maxLength: 3 }))
          .map(([name, indent, edits]) => {
            let bytes = encoder.encode(JSON.stringify(example(name as 'university'), null, indent));
            for (const e of edits) {
              const at = e.at % (bytes.length + 1);
              if (e.kind === 'truncate') bytes = bytes.slice(0, at);
              else {
                const out = new Uint8Array(bytes.length + e.what.length - (e.kind === 'replace' && at < bytes.length ? 1 : 0));
                out.set(bytes.subarray(0, at));
                out.set(e.what, at);
                out.set(bytes.subarray(e.kind === 'replace' ? at + 1 : at), at + e.what.length);
                bytes = out;
              }
            }
            return bytes;
          })
          .chain((bytes) => fc.tuple(fc.constant(bytes), cutsArb(bytes.length))),
        ([bytes, cuts]) => same(bytes, cuts),
      ),
      { numRuns: 300 },
    );
  });

  it('invariant "same as the whole document": odd texts inside strings, escapes and multi-byte characters, split inside them', () => {
    const oddArb = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 12 }),
      fc.constantFrom('a\\"b', '\\u4e2d\\u6587', '"}],{[', '\u2028\u2029', '😀中文', '\\ud83d\\ude00', '\\ud800'),
    );
    fc.assert(
      fc.property(
        fc.tuple(oddArb, oddArb).chain(([a, b]) => {
          const text = `{"organization": "${a.replace(/"/g, '\\"')}", "posts": [{"id": "p\\u0031", "name": "${b.replace(/"/g, '\\"')}", "department": "财务科", "rank": "一般岗位", "tenureYears": 1, "powers": []}], "x${a.replace(/"/g, '')}": {"y": ["${b.replace(/"/g, '')}"]}}`;
          const bytes = encoder.encode(text);
          return fc.tuple(fc.constant(bytes), cutsArb(bytes.length));
        }),
        ([bytes, cuts]) => same(bytes, cuts),
      ),
      { numRuns: 150 },
    );
  });

  it('hostile input: deep nesting, a huge string, repeated and prototype keys, roots that are not objects, empty input', () => {
    const doc = example('university');
    const body = JSON.stringify(doc);
    const cases = [
      `{"posts": ${nestedJson(100_000, 'array')}}`,
      `{"deep": ${nestedJson(100_000, 'object')}, "posts": []}`,
      body.replace('{', `{"note": "${'长'.repeat(300_000)}",`),
      body.replace('"posts":', '"posts": [], "posts":'),
      body.replace('"posts":', '"posts": [1, 2], "__proto__": {"x": 1}, "posts":'),
      body.slice(0, -1) + ', "posts": {"a": 1}}',
      '[]',
      '"text"',
      '12',
      'null',
      '   \n ',
      '',
      '\uFEFF',
      '{"posts": [}',
      '{"posts": [1,]}',
      '{"posts": [tru, 1]}',
      '{"posts"  1}',
      '{} x',
      '{"a": 1e999, "posts": [{"id": -0}]}',
    ];
    for (const text of cases) {
      const bytes = encoder.encode(text);
      same(bytes, [Math.floor(bytes.length / 3), Math.floor(bytes.length / 2)]);
    }
  });
});
