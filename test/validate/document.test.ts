import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { InvalidInputError, type Problem } from '../../src/validate/problem.js';
import { documentNode, parseDocument, validateDocument } from '../../src/validate/document.js';
import { LIMITS } from '../../src/validate/limits.js';
import { PROBLEM_CODES, PROBLEM_MESSAGES } from '../../src/validate/messages.js';
import { LOCALES } from '../../src/i18n/locale.js';
import { deepFreeze } from '../support/hostile.js';

type Json = Record<string, any>;

/** A small valid document, fresh on every call. */
function doc(): Json {
  return {
    organization: '某县财政局',
    assessedOn: '2025-12-31',
    posts: [
      {
        id: 'post-cashier',
        name: '出纳',
        department: '财务科',
        rank: 'staff',
        tenureYears: 6,
        factors: { importance: 3 },
        powers: [
          {
            id: 'pw-pay',
            name: '资金支付',
            category: 'finance',
            majorMatter: true,
            collectiveDecision: false,
            steps: ['受理', '审核', '支付'],
            riskPoints: [
              {
                id: 'rp-1',
                description: '未经审批擅自支付',
                step: '支付',
                riskCategory: 'process',
                factors: { fundLinkage: 5, discretion: 3 },
                priorIncident: false,
                controls: ['platform-trace'],
              },
            ],
          },
        ],
      },
    ],
  };
}

const errors = (input: unknown): Problem[] => validateDocument(input).problems.filter((p) => p.severity === 'error');
const at = (input: unknown): string[] => errors(input).map((p) => `${p.path} ${p.code}`);

describe('validateDocument: a valid document', () => {
  it('returns the normalized document with no problems', () => {
    const checked = validateDocument(deepFreeze(doc()));
    expect(checked.ok).toBe(true);
    expect(checked.problems).toEqual([]);
    if (checked.ok) expect(checked.value).toEqual(doc());
  });

  it('fills defaults: organization and assessedOn stay out, booleans false, controls [], post factors {}', () => {
    const input = doc();
    delete input.organization;
    delete input.assessedOn;
    delete input.posts[0].factors;
    const power = input.posts[0].powers[0];
    delete power.majorMatter;
    delete power.collectiveDecision;
    delete power.riskPoints[0].priorIncident;
    delete power.riskPoints[0].controls;
    const checked = validateDocument(input);
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    expect('organization' in checked.value).toBe(false);
    expect('assessedOn' in checked.value).toBe(false);
    const post = checked.value.posts[0]!;
    expect(post.factors).toEqual({});
    expect(post.powers[0]!.majorMatter).toBe(false);
    expect(post.powers[0]!.collectiveDecision).toBe(false);
    expect(post.powers[0]!.riskPoints[0]!.priorIncident).toBe(false);
    expect(post.powers[0]!.riskPoints[0]!.controls).toEqual([]);
  });

  it('treats an explicit undefined from a JS caller as left out', () => {
    const input = doc();
    input.posts[0].powers[0].majorMatter = undefined;
    input.organization = undefined;
    const checked = validateDocument(input);
    expect(checked.ok).toBe(true);
    if (checked.ok) {
      expect(checked.value.posts[0]!.powers[0]!.majorMatter).toBe(false);
      expect('organization' in checked.value).toBe(false);
    }
  });

  it('accepts vocabulary labels in every locale and aliases, and normalizes them to ids', () => {
    const cases: [string, string, string][] = [
      ['rank', '一把手', 'principal'],
      ['rank', '正职', 'principal'],
      ['rank', '副職', 'deputy'],
      ['rank', 'Middle manager', 'middle'],
      ['rank', '一般岗位', 'staff'],
    ];
    for (const [, label, id] of cases) {
      const input = doc();
      input.posts[0].rank = label;
      const checked = validateDocument(input);
      expect(checked.ok && checked.value.posts[0]!.rank).toBe(id);
    }
    const input = doc();
    input.posts[0].powers[0].category = '財務資金';
    input.posts[0].powers[0].riskPoints[0].riskCategory = '业务流程';
    const checked = validateDocument(input);
    expect(checked.ok).toBe(true);
    if (checked.ok) {
      expect(checked.value.posts[0]!.powers[0]!.category).toBe('finance');
      expect(checked.value.posts[0]!.powers[0]!.riskPoints[0]!.riskCategory).toBe('process');
    }
  });

  it('returns a copy that shares nothing with the input', () => {
    const input = doc();
    const checked = validateDocument(input);
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    expect(checked.value).not.toBe(input);
    expect(checked.value.posts).not.toBe(input.posts);
    expect(checked.value.posts[0]!.powers[0]!.steps).not.toBe(input.posts[0].powers[0].steps);
    expect(checked.value.posts[0]!.powers[0]!.riskPoints[0]!.factors).not.toBe(input.posts[0].powers[0].riskPoints[0].factors);
  });

  it('writes factor ratings in the vocabulary order whatever the input order', () => {
    const input = doc();
    input.posts[0].powers[0].riskPoints[0].factors = { harm: 2, fundLinkage: 5 };
    const checked = validateDocument(input);
    expect(checked.ok && Object.keys(checked.value.posts[0]!.powers[0]!.riskPoints[0]!.factors)).toEqual(['fundLinkage', 'harm']);
  });
});

