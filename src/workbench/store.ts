/**
 * The work in progress and where it is kept: the document as the user writes it, the chosen model,
 * template library and settings, the language. Kept in the browser's local storage after every
 * change, so a reload or a closed tab loses nothing.
 */
import { DEFAULT_LOCALE, isLocale, type Locale } from '../index.js';
import { isObject, type Json, type JsonObject } from './paths.js';

/** A file the user loaded for the options, kept as its JSON (checked again when restored). */
export interface LoadedFile {
  /** The file's name, to show. */
  readonly name: string;
  /** Its JSON value. */
  readonly value: Json;
}

/** Everything the page keeps. */
export interface WorkState {
  /** The page's language, which is also the language of every download. */
  locale: Locale;
  /** The document as the user writes it: kept as written, so a download changes only what was edited. */
  doc: JsonObject;
  /** The name downloads are called by: the opened file's name without its extension. */
  name: string;
  /** A shipped model's id (`EXAMPLE_MODELS`), or a model file. */
  model: string | LoadedFile;
  /** A template library file; the built-in library when absent. */
  templates?: LoadedFile;
  /** A settings file; the defaults when absent. */
  settings?: LoadedFile;
  /** The date review dates count from (`--as-of`), when given. */
  asOf?: string;
  /** Fill unrated factors with suggested ratings (`--suggest-ratings`). */
  suggestRatings: boolean;
  /** Changed since it was opened, started or downloaded as a document. */
  dirty: boolean;
}

/** The storage key; the version in it changes when the kept shape does. */
export const STORAGE_KEY = 'integrity-risk.workbench.v1';

/** A blank document: no posts yet (the validator then asks for the first one). */
export function blankDocument(): JsonObject {
  return { posts: [] };
}

/**
 * The state of a fresh page.
 * @param locale - the language to start in
 * @returns the state
 */
export function freshState(locale: Locale = DEFAULT_LOCALE): WorkState {
  return { locale, doc: blankDocument(), name: '', model: 'default', suggestRatings: false, dirty: false };
}

function loadedFile(value: unknown): LoadedFile | undefined {
  return isObject(value as Json) && typeof (value as JsonObject)['name'] === 'string' && 'value' in (value as JsonObject)
    ? { name: (value as { name: string }).name, value: (value as { value: Json }).value }
    : undefined;
}

/**
 * Reads the kept state back; undefined when nothing usable is kept.
 * @param storage - where it is kept
 * @returns the state
 */
export function restoreState(storage: Storage): WorkState | undefined {
  let raw: unknown;
  try {
    const text = storage.getItem(STORAGE_KEY);
    if (text === null) return undefined;
    raw = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!isObject(raw as Json)) return undefined;
  const r = raw as JsonObject;
  if (!isObject(r['doc'] ?? null)) return undefined;
  const model = typeof r['model'] === 'string' ? r['model'] : loadedFile(r['model']);
  const templates = loadedFile(r['templates']);
  const settings = loadedFile(r['settings']);
  return {
    locale: isLocale(r['locale']) ? r['locale'] : DEFAULT_LOCALE,
    doc: r['doc'] as JsonObject,
    name: typeof r['name'] === 'string' ? r['name'] : '',
    model: model ?? 'default',
    ...(templates === undefined ? {} : { templates }),
    ...(settings === undefined ? {} : { settings }),
    ...(typeof r['asOf'] === 'string' ? { asOf: r['asOf'] } : {}),
    suggestRatings: r['suggestRatings'] === true,
    dirty: r['dirty'] === true,
  };
}

/**
 * Keeps the state.
 * @param storage - where to keep it
 * @param state - the state
 * @returns undefined when kept, else why not (storage full, or forbidden)
 */
export function keepState(storage: Storage | undefined, state: WorkState): string | undefined {
  if (storage === undefined) return 'localStorage';
  try {
    storage.setItem(STORAGE_KEY, JSON.stringify(state));
    return undefined;
  } catch (e) {
    return e instanceof Error ? e.name : String(e);
  }
}

/** The page's storage, or undefined where the browser refuses it (some file:// settings, private modes). */
export function pageStorage(): Storage | undefined {
  try {
    const s = window.localStorage;
    s.getItem(STORAGE_KEY);
    return s;
  } catch {
    return undefined;
  }
}
