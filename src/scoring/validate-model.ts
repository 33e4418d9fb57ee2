/**
 * Reading a scoring model from untrusted JSON. The model's shape is declared once with the
 * validation language (`modelNode`), which gives {@link validateModel} its structural checks
 * (types, known ids, ranges, sizes, forbidden keys, "did you mean" hints) and
 * {@link modelJsonSchema} its JSON Schema. The model lint comes on top: gaps and overlaps in bands,
 * unreachable levels, all-zero weights, incomplete or non-monotone grids, rules and criteria that
 * can never hold, rules that could make levels fall as ratings rise.
 */
import type { LocalizedText } from '../i18n/locale.js';
import {
  FACTOR_IDS,
  LEVEL_IDS,
  LEVELS,
  POWER_CATEGORIES,
  RANKS,
  RATING_MAX,
  RATING_MIN,
  RISK_CATEGORIES,
  compareLevels,
  type FactorId,
  type Level,
} from '../model/enums.js';
import { checkAgainst } from '../validate/check.js';
import { toJsonSchema, type JsonSchema } from '../validate/json-schema.js';
import { LIMITS } from '../validate/limits.js';
import type { ProblemCode } from '../validate/messages.js';
import { InvalidInputError, joinPath, problem, type Checked, type Problem } from '../validate/problem.js';
import {
  array,
  boolean,
  integer,
  lazy,
  literal,
  number,
  object,
  optional,
  record,
  required,
  string,
  term,
  text,
  variant,
  withDefault,
  type Node,
} from '../validate/schema.js';
import { conditionFactors, neverHolds } from './condition.js';
import { CONDITION_FLAGS, type Condition, type FactorWeights, type LevelBand, type ScoringModel, type SideBand } from './model.js';

const BIG = LIMITS.magnitude;

const level = term(LEVELS, {
  description: { 'zh-CN': '风险等级：low、medium 或 high', 'zh-TW': '風險等級：low、medium 或 high', en: 'A level: low, medium or high' },
});

const bound = (description: LocalizedText) => number({ minimum: -BIG, maximum: BIG, description });
const FROM = { 'zh-CN': '起点（含）', 'zh-TW': '起點（含）', en: 'From (inclusive)' };
const TO = { 'zh-CN': '终点（不含；最后一个区间含）', 'zh-TW': '終點（不含；最後一個區間含）', en: 'To (exclusive; the last band includes it)' };

const weights = record(FACTOR_IDS, number({ minimum: 0, maximum: BIG }), {
  description: {
    'zh-CN': '各评定因素的权重；未列出或为 0 的因素不参与',
    'zh-TW': '各評定因素的權重；未列出或為 0 的因素不參與',
    en: 'Weights of the factors; a factor left out or weighted 0 is not used',
  },
});

const levelBands = array(object({ level: required(level), from: required(bound(FROM)), to: required(bound(TO)) }), {
  minItems: 1,
  maxItems: LIMITS.bands,
  description: { 'zh-CN': '分值区间，由低到高，首尾相接', 'zh-TW': '分值區間，由低到高，首尾相接', en: 'Bands of values, lowest first, contiguous' },
});

const side = (description: LocalizedText) =>
  object(
    {
      weights: required(weights),
      bands: required(
        array(object({ from: required(bound(FROM)), to: required(bound(TO)) }), {
          minItems: 1,
          maxItems: LIMITS.bands,
          description: { 'zh-CN': '平均评分（1–5）的分档，由低到高', 'zh-TW': '平均評分（1–5）的分檔，由低到高', en: 'Bands of the mean rating (1-5), lowest first' },
        }),
      ),
    },
    { description },
  );

const idList = <Id extends string>(terms: readonly { readonly id: Id; readonly label: LocalizedText }[], description: LocalizedText) =>
  array(term(terms), { maxItems: LIMITS.conditionItems, description });

