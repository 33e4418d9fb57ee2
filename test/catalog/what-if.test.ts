/**
 * What-if over everything a unit can change (issue 12): ratings, the power's flags and one measure
 * from the library, worked cases.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { whatIfChanges, whatIfPostChanges } from '../../src/catalog/what-if.js';
import { DEFAULT_LIBRARY } from '../../src/measures/library.js';
import type { Factors } from '../../src/model/document.js';
import { parseDocument } from '../../src/validate/document.js';

const ones: Factors = { fundLinkage: 1, discretion: 1, externalContact: 1, opacity: 1, likelihood: 1, harm: 1, monitoringDifficulty: 1, importance: 1, influence: 1 };
const doc = parseDocument({
  posts: [
    {
      id: 'sec',
      name: '党委书记',
      department: '党委',
      rank: 'principal',
      tenureYears: 2,
      powers: [
        {
          id: 'project',
          name: '重大项目决策',
          category: 'project',
          majorMatter: true,
          collectiveDecision: false,
          steps: ['决定'],
          riskPoints: [{ id: 'alone', description: '个人决定重大项目', step: '决定', riskCategory: 'process', factors: ones }],
        },
        {
          id: 'approve',
          name: '用地预审',
          category: 'approval',
          steps: ['审查'],
          riskPoints: [
            {
              id: 'opaque',
              description: '暗箱操作，选择性审查',
              step: '审查',
              riskCategory: 'process',
              factors: { fundLinkage: 2, discretion: 4, externalContact: 4, opacity: 5, likelihood: 3, harm: 3, monitoringDifficulty: 5, importance: 3, influence: 3 },
            },
          ],
        },
      ],
    },
  ],
});
const post = doc.posts[0]!;
const [project, approve] = post.powers as [typeof post.powers[number], typeof post.powers[number]];

describe('what-if over flags', () => {
  it('a point high only because a major matter is not decided collectively: deciding it collectively lowers it to low', () => {
    const w = whatIfChanges(post, project, project.riskPoints[0]!);
    expect(w.level).toBe('high');
    expect(w.down).toEqual({ change: { kind: 'flag', powerId: 'project', flag: 'collectiveDecision', to: true }, level: 'low', judged: 'inherent' });
    expect(w.up).toBeNull();
    expect(w.text['zh-CN']).toContain('“重大项目决策”改为经集体决策，固有风险变为低');
  });

  it('the same point decided collectively: taking the decision out of the collective (or making it a major matter) raises it', () => {
    const collective = { ...project, collectiveDecision: true };
    const w = whatIfChanges(post, collective, collective.riskPoints[0]!);
    expect(w.level).toBe('low');
    expect(w.up?.change).toEqual({ kind: 'flag', powerId: 'project', flag: 'collectiveDecision', to: false });
    expect(w.up?.level).toBe('high');
  });
});

describe('what-if over measures', () => {
  it('names the library measure that lowers the residual level most, by its title, and counts it as a change', () => {
    const rp = approve.riskPoints[0]!;
    const w = whatIfChanges(post, approve, rp);
    expect(w.level).toBe('high');
    expect(w.bestMeasure).not.toBeNull();
    const best = w.bestMeasure!;
    expect(best.judged).toBe('residual');
    expect(best.change.kind).toBe('measure');
    if (best.change.kind !== 'measure') return;
    const template = DEFAULT_LIBRARY.byId.get(best.change.templateId)!;
    expect(template).toBeDefined();
    // The best measure really lowers the residual level, and no other single measure lowers it further.
    expect(best.level).not.toBe('high');
    expect(w.text['zh-CN']).toContain(`最能降低剩余风险的措施：“${best.change.title['zh-CN']}”`);
    expect(w.text.en).toContain(best.change.title.en);
  });

  it('posts of the county example: a measure lowers one post, a flag raises another (worked cases)', () => {
    const county = parseDocument(JSON.parse(readFileSync(fileURLToPath(new URL('../../examples/county-bureau.json', import.meta.url)), 'utf8')));
    const byId = (id: string) => county.posts.find((p) => p.id === id)!;
    const enforcement = whatIfPostChanges(byId('cb-post-deputy-enforcement'));
    expect(enforcement.level).toBe('high');
    expect(enforcement.down).toMatchObject({ change: { kind: 'measure', riskPointId: 'cb-rp-de-case-intercede', templateId: 'post-description' }, level: 'medium', judged: 'residual' });
    expect(enforcement.text['zh-CN']).toContain('落实“细化岗位说明书，明确权力边界”');
    const office = whatIfPostChanges(byId('cb-post-office-director'));
    expect(office.level).toBe('low');
    expect(office.up).toMatchObject({ change: { kind: 'flag', powerId: 'cb-pw-office-reception', flag: 'majorMatter', to: true }, judged: 'inherent' });
  });
});
