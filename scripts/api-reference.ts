/**
 * The README's API reference: the names of src/index.ts by stage, values then types, as Markdown.
 * The export-list test keeps docs/readme/api.md equal to it (`npm run golden` rewrites it).
 */
import type { ApiExport } from './api-stages.mjs';
import { STAGES } from './api-stages.mjs';

/**
 * The reference block (between its markers).
 * @param exports - the exports of src/index.ts, in order
 * @returns Markdown, ending with a newline
 */
export function apiReference(exports: readonly ApiExport[]): string {
  const code = (names: readonly string[]): string => names.map((n) => `\`${n}\``).join(', ');
  return STAGES.map((stage) => {
    const of = exports.filter((e) => e.stage === stage);
    const values = of.filter((e) => !e.type).map((e) => e.name);
    const types = of.filter((e) => e.type).map((e) => e.name);
    return `- **${stage}**: ${code(values)}\n  - types: ${code(types)}\n`;
  }).join('');
}
