/**
 * `integrity-risk catalog <file|->`: validates a document and writes its post risk catalog in
 * one of the formats, as it is built.
 */
import type { Locale } from '../../i18n/locale.js';
import { catalogSource } from '../../catalog/build.js';
import type { CatalogSource } from '../../catalog/types.js';
import { renderCsvChunks } from '../../render/csv.js';
import { renderHtmlChunks } from '../../render/html.js';
import { renderJsonChunks } from '../../render/json.js';
import { renderMarkdownChunks } from '../../render/markdown.js';
import { renderCardsHtmlChunks, renderTableHtml, renderTableMarkdown } from '../../render/table-view.js';
import { renderXlsx } from '../../render/xlsx.js';
import { renderDocx } from '../../render/docx.js';
import { EXIT, usageError } from '../errors.js';
import { asOfFlag, CATALOG_OPTION_FLAGS, readCatalogOptions, readDocument, Report, reportControls } from '../inputs.js';
import { CLI_MESSAGES } from '../messages.js';
import type { Command, CommandContext } from '../program.js';

/** The renderers by format name. */
const RENDERERS = {
  json: (source: CatalogSource, locale: Locale) => renderJsonChunks(source, { locale }),
  md: (source: CatalogSource, locale: Locale) => renderMarkdownChunks(source, { locale }),
  csv: (source: CatalogSource, locale: Locale) => renderCsvChunks(source, { locale }),
  html: (source: CatalogSource, locale: Locale) => renderHtmlChunks(source, { locale }),
} as const;

/** The renderers of binary packages, by format name. */
const PACKAGE_RENDERERS = {
  xlsx: (source: CatalogSource, locale: Locale) => renderXlsx(source, { locale }),
  docx: (source: CatalogSource, locale: Locale) => renderDocx(source, { locale }),
} as const;

type Format = keyof typeof RENDERERS | keyof typeof PACKAGE_RENDERERS;
const FORMATS = [...Object.keys(RENDERERS), ...Object.keys(PACKAGE_RENDERERS)] as Format[];
const isPackage = (format: Format): format is keyof typeof PACKAGE_RENDERERS => format in PACKAGE_RENDERERS;

/** The views of a catalog (`--view`): the full report (the default), the 一览表, the post risk cards. */
const VIEW_NAMES = ['report', 'table', 'cards'] as const;
type View = (typeof VIEW_NAMES)[number];

/** Formats whose default output is the report view. */
const REPORT_FORMATS: readonly string[] = ['html', 'md'];

/** Renderers of the views other than each format's default. */
const VIEW_RENDERERS: Partial<Record<`${View}:${Format}`, (source: CatalogSource, locale: Locale) => Iterable<string>>> = {
  'table:html': (source, locale) => [renderTableHtml(source, { locale })],
  'table:md': (source, locale) => [renderTableMarkdown(source, { locale })],
  'cards:html': (source, locale) => renderCardsHtmlChunks(source, { locale }),
};

/** The renderer of a format in a view; a usage error when the format has no such view. */
function viewRenderer(format: keyof typeof RENDERERS, view: string | undefined): (source: CatalogSource, locale: Locale) => Iterable<string> {
  if (view === undefined) return RENDERERS[format];
  if (view === 'report' && REPORT_FORMATS.includes(format)) return RENDERERS[format];
  const render = VIEW_RENDERERS[`${view as View}:${format}`];
  if (render === undefined) throw usageError('view-format', { view, format }, 'catalog');
  return render;
}

/** Above this many risk points, progress is shown on standard error. */
export const PROGRESS_THRESHOLD = 10_000;

/** How many progress lines a large input shows (one every tenth of the posts). */
const PROGRESS_STEPS = 10;

/**
 * The same source, reporting after every `step` posts the renderer has taken (and after the last).
 */
function withProgress(source: CatalogSource, total: number, report: (done: number) => void): CatalogSource {
  const step = Math.max(1, Math.ceil(total / PROGRESS_STEPS));
  const posts = source.posts;
  return {
    ...source,
    posts: {
      *[Symbol.iterator]() {
        let done = 0;
        for (const post of posts) {
          yield post;
          done++;
          if (done % step === 0 || done === total) report(done);
        }
      },
    },
  };
}

function progressLine(ctx: CommandContext, done: number, total: number): void {
  const percent = total === 0 ? 100 : Math.floor((done * 100) / total);
  ctx.io.stderr(`${ctx.text('progress', { done, total, percent })}\n`);
}

/** The `catalog` command. */
export const catalogCommand: Command = {
  name: 'catalog',
  summary: CLI_MESSAGES['catalog-short'],
  description: CLI_MESSAGES['catalog-help'],
  usage: '<file|-> [--format json|md|csv|html|xlsx|docx] [--view report|table|cards] [--locale zh-CN|zh-TW|en] [-o <file>] [--model <file|id>] [--templates <file>] [--settings <file>] [--as-of YYYY-MM-DD] [--quiet]',
  argumentsHelp: [CLI_MESSAGES['file-argument']],
  examples: [
    'catalog unit.json --format html -o catalog.html',
    'catalog unit.json --format html --view table -o 一览表.html',
    'catalog unit.json --model university-count --format md --locale en',
    'catalog - --format csv < unit.json > catalog.csv',
    'catalog examples/county-bureau.json --format docx -o 一览表.docx',
    'catalog examples/county-bureau.json --format xlsx -o 一览表.xlsx',
  ],
  positionals: { min: 1, max: 1, name: '<file|->' },
  output: true,
  flags: [
    { name: 'format', short: 'f', value: { name: '<json|md|csv|html|xlsx|docx>', allowed: FORMATS }, help: CLI_MESSAGES['help-format-catalog'] },
    { name: 'view', value: { name: '<report|table|cards>', allowed: VIEW_NAMES }, help: CLI_MESSAGES['help-view-catalog'] },
    ...CATALOG_OPTION_FLAGS,
  ],
  async run(ctx) {
    const format = (ctx.flags['format'] ?? 'json') as Format;
    const view = typeof ctx.flags['view'] === 'string' ? ctx.flags['view'] : undefined;
    // A view the format does not have is a usage error, reported before any file is read.
    // Word and Excel get their default view; another view for them is a usage error.
    if (isPackage(format) && view !== undefined && view !== 'report') throw usageError('view-format', { view, format }, 'catalog');
    const render = isPackage(format) ? undefined : viewRenderer(format, view);
    // A bad date is a usage error, reported before any file is read.
    asOfFlag(ctx, 'catalog');
    const report = new Report();
    const doc = await readDocument(ctx, ctx.args[0]!, report);
    const read = await readCatalogOptions(ctx, 'catalog', report);
    if (doc !== undefined && read !== undefined) reportControls(ctx, doc, read.library, report);
    report.print(ctx);
    if (doc === undefined || read === undefined) return EXIT.invalidData;

    let source = catalogSource(doc, read.options);
    let riskPoints = 0;
    for (const post of doc.posts) for (const power of post.powers) riskPoints += power.riskPoints.length;
    if (!ctx.quiet && riskPoints > PROGRESS_THRESHOLD) {
      const total = doc.posts.length;
      ctx.io.stderr(`${ctx.text('progress-start', { posts: total, riskPoints })}\n`);
      source = withProgress(source, total, (done) => progressLine(ctx, done, total));
    }
    if (isPackage(format)) await ctx.writeBytes(PACKAGE_RENDERERS[format](source, ctx.locale));
    else await ctx.writeChunks(render!(source, ctx.locale));
    return EXIT.ok;
  },
};
