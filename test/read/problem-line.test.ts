/**
 * A problem as one line: the words the CLI prints and the workbench page shows.
 */
import { describe, expect, it } from 'vitest';
import { importCsv, problemLine, problemPlace, problemText, validateDocument } from '../../src/index.js';
import { csvPath as csvPathOf } from '../../src/read/csv-import.js';

describe('problemLine', () => {
  const checked = validateDocument({ posts: [{ id: 'p', name: '出纳', department: '财务科', tenureYears: 1, powers: [], extra: 1 }] });
  const missing = checked.problems.find((p) => p.code === 'missing-field')!;
  const unknown = checked.problems.find((p) => p.severity === 'warning')!;

  it('a document path as it is, the message in the locale; a warning marked', () => {
    expect(problemLine(missing, 'zh-CN')).toBe('posts[0].rank: 缺少必填字段 "rank"');
    expect(problemLine(missing, 'en')).toBe(`posts[0].rank: ${missing.message.en}`);
    expect(problemText(unknown, 'zh-CN')).toBe(`警告：${unknown.message['zh-CN']}`);
    expect(problemText(unknown, 'en')).toBe(`warning: ${unknown.message.en}`);
    expect(problemLine(unknown, 'zh-TW', 'unit.json')).toBe(`unit.json: posts[0].extra: 警告：${unknown.message['zh-TW']}`);
  });

  it('the whole input is $, a sheet\'s row and column are in words', () => {
    expect(problemPlace('', 'en')).toBe('$');
    expect(problemPlace(csvPathOf(5), 'zh-CN')).toBe('第 5 行');
    expect(problemPlace(csvPathOf(5, '风险类别', 'riskPoint.riskCategory'), 'zh-CN')).toBe('第 5 行，“风险类别”列（riskPoint.riskCategory）');
    expect(problemPlace(csvPathOf(5, 'Risk category', 'riskPoint.riskCategory'), 'en')).toBe('row 5, column Risk category (riskPoint.riskCategory)');
    const sheet = importCsv('岗位编号,岗位名称\np1,\n');
    expect(sheet.problems.length).toBeGreaterThan(0);
    for (const p of sheet.problems) expect(problemLine(p, 'zh-CN')).toMatch(/^(第 \d+ 行|\$)/);
  });
});
