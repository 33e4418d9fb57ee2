import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatCompact, formatFixed, round1 } from '../../src/scoring/format.js';

describe('number formatting', () => {
  it('formats with fixed decimals, half away from zero, without locale', () => {
    expect(formatFixed(7, 1)).toBe('7.0');
    expect(formatFixed(62.45, 1)).toBe('62.5');
    expect(formatFixed(0.04, 1)).toBe('0.0');
    expect(formatFixed(-0.04, 1)).toBe('0.0');
    expect(formatFixed(-1.25, 1)).toBe('-1.3');
    expect(formatFixed(1234567.891, 2)).toBe('1234567.89');
    expect(formatFixed(3.6, 0)).toBe('4');
    expect(formatCompact(3)).toBe('3');
    expect(formatCompact(2.5)).toBe('2.5');
    expect(formatCompact(3.647059)).toBe('3.65');
    expect(formatCompact(100)).toBe('100');
    expect(formatCompact(0.1)).toBe('0.1');
    expect(round1(66.17647)).toBe(66.2);
  });

  it('formatFixed agrees with the value it prints (round trip within half a unit)', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.integer({ min: 0, max: 3 }), (x, d) => {
        const s = formatFixed(x, d);
        expect(s).toMatch(d === 0 ? /^-?\d+$/ : new RegExp(`^-?\\d+\\.\\d{${d}}$`));
        expect(Math.abs(Number(s) - x)).toBeLessThanOrEqual(0.5 * 10 ** -d + 1e-6);
      }),
      { numRuns: 200 },
    );
  });
});
