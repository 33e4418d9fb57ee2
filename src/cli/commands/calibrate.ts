/**
 * `integrity-risk calibrate <graded.json>… [--method weighted|matrix|count] [--folds K] [--format json|md] [-o model.json]`:
 * fits a scoring model to the published levels of graded documents and reports how well it agrees.
 */
import type { OrganizationDocument } from '../../model/document.js';
import { renderCalibrationMarkdown } from '../../render/calibration.js';
import { CALIBRATION_METHODS, calibrate, type CalibrationMethod } from '../../scoring/calibrate.js';
import { dataError, EXIT, usageError } from '../errors.js';
import { readDocument, Report } from '../inputs.js';
import { CLI_MESSAGES } from '../messages.js';
import type { Command } from '../program.js';

/** The `calibrate` command. */
export const calibrateCommand: Command = {
  name: 'calibrate',
  summary: CLI_MESSAGES['calibrate-short'],
  description: CLI_MESSAGES['calibrate-help'],
  usage: '<graded.json>… [--method weighted|matrix|count] [--folds K] [--format md|json] [-o model.json] [--locale zh-CN|zh-TW|en]',
  argumentsHelp: [CLI_MESSAGES['graded-argument']],
  examples: [
    'calibrate 去年评定.json',
    'calibrate 去年评定.json 前年评定.json --folds 5 -o model.json',
    'catalog unit.json --model model.json',
  ],
  positionals: { min: 1, max: 1000, name: '<graded.json>' },
  output: true,
  flags: [
    { name: 'method', value: { name: '<weighted|matrix|count>', allowed: CALIBRATION_METHODS }, help: CLI_MESSAGES['help-method'] },
    { name: 'folds', value: { name: '<K>' }, help: CLI_MESSAGES['help-folds'] },
    { name: 'format', short: 'f', value: { name: '<md|json>', allowed: ['md', 'json'] }, help: CLI_MESSAGES['help-format-calibrate'] },
  ],
  async run(ctx) {
    const method = (ctx.flags['method'] ?? 'weighted') as CalibrationMethod;
    const foldsFlag = ctx.flags['folds'];
    let folds = 5;
    if (foldsFlag !== undefined) {
      const text = String(foldsFlag);
      if (!/^\d{1,6}$/.test(text) || Number(text) < 2) throw usageError('bad-folds', { value: text }, 'calibrate');
      folds = Number(text);
    }
    const report = new Report();
    const docs: OrganizationDocument[] = [];
    let failed = false;
    for (const arg of ctx.args) {
      const doc = await readDocument(ctx, arg, report, ctx.args.length > 1 ? arg : undefined);
      if (doc === undefined) failed = true;
      else docs.push(doc);
    }
    report.print(ctx);
    if (failed) return EXIT.invalidData;
    if (!docs.some((d) => d.posts.some((p) => p.powers.some((w) => w.riskPoints.some((r) => r.publishedLevel !== undefined))))) {
      throw dataError('no-graded-rows');
    }
    const result = calibrate(docs, { method, folds });
    const text = ctx.flags['format'] === 'json' ? `${JSON.stringify(result, null, 2)}\n` : renderCalibrationMarkdown(result, ctx.locale);
    if (ctx.output === undefined) {
      ctx.io.stdout(text);
      return EXIT.ok;
    }
    // -o takes the model, a file `catalog --model` reads; the report still goes to standard output.
    await ctx.write(`${JSON.stringify(result.model, null, 2)}\n`);
    if (ctx.output !== '-') ctx.io.stdout(text);
    return EXIT.ok;
  },
};
