import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildCatalog } from '../../src/catalog/build.js';
import { diffCatalogs } from '../../src/catalog/diff.js';
import { checkPowerConfiguration } from '../../src/findings/check.js';
import { DEFAULT_FINDING_SETTINGS, validateFindingSettings } from '../../src/findings/settings.js';
import { describeTerm, holderChanged, postTerm } from '../../src/findings/term.js';
import { completedYears, addYears } from '../../src/model/dates.js';
import type { OrganizationDocument, Post, Power } from '../../src/model/document.js';
import { renderCsv } from '../../src/render/csv.js';
import { importCsv } from '../../src/read/csv-import.js';
import { renderDiffMarkdown } from '../../src/render/diff-markdown.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import { parseDocument, validateDocument } from '../../src/validate/document.js';
import { documentArb } from '../support/arbitraries.js';

const example = (name: string): OrganizationDocument =>
  parseDocument(JSON.parse(readFileSync(new URL(`../../examples/${name}.json`, import.meta.url), 'utf8')));

const fundPower: Power = {
  id: 'w-fund',
  name: '资金支付审核',
  category: 'finance',
  majorMatter: false,
  collectiveDecision: false,
  steps: ['审核', '支付'],
  riskPoints: [
    {
      id: 'r-fund',
      description: '违规审核支付',
      step: '审核',
      riskCategory: 'process',
      factors: { fundLinkage: 5, discretion: 5, likelihood: 5, harm: 5, opacity: 5, externalContact: 4, monitoringDifficulty: 4 },
      priorIncident: false,
      controls: [],
    },
  ],
};

const otherPower: Power = {
  id: 'w-other',
  name: '文件收发',
  category: 'other',
  majorMatter: false,
  collectiveDecision: false,
  steps: ['登记'],
  riskPoints: [
    { id: 'r-other', description: '文件积压', step: '登记', riskCategory: 'duty', factors: { fundLinkage: 1 }, priorIncident: false, controls: [] },
  ],
};

const post = (over: Partial<Post> = {}): Post => ({
  id: 'p',
  name: '财务股股长',
  department: '财务股',
  rank: 'middle',
  tenureYears: 0,
  factors: {},
  powers: [fundPower],
  ...over,
});

const doc = (posts: readonly Post[], assessedOn = '2026-03-31'): OrganizationDocument => ({ assessedOn, posts });

describe('who holds the post: holder, holderSince, derived tenure', () => {
  const input = (p: Record<string, unknown>, d: Record<string, unknown> = { assessedOn: '2026-03-31' }) => ({
    ...d,
    posts: [{ id: 'p', name: '出纳', department: '财务科', rank: 'staff', powers: [], ...p }],
  });

  it('derives tenureYears as completed years from holderSince to assessedOn', () => {
    const checked = validateDocument(input({ holder: '张某', holderSince: '2021-04-01' }));
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    expect(checked.value.posts[0]).toMatchObject({ holder: '张某', holderSince: '2021-04-01', tenureYears: 4 });
    expect(Object.keys(checked.value.posts[0]!)).toEqual(['id', 'name', 'department', 'rank', 'tenureYears', 'holder', 'holderSince', 'factors', 'powers']);
    expect(completedYears('2021-03-31', '2026-03-31')).toBe(5);
    expect(addYears('2024-02-29', 1)).toBe('2025-02-28');
  });

  it('keeps a given tenure that agrees with holderSince', () => {
    const checked = validateDocument(input({ holderSince: '2021-01-20', tenureYears: 5 }));
    expect(checked.ok && checked.value.posts[0]!.tenureYears).toBe(5);
  });

  it('refuses a tenure that holderSince contradicts, with both values in the message', () => {
    const checked = validateDocument(input({ holderSince: '2021-01-20', tenureYears: 9 }));
    expect(checked.ok).toBe(false);
    expect(checked.problems.map((p) => [p.path, p.code])).toEqual([['posts[0].tenureYears', 'tenure-inconsistent']]);
    expect(checked.problems[0]!.message['zh-CN']).toContain('2021-01-20');
    expect(checked.problems[0]!.message.en).toContain('5 completed years');
  });

  it('says tenure is missing when it cannot be derived (no holderSince, or no assessedOn)', () => {
    for (const c of [validateDocument(input({})), validateDocument(input({ holderSince: '2021-01-20' }, {}))]) {
      expect(c.ok).toBe(false);
      expect(c.problems.map((p) => [p.path, p.code])).toEqual([['posts[0].tenureYears', 'missing-field']]);
    }
  });

  it('refuses a holder who took the post after the assessment', () => {
    const c = validateDocument(input({ holderSince: '2026-04-01', tenureYears: 0 }));
    expect(c.problems.map((p) => [p.path, p.code])).toEqual([['posts[0].holderSince', 'holder-since-after-assessment']]);
  });

  it('keeps holder and holderSince through CSV export and import; a blank tenure is derived again', () => {
    const d = example('county-bureau');
    const back = importCsv(renderCsv(buildCatalog(d)));
    expect(back.ok).toBe(true);
    if (!back.ok) return;
    const byId = new Map(back.value.posts.map((p) => [p.id, p]));
    for (const p of d.posts) expect(byId.get(p.id)).toMatchObject({ tenureYears: p.tenureYears, holder: p.holder, holderSince: p.holderSince });
  });
});

