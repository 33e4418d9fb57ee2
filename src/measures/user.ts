/**
 * User template libraries: add templates, override built-in ones by id, disable some. The file's
 * shape is declared once with the validation language (`templatesNode`: the structural
 * checks, limits and the JSON Schema); what only the whole library can tell (ids against the base
 * library, placeholders, phases left without templates) is checked on top.
 *
 * The document (see docs/readme/measures.md):
 * ```json
 * {
 *   "add":      [ { "id": "site-log", "title": {…}, "text": {…}, "phase": "during", "kind": "technology",
 *                   "owner": "department-head", "reviewDays": 90, "triggers": {…}, "effect": {…} } ],
 *   "override": [ { "id": "platform-trace", "reviewDays": 30 } ],
 *   "disable":  [ "off-duty-supervision" ]
 * }
 * ```
 * Applied in that order: added templates come after the base library's, overrides replace the named
 * top-level fields (a localized text as a whole; `indicator: null` removes it), disabled ids leave.
 */
import { fillAll, LOCALES, type LocalizedText } from '../i18n/locale.js';
import { FINDING_CODES } from '../findings/types.js';
import { FACTOR_IDS, LEVELS, OWNER_TIER_LABELS, PHASE_LABELS, PHASES, POWER_CATEGORIES, RANKS } from '../model/enums.js';
import { checkAgainst } from '../validate/check.js';
import { toJsonSchema, type JsonSchema } from '../validate/json-schema.js';
import { LIMITS } from '../validate/limits.js';
import { SUGGESTION_HINT } from '../validate/messages.js';
import { InvalidInputError, joinPath, problem, type Checked, type Problem } from '../validate/problem.js';
import {
  array,
  integer,
  literal,
  nullable,
  object,
  optional,
  record,
  required,
  string,
  term,
  text,
  withDefault,
  type Node,
  type Report,
} from '../validate/schema.js';
import { suggest } from '../validate/suggest.js';
import { createLibrary, DEFAULT_LIBRARY, type TemplateLibrary } from './library.js';
import { DECIDED_MATTER_LABELS, MEASURE_KIND_LABELS, MEASURE_SCOPE_LABELS, OUTSIDE_PARTY_LABELS } from './messages.js';
import { TEMPLATE_PLACEHOLDERS, TRIGGER_FLAGS, type MeasureTemplate, type MeasureTriggers } from './types.js';

/** A text of a template as a file may write it: zh-CN always; a locale left out shows the zh-CN text. */
export interface TemplateText {
  readonly 'zh-CN': string;
  readonly 'zh-TW'?: string;
  readonly en?: string;
}

/** A template to add, as a file writes it: its texts may be in zh-CN only. */
export type TemplateInput = Omit<MeasureTemplate, 'title' | 'text' | 'indicator'> & {
  readonly title: TemplateText;
  readonly text: TemplateText;
  readonly indicator?: TemplateText;
};

/** A template override: the id and any fields to replace (`indicator: null` removes the indicator). */
export type TemplateOverride = { readonly id: string } & {
  readonly [K in Exclude<keyof MeasureTemplate, 'id'>]?: K extends 'indicator' ? TemplateText | null : K extends 'title' | 'text' ? TemplateText : MeasureTemplate[K];
};

/**
 * The user template library document. `triggers` and `effect` of added templates default to `{}`;
 * a title, text or indicator may be written in zh-CN only (the other locales then show it).
 */
export interface TemplateLibraryInput {
  readonly add?: readonly TemplateInput[];
  readonly override?: readonly TemplateOverride[];
  readonly disable?: readonly string[];
}

/** The shape of a template id: lower-case words joined by hyphens. */
export const TEMPLATE_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** What a template id must look like, for messages. */
const TEMPLATE_ID_FORMAT = {
  'zh-CN': '小写字母、数字和连字符（如 site-inspection-log）',
  'zh-TW': '小寫字母、數字及連字號（如 site-inspection-log）',
  en: 'lower-case letters, digits and hyphens (e.g. site-inspection-log)',
} as const satisfies LocalizedText;

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * The `{name}` placeholders a text uses, in order of first use.
 * @param text - a template text
 * @returns the names between braces
 */
export function placeholdersOf(text: string): string[] {
  const names: string[] = [];
  for (const m of text.matchAll(/\{([^{}]*)\}/g)) {
    const name = m[1] ?? '';
    if (!names.includes(name)) names.push(name);
  }
  return names;
}

