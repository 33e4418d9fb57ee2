/**
 * Every text the command line prints, in every locale. Placeholders are `{name}`.
 */
import type { LocalizedText } from '../i18n/locale.js';
import { TEXT_INPUT_MESSAGES } from '../read/text.js';

/** CLI messages by key. */
export const CLI_MESSAGES = {
  // Reading input text: declared by the library, printed by the CLI.
  ...TEXT_INPUT_MESSAGES,
  usage: {
    'zh-CN': '用法：integrity-risk <命令> [选项]',
    'zh-TW': '用法：integrity-risk <命令> [選項]',
    en: 'Usage: integrity-risk <command> [options]',
  },
  commands: { 'zh-CN': '命令：', 'zh-TW': '命令：', en: 'Commands:' },
  options: { 'zh-CN': '选项：', 'zh-TW': '選項：', en: 'Options:' },
  'usage-hint': {
    'zh-CN': '运行 "integrity-risk --help" 查看用法',
    'zh-TW': '執行「integrity-risk --help」查看用法',
    en: 'run "integrity-risk --help" for usage',
  },
  'command-usage-hint': {
    'zh-CN': '用法：{usage}（运行 "integrity-risk {command} --help" 查看说明）',
    'zh-TW': '用法：{usage}（執行「integrity-risk {command} --help」查看說明）',
    en: 'usage: {usage} (run "integrity-risk {command} --help" for details)',
  },
  'help-locale': {
    'zh-CN': '输出语言：zh-CN（默认）、zh-TW 或 en',
    'zh-TW': '輸出語言：zh-CN（預設）、zh-TW 或 en',
    en: 'language of the output: zh-CN (default), zh-TW or en',
  },
  'help-quiet': {
    'zh-CN': '只输出错误，不输出摘要、警告和进度',
    'zh-TW': '只輸出錯誤，不輸出摘要、警告和進度',
    en: 'print errors only: no summary, warnings or progress',
  },
  'help-output': {
    'zh-CN': '写入文件而不是标准输出（- 为标准输出）',
    'zh-TW': '寫入檔案而不是標準輸出（- 為標準輸出）',
    en: 'write to a file instead of standard output (- is standard output)',
  },
  'help-help': { 'zh-CN': '显示本说明', 'zh-TW': '顯示本說明', en: 'show this help' },
  'help-version': { 'zh-CN': '显示版本号', 'zh-TW': '顯示版本號', en: 'show the version' },
  'unknown-command': {
    'zh-CN': '未知命令 "{command}"{hint}',
    'zh-TW': '未知命令「{command}」{hint}',
    en: 'unknown command "{command}"{hint}',
  },
  'missing-command': { 'zh-CN': '缺少命令', 'zh-TW': '缺少命令', en: 'no command given' },
  'unknown-flag': {
    'zh-CN': '未知选项 "{flag}"{hint}',
    'zh-TW': '未知選項「{flag}」{hint}',
    en: 'unknown option "{flag}"{hint}',
  },
  'did-you-mean': { 'zh-CN': '，是否应为 "{suggestion}"', 'zh-TW': '，是否應為「{suggestion}」', en: ', did you mean "{suggestion}"' },
  'missing-flag-value': {
    'zh-CN': '选项 "{flag}" 需要一个值',
    'zh-TW': '選項「{flag}」需要一個值',
    en: 'option "{flag}" needs a value',
  },
  'flag-takes-no-value': {
    'zh-CN': '选项 "{flag}" 不接受值',
    'zh-TW': '選項「{flag}」不接受值',
    en: 'option "{flag}" takes no value',
  },
  'bad-flag-value': {
    'zh-CN': '选项 "{flag}" 的值 "{value}" 无效；可选：{allowed}',
    'zh-TW': '選項「{flag}」的值「{value}」無效；可選：{allowed}',
    en: 'option "{flag}" does not accept "{value}"; allowed: {allowed}',
  },
  'missing-argument': {
    'zh-CN': '缺少参数 {name}',
    'zh-TW': '缺少參數 {name}',
    en: 'missing argument {name}',
  },
  'too-many-arguments': {
    'zh-CN': '多余的参数 "{argument}"',
    'zh-TW': '多餘的參數「{argument}」',
    en: 'unexpected argument "{argument}"',
  },
  'file-not-found': {
    'zh-CN': '找不到文件 "{file}"',
    'zh-TW': '找不到檔案「{file}」',
    en: 'file "{file}" not found',
  },
  'file-unreadable': {
    'zh-CN': '无法读取 "{file}"：{reason}',
    'zh-TW': '無法讀取「{file}」：{reason}',
    en: 'cannot read "{file}": {reason}',
  },
  'file-unwritable': {
    'zh-CN': '无法写入 "{file}"：{reason}',
    'zh-TW': '無法寫入「{file}」：{reason}',
    en: 'cannot write "{file}": {reason}',
  },
  'output-is-input': {
    'zh-CN': '输出文件 "{file}" 就是输入 {input}，不会覆盖它；请另选一个输出文件',
    'zh-TW': '輸出檔案「{file}」就是輸入 {input}，不會覆寫它；請另選一個輸出檔案',
    en: 'the output file "{file}" is the input {input}; it is not overwritten: choose another output file',
  },
  'input-over-limit': {
    'zh-CN': '{source} 超过 {limit} 的输入上限，已停止读取',
    'zh-TW': '{source} 超過 {limit} 的輸入上限，已停止讀取',
    en: '{source} is larger than the input limit of {limit}; reading stopped',
  },
  'csv-not-json': {
    'zh-CN': '{source} 是 CSV 表格，不是 JSON 文档；请先导入为文档：integrity-risk import {file} -o unit.json',
    'zh-TW': '{source} 是 CSV 表格，不是 JSON 文件；請先匯入為文件：integrity-risk import {file} -o unit.json',
    en: '{source} is a CSV sheet, not a JSON document; import it first: integrity-risk import {file} -o unit.json',
  },
  stdin: { 'zh-CN': '标准输入', 'zh-TW': '標準輸入', en: 'standard input' },
  'internal-error': {
    'zh-CN': '内部错误：{reason}（请报告此问题）',
    'zh-TW': '內部錯誤：{reason}（請回報此問題）',
    en: 'internal error: {reason} (please report it)',
  },
  'validate-summary': {
    'zh-CN': '{source} 有效：{posts} 个岗位，{powers} 项权力事项，{riskPoints} 个风险点{warnings}',
    'zh-TW': '{source} 有效：{posts} 個崗位，{powers} 項權力事項，{riskPoints} 個風險點{warnings}',
    en: '{source} is valid: {posts} post(s), {powers} power(s), {riskPoints} risk point(s){warnings}',
  },
  'validate-warnings': { 'zh-CN': '，{count} 条警告', 'zh-TW': '，{count} 條警告', en: ', {count} warning(s)' },
  'validate-invalid': {
    'zh-CN': '{source} 无效：{count} 个错误',
    'zh-TW': '{source} 無效：{count} 個錯誤',
    en: '{source} is invalid: {count} error(s)',
  },
  'validate-summary-help': {
    'zh-CN': '检查单位文档（JSON）。有效时输出一行摘要并以 0 退出；无效时在标准错误上逐行输出 "路径: 问题" 并以 1 退出；用法错误以 2 退出。',
    'zh-TW': '檢查單位文件（JSON）。有效時輸出一行摘要並以 0 結束；無效時在標準錯誤上逐行輸出「路徑: 問題」並以 1 結束；用法錯誤以 2 結束。',
    en: 'Checks an organization document (JSON). Valid: prints a one-line summary, exit 0. Invalid: prints "path: problem" lines on standard error, exit 1. Usage errors exit 2.',
  },
  examples: { 'zh-CN': '示例：', 'zh-TW': '範例：', en: 'Examples:' },
  'validate-short': { 'zh-CN': '检查单位文档', 'zh-TW': '檢查單位文件', en: 'check an organization document' },
  // catalog
  'catalog-short': { 'zh-CN': '生成岗位廉政风险防控一览表', 'zh-TW': '產生崗位廉政風險防控一覽表', en: 'build the post risk catalog' },
  'catalog-help': {
    'zh-CN': '检查单位文档并生成岗位廉政风险防控一览表（风险等级、得分、说明、防控措施、问题和预警），边生成边写出。文档无效时逐行列出问题并以 1 退出；用法错误（未知选项、找不到文件、日期无效）以 2 退出。警告写到标准错误；风险点超过 10,000 个时在标准错误上显示进度。',
    'zh-TW': '檢查單位文件並產生崗位廉政風險防控一覽表（風險等級、得分、說明、防控措施、問題和預警），邊產生邊寫出。文件無效時逐行列出問題並以 1 結束；用法錯誤（未知選項、找不到檔案、日期無效）以 2 結束。警告寫到標準錯誤；風險點超過 10,000 個時在標準錯誤上顯示進度。',
    en: 'Checks an organization document and builds the post risk catalog (levels, scores, explanations, measures, findings and warnings), writing it as it is built. Invalid data: every problem listed, exit 1. Usage errors (unknown flag, missing file, bad date): exit 2. Warnings go to standard error; inputs above 10,000 risk points show progress there.',
  },
  'lists-short': { 'zh-CN': '生成权力清单和责任清单', 'zh-TW': '產生權力清單和責任清單', en: 'write the power list and the responsibility list' },
  'lists-help': {
    'zh-CN': '检查单位文档并生成权力清单（序号、权力事项、权力类别、行使岗位、流程环节、是否“三重一大”、是否集体决策、设定依据）和责任清单（岗位、权力事项、环节、责任内容、追责情形）。权力事项写明 legalBasis、responsibilities 的按所写列出，未写明的责任按流程环节及其风险点生成并标＊。文档无效时逐行列出问题并以 1 退出。',
    'zh-TW': '檢查單位文件並產生權力清單（序號、權力事項、權力類別、行使崗位、流程環節、是否「三重一大」、是否集體決策、設定依據）和責任清單（崗位、權力事項、環節、責任內容、追責情形）。權力事項寫明 legalBasis、responsibilities 者按所寫列出，未寫明的責任按流程環節及其風險點產生並標＊。文件無效時逐行列出問題並以 1 結束。',
    en: 'Checks an organization document and writes its power list (no., power, category, post, steps, major matter, collective decision, legal basis) and responsibility list (post, power, step, duty, accountability). A power\'s legalBasis and responsibilities are listed as written; responsibilities it does not state are derived from its steps and risk points and marked *. Invalid data: every problem listed, exit 1.',
  },
  'help-format-lists': {
    'zh-CN': '输出格式：md（默认）、html、csv、xlsx（Excel 工作簿，每个清单一张表）或 docx（Word 文档）',
    'zh-TW': '輸出格式：md（預設）、html、csv、xlsx（Excel 活頁簿，每個清單一張表）或 docx（Word 文件）',
    en: 'output format: md (default), html, csv, xlsx (an Excel workbook, one sheet per list) or docx (a Word document)',
  },
  'help-view-catalog': {
    'zh-CN': '视图：report（完整报告，html 默认）、table（岗位廉政风险防控一览表，html 或 md）、cards（每页一张岗位廉政风险防控卡，html）',
    'zh-TW': '檢視：report（完整報告，html 預設）、table（崗位廉政風險防控一覽表，html 或 md）、cards（每頁一張崗位廉政風險防控卡，html）',
    en: 'view: report (the full report, the html default), table (the one-table catalog, html or md), cards (one post risk card per page, html)',
  },
  'view-format': {
    'zh-CN': '格式 {format} 没有视图 "{view}"：table 用于 html 和 md，cards 用于 html，report 用于 html 和 md',
    'zh-TW': '格式 {format} 沒有檢視「{view}」：table 用於 html 和 md，cards 用於 html，report 用於 html 和 md',
    en: 'format {format} has no view "{view}": table is for html and md, cards for html, report for html and md',
  },
  'help-detail': {
    'zh-CN': 'JSON 一览表同时写出每条说明的详细依据（各因素的贡献、方法的中间值、规则、剩余风险的计算）；默认只写说明文字',
    'zh-TW': 'JSON 一覽表同時寫出每條說明的詳細依據（各因素的貢獻、方法的中間值、規則、剩餘風險的計算）；預設只寫說明文字',
    en: "the JSON catalog writes each explanation's detail too (every factor's contribution, the method's values, the rules, the residual computation); by default only the sentence",
  },
  'detail-format': {
    'zh-CN': '--detail 只用于 --format json（格式 {format} 不写说明的详细依据）',
    'zh-TW': '--detail 只用於 --format json（格式 {format} 不寫說明的詳細依據）',
    en: '--detail is for --format json only (format {format} writes no explanation detail)',
  },
  'help-format-catalog': {
    'zh-CN': '输出格式：json（默认）、md、csv、html、xlsx（Excel 工作簿）或 docx（Word 文档）',
    'zh-TW': '輸出格式：json（預設）、md、csv、html、xlsx（Excel 活頁簿）或 docx（Word 文件）',
    en: 'output format: json (default), md, csv, html, xlsx (an Excel workbook) or docx (a Word document)',
  },
  'help-model': {
    'zh-CN': '评分模型：JSON 文件，或内置模型的 id（{ids}）',
    'zh-TW': '評分模型：JSON 檔案，或內建模型的 id（{ids}）',
    en: 'scoring model: a JSON file, or the id of a shipped model ({ids})',
  },
  'help-templates-file': {
    'zh-CN': '自定义防控措施模板库（JSON：add、override、disable）',
    'zh-TW': '自訂防控措施範本庫（JSON：add、override、disable）',
    en: 'your measure-template library (JSON: add, override, disable)',
  },
  'help-settings': {
    'zh-CN': '权力配置检查的设置（JSON）',
    'zh-TW': '權力配置檢查的設定（JSON）',
    en: 'settings of the power-configuration checks (JSON)',
  },
  'help-as-of': {
    'zh-CN': '复查日期从这一天算起（YYYY-MM-DD）；默认为文档的 assessedOn',
    'zh-TW': '複查日期從這一天算起（YYYY-MM-DD）；預設為文件的 assessedOn',
    en: 'count review dates from this day (YYYY-MM-DD); default: the document\'s assessedOn',
  },
  'help-suggest-ratings': {
    'zh-CN': '文档未评的因素采用由文字建议的评分（逐项注明理由，待评审），而不是模型的缺失评分规则；已给出的评分不变',
    'zh-TW': '文件未評的因素採用由文字建議的評分（逐項註明理由，待評審），而非模型的缺失評分規則；已給出的評分不變',
    en: 'rate the factors the document leaves unrated with ratings suggested from the text (each with its reasons, to be reviewed) instead of the model\'s missing-rating policy; given ratings stay',
  },
  'help-import-suggest-ratings': {
    'zh-CN': '在文档中写入 suggestRatings: true：此后 catalog、diff 和工作台对未评的因素都采用由文字建议的评分（注明理由、待评审），委员会在 factors 中写入评分即取代建议；表中已有的评分不变',
    'zh-TW': '在文件中寫入 suggestRatings: true：此後 catalog、diff 和工作台對未評的因素都採用由文字建議的評分（註明理由、待評審），委員會在 factors 中寫入評分即取代建議；表中已有的評分不變',
    en: 'write suggestRatings: true into the document: from then on catalog, diff and the workbench rate unrated factors with ratings suggested from the text (with reasons, to be reviewed) until the committee writes a rating into factors; ratings the sheet gives stay',
  },
  'import-suggested': {
    'zh-CN': '建议评分：{suggested} 项未评分的因素将按文字建议评定（待评审），{given} 项已有评分不变',
    'zh-TW': '建議評分：{suggested} 項未評分的因素將按文字建議評定（待評審），{given} 項已有評分不變',
    en: 'suggested ratings: {suggested} unrated factors will be rated from the text (to be reviewed); {given} given ratings stay',
  },
  'bad-date': {
    'zh-CN': '选项 "{flag}" 需要一个真实的日期（YYYY-MM-DD），实际是 "{value}"',
    'zh-TW': '選項「{flag}」需要一個真實的日期（YYYY-MM-DD），實際是「{value}」',
    en: 'option "{flag}" needs a real date written YYYY-MM-DD, got "{value}"',
  },
  'model-not-found': {
    'zh-CN': '"{value}" 既不是内置模型（{ids}），也不是存在的文件',
    'zh-TW': '「{value}」既不是內建模型（{ids}），也不是存在的檔案',
    en: '"{value}" is neither a shipped model ({ids}) nor an existing file',
  },
  'option-file-invalid': {
    'zh-CN': '{file}（{what}）无效：{count} 个错误',
    'zh-TW': '{file}（{what}）無效：{count} 個錯誤',
    en: '{file} ({what}) is invalid: {count} error(s)',
  },
  'what-model': { 'zh-CN': '评分模型', 'zh-TW': '評分模型', en: 'scoring model' },
  'what-templates': { 'zh-CN': '防控措施模板库', 'zh-TW': '防控措施範本庫', en: 'measure-template library' },
  'what-settings': { 'zh-CN': '权力配置检查设置', 'zh-TW': '權力配置檢查設定', en: 'finding settings' },
  progress: {
    'zh-CN': '进度：{done}/{total} 个岗位（{percent}%）',
    'zh-TW': '進度：{done}/{total} 個崗位（{percent}%）',
    en: 'progress: {done}/{total} posts ({percent}%)',
  },
  'progress-start': {
    'zh-CN': '正在生成 {posts} 个岗位、{riskPoints} 个风险点的一览表',
    'zh-TW': '正在產生 {posts} 個崗位、{riskPoints} 個風險點的一覽表',
    en: 'building the catalog of {posts} posts and {riskPoints} risk points',
  },
  // import
  'import-short': { 'zh-CN': '把填好的 CSV 表导入为单位文档', 'zh-TW': '把填好的 CSV 表匯入為單位文件', en: 'turn a filled-in CSV sheet into a document' },
  'import-help': {
    'zh-CN': '读取与 "catalog --format csv" 列布局相同的 CSV 表或 Excel 工作簿（.xlsx，读取其数据表；每行一个风险点），输出单位文档（JSON）。有问题时在标准错误上逐行列出（含工作表、行号和列名）并以 1 退出。',
    'zh-TW': '讀取與「catalog --format csv」欄位配置相同的 CSV 表或 Excel 活頁簿（.xlsx，讀取其資料表；每列一個風險點），輸出單位文件（JSON）。有問題時在標準錯誤上逐行列出（含工作表、列號和欄名）並以 1 結束。',
    en: 'Reads a CSV sheet or an Excel workbook (.xlsx, its data sheet) in the column layout of "catalog --format csv" (one row per risk point) and prints the organization document as JSON. Problems are listed on standard error with sheet, row and column, exit 1.',
  },
  'csv-argument': {
    'zh-CN': '<表格.csv|表格.xlsx|->  CSV 文件（UTF-8，可带 BOM）或 Excel 工作簿，- 表示标准输入',
    'zh-TW': '<表格.csv|表格.xlsx|->  CSV 檔案（UTF-8，可帶 BOM）或 Excel 活頁簿，- 表示標準輸入',
    en: '<sheet.csv|sheet.xlsx|->  a CSV file (UTF-8, a BOM is fine) or an Excel workbook, - for standard input',
  },
  // diff
  'diff-short': { 'zh-CN': '比较两个周期的评估结果', 'zh-TW': '比較兩個週期的評估結果', en: 'compare two assessment cycles' },
  'diff-help': {
    'zh-CN': '检查两个单位文档（同一单位的上一周期和本周期，按 id 对应），分别生成一览表后比较：新增或删除的岗位、权力事项和风险点，等级升降（固有和剩余），措施增减，问题新增或已解决。默认输出 JSON。',
    'zh-TW': '檢查兩個單位文件（同一單位的上一週期和本週期，按 id 對應），分別產生一覽表後比較：新增或刪除的崗位、權力事項和風險點，等級升降（固有和剩餘），措施增減，問題新增或已解決。預設輸出 JSON。',
    en: 'Checks two documents of the same organization (last cycle and this one, matched by id), builds both catalogs and compares them: posts, powers and risk points added or removed, levels up or down (inherent and residual), measures added or dropped, findings new or resolved. JSON by default.',
  },
  'diff-old-argument': { 'zh-CN': '<旧>  上一周期的 JSON 文件', 'zh-TW': '<舊>  上一週期的 JSON 檔案', en: '<old>  last cycle\'s JSON file' },
  'diff-new-argument': { 'zh-CN': '<新>  本周期的 JSON 文件', 'zh-TW': '<新>  本週期的 JSON 檔案', en: '<new>  this cycle\'s JSON file' },
  'help-format-diff': {
    'zh-CN': '输出格式：json（默认）或 md（简要说明）',
    'zh-TW': '輸出格式：json（預設）或 md（簡要說明）',
    en: 'output format: json (default) or md (a short summary)',
  },
  'stdin-twice': {
    'zh-CN': '只有一个参数可以是 -（标准输入）',
    'zh-TW': '只有一個參數可以是 -（標準輸入）',
    en: 'only one argument may be - (standard input)',
  },
  // templates
  'templates-short': { 'zh-CN': '列出防控措施模板', 'zh-TW': '列出防控措施範本', en: 'list the measure templates' },
  'templates-help': {
    'zh-CN': '列出防控措施模板（id、阶段、类型、责任层级、标题），可按阶段、类型和权力类别筛选。默认输出表格，--format json 输出完整模板。',
    'zh-TW': '列出防控措施範本（id、階段、類型、責任層級、標題），可按階段、類型和權力類別篩選。預設輸出表格，--format json 輸出完整範本。',
    en: 'Lists the measure templates (id, phase, kind, owner, title), filterable by phase, kind and power category. A table by default; --format json prints the whole templates.',
  },
  'help-phase': { 'zh-CN': '只列出该阶段的模板', 'zh-TW': '只列出該階段的範本', en: 'only templates of this phase' },
  'help-kind': { 'zh-CN': '只列出该类型的模板', 'zh-TW': '只列出該類型的範本', en: 'only templates of this kind' },
  'help-category': {
    'zh-CN': '只列出可用于该类权力事项的模板',
    'zh-TW': '只列出可用於該類權力事項的範本',
    en: 'only templates that can apply to a power of this category',
  },
  'help-format-templates': { 'zh-CN': '输出格式：text（默认）或 json', 'zh-TW': '輸出格式：text（預設）或 json', en: 'output format: text (default) or json' },
  'templates-help-library': {
    'zh-CN': '列出加上自定义模板库后的模板（JSON：add、override、disable）',
    'zh-TW': '列出加上自訂範本庫後的範本（JSON：add、override、disable）',
    en: 'list the templates with your library applied (JSON: add, override, disable)',
  },
  'col-id': { 'zh-CN': 'id', 'zh-TW': 'id', en: 'id' },
  'col-phase': { 'zh-CN': '阶段', 'zh-TW': '階段', en: 'phase' },
  'col-kind': { 'zh-CN': '类型', 'zh-TW': '類型', en: 'kind' },
  'col-owner': { 'zh-CN': '责任层级', 'zh-TW': '責任層級', en: 'owner' },
  'col-title': { 'zh-CN': '标题', 'zh-TW': '標題', en: 'title' },
  'templates-count': { 'zh-CN': '共 {count} 个模板', 'zh-TW': '共 {count} 個範本', en: '{count} template(s)' },
  // model
  'sheet-short': {
    'zh-CN': '输出空白填报表（Excel 或 CSV），从零开始填报',
    'zh-TW': '輸出空白填報表（Excel 或 CSV），從零開始填報',
    en: 'write the blank fill-in sheet (Excel or CSV) to start a unit from nothing',
  },
  'sheet-help': {
    'zh-CN': '输出空白填报表：与 "catalog --format csv" 相同的输入列（不含评定结果列）和一行示例；Excel 工作簿另有下拉选项、填报说明和评分标准。填好后用 "import" 导入，得到单位文档。',
    'zh-TW': '輸出空白填報表：與「catalog --format csv」相同的輸入欄（不含評定結果欄）和一列示例；Excel 活頁簿另有下拉選項、填報說明和評分標準。填好後用「import」匯入，得到單位文件。',
    en: 'Writes the blank fill-in sheet: the input columns of "catalog --format csv" (without the assessed ones) and one example row; the Excel workbook adds dropdowns, instructions and the rating guide. Fill it in and "import" it to get the organization document.',
  },
  'help-format-sheet': {
    'zh-CN': '格式：xlsx（默认，Excel 工作簿）或 csv',
    'zh-TW': '格式：xlsx（預設，Excel 活頁簿）或 csv',
    en: 'format: xlsx (default, an Excel workbook) or csv',
  },
  'model-short': { 'zh-CN': '输出评分模型（JSON），供复制修改', 'zh-TW': '輸出評分模型（JSON），供複製修改', en: 'print a scoring model as JSON, to copy and edit' },
  'model-help': {
    'zh-CN': '以 JSON 输出默认评分模型（或 --id 指定的内置模型）。修改后用 "catalog --model <文件>" 使用。',
    'zh-TW': '以 JSON 輸出預設評分模型（或 --id 指定的內建模型）。修改後用「catalog --model <檔案>」使用。',
    en: 'Prints the default scoring model (or the shipped one named by --id) as JSON. Edit it and pass it back with "catalog --model <file>".',
  },
  'help-model-id': { 'zh-CN': '内置模型的 id', 'zh-TW': '內建模型的 id', en: 'the id of a shipped model' },
  'workbench-short': {
    'zh-CN': '输出工作台：一个离线网页，不用命令行即可填报、评定、下载一览表',
    'zh-TW': '輸出工作台：一個離線網頁，不用命令列即可填報、評定、下載一覽表',
    en: 'write the workbench: one offline web page to fill in, grade and download the catalog without a terminal',
  },
  'workbench-help': {
    'zh-CN': '输出工作台网页（一个独立的 HTML 文件，不联网、不引用任何外部网址）。用浏览器打开即可：新建或打开单位文档（JSON）、CSV 表或 Excel 工作簿，在表单中编辑岗位、权力事项、风险点和本单位措施，随时看到等级、说明、防控措施和问题，并下载与 "catalog" 相同的各种格式。数据只保存在本机浏览器中。',
    'zh-TW': '輸出工作台網頁（一個獨立的 HTML 檔案，不連網、不引用任何外部網址）。用瀏覽器開啟即可：新建或開啟單位文件（JSON）、CSV 表或 Excel 活頁簿，在表單中編輯崗位、權力事項、風險點和本單位措施，隨時看到等級、說明、防控措施和問題，並下載與「catalog」相同的各種格式。資料只保存在本機瀏覽器中。',
    en: 'Writes the workbench page (one self-contained HTML file: no network, no external address). Open it in a browser: start blank or open a document (JSON), a CSV sheet or an Excel workbook, edit posts, powers, risk points and the unit\'s own measures in forms, see levels, explanations, measures and problems as you type, and download every format "catalog" writes. The data stays in the browser on this machine.',
  },
  'workbench-not-built': {
    'zh-CN': '找不到工作台网页 {file}：它在构建时生成。请在仓库中运行 "npm run build"（或 "npm ci"）后重试',
    'zh-TW': '找不到工作台網頁 {file}：它在建置時產生。請在儲存庫中執行「npm run build」（或「npm ci」）後重試',
    en: 'the workbench page {file} is not there: it is made by the build. Run "npm run build" (or "npm ci") in the repository, then try again',
  },
  'workbench-written': {
    'zh-CN': '已写出 {file}（{size}）：用浏览器打开即可使用，无需联网',
    'zh-TW': '已寫出 {file}（{size}）：用瀏覽器開啟即可使用，無需連網',
    en: 'wrote {file} ({size}): open it in a browser; no network needed',
  },
  // calibrate
  'calibrate-short': {
    'zh-CN': '按已评定的风险等级校准评分模型',
    'zh-TW': '按已評定的風險等級校準評分模型',
    en: 'fit a scoring model to published gradings',
  },
  'calibrate-help': {
    'zh-CN': '读取一个或多个已评定的单位文档（风险点带 publishedLevel），以确定的搜索拟合所选方法的评分模型，输出一致率、混淆矩阵、k 折交叉验证一致率和需要讨论的行；-o 写出拟合的模型，可用 "catalog --model <文件>" 使用。',
    'zh-TW': '讀取一個或多個已評定的單位文件（風險點帶 publishedLevel），以確定的搜尋擬合所選方法的評分模型，輸出一致率、混淆矩陣、k 折交叉驗證一致率和需要討論的列；-o 寫出擬合的模型，可用「catalog --model <檔案>」使用。',
    en: 'Reads one or more graded organization documents (risk points with publishedLevel), fits a model of the chosen method by a deterministic search, and prints the agreement, the confusion matrix, the k-fold cross-validated agreement and the rows to discuss; -o writes the fitted model for "catalog --model <file>".',
  },
  'graded-argument': {
    'zh-CN': '<文件…>  已评定的单位文档（JSON），可以有多个',
    'zh-TW': '<檔案…>  已評定的單位文件（JSON），可以有多個',
    en: '<file…>  graded organization documents (JSON), one or more',
  },
  'help-method': { 'zh-CN': '拟合的评分方法（默认 weighted）', 'zh-TW': '擬合的評分方法（預設 weighted）', en: 'the scoring method to fit (default weighted)' },
  'help-folds': { 'zh-CN': '交叉验证的折数，至少 2（默认 5）', 'zh-TW': '交叉驗證的折數，至少 2（預設 5）', en: 'folds of the cross-validation, at least 2 (default 5)' },
  'help-format-calibrate': {
    'zh-CN': '报告格式：md（默认）或 json（含拟合的模型）',
    'zh-TW': '報告格式：md（預設）或 json（含擬合的模型）',
    en: 'report format: md (default) or json (with the fitted model)',
  },
  'help-output-model': {
    'zh-CN': '把拟合的模型写入此文件（报告仍输出到标准输出）',
    'zh-TW': '把擬合的模型寫入此檔案（報告仍輸出到標準輸出）',
    en: 'write the fitted model to this file (the report still goes to standard output)',
  },
  'bad-folds': {
    'zh-CN': '选项 "--folds" 需要一个不小于 2 的整数，实际是 "{value}"',
    'zh-TW': '選項「--folds」需要一個不小於 2 的整數，實際是「{value}」',
    en: 'option "--folds" needs a whole number of at least 2, got "{value}"',
  },
  'no-graded-rows': {
    'zh-CN': '没有带 publishedLevel 的风险点，无法校准',
    'zh-TW': '沒有帶 publishedLevel 的風險點，無法校準',
    en: 'no risk point carries a publishedLevel: nothing to calibrate against',
  },
  'file-argument': {
    'zh-CN': '<文件|->  JSON 文件，- 表示标准输入',
    'zh-TW': '<檔案|->  JSON 檔案，- 表示標準輸入',
    en: '<file|->  a JSON file, - for standard input',
  },
} as const satisfies Record<string, LocalizedText>;

/** A CLI message key. */
export type CliMessageKey = keyof typeof CLI_MESSAGES;
