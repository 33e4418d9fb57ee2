/**
 * The weighted model the hand-worked scoring tests compute against: the library's first default
 * (bands 40/65, a key-area floor, the post at its highest risk point). The default model has since
 * been re-derived from the calibration set; pinning this one here keeps the worked figures about the
 * method, not about whichever bands the default has today.
 */
import { DEFAULT_MODEL } from '../../src/scoring/defaults.js';
import type { WeightedModel } from '../../src/scoring/model.js';
import { parseModel } from '../../src/scoring/validate-model.js';

const KEY_AREA_FLOOR = {
  id: 'key-area-floor',
  when: { categoryIn: ['finance', 'procurement', 'personnel', 'project'] },
  effect: 'minimum',
  level: 'medium',
  appliesTo: 'both',
  label: {
    'zh-CN': '管钱、管物、管人、管项目的权力至少为中风险',
    'zh-TW': '管錢、管物、管人、管項目的權力至少為中風險',
    en: 'powers over money, goods, people or projects are at least medium',
  },
} as const;

/** The hand-worked weighted model (see the file comment). */
export const HAND_MODEL = parseModel({
  ...DEFAULT_MODEL,
  id: 'hand-worked',
  bands: [
    { level: 'low', from: 0, to: 40 },
    { level: 'medium', from: 40, to: 65 },
    { level: 'high', from: 65, to: 100 },
  ],
  rules: [KEY_AREA_FLOOR, ...DEFAULT_MODEL.rules.filter((r) => r.id !== 'personnel-power')],
  aggregation: { method: 'highest', score: 'max' },
}) as WeightedModel;
