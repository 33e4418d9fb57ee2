/**
 * Calendar arithmetic on ISO dates without the clock or the machine's time zone: a date is a count
 * of days since 1970-01-01 in the proleptic Gregorian calendar (H. Hinnant's civil algorithms).
 */

/** Tells whether `text` is a real calendar date written `YYYY-MM-DD`. */
export function isIsoDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  return mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

function daysInMonth(y: number, m: number): number {
  return m === 2 ? (isLeap(y) ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31;
}

/** Days since 1970-01-01 of a valid ISO date. */
export function toDayNumber(iso: string): number {
  const y0 = Number(iso.slice(0, 4));
  const m = Number(iso.slice(5, 7));
  const d = Number(iso.slice(8, 10));
  const y = m <= 2 ? y0 - 1 : y0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The ISO date of a day number. */
export function fromDayNumber(days: number): string {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp + (mp < 10 ? 3 : -9);
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * Adds days to an ISO date.
 * @param iso - a valid `YYYY-MM-DD` date
 * @param days - whole days, may be negative
 * @returns the resulting ISO date
 * @example
 * addDays('2026-03-31', 90) // '2026-06-29'
 */
export function addDays(iso: string, days: number): string {
  return fromDayNumber(toDayNumber(iso) + days);
}

/**
 * Completed years from one date to a later one, counted by anniversaries (a holder who took the
 * post on 2021-03-15 has completed 5 years on 2026-03-15, and 4 on 2026-03-14).
 * @param from - a valid ISO date
 * @param to - a valid ISO date, not before `from`
 * @returns the whole years completed (0 when `to` is before the first anniversary)
 * @example
 * completedYears('2021-03-15', '2026-03-14') // 4
 */
export function completedYears(from: string, to: string): number {
  const years = Number(to.slice(0, 4)) - Number(from.slice(0, 4));
  return Math.max(0, to.slice(5) < from.slice(5) ? years - 1 : years);
}

/**
 * Adds whole years to an ISO date; 29 February becomes 28 February in a common year.
 * @param iso - a valid `YYYY-MM-DD` date
 * @param years - whole years, may be negative
 * @returns the resulting ISO date
 * @example
 * addYears('2024-02-29', 1) // '2025-02-28'
 */
export function addYears(iso: string, years: number): string {
  const y = Number(iso.slice(0, 4)) + years;
  const md = iso.slice(5);
  const out = `${String(y).padStart(4, '0')}-${md}`;
  return isIsoDate(out) ? out : `${String(y).padStart(4, '0')}-02-28`;
}
