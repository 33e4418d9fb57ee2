/**
 * `integrity-risk lists <file|->`: the power list (权力清单) and the responsibility list (责任清单)
 * of a document, in Markdown, HTML, CSV, an Excel workbook or a Word document.
 */
import { listsCsv, listsDocx, listsHtml, listsMarkdown, listsXlsx, powerAndResponsibilityLists } from '../../render/lists.js';
import { EXIT } from '../errors.js';
import { readDocument, Report } from '../inputs.js';
import { CLI_MESSAGES } from '../messages.js';
import type { Command } from '../program.js';

/** The writers of text, by format name. */
const WRITERS = {
  md: listsMarkdown,
  html: listsHtml,
  csv: listsCsv,
} as const;

/** The writers of binary packages, by format name. */
const PACKAGE_WRITERS = {
  xlsx: listsXlsx,
  docx: listsDocx,
} as const;

type Format = keyof typeof WRITERS | keyof typeof PACKAGE_WRITERS;
const FORMATS = [...Object.keys(WRITERS), ...Object.keys(PACKAGE_WRITERS)] as Format[];
const isPackage = (format: Format): format is keyof typeof PACKAGE_WRITERS => format in PACKAGE_WRITERS;

/** The `lists` command. */
export const listsCommand: Command = {
  name: 'lists',
  summary: CLI_MESSAGES['lists-short'],
  description: CLI_MESSAGES['lists-help'],
  usage: '<file|-> [--format md|html|csv|xlsx|docx] [--locale zh-CN|zh-TW|en] [-o <file>] [--quiet]',
  argumentsHelp: [CLI_MESSAGES['file-argument']],
  examples: ['lists unit.json', 'lists unit.json --format html -o 权力清单.html', 'lists unit.json --format docx -o 权力清单和责任清单.docx'],
  positionals: { min: 1, max: 1, name: '<file|->' },
  output: true,
  flags: [{ name: 'format', short: 'f', value: { name: '<md|html|csv|xlsx|docx>', allowed: FORMATS }, help: CLI_MESSAGES['help-format-lists'] }],
  async run(ctx) {
    const format = (ctx.flags['format'] ?? 'md') as Format;
    const report = new Report();
    const doc = await readDocument(ctx, ctx.args[0]!, report);
    report.print(ctx);
    if (doc === undefined) return EXIT.invalidData;
    const lists = powerAndResponsibilityLists(doc, ctx.locale);
    if (isPackage(format)) await ctx.writeBytes(PACKAGE_WRITERS[format](lists));
    else await ctx.writeChunks([WRITERS[format](lists)]);
    return EXIT.ok;
  },
};
