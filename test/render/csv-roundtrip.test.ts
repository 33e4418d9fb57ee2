/**
 * Issue 19, point 1: nothing is lost through a spreadsheet. A document's ids and texts survive
 * export → CSV → a spreadsheet that opens and saves it → import, exactly; what would not survive
 * (an id with white space at an end) is refused by the validator up front.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { LOCALES } from '../../src/i18n/locale.js';
import type { OrganizationDocument } from '../../src/model/document.js';
import { POWER_CATEGORIES, RANKS, RISK_CATEGORIES } from '../../src/model/enums.js';
import { neutralizeCell, spreadsheetAltersText } from '../../src/render/csv-columns.js';
import { importCsv } from '../../src/read/csv-import.js';
import { parseCsvRecords } from '../../src/read/csv-parse.js';
import { CSV_BOM, CSV_EOL, renderCsv } from '../../src/render/csv.js';
import { validateDocument } from '../../src/validate/document.js';
import { catalogFromDocument } from '../support/catalog-from-document.js';

/**
 * What Excel or LibreOffice does to one cell of a CSV it opens and saves again (General format):
 * a cell it reads as a number (grouping commas, a fraction, an exponent, white space around) is
 * saved as the number is shown: at most 11 characters, else in exponent form; text is kept.
 * Independent of the exporter's guard: written from how the spreadsheets behave.
 */
function spreadsheetCell(cell: string): string {
  const core = cell.trim();
  if (!/\d/.test(core) || !/^[+-]?(?:\d{1,3}(?:,\d{3})+|\d*)(?:\.\d*)?(?:[eE][+-]?\d+)?$/.test(core)) return cell;
  const n = Number(core.replace(/,/g, ''));
  const plain = String(n);
  if (plain.length <= 11 && !plain.includes('e') && !(n !== 0 && Math.abs(n) < 0.001)) return plain;
  const [mantissa, exponent] = n.toExponential(5).split('e') as [string, string];
  const sign = exponent.startsWith('-') ? '-' : '+';
  return `${mantissa.replace(/\.?0+$/, '')}E${sign}${exponent.replace(/^[+-]/, '').padStart(2, '0')}`;
}

/** Opens a CSV as a spreadsheet would, and saves it: every cell through {@link spreadsheetCell}, all quoted. */
function throughSpreadsheet(csv: string): string {
  const records = [...parseCsvRecords(csv, [])];
  const lines = records.map((r, i) =>
    r.cells.map((c) => `"${(i === 0 ? c : spreadsheetCell(c)).replace(/"/g, '""')}"`).join(','),
  );
  return CSV_BOM + lines.join(CSV_EOL) + CSV_EOL;
}

/** Pieces of text a spreadsheet turns into numbers, and white space of every kind. */
const HOSTILE = ['1e5', '1E5', '5E-3', '1,000', '1,000.50', '007', '1.50', '.5', '123456789012', '0.0001', '42', '3.5'];
const SPACES = [' ', '\u3000', '\t', '\u00a0'];
const pieceArb = fc.constantFrom(...HOSTILE, ...SPACES, '岗', '位', 'a', '=', '-', "'", '\n', ',');

/** A text that is not blank: any of the pieces, white space at the ends included. */
const hostileTextArb = fc
  .array(pieceArb, { minLength: 1, maxLength: 4 })
  .map((p) => p.join(''))
  .filter((s) => s.trim() !== '');

/** An id that looks like a number (or holds inner white space), made unique by its counter. */
const idArb = (n: number): fc.Arbitrary<string> =>
  fc.constantFrom(`${n}e5`, `${n}E-3`, `${n},000`, `0${n}`, `${n}.50`, `${n}\u3000号`, `id\t${n}`, `${n}`, `12345678901${n}`, `${n} 1,000`);

const ofTerms = <T extends { readonly id: string }>(terms: readonly T[]) => fc.constantFrom(...terms.map((t) => t.id));

/** A raw document (before validation) whose every id and text is hostile. */
const hostileDocumentArb: fc.Arbitrary<unknown> = fc
  .tuple(
    fc.option(hostileTextArb, { nil: undefined }),
    fc.array(
      fc.tuple(
        hostileTextArb,
        hostileTextArb,
        ofTerms(RANKS),
        fc.array(
          fc.tuple(
            hostileTextArb,
            ofTerms(POWER_CATEGORIES),
            fc.uniqueArray(hostileTextArb, { minLength: 1, maxLength: 3 }),
            fc.array(fc.tuple(hostileTextArb, ofTerms(RISK_CATEGORIES), fc.nat(), fc.integer({ min: 1, max: 5 })), { maxLength: 2 }),
            // The legal basis and the stated responsibilities (step, duty, accountability), each optional.
            fc.option(hostileTextArb, { nil: undefined }),
            fc.option(
              fc.array(fc.tuple(fc.option(fc.nat(), { nil: undefined }), hostileTextArb, fc.option(hostileTextArb, { nil: undefined })), { minLength: 1, maxLength: 2 }),
              { nil: undefined },
            ),
          ),
          { maxLength: 2 },
        ),
      ),
      { minLength: 1, maxLength: 3 },
    ),
    fc.array(fc.nat(), { minLength: 40, maxLength: 40 }),
  )
  .chain(([organization, posts, picks]) => {
    // Ids: one draw per entity, numbered so they are unique.
    let n = 0;
    const ids: fc.Arbitrary<string>[] = [];
    for (const [, , , powers] of posts) {
      ids.push(idArb(n++));
      for (const [, , , rps] of powers) {
        ids.push(idArb(n++));
        for (let k = 0; k < rps.length; k++) ids.push(idArb(n++));
      }
    }
    return fc.tuple(...ids).map((drawn) => {
      let i = 0;
      return {
        ...(organization === undefined ? {} : { organization }),
        posts: posts.map(([name, department, rank, powers], p) => ({
          id: drawn[i++],
          name,
          department,
          rank,
          tenureYears: picks[p]! % 30,
          factors: {},
          powers: powers.map(([powerName, category, steps, rps, legalBasis, responsibilities]) => ({
            id: drawn[i++],
            name: powerName,
            category,
            steps,
            ...(legalBasis === undefined ? {} : { legalBasis }),
            ...(responsibilities === undefined
              ? {}
              : {
                  responsibilities: responsibilities.map(([step, duty, accountability]) => ({
                    ...(step === undefined ? {} : { step: steps[step % steps.length] }),
                    duty,
                    ...(accountability === undefined ? {} : { accountability }),
                  })),
                }),
            riskPoints: rps.map(([description, riskCategory, step, rating]) => ({
              id: drawn[i++],
              description,
              step: steps[step % steps.length],
              riskCategory,
              factors: { harm: rating, likelihood: rating },
            })),
          })),
        })),
      };
    });
  });

