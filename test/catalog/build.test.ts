import { readFileSync } from 'node:fs';
import { warningTier } from '../../src/catalog/warnings.js';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildCatalog, catalogSource, isKeyPost } from '../../src/catalog/build.js';
import { diffCatalogs } from '../../src/catalog/diff.js';
import { addDays } from '../../src/model/dates.js';
import type { Catalog } from '../../src/catalog/types.js';
import { parseDocument } from '../../src/validate/document.js';
import { LOCALES } from '../../src/i18n/locale.js';
import { documentArb } from '../support/arbitraries.js';
import type { OrganizationDocument } from '../../src/model/document.js';

const example = (name: string): OrganizationDocument =>
  parseDocument(JSON.parse(readFileSync(new URL(`../../examples/${name}.json`, import.meta.url), 'utf8')));

function* allRiskPoints(catalog: Catalog) {
  for (const post of catalog.posts) for (const power of post.powers) for (const rp of power.riskPoints) yield { post, power, rp };
}

describe('buildCatalog on the examples', () => {
  const county = buildCatalog(example('county-bureau'));

  it('keeps every post, power and risk point of the document', () => {
    const doc = example('county-bureau');
    const ids = (d: { posts: readonly { id: string; powers: readonly { id: string; riskPoints: readonly { id: string }[] }[] }[] }) =>
      d.posts.flatMap((p) => [p.id, ...p.powers.flatMap((w) => [w.id, ...w.riskPoints.map((r) => r.id)])]).sort();
    expect(ids(county)).toEqual(ids(doc));
    expect(county.summary.posts).toBe(doc.posts.length);
  });

  it('orders posts by department (first appearance), then level high first', () => {
    const doc = example('county-bureau');
    const deptOrder = [...new Set(doc.posts.map((p) => p.department))];
    const rank = { high: 0, medium: 1, low: 2 };
    for (let i = 1; i < county.posts.length; i++) {
      const a = county.posts[i - 1]!;
      const b = county.posts[i]!;
      const da = deptOrder.indexOf(a.department);
      const db = deptOrder.indexOf(b.department);
      expect(da <= db).toBe(true);
      if (da === db) expect(rank[a.level] <= rank[b.level]).toBe(true);
    }
  });

  it('finds what the county bureau was written to contain', () => {
    const codes = new Set(county.findings.map((f) => `${f.code}:${f.postId}`));
    for (const expected of [
      'principal-direct-charge:cb-post-director',
      'deputy-all-five:cb-post-deputy-general',
      'collective-decision-missing:cb-post-deputy-general',
      'incompatible-powers:cb-post-logistics-chief',
      'incompatible-powers:cb-post-enforcement-captain',
      'pre-appointment-review:cb-post-finance-chief',
      'rotation-due:cb-post-cashier',
      'audit-due:cb-post-cashier',
      'rotation-due:cb-post-planning-chief',
    ]) {
      expect(codes).toContain(expected);
    }
    expect(county.summary.findingsByCode['principal-direct-charge']).toBe(1);
  });

  it('gives every post an early warning counted from assessedOn, or from asOf when given', () => {
    for (const post of county.posts) {
      expect(post.warning.tier).toBe(warningTier(post.level, post.warning.signals));
      expect(post.warning.nextReviewOn).toBe(addDays('2026-03-31', post.warning.reviewCycleDays));
    }
    const later = buildCatalog(example('county-bureau'), { asOf: '2026-11-22' });
    const high = later.posts.find((p) => p.level === 'high')!;
    expect(high.warning.nextReviewOn).toBe('2027-02-20');
    expect(later.asOf).toBe('2026-11-22');
  });

  it('lists key posts: every high post, and medium posts holding money, goods, people or projects', () => {
    for (const post of county.posts) expect(county.summary.keyPosts.includes(post.id)).toBe(post.keyPost);
    expect(county.posts.filter((p) => p.level === 'high').every((p) => p.keyPost)).toBe(true);
  });

  it('concrete measures in Chinese for every risk point, none left with a placeholder', () => {
    for (const { rp } of allRiskPoints(county)) {
      expect(rp.measures.length).toBeGreaterThan(0);
      for (const m of rp.measures) for (const l of LOCALES) expect(m.text[l]).not.toMatch(/\{(post|power|department|step)\}/);
    }
  });

  it('summary counts agree with the posts', () => {
    let high = 0;
    let n = 0;
    for (const { rp } of allRiskPoints(county)) {
      n++;
      if (rp.level === 'high') high++;
    }
    expect(county.summary.riskPoints).toBe(n);
    expect(county.summary.riskPointsByLevel.high).toBe(high);
    const heat = county.summary.heatmap.flat().reduce((a, b) => a + b, 0);
    expect(heat + county.summary.unratedForHeatmap).toBe(n);
  });

  it('the streamed source yields the same posts as the built catalog', () => {
    const source = catalogSource(example('county-bureau'));
    expect([...source.posts]).toEqual(county.posts);
    expect(source.summary).toEqual(county.summary);
  });

  it('isKeyPost: medium without a key-area power is not key', () => {
    const post = example('county-bureau').posts[0]!;
    expect(isKeyPost(post, 'high')).toBe(true);
    expect(isKeyPost({ ...post, powers: [] }, 'medium')).toBe(false);
    expect(isKeyPost(post, 'low')).toBe(false);
  });
});

