/**
 * The JSON Schemas shipped in schema/: each is what its declaration generates, compiles under a
 * strict draft 2020-12 validator (Ajv), and accepts what the library's own validator accepts.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { SCHEMAS, schemaText, type SchemaFile } from '../../scripts/generate-schema.js';
import { DEFAULT_FINDING_SETTINGS, validateFindingSettings } from '../../src/findings/settings.js';
import { resolveTemplates } from '../../src/measures/user.js';
import { BUILTIN_TEMPLATES } from '../../src/measures/templates.js';
import { DEFAULT_MODEL, EXAMPLE_MODELS } from '../../src/scoring/defaults.js';
import { validateModel } from '../../src/scoring/validate-model.js';
import { validateDocument } from '../../src/validate/document.js';
import type { Checked } from '../../src/validate/problem.js';
import { modelArb } from '../support/model-arbitraries.js';
import { USER_FINDING_SETTINGS, USER_TEMPLATE_LIBRARY } from '../robustness/support.js';

const FILES = Object.keys(SCHEMAS) as SchemaFile[];

function compile(file: SchemaFile) {
  // strictRequired is off only because `anyOf: [{ required: [...] }]` names properties its parent
  // object defines (the document's tenureYears/holderSince), which is valid 2020-12 Ajv flags anyway.
  const ajv = new Ajv2020({ strict: true, strictRequired: false, allErrors: true });
  // The only format the generator emits; Ajv refuses unknown formats in strict mode.
  ajv.addFormat('date', /^\d{4}-\d{2}-\d{2}$/);
  return ajv.compile(SCHEMAS[file]());
}

/** JSON blocks of a README chapter, in order. */
function jsonBlocks(chapter: string): unknown[] {
  const text = readFileSync(new URL(`../../docs/readme/${chapter}`, import.meta.url), 'utf8');
  return [...text.matchAll(/```json\n([\s\S]*?)```/g)].map((m) => JSON.parse(m[1] ?? '') as unknown);
}

const VALIDATORS: Readonly<Record<SchemaFile, (input: unknown) => Checked<unknown>>> = {
  'organization.schema.json': validateDocument,
  'model.schema.json': validateModel,
  'templates.schema.json': (input) => resolveTemplates(input),
  'settings.schema.json': validateFindingSettings,
};

const documentExamples = ['county-bureau', 'county-bureau-2025', 'oilfield-service-center', 'university'].map(
  (name) => JSON.parse(readFileSync(new URL(`../../examples/${name}.json`, import.meta.url), 'utf8')) as unknown,
);

/** The shipped examples of each input: built-in data, the README's examples, the example files. */
const SHIPPED: Readonly<Record<SchemaFile, readonly unknown[]>> = {
  'organization.schema.json': documentExamples,
  'model.schema.json': [DEFAULT_MODEL, ...Object.values(EXAMPLE_MODELS), jsonBlocks('scoring.md')[0]],
  'templates.schema.json': [USER_TEMPLATE_LIBRARY, jsonBlocks('measures.md')[0], { add: [], override: [{ id: 'power-list', indicator: null }] }],
  'settings.schema.json': [DEFAULT_FINDING_SETTINGS, USER_FINDING_SETTINGS, jsonBlocks('measures.md')[1], {}],
};

describe('shipped JSON Schemas', () => {
  it.each(FILES)('schema/%s is the one its declaration generates (run `npm run schema`)', (file) => {
    const committed = readFileSync(new URL(`../../schema/${file}`, import.meta.url), 'utf8');
    expect(committed).toBe(schemaText(file));
  });

  it.each(FILES)('%s compiles under strict draft 2020-12', (file) => {
    expect(SCHEMAS[file]()['$schema']).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(() => compile(file)).not.toThrow();
  });

  it.each(FILES)('%s accepts every shipped example the validator accepts', (file) => {
    const schema = compile(file);
    for (const example of SHIPPED[file]) {
      expect(VALIDATORS[file](example).ok).toBe(true);
      expect(schema(example), JSON.stringify(schema.errors)).toBe(true);
    }
  });

  it('no drift: every valid model the generator makes passes the model schema', () => {
    const schema = compile('model.schema.json');
    fc.assert(
      fc.property(modelArb, (model) => {
        expect(schema(model), JSON.stringify(schema.errors)).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it('no drift: the built-in templates, written as a library file, pass the templates schema', () => {
    expect(compile('templates.schema.json')({ add: BUILTIN_TEMPLATES.map((t) => ({ ...t, id: `x-${t.id}` })) })).toBe(true);
  });

  it.each(FILES)('agreement on arbitrary JSON: whatever %s rejects, the validator rejects', (file) => {
    const schema = compile(file);
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), (value) => {
        if (!schema(value)) expect(VALIDATORS[file](value).ok).toBe(false);
      }),
      { numRuns: 200 },
    );
  });

  it('a structural error the validator reports, the schema reports too', () => {
    const model = compile('model.schema.json');
    expect(model({ ...DEFAULT_MODEL, bands: [{ level: 'severe', from: 0, to: 100 }] })).toBe(false);
    const templates = compile('templates.schema.json');
    expect(templates({ add: [{ ...USER_TEMPLATE_LIBRARY.add?.[0], id: 'Bad Id' }] })).toBe(false);
    const settings = compile('settings.schema.json');
    expect(settings({ rotationYears: -1 })).toBe(false);
  });
});
