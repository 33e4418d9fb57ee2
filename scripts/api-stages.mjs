/**
 * Reads the public API's stages from src/index.ts: the exports between one `// @stage Name` line and
 * the next. Plain JavaScript so TypeDoc can load it as a plugin helper; the export-list test, the
 * README's API reference and the TypeDoc categories all read the list from here.
 */
import { readFileSync } from 'node:fs';

/** The stages, in the order the API lists them. */
export const STAGES = ['Document', 'Scoring', 'Findings', 'Measures', 'Catalog', 'Outputs', 'Inputs'];

/**
 * The exported names of an entry point, by stage.
 * @param {string} file - the entry point (src/index.ts)
 * @returns {{ stage: string, name: string, type: boolean, from: string }[]} every export in order
 */
export function apiExports(file) {
  const text = readFileSync(file, 'utf8');
  const out = [];
  let stage;
  // `export { a, b as c } from '…';` and `export type { … } from '…';`, over one or more lines.
  const re = /^\/\/ @stage (\w+)$|^export (type )?\{([^}]*)\} from '([^']+)';$/gm;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (m[1] !== undefined) {
      stage = m[1];
      continue;
    }
    if (stage === undefined) throw new Error(`${file}: an export before the first // @stage line`);
    for (const spec of m[3].split(',')) {
      const words = spec.trim().split(/\s+/).filter((w) => w !== '');
      if (words.length === 0) continue;
      const type = m[2] !== undefined || words[0] === 'type';
      const name = words[words.length - 1];
      out.push({ stage, name, type, from: m[4] });
    }
  }
  return out;
}
