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

const hasPoppler = spawnSync('pdfinfo', ['-v'], { stdio: 'ignore' }).status === 0;

const hasSoffice = spawnSync('soffice', ['--version'], { stdio: 'ignore' }).status === 0;
const county = parseDocument(JSON.parse(readFileSync(new URL('../../examples/county-bureau.json', import.meta.url), 'utf8')));

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
  const catalog = buildCatalog(county);
  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'integrity-risk-lo-'));
    const xlsx = join(work, 'catalog.xlsx');
    writeFileSync(xlsx, renderXlsx(catalog, { locale: 'zh-CN' }));
    calcSaved = new Uint8Array(readFileSync(convert(work, xlsx, 'xlsx', join(work, 'calc'))));
    const docx = join(work, 'catalog.docx');
    writeFileSync(docx, renderDocx(catalog, { locale: 'zh-CN' }));
    pdf = convert(work, docx, 'pdf', work);
  }, 400_000);
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
});
