/**
 * The workbench's own words, declared once, in zh-CN, zh-TW and en. Everything the library already
 * says (field headings, factor labels and anchors, level, rank and category names, problem
 * messages, explanations, measures, findings) is read from the library instead; only the page's
 * own controls and notes are here. Placeholders are `{name}`.
 */
import type { Locale, LocalizedText } from '../index.js';

/** The page's words by key. */
export const WORDS = {
  appTitle: { 'zh-CN': '岗位廉政风险防控工作台', 'zh-TW': '崗位廉政風險防控工作台', en: 'Post integrity-risk workbench' },
  appTagline: {
    'zh-CN': '离线使用：数据只保存在本机浏览器中，不会上传',
    'zh-TW': '離線使用：資料只保存在本機瀏覽器中，不會上傳',
    en: 'Works offline: the data stays in this browser and is never uploaded',
  },
  noscript: {
    'zh-CN': '此页面需要启用 JavaScript 才能使用。',
    'zh-TW': '此頁面需要啟用 JavaScript 才能使用。',
    en: 'This page needs JavaScript to work.',
  },
  skipToEditor: { 'zh-CN': '跳到编辑区', 'zh-TW': '跳到編輯區', en: 'Skip to the editor' },
  language: { 'zh-CN': '语言', 'zh-TW': '語言', en: 'Language' },
  localeName: { 'zh-CN': '简体中文', 'zh-TW': '繁體中文', en: 'English' },
  // Punctuation, which differs between the Chinese and the English texts.
  labelled: { 'zh-CN': '{label}：{text}', 'zh-TW': '{label}：{text}', en: '{label}: {text}' },
  labelOnly: { 'zh-CN': '{label}：', 'zh-TW': '{label}：', en: '{label}: ' },
  inParens: { 'zh-CN': '（{text}）', 'zh-TW': '（{text}）', en: ' ({text})' },
  listJoin: { 'zh-CN': '；', 'zh-TW': '；', en: '; ' },
  listComma: { 'zh-CN': '、', 'zh-TW': '、', en: ', ' },

  // Files
  fileGroup: { 'zh-CN': '文件', 'zh-TW': '檔案', en: 'File' },
  newBlank: { 'zh-CN': '新建空白文档', 'zh-TW': '新建空白文件', en: 'Start blank' },
  openFile: { 'zh-CN': '打开文件…', 'zh-TW': '開啟檔案…', en: 'Open a file…' },
  fileInput: {
    'zh-CN': '选择单位文档（JSON）、CSV 表或 Excel 工作簿',
    'zh-TW': '選擇單位文件（JSON）、CSV 表或 Excel 活頁簿',
    en: 'Choose a document (JSON), a CSV sheet or an Excel workbook',
  },
  openHint: {
    'zh-CN': '可打开单位文档（JSON）、CSV 表或 Excel 工作簿，也可以把文件拖到本页',
    'zh-TW': '可開啟單位文件（JSON）、CSV 表或 Excel 活頁簿，也可以把檔案拖到本頁',
    en: 'Opens a document (JSON), a CSV sheet or an Excel workbook; you can also drop a file on the page',
  },
  dropHere: { 'zh-CN': '松开鼠标即可打开文件', 'zh-TW': '放開滑鼠即可開啟檔案', en: 'Drop the file to open it' },
  print: { 'zh-CN': '打印本页', 'zh-TW': '列印本頁', en: 'Print this page' },
  confirmDiscard: {
    'zh-CN': '当前文档的修改还没有下载保存为文件。继续将丢弃这些修改，确定继续吗？',
    'zh-TW': '目前文件的修改還沒有下載儲存為檔案。繼續將捨棄這些修改，確定繼續嗎？',
    en: 'The changes to this document have not been downloaded as a file. Continuing discards them. Continue?',
  },
  confirmRemove: {
    'zh-CN': '删除“{name}”及其下的全部内容？',
    'zh-TW': '刪除「{name}」及其下的全部內容？',
    en: 'Remove "{name}" and everything in it?',
  },
  savedClean: {
    'zh-CN': '已自动保存在本浏览器中',
    'zh-TW': '已自動保存在本瀏覽器中',
    en: 'Saved in this browser',
  },
  savedDirty: {
    'zh-CN': '已自动保存在本浏览器中；修改尚未下载为文件',
    'zh-TW': '已自動保存在本瀏覽器中；修改尚未下載為檔案',
    en: 'Saved in this browser; the changes are not downloaded as a file yet',
  },
  storageFailed: {
    'zh-CN': '无法保存在本浏览器中（{reason}）：关闭或刷新页面前，请先下载单位文档',
    'zh-TW': '無法保存在本瀏覽器中（{reason}）：關閉或重新整理頁面前，請先下載單位文件',
    en: 'Cannot save in this browser ({reason}): download the document before closing or reloading the page',
  },
  restored: { 'zh-CN': '已恢复上次的工作', 'zh-TW': '已恢復上次的工作', en: 'Your last work is back' },
  opened: { 'zh-CN': '已打开 {file}', 'zh-TW': '已開啟 {file}', en: 'Opened {file}' },
  loadedModel: { 'zh-CN': '已加载评分模型 {file}', 'zh-TW': '已載入評分模型 {file}', en: 'Loaded the scoring model {file}' },
  loadedTemplates: { 'zh-CN': '已加载措施模板库 {file}', 'zh-TW': '已載入措施範本庫 {file}', en: 'Loaded the template library {file}' },
  loadedSettings: { 'zh-CN': '已加载设置 {file}', 'zh-TW': '已載入設定 {file}', en: 'Loaded the settings {file}' },
  startedBlank: { 'zh-CN': '已新建空白文档', 'zh-TW': '已新建空白文件', en: 'Started a blank document' },
  notOpened: {
    'zh-CN': '未能打开 {file}，原来的内容保持不变：',
    'zh-TW': '未能開啟 {file}，原來的內容保持不變：',
    en: 'Could not open {file}; nothing was changed:',
  },
  openedWithWarnings: {
    'zh-CN': '已打开 {file}，有以下警告：',
    'zh-TW': '已開啟 {file}，有以下警告：',
    en: 'Opened {file}, with these warnings:',
  },
  notRecognized: {
    'zh-CN': '{file} 不是单位文档、评分模型、措施模板库或设置文件',
    'zh-TW': '{file} 不是單位文件、評分模型、措施範本庫或設定檔',
    en: '{file} is not a document, a scoring model, a template library or a settings file',
  },
  readFailed: { 'zh-CN': '读取 {file} 失败：{reason}', 'zh-TW': '讀取 {file} 失敗：{reason}', en: 'Reading {file} failed: {reason}' },
  dismiss: { 'zh-CN': '关闭提示', 'zh-TW': '關閉提示', en: 'Dismiss' },
  untitled: { 'zh-CN': '单位文档', 'zh-TW': '單位文件', en: 'document' },
  catalogFile: { 'zh-CN': '{name}-一览表', 'zh-TW': '{name}-一覽表', en: '{name}-catalog' },

  // Side panel
  overview: { 'zh-CN': '概况', 'zh-TW': '概況', en: 'Overview' },
  counts: {
    'zh-CN': '{posts} 个岗位，{powers} 项权力事项，{riskPoints} 个风险点',
    'zh-TW': '{posts} 個崗位，{powers} 項權力事項，{riskPoints} 個風險點',
    en: '{posts} post(s), {powers} power(s), {riskPoints} risk point(s)',
  },
  byLevel: { 'zh-CN': '风险点等级', 'zh-TW': '風險點等級', en: 'Risk points by level' },
  postsByLevel: { 'zh-CN': '岗位等级', 'zh-TW': '崗位等級', en: 'Posts by level' },
  inherent: { 'zh-CN': '固有风险', 'zh-TW': '固有風險', en: 'Inherent' },
  residual: { 'zh-CN': '剩余风险', 'zh-TW': '剩餘風險', en: 'Residual' },
  keyPosts: { 'zh-CN': '重点岗位 {n} 个', 'zh-TW': '重點崗位 {n} 個', en: '{n} key post(s)' },
  findingsCount: { 'zh-CN': '权力配置问题 {n} 条', 'zh-TW': '權力配置問題 {n} 條', en: '{n} power-configuration finding(s)' },
  problems: { 'zh-CN': '需要改正的问题', 'zh-TW': '需要改正的問題', en: 'Problems to fix' },
  problemsCount: {
    'zh-CN': '{errors} 个错误，{warnings} 个警告',
    'zh-TW': '{errors} 個錯誤，{warnings} 個警告',
    en: '{errors} error(s), {warnings} warning(s)',
  },
  noProblems: { 'zh-CN': '没有发现问题', 'zh-TW': '沒有發現問題', en: 'No problems found' },
  invalidNote: {
    'zh-CN': '文档有错误，改正后才会重新评定；灰色显示的等级和结果是上次没有错误时的评定。',
    'zh-TW': '文件有錯誤，改正後才會重新評定；灰色顯示的等級和結果是上次沒有錯誤時的評定。',
    en: 'The document has errors; it is graded again once they are fixed. Levels and results shown in grey are from the last time it had none.',
  },
  postN: { 'zh-CN': '岗位 {n}', 'zh-TW': '崗位 {n}', en: 'Post {n}' },
  powerN: { 'zh-CN': '权力事项 {n}', 'zh-TW': '權力事項 {n}', en: 'Power {n}' },
  placeSep: { 'zh-CN': ' › ', 'zh-TW': ' › ', en: ' › ' },
  wholeDocument: { 'zh-CN': '整个文档', 'zh-TW': '整個文件', en: 'The whole document' },
  goToField: { 'zh-CN': '转到此处', 'zh-TW': '轉到此處', en: 'Go to the field' },
  postsNav: { 'zh-CN': '岗位一览', 'zh-TW': '崗位一覽', en: 'Posts' },

  // Options
  optionsSection: { 'zh-CN': '评定设置', 'zh-TW': '評定設定', en: 'Grading settings' },
  model: { 'zh-CN': '评分模型', 'zh-TW': '評分模型', en: 'Scoring model' },
  modelFromFile: { 'zh-CN': '文件：{file}', 'zh-TW': '檔案：{file}', en: 'File: {file}' },
  loadModel: { 'zh-CN': '加载模型文件…', 'zh-TW': '載入模型檔案…', en: 'Load a model file…' },
  templates: { 'zh-CN': '防控措施模板库', 'zh-TW': '防控措施範本庫', en: 'Measure templates' },
  builtinTemplates: { 'zh-CN': '内置模板库（{n} 条）', 'zh-TW': '內建範本庫（{n} 條）', en: 'Built-in library ({n} templates)' },
  fileTemplates: { 'zh-CN': '{file}（{n} 条）', 'zh-TW': '{file}（{n} 條）', en: '{file} ({n} templates)' },
  loadTemplates: { 'zh-CN': '加载模板库文件…', 'zh-TW': '載入範本庫檔案…', en: 'Load a template library…' },
  settings: { 'zh-CN': '权力配置检查设置', 'zh-TW': '權力配置檢查設定', en: 'Power-configuration settings' },
  defaultSettings: { 'zh-CN': '默认设置', 'zh-TW': '預設設定', en: 'Defaults' },
  loadSettings: { 'zh-CN': '加载设置文件…', 'zh-TW': '載入設定檔…', en: 'Load a settings file…' },
  useDefault: { 'zh-CN': '恢复默认', 'zh-TW': '恢復預設', en: 'Use the default' },
  asOf: { 'zh-CN': '复查日期起算日', 'zh-TW': '複查日期起算日', en: 'Count review dates from' },
  asOfHint: { 'zh-CN': '不填时从评估日期算起', 'zh-TW': '不填時從評估日期算起', en: 'Blank: from the assessment date' },
  suggestRatings: {
    'zh-CN': '未评定的因素采用根据文字建议的评分（注明理由，待评审）',
    'zh-TW': '未評定的因素採用根據文字建議的評分（註明理由，待評審）',
    en: 'Fill unrated factors with ratings suggested from the text (with reasons, to be reviewed)',
  },

  // Downloads
  downloads: { 'zh-CN': '下载', 'zh-TW': '下載', en: 'Download' },
  downloadCatalog: { 'zh-CN': '岗位廉政风险防控一览表', 'zh-TW': '崗位廉政風險防控一覽表', en: 'The post risk catalog' },
  documentHeading: { 'zh-CN': '单位文档', 'zh-TW': '單位文件', en: 'The document' },
  downloadDocument: { 'zh-CN': '单位文档（JSON，可再次打开）', 'zh-TW': '單位文件（JSON，可再次開啟）', en: 'The document (JSON, to open again)' },
  downloadNeedsValid: {
    'zh-CN': '文档有错误，改正后才能下载一览表。',
    'zh-TW': '文件有錯誤，改正後才能下載一覽表。',
    en: 'The document has errors: fix them to download the catalog.',
  },
  downloaded: { 'zh-CN': '已下载 {file}', 'zh-TW': '已下載 {file}', en: 'Downloaded {file}' },
  formatHtml: { 'zh-CN': '完整报告（HTML，可打印）', 'zh-TW': '完整報告（HTML，可列印）', en: 'Full report (HTML, printable)' },
  formatHtmlTable: { 'zh-CN': '一览表（HTML，A4 横向）', 'zh-TW': '一覽表（HTML，A4 橫向）', en: 'Catalog table (HTML, A4 landscape)' },
  formatHtmlCards: { 'zh-CN': '岗位风险防控卡（HTML）', 'zh-TW': '崗位風險防控卡（HTML）', en: 'Post risk cards (HTML)' },
  formatDocx: { 'zh-CN': 'Word 文档（.docx）', 'zh-TW': 'Word 文件（.docx）', en: 'Word document (.docx)' },
  formatXlsx: { 'zh-CN': 'Excel 工作簿（.xlsx）', 'zh-TW': 'Excel 活頁簿（.xlsx）', en: 'Excel workbook (.xlsx)' },
  formatCsv: { 'zh-CN': 'CSV 表格（可导回）', 'zh-TW': 'CSV 表格（可匯回）', en: 'CSV sheet (imports back)' },
  formatMd: { 'zh-CN': 'Markdown 报告', 'zh-TW': 'Markdown 報告', en: 'Markdown report' },
  formatMdTable: { 'zh-CN': 'Markdown 一览表', 'zh-TW': 'Markdown 一覽表', en: 'Markdown table' },
  formatJson: { 'zh-CN': 'JSON 数据', 'zh-TW': 'JSON 資料', en: 'JSON data' },
  downloadLists: { 'zh-CN': '权力清单和责任清单', 'zh-TW': '權力清單和責任清單', en: 'The power and responsibility lists' },
  formatListsHtml: { 'zh-CN': 'HTML（A4 横向，可打印）', 'zh-TW': 'HTML（A4 橫向，可列印）', en: 'HTML (A4 landscape, printable)' },
  formatListsMd: { 'zh-CN': 'Markdown', 'zh-TW': 'Markdown', en: 'Markdown' },
  formatListsCsv: { 'zh-CN': 'CSV 表格', 'zh-TW': 'CSV 表格', en: 'CSV sheet' },
  downloadSheet: { 'zh-CN': '空白填报表（含一行示例）', 'zh-TW': '空白填報表（含一列示例）', en: 'The blank fill-in sheet (one example row)' },
  formatSheetXlsx: { 'zh-CN': 'Excel 工作簿（含下拉选项和评分标准）', 'zh-TW': 'Excel 活頁簿（含下拉選項和評分標準）', en: 'Excel workbook (dropdowns and rating guide)' },
  formatSheetCsv: { 'zh-CN': 'CSV 表格', 'zh-TW': 'CSV 表格', en: 'CSV sheet' },
  listsFile: { 'zh-CN': '{name}-权力清单和责任清单', 'zh-TW': '{name}-權力清單和責任清單', en: '{name}-lists' },

  // Editor
  editor: { 'zh-CN': '编辑单位文档', 'zh-TW': '編輯單位文件', en: 'Edit the document' },
  orgSection: { 'zh-CN': '单位', 'zh-TW': '單位', en: 'Organization' },
  postsSection: { 'zh-CN': '岗位', 'zh-TW': '崗位', en: 'Posts' },
  noPosts: {
    'zh-CN': '还没有岗位。点击“添加岗位”开始填写，或打开一个文件。',
    'zh-TW': '還沒有崗位。點擊「新增崗位」開始填寫，或開啟一個檔案。',
    en: 'No posts yet. Press "Add a post" to start, or open a file.',
  },
  addPost: { 'zh-CN': '添加岗位', 'zh-TW': '新增崗位', en: 'Add a post' },
  addPower: { 'zh-CN': '添加权力事项', 'zh-TW': '新增權力事項', en: 'Add a power' },
  addRiskPoint: { 'zh-CN': '添加风险点', 'zh-TW': '新增風險點', en: 'Add a risk point' },
  addStep: { 'zh-CN': '添加环节', 'zh-TW': '新增環節', en: 'Add a step' },
  addOwnMeasure: { 'zh-CN': '添加本单位措施', 'zh-TW': '新增本單位措施', en: 'Add a measure of the unit' },
  remove: { 'zh-CN': '删除', 'zh-TW': '刪除', en: 'Remove' },
  removeWhat: { 'zh-CN': '删除“{name}”', 'zh-TW': '刪除「{name}」', en: 'Remove "{name}"' },
  moveUp: { 'zh-CN': '上移', 'zh-TW': '上移', en: 'Move up' },
  moveDown: { 'zh-CN': '下移', 'zh-TW': '下移', en: 'Move down' },
  postSummary: {
    'zh-CN': '{powers} 项权力事项，{riskPoints} 个风险点',
    'zh-TW': '{powers} 項權力事項，{riskPoints} 個風險點',
    en: '{powers} power(s), {riskPoints} risk point(s)',
  },
  problemMark: { 'zh-CN': '{n} 个问题', 'zh-TW': '{n} 個問題', en: '{n} problem(s)' },
  unnamed: { 'zh-CN': '（未命名）', 'zh-TW': '（未命名）', en: '(unnamed)' },
  newPostName: { 'zh-CN': '新岗位', 'zh-TW': '新崗位', en: 'New post' },
  newPowerName: { 'zh-CN': '新权力事项', 'zh-TW': '新權力事項', en: 'New power' },
  powerHeading: { 'zh-CN': '权力事项：{name}', 'zh-TW': '權力事項：{name}', en: 'Power: {name}' },
  riskPointHeading: { 'zh-CN': '风险点 {n}', 'zh-TW': '風險點 {n}', en: 'Risk point {n}' },
  steps: { 'zh-CN': '流程环节（按顺序）', 'zh-TW': '流程環節（按順序）', en: 'Procedure steps, in order' },
  stepN: { 'zh-CN': '第 {n} 个环节', 'zh-TW': '第 {n} 個環節', en: 'Step {n}' },
  ratings: { 'zh-CN': '风险因素评分（1 最低，5 最高）', 'zh-TW': '風險因素評分（1 最低，5 最高）', en: 'Factor ratings (1 lowest, 5 highest)' },
  postRatings: { 'zh-CN': '岗位评定的因素（风险点未评定时沿用）', 'zh-TW': '崗位評定的因素（風險點未評定時沿用）', en: 'Factors rated on the post (risk points inherit them)' },
  notRated: { 'zh-CN': '未评定', 'zh-TW': '未評定', en: 'Not rated' },
  inherits: { 'zh-CN': '沿用岗位评定（{n}）', 'zh-TW': '沿用崗位評定（{n}）', en: 'From the post ({n})' },
  ratingOption: { 'zh-CN': '{n} 分：{meaning}', 'zh-TW': '{n} 分：{meaning}', en: '{n}: {meaning}' },
  ratingBetween: { 'zh-CN': '介于 {lo} 分与 {hi} 分之间', 'zh-TW': '介於 {lo} 分與 {hi} 分之間', en: 'between {lo} and {hi}' },
  otherValue: { 'zh-CN': '其他：{value}', 'zh-TW': '其他：{value}', en: 'Other: {value}' },
  choose: { 'zh-CN': '（请选择）', 'zh-TW': '（請選擇）', en: '(choose)' },
  none: { 'zh-CN': '（不填）', 'zh-TW': '（不填）', en: '(none)' },
  ownMeasures: { 'zh-CN': '本单位防控措施', 'zh-TW': '本單位防控措施', en: "The unit's own measures" },
  ownMeasureN: { 'zh-CN': '第 {n} 条', 'zh-TW': '第 {n} 條', en: 'Measure {n}' },
  measureText: { 'zh-CN': '措施内容', 'zh-TW': '措施內容', en: 'The measure' },
  phase: { 'zh-CN': '阶段', 'zh-TW': '階段', en: 'Phase' },
  owner: { 'zh-CN': '责任层级', 'zh-TW': '責任層級', en: 'Owner' },
  deadline: { 'zh-CN': '完成时限', 'zh-TW': '完成時限', en: 'Deadline' },
  indicator: { 'zh-CN': '监测指标', 'zh-TW': '監測指標', en: 'Indicator' },
  lowers: { 'zh-CN': '可降低的因素（剩余风险按每项降 1 分计）', 'zh-TW': '可降低的因素（剩餘風險按每項降 1 分計）', en: 'Factors it lowers (one step each, for residual risk)' },
  adoptsTemplate: { 'zh-CN': '采用的措施模板', 'zh-TW': '採用的措施範本', en: 'Template it adopts' },
  controls: { 'zh-CN': '已落实的模板措施', 'zh-TW': '已落實的範本措施', en: 'Template measures in place' },
  noControls: { 'zh-CN': '尚未标记', 'zh-TW': '尚未標記', en: 'None marked yet' },
  addControl: { 'zh-CN': '标记一项模板措施为已落实', 'zh-TW': '標記一項範本措施為已落實', en: 'Mark a template measure as in place' },
  markInPlace: { 'zh-CN': '标记为已落实', 'zh-TW': '標記為已落實', en: 'Mark as in place' },
  markBestInPlace: { 'zh-CN': '落实这项措施', 'zh-TW': '落實這項措施', en: 'Put it in place' },
  unmark: { 'zh-CN': '取消“已落实”：{title}', 'zh-TW': '取消「已落實」：{title}', en: 'No longer in place: {title}' },
  unknownTemplate: { 'zh-CN': '{id}（模板库中没有）', 'zh-TW': '{id}（範本庫中沒有）', en: '{id} (not in the library)' },

  // Results
  results: { 'zh-CN': '评定结果', 'zh-TW': '評定結果', en: 'Assessment' },
  levelIs: { 'zh-CN': '{level}风险', 'zh-TW': '{level}風險', en: '{level} risk' },
  levelLine: {
    'zh-CN': '固有风险：{level}（{score} 分）；剩余风险：{residual}（{residualScore} 分）',
    'zh-TW': '固有風險：{level}（{score} 分）；剩餘風險：{residual}（{residualScore} 分）',
    en: 'Inherent: {level} (score {score}); residual: {residual} (score {residualScore})',
  },
  explanation: { 'zh-CN': '评定说明', 'zh-TW': '評定說明', en: 'Why' },
  whatIf: { 'zh-CN': '改变等级的最小调整', 'zh-TW': '改變等級的最小調整', en: 'What would move the level' },
  measures: { 'zh-CN': '防控措施', 'zh-TW': '防控措施', en: 'Prevention measures' },
  measuresSummary: {
    'zh-CN': '防控措施：本单位 {own} 项，已落实 {inPlace} 项，建议 {proposed} 项',
    'zh-TW': '防控措施：本單位 {own} 項，已落實 {inPlace} 項，建議 {proposed} 項',
    en: 'Prevention measures: {own} own, {inPlace} in place, {proposed} proposed',
  },
  ownMeasureTag: { 'zh-CN': '本单位', 'zh-TW': '本單位', en: 'Own' },
  postMeasures: { 'zh-CN': '岗位防控措施（按阶段合并）', 'zh-TW': '崗位防控措施（按階段合併）', en: "The post's measures, by phase" },
  postWideMeasures: { 'zh-CN': '岗位通用措施', 'zh-TW': '崗位通用措施', en: 'For the whole post' },
  findings: { 'zh-CN': '权力配置问题', 'zh-TW': '權力配置問題', en: 'Power-configuration findings' },
  noFindings: { 'zh-CN': '未发现权力配置问题', 'zh-TW': '未發現權力配置問題', en: 'No power-configuration finding' },
  warningLine: {
    'zh-CN': '{tier}{signals}：由{owner}负责，每 {days} 天复查一次{next}',
    'zh-TW': '{tier}{signals}：由{owner}負責，每 {days} 天複查一次{next}',
    en: '{tier}{signals}: for the {owner}, reviewed every {days} days{next}',
  },
  warningSignals: { 'zh-CN': '（加重情形：{list}）', 'zh-TW': '（加重情形：{list}）', en: ' (aggravated by {list})' },
  nextReview: { 'zh-CN': '，下次复查 {date}', 'zh-TW': '，下次複查 {date}', en: ', next on {date}' },
  keyPost: { 'zh-CN': '重点岗位', 'zh-TW': '重點崗位', en: 'Key post' },
  stale: { 'zh-CN': '（待改正错误后更新）', 'zh-TW': '（待改正錯誤後更新）', en: '(to be updated once the errors are fixed)' },
  notAssessed: { 'zh-CN': '尚未评定', 'zh-TW': '尚未評定', en: 'Not graded yet' },
} as const satisfies Record<string, LocalizedText>;

/** A key of {@link WORDS}. */
export type WordKey = keyof typeof WORDS;

/** A `{name}` parameter of a word: text, a number, or a localized text (its text in the locale is used). */
export type WordParam = string | number | LocalizedText;

/**
 * A word in a locale with its `{name}` placeholders filled.
 * @param key - the word
 * @param locale - the locale
 * @param params - the placeholder values
 * @returns the text
 */
export function word(key: WordKey, locale: Locale, params: Readonly<Record<string, WordParam>> = {}): string {
  return fillText(WORDS[key][locale], locale, params);
}

/**
 * Fills `{name}` placeholders of a text (a placeholder without a value stays as written).
 * @param text - the text
 * @param locale - the locale of localized values
 * @param params - the values
 * @returns the filled text
 */
export function fillText(text: string, locale: Locale, params: Readonly<Record<string, WordParam>>): string {
  return text.replace(/\{([A-Za-z][A-Za-z0-9_]*)\}/g, (whole, name: string) => {
    const value = Object.hasOwn(params, name) ? params[name] : undefined;
    if (value === undefined) return whole;
    return typeof value === 'object' ? value[locale] : String(value);
  });
}
