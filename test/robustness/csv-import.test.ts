/**
 * Issue 7, point 4, for the CSV import: a sheet as an office suite, a careless editor or an
 * attacker leaves it never makes `importCsv` throw; only problems come back, each located by row.
 * Line ends, a BOM, column order and the language of the headers do not change what is read.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { catalogSource } from '../../src/catalog/build.js';
import { LOCALES } from '../../src/i18n/locale.js';
import type { OrganizationDocument } from '../../src/model/document.js';
import { CSV_COLUMNS } from '../../src/render/csv-columns.js';
import { importCsv } from '../../src/read/csv-import.js';
import { parseCsvRecords } from '../../src/read/csv-parse.js';
import { renderCsv } from '../../src/render/csv.js';
import { validateDocument } from '../../src/validate/document.js';
import type { Checked } from '../../src/validate/problem.js';
import { checkedValue, encodeCsv, encodeRow, example, exampleSliceArb, expectWellFormed, oddTextArb } from './support.js';

/** A sheet exported from a slice of an example, in any locale, as rows of raw cells. */
const sheetArb = fc.tuple(exampleSliceArb, fc.constantFrom(...LOCALES)).map(([{ doc }, locale]) => {
  const csv = renderCsv(catalogSource(checkedValue(validateDocument(doc))), { locale });
  const rows = [...parseCsvRecords(csv, [])].map((r) => [...r.cells]);
  return { csv, rows };
});

const EOLS = ['\r\n', '\n', '\r'] as const;

/** Rows written with a chosen line end after each (line breaks inside quoted cells stay as they are). */
function withLineEnds(rows: readonly (readonly string[])[], eols: readonly number[], bom: boolean): string {
  return (bom ? '\uFEFF' : '') + rows.map((row, i) => encodeRow(row) + EOLS[eols[i % eols.length]! % EOLS.length]).join('');
}

/** The same result: ok and value, and the problems by severity, code and path. */
function summary(result: Checked<OrganizationDocument>): unknown {
  return { ok: result.ok, value: result.ok ? result.value : undefined, problems: result.problems.map((p) => `${p.severity} ${p.code} ${p.path}`) };
}

/** What every import must give: problems located by row (or the whole sheet), and a valid document when ok. */
function expectSoundImport(text: string): Checked<OrganizationDocument> {
  const result = importCsv(text);
  expectWellFormed(result.problems);
  for (const p of result.problems) expect(p.path).toMatch(/^(row \d+(, column .*)?)?$/s);
  if (result.ok) {
    // The value is what the document validator accepts, unchanged by validating it again.
    const again = validateDocument(result.value);
    expect(again.ok).toBe(true);
    expect(again.ok && again.value).toEqual(result.value);
  } else {
    expect(result.problems.some((p) => p.severity === 'error')).toBe(true);
  }
  return result;
}

/** Damage done to a sheet's text. */
type Damage =
  | { readonly kind: 'truncate'; readonly at: number }
  | { readonly kind: 'insert'; readonly at: number; readonly text: string }
  | { readonly kind: 'delete'; readonly at: number; readonly length: number }
  | { readonly kind: 'drop-quote'; readonly at: number };

const damageArb: fc.Arbitrary<Damage> = fc.oneof(
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    text: fc.oneof(fc.constantFrom('\u0000', '\uD800', '\uDC00', '"', '""', ',', '\r', '\n', '\r\n', '\uFEFF', "'", '|', '\\'), oddTextArb),
  }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ kind: fc.constant('drop-quote' as const), at: fc.nat() }),
);

