/**
 * Reading the inputs several commands share: an organization document, and the catalog options
 * (`--model`, `--templates`, `--settings`, `--as-of`). Everything is checked by the public API;
 * this file only reads files and turns their problems into lines.
 */
import { fillAll } from '../i18n/locale.js';
import type { CatalogOptions } from '../catalog/build.js';
import { isIsoDate } from '../model/dates.js';
import { validateFindingSettings } from '../findings/settings.js';
import { checkControls } from '../measures/controls.js';
import { DEFAULT_LIBRARY, type TemplateLibrary } from '../measures/library.js';
import { resolveTemplates } from '../measures/user.js';
import type { OrganizationDocument, Post } from '../model/document.js';
import { JsonReadError, readDocument as readDocumentBytes, type ReadDocumentOptions } from '../read/json-document.js';
import { dataError } from './errors.js';
import { EXAMPLE_MODELS } from '../scoring/defaults.js';
import type { ScoringModel } from '../scoring/model.js';
import { validateModel } from '../scoring/validate-model.js';
import { validateDocument } from '../validate/document.js';
import type { Checked, Problem } from '../validate/problem.js';
import { CliError, usageError } from './errors.js';
import { CLI_MESSAGES } from './messages.js';
import { looksLikeCsv, type CommandContext, type FlagSpec } from './program.js';

const MODEL_IDS = Object.keys(EXAMPLE_MODELS);

/** The flags that configure a catalog, shared by `catalog` and `diff`. */
export const CATALOG_OPTION_FLAGS: readonly FlagSpec[] = [
  { name: 'model', value: { name: '<file.json|id>' }, help: fillAll(CLI_MESSAGES['help-model'], { ids: MODEL_IDS.join(', ') }) },
  { name: 'templates', value: { name: '<file.json>' }, help: CLI_MESSAGES['help-templates-file'] },
  { name: 'settings', value: { name: '<file.json>' }, help: CLI_MESSAGES['help-settings'] },
  { name: 'as-of', value: { name: '<YYYY-MM-DD>' }, help: CLI_MESSAGES['help-as-of'] },
  { name: 'suggest-ratings', help: CLI_MESSAGES['help-suggest-ratings'] },
];

/** Problems found while reading inputs, already turned into lines. */
export class Report {
  /** Lines of errors. */
  readonly errors: string[] = [];
  /** Lines of warnings. */
  readonly warnings: string[] = [];

  /**
   * Files the problems of a check under errors or warnings.
   * @param ctx - the command context
   * @param problems - the problems
   * @param prefix - the file name to start each line with, if any
   */
  add(ctx: CommandContext, problems: readonly Problem[], prefix?: string): void {
    for (const p of problems) {
      const [line] = ctx.problemLines([p], prefix);
      (p.severity === 'error' ? this.errors : this.warnings).push(line!);
    }
  }

  /**
   * Prints the lines on standard error: errors always, warnings unless `--quiet`.
   * @param ctx - the command context
   */
  print(ctx: CommandContext): void {
    const lines = ctx.quiet ? this.errors : [...this.errors, ...this.warnings];
    if (lines.length > 0) ctx.io.stderr(`${lines.join('\n')}\n`);
  }
}

/**
 * Reads a JSON file (or `-`) and checks it, recording its problems.
 * @param ctx - the command context
 * @param arg - a file name or `-`
 * @param check - the public API's checker
 * @param report - where problems go
 * @param prefix - the file name to start problem lines with
 * @returns the value, or undefined when it has errors
 */
async function checkedFile<T>(
  ctx: CommandContext,
  arg: string,
  check: (input: unknown) => Checked<T>,
  report: Report,
  prefix: string | undefined,
): Promise<T | undefined> {
  const checked = check(await ctx.readJson(arg));
  report.add(ctx, checked.problems, prefix);
  return checked.ok ? checked.value : undefined;
}

/**
 * Reads and validates an organization document.
 * @param ctx - the command context
 * @param arg - a file name or `-`
 * @param report - where its problems go
 * @param prefix - the file name to start problem lines with (when several documents are read)
 * @returns the document, or undefined when it is invalid
 */
export function readDocument(ctx: CommandContext, arg: string, report: Report, prefix?: string): Promise<OrganizationDocument | undefined> {
  return checkedFile(ctx, arg, validateDocument, report, prefix);
}

/** What {@link streamDocument} gives for a valid document. */
export interface StreamedInput {
  /** The document without its posts. */
  readonly header: Omit<OrganizationDocument, 'posts'>;
  /** Reads post `index` again (pass 2). */
  readonly post: (index: number) => Post;
  /** How many posts it has. */
  readonly posts: number;
  /** Closes the input; call when the output is written. */
  readonly close: () => void;
}

