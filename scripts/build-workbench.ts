/**
 * Builds dist/workbench.html: the workbench page (src/workbench/) with the library bundled into
 * one self-contained HTML file. esbuild bundles and minifies the script; the style sheet and the
 * script are inlined; a content security policy forbids the page every network request. Run by
 * `npm run build` (after tsc) and by the test setup.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { LEVEL_COLORS, LOCALES } from '../src/index.js';
import { WORDS } from '../src/workbench/words.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Where the page is written, from the repository root. */
export const WORKBENCH_PATH = 'dist/workbench.html';

/** The most bytes the page may have (issue 16: under 600 kB). */
export const WORKBENCH_MAX_BYTES = 600 * 1024;

/**
 * No fetch of any kind: scripts and styles only inline, images only from data: and blob: (the
 * browser's own downloads), no connections, no frames, no forms sent anywhere.
 */
const CSP = [
  "default-src 'none'",
  "script-src 'unsafe-inline'",
  "style-src 'unsafe-inline'",
  'img-src data: blob:',
  "connect-src 'none'",
  "form-action 'none'",
  "base-uri 'none'",
].join('; ');

/**
 * Text made safe inside an HTML element whose content is raw text (`<script>`, `<style>`): a
 * `</script` (or `</style`) would end it early and a `<!--` would change how it is parsed. Both
 * occur only inside string and regular-expression literals of the bundle (the library's XML
 * reader looks for `<!--`), where `\x3C` means `<`; the style sheet has neither.
 */
function rawText(text: string, tag: 'script' | 'style'): string {
  const out = tag === 'script' ? text.replace(/<(?=\/script|!--)/gi, '\\x3C') : text;
  if (new RegExp(`</${tag}|<!--`, 'i').test(out)) throw new Error(`the ${tag} still holds "</${tag}" or "<!--"`);
  return out;
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * Builds the page.
 * @param root - the repository root
 * @returns the page's size in bytes
 */
export async function buildWorkbench(root: string = ROOT): Promise<number> {
  const result = await build({
    entryPoints: [`${root}src/workbench/main.ts`],
    bundle: true,
    minify: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    charset: 'utf8',
    legalComments: 'none',
    write: false,
    logLevel: 'warning',
  });
  const script = result.outputFiles[0]!.text;
  const colors = Object.entries(LEVEL_COLORS)
    .map(([level, c]) => `--${level}-fill:${c.fill};--${level}-ink:${c.ink};--${level}-tint:${c.tint};`)
    .join('');
  const css = `:root{${colors}}\n${readFileSync(`${root}src/workbench/style.css`, 'utf8')}`;
  const noscript = LOCALES.map((l) => `<p lang="${l}">${escapeHtml(WORDS.noscript[l])}</p>`).join('');
  const page = [
    '<!doctype html>',
    '<html lang="zh-CN">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${CSP}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(WORDS.appTitle['zh-CN'])}</title>`,
    `<style>${rawText(css, 'style')}</style>`,
    '</head>',
    '<body>',
    `<noscript>${noscript}</noscript>`,
    '<div id="app"></div>',
    `<script>${rawText(script, 'script')}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
  mkdirSync(`${root}dist`, { recursive: true });
  writeFileSync(`${root}${WORKBENCH_PATH}`, page);
  const size = Buffer.byteLength(page);
  if (size > WORKBENCH_MAX_BYTES) throw new Error(`${WORKBENCH_PATH} is ${size} bytes, over the ${WORKBENCH_MAX_BYTES}-byte limit`);
  return size;
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  const size = await buildWorkbench();
  console.log(`${WORKBENCH_PATH}: ${Math.round(size / 1024)} kB`);
}
