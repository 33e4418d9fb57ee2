/**
 * Sanity of the example organization documents in `examples/`: they are read by people and by the
 * other test suites, so they must stay well-formed on their own, independent of the validator.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  FACTOR_IDS,
  POST_FACTOR_IDS,
  POWER_CATEGORIES,
  RANKS,
  RATING_MAX,
  RATING_MIN,
  RISK_CATEGORIES,
} from '../../src/model/enums.js';

const EXAMPLES_DIR = fileURLToPath(new URL('../../examples/', import.meta.url));

/** The prevention-measure template ids an example may list as already in place. */
const MEASURE_IDS: readonly string[] = [
  'integrity-education',
  'warning-education',
  'power-list',
  'negative-list',
  'post-description',
  'separation-of-duties',
  'principal-speaks-last',
  'principal-not-direct-charge',
  'three-majors-collective',
  'penalty-collective-review',
  'flowchart-publication',
  'result-openness',
  'platform-trace',
  'objective-records',
  'score-based-allocation',
  'four-party-assessment',
  'contractor-return-visit',
  'reporting-mailbox',
  'regular-rotation',
  'economic-audit',
  'personal-matters-report',
  'admonition-talk',
  'duty-integrity-report',
  'clause-citation-cosign',
  'off-duty-supervision',
];

/** The shape the examples are written in (every optional field written out). */
interface RawRiskPoint {
  id: string;
  description: string;
  step: string;
  riskCategory: string;
  factors: Record<string, unknown>;
  priorIncident: boolean;
  controls: string[];
}
interface RawPower {
  id: string;
  name: string;
  category: string;
  majorMatter: boolean;
  collectiveDecision: boolean;
  steps: string[];
  riskPoints: RawRiskPoint[];
}
interface RawPost {
  id: string;
  name: string;
  department: string;
  rank: string;
  tenureYears?: number;
  holderSince?: string;
  factors: Record<string, unknown>;
  powers: RawPower[];
}
interface RawDocument {
  organization: string;
  assessedOn: string;
  posts: RawPost[];
}

const FILES = readdirSync(EXAMPLES_DIR)
  .filter((f) => f.endsWith('.json'))
  .sort();

function text(file: string): string {
  return readFileSync(EXAMPLES_DIR + file, 'utf8');
}

function load(file: string): RawDocument {
  return JSON.parse(text(file)) as RawDocument;
}

function allIds(doc: RawDocument): string[] {
  const ids: string[] = [];
  for (const post of doc.posts) {
    ids.push(post.id);
    for (const power of post.powers) {
      ids.push(power.id);
      for (const rp of power.riskPoints) ids.push(rp.id);
    }
  }
  return ids;
}

function isRating(v: unknown): boolean {
  return typeof v === 'number' && Number.isInteger(v) && v >= RATING_MIN && v <= RATING_MAX;
}

const rankIds = RANKS.map((t) => t.id as string);
const categoryIds = POWER_CATEGORIES.map((t) => t.id as string);
const riskCategoryIds = RISK_CATEGORIES.map((t) => t.id as string);
const factorIds: readonly string[] = FACTOR_IDS;
const postFactorIds: readonly string[] = POST_FACTOR_IDS;

describe('examples directory', () => {
  it('holds the four documented examples', () => {
    expect(FILES).toEqual(['county-bureau-2025.json', 'county-bureau.json', 'oilfield-service-center.json', 'university.json']);
  });

  it('the README names every example', () => {
    const readme = text('README.md');
    for (const f of FILES) expect(readme).toContain(f);
  });
});