/**
 * Reads and validates an organization document post by post (never as one text), recording its
 * problems as the streamed reader gives them: the same as `validateDocument` on the whole.
 * @param ctx - the command context
 * @param arg - a file name or `-`
 * @param report - where its problems go
 * @param options - the pass-1 callbacks
 * @returns the document's header and its posts to read again, or undefined when it is invalid
 */
export async function streamDocument(ctx: CommandContext, arg: string, report: Report, options: ReadDocumentOptions): Promise<StreamedInput | undefined> {
  const bytes = await ctx.openBytes(arg);
  let read;
  try {
    read = readDocumentBytes(bytes, options);
  } catch (e) {
    if (e instanceof JsonReadError) {
      // A sheet given where a document belongs: say what to do instead of where the JSON broke.
      const head = new TextDecoder().decode(bytes.read(0, Math.min(bytes.size, 4096)));
      if (looksLikeCsv(arg, head)) throw dataError('csv-not-json', { source: ctx.sourceOf(arg), file: arg });
      const error = e.textInputError(ctx.sourceOf(arg));
      throw dataError(error.code, error.params);
    }
    throw e;
  } finally {
    if (read === undefined) bytes.close();
  }
  report.add(ctx, read.problems);
  if (!read.ok) {
    bytes.close();
    return undefined;
  }
  return { header: read.header, post: read.post, posts: read.posts, close: () => bytes.close() };
}

/** The catalog options read from the flags, and the template library they use. */
export interface ReadOptions {
  /** The options to pass to `catalogSource`/`buildCatalog`. */
  readonly options: CatalogOptions;
  /** The template library in use. */
  readonly library: TemplateLibrary;
}

/**
 * Checks `--as-of` (a usage error when it is not a real date).
 * @param ctx - the command context
 * @param command - the command's name, for the usage line
 * @returns the date, if given
 */
export function asOfFlag(ctx: CommandContext, command: string): string | undefined {
  const asOf = ctx.flags['as-of'];
  if (asOf === undefined) return undefined;
  if (typeof asOf !== 'string' || !isIsoDate(asOf)) throw usageError('bad-date', { flag: '--as-of', value: String(asOf) }, command);
  return asOf;
}

/**
 * Reads `--model`, `--templates` and `--settings`, recording their problems with the file name.
 * @param ctx - the command context
 * @param command - the command's name, for usage errors
 * @param report - where problems go
 * @returns the options, or undefined when a file has errors
 */
export async function readCatalogOptions(ctx: CommandContext, command: string, report: Report): Promise<ReadOptions | undefined> {
  const asOf = asOfFlag(ctx, command);
  let failed = false;
  let model: ScoringModel | undefined;
  const modelFlag = ctx.flags['model'];
  if (typeof modelFlag === 'string') {
    if (Object.hasOwn(EXAMPLE_MODELS, modelFlag)) {
      model = EXAMPLE_MODELS[modelFlag];
    } else {
      try {
        model = await checkedFile(ctx, modelFlag, validateModel, report, modelFlag);
      } catch (e) {
        // Neither a shipped id nor a file: say both were tried.
        if (e instanceof CliError && e.key === 'file-not-found') {
          throw usageError('model-not-found', { value: modelFlag, ids: MODEL_IDS.join(', ') }, command);
        }
        throw e;
      }
      failed ||= model === undefined;
    }
  }
  let library = DEFAULT_LIBRARY;
  const templatesFlag = ctx.flags['templates'];
  if (typeof templatesFlag === 'string') {
    const resolved = await checkedFile(ctx, templatesFlag, (input) => resolveTemplates(input), report, templatesFlag);
    if (resolved === undefined) failed = true;
    else library = resolved;
  }
  const settingsFlag = ctx.flags['settings'];
  let findingSettings;
  if (typeof settingsFlag === 'string') {
    findingSettings = await checkedFile(ctx, settingsFlag, validateFindingSettings, report, settingsFlag);
    failed ||= findingSettings === undefined;
  }
  if (failed) return undefined;
  const options: CatalogOptions = {
    ...(model === undefined ? {} : { model }),
    ...(library === DEFAULT_LIBRARY ? {} : { templates: library }),
    ...(findingSettings === undefined ? {} : { findingSettings }),
    ...(asOf === undefined ? {} : { asOf }),
    ...(ctx.flags['suggest-ratings'] === true ? { suggestRatings: true } : {}),
  };
  return { options, library };
}

/**
 * Records the warnings about controls that name no template of the library.
 * @param ctx - the command context
 * @param doc - the document
 * @param library - the library in use
 * @param report - where they go
 * @param prefix - the file name, when several documents are read
 */
export function reportControls(ctx: CommandContext, doc: OrganizationDocument, library: TemplateLibrary, report: Report, prefix?: string): void {
  report.add(ctx, checkControls(doc, library), prefix);
}
