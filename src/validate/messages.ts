/**
 * Every validation message, in every locale, keyed by its stable problem code. Placeholders are
 * `{name}`; a `{hint}` placeholder receives a localized "did you mean …" text or nothing.
 */
import type { LocalizedText } from '../i18n/locale.js';

/** Validation messages by problem code. */
export const VALIDATION_MESSAGES = {
  'not-an-object': {
    'zh-CN': '输入必须是一个 JSON 对象，实际是{actual}',
    'zh-TW': '輸入必須是一個 JSON 物件，實際是{actual}',
    en: 'the input must be a JSON object, got {actual}',
  },
  'missing-field': {
    'zh-CN': '缺少必填字段 "{field}"',
    'zh-TW': '缺少必填欄位「{field}」',
    en: 'required field "{field}" is missing',
  },
  'wrong-type': {
    'zh-CN': '应为{expected}，实际是{actual}',
    'zh-TW': '應為{expected}，實際是{actual}',
    en: 'expected {expected}, got {actual}',
  },
  'empty-string': {
    'zh-CN': '不能为空',
    'zh-TW': '不能為空',
    en: 'must not be empty',
  },
  'surrounding-space': {
    'zh-CN': '{value} 首尾有空白字符（空格、全角空格或制表符等）：导出到表格再导入时会被去掉，编号就变了；请删除它们{hint}',
    'zh-TW': '{value} 首尾有空白字元（空格、全形空格或定位字元等）：匯出到表格再匯入時會被去掉，編號就變了；請刪除它們{hint}',
    en: '{value} begins or ends with white space (a space, a full-width space, a tab…): a spreadsheet round trip drops it and the id changes; remove it{hint}',
  },
  'too-long': {
    'zh-CN': '长度 {length} 超过上限 {max} 个字符',
    'zh-TW': '長度 {length} 超過上限 {max} 個字元',
    en: 'length {length} is over the limit of {max} characters',
  },
  'too-many-items': {
    'zh-CN': '有 {length} 项，超过上限 {max} 项',
    'zh-TW': '有 {length} 項，超過上限 {max} 項',
    en: '{length} items is over the limit of {max}',
  },
  'too-few-items': {
    'zh-CN': '至少需要 {min} 项，实际 {length} 项',
    'zh-TW': '至少需要 {min} 項，實際 {length} 項',
    en: 'needs at least {min} item(s), got {length}',
  },
  'too-many-fields': {
    'zh-CN': '有 {count} 个字段，超过上限 {max} 个',
    'zh-TW': '有 {count} 個欄位，超過上限 {max} 個',
    en: '{count} fields is over the limit of {max}',
  },
  'total-limit': {
    'zh-CN': '{what}总数超过上限 {max}，其余部分未检查',
    'zh-TW': '{what}總數超過上限 {max}，其餘部分未檢查',
    en: 'the total number of {what} is over the limit of {max}; the rest was not checked',
  },
  'not-an-integer': {
    'zh-CN': '应为整数，实际是 {value}',
    'zh-TW': '應為整數，實際是 {value}',
    en: 'must be an integer, got {value}',
  },
  'out-of-range': {
    'zh-CN': '应在 {min} 到 {max} 之间，实际是 {value}',
    'zh-TW': '應在 {min} 到 {max} 之間，實際是 {value}',
    en: 'must be between {min} and {max}, got {value}',
  },
  'unknown-value': {
    'zh-CN': '"{value}" 不是有效取值{hint}；可选：{allowed}',
    'zh-TW': '「{value}」不是有效取值{hint}；可選：{allowed}',
    en: '"{value}" is not a valid value{hint}; allowed: {allowed}',
  },
  'unknown-factor': {
    'zh-CN': '未知的评定因素 "{name}"{hint}',
    'zh-TW': '未知的評定因素「{name}」{hint}',
    en: 'unknown factor "{name}"{hint}',
  },
  'factor-not-allowed': {
    'zh-CN': '评定因素 "{name}" 不能在此处评定；此处只能评定：{allowed}',
    'zh-TW': '評定因素「{name}」不能在此處評定；此處只能評定：{allowed}',
    en: 'factor "{name}" cannot be rated here; only {allowed} may be',
  },
  'duplicate-id': {
    'zh-CN': '编号 "{id}" 重复，已在 {first} 使用',
    'zh-TW': '編號「{id}」重複，已在 {first} 使用',
    en: 'id "{id}" is a duplicate; it is already used at {first}',
  },
  'duplicate-item': {
    'zh-CN': '"{value}" 重复，已在 {first} 出现',
    'zh-TW': '「{value}」重複，已在 {first} 出現',
    en: '"{value}" is a duplicate of {first}',
  },
  'unknown-step': {
    'zh-CN': '环节 "{step}" 不在该权力事项的流程环节中{hint}；流程环节：{steps}',
    'zh-TW': '環節「{step}」不在該權力事項的流程環節中{hint}；流程環節：{steps}',
    en: 'step "{step}" is not one of its power\'s steps{hint}; the steps are: {steps}',
  },
  'bad-format': {
    'zh-CN': '"{value}" 格式不正确，应为 {format}',
    'zh-TW': '「{value}」格式不正確，應為 {format}',
    en: '"{value}" is not in the format {format}',
  },
  'invalid-date': {
    'zh-CN': '"{value}" 不是真实存在的日期',
    'zh-TW': '「{value}」不是真實存在的日期',
    en: '"{value}" is not a real calendar date',
  },
  'tenure-inconsistent': {
    'zh-CN': '任职年限 {tenure} 与到岗日期 {since}（至评估日期 {assessedOn} 任职满 {derived} 年）不一致',
    'zh-TW': '任職年限 {tenure} 與到崗日期 {since}（至評估日期 {assessedOn} 任職滿 {derived} 年）不一致',
    en: 'tenureYears {tenure} does not agree with holderSince {since} ({derived} completed years by assessedOn {assessedOn})',
  },
  'holder-since-after-assessment': {
    'zh-CN': '到岗日期 {value} 晚于评估日期 {assessedOn}',
    'zh-TW': '到崗日期 {value} 晚於評估日期 {assessedOn}',
    en: 'holderSince {value} is after the assessment date {assessedOn}',
  },
  'forbidden-key': {
    'zh-CN': '不允许使用键名 "{key}"',
    'zh-TW': '不允許使用鍵名「{key}」',
    en: 'the key "{key}" is not allowed',
  },
  'cyclic-reference': {
    'zh-CN': '对象引用了自身的上层（循环引用）',
    'zh-TW': '物件引用了自身的上層（循環引用）',
    en: 'the object refers back to one of its parents (a cycle)',
  },
  'unreadable-value': {
    'zh-CN': '无法读取该值：{reason}',
    'zh-TW': '無法讀取該值：{reason}',
    en: 'the value cannot be read: {reason}',
  },
  'too-many-problems': {
    'zh-CN': '问题超过 {max} 个，其余问题未列出',
    'zh-TW': '問題超過 {max} 個，其餘問題未列出',
    en: 'more than {max} problems; the rest are not listed',
  },
  'unknown-field': {
    'zh-CN': '未知字段 "{field}"，已忽略{hint}',
    'zh-TW': '未知欄位「{field}」，已忽略{hint}',
    en: 'unknown field "{field}" is ignored{hint}',
  },
} as const satisfies Record<string, LocalizedText>;

