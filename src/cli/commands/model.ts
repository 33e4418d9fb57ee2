/**
 * `integrity-risk model [--id <id>]`: prints a shipped scoring model as JSON, to copy and edit.
 */
import { EXAMPLE_MODELS } from '../../scoring/defaults.js';
import { EXIT } from '../errors.js';
import { CLI_MESSAGES } from '../messages.js';
import type { Command } from '../program.js';

/** The `model` command. */
export const modelCommand: Command = {
  name: 'model',
  summary: CLI_MESSAGES['model-short'],
  description: CLI_MESSAGES['model-help'],
  usage: `[--id ${Object.keys(EXAMPLE_MODELS).join('|')}] [-o <file>]`,
  argumentsHelp: [],
  examples: ['model -o my-model.json', 'model --id university-count', 'catalog unit.json --model my-model.json'],
  positionals: { min: 0, max: 0, name: '' },
  output: true,
  flags: [{ name: 'id', value: { name: '<id>', allowed: Object.keys(EXAMPLE_MODELS) }, help: CLI_MESSAGES['help-model-id'] }],
  async run(ctx) {
    const id = typeof ctx.flags['id'] === 'string' ? ctx.flags['id'] : 'default';
    await ctx.write(`${JSON.stringify(EXAMPLE_MODELS[id], null, 2)}\n`);
    return EXIT.ok;
  },
};
