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
export {
  LABELS,
  PHASE_LABELS,
  MEASURE_KIND_LABELS,
  OWNER_TIER_LABELS,
  MEASURE_STATUS_LABELS,
  WARNING_TIER_LABELS,
  WARNING_TIERS,
  FACTOR_LABELS,
  FINDING_TITLES,
  type LabelKey,
} from './render/labels.js';
export { joinChunks, type RenderOptions } from './render/options.js';
export { renderMarkdown, renderMarkdownChunks, escapeMarkdown } from './render/markdown.js';
export { renderCsv, renderCsvChunks, CSV_BOM, CSV_EOL } from './render/csv.js';
export {
  CSV_COLUMNS,
  CSV_LIST_SEPARATOR,
  CSV_NEUTRALIZE_PREFIX,
  neutralizeCell,
  unneutralizeCell,
  encodeList,
  decodeList,
  type CsvColumn,
  type CsvColumnKey,
  type CsvScope,
  type CsvValueType,
} from './render/csv-columns.js';
export { importCsv, csvPath, CSV_MESSAGES, type CsvImportOptions, type CsvProblemCode } from './render/csv-import.js';
export { renderJson, renderJsonChunks, type JsonRenderOptions } from './render/json.js';
