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
export { FACTORS, factorDefinition, factorLabel, isFactorId, ratingMeaning } from './factors/factors.js';
export type { FactorAnchors, FactorDefinition } from './factors/factors.js';
export { CONDITION_FLAGS, SCORING_METHODS } from './scoring/model.js';
export type {
  AggregationRule,
  Condition,
  ConditionFlag,
  ControlEffects,
  CountModel,
  Criterion,
  FactorReductions,
  FactorWeights,
  LevelBand,
  MatrixModel,
  MatrixSide,
  MissingPolicy,
  ModelBase,
  PostAggregation,
  Rule,
  RuleEffect,
  ScoringModel,
  SideBand,
  WeightedModel,
} from './scoring/model.js';
export { DEFAULT_MODEL, EXAMPLE_MODELS, MATRIX_5X5_MODEL, UNIVERSITY_COUNT_MODEL } from './scoring/defaults.js';
export { assess, effectiveFactors, explainPost, explainRiskPoint, scorePost, scoreRiskPoint } from './scoring/engine.js';
export type { ScoringOptions } from './scoring/engine.js';
export { whatIf, whatIfPost } from './scoring/whatif.js';
export type { FactorChange, PostFactorChange, PostWhatIf, RiskPointWhatIf } from './scoring/whatif.js';
export { lintModel, modelJsonSchema, parseModel, validateModel } from './scoring/validate-model.js';
export { describeCondition } from './scoring/condition.js';
export * from './measures/types.js';
export * from './findings/types.js';
export * from './catalog/types.js';
export { documentJsonSchema, parseDocument, validateDocument } from './validate/document.js';
export type { JsonSchema, JsonValue } from './validate/json-schema.js';
export { LIMITS } from './validate/limits.js';
export type { LimitName } from './validate/limits.js';
export { PROBLEM_CODES, PROBLEM_MESSAGES } from './validate/messages.js';
export type { ProblemCode } from './validate/messages.js';
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

// Measures: the template library, selection, user libraries.
export { BUILTIN_TEMPLATES, type BuiltinTemplateId } from './measures/templates.js';
export {
  PHASE_LABELS,
  MEASURE_KIND_LABELS,
  OWNER_TIER_LABELS,
  TRIGGER_FLAG_LABELS,
} from './measures/messages.js';
export { createLibrary, controlEffects, isGeneralTriggers, DEFAULT_LIBRARY, type TemplateLibrary } from './measures/library.js';
export {
  selectMeasures,
  selectionContext,
  triggersMatch,
  triggerWeight,
  placeholderValues,
  instantiate,
  RELEVANCE_WEIGHTS,
  DEFAULT_MAX_PROPOSED_PER_PHASE,
  type SelectionOptions,
} from './measures/select.js';
export {
  superiorTier,
  resolveOwnerTier,
  actorValues,
  OWN_TIER,
  SUPERIOR_TIER,
  ACTOR_PLACEHOLDERS,
  ACTOR_ROLES,
  type ActorPlaceholder,
} from './measures/actor.js';
export {
  powerContext,
  contextValues,
  OUTSIDE_PARTY_SIGNS,
  DECIDED_MATTER_SIGNS,
  PARTY_WORDS,
  PROHIBITION_EXAMPLES,
  RESULT_EXAMPLES,
  type ContextSign,
  type PowerContext,
} from './measures/context.js';
export { mergePostMeasures, selectPostMeasures, type RiskPointMeasures, type PostSelection } from './measures/merge.js';
export {
  parseTemplates,
  resolveTemplates,
  templatesJsonSchema,
  validateTemplates,
  placeholdersOf,
  TEMPLATE_ID_PATTERN,
  type TemplateLibraryInput,
  type TemplateOverride,
} from './measures/user.js';
export { checkControls } from './measures/controls.js';
export { filterTemplates, type TemplateFilter } from './measures/filter.js';

// Findings: power-configuration checks.
export { checkPowerConfiguration, powerMatches, fundLinkedPowers, type PostLevels } from './findings/check.js';
export {
  DEFAULT_FINDING_SETTINGS,
  DEFAULT_INCOMPATIBLE_PAIRS,
  parseFindingSettings,
  settingsJsonSchema,
  validateFindingSettings,
  withDefaults as withDefaultFindingSettings,
  type FindingSettings,
  type IncompatiblePair,
  type PowerMatcher,
} from './findings/settings.js';
export { FINDING_MESSAGES, FINDING_TITLES } from './findings/messages.js';