describe('before appointment: pre-appointment-review (任前研判)', () => {
  // Levels are given, not scored: the finding depends on the level, whatever model graded it.
  const findings = (d: OrganizationDocument, level: 'high' | 'medium' | 'low', settings = {}) =>
    checkPowerConfiguration(d, new Map(d.posts.map((p) => [p.id, level])), settings);
  const review = (d: OrganizationDocument, level: 'high' | 'medium' | 'low', settings = {}) =>
    findings(d, level, settings).find((x) => x.code === 'pre-appointment-review');

  it('a new holder of a 高 post: before exercising the powers, with every item the practice requires', () => {
    const f = review(doc([post({ holder: '赵某', holderSince: '2026-02-16' })]), 'high');
    expect(f?.message['zh-CN']).toBe(
      '财务股股长由赵某新任（2026-02-16到岗），岗位风险等级为高，应在履职前完成任前研判：任前廉政谈话；核查廉政档案并取得纪检监察机构党风廉政意见回复；报告个人有关事项；签订岗位廉政风险负面清单和廉洁承诺。',
    );
    expect(f?.message.en).toContain("before the holder exercises the post's powers");
  });

  it('a new holder of a 中 post: within 30 days; of a 低 post: none', () => {
    const d = doc([post({ holderSince: '2026-03-01' })]);
    expect(review(d, 'medium')?.message['zh-CN']).toContain('应在到岗后30日内完成任前研判');
    expect(review(d, 'low')).toBeUndefined();
  });

  it('only within preAppointmentDays of assessedOn (default 90), which the settings change', () => {
    const d = doc([post({ holderSince: '2025-12-01', tenureYears: 0 })]);
    expect(review(d, 'high')).toBeUndefined();
    expect(review(d, 'high', { preAppointmentDays: 180 })).toBeDefined();
  });
});

describe('during the term (任中评估)', () => {
  it('audit-due for a leadership rank without fund powers, and for fund powers at any rank', () => {
    const leader = doc([post({ rank: 'deputy', tenureYears: 5, powers: [otherPower], name: '副局长' })]);
    const f = checkPowerConfiguration(leader).find((x) => x.code === 'audit-due');
    expect(f?.message['zh-CN']).toBe('副局长任职5年（达到5年），属于领导职务（副职），应开展任中经济责任审计。');
    expect(f?.powerIds).toEqual([]);
    const staff = doc([post({ rank: 'staff', tenureYears: 5, powers: [otherPower] })]);
    expect(checkPowerConfiguration(staff).map((x) => x.code)).not.toContain('audit-due');
  });

  it("the term's timeline: each event with its due date, due-now ones marked, ordered by date", () => {
    const p = post({ holder: '李某', holderSince: '2019-01-20', tenureYears: 7 });
    const term = postTerm(p, 'high', '2026-03-31', DEFAULT_FINDING_SETTINGS);
    expect(term.events).toEqual([
      { kind: 'in-term-audit', due: '2024-01-20', dueNow: true },
      { kind: 'rotation', due: '2024-01-20', dueNow: true },
      { kind: 'annual-report', due: '2026-12-31', dueNow: false },
    ]);
    expect(describeTerm(term, 'zh-CN')).toEqual({
      holder: '现任：李某，2019-01-20到岗，任职7年',
      due: '应办事项：任中经济责任审计（2024-01-20，已到期）；轮岗交流（2024-01-20，已到期）；年度述职述廉（2026-12-31前）',
    });
    const fresh = postTerm(post({ holderSince: '2026-02-16' }), 'high', '2026-03-31', DEFAULT_FINDING_SETTINGS);
    expect(fresh.events.map((e) => [e.kind, e.due, e.dueNow])).toEqual([
      ['pre-appointment-review', '2026-02-16', true],
      ['annual-report', '2026-12-31', false],
      ['in-term-audit', '2031-02-16', false],
      ['rotation', '2031-02-16', false],
    ]);
  });

  it('without holderSince, due dates count from assessedOn and the tenure', () => {
    const term = postTerm(post({ tenureYears: 3 }), 'medium', '2026-03-31', DEFAULT_FINDING_SETTINGS);
    expect(term.events.find((e) => e.kind === 'in-term-audit')).toEqual({ kind: 'in-term-audit', due: '2028-03-31', dueNow: false });
  });

  it('the catalog carries the term, and the report shows it on the post', () => {
    const catalog = buildCatalog(example('county-bureau'));
    const chief = catalog.posts.find((p) => p.id === 'cb-post-finance-chief')!;
    expect(chief.term.holder).toBe('赵某');
    expect(chief.term.events[0]).toEqual({ kind: 'pre-appointment-review', due: '2026-02-16', dueNow: true });
    expect(renderMarkdown(catalog)).toContain('现任：赵某，2026-02-16到岗，任职0年');
  });
});

