import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { diffCatalogs, type CatalogDiff } from '../../src/catalog/diff.js';
import { LOCALES } from '../../src/i18n/locale.js';
import { DIFF_LABELS, renderDiffMarkdown } from '../../src/render/diff-markdown.js';
import { catalogFromDocument } from '../support/catalog-from-document.js';
import { documentArb } from '../support/arbitraries.js';

describe('renderDiffMarkdown', () => {
  it('an unchanged diff says so in every locale', () => {
    const doc = fc.sample(documentArb, { numRuns: 1, seed: 7 })[0]!;
    const c = catalogFromDocument(doc);
    for (const locale of LOCALES) {
      expect(renderDiffMarkdown(diffCatalogs(c, c), { locale })).toBe(`# ${DIFF_LABELS.title[locale]}\n\n${DIFF_LABELS.unchanged[locale]}\n`);
    }
  });

  it('counts agree with the diff, no placeholder is left, and user text cannot make markup', () => {
    fc.assert(
      fc.property(documentArb, documentArb, (a, b) => {
        const diff: CatalogDiff = diffCatalogs(catalogFromDocument(a), catalogFromDocument(b));
        for (const locale of LOCALES) {
          const md = renderDiffMarkdown(diff, { locale });
          expect(md).not.toMatch(/\{\w+\}/);
          // escapeMarkdown writes line breaks as <br>; nothing else may open a tag.
          expect(md.replaceAll('<br>', '')).not.toMatch(/<[a-z]/i);
          if (!diff.unchanged) {
            const first = md.split('\n')[2]!;
            expect(first).toContain(String(diff.posts.added.length));
          }
        }
      }),
      { numRuns: 50 },
    );
  });
});
