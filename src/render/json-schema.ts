/**
 * The JSON Schema (draft 2020-12) of the JSON catalog, schema version 2: what `renderJson` and
 * `integrity-risk catalog --format json` write, in either form, every locale (each text an object
 * with `zh-CN`, `zh-TW` and `en`) or one locale (each text a string, the locale named in
 * `locale`). Shipped as schema/catalog.schema.json and schema/catalog.one-locale.schema.json.
 *
 * Every object is closed (`additionalProperties: false`): the tests validate the library's own
 * output against it, so a field added to the output without being described here fails them.
 */
import { FINDING_CODES } from '../findings/types.js';
import { TERM_EVENT_KINDS } from '../findings/term.js';
import { LOCALES } from '../i18n/locale.js';
import { MEASURE_KIND_LABELS } from '../measures/messages.js';
import {
  FACTOR_IDS,
  LEVEL_IDS,
  OWNER_TIERS,
  PHASES,
  POST_FACTOR_IDS,
  POWER_CATEGORIES,
  RANKS,
  RATING_MAX,
  RATING_MIN,
  RISK_CATEGORIES,
} from '../model/enums.js';
import { SCORING_METHODS } from '../scoring/model.js';
import { WARNING_SIGNALS, WARNING_TIERS } from '../catalog/warnings.js';
import { CATALOG_SCHEMA_VERSION } from '../catalog/types.js';
import { JSON_SCHEMA_DIALECT, type JsonSchema, type JsonValue } from '../validate/json-schema.js';

/**
 * The two forms of the JSON catalog: `every-locale` (`renderJson(catalog)`, each text in the
 * three locales) and `one-locale` (`renderJson(catalog, { locale })` and the CLI, each text one
 * string).
 */
export type CatalogJsonForm = 'every-locale' | 'one-locale';

