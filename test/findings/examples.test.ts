import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { checkPowerConfiguration } from '../../src/findings/check.js';
import type { OrganizationDocument } from '../../src/model/document.js';
import type { Level } from '../../src/model/enums.js';

/** Reads an example and fills the input defaults the validator fills (booleans, controls, post factors). */
function example(name: string): OrganizationDocument {
  const raw = JSON.parse(readFileSync(new URL(`../../examples/${name}.json`, import.meta.url), 'utf8')) as {
    posts: { powers: { riskPoints: object[] }[] }[];
  };
  return {
    ...raw,
    posts: raw.posts.map((p) => ({
      factors: {},
      ...p,
      powers: p.powers.map((w) => ({
        majorMatter: false,
        collectiveDecision: false,
        ...w,
        riskPoints: w.riskPoints.map((r) => ({ priorIncident: false, controls: [], ...r })),
      })),
    })),
  } as unknown as OrganizationDocument;
}

/** Every post at medium, so rotation is checked everywhere (levels come from scoring in the catalog). */
function findings(name: string): [string, string, string?][] {
  const doc = example(name);
  const levels = new Map<string, Level>(doc.posts.map((p) => [p.id, 'medium']));
  return checkPowerConfiguration(doc, levels).map((f) => (f.pairId === undefined ? [f.postId, f.code] : [f.postId, f.code, f.pairId]));
}

describe('findings the example organizations were written to contain', () => {
  it('oilfield service center: rotation and audit on long-tenure fund posts, no principal or collective-decision findings', () => {
    const f = findings('oilfield-service-center');
    for (const post of ['os-post-production-chief', 'os-post-dispatcher']) {
      expect(f).toContainEqual([post, 'rotation-due']);
      expect(f).toContainEqual([post, 'audit-due']);
    }
    expect(f).toContainEqual(['os-post-settlement-accountant', 'audit-due']);
    const codes = f.map((x) => x[1]);
    expect(codes).not.toContain('principal-direct-charge');
    expect(codes).not.toContain('deputy-all-five');
    expect(codes).not.toContain('collective-decision-missing');
    expect(f.some((x) => x[2] === 'inspection-and-penalty')).toBe(false);
  });

  it('county bureau: every check the document was written to contain', () => {
    const f = findings('county-bureau');
    expect(f).toContainEqual(['cb-post-director', 'principal-direct-charge']);
    expect(f).toContainEqual(['cb-post-deputy-general', 'deputy-all-five']);
    expect(f).toContainEqual(['cb-post-logistics-chief', 'incompatible-powers', 'award-and-acceptance']);
    expect(f).toContainEqual(['cb-post-enforcement-captain', 'incompatible-powers', 'inspection-and-penalty']);
    expect(f).toContainEqual(['cb-post-deputy-general', 'collective-decision-missing']);
    for (const post of ['cb-post-cashier', 'cb-post-planning-chief']) expect(f).toContainEqual([post, 'rotation-due']);
    expect(f).toContainEqual(['cb-post-cashier', 'audit-due']);
    expect(f).not.toContainEqual(['cb-post-planning-chief', 'audit-due']);
    // The finance head is new in post (2026-02-16): the review is due, the outgoing term's findings are not.
    expect(f).toContainEqual(['cb-post-finance-chief', 'pre-appointment-review']);
    expect(f).not.toContainEqual(['cb-post-finance-chief', 'rotation-due']);
    expect(f).not.toContainEqual(['cb-post-finance-chief', 'audit-due']);
  });

  it('university: infrastructure findings, no principal finding', () => {
    const f = findings('university');
    for (const post of ['un-post-infra-director', 'un-post-vp-infrastructure']) {
      expect(f).toContainEqual([post, 'rotation-due']);
      expect(f).toContainEqual([post, 'audit-due']);
    }
    expect(f).toContainEqual(['un-post-admissions-director', 'rotation-due']);
    expect(f).toContainEqual(['un-post-infra-director', 'incompatible-powers', 'award-and-acceptance']);
    expect(f.map((x) => x[1])).not.toContain('principal-direct-charge');
  });
});
