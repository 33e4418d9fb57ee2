import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addDays, fromDayNumber, isIsoDate, toDayNumber } from '../../src/model/dates.js';
import { DEFAULT_WARNING_SETTINGS, earlyWarning } from '../../src/catalog/warnings.js';

describe('ISO dates', () => {
  it('knows real calendar dates', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2025-02-29')).toBe(false);
    expect(isIsoDate('2000-02-29')).toBe(true);
    expect(isIsoDate('1900-02-29')).toBe(false);
    expect(isIsoDate('2026-04-31')).toBe(false);
    expect(isIsoDate('2026-4-30')).toBe(false);
  });

  it('counts days like the calendar', () => {
    expect(toDayNumber('1970-01-01')).toBe(0);
    expect(addDays('2026-03-31', 90)).toBe('2026-06-29');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2026-03-31', 360)).toBe('2027-03-26');
  });

  it('round trip: a day number survives conversion to a date and back', () => {
    fc.assert(
      fc.property(fc.integer({ min: -719468, max: 2_932_896 }), (n) => {
        const iso = fromDayNumber(n);
        expect(isIsoDate(iso)).toBe(true);
        expect(toDayNumber(iso)).toBe(n);
      }),
    );
  });
});

describe('early warning', () => {
  it('without aggravating signals follows the level: red/yellow/blue, owned by the tier above the post, with cycles', () => {
    expect(earlyWarning('high', '2026-03-31', DEFAULT_WARNING_SETTINGS, 'deputy')).toEqual({
      tier: 'red',
      owner: 'principal-leader',
      reviewCycleDays: 90,
      signals: [],
      nextReviewOn: '2026-06-29',
    });
    expect(earlyWarning('medium', undefined, DEFAULT_WARNING_SETTINGS, 'middle')).toEqual({ tier: 'yellow', owner: 'leader-in-charge', reviewCycleDays: 180, signals: [] });
    expect(earlyWarning('low', '2026-01-01').tier).toBe('blue');
  });

  it('takes configured cycles', () => {
    const settings = { ...DEFAULT_WARNING_SETTINGS, reviewCycleDays: { high: 30, medium: 60, low: 120 } };
    expect(earlyWarning('high', '2026-01-01', settings).nextReviewOn).toBe('2026-01-31');
  });
});