describe.each(FILES)('%s', (file) => {
  it('parses as JSON and is pretty-printed with two spaces', () => {
    const raw = text(file);
    const parsed: unknown = JSON.parse(raw);
    expect(raw).toBe(JSON.stringify(parsed, null, 2) + '\n');
  });

  it('names the organization and an ISO assessment date', () => {
    const doc = load(file);
    expect(doc.organization.length).toBeGreaterThan(0);
    expect(doc.assessedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(new Date(`${doc.assessedOn}T00:00:00Z`).toISOString().slice(0, 10)).toBe(doc.assessedOn);
    expect(doc.posts.length).toBeGreaterThan(0);
  });

  it('ids are non-empty readable ASCII and unique across the whole document', () => {
    const ids = allIds(load(file));
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    const seen = new Set<string>();
    const duplicates = ids.filter((id) => (seen.has(id) ? true : (seen.add(id), false)));
    expect(duplicates).toEqual([]);
  });

  it('every vocabulary value is a known id', () => {
    for (const post of load(file).posts) {
      expect(rankIds).toContain(post.rank);
      // Left out only where it is derived from the date the holder took the post.
      if (post.tenureYears === undefined) expect(post.holderSince).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      else expect(Number.isInteger(post.tenureYears) && post.tenureYears >= 0).toBe(true);
      for (const power of post.powers) {
        expect(categoryIds).toContain(power.category);
        expect(typeof power.majorMatter).toBe('boolean');
        expect(typeof power.collectiveDecision).toBe('boolean');
        for (const rp of power.riskPoints) {
          expect(riskCategoryIds).toContain(rp.riskCategory);
          expect(typeof rp.priorIncident).toBe('boolean');
        }
      }
    }
  });

  it("every risk point's step is one of its power's steps", () => {
    for (const post of load(file).posts) {
      for (const power of post.powers) {
        expect(power.steps.length).toBeGreaterThan(0);
        expect(new Set(power.steps).size).toBe(power.steps.length);
        expect(power.riskPoints.length).toBeGreaterThan(0);
        for (const rp of power.riskPoints) expect(power.steps, rp.id).toContain(rp.step);
      }
    }
  });

  it('every rating is an integer 1-5 of a known factor, and post factors are importance/influence only', () => {
    for (const post of load(file).posts) {
      for (const [k, v] of Object.entries(post.factors)) {
        expect(postFactorIds, post.id).toContain(k);
        expect(isRating(v), `${post.id}.${k}`).toBe(true);
      }
      for (const power of post.powers) {
        for (const rp of power.riskPoints) {
          for (const [k, v] of Object.entries(rp.factors)) {
            expect(factorIds, rp.id).toContain(k);
            expect(isRating(v), `${rp.id}.${k}`).toBe(true);
          }
        }
      }
    }
  });

  it('every risk point rates the seven risk-point factors, and its post rates importance and influence', () => {
    const seven = factorIds.filter((f) => !postFactorIds.includes(f));
    for (const post of load(file).posts) {
      expect(Object.keys(post.factors).sort(), post.id).toEqual([...postFactorIds].sort());
      for (const power of post.powers) {
        for (const rp of power.riskPoints) for (const f of seven) expect(rp.factors, rp.id).toHaveProperty(f);
      }
    }
  });

  it('every control is a known measure id, listed once', () => {
    for (const post of load(file).posts) {
      for (const power of post.powers) {
        for (const rp of power.riskPoints) {
          for (const c of rp.controls) expect(MEASURE_IDS, rp.id).toContain(c);
          expect(new Set(rp.controls).size, rp.id).toBe(rp.controls.length);
        }
      }
    }
  });
});

/** The county bureau is written to contain one instance of each power-configuration finding. */
describe('county-bureau.json carries the conditions it was written for', () => {
  const doc = load('county-bureau.json');
  const post = (id: string): RawPost => {
    const p = doc.posts.find((x) => x.id === id);
    if (p === undefined) throw new Error(`no post ${id}`);
    return p;
  };
  const categories = (p: RawPost): Set<string> => new Set(p.powers.map((w) => w.category));
  const maxFund = (p: RawPost): number =>
    Math.max(...p.powers.flatMap((w) => w.riskPoints.map((r) => Number(r.factors['fundLinkage'] ?? 0))));

  it('principal-direct-charge: the principal holds personnel and finance powers', () => {
    const director = post('cb-post-director');
    expect(director.rank).toBe('principal');
    expect(categories(director)).toContain('personnel');
    expect(categories(director)).toContain('finance');
  });

  it('deputy-all-five: one deputy holds personnel, finance, approval, project and procurement', () => {
    const deputy = post('cb-post-deputy-general');
    expect(deputy.rank).toBe('deputy');
    for (const c of ['personnel', 'finance', 'approval', 'project', 'procurement']) expect(categories(deputy)).toContain(c);
  });

  it('incompatible-powers: procurement with acceptance and payment; inspection with a non-collective penalty', () => {
    const logistics = post('cb-post-logistics-chief');
    const steps = logistics.powers.flatMap((w) => w.steps);
    expect(steps).toEqual(expect.arrayContaining(['提出采购需求', '组织评审', '履约验收', '提交付款申请']));
    const captain = post('cb-post-enforcement-captain');
    expect(categories(captain)).toContain('inspection');
    const penalty = captain.powers.find((w) => w.category === 'enforcement');
    expect(penalty?.collectiveDecision).toBe(false);
  });

  it('collective-decision-missing: a major matter not decided collectively', () => {
    const missing = doc.posts.flatMap((p) => p.powers.filter((w) => w.majorMatter && !w.collectiveDecision).map((w) => w.id));
    expect(missing).toEqual(['cb-pw-dg-project']);
  });

  it('rotation-due and audit-due: long tenures, with and without fund linkage; a finance head new in post', () => {
    expect(post('cb-post-finance-chief').tenureYears).toBeUndefined();
    expect(post('cb-post-finance-chief').holderSince).toBe('2026-02-16');
    expect(maxFund(post('cb-post-finance-chief'))).toBe(5);
    expect(post('cb-post-cashier').tenureYears).toBeGreaterThanOrEqual(5);
    expect(maxFund(post('cb-post-cashier'))).toBe(5);
    expect(post('cb-post-planning-chief').tenureYears).toBeGreaterThanOrEqual(5);
    expect(maxFund(post('cb-post-planning-chief'))).toBeLessThanOrEqual(3);
  });

  it('a risk point with a prior incident', () => {
    const prior = doc.posts.flatMap((p) => p.powers.flatMap((w) => w.riskPoints.filter((r) => r.priorIncident).map((r) => r.id)));
    expect(prior).toEqual(['cb-rp-enf-penalty-discretion']);
  });
});

describe('county-bureau-2025.json is the previous cycle of county-bureau.json', () => {
  const before = load('county-bureau-2025.json');
  const after = load('county-bureau.json');
  const idsBefore = new Set(allIds(before));
  const idsAfter = new Set(allIds(after));

  it('same organization, an earlier assessment', () => {
    expect(before.organization).toBe(after.organization);
    expect(before.assessedOn < after.assessedOn).toBe(true);
  });

  it('most ids persist, and each side has ids the other lacks', () => {
    const shared = [...idsAfter].filter((id) => idsBefore.has(id));
    expect(shared.length).toBeGreaterThan(idsAfter.size * 0.8);
    expect([...idsAfter].filter((id) => !idsBefore.has(id)).length).toBeGreaterThan(0);
    expect([...idsBefore].filter((id) => !idsAfter.has(id)).length).toBeGreaterThan(0);
  });
});
