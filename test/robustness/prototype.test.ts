/**
 * Issue 7, point 4: keys `__proto__`, `constructor` and `prototype` never change
 * `Object.prototype`. The document's own keys are covered by test/validate/hostile.test.ts; here
 * the other inputs (scoring models, template libraries, finding settings, CSV headers), the same
 * words as values (ids, departments, steps) through the whole pipeline, and caller objects that
 * skip validation.
 */
import { afterEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildCatalog, catalogSource } from '../../src/catalog/build.js';
import { DEFAULT_FINDING_SETTINGS, validateFindingSettings } from '../../src/findings/settings.js';
import { resolveTemplates } from '../../src/measures/user.js';
import { importCsv } from '../../src/read/csv-import.js';
import { parseCsvRecords } from '../../src/read/csv-parse.js';
import { renderCsv } from '../../src/render/csv.js';
import { DEFAULT_MODEL, MATRIX_5X5_MODEL, UNIVERSITY_COUNT_MODEL } from '../../src/scoring/defaults.js';
import { validateModel } from '../../src/scoring/validate-model.js';
import { parseDocument, validateDocument } from '../../src/validate/document.js';
import type { Checked } from '../../src/validate/problem.js';
import { deepFreeze, prototypeIsClean } from '../support/hostile.js';
import {
  encodeCsv,
  example,
  exampleText,
  expectSoundOutcome,
  expectWellFormed,
  reachable,
  runPipeline,
  USER_FINDING_SETTINGS,
  USER_TEMPLATE_LIBRARY,
  withKeyInJson,
} from './support.js';

const TRIO = ['__proto__', 'constructor', 'prototype'] as const;
const trioArb = fc.constantFrom(...TRIO);

/** What an attacker puts under the key. */
const payloadArb = fc.constantFrom('{"polluted":true,"a":1,"id":"x"}', '{"prototype":{"polluted":true}}', '[{"polluted":true}]', '"polluted"', 'null', '1');

/** Every checker of JSON a user writes, with valid inputs to attack. */
const CHECKERS: readonly { readonly name: string; readonly check: (input: unknown) => Checked<unknown>; readonly texts: readonly string[] }[] = [
  { name: 'scoring model', check: validateModel, texts: [DEFAULT_MODEL, MATRIX_5X5_MODEL, UNIVERSITY_COUNT_MODEL].map((m) => JSON.stringify(m)) },
  { name: 'template library', check: (input) => resolveTemplates(input), texts: [JSON.stringify(USER_TEMPLATE_LIBRARY)] },
  { name: 'finding settings', check: validateFindingSettings, texts: [JSON.stringify(DEFAULT_FINDING_SETTINGS), JSON.stringify(USER_FINDING_SETTINGS)] },
  { name: 'organization document', check: validateDocument, texts: [exampleText('university')] },
];

const inputArb = fc
  .constantFrom(...CHECKERS.flatMap((c) => c.texts.map((text) => ({ checker: c, text }))))
  .chain(({ checker, text }) => fc.record({ checker: fc.constant(checker), text: fc.constant(text), key: trioArb, payload: payloadArb, pick: fc.nat() }));

/** Objects with a prototype other than the ordinary ones would mean an attacker's object was linked in. */
function expectPlainData(value: unknown): void {
  const ordinary = new Set<unknown>([Object.prototype, Array.prototype, Map.prototype, null]);
  for (const o of reachable(value)) {
    expect(ordinary.has(Object.getPrototypeOf(o))).toBe(true);
    for (const key of TRIO) if (!(o instanceof Map)) expect(Object.hasOwn(o, key)).toBe(false);
    expect('polluted' in o).toBe(false);
  }
}

const PROTO_WORD_DOCUMENT = {
  organization: '__proto__',
  posts: [
    {
      id: '__proto__',
      name: 'constructor',
      department: '__proto__',
      rank: 'principal',
      tenureYears: 9,
      factors: { importance: 5 },
      powers: [
        {
          id: 'constructor',
          name: 'prototype',
          category: 'finance',
          majorMatter: true,
          steps: ['__proto__', 'constructor', 'prototype', 'hasOwnProperty'],
          riskPoints: [
            { id: 'prototype', description: '__proto__', step: '__proto__', riskCategory: 'process', factors: { fundLinkage: 5, harm: 5, likelihood: 4 } },
            { id: 'toString', description: 'valueOf', step: 'constructor', riskCategory: 'moral', factors: { discretion: 4 }, controls: ['platform-trace'] },
          ],
        },
      ],
    },
    {
      id: 'hasOwnProperty',
      name: '__defineGetter__',
      department: 'constructor',
      rank: 'staff',
      tenureYears: 1,
      powers: [
        { id: 'valueOf', name: 'toString', category: 'approval', steps: ['prototype'], riskPoints: [{ id: '__defineGetter__', description: 'x', step: 'prototype', riskCategory: 'duty', factors: { discretion: 5, opacity: 5 } }] },
      ],
    },
  ],
};

afterEach(() => {
  expect(prototypeIsClean()).toBe(true);
});