const PLACEHOLDER_LIST = TEMPLATE_PLACEHOLDERS.map((n) => `{${n}}`).join(', ');

type PartialText = TemplateText;

const TEXT_FIELDS = ['title', 'text', 'indicator'] as const;

/**
 * The texts of a template may use only the known placeholders, the same ones in every locale; a
 * text given in zh-CN only is accepted, with a warning that the other locales show it.
 */
function checkTexts(value: Readonly<Record<string, unknown>>, path: string, report: Report): void {
  for (const field of TEXT_FIELDS) {
    const t = value[field] as PartialText | null | undefined;
    if (t === undefined || t === null) continue;
    const at = joinPath(path, field);
    const expected = placeholdersOf(t['zh-CN']);
    const missing = LOCALES.filter((locale) => t[locale] === undefined);
    if (missing.length > 0) report('locale-fallback', at, { locales: missing.join(', ') }, undefined, 'warning');
    for (const locale of LOCALES) {
      const written = t[locale];
      if (written === undefined) continue;
      const found = placeholdersOf(written);
      for (const name of found) {
        if (!(TEMPLATE_PLACEHOLDERS as readonly string[]).includes(name)) {
          report('unknown-placeholder', joinPath(at, locale), { placeholder: `{${name.slice(0, 64)}}`, allowed: PLACEHOLDER_LIST });
        }
      }
      if (locale !== 'zh-CN' && [...found].sort().join(',') !== [...expected].sort().join(',')) {
        const list = (names: readonly string[]) => names.map((n) => `{${n.slice(0, 64)}}`).join(' ') || '-';
        report('placeholder-mismatch', joinPath(at, locale), { locale, found: list(found), expected: list(expected) }, undefined, 'warning');
      }
    }
  }
}

/** A text in every locale: the locales a file left out show its zh-CN text. */
function complete(t: PartialText): LocalizedText {
  return { 'zh-CN': t['zh-CN'], 'zh-TW': t['zh-TW'] ?? t['zh-CN'], en: t.en ?? t['zh-CN'] };
}

/** An empty trigger list never matches: almost certainly not what the author meant. */
function warnEmptyLists(value: Readonly<Record<string, unknown>>, path: string, report: Report): void {
  for (const key of ['categories', 'steps', 'findingCodes', 'flags', 'ranks', 'keywords', 'parties', 'decides'] as const) {
    const list = value[key];
    if (Array.isArray(list) && list.length === 0) report('empty-list', joinPath(path, key), {}, undefined, 'warning');
  }
}

const list = <T>(items: Node<T>, description: LocalizedText) => array(items, { maxItems: LIMITS.conditionItems, uniqueItems: true, description });

const triggersNode: Node<MeasureTriggers> = object(
  {
    minLevel: optional(term(LEVELS, { description: { 'zh-CN': '风险等级至少为', 'zh-TW': '風險等級至少為', en: 'The level is at least' } })),
    factors: optional(
      record(FACTOR_IDS, integer({ minimum: 1, maximum: 5 }), {
        description: { 'zh-CN': '评定因素评分至少为', 'zh-TW': '評定因素評分至少為', en: 'Factor ratings at least' },
      }),
    ),
    categories: optional(list(term(POWER_CATEGORIES), { 'zh-CN': '权力类别之一', 'zh-TW': '權力類別之一', en: 'The power category is one of' })),
    steps: optional(
      array(string({ maxLength: LIMITS.name }), {
        maxItems: LIMITS.keywords,
        description: { 'zh-CN': '环节名称包含其中一个关键词', 'zh-TW': '環節名稱包含其中一個關鍵詞', en: "The step's name contains one of the keywords" },
      }),
    ),
    findingCodes: optional(list(literal(FINDING_CODES), { 'zh-CN': '岗位有其中一项检查发现', 'zh-TW': '崗位有其中一項檢查發現', en: 'The post has one of the findings' })),
    flags: optional(list(literal(TRIGGER_FLAGS), { 'zh-CN': '具备全部标志', 'zh-TW': '具備全部標誌', en: 'Every flag holds' })),
    ranks: optional(list(term(RANKS), { 'zh-CN': '职级之一', 'zh-TW': '職級之一', en: 'The rank is one of' })),
    keywords: optional(
      array(string({ maxLength: LIMITS.name }), {
        maxItems: LIMITS.keywords,
        description: {
          'zh-CN': '环节名称、风险点描述或权力事项名称包含其中一个关键词',
          'zh-TW': '環節名稱、風險點描述或權力事項名稱包含其中一個關鍵詞',
          en: "The step, the risk point's description or the power's name contains one of the keywords",
        },
      }),
    ),
    parties: optional(
      list(term(OUTSIDE_PARTY_LABELS), { 'zh-CN': '权力事项涉及其中一类外部对象', 'zh-TW': '權力事項涉及其中一類外部對象', en: 'The power deals with one of these outside parties' }),
    ),
    decides: optional(
      list(term(DECIDED_MATTER_LABELS), { 'zh-CN': '权力事项决定其中一项（收费、资金数额、处罚）', 'zh-TW': '權力事項決定其中一項（收費、資金數額、處罰）', en: 'The power decides one of these (fees, amounts, penalties)' }),
    ),
  },
  {
    refine: warnEmptyLists,
    description: { 'zh-CN': '适用条件（全部成立时适用）', 'zh-TW': '適用條件（全部成立時適用）', en: 'When the template applies (every condition given holds)' },
  },
) as Node<MeasureTriggers>;

