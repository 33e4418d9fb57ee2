/**
 * The Office packages as LibreOffice reads them (skipped where `soffice` is not installed; CI
 * installs libreoffice-writer-nogui, libreoffice-calc-nogui and poppler-utils). One conversion per
 * package, shared by the tests of this file, each in its own LibreOffice profile so parallel runs
 * do not collide.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCatalog } from '../../src/catalog/build.js';
import { parseDocument } from '../../src/validate/document.js';
import { renderXlsx } from '../../src/render/xlsx.js';
import { importXlsx } from '../../src/read/xlsx-import.js';
import { renderDocx } from '../../src/render/docx.js';
import { catalogTable } from '../../src/render/catalog-table.js';
import { listsDocx, listsXlsx, powerAndResponsibilityLists, powerListCells, responsibilityListCells } from '../../src/render/lists.js';
import { workbookRows } from '../support/ooxml.js';

const hasPoppler = spawnSync('pdfinfo', ['-v'], { stdio: 'ignore' }).status === 0;

const hasSoffice = spawnSync('soffice', ['--version'], { stdio: 'ignore' }).status === 0;
const countyRaw = JSON.parse(readFileSync(new URL('../../examples/county-bureau.json', import.meta.url), 'utf8'));
// The first power states its legal basis and responsibilities, in texts with the cell format's marks, so Calc carries those columns too.
countyRaw.posts[0].powers[0].legalBasis = '《党政领导干部选拔任用工作条例》；本局干部选拔任用工作细则';
countyRaw.posts[0].powers[0].responsibilities = [
  { step: '动议', duty: '按【条例】提出动议；不得个人提名定调', accountability: '个人提名定调、“带病提拔”的，追究党组书记责任' },
  { duty: '全程纪实，材料归档\n一人一档' },
];
const county = parseDocument(countyRaw);

/** Converts a file with LibreOffice into `outDir`, returning the converted file's path. */
function convert(work: string, file: string, to: string, outDir: string): string {
  const r = spawnSync(
    'soffice',
    [`-env:UserInstallation=file://${join(work, 'profile')}`, '--headless', '--norestore', '--convert-to', to, '--outdir', outDir, file],
    { encoding: 'utf8', timeout: 240_000 },
  );
  if (r.status !== 0) throw new Error(`soffice failed: ${r.stderr}`);
  const base = file.slice(file.lastIndexOf('/') + 1).replace(/\.[^.]+$/, '');
  return join(outDir, `${base}.${to.split(':')[0]}`);
}

