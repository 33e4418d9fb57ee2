import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli, tempDir, tempFile } from './run.js';

const VALID = {
  organization: '某县财政局',
  posts: [
    {
      id: 'p1',
      name: '出纳',
      department: '财务科',
      rank: '一般岗位',
      tenureYears: 6,
      powers: [
        {
          id: 'w1',
          name: '资金支付',
          category: '财务资金',
          steps: ['受理', '审核', '支付'],
          riskPoints: [
            { id: 'r1', description: '未经审批擅自支付', step: '支付', riskCategory: '业务流程', factors: { fundLinkage: 5 } },
            { id: 'r2', description: '虚列支出', step: '审核', riskCategory: 'duty', factors: {} },
          ],
        },
      ],
    },
  ],
};

let dir: string;
let valid: string;
let invalid: string;

beforeAll(() => {
  dir = tempDir();
  valid = tempFile(dir, 'valid.json', JSON.stringify(VALID, null, 2));
  const broken = structuredClone(VALID) as any;
  broken.posts[0].rank = 'boss';
  broken.posts[0].powers[0].riskPoints[1].step = '支付审批';
  broken.posts[0].powers[0].riskPoints[0].factors.harm = 7;
  delete broken.posts[0].department;
  invalid = tempFile(dir, 'invalid.json', JSON.stringify(broken));
});

describe('integrity-risk validate', () => {
  it('a valid file: exit 0 and a one-line summary with the counts', () => {
    const r = cli(['validate', valid]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`${valid} 有效：1 个岗位，1 项权力事项，2 个风险点\n`);
    expect(r.stderr).toBe('');
  });

  it('warnings are listed on stderr and counted, and the file is still valid', () => {
    const file = tempFile(dir, 'warn.json', JSON.stringify({ ...VALID, comments: 'x' }));
    const r = cli(['validate', file, '--locale', 'en']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('comments: warning: unknown field "comments" is ignored\n');
    expect(r.stdout).toContain('is valid: 1 post(s), 1 power(s), 2 risk point(s), 1 warning(s)');
  });

  it('an invalid file: exit 1 and one "path: message" line per problem on stderr', () => {
    const r = cli(['validate', invalid]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.trimEnd().split('\n')).toEqual([
      'posts[0].department: 缺少必填字段 "department"',
      'posts[0].rank: "boss" 不是有效取值；可选：principal, deputy, middle, staff',
      'posts[0].powers[0].riskPoints[0].factors.harm: 应在 1 到 5 之间，实际是 7',
      'posts[0].powers[0].riskPoints[1].step: 环节 "支付审批" 不在该权力事项的流程环节中，是否应为 "支付"；流程环节：受理, 审核, 支付',
    ]);
  });

  it('--locale en and zh-TW speak those locales; the root path is shown as $', () => {
    const en = cli(['validate', '--locale', 'en', invalid]);
    expect(en.stderr).toContain('posts[0].department: required field "department" is missing');
    const tw = cli(['validate', invalid, '--locale=zh-TW']);
    expect(tw.stderr).toContain('posts[0].department: 缺少必填欄位「department」');
    const root = cli(['validate', '-', '--locale', 'en'], '[1, 2]');
    expect(root.code).toBe(1);
    expect(root.stderr).toBe('$: the input must be a JSON object, got an array\n');
  });

  it('--quiet prints nothing for a valid file and only errors for an invalid one', () => {
    expect(cli(['validate', '-q', valid])).toEqual({ code: 0, stdout: '', stderr: '' });
    const r = cli(['validate', '--quiet', invalid]);
    expect(r.code).toBe(1);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(4);
  });

  it('reads standard input for -', () => {
    const r = cli(['validate', '-'], JSON.stringify(VALID));
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('标准输入 有效：1 个岗位，1 项权力事项，2 个风险点\n');
  });

  it('a BOM and CRLF line ends are accepted', () => {
    const text = JSON.stringify(VALID, null, 2).replace(/\n/g, '\r\n');
    const file = tempFile(dir, 'bom.json', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]));
    expect(cli(['validate', file]).code).toBe(0);
  });

  it('invalid UTF-8: exit 1 with a clear message naming the byte', () => {
    const bytes = Buffer.concat([Buffer.from('{"organization":"'), Buffer.from([0xc3, 0x28]), Buffer.from('"}')]);
    const file = tempFile(dir, 'latin.json', bytes);
    const r = cli(['validate', file, '--locale', 'en']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`integrity-risk: ${file} is not valid UTF-8 text (error at byte 18, counting from 1); save it as UTF-8\n`);
  });

  it('a truncated file: exit 1 with the line and column where it ends', () => {
    const text = JSON.stringify(VALID, null, 2);
    const file = tempFile(dir, 'truncated.json', text.slice(0, 100));
    const r = cli(['validate', file, '--locale', 'en']);
    expect(r.code).toBe(1);
    const lines = text.slice(0, 100).split('\n');
    expect(r.stderr).toBe(
      `integrity-risk: ${file} is not valid JSON: line ${lines.length}, column ${lines.at(-1)!.length + 1}: unexpected end of input (is the file truncated?)\n`,
    );
  });

  it('a JSON syntax error: exit 1 with line, column and the character', () => {
    const r = cli(['validate', '-', '--locale', 'en'], '{\n  "posts": [1,, 2]\n}');
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('integrity-risk: standard input is not valid JSON: line 2, column 15: unexpected character ","\n');
  });

  it('an empty input: exit 1', () => {
    const r = cli(['validate', '-']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('integrity-risk: 标准输入 是空的\n');
  });

  it('deep nesting and hostile keys in the file: a clean exit 1, never a crash', () => {
    const file = tempFile(dir, 'deep.json', `{"__proto__":{"polluted":1},"posts":${'['.repeat(100_000)}${']'.repeat(100_000)}}`);
    const r = cli(['validate', file, '--locale', 'en']);
    expect(r.code).toBe(1);
    expect(r.stderr.trimEnd().split('\n')).toEqual(['__proto__: the key "__proto__" is not allowed', 'posts[0]: expected an object, got an array']);
  });
});

