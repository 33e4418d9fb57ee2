import { describe, expect, it } from 'vitest';
import { FACTORS, factorDefinition, factorLabel, isFactorId, ratingMeaning } from '../../src/model/factors.js';
import { LOCALES } from '../../src/i18n/locale.js';
import { FACTOR_IDS, POST_FACTOR_IDS } from '../../src/model/enums.js';

describe('the nine factors', () => {
  it('cover every factor id once, in table order', () => {
    expect(FACTORS.map((f) => f.id)).toEqual([...FACTOR_IDS]);
  });

  it('have a label, a question and anchors 1, 3 and 5 in every locale, all distinct', () => {
    for (const f of FACTORS) {
      for (const l of LOCALES) {
        const texts = [f.label[l], f.question[l], f.anchors[1][l], f.anchors[3][l], f.anchors[5][l]];
        for (const t of texts) expect(t.trim().length).toBeGreaterThan(1);
        expect(new Set(texts).size).toBe(texts.length);
      }
    }
    const labels = FACTORS.map((f) => f.label['zh-CN']);
    expect(new Set(labels).size).toBe(9);
  });

  it('zh-TW texts are not left in simplified characters', () => {
    // Characters that differ between the scripts and occur in these texts.
    const simplified = /[资关联审岗围险级监门项题报实开场发风决贡权职务单处]/;
    for (const f of FACTORS) {
      for (const t of [f.label, f.question, f.anchors[1], f.anchors[3], f.anchors[5]]) expect(t['zh-TW']).not.toMatch(simplified);
    }
  });

  it('mark exactly the post-rated factors', () => {
    expect(FACTORS.filter((f) => f.ratedOnPost).map((f) => f.id)).toEqual([...POST_FACTOR_IDS]);
  });

  it('look up by id and describe intermediate ratings between their anchors', () => {
    expect(factorDefinition('fundLinkage').anchors[5]['zh-CN']).toBe('直接审批或支付大额资金、管理大宗物资');
    expect(factorLabel('opacity', 'zh-TW')).toBe('權力運行不透明程度');
    expect(isFactorId('harm')).toBe(true);
    expect(isFactorId('charisma')).toBe(false);
    expect(ratingMeaning('harm', 5)).toBe(factorDefinition('harm').anchors[5]);
    expect(ratingMeaning('harm', 2).en).toBe('Between "Minor loss that can be corrected on the spot" and "Some financial loss or adverse effect"');
    expect(ratingMeaning('harm', 4)['zh-TW']).toContain('介於「');
  });
});

describe('the README section on scoring', () => {
  it('shows every factor anchor exactly as the table declares it', async () => {
    const { readFileSync } = await import('node:fs');
    const text = readFileSync(new URL('../../docs/readme/scoring.md', import.meta.url), 'utf8');
    for (const f of FACTORS) {
      for (const r of [1, 3, 5] as const) {
        expect(text).toContain(f.anchors[r]['zh-CN']);
        expect(text).toContain(f.anchors[r].en);
      }
    }
  });
});
