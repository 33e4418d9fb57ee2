/**
 * The command dispatcher: parses flags common to every command, finds the command, runs it, and
 * turns every failure into one line and an exit code. A command is a {@link Command} in
 * `src/cli/commands/<name>.ts`, listed in `src/cli/commands/index.ts`.
 */
import { DEFAULT_LOCALE, fill, fillAll, isLocale, LOCALES, type Locale, type LocalizedText, type MessageParams } from '../i18n/locale.js';
import { termIdOf, type Term } from '../model/enums.js';
import { problemLine } from '../read/problem-line.js';
import { CSV_COLUMNS } from '../render/csv-columns.js';
import type { Problem } from '../validate/problem.js';
import { suggest } from '../validate/suggest.js';
import { CliError, dataError, EXIT, usageError } from './errors.js';
import { CLI_MESSAGES, type CliMessageKey } from './messages.js';
import { decodeUtf8, decodeUtf8Chunks, parseJsonText, TextInputError } from '../read/text.js';
import { bytesSource, type ByteSource } from '../read/json-document.js';

/** Everything a command may do to the outside world; `src/cli/main.ts` supplies Node's. */
export interface CliIO {
  /**
   * Reads a whole file of any kind (regular, device, pipe), refusing it past `limit` bytes without
   * holding more: rejects with `code` `ERR_INPUT_LIMIT` then, or with a Node error (ENOENT, EISDIR, …).
   */
  readFile(path: string, limit: number): Promise<Uint8Array>;
  /**
   * Opens a file to read by offset (documents read post by post); rejects like `readFile`. When
   * absent, the file is read whole.
   */
  openBytes?(path: string): Promise<FileBytes>;
  /** Reads all of standard input, refusing it past `limit` bytes (`code` `ERR_INPUT_LIMIT`). */
  readStdin(limit: number): Promise<Uint8Array>;
  /** Writes a whole file. */
  writeFile(path: string, text: string): Promise<void>;
  /**
   * Opens a destination to write chunk by chunk: a file (created or truncated), or standard output
   * when `path` is undefined. Rejects with a Node error when the file cannot be opened.
   */
  openOutput(path: string | undefined): Promise<OutputSink>;
  /**
   * Names the file a path (or standard input, for undefined) reaches when it is an existing regular
   * file, after every link: equal names mean the same file (device and inode). Without it (an
   * in-memory world) outputs are not compared with inputs.
   */
  fileId?(path: string | undefined): Promise<string | undefined>;
  /** Writes to standard output. */
  stdout(text: string): void;
  /** Writes to standard error. */
  stderr(text: string): void;
  /** The package version. */
  version(): string;
  /**
   * Reads a file the build writes next to the code (`dist/<name>`, such as the workbench page);
   * resolves to undefined when it is not there (a checkout that was never built). Without it,
   * no such file is found.
   */
  readBuilt?(name: string): Promise<Uint8Array | undefined>;
}

/** A file read by offset, to be closed when done. */
export interface FileBytes extends ByteSource {
  /** Closes the file. */
  close(): void;
}

/** A destination written chunk by chunk, honouring backpressure. */
export interface OutputSink {
  /** Writes a chunk (text as UTF-8, or bytes); the promise, when one is returned, resolves once the destination can take more. */
  write(chunk: string | Uint8Array): void | Promise<void>;
  /** Flushes and closes (standard output is flushed, not closed). */
  end(): Promise<void>;
  /**
   * Gives up after a failure instead of `end`: closes, and removes a file it created or truncated,
   * so no partial output is left looking finished. Never rejects.
   */
  abort?(): Promise<void>;
}

/** A flag a command accepts besides the common ones. */
export interface FlagSpec {
  /** The long name, without `--`. */
  readonly name: string;
  /** A one-letter alias, without `-`. */
  readonly short?: string;
  /**
   * Present when the flag takes a value: `allowed` values only, or a term of a vocabulary, written
   * as its id or its label in any locale (the command receives the id).
   */
  readonly value?: { readonly name: string; readonly allowed?: readonly string[]; readonly terms?: readonly Term[] };
  /** What it does. */
  readonly help: LocalizedText;
}