/** A condition: one key names its kind; `all` and `any` hold conditions. */
const conditionNode: Node<Condition> = lazy(
  'condition',
  () =>
    variant('key', {
      factor: object({
        factor: required(literal(FACTOR_IDS)),
        atLeast: required(bound({ 'zh-CN': '评分至少为', 'zh-TW': '評分至少為', en: 'The rating is at least' })),
      }),
      flag: object({
        flag: required(literal(CONDITION_FLAGS)),
        equals: required(boolean({ description: { 'zh-CN': '应为的取值', 'zh-TW': '應為的取值', en: 'The value it must have' } })),
      }),
      categoryIn: object({
        categoryIn: required(idList(POWER_CATEGORIES, { 'zh-CN': '权力类别之一', 'zh-TW': '權力類別之一', en: "The power's category is one of" })),
      }),
      rankIn: object({ rankIn: required(idList(RANKS, { 'zh-CN': '职级之一', 'zh-TW': '職級之一', en: "The post's rank is one of" })) }),
      riskCategoryIn: object({
        riskCategoryIn: required(idList(RISK_CATEGORIES, { 'zh-CN': '风险类别之一', 'zh-TW': '風險類別之一', en: 'The risk category is one of' })),
      }),
      tenureAtLeast: object({
        tenureAtLeast: required(number({ minimum: 0, maximum: BIG, description: { 'zh-CN': '任职年数至少为', 'zh-TW': '任職年數至少為', en: 'Years in post at least' } })),
      }),
      all: object({
        all: required(array(conditionNode, { maxItems: LIMITS.conditionItems, description: { 'zh-CN': '全部成立', 'zh-TW': '全部成立', en: 'Every one holds' } })),
      }),
      any: object({
        any: required(array(conditionNode, { maxItems: LIMITS.conditionItems, description: { 'zh-CN': '任一成立', 'zh-TW': '任一成立', en: 'At least one holds' } })),
      }),
    }) as Node<Condition>,
  {
    maxDepth: LIMITS.conditionDepth,
    description: {
      'zh-CN': '条件：恰好一个键说明其种类（factor、flag、categoryIn、rankIn、riskCategoryIn、tenureAtLeast、all、any）',
      'zh-TW': '條件：恰好一個鍵說明其種類（factor、flag、categoryIn、rankIn、riskCategoryIn、tenureAtLeast、all、any）',
      en: 'A condition: exactly one key names its kind (factor, flag, categoryIn, rankIn, riskCategoryIn, tenureAtLeast, all, any)',
    },
  },
);

const label = text({
  maxLength: LIMITS.text,
  description: { 'zh-CN': '说明中使用的名称；缺省时描述条件', 'zh-TW': '說明中使用的名稱；缺省時描述條件', en: 'How explanations name it; when absent the condition is described' },
});
const id = string({ maxLength: LIMITS.id, description: { 'zh-CN': '编号', 'zh-TW': '編號', en: 'Id' } });

const ruleNode = object({
  id: required(id),
  when: required(conditionNode),
  effect: required(
    literal(['minimum', 'maximum', 'set'] as const, {
      description: { 'zh-CN': 'minimum 提高至、maximum 降低至、set 改为该等级', 'zh-TW': 'minimum 提高至、maximum 降低至、set 改為該等級', en: 'minimum raises to, maximum lowers to, set replaces with the level' },
    }),
  ),
  level: required(level),
  appliesTo: withDefault(
    literal(['both', 'inherent'] as const, {
      description: { 'zh-CN': 'both：也约束剩余风险；inherent：只约束固有风险', 'zh-TW': 'both：也約束剩餘風險；inherent：只約束固有風險', en: 'both: also binds the residual level; inherent: only the inherent one' },
    }),
    'both',
  ),
  label: optional(label),
});

const common = {
  id: optional(id),
  name: optional(text({ maxLength: LIMITS.name, description: { 'zh-CN': '模型名称', 'zh-TW': '模型名稱', en: 'Name of the model' } })),
} as const;

