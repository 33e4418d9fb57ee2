/**
 * Settings of the power-configuration checks, as data with defaults, and their check when they
 * come from JSON: the file's shape is declared once with the validation language
 * (`findingSettingsNode`), which gives {@link validateFindingSettings} and
 * {@link settingsJsonSchema}.
 */
import type { LocalizedText } from '../i18n/locale.js';
import { LEVELS, POWER_CATEGORIES, RANKS, type Level, type PowerCategory, type Rank } from '../model/enums.js';
import { checkAgainst } from '../validate/check.js';
import { toJsonSchema, type JsonSchema } from '../validate/json-schema.js';
import { LIMITS } from '../validate/limits.js';
import { InvalidInputError, type Checked } from '../validate/problem.js';
import {
  array,
  boolean,
  integer,
  number,
  object,
  optional,
  required,
  string,
  term,
  text,
  withDefault,
  type Node,
} from '../validate/schema.js';

/**
 * Which powers one side of an incompatible pair covers. Every condition present must hold:
 * the category is listed; one of the power's steps contains one of the keywords; with
 * `notCollective`, the power is not decided collectively.
 */
export interface PowerMatcher {
  readonly categories?: readonly PowerCategory[];
  readonly steps?: readonly string[];
  readonly notCollective?: boolean;
}

/**
 * Duties one post must not hold together (分事行权、分岗设权). The pair matches a post holding a
 * power matched by one of `first` and a power matched by one of `second`; this may be one power
 * whose procedure has both steps, since the post then runs both.
 */
export interface IncompatiblePair {
  /** Stable kebab-case id, reported as the finding's `pairId`. */
  readonly id: string;
  /** What is held together, as a reader sees it; defaults to the id. */
  readonly label?: LocalizedText;
  /** One side (any matcher). */
  readonly first: readonly PowerMatcher[];
  /** The other side (any matcher). */
  readonly second: readonly PowerMatcher[];
}

/** Settings of {@link checkPowerConfiguration}. */
export interface FindingSettings {
  /** The key areas a principal must not hold directly and a deputy must not hold all of. */
  readonly keyAreas: readonly PowerCategory[];
  /** Duties that must be separated. */
  readonly incompatiblePairs: readonly IncompatiblePair[];
  /** Tenure (years) at which rotation is due. */
  readonly rotationYears: number;
  /** Post levels on which rotation is checked. */
  readonly rotationLevels: readonly Level[];
  /** Tenure (years) at which an economic-responsibility audit is due on a post with fund linkage. */
  readonly auditYears: number;
  /** A power in one of these categories gives its post fund linkage. */
  readonly fundCategories: readonly PowerCategory[];
  /** A risk point rated at least this on `fundLinkage` gives its post fund linkage. */
  readonly fundLinkageAtLeast: number;
  /**
   * A holder who took the post at most this many days before `assessedOn` is new: a 高 or 中
   * post then needs the pre-appointment review (任前研判).
   */
  readonly preAppointmentDays: number;
  /**
   * Ranks that are leadership posts (领导干部): like fund linkage, they make an in-term
   * economic-responsibility audit due at `auditYears` and a departure audit due when the holder changes.
   */
  readonly leadershipRanks: readonly Rank[];
  /** Ranks whose holders give the annual duty and integrity report (述职述廉). */
  readonly annualReportRanks: readonly Rank[];
}

const REQUIREMENT_OR_AWARD = ['立项', '需求', '招标', '评标', '定标', '采购', '立項', '招標', '評標', '採購'] as const;
const ACCEPTANCE_OR_PAYMENT = ['验收', '支付', '结算', '付款', '驗收', '結算'] as const;

/** The default incompatible pairs. */
export const DEFAULT_INCOMPATIBLE_PAIRS = [
  {
    id: 'award-and-acceptance',
    label: {
      'zh-CN': '立项、需求或招标采购与验收、支付',
      'zh-TW': '立項、需求或招標採購與驗收、付款',
      en: 'initiating, specifying or awarding and accepting or paying',
    },
    first: [{ steps: REQUIREMENT_OR_AWARD }],
    second: [{ steps: ACCEPTANCE_OR_PAYMENT }],
  },
  {
    id: 'inspection-and-penalty',
    label: {
      'zh-CN': '监督检查与未经集体决定的处罚',
      'zh-TW': '監督檢查與未經集體決定的處罰',
      en: 'inspecting and penalizing without a collective decision',
    },
    first: [{ categories: ['inspection'] }, { steps: ['检查', '督察', '巡查', '稽查', '檢查'] }],
    second: [{ steps: ['处罚', '罚款', '扣款', '處罰', '罰款'], notCollective: true }],
  },
] as const satisfies readonly IncompatiblePair[];

