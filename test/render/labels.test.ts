import { describe, expect, it } from 'vitest';
import { LOCALES, type LocalizedText } from '../../src/i18n/locale.js';
import {
  RENDER_LABELS,
  MEASURE_STATUS_LABELS,
  WARNING_TIER_LABELS,
} from '../../src/render/labels.js';
import { LEVELS, POWER_CATEGORIES, RANKS, RISK_CATEGORIES } from '../../src/model/enums.js';
import { FINDING_CODES } from '../../src/findings/types.js';
import { FINDING_TITLES } from '../../src/findings/messages.js';

const tables: Record<string, Readonly<Record<string, LocalizedText>>> = {
  RENDER_LABELS,
  MEASURE_STATUS_LABELS,
  WARNING_TIER_LABELS,
  FINDING_TITLES,
  LEVELS: Object.fromEntries(LEVELS.map((t) => [t.id, t.label])),
  RANKS: Object.fromEntries(RANKS.map((t) => [t.id, t.label])),
  POWER_CATEGORIES: Object.fromEntries(POWER_CATEGORIES.map((t) => [t.id, t.label])),
  RISK_CATEGORIES: Object.fromEntries(RISK_CATEGORIES.map((t) => [t.id, t.label])),
};

describe('renderer labels', () => {
  it('completeness: every message key exists in every locale with non-empty text', () => {
    for (const [name, table] of Object.entries(tables)) {
      for (const [key, text] of Object.entries(table)) {
        for (const locale of LOCALES) {
          expect(typeof text[locale], `${name}.${key}.${locale}`).toBe('string');
          expect(text[locale].trim().length, `${name}.${key}.${locale}`).toBeGreaterThan(0);
        }
      }
    }
  });

  it('coverage: every warning tier, factor and finding code has a label', () => {
    expect(Object.keys(WARNING_TIER_LABELS).sort()).toEqual(['blue', 'red', 'yellow']);
    expect(Object.keys(FINDING_TITLES).sort()).toEqual([...FINDING_CODES].sort());
  });

  it('placeholders: every locale of a template uses the same placeholders', () => {
    const names = (s: string) => [...s.matchAll(/\{([A-Za-z]\w*)\}/g)].map((m) => m[1]).sort();
    for (const [key, text] of Object.entries(RENDER_LABELS)) {
      expect(names(text['zh-TW']), key).toEqual(names(text['zh-CN']));
      expect(names(text.en), key).toEqual(names(text['zh-CN']));
    }
  });

  it('zh-TW differs from zh-CN wherever simplified characters appear', () => {
    // A cheap guard against copying zh-CN into zh-TW: these simplified characters never belong in zh-TW.
    const simplified = /[岗权风险级门审资务监测预复报领导类别数据项围环节态责专]/;
    for (const [name, table] of Object.entries(tables)) {
      for (const [key, text] of Object.entries(table)) {
        expect(simplified.test(text['zh-TW']), `${name}.${key}: ${text['zh-TW']}`).toBe(false);
      }
    }
  });
});
