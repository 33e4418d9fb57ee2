/**
 * Golden files of the Office packages' XML parts for the sample catalog, one tag per line so a
 * change reads as a diff. Regenerate after an intended change with `npm run golden`.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { renderXlsx } from '../../src/render/xlsx.js';
import { renderDocx } from '../../src/render/docx.js';
import { sampleCatalog } from '../fixtures/sample-catalog.js';
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