describe('usage errors exit 2 with a short hint, never a stack trace', () => {
  it('an unknown command, with a suggestion', () => {
    const r = cli(['validat', valid]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('integrity-risk: 未知命令 "validat"，是否应为 "validate"\n运行 "integrity-risk --help" 查看用法\n');
  });

  it('an unknown flag', () => {
    const r = cli(['validate', '--verbose', valid, '--locale', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')[0]).toBe('integrity-risk: unknown option "--verbose"');
    expect(r.stderr).toContain('usage: integrity-risk validate <file|->');
  });

  it('a bad --locale value, and a missing one', () => {
    expect(cli(['validate', valid, '--locale', 'fr']).code).toBe(2);
    expect(cli(['validate', valid, '--locale']).code).toBe(2);
  });

  it('a missing file, a directory, no argument, two arguments', () => {
    const missing = cli(['validate', `${dir}/nope.json`, '--locale', 'en']);
    expect(missing.code).toBe(2);
    expect(missing.stderr.split('\n')[0]).toBe(`integrity-risk: file "${dir}/nope.json" not found`);
    expect(cli(['validate', dir]).code).toBe(2);
    expect(cli(['validate']).code).toBe(2);
    expect(cli(['validate', valid, valid]).code).toBe(2);
  });

  it('no command at all prints the usage on stderr', () => {
    const r = cli([]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('用法：integrity-risk <命令> [选项]');
  });

  it('no stack trace in any failing run', () => {
    for (const args of [['x'], ['validate', '--x'], ['validate', '/nonexistent/file.json'], ['validate', invalid]]) {
      const r = cli(args);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  });
});

describe('help and version', () => {
  it('--version prints the package version', () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    for (const flag of ['--version', '-V']) {
      expect(cli([flag])).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: '' });
    }
  });

  it('--help lists the commands; validate --help explains the command, in the chosen locale', () => {
    const top = cli(['--help', '--locale', 'en']);
    expect(top.code).toBe(0);
    expect(top.stdout).toMatch(/\n  validate +check an organization document\n/);
    const own = cli(['validate', '--help', '--locale', 'zh-TW']);
    expect(own.code).toBe(0);
    expect(own.stdout).toContain('integrity-risk validate <file|->');
    expect(own.stdout).toContain('檢查單位文件');
  });

  it('global flags may come before the command', () => {
    const r = cli(['--locale', 'en', 'validate', valid]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('is valid');
  });
});