const tail = {
  missing: withDefault(
    object(
      {
        policy: required(literal(['assume', 'exclude'] as const)),
        rating: withDefault(number({ minimum: RATING_MIN, maximum: RATING_MAX }), 3),
      },
      {
        description: {
          'zh-CN': '未评分因素的处理：assume 按 rating 计；exclude 不参与',
          'zh-TW': '未評分因素的處理：assume 按 rating 計；exclude 不參與',
          en: 'Missing ratings: assume counts them as rating; exclude leaves them out',
        },
      },
    ),
    { policy: 'assume', rating: 3 },
  ),
  rules: withDefault(
    array(ruleNode, {
      maxItems: LIMITS.rules,
      description: { 'zh-CN': '评分后依次适用的规则', 'zh-TW': '評分後依次適用的規則', en: 'Rules applied after the method, in order' },
    }),
    [] as readonly never[],
  ),
  aggregation: withDefault(
    variant(
      { field: 'method' },
      {
        highest: object({
          method: required(literal(['highest'] as const)),
          score: withDefault(literal(['max', 'mean'] as const), 'max'),
        }),
        count: object({
          method: required(literal(['count'] as const)),
          score: withDefault(literal(['max', 'mean'] as const), 'max'),
          rules: required(
            array(
              object({
                level: required(level),
                atLeast: required(integer({ minimum: 1, maximum: BIG })),
                of: required(level),
              }),
              { maxItems: LIMITS.rules },
            ),
          ),
        }),
      },
      {
        description: {
          'zh-CN': '岗位等级如何由其风险点得出：highest 取最高；count 按规则计数',
          'zh-TW': '崗位等級如何由其風險點得出：highest 取最高；count 按規則計數',
          en: "How a post's level follows from its risk points': highest, or count with rules",
        },
      },
    ),
    { method: 'highest', score: 'max' },
  ),
} as const;

/**
 * The description of a scoring model, from which {@link validateModel} and {@link modelJsonSchema}
 * are derived. `method` picks the shape: `weighted`, `matrix` or `count`.
 */
export const modelNode: Node<ScoringModel> = variant(
  { field: 'method' },
  {
    weighted: object({
      ...common,
      method: required(literal(['weighted'] as const)),
      weights: required(weights),
      bands: required(levelBands),
      ...tail,
    }),
    matrix: object({
      ...common,
      method: required(literal(['matrix'] as const)),
      likelihood: required(side({ 'zh-CN': '可能性一侧', 'zh-TW': '可能性一側', en: 'The likelihood side' })),
      impact: required(side({ 'zh-CN': '影响一侧', 'zh-TW': '影響一側', en: 'The impact side' })),
      grid: required(
        array(array(level, { maxItems: LIMITS.bands }), {
          maxItems: LIMITS.bands,
          description: {
            'zh-CN': '矩阵：行为可能性分档，列为影响分档，均由低到高',
            'zh-TW': '矩陣：列為可能性分檔，欄為影響分檔，均由低到高',
            en: 'Rows: likelihood bands; columns: impact bands; lowest first',
          },
        }),
      ),
      ...tail,
    }),
    count: object({
      ...common,
      method: required(literal(['count'] as const)),
      criteria: required(
        array(object({ id: required(id), when: required(conditionNode), label: optional(label) }), {
          minItems: 1,
          maxItems: LIMITS.bands,
          description: { 'zh-CN': '判定条件，每满足一项计 1', 'zh-TW': '判定條件，每滿足一項計 1', en: 'Criteria; each one met counts 1' },
        }),
      ),
      bands: required(levelBands),
      ...tail,
    }),
  },
  {
    description: {
      'zh-CN': '评分模型：由评定因素得出分值和风险等级的方法（weighted、matrix 或 count）及其规则',
      'zh-TW': '評分模型：由評定因素得出分值和風險等級的方法（weighted、matrix 或 count）及其規則',
      en: 'A scoring model: the method (weighted, matrix or count) that turns ratings into a score and a level, and its rules',
    },
  },
) as Node<ScoringModel>;

/** Problems of the lint, collected with their paths. */
class Lint {
  readonly problems: Problem[] = [];

  error(code: ProblemCode, path: string, params: Readonly<Record<string, string | number>> = {}): void {
    this.problems.push(problem('error', code, path, undefined, params));
  }

  warn(code: ProblemCode, path: string, params: Readonly<Record<string, string | number>> = {}): void {
    this.problems.push(problem('warning', code, path, undefined, params));
  }
}

