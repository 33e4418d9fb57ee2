/**
 * `integrity-risk templates`: lists the measure templates, filtered by phase, kind and power
 * category, as a table or as JSON.
 */
import type { Locale, LocalizedText } from '../../i18n/locale.js';
import { filterTemplates, type TemplateFilter } from '../../measures/filter.js';
import { DEFAULT_LIBRARY } from '../../measures/library.js';
import { MEASURE_KIND_LABELS } from '../../measures/messages.js';
import type { MeasureKind, MeasureTemplate } from '../../measures/types.js';
import { resolveTemplates } from '../../measures/user.js';
import { OWNER_TIER_LABELS, type Phase, PHASE_LABELS, POWER_CATEGORIES, type PowerCategory } from '../../model/enums.js';
import { EXIT } from '../errors.js';
import { Report } from '../inputs.js';
import { CLI_MESSAGES } from '../messages.js';
import type { Command, CommandContext } from '../program.js';

const labelOf = (terms: readonly { readonly id: string; readonly label: LocalizedText }[], id: string, locale: Locale): string =>
  terms.find((t) => t.id === id)?.label[locale] ?? id;

/**
 * Columns a character takes in a terminal: East Asian wide and full-width characters take two.
 * @param text - the text
 * @returns its width
 */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    const wide =
      (c >= 0x1100 && c <= 0x115f) ||
      (c >= 0x2e80 && c <= 0xa4cf && c !== 0x303f) ||
      (c >= 0xac00 && c <= 0xd7a3) ||
      (c >= 0xf900 && c <= 0xfaff) ||
      (c >= 0xfe30 && c <= 0xfe4f) ||
      (c >= 0xff00 && c <= 0xff60) ||
      (c >= 0xffe0 && c <= 0xffe6) ||
      (c >= 0x1f300 && c <= 0x1faff) ||
      (c >= 0x20000 && c <= 0x3fffd);
    width += wide ? 2 : 1;
  }
  return width;
}

function pad(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

/** The table: one row per template, the title last so it needs no padding. */
function table(templates: readonly MeasureTemplate[], ctx: CommandContext): string {
  const { locale } = ctx;
  const head = [ctx.text('col-id'), ctx.text('col-phase'), ctx.text('col-kind'), ctx.text('col-owner'), ctx.text('col-title')];
  const rows = templates.map((t) => [
    t.id,
    labelOf(PHASE_LABELS, t.phase, locale),
    labelOf(MEASURE_KIND_LABELS, t.kind, locale),
    labelOf(OWNER_TIER_LABELS, t.owner, locale),
    t.title[locale],
  ]);
  const widths = head.slice(0, -1).map((h, i) => Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[i]!))));
  const line = (cells: readonly string[]): string =>
    [...cells.slice(0, -1).map((c, i) => pad(c, widths[i]!)), cells.at(-1)!].join('  ').trimEnd();
  return [line(head), ...rows.map(line), '', ctx.text('templates-count', { count: templates.length }), ''].join('\n');
}

/** The `templates` command. */
export const templatesCommand: Command = {
  name: 'templates',
  summary: CLI_MESSAGES['templates-short'],
  description: CLI_MESSAGES['templates-help'],
  usage: '[--phase before|during|after] [--kind <kind>] [--category <category>] [--templates <file>] [--format text|json] [--locale zh-CN|zh-TW|en] [-o <file>]',
  argumentsHelp: [],
  examples: ['templates --phase during --category procurement', 'templates --kind openness --locale en', 'templates --format json -o templates.json'],
  positionals: { min: 0, max: 0, name: '' },
  output: true,
  flags: [
    // Ids or labels in any locale, as documents write them (`--category 财务资金`).
    { name: 'phase', value: { name: '<phase>', terms: PHASE_LABELS }, help: CLI_MESSAGES['help-phase'] },
    { name: 'kind', value: { name: '<kind>', terms: MEASURE_KIND_LABELS }, help: CLI_MESSAGES['help-kind'] },
    { name: 'category', value: { name: '<category>', terms: POWER_CATEGORIES }, help: CLI_MESSAGES['help-category'] },
    { name: 'templates', value: { name: '<file.json>' }, help: CLI_MESSAGES['templates-help-library'] },
    { name: 'format', short: 'f', value: { name: '<text|json>', allowed: ['text', 'json'] }, help: CLI_MESSAGES['help-format-templates'] },
  ],
  async run(ctx) {
    let library = DEFAULT_LIBRARY;
    const file = ctx.flags['templates'];
    if (typeof file === 'string') {
      const resolved = resolveTemplates(await ctx.readJson(file));
      const report = new Report();
      report.add(ctx, resolved.problems, file);
      report.print(ctx);
      if (!resolved.ok) return EXIT.invalidData;
      library = resolved.value;
    }
    // The dispatcher turned each into the id of its term.
    const filter: TemplateFilter = {
      ...(typeof ctx.flags['phase'] === 'string' ? { phase: ctx.flags['phase'] as Phase } : {}),
      ...(typeof ctx.flags['kind'] === 'string' ? { kind: ctx.flags['kind'] as MeasureKind } : {}),
      ...(typeof ctx.flags['category'] === 'string' ? { category: ctx.flags['category'] as PowerCategory } : {}),
    };
    const templates = filterTemplates(filter, library);
    await ctx.write(ctx.flags['format'] === 'json' ? `${JSON.stringify(templates, null, 2)}\n` : table(templates, ctx));
    return EXIT.ok;
  },
};
