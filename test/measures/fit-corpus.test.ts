/**
 * Every entry of the fit corpus (fit-corpus.ts) against the catalogs the library builds: on each
 * risk point the measures an officer expects are there, those that would read wrong are not
 * proposed, and the filled texts name the right actor and the right examples.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../src/catalog/build.js';
import type { Catalog, CatalogPost, CatalogRiskPoint } from '../../src/catalog/types.js';
import { BUILTIN_TEMPLATES } from '../../src/measures/templates.js';
import { parseDocument } from '../../src/validate/document.js';
import { POST_CORPUS, RISK_POINT_CORPUS, type CorpusSource, type Reasoned, type Saying } from './fit-corpus.js';

const FILES: Readonly<Record<CorpusSource, string>> = {
  'county-bureau': '../../examples/county-bureau.json',
  'county-bureau-2025': '../../examples/county-bureau-2025.json',
  'oilfield-service-center': '../../examples/oilfield-service-center.json',
  university: '../../examples/university.json',
  township: '../fixtures/township.json',
};

const catalogs = new Map<CorpusSource, Catalog>();
function catalogOf(source: CorpusSource): Catalog {
  let c = catalogs.get(source);
  if (c === undefined) {
    c = buildCatalog(parseDocument(JSON.parse(readFileSync(new URL(FILES[source], import.meta.url), 'utf8'))));
    catalogs.set(source, c);
  }
  return c;
}

function riskPointOf(source: CorpusSource, id: string): CatalogRiskPoint {
  for (const post of catalogOf(source).posts) for (const power of post.powers) for (const rp of power.riskPoints) if (rp.id === id) return rp;
  throw new Error(`${source} has no risk point ${id}`);
}

function postOf(source: CorpusSource, id: string): CatalogPost {
  const post = catalogOf(source).posts.find((p) => p.id === id);
  if (post === undefined) throw new Error(`${source} has no post ${id}`);
  return post;
}

type Listed = readonly { readonly templateId: string; readonly status: string; readonly text: { readonly 'zh-CN': string } }[];

function check(listed: Listed, must: readonly Reasoned[] = [], mustNot: readonly Reasoned[] = [], says: readonly Saying[] = []): void {
  const ids = listed.map((x) => x.templateId);
  for (const e of must) expect(ids, `${e.id} must be there: ${e.why}`).toContain(e.id);
  const proposed = listed.filter((x) => x.status === 'proposed').map((x) => x.templateId);
  for (const e of mustNot) expect(proposed, `${e.id} must not be proposed: ${e.why}`).not.toContain(e.id);
  for (const s of says) {
    const found = listed.find((x) => x.templateId === s.id);
    expect(found, `${s.id} must be there to say “${s.contains}”: ${s.why}`).toBeDefined();
    expect(found?.text['zh-CN'], `${s.id} must say “${s.contains}”: ${s.why}`).toContain(s.contains);
  }
}

describe('the fit corpus', () => {
  it('has at least 30 risk points across the examples, each expectation with a reason and a template of the library', () => {
    expect(RISK_POINT_CORPUS.length).toBeGreaterThanOrEqual(30);
    expect(RISK_POINT_CORPUS.filter((e) => e.source !== 'township').length).toBeGreaterThanOrEqual(30);
    const ids = new Set<string>(BUILTIN_TEMPLATES.map((t) => t.id));
    for (const e of [...RISK_POINT_CORPUS, ...POST_CORPUS]) {
      const all = [...(e.must ?? []), ...(e.mustNot ?? []), ...(e.says ?? [])];
      expect(all.length).toBeGreaterThan(0);
      for (const x of all) {
        expect(ids, x.id).toContain(x.id);
        expect(x.why.trim()).not.toBe('');
      }
    }
    const keys = RISK_POINT_CORPUS.map((e) => `${e.source}/${e.riskPoint}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  for (const e of RISK_POINT_CORPUS) {
    it(`${e.source} ${e.riskPoint}: ${[...(e.must ?? []).map((x) => `+${x.id}`), ...(e.mustNot ?? []).map((x) => `-${x.id}`)].join(' ')}`, () => {
      check(riskPointOf(e.source, e.riskPoint).measures, e.must, e.mustNot, e.says);
    });
  }

  for (const e of POST_CORPUS) {
    it(`${e.source} ${e.post} (measures for the whole post)`, () => {
      check(postOf(e.source, e.post).postMeasures, e.must, e.mustNot, e.says);
    });
  }
});