describe.skipIf(!hasSoffice)('LibreOffice', () => {
  let work = '';
  let calcSaved: Uint8Array;
  let pdf = '';
  let listsPdf = '';
  let listsCalcSaved: Uint8Array;
  const catalog = buildCatalog(county);
  const lists = powerAndResponsibilityLists(county, 'zh-CN');
  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'integrity-risk-lo-'));
    const xlsx = join(work, 'catalog.xlsx');
    writeFileSync(xlsx, renderXlsx(catalog, { locale: 'zh-CN' }));
    calcSaved = new Uint8Array(readFileSync(convert(work, xlsx, 'xlsx', join(work, 'calc'))));
    const docx = join(work, 'catalog.docx');
    writeFileSync(docx, renderDocx(catalog, { locale: 'zh-CN' }));
    pdf = convert(work, docx, 'pdf', work);
    const listsDocxFile = join(work, 'lists.docx');
    writeFileSync(listsDocxFile, listsDocx(lists));
    listsPdf = convert(work, listsDocxFile, 'pdf', work);
    const listsXlsxFile = join(work, 'lists.xlsx');
    writeFileSync(listsXlsxFile, listsXlsx(lists));
    listsCalcSaved = new Uint8Array(readFileSync(convert(work, listsXlsxFile, 'xlsx', join(work, 'calc'))));
  }, 600_000);
  afterAll(() => {
    if (work !== '') rmSync(work, { recursive: true, force: true });
  });

  it('XLSX opened and saved by Calc, then imported, equals the original document', async () => {
    const result = await importXlsx(calcSaved);
    expect(result.problems).toEqual([]);
    expect(result.ok && result.value).toEqual(county);
  });

  it.skipIf(!hasPoppler)('DOCX printed to PDF by Writer: A4 landscape, at most 12 pages numbered 第 N 页 共 M 页, every risk point and the signature block', () => {
    const info = spawnSync('pdfinfo', [pdf], { encoding: 'utf8' }).stdout;
    const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
    expect(pages).toBeGreaterThan(1);
    // Issue 15's target: 12 pages. Few and strong proposals (at most four by default, the measures of the
    // whole post on one row per post) print the county's table on 10.
    expect(pages).toBeLessThanOrEqual(12);
    const [w, h] = (/Page size:\s+([\d.]+) x ([\d.]+)/.exec(info) ?? []).slice(1).map(Number);
    expect(Math.round(w!)).toBe(842);
    expect(Math.round(h!)).toBe(595);
    const text = spawnSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).stdout.replace(/\s+/g, '');
    expect(text).toContain('岗位廉政风险防控一览表');
    expect(text).toContain(`第${pages}页共${pages}页`);
    expect(text).toContain('编制单位（盖章）');
    // Every risk point is printed: its opening words (a row split over a page break splits its text).
    for (const row of catalogTable(catalog, 'zh-CN').rows) expect(text).toContain(row.riskPoint.replace(/\s+/g, '').slice(0, 8));
  });

  it.skipIf(!hasPoppler)('the lists DOCX printed to PDF by Writer: A4 landscape, both lists with their rows, pages numbered, a signature block under each', () => {
    const info = spawnSync('pdfinfo', [listsPdf], { encoding: 'utf8' }).stdout;
    const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
    // Measured: the county's 27 powers on 2 pages, their responsibilities (one per step, or as stated) on 8 more.
    expect(pages).toBeGreaterThanOrEqual(3);
    expect(pages).toBeLessThanOrEqual(12);
    const [w, h] = (/Page size:\s+([\d.]+) x ([\d.]+)/.exec(info) ?? []).slice(1).map(Number);
    expect(Math.round(w!)).toBe(842);
    expect(Math.round(h!)).toBe(595);
    const pageTexts = spawnSync('pdftotext', [listsPdf, '-'], { encoding: 'utf8' }).stdout.split('\f').map((p) => p.replace(/\s+/g, ''));
    const text = pageTexts.join('');
    expect(pageTexts[0]).toContain('权力清单');
    expect(pageTexts[0]).toContain('设定依据');
    // The responsibility list starts on a page of its own, and its header row repeats on every page after.
    const start = pageTexts.findIndex((p) => p.includes('责任清单'));
    expect(start).toBeGreaterThan(0);
    expect(pageTexts[start - 1]).not.toContain('追责情形');
    for (const p of pageTexts.slice(start).filter((p) => p.includes('依规依程序办理'))) expect(p).toContain('责任内容');
    expect(text).toContain(`第${pages}页共${pages}页`);
    expect(text.match(/编制单位（盖章）：某县自然资源和规划局/g)).toHaveLength(2);
    for (const r of lists.powerList.rows) expect(text).toContain(r.power.replace(/\s+/g, '').slice(0, 6));
    // Rows are kept on one page, so every duty's opening words are printed in one piece.
    for (const r of lists.responsibilityList.rows) expect(text).toContain(r.duty.replace(/\s+/g, '').slice(0, 12));
  });

  it('the lists XLSX opened and saved by Calc still reads: both sheets, every row and cell as written', async () => {
    const sheets = await workbookRows(listsCalcSaved);
    expect([...sheets.keys()]).toEqual(['权力清单', '责任清单']);
    const power = sheets.get('权力清单')!;
    expect(power[1]).toEqual(lists.powerList.columns);
    expect(power.slice(2, 2 + lists.powerList.rows.length)).toEqual(lists.powerList.rows.map((r) => powerListCells(r)));
    const resp = sheets.get('责任清单')!;
    expect(resp[1]).toEqual(lists.responsibilityList.columns);
    expect(resp.slice(2, 2 + lists.responsibilityList.rows.length)).toEqual(lists.responsibilityList.rows.map((r) => responsibilityListCells(r, 'zh-CN')));
    expect(resp.flat()).toContain(lists.responsibilityList.note);
  });
});