function lintBands(
  r: Lint,
  bands: readonly (LevelBand | SideBand)[],
  path: string,
  min: number,
  max: number,
): void {
  const first = bands[0];
  const last = bands[bands.length - 1];
  if (first === undefined || last === undefined) return;
  if (first.from > min) r.error('band-gap', joinPath(joinPath(path, 0), 'from'), { from: min, to: first.from });
  else if (first.from < min) r.error('out-of-range', joinPath(joinPath(path, 0), 'from'), { value: first.from, min, max });
  if (last.to < max) r.error('band-gap', joinPath(joinPath(path, bands.length - 1), 'to'), { from: last.to, to: max });
  else if (last.to > max) r.error('out-of-range', joinPath(joinPath(path, bands.length - 1), 'to'), { value: last.to, min, max });
  bands.forEach((b, i) => {
    // A last band may be a single value (e.g. all criteria met); it includes its `to`.
    if (b.from > b.to || (b.from === b.to && i < bands.length - 1)) r.error('band-empty', joinPath(path, i), { from: b.from, to: b.to });
    const prev = bands[i - 1];
    if (prev === undefined) return;
    if (b.from > prev.to) r.error('band-gap', joinPath(joinPath(path, i), 'from'), { from: prev.to, to: b.from });
    else if (b.from < prev.to) r.error('band-overlap', joinPath(joinPath(path, i), 'from'), { from: b.from, to: prev.to });
    if ('level' in b && 'level' in prev && compareLevels(b.level, prev.level) < 0) {
      r.error('bands-not-ascending', joinPath(joinPath(path, i), 'level'), { before: prev.level, after: b.level });
    }
  });
}

function lintWeights(r: Lint, w: FactorWeights, path: string): void {
  if (!FACTOR_IDS.some((f) => (w[f] ?? 0) > 0)) r.error('all-zero-weights', path);
}

function readsFactors(c: Condition): boolean {
  const s = new Set<FactorId>();
  conditionFactors(c, s);
  return s.size > 0;
}

/**
 * Lints a structurally valid model: problems that make it unusable (errors) or suspicious (warnings).
 * @param model - a model
 * @returns every problem found, with paths
 */
export function lintModel(model: ScoringModel): Problem[] {
  const r = new Lint();
  const reachable = new Set<Level>();
  if (model.method === 'weighted') {
    lintWeights(r, model.weights, 'weights');
    lintBands(r, model.bands, 'bands', 0, 100);
    model.bands.forEach((b, i) => {
      if (b.from < b.to || (b.from === b.to && i === model.bands.length - 1)) reachable.add(b.level);
    });
  } else if (model.method === 'matrix') {
    lintWeights(r, model.likelihood.weights, 'likelihood.weights');
    lintWeights(r, model.impact.weights, 'impact.weights');
    for (const f of FACTOR_IDS) {
      if ((model.likelihood.weights[f] ?? 0) > 0 && (model.impact.weights[f] ?? 0) > 0) {
        r.error('factor-on-both-sides', joinPath('impact.weights', f), { factor: f });
      }
    }
    lintBands(r, model.likelihood.bands, 'likelihood.bands', RATING_MIN, RATING_MAX);
    lintBands(r, model.impact.bands, 'impact.bands', RATING_MIN, RATING_MAX);
    const rows = model.likelihood.bands.length;
    const cols = model.impact.bands.length;
    if (model.grid.length !== rows) r.error('grid-size', 'grid', { expected: rows, actual: model.grid.length });
    model.grid.forEach((row, i) => {
      if (row.length !== cols) r.error('grid-size', joinPath('grid', i), { expected: cols, actual: row.length });
      row.forEach((cell, j) => {
        reachable.add(cell);
        const up = model.grid[i - 1]?.[j];
        const left = row[j - 1];
        const worse = [up, left].find((n) => n !== undefined && compareLevels(cell, n) < 0);
        if (worse !== undefined) r.error('grid-not-monotone', joinPath(joinPath('grid', i), j), { neighbour: worse });
      });
    });
  } else {
    const ids = new Map<string, string>();
    model.criteria.forEach((c, i) => {
      const at = joinPath(joinPath('criteria', i), 'id');
      const first = ids.get(c.id);
      if (first !== undefined) r.error('duplicate-id', at, { id: c.id, first });
      else ids.set(c.id, at);
      if (neverHolds(c.when)) r.error('criterion-never-met', joinPath(joinPath('criteria', i), 'when'), { id: c.id });
    });
    lintBands(r, model.bands, 'bands', 0, model.criteria.length);
    model.bands.forEach((b, i) => {
      if (b.from < b.to || (b.from === b.to && i === model.bands.length - 1)) reachable.add(b.level);
    });
  }
  const ruleIds = new Map<string, string>();
  model.rules.forEach((rule, i) => {
    const p = joinPath('rules', i);
    const first = ruleIds.get(rule.id);
    if (first !== undefined) r.error('duplicate-id', joinPath(p, 'id'), { id: rule.id, first });
    else ruleIds.set(rule.id, joinPath(p, 'id'));
    if (neverHolds(rule.when)) {
      r.error('rule-never-fires', joinPath(p, 'when'), { id: rule.id });
      return;
    }
    reachable.add(rule.level);
    if ((rule.effect === 'minimum' && rule.level === 'low') || (rule.effect === 'maximum' && rule.level === 'high')) {
      r.warn('rule-no-effect', p, { id: rule.id });
    }
    if (rule.effect !== 'minimum' && rule.level !== 'high' && readsFactors(rule.when)) {
      r.error('rule-not-monotone', joinPath(p, 'when'), { id: rule.id });
    }
  });
  for (const level of LEVEL_IDS) {
    if (!reachable.has(level)) r.error('unreachable-level', model.method === 'matrix' ? 'grid' : 'bands', { level });
  }
  return r.problems;
}

