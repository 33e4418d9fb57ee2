/**
 * `integrity-risk diff <old> <new>`: compares two assessment cycles of the same organization.
 */
import { catalogSource } from '../../catalog/build.js';
import { diffCatalogs } from '../../catalog/diff.js';
import { renderDiffMarkdown } from '../../render/diff-markdown.js';
import { EXIT, usageError } from '../errors.js';
import { asOfFlag, CATALOG_OPTION_FLAGS, readCatalogOptions, readDocument, Report, reportControls } from '../inputs.js';
import { CLI_MESSAGES } from '../messages.js';
import type { Command } from '../program.js';

/** The `diff` command. */
export const diffCommand: Command = {
  name: 'diff',
  summary: CLI_MESSAGES['diff-short'],
  description: CLI_MESSAGES['diff-help'],
  usage: '<old> <new> [--format json|md] [--locale zh-CN|zh-TW|en] [-o <file>] [--model <file|id>] [--templates <file>] [--settings <file>] [--as-of YYYY-MM-DD] [--quiet]',
  argumentsHelp: [CLI_MESSAGES['diff-old-argument'], CLI_MESSAGES['diff-new-argument']],
  examples: ['diff last-year.json this-year.json', 'diff last-year.json this-year.json --format md --locale en'],
  positionals: { min: 2, max: 2, name: '<new>' },
  output: true,
  flags: [
    { name: 'format', short: 'f', value: { name: '<json|md>', allowed: ['json', 'md'] }, help: CLI_MESSAGES['help-format-diff'] },
    ...CATALOG_OPTION_FLAGS,
  ],
  async run(ctx) {
    const [oldArg, newArg] = ctx.args as [string, string];
    if (oldArg === '-' && newArg === '-') throw usageError('stdin-twice', {}, 'diff');
    // A bad date is a usage error, reported before any file is read.
    asOfFlag(ctx, 'diff');
    const report = new Report();
    const before = await readDocument(ctx, oldArg, report, oldArg);
    const after = await readDocument(ctx, newArg, report, newArg);
    const read = await readCatalogOptions(ctx, 'diff', report);
    if (read !== undefined) {
      if (before !== undefined) reportControls(ctx, before, read.library, report, oldArg);
      if (after !== undefined) reportControls(ctx, after, read.library, report, newArg);
    }
    report.print(ctx);
    if (before === undefined || after === undefined || read === undefined) return EXIT.invalidData;
    const settings = read.options.findingSettings;
    const diff = diffCatalogs(catalogSource(before, read.options), catalogSource(after, read.options), settings === undefined ? {} : { findingSettings: settings });
    await ctx.write(ctx.flags['format'] === 'md' ? renderDiffMarkdown(diff, { locale: ctx.locale }) : `${JSON.stringify(diff, null, 2)}\n`);
    return EXIT.ok;
  },
};