describe('validateDocument: every rule', () => {
  it('not an object: the root must be an object', () => {
    for (const input of [null, 42, 'x', [], true, undefined]) {
      expect(at(input)).toEqual([' not-an-object']);
    }
  });

  it('missing required fields at every level', () => {
    expect(at({})).toEqual(['posts missing-field']);
    const input = doc();
    delete input.posts[0].tenureYears;
    delete input.posts[0].powers[0].steps;
    delete input.posts[0].powers[0].riskPoints[0].factors;
    delete input.posts[0].powers[0].riskPoints[0].id;
    expect(at(input)).toEqual([
      'posts[0].powers[0].steps missing-field',
      'posts[0].powers[0].riskPoints[0].id missing-field',
      'posts[0].powers[0].riskPoints[0].factors missing-field',
      // Checked across the document: a tenure may be derived from holderSince and assessedOn.
      'posts[0].tenureYears missing-field',
    ]);
  });

  it('wrong types, with the expected and actual kind in the message', () => {
    const input = doc();
    input.posts[0].name = 12;
    input.posts[0].tenureYears = '3';
    input.posts[0].powers[0].majorMatter = 'yes';
    input.posts[0].powers[0].riskPoints = {};
    const problems = errors(input);
    expect(problems.map((p) => `${p.path} ${p.code}`)).toEqual([
      'posts[0].name wrong-type',
      'posts[0].tenureYears wrong-type',
      'posts[0].powers[0].majorMatter wrong-type',
      'posts[0].powers[0].riskPoints wrong-type',
    ]);
    expect(problems[0]!.message['zh-CN']).toBe('应为字符串，实际是数字');
    expect(problems[3]!.message.en).toBe('expected an array, got an object');
  });

  it('empty and blank strings are refused where text is required', () => {
    const input = doc();
    input.posts[0].id = '';
    input.posts[0].department = '  \n';
    expect(at(input)).toEqual(['posts[0].id empty-string', 'posts[0].department empty-string']);
  });

  it('duplicate ids across posts, powers and risk points, reported at the second place naming the first', () => {
    const input = doc();
    input.posts[0].powers[0].riskPoints[0].id = 'post-cashier';
    const problems = errors(input);
    expect(problems.map((p) => `${p.path} ${p.code}`)).toEqual(['posts[0].powers[0].riskPoints[0].id duplicate-id']);
    expect(problems[0]!.params['first']).toBe('posts[0].id');
    expect(problems[0]!.message['zh-CN']).toContain('posts[0].id');
    expect(problems[0]!.message.en).toContain('posts[0].id');
  });

  it('unknown factor names, with the nearest valid name suggested', () => {
    const input = doc();
    input.posts[0].powers[0].riskPoints[0].factors = { discreton: 3, xyzzy: 2 };
    const problems = errors(input);
    expect(problems.map((p) => `${p.path} ${p.code}`)).toEqual([
      'posts[0].powers[0].riskPoints[0].factors.discreton unknown-factor',
      'posts[0].powers[0].riskPoints[0].factors.xyzzy unknown-factor',
    ]);
    expect(problems[0]!.params['suggestion']).toBe('discretion');
    expect(problems[0]!.message['zh-CN']).toContain('是否应为 "discretion"');
    expect(problems[1]!.params['suggestion']).toBeUndefined();
  });

  it('post factors allow only importance and influence', () => {
    const input = doc();
    input.posts[0].factors = { importance: 2, harm: 3, influenc: 4 };
    const problems = errors(input);
    expect(problems.map((p) => `${p.path} ${p.code}`)).toEqual([
      'posts[0].factors.harm factor-not-allowed',
      'posts[0].factors.influenc unknown-factor',
    ]);
    expect(problems[1]!.params['suggestion']).toBe('influence');
  });

  it('ratings must be integers from 1 to 5', () => {
    const input = doc();
    input.posts[0].powers[0].riskPoints[0].factors = { fundLinkage: 0, discretion: 6, harm: 2.5, opacity: '3', likelihood: 5, influence: 1 };
    expect(at(input)).toEqual([
      'posts[0].powers[0].riskPoints[0].factors.fundLinkage out-of-range',
      'posts[0].powers[0].riskPoints[0].factors.discretion out-of-range',
      'posts[0].powers[0].riskPoints[0].factors.opacity wrong-type',
      'posts[0].powers[0].riskPoints[0].factors.harm not-an-integer',
    ]);
  });

  it('unknown rank, category and riskCategory values, with a suggestion', () => {
    const input = doc();
    input.posts[0].rank = 'deputi';
    input.posts[0].powers[0].category = 'money';
    input.posts[0].powers[0].riskPoints[0].riskCategory = '业务流';
    const problems = errors(input);
    expect(problems.map((p) => `${p.path} ${p.code}`)).toEqual([
      'posts[0].rank unknown-value',
      'posts[0].powers[0].category unknown-value',
      'posts[0].powers[0].riskPoints[0].riskCategory unknown-value',
    ]);
    expect(problems[0]!.params['suggestion']).toBe('deputy');
    expect(problems[2]!.params['suggestion']).toBe('业务流程');
    expect(problems[1]!.params['allowed']).toContain('finance');
  });

  it('a step its power does not list', () => {
    const input = doc();
    input.posts[0].powers[0].riskPoints[0].step = '审批';
    const problems = errors(input);
    expect(problems.map((p) => `${p.path} ${p.code}`)).toEqual(['posts[0].powers[0].riskPoints[0].step unknown-step']);
    expect(problems[0]!.params['suggestion']).toBe('审核');
    expect(problems[0]!.params['steps']).toBe('受理, 审核, 支付');
  });

  it('duplicate steps in a power and duplicate controls in a risk point', () => {
    const input = doc();
    input.posts[0].powers[0].steps = ['受理', '支付', '受理'];
    input.posts[0].powers[0].riskPoints[0].controls = ['platform-trace', 'a', 'platform-trace', ''];
    const problems = errors(input);
    expect(problems.map((p) => `${p.path} ${p.code}`)).toEqual([
      'posts[0].powers[0].steps[2] duplicate-item',
      'posts[0].powers[0].riskPoints[0].controls[2] duplicate-item',
      'posts[0].powers[0].riskPoints[0].controls[3] empty-string',
    ]);
    expect(problems[0]!.params['first']).toBe('posts[0].powers[0].steps[0]');
  });

  it('a power needs at least one step; the document at least one post', () => {
    const input = doc();
    input.posts[0].powers[0].steps = [];
    input.posts[0].powers[0].riskPoints = [];
    expect(at(input)).toEqual(['posts[0].powers[0].steps too-few-items']);
    expect(at({ posts: [] })).toEqual(['posts too-few-items']);
  });

  it('assessedOn must be an ISO date that exists', () => {
    for (const [value, code] of [
      ['2025-02-29', 'invalid-date'],
      ['2025-13-01', 'invalid-date'],
      ['2025-04-31', 'invalid-date'],
      ['2025/01/01', 'bad-format'],
      ['2025-1-1', 'bad-format'],
      ['2025-01-01T00:00', 'too-long'],
    ] as const) {
      const input = doc();
      input.assessedOn = value;
      expect(at(input)).toEqual([`assessedOn ${code}`]);
    }
    for (const value of ['2024-02-29', '2000-02-29', '1999-12-31']) {
      const input = doc();
      input.assessedOn = value;
      expect(validateDocument(input).ok).toBe(true);
    }
    const input = doc();
    input.assessedOn = '1900-02-29';
    expect(at(input)).toEqual(['assessedOn invalid-date']);
  });

  it('tenureYears is a number from 0 to 60', () => {
    for (const [value, ok] of [[0, true], [60, true], [2.5, true], [-1, false], [61, false], [Number.NaN, false], [Infinity, false]] as const) {
      const input = doc();
      input.posts[0].tenureYears = value;
      expect(validateDocument(input).ok).toBe(ok);
    }
  });

  it('strings over their documented limits', () => {
    const input = doc();
    input.posts[0].id = 'i'.repeat(LIMITS.id + 1);
    input.posts[0].name = 'n'.repeat(LIMITS.name + 1);
    input.posts[0].powers[0].riskPoints[0].description = '述'.repeat(LIMITS.description + 1);
    input.posts[0].powers[0].riskPoints[0].controls = ['c'.repeat(LIMITS.id + 1)];
    const problems = errors(input);
    expect(problems.map((p) => `${p.path} ${p.code}`)).toEqual([
      'posts[0].id too-long',
      'posts[0].name too-long',
      'posts[0].powers[0].riskPoints[0].description too-long',
      'posts[0].powers[0].riskPoints[0].controls[0] too-long',
    ]);
    expect(problems[0]!.params).toMatchObject({ length: LIMITS.id + 1, max: LIMITS.id });
  });

  it('string limits count characters (code points), as JSON Schema does', () => {
    const input = doc();
    input.posts[0].name = '😀'.repeat(LIMITS.name); // 400 UTF-16 units, 200 characters
    expect(validateDocument(input).ok).toBe(true);
    input.posts[0].name = '😀'.repeat(LIMITS.name + 1);
    expect(at(input)).toEqual(['posts[0].name too-long']);
  });

  it('arrays over their documented limits', () => {
    const input = doc();
    input.posts[0].powers[0].steps = Array.from({ length: LIMITS.steps + 1 }, (_, i) => `s${i}`);
    input.posts[0].powers[0].riskPoints[0].controls = Array.from({ length: LIMITS.controls + 1 }, (_, i) => `c${i}`);
    expect(at(input)).toEqual([
      'posts[0].powers[0].steps too-many-items',
      'posts[0].powers[0].riskPoints[0].controls too-many-items',
    ]);
  });

  it('keys __proto__, constructor and prototype are errors wherever the document is described', () => {
    const text = JSON.stringify(doc())
      .replace('"organization"', '"__proto__":{"polluted":1},"organization"')
      .replace('"name":"出纳"', '"name":"出纳","constructor":{"polluted":1}')
      .replace('"fundLinkage"', '"prototype":1,"fundLinkage"');
    const problems = errors(JSON.parse(text));
    expect(problems.map((p) => `${p.path} ${p.code}`)).toEqual([
      '__proto__ forbidden-key',
      'posts[0].constructor forbidden-key',
      'posts[0].powers[0].riskPoints[0].factors.prototype forbidden-key',
    ]);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('cycles from JS callers are reported, not followed', () => {
    const input = doc();
    input.posts[0].powers[0].riskPoints[0].factors = input.posts[0].powers[0].riskPoints[0];
    input.posts.push(input.posts[0]); // a shared, not cyclic, reference: a duplicate id
    input.posts[0].powers.push(input);
    const problems = at(input);
    expect(problems).toContain('posts[0].powers[0].riskPoints[0].factors cyclic-reference');
    expect(problems).toContain('posts[0].powers[1] cyclic-reference');
    expect(problems).toContain('posts[1].id duplicate-id');
  });

  it('unknown extra fields are warnings with the nearest known field, and the document is still valid', () => {
    const input = doc();
    input.posts[0].tenure = 3;
    input.posts[0].powers[0].riskPoint = [];
    input.comment = 'x';
    const checked = validateDocument(input);
    expect(checked.ok).toBe(true);
    expect(checked.problems.map((p) => `${p.severity} ${p.path} ${p.code} ${String(p.params['suggestion'])}`)).toEqual([
      'warning comment unknown-field undefined',
      'warning posts[0].tenure unknown-field undefined',
      'warning posts[0].powers[0].riskPoint unknown-field riskPoints',
    ]);
    if (checked.ok) expect('comment' in checked.value).toBe(false);
  });

  it('unknown fields are never read: a getter there is not called', () => {
    const input = doc();
    let called = false;
    Object.defineProperty(input.posts[0], 'extra', {
      enumerable: true,
      get() {
        called = true;
        return 1;
      },
    });
    expect(validateDocument(input).ok).toBe(true);
    expect(called).toBe(false);
  });

  it('a getter that throws on a known field becomes a problem at its path', () => {
    const input = doc();
    Object.defineProperty(input.posts[0], 'name', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    expect(at(input)).toEqual(['posts[0].name unreadable-value']);
  });

  it('problems everywhere are all reported in one pass, in document order', () => {
    const input = doc();
    input.organization = '';
    input.posts[0].rank = 'x';
    input.posts[0].powers[0].riskPoints[0].factors.harm = 9;
    input.posts.push({ id: 'post-cashier', name: 'n', department: 'd', rank: 'staff', tenureYears: 1, powers: 'none' });
    expect(at(input)).toEqual([
      'organization empty-string',
      'posts[0].rank unknown-value',
      'posts[0].powers[0].riskPoints[0].factors.harm out-of-range',
      'posts[1].id duplicate-id',
      'posts[1].powers wrong-type',
    ]);
  });

  it('stops listing after LIMITS.problems problems, with one closing problem', () => {
    const posts = Array.from({ length: LIMITS.problems + 10 }, () => 1);
    const problems = validateDocument({ posts }).problems;
    expect(problems).toHaveLength(LIMITS.problems + 1);
    expect(problems.at(-1)!.code).toBe('too-many-problems');
  });
});

describe('parseDocument', () => {
  it('returns the normalized document', () => {
    expect(parseDocument(doc()).posts[0]!.id).toBe('post-cashier');
  });

  it('throws InvalidInputError carrying every problem', () => {
    const input = doc();
    input.posts[0].rank = 'boss';
    input.extra = 1;
    try {
      parseDocument(input);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(InvalidInputError);
      const err = e as InvalidInputError;
      expect(err.problems.map((p) => p.code)).toEqual(['unknown-field', 'unknown-value']);
      expect(err.message).toContain('posts[0].rank');
    }
  });
});

describe('messages', () => {
  it('every code has a message in every locale, and no message is left with a placeholder', () => {
    for (const code of PROBLEM_CODES) {
      for (const locale of LOCALES) expect(PROBLEM_MESSAGES[code][locale].length).toBeGreaterThan(0);
    }
    const input = doc();
    input.posts[0].rank = 'deputi';
    input.posts[0].powers[0].riskPoints[0].step = 'x';
    input.posts[0].powers[0].riskPoints[0].factors = { discreton: 1 };
    input.posts[0].foo = 1;
    for (const p of validateDocument(input).problems) {
      for (const locale of LOCALES) expect(p.message[locale]).not.toMatch(/\{[A-Za-z]+\}/);
    }
  });

  it('zh-TW messages use traditional characters', () => {
    const input = doc();
    delete input.posts[0].department;
    expect(errors(input)[0]!.message['zh-TW']).toBe('缺少必填欄位「department」');
  });
});

describe('documentNode', () => {
  it('is an object node whose required fields are exactly posts', () => {
    expect(documentNode.kind).toBe('object');
    if (documentNode.kind === 'object') {
      expect(Object.entries(documentNode.fields).filter(([, f]) => f.presence === 'required').map(([n]) => n)).toEqual(['posts']);
    }
  });
});

describe('the $schema key editors write (issue 19)', () => {
  const doc = {
    posts: [{ id: 'p1', name: '出纳', department: '财务科', rank: 'staff', tenureYears: 2, factors: {}, powers: [] }],
  };

  it('is accepted without a warning and not kept in the validated document', () => {
    const checked = validateDocument({ $schema: './node_modules/integrity-risk/schema/organization.schema.json', ...doc });
    expect(checked.problems).toEqual([]);
    const plain = validateDocument(doc);
    expect(checked.ok && checked.value).toEqual(plain.ok && plain.value);
    expect(checked.ok && Object.keys(checked.value)).not.toContain('$schema');
  });

  it('must still be a string, and the JSON Schema declares it', () => {
    expect(validateDocument({ $schema: 5, ...doc }).problems.map((p) => [p.code, p.path])).toEqual([['wrong-type', '$schema']]);
    const schema = JSON.parse(readFileSync(new URL('../../schema/organization.schema.json', import.meta.url), 'utf8'));
    expect(schema.properties.$schema.type).toBe('string');
  });
});