describe('round trips that lose nothing', () => {
  it('ids with white space at an end are refused up front, with the trimmed id suggested', () => {
    const doc = {
      posts: [
        {
          id: ' padded-id ',
          name: '出纳',
          department: '财务科',
          rank: 'staff',
          tenureYears: 2,
          factors: {},
          powers: [
            {
              id: '\u3000全角空格id\u3000',
              name: '资金支付',
              category: 'finance',
              steps: ['审核'],
              riskPoints: [{ id: '\tTAB-id', description: '违规支付', step: '审核', riskCategory: 'duty', factors: {} }],
            },
          ],
        },
      ],
    };
    const checked = validateDocument(doc);
    expect(checked.ok).toBe(false);
    const found = checked.problems.map((p) => [p.code, p.path, p.message.en]);
    expect(found).toEqual([
      ['surrounding-space', 'posts[0].id', '" padded-id " begins or ends with white space (a space, a full-width space, a tab…): a spreadsheet round trip drops it and the id changes; remove it, did you mean "padded-id"'],
      ['surrounding-space', 'posts[0].powers[0].id', '"\u3000全角空格id\u3000" begins or ends with white space (a space, a full-width space, a tab…): a spreadsheet round trip drops it and the id changes; remove it, did you mean "全角空格id"'],
      ['surrounding-space', 'posts[0].powers[0].riskPoints[0].id', '"\\tTAB-id" begins or ends with white space (a space, a full-width space, a tab…): a spreadsheet round trip drops it and the id changes; remove it, did you mean "TAB-id"'],
    ]);
    expect(checked.problems[0]!.message['zh-CN']).toContain('首尾有空白字符');
  });

  it('the guard: exponent, thousands-separator and padded number text is kept from being read as a number', () => {
    for (const t of ['1e5', '1E5', '5E-3', '1,000', '1,000.50', '1.50', '007', '.5', ' 12', ' -1e5', '\u30001,000', '123456789012', '0.0001']) {
      expect(spreadsheetAltersText(t), t).toBe(true);
      expect(neutralizeCell(t), t).toBe(`'${t}`);
    }
    for (const t of ['2025', '3.5', '0', '0.5', '12人', '1,2345', 'e5', '1.2.3', '']) {
      expect(spreadsheetAltersText(t), t).toBe(false);
      expect(neutralizeCell(t), t).toBe(t);
    }
  });

  it('the guard covers the spreadsheet: any text a spreadsheet would save differently is guarded', () => {
    fc.assert(
      fc.property(hostileTextArb, (s) => {
        if (spreadsheetCell(s) !== s) expect(spreadsheetAltersText(s) || /^[=+\-@\t\r\n']/.test(s)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('round trip: any valid document whose ids and texts look like numbers or hold white space survives export, a spreadsheet that opens and saves the sheet, and import, exactly', () => {
    fc.assert(
      fc.property(hostileDocumentArb, fc.constantFrom(...LOCALES), (raw, locale) => {
        const checked = validateDocument(raw);
        expect(checked.problems.filter((p) => p.severity === 'error')).toEqual([]);
        if (!checked.ok) return;
        const doc: OrganizationDocument = checked.value;
        const csv = renderCsv(catalogFromDocument(doc), { locale });
        const direct = importCsv(csv);
        expect(direct.problems).toEqual([]);
        expect(direct.ok && direct.value).toEqual(doc);
        const saved = importCsv(throughSpreadsheet(csv));
        expect(saved.problems).toEqual([]);
        expect(saved.ok && saved.value).toEqual(doc);
      }),
      { numRuns: 120 },
    );
  });

  it('the spreadsheet model is not a no-op: unguarded, such a document would come back changed', () => {
    expect(spreadsheetCell('1e5')).toBe('100000');
    expect(spreadsheetCell('5E-3')).toBe('0.005');
    expect(spreadsheetCell('1,000')).toBe('1000');
    expect(spreadsheetCell('123456789012')).toBe('1.23457E+11');
    expect(spreadsheetCell("'1e5")).toBe("'1e5");
    expect(spreadsheetCell('2025')).toBe('2025');
  });
});
