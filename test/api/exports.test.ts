/**
 * The public API is an explicit list: src/index.ts names every export, grouped by stage, and this
 * test pins the list so that adding or removing an export is a deliberate change made here too.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as api from '../../src/index.js';
import type { OrganizationDocumentInput } from '../../src/index.js';
import { apiExports, STAGES } from '../../scripts/api-stages.mjs';
import { apiReference } from '../../scripts/api-reference.js';
import { UPDATE_GOLDEN } from '../support/golden.js';
import { writeFileSync } from 'node:fs';

const INDEX = fileURLToPath(new URL('../../src/index.ts', import.meta.url));
const API_CHAPTER = fileURLToPath(new URL('../../docs/readme/api.md', import.meta.url));

/** The export list. Change it together with src/index.ts, the README's API reference follows. */
const PINNED = {
  Document: {
    values: ['DEFAULT_LOCALE', 'FACTORS', 'FACTOR_IDS', 'InvalidInputError', 'LEVELS', 'LEVEL_ALIASES', 'LEVEL_IDS', 'LIMITS', 'LOCALES', 'POST_FACTOR_IDS', 'POWER_CATEGORIES', 'PROBLEM_CODES', 'PROBLEM_MESSAGES', 'RANKS', 'RANK_ALIASES', 'RATING_MAX', 'RATING_MIN', 'RISK_CATEGORIES', 'addDays', 'compareLevels', 'documentJsonSchema', 'factorDefinition', 'factorLabel', 'isFactorId', 'isIsoDate', 'isLocale', 'maxLevel', 'parseDocument', 'ratingMeaning', 'termLabel', 'validateDocument'],
    types: ['Checked', 'FactorAnchors', 'FactorDefinition', 'FactorId', 'Factors', 'JsonSchema', 'JsonValue', 'Level', 'LimitName', 'Locale', 'LocalizedText', 'MessageParam', 'MessageParams', 'OrganizationDocument', 'OrganizationDocumentInput', 'OwnMeasure', 'Post', 'PostFactorId', 'PostFactors', 'PostInput', 'Power', 'PowerCategory', 'PowerInput', 'Problem', 'ProblemCode', 'Rank', 'Rating', 'Responsibility', 'RiskCategory', 'RiskPoint', 'RiskPointInput', 'Severity', 'Term'],
  },
  Scoring: {
    values: ['CALIBRATION_METHODS', 'CANDIDATE_RULES', 'CATEGORY_SUGGESTIONS', 'CONDITION_FLAGS', 'DEFAULT_MODEL', 'EXAMPLE_MODELS', 'KEY_AREA_RATING', 'MATRIX_5X5_MODEL', 'NO_EVIDENCE_RATING', 'RANK_SUGGESTIONS', 'SCORING_METHODS', 'SUGGESTION_KEY_AREAS', 'SUGGESTION_LEXICON', 'SUGGESTION_LOWERING_WORDS', 'UNIVERSITY_COUNT_MODEL', 'assess', 'calibrate', 'describeCondition', 'describeSuggestions', 'effectiveFactors', 'explainPost', 'explainRiskPoint', 'lintModel', 'measureAgreement', 'modelJsonSchema', 'parseModel', 'scorePost', 'scoreRiskPoint', 'suggestDocumentRatings', 'suggestRatings', 'validateModel', 'whatIf', 'whatIfPost'],
    types: ['AggregationRule', 'Agreement', 'Assessment', 'CalibrationMethod', 'CalibrationOptions', 'CalibrationResult', 'Condition', 'ConditionFlag', 'ControlEffects', 'CountModel', 'Criterion', 'Disagreement', 'Explanation', 'FactorChange', 'FactorContribution', 'FactorReductions', 'FactorSource', 'FactorWeights', 'LevelBand', 'LevelCounts', 'LexiconEntry', 'LoweringEntry', 'MatrixModel', 'MatrixSide', 'MethodTrace', 'MissingPolicy', 'ModelBase', 'PostAggregation', 'PostAssessment', 'PostExplanationDetail', 'PostFactorChange', 'PostScore', 'PostWhatIf', 'ResidualTrace', 'RiskPointAssessment', 'RiskPointExplanationDetail', 'RiskPointScore', 'RiskPointWhatIf', 'Rule', 'RuleEffect', 'RuleTrace', 'ScoringModel', 'ScoringOptions', 'SideBand', 'SideTrace', 'SuggestedDocument', 'SuggestedRating', 'SuggestionReason', 'WeightedModel'],
  },
  Findings: {
    values: ['DEFAULT_FINDING_SETTINGS', 'DEFAULT_INCOMPATIBLE_PAIRS', 'FINDING_CODES', 'FINDING_TITLES', 'TERM_EVENT_KINDS', 'checkPostConfiguration', 'checkPowerConfiguration', 'parseFindingSettings', 'settingsJsonSchema', 'validateFindingSettings', 'withDefaultFindingSettings'],
    types: ['Finding', 'FindingCode', 'FindingSettings', 'IncompatiblePair', 'PostLevels', 'PostTerm', 'PowerMatcher', 'TermEvent', 'TermEventKind'],
  },
  Measures: {
    values: ['ACTOR_PLACEHOLDERS', 'ACTOR_ROLES', 'BUILTIN_TEMPLATES', 'CONTEXT_VARIANTS', 'ControlChecker', 'DECIDED_MATTERS', 'DECIDED_MATTER_LABELS', 'DECIDED_MATTER_SIGNS', 'DEFAULT_LIBRARY', 'DEFAULT_MAX_POST_MEASURES', 'DEFAULT_MAX_PROPOSALS', 'MAX_PROPOSALS', 'MEASURE_KIND_LABELS', 'MEASURE_SCOPES', 'MEASURE_SCOPE_LABELS', 'OUTSIDE_PARTIES', 'OUTSIDE_PARTY_LABELS', 'OUTSIDE_PARTY_SIGNS', 'OWNER_TIERS', 'OWNER_TIER_LABELS', 'OWN_TIER', 'PARTY_WORDS', 'PHASES', 'PHASE_LABELS', 'PROHIBITION_EXAMPLES', 'RESULT_EXAMPLES', 'SUPERIOR_TIER', 'TEMPLATE_ID_PATTERN', 'TEMPLATE_PLACEHOLDERS', 'TRIGGER_FLAGS', 'TRIGGER_FLAG_LABELS', 'WATCHING_ACTORS', 'actorValues', 'checkControls', 'contextValues', 'controlEffects', 'createLibrary', 'filterTemplates', 'mergePostMeasures', 'parseTemplates', 'postWideMeasures', 'powerContext', 'resolveOwnerTier', 'resolveTemplates', 'selectMeasures', 'selectPostMeasures', 'selectionContext', 'superiorTier', 'templatesJsonSchema', 'validateTemplates', 'watchesHolder'],
    types: ['ActorPlaceholder', 'BuiltinTemplateId', 'ContextSign', 'DecidedMatter', 'FiredRuleSigns', 'MeasureFill', 'MeasureKind', 'MeasureScope', 'MeasureTemplate', 'MeasureTriggers', 'OutsideParty', 'OwnerTier', 'Phase', 'PostMeasure', 'PostSelection', 'PowerContext', 'RiskPointMeasures', 'SelectedMeasure', 'SelectionContext', 'SelectionOptions', 'TemplateFilter', 'TemplateInput', 'TemplateLibrary', 'TemplateLibraryInput', 'TemplateOverride', 'TemplatePlaceholder', 'TemplateText', 'TriggerFlag'],
  },
  Catalog: {
    values: ['CATALOG_SCHEMA_VERSION', 'CatalogBuilder', 'DEFAULT_WARNING_SETTINGS', 'DIFF_SCHEMA_VERSION', 'KEY_AREA_CATEGORIES', 'RESPONSIBLE_ABOVE', 'WARNING_SIGNALS', 'WARNING_SIGNAL_LABELS', 'WARNING_TIERS', 'WARNING_TIER_TABLE', 'WHAT_IF_TEXT', 'buildCatalog', 'buildCatalogAsync', 'catalogSource', 'catalogSourceAsync', 'diffCatalogs', 'earlyWarning', 'isKeyPost', 'isSelfOversight', 'responsibleAbove', 'suggestsRatings', 'warningTier', 'whatIfChanges', 'whatIfPostChanges'],
    types: ['AddedRemoved', 'Catalog', 'CatalogDiff', 'CatalogOptions', 'CatalogPost', 'CatalogPower', 'CatalogRiskPoint', 'CatalogSource', 'CatalogSummary', 'CatalogTexts', 'DiffItem', 'DiffOptions', 'DocumentHeader', 'EarlyWarning', 'HolderChange', 'LevelChange', 'LevelMove', 'MeasureChange', 'PowerFlag', 'UnitChange', 'UnitWhatIf', 'UnitWhatIfOptions', 'WarningSettings', 'WarningSignal', 'WarningTier'],
  },
  Outputs: {
    values: ['CALIBRATION_LABELS', 'CSV_BOM', 'CSV_COLUMNS', 'CSV_EOL', 'CSV_LIST_SEPARATOR', 'CatalogTextsError', 'FORMAT_TEXTS', 'LEVEL_COLORS', 'LIST_LABELS', 'MAX_STRING_LENGTH', 'MEASURE_STATUS_LABELS', 'OutputTooLargeError', 'POST_CARD_COLUMNS', 'POST_CARD_LABELS', 'SHEET_INSTRUCTIONS', 'SHEET_LABELS', 'WARNING_TIER_LABELS', 'XLSX_LABELS', 'asyncChunks', 'catalogJsonSchema', 'catalogTable', 'crc32', 'csvTextRecord', 'heatmapSvg', 'joinChunks', 'levelBarsSvg', 'listsCsv', 'listsDocx', 'listsHtml', 'listsMarkdown', 'listsXlsx', 'nextTurn', 'postCard', 'postCards', 'postTableRows', 'powerAndResponsibilityLists', 'powerFlowSvg', 'powerListCells', 'renderCalibrationMarkdown', 'renderCardsHtml', 'renderCardsHtmlChunks', 'renderCsv', 'renderCsvAsync', 'renderCsvChunks', 'renderDiffMarkdown', 'renderDocx', 'renderHtml', 'renderHtmlAsync', 'renderHtmlChunks', 'renderJson', 'renderJsonAsync', 'renderJsonChunks', 'renderMarkdown', 'renderMarkdownAsync', 'renderMarkdownChunks', 'renderSheetCsv', 'renderSheetXlsx', 'renderTableHtml', 'renderTableMarkdown', 'renderXlsx', 'requireTexts', 'responsibilityListCells', 'sheetExample', 'tableModelHtml', 'tableModelMarkdown', 'tableViewCss', 'textsFor', 'writeDocx', 'writeXlsx', 'writeZip'],
    types: ['CatalogJsonForm', 'CatalogTable', 'CatalogTableRow', 'CatalogTableSignature', 'CatalogTableSpans', 'CsvColumn', 'CsvColumnKey', 'CsvScope', 'CsvValueType', 'DocxBlock', 'DocxCell', 'DocxDocument', 'DocxOptions', 'DocxParagraphStyle', 'DocxTable', 'FormatTexts', 'HtmlOptions', 'JsonRenderOptions', 'LevelBar', 'LevelBarsOptions', 'LevelColors', 'NumberedRiskPoint', 'PostCard', 'PostCardPower', 'PowerAndResponsibilityLists', 'PowerFlowOptions', 'PowerListRow', 'RenderOptions', 'ResponsibilityListRow', 'TableViewOptions', 'TextFormat', 'TextNeeds', 'XlsxCell', 'XlsxColumn', 'XlsxColumnKind', 'XlsxMerge', 'XlsxSheet', 'XlsxWorkbook', 'YieldOptions', 'ZipEntry'],
  },
  Inputs: {
    values: ['JsonReadError', 'StreamCheck', 'TextInputError', 'XLSX_IMPORT_MESSAGES', 'XLSX_MESSAGES', 'ZIP_LIMITS', 'ZIP_MESSAGES', 'bytesSource', 'decodeUtf8', 'decodeUtf8Chunks', 'documentStreamCheck', 'findJsonSyntaxError', 'importCsv', 'importXlsx', 'openXlsx', 'openZip', 'parseJsonText', 'problemLine', 'problemPlace', 'problemText', 'readDocument'],
    types: ['ByteSource', 'CsvImportOptions', 'CsvProblemCode', 'DocumentRead', 'JsonReadProblem', 'JsonSyntaxError', 'ReadDocumentOptions', 'TextInputCode', 'XlsxImportOptions', 'XlsxProblemCode', 'XlsxReader', 'XlsxRow', 'XlsxSheetInfo', 'ZipArchive', 'ZipLimits', 'ZipProblemCode'],
  },
} as const;

