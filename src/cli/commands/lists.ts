/**
 * `integrity-risk lists <file|->`: the power list (权力清单) and the responsibility list (责任清单)
 * of a document, in Markdown, HTML or CSV.
 */
import { listsCsv, listsHtml, listsMarkdown, powerAndResponsibilityLists } from '../../render/lists.js';
import { EXIT } from '../errors.js';
import { readDocument, Report } from '../inputs.js';
import { CLI_MESSAGES } from '../messages.js';
import type { Command } from '../program.js';

/** The writers by format name. */
const WRITERS = {
  md: listsMarkdown,
  html: listsHtml,
  csv: listsCsv,
} as const;

type Format = keyof typeof WRITERS;
const FORMATS = Object.keys(WRITERS) as Format[];

/** The `lists` command. */
export const listsCommand: Command = {
  name: 'lists',
  summary: CLI_MESSAGES['lists-short'],
  description: CLI_MESSAGES['lists-help'],
  usage: '<file|-> [--format md|html|csv] [--locale zh-CN|zh-TW|en] [-o <file>] [--quiet]',
  argumentsHelp: [CLI_MESSAGES['file-argument']],
  examples: ['lists unit.json', 'lists unit.json --format html -o 权力清单.html'],
  positionals: { min: 1, max: 1, name: '<file|->' },
  output: true,
  flags: [{ name: 'format', short: 'f', value: { name: '<md|html|csv>', allowed: FORMATS }, help: CLI_MESSAGES['help-format-lists'] }],
  async run(ctx) {
    const format = (ctx.flags['format'] ?? 'md') as Format;
    const report = new Report();
    const doc = await readDocument(ctx, ctx.args[0]!, report);
    report.print(ctx);
    if (doc === undefined) return EXIT.invalidData;
    await ctx.writeChunks([WRITERS[format](powerAndResponsibilityLists(doc, ctx.locale))]);
    return EXIT.ok;
  },
};