/**
 * Checks a scoring model read from JSON: its shape against `modelNode`, then the lint.
 * Never throws, never mutates the input, and the model returned shares nothing with it.
 * @param input - anything, e.g. `JSON.parse` of a model file
 * @returns the model with defaults filled when there is no error, and every problem found
 * @example
 * const checked = validateModel(JSON.parse(text));
 * if (!checked.ok) for (const p of checked.problems) console.log(p.path, p.message.en);
 */
export function validateModel(input: unknown): Checked<ScoringModel> {
  const checked = checkAgainst(modelNode, input);
  if (!checked.ok) return checked;
  const problems = [...checked.problems, ...lintModel(checked.value)];
  if (problems.some((p) => p.severity === 'error')) return { ok: false, problems };
  return { ok: true, value: checked.value, problems };
}

/**
 * Reads a scoring model, throwing when it has errors.
 * @param input - anything, e.g. `JSON.parse` of a model file
 * @returns the model with defaults filled
 * @throws {@link InvalidInputError} with every problem
 */
export function parseModel(input: unknown): ScoringModel {
  const checked = validateModel(input);
  if (!checked.ok) throw new InvalidInputError('scoring model', checked.problems);
  return checked.value;
}

/**
 * The JSON Schema (draft 2020-12) of a scoring model, derived from `modelNode`. It checks
 * structure, types, vocabularies and limits; the lint (bands, grid, rules, unique rule and
 * criterion ids) is made by {@link validateModel} only.
 * @returns the schema as a JSON value
 */
export function modelJsonSchema(): JsonSchema {
  return toJsonSchema(modelNode, {
    title: 'integrity-risk scoring model',
    note:
      'Validator-only checks (the model lint), not expressed here: bands contiguous and ascending over their range; every level reachable; weights not all zero; a factor on one matrix side only; a grid as large as its bands and not falling; rules and criteria that can hold, unique ids, no level-lowering rule on ratings. / ' +
      '仅由校验器检查（模型检查）：区间首尾相接、等级递增并覆盖取值范围；每个等级都可得出；权重不全为 0；因素只属于矩阵一侧；矩阵大小与分档一致且不下降；规则和判定条件可成立、编号唯一、降低等级的规则不以评分为条件。',
  });
}
