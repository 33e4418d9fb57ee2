import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../src/i18n/locale.js';
import { PROBLEM_CODES, PROBLEM_MESSAGES, type ProblemCode } from '../../src/validate/messages.js';

const placeholders = (s: string): string[] => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();

describe('one problem vocabulary (PROBLEM_MESSAGES)', () => {
  it('every problem code has its message in zh-CN, zh-TW and en, with the same placeholders', () => {
    expect(PROBLEM_CODES.length).toBeGreaterThan(40);
    for (const code of PROBLEM_CODES) {
      const text = PROBLEM_MESSAGES[code];
      expect(Object.keys(text).sort()).toEqual([...LOCALES].sort());
      for (const locale of LOCALES) expect(text[locale].trim().length, `${code} ${locale}`).toBeGreaterThan(3);
      expect(placeholders(text['zh-TW']), code).toEqual(placeholders(text['zh-CN']));
      expect(placeholders(text.en), code).toEqual(placeholders(text['zh-CN']));
    }
  });

  it('codes are stable kebab-case, listed once, and the old second spellings are gone', () => {
    for (const code of PROBLEM_CODES) expect(code).toMatch(/^[a-z]+(-[a-z]+)*$/);
    expect(new Set(PROBLEM_CODES).size).toBe(PROBLEM_CODES.length);
    for (const old of ['required', 'unknown-key', 'not-an-array', 'unknown-method', 'invalid-condition', 'too-few', 'bad-phase', 'bad-years']) {
      expect(PROBLEM_CODES as readonly string[]).not.toContain(old);
    }
  });

  it('ProblemCode is the literal union of the list', () => {
    const code: ProblemCode = 'missing-field';
    expect(PROBLEM_CODES).toContain(code);
    // @ts-expect-error a code outside the list is not a ProblemCode
    const wrong: ProblemCode = 'required';
    expect(PROBLEM_CODES as readonly string[]).not.toContain(wrong);
  });
});