describe('catalog properties', () => {
  it('coverage: every risk point has a measure (its own count), every high one a measure during and after, never more than five proposals', () => {
    fc.assert(
      fc.property(documentArb, (doc) => {
        const catalog = buildCatalog(doc);
        for (const { rp } of allRiskPoints(catalog)) {
          expect(rp.measures.length + rp.ownMeasures.length).toBeGreaterThan(0);
          expect(rp.measures.filter((m) => m.status === 'proposed').length).toBeLessThanOrEqual(5);
          const phases = [...rp.measures.map((m) => m.phase), ...rp.ownMeasures.flatMap((m) => (m.phase === undefined ? [] : [m.phase]))];
          if (rp.level === 'high') for (const phase of ['during', 'after'] as const) expect(phases).toContain(phase);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('controls in place are shown as in place and never proposed again', () => {
    fc.assert(
      fc.property(documentArb, (doc) => {
        const catalog = buildCatalog(doc);
        for (const { rp } of allRiskPoints(catalog)) {
          for (const m of rp.measures) expect(m.status === 'in-place').toBe(rp.controls.includes(m.templateId));
          const ids = rp.measures.map((m) => m.templateId);
          expect(new Set(ids).size).toBe(ids.length);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('determinism: the same document gives a deep-equal catalog, and the input is not mutated', () => {
    fc.assert(
      fc.property(documentArb, (doc) => {
        const before = JSON.stringify(doc);
        expect(buildCatalog(doc)).toEqual(buildCatalog(doc));
        expect(JSON.stringify(doc)).toBe(before);
      }),
      { numRuns: 40 },
    );
  });
});

describe('diffCatalogs', () => {
  it('a catalog compared with itself is unchanged', () => {
    fc.assert(
      fc.property(documentArb, (doc) => {
        const c = buildCatalog(doc);
        const d = diffCatalogs(c, c);
        expect(d.unchanged).toBe(true);
      }),
      { numRuns: 40 },
    );
  });

  it('mirror: with the same holders in both cycles, diff(a, b) and diff(b, a) swap added/removed, up/down, new/resolved', () => {
    // A change of holder runs one way in time (the one who left is audited), so the mirror holds
    // where every post kept its holder.
    const sameHolders = (a: OrganizationDocument, b: OrganizationDocument): OrganizationDocument => {
      const byId = new Map(a.posts.map((p) => [p.id, p]));
      return {
        ...b,
        posts: b.posts.map((p) => {
          const was = byId.get(p.id);
          if (was === undefined) return p;
          const { holder: _h, holderSince: _s, ...rest } = p;
          return {
            ...rest,
            tenureYears: was.tenureYears,
            ...(was.holder === undefined ? {} : { holder: was.holder }),
            ...(was.holderSince === undefined ? {} : { holderSince: was.holderSince }),
          };
        }),
      };
    };
    fc.assert(
      fc.property(documentArb, documentArb, (a, bAny) => {
        const b = sameHolders(a, bAny);
        const ca = buildCatalog(a);
        const cb = buildCatalog(b);
        const ab = diffCatalogs(ca, cb);
        const ba = diffCatalogs(cb, ca);
        expect(ab.unchanged).toBe(ba.unchanged);
        for (const k of ['posts', 'powers', 'riskPoints'] as const) {
          expect(ab[k].added.map((x) => x.id)).toEqual(ba[k].removed.map((x) => x.id));
          expect(ab[k].removed.map((x) => x.id)).toEqual(ba[k].added.map((x) => x.id));
        }
        for (const k of ['posts', 'riskPoints'] as const) {
          expect(ab[k].up.map((c) => [c.id, c.basis, c.from, c.to])).toEqual(ba[k].down.map((c) => [c.id, c.basis, c.to, c.from]));
          expect(ab[k].down.map((c) => [c.id, c.basis, c.from, c.to])).toEqual(ba[k].up.map((c) => [c.id, c.basis, c.to, c.from]));
        }
        expect(ab.measures.added).toEqual(ba.measures.dropped);
        expect(ab.measures.dropped).toEqual(ba.measures.added);
        expect(ab.findings.new).toEqual(ba.findings.resolved);
        expect(ab.findings.resolved).toEqual(ba.findings.new);
        expect(ab.holders.changed).toEqual([]);
        expect(ba.holders.changed).toEqual([]);
      }),
      { numRuns: 40 },
    );
  });

  it('streaming: two streamed sources, each read once, give the same diff as the built catalogs', () => {
    fc.assert(
      fc.property(documentArb, documentArb, (a, b) => {
        expect(diffCatalogs(catalogSource(a), catalogSource(b))).toEqual(diffCatalogs(buildCatalog(a), buildCatalog(b)));
      }),
      { numRuns: 40 },
    );
    const before = example('county-bureau-2025');
    const after = example('county-bureau');
    expect(diffCatalogs(catalogSource(before), catalogSource(after))).toEqual(diffCatalogs(buildCatalog(before), buildCatalog(after)));
  });

  it('last year against this year: the county bureau', () => {
    const d = diffCatalogs(buildCatalog(example('county-bureau-2025')), buildCatalog(example('county-bureau')));
    expect(d.unchanged).toBe(false);
    expect(d.posts.added.length + d.posts.removed.length).toBeGreaterThan(0);
    expect(d.findings.new.some((f) => f.code === 'incompatible-powers' && f.postId === 'cb-post-logistics-chief')).toBe(true);
    expect(d.findings.resolved.some((f) => f.code === 'collective-decision-missing')).toBe(true);
    expect(d.measures.added.some((m) => m.status === 'in-place')).toBe(true);
  });
});
