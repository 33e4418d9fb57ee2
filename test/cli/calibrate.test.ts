import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { validateModel } from '../../src/scoring/validate-model.js';
import { cli, tempDir, tempFile } from './run.js';

const DIR = fileURLToPath(new URL('../../examples/calibration/', import.meta.url));
const SET = ['bozhou.json', 'edu-bureau-rule.json', 'huangqiao-school.json', 'ic-list.json', 'qhu-rule.json', 'qzbm-rule.json', 'village.json'].map((f) => DIR + f);

describe('integrity-risk calibrate', () => {
  it('prints agreement, the confusion matrix, cross-validation and the rows to discuss, and -o writes a model catalog --model uses', () => {
    const dir = tempDir();
    const model = join(dir, 'model.json');
    const r = cli(['calibrate', ...SET, '--folds', '5', '-o', model]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('# 评分模型校准报告');
    expect(r.stdout).toContain('5 折交叉验证');
    expect(r.stdout).toContain('混淆矩阵');
    expect(r.stdout).toContain('需要讨论的行');
    const written = JSON.parse(readFileSync(model, 'utf8')) as unknown;
    expect(validateModel(written).ok).toBe(true);
    const catalog = cli(['catalog', join(DIR, 'bozhou.json'), '--model', model, '--format', 'md']);
    expect(catalog.code).toBe(0);
    expect(catalog.stdout).toContain('校准加权模型');
  });

  it('one file, json format, each method; the same input prints the same bytes', () => {
    for (const method of ['weighted', 'matrix', 'count']) {
      const a = cli(['calibrate', DIR + 'village.json', '--method', method, '--format', 'json', '--folds', '2']);
      expect(a.code).toBe(0);
      const parsed = JSON.parse(a.stdout) as { method: string; agreement: { total: number }; model: unknown };
      expect(parsed.method).toBe(method);
      expect(parsed.agreement.total).toBe(10);
      expect(validateModel(parsed.model).ok).toBe(true);
      expect(cli(['calibrate', DIR + 'village.json', '--method', method, '--format', 'json', '--folds', '2']).stdout).toBe(a.stdout);
    }
  });

  it('bad folds is a usage error (exit 2); a document without published levels is a data error (exit 1); no stack trace', () => {
    const bad = cli(['calibrate', SET[0]!, '--folds', '1']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--folds');
    const plain = cli(['calibrate', fileURLToPath(new URL('../../examples/university.json', import.meta.url)), '--locale', 'en']);
    expect(plain.code).toBe(1);
    expect(plain.stderr).toContain('publishedLevel');
    const broken = cli(['calibrate', tempFile(tempDir(), 'bad.json', '{"posts": 3}')]);
    expect(broken.code).toBe(1);
    for (const r of [bad, plain, broken]) expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