const ONLY_ZH_CN = ['zh-CN'] as const;

const fields = {
  title: text({ maxLength: LIMITS.name, locales: ONLY_ZH_CN, description: { 'zh-CN': '措施标题（可只写 zh-CN）', 'zh-TW': '措施標題（可只寫 zh-CN）', en: 'Title of the measure (zh-CN alone will do)' } }),
  text: text({
    maxLength: LIMITS.text,
    locales: ONLY_ZH_CN,
    description: {
      'zh-CN': `措施内容（可只写 zh-CN），可用占位符 ${PLACEHOLDER_LIST}`,
      'zh-TW': `措施內容（可只寫 zh-CN），可用預留位置 ${PLACEHOLDER_LIST}`,
      en: `What to do (zh-CN alone will do); may use ${PLACEHOLDER_LIST}`,
    },
  }),
  phase: term(PHASE_LABELS, { description: { 'zh-CN': '防控阶段', 'zh-TW': '防控階段', en: 'Phase' } }),
  kind: term(MEASURE_KIND_LABELS, { description: { 'zh-CN': '措施类型', 'zh-TW': '措施類型', en: 'Kind of measure' } }),
  owner: term(OWNER_TIER_LABELS, { description: { 'zh-CN': '责任层级', 'zh-TW': '責任層級', en: 'Who is responsible' } }),
  effect: record(FACTOR_IDS, integer({ minimum: 0, maximum: 4 }), {
    description: { 'zh-CN': '落实后各评定因素降低的分值', 'zh-TW': '落實後各評定因素降低的分值', en: 'How much each factor is lowered once in place' },
  }),
  indicator: text({ maxLength: LIMITS.text, locales: ONLY_ZH_CN, description: { 'zh-CN': '落实情况的检验指标', 'zh-TW': '落實情況的檢驗指標', en: 'How to tell it is in place' } }),
  reviewDays: integer({ minimum: 1, maximum: 3660, description: { 'zh-CN': '复核周期（天）', 'zh-TW': '複核週期（天）', en: 'Review cadence in days' } }),
  scope: term(MEASURE_SCOPE_LABELS, {
    description: { 'zh-CN': '列于每个适用的风险点（risk-point）或岗位通用、只列一次（post）', 'zh-TW': '列於每個適用的風險點（risk-point）或崗位通用、只列一次（post）', en: 'Listed on each fitting risk point (risk-point) or once for the whole post (post)' },
  }),
} as const;

const addNode = object(
  {
    id: required(string({ maxLength: LIMITS.id, pattern: { source: TEMPLATE_ID_PATTERN.source, name: TEMPLATE_ID_FORMAT } })),
    title: required(fields.title),
    text: required(fields.text),
    phase: required(fields.phase),
    kind: required(fields.kind),
    owner: required(fields.owner),
    triggers: withDefault(triggersNode, {}),
    effect: withDefault(fields.effect, {}),
    indicator: optional(fields.indicator),
    reviewDays: required(fields.reviewDays),
    scope: optional(fields.scope),
  },
  { refine: checkTexts, description: { 'zh-CN': '新增的模板', 'zh-TW': '新增的範本', en: 'A template to add' } },
);

