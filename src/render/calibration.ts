/**
 * The calibration report as Markdown: agreement in sample and cross-validated, the 3×3 confusion
 * matrix and every row to discuss with its explanation, in one locale.
 */
import { fill, type Locale, type LocalizedText } from '../i18n/locale.js';
import { LEVELS, termLabel } from '../model/enums.js';
import type { Agreement, CalibrationResult } from '../scoring/calibrate.js';
import { formatFixed } from '../scoring/format.js';

/** Every word of the report, in the three locales. */
export const CALIBRATION_LABELS = {
  title: { 'zh-CN': '评分模型校准报告', 'zh-TW': '評分模型校準報告', en: 'Scoring model calibration' },
  method: { 'zh-CN': '方法：{method}；已评定的风险点 {n} 个。', 'zh-TW': '方法：{method}；已評定的風險點 {n} 個。', en: 'Method: {method}; {n} graded risk points.' },
  agreement: { 'zh-CN': '一致率', 'zh-TW': '一致率', en: 'Agreement' },
  baseline: { 'zh-CN': '起始模型', 'zh-TW': '起始模型', en: 'Starting model' },
  fitted: { 'zh-CN': '拟合模型（样本内）', 'zh-TW': '擬合模型（樣本內）', en: 'Fitted model (in sample)' },
  crossValidation: { 'zh-CN': '{k} 折交叉验证', 'zh-TW': '{k} 折交叉驗證', en: '{k}-fold cross-validation' },
  posts: { 'zh-CN': '已评定的岗位', 'zh-TW': '已評定的崗位', en: 'Graded posts' },
  share: { 'zh-CN': '{agreed}/{total}（{percent}%）', 'zh-TW': '{agreed}/{total}（{percent}%）', en: '{agreed}/{total} ({percent}%)' },
  none: { 'zh-CN': '无', 'zh-TW': '無', en: 'none' },
  cvNote: {
    'zh-CN': '交叉验证：每一行由不含其所在折的其余各行拟合出的模型评定；它与样本内一致率之差，就是拟合噪声的大小。',
    'zh-TW': '交叉驗證：每一列由不含其所在折的其餘各列擬合出的模型評定；它與樣本內一致率之差，就是擬合雜訊的大小。',
    en: 'Cross-validation: each row is graded by a model fitted on the other folds; its gap to the in-sample agreement is how much of the fit is noise.',
  },
  confusion: { 'zh-CN': '混淆矩阵（行：公布等级；列：拟合等级）', 'zh-TW': '混淆矩陣（列：公布等級；欄：擬合等級）', en: 'Confusion matrix (rows: published level; columns: fitted level)' },
  publishedFitted: { 'zh-CN': '公布＼拟合', 'zh-TW': '公布＼擬合', en: 'published \\ fitted' },
  discuss: { 'zh-CN': '需要讨论的行（{n} 行）', 'zh-TW': '需要討論的列（{n} 列）', en: 'Rows to discuss ({n})' },
  row: { 'zh-CN': '风险点', 'zh-TW': '風險點', en: 'Risk point' },
  published: { 'zh-CN': '公布', 'zh-TW': '公布', en: 'Published' },
  model: { 'zh-CN': '模型', 'zh-TW': '模型', en: 'Model' },
  why: { 'zh-CN': '模型的理由', 'zh-TW': '模型的理由', en: 'Why the model says so' },
  source: { 'zh-CN': '来源', 'zh-TW': '來源', en: 'Source' },
  modelFile: {
    'zh-CN': '拟合出的模型可用 `integrity-risk calibrate … -o model.json` 写出，再用 `catalog --model model.json` 使用。',
    'zh-TW': '擬合出的模型可用 `integrity-risk calibrate … -o model.json` 寫出，再用 `catalog --model model.json` 使用。',
    en: 'Write the fitted model with `integrity-risk calibrate … -o model.json` and use it with `catalog --model model.json`.',
  },
} as const satisfies Record<string, LocalizedText>;

/** Escapes a table cell: pipes and line breaks would break the row. */
function cell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

/**
 * The calibration report as Markdown.
 * @param result - what `calibrate` returned
 * @param locale - the language (default zh-CN)
 * @returns the report, ending with a newline
 */
export function renderCalibrationMarkdown(result: CalibrationResult, locale: Locale = 'zh-CN'): string {
  const L = (key: keyof typeof CALIBRATION_LABELS, params: Readonly<Record<string, string | number>> = {}) => fill(CALIBRATION_LABELS[key][locale], params);
  const share = (a: Agreement) => (a.total === 0 ? L('none') : L('share', { agreed: a.agreed, total: a.total, percent: formatFixed(a.rate * 100, 1) }));
  const level = (i: number) => termLabel(LEVELS, LEVELS[i]?.id ?? 'low', locale);
  const out: string[] = [`# ${L('title')}`, '', L('method', { method: result.method, n: result.agreement.total }), ''];
  out.push(`| ${L('agreement')} | |`, '| --- | ---: |');
  out.push(`| ${L('baseline')} | ${share(result.baseline)} |`);
  out.push(`| ${L('fitted')} | ${share(result.agreement)} |`);
  if (result.crossValidation !== null) out.push(`| ${L('crossValidation', { k: result.crossValidation.folds })} | ${share(result.crossValidation)} |`);
  out.push(`| ${L('posts')} | ${share(result.posts)} |`, '', L('cvNote'), '');
  out.push(`## ${L('confusion')}`, '', `| ${L('publishedFitted')} | ${[0, 1, 2].map(level).join(' | ')} |`, '| --- | ---: | ---: | ---: |');
  result.confusion.forEach((row, i) => out.push(`| ${level(i)} | ${row.join(' | ')} |`));
  out.push('', `## ${L('discuss', { n: result.disagreements.length })}`, '');
  if (result.disagreements.length > 0) {
    out.push(`| ${L('row')} | ${L('published')} | ${L('model')} | ${L('why')} | ${L('source')} |`, '| --- | --- | --- | --- | --- |');
    for (const d of result.disagreements) {
      const published = termLabel(LEVELS, d.published, locale);
      const fitted = termLabel(LEVELS, d.fitted, locale);
      out.push(`| ${cell(d.description)} | ${published} | ${fitted} | ${cell(d.explanation[locale])} | ${cell(d.source ?? '')} |`);
    }
    out.push('');
  }
  out.push(L('modelFile'), '');
  return out.join('\n');
}
