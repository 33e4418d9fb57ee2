/**
 * The one list of problem codes, each with its message in every locale: the structural problems
 * the validation language finds in any input (document, scoring model, template library, finding
 * settings), then the semantic ones each input adds on top. Placeholders are `{name}`; a `{hint}`
 * placeholder receives a localized "did you mean …" text or nothing.
 */
import type { LocalizedText } from '../i18n/locale.js';

/** Every problem message, by its stable problem code. */
export const PROBLEM_MESSAGES = {
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
  'missing-locale-text': {
    'zh-CN': '缺少 {locale} 文本（须有 {locales}）',
    'zh-TW': '缺少 {locale} 文字（須有 {locales}）',
    en: 'the {locale} text is missing (needed: {locales})',
  },
  'one-of-fields': {
    'zh-CN': '须恰好包含以下字段之一：{allowed}{found}',
    'zh-TW': '須恰好包含以下欄位之一：{allowed}{found}',
    en: 'needs exactly one of the fields {allowed}{found}',
  },
  'too-deep': {
    'zh-CN': '嵌套超过上限 {max} 层',
    'zh-TW': '巢狀超過上限 {max} 層',
    en: 'nested more than the limit of {max} levels deep',
  },

  // Scoring models: the lint on a structurally valid model.
  'all-zero-weights': {
    'zh-CN': '所有权重均为 0，无法计算加权平均',
    'zh-TW': '所有權重均為 0，無法計算加權平均',
    en: 'every weight is 0, so no weighted mean can be computed',
  },
  'band-gap': {
    'zh-CN': '区间之间有空档：{from} 到 {to} 之间的值没有等级',
    'zh-TW': '區間之間有空檔：{from} 到 {to} 之間的值沒有等級',
    en: 'gap between bands: values from {from} to {to} get no level',
  },
  'band-overlap': {
    'zh-CN': '区间重叠：{from} 到 {to} 之间的值落在两个区间',
    'zh-TW': '區間重疊：{from} 到 {to} 之間的值落在兩個區間',
    en: 'bands overlap: values from {from} to {to} fall in two bands',
  },
  'band-empty': {
    'zh-CN': '区间为空（起点 {from} 不小于终点 {to}）',
    'zh-TW': '區間為空（起點 {from} 不小於終點 {to}）',
    en: 'empty band (from {from} is not below to {to})',
  },
  'bands-not-ascending': {
    'zh-CN': '区间等级须随分值升高而不降低，此处由 {before} 降为 {after}',
    'zh-TW': '區間等級須隨分值升高而不降低，此處由 {before} 降為 {after}',
    en: 'band levels must not fall as values rise; here {before} is followed by {after}',
  },
  'unreachable-level': {
    'zh-CN': '等级 "{level}" 无法得出：没有区间、矩阵格或规则给出它',
    'zh-TW': '等級「{level}」無法得出：沒有區間、矩陣格或規則給出它',
    en: 'level "{level}" is unreachable: no band, grid cell or rule gives it',
  },
  'grid-size': {
    'zh-CN': '矩阵此处应有 {expected} 项，实际 {actual} 项',
    'zh-TW': '矩陣此處應有 {expected} 項，實際 {actual} 項',
    en: 'the grid needs {expected} entries here, found {actual}',
  },
  'grid-not-monotone': {
    'zh-CN': '矩阵格等级低于其左侧或上方的格（{neighbour}），可能性或影响升高时等级不应降低',
    'zh-TW': '矩陣格等級低於其左側或上方的格（{neighbour}），可能性或影響升高時等級不應降低',
    en: 'this cell is lower than the cell before it ({neighbour}); a level must not fall as likelihood or impact rises',
  },
  'factor-on-both-sides': {
    'zh-CN': '评定因素 "{factor}" 不能同时属于可能性和影响两侧',
    'zh-TW': '評定因素「{factor}」不能同時屬於可能性和影響兩側',
    en: 'factor "{factor}" cannot feed both the likelihood and the impact side',
  },
  'rule-never-fires': {
    'zh-CN': '规则 "{id}" 的条件永远不会成立',
    'zh-TW': '規則「{id}」的條件永遠不會成立',
    en: 'the condition of rule "{id}" can never hold',
  },
  'criterion-never-met': {
    'zh-CN': '判定条件 "{id}" 永远不会满足',
    'zh-TW': '判定條件「{id}」永遠不會滿足',
    en: 'criterion "{id}" can never be met',
  },
  'rule-no-effect': {
    'zh-CN': '规则 "{id}" 即使成立也不会改变等级',
    'zh-TW': '規則「{id}」即使成立也不會改變等級',
    en: 'rule "{id}" never changes a level even when it fires',
  },
  'rule-not-monotone': {
    'zh-CN': '降低等级的规则 "{id}" 不能以因素评分为条件：否则评分升高反而可能使等级降低',
    'zh-TW': '降低等級的規則「{id}」不能以因素評分為條件：否則評分升高反而可能使等級降低',
    en: 'rule "{id}" can lower a level, so it must not depend on ratings: a higher rating could then give a lower level',
  },

  // Template libraries: what only the whole library can tell.
  'duplicate-template-id': {
    'zh-CN': '模板编号 "{id}" 重复，模板库中已有该编号',
    'zh-TW': '範本編號「{id}」重複，範本庫中已有該編號',
    en: 'template id "{id}" is a duplicate; the library already has it',
  },
  'unknown-template-id': {
    'zh-CN': '模板库中没有编号为 "{id}" 的模板{hint}',
    'zh-TW': '範本庫中沒有編號為「{id}」的範本{hint}',
    en: 'the library has no template "{id}"{hint}',
  },
  'duplicate-override': {
    'zh-CN': '模板 "{id}" 被重复覆盖，已在 {first} 覆盖；只能覆盖一次',
    'zh-TW': '範本「{id}」被重複覆寫，已在 {first} 覆寫；只能覆寫一次',
    en: 'template "{id}" is overridden twice, first at {first}; override it once',
  },
  'duplicate-disable': {
    'zh-CN': '模板 "{id}" 被重复停用，已在 {first} 停用',
    'zh-TW': '範本「{id}」被重複停用，已在 {first} 停用',
    en: 'template "{id}" is disabled twice, first at {first}',
  },
  'unknown-placeholder': {
    'zh-CN': '未知占位符 "{placeholder}"：只能使用 {allowed}',
    'zh-TW': '未知預留位置「{placeholder}」：只能使用 {allowed}',
    en: 'unknown placeholder "{placeholder}": only {allowed} may be used',
  },
  'placeholder-mismatch': {
    'zh-CN': '各语言文本使用的占位符不一致：{locale} 使用 {found}，zh-CN 使用 {expected}',
    'zh-TW': '各語言文字使用的預留位置不一致：{locale} 使用 {found}，zh-CN 使用 {expected}',
    en: 'the locales use different placeholders: {locale} uses {found}, zh-CN uses {expected}',
  },
  'locale-fallback': {
    'zh-CN': '只有 zh-CN 文本：{locales} 将显示 zh-CN 文本',
    'zh-TW': '只有 zh-CN 文字：{locales} 將顯示 zh-CN 文字',
    en: 'only a zh-CN text is given: {locales} will show the zh-CN text',
  },
  'empty-list': {
    'zh-CN': '列表为空时条件永远不成立；删除该字段或至少填写一项',
    'zh-TW': '清單為空時條件永遠不成立；刪除該欄位或至少填寫一項',
    en: 'an empty list never matches; remove the field or give at least one entry',
  },
  'phase-without-templates': {
    'zh-CN': '模板库中没有 "{phase}" 阶段的模板，高风险点无法覆盖该阶段',
    'zh-TW': '範本庫中沒有「{phase}」階段的範本，高風險點無法涵蓋該階段',
    en: 'no template is left for the "{phase}" phase; high risk points cannot cover it',
  },

  // Finding settings.
  'empty-matcher': {
    'zh-CN': '匹配条件至少需要 categories 或 steps 之一，否则会匹配所有权力事项',
    'zh-TW': '比對條件至少需要 categories 或 steps 之一，否則會比對所有權力事項',
    en: 'a matcher needs categories or steps; otherwise it matches every power',
  },

  // CSV sheets. Placeholders: `{row}`, `{header}`, `{key}`, `{value}`, `{first}`.
  'csv-not-text': {
    'zh-CN': 'CSV 输入不是文本。',
    'zh-TW': 'CSV 輸入不是文字。',
    en: 'The CSV input is not text.',
  },
  'csv-empty': {
    'zh-CN': '表格为空：缺少标题行。',
    'zh-TW': '表格為空：缺少標題列。',
    en: 'The sheet is empty: there is no header row.',
  },
  'csv-no-rows': {
    'zh-CN': '表格只有标题行，没有岗位数据。',
    'zh-TW': '表格只有標題列，沒有崗位資料。',
    en: 'The sheet has a header row but no data rows.',
  },
  'csv-unterminated-quote': {
    'zh-CN': '第 {row} 行第 {column} 列的引号没有闭合，其后的内容都被读入了这一格。',
    'zh-TW': '第 {row} 列第 {column} 欄的引號沒有閉合，其後的內容都被讀入了這一格。',
    en: 'The quote opened in row {row}, field {column} is never closed; the rest of the text was read into that cell.',
  },
  'csv-stray-quote': {
    'zh-CN': '第 {row} 行第 {column} 列有多余的引号，已按原文读入。',
    'zh-TW': '第 {row} 列第 {column} 欄有多餘的引號，已按原文讀入。',
    en: 'Row {row}, field {column} has a stray quote; it was read as written.',
  },
  'csv-unknown-column': {
    'zh-CN': '不认识的列“{header}”，已忽略。',
    'zh-TW': '不認識的欄「{header}」，已忽略。',
    en: 'Unknown column "{header}"; it was ignored.',
  },
  'csv-duplicate-column': {
    'zh-CN': '列“{header}”（{key}）重复出现，与第 {first} 列相同。',
    'zh-TW': '欄「{header}」（{key}）重複出現，與第 {first} 欄相同。',
    en: 'Column "{header}" ({key}) appears twice; it repeats field {first}.',
  },
  'csv-missing-column': {
    'zh-CN': '缺少必需的列“{header}”（{key}）。',
    'zh-TW': '缺少必需的欄「{header}」（{key}）。',
    en: 'The required column "{header}" ({key}) is missing.',
  },
  'csv-extra-cells': {
    'zh-CN': '第 {row} 行的单元格比标题多，多出的内容没有对应的列。',
    'zh-TW': '第 {row} 列的儲存格比標題多，多出的內容沒有對應的欄。',
    en: 'Row {row} has more cells than there are headers; the extra content belongs to no column.',
  },
  'csv-required-cell-empty': {
    'zh-CN': '“{header}”不能为空。',
    'zh-TW': '「{header}」不能為空。',
    en: '"{header}" must not be empty.',
  },
  'csv-invalid-number': {
    'zh-CN': '“{header}”应为不小于 0 的数字，而不是“{value}”。',
    'zh-TW': '「{header}」應為不小於 0 的數字，而不是「{value}」。',
    en: '"{header}" must be a number of at least 0, not "{value}".',
  },
  'csv-invalid-rating': {
    'zh-CN': '“{header}”应为 1 到 5 的整数（或留空表示未评定），而不是“{value}”。',
    'zh-TW': '「{header}」應為 1 到 5 的整數（或留空表示未評定），而不是「{value}」。',
    en: '"{header}" must be a whole number from 1 to 5 (or blank for not rated), not "{value}".',
  },
  'csv-invalid-boolean': {
    'zh-CN': '“{header}”应为“是”或“否”，而不是“{value}”。',
    'zh-TW': '「{header}」應為「是」或「否」，而不是「{value}」。',
    en: '"{header}" must be Yes or No, not "{value}".',
  },
  'csv-invalid-value': {
    'zh-CN': '“{header}”不认识“{value}”；可填写：{allowed}。',
    'zh-TW': '「{header}」不認識「{value}」；可填寫：{allowed}。',
    en: '"{header}" does not know "{value}"; use one of: {allowed}.',
  },
  'csv-invalid-date': {
    'zh-CN': '“{header}”应为日期，如 2026-03-31，而不是“{value}”。',
    'zh-TW': '「{header}」應為日期，如 2026-03-31，而不是「{value}」。',
    en: '"{header}" must be a date such as 2026-03-31, not "{value}".',
  },
  'csv-conflicting-value': {
    'zh-CN': '“{header}”与第 {first} 行的“{value}”不一致：同一编号的各行必须相同。',
    'zh-TW': '「{header}」與第 {first} 列的「{value}」不一致：同一編號的各列必須相同。',
    en: '"{header}" differs from "{value}" in row {first}: rows with the same id must agree.',
  },
  'csv-power-in-two-posts': {
    'zh-CN': '权力事项“{value}”已在第 {first} 行列于另一岗位之下。',
    'zh-TW': '權力事項「{value}」已在第 {first} 列列於另一崗位之下。',
    en: 'Power "{value}" is already listed under another post in row {first}.',
  },
  'csv-duplicate-risk-point': {
    'zh-CN': '风险点编号“{value}”已在第 {first} 行出现；每个风险点只占一行。',
    'zh-TW': '風險點編號「{value}」已在第 {first} 列出現；每個風險點只占一列。',
    en: 'Risk point id "{value}" already appears in row {first}; each risk point takes one row.',
  },
  'csv-orphan-row': {
    'zh-CN': '第 {row} 行没有岗位编号，也没有可以沿用的上一行岗位。',
    'zh-TW': '第 {row} 列沒有崗位編號，也沒有可以沿用的上一列崗位。',
    en: 'Row {row} has no post id and no row above to continue.',
  },
  'csv-empty-list-item': {
    'zh-CN': '“{header}”中有空的项目（两个 | 之间没有内容）。',
    'zh-TW': '「{header}」中有空的項目（兩個 | 之間沒有內容）。',
    en: '"{header}" has an empty item (nothing between two |).',
  },
  'csv-invalid-own-measure': {
    'zh-CN': '“{header}”第 {line} 条措施无法读取：措施后的说明应写成【阶段：…；责任：…；时限：…；指标：…；降低：…；模板：…】，每项只写一次。',
    'zh-TW': '「{header}」第 {line} 條措施無法讀取：措施後的說明應寫成【階段：…；責任：…；時限：…；指標：…；降低：…；範本：…】，每項只寫一次。',
    en: '"{header}": measure on line {line} cannot be read: details after a measure are written 【phase: …; owner: …; deadline: …; indicator: …; lowers: …; template: …】, each once.',
  },
  'csv-invalid-responsibility': {
    'zh-CN': '“{header}”第 {line} 条责任无法读取：每行写一条责任内容，其后的说明应写成【环节：…；追责情形：…】，每项只写一次。',
    'zh-TW': '「{header}」第 {line} 條責任無法讀取：每行寫一條責任內容，其後的說明應寫成【環節：…；追責情形：…】，每項只寫一次。',
    en: '"{header}": responsibility on line {line} cannot be read: write one duty a line, its details after it as 【step: …; accountability: …】, each once.',
  },

  // src/read/zip.ts.
  'zip-not-zip': {
    'zh-CN': '文件不是 ZIP 压缩包（Excel/Word 文件都是 ZIP 格式），无法读取。',
    'zh-TW': '檔案不是 ZIP 壓縮檔（Excel/Word 檔案都是 ZIP 格式），無法讀取。',
    en: 'The file is not a ZIP archive (Excel and Word files are ZIP archives); it cannot be read.',
  },
  'zip-malformed': {
    'zh-CN': 'ZIP 压缩包已损坏（{name}），无法读取。',
    'zh-TW': 'ZIP 壓縮檔已損壞（{name}），無法讀取。',
    en: 'The ZIP archive is damaged ({name}); it cannot be read.',
  },
  'zip-unsupported': {
    'zh-CN': 'ZIP 压缩包中的“{name}”使用了不支持的格式（加密、ZIP64 或其他压缩方式）；请在 Excel 或 WPS 中另存为普通 .xlsx 后再导入。',
    'zh-TW': 'ZIP 壓縮檔中的「{name}」使用了不支援的格式（加密、ZIP64 或其他壓縮方式）；請在 Excel 或 WPS 中另存為一般 .xlsx 後再匯入。',
    en: '"{name}" in the ZIP archive uses a format that is not supported (encryption, ZIP64 or another compression method); save it as a plain .xlsx in Excel or WPS and import again.',
  },
  'zip-too-large': {
    'zh-CN': 'ZIP 压缩包中的“{name}”解压后超过 {limit} 字节的上限，已停止读取（可能是恶意构造的压缩包）。',
    'zh-TW': 'ZIP 壓縮檔中的「{name}」解壓後超過 {limit} 位元組的上限，已停止讀取（可能是惡意構造的壓縮檔）。',
    en: '"{name}" in the ZIP archive inflates beyond the limit of {limit} bytes; reading stopped (the archive may be hostile).',
  },
  'zip-crc-mismatch': {
    'zh-CN': 'ZIP 压缩包中的“{name}”校验和不符，文件已损坏。',
    'zh-TW': 'ZIP 壓縮檔中的「{name}」校驗和不符，檔案已損壞。',
    en: 'The checksum of "{name}" in the ZIP archive does not match; the file is damaged.',
  },

  // src/read/xlsx.ts.
  'xlsx-not-workbook': {
    'zh-CN': '文件不是 Excel 工作簿（.xlsx）：缺少“{part}”。',
    'zh-TW': '檔案不是 Excel 活頁簿（.xlsx）：缺少「{part}」。',
    en: 'The file is not an Excel workbook (.xlsx): "{part}" is missing.',
  },
  'xlsx-malformed-part': {
    'zh-CN': '工作簿中的“{part}”不是有效的 XML，无法读取。',
    'zh-TW': '活頁簿中的「{part}」不是有效的 XML，無法讀取。',
    en: '"{part}" in the workbook is not valid XML; it cannot be read.',
  },
  'xlsx-bad-cell': {
    'zh-CN': '工作表“{sheet}”中的单元格引用“{part}”无效，已忽略该单元格。',
    'zh-TW': '工作表「{sheet}」中的儲存格參照「{part}」無效，已忽略該儲存格。',
    en: 'Sheet "{sheet}" has an invalid cell reference "{part}"; the cell was ignored.',
  },
  'xlsx-too-many-cells': {
    'zh-CN': '工作表“{sheet}”超过 {limit} 个单元格的上限，已停止读取。',
    'zh-TW': '工作表「{sheet}」超過 {limit} 個儲存格的上限，已停止讀取。',
    en: 'Sheet "{sheet}" has more than {limit} cells; reading stopped.',
  },

  // src/read/xlsx-import.ts.
  'xlsx-no-data-sheet': {
    'zh-CN': '工作簿中没有数据表：没有哪个工作表的标题行（前 {rows} 行内）含有“岗位编号”列，或是一览表的表头（风险点等列）。',
    'zh-TW': '活頁簿中沒有資料表：沒有哪個工作表的標題列（前 {rows} 列內）含有「崗位編號」欄，或是一覽表的表頭（風險點等欄）。',
    en: 'The workbook has no data sheet: no sheet has a header row (within its first {rows} rows) with a "Post id" column or the headers of a published catalog (a risk point column and others).',
  },

  // A published 一览表 (no ids, no ratings) read by the import.
  'published-rank-inferred': {
    'zh-CN': '岗位“{post}”的职级按岗位名称推定为“{rank}”（{reason}），请核对。',
    'zh-TW': '崗位「{post}」的職級依崗位名稱推定為「{rank}」（{reason}），請核對。',
    en: 'The rank of post "{post}" was inferred from its name as "{rank}" ({reason}); please check.',
  },
  'published-category-inferred': {
    'zh-CN': '权力事项“{power}”的类别按名称和风险点推定为“{category}”{reason}，请核对。',
    'zh-TW': '權力事項「{power}」的類別依名稱和風險點推定為「{category}」{reason}，請核對。',
    en: 'The category of power "{power}" was inferred from its name and risk points as "{category}"{reason}; please check.',
  },
  'published-risk-category-assumed': {
    'zh-CN': '表中没有风险类别，{count} 个风险点按“{category}”记录，请核对。',
    'zh-TW': '表中沒有風險類別，{count} 個風險點按「{category}」記錄，請核對。',
    en: 'The sheet gives no risk category; {count} risk points were recorded as "{category}"; please check.',
  },
  'published-tenure-unknown': {
    'zh-CN': '表中没有任职年限：{count} 个岗位暂记为 0 年，轮岗交流提示不会出现；请补填任职年限或任职时间。',
    'zh-TW': '表中沒有任職年限：{count} 個崗位暫記為 0 年，輪崗交流提示不會出現；請補填任職年限或任職時間。',
    en: 'The sheet gives no tenure: {count} posts were recorded with 0 years, so no rotation is flagged; fill in tenureYears or holderSince.',
  },
  'published-post-missing': {
    'zh-CN': '第 {row} 行有风险点，但本行和上面各行都没有岗位名称。',
    'zh-TW': '第 {row} 列有風險點，但本列和上面各列都沒有崗位名稱。',
    en: 'Row {row} has a risk point but neither it nor any row above names a post.',
  },
  'published-organization-from-title': {
    'zh-CN': '单位名称取自表头标题“{title}”：{organization}。',
    'zh-TW': '單位名稱取自表頭標題「{title}」：{organization}。',
    en: 'The organization is taken from the title "{title}": {organization}.',
  },

  // Documents read together with a template library.
  'unknown-control': {
    'zh-CN': '措施 "{id}" 不在防控措施模板库中{hint}，不计入剩余风险',
    'zh-TW': '措施「{id}」不在防控措施範本庫中{hint}，不計入剩餘風險',
    en: 'control "{id}" is not a template of the measure library{hint}; it lowers no factor',
  },
} as const satisfies Record<string, LocalizedText>;

/**
 * A stable problem code: every code any validator, lint or importer of this library reports.
 * Other systems may match on it; the list only grows.
 */
export type ProblemCode = keyof typeof PROBLEM_MESSAGES;

/**
 * The messages of some codes, for a reader that declares which codes it reports.
 * @param codes - problem codes
 * @returns their messages, by code
 */
export function pickMessages<C extends ProblemCode>(codes: readonly C[]): { readonly [K in C]: (typeof PROBLEM_MESSAGES)[K] } {
  return Object.fromEntries(codes.map((c) => [c, PROBLEM_MESSAGES[c]])) as { readonly [K in C]: (typeof PROBLEM_MESSAGES)[K] };
}

/** Every problem code, in the order of {@link PROBLEM_MESSAGES}. */
export const PROBLEM_CODES: readonly ProblemCode[] = Object.keys(PROBLEM_MESSAGES) as ProblemCode[];

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
  text: {
    'zh-CN': '含 zh-CN 等语言文本的对象',
    'zh-TW': '含 zh-CN 等語言文字的物件',
    en: 'an object of texts by locale (zh-CN, …)',
  },
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