function damage(text: string, damages: readonly Damage[]): string {
  let t = text;
  for (const d of damages) {
    const at = d.at % (t.length + 1);
    if (d.kind === 'truncate') t = t.slice(0, at);
    else if (d.kind === 'insert') t = t.slice(0, at) + d.text + t.slice(at);
    else if (d.kind === 'delete') t = t.slice(0, at) + t.slice(at + d.length);
    else {
      const quotes = [...t.matchAll(/"/g)].map((m) => m.index);
      const q = quotes[d.at % Math.max(1, quotes.length)];
      if (q !== undefined) t = t.slice(0, q) + t.slice(q + 1);
    }
  }
  return t;
}

describe('hostile input: CSV import', () => {
  it('line ends and BOM do not matter: CRLF, LF, CR or any mix, with or without a BOM, read the same', () => {
    fc.assert(
      fc.property(sheetArb, fc.array(fc.nat({ max: 2 }), { minLength: 1, maxLength: 8 }), fc.boolean(), ({ csv, rows }, eols, bom) => {
        const original = expectSoundImport(csv);
        expect(original.ok).toBe(true);
        expect(summary(expectSoundImport(withLineEnds(rows, eols, bom)))).toEqual(summary(original));
      }),
      { numRuns: 60 },
    );
  });

  it('column order and header language do not matter: shuffled columns with headers in any locale or as keys read the same', () => {
    const byHeader = new Map<string, (typeof CSV_COLUMNS)[number]>();
    for (const c of CSV_COLUMNS) for (const h of Object.values(c.header)) byHeader.set(h, c);
    fc.assert(
      fc.property(sheetArb, fc.infiniteStream(fc.nat()), ({ csv, rows }, choices) => {
        const width = rows[0]!.length;
        const order = [...Array(width).keys()].map((i) => ({ i, key: choices.next().value as number }));
        order.sort((a, b) => a.key - b.key || a.i - b.i);
        const shuffled = rows.map((r, row) =>
          order.map(({ i }) => {
            if (row > 0) return r[i]!;
            const column = byHeader.get(r[i]!)!;
            const spellings = [...Object.values(column.header), column.key];
            return spellings[(choices.next().value as number) % spellings.length]!;
          }),
        );
        const result = expectSoundImport(encodeCsv(shuffled));
        expect(result.problems).toEqual([]);
        expect(result.ok && result.value).toEqual(checkedValue(importCsv(csv)));
      }),
      { numRuns: 40 },
    );
  });

  it('never throws: a damaged sheet (truncated, cut, NUL bytes, lone surrogates, stray or missing quotes) gives problems by row, or a valid document', () => {
    let refused = 0;
    fc.assert(
      fc.property(sheetArb, fc.array(damageArb, { minLength: 1, maxLength: 4 }), fc.array(fc.nat({ max: 2 }), { minLength: 1, maxLength: 4 }), ({ rows }, damages, eols) => {
        const result = expectSoundImport(damage(withLineEnds(rows, eols, true), damages));
        if (!result.ok) refused++;
      }),
      { numRuns: 200 },
    );
    // Most damage is seen; a sheet that still reads is held to the same checks.
    expect(refused).toBeGreaterThan(0);
  });

  it('never throws: text pieced together from a real sheet (cells, headers, separators, quotes, BOM, NUL, surrogates)', () => {
    fc.assert(
      fc.property(
        sheetArb.chain(({ rows }) => {
          const pieces = [...new Set(rows.flat())].slice(0, 200);
          return fc.array(fc.oneof(fc.constantFrom(...pieces), fc.constantFrom(',', '\r\n', '\n', '\r', '"', '\uFEFF', '\u0000', '\uD83D', "'", '|', ' ')), { maxLength: 200 });
        }),
        (parts) => {
          expectSoundImport(parts.join(''));
        },
      ),
      { numRuns: 150 },
    );
  });

  it('numbers in exponent form read back: a tiny tenure the exporter writes as 5e-324 or 1e-7, and a spreadsheet\'s 1.5E+01', () => {
    for (const tenure of [5e-324, 1e-7, 2.5e-10]) {
      const doc = checkedValue(validateDocument({ posts: [{ id: 'p', name: '出纳', department: '财务科', rank: 'staff', tenureYears: tenure, powers: [] }] }));
      const csv = renderCsv(catalogSource(doc));
      expect(csv).toContain(String(tenure));
      const back = importCsv(csv);
      expect(back.problems).toEqual([]);
      expect(back.ok && back.value).toEqual(doc);
    }
    const rows = [...parseCsvRecords(renderCsv(catalogSource(checkedValue(validateDocument(example('university'))))), [])].map((r) => [...r.cells]);
    const tenure = CSV_COLUMNS.findIndex((c) => c.key === 'post.tenureYears');
    for (const row of rows.slice(1)) if (row[tenure] !== '') row[tenure] = '1.5E+01';
    const read = importCsv(encodeCsv(rows));
    expect(read.ok && read.value.posts.every((p) => p.tenureYears === 15)).toBe(true);
  });

  it('a huge cell is never copied whole into a problem: headers and values are quoted cut short, as the document validator does', () => {
    const huge = '岗'.repeat(1_000_000);
    const rows = [...parseCsvRecords(renderCsv(catalogSource(checkedValue(validateDocument(example('university'))))), [])].map((r) => [...r.cells]);
    const column = (key: string): number => CSV_COLUMNS.findIndex((c) => c.key === key);
    const sheet = rows.map((r) => [...r, huge]); // an unknown column named by a huge header
    sheet[0]![sheet[0]!.length - 1] = `${huge}x`;
    sheet[1]![column('post.rank')] = huge; // an unknown value
    sheet[2]![column('riskPoint.id')] = huge; // …twice: a duplicate risk point
    sheet[3]![column('riskPoint.id')] = huge;
    sheet[4]![column('post.tenureYears')] = huge; // not a number
    sheet[1]![column('post.name')] = huge; // the first name of the post, which the next row contradicts
    sheet[2]![column('post.name')] = 'x';
    const result = importCsv(encodeCsv(sheet));
    expect(new Set(result.problems.map((p) => p.code))).toEqual(new Set(['csv-unknown-column', 'csv-invalid-value', 'csv-duplicate-risk-point', 'csv-invalid-number', 'csv-conflicting-value']));
    for (const p of result.problems) {
      expect(p.path.length, p.code).toBeLessThan(200);
      for (const locale of LOCALES) expect(p.message[locale].length, p.code).toBeLessThan(2000);
      for (const v of Object.values(p.params)) if (typeof v === 'string') expect(v.length, p.code).toBeLessThan(200);
    }
  });

  it('a published 一览表 with a huge title, header, post and power never copies them whole into a problem (fast-check seed 2040407974 found the header)', () => {
    const huge = '岗'.repeat(100_000);
    const sheet = [
      [`某县${huge}岗位廉政风险防控一览表`],
      ['序号', '科室', '岗位名称', '权力事项', '风险点', '风险等级', '防控措施', `${huge}x`],
      ['1', '办公室', `${huge}主任`, `${huge}审批`, '违规审批，收受好处', '一级', '1.集体研究；2.结果公示', ''],
      ['2', '', '', '', '未按规定公示结果', '二级', '1.结果公示', ''],
    ];
    const result = importCsv(encodeCsv(sheet));
    const codes = new Set(result.problems.map((p) => p.code));
    // The huge cells reach the messages that quote them: the unknown column, the inferred rank and category.
    for (const code of ['csv-unknown-column', 'published-rank-inferred', 'published-category-inferred']) expect(codes, code).toContain(code);
    expectWellFormed(result.problems);
    for (const p of result.problems) {
      for (const locale of LOCALES) expect(p.message[locale].length, p.code).toBeLessThan(1000);
      for (const v of Object.values(p.params)) if (typeof v === 'string') expect(v.length, p.code).toBeLessThan(200);
    }
  });

  it('rows repeated, dropped or shifted by a cell: problems by row, never a throw', () => {
    fc.assert(
      fc.property(sheetArb, fc.nat(), fc.nat(), fc.constantFrom('repeat', 'drop', 'shift', 'empty'), ({ rows }, r, c, kind) => {
        const sheet = rows.map((row) => [...row]);
        const at = 1 + (r % Math.max(1, sheet.length - 1));
        const row = sheet[at];
        if (row === undefined) return;
        if (kind === 'repeat') sheet.splice(at, 0, [...row]);
        else if (kind === 'drop') sheet.splice(at, 1);
        else if (kind === 'shift') row.splice(c % row.length, 0, '');
        else sheet[at] = row.map(() => '');
        const result = expectSoundImport(encodeCsv(sheet));
        // A repeated risk point is always caught.
        if (kind === 'repeat' && row[CSV_COLUMNS.findIndex((col) => col.key === 'riskPoint.id')] !== '') expect(result.ok).toBe(false);
      }),
      { numRuns: 80 },
    );
  });
});
