/**
 * The four input validators (document, scoring model, template library, finding settings) share
 * one engine, so they share its guarantees. Each property below is checked for all four.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DEFAULT_FINDING_SETTINGS, validateFindingSettings } from '../../src/findings/settings.js';
import { LOCALES } from '../../src/i18n/locale.js';
import { BUILTIN_TEMPLATES } from '../../src/measures/templates.js';
import { validateTemplates } from '../../src/measures/user.js';
import { EXAMPLE_MODELS } from '../../src/scoring/defaults.js';
import { validateModel } from '../../src/scoring/validate-model.js';
import { validateDocument } from '../../src/validate/document.js';
import { PROBLEM_CODES } from '../../src/validate/messages.js';
import { joinPath, type Checked, type Problem } from '../../src/validate/problem.js';
import { documentArb } from '../support/arbitraries.js';
import { deepFreeze, nestedJson } from '../support/hostile.js';
import { modelArb } from '../support/model-arbitraries.js';
import { USER_FINDING_SETTINGS, USER_TEMPLATE_LIBRARY } from '../robustness/support.js';

type Validator = (input: unknown) => Checked<unknown>;

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

const templateLibraryArb: fc.Arbitrary<unknown> = fc.constantFrom<unknown>(
  USER_TEMPLATE_LIBRARY,
  { add: BUILTIN_TEMPLATES.slice(0, 8).map((t) => ({ ...t, id: `own-${t.id}` })), override: [{ id: 'power-list', indicator: null, reviewDays: 30 }] },
  { disable: ['contractor-return-visit'], override: [{ id: 'reminder-talk', triggers: { minLevel: 'high', ranks: ['principal'] } }] },
);

const settingsArb: fc.Arbitrary<unknown> = fc.constantFrom<unknown>(DEFAULT_FINDING_SETTINGS, USER_FINDING_SETTINGS, { rotationYears: 3, rotationLevels: ['high'] });

/** Each input: its validator and valid values of it. */
const INPUTS: readonly { readonly name: string; readonly validate: Validator; readonly valid: fc.Arbitrary<unknown> }[] = [
  { name: 'document', validate: validateDocument, valid: documentArb },
  { name: 'model', validate: validateModel, valid: fc.oneof(modelArb, fc.constantFrom(...Object.values(EXAMPLE_MODELS))) },
  { name: 'templates', validate: (input) => validateTemplates(input), valid: templateLibraryArb },
  { name: 'settings', validate: validateFindingSettings, valid: settingsArb },
];

function thrower(): never {
  throw new Error('hostile trap');
}

/** Values that break naive readers: revoked proxies, proxies whose every trap throws, throwing getters, deep and huge values. */
const hostileArb: fc.Arbitrary<() => unknown> = fc.constantFrom<() => unknown>(
  () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    return proxy;
  },
  () => {
    const { proxy, revoke } = Proxy.revocable([], {});
    revoke();
    return proxy;
  },
  () => new Proxy({}, { get: thrower, has: thrower, ownKeys: thrower, getOwnPropertyDescriptor: thrower, getPrototypeOf: thrower }),
  () => new Proxy([1, 2], { get: thrower, has: thrower, ownKeys: thrower, getOwnPropertyDescriptor: thrower }),
  () => Object.defineProperty({}, 'id', { enumerable: true, get: thrower }),
  () => Object.defineProperty([], '0', { enumerable: true, get: thrower }),
  () => JSON.parse(nestedJson(20_000, 'object')),
  () => JSON.parse(nestedJson(20_000, 'array')),
  () => 'x'.repeat(1_000_000),
  () => new Array(200_000).fill({ id: 'x' }),
  () => Symbol('s'),
  () => 10n,
  () => () => 1,
);

/** Every place in a JSON value: the path (as the validators write it) and a setter. */
interface Place {
  readonly path: string;
  readonly value: unknown;
  readonly set: (root: unknown, value: unknown) => unknown;
}

function places(root: unknown): Place[] {
  const out: Place[] = [{ path: '', value: root, set: (_r, v) => v }];
  const walk = (value: unknown, path: string, steps: readonly (string | number)[]): void => {
    if (typeof value !== 'object' || value === null) return;
    for (const [key, child] of Object.entries(value)) {
      const k: string | number = Array.isArray(value) ? Number(key) : key;
      const at = joinPath(path, k);
      const chain = [...steps, k];
      out.push({
        path: at,
        value: child,
        set: (r, v) => {
          let target = r as Record<string | number, unknown>;
          for (const s of chain.slice(0, -1)) target = target[s] as Record<string | number, unknown>;
          target[chain[chain.length - 1]!] = v;
          return r;
        },
      });
      walk(child, at, chain);
    }
  };
  walk(root, '', []);
  return out;
}

function expectWellFormed(problems: readonly Problem[]): void {
  for (const p of problems) {
    expect(PROBLEM_CODES).toContain(p.code);
    expect(typeof p.path).toBe('string');
    for (const l of LOCALES) {
      expect(p.message[l].length).toBeGreaterThan(0);
      expect(p.message[l]).not.toMatch(/\{(hint|value|field|allowed|max|min|length|expected|actual)\}/);
    }
  }
}

describe.each(INPUTS)('the $name validator', ({ validate, valid }) => {
  it('totality: never throws for any JavaScript value', () => {
    fc.assert(
      fc.property(fc.anything({ withBigInt: true, withMap: true, withSet: true, withTypedArray: true, withSparseArray: true }), (value) => {
        const checked = validate(value);
        expectWellFormed(checked.problems);
      }),
      { numRuns: 150 },
    );
  });

  it('totality: a revoked proxy, a proxy whose traps throw, a throwing getter or a deep or huge value anywhere gives problems, never a throw', () => {
    fc.assert(
      fc.property(valid, hostileArb, fc.nat(), (input, make, pick) => {
        const copy = clone(input);
        const all = places(copy);
        const place = all[pick % all.length]!;
        const planted = place.set(copy, make());
        const checked = validate(planted);
        expectWellFormed(checked.problems);
      }),
      { numRuns: 120 },
    );
  });

  it('immutability: a deep-frozen valid input validates and is left exactly as it was', () => {
    fc.assert(
      fc.property(valid, (input) => {
        const before = JSON.stringify(input);
        const frozen = deepFreeze(clone(input));
        const checked = validate(frozen);
        expect(checked.ok, JSON.stringify(checked.problems.slice(0, 3))).toBe(true);
        expect(JSON.stringify(frozen)).toBe(before);
        // The output shares nothing mutable with the input.
        if (checked.ok && typeof checked.value === 'object' && checked.value !== null) expect(checked.value).not.toBe(frozen);
      }),
      { numRuns: 40 },
    );
  });

  it('locality: a single corruption of a valid input (a value of the wrong type) is reported at its path, and it is the only error', () => {
    fc.assert(
      fc.property(valid, fc.nat(), (input, pick) => {
        const copy = clone(input);
        // Not a null: where null is allowed (`indicator: null`) an object is a text, not a wrong type.
        const leaves = places(copy).filter((p) => p.path !== '' && typeof p.value !== 'object');
        fc.pre(leaves.length > 0);
        const place = leaves[pick % leaves.length]!;
        // An object where a string, number or boolean belongs; `[]` where an object's leaf is.
        const corrupt = place.set(copy, typeof place.value === 'boolean' ? 'yes' : { wrong: true });
        const errors = validate(corrupt).problems.filter((p) => p.severity === 'error');
        expect(errors.map((p) => [p.code, p.path])).toEqual([['wrong-type', place.path]]);
      }),
      { numRuns: 150 },
    );
  });
});
