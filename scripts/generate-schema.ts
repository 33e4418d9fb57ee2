/**
 * Writes the JSON Schemas in schema/ (`npm run schema`): of the inputs, from their descriptions (the
 * organization document, the scoring model, the template library and the finding settings), and of
 * the output, the JSON catalog in its two forms (every locale, one locale).
 * The test suite checks that each committed file equals what this script writes.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { settingsJsonSchema } from '../src/findings/settings.js';
import { templatesJsonSchema } from '../src/measures/user.js';
import { modelJsonSchema } from '../src/scoring/validate-model.js';
import { documentJsonSchema } from '../src/validate/document.js';
import type { JsonSchema } from '../src/validate/json-schema.js';
import { catalogJsonSchema } from '../src/render/json-schema.js';

/** Each shipped schema file (under schema/) and the function that derives it. */
export const SCHEMAS = {
  'organization.schema.json': documentJsonSchema,
  'model.schema.json': modelJsonSchema,
  'templates.schema.json': templatesJsonSchema,
  'settings.schema.json': settingsJsonSchema,
} as const satisfies Readonly<Record<string, () => JsonSchema>>;

/** The name of a shipped schema file of an input. */
export type SchemaFile = keyof typeof SCHEMAS;

/** Each shipped schema file of an output (under schema/) and the function that derives it. */
export const OUTPUT_SCHEMAS = {
  'catalog.schema.json': () => catalogJsonSchema('every-locale'),
  'catalog.one-locale.schema.json': () => catalogJsonSchema('one-locale'),
} as const satisfies Readonly<Record<string, () => JsonSchema>>;

/** The name of a shipped schema file of an output. */
export type OutputSchemaFile = keyof typeof OUTPUT_SCHEMAS;

const ALL: Readonly<Record<SchemaFile | OutputSchemaFile, () => JsonSchema>> = { ...SCHEMAS, ...OUTPUT_SCHEMAS };

/** A schema file's text: two-space JSON with a final newline. */
export function schemaText(file: SchemaFile | OutputSchemaFile = 'organization.schema.json'): string {
  return `${JSON.stringify(ALL[file](), null, 2)}\n`;
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const file of Object.keys(ALL) as (SchemaFile | OutputSchemaFile)[]) {
    const target = fileURLToPath(new URL(`../schema/${file}`, import.meta.url));
    writeFileSync(target, schemaText(file));
    process.stdout.write(`wrote ${target}\n`);
  }
}
