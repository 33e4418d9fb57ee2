/**
 * Words for people, not ids: no document id (post, power, risk point) and no measure-template id
 * appears anywhere in a format meant for reading (the HTML report, table and cards, the Markdown
 * report and table, the diff summary); the ids stay in JSON and the data CSV.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildCatalog } from '../../src/catalog/build.js';
import { diffCatalogs } from '../../src/catalog/diff.js';
import type { Catalog } from '../../src/catalog/types.js';
import { LOCALES, type Locale } from '../../src/i18n/locale.js';
import type { OrganizationDocument } from '../../src/model/document.js';
import { renderDiffMarkdown } from '../../src/render/diff-markdown.js';
import { renderHtml } from '../../src/render/html.js';
import { renderJson } from '../../src/render/json.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import { renderCardsHtml, renderTableHtml, renderTableMarkdown } from '../../src/render/table-view.js';
import { parseDocument } from '../../src/validate/document.js';
import { documentArb } from '../support/arbitraries.js';

const example = (name: string): OrganizationDocument =>
  parseDocument(JSON.parse(readFileSync(new URL(`../../examples/${name}.json`, import.meta.url), 'utf8')));

/** Every reading format of a catalog in a locale, by name. */
function readingFormats(catalog: Catalog, locale: Locale): [string, string][] {
  return [
    ['html report', renderHtml(catalog, { locale })],
    ['html table', renderTableHtml(catalog, { locale })],
    ['html cards', renderCardsHtml(catalog, { locale })],
    ['md report', renderMarkdown(catalog, { locale })],
    ['md table', renderTableMarkdown(catalog, { locale })],
  ];
}

function documentIds(doc: OrganizationDocument): string[] {
  return doc.posts.flatMap((p) => [p.id, ...p.powers.flatMap((w) => [w.id, ...w.riskPoints.map((r) => r.id)])]);
}

/** The template ids of the catalog's measures that no sentence could contain: kebab-case ones (a one-word id such as `recusal` is also an English word). */
function templateIds(catalog: Catalog): string[] {
  const ids = new Set<string>();
  for (const p of catalog.posts) for (const w of p.powers) for (const r of w.riskPoints) for (const m of r.measures) ids.add(m.templateId);
  return [...ids].filter((id) => id.includes('-'));
}

/** Whether the id stands in the text as a token of its own (not inside a longer kebab word). */
function shows(text: string, id: string): boolean {
  const escaped = id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![A-Za-z0-9_-])${escaped}(?![A-Za-z0-9_-])`).test(text);
}

/** Gives every post, power and risk point an id no text can contain by chance. */
function distinctIds(doc: OrganizationDocument): OrganizationDocument {
  let n = 0;
  const id = (): string => `zqx${n++}qxz`;
  return {
    ...doc,
    posts: doc.posts.map((p) => ({
      ...p,
      id: id(),
      powers: p.powers.map((w) => ({ ...w, id: id(), riskPoints: w.riskPoints.map((r) => ({ ...r, id: id() })) })),
    })),
  };
}

describe('no internal id in text meant for readers', () => {
  const names = ['county-bureau', 'oilfield-service-center', 'university'];
  for (const name of names) {
    it(`${name}: no post, power, risk-point or template id in any reading format, in any locale (ids stay in JSON)`, () => {
      const doc = example(name);
      const catalog = buildCatalog(doc);
      for (const locale of LOCALES) {
        // English prose may hold a compound that is also a template id ("warning-education films"): template ids are checked in Chinese.
        const ids = [...documentIds(doc), ...(locale === 'en' ? [] : templateIds(catalog))];
        for (const [format, text] of readingFormats(catalog, locale)) {
          for (const id of ids) expect(shows(text, id), `${format} ${locale} shows ${id}`).toBe(false);
        }
      }
      // The ids have not been lost: the data formats keep them.
      const json = renderJson(catalog, { locale: 'zh-CN' });
      for (const id of documentIds(doc)) expect(json).toContain(JSON.stringify(id));
    });
  }

  it('the diff summary names posts, risk points and measures, never their ids', () => {
    const before = example('county-bureau-2025');
    const after = example('county-bureau');
    const a = buildCatalog(before);
    const b = buildCatalog(after);
    const diff = diffCatalogs(a, b);
    expect(diff.measures.added.length).toBeGreaterThan(0);
    const docIds = [...new Set([...documentIds(before), ...documentIds(after)])];
    for (const locale of LOCALES) {
      const md = renderDiffMarkdown(diff, { locale });
      const ids = locale === 'en' ? docIds : [...docIds, ...templateIds(a), ...templateIds(b)];
      for (const id of ids) expect(shows(md, id), `diff ${locale} shows ${id}`).toBe(false);
    }
  });

  it('invariant: for random documents, no document id appears in any reading format', () => {
    fc.assert(
      fc.property(documentArb, fc.constantFrom(...LOCALES), (raw, locale) => {
        const doc = distinctIds(raw);
        const catalog = buildCatalog(doc);
        for (const [format, text] of readingFormats(catalog, locale)) expect(text, format).not.toMatch(/zqx\d+qxz/);
        const other = buildCatalog(distinctIds({ ...raw, posts: raw.posts.slice(1) }));
        expect(renderDiffMarkdown(diffCatalogs(other, catalog), { locale })).not.toMatch(/zqx\d+qxz/);
      }),
      { numRuns: 40 },
    );
  });
});