const templateRef = string({ maxLength: LIMITS.id, description: { 'zh-CN': '模板编号', 'zh-TW': '範本編號', en: 'A template id' } });

const overrideNode = object(
  {
    id: required(templateRef),
    title: optional(fields.title),
    text: optional(fields.text),
    phase: optional(fields.phase),
    kind: optional(fields.kind),
    owner: optional(fields.owner),
    triggers: optional(triggersNode),
    effect: optional(fields.effect),
    indicator: optional(nullable(fields.indicator)),
    reviewDays: optional(fields.reviewDays),
    scope: optional(fields.scope),
  },
  {
    refine: checkTexts,
    description: {
      'zh-CN': '覆盖已有模板的字段（indicator 为 null 时删除指标）',
      'zh-TW': '覆寫既有範本的欄位（indicator 為 null 時刪除指標）',
      en: 'Fields replacing those of an existing template (indicator: null removes it)',
    },
  },
);

/**
 * The description of a template library file, from which the structural checks of
 * {@link validateTemplates} and {@link templatesJsonSchema} are derived.
 */
export const templatesNode: Node<TemplateLibraryInput> = object(
  {
    add: optional(array(addNode, { maxItems: LIMITS.templates, description: { 'zh-CN': '新增的模板，排在原有模板之后', 'zh-TW': '新增的範本，排在原有範本之後', en: 'Templates to add, after the existing ones' } })),
    override: optional(array(overrideNode, { maxItems: LIMITS.templates, description: { 'zh-CN': '按编号覆盖的模板字段', 'zh-TW': '按編號覆寫的範本欄位', en: 'Fields to replace, by template id' } })),
    disable: optional(array(templateRef, { maxItems: LIMITS.templates, description: { 'zh-CN': '停用的模板编号', 'zh-TW': '停用的範本編號', en: 'Ids of templates to disable' } })),
  },
  {
    description: {
      'zh-CN': '防控措施模板库文件：新增（add）、覆盖（override）、停用（disable）模板，按此顺序适用',
      'zh-TW': '防控措施範本庫檔案：新增（add）、覆寫（override）、停用（disable）範本，按此順序適用',
      en: 'A measure-template library file: templates to add, override and disable, applied in that order',
    },
  },
) as Node<TemplateLibraryInput>;

/** Applies a structurally valid library file to a base library; reports what only the whole library can tell. */
function apply(input: TemplateLibraryInput, base: TemplateLibrary, out: Problem[]): TemplateLibrary | undefined {
  const error = (code: 'duplicate-template-id' | 'unknown-template-id' | 'duplicate-override', path: string, params: Record<string, string | LocalizedText>) =>
    out.push(problem('error', code, path, undefined, params));
  const hint = (id: string, ids: readonly string[]): LocalizedText => {
    const suggestion = suggest(id, ids);
    return suggestion === undefined ? { 'zh-CN': '', 'zh-TW': '', en: '' } : fillAll(SUGGESTION_HINT, { suggestion });
  };
  // Map order is insertion order: base templates keep their place, added ones follow.
  const templates = new Map<string, MeasureTemplate>(base.templates.map((t) => [t.id, t]));
  (input.add ?? []).forEach((t, i) => {
    const at = joinPath(joinPath('add', i), 'id');
    if (templates.has(t.id)) {
      error('duplicate-template-id', at, { id: t.id });
      return;
    }
    const added: Mutable<MeasureTemplate> = {
      id: t.id,
      title: complete(t.title),
      text: complete(t.text),
      phase: t.phase,
      kind: t.kind,
      owner: t.owner,
      triggers: t.triggers,
      effect: t.effect,
      reviewDays: t.reviewDays,
    };
    if (t.indicator !== undefined) added.indicator = complete(t.indicator);
    if (t.scope !== undefined) added.scope = t.scope;
    templates.set(t.id, added);
  });
  const overridden = new Map<string, string>();
  (input.override ?? []).forEach((o, i) => {
    const at = joinPath(joinPath('override', i), 'id');
    const current = templates.get(o.id);
    if (current === undefined) {
      error('unknown-template-id', at, { id: o.id, hint: hint(o.id, [...templates.keys()]) });
      return;
    }
    const first = overridden.get(o.id);
    if (first !== undefined) {
      error('duplicate-override', at, { id: o.id, first });
      return;
    }
    overridden.set(o.id, at);
    const { indicator, title, text, ...rest } = o;
    const next: Mutable<MeasureTemplate> = { ...current, ...rest };
    if (title !== undefined) next.title = complete(title);
    if (text !== undefined) next.text = complete(text);
    if (indicator === null) delete next.indicator;
    else if (indicator !== undefined) next.indicator = complete(indicator);
    templates.set(o.id, next);
  });
  const disabled = new Map<string, string>();
  (input.disable ?? []).forEach((id, i) => {
    const at = joinPath('disable', i);
    if (!templates.has(id)) {
      error('unknown-template-id', at, { id, hint: hint(id, [...templates.keys()]) });
      return;
    }
    const first = disabled.get(id);
    if (first !== undefined) {
      out.push(problem('warning', 'duplicate-disable', at, undefined, { id, first }));
      return;
    }
    disabled.set(id, at);
  });
  if (out.some((p) => p.severity === 'error')) return undefined;
  const ordered = [...templates.values()].filter((t) => !disabled.has(t.id));
  for (const phase of PHASES) {
    if (!ordered.some((t) => t.phase === phase)) {
      const label = PHASE_LABELS.find((p) => p.id === phase)?.label ?? { 'zh-CN': phase, 'zh-TW': phase, en: phase };
      out.push(problem('warning', 'phase-without-templates', '', undefined, { phase: label }));
    }
  }
  return createLibrary(ordered);
}

