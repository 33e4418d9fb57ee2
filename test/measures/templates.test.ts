import { describe, expect, it } from 'vitest';
import { BUILTIN_TEMPLATES } from '../../src/measures/templates.js';
import { MEASURE_KIND_LABELS } from '../../src/measures/messages.js';
import { TEMPLATE_PLACEHOLDERS } from '../../src/measures/types.js';
import { placeholdersOf, resolveTemplates, TEMPLATE_ID_PATTERN } from '../../src/measures/user.js';
import { controlEffects, DEFAULT_LIBRARY } from '../../src/measures/library.js';
import { FACTOR_IDS, OWNER_TIER_LABELS, PHASE_LABELS, PHASES } from '../../src/model/enums.js';
import { LOCALES, type LocalizedText } from '../../src/i18n/locale.js';

const REQUIRED_IDS = [
  'integrity-education', 'warning-education', 'power-list', 'negative-list', 'post-description',
  'separation-of-duties', 'principal-speaks-last', 'principal-not-direct-charge', 'three-majors-collective',
  'penalty-collective-review', 'flowchart-publication', 'result-openness', 'platform-trace', 'objective-records',
  'score-based-allocation', 'four-party-assessment', 'contractor-return-visit', 'reporting-mailbox',
  'regular-rotation', 'economic-audit', 'personal-matters-report', 'admonition-talk', 'duty-integrity-report',
  'clause-citation-cosign', 'off-duty-supervision',
];

function texts(t: (typeof BUILTIN_TEMPLATES)[number]): [string, LocalizedText][] {
  const out: [string, LocalizedText][] = [['title', t.title], ['text', t.text]];
  if ('indicator' in t) out.push(['indicator', t.indicator]);
  return out;
}

describe('built-in templates', () => {
  it('has at least 40 templates with unique kebab-case ids, including every id the project promises', () => {
    expect(BUILTIN_TEMPLATES.length).toBeGreaterThanOrEqual(40);
    const ids = BUILTIN_TEMPLATES.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(TEMPLATE_ID_PATTERN);
    for (const id of REQUIRED_IDS) expect(ids).toContain(id);
  });

  it('every template text exists in all three locales and uses only known placeholders, the same in every locale', () => {
    for (const t of BUILTIN_TEMPLATES) {
      for (const [field, text] of texts(t)) {
        const zh = placeholdersOf(text['zh-CN']).sort();
        for (const locale of LOCALES) {
          expect(text[locale].trim(), `${t.id}.${field}.${locale}`).not.toBe('');
          const used = placeholdersOf(text[locale]);
          for (const name of used) expect(TEMPLATE_PLACEHOLDERS as readonly string[], `${t.id}.${field}.${locale}`).toContain(name);
          expect(used.sort(), `${t.id}.${field}.${locale}`).toEqual(zh);
        }
      }
      // A measure names the post or the power it is about.
      expect(/\{(post|power)\}/.test(t.text['zh-CN']), t.id).toBe(true);
    }
  });

  it('zh-TW texts are written in traditional characters, not copied from zh-CN', () => {
    for (const t of BUILTIN_TEMPLATES) {
      if (t.title['zh-CN'] !== '以案促改' && t.title['zh-CN'] !== '述职述廉') expect(t.text['zh-TW'], t.id).not.toBe(t.text['zh-CN']);
      for (const simplified of ['岗位', '审批', '资金', '纪检', '监督', '记录']) expect(t.text['zh-TW'], t.id).not.toContain(simplified);
    }
  });

  it('phases, kinds and owners are from their vocabularies; effects are small whole reductions; cadences are positive', () => {
    const kinds = MEASURE_KIND_LABELS.map((k) => k.id) as string[];
    const owners = OWNER_TIER_LABELS.map((k) => k.id) as string[];
    for (const t of BUILTIN_TEMPLATES) {
      expect(PHASES).toContain(t.phase);
      expect(kinds).toContain(t.kind);
      expect(owners).toContain(t.owner);
      expect(Number.isInteger(t.reviewDays) && t.reviewDays > 0).toBe(true);
      for (const [f, v] of Object.entries(t.effect)) {
        expect(FACTOR_IDS as readonly string[]).toContain(f);
        expect(Number.isInteger(v) && v >= 0 && v <= 2).toBe(true);
      }
    }
  });

  it('covers every phase and every kind', () => {
    for (const p of PHASE_LABELS) expect(BUILTIN_TEMPLATES.some((t) => t.phase === p.id), p.id).toBe(true);
    for (const k of MEASURE_KIND_LABELS) expect(BUILTIN_TEMPLATES.some((t) => t.kind === k.id), k.id).toBe(true);
  });

  it('the built-in library passes its own user-library check without problems', () => {
    const r = resolveTemplates({ add: BUILTIN_TEMPLATES }, { templates: [], byId: new Map(), fallbacks: {} });
    expect(r.problems).toEqual([]);
    expect(r.ok).toBe(true);
  });

  it('falls back only on general templates of the risk points: none before (education is listed on the post), spot checks during, correction and accountability after', () => {
    expect(DEFAULT_LIBRARY.fallbacks.before).toBeUndefined();
    expect(DEFAULT_LIBRARY.fallbacks.during?.id).toBe('supervision-spot-check');
    expect(DEFAULT_LIBRARY.fallbacks.after?.id).toBe('accountability');
  });

  it('controlEffects maps every template to its effect', () => {
    const effects = controlEffects();
    expect(effects.size).toBe(BUILTIN_TEMPLATES.length);
    expect(effects.get('platform-trace')).toEqual({ monitoringDifficulty: 2, opacity: 1 });
    expect(effects.get('flowchart-publication')).toEqual({ opacity: 2 });
  });
});