const exports = apiExports(INDEX);

describe('the public API', () => {
  it('src/index.ts lists every export by name: no `export *`', () => {
    expect(readFileSync(INDEX, 'utf8')).not.toMatch(/export (type )?\*/);
  });

  it('the export list is the pinned one, stage by stage', () => {
    const actual: Record<string, { values: string[]; types: string[] }> = {};
    for (const e of exports) (actual[e.stage] ??= { values: [], types: [] })[e.type ? 'types' : 'values'].push(e.name);
    for (const g of Object.values(actual)) {
      g.values.sort();
      g.types.sort();
    }
    expect(actual).toEqual(PINNED);
    expect(Object.keys(actual)).toEqual([...STAGES]);
  });

  it('the module exports at run time exactly the values of the list (the parser misses none)', () => {
    const values = exports.filter((e) => !e.type).map((e) => e.name);
    expect(Object.keys(api).sort()).toEqual([...values].sort());
    expect(new Set(exports.map((e) => e.name)).size).toBe(exports.length);
  });

  it('internals are not exported: path and message helpers, cell and escape helpers, selection weights, message and heading tables', () => {
    const internals = [
      'joinPath', 'problem', 'fill', 'fillAll', 'escapeHtml', 'escapeMarkdown', 'neutralizeCell', 'unneutralizeCell', 'encodeList',
      'decodeList', 'triggerWeight', 'RELEVANCE_WEIGHTS', 'DRIVER_BONUS', 'RULE_BONUS', 'relevanceBonus', 'instantiate', 'MODEL_MESSAGES', 'VALIDATION_MESSAGES', 'TEMPLATE_PROBLEM_MESSAGES',
      'CONTROL_PROBLEM_MESSAGES', 'FINDING_MESSAGES', 'FINDING_SETTINGS_PROBLEM_MESSAGES', 'CSV_MESSAGES', 'RENDER_LABELS', 'HTML_LABELS', 'DIFF_LABELS',
    ];
    expect(internals.filter((name) => name in api)).toEqual([]);
  });

  it('the README API reference lists the same names under the same stages', () => {
    const text = readFileSync(API_CHAPTER, 'utf8');
    const [begin, end] = ['<!-- api:begin -->', '<!-- api:end -->'];
    const from = text.indexOf(begin);
    const to = text.indexOf(end);
    expect(from).toBeGreaterThanOrEqual(0);
    expect(to).toBeGreaterThan(from);
    const expected = `${begin}\n${apiReference(exports)}${end}`;
    if (UPDATE_GOLDEN) writeFileSync(API_CHAPTER, text.slice(0, from) + expected + text.slice(to + end.length));
    else expect(text.slice(from, to + end.length)).toBe(expected);
  });

  it('a document typed as OrganizationDocumentInput, with defaults left out and labels for ids, is valid', () => {
    const input: OrganizationDocumentInput = {
      organization: '某县财政局',
      posts: [
        {
          id: 'cashier',
          name: '出纳',
          department: '财务科',
          rank: '一般岗位',
          tenureYears: 3,
          powers: [
            {
              id: 'pay',
              name: '资金支付',
              category: '财务资金',
              steps: ['审核', '支付'],
              riskPoints: [{ id: 'rp1', description: '未经审批支付资金', step: '支付', riskCategory: '业务流程', factors: { fundLinkage: 5 } }],
            },
          ],
        },
      ],
    };
    const checked = api.validateDocument(input);
    expect(checked.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(checked.ok && checked.value.posts[0]?.powers[0]).toMatchObject({ category: 'finance', majorMatter: false, collectiveDecision: false });
    expect(checked.ok && checked.value.posts[0]?.rank).toBe('staff');
  });
});
