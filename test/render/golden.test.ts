/**
 * Golden files: the renderers' output for the sample catalog, reviewed by eye once and kept.
 * Regenerate after an intended change with `npm run golden` (UPDATE_GOLDEN=1).
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../src/i18n/locale.js';
import { renderCsv } from '../../src/render/csv.js';
import { renderJson } from '../../src/render/json.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import { sampleCatalog } from '../fixtures/sample-catalog.js';
import { expectGolden, goldenMissingFails, UPDATE_GOLDEN } from '../support/golden.js';

const golden = (name: string) => fileURLToPath(new URL(`../golden/${name}`, import.meta.url));

function check(name: string, actual: string): void {
  expectGolden(golden(name), actual);
}

describe('golden files (sample catalog)', () => {
  for (const locale of LOCALES) {
    it(`Markdown ${locale}`, () => check(`sample.${locale}.md`, renderMarkdown(sampleCatalog, { locale })));
    it(`CSV ${locale}`, () => check(`sample.${locale}.csv`, renderCsv(sampleCatalog, { locale })));
    it(`JSON ${locale}`, () => check(`sample.${locale}.json`, renderJson(sampleCatalog, { locale })));
  }
  it('JSON with every locale', () => check('sample.json', renderJson(sampleCatalog)));
});

describe('golden files are never written by a plain run', () => {
  it.skipIf(UPDATE_GOLDEN)('a missing golden file fails the check and is not created', () => {
    const path = golden('never-written.md');
    expect(goldenMissingFails(path)).toBe(true);
    expect(existsSync(path)).toBe(false);
  });
});