/** What a command receives. */
export interface CommandContext {
  /** Positional arguments. */
  readonly args: readonly string[];
  /** The command's own flags: `true` for a switch, the value otherwise. */
  readonly flags: Readonly<Record<string, string | true>>;
  /** The output locale. */
  readonly locale: Locale;
  /** Print errors only. */
  readonly quiet: boolean;
  /** `-o <file>`, when the command writes output and one was given (`-` is standard output). */
  readonly output: string | undefined;
  /** The outside world. */
  readonly io: CliIO;
  /** A message in the chosen locale. */
  text(key: CliMessageKey, params?: MessageParams): string;
  /** Reads a text input (strict UTF-8, BOM dropped): a file or `-` for standard input. */
  readText(arg: string): Promise<string>;
  /**
   * Reads a text input in pieces of about a megabyte (checked as strict UTF-8 first, BOM dropped),
   * for inputs that may be larger than one string can hold.
   */
  readTextChunks(arg: string): Promise<Iterable<string>>;
  /** Reads an input's bytes (a workbook): a file or `-` for standard input. */
  readBytes(arg: string): Promise<Uint8Array>;
  /** The text of bytes read by `readBytes`, in pieces, as `readTextChunks` gives it (strict UTF-8, BOM dropped). */
  textChunksOf(bytes: Uint8Array, arg: string): Iterable<string>;
  /** Reads a JSON input: a file or `-` for standard input; fails with exit 2 or 1 as it should. */
  readJson(arg: string): Promise<unknown>;
  /**
   * Opens an input to read by offset, without reading it whole (standard input is read whole);
   * fails with exit 2 as `readJson` does for a missing or unreadable file.
   */
  openBytes(arg: string): Promise<FileBytes>;
  /** How to name an input in messages: its file name, or "standard input" for `-`. */
  sourceOf(arg: string): string | LocalizedText;
  /** Writes a command's result to `-o <file>` or standard output. */
  write(text: string): Promise<void>;
  /**
   * Writes chunks to `-o <file>` or standard output as they come, never joining them into one
   * string: small chunks are gathered into blocks, and each block waits for the destination.
   */
  writeChunks(chunks: Iterable<string>): Promise<void>;
  /** Writes a binary result (a .docx or .xlsx) to `-o <file>` or standard output, as `writeChunks` writes text. */
  writeBytes(bytes: Uint8Array): Promise<void>;
  /**
   * One `path: message` line per problem (root shown as `$`), warnings marked; with `prefix`
   * (a file name), each line starts with it.
   */
  problemLines(problems: readonly Problem[], prefix?: string): string[];
}

/** A command of the command line. */
export interface Command {
  /** The name typed after `integrity-risk`. */
  readonly name: string;
  /** One line for the command list. */
  readonly summary: LocalizedText;
  /** A paragraph for `--help`. */
  readonly description: LocalizedText;
  /** The arguments as shown in the usage line, e.g. `<file|->`. */
  readonly usage: string;
  /** Help for the arguments. */
  readonly argumentsHelp: readonly LocalizedText[];
  /** Example command lines shown by `--help` (without the leading `integrity-risk `). */
  readonly examples?: readonly string[];
  /** Fewest and most positional arguments. */
  readonly positionals: { readonly min: number; readonly max: number; readonly name: string };
  /** Whether the command writes a result that `-o` may redirect. */
  readonly output: boolean;
  /** The command's own flags. */
  readonly flags: readonly FlagSpec[];
  /** Runs the command; returns the exit code. Throws {@link CliError} for usage and data errors. */
  run(context: CommandContext): Promise<number>;
}

const COMMON_FLAGS: readonly FlagSpec[] = [
  { name: 'locale', value: { name: '<zh-CN|zh-TW|en>', allowed: LOCALES }, help: CLI_MESSAGES['help-locale'] },
  { name: 'quiet', short: 'q', help: CLI_MESSAGES['help-quiet'] },
  { name: 'help', short: 'h', help: CLI_MESSAGES['help-help'] },
];
const OUTPUT_FLAG: FlagSpec = { name: 'output', short: 'o', value: { name: '<file>' }, help: CLI_MESSAGES['help-output'] };
const VERSION_FLAG: FlagSpec = { name: 'version', short: 'V', help: CLI_MESSAGES['help-version'] };

/** The text of a thrown value, for the one line printed about an unexpected error. */
function reasonOf(thrown: unknown): string {
  try {
    if (thrown instanceof Error) return thrown.message;
    return String(thrown);
  } catch {
    return '?';
  }
}

