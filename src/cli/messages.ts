/**
 * Every text the command line prints, in every locale. Placeholders are `{name}`.
 */
import type { LocalizedText } from '../i18n/locale.js';

/** CLI messages by key. */
export const CLI_MESSAGES = {
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
  'invalid-utf8': {
    'zh-CN': '{source} 不是有效的 UTF-8 文本（第 {byte} 个字节出错）；请以 UTF-8 编码保存',
    'zh-TW': '{source} 不是有效的 UTF-8 文字（第 {byte} 個位元組出錯）；請以 UTF-8 編碼儲存',
    en: '{source} is not valid UTF-8 text (error at byte {byte}, counting from 1); save it as UTF-8',
  },
  'input-too-large': {
    'zh-CN': '{source} 太大，无法作为一个文本读取',
    'zh-TW': '{source} 太大，無法作為一個文字讀取',
    en: '{source} is too large to read as one text',
  },
  'json-syntax': {
    'zh-CN': '{source} 不是有效的 JSON：第 {line} 行第 {column} 列，{reason}',
    'zh-TW': '{source} 不是有效的 JSON：第 {line} 行第 {column} 欄，{reason}',
    en: '{source} is not valid JSON: line {line}, column {column}: {reason}',
  },
  'json-unexpected-end': { 'zh-CN': '内容意外结束（文件不完整？）', 'zh-TW': '內容意外結束（檔案不完整？）', en: 'unexpected end of input (is the file truncated?)' },
  'json-unexpected-char': { 'zh-CN': '意外的字符 {char}', 'zh-TW': '意外的字元 {char}', en: 'unexpected character {char}' },
  'json-empty': { 'zh-CN': '{source} 是空的', 'zh-TW': '{source} 是空的', en: '{source} is empty' },
  stdin: { 'zh-CN': '标准输入', 'zh-TW': '標準輸入', en: 'standard input' },
  'internal-error': {
    'zh-CN': '内部错误：{reason}（请报告此问题）',
    'zh-TW': '內部錯誤：{reason}（請回報此問題）',
    en: 'internal error: {reason} (please report it)',
  },
  'problem-warning': { 'zh-CN': '警告：', 'zh-TW': '警告：', en: 'warning: ' },
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
  'validate-short': { 'zh-CN': '检查单位文档', 'zh-TW': '檢查單位文件', en: 'check an organization document' },
  'file-argument': {
    'zh-CN': '<文件|->  JSON 文件，- 表示标准输入',
    'zh-TW': '<檔案|->  JSON 檔案，- 表示標準輸入',
    en: '<file|->  a JSON file, - for standard input',
  },
} as const satisfies Record<string, LocalizedText>;

/** A CLI message key. */
export type CliMessageKey = keyof typeof CLI_MESSAGES;
