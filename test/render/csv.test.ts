import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { LOCALES } from '../../src/i18n/locale.js';
import { POWER_CATEGORIES, RANKS, RISK_CATEGORIES } from '../../src/model/enums.js';
import type { CatalogSource } from '../../src/catalog/types.js';
import { CSV_COLUMNS, decodeList, encodeList, neutralizeCell, unneutralizeCell } from '../../src/render/csv-columns.js';
import { parseCsvChunks, parseCsvRecords, type CsvSyntaxIssue } from '../../src/read/csv-parse.js';
import { renderCsv, renderCsvChunks } from '../../src/render/csv.js';
import { importCsv } from '../../src/read/csv-import.js';
import { sampleCatalog } from '../fixtures/sample-catalog.js';
import { catalogFromDocument } from '../support/catalog-from-document.js';
import { documentArb, textArb } from '../support/arbitraries.js';

const rawCells = (csv: string): string[][] => [...parseCsvRecords(csv, [])].map((r) => [...r.cells]);
const localeArb = fc.constantFrom(...LOCALES);

describe('CSV export', () => {
  it('writes a BOM, CRLF line ends and one row per risk point, power without risk points or post without powers', () => {
    const csv = renderCsv(sampleCatalog);
    expect(csv.startsWith('\uFEFF岗位') || csv.startsWith('\uFEFF单位')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    const issues: never[] = [];
    const records = [...parseCsvRecords(csv, issues)];
    expect(issues).toEqual([]);
    // header + 4 risk points + 1 power without risk points
    expect(records).toHaveLength(6);
    for (const r of records) expect(r.cells).toHaveLength(CSV_COLUMNS.length);
    // every line end outside quoted cells is CRLF
    expect(csv.replace(/"(?:[^"]|"")*"/g, '').replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('writes localized labels for vocabularies and leaves numbers alone', () => {
    const csv = renderCsv(sampleCatalog, { locale: 'zh-TW' });
    const [header, first] = rawCells(csv);
    const col = (key: string) => first![CSV_COLUMNS.findIndex((c) => c.key === key)];
    expect(header![CSV_COLUMNS.findIndex((c) => c.key === 'post.name')]).toBe('崗位名稱');
    expect(col('power.category')).toBe('財務資金');
    expect(col('post.rank')).toBe('中層');
    expect(col('power.majorMatter')).toBe('是');
    expect(col('post.tenureYears')).toBe('6');
    expect(col('score')).toBe('82.5');
    expect(col('power.steps')).toBe('受理|审核|审批|支付');
  });

  it('streaming: the streamed chunks equal the whole-string output byte for byte', () => {
    for (const locale of LOCALES) {
      expect([...renderCsvChunks(sampleCatalog, { locale })].join('')).toBe(renderCsv(sampleCatalog, { locale }));
    }
  });

  it('streaming: a source whose posts is a one-shot generator works, one chunk per post', () => {
    function* once() {
      yield* sampleCatalog.posts;
    }
    const source: CatalogSource = { ...sampleCatalog, posts: once() };
    const chunks = [...renderCsvChunks(source)];
    expect(chunks).toHaveLength(1 + sampleCatalog.posts.length);
    expect(chunks.join('')).toBe(renderCsv(sampleCatalog));
  });

  it('injection: no cell begins with a formula character unless it is a number', () => {
    fc.assert(
      fc.property(documentArb, localeArb, (doc, locale) => {
        for (const cells of rawCells(renderCsv(catalogFromDocument(doc), { locale }))) {
          for (const cell of cells) {
            if (/^[=+\-@\t\r\n]/.test(cell)) expect(cell).toMatch(/^-?\d+(\.\d+)?$/);
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  it('injection: the sample fixture\'s formula and markup starters are neutralised', () => {
    const csv = renderCsv(sampleCatalog);
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"") <script>`);
    expect(csv).toContain(`"'+cmd|' /C calc'!A0"`);
    expect(csv).toContain(`"'@SUM(1+1) 选择性执法"`);
  });
});

describe('CSV cell encoding', () => {
  it('neutralisation: import undoes it exactly for every string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        expect(unneutralizeCell(neutralizeCell(s))).toBe(s);
        expect(neutralizeCell(s)).not.toMatch(/^[=+\-@\t\r\n]/);
      }),
      { numRuns: 200 },
    );
    expect(neutralizeCell("'x")).toBe("''x");
    expect(neutralizeCell('0012')).toBe("'0012");
    expect(neutralizeCell('12345678901234567')).toBe("'12345678901234567");
    expect(neutralizeCell('123')).toBe('123');
  });

  it('list round trip: any items survive encodeList then decodeList', () => {
    const item = fc.string({ unit: fc.constantFrom('a', '审', '|', '\\', ' ', '\t', '\n', '😀', "'", '='), minLength: 1 });
    fc.assert(
      fc.property(fc.array(item, { minLength: 1, maxLength: 5 }), (items) => {
        expect(decodeList(encodeList(items))).toEqual(items);
      }),
      { numRuns: 200 },
    );
    expect(decodeList('受理 | 审查 |决定')).toEqual(['受理', '审查', '决定']);
    expect(decodeList('')).toEqual([]);
  });
});

describe('CSV tokenizer', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks; CRLF, LF, CR and a BOM', () => {
    const issues: never[] = [];
    const records = [...parseCsvRecords('\uFEFFa,"b,""c""\r\nd"\r\ne,\nf\rg,', issues)];
    expect(records.map((r) => r.cells)).toEqual([['a', 'b,"c"\r\nd'], ['e', ''], ['f'], ['g', '']]);
    expect(records.map((r) => r.row)).toEqual([1, 2, 3, 4]);
    expect(issues).toEqual([]);
  });

  it('reports an unterminated quote and stray quotes without throwing', () => {
    const issues: CsvSyntaxIssue[] = [];
    const records = [...parseCsvRecords('a,b"c\r\n"x"y,"open\r\nrest', issues)];
    expect(records.map((r) => r.cells)).toEqual([['a', 'b"c'], ['xy', 'open\r\nrest']]);
    expect(issues).toEqual([
      { kind: 'stray-quote', row: 1, column: 2 },
      { kind: 'stray-quote', row: 2, column: 1 },
      { kind: 'unterminated-quote', row: 2, column: 2 },
    ]);
  });

  it('pieces: text split anywhere gives the same records and issues as the whole text', () => {
    const csvish = fc
      .array(fc.constantFrom('a', 'b', '中', ',', '"', '""', '\r', '\n', '\r\n', ' ', '\uFEFF'), { maxLength: 60 })
      .map((xs) => xs.join(''));
    fc.assert(
      fc.property(csvish, fc.array(fc.nat(), { maxLength: 8 }), (text, cuts) => {
        const at = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((x, y) => x - y);
        const pieces: string[] = [];
        let from = 0;
        for (const c of at) {
          pieces.push(text.slice(from, c));
          from = c;
        }
        pieces.push(text.slice(from));
        const whole: CsvSyntaxIssue[] = [];
        const split: CsvSyntaxIssue[] = [];
        expect([...parseCsvChunks(pieces, split)]).toEqual([...parseCsvRecords(text, whole)]);
        expect(split).toEqual(whole);
      }),
      { numRuns: 2000 },
    );
  });

  it('pieces: one character at a time, and a quote never closed over many pieces, read in linear time', () => {
    const text = '\uFEFFa,"b,""c""\r\nd"\r\ne,\nf\rg,';
    expect([...parseCsvChunks([...text], [])]).toEqual([...parseCsvRecords(text, [])]);
    const issues: CsvSyntaxIssue[] = [];
    const open = ['x,"', ...Array.from({ length: 20_000 }, () => 'y'.repeat(50))];
    const records = [...parseCsvChunks(open, issues)];
    expect(records).toHaveLength(1);
    expect(records[0]!.cells[1]).toHaveLength(1_000_000);
    expect(issues).toEqual([{ kind: 'unterminated-quote', row: 1, column: 2 }]);
  });
});

describe('CSV layout data', () => {
  it('headers are unique across every column, locale and key, so import can recognize any of them', () => {
    const seen = new Map<string, string>();
    for (const c of CSV_COLUMNS) {
      for (const h of [c.key, ...Object.values(c.header)]) {
        const k = h.normalize('NFKC').trim().toLowerCase();
        const prior = seen.get(k);
        if (prior !== undefined) expect(prior, h).toBe(c.key);
        seen.set(k, c.key);
      }
    }
  });

  it('vocabulary labels are unambiguous across locales', () => {
    for (const table of [RANKS, POWER_CATEGORIES, RISK_CATEGORIES]) {
      const seen = new Map<string, string>();
      for (const t of table) {
        for (const l of [t.id, ...Object.values(t.label)]) {
          const prior = seen.get(l.toLowerCase());
          if (prior !== undefined) expect(prior).toBe(t.id);
          seen.set(l.toLowerCase(), t.id);
        }
      }
    }
  });
});

describe('CSV import', () => {
  it('round trip: export a document to CSV and import it back: every post, power, risk point, rating and text identical', () => {
    fc.assert(
      fc.property(documentArb, localeArb, (doc, locale) => {
        const result = importCsv(renderCsv(catalogFromDocument(doc), { locale }));
        expect(result.problems).toEqual([]);
        expect(result.ok && result.value).toEqual(doc);
      }),
      { numRuns: 150 },
    );
  });

  it('pieces: the exporter\'s chunks, or the text cut anywhere, import to exactly what the whole text imports to', () => {
    fc.assert(
      fc.property(documentArb, localeArb, fc.array(fc.nat(), { maxLength: 6 }), (doc, locale, cuts) => {
        const catalog = catalogFromDocument(doc);
        const whole = importCsv(renderCsv(catalog, { locale }));
        expect(importCsv(renderCsvChunks(catalog, { locale }))).toEqual(whole);
        const text = renderCsv(catalog, { locale });
        const at = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((x, y) => x - y);
        const pieces = [...at, text.length].map((c, k) => text.slice(k === 0 ? 0 : at[k - 1], c));
        expect(importCsv(pieces)).toEqual(whole);
      }),
      { numRuns: 60 },
    );
  });

  it('pieces that are not all strings, or an iterator that throws, are not text: one problem, no partial document', () => {
    const text = renderCsv(sampleCatalog, { locale: 'en' });
    const notText = [{ severity: 'error', code: 'csv-not-text', path: '' }];
    const pick = (r: ReturnType<typeof importCsv>) => ({ ok: r.ok, problems: r.problems.map((p) => ({ severity: p.severity, code: p.code, path: p.path })) });
    expect(pick(importCsv([text.slice(0, 500), 42 as unknown as string, text.slice(500)]))).toEqual({ ok: false, problems: notText });
    function* throwing(): Generator<string> {
      yield text.slice(0, 500);
      throw new Error('disk gone');
    }
    expect(pick(importCsv(throwing()))).toEqual({ ok: false, problems: notText });
    expect(pick(importCsv(42 as unknown as string))).toEqual({ ok: false, problems: notText });
  });

  it('round trip of the sample fixture, whose texts hold quotes, pipes, markup, formula starters and emoji', () => {
    const result = importCsv(renderCsv(sampleCatalog, { locale: 'en' }));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.organization).toBe(sampleCatalog.organization);
    const rps = result.value.posts.flatMap((p) => p.powers.flatMap((w) => w.riskPoints));
    const expected = sampleCatalog.posts.flatMap((p) => p.powers.flatMap((w) => w.riskPoints));
    expect(rps.map((r) => r.description)).toEqual(expected.map((r) => r.description));
    expect(rps.map((r) => r.factors)).toEqual(expected.map((r) => r.factors));
    expect(result.value.posts[2]!.powers[1]!.riskPoints).toEqual([]);
  });

  it('never throws, for any text', () => {
    const csvish = fc.string({ unit: fc.constantFrom('"', ',', '\r', '\n', "'", 'a', '岗', '|', '\\', ' ', '\uFEFF', '=', 'post.id') });
    fc.assert(
      fc.property(fc.oneof(csvish, fc.string({ unit: 'binary' })), (s) => {
        const result = importCsv(s);
        expect(typeof result.ok).toBe('boolean');
        if (!result.ok) expect(result.problems.some((p) => p.severity === 'error')).toBe(true);
      }),
      { numRuns: 200 },
    );
    fc.assert(
      fc.property(documentArb, fc.nat(), fc.nat(), (doc, cut, drop) => {
        // Truncated and mangled exports.
        const csv = renderCsv(catalogFromDocument(doc));
        const mangled = csv.slice(0, cut % (csv.length + 1)) + csv.slice((cut + (drop % 7)) % (csv.length + 1));
        expect(() => importCsv(mangled)).not.toThrow();
      }),
      { numRuns: 100 },
    );
  });

  it('reports an empty file, a header without rows and missing required columns', () => {
    expect(importCsv('')).toMatchObject({ ok: false, problems: [{ code: 'csv-empty', path: '' }] });
    expect(importCsv('\uFEFF')).toMatchObject({ ok: false, problems: [{ code: 'csv-empty' }] });
    const onlyHeader = importCsv('post.id,post.name\r\n');
    expect(onlyHeader.ok).toBe(false);
    const codes = onlyHeader.problems.map((p) => p.code);
    expect(codes).toContain('csv-no-rows');
    expect(onlyHeader.problems.filter((p) => p.code === 'csv-missing-column').map((p) => p.params['key'])).toEqual([
      'post.department',
      'post.rank',
      'power.id',
      'power.name',
      'power.category',
      'power.steps',
      'riskPoint.id',
      'riskPoint.description',
      'riskPoint.step',
      'riskPoint.riskCategory',
    ]);
    expect(onlyHeader.problems.find((p) => p.code === 'csv-missing-column')!.path).toBe('row 1, column 部门 (post.department)');
  });

  const handHeader = '岗位编号,岗位名称,部门,职级,任职年限,权力事项编号,权力事项,权力类别,办理流程（环节以 | 分隔）,风险点编号,风险点,流程环节,风险类别,发生可能性,危害程度,风险等级（评定结果）';

  it('reads a hand-filled sheet: labels in any locale, keys or headers, merged cells left blank, LF line ends', () => {
    const sheet = [
      'riskPoint.step,Post id,岗位名称,部门,職級,任职年限,power.id,权力事项,权力类别,办理流程（环节以 | 分隔）,风险点编号,风险点,風險類別,Likelihood,危害程度,風險等級（評定結果）,备注',
      '审批,p1,财务科科长,财务科,中层,6,w1,资金支付审批,財務資金,受理 | 审核 | 审批,r1,"违规审批, ""大额""",Business process,4,5,高,随便写',
      '审核,,,,,,,,,,r2,虚假审核,岗位职责,3,,中,',
      ',,,,,,,,,,,,,,,,',
      '受理,p1,,,,,w2,受理登记,other,受理,r3,刁难,external,,,,',
      ',p2,出纳,财务科,一般岗位,1.5,,,,,,,,,,,',
    ].join('\n');
    const result = importCsv(sheet);
    expect(result.problems.map((p) => [p.code, p.path])).toEqual([['csv-unknown-column', 'row 1, column 备注']]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toEqual({
      posts: [
        {
          id: 'p1',
          name: '财务科科长',
          department: '财务科',
          rank: 'middle',
          tenureYears: 6,
          factors: {},
          powers: [
            {
              id: 'w1',
              name: '资金支付审批',
              category: 'finance',
              majorMatter: false,
              collectiveDecision: false,
              steps: ['受理', '审核', '审批'],
              riskPoints: [
                { id: 'r1', description: '违规审批, "大额"', step: '审批', riskCategory: 'process', factors: { likelihood: 4, harm: 5 }, priorIncident: false, controls: [] },
                { id: 'r2', description: '虚假审核', step: '审核', riskCategory: 'duty', factors: { likelihood: 3 }, priorIncident: false, controls: [] },
              ],
            },
            {
              id: 'w2',
              name: '受理登记',
              category: 'other',
              majorMatter: false,
              collectiveDecision: false,
              steps: ['受理'],
              riskPoints: [{ id: 'r3', description: '刁难', step: '受理', riskCategory: 'external', factors: {}, priorIncident: false, controls: [] }],
            },
          ],
        },
        { id: 'p2', name: '出纳', department: '财务科', rank: 'staff', tenureYears: 1.5, factors: {}, powers: [] },
      ],
    });
  });

  it('reports every problem with its row, column header and key', () => {
    const sheet = [
      handHeader,
      'p1,科长,财务科,处长,6,w1,支付,财务资金,受理|审批,r1,描述,审批,流程,9,5,',
      'p1,科长X,财务科,中层,6,w1,支付,财务资金,受理|审批,r1,描述,审批,业务流程,,,',
      'p2,出纳,财务科,一般岗位,abc,w1,支付,财务资金,受理,r2,,受理,业务流程,,,,extra',
      '"p3,出纳',
    ].join('\r\n');
    const result = importCsv(sheet);
    expect(result.ok).toBe(false);
    expect(result.problems.map((p) => [p.code, p.path])).toEqual([
      ['csv-invalid-value', 'row 2, column 职级 (post.rank)'],
      ['csv-invalid-value', 'row 2, column 风险类别 (riskPoint.riskCategory)'],
      ['csv-invalid-rating', 'row 2, column 发生可能性 (factors.likelihood)'],
      ['csv-conflicting-value', 'row 3, column 岗位名称 (post.name)'],
      ['csv-duplicate-risk-point', 'row 3, column 风险点编号 (riskPoint.id)'],
      ['csv-extra-cells', 'row 4'],
      ['csv-invalid-number', 'row 4, column 任职年限 (post.tenureYears)'],
      ['csv-power-in-two-posts', 'row 4, column 权力事项编号 (power.id)'],
      ['csv-unterminated-quote', 'row 5, column 岗位编号 (post.id)'],
      ['csv-required-cell-empty', 'row 5, column 岗位名称 (post.name)'],
      ['csv-required-cell-empty', 'row 5, column 部门 (post.department)'],
      ['csv-required-cell-empty', 'row 5, column 职级 (post.rank)'],
    ]);
    const conflict = result.problems.find((p) => p.code === 'csv-conflicting-value')!;
    expect(conflict.params).toMatchObject({ row: 3, header: '岗位名称', key: 'post.name', value: '科长', first: 2 });
    expect(conflict.message.en).toBe('"岗位名称" differs from "科长" in row 2: rows with the same id must agree.');
    for (const p of result.problems) for (const l of LOCALES) expect(p.message[l]).not.toMatch(/\{\w+\}/);
  });

  it('hands a structurally sound sheet to the document validator and reports its problems by row and column', () => {
    const sheet = [
      handHeader,
      'p1,科长,财务科,中层,6,w1,支付,财务资金,受理|审批,r1,描述,复核,业务流程,,,',
      'p1,科长,财务科,中层,6,w1,支付,财务资金,受理|审批,p1,描述二,受理,业务流程,,,',
    ].join('\r\n');
    const result = importCsv(sheet);
    expect(result.ok).toBe(false);
    const located = result.problems.map((p) => [p.code, p.path]);
    expect(located).toContainEqual(['unknown-step', 'row 2, column 流程环节 (riskPoint.step)']);
    expect(located.some(([code, path]) => code === 'duplicate-id' && /^row [23], column (岗位编号|风险点编号)/.test(path!))).toBe(true);
    const step = result.problems.find((p) => p.code === 'unknown-step')!;
    expect(step.params['documentPath']).toBe('posts[0].powers[0].riskPoints[0].step');
  });

  it('strips exactly one leading apostrophe and normalises dates a spreadsheet rewrote', () => {
    const sheet = [
      '评估日期,' + handHeader,
      `2026/3/1,'0012,"''引号",财务科,中层,6,w1,"'=支付",财务资金,受理,r1,"'-描述",受理,业务流程,,,`,
    ].join('\r\n');
    const result = importCsv(sheet);
    expect(result.problems).toEqual([]);
    expect(result.ok && result.value.assessedOn).toBe('2026-03-01');
    expect(result.ok && result.value.posts[0]).toMatchObject({ id: '0012', name: "'引号" });
    expect(result.ok && result.value.posts[0]!.powers[0]).toMatchObject({ name: '=支付' });
    expect(result.ok && result.value.posts[0]!.powers[0]!.riskPoints[0]!.description).toBe('-描述');
  });

  it('list round trip: steps made of arbitrary document text survive', () => {
    fc.assert(
      fc.property(textArb, textArb, (a, b) => {
        expect(decodeList(encodeList([a, b]))).toEqual([a, b]);
      }),
      { numRuns: 100 },
    );
  });
});
