/**
 * `integrity-risk import <sheet.csv|->`: turns a filled-in CSV sheet into an organization document.
 */
import { importCsv } from '../../read/csv-import.js';
import { importXlsx } from '../../read/xlsx-import.js';
import { stringifyAt } from '../../render/json.js';
import { EXIT } from '../errors.js';
import { Report } from '../inputs.js';
import { CLI_MESSAGES } from '../messages.js';
import type { Command } from '../program.js';
import { suggestDocumentRatings } from '../../factors/suggest.js';
import type { OrganizationDocument } from '../../model/document.js';

/** Whether bytes begin as a ZIP archive (a .xlsx) does: `PK\x03\x04`. */
function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/**
 * `JSON.stringify(doc, null, 2)` and a newline, post by post: the same bytes, never one string as
 * large as the document.
 */
export function* documentJsonChunks(doc: OrganizationDocument): Generator<string, void, undefined> {
  const frame = JSON.stringify({ ...doc, posts: [] }, null, 2);
  // Only the top-level key sits at the start of a line with two spaces: inside strings quotes are escaped.
  const at = frame.indexOf('\n  "posts": []');
  if (at < 0 || doc.posts.length === 0) {
    yield `${JSON.stringify(doc, null, 2)}\n`;
    return;
  }
  const key = '\n  "posts": ['.length;
  yield frame.slice(0, at + key);
  let first = true;
  for (const post of doc.posts) {
    yield `${first ? '' : ','}\n    ${stringifyAt(post, 2)}`;
    first = false;
  }
  yield `\n  ]${frame.slice(at + key + 1)}\n`;
}

/** The `import` command. */
export const importCommand: Command = {
  name: 'import',
  summary: CLI_MESSAGES['import-short'],
  description: CLI_MESSAGES['import-help'],
  usage: '<sheet.csv|sheet.xlsx|-> [-o <file>] [--suggest-ratings] [--locale zh-CN|zh-TW|en] [--quiet]',
  argumentsHelp: [CLI_MESSAGES['csv-argument']],
  examples: ['import sheet.csv -o unit.json', 'import 填报表.xlsx -o unit.json', 'import sheet.csv --suggest-ratings -o unit.json', 'catalog unit.json --format csv | integrity-risk import -'],
  positionals: { min: 1, max: 1, name: '<sheet.csv|sheet.xlsx|->' },
  output: true,
  flags: [{ name: 'suggest-ratings', help: CLI_MESSAGES['help-import-suggest-ratings'] }],
  async run(ctx) {
    const arg = ctx.args[0]!;
    const bytes = await ctx.readBytes(arg);
    // A workbook is recognised by its content, so `-` and any file name work alike.
    // A CSV is read in pieces: a sheet of a province-wide platform can be larger than one string can hold.
    const result = isZip(bytes) ? await importXlsx(bytes) : importCsv(ctx.textChunksOf(bytes, arg));
    const report = new Report();
    report.add(ctx, result.problems);
    report.print(ctx);
    if (!result.ok) return EXIT.invalidData;
    let doc = result.value;
    if (ctx.flags['suggest-ratings'] === true) {
      // A mark on the document, not ratings written into it: given and suggested stay apart, and
      // the suggestions follow the text as the committee edits it.
      const { posts, ...header } = doc;
      doc = { ...header, suggestRatings: true, posts };
      if (!ctx.quiet) ctx.io.stderr(`${ctx.text('import-suggested', suggestDocumentRatings(doc).counts)}\n`);
    }
    await ctx.writeChunks(documentJsonChunks(doc));
    return EXIT.ok;
  },
};
