/**
 * Golden files of the Office packages' XML parts for the sample catalog (the 一览表 workbook and
 * document) and for the township fixture's power and responsibility lists, one tag per line so a
 * change reads as a diff. Regenerate after an intended change with `npm run golden`.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { renderXlsx } from '../../src/render/xlsx.js';
import { renderDocx } from '../../src/render/docx.js';
import { listsDocx, listsXlsx, powerAndResponsibilityLists } from '../../src/render/lists.js';
import { sampleCatalog } from '../fixtures/sample-catalog.js';
import { townshipWithStated } from '../support/lists-fixture.js';
import { checkPackage, oneTagPerLine } from '../support/ooxml.js';

const update = process.env['UPDATE_GOLDEN'] === '1';
const dir = fileURLToPath(new URL('./ooxml/', import.meta.url));

function check(name: string, actual: string): void {
  const path = `${dir}${name}`;
  if (update) {
    mkdirSync(path.slice(0, path.lastIndexOf('/')), { recursive: true });
    writeFileSync(path, actual);
  }
  expect(existsSync(path), `golden file ${name} exists (run npm run golden)`).toBe(true);
  expect(actual).toBe(readFileSync(path, 'utf8'));
}

describe('golden XML parts of the Office packages (sample catalog, zh-CN)', () => {
  it('XLSX: every part', async () => {
    const parts = await checkPackage(renderXlsx(sampleCatalog, { locale: 'zh-CN' }));
    for (const [name, xml] of parts) check(`xlsx/${name.replace(/[/[\]]/g, '_')}`, oneTagPerLine(xml));
  });
  it('DOCX: every part', async () => {
    const parts = await checkPackage(renderDocx(sampleCatalog, { locale: 'zh-CN' }));
    for (const [name, xml] of parts) check(`docx/${name.replace(/[/[\]]/g, '_')}`, oneTagPerLine(xml));
  });
});

describe('golden XML parts of the lists packages (township fixture with a stated legal basis and responsibilities, zh-CN)', () => {
  const lists = powerAndResponsibilityLists(townshipWithStated(), 'zh-CN');
  it('lists DOCX: every part', async () => {
    const parts = await checkPackage(listsDocx(lists));
    for (const [name, xml] of parts) check(`lists-docx/${name.replace(/[/[\]]/g, '_')}`, oneTagPerLine(xml));
  });
  it('lists XLSX: every part', async () => {
    const parts = await checkPackage(listsXlsx(lists));
    for (const [name, xml] of parts) check(`lists-xlsx/${name.replace(/[/[\]]/g, '_')}`, oneTagPerLine(xml));
  });
});