/** The default settings. */
export const DEFAULT_FINDING_SETTINGS = {
  keyAreas: ['personnel', 'finance', 'approval', 'project', 'procurement'],
  incompatiblePairs: DEFAULT_INCOMPATIBLE_PAIRS,
  rotationYears: 5,
  rotationLevels: ['medium', 'high'],
  auditYears: 5,
  fundCategories: ['finance', 'procurement', 'project', 'assets'],
  fundLinkageAtLeast: 4,
  preAppointmentDays: 90,
  leadershipRanks: ['principal', 'deputy'],
  annualReportRanks: ['principal', 'deputy', 'middle'],
} as const satisfies FindingSettings;

/**
 * Fills settings left out with the defaults.
 * @param partial - some settings
 * @returns complete settings
 */
export function withDefaults(partial: Partial<FindingSettings> = {}): FindingSettings {
  return { ...DEFAULT_FINDING_SETTINGS, ...partial };
}

const categories = (description: LocalizedText) => array(term(POWER_CATEGORIES), { maxItems: LIMITS.conditionItems, description });
const ranks = (description: LocalizedText): Node<readonly Rank[]> => array(term(RANKS), { maxItems: LIMITS.conditionItems, description });

const matcherNode = object(
  {
    categories: optional(categories({ 'zh-CN': '权力类别之一', 'zh-TW': '權力類別之一', en: 'The category is one of' })),
    steps: optional(
      array(string({ maxLength: LIMITS.name }), {
        maxItems: LIMITS.keywords,
        description: { 'zh-CN': '某一环节名称包含其中一个关键词', 'zh-TW': '某一環節名稱包含其中一個關鍵詞', en: "One of the power's steps contains one of the keywords" },
      }),
    ),
    notCollective: optional(boolean({ description: { 'zh-CN': '未经集体决策', 'zh-TW': '未經集體決策', en: 'Not decided collectively' } })),
  },
  {
    // A matcher with neither would match every power.
    refine: (_value, path, report, given) => {
      if (!given.has('categories') && !given.has('steps')) report('empty-matcher', path);
    },
    description: { 'zh-CN': '匹配的权力事项：所给条件全部成立', 'zh-TW': '比對的權力事項：所給條件全部成立', en: 'The powers matched: every condition given holds' },
  },
);

const side = (description: LocalizedText) => array(matcherNode, { minItems: 1, maxItems: LIMITS.conditionItems, description });

const pairNode = object({
  id: required(
    string({
      maxLength: LIMITS.id,
      unique: { scope: 'pair-id' },
      pattern: {
        source: '^[a-z0-9]+(?:-[a-z0-9]+)*$',
        name: { 'zh-CN': '小写字母、数字和连字符', 'zh-TW': '小寫字母、數字及連字號', en: 'lower-case letters, digits and hyphens' },
      },
      description: { 'zh-CN': '组合编号，作为检查发现的 pairId', 'zh-TW': '組合編號，作為檢查發現的 pairId', en: "The pair's id, reported as the finding's pairId" },
    }),
  ),
  label: optional(text({ maxLength: LIMITS.name, description: { 'zh-CN': '读者看到的名称', 'zh-TW': '讀者看到的名稱', en: 'What a reader sees' } })),
  first: required(side({ 'zh-CN': '一方（任一匹配）', 'zh-TW': '一方（任一比對）', en: 'One side (any matcher)' })),
  second: required(side({ 'zh-CN': '另一方（任一匹配）', 'zh-TW': '另一方（任一比對）', en: 'The other side (any matcher)' })),
});

const years = (description: LocalizedText) => number({ minimum: 0, maximum: 100, description });

/**
 * The description of a finding-settings file, from which {@link validateFindingSettings} and
 * {@link settingsJsonSchema} are derived. Every field may be left out and then takes its default.
 */
