/**
 * `integrity-risk catalog <file|->`: validates a document and writes its post risk catalog in
 * one of the formats, as it is built.
 */
import type { Locale } from '../../i18n/locale.js';
import { CatalogBuilder, catalogSource, suggestsRatings, type CatalogOptions } from '../../catalog/build.js';
import type { Post } from '../../model/document.js';
import { ControlChecker } from '../../measures/controls.js';
import type { CatalogSource } from '../../catalog/types.js';
import { renderCsvChunks } from '../../render/csv.js';
import { renderHtmlChunks } from '../../render/html.js';
import { renderJsonChunks } from '../../render/json.js';
import { renderMarkdownChunks } from '../../render/markdown.js';
import { textsFor } from '../../render/texts.js';
import { renderCardsHtmlChunks, renderTableHtml, renderTableMarkdown } from '../../render/table-view.js';
import { renderXlsx } from '../../render/xlsx.js';
import { renderDocx } from '../../render/docx.js';
import { EXIT, usageError } from '../errors.js';
import { asOfFlag, CATALOG_OPTION_FLAGS, readCatalogOptions, Report, streamDocument, type ReadOptions } from '../inputs.js';
import { CLI_MESSAGES } from '../messages.js';
import type { Command, CommandContext } from '../program.js';

/** The renderers by format name. */
const RENDERERS = {
  json: (source: CatalogSource, locale: Locale, detail?: boolean) => renderJsonChunks(source, { locale, ...(detail === true ? { detail } : {}) }),
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
  usage: '<file|-> [--format json|md|csv|html|xlsx|docx] [--view report|table|cards] [--detail] [--locale zh-CN|zh-TW|en] [-o <file>] [--model <file|id>] [--templates <file>] [--settings <file>] [--as-of YYYY-MM-DD] [--quiet]',
  argumentsHelp: [CLI_MESSAGES['file-argument']],
  examples: [
    'catalog unit.json --format html -o catalog.html',
    'catalog unit.json --detail -o catalog.json',
    'catalog unit.json --format html --view table -o 一览表.html',
    'catalog unit.json --model university-count --format md --locale en',
    'catalog - --format csv < unit.json > catalog.csv',
    'catalog unit.json --format docx -o 一览表.docx',
    'catalog unit.json --format xlsx -o 一览表.xlsx',
  ],
  positionals: { min: 1, max: 1, name: '<file|->' },
  output: true,
  flags: [
    { name: 'format', short: 'f', value: { name: '<json|md|csv|html|xlsx|docx>', allowed: FORMATS }, help: CLI_MESSAGES['help-format-catalog'] },
    { name: 'view', value: { name: '<report|table|cards>', allowed: VIEW_NAMES }, help: CLI_MESSAGES['help-view-catalog'] },
    { name: 'detail', help: CLI_MESSAGES['help-detail'] },
    ...CATALOG_OPTION_FLAGS,
  ],
  async run(ctx) {
    const format = (ctx.flags['format'] ?? 'json') as Format;
    const view = typeof ctx.flags['view'] === 'string' ? ctx.flags['view'] : undefined;
    // A view the format does not have is a usage error, reported before any file is read.
    // Word and Excel get their default view; another view for them is a usage error.
    if (isPackage(format) && view !== undefined && view !== 'report') throw usageError('view-format', { view, format }, 'catalog');
    const detail = ctx.flags['detail'] === true;
    if (detail && format !== 'json') throw usageError('detail-format', { format }, 'catalog');
    const render = isPackage(format) ? undefined : viewRenderer(format, view);
    // A bad date is a usage error, reported before any file is read.
    asOfFlag(ctx, 'catalog');
    // The options come first because pass 1 of the catalog runs while the document is read; their
    // errors are reported after the document's, as before.
    const optionsReport = new Report();
    let read: ReadOptions | undefined;
    let optionsError: unknown;
    try {
      read = await readCatalogOptions(ctx, 'catalog', optionsReport);
    } catch (e) {
      optionsError = e;
    }
    // Only the locale and texts this format writes are built: the same bytes, a third less work.
    // (The workbook and document formats are built with every text.)
    const options: CatalogOptions | undefined =
      read === undefined
        ? undefined
        : isPackage(format) || (view !== undefined && view !== 'report')
          ? read.options
          : { ...read.options, texts: textsFor(format, ctx.locale, { detail }) };
    // Pass 1 counts the holder's term from the assessment date the document gives before its
    // posts; the builder is made at the first post, when that is known.
    let builder: CatalogBuilder | undefined;
    let pass1AssessedOn: string | undefined;
    const controls = read === undefined ? undefined : new ControlChecker(read.library);
    const report = new Report();
    const input = await streamDocument(ctx, ctx.args[0]!, report, {
      onPost(post, index, assessedOn) {
        if (builder === undefined && options !== undefined) {
          pass1AssessedOn = assessedOn;
          builder = new CatalogBuilder(options, assessedOn);
        }
        builder?.add(post);
        controls?.post(post, index);
      },
      onRestart() {
        builder = undefined;
        controls?.problems.splice(0);
      },
    });
    if (optionsError !== undefined) {
      input?.close();
      throw optionsError;
    }
    report.errors.push(...optionsReport.errors);
    report.warnings.push(...optionsReport.warnings);
    if (input !== undefined && controls !== undefined) report.add(ctx, controls.problems);
    report.print(ctx);
    if (input === undefined || options === undefined) {
      input?.close();
      return EXIT.invalidData;
    }
    try {
      // Pass 1 ran before the assessment date was known when it follows the posts: then run it
      // again over the posts read back, since findings on the holder's term count from it.
      let source: CatalogSource;
      // The document may ask for suggested ratings itself (import --suggest-ratings wrote it).
      if (suggestsRatings(input.header, options)) {
        // Suggested ratings are derived from the whole document: it is read back into memory.
        const posts: Post[] = [];
        for (let i = 0; i < input.posts; i++) posts.push(input.post(i));
        source = catalogSource({ ...input.header, posts }, options);
      } else {
        if (builder === undefined || input.header.assessedOn !== pass1AssessedOn) {
          builder = new CatalogBuilder(options, input.header.assessedOn);
          for (let i = 0; i < input.posts; i++) builder.add(input.post(i));
        }
        source = builder.finish(input.header, input.post);
      }
      const { posts: total, riskPoints } = source.summary;
      if (!ctx.quiet && riskPoints > PROGRESS_THRESHOLD) {
        ctx.io.stderr(`${ctx.text('progress-start', { posts: total, riskPoints })}\n`);
        source = withProgress(source, total, (done) => progressLine(ctx, done, total));
      }
      if (isPackage(format)) await ctx.writeBytes(PACKAGE_RENDERERS[format](source, ctx.locale));
      else await ctx.writeChunks(format === 'json' ? RENDERERS.json(source, ctx.locale, detail) : render!(source, ctx.locale));
    } finally {
      input.close();
    }
    return EXIT.ok;
  },
};
