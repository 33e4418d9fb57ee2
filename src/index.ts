/**
 * integrity-risk: post integrity-risk prevention and control (岗位廉政风险防控).
 *
 * The public API, every export by name, grouped by stage in the order data flows:
 * document → scoring → findings and measures → catalog → outputs; inputs read user files into a
 * document. Message tables, heading tables and helpers stay inside; a test pins this list
 * (test/api/exports.test.ts) and the README's API reference lists the same names.
 * @packageDocumentation
 */

// @stage Document
export { DEFAULT_LOCALE, isLocale, LOCALES } from './i18n/locale.js';
export type { Locale, LocalizedText, MessageParam, MessageParams } from './i18n/locale.js';
export {
  compareLevels,
  FACTOR_IDS,
  LEVEL_ALIASES,
  LEVEL_IDS,
  LEVELS,
  maxLevel,
  POST_FACTOR_IDS,
  POWER_CATEGORIES,
  RANK_ALIASES,
  RANKS,
  RATING_MAX,
  RATING_MIN,
  RISK_CATEGORIES,
  termLabel,
} from './model/enums.js';
export type { FactorId, Level, PostFactorId, PowerCategory, Rank, RiskCategory, Term } from './model/enums.js';
export type {
  Factors,
  OrganizationDocument,
  OrganizationDocumentInput,
  OwnMeasure,
  Post,
  PostFactors,
  PostInput,
  Power,
  PowerInput,
  Rating,
  Responsibility,
  RiskPoint,
  RiskPointInput,
} from './model/document.js';
export { addDays, isIsoDate } from './model/dates.js';
export { documentJsonSchema, parseDocument, validateDocument } from './validate/document.js';
export { InvalidInputError } from './validate/problem.js';
export type { Checked, Problem, Severity } from './validate/problem.js';
export { LIMITS } from './validate/limits.js';
export type { LimitName } from './validate/limits.js';
export { PROBLEM_CODES, PROBLEM_MESSAGES } from './validate/messages.js';
export type { ProblemCode } from './validate/messages.js';
export type { JsonSchema, JsonValue } from './validate/json-schema.js';
export { factorDefinition, factorLabel, FACTORS, isFactorId, ratingMeaning } from './model/factors.js';
export type { FactorAnchors, FactorDefinition } from './model/factors.js';

// @stage Scoring
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
export type {
  Assessment,
  Explanation,
  FactorContribution,
  FactorSource,
  LevelCounts,
  MethodTrace,
  PostAssessment,
  PostExplanationDetail,
  PostScore,
  ResidualTrace,
  RiskPointAssessment,
  RiskPointExplanationDetail,
  RiskPointScore,
  RuleTrace,
  SideTrace,
} from './scoring/types.js';
export { DEFAULT_MODEL, EXAMPLE_MODELS, MATRIX_5X5_MODEL, UNIVERSITY_COUNT_MODEL } from './scoring/defaults.js';
export { assess, effectiveFactors, explainPost, explainRiskPoint, scorePost, scoreRiskPoint } from './scoring/engine.js';
export type { ScoringOptions } from './scoring/engine.js';
export { whatIf, whatIfPost } from './scoring/whatif.js';
export { CALIBRATION_METHODS, CANDIDATE_RULES, calibrate, measureAgreement } from './scoring/calibrate.js';
export type { Agreement, CalibrationMethod, CalibrationOptions, CalibrationResult, Disagreement } from './scoring/calibrate.js';
export type { FactorChange, PostFactorChange, PostWhatIf, RiskPointWhatIf } from './scoring/whatif.js';
export { lintModel, modelJsonSchema, parseModel, validateModel } from './scoring/validate-model.js';
export { describeCondition } from './scoring/condition.js';
export {
  CATEGORY_SUGGESTIONS,
  describeSuggestions,
  KEY_AREA_RATING,
  NO_EVIDENCE_RATING,
  RANK_SUGGESTIONS,
  suggestDocumentRatings,
  suggestRatings,
  SUGGESTION_KEY_AREAS,
  SUGGESTION_LEXICON,
  SUGGESTION_LOWERING_WORDS,
} from './factors/suggest.js';
export type { LexiconEntry, LoweringEntry, SuggestedDocument, SuggestedRating, SuggestionReason } from './factors/suggest.js';

// @stage Findings
export { checkPostConfiguration } from './findings/check.js';
export { FINDING_CODES } from './findings/types.js';
export type { Finding, FindingCode } from './findings/types.js';
export { checkPowerConfiguration } from './findings/check.js';
export type { PostLevels } from './findings/check.js';
export {
  DEFAULT_FINDING_SETTINGS,
  DEFAULT_INCOMPATIBLE_PAIRS,
  parseFindingSettings,
  settingsJsonSchema,
  validateFindingSettings,
  withDefaults as withDefaultFindingSettings,
} from './findings/settings.js';
export type { FindingSettings, IncompatiblePair, PowerMatcher } from './findings/settings.js';
export { FINDING_TITLES } from './findings/messages.js';
export { TERM_EVENT_KINDS } from './findings/term.js';
export type { PostTerm, TermEvent, TermEventKind } from './findings/term.js';

