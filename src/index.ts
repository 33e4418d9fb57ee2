/**
 * integrity-risk: post integrity-risk prevention and control (岗位廉政风险防控).
 * The public API, listed explicitly. Data flows one way:
 * document → validation → assessment → measures and findings → catalog → renderers.
 * @packageDocumentation
 */
export * from './i18n/locale.js';
export * from './model/enums.js';
export type * from './model/document.js';
export * from './validate/problem.js';
export type * from './scoring/types.js';
export * from './measures/types.js';
export * from './findings/types.js';
export * from './catalog/types.js';
export { documentJsonSchema, parseDocument, validateDocument } from './validate/document.js';
export { LIMITS } from './validate/limits.js';
export type { LimitName } from './validate/limits.js';
export { VALIDATION_CODES, VALIDATION_MESSAGES } from './validate/messages.js';
export type { ValidationCode } from './validate/messages.js';
export { renderHtml, renderHtmlChunks, type HtmlOptions } from './render/html.js';
export { escapeHtml } from './render/html-escape.js';
export { HTML_LABELS, type HtmlLabelKey } from './render/html-labels.js';
export {
  LEVEL_COLORS,
  levelBarsSvg,
  heatmapSvg,
  powerFlowSvg,
  type LevelColors,
  type LevelBar,
  type LevelBarsOptions,
  type NumberedRiskPoint,
} from './render/svg-charts.js';