// Text renderers: Markdown, CSV (export and import), JSON; streamed post by post.
export {
  RENDER_LABELS,
  MEASURE_STATUS_LABELS,
  WARNING_TIER_LABELS,
  type RenderLabelKey,
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
export { importCsv, csvPath, type CsvImportOptions, type CsvProblemCode } from './read/csv-import.js';
export { renderXlsx, XLSX_LABELS } from './render/xlsx.js';
export { renderDocx, type DocxOptions } from './render/docx.js';
export { renderSheetXlsx, renderSheetCsv, sheetExample, SHEET_LABELS, SHEET_INSTRUCTIONS } from './render/sheet.js';
export { writeXlsx, type XlsxWorkbook, type XlsxSheet, type XlsxColumn, type XlsxCell, type XlsxMerge } from './render/xlsx-package.js';
export { writeDocx, type DocxDocument, type DocxBlock, type DocxTable, type DocxCell, type DocxParagraphStyle } from './render/docx-package.js';
export { writeZip, crc32, type ZipEntry } from './render/zip.js';
export { importXlsx, XLSX_IMPORT_MESSAGES, type XlsxImportOptions } from './read/xlsx-import.js';
export { openXlsx, XLSX_MESSAGES, type XlsxReader, type XlsxRow, type XlsxSheetInfo, type XlsxProblemCode } from './read/xlsx.js';
export { openZip, ZIP_LIMITS, ZIP_MESSAGES, type ZipArchive, type ZipLimits, type ZipProblemCode } from './read/zip.js';
export {
  decodeUtf8,
  decodeUtf8Chunks,
  findJsonSyntaxError,
  parseJsonText,
  TextInputError,
  type JsonSyntaxError,
  type TextInputCode,
} from './read/text.js';
export { renderJson, renderJsonChunks, type JsonRenderOptions } from './render/json.js';
export { renderDiffMarkdown, DIFF_LABELS } from './render/diff-markdown.js';

// Catalog: the post risk catalog, early warning, cycle-over-cycle diff.
export { buildCatalog, catalogSource, isKeyPost, KEY_AREA_CATEGORIES, type CatalogOptions } from './catalog/build.js';
export { diffCatalogs, DIFF_SCHEMA_VERSION, type CatalogDiff, type DiffItem, type LevelChange, type MeasureChange, type AddedRemoved } from './catalog/diff.js';
export { earlyWarning, DEFAULT_WARNING_SETTINGS, WARNING_TIERS, type WarningSettings } from './catalog/warnings.js';
export { addDays, isIsoDate } from './model/dates.js';

// The 一览表 as a format-independent table model (HTML, Markdown, DOCX and the table sheet render it).
export {
  catalogTable,
  catalogTableCellText,
  catalogTableLabel,
  responsibleRoles,
  shortMeasureLines,
  CATALOG_TABLE_COLUMNS,
  CATALOG_TABLE_COLUMN_DEFS,
  CATALOG_TABLE_LABELS,
  RESPONSIBLE_ROLES,
  type CatalogTable,
  type CatalogTableRow,
  type CatalogTableSpans,
  type CatalogTableSignature,
  type CatalogTableColumnKey,
  type CatalogTableLabelKey,
} from './render/catalog-table.js';

// The 一览表 and cards views, and the power and responsibility lists.
export { renderTableHtml, renderTableMarkdown, renderCardsHtml, renderCardsHtmlChunks, tableModelHtml, tableModelMarkdown, tableViewCss, type TableViewOptions } from './render/table-view.js';
export { postCard, postCards, POST_CARD_COLUMNS, POST_CARD_LABELS, type PostCard, type PostCardPower } from './render/catalog-cards.js';
export { postTableRows } from './render/catalog-table.js';
export {
  powerAndResponsibilityLists,
  listsMarkdown,
  listsHtml,
  listsCsv,
  powerListCells,
  responsibilityListCells,
  LIST_LABELS,
  type PowerAndResponsibilityLists,
  type PowerListRow,
  type ResponsibilityListRow,
} from './render/lists.js';
export { csvTextRecord } from './render/csv.js';