describe('hostile input: prototype keys', () => {
  it('no pollution: a prototype key in any object of a model, template library, finding settings or document is reported at its path, or ignored as data', () => {
    fc.assert(
      fc.property(inputArb, ({ checker, text, key, payload, pick }) => {
        const clean = checker.check(JSON.parse(text));
        expect(clean.ok).toBe(true);
        const hostile = withKeyInJson(text, key, payload, pick);
        const result = checker.check(deepFreeze(JSON.parse(hostile)));
        expect(prototypeIsClean()).toBe(true);
        expectWellFormed(result.problems);
        const reported = result.problems.some((p) => p.path.split(/[.[\]"]/).includes(key));
        // Either the key is named in a problem, or it changed nothing (a text's extra key is skipped).
        if (!reported) expect(result.ok && result.value, `${checker.name}: ${hostile.slice(0, 200)}`).toEqual(clean.ok && clean.value);
        if (result.ok) expectPlainData(result.value);
      }),
      { numRuns: 300 },
    );
  });

  it('no pollution: models, libraries and settings with a prototype key are refused at its path, as a document is', () => {
    const hostile = (value: unknown): unknown => JSON.parse(withKeyInJson(JSON.stringify(value), '__proto__', '{"polluted":true}', 0));
    for (const [name, checked] of [
      ['model', validateModel(hostile(DEFAULT_MODEL))],
      ['templates', resolveTemplates(hostile(USER_TEMPLATE_LIBRARY))],
      ['settings', validateFindingSettings(hostile(USER_FINDING_SETTINGS))],
      ['document', validateDocument(hostile(PROTO_WORD_DOCUMENT))],
    ] as const) {
      expect(checked.ok, name).toBe(false);
      expect(checked.problems.filter((p) => p.severity === 'error').map((p) => [p.code, p.path]), name).toEqual([['forbidden-key', '__proto__']]);
    }
    expect(prototypeIsClean()).toBe(true);
  });

  it('prototype words as values: ids, names, departments, steps and the organization are plain data through every renderer and back through the CSV', () => {
    const outcome = runPipeline(deepFreeze(structuredClone(PROTO_WORD_DOCUMENT)));
    expect(outcome.valid).toBe(true);
    expectSoundOutcome(outcome);
    if (!outcome.valid) return;
    const json = JSON.parse(outcome.outputs.get('json.en')!) as { organization: string; posts: { id: string; department: string }[]; summary: { byDepartment: { department: string }[] } };
    expect(json.organization).toBe('__proto__');
    expect(json.posts.map((p) => p.id).sort()).toEqual(['__proto__', 'hasOwnProperty']);
    expect(json.summary.byDepartment.map((d) => d.department)).toEqual(['__proto__', 'constructor']);
    const catalog = buildCatalog(outcome.document);
    expect(catalog.summary.posts).toBe(2);
    expect(catalog.summary.riskPoints).toBe(3);
  });

  it('caller objects that skip validation: own prototype keys in settings and a model change no level, score, measure or finding', () => {
    const doc = parseDocument(PROTO_WORD_DOCUMENT);
    // As JSON.parse makes them: own properties named __proto__, never a changed prototype.
    const findingSettings = JSON.parse('{"__proto__":{"rotationYears":0,"auditYears":0,"polluted":true},"constructor":{"prototype":{"polluted":true}}}') as object;
    const model = structuredClone(DEFAULT_MODEL);
    for (const o of [model, model.weights, model.bands[0]!]) Object.defineProperty(o, '__proto__', { value: { method: 'count', harm: 100, level: 'high', polluted: true }, enumerable: true });
    const { model: _dirtyModel, ...dirty } = buildCatalog(doc, { findingSettings, model });
    const { model: _cleanModel, ...clean } = buildCatalog(doc, { model: DEFAULT_MODEL });
    expect(JSON.stringify(dirty)).toBe(JSON.stringify(clean));
  });

  it('no pollution: prototype words as extra CSV headers are unknown columns, ignored with a warning', () => {
    const rows = [...parseCsvRecords(renderCsv(catalogSource(parseDocument(example('university')))), [])].map((r) => [...r.cells]);
    const clean = importCsv(encodeCsv(rows));
    expect(clean.ok).toBe(true);
    fc.assert(
      fc.property(fc.uniqueArray(trioArb, { minLength: 1, maxLength: 3 }), fc.nat(), fc.constantFrom('polluted', '{"polluted":true}', ''), (headers, at, cell) => {
        const width = rows[0]!.length;
        const where = at % (width + 1);
        const sheet = rows.map((r, i) => [...r.slice(0, where), ...headers.map(() => (i === 0 ? '' : cell)), ...r.slice(where)]);
        headers.forEach((h, k) => (sheet[0]![where + k] = h));
        const result = importCsv(encodeCsv(sheet));
        expect(prototypeIsClean()).toBe(true);
        expect(result.problems.map((p) => `${p.severity} ${p.code}`)).toEqual(headers.map(() => 'warning csv-unknown-column'));
        expect(result.ok && result.value).toEqual(clean.ok && clean.value);
      }),
      { numRuns: 30 },
    );
  });

  it('no pollution: a header row made only of prototype words is a sheet with unknown columns and every required one missing', () => {
    const result = importCsv(`${TRIO.join(',')}\r\n1,2,3\r\n`);
    expect(result.ok).toBe(false);
    expect(new Set(result.problems.map((p) => `${p.severity} ${p.code}`))).toEqual(new Set(['warning csv-unknown-column', 'error csv-missing-column', 'error csv-orphan-row']));
    expectWellFormed(result.problems);
  });
});
