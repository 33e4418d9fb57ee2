/**
 * `integrity-risk import <sheet.csv|->`: turns a filled-in CSV sheet into an organization document.
 */
import { importCsv } from '../../render/csv-import.js';
import { EXIT } from '../errors.js';
import { Report } from '../inputs.js';
import { CLI_MESSAGES } from '../messages.js';
import type { Command } from '../program.js';

/** The `import` command. */
export const importCommand: Command = {
  name: 'import',
  summary: CLI_MESSAGES['import-short'],
  description: CLI_MESSAGES['import-help'],
  usage: '<sheet.csv|-> [-o <file>] [--locale zh-CN|zh-TW|en] [--quiet]',
  argumentsHelp: [CLI_MESSAGES['csv-argument']],
  examples: ['import sheet.csv -o unit.json', 'catalog unit.json --format csv | integrity-risk import -'],
  positionals: { min: 1, max: 1, name: '<sheet.csv|->' },
  output: true,
  flags: [],
  async run(ctx) {
    const result = importCsv(await ctx.readText(ctx.args[0]!));
    const report = new Report();
    report.add(ctx, result.problems);
    report.print(ctx);
    if (!result.ok) return EXIT.invalidData;
    await ctx.write(`${JSON.stringify(result.value, null, 2)}\n`);
    return EXIT.ok;
  },
};
