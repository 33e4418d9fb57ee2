import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkControls } from '../../src/measures/controls.js';
import { filterTemplates } from '../../src/measures/filter.js';
import { DEFAULT_LIBRARY } from '../../src/measures/library.js';
import { resolveTemplates } from '../../src/measures/user.js';
import { parseDocument } from '../../src/validate/document.js';
import { PHASES, POWER_CATEGORIES } from '../../src/model/enums.js';
import { LOCALES } from '../../src/i18n/locale.js';
import { documentArb } from '../support/arbitraries.js';
import { deepFreeze } from '../support/hostile.js';

const doc = deepFreeze(
  parseDocument({
    posts: [
      {
        id: 'p1',
        name: '出纳',
        department: '财务科',
        rank: 'staff',
        tenureYears: 2,
        powers: [
          { id: 'w1', name: '支付', category: 'finance', steps: ['支付'], riskPoints: [{ id: 'r0', description: 'a', step: '支付', riskCategory: 'duty', factors: {} }] },
          {
            id: 'w2',
            name: '采购',
            category: 'procurement',
            steps: ['验收'],
            riskPoints: [
              { id: 'r1', description: 'b', step: '验收', riskCategory: 'duty', factors: {}, controls: ['platform-trace'] },
              { id: 'r2', description: 'c', step: '验收', riskCategory: 'duty', factors: {}, controls: ['platform-trace', 'platfrom-trace', 'my-own-rule'] },
            ],
          },
        ],
      },
    ],
  }),
);

describe('checkControls', () => {
  it('warns once per unknown control, with its path, a suggestion when one is close, in every locale', () => {
    const problems = checkControls(doc);
    expect(problems.map((p) => [p.severity, p.code, p.path, p.params['id']])).toEqual([
      ['warning', 'unknown-control', 'posts[0].powers[1].riskPoints[1].controls[1]', 'platfrom-trace'],
      ['warning', 'unknown-control', 'posts[0].powers[1].riskPoints[1].controls[2]', 'my-own-rule'],
    ]);
    expect(problems[0]!.message.en).toBe('control "platfrom-trace" is not a template of the measure library, did you mean "platform-trace"; it lowers no factor');
    expect(problems[1]!.message['zh-CN']).toBe('措施 "my-own-rule" 不在防控措施模板库中，不计入剩余风险');
    for (const p of problems) for (const l of LOCALES) expect(p.message[l]).not.toMatch(/\{\w+\}/);
  });

  it('a user library that adds the template makes the warning go away', () => {
    const user = resolveTemplates({ disable: ['platform-trace'] });
    expect(user.ok).toBe(true);
    if (!user.ok) return;
    expect(checkControls(doc, user.value).map((p) => p.params['id'])).toEqual(['platform-trace', 'platform-trace', 'platfrom-trace', 'my-own-rule']);
  });

  it('agreement: a control is reported exactly when the library lacks it', () => {
    fc.assert(
      fc.property(documentArb, (d) => {
        const listed = d.posts.flatMap((p) =>
          p.powers.flatMap((w) => w.riskPoints.flatMap((r) => [...r.controls, ...(r.ownMeasures ?? []).flatMap((m) => (m.template === undefined ? [] : [m.template]))])),
        );
        expect(checkControls(d)).toHaveLength(listed.filter((id) => !DEFAULT_LIBRARY.byId.has(id)).length);
      }),
      { numRuns: 100 },
    );
  });
});

describe('filterTemplates', () => {
  it('no filter keeps the whole library, in order', () => {
    expect(filterTemplates({})).toEqual(DEFAULT_LIBRARY.templates);
  });

  it('partition: the phases split the library, each template in exactly one', () => {
    const parts = PHASES.map((phase) => filterTemplates({ phase }));
    expect(parts.reduce((n, p) => n + p.length, 0)).toBe(DEFAULT_LIBRARY.templates.length);
    parts.forEach((p, i) => expect(p.every((t) => t.phase === PHASES[i])).toBe(true));
  });

  it('category keeps the templates that can apply to that category, and combines with the other filters', () => {
    for (const { id: category } of POWER_CATEGORIES) {
      const kept = filterTemplates({ category });
      expect(kept.length).toBeGreaterThan(0);
      for (const t of DEFAULT_LIBRARY.templates) {
        const applies = t.triggers.categories === undefined || t.triggers.categories.includes(category);
        expect(kept.includes(t)).toBe(applies);
      }
    }
    const procurementDuring = filterTemplates({ category: 'procurement', phase: 'during', kind: 'openness' });
    expect(procurementDuring.every((t) => t.phase === 'during' && t.kind === 'openness')).toBe(true);
  });
});
