/**
 * `integrity-risk sheet [--format xlsx|csv]`: writes the blank fill-in sheet a unit starts from:
 * the input columns, one example row, and in the workbook dropdowns, instructions and the rating guide.
 */
import { catalogSource } from '../../catalog/build.js';
import { renderSheetCsv, renderSheetXlsx, sheetExample } from '../../render/sheet.js';
import { EXIT } from '../errors.js';
import { CLI_MESSAGES } from '../messages.js';
import type { Command } from '../program.js';

const FORMATS = ['xlsx', 'csv'] as const;

/** The `sheet` command. */
export const sheetCommand: Command = {
  name: 'sheet',
  summary: CLI_MESSAGES['sheet-short'],
  description: CLI_MESSAGES['sheet-help'],
  usage: '[--format xlsx|csv] [--locale zh-CN|zh-TW|en] [-o <file>]',
  argumentsHelp: [],
  examples: ['sheet -o 填报表.xlsx', 'sheet --format csv --locale en -o sheet.csv', 'import 填报表.xlsx -o unit.json'],
  positionals: { min: 0, max: 0, name: '' },
  output: true,
  flags: [{ name: 'format', short: 'f', value: { name: '<xlsx|csv>', allowed: FORMATS }, help: CLI_MESSAGES['help-format-sheet'] }],
  async run(ctx) {
    const format = ctx.flags['format'] === 'csv' ? 'csv' : 'xlsx';
    // The example row goes through the same pipeline as any document, so it shows what import reads.
    const example = catalogSource(sheetExample(ctx.locale));
    if (format === 'csv') await ctx.writeChunks([renderSheetCsv(example, ctx.locale)]);
    else await ctx.writeBytes(renderSheetXlsx(example, ctx.locale));
    return EXIT.ok;
  },
};
