/**
 * The two ways a command fails on purpose: a usage error (exit 2) and a data error (exit 1).
 * Both carry a message key and parameters; the top level prints them in the chosen locale.
 */
import type { MessageParams } from '../i18n/locale.js';
import type { CliMessageKey } from './messages.js';

/** Exit codes of every command. */
export const EXIT = {
  /** Done. */
  ok: 0,
  /** The data is invalid (every problem listed). */
  invalidData: 1,
  /** Usage: unknown command or flag, missing or unreadable file. */
  usage: 2,
} as const;

/** A failure the command line reports in one line and an exit code. */
export class CliError extends Error {
  /** The message key. */
  readonly key: CliMessageKey;
  /** The message parameters. */
  readonly params: MessageParams;
  /** The exit code. */
  readonly exitCode: number;
  /** The command whose usage to show after a usage error, if any. */
  readonly command: string | undefined;

  /**
   * @param exitCode - {@link EXIT} `usage` or `invalidData`
   * @param key - the message key
   * @param params - the message parameters
   * @param command - the command whose usage to show
   */
  constructor(exitCode: number, key: CliMessageKey, params: MessageParams = {}, command?: string) {
    super(key);
    this.name = 'CliError';
    this.exitCode = exitCode;
    this.key = key;
    this.params = params;
    this.command = command;
  }
}

/**
 * A usage error: exit 2.
 * @param key - the message key
 * @param params - the message parameters
 * @param command - the command whose usage to show
 * @returns the error, to throw
 */
export function usageError(key: CliMessageKey, params: MessageParams = {}, command?: string): CliError {
  return new CliError(EXIT.usage, key, params, command);
}

/**
 * A data error: exit 1.
 * @param key - the message key
 * @param params - the message parameters
 * @returns the error, to throw
 */
export function dataError(key: CliMessageKey, params: MessageParams = {}): CliError {
  return new CliError(EXIT.invalidData, key, params);
}