const ref = (name: string): JsonSchema => ({ $ref: `#/$defs/${name}` });
const str: JsonSchema = { type: 'string' };
const bool: JsonSchema = { type: 'boolean' };
const count: JsonSchema = { type: 'integer', minimum: 0 };
const score: JsonSchema = { type: 'number', minimum: 0, maximum: 100 };
const date: JsonSchema = { type: 'string', pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$', format: 'date' };
const rating: JsonSchema = { type: 'integer', minimum: RATING_MIN, maximum: RATING_MAX };
const oneOf = (values: readonly string[]): JsonSchema => ({ type: 'string', enum: [...values] });
const array = (items: JsonSchema, extra: JsonSchema = {}): JsonSchema => ({ type: 'array', items, ...extra });
const described = (schema: JsonSchema, zh: string, en: string): JsonSchema => ({ ...schema, description: `${zh} / ${en}` });

/**
 * A closed object: `fields` in order; those named in `optional` may be absent, every other one is
 * required.
 */
function object(fields: Readonly<Record<string, JsonSchema>>, optional: readonly string[] = []): JsonSchema {
  const required = Object.keys(fields).filter((k) => !optional.includes(k));
  return { type: 'object', properties: fields, ...(required.length > 0 ? { required } : {}), additionalProperties: false };
}

const idsOf = (terms: readonly { readonly id: string }[]): string[] => terms.map((t) => t.id);

/** The definitions shared by both forms, except the text's. */
function definitions(form: CatalogJsonForm): Record<string, JsonSchema> {
  const text = ref('text');
  const level = ref('level');
  const factor = ref('factor');
  const ratings = (ids: readonly string[]): JsonSchema => object(Object.fromEntries(ids.map((f) => [f, rating])), ids);
  const levelBand = object({ level, from: { type: 'number' }, to: { type: 'number' } });
  const side = object({ average: { type: 'number' }, band: count, bands: count, fallback: bool });
  return {
    text:
      form === 'one-locale'
        ? described(str, '本地化文字（一种语言）', 'A localized text, in the catalog\'s one locale')
        : described(object(Object.fromEntries(LOCALES.map((l) => [l, str]))), '本地化文字（三种语言）', 'A localized text, in every locale'),
    level: oneOf(LEVEL_IDS),
    factor: oneOf(FACTOR_IDS),
    levelCounts: object({ high: count, medium: count, low: count }),
    factors: described(ratings(FACTOR_IDS), '九项因素的评分（1–5）', 'Ratings of the nine factors (1-5)'),
    finding: object(
      {
        code: oneOf(FINDING_CODES),
        postId: str,
        powerIds: array(str),
        pairId: str,
        message: text,
        params: { type: 'object', additionalProperties: { anyOf: [str, { type: 'number' }, ...(form === 'one-locale' ? [] : [text])] } },
      },
      ['pairId'],
    ),
    postMeasure: described(
      object(
        {
          templateId: str,
          phase: oneOf(PHASES),
          kind: oneOf(idsOf(MEASURE_KIND_LABELS)),
          owner: oneOf(OWNER_TIERS),
          title: text,
          text,
          indicator: text,
          reviewDays: count,
          status: described(oneOf(['in-place', 'proposed']), '在岗位的每个相关风险点都已落实时为 in-place', '`in-place` when in place at every risk point it serves'),
          riskPointIds: described(array(str), '该措施服务的风险点（文档顺序）', 'The risk points it serves, in document order'),
        },
        ['indicator'],
      ),
      '岗位合并后的防控措施：每个模板一条，文字列出它服务的所有权力事项和环节',
      'A measure of the post\'s merged view: one per template, its text naming every power and step it serves',
    ),
    ownMeasure: object(
      { text: str, phase: oneOf(PHASES), owner: oneOf(OWNER_TIERS), deadline: str, indicator: str, lowers: array(factor), template: str },
      ['phase', 'owner', 'deadline', 'indicator', 'lowers', 'template'],
    ),
    suggestion: object({
      factor,
      rating,
      reasons: array(
        {
          oneOf: [
            object({ kind: { const: 'word' }, word: str, where: oneOf(['description', 'step', 'power']) }),
            object({ kind: { const: 'category' }, category: oneOf(idsOf(POWER_CATEGORIES)) }),
            object({ kind: { const: 'major-matter' } }),
            object({ kind: { const: 'not-collective' } }),
            object({ kind: { const: 'prior-incident' } }),
            object({ kind: { const: 'rank' }, rank: oneOf(idsOf(RANKS)) }),
            object({ kind: { const: 'key-area' }, category: oneOf(idsOf(POWER_CATEGORIES)) }),
            object({ kind: { const: 'no-evidence' } }),
            object({ kind: { const: 'lowering-word' }, word: str, where: oneOf(['description', 'step', 'power']) }),
          ],
        },
        { minItems: 1 },
      ),
    }),
    riskPointExplanation: object({ text, detail: ref('riskPointDetail') }, ['detail']),
    postExplanation: object({ text, detail: ref('postDetail') }, ['detail']),
    methodTrace: {
      oneOf: [
        object({ method: { const: 'weighted' }, totalWeight: { type: 'number' }, weightedMean: { type: 'number' }, fallback: bool, score, band: levelBand, level }),
        object({ method: { const: 'matrix' }, likelihood: side, impact: side, cell: array(count, { minItems: 2, maxItems: 2 }), score, level }),
        object({
          method: { const: 'count' },
          criteria: array(object({ id: str, label: text, met: bool })),
          met: count,
          total: count,
          score,
          band: levelBand,
          level,
        }),
      ],
    },
    ruleTrace: object({ id: str, label: text, effect: oneOf(['minimum', 'maximum', 'set']), level, before: level, after: level }),
    riskPointDetail: described(
      object(
        {
          kind: { const: 'risk-point' },
          model: str,
          factors: array(
            object(
              {
                factor,
                rating: { anyOf: [{ type: 'number' }, { type: 'null' }] },
                source: oneOf(['risk-point', 'post', 'assumed', 'missing']),
                weight: { type: 'number', minimum: 0 },
                side: oneOf(['likelihood', 'impact']),
                contribution: { type: 'number' },
                residualRating: { type: 'number' },
              },
              ['side', 'residualRating'],
            ),
          ),
          missing: object({ policy: oneOf(['assume', 'exclude']), rating: { type: 'number' }, assumed: array(factor), excluded: array(factor) }),
          method: ref('methodTrace'),
          rules: array(ref('ruleTrace')),
          level,
          score,
          residual: object(
            {
              controls: array(object({ id: str, known: bool })),
              ownMeasures: array(count),
              reductions: array(object({ factor, from: rating, to: { type: 'integer', minimum: 0, maximum: RATING_MAX } })),
              method: ref('methodTrace'),
              rules: array(ref('ruleTrace')),
              skippedRules: array(str),
              clamped: bool,
              level,
              score,
            },
            ['method'],
          ),
        },
        ['model'],
      ),
      '风险点说明的详细依据（仅在 --detail / detail: true 时写出）',
      'The structured reasons of a risk point\'s levels (written only with --detail / detail: true)',
    ),
    postDetail: described(
      object({
        kind: { const: 'post' },
        aggregation: oneOf(['highest', 'count']),
        scoreFrom: oneOf(['max', 'mean']),
        riskPoints: count,
        counts: ref('levelCounts'),
        residualCounts: ref('levelCounts'),
        decisive: array(str),
        rulesHeld: array(object({ level, atLeast: count, of: level })),
        level,
        score,
        residualLevel: level,
        residualScore: score,
      }),
      '岗位说明的详细依据（仅在 --detail / detail: true 时写出）',
      'The structured reasons of a post\'s levels (written only with --detail / detail: true)',
    ),
    riskPoint: object(
      {
        id: str,
        description: str,
        step: str,
        riskCategory: oneOf(idsOf(RISK_CATEGORIES)),
        priorIncident: bool,
        controls: array(str),
        factors: described(ref('factors'), '文档给出的评分', 'Ratings as the document gave them'),
        effectiveFactors: described(ref('factors'), '继承岗位评分后的评分', 'Ratings after inheritance from the post'),
        level,
        score,
        residualLevel: level,
        residualScore: score,
        explanation: ref('riskPointExplanation'),
        ownMeasures: array(ref('ownMeasure')),
        measureIndexes: described(
          array(count),
          '该风险点的防控措施在所属岗位 measures 中的位置（从 0 起，按阶段和相关度排序）；措施在 controls 中列出时为已落实',
          'Where this risk point\'s measures are in its post\'s `measures` (from 0, by phase then relevance); a measure is in place here when its templateId is among `controls`',
        ),
        suggestedFactors: array(ref('suggestion')),
        publishedLevel: described(level, '文档所记的已公布等级', 'The published level the document records'),
        source: str,
      },
      ['suggestedFactors', 'publishedLevel', 'source'],
    ),
    power: object(
      {
        id: str,
        name: str,
        category: oneOf(idsOf(POWER_CATEGORIES)),
        majorMatter: bool,
        collectiveDecision: bool,
        steps: array(str),
        legalBasis: described(str, '设定依据（文档写明时）', 'The legal basis, when the document gives it'),
        responsibilities: described(
          array(object({ step: str, duty: str, accountability: str }, ['step', 'accountability'])),
          '文档写明的责任（责任清单）',
          'The responsibilities the document states (the responsibility list)',
        ),
        riskPoints: array(ref('riskPoint')),
      },
      ['legalBasis', 'responsibilities'],
    ),
    post: object(
      {
        id: str,
        name: str,
        department: str,
        rank: oneOf(idsOf(RANKS)),
        tenureYears: { type: 'number', minimum: 0 },
        holder: str,
        holderSince: date,
        factors: ratings(POST_FACTOR_IDS),
        level,
        score,
        residualLevel: level,
        residualScore: score,
        explanation: ref('postExplanation'),
        keyPost: bool,
        warning: object(
          {
            tier: oneOf(Object.values(WARNING_TIERS)),
            owner: oneOf(OWNER_TIERS),
            reviewCycleDays: count,
            signals: described(array(oneOf(WARNING_SIGNALS)), '提高预警等级的情形', 'The aggravating signals that raise the tier'),
            nextReviewOn: date,
          },
          ['nextReviewOn'],
        ),
        powers: array(ref('power')),
        postMeasures: described(
          array(ref('postMeasure')),
          '岗位通用防控措施（廉洁教育、谈话、个人事项报告、述职述廉、轮岗、审计等）：每岗位只列一次、不上各风险点；任一风险点已落实即为 in-place',
          'The measures for the whole post (education, talks, personal-matters reports, 述职述廉, rotation, audit): listed once, never on the risk points; `in-place` when one of its risk points has it in place',
        ),
        measures: array(ref('postMeasure')),
        findings: array(ref('finding')),
        term: object(
          {
            holder: str,
            holderSince: date,
            tenureYears: { type: 'number', minimum: 0 },
            events: array(object({ kind: oneOf(TERM_EVENT_KINDS), due: date, dueNow: bool }, ['due'])),
          },
          ['holder', 'holderSince'],
        ),
        publishedLevel: described(level, '文档所记的已公布等级', 'The published level the document records'),
        source: str,
      },
      ['holder', 'holderSince', 'publishedLevel', 'source'],
    ),
  };
}

function summary(): JsonSchema {
  const lc = ref('levelCounts');
  const row = array(count, { minItems: 5, maxItems: 5 });
  return object(
    {
      posts: count,
      powers: count,
      riskPoints: count,
      postsByLevel: lc,
      postsByWarningTier: object({ red: count, yellow: count, blue: count }),
      riskPointsByLevel: lc,
      residualRiskPointsByLevel: lc,
      byDepartment: array(object({ department: str, posts: lc, riskPoints: lc })),
      byRiskCategory: array(object({ riskCategory: oneOf(idsOf(RISK_CATEGORIES)), riskPoints: lc })),
      byPowerCategory: array(object({ category: oneOf(idsOf(POWER_CATEGORIES)), riskPoints: lc })),
      keyPosts: array(str),
      findingsByCode: { type: 'object', propertyNames: oneOf(FINDING_CODES), additionalProperties: count },
      heatmap: described(array(row, { minItems: 5, maxItems: 5 }), '按可能性（行）和危害（列）评分 1–5 计数的风险点', 'Risk points by likelihood (rows) and harm (columns) rating 1-5'),
      unratedForHeatmap: count,
      ratings: object({ given: count, suggested: count }),
    },
    ['ratings'],
  );
}

/**
 * The JSON Schema of the JSON catalog (schema version 2) in one of its two forms.
 * @param form - `every-locale` (the default: `renderJson(catalog)`) or `one-locale`
 *   (`renderJson(catalog, { locale })`, the CLI's output)
 * @returns the schema as a JSON value, ready for `JSON.stringify`
 * @example
 * const schema = catalogJsonSchema('one-locale');
 * schema.properties.schemaVersion // { const: 2, … }
 */
export function catalogJsonSchema(form: CatalogJsonForm = 'every-locale'): JsonSchema {
  const defs = definitions(form);
  const named = Object.keys(defs).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const one = form === 'one-locale';
  const properties: Record<string, JsonSchema> = {
    schemaVersion: described({ const: CATALOG_SCHEMA_VERSION }, '一览表 JSON 的版本', 'The version of the catalog\'s JSON shape'),
    ...(one ? { locale: described(oneOf(LOCALES), '所有文字使用的语言', 'The locale every text is written in') } : {}),
    organization: str,
    assessedOn: date,
    suggestRatings: described(
      { type: 'boolean' },
      '文档自身要求以建议评分补足未评分的因素（import --suggest-ratings 写入）',
      'The document itself asks for suggested ratings where it rates no factor (written by import --suggest-ratings)',
    ),
    asOf: described(date, '复查日期的起算日', 'The date review dates count from'),
    model: object({ id: str, method: oneOf(SCORING_METHODS), name: ref('text') }),
    summary: summary(),
    posts: described(array(ref('post')), '按科室（首次出现）、等级（高在前）和文档顺序排列', 'By department (first appearance), level (high first), then document order'),
    findings: described(array(ref('finding')), '全部问题，按岗位顺序', 'Every finding, in post order'),
  };
  const root = object(properties, ['organization', 'assessedOn', 'suggestRatings', 'asOf']);
  const title = one ? 'integrity-risk catalog, one locale' : 'integrity-risk catalog, every locale';
  const description = one
    ? '岗位廉政风险防控一览表（JSON，第 2 版，一种语言：每段文字为字符串，语言见 locale） / The post risk catalog (JSON, version 2, one locale: each text is a string, the locale named in `locale`)'
    : '岗位廉政风险防控一览表（JSON，第 2 版，三种语言：每段文字为含 zh-CN、zh-TW、en 的对象） / The post risk catalog (JSON, version 2, every locale: each text is an object with zh-CN, zh-TW and en)';
  const out: { [key: string]: JsonValue } = {
    $schema: JSON_SCHEMA_DIALECT,
    title,
    description,
    ...root,
    $defs: Object.fromEntries(named.map((n) => [n, defs[n] as JsonSchema])),
  };
  return out;
}