/** A stable validation problem code. */
export type ValidationCode = keyof typeof VALIDATION_MESSAGES;

/** Every validation problem code. */
export const VALIDATION_CODES: readonly ValidationCode[] = Object.keys(VALIDATION_MESSAGES) as ValidationCode[];

/** The "did you mean" fragment put into `{hint}`. */
export const SUGGESTION_HINT = {
  'zh-CN': '，是否应为 "{suggestion}"',
  'zh-TW': '，是否應為「{suggestion}」',
  en: ', did you mean "{suggestion}"',
} as const satisfies LocalizedText;

/** Names of JSON value kinds, for `{expected}` and `{actual}`. */
export const VALUE_KINDS = {
  object: { 'zh-CN': '对象', 'zh-TW': '物件', en: 'an object' },
  array: { 'zh-CN': '数组', 'zh-TW': '陣列', en: 'an array' },
  string: { 'zh-CN': '字符串', 'zh-TW': '字串', en: 'a string' },
  number: { 'zh-CN': '数字', 'zh-TW': '數字', en: 'a number' },
  integer: { 'zh-CN': '整数', 'zh-TW': '整數', en: 'an integer' },
  boolean: { 'zh-CN': '布尔值（true/false）', 'zh-TW': '布林值（true/false）', en: 'a boolean (true/false)' },
  null: { 'zh-CN': 'null', 'zh-TW': 'null', en: 'null' },
  undefined: { 'zh-CN': '未定义', 'zh-TW': '未定義', en: 'undefined' },
  other: { 'zh-CN': '非 JSON 值', 'zh-TW': '非 JSON 值', en: 'a non-JSON value' },
} as const satisfies Record<string, LocalizedText>;

/** A kind of value named in messages. */
export type ValueKind = keyof typeof VALUE_KINDS;

/** What is counted by a document-wide total, for `{what}` in `total-limit`. */
export const TOTAL_NAMES = {
  riskPoints: { 'zh-CN': '风险点', 'zh-TW': '風險點', en: 'risk points' },
} as const satisfies Record<string, LocalizedText>;
