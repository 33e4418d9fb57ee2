/**
 * Writes the JSON Schemas in schema/ from the inputs' descriptions (`npm run schema`): the
 * organization document, the scoring model, the template library and the finding settings.
 * The test suite checks that each committed file equals what this script writes.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { settingsJsonSchema } from '../src/findings/settings.js';
import { templatesJsonSchema } from '../src/measures/user.js';
import { modelJsonSchema } from '../src/scoring/validate-model.js';
import { documentJsonSchema } from '../src/validate/document.js';
import type { JsonSchema } from '../src/validate/json-schema.js';

/** Each shipped schema file (under schema/) and the function that derives it. */
export const SCHEMAS = {
  'organization.schema.json': documentJsonSchema,
  'model.schema.json': modelJsonSchema,
  'templates.schema.json': templatesJsonSchema,
  'settings.schema.json': settingsJsonSchema,
} as const satisfies Readonly<Record<string, () => JsonSchema>>;

/** The name of a shipped schema file. */
export type SchemaFile = keyof typeof SCHEMAS;

/** A schema file's text: two-space JSON with a final newline. */
export function schemaText(file: SchemaFile = 'organization.schema.json'): string {
  return `${JSON.stringify(SCHEMAS[file](), null, 2)}\n`;
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const file of Object.keys(SCHEMAS) as SchemaFile[]) {
    const target = fileURLToPath(new URL(`../schema/${file}`, import.meta.url));
    writeFileSync(target, schemaText(file));
    process.stdout.write(`wrote ${target}\n`);
  }
}
