/**
 * `integrity-risk validate <file|->`: checks an organization document.
 */
import { CLI_MESSAGES } from '../messages.js';
import { validateDocument } from '../../validate/document.js';
import { EXIT } from '../errors.js';
import type { Command } from '../program.js';

/** The `validate` command. */
export const validateCommand: Command = {
  name: 'validate',
  summary: CLI_MESSAGES['validate-short'],
  description: CLI_MESSAGES['validate-summary-help'],
  usage: '<file|-> [--locale zh-CN|zh-TW|en] [--quiet]',
  argumentsHelp: [CLI_MESSAGES['file-argument']],
  examples: ['validate unit.json', 'validate - --locale en < unit.json'],
  positionals: { min: 1, max: 1, name: '<file|->' },
  output: false,
  flags: [],
  async run(ctx) {
    const arg = ctx.args[0]!;
    const source = arg === '-' ? CLI_MESSAGES.stdin[ctx.locale] : arg;
    const checked = validateDocument(await ctx.readJson(arg));
    if (!checked.ok) {
      const shown = ctx.quiet ? checked.problems.filter((p) => p.severity === 'error') : checked.problems;
      ctx.io.stderr(`${ctx.problemLines(shown).join('\n')}\n`);
      return EXIT.invalidData;
    }
    if (ctx.quiet) return EXIT.ok;
    if (checked.problems.length > 0) ctx.io.stderr(`${ctx.problemLines(checked.problems).join('\n')}\n`);
    let powers = 0;
    let riskPoints = 0;
    for (const post of checked.value.posts) {
      powers += post.powers.length;
      for (const power of post.powers) riskPoints += power.riskPoints.length;
    }
    const warnings = checked.problems.length;
    ctx.io.stdout(
      `${ctx.text('validate-summary', {
        source,
        posts: checked.value.posts.length,
        powers,
        riskPoints,
        warnings: warnings === 0 ? '' : ctx.text('validate-warnings', { count: warnings }),
      })}\n`,
    );
    return EXIT.ok;
  },
};
