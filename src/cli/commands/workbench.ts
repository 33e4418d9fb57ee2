/**
 * `integrity-risk workbench [-o <file>]`: writes the workbench page, the one-file offline web page
 * the build makes (`dist/workbench.html`), for people who do not use a terminal.
 */
import { dataError, EXIT } from '../errors.js';
import { CLI_MESSAGES } from '../messages.js';
import type { Command } from '../program.js';

/** The page's name in the build output. */
export const WORKBENCH_FILE = 'workbench.html';

/** The `workbench` command. */
export const workbenchCommand: Command = {
  name: 'workbench',
  summary: CLI_MESSAGES['workbench-short'],
  description: CLI_MESSAGES['workbench-help'],
  usage: '[-o <file>] [--locale zh-CN|zh-TW|en] [--quiet]',
  argumentsHelp: [],
  examples: ['workbench -o 工作台.html'],
  positionals: { min: 0, max: 0, name: '' },
  output: true,
  flags: [],
  async run(ctx) {
    const page = await ctx.io.readBuilt?.(WORKBENCH_FILE);
    if (page === undefined) throw dataError('workbench-not-built', { file: `dist/${WORKBENCH_FILE}` });
    await ctx.writeBytes(page);
    if (!ctx.quiet && ctx.output !== undefined && ctx.output !== '-') {
      const size = `${Math.round(page.length / 1024)} kB`;
      ctx.io.stderr(`${ctx.text('workbench-written', { file: ctx.output, size })}\n`);
    }
    return EXIT.ok;
  },
};
