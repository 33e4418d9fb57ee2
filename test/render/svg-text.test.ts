import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { coord, fixed, neutralTwin, textWidthEm, wrapText } from '../../src/render/svg-text.js';

describe('fixed', () => {
  it('formats with a fixed count of decimals, without exponents or locale', () => {
    expect(fixed(82.46, 1)).toBe('82.5');
    expect(fixed(3, 2)).toBe('3.00');
    expect(fixed(0.05, 1)).toBe('0.1');
    expect(fixed(-0.04, 1)).toBe('0.0');
    expect(fixed(-12.345, 2)).toBe('-12.35');
    expect(fixed(1e21, 0)).toBe('1000000000000000000000');
    expect(fixed(123456789, 0)).toBe('123456789');
    expect(fixed(Number.NaN, 1)).toBe('0.0');
    expect(coord(12.0)).toBe('12');
    expect(coord(12.25)).toBe('12.3');
  });

  it('agrees with the number it formats: parsing the text gives the value within half a unit', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e9, max: 1e9, noNaN: true }), fc.integer({ min: 0, max: 4 }), (v, d) => {
        const s = fixed(v, d);
        expect(s).toMatch(d === 0 ? /^-?\d+$/ : new RegExp(`^-?\\d+\\.\\d{${d}}$`));
        expect(Math.abs(Number(s) - v)).toBeLessThanOrEqual(0.5 * 10 ** -d + Math.abs(v) * 1e-12);
      }),
      { numRuns: 200 },
    );
  });
});

describe('wrapText', () => {
  it('splits CJK between characters and Latin at spaces', () => {
    expect(wrapText('廉政风险防控', 3)).toEqual(['廉政风', '险防控']);
    expect(wrapText('risk control chart', 4)).toEqual(['risk', 'control', 'chart']);
    expect(wrapText('第一行\n第二行', 10)).toEqual(['第一行', '第二行']);
    expect(wrapText('', 5)).toEqual(['']);
  });

  it('cuts at maxLines with an ellipsis', () => {
    const lines = wrapText('廉政风险防控'.repeat(5), 4, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]?.endsWith('…')).toBe(true);
  });

  it('no line is wider than the limit unless it is a single character, and no text is lost', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), fc.integer({ min: 1, max: 20 }), (s, max) => {
        const lines = wrapText(s, max);
        for (const line of lines) if (Array.from(line).length > 1) expect(textWidthEm(line)).toBeLessThanOrEqual(max + 1e-9);
        expect(lines.join('').replace(/\s/g, '')).toBe(s.replace(/\s/g, ''));
      }),
      { numRuns: 200 },
    );
  });

  it('neutral twin: breaks exactly like the original, and is its own twin', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 4 }), (s, max, lines) => {
        const twin = neutralTwin(s);
        expect(neutralTwin(twin)).toBe(twin);
        expect(wrapText(twin, max, lines).map((l) => Array.from(l).length)).toEqual(wrapText(s, max, lines).map((l) => Array.from(l).length));
      }),
      { numRuns: 200 },
    );
  });
});