// @stage Measures
export { ControlChecker } from './measures/controls.js';
export type { MeasureFill } from './measures/select.js';
export { DECIDED_MATTERS, MEASURE_SCOPES, OUTSIDE_PARTIES, TEMPLATE_PLACEHOLDERS, TRIGGER_FLAGS } from './measures/types.js';
// Phases and owner tiers are document vocabulary (a unit's own measure names them), declared in the model.
export { OWNER_TIER_LABELS, OWNER_TIERS, PHASE_LABELS, PHASES } from './model/enums.js';
export type { OwnerTier, Phase } from './model/enums.js';
export type {
  DecidedMatter,
  FiredRuleSigns,
  MeasureKind,
  MeasureScope,
  OutsideParty,
  MeasureTemplate,
  MeasureTriggers,
  PostMeasure,
  SelectedMeasure,
  SelectionContext,
  TemplatePlaceholder,
  TriggerFlag,
} from './measures/types.js';
export {
  DECIDED_MATTER_LABELS,
  MEASURE_KIND_LABELS,
  MEASURE_SCOPE_LABELS,
  OUTSIDE_PARTY_LABELS,
  TRIGGER_FLAG_LABELS,
} from './measures/messages.js';
export { BUILTIN_TEMPLATES } from './measures/templates.js';
export type { BuiltinTemplateId } from './measures/templates.js';
export { controlEffects, createLibrary, DEFAULT_LIBRARY } from './measures/library.js';
export type { TemplateLibrary } from './measures/library.js';
export { DEFAULT_MAX_POST_MEASURES, DEFAULT_MAX_PROPOSALS, MAX_PROPOSALS, selectionContext, selectMeasures } from './measures/select.js';
export type { SelectionOptions } from './measures/select.js';
export { mergePostMeasures, postWideMeasures, selectPostMeasures } from './measures/merge.js';
export type { PostSelection, RiskPointMeasures } from './measures/merge.js';
export { parseTemplates, resolveTemplates, templatesJsonSchema, TEMPLATE_ID_PATTERN, validateTemplates } from './measures/user.js';
export type { TemplateInput, TemplateLibraryInput, TemplateOverride, TemplateText } from './measures/user.js';
export { checkControls } from './measures/controls.js';
export { filterTemplates } from './measures/filter.js';
export type { TemplateFilter } from './measures/filter.js';

export {
  ACTOR_PLACEHOLDERS,
  ACTOR_ROLES,
  actorValues,
  OWN_TIER,
  resolveOwnerTier,
  SUPERIOR_TIER,
  superiorTier,
  WATCHING_ACTORS,
  watchesHolder,
} from './measures/actor.js';
export type { ActorPlaceholder } from './measures/actor.js';
export {
  CONTEXT_VARIANTS,
  contextValues,
  DECIDED_MATTER_SIGNS,
  OUTSIDE_PARTY_SIGNS,
  PARTY_WORDS,
  powerContext,
  PROHIBITION_EXAMPLES,
  RESULT_EXAMPLES,
} from './measures/context.js';
export type { ContextSign, PowerContext } from './measures/context.js';

// @stage Catalog
export { CatalogBuilder } from './catalog/build.js';
export type { CatalogTexts } from './catalog/types.js';
export type { DocumentHeader } from './catalog/build.js';
export { buildCatalogAsync, catalogSourceAsync } from './render/async.js';
export { CATALOG_SCHEMA_VERSION } from './catalog/types.js';
export type {
  Catalog,
  CatalogPost,
  CatalogPower,
  CatalogRiskPoint,
  CatalogSource,
  CatalogSummary,
  EarlyWarning,
  WarningSignal,
  WarningTier,
} from './catalog/types.js';
export { buildCatalog, catalogSource, isKeyPost, KEY_AREA_CATEGORIES, suggestsRatings } from './catalog/build.js';
export type { CatalogOptions } from './catalog/build.js';
export { DEFAULT_WARNING_SETTINGS, earlyWarning, WARNING_SIGNAL_LABELS, WARNING_SIGNALS, WARNING_TIER_TABLE, WARNING_TIERS, warningTier } from './catalog/warnings.js';
export type { WarningSettings } from './catalog/warnings.js';
export { RESPONSIBLE_ABOVE, isSelfOversight, responsibleAbove } from './measures/oversight.js';
export { WHAT_IF_TEXT, whatIfChanges, whatIfPostChanges } from './catalog/what-if.js';
export type { LevelMove, PowerFlag, UnitChange, UnitWhatIf, UnitWhatIfOptions } from './catalog/what-if.js';
export { DIFF_SCHEMA_VERSION, diffCatalogs } from './catalog/diff.js';
export type { AddedRemoved, CatalogDiff, DiffItem, DiffOptions, HolderChange, LevelChange, MeasureChange } from './catalog/diff.js';

