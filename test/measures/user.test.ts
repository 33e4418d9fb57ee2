import { describe, expect, it } from 'vitest';
import { selectMeasures } from '../../src/measures/select.js';
import { resolveTemplates } from '../../src/measures/user.js';
import { BUILTIN_TEMPLATES } from '../../src/measures/templates.js';
import { LOCALES } from '../../src/i18n/locale.js';
import { LIMITS } from '../../src/validate/limits.js';
import { deepFreeze } from './helpers.js';

const added = {
  id: 'site-log',
  title: { 'zh-CN': '现场日志', 'zh-TW': '現場日誌', en: 'Site log' },
  text: {
    'zh-CN': '{post}在{power}的{step}环节当日填写现场日志。',
    'zh-TW': '{post}於{power}的{step}環節當日填寫現場日誌。',
    en: 'The {post} fills in the site log for the {step} step of {power} the same day.',
  },
  phase: 'during',
  kind: 'technology',
  owner: 'direct',
  reviewDays: 30,
  triggers: { steps: ['验收'], minLevel: 'medium' },
  effect: { monitoringDifficulty: 1 },
};

function codes(input: unknown): [string, string][] {
  return resolveTemplates(input).problems.map((p) => [p.code, p.path]);
}

describe('resolveTemplates', () => {
  it('adds, overrides and disables templates, keeping library order', () => {
    const r = resolveTemplates(
      deepFreeze({
        add: [added],
        override: [{ id: 'platform-trace', reviewDays: 30, indicator: null }],
        disable: ['off-duty-supervision'],
      }),
    );
    expect(r.problems).toEqual([]);
    if (!r.ok) throw new Error('expected ok');
    const lib = r.value;
    expect(lib.templates).toHaveLength(BUILTIN_TEMPLATES.length);
    expect(lib.templates[lib.templates.length - 1]?.id).toBe('site-log');
    expect(lib.byId.get('platform-trace')?.reviewDays).toBe(30);
    expect(lib.byId.get('platform-trace')?.indicator).toBeUndefined();
    expect(lib.byId.get('platform-trace')?.text).toEqual(BUILTIN_TEMPLATES.find((t) => t.id === 'platform-trace')?.text);
    expect(lib.byId.has('off-duty-supervision')).toBe(false);
    expect(lib.templates.findIndex((t) => t.id === 'platform-trace')).toBe(BUILTIN_TEMPLATES.filter((t) => t.id !== 'off-duty-supervision').findIndex((t) => t.id === 'platform-trace'));
  });

  it('an empty document gives the base library unchanged', () => {
    const r = resolveTemplates({});
    expect(r.ok && r.value.templates.map((t) => t.id)).toEqual(BUILTIN_TEMPLATES.map((t) => t.id));
  });

  it('reports unknown ids to override or disable', () => {
    expect(codes({ override: [{ id: 'nope' }], disable: ['gone'] })).toEqual([
      ['unknown-template-id', 'override[0].id'],
      ['unknown-template-id', 'disable[0]'],
    ]);
  });

  it('reports duplicate ids: an added id already in the library, or added twice, or overridden twice', () => {
    expect(codes({ add: [{ ...added, id: 'power-list' }] })).toEqual([['duplicate-template-id', 'add[0].id']]);
    expect(codes({ add: [added, added] })).toEqual([['duplicate-template-id', 'add[1].id']]);
    expect(codes({ override: [{ id: 'power-list' }, { id: 'power-list' }] })).toEqual([['duplicate-override', 'override[1].id']]);
    const dup = resolveTemplates({ disable: ['power-list', 'power-list'] });
    expect(dup.ok).toBe(true);
    expect(dup.problems.map((p) => [p.severity, p.code])).toEqual([['warning', 'duplicate-disable']]);
  });

  it('reports bad phase, kind, owner, review days and ids', () => {
    expect(codes({ add: [{ ...added, id: 'Bad Id', phase: 'later', kind: 'magic', owner: 'boss', reviewDays: 0 }] })).toEqual([
      ['bad-format', 'add[0].id'],
      ['unknown-value', 'add[0].phase'],
      ['unknown-value', 'add[0].kind'],
      ['unknown-value', 'add[0].owner'],
      ['out-of-range', 'add[0].reviewDays'],
    ]);
    const r = resolveTemplates({ add: [{ ...added, id: 'Bad Id', phase: 'durring' }] });
    expect(r.problems.map((p) => p.message.en)).toEqual([
      '"Bad Id" is not in the format lower-case letters, digits and hyphens (e.g. site-inspection-log)',
      '"durring" is not a valid value, did you mean "during"; allowed: before, during, after',
    ]);
  });

  it('reports missing fields and missing locale texts', () => {
    const { text: _t, ...noText } = added;
    expect(codes({ add: [noText] })).toEqual([['missing-field', 'add[0].text']]);
    expect(codes({ override: [{ id: 'power-list', title: { 'zh-CN': '权力清单', en: '' } }] })).toEqual([['empty-string', 'override[0].title.en']]);
    expect(codes({ override: [{ id: 'power-list', title: { 'zh-TW': '權力清單', en: 'Power list' } }] })).toEqual([['missing-locale-text', 'override[0].title["zh-CN"]']]);
  });

  it('accepts a template written in zh-CN only: the other locales show the zh-CN text, with a warning saying so', () => {
    const zhOnly = {
      id: 'visit-log',
      title: { 'zh-CN': '走访登记' },
      text: { 'zh-CN': '{post}在{power}的{step}环节走访服务对象，走访情况登记备查。' },
      indicator: { 'zh-CN': '走访登记率' },
      phase: 'during',
      kind: 'institution',
      owner: 'department-head',
      reviewDays: 90,
      triggers: { steps: ['走访'] },
    };
    const r = resolveTemplates({ add: [zhOnly], override: [{ id: 'platform-trace', title: { 'zh-CN': '网上办理、全程留痕' } }] });
    expect(r.ok).toBe(true);
    expect(r.problems.map((p) => [p.severity, p.code, p.path, p.params?.locales])).toEqual([
      ['warning', 'locale-fallback', 'add[0].title', 'zh-TW, en'],
      ['warning', 'locale-fallback', 'add[0].text', 'zh-TW, en'],
      ['warning', 'locale-fallback', 'add[0].indicator', 'zh-TW, en'],
      ['warning', 'locale-fallback', 'override[0].title', 'zh-TW, en'],
    ]);
    if (!r.ok) throw new Error('expected ok');
    const t = r.value.byId.get('visit-log');
    expect(t?.title).toEqual({ 'zh-CN': '走访登记', 'zh-TW': '走访登记', en: '走访登记' });
    expect(t?.text.en).toBe(zhOnly.text['zh-CN']);
    expect(r.value.byId.get('platform-trace')?.title.en).toBe('网上办理、全程留痕');
    const ms = selectMeasures(
      { post: { id: 'p', name: '社区干部', department: '民政所' }, power: { id: 'w', name: '困难群众走访', category: 'other' }, step: '入户走访', level: 'low', factors: {}, findingCodes: [], controls: [] },
      r.value,
    );
    expect(ms.find((m) => m.templateId === 'visit-log')?.text.en).toBe('社区干部在困难群众走访的入户走访环节走访服务对象，走访情况登记备查。');
  });

  it('reports unknown placeholders (error) and placeholders that differ between locales (warning)', () => {
    const text = { ...added.text, 'zh-CN': '{post}在{amount}内办理。' };
    const r = resolveTemplates({ add: [{ ...added, text }] });
    expect(r.ok).toBe(false);
    expect(r.problems.map((p) => [p.severity, p.code, p.path])).toEqual([
      ['error', 'unknown-placeholder', 'add[0].text["zh-CN"]'],
      ['warning', 'placeholder-mismatch', 'add[0].text["zh-TW"]'],
      ['warning', 'placeholder-mismatch', 'add[0].text.en'],
    ]);
  });

  it('reports bad effects and triggers', () => {
    expect(
      codes({
        override: [
          {
            id: 'power-list',
            effect: { opacity: 9, luck: 1 },
            triggers: { minLevel: 'extreme', categories: ['space'], flags: ['odd'], ranks: ['king'], findingCodes: ['x'], factors: { harm: 0 }, steps: [''] },
          },
        ],
      }),
    ).toEqual([
      ['unknown-value', 'override[0].triggers.minLevel'],
      ['out-of-range', 'override[0].triggers.factors.harm'],
      ['unknown-value', 'override[0].triggers.categories[0]'],
      ['empty-string', 'override[0].triggers.steps[0]'],
      ['unknown-value', 'override[0].triggers.findingCodes[0]'],
      ['unknown-value', 'override[0].triggers.flags[0]'],
      ['unknown-value', 'override[0].triggers.ranks[0]'],
      ['unknown-factor', 'override[0].effect.luck'],
      ['out-of-range', 'override[0].effect.opacity'],
    ]);
  });

  it('rejects a document that is not an object or has lists of the wrong type; warns on unknown fields', () => {
    expect(codes(null)).toEqual([['not-an-object', '']]);
    expect(codes([])).toEqual([['not-an-object', '']]);
    expect(codes({ add: {} })).toEqual([['wrong-type', 'add']]);
    const r = resolveTemplates({ remove: [] });
    expect(r.ok).toBe(true);
    expect(r.problems.map((p) => [p.severity, p.code, p.path])).toEqual([['warning', 'unknown-field', 'remove']]);
  });

  it('refuses a 100 MiB title or a million step keywords by their limits, with a path, before reading them', () => {
    const huge = 'x'.repeat(100 * 1024 * 1024);
    const title = resolveTemplates({ add: [{ ...added, title: { ...added.title, en: huge } }] });
    expect(title.ok).toBe(false);
    expect(title.problems.map((p) => [p.code, p.path, p.params['max'], p.expected])).toEqual([
      ['too-long', 'add[0].title.en', LIMITS.name, `<= ${LIMITS.name}`],
    ]);
    const steps = resolveTemplates({ add: [{ ...added, triggers: { steps: new Array<string>(1_000_000).fill('验收') } }] });
    expect(steps.problems.map((p) => [p.code, p.path, p.params['max']])).toEqual([['too-many-items', 'add[0].triggers.steps', LIMITS.keywords]]);
  });

  it('warns when a phase is left without templates', () => {
    const r = resolveTemplates({ disable: BUILTIN_TEMPLATES.filter((t) => t.phase === 'after').map((t) => t.id) });
    expect(r.ok).toBe(true);
    expect(r.problems.map((p) => p.code)).toEqual(['phase-without-templates']);
    expect(r.problems[0]?.message['zh-CN']).toContain('后期处置');
  });

  it('every problem message exists in every locale with nothing left unfilled but the literal placeholders it names', () => {
    const r = resolveTemplates({ add: [{ ...added, id: 'X', phase: 'x', effect: { a: 1 } }], override: [{ id: 'nope' }] });
    for (const p of r.problems) for (const l of LOCALES) expect(p.message[l]).not.toMatch(/\{(id|value|allowed|field|factor|locale)\}/);
  });
});