function errorCode(thrown: unknown): string | undefined {
  if (typeof thrown === 'object' && thrown !== null && 'code' in thrown) {
    const code = (thrown as { code: unknown }).code;
    return typeof code === 'string' ? code : undefined;
  }
  return undefined;
}

/**
 * The most bytes read from one input: a JSON text must fit in one string (V8 refuses strings over
 * about 512 MiB anyway); a sheet is decoded in pieces, so it may be larger.
 */
export const INPUT_LIMITS = {
  /** A JSON input: a document, a model, a template library, finding settings. */
  json: 512 * 1024 * 1024,
  /** A CSV sheet given to `import`. */
  sheet: 2 * 1024 * 1024 * 1024,
} as const;

/** The limit as users read it, e.g. `512 MiB`. */
function limitText(bytes: number): string {
  return bytes % (1 << 30) === 0 ? `${bytes / (1 << 30)} GiB` : `${Math.round(bytes / (1 << 20))} MiB`;
}

/** Every header and key of the CSV layout, folded, to recognize a sheet's first line. */
const CSV_HEADERS = new Set(CSV_COLUMNS.flatMap((c) => [c.key, ...LOCALES.map((l) => c.header[l])].map((h) => h.toLowerCase())));

/**
 * Whether a text that is not JSON is a sheet of the CSV layout: named `.csv`, or a first line
 * that holds one of its headers.
 */
export function looksLikeCsv(arg: string, text: string): boolean {
  if (/\.csv$/i.test(arg)) return true;
  const first = text.slice(0, 4096).split(/\r?\n/, 1)[0] ?? '';
  return first.split(',').some((cell) => CSV_HEADERS.has(cell.replace(/^"|"$/g, '').trim().toLowerCase()));
}

/** About how many bytes `writeChunks` gathers before each write. */
const BLOCK_SIZE = 64 * 1024;

/**
 * The bytes `writeChunks` encodes chunks into: a chunk whose UTF-8 may not fit in what is left is
 * written after a flush, and one longer than this on its own.
 */
const ENCODE_SIZE = 1024 * 1024;

interface Parsed {
  readonly positionals: string[];
  readonly flags: Record<string, string | true>;
}

