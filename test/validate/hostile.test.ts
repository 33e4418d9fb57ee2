import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { validateDocument } from '../../src/validate/document.js';
import { LIMITS } from '../../src/validate/limits.js';
import { checkAgainst } from '../../src/validate/check.js';
import { documentNode } from '../../src/validate/document.js';
import { array, integer, object, required, type ArrayNode, type ObjectNode } from '../../src/validate/schema.js';
import { documentArb } from '../support/arbitraries.js';
import { deepFreeze, nestedJson, prototypeIsClean } from '../support/hostile.js';

type Json = Record<string, any>;

function onePost(): Json {
  return {
    posts: [
      {
        id: 'p',
        name: '科长',
        department: '办公室',
        rank: 'middle',
        tenureYears: 2,
        powers: [{ id: 'w', name: '审批', category: 'approval', steps: ['受理'], riskPoints: [] }],
      },
    ],
  };
}

/** An array whose items count every read, to show the validator reads none. */
function countingArray(length: number, item: unknown = 'x'): { array: unknown[]; reads: () => number } {
  let reads = 0;
  const array = new Proxy(new Array<unknown>(length).fill(item), {
    get(target, key, receiver) {
      if (typeof key === 'string' && /^\d+$/.test(key)) reads++;
      return Reflect.get(target, key, receiver);
    },
  });
  return { array, reads: () => reads };
}

const codes = (input: unknown): string[] =>
  validateDocument(input).problems.filter((p) => p.severity === 'error').map((p) => `${p.path} ${p.code}`);