// @stage Outputs
export { textsFor, requireTexts, CatalogTextsError, FORMAT_TEXTS } from './render/texts.js';
export type { TextFormat, FormatTexts, TextNeeds } from './render/texts.js';
export { MAX_STRING_LENGTH, OutputTooLargeError } from './render/options.js';
export { asyncChunks, nextTurn, renderCsvAsync, renderHtmlAsync, renderJsonAsync, renderMarkdownAsync } from './render/async.js';
export type { YieldOptions } from './render/async.js';
export { joinChunks } from './render/options.js';
export type { RenderOptions } from './render/options.js';
export { MEASURE_STATUS_LABELS, WARNING_TIER_LABELS } from './render/labels.js';
export { CALIBRATION_LABELS, renderCalibrationMarkdown } from './render/calibration.js';
export { renderMarkdown, renderMarkdownChunks } from './render/markdown.js';
export { CSV_BOM, CSV_EOL, renderCsv, renderCsvChunks } from './render/csv.js';
export { CSV_COLUMNS, CSV_LIST_SEPARATOR } from './render/csv-columns.js';
export type { CsvColumn, CsvColumnKey, CsvScope, CsvValueType } from './render/csv-columns.js';
export { renderJson, renderJsonChunks } from './render/json.js';
export type { JsonRenderOptions } from './render/json.js';
export { catalogJsonSchema } from './render/json-schema.js';
export type { CatalogJsonForm } from './render/json-schema.js';
export { renderHtml, renderHtmlChunks } from './render/html.js';
export type { HtmlOptions } from './render/html.js';
export { heatmapSvg, LEVEL_COLORS, levelBarsSvg, powerFlowSvg } from './render/svg-charts.js';
export type { LevelBar, LevelBarsOptions, LevelColors, NumberedRiskPoint, PowerFlowOptions } from './render/svg-charts.js';
export { renderDiffMarkdown } from './render/diff-markdown.js';

export { renderXlsx, XLSX_LABELS } from './render/xlsx.js';
export { renderDocx } from './render/docx.js';
export type { DocxOptions } from './render/docx.js';
export { renderSheetCsv, renderSheetXlsx, SHEET_INSTRUCTIONS, SHEET_LABELS, sheetExample } from './render/sheet.js';
export { writeXlsx } from './render/xlsx-package.js';
export type { XlsxCell, XlsxColumn, XlsxColumnKind, XlsxMerge, XlsxSheet, XlsxWorkbook } from './render/xlsx-package.js';
export { writeDocx } from './render/docx-package.js';
export type { DocxBlock, DocxCell, DocxDocument, DocxParagraphStyle, DocxTable } from './render/docx-package.js';
export { crc32, writeZip } from './render/zip.js';
export type { ZipEntry } from './render/zip.js';

export {
  renderCardsHtml,
  renderCardsHtmlChunks,
  renderTableHtml,
  renderTableMarkdown,
  tableModelHtml,
  tableModelMarkdown,
  tableViewCss,
} from './render/table-view.js';
export type { TableViewOptions } from './render/table-view.js';
export { POST_CARD_COLUMNS, POST_CARD_LABELS, postCard, postCards } from './render/catalog-cards.js';
export type { PostCard, PostCardPower } from './render/catalog-cards.js';
export { catalogTable, postTableRows } from './render/catalog-table.js';
export type { CatalogTable, CatalogTableRow, CatalogTableSignature, CatalogTableSpans } from './render/catalog-table.js';
export {
  LIST_LABELS,
  listsCsv,
  listsDocx,
  listsHtml,
  listsMarkdown,
  listsXlsx,
  powerAndResponsibilityLists,
  powerListCells,
  responsibilityListCells,
} from './render/lists.js';
export type { PowerAndResponsibilityLists, PowerListRow, ResponsibilityListRow } from './render/lists.js';
export { csvTextRecord } from './render/csv.js';

// @stage Inputs
export { bytesSource, JsonReadError, readDocument } from './read/json-document.js';
export type { ByteSource, DocumentRead, JsonReadProblem, ReadDocumentOptions } from './read/json-document.js';
export { documentStreamCheck } from './validate/document.js';
export { StreamCheck } from './validate/check.js';
export { importCsv } from './read/csv-import.js';
export type { CsvImportOptions, CsvProblemCode } from './read/csv-import.js';
export { problemLine, problemPlace, problemText } from './read/problem-line.js';
export { decodeUtf8, decodeUtf8Chunks, findJsonSyntaxError, parseJsonText, TextInputError } from './read/text.js';
export type { JsonSyntaxError, TextInputCode } from './read/text.js';
export { importXlsx, XLSX_IMPORT_MESSAGES } from './read/xlsx-import.js';
export type { XlsxImportOptions } from './read/xlsx-import.js';
export { openXlsx, XLSX_MESSAGES } from './read/xlsx.js';
export type { XlsxProblemCode, XlsxReader, XlsxRow, XlsxSheetInfo } from './read/xlsx.js';
export { openZip, ZIP_LIMITS, ZIP_MESSAGES } from './read/zip.js';
export type { ZipArchive, ZipLimits, ZipProblemCode } from './read/zip.js';