/** Parses `argv` against flag specs: `--name`, `--name=value`, `--name value`, `-x value`, `--` ends flags. */
function parseArgs(argv: readonly string[], specs: readonly FlagSpec[], command: string | undefined): Parsed {
  const positionals: string[] = [];
  const flags: Record<string, string | true> = {};
  for (let i = 0; i < argv.length; i++) {
    const token = argv[i]!;
    if (token === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (token === '-' || !token.startsWith('-')) {
      positionals.push(token);
      continue;
    }
    const long = token.startsWith('--');
    const eq = long ? token.indexOf('=') : -1;
    const name = long ? token.slice(2, eq === -1 ? undefined : eq) : token.slice(1);
    const spec = specs.find((s) => (long ? s.name === name : s.short === name));
    if (spec === undefined) {
      const names = specs.flatMap((s) => [`--${s.name}`, ...(s.short === undefined ? [] : [`-${s.short}`])]);
      const bare = long ? `--${name}` : token;
      const hint = suggest(bare, names);
      throw usageError(
        'unknown-flag',
        { flag: bare, hint: hint === undefined ? { 'zh-CN': '', 'zh-TW': '', en: '' } : fillAll(CLI_MESSAGES['did-you-mean'], { suggestion: hint }) },
        command,
      );
    }
    if (spec.value === undefined) {
      if (eq !== -1) throw usageError('flag-takes-no-value', { flag: `--${spec.name}` }, command);
      flags[spec.name] = true;
      continue;
    }
    let value: string | undefined;
    if (eq !== -1) value = token.slice(eq + 1);
    else if (i + 1 < argv.length) value = argv[++i];
    if (value === undefined) throw usageError('missing-flag-value', { flag: long ? `--${spec.name}` : token }, command);
    if (spec.value.terms !== undefined) {
      const id = termIdOf(spec.value.terms, value);
      if (id === undefined) {
        const allowed = spec.value.terms.map((t) => t.id).join(', ');
        throw usageError('bad-flag-value', { flag: `--${spec.name}`, value, allowed }, command);
      }
      flags[spec.name] = id;
      continue;
    }
    if (spec.value.allowed !== undefined && !spec.value.allowed.includes(value)) {
      throw usageError('bad-flag-value', { flag: `--${spec.name}`, value, allowed: spec.value.allowed.join(', ') }, command);
    }
    flags[spec.name] = value;
  }
  return { positionals, flags };
}

/** The locale named by `--locale` anywhere in `argv`, so even argument errors speak it. */
function sniffLocale(argv: readonly string[]): Locale {
  for (let i = 0; i < argv.length; i++) {
    const token = argv[i]!;
    if (token === '--') break;
    const value = token === '--locale' ? argv[i + 1] : token.startsWith('--locale=') ? token.slice(9) : undefined;
    if (isLocale(value)) return value;
  }
  return DEFAULT_LOCALE;
}

function flagLines(specs: readonly FlagSpec[], locale: Locale): string[] {
  const heads = specs.map(
    (s) => `${s.short === undefined ? '    ' : `-${s.short}, `}--${s.name}${s.value === undefined ? '' : ` ${s.value.name}`}`,
  );
  const width = Math.max(...heads.map((h) => h.length));
  return specs.map((s, i) => `  ${heads[i]!.padEnd(width)}  ${s.help[locale]}`);
}

function globalHelp(commands: readonly Command[], locale: Locale): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    CLI_MESSAGES.usage[locale],
    '',
    CLI_MESSAGES.commands[locale],
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary[locale]}`),
    '',
    CLI_MESSAGES.options[locale],
    ...flagLines([...COMMON_FLAGS, VERSION_FLAG], locale),
    '',
  ].join('\n');
}

function commandSpecs(command: Command): FlagSpec[] {
  return [...command.flags, ...(command.output ? [OUTPUT_FLAG] : []), ...COMMON_FLAGS];
}

function commandHelp(command: Command, locale: Locale): string {
  return [
    `integrity-risk ${command.name} ${command.usage}`,
    '',
    command.description[locale],
    '',
    ...command.argumentsHelp.map((a) => `  ${a[locale]}`),
    '',
    CLI_MESSAGES.options[locale],
    ...flagLines(commandSpecs(command), locale),
    '',
    ...(command.examples === undefined || command.examples.length === 0
      ? []
      : [CLI_MESSAGES.examples[locale], ...command.examples.map((e) => `  integrity-risk ${e}`), '']),
  ].join('\n');
}

function context(command: Command, parsed: Parsed, io: CliIO): CommandContext {
  const locale = isLocale(parsed.flags['locale']) ? parsed.flags['locale'] : DEFAULT_LOCALE;
  const output = typeof parsed.flags['output'] === 'string' ? parsed.flags['output'] : undefined;
  const own: Record<string, string | true> = {};
  for (const spec of command.flags) {
    const v = parsed.flags[spec.name];
    if (v !== undefined) own[spec.name] = v;
  }
  const text = (key: CliMessageKey, params: MessageParams = {}): string => fill(CLI_MESSAGES[key][locale], params, locale);
  const sourceOf = (arg: string): string | LocalizedText => (arg === '-' ? CLI_MESSAGES.stdin : arg);
  // The regular files read so far, so no output is written over one of them.
  const inputs: { readonly arg: string; readonly id: string }[] = [];
  const readBytes = async (arg: string, limit: number): Promise<Uint8Array> => {
    const id = await io.fileId?.(arg === '-' ? undefined : arg).catch(() => undefined);
    if (id !== undefined) inputs.push({ arg, id });
    try {
      return arg === '-' ? await io.readStdin(limit) : await io.readFile(arg, limit);
    } catch (e) {
      const code = errorCode(e);
      if (code === 'ERR_INPUT_LIMIT') throw dataError('input-over-limit', { source: sourceOf(arg), limit: limitText(limit) });
      if (code === 'ENOENT') throw usageError('file-not-found', { file: arg }, command.name);
      if (e instanceof RangeError || code === 'ERR_FS_FILE_TOO_LARGE') throw dataError('input-too-large', { source: sourceOf(arg) });
      throw usageError('file-unreadable', { file: arg, reason: code ?? reasonOf(e) }, command.name);
    }
  };
  /** Refuses an `-o` file that is one of the inputs (by any name, link or path): it would be lost. */
  const guardOutput = async (path: string): Promise<void> => {
    const id = await io.fileId?.(path).catch(() => undefined);
    const input = id === undefined ? undefined : inputs.find((i) => i.id === id);
    if (input !== undefined) throw usageError('output-is-input', { file: path, input: sourceOf(input.arg) }, command.name);
  };
  // The library's reading errors are data errors here (exit 1).
  const asDataError = <T>(read: () => T): T => {
    try {
      return read();
    } catch (e) {
      if (e instanceof TextInputError) throw dataError(e.code, e.params);
      throw e;
    }
  };
  const openBytes = async (arg: string): Promise<FileBytes> => {
    if (arg === '-' || io.openBytes === undefined) return { ...bytesSource(await readBytes(arg, INPUT_LIMITS.json)), close() {} };
    // Recorded like any input read, so the output may not overwrite it.
    const id = await io.fileId?.(arg).catch(() => undefined);
    if (id !== undefined) inputs.push({ arg, id });
    try {
      return await io.openBytes(arg);
    } catch (e) {
      const code = errorCode(e);
      if (code === 'ENOENT') throw usageError('file-not-found', { file: arg }, command.name);
      throw usageError('file-unreadable', { file: arg, reason: code ?? reasonOf(e) }, command.name);
    }
  };
  const readText = async (arg: string): Promise<string> => {
    const bytes = await readBytes(arg, INPUT_LIMITS.json);
    return asDataError(() => decodeUtf8(bytes, sourceOf(arg)));
  };
  return {
    args: parsed.positionals,
    flags: own,
    locale,
    quiet: parsed.flags['quiet'] === true,
    output,
    io,
    text,
    readText,
    readTextChunks: async (arg) => {
      const bytes = await readBytes(arg, INPUT_LIMITS.sheet);
      return asDataError(() => decodeUtf8Chunks(bytes, sourceOf(arg)));
    },
    openBytes,
    sourceOf,
    readBytes: (arg) => readBytes(arg, INPUT_LIMITS.sheet),
    textChunksOf: (bytes, arg) => asDataError(() => decodeUtf8Chunks(bytes, sourceOf(arg))),
    async readJson(arg) {
      const source: string | LocalizedText = arg === '-' ? CLI_MESSAGES.stdin : arg;
      const text = await readText(arg);
      try {
        return asDataError(() => parseJsonText(text, source));
      } catch (e) {
        // A sheet given where a document belongs: say what to do instead of where the JSON broke.
        if (e instanceof CliError && looksLikeCsv(arg, text)) throw dataError('csv-not-json', { source, file: arg });
        throw e;
      }
    },
    async writeBytes(bytes) {
      const path = output === undefined || output === '-' ? undefined : output;
      let sink: OutputSink;
      try {
        sink = await io.openOutput(path);
      } catch (e) {
        throw usageError('file-unwritable', { file: path ?? '-', reason: errorCode(e) ?? reasonOf(e) }, command.name);
      }
      try {
        await sink.write(bytes);
        await sink.end();
      } catch (e) {
        await sink.abort?.();
        throw usageError('file-unwritable', { file: path ?? '-', reason: errorCode(e) ?? reasonOf(e) }, command.name);
      }
    },
    async writeChunks(chunks) {
      const path = output === undefined || output === '-' ? undefined : output;
      const unwritable = (e: unknown): CliError =>
        usageError('file-unwritable', { file: path ?? '-', reason: errorCode(e) ?? reasonOf(e) }, command.name);
      if (path !== undefined) await guardOutput(path);
      let sink: OutputSink;
      try {
        sink = await io.openOutput(path);
      } catch (e) {
        throw unwritable(e);
      }
      // Gather small chunks into blocks of about 64 KiB: fewer writes, bounded memory. Each chunk
      // is encoded as UTF-8 straight into the block (a renderer's chunk is often a rope of many
      // pieces: joining chunks into a string first copied every one of them once more).
      // Blocks are written as views of a larger buffer, which is never written over: a new one is
      // taken when a chunk does not fit in what is left.
      let encoded = Buffer.allocUnsafe(ENCODE_SIZE);
      let from = 0;
      let at = 0;
      const flush = async (): Promise<void> => {
        if (at === from) return;
        const bytes = encoded.subarray(from, at);
        from = at;
        await sink.write(bytes);
      };
      try {
        for (const chunk of chunks) {
          // At most 3 bytes of UTF-8 per UTF-16 unit.
          if (at + 3 * chunk.length > ENCODE_SIZE) {
            await flush();
            if (3 * chunk.length > ENCODE_SIZE) {
              await sink.write(chunk);
              continue;
            }
            encoded = Buffer.allocUnsafe(ENCODE_SIZE);
            from = at = 0;
          }
          at += encoded.write(chunk, at, 'utf8');
          if (at - from >= BLOCK_SIZE) await flush();
        }
        await flush();
        await sink.end();
      } catch (e) {
        // A renderer or the destination failed: what was written is incomplete.
        await sink.abort?.();
        if (e instanceof CliError) throw e;
        // Errors of the renderers are not the destination's fault.
        if (errorCode(e) === undefined) throw e;
        throw unwritable(e);
      }
    },
    async write(result) {
      if (output === undefined || output === '-') {
        io.stdout(result);
        return;
      }
      await guardOutput(output);
      try {
        await io.writeFile(output, result);
      } catch (e) {
        throw usageError('file-unwritable', { file: output, reason: errorCode(e) ?? reasonOf(e) }, command.name);
      }
    },
    problemLines(problems, prefix) {
      return problems.map((p) => problemLine(p, locale, prefix));
    },
  };
}

/**
 * Runs the command line.
 * @param argv - the arguments after the program name
 * @param commands - the commands
 * @param io - the outside world
 * @returns the exit code: 0 done, 1 invalid data, 2 usage
 */
export async function runCli(argv: readonly string[], commands: readonly Command[], io: CliIO): Promise<number> {
  let locale = sniffLocale(argv);
  let current: Command | undefined;
  try {
    const first = argv[0];
    if (first === undefined) {
      io.stderr(globalHelp(commands, locale));
      throw usageError('missing-command');
    }
    if (first.startsWith('-') && first !== '-') {
      // Only common flags may come before the command.
      const globalSpecs = [...COMMON_FLAGS, VERSION_FLAG];
      let end = 0;
      while (end < argv.length && argv[end]!.startsWith('-') && argv[end] !== '-' && argv[end] !== '--') {
        end += argv[end] === '--locale' ? 2 : 1;
      }
      const before = argv.slice(0, Math.min(end, argv.length));
      if (end >= argv.length) end = -1;
      const parsed = parseArgs(before, globalSpecs, undefined);
      if (parsed.flags['version'] === true) {
        io.stdout(`${io.version()}\n`);
        return EXIT.ok;
      }
      if (parsed.flags['help'] === true) {
        io.stdout(globalHelp(commands, locale));
        return EXIT.ok;
      }
      if (end === -1) {
        io.stderr(globalHelp(commands, locale));
        throw usageError('missing-command');
      }
      // Global flags are passed on to the command.
      return await runCli([argv[end]!, ...before, ...argv.slice(end + 1)], commands, io);
    }
    current = commands.find((c) => c.name === first);
    if (current === undefined) {
      const hint = suggest(first, commands.map((c) => c.name));
      throw usageError('unknown-command', {
        command: first,
        hint: hint === undefined ? { 'zh-CN': '', 'zh-TW': '', en: '' } : fillAll(CLI_MESSAGES['did-you-mean'], { suggestion: hint }),
      });
    }
    const parsed = parseArgs(argv.slice(1), commandSpecs(current), current.name);
    if (isLocale(parsed.flags['locale'])) locale = parsed.flags['locale'];
    if (parsed.flags['help'] === true) {
      io.stdout(commandHelp(current, locale));
      return EXIT.ok;
    }
    const { min, max, name } = current.positionals;
    if (parsed.positionals.length < min) throw usageError('missing-argument', { name }, current.name);
    if (parsed.positionals.length > max) {
      throw usageError('too-many-arguments', { argument: parsed.positionals[max]! }, current.name);
    }
    return await current.run(context(current, parsed, io));
  } catch (e) {
    if (e instanceof CliError) {
      io.stderr(`integrity-risk: ${fill(CLI_MESSAGES[e.key][locale], e.params, locale)}\n`);
      if (e.exitCode === EXIT.usage) {
        const command = commands.find((c) => c.name === e.command);
        io.stderr(
          command === undefined
            ? `${CLI_MESSAGES['usage-hint'][locale]}\n`
            : `${fill(CLI_MESSAGES['command-usage-hint'][locale], { usage: `integrity-risk ${command.name} ${command.usage}`, command: command.name })}\n`,
        );
      }
      return e.exitCode;
    }
    // Never a stack trace: one line, and the data exit code.
    io.stderr(`integrity-risk: ${fill(CLI_MESSAGES['internal-error'][locale], { reason: reasonOf(e) }, locale)}\n`);
    return EXIT.invalidData;
  }
}