/**
 * Checks a user template library file and applies it to a base library. Never throws; never
 * changes its input, and the library returned shares nothing with it.
 * @param input - the parsed JSON document `{ add?, override?, disable? }`
 * @param base - the library it changes (default: the built-in one)
 * @returns the resulting library, or every problem found with its path
 * @example
 * const r = validateTemplates({ override: [{ id: 'platform-trace', reviewDays: 30 }], disable: ['off-duty-supervision'] });
 * if (r.ok) selectMeasures(ctx, r.value);
 */
export function validateTemplates(input: unknown, base: TemplateLibrary = DEFAULT_LIBRARY): Checked<TemplateLibrary> {
  const checked = checkAgainst(templatesNode, input);
  if (!checked.ok) return checked;
  const problems = [...checked.problems];
  const library = apply(checked.value, base, problems);
  return library === undefined ? { ok: false, problems } : { ok: true, value: library, problems };
}

/**
 * The same as {@link validateTemplates}, under its earlier name.
 * @param user - the parsed JSON document `{ add?, override?, disable? }`
 * @param base - the library it changes (default: the built-in one)
 * @returns the resulting library, or every problem found with its path
 */
export function resolveTemplates(user: unknown, base: TemplateLibrary = DEFAULT_LIBRARY): Checked<TemplateLibrary> {
  return validateTemplates(user, base);
}

/**
 * Checks a user template library file and applies it, or throws.
 * @param input - the parsed JSON document
 * @param base - the library it changes (default: the built-in one)
 * @returns the resulting library
 * @throws {@link InvalidInputError} with every problem when the file has an error
 */
export function parseTemplates(input: unknown, base: TemplateLibrary = DEFAULT_LIBRARY): TemplateLibrary {
  const checked = validateTemplates(input, base);
  if (!checked.ok) throw new InvalidInputError('template library', checked.problems);
  return checked.value;
}

/**
 * The JSON Schema (draft 2020-12) of a template library file, derived from `templatesNode`.
 * @returns the schema as a JSON value
 */
export function templatesJsonSchema(): JsonSchema {
  return toJsonSchema(templatesNode, {
    title: 'integrity-risk measure-template library',
    note:
      `Validator-only checks, not expressed here: added ids not already in the library; overridden and disabled ids in it, each once; only the placeholders ${PLACEHOLDER_LIST}, the same in every locale written (a text in zh-CN only is shown in every locale, with a warning). / ` +
      `仅由校验器检查：新增编号不与模板库重复；覆盖和停用的编号须在模板库中且各一次；只能使用占位符 ${PLACEHOLDER_LIST}，各语言一致（只写 zh-CN 的文本在各语言中显示 zh-CN 文本，并给出警告）。`,
  });
}