describe('after the term (任后评价): a holder change between two cycles', () => {
  it('the county bureau: the finance head replaced — departure audit and review due, audit not "resolved"', () => {
    const d = diffCatalogs(buildCatalog(example('county-bureau-2025')), buildCatalog(example('county-bureau')));
    expect(d.holders.changed.map((c) => [c.postId, c.from, c.to, c.since, c.endedFindings.map((f) => f.code)])).toEqual([
      ['cb-post-finance-chief', '李某', '赵某', '2026-02-16', ['rotation-due', 'audit-due']],
    ]);
    const fresh = d.findings.new.filter((f) => f.postId === 'cb-post-finance-chief').map((f) => f.code);
    expect(fresh).toEqual(['departure-audit-due', 'pre-appointment-review']);
    expect(d.findings.resolved.filter((f) => f.postId === 'cb-post-finance-chief')).toEqual([]);
    const md = renderDiffMarkdown(d);
    expect(md).toContain('李某 → 赵某（2026-02-16到岗）');
    expect(md).toContain('应对离任者开展离任经济责任审计');
  });

  it('holderChanged: names decide, else dates, else a tenure that went down', () => {
    expect(holderChanged({ holder: 'a', tenureYears: 3 }, { holder: 'a', tenureYears: 0 })).toBe(false);
    expect(holderChanged({ holder: 'a', tenureYears: 3 }, { holder: 'b', tenureYears: 4 })).toBe(true);
    expect(holderChanged({ holderSince: '2020-01-01', tenureYears: 3 }, { holderSince: '2026-01-01', tenureYears: 0 })).toBe(true);
    expect(holderChanged({ tenureYears: 8 }, { tenureYears: 0 })).toBe(true);
    expect(holderChanged({ tenureYears: 8 }, { tenureYears: 9 })).toBe(false);
  });

  const withHolder = (d: OrganizationDocument, holder: (i: number) => string): OrganizationDocument => ({
    ...d,
    posts: d.posts.map((p, i) => ({ ...p, holder: holder(i) })),
  });
  const auditApplies = (p: Post): boolean =>
    DEFAULT_FINDING_SETTINGS.leadershipRanks.some((r) => r === p.rank) ||
    p.powers.some((w) => DEFAULT_FINDING_SETTINGS.fundCategories.some((c) => c === w.category) || w.riskPoints.some((rp) => (rp.factors.fundLinkage ?? 0) >= 4));

  it('property "a change of holder always brings departure-audit-due where an audit applies": fund powers or leadership rank', () => {
    fc.assert(
      fc.property(documentArb, (d) => {
        const before = withHolder(d, (i) => `甲${i}`);
        const after = withHolder(d, (i) => `乙${i}`);
        const diff = diffCatalogs(buildCatalog(before), buildCatalog(after));
        const departures = new Set(diff.findings.new.filter((f) => f.code === 'departure-audit-due').map((f) => f.postId));
        // Ids are unique per document, so each post is checked once.
        for (const p of d.posts) expect(departures.has(p.id)).toBe(auditApplies(p));
        expect(diff.holders.changed.map((c) => c.postId)).toEqual(d.posts.map((p) => p.id).sort());
      }),
      { numRuns: 30 },
    );
  });

  it('property "the same holder in both cycles never brings a departure audit", and term findings are deterministic', () => {
    fc.assert(
      fc.property(documentArb, documentArb, (a, b) => {
        const ha = withHolder(a, () => '同一人');
        const hb = withHolder(b, () => '同一人');
        const diff = diffCatalogs(buildCatalog(ha), buildCatalog(hb));
        expect(diff.holders.changed).toEqual([]);
        expect(diff.findings.new.map((f) => f.code)).not.toContain('departure-audit-due');
        expect(diffCatalogs(buildCatalog(ha), buildCatalog(hb))).toEqual(diff);
        expect(checkPowerConfiguration(ha)).toEqual(checkPowerConfiguration(ha));
      }),
      { numRuns: 20 },
    );
  });
});

describe('term settings are validated like the rest', () => {
  it('accepts the thresholds and refuses bad ones at their paths', () => {
    const ok = validateFindingSettings({ preAppointmentDays: 60, leadershipRanks: ['principal'], annualReportRanks: ['principal', 'deputy'] });
    expect(ok.ok && [ok.value.preAppointmentDays, ok.value.leadershipRanks]).toEqual([60, ['principal']]);
    const bad = validateFindingSettings({ preAppointmentDays: -1, leadershipRanks: ['boss'], annualReportRanks: 'all' });
    expect(bad.ok).toBe(false);
    expect(bad.problems.map((p) => [p.path, p.code])).toEqual([
      ['preAppointmentDays', 'out-of-range'],
      ['leadershipRanks[0]', 'unknown-value'],
      ['annualReportRanks', 'wrong-type'],
    ]);
  });
});