describe('hostile input', () => {
  it('deep nesting: 100,000 levels in an unknown field is a warning, not a stack overflow', () => {
    for (const kind of ['object', 'array'] as const) {
      const text = `{"posts":${JSON.stringify(onePost().posts)},"extra":${nestedJson(100_000, kind)}}`;
      const checked = validateDocument(JSON.parse(text));
      expect(checked.ok).toBe(true);
      expect(checked.problems.map((p) => `${p.path} ${p.code}`)).toEqual(['extra unknown-field']);
    }
  });

  it('deep nesting: 100,000 levels where a known field belongs is one type error', () => {
    const text = `{"posts":${nestedJson(100_000, 'array')}}`;
    expect(codes(JSON.parse(text))).toEqual(['posts[0] wrong-type']);
    const post = onePost();
    post.posts[0].powers[0].riskPoints = [JSON.parse(nestedJson(100_000, 'object'))];
    expect(codes(post)).toContain('posts[0].powers[0].riskPoints[0].id missing-field');
  });

  it('a million-element array where a short one belongs is refused by its limit before any item is read', () => {
    const places: [string, (doc: Json, array: unknown[]) => void, string][] = [
      ['steps', (d, a) => (d.posts[0].powers[0].steps = a), 'posts[0].powers[0].steps'],
      ['riskPoints', (d, a) => (d.posts[0].powers[0].riskPoints = a), 'posts[0].powers[0].riskPoints'],
      ['powers', (d, a) => (d.posts[0].powers = a), 'posts[0].powers'],
      ['posts', (d, a) => (d.posts = a), 'posts'],
    ];
    for (const [, put, path] of places) {
      const doc = onePost();
      const { array, reads } = countingArray(1_000_000);
      put(doc, array);
      expect(codes(doc)).toEqual([`${path} too-many-items`]);
      expect(reads()).toBe(0);
    }
  });

  it('the document-wide total of risk points is counted before each list is read, and refused once', () => {
    // The document's riskPoints lists share a budget of LIMITS.totalRiskPoints; the mechanism is
    // shown here at a small scale through the same description language.
    const posts = (documentNode as ObjectNode).fields['posts']!.node as ArrayNode;
    const powers = (posts.items as ObjectNode).fields['powers']!.node as ArrayNode;
    const riskPoints = (powers.items as ObjectNode).fields['riskPoints']!.node as ArrayNode;
    expect(riskPoints.budget).toEqual({ scope: 'riskPoints', max: LIMITS.totalRiskPoints });

    const node = array(object({ items: required(array(integer({ minimum: 0, maximum: 9 }), { maxItems: 10, budget: { scope: 'riskPoints', max: 25 } })) }), { maxItems: 10 });
    const lists = Array.from({ length: 5 }, () => countingArray(10, 1));
    const checked = checkAgainst(node, lists.map((l) => ({ items: l.array })));
    expect(checked.problems.map((p) => `${p.path} ${p.code}`)).toEqual(['[2].items total-limit']);
    expect(checked.problems[0]!.message.en).toBe('the total number of risk points is over the limit of 25; the rest was not checked');
    expect(lists.map((l) => l.reads())).toEqual([10, 10, 0, 0, 0]);
  });

  it('a 100 MB string where a short one belongs is refused by its limit at once', () => {
    const huge = 'x'.repeat(100 * 1024 * 1024);
    const doc = onePost();
    doc.posts[0].name = huge;
    doc.posts[0].powers[0].steps = [huge];
    doc.posts[0].rank = huge;
    doc.posts[0].factors = { [huge]: 3 };
    doc[huge] = 1;
    const started = performance.now();
    const checked = validateDocument(doc);
    const elapsed = performance.now() - started;
    expect(checked.problems.map((p) => p.code)).toEqual([
      'unknown-field',
      'too-long',
      'unknown-value',
      'unknown-factor',
      'too-long',
    ]);
    // Quoted input is cut short: no message or path carries the 100 MB.
    for (const p of checked.problems) {
      expect(p.path.length).toBeLessThan(200);
      expect(p.message.en.length).toBeLessThan(500);
    }
    expect(elapsed).toBeLessThan(2000);
  });

  it('immutability: a deep-frozen document validates and is left exactly as it was', () => {
    fc.assert(
      fc.property(documentArb, (doc) => {
        const before = JSON.stringify(doc);
        const frozen = deepFreeze(structuredClone(doc));
        const checked = validateDocument(frozen);
        expect(checked.ok).toBe(true);
        expect(JSON.stringify(frozen)).toBe(before);
        if (checked.ok) expect(Object.isFrozen(checked.value)).toBe(false);
      }),
      { numRuns: 100 },
    );
  });

  it('no pollution: __proto__, constructor and prototype keys anywhere never change Object.prototype', () => {
    fc.assert(
      fc.property(
        documentArb,
        fc.constantFrom('__proto__', 'constructor', 'prototype'),
        fc.nat(),
        (doc, key, pick) => {
          // Insert the key into one object of the JSON text, as an attacker would send it.
          const text = JSON.stringify(doc);
          const opens = [...text.matchAll(/\{/g)].map((m) => m.index);
          const at = opens[pick % opens.length]!;
          const hostile = `${text.slice(0, at + 1)}"${key}":{"polluted":true,"a":1},${text.slice(at + 1)}`.replace(/,}/g, '}');
          const input = JSON.parse(hostile);
          const checked = validateDocument(deepFreeze(input));
          expect(prototypeIsClean()).toBe(true);
          expect(checked.ok).toBe(false);
          expect(checked.problems.filter((p) => p.severity === 'error').map((p) => p.code)).toEqual(['forbidden-key']);
        },
      ),
      { numRuns: 150 },
    );
    expect(prototypeIsClean()).toBe(true);
  });

  it('exotic values: revoked proxies, throwing proxies and getters give problems, never exceptions', () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    const throwing = new Proxy(
      {},
      {
        ownKeys() {
          throw new Error('no keys');
        },
      },
    );
    const withGetter = onePost();
    Object.defineProperty(withGetter, 'posts', {
      enumerable: true,
      get() {
        throw { toString: () => { throw new Error('worse'); } };
      },
    });
    for (const input of [proxy, throwing, withGetter, { posts: [proxy] }, { posts: [throwing] }]) {
      const checked = validateDocument(input);
      expect(checked.ok).toBe(false);
      expect(checked.problems.some((p) => p.code === 'unreadable-value')).toBe(true);
    }
  });
});
