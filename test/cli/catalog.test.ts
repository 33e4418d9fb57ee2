import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { synthesize } from '../../bench/synth.js';
import { POWER_CATEGORIES } from '../../src/model/enums.js';
import { DEFAULT_MODEL } from '../../src/scoring/defaults.js';
import { listsDocx, listsXlsx, powerAndResponsibilityLists } from '../../src/render/lists.js';
import { parseDocument } from '../../src/validate/document.js';
import { cli, cliAsync, MAIN, tempDir, tempFile } from './run.js';

const DIR = fileURLToPath(new URL('../../examples/', import.meta.url));
const NAMES = readdirSync(DIR).filter((f) => f.endsWith('.json')).sort();
const COUNTY = `${DIR}county-bureau.json`;
const UNIVERSITY = `${DIR}university.json`;

/* eslint-disable @typescript-eslint/no-explicit-any */
type Json = any;


function riskPointsOf(catalog: Json): Json[] {
  return catalog.posts.flatMap((p: Json) => p.powers.flatMap((w: Json) => w.riskPoints));
}

let dir: string;
beforeAll(() => {
  dir = tempDir();
});

describe('integrity-risk catalog: the examples', () => {
  it('every example, as JSON: every post and risk point has a level, a score 0-100 and an explanation', async () => {
    const runs = await Promise.all(NAMES.map((name) => cliAsync(['catalog', `${DIR}${name}`, '--format', 'json'])));
    runs.forEach((r, i) => {
      expect(r.stderr, NAMES[i]).toBe('');
      expect(r.code, NAMES[i]).toBe(0);
      const catalog = JSON.parse(r.stdout);
      const source = JSON.parse(readFileSync(`${DIR}${NAMES[i]}`, 'utf8'));
      expect(catalog.posts).toHaveLength(source.posts.length);
      const rps = riskPointsOf(catalog);
      expect(rps.length).toBe(source.posts.flatMap((p: Json) => p.powers.flatMap((w: Json) => w.riskPoints)).length);
      for (const item of [...catalog.posts, ...rps]) {
        expect(['high', 'medium', 'low']).toContain(item.level);
        expect(['high', 'medium', 'low']).toContain(item.residualLevel);
        expect(item.score).toBeGreaterThanOrEqual(0);
        expect(item.score).toBeLessThanOrEqual(100);
        // The sentence states the level and score it explains.
        expect(item.explanation.text).toMatch(/^[高中低]风险（[\d.]+分）/);
      }
      for (const rp of rps) expect(rp.measureIndexes.length).toBeGreaterThan(0);
    });
  });

  it('every format writes output, to -o and to standard output alike', async () => {
    const formats = ['json', 'md', 'csv', 'html'] as const;
    const files = formats.map((f) => join(dir, `county.${f}`));
    const runs = await Promise.all([
      ...formats.map((f, i) => cliAsync(['catalog', COUNTY, '--format', f, '-o', files[i]!])),
      ...formats.map((f) => cliAsync(['catalog', COUNTY, '-f', f])),
    ]);
    for (const r of runs) expect([r.code, r.stderr]).toEqual([0, '']);
    formats.forEach((_, i) => {
      expect(runs[i]!.stdout).toBe('');
      expect(readFileSync(files[i]!, 'utf8')).toBe(runs[i + formats.length]!.stdout);
    });
    const [json, md, csv, html] = files.map((f) => readFileSync(f, 'utf8'));
    expect(JSON.parse(json!)).toMatchObject({ schemaVersion: 2, locale: 'zh-CN' });
    expect(md).toMatch(/^# 岗位廉政风险防控一览表\n/);
    expect(csv!.startsWith('\uFEFF')).toBe(true);
    expect(csv).toContain('\r\n');
    expect(html).toMatch(/^<!DOCTYPE html>/i);
    expect(html).toContain('</html>');
  });

  it('--locale speaks the chosen language in every format', async () => {
    const [en, tw, html] = await Promise.all([
      cliAsync(['catalog', COUNTY, '--format', 'md', '--locale', 'en']),
      cliAsync(['catalog', COUNTY, '--format', 'md', '--locale=zh-TW']),
      cliAsync(['catalog', COUNTY, '--format', 'html', '--locale', 'en']),
    ]);
    expect(en.stdout).toMatch(/^# Post Integrity Risk Catalog\n/);
    expect(tw.stdout).toMatch(/^# 崗位廉政風險防控一覽表\n/);
    expect(html.stdout).toContain('lang="en"');
  });

  it('--view table gives the 一览表 in HTML and Markdown; --view cards one card per post; report stays the HTML default', async () => {
    const [table, md, cards, report, plain, csv] = await Promise.all([
      cliAsync(['catalog', COUNTY, '--format', 'html', '--view', 'table']),
      cliAsync(['catalog', COUNTY, '--format', 'md', '--view', 'table']),
      cliAsync(['catalog', COUNTY, '--format', 'html', '--view', 'cards']),
      cliAsync(['catalog', COUNTY, '--format', 'html', '--view', 'report']),
      cliAsync(['catalog', COUNTY, '--format', 'html']),
      cliAsync(['catalog', COUNTY, '--format', 'csv', '--view', 'table', '--locale', 'en']),
    ]);
    expect(table.code).toBe(0);
    expect(table.stdout).toContain('<th>风险点（表现形式）</th>');
    expect(table.stdout).toContain('编制单位（盖章）');
    expect(md.stdout).toMatch(/^# 岗位廉政风险防控一览表\n/);
    expect(md.stdout).toContain('| 序号 | 科室（部门） | 岗位 | 权力事项 | 流程环节 | 风险点（表现形式） | 风险类别 | 风险等级 | 防控措施 | 责任人 |');
    const posts = JSON.parse(cli(['catalog', COUNTY]).stdout).posts.length;
    expect(cards.stdout.match(/<section class="card">/g)?.length).toBe(posts);
    expect(report.stdout).toBe(plain.stdout);
    expect(csv.code).toBe(2);
    expect(csv.stderr).toContain('format csv has no view "table"');
  });

  it('lists: the power list and the responsibility list in md, html, csv, xlsx and docx; a bad format is exit 2', async () => {
    const dir = tempDir();
    const [md, html, csv, xlsx, docx, bad] = await Promise.all([
      cliAsync(['lists', COUNTY]),
      cliAsync(['lists', COUNTY, '--format', 'html', '--locale', 'zh-TW']),
      cliAsync(['lists', COUNTY, '--format', 'csv', '--locale', 'en']),
      cliAsync(['lists', COUNTY, '--format', 'xlsx', '--locale', 'en', '-o', join(dir, 'lists.xlsx')]),
      cliAsync(['lists', COUNTY, '--format', 'docx', '-o', join(dir, '权力清单和责任清单.docx')]),
      cliAsync(['lists', COUNTY, '--format', 'pdf']),
    ]);
    expect([xlsx.code, docx.code]).toEqual([0, 0]);
    const county = parseDocument(JSON.parse(readFileSync(COUNTY, 'utf8')));
    expect(new Uint8Array(readFileSync(join(dir, 'lists.xlsx')))).toEqual(listsXlsx(powerAndResponsibilityLists(county, 'en')));
    expect(new Uint8Array(readFileSync(join(dir, '权力清单和责任清单.docx')))).toEqual(listsDocx(powerAndResponsibilityLists(county, 'zh-CN')));
    expect(md.code).toBe(0);
    expect(md.stdout).toMatch(/^# 权力清单\n/);
    expect(md.stdout).toContain('\n# 责任清单\n');
    expect(html.stdout).toContain('<h1>權力清單</h1>');
    expect(csv.stdout.startsWith('\uFEFFPower list\r\n')).toBe(true);
    expect(bad.code).toBe(2);
  });

  it('reads standard input for -', () => {
    const text = readFileSync(UNIVERSITY, 'utf8');
    const fromFile = cli(['catalog', UNIVERSITY]);
    const fromStdin = cli(['catalog', '-'], text);
    expect(fromStdin.code).toBe(0);
    expect(fromStdin.stdout).toBe(fromFile.stdout);
  });
});

describe('integrity-risk catalog: options', () => {
  it('--model with a custom file changes the levels as its author intended', () => {
    // Lower bands and no rules: every level now follows the score alone (high from 30).
    const custom = {
      ...structuredClone(DEFAULT_MODEL),
      id: 'strict',
      bands: [
        { level: 'low', from: 0, to: 15 },
        { level: 'medium', from: 15, to: 30 },
        { level: 'high', from: 30, to: 100 },
      ],
      rules: [],
    };
    const file = tempFile(dir, 'strict.json', JSON.stringify(custom, null, 2));
    const r = cli(['catalog', COUNTY, '--model', file]);
    expect([r.code, r.stderr]).toEqual([0, '']);
    const catalog = JSON.parse(r.stdout);
    expect(catalog.model.id).toBe('strict');
    const base = riskPointsOf(JSON.parse(cli(['catalog', COUNTY]).stdout));
    const rps = riskPointsOf(catalog);
    for (const rp of rps) expect(rp.level).toBe(rp.score >= 30 ? 'high' : rp.score >= 15 ? 'medium' : 'low');
    const high = (xs: Json[]): number => xs.filter((x) => x.level === 'high').length;
    expect(high(rps)).toBeGreaterThan(high(base));
  });

  it('--model with a broken file: exit 1, every problem with the file name and its path', () => {
    const broken = { ...structuredClone(DEFAULT_MODEL), weights: { harm: -1, fundLinkag: 2 } };
    const file = tempFile(dir, 'broken-model.json', JSON.stringify(broken));
    const r = cli(['catalog', COUNTY, '--model', file, '--locale', 'en']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    // The same codes and wording as a broken document: a hint for the typo, the range for the number.
    expect(lines[0]).toBe(`${file}: weights.fundLinkag: unknown factor "fundLinkag", did you mean "fundLinkage"`);
    expect(lines[1]).toBe(`${file}: weights.harm: must be between 0 and 1000000, got -1`);
    // Model lint: overlapping bands.
    const overlapping = { ...structuredClone(DEFAULT_MODEL), bands: [{ level: 'low', from: 0, to: 50 }, { level: 'medium', from: 40, to: 65 }, { level: 'high', from: 65, to: 100 }] };
    const lint = cli(['catalog', COUNTY, '--model', tempFile(dir, 'overlap.json', JSON.stringify(overlapping)), '--locale', 'en']);
    expect(lint.code).toBe(1);
    expect(lint.stderr).toMatch(/overlap\.json: bands\[\d\]/);
  });

  it('--model with a shipped id; an unknown id or file is a usage error (exit 2)', () => {
    const r = cli(['catalog', UNIVERSITY, '--model', 'university-count']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).model).toMatchObject({ id: 'university-count', method: 'count' });
    const bad = cli(['catalog', UNIVERSITY, '--model', 'no-such-model', '--locale', 'en']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('"no-such-model" is neither a shipped model (default, matrix-5x5, university-count) nor an existing file');
  });

  it('--templates: a user library is used, and its problems are listed with paths (exit 1)', () => {
    const lib = tempFile(dir, 'lib.json', JSON.stringify({ disable: ['platform-trace'] }));
    const r = cli(['catalog', COUNTY, '--templates', lib, '--locale', 'en']);
    expect(r.code).toBe(0);
    const ids = (JSON.parse(r.stdout).posts as Json[]).flatMap((post: Json) => post.measures.map((m: Json) => m.templateId));
    expect(ids).not.toContain('platform-trace');
    // The county bureau lists platform-trace as a control: now it names no template.
    expect(r.stderr).toMatch(/controls\[\d+\]: warning: control "platform-trace" is not a template of the measure library/);
    const badLib = tempFile(dir, 'bad-lib.json', JSON.stringify({ override: [{ id: 'platform-trace', phase: 'sometime' }] }));
    const bad = cli(['catalog', COUNTY, '--templates', badLib, '--locale', 'en']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain(`${badLib}: override[0].phase: `);
  });

  it('--settings: finding settings change the findings; a bad one is listed (exit 1)', () => {
    const findings = (args: string[]): string[] => JSON.parse(cli(['catalog', COUNTY, ...args]).stdout).findings.map((f: Json) => f.code);
    const settings = tempFile(dir, 'settings.json', JSON.stringify({ rotationYears: 1, auditYears: 1 }));
    const base = findings([]);
    const eager = findings(['--settings', settings]);
    expect(eager.filter((c) => c === 'rotation-due').length).toBeGreaterThan(base.filter((c) => c === 'rotation-due').length);
    const bad = tempFile(dir, 'bad-settings.json', JSON.stringify({ rotationYears: 'five' }));
    const r = cli(['catalog', COUNTY, '--settings', bad, '--locale', 'en']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${bad}: rotationYears: `);
  });

  it('a broken model, template file and settings file get the same codes and wording as a broken document, in every locale', () => {
    const files = {
      model: tempFile(dir, 'same-model.json', JSON.stringify({ method: 'weighted', weights: { harm: 'high' }, bands: [], colour: 1 })),
      templates: tempFile(dir, 'same-templates.json', JSON.stringify({ add: [{ id: 'site-log', title: { 'zh-CN': '日志' } }] })),
      settings: tempFile(dir, 'same-settings.json', JSON.stringify({ rotationYears: 'five', keyAreas: ['finanse'] })),
    };
    const run = (flag: keyof typeof files, locale: string): string[] =>
      cli(['catalog', COUNTY, `--${flag}`, files[flag], '--locale', locale]).stderr.trimEnd().split('\n');
    expect(run('model', 'en')).toEqual([
      `${files.model}: weights.harm: expected a number, got a string`,
      `${files.model}: bands: needs at least 1 item(s), got 0`,
      `${files.model}: colour: warning: unknown field "colour" is ignored`,
    ]);
    expect(run('templates', 'zh-CN')).toEqual([
      `${files.templates}: add[0].text: 缺少必填字段 "text"`,
      `${files.templates}: add[0].phase: 缺少必填字段 "phase"`,
      `${files.templates}: add[0].kind: 缺少必填字段 "kind"`,
      `${files.templates}: add[0].owner: 缺少必填字段 "owner"`,
      `${files.templates}: add[0].reviewDays: 缺少必填字段 "reviewDays"`,
      // A title in zh-CN only is accepted: the other locales show it.
      `${files.templates}: add[0].title: 警告：只有 zh-CN 文本：zh-TW, en 将显示 zh-CN 文本`,
    ]);
    expect(run('settings', 'zh-TW')).toEqual([
      `${files.settings}: keyAreas[0]: 「finanse」不是有效取值，是否應為「finance」；可選：${POWER_CATEGORIES.map((c) => c.id).join(', ')}`,
      `${files.settings}: rotationYears: 應為數字，實際是字串`,
    ]);
    // The document validator says the same things the same way.
    const doc = tempFile(dir, 'same-doc.json', JSON.stringify({ posts: [{ id: 'p', name: 'n', department: 'd', rank: 'staff', tenureYears: 'five', powers: [] }] }));
    expect(cli(['validate', doc, '--locale', 'zh-TW']).stderr).toBe('posts[0].tenureYears: 應為數字，實際是字串\n');
  });

  it('--as-of sets where review dates count from; a date that does not exist is exit 2', () => {
    const r = cli(['catalog', COUNTY, '--as-of', '2026-01-01']);
    const catalog = JSON.parse(r.stdout);
    expect(catalog.asOf).toBe('2026-01-01');
    const post = catalog.posts.find((p: Json) => p.level === 'high');
    expect(post.warning.nextReviewOn).toBe('2026-04-01');
    for (const value of ['2025-02-29', '2026-13-01', 'tomorrow']) {
      const bad = cli(['catalog', COUNTY, '--as-of', value, '--locale', 'en']);
      expect(bad.code).toBe(2);
      expect(bad.stderr).toContain(`option "--as-of" needs a real date written YYYY-MM-DD, got "${value}"`);
    }
  });

  it('--detail writes every explanation\'s detail in the JSON catalog, which is otherwise lean; with another format it is exit 2', () => {
    const lean = cli(['catalog', COUNTY]);
    const full = cli(['catalog', COUNTY, '--detail']);
    expect([lean.code, full.code]).toEqual([0, 0]);
    const a = JSON.parse(lean.stdout);
    const b = JSON.parse(full.stdout);
    for (const rp of riskPointsOf(a)) expect(Object.keys(rp.explanation)).toEqual(['text']);
    for (const rp of riskPointsOf(b)) expect(rp.explanation.detail.kind).toBe('risk-point');
    expect(b.posts[0].explanation.detail.kind).toBe('post');
    // The sentences are the same either way.
    expect(riskPointsOf(b).map((rp: Json) => rp.explanation.text)).toEqual(riskPointsOf(a).map((rp: Json) => rp.explanation.text));
    const bad = cli(['catalog', COUNTY, '--format', 'csv', '--detail', '--locale', 'en']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--detail is for --format json only');
  });
});

describe('integrity-risk catalog: failures', () => {
  it('an invalid document: exit 1 and every problem listed as validate lists them', () => {
    const doc = JSON.parse(readFileSync(COUNTY, 'utf8'));
    doc.posts[0].rank = 'boss';
    doc.posts[1].powers[0].riskPoints[0].factors.harm = 8;
    const file = tempFile(dir, 'invalid.json', JSON.stringify(doc));
    const r = cli(['catalog', file, '--locale', 'en']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    const validate = cli(['validate', file, '--locale', 'en']);
    expect(r.stderr).toBe(validate.stderr);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(2);
  });

  it('usage errors are exit 2: unknown flag, bad format, missing file, unwritable -o, missing argument', () => {
    const cases: [string[], string][] = [
      [['catalog', COUNTY, '--fromat', 'md'], 'unknown option "--fromat", did you mean "--format"'],
      [['catalog', COUNTY, '--format', 'pdf'], 'option "--format" does not accept "pdf"; allowed: json, md, csv, html'],
      [['catalog', join(dir, 'nope.json')], `file "${join(dir, 'nope.json')}" not found`],
      [['catalog', COUNTY, '-o', join(dir, 'no-dir', 'x.json')], `cannot write "${join(dir, 'no-dir', 'x.json')}": ENOENT`],
      [['catalog'], 'missing argument <file|->'],
      [['catalog', dir], `cannot read "${dir}": EISDIR`],
    ];
    for (const [args, message] of cases) {
      const r = cli([...args, '--locale', 'en']);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toContain(message);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  });

  it('unknown controls are warned about on stderr with their paths, silenced by --quiet', () => {
    const doc = JSON.parse(readFileSync(UNIVERSITY, 'utf8'));
    doc.posts[0].powers[0].riskPoints[0].controls = ['platfrom-trace'];
    const file = tempFile(dir, 'typo.json', JSON.stringify(doc));
    const r = cli(['catalog', file, '--locale', 'en']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(
      'posts[0].powers[0].riskPoints[0].controls[0]: warning: control "platfrom-trace" is not a template of the measure library, did you mean "platform-trace"; it lowers no factor\n',
    );
    expect(cli(['catalog', file, '-q']).stderr).toBe('');
  });

  it('hostile files: invalid UTF-8, truncation and deep nesting give one clear line; BOM and CRLF are fine', async () => {
    const text = readFileSync(UNIVERSITY, 'utf8');
    const bom = tempFile(dir, 'bom.json', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text.replace(/\n/g, '\r\n'))]));
    const latin = tempFile(dir, 'latin.json', Buffer.concat([Buffer.from(text.slice(0, 40)), Buffer.from([0xe9]), Buffer.from(text.slice(40))]));
    const cut = tempFile(dir, 'cut.json', text.slice(0, Math.floor(text.length / 2)));
    const deep = tempFile(dir, 'deep.json', `${'['.repeat(100_000)}${']'.repeat(100_000)}`);
    const [ok, bad, truncated, nested] = await Promise.all([
      cliAsync(['catalog', bom]),
      cliAsync(['catalog', latin, '--locale', 'en']),
      cliAsync(['catalog', cut, '--locale', 'en']),
      cliAsync(['catalog', deep, '--locale', 'en']),
    ]);
    expect([ok.code, ok.stderr]).toEqual([0, '']);
    expect(ok.stdout).toBe(cli(['catalog', UNIVERSITY]).stdout);
    expect(bad.code).toBe(1);
    const byte = Buffer.byteLength(text.slice(0, 40)) + 1;
    expect(bad.stderr).toBe(`integrity-risk: ${latin} is not valid UTF-8 text (error at byte ${byte}, counting from 1); save it as UTF-8\n`);
    expect(truncated.code).toBe(1);
    expect(truncated.stderr).toContain('unexpected end of input (is the file truncated?)');
    expect(nested.code).toBe(1);
    expect(nested.stderr).toBe('$: the input must be a JSON object, got an array\n');
    for (const r of [bad, truncated, nested]) expect(r.stderr.split('\n')).toHaveLength(2);
  });

  it('a closed pipe ends the output quietly: no error, no stack trace', () => {
    const big = join(dir, 'big-pipe.json');
    writeFileSync(big, JSON.stringify(synthesize(300)));
    // `| head -c 100` closes the pipe after 100 bytes.

    const piped = spawnSync('sh', ['-c', `"${process.execPath}" "${MAIN}" catalog "${big}" --format csv | head -c 100 > /dev/null; echo "$?"`], {
      encoding: 'utf8',
    });
    expect(piped.stderr).toBe('');
    expect(piped.stdout).toBe('0\n');
  });
});

describe('integrity-risk catalog: progress', () => {
  it('over 10,000 risk points: progress lines on stderr with count and percentage; none with --quiet', async () => {
    const doc = synthesize(1100);
    const count = doc.posts.reduce((n, p) => n + p.powers.reduce((m, w) => m + w.riskPoints.length, 0), 0);
    expect(count).toBeGreaterThan(10_000);
    const file = join(dir, 'large.json');
    writeFileSync(file, JSON.stringify(doc));
    const [loud, quiet] = await Promise.all([
      cliAsync(['catalog', file, '--format', 'csv', '-o', join(dir, 'large.csv'), '--locale', 'en']),
      cliAsync(['catalog', file, '--format', 'csv', '-o', join(dir, 'large-quiet.csv'), '--quiet']),
    ]);
    expect(loud.code).toBe(0);
    const lines = loud.stderr.trimEnd().split('\n');
    expect(lines[0]).toBe(`building the catalog of 1100 posts and ${count} risk points`);
    const progress = lines.filter((l) => l.startsWith('progress: '));
    expect(progress).toHaveLength(10);
    expect(progress[0]).toBe('progress: 110/1100 posts (10%)');
    expect(progress.at(-1)).toBe('progress: 1100/1100 posts (100%)');
    expect(quiet).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(readFileSync(join(dir, 'large-quiet.csv'), 'utf8').split('\r\n').length).toBeGreaterThan(count);
  });
});

describe('integrity-risk catalog: the assessment date before or after the posts', () => {
  it('gives the same catalog wherever the document writes assessedOn (pass 1 counts the term from it either way)', () => {
    const doc = JSON.parse(readFileSync(COUNTY, 'utf8'));
    const { assessedOn, ...rest } = doc;
    expect(typeof assessedOn).toBe('string');
    const before = tempFile(dir, 'date-first.json', JSON.stringify({ assessedOn, ...rest }));
    const after = tempFile(dir, 'date-last.json', JSON.stringify({ ...rest, assessedOn }));
    const none = tempFile(dir, 'date-none.json', JSON.stringify(rest));
    const first = cli(['catalog', before, '--format', 'csv']);
    const last = cli(['catalog', after, '--format', 'csv']);
    expect(first.code).toBe(0);
    expect(last.stdout).toBe(first.stdout);
    // The date matters to the result (findings on the holder's term, review dates): without it the catalog differs.
    expect(cli(['catalog', none, '--format', 'csv']).stdout).not.toBe(first.stdout);
  });
});