export const findingSettingsNode: Node<FindingSettings> = object(
  {
    keyAreas: withDefault(
      categories({ 'zh-CN': '主要负责人不直接分管、副职不全部分管的重点领域', 'zh-TW': '主要負責人不直接分管、副職不全部分管的重點領域', en: 'Key areas a principal must not hold directly and a deputy must not hold all of' }),
      DEFAULT_FINDING_SETTINGS.keyAreas,
    ),
    incompatiblePairs: withDefault(
      array(pairNode, {
        maxItems: LIMITS.pairs,
        description: { 'zh-CN': '须分离的不相容职责（给出时替换默认组合）', 'zh-TW': '須分離的不相容職責（給出時替換預設組合）', en: 'Duties that must be separated (replaces the default pairs when given)' },
      }),
      DEFAULT_FINDING_SETTINGS.incompatiblePairs,
    ),
    rotationYears: withDefault(years({ 'zh-CN': '应轮岗的任职年限', 'zh-TW': '應輪調的任職年限', en: 'Tenure (years) at which rotation is due' }), DEFAULT_FINDING_SETTINGS.rotationYears),
    rotationLevels: withDefault(
      array(term(LEVELS), { maxItems: LIMITS.conditionItems, description: { 'zh-CN': '检查轮岗的岗位等级', 'zh-TW': '檢查輪調的崗位等級', en: 'Post levels on which rotation is checked' } }),
      DEFAULT_FINDING_SETTINGS.rotationLevels,
    ),
    auditYears: withDefault(
      years({ 'zh-CN': '与资金关联的岗位应审计的任职年限', 'zh-TW': '與資金關聯的崗位應審計的任職年限', en: 'Tenure (years) at which a post linked to funds is due for audit' }),
      DEFAULT_FINDING_SETTINGS.auditYears,
    ),
    fundCategories: withDefault(
      categories({ 'zh-CN': '使岗位与资金关联的权力类别', 'zh-TW': '使崗位與資金關聯的權力類別', en: 'Power categories that link a post to funds' }),
      DEFAULT_FINDING_SETTINGS.fundCategories,
    ),
    fundLinkageAtLeast: withDefault(
      integer({ minimum: 1, maximum: 5, description: { 'zh-CN': 'fundLinkage 评分至少为此值时岗位与资金关联', 'zh-TW': 'fundLinkage 評分至少為此值時崗位與資金關聯', en: 'A fundLinkage rating at least this links the post to funds' } }),
      DEFAULT_FINDING_SETTINGS.fundLinkageAtLeast,
    ),
    preAppointmentDays: withDefault(
      integer({
        minimum: 0,
        maximum: 3660,
        description: { 'zh-CN': '到岗不超过此天数为新任，高、中风险岗位须任前研判', 'zh-TW': '到崗不超過此天數為新任，高、中風險崗位須任前研判', en: 'A holder in post at most this many days is new: a high or medium post then needs the pre-appointment review' },
      }),
      DEFAULT_FINDING_SETTINGS.preAppointmentDays,
    ),
    leadershipRanks: withDefault(
      ranks({ 'zh-CN': '属于领导职务的职级', 'zh-TW': '屬於領導職務的職級', en: 'Ranks that are leadership posts' }),
      DEFAULT_FINDING_SETTINGS.leadershipRanks,
    ),
    annualReportRanks: withDefault(
      ranks({ 'zh-CN': '须年度述职述廉的职级', 'zh-TW': '須年度述職述廉的職級', en: 'Ranks whose holders give the annual duty and integrity report' }),
      DEFAULT_FINDING_SETTINGS.annualReportRanks,
    ),
  },
  {
    description: {
      'zh-CN': '权力配置检查的设置；未给出的字段取默认值',
      'zh-TW': '權力配置檢查的設定；未給出的欄位取預設值',
      en: 'Settings of the power-configuration checks; fields left out take their defaults',
    },
  },
) as Node<FindingSettings>;

/**
 * Checks finding settings read from JSON; fields left out take their defaults. Never throws,
 * never mutates the input. `incompatiblePairs`, when given, replaces the default pairs (copy
 * {@link DEFAULT_INCOMPATIBLE_PAIRS} to extend them).
 * @param input - the parsed JSON object
 * @returns complete settings, or every problem with its path
 * @example
 * validateFindingSettings({ rotationYears: 3, rotationLevels: ['high'] })
 */
export function validateFindingSettings(input: unknown): Checked<FindingSettings> {
  return checkAgainst(findingSettingsNode, input);
}

/**
 * Checks finding settings read from JSON, or throws.
 * @param input - the parsed JSON object
 * @returns complete settings
 * @throws {@link InvalidInputError} with every problem when the settings have an error
 */
export function parseFindingSettings(input: unknown): FindingSettings {
  const checked = validateFindingSettings(input);
  if (!checked.ok) throw new InvalidInputError('finding settings', checked.problems);
  return checked.value;
}

/**
 * The JSON Schema (draft 2020-12) of a finding-settings file, derived from `findingSettingsNode`.
 * @returns the schema as a JSON value
 */
export function settingsJsonSchema(): JsonSchema {
  return toJsonSchema(findingSettingsNode, {
    title: 'integrity-risk finding settings',
    note: 'Validator-only checks, not expressed here: pair ids unique; a matcher gives categories or steps. / 仅由校验器检查：组合编号唯一；匹配条件须给出 categories 或 steps。',
  });
}
