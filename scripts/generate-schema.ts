/**
 * Writes schema/organization.schema.json from the document's description (`npm run schema`).
 * The test suite checks that the committed file equals what this script writes.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { documentJsonSchema } from '../src/validate/document.js';

/** The schema file's text: two-space JSON with a final newline. */
export function schemaText(): string {
  return `${JSON.stringify(documentJsonSchema(), null, 2)}\n`;
}

const target = fileURLToPath(new URL('../schema/organization.schema.json', import.meta.url));

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(target, schemaText());
  process.stdout.write(`wrote ${target}\n`);
}
